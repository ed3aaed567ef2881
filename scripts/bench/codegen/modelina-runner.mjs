// One modelina TypeScript generation in this (fresh) process, the peer of one
// `hookwright generate`: read the document, parse it (modelina runs @asyncapi/parser itself),
// build interfaces with union enums and write one file per model.
//
//   node scripts/bench/codegen/modelina-runner.mjs <document> <out-dir>
//
// Prints one JSON line to stderr: {"importMs", "generateMs", "totalMs", "models"}.
// Plain .mjs on purpose: a TypeScript loader such as tsx would add its own start-up time to
// modelina's figure, and the CLI it is compared with runs compiled JavaScript.
import { mkdir, readFile } from 'node:fs/promises';

const started = performance.now();
const { TypeScriptFileGenerator } = await import('@asyncapi/modelina');
const imported = performance.now();

const [document, outDir] = process.argv.slice(2);
if (!document || !outDir) {
  process.stderr.write('usage: modelina-runner.mjs <document> <out-dir>\n');
  process.exit(2);
}
const generator = new TypeScriptFileGenerator({ modelType: 'interface', enumType: 'union' });
await mkdir(outDir, { recursive: true });
const models = await generator.generateToFiles(
  await readFile(document, 'utf8'),
  outDir,
  { exportType: 'named' },
  true,
);
const done = performance.now();

const round = (ms) => Math.round(ms * 10) / 10;
process.stderr.write(
  `${JSON.stringify({ importMs: round(imported - started), generateMs: round(done - imported), totalMs: round(done - started), models: models.length })}\n`,
);
