/**
 * The worker pool every heavy task of the plugin runs on (work/pool.ts, work/index.ts; the shared pool's
 * threads start from the built work-thread bundle): answers come back, a task's own error reaches the caller and leaves
 * its worker in place, a task that runs over its time or memory loses its worker — which a fresh one
 * replaces — and fails alone, and waiting for a free worker is bounded too.
 */
import path from 'path';
import { sampleContext } from '../../src/plugins/complaints/server/src/letters/placeholders';
import { acquireWork, workStats } from '../../src/plugins/complaints/server/src/work';
import { createWorkPool, type WorkPool } from '../../src/plugins/complaints/server/src/work/pool';

const ENTRY = path.join(__dirname, 'fixtures/work-pool-thread.js');

type Echo = { input: unknown; threadId: number };

describe('work pool', () => {
  const pools: WorkPool[] = [];
  const pool = (options: object = {}): WorkPool => {
    const made = createWorkPool({ entry: ENTRY, size: 2, timeoutMs: 60_000, queueTimeoutMs: 60_000, ...options });
    pools.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('runs tasks on worker threads and hands back their output, bytes included', async () => {
    const work = pool();
    const answer = await work.run<Echo>('echo', { reference: 'KL-2026-000001', at: new Date('2026-05-07T10:00:00Z') });
    expect(answer.input).toEqual({ reference: 'KL-2026-000001', at: new Date('2026-05-07T10:00:00Z') });
    expect(answer.threadId).toBeGreaterThan(0);
    const bytes = await work.run<Uint8Array>('bytes', 100_000);
    expect(bytes).toHaveLength(100_000);
    expect(bytes.every((b) => b === 7)).toBe(true);
  });

  it('rejects with the task’s own error and keeps the worker for the next task', async () => {
    const work = pool({ size: 1 });
    const before = await work.run<Echo>('echo', 1);
    await expect(work.run('fail', 'the template cannot be rendered')).rejects.toMatchObject({ name: 'TypeError', message: 'the template cannot be rendered' });
    await expect(work.run('no-such-task', null)).rejects.toThrow(/unknown task "no-such-task"/);
    const after = await work.run<Echo>('echo', 2);
    expect(after.threadId).toBe(before.threadId);
    expect(work.stats().started).toBe(1);
  });

  it('stops a task that runs over its time, replaces its worker, and leaves the other worker’s task alone', async () => {
    const work = pool({ size: 2 });
    const first = await work.run<Echo>('echo', 'warm');
    const [spun, echoed] = await Promise.allSettled([work.run('spin', null, { timeoutMs: 300 }), work.run<Echo>('echo', 'beside it')]);
    expect(spun).toMatchObject({ status: 'rejected', reason: { name: 'WorkLimitError', limit: 'timeout' } });
    expect(echoed).toMatchObject({ status: 'fulfilled', value: { input: 'beside it' } });
    // the spinning worker is gone; later tasks run, on a worker started after it
    const results = await Promise.all([work.run<Echo>('echo', 'a'), work.run<Echo>('echo', 'b'), work.run<Echo>('echo', 'c')]);
    expect(results.map((r) => r.input)).toEqual(['a', 'b', 'c']);
    expect(work.stats()).toMatchObject({ workers: 2, busy: 0, queued: 0 });
    expect(work.stats().started).toBe(3);
    expect(new Set([first.threadId, ...results.map((r) => r.threadId)]).size).toBeGreaterThan(1);
  });

  it('stops a task that needs more memory than its worker may have, and goes on with a fresh worker', async () => {
    const work = pool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    const before = await work.run<Echo>('echo', 1);
    await expect(work.run('hog', null)).rejects.toMatchObject({ name: 'WorkLimitError', limit: 'memory' });
    const after = await work.run<Echo>('echo', 2);
    expect(after.input).toBe(2);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('does not start a task that found no free worker in time', async () => {
    const work = pool({ size: 1, queueTimeoutMs: 100 });
    const spinning = work.run('spin', null, { timeoutMs: 1_500 });
    await expect(work.run('echo', 'waits')).rejects.toMatchObject({ name: 'WorkLimitError', limit: 'busy' });
    await expect(spinning).rejects.toMatchObject({ limit: 'timeout' });
  });

  it('rejects what is waiting or running when it is closed', async () => {
    const work = pool({ size: 1 });
    const settled = Promise.allSettled([work.run('spin', null), work.run('echo', 'never')]);
    await work.close();
    const [running, waiting] = await settled;
    expect(running).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/closed/) } });
    expect(waiting).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/closed/) } });
    await expect(work.run('echo', 'after')).rejects.toThrow(/closed/);
  });
});

describe('the plugin’s shared pool', () => {
  it('is one pool for all its users, runs the plugin’s tasks on it, and ends with the last release', async () => {
    const a = acquireWork();
    const b = acquireWork();
    const validation = await a.run('validateTemplate', { kind: 'acknowledgement', subject: 'Klacht {{ complaint.refrence }}', body: '<p>{{ complaint.reference }}</p>', locale: 'nl' });
    expect(validation).toMatchObject({ ok: false, errors: { subject: { nl: expect.stringContaining('complaint.refrence') } } });
    const started = workStats()!.started;
    const preview = await b.run('renderLetter', { template: { subject: 'Klacht {{ complaint.reference }}', body: '<p>Beste {{ recipient.name }}</p>' }, context: sampleContext('nl') });
    expect(preview).toMatchObject({ subject: 'Klacht KL-2026-000042', text: 'Beste Janneke de Vries' });
    expect(workStats()!.started).toBe(started);
    await a.release();
    expect(workStats()).not.toBeNull();
    await b.release();
    expect(workStats()).toBeNull();
  });
});
