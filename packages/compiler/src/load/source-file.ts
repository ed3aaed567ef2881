import { Kind, parseWithPointers, type YAMLNode } from '@stoplight/yaml';
import { findJsonSyntaxError } from '../diagnostics/json-syntax.js';
import { pointerToSegments } from './json-pointer.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  col: number;
}

/** A syntax problem found while reading a file, before any AsyncAPI rule runs. */
export interface SyntaxProblem {
  offset: number;
  message: string;
  /** Set for a problem that is not a YAML/JSON syntax error; the message is then complete. */
  code?: 'unsupported-key';
}

/**
 * One document of the source graph: its exact text, the plain JSON value, and the syntax tree
 * with offsets, so any JSON pointer into the file becomes a line and column.
 *
 * Parsed with `@stoplight/yaml`, the parser the AsyncAPI parser itself uses (same options), so
 * both read a file the same way; it also costs about a third of the CPU time of the `yaml`
 * package on a 13k-line contract. JSON is parsed as YAML too, after a strict JSON syntax check.
 */
export interface SourceFile {
  /** Absolute path, or the URL of a remote document. */
  id: string;
  /** The text as read, without a leading byte order mark (see `withoutByteOrderMark`). */
  text: string;
  value: unknown;
  problems: SyntaxProblem[];
  /** 1-based line and column of a character offset. */
  position(offset: number): Position;
  /** Where the value at `pointer` is written: its key (default) or its value; the deepest existing part. */
  locate(pointer: string, part?: 'key' | 'value'): Position;
}

export function createSourceFile(id: string, read: string): SourceFile {
  const text = withoutByteOrderMark(read);
  const lineStarts = computeLineStarts(text);
  const position = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - lineStarts[low]! + 1 };
  };
  const { ast, value, problems } = parse(id, text, lineStarts);
  return {
    id,
    text,
    value,
    problems,
    position,
    locate(pointer, part = 'key') {
      const found = findNode(ast, pointerToSegments(pointer));
      const node = part === 'key' ? (found.key ?? found.value) : (found.value ?? found.key);
      return position(node?.startPosition ?? 0);
    },
  };
}

function parse(
  id: string,
  text: string,
  lineStarts: readonly number[],
): { ast: YAMLNode | undefined; value: unknown; problems: SyntaxProblem[] } {
  if (/\.json$/i.test(id)) {
    const jsonError = findJsonSyntaxError(text);
    if (jsonError) return { ast: undefined, value: undefined, problems: [jsonError] };
  }
  let result: ReturnType<typeof parseWithPointers>;
  try {
    result = parseWithPointers(text, { ignoreDuplicateKeys: false, mergeKeys: true, attachComments: false });
  } catch (error) {
    // The YAML library throws on a few malformed tagged values (e.g. `!!binary 1`).
    const message = error instanceof Error ? error.message : String(error);
    return { ast: undefined, value: undefined, problems: [{ offset: 0, message }] };
  }
  const errors = result.diagnostics.filter((d) => d.severity === 0);
  // After the first real syntax error the library reports follow-on noise; duplicate keys are
  // independent findings and are all kept.
  const first = errors.find((d) => d.message !== 'duplicate key');
  const kept = errors.filter((d) => d.message === 'duplicate key' || d === first);
  const problems = kept.map((d) => ({
    offset: (lineStarts[d.range.start.line] ?? 0) + d.range.start.character,
    message:
      d.message === 'duplicate key' ? `duplicate key "${d.path?.[d.path.length - 1] ?? ''}"` : d.message,
  }));
  // With only duplicate keys the value is still whole (the last key wins), so its `$ref`s are
  // followed and problems in other files are reported in the same run.
  const whole = kept.every((d) => d.message === 'duplicate key');
  // The walk costs about 5% of the parse on a large document; the text rules it out at once.
  if (text.includes('__proto__')) problems.push(...prototypeKeys(result.ast));
  return { ast: result.ast, value: whole ? result.data : undefined, problems };
}

/**
 * Keys named `__proto__`. The YAML reader (ours and the AsyncAPI parser's) assigns them, which
 * replaces the object's prototype instead of adding a property: the key vanishes from the value
 * and the parser crashes on the result (a TypeError from deep inside it). Refused where written.
 */
function prototypeKeys(root: YAMLNode | undefined): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  const visit = (node: YAMLNode | null | undefined): void => {
    if (node?.kind === Kind.MAP) {
      for (const mapping of node.mappings) {
        if (mapping.key.value === '__proto__') {
          found.push({
            offset: mapping.key.startPosition,
            code: 'unsupported-key',
            message:
              'key "__proto__": expected any other name, found the one key JavaScript objects cannot hold (reading it replaces the object\'s prototype); rename it, or match it with patternProperties "^__proto__$" in a schema',
          });
        }
        visit(mapping.value);
      }
    } else if (node?.kind === Kind.SEQ) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return found;
}

/**
 * Windows editors start UTF-8 files with U+FEFF. It is not part of the document: the YAML parser
 * drops it before counting the offsets it hands out (every column would be one off), JSON
 * forbids it, and no editor counts it as a column. It is dropped once, here, so that positions,
 * the JSON check and the text the AsyncAPI parser reads all agree.
 */
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

interface FoundNode {
  key?: YAMLNode;
  value?: YAMLNode;
}

/** Walks the syntax tree along `segments`; stops at the deepest node that exists. */
function findNode(root: YAMLNode | undefined, segments: readonly string[]): FoundNode {
  let found: FoundNode = { value: root };
  for (const segment of segments) {
    let node = found.value;
    while (node?.kind === Kind.ANCHOR_REF) node = node.value ?? undefined;
    let next: FoundNode | undefined;
    if (node?.kind === Kind.MAP) {
      const mapping = node.mappings.find((m) => m.key.value === segment);
      if (mapping) next = { key: mapping.key, value: mapping.value ?? mapping.key };
    } else if (node?.kind === Kind.SEQ && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)];
      if (item) next = { value: item };
    }
    if (!next) break;
    found = next;
  }
  return found;
}
