import { fileURLToPath } from 'node:url';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { childPointer, isPlainObject, segmentsToPointer } from './json-pointer.js';
import type { ParserFinding } from './parser-finding.js';
import type { RawLocation, SourceGraph } from './source-graph.js';

const severities: Severity[] = ['error', 'warning', 'info', 'hint'];

/** Parser rule codes renamed to say what they mean; every other code is kept as the parser spells it. */
const renamedCodes: Record<string, string> = {
  'asyncapi-document-resolved': 'asyncapi-invalid',
  'asyncapi-document-unresolved': 'asyncapi-invalid',
  'invalid-ref': 'ref-not-found',
  parser: 'yaml-syntax',
  'uncaught-error': 'parser-crash',
};

/**
 * Rules whose findings are dropped: 3.0 is a supported input, not an outdated one, and unknown
 * schema formats are reported by the compiler itself as errors (`unsupported-schema-format`),
 * where the parser only warns in 2.x and says nothing in 3.x.
 */
const droppedCodes = new Set(['asyncapi-latest-version']);
const droppedMessage = /^No schema parser registered for/;

/**
 * ajv's summary of a failed combinator, reported next to the specific error that caused it (the
 * example rules add "None of the schemas matched, see the other errors reported for this value").
 */
const combinatorSummary =
  /must match (?:"(?:then|else)" schema|exactly one schema in oneOf|a schema in anyOf)(?:\. .*)?$/s;

/** A discriminator refused: the alternative that checked it was written for other values. */
const discriminatorRefused = /must be equal to (?:constant|one of the allowed values)$/;

/**
 * Parser findings as compiler diagnostics: `file:line:col` in the file where the problem is
 * written (the parser's own position when it has one, otherwise its path walked through the
 * source graph), what was found appended when it is a plain value, and summaries of failed
 * `if`/`oneOf`/`anyOf` dropped when a more specific error lies underneath.
 */
export function mapParserDiagnostics(found: readonly ParserFinding[], graph: SourceGraph): Diagnostic[] {
  const kept = found.filter((d) => !droppedCodes.has(String(d.code)) && !droppedMessage.test(d.message));
  const specific = kept.filter(
    (d) => !isSummaryWithDetail(d, kept) && !isCascade(d, kept) && !isOtherAlternative(d, kept),
  );
  const rooted = specific.some((d) => d.severity === 0 && !isMisplaced(d, graph))
    ? specific.filter((d) => !isMisplaced(d, graph))
    : specific;
  return withoutRepeats(rooted.map((d) => toDiagnostic(d, graph)));
}

const NOT_EXPECTED = /^Property "(.+)" is not expected to be here$/s;

/**
 * "Property P is not expected to be here" about an object that has no property P: a branch of a
 * `oneOf` reached through a `$ref` (the parser then reports the branch's error at the referenced
 * schema, far from the cause). Dropped when a real error remains to be reported.
 */
function isMisplaced(d: ParserFinding, graph: SourceGraph): boolean {
  const property = NOT_EXPECTED.exec(d.message)?.[1];
  if (property === undefined || !SCHEMA_VALIDATION.has(String(d.code))) return false;
  const value = graph.value(walkDereferencedPath(graph, d.path.map(String)));
  return isPlainObject(value) && !Object.hasOwn(value, property);
}

/** The parser's schema validation of the document: what ajv says about the AsyncAPI schema. */
const SCHEMA_VALIDATION = new Set(['asyncapi-document-resolved', 'asyncapi-document-unresolved']);

/**
 * A schema-validation error that only follows from a deeper one. When one field fails, every
 * branch of the `oneOf`s above it fails too (a message is also tried as `{oneOf: [...]}`, a schema
 * as a reference, ...), and each branch adds errors about the enclosing objects ("must have
 * required property oneOf", "property examples is not expected"). Those sit on the failing
 * field's ancestors; the deepest error is the root cause. So an error is dropped when another
 * error lies strictly below it.
 */
function isCascade(d: ParserFinding, all: readonly ParserFinding[]): boolean {
  if (!SCHEMA_VALIDATION.has(String(d.code)) || d.severity !== 0 || d.path.length === 0) return false;
  const path = d.path.map(String);
  return all.some(
    (other) =>
      other !== d &&
      other.severity === 0 &&
      other.path.length > path.length &&
      path.every((segment, i) => String(other.path[i]) === segment),
  );
}

/**
 * One finding per place and meaning: the parser's schema validation and one of its rules often
 * say the same thing at the same spot, sometimes in fewer words (`"required" property type must
 * be array` and `must be array`). The rule's own code is the more specific one; the longer
 * message, which names the property, is kept with it.
 */
function withoutRepeats(list: Diagnostic[]): Diagnostic[] {
  const place = (d: Diagnostic) => JSON.stringify([d.file, d.line, d.col, d.severity]);
  const byPlace = new Map<string, Diagnostic[]>();
  const kept: Diagnostic[] = [];
  for (const d of list) {
    const here = byPlace.get(place(d)) ?? [];
    const held = here.find((h) => h.message.endsWith(d.message) || d.message.endsWith(h.message));
    if (!held) {
      here.push(d);
      byPlace.set(place(d), here);
      kept.push(d);
      continue;
    }
    if (held.code === 'asyncapi-invalid') held.code = d.code;
    if (d.message.length > held.message.length) held.message = d.message;
  }
  return kept;
}

