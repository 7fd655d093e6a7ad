/**
 * A complaint's documents in the admin: the list, adding documents (multipart, field `attachments`), and
 * opening one. Each after the check that the user may see the complaint; opening only once it is scanned.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { isPreviewable } from '../../../shared/contracts/attachments';
import { adminActor } from '../services/actor';
import { getService } from '../services/registry';
import { idParam } from './respond';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const visibleComplaint = async (ctx: Context) => (await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx))).complaint;

  return {
    list: async (ctx: Context) => {
      const complaint = await visibleComplaint(ctx);
      ctx.body = { data: await getService(strapi, 'attachments').list(complaint.id) };
    },

    add: async (ctx: Context) => {
      const attachments = getService(strapi, 'attachments');
      await attachments.withUploads(ctx, async (files) => {
        const complaint = await visibleComplaint(ctx);
        await attachments.attach(complaint.id, files, 'staff', adminActor(ctx.state.user));
        ctx.status = 201;
        ctx.body = { data: await attachments.list(complaint.id) };
      });
    },

    /**
     * The bytes, as a download of the stored (real) type: never rendered by the browser as something else
     * (nosniff), never cached on the way. `?inline=1` lets the dossier preview an image or a PDF.
     */
    open: async (ctx: Context) => {
      const complaint = await visibleComplaint(ctx);
      const { row, bytes } = await getService(strapi, 'attachments').open(complaint.id, idParam(ctx, 'attachmentId'));
      const disposition = ctx.query.inline === '1' && isPreviewable(row.mimeType) ? 'inline' : 'attachment';
      ctx.type = row.mimeType;
      ctx.set('Content-Disposition', `${disposition}; filename="${row.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(row.fileName)}`);
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Cache-Control', 'private, no-store');
      ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      ctx.body = bytes;
    },
  };
};
