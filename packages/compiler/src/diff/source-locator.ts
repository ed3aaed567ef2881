import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSourceFile, type Position, type SourceFile } from '../load/source-file.js';

/** Line and column of a JSON pointer in a file named as in the IR; undefined when unknown. */
export type Locate = (file: string, pointer: string) => Position | undefined;

/**
 * Locates pointers in the documents a contract was loaded from. IR locations name files relative
 * to the entry document's folder (`baseDir`); each file is read and parsed once, on first use.
 * Remote documents are not read again.
 *
 * @example
 * const locate = createSourceLocator(dirname('asyncapi.yaml'));
 * locate('schemas/order.yaml', '/Order/properties/status/enum'); // { line: 14, col: 7 }
 */
export function createSourceLocator(baseDir: string): Locate {
  const files = new Map<string, SourceFile | undefined>();
  return (file, pointer) => {
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
    return files.get(file)?.locate(pointer);
  };
}
