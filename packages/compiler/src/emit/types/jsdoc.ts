/**
 * JSDoc lines from schema annotations. Author text is copied into comments, which the printer
 * writes verbatim, so every line passes through `commentSafe` first.
 */
import type { JsonSchema, JsonValue } from '../../ir/contract.js';

/**
 * Make author text safe inside a block comment: a star-slash cannot close the comment early, a line
 * starting with `@` cannot become a tag, CR/LF variants become LF, and lone UTF-16
 * surrogates (which would not survive UTF-8) become U+FFFD.
 */
export function commentLines(text: string): string[] {
  const normalized = text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\*\//g, '*\\/');
  const lines = normalized.split('\n').map((line) => line.trimEnd().replace(/^(\s*)@/, '$1\\@'));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `@tag <compact JSON>`: always one line, since JSON escapes newlines inside strings. */
function tagLine(tag: string, value: JsonValue): string {
  return `@${tag} ${commentLines(JSON.stringify(value)).join(' ')}`;
}

/** Blocks separated by one empty line, empty blocks skipped. */
export function joinBlocks(blocks: ReadonlyArray<readonly string[]>): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...block);
  }
  return out;
}

const asString = (v: JsonValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export interface DocParts {
  /** Free text: title (unless it repeats the declared name) and description, as blocks. */
  text: string[][];
  /** `@deprecated`, `@format`, constraint tags, `@default`, `@example` lines, in that order. */
  tags: string[];
}

/** The pieces of a schema's JSDoc, for callers that add their own text before the tags. */
export function schemaDocParts(schema: JsonSchema, declaredName?: string): DocParts {
  if (typeof schema === 'boolean') return { text: [], tags: [] };
  const note = allOfNote(schema);
  const title = asString(schema.title) ?? asString(note?.title);
  const description = asString(schema.description) ?? asString(note?.description);
  const text: string[][] = [];
  if (title !== undefined && !sameName(title, declaredName)) text.push(commentLines(title));
  if (description !== undefined) text.push(commentLines(description));
  const tags: string[] = [];
  if (schema.deprecated === true) tags.push('@deprecated');
  const format = asString(schema.format);
  if (format !== undefined) tags.push(`@format ${commentLines(format).join(' ')}`);
  tags.push(...constraintTags(schema));
  if ('default' in schema) tags.push(tagLine('default', schema.default as JsonValue));
  if (Array.isArray(schema.examples)) for (const ex of schema.examples) tags.push(tagLine('example', ex));
  if ('example' in schema) tags.push(tagLine('example', schema.example as JsonValue));
  return { text, tags };
}

/** Keywords that describe a value without constraining it. */
const NOTE_KEYWORDS = new Set(['title', 'description', 'examples', 'example', 'default', '$comment']);

/**
 * The member of an `allOf` that only describes (`allOf: [{ $ref: Id }, { description: ... }]`,
 * the way documents annotate a reference, whose siblings some tools ignore). It adds nothing to
 * the type, so its title and description are the property's own when it has none.
 */
function allOfNote(schema: { [keyword: string]: JsonValue }): { [keyword: string]: JsonValue } | undefined {
  if (!Array.isArray(schema.allOf)) return undefined;
  for (const member of schema.allOf) {
    if (typeof member !== 'object' || member === null || Array.isArray(member)) continue;
    const keys = Object.keys(member);
    if (keys.length > 0 && keys.every((k) => NOTE_KEYWORDS.has(k))) return member;
  }
  return undefined;
}

/** Number keywords TypeScript cannot express, in the order they are documented. */
const LIMITS = [
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
] as const;

/**
 * What the schema checks that its TypeScript type cannot say: `@integer`, the numeric limits
 * (`@minimum 0`, `@maxLength 64`, ...), `@uniqueItems`, `@pattern <regex>` and `@not <JSON>`.
 */
function constraintTags(schema: { [keyword: string]: JsonValue }): string[] {
  const tags: string[] = [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') && !types.includes('number')) tags.push('@integer');
  for (const keyword of LIMITS) {
    const value = schema[keyword];
    if (typeof value === 'number') tags.push(`@${keyword} ${value}`);
  }
  if (schema.uniqueItems === true) tags.push('@uniqueItems');
  const pattern = asString(schema.pattern);
  if (pattern !== undefined) tags.push(`@pattern ${commentLines(pattern).join(' ')}`);
  if ('not' in schema) tags.push(tagLine('not', schema.not as JsonValue));
  return tags;
}

/**
 * JSDoc for a schema: title (unless it merely repeats `declaredName`), description, then tags
 * `@deprecated`, `@format`, the constraints TypeScript cannot express (`@integer`, `@minimum`,
 * `@pattern`, `@not`, ...), `@default`, `@example` (JSON Schema `examples` and OpenAPI-style
 * `example`).
 */
export function schemaDoc(schema: JsonSchema, declaredName?: string): string[] {
  const { text, tags } = schemaDocParts(schema, declaredName);
  return joinBlocks([...text, tags]);
}

function sameName(title: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  const squash = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return squash(title) === squash(name);
}
