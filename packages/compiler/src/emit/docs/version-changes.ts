import type { FieldRow } from './schema-fields.js';
import { typeString } from './schema-text.js';

/** What a reader must change when moving from one version of an event to the next. */
export interface VersionChanges {
  /** The older version compared against, e.g. `order.created@1`. */
  from: string;
  added: string[];
  removed: string[];
  /** `path: what changed`, e.g. `total: type integer -> Money`. */
  changed: string[];
}

/**
 * Field-level differences between two versions' tables, matched by path. A coarse reading aid for
 * people; the breaking-change gate between contracts is `diff`, not this.
 */
export function versionChanges(
  from: string,
  older: readonly FieldRow[],
  newer: readonly FieldRow[],
): VersionChanges {
  const before = new Map(older.map((r) => [key(r), r]));
  const after = new Map(newer.map((r) => [key(r), r]));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const changed: string[] = [];
  for (const [k, now] of after) {
    const was = before.get(k);
    if (!was) continue;
    const notes: string[] = [];
    if (typeString(was.type) !== typeString(now.type))
      notes.push(`type ${typeString(was.type)} -> ${typeString(now.type)}`);
    if (was.required !== now.required) notes.push(now.required ? 'now required' : 'now optional');
    if (was.constraints.join('; ') !== now.constraints.join('; '))
      notes.push(`constraints ${list(was.constraints)} -> ${list(now.constraints)}`);
    if (notes.length > 0) changed.push(`${k}: ${notes.join(', ')}`);
  }
  return { from, added, removed, changed };
}

function key(row: FieldRow): string {
  if (row.kind === 'variant') return row.within!;
  const base =
    row.kind === 'includes'
      ? `${row.path || '(payload)'} includes ${typeString(row.type)}`
      : row.path || '(payload)';
  return row.within === undefined ? base : `${base} in ${row.within}`;
}

function list(items: string[]): string {
  return items.length === 0 ? 'none' : items.join('; ');
}
