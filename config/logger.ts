/** LOG_LEVEL: error, warn, info, http (default: every request), verbose, debug. */
export default ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
});
