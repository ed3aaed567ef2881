/**
 * Cold start in fresh processes, interleaved: the generated receiver package (import + first
 * validation) against ajv compiling the same schemas at start-up, with an empty Node process as the
 * floor, and two parts of the receiver's start for the breakdown (the runtime subpaths it imports;
 * its `./validators` subpath). The child scripts are plain JavaScript (`cold/*.mjs`), copied into the
 * app so that they import the packages by name, as an app does; no TypeScript loader adds to their start-up.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledContract } from '../../../packages/compiler/src/emit/validators/compile-contract.js';
import { validatorOptions } from '../../../packages/compiler/src/emit/validators/create-ajv.js';
import { formatDefinitions, isKnownFormat } from '../../../packages/compiler/src/emit/validators/formats.js';
import { median, pairedRatio } from '../lib/index.js';
import type { BenchInput } from './inputs.js';
import { type ChildRun, runChild } from './spawn-child.js';

const CHILD_SCRIPTS = fileURLToPath(new URL('./cold/', import.meta.url));

export type ColdVariant =
  | 'ours'
  | 'ours: runtime subpaths only'
  | 'ours: ./validators only'
  | 'ajv, compile all'
  | 'ajv, compile lazily'
  | 'node, empty script';

/** Largest in-process cold start (import + first validation) of the generated package issue 15 allows (issue 4 allowed 50). */
export const COLD_START_TARGET_MS = 35;

export interface ColdStart {
  eventId: string;
  runs: Record<ColdVariant, ChildRun[]>;
  /** Median of per-run `ajv, compile all` / `ours`, on the in-process total and on process wall time. */
  ajvOverOurs: { totalMs: number; wallMs: number };
}

/**
 * Spawns `runs` processes of each variant, round-robin with a rotating start, all validating `input`.
 * Throws when a child fails or a verdict is not `valid`.
 *
 * @example
 * const cold = await measureColdStart(project.appDir, project.receiver, reference, inputs.valid[0], 7);
 * median(cold.runs.ours.map((run) => run.totalMs));
 */
export async function measureColdStart(
  appDir: string,
  receiver: string,
  reference: CompiledContract,
  input: BenchInput,
  runs: number,
  onRun?: (variant: ColdVariant, run: number) => void,
): Promise<ColdStart> {
  const dir = join(appDir, 'bench');
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(CHILD_SCRIPTS)) await copyFile(join(CHILD_SCRIPTS, name), join(dir, name));
  const runtimeImports = await runtimeSpecifiers(join(appDir, 'node_modules', receiver, 'dist'));
  await writeFile(
    join(dir, 'emitted.json'),
    JSON.stringify({ receiver, eventId: input.eventId, data: input.data, runtimeImports }),
  );
  await writeFile(join(dir, 'ajv.json'), JSON.stringify(ajvStartSpec(reference, input)));

  const variants: [ColdVariant, string[]][] = [
    ['ours', ['bench/emitted.mjs', 'bench/emitted.json']],
    ['ours: runtime subpaths only', ['bench/runtime-only.mjs', 'bench/emitted.json']],
    ['ours: ./validators only', ['bench/validators-only.mjs', 'bench/emitted.json']],
    ['ajv, compile all', ['bench/ajv.mjs', 'bench/ajv.json', 'all']],
    ['ajv, compile lazily', ['bench/ajv.mjs', 'bench/ajv.json', 'lazy']],
    ['node, empty script', ['bench/baseline.mjs']],
  ];
  const results = Object.fromEntries(variants.map(([name]) => [name, [] as ChildRun[]])) as ColdStart['runs'];
  for (let run = 0; run < runs; run++) {
    for (let step = 0; step < variants.length; step++) {
      const [name, args] = variants[(run + step) % variants.length]!;
      onRun?.(name, run);
      const result = await runChild(args, appDir);
      if (!result.valid) throw new Error(`${name}: the first validation of ${input.eventId} failed`);
      results[name].push(result);
    }
  }
  const ours = results.ours;
  const ajv = results['ajv, compile all'];
  return {
    eventId: input.eventId,
    runs: results,
    ajvOverOurs: {
      totalMs: pairedRatio(
        ajv.map((r) => r.totalMs),
        ours.map((r) => r.totalMs),
      ),
      wallMs: pairedRatio(
        ajv.map((r) => r.wallMs),
        ours.map((r) => r.wallMs),
      ),
    },
  };
}

/** The `@hookwright/runtime/*` specifiers the package's built modules import, sorted. */
async function runtimeSpecifiers(distDir: string): Promise<string[]> {
  const specifiers = new Set<string>();
  for (const name of await readdir(distDir)) {
    if (!name.endsWith('.js')) continue;
    const code = await readFile(join(distDir, name), 'utf8');
    for (const [, specifier] of code.matchAll(/\bfrom\s*'(@hookwright\/runtime\/[^']+)'/g))
      specifiers.add(specifier!);
  }
  return [...specifiers].sort();
}

/** Medians of one variant's runs. */
export function coldMedians(runs: readonly ChildRun[]): {
  totalMs: number;
  cpuMs: number;
  wallMs: number;
  phases: Record<string, number>;
} {
  const phases: Record<string, number> = {};
  for (const phase of Object.keys(runs[0]?.phases ?? {}))
    phases[phase] = median(runs.map((r) => r.phases[phase]!));
  return {
    totalMs: median(runs.map((r) => r.totalMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    wallMs: median(runs.map((r) => r.wallMs)),
    phases,
  };
}

/**
 * What `cold/ajv.mjs` needs to build the run-time validators the compiler's way: its options (minus
 * the logger, a function), the prepared schemas of every dialect in compile order, and the formats
 * the compiler defines differently from ajv-formats' plain "full" set (RegExps it replaces, formats
 * it treats as annotations, unknown formats it lets pass with a warning). Function formats are
 * ajv-formats' own on both sides.
 */
function ajvStartSpec(reference: CompiledContract, input: BenchInput) {
  const { logger: _logger, ...options } = validatorOptions(
    { log: () => {}, warn: () => {}, error: () => {} },
    { emitCode: false, messages: true },
  );
  const formatOverrides: Record<string, true | { source: string; flags: string }> = {};
  for (const [name, format] of Object.entries(formatDefinitions())) {
    if (format === true) formatOverrides[name] = true;
    else if (format instanceof RegExp) formatOverrides[name] = { source: format.source, flags: format.flags };
  }
  for (const { units } of reference.plan.dialects) {
    for (const unit of units) {
      for (const { name } of unit.prepared.formats) if (!isKnownFormat(name)) formatOverrides[name] = true;
    }
  }
  const binding = reference.plan.payloads.get(input.eventId);
  const targetUnit = reference.plan.dialects
    .find((d) => d.dialect === binding?.dialect)
    ?.units.find((u) => u.exportName === binding?.exportName);
  if (!binding || !targetUnit) throw new Error(`no compiled payload schema for ${input.eventId}`);
  return {
    options,
    formatOverrides,
    dialects: reference.plan.dialects.map(({ dialect, units }) => ({
      dialect,
      units: units.map((unit) => ({ id: unit.id, schema: unit.prepared.compiled })),
    })),
    target: { dialect: binding.dialect, id: targetUnit.id },
    data: input.data,
  };
}
