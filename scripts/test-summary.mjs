// Reads vitest's JSON report and prints the closing line CI recognises: "N passed, N failed".
// A failed non-vitest step (lint, type-check, --check) counts as one failure so it cannot go unseen.
import { existsSync, readFileSync } from 'node:fs';

const [file, priorStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // Suites that fail to load report no tests; count each as a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed += 1;
}
if (priorStatus !== '0' && failed === 0) failed = 1;
const tail = skipped > 0 ? `, ${skipped} skipped` : '';
console.log(`${passed} passed, ${failed} failed${tail}`);
process.exit(failed > 0 ? 1 : 0);
