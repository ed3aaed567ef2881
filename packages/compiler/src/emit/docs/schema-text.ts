import type { JsonSchema, JsonValue } from '../../ir/contract.js';
import { refName } from '../../ir/contract.js';

/** A type written for people: plain text and links to named schemas, rendered by each format. */
export type TypeText = Array<string | { ref: string }>;

type SchemaObject = { [keyword: string]: JsonValue };

export function asObject(schema: JsonValue | JsonSchema | undefined): SchemaObject | undefined {
  return schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? schema : undefined;
}

/** `string`, `array of Money`, `Card | BankTransfer | null`, `map of integer`... */
export function typeText(schema: JsonValue | JsonSchema | undefined): TypeText {
  if (schema === true || schema === undefined) return ['any'];
  const s = asObject(schema);
  if (!s) return ['never'];
  if (typeof s.$ref === 'string') {
    const name = refName(s.$ref);
    return [name === undefined ? s.$ref : { ref: name }];
  }
  let out: TypeText;
  if ('const' in s) out = [JSON.stringify(s.const)];
  else if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf))
    out = join(((s.oneOf ?? s.anyOf) as JsonValue[]).map(typeText), ' | ');
  else if (Array.isArray(s.allOf)) out = join((s.allOf as JsonValue[]).map(typeText), ' & ');
  else {
    const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
    if (types.length === 0) types.push(inferType(s));
    out = join(
      types.map((t) => simpleType(t, s)),
      ' | ',
    );
  }
  if (s.nullable === true && !out.includes('null')) out.push(' | null');
  return out;
}

function simpleType(type: string, s: SchemaObject): TypeText {
  if (type === 'array') {
    const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
    if (tuple) return ['[', ...join((tuple as JsonValue[]).map(typeText), ', '), ']'];
    return ['array of ', ...typeText(s.items as JsonValue | undefined)];
  }
  if (type === 'object' && !asObject(s.properties) && asObject(s.additionalProperties))
    return ['map of ', ...typeText(s.additionalProperties)];
  return [type];
}

function inferType(s: SchemaObject): string {
  if (asObject(s.properties) || 'additionalProperties' in s || Array.isArray(s.required)) return 'object';
  if ('items' in s || 'prefixItems' in s) return 'array';
  if (Array.isArray(s.enum)) {
    const kinds = new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)));
    return [...kinds].join(' | ');
  }
  if ('pattern' in s || 'format' in s || 'minLength' in s) return 'string';
  if ('minimum' in s || 'maximum' in s) return 'number';
  return 'any';
}

function join(parts: TypeText[], separator: string): TypeText {
  const out: TypeText = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(separator);
    out.push(...part);
  });
  return out;
}

/** Plain text of a type, for search data and version comparison. */
export function typeString(type: TypeText): string {
  return type.map((t) => (typeof t === 'string' ? t : t.ref)).join('');
}

const MAX_ENUM = 12;

/** The keywords a reader needs to build a valid value, one short phrase each. */
export function constraints(schema: JsonValue | JsonSchema | undefined): string[] {
  const s = asObject(schema);
  if (!s) return [];
  const out: string[] = [];
  if (Array.isArray(s.enum)) {
    const shown = s.enum.slice(0, MAX_ENUM).map((v) => JSON.stringify(v));
    const more = s.enum.length > MAX_ENUM ? `, ... ${s.enum.length - MAX_ENUM} more` : '';
    out.push(`one of ${shown.join(', ')}${more}`);
  }
  if (typeof s.format === 'string') out.push(`format ${s.format}`);
  if (typeof s.pattern === 'string') out.push(`pattern ${s.pattern}`);
  range(out, 'length', s.minLength, s.maxLength);
  range(out, 'items', s.minItems, s.maxItems);
  range(out, 'properties', s.minProperties, s.maxProperties);
  bound(out, '>=', s.minimum);
  bound(out, '<=', s.maximum);
  bound(out, '>', s.exclusiveMinimum);
  bound(out, '<', s.exclusiveMaximum);
  if (typeof s.multipleOf === 'number') out.push(`multiple of ${s.multipleOf}`);
  if (s.uniqueItems === true) out.push('unique items');
  if ('default' in s) out.push(`default ${JSON.stringify(s.default)}`);
  return out;
}

function range(out: string[], what: string, min: JsonValue | undefined, max: JsonValue | undefined): void {
  const lo = typeof min === 'number' ? min : undefined;
  const hi = typeof max === 'number' ? max : undefined;
  if (lo !== undefined && hi !== undefined) out.push(lo === hi ? `${what} ${lo}` : `${what} ${lo}-${hi}`);
  else if (lo !== undefined) out.push(`${what} >= ${lo}`);
  else if (hi !== undefined) out.push(`${what} <= ${hi}`);
}

function bound(out: string[], op: string, value: JsonValue | undefined): void {
  if (typeof value === 'number') out.push(`${op} ${value}`);
}
