// Jest reporter that writes a project's pass/fail counts to tmp/test-counts/<displayName>.json,
// where `npm test` sums them for its closing line. The file is a declared output of the
// test targets, so Nx restores it with a cached result.
const fs = require('node:fs');
const path = require('node:path');

const COUNTS_DIR = path.join(__dirname, '..', '..', 'tmp', 'test-counts');

class CountReporter {
  onRunComplete(contexts, results) {
    const [context] = contexts;
    // A project with no tests yet (passWithNoTests) has no test context: nothing to count.
    if (!context) return;
    const name = context.config.displayName?.name ?? path.basename(context.config.rootDir);
    fs.mkdirSync(COUNTS_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(COUNTS_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.json`),
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = CountReporter;
