import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** One module's V8 code cache, for the exact source text whose hash it carries. */
export interface CachedModule {
  /** Hash of the module's source text (see `sourceHash`). */
  hash: string;
  data: Buffer;
}

/**
 * File layout: the magic bytes, a 4-byte little-endian header length, the header (JSON: one
 * `[path, hash, byteLength]` per module) and the modules' cached data back to back, in header order.
 * The magic carries the layout's version: a file of another layout is read as empty.
 */
const MAGIC = Buffer.from('hwcc\u0001\n', 'latin1');

type HeaderRow = [path: string, hash: string, byteLength: number];

/**
 * Reads a cache file written by `writeCodeCacheFile`. A missing, truncated or otherwise unreadable
 * file reads as an empty cache: the modules are then compiled from source and the file is written
 * again. V8 checks each module's data once more when it is used (`Script.cachedDataRejected`).
 */
export function readCodeCacheFile(path: string): Map<string, CachedModule> {
  const modules = new Map<string, CachedModule>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return modules;
  }
  const headerStart = MAGIC.length + 4;
  if (bytes.length < headerStart || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return modules;
  const headerEnd = headerStart + bytes.readUInt32LE(MAGIC.length);
  if (headerEnd > bytes.length) return modules;
  let rows: unknown;
  try {
    rows = JSON.parse(bytes.toString('utf8', headerStart, headerEnd));
  } catch {
    return modules;
  }
  if (!Array.isArray(rows)) return modules;
  let offset = headerEnd;
  for (const row of rows) {
    if (!isHeaderRow(row) || offset + row[2] > bytes.length) return new Map();
    modules.set(row[0], { hash: row[1], data: bytes.subarray(offset, offset + row[2]) });
    offset += row[2];
  }
  return offset === bytes.length ? modules : new Map();
}

/**
 * Writes the cache file atomically: to a temporary file in the same folder, then renamed over the
 * old one, so a reader (another `generate` running at the same time) sees the old file or the new
 * one, never half of one.
 */
export function writeCodeCacheFile(path: string, modules: ReadonlyMap<string, CachedModule>): void {
  const rows: HeaderRow[] = [...modules].map(([file, { hash, data }]) => [file, hash, data.length]);
  const header = Buffer.from(JSON.stringify(rows), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(header.length);
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(
      temporary,
      Buffer.concat([MAGIC, headerLength, header, ...[...modules.values()].map((m) => m.data)]),
    );
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function isHeaderRow(row: unknown): row is HeaderRow {
  return (
    Array.isArray(row) &&
    row.length === 3 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    Number.isSafeInteger(row[2]) &&
    row[2] >= 0
  );
}
