import { type JsonSchema, refName } from '../../ir/contract.js';
import { namedSchemaId } from './ids.js';
import { mapSchema, type SchemaObject } from './schema-walk.js';

/**
 * Annotation keywords: they never change what a schema accepts (validators do not apply
 * `default`), so they are removed before compiling; otherwise ajv copies them into generated
 * code wherever it embeds a schema. `example` (OpenAPI's spelling, common in AsyncAPI documents)
 * is treated as one of them instead of failing strict mode as an unknown keyword.
 */
const ANNOTATIONS = new Set([
  '$comment',
  'default',
  'deprecated',
  'description',
  'example',
  'examples',
  'readOnly',
  'title',
  'writeOnly',
]);

export interface SchemaUse {
  name: string;
  /** JSON pointer inside the schema. */
  pointer: string;
}

export interface PreparedSchema {
  /** The author's schema with our `$id` and named refs rewritten: what the meta-schema checks. */
  checked: SchemaObject;
  /** The same without annotations: what ajv compiles. */
  compiled: SchemaObject;
  /** Named schemas this schema references directly, sorted. */
  refs: string[];
  /** `#/schemas/<name>` refs to names the contract does not have. */
  missingRefs: SchemaUse[];
  /** Every `format` used. */
  formats: SchemaUse[];
}

/**
 * Makes an IR schema ready for ajv: the root gets `id` as `$id` (and loses `$schema`: the
 * event's dialect decides), `{"$ref": "#/schemas/X"}` becomes a ref to X's own `$id` so every named
 * schema is compiled once and called, never inlined.
 */
export function prepareSchema(
  schema: JsonSchema,
  id: string,
  hasSchema: (name: string) => boolean,
): PreparedSchema {
  const refs = new Set<string>();
  const missingRefs: SchemaUse[] = [];
  const formats: SchemaUse[] = [];
  const root: SchemaObject = typeof schema === 'boolean' ? (schema ? {} : { not: {} }) : schema;
  const rewritten = mapSchema(root, (node, pointer) => {
    const ref = node.$ref;
    const name = typeof ref === 'string' ? refName(ref) : undefined;
    if (name !== undefined) {
      if (hasSchema(name)) {
        refs.add(name);
        node.$ref = namedSchemaId(name);
      } else {
        missingRefs.push({ name, pointer: `${pointer}/$ref` });
      }
    }
    if (typeof node.format === 'string') formats.push({ name: node.format, pointer: `${pointer}/format` });
    return node;
  }) as SchemaObject;
  const { $schema: _dialect, $id: _id, ...rest } = rewritten;
  const checked: SchemaObject = { $id: id, ...rest };
  const compiled = mapSchema(checked, (node) => {
    for (const keyword of Object.keys(node)) if (ANNOTATIONS.has(keyword)) delete node[keyword];
    return node;
  }) as SchemaObject;
  return { checked, compiled, refs: [...refs].sort(), missingRefs, formats };
}

/**
 * `prepareSchema` with the results of the last plan kept, by the schema's id and text, while the
 * contract's schema names (which decide its refs) are the same: a watch process prepares again
 * only the schemas an edit changed. Prepared schemas are never modified afterwards, so they can be
 * shared between plans.
 */
export class PreparedSchemas {
  private last = new Map<string, PreparedSchema>();
  private next = new Map<string, PreparedSchema>();
  private names = '';

  /**
   * Call once per plan, before any `prepare`, with the names of the contract's schemas: what the
   * previous plan did not ask for is forgotten, and everything when the names changed.
   */
  startPlan(names: string): void {
    this.last = names === this.names ? this.next : new Map();
    this.next = new Map();
    this.names = names;
  }

  prepare(schema: JsonSchema, id: string, hasSchema: (name: string) => boolean): PreparedSchema {
    const key = `${id}\n${JSON.stringify(schema)}`;
    const prepared = this.next.get(key) ?? this.last.get(key) ?? prepareSchema(schema, id, hasSchema);
    this.next.set(key, prepared);
    return prepared;
  }
}
