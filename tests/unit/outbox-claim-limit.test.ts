/**
 * How many letters one claim may take: never more than the senders get through in half a lease at the
 * pace of the drain, within [concurrency, batch size]; one per sender while the pace is unknown.
 */
import { claimLimit } from '../../src/plugins/complaints/server/src/outbox';

const base = { batchSize: 50, concurrency: 8, leaseSeconds: 120 };

describe('outbox claim limit', () => {
  it('takes one letter per sender before anything was delivered', () => {
    expect(claimLimit({ ...base, delivered: 0, elapsedMs: 0 })).toBe(8);
    expect(claimLimit({ ...base, delivered: 0, elapsedMs: 5000 })).toBe(8);
  });

  it('takes the whole batch when half a lease holds more than that at the current pace', () => {
    // 100 letters a second: half of 120 s holds 6,000
    expect(claimLimit({ ...base, delivered: 1000, elapsedMs: 10_000 })).toBe(50);
  });

  it('takes what half a lease holds when the relay is slow', () => {
    // 2 letters in 10 s against a 30 s lease: 3 letters in 15 s, but at least one per sender
    expect(claimLimit({ ...base, leaseSeconds: 30, delivered: 2, elapsedMs: 10_000 })).toBe(8);
    // 4 letters a second against a 10 s lease: 20 in 5 s
    expect(claimLimit({ ...base, leaseSeconds: 10, delivered: 40, elapsedMs: 10_000 })).toBe(20);
  });

  it('never takes more than the batch size, nor fewer than one', () => {
    expect(claimLimit({ batchSize: 3, concurrency: 8, leaseSeconds: 120, delivered: 0, elapsedMs: 0 })).toBe(3);
    expect(claimLimit({ batchSize: 50, concurrency: 0, leaseSeconds: 1, delivered: 1, elapsedMs: 60_000 })).toBe(1);
  });
});
