import type { Format } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default;

/**
 * How each format reaches generated code. ajv writes a RegExp format into the module as a literal,
 * so those need nothing at run time; a function format becomes a call into
 * `@hookwright/runtime/validation`'s `formats` table, whose checks accept exactly what
 * ajv-formats' functions accept (the compiler's tests compare both on generated strings).
 */
type FormatSource =
  /** ajv-formats' "full" RegExp, written into generated code. */
  | 'ajv-formats-regex'
  /** Checked at run time by the runtime's `formats[name]`; at generate time by ajv-formats. */
  | 'runtime'
  /** Documentation only: ajv-formats accepts every value. */
  | 'annotation';

/** Every format ajv-formats defines in "full" mode, with where its check lives. */
const FORMAT_SOURCES: Readonly<Record<string, FormatSource | RegExp>> = {
  date: 'runtime',
  time: 'runtime',
  'date-time': 'runtime',
  'iso-time': 'runtime',
  'iso-date-time': 'runtime',
  duration: 'ajv-formats-regex',
  uri: 'runtime',
  'uri-reference': 'ajv-formats-regex',
  'uri-template': 'ajv-formats-regex',
  url: 'ajv-formats-regex',
  email: 'ajv-formats-regex',
  hostname: 'ajv-formats-regex',
  ipv4: 'ajv-formats-regex',
  ipv6: 'ajv-formats-regex',
  regex: 'runtime',
  uuid: 'ajv-formats-regex',
  'json-pointer': 'ajv-formats-regex',
  'json-pointer-uri-fragment': 'ajv-formats-regex',
  'relative-json-pointer': 'ajv-formats-regex',
  // ajv-formats tests base64 with the multi-line flag, so "!!!\n" passes (its last, empty line is
  // valid base64). A single-line check is what "byte" (OpenAPI: base64 data) means.
  byte: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
  int32: 'runtime',
  int64: 'runtime',
  float: 'annotation',
  double: 'annotation',
  password: 'annotation',
  binary: 'annotation',
};

const NUMBER_FORMATS = new Set(['int32', 'int64']);

/** Formats generated code checks through the runtime's `formats` table. */
export const RUNTIME_FORMAT_NAMES: readonly string[] = Object.keys(FORMAT_SOURCES)
  .filter((name) => FORMAT_SOURCES[name] === 'runtime')
  .sort();

export function isKnownFormat(name: string): boolean {
  return Object.hasOwn(FORMAT_SOURCES, name);
}

/**
 * The format definitions to register on an ajv instance. Function formats are registered in one
 * shape, `{ type, validate }`, because the shape decides the generated call
 * (`formats0.validate(x)`) and the runtime table has that shape for every entry.
 */
export function formatDefinitions(): Record<string, Format> {
  const out: Record<string, Format> = {};
  for (const [name, source] of Object.entries(FORMAT_SOURCES)) {
    if (source instanceof RegExp) out[name] = source;
    else if (source === 'annotation') out[name] = true;
    else out[name] = fromAjvFormats(name, source);
  }
  return out;
}

function fromAjvFormats(name: string, source: 'runtime' | 'ajv-formats-regex'): Format {
  const def = addFormats.get(name as Parameters<typeof addFormats.get>[0], 'full');
  if (source === 'ajv-formats-regex') {
    if (!(def instanceof RegExp))
      throw new Error(`ajv-formats' "${name}" is no longer a RegExp: update formats.ts`);
    return def;
  }
  const validate =
    typeof def === 'function'
      ? def
      : typeof def === 'object' && !(def instanceof RegExp)
        ? def.validate
        : undefined;
  if (typeof validate !== 'function')
    throw new Error(`ajv-formats' "${name}" is no longer a function: update formats.ts`);
  const type = NUMBER_FORMATS.has(name) ? 'number' : 'string';
  return type === 'number'
    ? { type, validate: validate as (value: number) => boolean }
    : { type, validate: validate as (value: string) => boolean };
}
