import { escapePointerToken, propertyParamOf } from '@hookwright/runtime/validation';
import { type ConcatPart, parseConcatIn, renderConcat } from './concat.js';
import type { RewriteContext } from './context.js';
import { applyEdits, type Edit, UnexpectedCodeError } from './edits.js';
import { JsText, type ObjectEntry } from './js-text.js';

const ERROR_KEYS = new Set(['instancePath', 'schemaPath', 'keyword', 'params', 'propertyName']);
/** Locals ajv declares per function for values only known while validating (`missing0`, `key0`, ...). */
const RUNTIME_LOCAL = /^(?:missing|key|i|j|passing|ifClause)\d+$/;
/** `schema12.properties.name.type`, `schema3["a-b"].enum`, `schema4.items[0]`: a value inside a schema constant. */
const SCHEMA_REFERENCE = /^(schema\d+)((?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\]|\[\d+\])*)$/;

/**
 * Replaces every error object ajv writes (`{instancePath, schemaPath, keyword, params}`) by the
 * final `ValidationIssue`, built by one runtime call with everything known at generate time
 * worked out here: the pointer (for `required` and the other property keywords, the property's
 * pointer, escaped now when the name is known), ajv's message as a constant or a concatenation,
 * and params whose schema values come from factories. A site this cannot read keeps ajv's object
 * and converts it with the runtime's `toValidationIssue`, which gives the same issue.
 */
export function rewriteErrorSites(code: string, context: RewriteContext): string {
  return applyEdits(code, errorSiteEdits(new JsText(code), context));
}

