/**
 * Scattered changes to a contract document: `changeDocument(doc, count)` edits `count` different
 * schemas under components/schemas, spread evenly over them, cycling through kinds of change
 * that `diff` classifies differently (limits, enums, required, closed objects, patterns, types,
 * formats, new properties, docs). Deterministic: the same document gets the same edits.
 */
type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Edit {
  applies(schema: Node): boolean;
  apply(schema: Node): void;
}

const EDITS: Edit[] = [
  {
    applies: (s) => typeof s.maxLength === 'number',
    apply: (s) => {
      s.maxLength = (s.maxLength as number) + 10;
    },
  },
  { applies: (s) => Array.isArray(s.enum), apply: (s) => void (s.enum as unknown[]).unshift('added_value') },
  {
    applies: (s) => isNode(s.properties) && Array.isArray(s.required) && optional(s) !== undefined,
    apply: (s) => void (s.required as string[]).push(optional(s)!),
  },
  { applies: (s) => s.additionalProperties === false, apply: (s) => void delete s.additionalProperties },
  {
    applies: (s) => typeof s.minimum === 'number',
    apply: (s) => {
      s.minimum = (s.minimum as number) + 1;
    },
  },
  {
    applies: (s) => typeof s.pattern === 'string',
    apply: (s) => {
      s.pattern = `${s.pattern as string}|^x$`;
    },
  },
  {
    applies: (s) => s.type === 'integer',
    apply: (s) => {
      s.type = 'number';
    },
  },
  {
    applies: (s) => typeof s.format === 'string',
    apply: (s) => {
      s.format = s.format === 'uri' ? 'uri-reference' : 'date';
    },
  },
  {
    applies: (s) => isNode(s.properties),
    apply: (s) => {
      (s.properties as Node).addedField = { type: 'string', maxLength: 20 };
    },
  },
  {
    applies: (s) => typeof s.description === 'string',
    apply: (s) => {
      s.description = `${s.description as string} (edited)`;
    },
  },
];

/** A listed property that is not required yet. */
function optional(s: Node): string | undefined {
  const required = s.required as string[];
  return Object.keys(s.properties as Node).find((p) => !required.includes(p));
}

/** Every schema object inside `value` (itself included), in document order. */
function schemaNodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const item of value) schemaNodes(item, out);
  else if (isNode(value)) {
    out.push(value);
    for (const [key, child] of Object.entries(value))
      if (key !== 'examples' && key !== 'enum') schemaNodes(child, out);
  }
  return out;
}

/** Applies `count` edits to distinct schema nodes of `doc` (changed in place); returns how many landed. */
export function changeDocument(doc: Node, count: number): number {
  const nodes = schemaNodes((doc.components as Node).schemas);
  const stride = Math.max(1, Math.floor(nodes.length / count));
  let done = 0;
  let edit = 0;
  for (let i = 0; i < nodes.length && done < count; i += 1) {
    const node = nodes[(i * stride) % nodes.length]!;
    // Try the next kind of edit on this node, then the others, so kinds stay mixed.
    for (let k = 0; k < EDITS.length; k++) {
      const change = EDITS[(edit + k) % EDITS.length]!;
      if (change.applies(node)) {
        change.apply(node);
        edit = (edit + k + 1) % EDITS.length;
        done++;
        break;
      }
    }
  }
  return done;
}
