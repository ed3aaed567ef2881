import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { childPointer, isPlainObject } from '../../load/json-pointer.js';
import { key, type RawLocation, type SourceGraph } from '../../load/source-graph.js';
import type { JsonSchema, JsonValue, NamedSchema, SchemaDialect } from '../contract.js';
import { copyJson } from './json-copy.js';
import { isMultiFormat } from './multi-format.js';
import { pascalCase } from './names.js';
import { nonSchemaTarget } from './non-schema-target.js';
import { openApiLevel } from './openapi-schema.js';
import { dialectOfSchemaFormat, isOpenApiSchemaFormat, SUPPORTED_SCHEMA_FORMATS } from './schema-format.js';
import { isStrippedKeyword, SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP } from './schema-keywords.js';
import { cycleName, namedPlace } from './schema-places.js';

/** A schema that will be named: where it is written, the name it asks for and its body. */
export interface SchemaCandidate {
  index: number;
  loc: RawLocation;
  desiredName: string;
  nameSource: NamedSchema['nameSource'];
  /** References to other candidates are placeholders until names are assigned. */
  body: JsonSchema;
}

const PLACEHOLDER = '#/schemas/\u0000';

/** A reference to a candidate whose final name is not known yet. */
export function placeholderIndex(ref: string): number | undefined {
  return ref.startsWith(PLACEHOLDER) ? Number(ref.slice(PLACEHOLDER.length)) : undefined;
}

/**
 * Rebuilds schemas for the IR from the source graph. A `$ref` to a named place (a key under
 * `components/schemas` in any file, under `definitions`/`$defs`, at the top of a schema library
 * file, or a whole file) and any schema with a `title` become named candidates, referenced by
 * placeholder; other `$ref`s are inlined. A `$ref` cycle through unnamed places names the place
 * where the cycle closes, so recursion always goes through a named reference.
 */
export class SchemaCollector {
  private readonly byKey = new Map<string, SchemaCandidate>();
  private readonly inlining = new Set<string>();
  private readonly reportedFormats = new Set<string>();
  /**
   * Rebuilding an OpenAPI Schema Object: each level is converted (`openApiLevel`). A named schema
   * is built once, in the format of its first use; one written the same in both formats (no
   * OpenAPI-only keyword) reads the same either way.
   */
  private openApi = false;

  constructor(
    private readonly graph: SourceGraph,
    private readonly diagnostics: Diagnostic[],
  ) {}

  get candidates(): SchemaCandidate[] {
    return [...this.byKey.values()];
  }

  /** The schema written at `loc`, for use in the IR; `openApi`: it is an OpenAPI Schema Object. */
  schemaAt(loc: RawLocation, openApi = false): JsonSchema {
    return this.inFormat(openApi, () => this.inline(loc, true));
  }

  private inFormat<T>(openApi: boolean, build: () => T): T {
    const outer = this.openApi;
    this.openApi = openApi;
    try {
      return build();
    } finally {
      this.openApi = outer;
    }
  }

  /** The dialect a `schemaFormat` names; reports (once per place) formats that are not JSON Schema. */
  checkFormat(loc: RawLocation, format: unknown): SchemaDialect | undefined {
    const dialect = typeof format === 'string' ? dialectOfSchemaFormat(format) : undefined;
    if (!dialect && !this.reportedFormats.has(key(loc))) {
      this.reportedFormats.add(key(loc));
      const message = `schemaFormat: expected ${SUPPORTED_SCHEMA_FORMATS}, found ${JSON.stringify(format)}`;
      this.diagnostics.push(
        this.graph.diagnostic(loc, 'error', 'unsupported-schema-format', message, 'value'),
      );
    }
    return dialect;
  }

  private node(loc: RawLocation, hoistTitled: boolean): JsonSchema {
    const value = this.graph.value(loc);
    if (typeof value === 'boolean') return value;
    if (!isPlainObject(value)) return {}; // not a schema: the parser's validation reports it
    if (typeof value.$ref === 'string') return this.reference(loc, value.$ref, value);
    if (hoistTitled && typeof value.title === 'string' && value.title.trim() !== '') {
      return this.named(loc, pascalCase(value.title), 'title');
    }
    return this.keywords(loc, value);
  }

  private reference(loc: RawLocation, ref: string, value: Record<string, unknown>): JsonSchema {
    const siblings = this.keywords(loc, value);
    const target = this.graph.resolveRef(loc.file, ref);
    if (!target) return siblings; // unresolved references stop the load before the IR is built
    const found = nonSchemaTarget(this.graph, target);
    if (found !== undefined) {
      const payload =
        found === 'a Message Object' ? `; for the message's payload, write "${ref}/payload"` : '';
      const message = `$ref "${ref}": expected a schema, found ${found}; a schema reference names a schema (components/schemas/...)${payload}`;
      const at = { file: loc.file, pointer: childPointer(loc.pointer, '$ref') };
      this.diagnostics.push(this.graph.diagnostic(at, 'error', 'ref-not-schema', message, 'value'));
      return siblings;
    }
    const referenced = this.target(target);
    if (Object.keys(siblings).length === 0) return referenced;
    const disjoint = typeof referenced === 'object' && Object.keys(siblings).every((k) => !(k in referenced));
    if (typeof referenced === 'object' && (placeholderOf(referenced) || disjoint))
      return { ...referenced, ...siblings };
    return { allOf: [referenced], ...siblings };
  }

