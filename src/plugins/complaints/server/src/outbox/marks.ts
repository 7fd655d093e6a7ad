/**
 * Marking letters: what became of each (sent, to print, failed, queued again), committed in batches, only
 * while this worker still holds the letter. What no lease can close: a worker that stalls in the middle of
 * an SMTP conversation; its late mark is refused and the possible repeat is written in the dossier.
 */
import type { Core } from '@strapi/strapi';
import type { ClaimedLetter, LetterChanges, LetterMark, letterQueue } from '../persistence/letter-queue';
import { SYSTEM } from '../services/actor';
import { getService } from '../services/registry';
import { MARK_BATCH } from './policy';

export interface AuditNote {
  type: string;
  data: Record<string, unknown>;
}

interface Mark extends LetterMark {
  letter: ClaimedLetter;
  audit?: AuditNote;
  done: (error?: unknown) => void;
}

export function createMarks(strapi: Core.Strapi, queue: ReturnType<typeof letterQueue>, release: (id: number) => void) {
  let marks: Mark[] = [];
  let flushing = false;

  /**
   * Marks a letter, only while this worker still holds it (a reclaimed letter is left alone); resolves once
   * the mark is committed. Marks go together in one statement and commit (group commit, see
   * scheduleFlush): on SQLite every commit is an fsync that stops the event loop, and with it every SMTP
   * conversation in progress; on PostgreSQL every statement is a round trip. Sending is on the record of
   * the letter row itself (the dossier's timeline shows it); rare outcomes (failed, to print) also get an
   * audit event.
   */
  function settle(letter: ClaimedLetter, changes: LetterChanges, audit?: AuditNote): Promise<void> {
    const at = getService(strapi, 'clock').now();
    return new Promise<void>((resolve, reject) => {
      marks.push({ letter, claim: { id: letter.id, attempts: letter.attempts }, changes, at, audit, done: (error) => (error ? reject(error) : resolve()) });
      if (!flushing) scheduleFlush();
    });
  }

  /**
   * The first mark of a batch schedules its commit (on SQLite a few milliseconds ahead), so the marks of
   * every sender finishing meanwhile share it; a full batch commits at once. Senders never wait for it;
   * the price is that a crash in that moment resends a letter with the same Message-ID (as a crash
   * between sending and marking always could).
   */
  let flushTimer: NodeJS.Timeout | null = null;
  function scheduleFlush(): void {
    if (marks.length >= MARK_BATCH) {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      setImmediate(flushMarks);
    } else if (!flushTimer) {
      flushTimer = setTimeout(() => {
        flushTimer = null;
        void flushMarks();
      }, queue.markDelayMs());
    }
  }

  /**
   * The marks of a batch and their audit events in one transaction. A letter sent while another worker
   * had taken it over (this worker stalled past its lease mid-send) is not marked by this worker; its
   * dossier records that the complainant may get it twice (with the same Message-ID).
   */
  async function flushMarks(): Promise<void> {
    if (flushing || !marks.length) return;
    flushing = true;
    const batch = marks;
    marks = [];
    try {
      let repeated: number[] = [];
      await queue.commitMarks(batch, (marked) => {
        const at = getService(strapi, 'clock').now();
        const audit = getService(strapi, 'audit');
        repeated = batch.filter((mark) => !marked.has(mark.letter.id) && mark.changes.status === 'sent').map((mark) => mark.letter.id);
        return batch.flatMap(({ letter, audit: event }) => {
          if (marked.has(letter.id)) return event ? [audit.row({ complaintId: letter.complaintId, ...event, actor: SYSTEM, at })] : [];
          if (!repeated.includes(letter.id)) return [];
          const data = { letterId: letter.id, kind: letter.kind, channel: letter.channel };
          return [audit.row({ complaintId: letter.complaintId, type: 'letter.possibly_duplicated', data, actor: SYSTEM, at })];
        });
      });
      for (const id of repeated) strapi.log.warn(`[complaints] letter ${id}: sent after its lease had passed to another worker; it may arrive twice`);
      for (const mark of batch) mark.done();
    } catch (error) {
      for (const mark of batch) mark.done(error);
    } finally {
      for (const mark of batch) release(mark.letter.id);
      flushing = false;
      if (marks.length) scheduleFlush();
    }
  }

  /**
   * Marks still being committed. A sender does not wait for its letter's mark (the SMTP conversations of
   * the others would wait with it); a drain ends only when all are on the record. A mark that cannot be
   * written leaves the letter `sending`: its lease runs out and it is sent again — late, never lost.
   */
  const inFlight = new Set<Promise<void>>();

  return {
    settle,

    inBackground(letter: ClaimedLetter, mark: Promise<void>): void {
      const tracked: Promise<void> = mark
        .catch((error) => {
          strapi.log.warn(`[complaints] letter ${letter.id}: could not record its state (${(error as Error)?.message ?? error}); it is sent again when its lease ends`);
        })
        .finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    },

    /** Until every mark in flight is on the record (or given up). */
    async settled(): Promise<void> {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}
