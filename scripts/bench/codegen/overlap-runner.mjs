/**
 * One `generate` in a fresh process, with one piece of the parser/emitter overlap switched off
 * (see overlap.ts). Plain JavaScript on the built packages, like the CLI, so no TypeScript loader
 * adds start-up time.
 *
 *   node overlap-runner.mjs <variant> <document> <outDir>
 *
 * Variants: `all` (what `hookwright generate` does), `late-worker` (the worker starts when the first
 * load asks for it), `after-parser` (the emitters wait for the parser's verdict), `in-thread` (the
 * parser runs on this thread, before the IR is built).
 */
const [variant, document, outDir] = process.argv.slice(2);
const dist = new URL('../../../packages/compiler/dist/', import.meta.url);
const early = await import(new URL('load/early-worker.js', dist).href);
if (variant === 'all' || variant === 'after-parser') early.startValidationWorkerEarly();
const compiler = await import(new URL('index.js', dist).href);
const { InProcessValidator } = await import(new URL('load/parser-validator.js', dist).href);
const { emitContract } = await import(new URL('generate/emit-contract.js', dist).href);

const generator = compiler.createGenerator(
  variant === 'in-thread' ? { validator: new InProcessValidator() } : {},
);
let files;
if (variant === 'after-parser') {
  const loaded = await generator.load(document);
  if (loaded.contract) files = emitContract(loaded.contract).files;
} else if (['all', 'late-worker', 'in-thread'].includes(variant)) {
  files = (await generator.generate(document)).files;
} else {
  throw new Error(`unknown variant ${variant}`);
}
if (!files) throw new Error(`${variant}: ${document} produced no files`);
await compiler.writeOutput(outDir, files);
// CPU of every thread of this process: what the overlap costs the machine for the wall time it saves.
const { user, system } = process.cpuUsage();
process.stderr.write(`${JSON.stringify({ cpuMs: (user + system) / 1000 })}\n`);
