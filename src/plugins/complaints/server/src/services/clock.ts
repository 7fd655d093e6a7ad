/**
 * The plugin's time source. Everything that asks "what time is it" (terms, overdue, the sweep) asks here,
 * so tests can travel in time instead of waiting.
 */
export default () => {
  let source: () => Date = () => new Date();
  return {
    now(): Date {
      return source();
    },
    /** Tests only: replace the time source (pass nothing to restore the real clock). */
    set(next?: () => Date) {
      source = next ?? (() => new Date());
    },
  };
};
