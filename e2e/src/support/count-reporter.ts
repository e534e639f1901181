import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Writes the browser tests' counts to tmp/test-counts/e2e.json for the summary `npm test` prints. */
export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(): void {
    const statuses = [...this.outcomes.values()];
    const dir = path.resolve(__dirname, '..', '..', '..', 'tmp', 'test-counts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'e2e.json'),
      JSON.stringify({
        passed: statuses.filter((s) => s === 'passed').length,
        failed: statuses.filter((s) => s === 'failed' || s === 'timedOut' || s === 'interrupted')
          .length,
        skipped: statuses.filter((s) => s === 'skipped').length,
      }),
    );
  }
}
