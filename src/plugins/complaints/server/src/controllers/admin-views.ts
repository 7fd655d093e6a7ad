/** A staff member's saved views of the lists: their own, listed, saved and removed (services/saved-views.ts). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { LIST_FILTER_KEYS, LIST_PAGES } from '../../../shared/contracts/complaints';
import { getService } from '../services/registry';
import { fields, parseInput } from '../validation';
import { idParam } from './respond';

const viewSchema = z.object({
  page: z.enum(LIST_PAGES),
  name: fields.requiredText(80),
  // only the list's own filters, each as the address holds it
  filters: z.object(Object.fromEntries(LIST_FILTER_KEYS.map((key) => [key, z.string().max(200).optional()]))).strict(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'savedViews').list(ctx.state.user.id) };
  },

  async save(ctx: Context) {
    const input = parseInput(viewSchema, ctx.request.body);
    const filters = Object.fromEntries(Object.entries(input.filters).filter(([, value]) => value)) as Record<string, string>;
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'savedViews').save(ctx.state.user.id, { page: input.page, name: input.name, filters }) };
  },

  async remove(ctx: Context) {
    await getService(strapi, 'savedViews').remove(ctx.state.user.id, idParam(ctx));
    ctx.body = { data: await getService(strapi, 'savedViews').list(ctx.state.user.id) };
  },
});
