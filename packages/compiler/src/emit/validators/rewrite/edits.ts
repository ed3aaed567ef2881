/** A replacement of `text.slice(start, end)`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Applies non-overlapping edits (in any order) to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at ${edit.start}`);
    out.push(text.slice(at, edit.start), edit.replacement);
    at = edit.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** Thrown when ajv's output has a shape a rewrite step does not know: the step is then not applied. */
export class UnexpectedCodeError extends Error {
  override name = 'UnexpectedCodeError';
}
