import type { Contract } from '../../ir/contract.js';
import { buildDocModel } from '../docs/doc-model.js';
import type { DocExample } from '../docs/examples/resolve-examples.js';
import { type EmittedFiles, GENERATED_HEADER } from '../files.js';
import { emitEventsModule } from './events-source.js';
import { emitPackageJson, RUNTIME_RANGE } from './package-json.js';
import { type PackageSettings, resolvePackageNames } from './package-settings.js';
import { emitReadme } from './readme.js';
import { emitReceiverModule } from './receiver-source.js';
import { emitSenderModule } from './sender-source.js';

export interface PackageInputs {
  /** `types.ts` from the types emitter. */
  types: string;
  /** The validator modules (`validators.js`, `validators.d.ts`, one module per dialect). */
  validators: EmittedFiles;
  /** Example payload per event id for the READMEs (see `resolveExamples`); none when absent. */
  examples?: Record<string, DocExample>;
}

/**
 * The sender and receiver packages, complete: package.json, README, `src/` to read and
 * `dist/` to run, under `<sender-dir>/` and `<receiver-dir>/`.
 *
 * @example
 * const files = emitPackages(contract, { types, validators }, { scope: '@acme' });
 * files['acme-shop-sender/package.json'];
 */
export function emitPackages(
  contract: Contract,
  inputs: PackageInputs,
  settings: PackageSettings = {},
): EmittedFiles {
  const names = resolvePackageNames(contract, settings);
  const docs = buildDocModel(contract, inputs.examples ?? {});
  const out: EmittedFiles = {};
  const roles = [
    { role: 'sender', name: names.sender, dir: names.senderDir, index: emitSenderModule(contract) },
    { role: 'receiver', name: names.receiver, dir: names.receiverDir, index: emitReceiverModule(contract) },
  ] as const;
  const validatorDeclarations = inputs.validators['validators.d.ts'];
  if (validatorDeclarations === undefined) throw new Error('validators emitter produced no validators.d.ts');
  // Shared by both packages, so built once. src/ holds what a reader wants to see; the compiled
  // validators live only in dist/.
  const events = emitEventsModule(contract);
  const shared: EmittedFiles = {
    'events.ts': events.source,
    'validators.d.ts': validatorDeclarations,
  };
  const sharedDist = {
    'events.js': events.js,
    'events.d.ts': events.declaration,
    'validators.d.ts': validatorDeclarations,
    // types.ts declares only types (the types emitter emits nothing else): its declarations are
    // its own text and its JavaScript an empty module.
    'types.js': `${GENERATED_HEADER}export {};\n`,
    'types.d.ts': inputs.types,
    ...inputs.validators,
  };
  for (const { role, name, dir, index } of roles) {
    const src: EmittedFiles = { 'index.ts': index.source, ...shared, 'types.ts': inputs.types };
    const dist = { 'index.js': index.js, 'index.d.ts': index.declaration, ...sharedDist };
    out[`${dir}/package.json`] = emitPackageJson({
      name,
      version: names.version,
      role,
      contract,
      runtimeRange: RUNTIME_RANGE,
    });
    out[`${dir}/README.md`] = emitReadme({ contract, packageName: name, role, docs });
    for (const [path, text] of Object.entries(src)) out[`${dir}/src/${path}`] = text;
    for (const [path, text] of Object.entries(dist)) out[`${dir}/dist/${path}`] = text;
  }
  return out;
}
