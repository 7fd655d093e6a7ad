/** Progress output: one prefix, elapsed time, so a slow step is visible while it runs. */
const started = Date.now();

function step(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stdout.write(`[${seconds}s] ${message}\n`);
}

module.exports = { step };
