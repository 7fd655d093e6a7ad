/**
 * Writes the suite's totals to tests/artifacts/summary.json and prints them as the last line,
 * "N passed, N failed"; a test file that could not run counts as one failure.
 */
const fs = require('fs');
const path = require('path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenFiles = results.testResults.filter((file) => file.testExecError && file.numFailingTests === 0).length;
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + brokenFiles,
      skipped: results.numPendingTests + results.numTodoTests,
      files: results.numTotalTestSuites,
    };
    const dir = path.join(__dirname, '..', 'artifacts');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary, null, 2));
    process.stdout.write(`\n${summary.passed} passed, ${summary.failed} failed\n`);
  }
}

module.exports = SummaryReporter;
