import { childPointer, isPlainObject } from './json-pointer.js';

/** A `$ref` as written: the pointer of the object holding it, and the reference string. */
export interface WrittenRef {
  pointer: string;
  ref: string;
}

/**
 * Every `$ref` string in a document. Like the AsyncAPI parser's resolver, this does not look at
 * context: a `$ref` inside an example value is followed too, so both agree on the files read.
 */
export function scanRefs(value: unknown, pointer = ''): WrittenRef[] {
  const out: WrittenRef[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, childPointer(at, i));
      });
    } else if (isPlainObject(node)) {
      if (typeof node.$ref === 'string') out.push({ pointer: at, ref: node.$ref });
      for (const [key, child] of Object.entries(node)) {
        if (key !== '$ref') visit(child, childPointer(at, key));
      }
    }
  };
  visit(value, pointer);
  return out;
}

/** Splits `file.yaml#/a/b` into its document part and its (percent-decoded) fragment. */
export function splitRef(ref: string): { documentPart: string; fragment: string } {
  const hash = ref.indexOf('#');
  if (hash < 0) return { documentPart: ref, fragment: '' };
  const raw = ref.slice(hash + 1);
  let fragment = raw;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    // A lone `%` is kept literally; the pointer lookup then reports what is missing.
  }
  return { documentPart: ref.slice(0, hash), fragment };
}
