import { relative } from 'node:path';

/** A path as the user would type it: relative to the working directory when inside it; URLs as they are. */
export function displayPath(path: string): string {
  if (/^https?:/i.test(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel.split('\\').join('/');
}
