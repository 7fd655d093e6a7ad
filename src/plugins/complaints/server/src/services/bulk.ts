/**
 * One action on several complaints of a step list (acknowledge with the template's own text, assign a
 * handler). Each complaint goes through the procedure on its own, in its own transaction, with the guards
 * of the single action: one refusal stops nothing else, and the answer says per complaint what happened,
 * with the message the single action would have given. A complaint the user may not see is answered as
 * one that does not exist (no reference), as the dossier would.
 */
import type { Core } from '@strapi/strapi';
import type { BulkInput, BulkResult, BulkRowResult } from '../../../shared/contracts';
import { ComplaintsError } from '../errors';
import { canSee, type AccessScope } from './access';
import type { Actor } from './actor';
import { getService } from './registry';

const NOT_FOUND = { nl: 'Deze klacht bestaat niet of u mag haar niet inzien.', en: 'This complaint does not exist or you may not see it.' };
const UNEXPECTED = { nl: 'Dit is niet gelukt door een onverwachte fout; probeer het later opnieuw.', en: 'This failed because of an unexpected error; try again later.' };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(input: BulkInput, actor: Actor, scope: AccessScope): Promise<BulkResult> {
    const results: BulkRowResult[] = [];
    for (const id of [...new Set(input.ids)]) {
      const complaint = await getService(strapi, 'complaints').findById(id);
      if (!complaint || !canSee(scope, complaint)) {
        results.push({ id, reference: null, ok: false, code: 'not_found', message: NOT_FOUND });
        continue;
      }
      try {
        if (input.action === 'acknowledge') {
          await getService(strapi, 'acknowledgement').acknowledge(id, { answer: null, inviteForHearing: false }, actor, scope);
        } else {
          await getService(strapi, 'handling').assignHandler(id, input.handlerId as number, actor, scope);
        }
        results.push({ id, reference: complaint.reference, ok: true, code: null, message: null });
      } catch (error) {
        if (error instanceof ComplaintsError) {
          // a field's message says more than "some fields are not filled in correctly"
          const field = error.fieldErrors ? Object.values(error.fieldErrors)[0] : undefined;
          results.push({ id, reference: complaint.reference, ok: false, code: error.code, message: field ?? error.messages });
        } else {
          strapi.log.error(`[complaints] bulk ${input.action} of complaint ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
          results.push({ id, reference: complaint.reference, ok: false, code: 'unexpected', message: UNEXPECTED });
        }
      }
    }
    return { results };
  },
});
