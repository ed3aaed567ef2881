import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
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
}

/**
 * One document of the source graph: its exact text, the plain JSON value, and the YAML syntax
 * tree with offsets, so any JSON pointer into the file can be turned into a line and column.
 * JSON is parsed by the same YAML parser (JSON is YAML 1.2 flow syntax), after a strict JSON
 * syntax check, so both formats share one position model.
 */
export interface SourceFile {
  /** Absolute path, or the URL of a remote document. */
  id: string;
  text: string;
  value: unknown;
  problems: SyntaxProblem[];
  /** 1-based line and column of a character offset. */
  position(offset: number): Position;
  locate(pointer: string, part?: 'key' | 'value'): Position;
}

export function createSourceFile(id: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: SyntaxProblem[] = doc.errors.map((e) => ({ offset: e.pos[0], message: e.message }));
  if (problems.length === 0 && /\.json$/i.test(id)) {
    const jsonError = findJsonSyntaxError(text);
    if (jsonError) problems.push({ offset: jsonError.offset, message: jsonError.message });
  }
  const value = problems.length === 0 ? doc.toJS({ maxAliasCount: 1000 }) : undefined;
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  return {
    id,
    text,
    value,
    problems,
    position,
    locate(pointer, part = 'key') {
      const found = findNode(doc.contents as Node | null, pointerToSegments(pointer), doc);
      const node = part === 'key' ? (found.key ?? found.value) : (found.value ?? found.key);
      return position(node?.range?.[0] ?? 0);
    },
  };
}

interface FoundNode {
  key?: Node;
  value?: Node;
}

/** Walks the syntax tree along `segments`; stops at the deepest node that exists. */
function findNode(root: Node | null, segments: readonly string[], doc: { contents: unknown }): FoundNode {
  let found: FoundNode = { value: root ?? undefined };
  for (const segment of segments) {
    let node = found.value;
    if (node && isAlias(node)) node = node.resolve(doc as never) ?? node;
    let next: FoundNode | undefined;
    if (node && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (pair) next = { key: pair.key as Node, value: (pair.value as Node | null) ?? (pair.key as Node) };
    } else if (node && isSeq(node) && /^\d+$/.test(segment)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item) next = { value: item };
    }
    if (!next) break;
    found = next;
  }
  return found;
}
