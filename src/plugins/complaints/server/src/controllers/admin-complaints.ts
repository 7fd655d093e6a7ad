/**
 * Staff routes across the steps (admin panel): the lists, the overview, the dossier, one action on several
 * complaints at once, and the choices of the admin forms. The procedure's actions have their controllers in their
 * steps (steps/<step>/controller.ts). Every route sits behind the admin session and a plugin permission
 * (routes/admin.ts); services narrow by department.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { staffName, usersRepository } from '../persistence/users';
import { getService } from '../services/registry';
import { staffOf } from '../steps/procedure-action';
import { parseInput } from '../validation';
import { bulkSchema, inboxQuerySchema } from '../validation/actions';
import { idParam } from './respond';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends Parameters<typeof getService>[1]>(name: K) => getService(strapi, name);

  return {
    async list(ctx: Context) {
      const query = parseInput(inboxQuerySchema, ctx.query ?? {});
      ctx.body = { data: await service('inbox').list(query, (await staffOf(strapi, ctx)).scope) };
    },

    async overview(ctx: Context) {
      ctx.body = { data: await service('inbox').overview((await staffOf(strapi, ctx)).scope) };
    },

    async findOne(ctx: Context) {
      ctx.body = { data: await service('dossier').get(idParam(ctx), (await staffOf(strapi, ctx)).scope) };
    },

    /** One action on several complaints of a list: { action, ids, handlerId }; answers per complaint. */
    async bulk(ctx: Context) {
      const input = parseInput(bulkSchema, ctx.request.body);
      const { actor, scope } = await staffOf(strapi, ctx);
      ctx.body = { data: await service('bulk').run(input, actor, scope) };
    },

    /** Choices for the admin forms: departments, categories, staff. */
    async lookups(ctx: Context) {
      const catalog = service('catalog');
      const users = await usersRepository(strapi).active();
      ctx.body = {
        data: {
          departments: await catalog.departments(),
          categories: await catalog.categories(),
          users: users.map((user) => ({ id: user.id, name: staffName(user) })),
          attachments: service('attachments').accepting() ? await service('attachments').rules() : null,
        },
      };
    },
  };
};
