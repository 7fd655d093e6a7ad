/**
 * How satisfied the complainant is, asked once the complaint is finished (closed, solved at the
 * acknowledgement, or not handled): an e-mail with the link to the status page, where three questions
 * (satisfied or not, a mark from 1 to 10, anything to add) stay open for `surveyDays` days. Answered once;
 * the dossier shows the answer and the annual report counts them. An unhappy answer does what editors
 * chose (`surveyWhenUnhappy`): nothing more, reopen the complaint, or open the dispute path where the law
 * still allows one; in the answer's own transaction, so the answer and what it caused stand or fall together.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { ZONE } from '../domain/calendar';
import { today } from '../domain/terms';
import { precondition } from '../domain/procedure';
import type { Locale } from '../../../shared/messages';
import type { StatusView } from '../../../shared/public-api';
import { formatDate } from '../../../shared/public-texts';
import { ProcedureConflictError } from '../errors';
import { UID } from '../uids';
import { PUBLIC } from './actor';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';

/** The finished states the survey follows; a withdrawn complaint is not asked. */
const SURVEYED = new Set(['closed', 'solved_at_acknowledgement', 'not_admissible']);

/** The reopening's reason, in the complainant's letter: their own words follow it. */
const UNHAPPY: Record<Locale, string> = {
  nl: 'U liet ons in de vragen over uw tevredenheid weten dat u niet tevreden bent over de behandeling van uw klacht.',
  en: 'In the questions about your satisfaction you told us that you are not satisfied with how your complaint was handled.',
};

const ANSWERED = { nl: 'U heeft deze vragen al beantwoord. Dank u wel.', en: 'You have already answered these questions. Thank you.' };

export interface SurveyAnswer {
  satisfied: boolean;
  mark: number | null;
  comment: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const days = () => Number(strapi.config.get('plugin::complaints.surveyDays') ?? 14);

  return {
    /** The last day (yyyy-MM-dd) the survey of a complaint finished at `finishedAt` is open; null when there is none. */
    openUntil(complaint: Pick<ComplaintRow, 'status' | 'anonymisedAt'>, status: string | null, finishedAt: Date | string | null): string | null {
      if (!days() || !status || !SURVEYED.has(status) || !finishedAt || complaint.anonymisedAt) return null;
      return DateTime.fromJSDate(new Date(finishedAt), { zone: ZONE }).plus({ days: days() }).toISODate();
    },

    /** What the status page shows, with the questions as editors word and choose them; null when there is no survey. */
    async statusView(complaint: ComplaintRow, locale: Locale): Promise<StatusView['survey']> {
      const view = this.view(complaint);
      if (!view) return null;
      const publicForm = getService(strapi, 'publicForm');
      const [texts, settings] = await Promise.all([publicForm.texts(locale), publicForm.settings()]);
      const questions = {
        intro: texts.surveyIntro.split('{until}').join(view.until ? formatDate(view.until, locale) : ''),
        satisfied: texts.surveySatisfied,
        mark: settings.surveyAskMark ? texts.surveyMark : null,
        comment: settings.surveyAskComment ? texts.surveyComment : null,
      };
      return { ...view, questions };
    },

    /** Open (with its last day), answered, or nothing. */
    view(complaint: ComplaintRow) {
      const until = this.openUntil(complaint, complaint.status, complaint.closedAt);
      if (complaint.surveyAnsweredAt) {
        return { until, open: false, answer: { satisfied: Boolean(complaint.surveySatisfied), mark: complaint.surveyMark ?? null, comment: complaint.surveyComment ?? null, answeredAt: new Date(complaint.surveyAnsweredAt).toISOString() } };
      }
      if (!until) return null;
      return { until, open: today(getService(strapi, 'clock').now()) <= until, answer: null };
    },

    async answer(complaint: ComplaintRow, answer: SurveyAnswer, locale: Locale = 'nl'): Promise<void> {
      const view = this.view(complaint);
      if (!view || !view.open) {
        throw new ProcedureConflictError(
          'survey_closed',
          view?.answer ? ANSWERED : { nl: 'De vragen over uw tevredenheid kunnen niet meer worden beantwoord.', en: 'The questions about your satisfaction can no longer be answered.' },
        );
      }
      const now = getService(strapi, 'clock').now();
      // a question editors do not ask is not stored, whatever was sent
      const asked = await getService(strapi, 'publicForm').settings();
      answer = { ...answer, mark: asked.surveyAskMark ? answer.mark : null, comment: asked.surveyAskComment ? answer.comment : null };
      const stored = await strapi.db.transaction(async () => {
        // the first answer counts, also when two arrive at once
        const updated = await strapi.db.query(UID.complaint).updateMany({
          where: { id: complaint.id, surveyAnsweredAt: { $null: true } },
          data: { surveySatisfied: answer.satisfied, surveyMark: answer.mark, surveyComment: answer.comment, surveyAnsweredAt: now },
        });
        if (!updated.count) return false;
        await getService(strapi, 'audit').record({ complaintId: complaint.id, type: 'complaint.survey_answered', actor: PUBLIC, data: { satisfied: answer.satisfied, mark: answer.mark }, at: now });
        if (!answer.satisfied) await this.whenUnhappy(complaint.id, answer, locale);
        return true;
      });
      if (!stored) throw new ProcedureConflictError('survey_closed', ANSWERED);
    },

    /** What editors chose for an unhappy answer; the dispute path only where the procedure still allows it. */
    async whenUnhappy(complaintId: number, answer: SurveyAnswer, locale: Locale): Promise<void> {
      const { surveyWhenUnhappy } = await getService(strapi, 'settings').get();
      if (surveyWhenUnhappy === 'nothing') return;
      const complaints = getService(strapi, 'complaints');
      const facts = await complaints.facts(await complaints.requireById(complaintId));
      if (surveyWhenUnhappy === 'reopen' && precondition('reopen', facts) === null) {
        const why = UNHAPPY[locale];
        await getService(strapi, 'handling').reopen(complaintId, answer.comment ? `${why}\n${answer.comment}` : why, PUBLIC, null);
      } else if (surveyWhenUnhappy === 'dispute' && precondition('declareDissatisfaction', facts) === null) {
        await getService(strapi, 'dispute').declareDissatisfaction(complaintId, answer.comment, PUBLIC, null);
      }
    },
  };
};
