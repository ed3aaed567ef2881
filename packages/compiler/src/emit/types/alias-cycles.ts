/**
 * Named schemas that reference themselves only through `$ref`/`allOf`/`oneOf`/`anyOf` (no object
 * property or array item in between) would become `type A = B | ...; type B = A & ...`, which
 * TypeScript rejects ("circularly references itself"). No JSON value can be checked against such
 * a schema either (evaluation never reaches a leaf), so they are declared `unknown`.
 * Recursion through properties and items (trees, linked lists) is fine and untouched.
 */
import type { JsonSchema, NamedSchema } from '../../ir/contract.js';
import { refName } from '../../ir/contract.js';
import { schemaListAt } from './transform/schema-keywords.js';

/** Named schemas that lie on a cycle of direct references. */
export function directCycles(schemas: Readonly<Record<string, NamedSchema>>): Set<string> {
  const edges = new Map<string, string[]>();
  for (const [name, named] of Object.entries(schemas)) edges.set(name, directRefs(named.schema));
  const onCycle = new Set<string>();
  for (const start of edges.keys()) {
    if (reaches(start, start, edges)) onCycle.add(start);
  }
  return onCycle;
}

/** Whether `target` is reachable from `from` in one or more steps. */
function reaches(from: string, target: string, edges: ReadonlyMap<string, string[]>): boolean {
  const seen = new Set<string>();
  const stack = [...(edges.get(from) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === target) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(edges.get(next) ?? []));
  }
  return false;
}

/** Names referenced without an object or array in between. */
function directRefs(schema: JsonSchema): string[] {
  if (typeof schema === 'boolean') return [];
  const out: string[] = [];
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    if (name !== undefined) out.push(name);
  }
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    for (const sub of schemaListAt(schema, keyword) ?? []) out.push(...directRefs(sub));
  }
  return out;
}
