#!/usr/bin/env node
// A generate ends when @asyncapi/parser, on a worker thread, does: start that thread (and its
// import of the parser) before importing the CLI, whose modules take about 0.2 s to load.
// Only a head start: should it fail, the loader starts the thread itself and reports what fails.
if (process.argv[2] === 'generate') {
  try {
    (await import('@hookwright/compiler/parser-thread')).startParserThread();
  } catch {}
}
await import('../dist/main.js');
