import { basename } from 'node:path';
import { isPlainObject, pointerToSegments, segmentsToPointer } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import type { NamedSchema } from '../contract.js';
import { isMultiFormat } from './multi-format.js';
import { pascalCase } from './names.js';
import { isSchemaKeyword } from './schema-keywords.js';

export interface PlaceName {
  name: string;
  source: NamedSchema['nameSource'];
}

/**
 * The name a `$ref` target carries by where it is written, or undefined for places that are not
 * named (they are inlined). Named places: a key under `components/schemas` (in any file), under
 * `definitions` or `$defs`, a top-level key of a file that is not an AsyncAPI document (a schema
 * library), and a whole file (its `title`, else its file name). The `schema` of a Multi Format
 * Schema Object is named like the object around it.
 */
export function namedPlace(graph: SourceGraph, loc: RawLocation): PlaceName | undefined {
  const segments = pointerToSegments(loc.pointer);
  const last = segments[segments.length - 1];
  const parent = segments.slice(0, -1);
  if (last === undefined) {
    const value = graph.value(loc);
    const title = isPlainObject(value) && typeof value.title === 'string' ? value.title.trim() : '';
    return title
      ? { name: pascalCase(title), source: 'title' }
      : { name: fileBaseName(loc.file), source: 'derived' };
  }
  const parentLoc = { file: loc.file, pointer: segmentsToPointer(parent) };
  if (last === 'schema' && isMultiFormat(graph.value(parentLoc))) return namedPlace(graph, parentLoc);
  const container = parent[parent.length - 1];
  const isComponent =
    parent.join('/') === 'components/schemas' ||
    container === 'definitions' ||
    container === '$defs' ||
    (parent.length === 0 &&
      !isAsyncApiDocument(graph.value({ file: loc.file, pointer: '' })) &&
      !isSchemaKeyword(last));
  return isComponent ? { name: pascalCase(last), source: 'component' } : undefined;
}

/** Name for an untitled place where a `$ref` cycle closes: its last segment that is not a keyword. */
export function cycleName(loc: RawLocation): string {
  const segments = pointerToSegments(loc.pointer).filter((s) => !/^\d+$/.test(s) && !isSchemaKeyword(s));
  const last = segments[segments.length - 1];
  if (last === undefined) return fileBaseName(loc.file);
  // `.../OrderCreated/payload` reads better as `OrderCreatedPayload` than as `Payload`.
  const owner = ['payload', 'headers', 'schema'].includes(last) ? (segments[segments.length - 2] ?? '') : '';
  return pascalCase(`${owner} ${last}`);
}

function isAsyncApiDocument(root: unknown): boolean {
  return isPlainObject(root) && 'asyncapi' in root;
}

/** `schemas/money.schema.json` -> `Money`. */
function fileBaseName(id: string): string {
  const name = basename(id.replace(/[?#].*$/, ''))
    .replace(/\.(ya?ml|json)$/i, '')
    .replace(/\.schema$/i, '');
  return pascalCase(name);
}
