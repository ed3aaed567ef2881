import { performance } from 'node:perf_hooks';
import {
  createGenerator,
  formatDiagnostic,
  type GenerateResult,
  writeOutput,
} from '../../../packages/compiler/src/index.js';

export interface WatchTiming {
  /** First generate + write in this process: parser start-up, full load and emit. */
  firstMs: number;
  /** Second `generate()` of the unchanged document on the same generator. */
  secondGenerateMs: number;
  /** Writing the second result (what watch mode does after each generate). */
  secondWriteMs: number;
}

function filesOf(result: GenerateResult, which: string): NonNullable<GenerateResult['files']> {
  if (result.files) return result.files;
  const shown = result.diagnostics.slice(0, 5).map(formatDiagnostic).join('\n  ');
  throw new Error(`${which} generate produced no files:\n  ${shown}`);
}

/**
 * Watch mode's steady state: one long-lived generator (as `hookwright generate --watch` keeps),
 * a first generate, then a timed second generate of the unchanged document. This is the only
 * function of the benchmark that calls the compiler's API.
 */
export async function timeSecondGenerate(document: string, outDir: string): Promise<WatchTiming> {
  const generator = createGenerator();
  const started = performance.now();
  await writeOutput(outDir, filesOf(await generator.generate(document), 'first'));
  const firstMs = performance.now() - started;

  const secondStarted = performance.now();
  const second = await generator.generate(document);
  const secondGenerateMs = performance.now() - secondStarted;
  const writeStarted = performance.now();
  await writeOutput(outDir, filesOf(second, 'second'));
  return { firstMs, secondGenerateMs, secondWriteMs: performance.now() - writeStarted };
}
