import { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** True for the ids of documents fetched over the network. */
export function isRemote(id: string): boolean {
  return /^https?:\/\//i.test(id);
}

/**
 * Where a `$ref`'s document part points, relative to the document that contains it. Relative
 * references inside a remote document stay remote; `file:` URLs and plain paths are local.
 */
export function resolveDocumentId(fromId: string, documentPart: string): string {
  if (isRemote(documentPart)) return new URL(documentPart).href;
  if (isRemote(fromId)) return new URL(documentPart, fromId).href;
  if (/^file:/i.test(documentPart)) return fileURLToPath(documentPart);
  return fileURLToPath(new URL(documentPart, pathToFileURL(fromId)));
}

/** How files are named to the user: diagnostics relative to cwd, IR locations to the entry folder. */
export interface PathDisplay {
  /** For diagnostics: relative to the working directory when inside it, else absolute. */
  forDiagnostic(id: string): string;
  /** For `SourceLocation.file`: relative to the entry document's folder, `/`-separated. */
  forContract(id: string): string;
}

export function createPathDisplay(entryId: string, cwd: string): PathDisplay {
  const entryDir = dirname(entryId);
  return {
    forDiagnostic(id) {
      if (isRemote(id)) return id;
      const rel = relative(cwd, id);
      return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(id) : toPosix(rel);
    },
    forContract(id) {
      if (isRemote(id)) return id;
      return toPosix(relative(entryDir, id));
    },
  };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
