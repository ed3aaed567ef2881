import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../ir/contract.js';
import { isPlainObject, pointerToSegments, valueAt } from './json-pointer.js';
import type { PathDisplay } from './paths.js';
import { resolveDocumentId } from './paths.js';
import { splitRef } from './ref-scan.js';
import type { SourceFile } from './source-file.js';

/** A place in the source graph: a document id (absolute path or URL) and a JSON pointer in it. */
export interface RawLocation {
  file: string;
  pointer: string;
}

/** Result of following a chain of `$ref`s from one location. */
export interface Dereferenced {
  /** Where the value finally lives. */
  loc: RawLocation;
  value: unknown;
  /** Every `$ref` target on the way, first hop first (empty when `loc` held no `$ref`). */
  hops: RawLocation[];
}

/**
 * Every document a contract was read from, as written. Names, positions and named schemas are
 * taken from here, never from the parser's dereferenced copy.
 */
export class SourceGraph {
  constructor(
    readonly entry: string,
    readonly files: ReadonlyMap<string, SourceFile>,
    readonly paths: PathDisplay,
  ) {}

  file(id: string): SourceFile {
    const file = this.files.get(id);
    if (!file) throw new Error(`internal: document ${id} is not part of the source graph`);
    return file;
  }

  /** The value at a location, or undefined when the pointer does not exist. */
  value(loc: RawLocation): unknown {
    const found = valueAt(this.files.get(loc.file)?.value, pointerToSegments(loc.pointer));
    return found.found ? found.value : undefined;
  }

  /** Where a `$ref` string written in document `fromFile` points; undefined if unresolvable. */
  resolveRef(fromFile: string, ref: string): RawLocation | undefined {
    const { documentPart, fragment } = splitRef(ref);
    if (fragment !== '' && !fragment.startsWith('/')) return undefined;
    const file = documentPart === '' ? fromFile : resolveDocumentId(fromFile, documentPart);
    if (!this.files.has(file)) return undefined;
    const loc = { file, pointer: fragment };
    return valueAt(this.files.get(file)?.value, pointerToSegments(fragment)).found ? loc : undefined;
  }

  /** Follows `$ref`s starting at `loc` until a value that is not a reference (or a cycle). */
  deref(loc: RawLocation): Dereferenced & { cycle: boolean } {
    const hops: RawLocation[] = [];
    const seen = new Set<string>([key(loc)]);
    let current = loc;
    let value = this.value(loc);
    while (isPlainObject(value) && typeof value.$ref === 'string') {
      const target = this.resolveRef(current.file, value.$ref);
      if (!target) break;
      if (seen.has(key(target))) return { loc: current, value, hops, cycle: true };
      seen.add(key(target));
      hops.push(target);
      current = target;
      value = this.value(target);
    }
    return { loc: current, value, hops, cycle: false };
  }

  /** A location for the contract IR (file relative to the entry document's folder). */
  sourceLocation(loc: RawLocation, part: 'key' | 'value' = 'key'): SourceLocation {
    const { line, col } = this.file(loc.file).locate(loc.pointer, part);
    return { file: this.paths.forContract(loc.file), line, col, pointer: loc.pointer };
  }

  /** A diagnostic positioned at `loc` (file relative to the working directory). */
  diagnostic(
    loc: RawLocation,
    severity: Severity,
    code: string,
    message: string,
    part: 'key' | 'value' = 'key',
  ): Diagnostic {
    const { line, col } = this.file(loc.file).locate(loc.pointer, part);
    const file = this.paths.forDiagnostic(loc.file);
    return { severity, code, message, file, line, col, pointer: loc.pointer };
  }

  /** Displays a location as `file:line:col` for messages that mention a second place. */
  describe(loc: RawLocation): string {
    const { line, col } = this.file(loc.file).locate(loc.pointer);
    return `${this.paths.forDiagnostic(loc.file)}:${line}:${col}`;
  }
}

export function key(loc: RawLocation): string {
  return `${loc.file}#${loc.pointer}`;
}
