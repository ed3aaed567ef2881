import { factoryDeclaration, RewriteContext } from './rewrite/context.js';
import { UnexpectedCodeError } from './rewrite/edits.js';
import {
  finishModule,
  type RewrittenModule,
  rewriteFunctions,
  schemaConstantTexts,
} from './rewrite/rewrite-standalone.js';

/** ajv's standalone output starts each export's code with its export line. */
const EXPORT_LINE = /^export const \w+ = \w+;$/gm;

/** One segment's rewrite, and what else it was made of besides the segment's text. */
interface RewrittenSegment {
  /** Rewritten for functions that report relative pointers (see `RewriteContext.relative`). */
  relative: boolean;
  code: string;
  /** The factories it handed out, in order of first use: [name, declaration]. */
  factories: [string, string][];
  /** The schema constants it read (`undefined`: looked up and absent), with their JSON then. */
  reads: [string, string | undefined][];
}

/**
 * `rewriteStandalone` for one dialect's module, done export by export and remembered, so that in
 * watch mode an edit to one schema rewrites only the code that changed. ajv's standalone output is
 * a run of segments, each an export line followed by the code first needed by that export; the
 * per-function steps (`rewriteFunctions`) are applied to each segment on its own (or taken from the
 * last emit when the segment's text, and every schema constant it read, are the same), and the
 * module-wide ones (`finishModule`) to the whole. The module calls functions with ajv's calling
 * convention when any segment needs it, as `rewriteStandalone` does.
 *
 * The names in ajv's output come from counters of its instance, so a segment's text is the same
 * across emits only while the same instance compiled it; `canonicalNames` makes the module's names
 * independent of that history afterwards.
 *
 * @example
 * const rewriter = new ModuleRewriter(); // one per dialect, kept between emits
 * const { code, imports } = rewriter.rewrite(standaloneCodeWithoutPrologue);
 */
export class ModuleRewriter {
  /** Schema constants of the module being rewritten: name -> [JSON, value]. */
  private readonly constants = new Map<string, [string, unknown]>();
  private readonly contexts = new Map<boolean, RecordingContext>();
  private last = new Map<string, RewrittenSegment>();

  rewrite(code: string): RewrittenModule {
    const segments = splitSegments(code);
    this.refreshConstants(code);
    const kept = new Map<string, RewrittenSegment>();
    let rewritten: RewrittenSegment[];
    try {
      rewritten = segments.map((segment) => this.segment(segment, true, kept));
    } catch (error) {
      if (!(error instanceof UnexpectedCodeError)) throw error;
      rewritten = segments.map((segment) => this.segment(segment, false, kept));
    }
    this.last = kept;
    const declared = new Set<string>();
    const declarations: string[] = [];
    for (const { factories } of rewritten) {
      for (const [name, declaration] of factories) {
        if (declared.has(name)) continue;
        declared.add(name);
        declarations.push(declaration);
      }
    }
    return finishModule(rewritten.map((segment) => segment.code).join(''), declarations.join(''));
  }

  private segment(text: string, relative: boolean, kept: Map<string, RewrittenSegment>): RewrittenSegment {
    // Keyed by the text itself: the module's segments are slices of one string, not copies.
    const previous = kept.get(text) ?? this.last.get(text);
    if (
      previous?.relative === relative &&
      previous.reads.every(([name, json]) => this.constants.get(name)?.[0] === json)
    ) {
      kept.set(text, previous);
      return previous;
    }
    const context = this.context(relative);
    context.start();
    const code = rewriteFunctions(text, context);
    const segment = { relative, code, factories: context.factoriesUsed(), reads: context.readsMade() };
    kept.set(text, segment);
    return segment;
  }

  private context(relative: boolean): RecordingContext {
    let context = this.contexts.get(relative);
    if (!context) {
      context = new RecordingContext(relative, new ConstantValues(this.constants));
      this.contexts.set(relative, context);
    }
    return context;
  }

  private refreshConstants(code: string): void {
    const texts = schemaConstantTexts(code);
    for (const name of this.constants.keys()) if (!texts.has(name)) this.constants.delete(name);
    for (const [name, json] of texts) {
      if (this.constants.get(name)?.[0] !== json) this.constants.set(name, [json, JSON.parse(json)]);
    }
  }
}

/** `code` cut before every export line; what precedes the first (blank lines) is a segment too. */
export function splitSegments(code: string): string[] {
  const starts = [...code.matchAll(EXPORT_LINE)].map((match) => match.index);
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => code.slice(start, starts[i + 1]));
}

/**
 * The module's schema constant values as the rewrite reads them, noting which were read: a
 * remembered segment is valid only while those are unchanged.
 */
class ConstantValues extends Map<string, unknown> {
  reads = new Map<string, string | undefined>();

  constructor(private readonly constants: ReadonlyMap<string, [string, unknown]>) {
    super();
  }

  override has(name: string): boolean {
    this.reads.set(name, this.constants.get(name)?.[0]);
    return this.constants.has(name);
  }

  override get(name: string): unknown {
    this.reads.set(name, this.constants.get(name)?.[0]);
    return this.constants.get(name)?.[1];
  }
}

/**
 * A rewrite context kept for the life of a `ModuleRewriter` (factory names stay unique across
 * segments and emits), noting what one segment's rewrite used.
 */
class RecordingContext extends RewriteContext {
  private used = new Map<string, string>();

  constructor(
    relative: boolean,
    private readonly values: ConstantValues,
  ) {
    super(relative, values);
  }

  start(): void {
    this.used = new Map();
    this.values.reads = new Map();
  }

  override fresh(value: unknown): string {
    const call = super.fresh(value);
    const name = call.slice(0, -2);
    if (!this.used.has(name)) this.used.set(name, factoryDeclaration(name, JSON.stringify(value)));
    return call;
  }

  factoriesUsed(): [string, string][] {
    return [...this.used];
  }

  readsMade(): [string, string | undefined][] {
    return [...this.values.reads];
  }
}
