import type { Diagnostic as ParserDiagnostic } from '@asyncapi/parser';

/**
 * One finding of `@asyncapi/parser`, reduced to the fields the compiler reads. Plain data, so it
 * crosses the worker-thread boundary by structured clone exactly as it was produced.
 */
export interface ParserFinding {
  code: string | number;
  message: string;
  /** Path through the parser's dereferenced document. */
  path: (string | number)[];
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  /** The document the range is in, as the parser names it (a path or URL). */
  source?: string;
  /** 0-based, as the parser reports it. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What one validation run produced and when it finished (epoch ms, comparable across threads). */
export interface ValidationOutcome {
  findings: ParserFinding[];
  finishedAt: number;
}

export function toParserFinding(d: ParserDiagnostic): ParserFinding {
  const { start, end } = d.range;
  return {
    code: d.code,
    message: d.message,
    path: [...d.path],
    severity: d.severity,
    ...(d.source === undefined ? {} : { source: d.source }),
    range: {
      start: { line: start.line, character: start.character },
      end: { line: end.line, character: end.character },
    },
  };
}

/** `performance.now()` of each thread counts from that thread's own start; this does not. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
