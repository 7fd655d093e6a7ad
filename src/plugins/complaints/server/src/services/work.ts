/**
 * Heavy work for requests (PDFs, template checks and previews, the privacy export) on the plugin's worker
 * pool (work/index.ts), so the main thread keeps serving everyone else while it runs. A task that hits a
 * limit becomes an answer: 422 with what to change when it ran too long or needed too much memory, 503
 * with Retry-After when no worker was free in time.
 */
import type { Core } from '@strapi/strapi';
import type { Message } from '../../../shared/messages';
import { WorkersBusyError, WorkLimitExceededError } from '../errors';
import { acquireWork, workStats, type HeavyWork } from '../work';
import { isWorkLimitError, type WorkLimitError } from '../work/pool';
import type { TaskInput, TaskName, TaskOutput } from '../work/tasks';

/** What a task makes, for the messages ("Het maken van de PDF …"). */
const PRODUCT: Record<TaskName, Message> = {
  composeMany: { nl: 'de brieven', en: 'the letters' },
  pdf: { nl: 'de PDF', en: 'the PDF' },
  pdfBatch: { nl: 'de PDF met de brieven', en: 'the PDF with the letters' },
  validateTemplate: { nl: 'de controle van het sjabloon', en: 'the template check' },
  previewTemplate: { nl: 'het voorbeeld', en: 'the preview' },
  renderLetter: { nl: 'het voorbeeld', en: 'the preview' },
};

const RETRY_AFTER_SECONDS = 30;

function limitAnswer(task: TaskName, error: WorkLimitError): Error {
  const product = PRODUCT[task];
  if (error.limit === 'busy') return new WorkersBusyError(RETRY_AFTER_SECONDS);
  if (error.limit === 'timeout') {
    return new WorkLimitExceededError({
      nl: `Het maken van ${product.nl} duurde te lang en is afgebroken. Waarschijnlijk is de tekst erg lang of doet het sjabloon te veel werk: maak die korter of eenvoudiger en probeer het opnieuw.`,
      en: `Making ${product.en} took too long and was stopped. The text is probably very long or the template does too much work: make it shorter or simpler and try again.`,
    });
  }
  if (error.limit === 'memory') {
    return new WorkLimitExceededError({
      nl: `Het maken van ${product.nl} vroeg te veel geheugen en is afgebroken. Waarschijnlijk is de tekst erg lang of doet het sjabloon te veel werk: maak die korter of eenvoudiger en probeer het opnieuw.`,
      en: `Making ${product.en} needed too much memory and was stopped. The text is probably very long or the template does too much work: make it shorter or simpler and try again.`,
    });
  }
  // a worker that died of something else is a fault of ours: a plain 500, logged by the controller
  return error;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let work: HeavyWork | null = null;

  return {
    async run<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
      work ??= acquireWork();
      try {
        return await work.run(task, input);
      } catch (error) {
        if (!isWorkLimitError(error)) throw error;
        strapi.log.warn(`[complaints] ${task} stopped: ${error.message}`);
        throw limitAnswer(task, error);
      }
    },

    /** Destroy: this instance no longer uses the pool (the last user's release ends its workers). */
    /** The shared pool's workers and tasks in progress (health and tests); null while no pool runs. */
    stats() {
      return workStats();
    },

    async close(): Promise<void> {
      const held = work;
      work = null;
      await held?.release();
    },
  };
};
