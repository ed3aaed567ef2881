/**
 * Cold start of the run-time side, in a fresh process: load the contract's prepared schemas, import
 * ajv + ajv-formats, compile with the compiler's options and formats, validate one event's payload.
 *
 *   node ajv.mjs <spec.json> all|lazy
 *
 * `all` compiles every schema at start-up (what the issue compares with); `lazy` compiles only the
 * schema of the event validated (and the named schemas it uses), ajv's cheapest possible start.
 * The spec is the app's own data here (it has to ship its schemas), so reading it is timed.
 * Schemas are added without a second meta-schema check, as the compiler adds them.
 */
import { readFileSync } from 'node:fs';
import { report } from './report.mjs';

const mode = process.argv[3];
if (mode !== 'all' && mode !== 'lazy') throw new Error('mode is all or lazy');

const cpuStarted = process.cpuUsage();
const started = performance.now();
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const loaded = performance.now();
const dialects =
  mode === 'all' ? spec.dialects : spec.dialects.filter((d) => d.dialect === spec.target.dialect);
const [ajvFormats, ...ajvClasses] = await Promise.all([
  import('ajv-formats'),
  ...dialects.map((d) => import(d.dialect === '2020-12' ? 'ajv/dist/2020.js' : 'ajv')),
]);
const imported = performance.now();

let target;
dialects.forEach(({ dialect, units }, i) => {
  const Ajv = ajvClasses[i].default;
  const ajv = new Ajv({ ...spec.options, logger: false });
  ajvFormats.default(ajv, { mode: 'full', keywords: false });
  for (const [name, format] of Object.entries(spec.formatOverrides)) {
    ajv.addFormat(name, format === true ? true : new RegExp(format.source, format.flags));
  }
  for (const unit of units) ajv.addSchema(unit.schema, undefined, undefined, false);
  if (mode === 'all') for (const unit of units) ajv.getSchema(unit.id);
  if (dialect === spec.target.dialect) target = ajv.getSchema(spec.target.id);
});
const compiled = performance.now();
const valid = target(spec.data);
const validated = performance.now();

report(
  {
    loadSchemas: loaded - started,
    import: imported - loaded,
    compile: compiled - imported,
    firstValidation: validated - compiled,
  },
  valid,
  cpuStarted,
);
