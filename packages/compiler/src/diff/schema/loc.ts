import type { SourceLocation } from '../../ir/contract.js';
import { childPointer } from '../../load/json-pointer.js';

/**
 * Where a schema (or keyword) was written: the nearest place the IR locates (`anchor`, a named
 * schema or an event) and the exact pointer in the anchor's file. Line and column of `pointer`
 * are looked up only when a change is reported.
 */
export interface Loc {
  anchor: SourceLocation;
  pointer: string;
}

export function locChild(loc: Loc, ...segments: Array<string | number>): Loc {
  return { anchor: loc.anchor, pointer: childPointer(loc.pointer, ...segments) };
}

/** A schema together with where it was written. */
export interface Placed {
  schema: unknown;
  loc: Loc;
  /** Set when `schema` is an `allOf` put together from schemas written in different places. */
  parts?: Placed[];
}
