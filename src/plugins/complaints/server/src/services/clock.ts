/**
 * The plugin's time source. Everything that asks "what time is it" (terms, overdue, the sweep) asks here,
 * so tests can travel in time instead of waiting. COMPLAINTS_NOW (an ISO timestamp; tests and benchmarks
 * only) starts this instance's clock at that moment; it then runs on normally.
 */
export default () => {
  const pinned = process.env.COMPLAINTS_NOW ? Date.parse(process.env.COMPLAINTS_NOW) : NaN;
  const offset = Number.isNaN(pinned) ? 0 : pinned - Date.now();
  const real = () => new Date(Date.now() + offset);
  let source: () => Date = real;
  return {
    now(): Date {
      return source();
    },
    /** Tests only: replace the time source (pass nothing to restore this instance's clock). */
    set(next?: () => Date) {
      source = next ?? real;
    },
  };
};
