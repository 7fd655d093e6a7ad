/** The editors' settings routes: procedure, form texts, calendar, departments and categories. */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { staffName, usersRepository } from '../persistence/users';
import { getService } from '../services/registry';
import { parseInput } from '../validation';
import { categorySchema, closedDaySchema, departmentSchema, formSettingsSchema, procedureSettingsSchema, regimeSchema } from '../validation/settings';
import { idParam } from './respond';

const yearSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const editor = () => getService(strapi, 'editorSettings');
  return {
    get: async (ctx: Context) => {
      ctx.body = { data: await editor().overview() };
    },
    updateProcedure: async (ctx: Context) => {
      ctx.body = { data: await editor().updateProcedure(parseInput(procedureSettingsSchema, ctx.request.body), ctx.state.user.id) };
    },
    applyRegime: async (ctx: Context) => {
      ctx.body = { data: await editor().applyRegime(parseInput(regimeSchema, ctx.request.body).regime, ctx.state.user.id) };
    },
    updateForm: async (ctx: Context) => {
      ctx.body = { data: await editor().updateForm(parseInput(formSettingsSchema, ctx.request.body), ctx.state.user.id) };
    },
    calendar: async (ctx: Context) => {
      ctx.body = { data: await editor().calendar(parseInput(yearSchema, ctx.query ?? {}).year) };
    },
    addClosedDay: async (ctx: Context) => {
      ctx.status = 201;
      ctx.body = { data: await editor().addClosedDay(parseInput(closedDaySchema, ctx.request.body), ctx.state.user.id) };
    },
    removeClosedDay: async (ctx: Context) => {
      await editor().removeClosedDay(idParam(ctx), ctx.state.user.id);
      ctx.body = { data: { removed: true } };
    },
    departments: async (ctx: Context) => {
      getService(strapi, 'catalog').invalidate();
      ctx.body = { data: await getService(strapi, 'catalog').departments() };
    },
    createDepartment: async (ctx: Context) => {
      ctx.status = 201;
      ctx.body = { data: await editor().saveDepartment(null, parseInput(departmentSchema, ctx.request.body), ctx.state.user.id) };
    },
    updateDepartment: async (ctx: Context) => {
      ctx.body = { data: await editor().saveDepartment(idParam(ctx), parseInput(departmentSchema, ctx.request.body), ctx.state.user.id) };
    },
    staff: async (ctx: Context) => {
      const users = await usersRepository(strapi).active();
      ctx.body = { data: users.map((user) => ({ id: user.id, name: staffName(user), email: user.email })) };
    },
    runSweep: async (ctx: Context) => {
      ctx.body = { data: await getService(strapi, 'sweep').run() };
    },
    categories: async (ctx: Context) => {
      getService(strapi, 'catalog').invalidate();
      ctx.body = { data: await getService(strapi, 'catalog').categories() };
    },
    createCategory: async (ctx: Context) => {
      ctx.status = 201;
      ctx.body = { data: await editor().saveCategory(null, parseInput(categorySchema, ctx.request.body), ctx.state.user.id) };
    },
    updateCategory: async (ctx: Context) => {
      ctx.body = { data: await editor().saveCategory(idParam(ctx), parseInput(categorySchema, ctx.request.body), ctx.state.user.id) };
    },
  };
};
