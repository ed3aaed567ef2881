import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { type Document, isCollection, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findJsonSyntaxError } from '../diagnostics/json-syntax.js';
import { pointerToSegments } from '../load/json-pointer.js';
import { configSchema, type HookwrightConfig } from './config-schema.js';

export const CONFIG_FILE_NAMES = [
  'hookwright.config.json',
  'hookwright.config.yaml',
  'hookwright.config.yml',
];

export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Values as written, with `input` and `out` made absolute. */
  config: HookwrightConfig;
}

export interface ConfigResult {
  loaded?: LoadedConfig;
  diagnostics: Diagnostic[];
}

let validate: ReturnType<Ajv['compile']> | undefined;

/**
 * Reads and validates a config file. `displayPath` is how diagnostics name the file.
 *
 * @example
 * const { loaded, diagnostics } = await loadConfig('hookwright.config.json');
 */
export async function loadConfig(path: string, displayPath = path): Promise<ConfigResult> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    return { diagnostics: [at(displayPath, 1, 1, 'config-not-found', `cannot read config file: ${reason}`)] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  // YAML is a superset of JSON and forgives what JSON does not (`"out": }` is null to YAML).
  const jsonError = file.endsWith('.json') ? findJsonSyntaxError(text) : undefined;
  if (jsonError) {
    const pos = lines.linePos(jsonError.offset);
    return { diagnostics: [at(displayPath, pos.line, pos.col, 'config-syntax', jsonError.message)] };
  }
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return at(displayPath, pos.line, pos.col, 'config-syntax', e.message.split('\n')[0] ?? e.message);
      }),
    };
  }
  const value: unknown = doc.toJS();
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(configSchema);
  if (!validate(value)) {
    return {
      // An `if` failure only repeats what its `then` reported.
      diagnostics: (validate.errors ?? [])
        .filter((e) => e.keyword !== 'if')
        .map((e) => {
          const pointer = e.instancePath;
          const where =
            e.keyword === 'additionalProperties'
              ? `${pointer}/${String(e.params.additionalProperty)}`
              : pointer;
          const pos = positionOf(doc, lines, where);
          const subject =
            e.keyword === 'additionalProperties'
              ? `unknown key "${String(e.params.additionalProperty)}"`
              : e.message;
          return {
            ...at(displayPath, pos.line, pos.col, 'config-invalid', `${pointer || '/'}: ${subject}`),
            pointer: where,
          };
        }),
    };
  }
  const config = value as HookwrightConfig;
  const base = dirname(file);
  return {
    loaded: {
      file,
      config: {
        ...config,
        ...(config.input === undefined ? {} : { input: resolve(base, config.input) }),
        ...(config.out === undefined ? {} : { out: resolve(base, config.out) }),
      },
    },
    diagnostics: [],
  };
}

function at(file: string, line: number, col: number, code: string, message: string): Diagnostic {
  return { severity: 'error', code, message, file, line, col };
}

/** Position of the key (or item) at a JSON pointer, or of its deepest existing parent; 1:1 when unknown. */
function positionOf(doc: Document, lines: LineCounter, pointer: string): { line: number; col: number } {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of pointerToSegments(pointer)) {
    if (!isCollection(node)) break;
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
    );
    const next: unknown = isPair(pair) ? pair.value : node.items[Number(key)];
    const marker = (isPair(pair) ? pair.key : next) as Node | undefined;
    if (!marker?.range) break;
    offset = marker.range[0];
    node = next;
  }
  return lines.linePos(offset);
}