/** The edits of `rewriteErrorSites`, to apply with others made on the same text. */
export function errorSiteEdits(text: JsText, context: RewriteContext): Edit[] {
  const edits: Edit[] = [];
  let after = 0;
  for (const match of text.matches(/\{instancePath\b/g)) {
    if (match.index < after) continue;
    const close = text.closeOf(match.index);
    const entries = text.entries(match.index, close);
    if (!entries?.some(({ key }) => key === 'schemaPath')) continue; // a call's options, not an error
    edits.push({ start: match.index, end: close + 1, replacement: issueCode(text, entries, context) });
    after = close + 1;
  }
  return edits;
}

function issueCode(text: JsText, entries: readonly ObjectEntry[], context: RewriteContext): string {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const fields = new Map(entries.map(({ key, value }) => [key, value]));
  if (entries.some(({ key }) => !ERROR_KEYS.has(key)) || fields.size !== entries.length)
    throw new UnexpectedCodeError(
      `error object with unexpected keys: ${entries.map(({ key }) => key).join(', ')}`,
    );
  const base = pointerBase(text, byKey.get('instancePath'), context);
  const keyword = stringLiteral(fields.get('keyword'));
  const schemaPath = fields.get('schemaPath');
  const params = readParams(text, byKey.get('params'), context);
  const issue =
    keyword !== undefined && params !== undefined
      ? directIssue(keyword, base, fields, params, context)
      : undefined;
  if (issue !== undefined)
    return `hw_issue(${issue.pointer},${fields.get('keyword')},${issue.message},${params!.code},${schemaPath})`;
  // Kept as ajv wrote it, relative pointer included; the runtime converts it the way it converts run-time ajv's.
  const kept = entries.map(({ key, value }) =>
    key === 'instancePath' ? `instancePath:${renderConcat(base)}` : `${key}:${value}`,
  );
  return `hw_toIssue({${kept.join(',')}})`;
}

function directIssue(
  keyword: string,
  base: ConcatPart[],
  fields: ReadonlyMap<string, string>,
  params: Params,
  context: RewriteContext,
): { pointer: string; message: string } | undefined {
  const message = context.message(keyword, params.known, params.runtime);
  if (message === undefined) return undefined;
  const propertyParam = propertyParamOf(keyword);
  let property: ConcatPart | undefined;
  if (propertyParam !== undefined) {
    if (Object.hasOwn(params.known, propertyParam)) {
      const name = params.known[propertyParam];
      if (typeof name === 'string') property = { literal: escapePointerToken(name) };
    } else if (Object.hasOwn(params.runtime, propertyParam)) {
      property = { code: `hw_escape(${params.runtime[propertyParam]})` };
    }
  } else {
    const name = fields.get('propertyName');
    if (name !== undefined) {
      if (!RUNTIME_LOCAL.test(name)) return undefined;
      property = { code: `hw_escape(${name})` };
    }
  }
  const pointer = property === undefined ? base : [...base, { literal: '/' }, property];
  return { pointer: renderConcat(pointer), message: renderConcat(message) };
}

/** The pointer ajv's `instancePath` entry stands for; without the function's own path when relative. */
function pointerBase(text: JsText, entry: ObjectEntry | undefined, context: RewriteContext): ConcatPart[] {
  if (entry === undefined) throw new UnexpectedCodeError('error object without instancePath');
  const parts = parseConcatIn(text, entry.start, entry.end);
  const first = parts[0];
  if (first === undefined || !('code' in first) || first.code !== 'instancePath')
    throw new UnexpectedCodeError(`instancePath does not start with the function's own: ${entry.value}`);
  return context.relative ? parts.slice(1) : parts;
}

interface Params {
  /** Params whose values are known at generate time. */
  known: Record<string, unknown>;
  /** Params only known at validation time: the code that holds them. */
  runtime: Record<string, string>;
  /** The params object to emit: fresh at every error site. */
  code: string;
}

function readParams(
  text: JsText,
  entry: ObjectEntry | undefined,
  context: RewriteContext,
): Params | undefined {
  const entries = entry === undefined ? undefined : text.entries(entry.start, entry.end - 1);
  if (entries === undefined) return undefined;
  const params: Params = { known: {}, runtime: {}, code: '' };
  const out: string[] = [];
  for (const { key: name, value } of entries) {
    const reference = SCHEMA_REFERENCE.exec(value);
    if (reference) {
      const resolved = schemaValue(context, reference[1]!, reference[2]!);
      if (resolved === undefined) return undefined;
      params.known[name] = resolved.value;
      out.push(
        `${name}: ${isObject(resolved.value) ? context.fresh(resolved.value) : JSON.stringify(resolved.value)}`,
      );
    } else if (RUNTIME_LOCAL.test(value)) {
      params.runtime[name] = value;
      out.push(`${name}: ${value}`);
    } else {
      const known = jsonValue(value);
      if (known === undefined || isObject(known.value)) return undefined;
      params.known[name] = known.value;
      out.push(`${name}: ${value}`);
    }
  }
  params.code = `{${out.join(', ')}}`;
  return params;
}

function schemaValue(context: RewriteContext, name: string, path: string): { value: unknown } | undefined {
  if (!context.schemas.has(name)) return undefined;
  let value = context.schemas.get(name);
  for (const step of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*"|\d+)\]/g)) {
    const key = step[1] ?? (JSON.parse(step[2]!) as string | number);
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return { value };
}

function jsonValue(code: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(code) };
  } catch {
    return undefined;
  }
}

function stringLiteral(code: string | undefined): string | undefined {
  const parsed = code === undefined ? undefined : jsonValue(code);
  return typeof parsed?.value === 'string' ? parsed.value : undefined;
}

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object';

/**
 * `validate3.errors = [hw_issue(...)];` followed by `return false;` (an error site outside composite
 * keywords) becomes `return hw_fail(validate3, ...);`: the same issue, a third less code per site.
 */
export function returnFailures(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const site = /^(validate\d+)\.errors = \[hw_issue\((.*)\)\];$/.exec(lines[i]!);
    if (site === null || lines[i + 1] !== 'return false;') {
      out.push(lines[i]!);
      continue;
    }
    out.push(`return hw_fail(${site[1]},${site[2]});`);
    i++;
    // ajv's `break` after such a site in a loop over properties is never reached.
    if (lines[i + 1] === 'break;') i++;
  }
  return out.join('\n');
}
