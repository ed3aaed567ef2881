/**
 * What every schema transform receives besides the schema: the JSON pointer of the schema
 * inside the IR (for messages) and the emit-wide context (for names).
 */
import type { SourceLocation } from '../../ir/contract.js';
import { refName } from '../../ir/contract.js';
import { segmentsToPointer } from '../../load/json-pointer.js';

export interface TransformContext {
  /** Named schema (IR key) -> identifier declared for it in `types.ts`. */
  readonly schemaNames: ReadonlyMap<string, string>;
  /** Where the schema being transformed was written, for error messages. */
  readonly source: SourceLocation;
}

export interface TransformOptions {
  /** JSON pointer of the current schema inside the contract IR, e.g. `/schemas/Order/schema/properties/id`. */
  readonly path: string;
  readonly ctx: TransformContext;
}

/** A JSON pointer from segments, each escaped per RFC 6901 (`~` -> `~0`, `/` -> `~1`). */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  return segmentsToPointer(segments.map(String));
}

/** The options for a child schema reached through `segments`. */
export function child(
  options: TransformOptions,
  ...segments: ReadonlyArray<string | number>
): TransformOptions {
  return { path: `${options.path}${pointer(...segments)}`, ctx: options.ctx };
}

/**
 * The IR broke one of its own promises (a dangling `#/schemas/` reference, a duplicate event id).
 * The loader reports such problems as diagnostics, so reaching this is a bug in whoever built the IR.
 */
export class ContractInvariantError extends Error {
  override readonly name = 'ContractInvariantError';
  readonly code = 'ir-invariant';
  constructor(
    message: string,
    /** JSON pointer inside the IR. */
    readonly path: string,
    readonly source?: SourceLocation,
  ) {
    const where = source ? `${source.file}:${source.line}:${source.col} ` : '';
    super(`${where}${message} (at IR ${path})`);
  }
}

/** The identifier for a `#/schemas/<Name>` reference. */
export function resolveSchemaRef(ref: string, { path, ctx }: TransformOptions): string | undefined {
  const name = refName(ref);
  if (name === undefined) return undefined;
  const id = ctx.schemaNames.get(name);
  if (id === undefined) {
    throw new ContractInvariantError(
      `expected "$ref" to name a schema in contract.schemas, found "${ref}"`,
      path,
      ctx.source,
    );
  }
  return id;
}
