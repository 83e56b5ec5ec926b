const { writeSync } = require('node:fs');

// CI reads one plain closing line, `N passed, N failed`. Jest prints its own summary after every
// custom reporter, so the line is written when the process exits, to be the last one.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => writeSync(process.stderr.fd, `\n${line}\n`));
  }
}
module.exports = SummaryReporter;
