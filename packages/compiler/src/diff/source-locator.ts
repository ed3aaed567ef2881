import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSourceFile, type Position, type SourceFile } from '../load/source-file.js';

/** Line and column of a JSON pointer in a file named as in the IR; undefined when unknown. */
export type Locate = (file: string, pointer: string) => Position | undefined;

/** The documents a contract was loaded from, named as in the IR, read again on demand. */
export interface SourceDocuments {
  locate: Locate;
  /** The parsed value of a file, or undefined when it cannot be read (or is remote). */
  value(file: string): unknown;
}

/**
 * Reads the documents a contract was loaded from. IR locations name files relative to the entry
 * document's folder (`baseDir`); each file is read and parsed once, on first use. Remote
 * documents are not fetched again.
 *
 * @example
 * const docs = createSourceDocuments(dirname('asyncapi.yaml'));
 * docs.locate('schemas/order.yaml', '/Order/properties/status/enum'); // { line: 14, col: 7 }
 */
export function createSourceDocuments(baseDir: string): SourceDocuments {
  const files = new Map<string, SourceFile | undefined>();
  const read = (file: string): SourceFile | undefined => {
    if (/^https?:/i.test(file)) return undefined;
    if (!files.has(file)) {
      let source: SourceFile | undefined;
      try {
        const id = resolve(baseDir, file);
        source = createSourceFile(id, readFileSync(id, 'utf8'));
      } catch {
        source = undefined;
      }
      files.set(file, source);
    }
    return files.get(file);
  };
  return { locate: (file, pointer) => read(file)?.locate(pointer), value: (file) => read(file)?.value };
}

/** `createSourceDocuments(baseDir).locate`, for `diffContracts` sides. */
export function createSourceLocator(baseDir: string): Locate {
  return createSourceDocuments(baseDir).locate;
}
