import type { TypeText } from '../schema-text.js';

/** Escapes Markdown syntax in author text so it stays text; newlines become spaces (for tables). */
export function mdInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Author text as a paragraph: Markdown kept (descriptions are CommonMark in AsyncAPI), raw HTML escaped. */
export function mdBlock(text: string): string {
  return text.replace(/</g, '&lt;').trim();
}

/** Inline code that survives any backticks inside. */
export function mdCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run in `text`. */
export function mdFence(lang: string, text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${lang}`, text, fence];
}

export function mdType(type: TypeText, anchor: (name: string) => string): string {
  return type
    .map((t) => (typeof t === 'string' ? mdInline(t) : `[${mdInline(t.ref)}](#${anchor(t.ref)})`))
    .join('');
}

export function mdTable(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}
