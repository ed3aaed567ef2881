// One @asyncapi/markdown-template run through @asyncapi/generator in this (fresh) process, the
// peer of one `hookwright docs --format markdown`: parse the document, render, write the file.
//
//   node scripts/bench/docs/peer-runner.mjs <node_modules dir holding @asyncapi/generator> <document> <out-dir>
//
// The generator is not a dependency of this repository (see README.md); it is loaded from the
// directory given. Prints one JSON line to stderr: {"importMs", "generateMs", "totalMs", "bytes"}.
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const started = performance.now();
const [modules, document, outDir] = process.argv.slice(2);
if (!modules || !document || !outDir) {
  process.stderr.write('usage: peer-runner.mjs <node_modules dir> <document> <out-dir>\n');
  process.exit(2);
}
const require = createRequire(join(modules, 'noop.js'));
const Generator = require('@asyncapi/generator');
const template = join(modules, '@asyncapi/markdown-template');
const imported = performance.now();
const generator = new Generator(template, outDir, { forceWrite: true, install: false });
await generator.generateFromFile(document);
const done = performance.now();
let bytes = 0;
for (const name of await readdir(outDir)) bytes += (await stat(join(outDir, name))).size;
process.stderr.write(
  `${JSON.stringify({ importMs: imported - started, generateMs: done - imported, totalMs: done - started, bytes })}\n`,
);
