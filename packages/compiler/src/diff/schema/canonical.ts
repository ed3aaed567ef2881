import { SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP } from '../../ir/subschema-keywords.js';
import { isObject, stableJson } from './json.js';
import { locChild, type Placed } from './loc.js';
import { type NormalSchema, normalizeSchema } from './normalize.js';
import { pureRef, type SchemaIndex } from './schema-index.js';

/** Named schemas expanded on one path before the text gives up (see `encode`). */
const MAX_DEPTH = 64;

/** Lists whose order does not change what a schema accepts. */
const UNORDERED = new Set(['anyOf', 'oneOf']);

interface Encoded {
  text: string;
  /** Lowest recursion depth referred to from inside; Infinity when self-contained. */
  low: number;
}

/**
 * A text that two schemas share exactly when they are the same by meaning as far as this module
 * can tell: named schemas are expanded whatever their name or file, `allOf` merged, `nullable`
 * turned into a type, unordered lists sorted. Recursion is written as a back-reference by depth,
 * so renaming a recursive component keeps its text. Annotations count only with `docs`.
 *
 * @example
 * const canon = new Canonicalizer(index);
 * canon.text(a) === canon.text(b); // same accepted payloads (a sufficient test, not a complete one)
 */
export class Canonicalizer {
  private readonly memo = new Map<string, string>();

  constructor(
    readonly index: SchemaIndex,
    private readonly docs: boolean,
  ) {}

  text(placed: Placed): string {
    return this.encode(placed, []).text;
  }

  /** The canonical text of an already normalised node. */
  nodeText(node: NormalSchema): string {
    return this.encodeNode(node, []).text;
  }

  private encode(placed: Placed, stack: string[]): Encoded {
    // Recursion through a `$ref` with sibling keywords is expanded again at every level: stop.
    if (stack.length > MAX_DEPTH) return { text: '"$deep"', low: Number.POSITIVE_INFINITY };
    const ref = placed.parts ? undefined : pureRef(placed.schema);
    const target = ref === undefined ? undefined : this.index.target(ref);
    if (target) {
      const depth = stack.indexOf(target.name);
      if (depth >= 0) return { text: `{"$back":${stack.length - depth}}`, low: depth };
      const cached = this.memo.get(target.name);
      if (cached !== undefined) return { text: cached, low: Number.POSITIVE_INFINITY };
    }
    const node = normalizeSchema(placed, this.index);
    const encoded = this.encodeNode(node, stack);
    if (target && encoded.low >= stack.length) this.memo.set(target.name, encoded.text);
    return encoded;
  }

  private encodeNode(node: NormalSchema, stack: string[]): Encoded {
    if (node.never) return { text: 'false', low: Number.POSITIVE_INFINITY };
    const inner = [...stack, ...node.names];
    let low = Number.POSITIVE_INFINITY;
    const sub = (placed: Placed): Raw => {
      const e = this.encode(placed, inner);
      low = Math.min(low, e.low);
      return new Raw(e.text);
    };
    const out: Record<string, unknown> = {};
    if (node.types) out.type = node.types.value;
    if (node.values) out.enum = node.values.value.map(stableJson).sort();
    if (node.required.size > 0) out.required = [...node.required.keys()].sort();
    if (node.properties.size > 0) {
      const props: Record<string, Raw> = {};
      for (const name of [...node.properties.keys()].sort()) props[name] = sub(node.properties.get(name)!);
      out.properties = props;
    }
    for (const [keyword, written] of node.keywords) {
      out[keyword] = this.encodeKeyword(keyword, written.value, written.loc, sub);
    }
    if (node.allOf.length > 0) out.allOf = node.allOf.map(sub).sort(byText);
    if (this.docs && node.docs.size > 0) {
      out.$docs = Object.fromEntries([...node.docs].map(([k, w]) => [k, w.value]));
    }
    const text = Object.keys(out).length === 0 ? 'true' : serialize(out);
    return { text, low };
  }

  private encodeKeyword(
    keyword: string,
    value: unknown,
    loc: Placed['loc'],
    sub: (placed: Placed) => Raw,
  ): unknown {
    if (SUBSCHEMA.has(keyword) || (keyword === 'items' && !Array.isArray(value))) {
      return sub({ schema: value, loc });
    }
    if ((SUBSCHEMA_LIST.has(keyword) || keyword === 'items') && Array.isArray(value)) {
      const list = value.map((member, i) => sub({ schema: member, loc: locChild(loc, i) }));
      return UNORDERED.has(keyword) ? list.sort(byText) : list;
    }
    if (SUBSCHEMA_MAP.has(keyword) && isObject(value)) {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sub({ schema: value[k], loc: locChild(loc, k) })]),
      );
    }
    return value;
  }
}

/** Canonical text of a subschema, written into its parent's text as is (never escaped again). */
class Raw {
  constructor(readonly text: string) {}
}

function byText(a: Raw, b: Raw): number {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** `stableJson`, except that `Raw` parts are already JSON and are copied verbatim. */
function serialize(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${serialize(value[k])}`).join(',')}}`;
  }
  return stableJson(value);
}
