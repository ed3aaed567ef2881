import type { Annotation } from './annotation.js';

/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`): each becomes an
 * annotation on the pull request's diff. Values are escaped as the runner expects.
 *
 * @example
 * formatGithub([{ level: 'error', rule: 'required-added', message: 'm', file: 'a.yaml', line: 3, col: 5 }]);
 * // '::error file=a.yaml,line=3,col=5,title=required-added::m\n'
 */
export function formatGithub(annotations: readonly Annotation[]): string {
  return annotations
    .map((a) => {
      const title = a.title ? `${a.title}: ${a.rule}` : a.rule;
      const props = `file=${property(a.file)},line=${a.line},col=${a.col},title=${property(title)}`;
      return `::${a.level} ${props}::${data(a.message)}\n`;
    })
    .join('');
}

function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
