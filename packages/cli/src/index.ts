export { createProgram, runCli } from './cli.js';
export { type CliIo, processIo } from './io.js';
