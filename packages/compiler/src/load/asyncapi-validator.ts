import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Parser } from '@asyncapi/parser';
import { usePrecompiledDocumentSchemas } from './document-schemas/use-precompiled.js';
import { type ParserFinding, toParserFinding } from './parser-finding.js';

/** The texts the parser may read: local paths and (when allowed) remote URLs, already fetched. */
export type SourceTexts = ReadonlyMap<string, string>;

/**
 * Runs `@asyncapi/parser`'s validation over documents the loader has already read, in the
 * calling thread (the worker thread runs one of these too: see `validation-worker.ts`).
 *
 * One `Parser` per instance, created on first use: importing and building it costs about half a
 * second, and its ruleset is the slow part of every load. Its resolvers are replaced so that it
 * reads the same bytes the loader read and never touches the network: `$ref` targets come from
 * `texts`. Remote references are refused before the parser runs; should one still reach it, the
 * resolver answers with an empty document instead of throwing, because a throwing resolver makes
 * the parser fall back to its built-in HTTP reader.
 */
export class AsyncApiValidator {
  private parser: Promise<Parser> | undefined;
  private texts: SourceTexts = new Map();
  /** Runs are serialised: the resolvers read `texts`, which belongs to one run at a time. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Starts importing and building the parser now, so that a later `validate` does not wait for it. */
  warm(): void {
    this.parserReady().catch(() => undefined); // `validate` reports the same failure
  }

  validate(entry: string, texts: SourceTexts): Promise<ParserFinding[]> {
    const run = this.queue.then(async () => {
      const parser = await this.parserReady();
      this.texts = texts;
      try {
        const found = await parser.validate(texts.get(entry) ?? '', { source: entry });
        return found.map(toParserFinding);
      } finally {
        this.texts = new Map();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private parserReady(): Promise<Parser> {
    this.parser ??= this.createParser();
    return this.parser;
  }

  private async createParser(): Promise<Parser> {
    // `require`, not `import()`: the parser is CommonJS (no `exports` map), and importing it from
    // ESM first has Node scan its sources for named exports: 5-30 ms of every generate's critical path.
    const { Parser } = createRequire(import.meta.url)(
      '@asyncapi/parser',
    ) as typeof import('@asyncapi/parser');
    // The AsyncAPI schema the parser checks every document against, already compiled by the build.
    usePrecompiledDocumentSchemas();
    const readLocal = (uri: { path(): string }): string => {
      const path = decodeURIComponent(uri.path());
      return this.texts.get(path) ?? readFileSync(path, 'utf8');
    };
    const readRemote = (uri: { toString(): string }): string => this.texts.get(uri.toString()) ?? '';
    return new Parser({
      // Core rules only: the "recommended" set is style advice (contact info, operation ids)
      // that a code generator has no business enforcing.
      ruleset: { recommended: false },
      __unstable: {
        resolver: {
          // Without this the resolver caches documents for the life of the process and watch
          // mode would validate stale copies of referenced files.
          cache: false,
          resolvers: [
            { schema: 'file', order: 1, read: readLocal },
            { schema: 'http', order: 1, read: readRemote },
            { schema: 'https', order: 1, read: readRemote },
          ],
        },
      },
    });
  }
}
