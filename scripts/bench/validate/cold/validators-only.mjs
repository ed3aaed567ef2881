/**
 * Part of the generated receiver's cold start, for the breakdown: import only the package's
 * `./validators` subpath (the validator table, the emitted functions and the runtime file they import)
 * and validate the same payload as `emitted.mjs`, in a fresh process.
 *
 *   node validators-only.mjs <spec.json>     (spec: { receiver, eventId, data }; run from the app folder)
 */
import { readFileSync } from 'node:fs';
import { report } from './report.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const cpuStarted = process.cpuUsage();
const started = performance.now();
const { validators } = await import(`${spec.receiver}/validators`);
const imported = performance.now();
const result = validators[spec.eventId](spec.data);
const validated = performance.now();

report({ import: imported - started, firstValidation: validated - imported }, result.valid, cpuStarted);