  private target(written: RawLocation): JsonSchema {
    // A Multi Format Schema Object reached through a `$ref` stands for its inner `schema`, read in
    // its own format.
    const value = this.graph.value(written);
    if (!isMultiFormat(value)) return this.targetAt(written);
    this.checkFormat(
      { file: written.file, pointer: childPointer(written.pointer, 'schemaFormat') },
      value.schemaFormat,
    );
    const inner = { file: written.file, pointer: childPointer(written.pointer, 'schema') };
    return this.inFormat(isOpenApiSchemaFormat(value.schemaFormat), () => this.targetAt(inner));
  }

  private targetAt(loc: RawLocation): JsonSchema {
    const existing = this.byKey.get(key(loc));
    if (existing) return placeholder(existing);
    const named = namedPlace(this.graph, loc);
    if (named) return this.named(loc, named.name, named.source);
    const value = this.graph.value(loc);
    if (
      isPlainObject(value) &&
      typeof value.$ref !== 'string' &&
      typeof value.title === 'string' &&
      value.title.trim() !== ''
    ) {
      return this.named(loc, pascalCase(value.title), 'title');
    }
    return this.inline(loc, false);
  }

  /**
   * The schema at `loc` written out in place, unless a `$ref` cycle leads back here while it is
   * being written: then this place becomes a named schema and the cycle goes through its name.
   */
  private inline(loc: RawLocation, hoistTitled: boolean): JsonSchema {
    const existing = this.byKey.get(key(loc));
    if (existing) return placeholder(existing);
    if (this.inlining.has(key(loc))) return this.named(loc, cycleName(loc), 'derived');
    this.inlining.add(key(loc));
    let body: JsonSchema;
    try {
      body = this.node(loc, hoistTitled);
    } finally {
      this.inlining.delete(key(loc));
    }
    const namedMeanwhile = this.byKey.get(key(loc));
    return namedMeanwhile ? placeholder(namedMeanwhile) : body;
  }

  private named(loc: RawLocation, desiredName: string, nameSource: NamedSchema['nameSource']): JsonSchema {
    const existing = this.byKey.get(key(loc));
    if (existing) return placeholder(existing);
    const candidate: SchemaCandidate = { index: this.byKey.size, loc, desiredName, nameSource, body: {} };
    this.byKey.set(key(loc), candidate);
    candidate.body = this.node(loc, false);
    return placeholder(candidate);
  }

  private keywords(loc: RawLocation, value: Record<string, unknown>): { [keyword: string]: JsonValue } {
    const out: { [keyword: string]: JsonValue } = {};
    const at = (...path: Array<string | number>) => ({
      file: loc.file,
      pointer: childPointer(loc.pointer, ...path),
    });
    for (const [keyword, child] of Object.entries(value)) {
      if (keyword === '$ref' || isStrippedKeyword(keyword, child)) continue;
      if (SUBSCHEMA.has(keyword) || (keyword === 'items' && !Array.isArray(child))) {
        setOwn(out, keyword, this.node(at(keyword), true));
      } else if ((SUBSCHEMA_LIST.has(keyword) || keyword === 'items') && Array.isArray(child)) {
        setOwn(
          out,
          keyword,
          child.map((_, i) => this.node(at(keyword, i), true)),
        );
      } else if ((SUBSCHEMA_MAP.has(keyword) || keyword === 'dependencies') && isPlainObject(child)) {
        const map: { [key: string]: JsonValue } = {};
        for (const [name, sub] of Object.entries(child)) {
          const rebuilt =
            keyword === 'dependencies' && Array.isArray(sub)
              ? copyJson(sub)
              : this.node(at(keyword, name), true);
          setOwn(map, name, rebuilt);
        }
        setOwn(out, keyword, map);
      } else {
        setOwn(out, keyword, copyJson(child));
      }
    }
    return this.openApi ? openApiLevel(out) : out;
  }
}

/** Plain assignment of `__proto__` would set the prototype; a property of that name is data here. */
export function setOwn(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  // Assignment for every other key: defining each property was a tenth of building the IR.
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function placeholder(candidate: SchemaCandidate): { $ref: string } {
  return { $ref: `${PLACEHOLDER}${candidate.index}` };
}

function placeholderOf(schema: { [keyword: string]: JsonValue }): boolean {
  return typeof schema.$ref === 'string' && placeholderIndex(schema.$ref) !== undefined;
}
