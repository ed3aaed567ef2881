import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import { isPlainObject, pointerToSegments, segmentsToPointer, valueAt } from './json-pointer.js';
import { isRemote, type PathDisplay, resolveDocumentId } from './paths.js';
import { scanRefs, splitRef } from './ref-scan.js';
import { createSourceFile, type SourceFile } from './source-file.js';
import { SourceGraph } from './source-graph.js';

export interface ReadGraphOptions {
  allowRemoteRefs: boolean;
  paths: PathDisplay;
  /** Fetches a remote document; only called when `allowRemoteRefs` is set. */
  fetchText?: (url: string) => Promise<string>;
}

export interface ReadGraphResult {
  graph: SourceGraph;
  diagnostics: Diagnostic[];
  /** Every local path the read tried, with its text, or null when it could not be read. */
  localTexts: Map<string, string | null>;
  /** True when a remote document was fetched (or tried): such a result cannot be reused unchecked. */
  readRemote: boolean;
}

interface PendingRef {
  from: string;
  pointer: string;
  ref: string;
  target: string;
  fragment: string;
}

/**
 * Reads the entry document and, transitively, every document its `$ref`s name. Problems with
 * the files themselves (missing, not YAML/JSON, a `$ref` that points nowhere, a refused remote
 * reference) are reported here with the position of the `$ref` that caused them.
 */
export async function readSourceGraph(entry: string, options: ReadGraphOptions): Promise<ReadGraphResult> {
  const files = new Map<string, SourceFile>();
  const failures = new Map<string, string>();
  const localTexts = new Map<string, string | null>();
  const diagnostics: Diagnostic[] = [];
  const pending: PendingRef[] = [];
  const graph = new SourceGraph(entry, files, options.paths);
  let readRemote = false;

  const load = async (id: string): Promise<void> => {
    if (files.has(id) || failures.has(id)) return;
    let text: string;
    readRemote ||= isRemote(id);
    try {
      text = isRemote(id) ? await (options.fetchText ?? fetchText)(id) : await readFile(id, 'utf8');
    } catch (error) {
      failures.set(id, describeReadError(error));
      if (!isRemote(id)) localTexts.set(id, null);
      return;
    }
    if (!isRemote(id)) localTexts.set(id, text);
    const file = createSourceFile(id, text);
    files.set(id, file);
    for (const problem of file.problems) {
      const { line, col } = file.position(problem.offset);
      const message =
        problem.code !== undefined || problem.message.startsWith('invalid JSON')
          ? problem.message
          : `invalid YAML: ${problem.message}; found ${snippet(file.text, problem.offset)}`;
      const display = options.paths.forDiagnostic(id);
      const code = problem.code ?? 'yaml-syntax';
      diagnostics.push({ severity: 'error', code, message, file: display, line, col });
    }
    for (const { pointer, ref } of scanRefs(file.value)) {
      const at = { file: id, pointer: `${pointer}/$ref` };
      const { documentPart, fragment } = splitRef(ref);
      if (fragment !== '' && !fragment.startsWith('/')) {
        const message = `$ref "${ref}": expected a JSON pointer fragment such as "#/components/schemas/Name", found "#${fragment}"`;
        diagnostics.push(graph.diagnostic(at, 'error', 'ref-invalid', message, 'value'));
        continue;
      }
      let target: string;
      try {
        target = documentPart === '' ? id : resolveDocumentId(id, documentPart);
      } catch {
        const message = `$ref "${ref}": expected a relative path or an http(s) URL, found an unparsable reference`;
        diagnostics.push(graph.diagnostic(at, 'error', 'ref-invalid', message, 'value'));
        continue;
      }
      if (isRemote(target) && !options.allowRemoteRefs) {
        const message = `$ref "${ref}": expected a local file, found a remote URL; remote references are refused unless allowRemoteRefs (--allow-remote-refs) is set`;
        diagnostics.push(graph.diagnostic(at, 'error', 'remote-ref-refused', message, 'value'));
        continue;
      }
      pending.push({ from: id, pointer: at.pointer, ref, target, fragment });
      await load(target);
    }
  };

  await load(entry);
  if (failures.has(entry)) {
    const message = `cannot read the entry document: expected an AsyncAPI YAML or JSON file, found ${failures.get(entry)}`;
    const file = options.paths.forDiagnostic(entry);
    return {
      graph,
      diagnostics: [{ severity: 'error', code: 'file-not-found', message, file, line: 1, col: 1 }],
      localTexts,
      readRemote,
    };
  }
  for (const ref of pending) diagnostics.push(...checkTarget(graph, ref, failures));
  return { graph, diagnostics, localTexts, readRemote };
}

function checkTarget(graph: SourceGraph, ref: PendingRef, failures: Map<string, string>): Diagnostic[] {
  const at = { file: ref.from, pointer: ref.pointer };
  const shown = graph.paths.forDiagnostic(ref.target);
  const failure = failures.get(ref.target);
  if (failure !== undefined) {
    const code = isRemote(ref.target) ? 'remote-ref-failed' : 'ref-not-found';
    const message = `$ref "${ref.ref}": expected the document ${shown}, found ${failure}`;
    return [graph.diagnostic(at, 'error', code, message, 'value')];
  }
  const file = graph.file(ref.target);
  if (file.problems.length > 0) return []; // its syntax errors are already reported
  const segments = pointerToSegments(ref.fragment);
  const found = valueAt(file.value, segments);
  if (found.found) return [];
  const parentSegments = segments.slice(0, found.missingAt);
  const parent = valueAt(file.value, parentSegments);
  const missing = segments[found.missingAt]!;
  const keys = parent.found && isPlainObject(parent.value) ? Object.keys(parent.value) : [];
  const where = parentSegments.length === 0 ? 'the document root' : segmentsToPointer(parentSegments);
  const message = `$ref "${ref.ref}": expected "${missing}" under ${where} of ${shown}, found no such key${didYouMean(missing, keys)}`;
  return [graph.diagnostic(at, 'error', 'ref-not-found', message, 'value')];
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a directory';
  if (code === 'EACCES') return 'a file it may not read';
  return error instanceof Error ? error.message : String(error);
}

/** The text at an offset, quoted and cut at the end of its line, for "found ..." messages. */
function snippet(text: string, offset: number): string {
  if (offset >= text.length) return 'end of file';
  const line = text.slice(offset).split(/\r?\n/, 1)[0]!;
  if (line.trim() === '') return 'end of line';
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}...` : line);
}
