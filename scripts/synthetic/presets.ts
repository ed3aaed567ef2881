import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type SyntheticOptions, syntheticContract } from './contract.js';

/**
 * The contracts the benchmarks and tests share, by name, so that every figure quoted for
 * "the large contract" is about the same bytes.
 *
 * - `standard-200`: the 200-event contract of the golden tests (~405 KB).
 * - `large`: shaped like the big published contracts (191 events like the one issue 15
 *   measured, ~760 KB of schemas, deep nesting, definitions shared across many events).
 */
export const PRESETS = {
  'standard-200': { events: 200, seed: 1, shape: 'standard' },
  large: { events: 191, seed: 1, shape: 'large' },
} as const satisfies Record<string, SyntheticOptions>;

export type PresetName = keyof typeof PRESETS;

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

/**
 * Writes a preset (or any options) as `<dir>/asyncapi.yaml`, creating `dir`, and returns the
 * file's path.
 *
 * @example
 * const file = await writeSyntheticContract(await mkdtemp(join(tmpdir(), 'large-')), 'large');
 */
export async function writeSyntheticContract(
  dir: string,
  contract: PresetName | SyntheticOptions,
): Promise<string> {
  const options = typeof contract === 'string' ? PRESETS[contract] : contract;
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'asyncapi.yaml');
  await writeFile(file, syntheticContract(options));
  return file;
}
