import type { Diagnostic as ParserDiagnostic } from '@asyncapi/parser';

/**
 * One finding of `@asyncapi/parser`, reduced to the fields the compiler reads: plain data that
 * does not hold on to the parser's document.
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
