/**
 * A tagged template for HTML that escapes every interpolation unless it is marked safe, so an
 * author's summary or example can never open a tag (the idea of ajv's `_` / `str` codegen).
 *
 * @example
 * const title = '<script>';
 * html`<h1>${title}</h1>`.value; // '<h1>&lt;script&gt;</h1>'
 * html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`; // fragments nest unescaped
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text (escaped), numbers, fragments, lists of them; nothing else. */
export type HtmlValue = string | number | SafeHtml | undefined | false | null | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for quoted attribute values (and anywhere else). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escapes text for element content: quotes are harmless there, and JSON examples are full of them. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

const ATTRIBUTE_VALUE_START = /=["']$/;

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  // Inside a tag when the template's own markup last opened one: only the template's static
  // text can open or close tags, since every value is escaped.
  let inTag = opensTag(strings[0]!, false);
  values.forEach((value, i) => {
    // A fragment of a tag (` data-x="${v}"`, spliced into one later) opens no tag of its own: an
    // interpolation right after `="` is an attribute value all the same.
    const inAttribute = inTag || ATTRIBUTE_VALUE_START.test(strings[i]!);
    out += render(value, inAttribute ? escapeHtml : escapeText) + strings[i + 1]!;
    inTag = opensTag(strings[i + 1]!, inTag);
  });
  return new SafeHtml(out);
}

function opensTag(markup: string, before: boolean): boolean {
  const open = markup.lastIndexOf('<');
  const close = markup.lastIndexOf('>');
  return open === close ? before : open > close;
}

/**
 * Marks markup the page itself wrote (inline CSS and JS, never author text) as safe. Every use is
 * a place to check by eye: nothing an author wrote may reach it.
 */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue, escapeFn: (text: string) => string): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v) => render(v, escapeFn)).join('');
  return escapeFn(String(value));
}

/**
 * JSON inside `<script type="application/json">`: `<` is written `\u003c` so no `</script>` (or
 * `<!--`) inside an author's string can end the element early.
 */
export function jsonScript(id: string, value: unknown): SafeHtml {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return html`<script type="application/json" id="${id}">${trusted(json)}</script>`;
}
