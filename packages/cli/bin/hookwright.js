#!/usr/bin/env node
// A generate ends when @asyncapi/parser, on a worker thread, does: start that thread (and its
// import of the parser) before importing the CLI, whose modules take about 0.2 s to load.
if (process.argv[2] === 'generate') (await import('@hookwright/compiler/parser-thread')).startParserThread();
await import('../dist/main.js');
