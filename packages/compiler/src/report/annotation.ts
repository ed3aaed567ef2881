/** A located finding of `diff` or `lint`, in the shape CI formats (GitHub, SARIF) need. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  rule: string;
  message: string;
  file: string;
  line: number;
  col: number;
  /** Short title, e.g. the event id. */
  title?: string;
}
