import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceGraph } from '../../load/source-graph.js';
import { type JsonSchema, type JsonValue, type NamedSchema, schemaRef } from '../contract.js';
import { compareStrings } from './names.js';
import { placeholderIndex, type SchemaCandidate, setOwn } from './schema-collector.js';

const sourceRank: Record<NamedSchema['nameSource'], number> = {
  component: 0,
  title: 1,
  message: 2,
  derived: 3,
};

export interface NamedSchemas {
  /** Final name of every candidate (candidates with identical bodies share one). */
  nameOf: Map<number, string>;
  schemas: Record<string, NamedSchema>;
}

/**
 * Gives every candidate its final name. Candidates asking for the same name with identical bodies
 * share it; otherwise the first in a fixed order (component keys before titles before derived
 * names, then by file and pointer) keeps the name and the others get the smallest free numeric
 * suffix (`Money2`) and a warning. The order depends only on the documents, never on the order
 * the schemas were reached in.
 */
export function nameSchemas(
  candidates: readonly SchemaCandidate[],
  graph: SourceGraph,
  diagnostics: Diagnostic[],
): NamedSchemas {
  const wanted = new Set(candidates.map((c) => c.desiredName));
  const nameOf = new Map<number, string>();
  const firsts = new Map<number, SchemaCandidate>();
  const sorted = [...candidates].sort(
    (a, b) =>
      compareStrings(a.desiredName, b.desiredName) ||
      sourceRank[a.nameSource] - sourceRank[b.nameSource] ||
      compareStrings(graph.paths.forContract(a.loc.file), graph.paths.forContract(b.loc.file)) ||
      compareStrings(a.loc.pointer, b.loc.pointer),
  );
  const taken = new Map<string, { candidate: SchemaCandidate; body: string }[]>();
  for (const candidate of sorted) {
    const body = JSON.stringify(candidate.body);
    const group = taken.get(candidate.desiredName) ?? [];
    taken.set(candidate.desiredName, group);
    const same = group.find((g) => g.body === body);
    if (same) {
      nameOf.set(candidate.index, nameOf.get(same.candidate.index)!);
      continue;
    }
    let name = candidate.desiredName;
    if (group.length > 0) {
      let n = 2;
      while (wanted.has(`${name}${n}`) || [...nameOf.values()].includes(`${name}${n}`)) n++;
      name = `${name}${n}`;
      const first = group[0]!.candidate;
      const message = `two different schemas want the name "${candidate.desiredName}": expected one schema per name, found another at ${graph.describe(first.loc)}; this one is named "${name}" (rename a component key or title to choose)`;
      diagnostics.push(graph.diagnostic(candidate.loc, 'warning', 'schema-name-collision', message));
    }
    group.push({ candidate, body });
    nameOf.set(candidate.index, name);
    firsts.set(candidate.index, candidate);
  }
  const schemas: Record<string, NamedSchema> = {};
  const entries = [...firsts.values()].map(
    (c): NamedSchema => ({
      name: nameOf.get(c.index)!,
      nameSource: c.nameSource,
      schema: resolvePlaceholders(c.body, nameOf),
      source: graph.sourceLocation(c.loc),
    }),
  );
  for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) schemas[entry.name] = entry;
  return { nameOf, schemas };
}

/** Replaces placeholder references with `#/schemas/<Name>`. */
export function resolvePlaceholders(schema: JsonSchema, nameOf: ReadonlyMap<number, string>): JsonSchema {
  const visit = (value: JsonValue): JsonValue => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) {
      const index = k === '$ref' && typeof v === 'string' ? placeholderIndex(v) : undefined;
      setOwn(out, k, index === undefined ? visit(v) : schemaRef(nameOf.get(index)!).$ref);
    }
    return out;
  };
  return visit(schema) as JsonSchema;
}
