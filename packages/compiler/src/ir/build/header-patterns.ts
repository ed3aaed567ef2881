import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { childPointer, isPlainObject } from '../../load/json-pointer.js';
import type { SourceGraph } from '../../load/source-graph.js';
import { headerSchemaParts } from './header-values.js';
import type { WrittenField } from './message-view.js';

/**
 * `patternProperties` of a headers schema that can never match a header: HTTP header names are
 * case-insensitive and arrive lower-cased (Node and `fetch` lower-case them; the receiver gives
 * declared names the schema's spelling and leaves the others as they came), so a pattern with an upper-case letter, such as
 * `^X-Trace-`, never sees a name it matches and its schema is never applied. A warning at each such
 * pattern, once per place however many events share the schema.
 */
export function headerPatternWarnings(headers: WrittenField, graph: SourceGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const part of headerSchemaParts(headers.loc, graph)) {
    const at = { file: part.file, pointer: childPointer(part.pointer, 'patternProperties') };
    const patterns = graph.value(at);
    if (!isPlainObject(patterns)) continue;
    for (const pattern of Object.keys(patterns)) {
      const letters = upperCaseLetters(pattern);
      if (letters.length === 0) continue;
      const found = pattern[letters[0]!];
      const message = `header pattern ${JSON.stringify(pattern)}: expected lower-case letters, found "${found}"; header names arrive lower-cased, so this pattern never matches one and its schema is never applied; write ${JSON.stringify(lowerCasedPattern(pattern, letters))}`;
      const loc = { file: part.file, pointer: childPointer(at.pointer, pattern) };
      out.push(graph.diagnostic(loc, 'warning', 'header-pattern-case', message));
    }
  }
  return out;
}

/**
 * Where a pattern has ASCII upper-case letters that must match as themselves: not in an escape
 * (`\S`, `\p{Lu}`, `\u{41}`), not inside a character class (`[A-Za-z]` may well allow lower case
 * too), not in a group's name (`(?<Name>`). Stops at a pattern it cannot read to the end.
 */
export function upperCaseLetters(pattern: string): number[] {
  const found: number[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[++i];
      if ((next === 'p' || next === 'P' || next === 'u') && pattern[i + 1] === '{') {
        i = pattern.indexOf('}', i);
        if (i === -1) break;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(' && /^\?<(?![=!])/.test(pattern.slice(i + 1, i + 4))) {
      i = pattern.indexOf('>', i);
      if (i === -1) break;
    } else if (c >= 'A' && c <= 'Z') {
      found.push(i);
    }
  }
  return found;
}

/** `pattern` with the letters `upperCaseLetters` found in lower case. */
export function lowerCasedPattern(pattern: string, at: readonly number[]): string {
  const units = pattern.split(''); // UTF-16 units, as the indexes count; join puts pairs back together
  for (const i of at) units[i] = pattern[i]!.toLowerCase();
  return units.join('');
}
