// The floor of one `hookwright generate`: `@asyncapi/parser` alone parsing and validating the
// same document, in this (fresh) process. Same parser copy as the compiler (resolved from
// packages/compiler) and the same ruleset choice (core rules, `recommended: false`).
//
//   node scripts/bench/codegen/parser-runner.mjs <document>
//
// Prints one JSON line to stderr: {"importMs", "parseMs", "totalMs", "errors"}; exit 1 when
// the parser reports an error (the document would not be a fair floor then).
// Plain .mjs for the same reason as modelina-runner.mjs: no TypeScript loader start-up.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const started = performance.now();
const compilerRequire = createRequire(new URL('../../../packages/compiler/package.json', import.meta.url));
const { Parser } = await import(compilerRequire.resolve('@asyncapi/parser'));
const imported = performance.now();

const [document] = process.argv.slice(2);
if (!document) {
  process.stderr.write('usage: parser-runner.mjs <document>\n');
  process.exit(2);
}
const parser = new Parser({ ruleset: { recommended: false } });
const { diagnostics } = await parser.parse(await readFile(document, 'utf8'), { source: document });
const done = performance.now();

const errors = diagnostics.filter((d) => d.severity === 0).length;
const round = (ms) => Math.round(ms * 10) / 10;
process.stderr.write(
  `${JSON.stringify({ importMs: round(imported - started), parseMs: round(done - imported), totalMs: round(done - started), errors })}\n`,
);
process.exitCode = errors > 0 ? 1 : 0;
