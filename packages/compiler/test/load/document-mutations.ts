import { createRandom, type Random } from '../../../../scripts/synthetic/random.js';

/**
 * Seeded random breakage of an AsyncAPI document, for differential tests of what validates
 * documents: each mutation changes one to three places the way people get documents wrong.
 */

/** `count` mutated deep copies of `document`, the same for the same seed. */
export function mutations(document: object, count: number, seed: number): object[] {
  const random = createRandom(seed);
  const out: object[] = [];
  for (let i = 0; i < count; i++) {
    const copy = structuredClone(document) as Record<string, unknown>;
    const changes = random.int(1, 3);
    for (let c = 0; c < changes; c++) mutateOnce(copy, random);
    out.push(copy);
  }
  return out;
}

type Container = Record<string, unknown> | unknown[];

/** Values of every JSON type, and strings that break formats and patterns. */
const REPLACEMENTS: unknown[] = [
  42,
  -1,
  1.5,
  '',
  'text',
  'not a uri ::',
  '#/components/schemas/Missing',
  'x-Bad Name',
  true,
  null,
  [],
  ['item'],
  {},
  { unexpected: 1 },
  { $ref: '#/components/messages/Missing' },
];

const ADDED_KEYS = [
  'unexpected',
  'x-extension',
  '$ref',
  'description',
  'type',
  'required',
  'oneOf',
  'servers',
];

function mutateOnce(root: Record<string, unknown>, random: Random): void {
  const places = containers(root);
  const [parent] = random.pick(places);
  const keys: (string | number)[] = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
  const pick = <T>(items: readonly T[]): T => random.pick(items);
  const roll = random.next();
  if (keys.length === 0 || roll < 0.2) {
    // A key that does not belong, or belongs with another value.
    if (Array.isArray(parent)) parent.push(structuredClone(pick(REPLACEMENTS)));
    else parent[pick(ADDED_KEYS)] = structuredClone(pick(REPLACEMENTS));
    return;
  }
  const key = pick(keys);
  if (roll < 0.45) {
    // A required field left out.
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[String(key)];
  } else if (roll < 0.55 && !Array.isArray(parent)) {
    // A misspelt field name.
    const value = parent[String(key)];
    delete parent[String(key)];
    parent[`${String(key)}s`] = value;
  } else if (roll < 0.7) {
    // A string that breaks its format or pattern: URLs, e-mail addresses, names, versions.
    const strings = containers(root).flatMap(([place]) =>
      Object.entries(place).flatMap(([k, v]) => (typeof v === 'string' ? [[place, k] as const] : [])),
    );
    if (strings.length > 0) {
      const [place, k] = pick(strings);
      (place as Record<string, unknown>)[k] = pick(BROKEN_STRINGS);
    }
  } else {
    (parent as Record<string | number, unknown>)[key] = structuredClone(pick(REPLACEMENTS));
  }
}

const BROKEN_STRINGS = ['not a uri ::', 'no-at-sign', 'x-Bad Name', '1.0.0.0.0', ''];

/** Every object and array in the document, the root included. */
function containers(value: unknown, found: [Container][] = []): [Container][] {
  if (value !== null && typeof value === 'object') {
    found.push([value as Container]);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}
