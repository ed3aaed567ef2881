/**
 * The validators under comparison, per event id:
 * - `ours`: the generated package's public table, `validators[id](data)` (the emitted function
 *   wrapped by the runtime's `createValidator`, which answers `{ valid, value }` or hands out the
 *   issues the generated code built);
 * - `ours raw`: the emitted function itself, `validators.<dialect>.js` export (boolean + `.errors`,
 *   the issues), to tell the cost of the wrapper from the cost of the generated code;
 * - `ajv runtime`: ajv compiling the same prepared schemas with the same options at run time, the
 *   compiler's own `compileContract` (messages on, ajv's default for run-time use).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CompiledContract,
  compileContract,
} from '../../../packages/compiler/src/emit/validators/compile-contract.js';
import type { Contract } from '../../../packages/compiler/src/index.js';
import type { CompiledValidateFunction, Validator } from '../../../packages/runtime/src/validation/index.js';

/** ajv's compiled function (boolean answer, `.errors` with messages). */
export type AjvValidateFunction = NonNullable<ReturnType<CompiledContract['validatorFor']>>;

export interface EventValidators {
  ours: Validator;
  oursRaw: CompiledValidateFunction;
  ajv: AjvValidateFunction;
}

export interface Contenders {
  byEvent: ReadonlyMap<string, EventValidators>;
  /** The run-time ajv compilation (its plan says which schema `$id` backs which event). */
  reference: CompiledContract;
  /** Milliseconds `compileContract` took: ajv compiling every schema of the contract, in this process. */
  ajvCompileMs: number;
}

/**
 * Imports the receiver package's emitted validators from the app and compiles the same schemas
 * with ajv. Throws when an event has no validator on either side.
 */
export async function loadContenders(
  contract: Contract,
  appDir: string,
  receiver: string,
): Promise<Contenders> {
  const dist = join(appDir, 'node_modules', receiver, 'dist');
  const load = (file: string) => import(pathToFileURL(join(dist, file)).href);
  const { validators } = (await load('validators.js')) as { validators: Record<string, Validator> };

  const started = performance.now();
  const reference = compileContract(contract, { emitCode: false });
  const ajvCompileMs = performance.now() - started;
  if (reference.diagnostics.some((d) => d.severity === 'error')) {
    throw new Error(`ajv could not compile the contract: ${reference.diagnostics[0]?.message}`);
  }

  const modules = new Map<string, Record<string, CompiledValidateFunction>>();
  for (const { plan } of reference.dialects) {
    modules.set(plan.dialect, await load(`validators.${plan.dialect}.js`));
  }
  const byEvent = new Map<string, EventValidators>();
  for (const event of contract.events) {
    const binding = reference.plan.payloads.get(event.id);
    const ours = validators[event.id];
    const oursRaw = binding && modules.get(binding.dialect)?.[binding.exportName];
    const ajv = binding && reference.validatorFor(binding);
    if (!ours || !oursRaw || !ajv) throw new Error(`no payload validator for ${event.id} on both sides`);
    byEvent.set(event.id, { ours, oursRaw, ajv });
  }
  return { byEvent, reference, ajvCompileMs };
}
