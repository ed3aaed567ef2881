import {
  type Contract,
  checkOutput,
  type EmittedFiles,
  emitDocs,
  type GenerateResult,
  writeOutput,
} from '@hookwright/compiler';
import type { CliIo } from '../io.js';
import { reportDiagnostics } from '../report.js';
import type { Settings, SettingsFlags } from '../settings.js';

export interface GenerateFlags extends SettingsFlags {
  check?: boolean;
  docs?: boolean;
  timings?: boolean;
  watch?: boolean;
}

export type OutputSettings = Settings & { out: string };

/**
 * Reports a finished `generate` and writes its output (with `--check`, compares it instead).
 * `written`: what is already on disk for this very result (watch mode wrote it before the
 * parser's verdict), so it is not written twice. Returns the exit code, and the files now in
 * `settings.out` when they are this result's.
 */
export async function finishGenerate(
  io: CliIo,
  result: GenerateResult,
  settings: OutputSettings,
  flags: GenerateFlags,
  written?: EmittedFiles,
): Promise<{ code: number; files?: EmittedFiles }> {
  reportDiagnostics(io, result.diagnostics, flags.all);
  if (flags.timings) io.stderr(`${JSON.stringify(roundTimings(result))}\n`);
  if (!result.files || !result.contract) return { code: 1 };
  if (written) return { code: 0, files: written };
  const files = outputFiles(result.files, result.contract, flags);
  if (flags.check) {
    const stale = await checkOutput(settings.out, files);
    for (const file of stale) io.stderr(`${settings.out}/${file.path}: ${file.reason}\n`);
    if (stale.length > 0) {
      io.stderr(`${stale.length} generated file(s) out of date: run hookwright generate without --check.\n`);
      return { code: 1 };
    }
    io.stderr(`${settings.out} is up to date.\n`);
    return { code: 0 };
  }
  await writeOutput(settings.out, files);
  io.stderr(`wrote ${Object.keys(files).length} files to ${settings.out}\n`);
  return { code: 0, files };
}

/** What is written: the packages, plus the catalog under `docs/` with `--docs`. */
export function outputFiles(files: EmittedFiles, contract: Contract, flags: GenerateFlags): EmittedFiles {
  if (!flags.docs) return files;
  // Its example warnings were already reported by `generate`.
  const docs = emitDocs(contract).files;
  const out = { ...files };
  for (const [path, text] of Object.entries(docs)) out[`docs/${path}`] = text;
  return out;
}

function roundTimings(result: GenerateResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(result.timings)) out[key] = Math.round(value * 10) / 10;
  return out;
}
