/** Which letters of a header pattern must match upper case as themselves (header-patterns.ts). */
import { expect, it } from 'vitest';
import { lowerCasedPattern, upperCaseLetters } from '../../src/ir/build/header-patterns.js';
import { runTable } from '../helpers/table.js';

const fixed = (pattern: string) => {
  const at = upperCaseLetters(pattern);
  return at.length === 0 ? '(none)' : lowerCasedPattern(pattern, at);
};

runTable(
  'upper-case letters of a header pattern, written in lower case',
  [
    { name: 'literal letters', given: '^X-Trace-Id$', want: '^x-trace-id$' },
    { name: 'already lower case', given: '^x-trace-id$', want: '(none)' },
    { name: 'escapes keep their case', given: '^X-\\S+\\W\\D\\B$', want: '^x-\\S+\\W\\D\\B$' },
    { name: 'property escapes and code points', given: '^\\p{Lu}\\u{41}A$', want: '^\\p{Lu}\\u{41}a$' },
    { name: 'character classes are left alone', given: '^x-[A-Z]+$', want: '(none)' },
    { name: 'an escaped bracket does not open a class', given: '^\\[A$', want: '^\\[a$' },
    {
      name: 'group names are not letters to match',
      given: '^(?<Name>[a-z]+)-X$',
      want: '^(?<Name>[a-z]+)-x$',
    },
    { name: 'lookbehind is a group, not a name', given: '(?<=X)-y', want: '(?<=x)-y' },
    { name: 'an unreadable end stops the scan', given: '^A\\p{Lu', want: '^a\\p{Lu' },
    { name: 'letters after an astral character', given: '😀X', want: '😀x' },
  ],
  fixed,
);

it('finds nothing in a pattern without letters', () => {
  expect(upperCaseLetters('^[0-9]+$')).toEqual([]);
});
