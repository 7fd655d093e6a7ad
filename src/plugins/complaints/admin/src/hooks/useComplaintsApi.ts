import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Dossier, LetterPreview, OutcomeLetterPreview, PrivacyExport } from '../api/types';
import { actionUrl, type ActionName } from '../lib/actions';
import { toQueryString } from '../lib/query';

/** The plugin's admin routes that change something or download a file; each answers with fresh data. */
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
      /** The agreements letter of an outcome being composed; nothing is saved. */
      async previewOutcome(complaintId: number, body: Record<string, unknown>): Promise<OutcomeLetterPreview> {
        const response = await post<{ data: OutcomeLetterPreview }>(`/complaints/complaints/${complaintId}/outcome/preview`, body);
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
      /** The annual report as a spreadsheet, labelled in the user's language. */
      async annualReportFile(period: { from: string; to: string }, format: 'csv' | 'xlsx', locale: 'nl' | 'en'): Promise<Blob> {
        const response = await get(`/complaints/reports/annual?${toQueryString({ ...period, format, locale })}`, { responseType: 'blob' });
        return response.data;
      },
      /** Everything held on one complainant (right of access), as data. */
      async privacyExport(query: { email?: string; clientNumber?: string }): Promise<PrivacyExport> {
        const response = await get<{ data: PrivacyExport }>(`/complaints/privacy/export?${toQueryString(query)}`);
        return response.data.data;
      },
      /** The same as a readable PDF letter to the complainant. */
      async privacyExportPdf(query: { email?: string; clientNumber?: string }): Promise<Blob> {
        const response = await get(`/complaints/privacy/export?${toQueryString({ ...query, format: 'pdf' })}`, { responseType: 'blob' });
        return response.data;
      },
      /** Erase the personal data of one complaint now (AVG); answers with the anonymised dossier. */
      async anonymise(complaintId: number, reason: string): Promise<Dossier> {
        const response = await post<{ data: Dossier }>(`/complaints/complaints/${complaintId}/anonymise`, { reason });
        return response.data.data;
      },
      /** Run the retention term now: anonymise every finished complaint closed longer ago. */
      async runRetention(): Promise<{ anonymised: number }> {
        const response = await post<{ data: { anonymised: number } }>('/complaints/privacy/retention', {});
        return response.data.data;
      },
      put,
      post,
      del,
    }),
    [post, put, del, get],
  );
}
