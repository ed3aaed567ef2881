import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Contract } from '../../ir/contract.js';
import type { EmittedFiles } from '../files.js';
import { buildDocModel } from './doc-model.js';
import { type DocExample, type ExampleValidators, resolveExamples } from './examples/resolve-examples.js';
import { renderPage } from './html/render-page.js';
import { renderMarkdown } from './markdown/render-markdown.js';

export type DocsFormat = 'html' | 'markdown';

export interface DocsOptions {
  /** `html` (default): one self-contained `index.html`; `markdown`: `<contract name>.md`. */
  format?: DocsFormat;
  /** Examples already resolved (by the generate pipeline); resolved here when absent. */
  examples?: Record<string, DocExample>;
  /** The contract's compiled validators (`compileExamples`), to check synthesised examples with. */
  validators?: ExampleValidators;
}

export interface DocsResult {
  files: EmittedFiles;
  /** `example-not-synthesized` warnings (only when examples were resolved here). */
  diagnostics: Diagnostic[];
}

/**
 * The event catalog of a contract: `index.html` (search, versions side by side, copy buttons, a
 * test-event panel signing in the browser; CSS and JS inline, no external request) or one
 * Markdown file.
 *
 * @example
 * const { files } = emitDocs(contract);                          // { 'index.html': '<!doctype html>...' }
 * const { files: md } = emitDocs(contract, { format: 'markdown' }); // { 'acme-shop.md': '# Acme Shop webhooks...' }
 */
export function emitDocs(contract: Contract, options: DocsOptions = {}): DocsResult {
  const resolved = options.examples
    ? { examples: options.examples, diagnostics: [] }
    : resolveExamples(contract, options.validators);
  const model = buildDocModel(contract, resolved.examples);
  const files: EmittedFiles =
    options.format === 'markdown'
      ? { [`${contract.name}.md`]: renderMarkdown(model) }
      : { 'index.html': renderPage(model) };
  return { files, diagnostics: resolved.diagnostics };
}
