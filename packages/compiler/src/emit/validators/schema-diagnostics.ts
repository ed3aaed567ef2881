import type { ErrorObject } from 'ajv';
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import { escapePointerToken } from '../../load/json-pointer.js';
import { describeIds } from './ids.js';
import type { SchemaUnit } from './plan.js';
import { forEachSchema, type SchemaObject } from './schema-walk.js';

/** A problem with one schema, at the schema's location, `pointer` relative to the schema. */
export function schemaDiagnostic(
  unit: SchemaUnit,
  severity: Severity,
  code: string,
  message: string,
  pointer?: string,
): Diagnostic {
  return {
    severity,
    code,
    message: `${unit.label}: ${message}`,
    file: unit.source.file,
    line: unit.source.line,
    col: unit.source.col,
    pointer: `${unit.pointer}${pointer ?? ''}`,
  };
}

/** The first meta-schema error: where, what the meta-schema expects, and what was written. */
export function metaSchemaDiagnostic(unit: SchemaUnit, error: ErrorObject): Diagnostic {
  const found = valueAt(unit.prepared.checked, error.instancePath);
  const allowed = error.keyword === 'enum' ? ` (${JSON.stringify(error.params.allowedValues)})` : '';
  return schemaDiagnostic(
    unit,
    'error',
    'invalid-schema',
    `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${allowed}, found ${preview(found)}`,
    error.instancePath,
  );
}

/**
 * A strict-mode error or warning from ajv. Its message names a place as `<$id>#<pointer>` or
 * `path "#<pointer>"`, or (unknown keyword, unresolvable ref) not at all: then the keyword is
 * looked up in the schema.
 */
export function ajvMessageDiagnostic(
  unit: SchemaUnit,
  severity: Severity,
  code: string,
  rawMessage: string,
): Diagnostic {
  const message = describeIds(rawMessage);
  return schemaDiagnostic(unit, severity, code, message, locate(unit.prepared.compiled, rawMessage));
}

/** Where a strictTypes message (`... for keyword "required" at "<$id>#/allOf/0"`) names a keyword. */
export interface KeywordPlace {
  keyword: string;
  /** The `$id` of the schema the pointer is in. */
  id: string;
  /** The schema holding the keyword, as a JSON pointer (decoded). */
  pointer: string;
}

export function keywordPlace(message: string): KeywordPlace | undefined {
  const found = /for keyword "([^"]+)" at "([^"#]*)#(\/[^"]*)?"/.exec(message);
  if (!found) return undefined;
  const [, keyword = '', id = '', pointer = ''] = found;
  return { keyword, id, pointer: decodeURIComponent(pointer) };
}

function locate(schema: SchemaObject, message: string): string | undefined {
  // strictTypes: `missing type "object" for keyword "required" at "#/allOf/0"`: at the keyword itself.
  const typed = keywordPlace(message);
  if (typed) return `${typed.pointer}/${escapePointerToken(typed.keyword)}`;
  const fragment = /#(\/[^"\s]*)?"/.exec(message);
  if (fragment) return decodeURIComponent(fragment[1] ?? '');
  const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
  if (keyword !== undefined) {
    return findNode(schema, (node) => Object.hasOwn(node, keyword), `/${escapePointerToken(keyword)}`);
  }
  // Keywords ajv ignores: `"if" without "then" and "else" is ignored`, `"additionalItems" is ignored ...`.
  const ignored = /strict mode: "(\w+)" (?:without|is ignored)/.exec(message)?.[1];
  if (ignored !== undefined) return findNode(schema, (node) => Object.hasOwn(node, ignored), `/${ignored}`);
  const matching = /strict mode: property (.*) matches pattern (.*) \(use allowMatchingProperties\)$/s.exec(
    message,
  );
  if (matching) {
    const [, property = '', pattern = ''] = matching;
    return findNode(
      schema,
      (node) =>
        isMap(node.properties) &&
        Object.hasOwn(node.properties, property) &&
        isMap(node.patternProperties) &&
        Object.hasOwn(node.patternProperties, pattern),
      `/properties/${escapePointerToken(property)}`,
    );
  }
  const ref = /can't resolve reference (\S+) from id/.exec(message)?.[1];
  if (ref !== undefined) return findNode(schema, (node) => node.$ref === ref, '/$ref');
  // ajv compiles patterns with the `u` flag; the engine's message quotes the pattern.
  const pattern = /^Invalid regular expression: \/(.*)\/[a-z]*: /s.exec(message)?.[1];
  if (pattern !== undefined) {
    return (
      findNode(schema, (node) => node.pattern === pattern, '/pattern') ??
      findNode(
        schema,
        (node) => isMap(node.patternProperties) && Object.hasOwn(node.patternProperties, pattern),
        `/patternProperties/${escapePointerToken(pattern)}`,
      )
    );
  }
  return undefined;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findNode(
  schema: SchemaObject,
  test: (node: SchemaObject) => boolean,
  suffix: string,
): string | undefined {
  let found: string | undefined;
  forEachSchema(schema, (node, pointer) => {
    if (found === undefined && test(node)) found = `${pointer}${suffix}`;
  });
  return found;
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

/** A short rendering of a found value for messages. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
