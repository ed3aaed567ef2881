/**
 * Cold start of the generated side, in a fresh process: import the generated receiver package (as an
 * app does, by its name) and validate one event's payload with it.
 *
 *   node emitted.mjs <spec.json>     (spec: { receiver, eventId, data }; run from the app folder)
 *
 * Reading the spec happens before the clock starts: it is the bench's input, not the app's work.
 */
import { readFileSync } from 'node:fs';
import { report } from './report.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const cpuStarted = process.cpuUsage();
const started = performance.now();
const { events } = await import(spec.receiver);
const imported = performance.now();
const result = events.resolve(spec.eventId).validate(spec.data);
const validated = performance.now();

report({ import: imported - started, firstValidation: validated - imported }, result.valid, cpuStarted);
