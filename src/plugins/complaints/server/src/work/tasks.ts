/**
 * The heavy work the plugin does off the main thread, as plain functions of structured-cloneable input:
 * composing a letter for the outbox, a PDF, a template check or preview, a letter preview. The same
 * functions run in-process where no worker can be started (see index.ts).
 */
import { composeLetter, type ComposedLetter, type ComposeRequest } from '../letters/compose';
import { renderLetterPdf, renderLettersPdf } from '../letters/pdf';
import { renderLetter } from '../letters/render';
import { sampleContext } from '../letters/placeholders';
import { validateTemplate, type TemplateValidation } from '../letters/validation';
import type { LetterAudience, LetterContext, LetterKind, PdfLetterInput } from '../letters/types';
import type { Locale } from '../../../shared/messages';

export interface LetterPreview {
  subject: string;
  html: string;
  text: string;
}

export type TemplatePreview = ({ ok: true } & LetterPreview) | Extract<TemplateValidation, { ok: false }>;

/** One letter of a `composeMany`: its message, or its own failure (the others go on). */
export type ComposeOutcome = { ok: true; letter: ComposedLetter } | { ok: false; error: { name: string; message: string } };

export const TASKS = {
  /** Several letters in one task: the outbox claims letters by the batch, and one message per letter would
   *  leave a worker idle between each answer and the next letter. */
  async composeMany(requests: ComposeRequest[]): Promise<ComposeOutcome[]> {
    const outcomes: ComposeOutcome[] = [];
    for (const request of requests) {
      try {
        outcomes.push({ ok: true, letter: await composeLetter(request) });
      } catch (error) {
        outcomes.push({ ok: false, error: { name: (error as Error)?.name ?? 'Error', message: String((error as Error)?.message ?? error) } });
      }
    }
    return outcomes;
  },

  /** The PDF in a byte array of its own, so it can be moved to the main thread instead of copied. */
  async pdf(input: PdfLetterInput): Promise<Uint8Array> {
    return new Uint8Array(await renderLetterPdf(input));
  },

  /** Several letters in one PDF, each on sheets of its own (to print in one go). */
  async pdfBatch(inputs: PdfLetterInput[]): Promise<Uint8Array> {
    return new Uint8Array(await renderLettersPdf(inputs));
  },

  validateTemplate(source: { kind: LetterKind; audience?: LetterAudience; subject: string; body: string; locale: Locale }): TemplateValidation {
    return validateTemplate(source);
  },

  /** An unsaved template: checked as on save, then rendered with the given context (or the sample data). */
  previewTemplate(input: { kind: LetterKind; audience?: LetterAudience; subject: string; body: string; locale: Locale; context: LetterContext | null }): TemplatePreview {
    const validation = validateTemplate(input);
    if (!validation.ok) return validation;
    const { subject, html, text } = renderLetter({ subject: input.subject, body: input.body }, input.context ?? sampleContext(input.locale));
    return { ok: true, subject, html, text };
  },

  renderLetter(input: { template: { subject: string; body: string }; context: LetterContext }): LetterPreview {
    const { subject, html, text } = renderLetter(input.template, input.context);
    return { subject, html, text };
  },
};

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
export type TaskInput<K extends TaskName> = Parameters<Tasks[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;
