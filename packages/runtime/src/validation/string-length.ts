/**
 * Length of a string in Unicode code points, which is what JSON Schema's `minLength` and
 * `maxLength` count: a surrogate pair (an emoji, most CJK extension characters) is one character,
 * an unpaired surrogate is one character too. Generated validators call it as `ucs2length`.
 *
 * @example
 * codePointLength('ab'); // 2
 * codePointLength('a\u{1F600}'); // 2, although 'a\u{1F600}'.length is 3
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point: skip the low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