/**
 * A value that matches none of a `oneOf`'s alternatives gets an error from each: the first is
 * usually its discriminator (`"type" property must be equal to constant` for a value whose type
 * is another alternative's). Such an error on a direct property of the value is dropped when
 * errors of another kind remain under the value: those are the ones of the alternative meant.
 */
function isOtherAlternative(d: ParserFinding, all: readonly ParserFinding[]): boolean {
  if (!discriminatorRefused.test(d.message) || d.path.length === 0) return false;
  const value = d.path.slice(0, -1).join('/');
  const under = (other: ParserFinding) => other.path.join('/').startsWith(`${value}/`);
  const failedCombinator = all.some(
    (other) => combinatorSummary.test(other.message) && other.path.join('/') === value,
  );
  return (
    failedCombinator &&
    all.some(
      (other) =>
        under(other) && !discriminatorRefused.test(other.message) && !combinatorSummary.test(other.message),
    )
  );
}

function isSummaryWithDetail(d: ParserFinding, all: readonly ParserFinding[]): boolean {
  if (!combinatorSummary.test(d.message)) return false;
  const prefix = d.path.join('/');
  return all.some(
    (other) =>
      other !== d && other.path.length > d.path.length && other.path.join('/').startsWith(`${prefix}/`),
  );
}

/** How the parser words an exception thrown inside it (`uncaught-error`), stack trace included. */
const PARSER_CRASH =
  /^Error thrown during AsyncAPI document validation\. Name: (.*?), message: (.*?), stack: /s;

/**
 * A crash of the parser is not a finding about the document: it is said so, in one line, with the
 * error's name and message but not its stack (dozens of lines inside the parser's dependencies).
 */
function crashMessage(message: string): string {
  const crash = PARSER_CRASH.exec(message);
  if (!crash) return message;
  return `the AsyncAPI parser failed while validating this document (${crash[1]}: ${crash[2]}): an error inside @asyncapi/parser, not a finding about the document; no problem of it can be located`;
}

function toDiagnostic(d: ParserFinding, graph: SourceGraph): Diagnostic {
  const severity = severities[d.severity] ?? 'error';
  const code = renamedCodes[String(d.code)] ?? String(d.code);
  if (code === 'parser-crash') d = { ...d, message: crashMessage(d.message) };
  const path = d.path.map(String);
  const walked = walkDereferencedPath(graph, path);
  const sourceId = d.source === undefined ? undefined : knownDocument(graph, d.source);
  const hasRange = d.range.start.line > 0 || d.range.start.character > 0 || d.range.end.line > 0;
  let diagnostic: Diagnostic;
  let loc: RawLocation | undefined = walked;
  if (sourceId !== undefined && hasRange) {
    const direct = { file: sourceId, pointer: segmentsToPointer(path) };
    loc = graph.value(direct) !== undefined ? direct : walked.file === sourceId ? walked : undefined;
    diagnostic = {
      severity,
      code,
      message: d.message,
      file: graph.paths.forDiagnostic(sourceId),
      line: d.range.start.line + 1,
      col: d.range.start.character + 1,
      ...(loc ? { pointer: loc.pointer } : {}),
    };
  } else {
    diagnostic = graph.diagnostic(walked, severity, code, d.message, 'value');
  }
  const value = loc && loc.pointer !== '' ? graph.value(loc) : undefined;
  if (loc && typeof value === 'object' && value !== null) {
    // For a mapping or list the parser points after the key's colon; its key reads better.
    const { line, col } = graph.file(loc.file).locate(loc.pointer, 'key');
    diagnostic.line = line;
    diagnostic.col = col;
  }
  const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (scalar && !d.message.includes(JSON.stringify(value))) {
    diagnostic.message = `${d.message}; found ${JSON.stringify(value)}`;
  }
  return diagnostic;
}

/**
 * The parser's paths run through the dereferenced document. The same path walked through the
 * source graph, following each `$ref` on the way, lands where the value is written; it stops
 * at the deepest part that exists in the source.
 */
export function walkDereferencedPath(graph: SourceGraph, segments: readonly string[]): RawLocation {
  let loc: RawLocation = { file: graph.entry, pointer: '' };
  for (const segment of segments) {
    const here = graph.deref(loc).loc;
    const next = { file: here.file, pointer: childPointer(here.pointer, segment) };
    if (graph.value(next) === undefined) return here;
    loc = next;
  }
  return loc;
}

function knownDocument(graph: SourceGraph, source: string): string | undefined {
  const candidates = [source];
  try {
    candidates.push(decodeURIComponent(source));
    if (source.startsWith('file:')) candidates.push(fileURLToPath(source));
  } catch {
    // Not percent-encoded or not a file URL: only the source as given can match.
  }
  return candidates.find((c) => graph.files.has(c));
}
