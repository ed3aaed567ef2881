import type { SourceTexts } from './asyncapi-validator.js';
import type { ParserFinding } from './parser-finding.js';

/** Main thread -> validation worker: validate `entry`, reading `$ref` targets from `texts`. */
export interface ValidateRequest {
  id: number;
  entry: string;
  texts: SourceTexts;
}

/** Validation worker -> main thread: the findings, or why the parser itself failed. */
export type ValidateReply =
  | { id: number; ok: true; findings: ParserFinding[]; finishedAt: number }
  | { id: number; ok: false; message: string; stack?: string };
