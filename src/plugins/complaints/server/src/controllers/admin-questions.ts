/**
 * What staff do in the dossier besides the procedure's actions: ask the complainant a question (the answer
 * comes on the status page, controllers/public.ts), write an internal note, correct what was registered, and
 * link related complaints.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { adminActor } from '../services/actor';
import { getService } from '../services/registry';
import { fields, parseInput } from '../validation';
import { correctionSchema } from '../validation/complaint-details';
import { idParam } from './respond';

const askSchema = z.object({
  question: fields.requiredText(2000),
  // an empty date field sends '': no date asked for
  answerBy: z.union([fields.isoDate(), z.literal(''), z.null()]).optional().transform((v) => v || null),
});

const linkSchema = z.object({ relatedReference: fields.requiredText(40) });

const noteSchema = z.object({
  text: fields.requiredText(5000),
  mentions: z.array(fields.id()).max(20).optional().transform((v) => v ?? []),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  ask: async (ctx: Context) => {
    // who may see the complaint first: someone who may not learns nothing, not even what the body lacks
    const { complaint, scope } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
    const input = parseInput(askSchema, ctx.request.body);
    await getService(strapi, 'questions').ask(complaint.id, adminActor(ctx.state.user), { question: input.question, answerBy: input.answerBy });
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'dossier').get(complaint.id, scope) };
  },

  /** An internal note, naming colleagues who then get an e-mail: { text, mentions: [userId] }. */
  note: async (ctx: Context) => {
    const { complaint, scope } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
    const input = parseInput(noteSchema, ctx.request.body);
    await getService(strapi, 'notes').add(complaint, adminActor(ctx.state.user), input);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'dossier').get(complaint.id, scope) };
  },

  correct: async (ctx: Context) => {
    const { complaint, scope } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
    const input = parseInput(correctionSchema, ctx.request.body);
    await getService(strapi, 'corrections').correct(complaint.id, input, adminActor(ctx.state.user), scope);
    ctx.body = { data: await getService(strapi, 'dossier').get(complaint.id, scope) };
  },

  /** Links a related complaint by its reference: { relatedReference }. */
  link: async (ctx: Context) => {
    const { complaint, scope } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
    const input = parseInput(linkSchema, ctx.request.body);
    const links = getService(strapi, 'links');
    await links.link(complaint, await links.resolve(complaint, input.relatedReference, scope), adminActor(ctx.state.user), getService(strapi, 'clock').now());
    ctx.body = { data: await getService(strapi, 'dossier').get(complaint.id, scope) };
  },

  unlink: async (ctx: Context) => {
    const { complaint, scope } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
    await getService(strapi, 'links').unlink(complaint.id, idParam(ctx, 'relatedId'), adminActor(ctx.state.user));
    ctx.body = { data: await getService(strapi, 'dossier').get(complaint.id, scope) };
  },
});
