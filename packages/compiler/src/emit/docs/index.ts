export { type DocsFormat, type DocsOptions, type DocsResult, emitDocs } from './emit-docs.js';
export { type DocExample, type ExampleResolution, resolveExamples } from './examples/resolve-examples.js';
