/** A problem found in a contract. Problems are data; only the CLI decides to print or exit. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case code, e.g. `yaml-syntax`, `ref-not-found`, `duplicate-event`. */
  code: string;
  message: string;
  /** File as given to the user (relative to cwd when possible). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  /** JSON pointer inside `file`, when known. */
  pointer?: string;
}

/** `file:line:col severity code message`, the format every editor and CI log understands. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Sorted by file, line, col, severity, code, message; exact duplicates removed. */
export function normalizeDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const key = formatDiagnostic(d);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      severityRank[a.severity] - severityRank[b.severity] ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
