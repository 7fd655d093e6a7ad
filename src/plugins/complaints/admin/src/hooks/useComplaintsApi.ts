import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Dossier, LetterPreview } from '../api/types';
import { actionUrl, type ActionName } from '../lib/actions';

/** The plugin's admin routes that change something; each answers with fresh data. */
export function useComplaintsApi() {
  const { post, put, del, get } = useFetchClient();

  return React.useMemo(
    () => ({
      /** A transition: answers with the fresh dossier. */
      async runAction(complaintId: number, action: ActionName, body: Record<string, unknown>, agreementId?: number): Promise<Dossier> {
        const response = await post<{ data: Dossier }>(actionUrl(complaintId, action, agreementId), body);
        return response.data.data;
      },
      async register(body: Record<string, unknown>): Promise<{ id: number; reference: string }> {
        const response = await post<{ data: { id: number; reference: string } }>('/complaints/complaints', body);
        return response.data.data;
      },
      async previewLetter(body: Record<string, unknown>): Promise<LetterPreview> {
        const response = await post<{ data: LetterPreview }>('/complaints/letter-templates/preview', body);
        return response.data.data;
      },
      /** A postal letter as PDF, fetched with the admin session (a plain link would carry no token). */
      async letterPdf(letterId: number): Promise<Blob> {
        const response = await get(`/complaints/letters/${letterId}/pdf`, { responseType: 'blob' });
        return response.data;
      },
      async retryLetter(letterId: number) {
        await post(`/complaints/letters/${letterId}/retry`, {});
      },
      async markLetterPrinted(letterId: number) {
        await post(`/complaints/letters/${letterId}/printed`, {});
      },
      put,
      post,
      del,
    }),
    [post, put, del, get],
  );
}
