/**
 * Part of the generated receiver's cold start, for the breakdown: import only the
 * `@hookwright/runtime` subpaths the package imports (listed in the spec by the bench, read from the
 * package's `dist/*.js`), in a fresh process. Nothing is validated; the verdict reported is `true`.
 *
 *   node runtime-only.mjs <spec.json>     (spec: { runtimeImports: string[], ... }; run from the app folder)
 */
import { readFileSync } from 'node:fs';
import { report } from './report.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// An empty list would time nothing and look like a free runtime.
if (!spec.runtimeImports?.length) throw new Error('the spec lists no @hookwright/runtime imports to time');

const cpuStarted = process.cpuUsage();
const started = performance.now();
for (const specifier of spec.runtimeImports) await import(specifier);
const imported = performance.now();

report({ import: imported - started }, true, cpuStarted);
