import { generateSecret, verify } from '@hookwright/runtime/signing';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingRecipe } from '../../src/emit/docs/delivery-reference.js';
import { emitDocs } from '../../src/emit/docs/index.js';
import type { EmittedFiles } from '../../src/emit/files.js';
import { createGenerator } from '../../src/generate/generator.js';
import type { Contract } from '../../src/ir/contract.js';
import { exampleDocument, syntheticDocument } from './docs-page.js';
import { runRecipe } from './run-recipe.js';

const md = new MarkdownIt({ html: true });
const generator = createGenerator();
afterAll(() => generator.close());

/**
 * Every table row in the source has as many cells as its header (a stray `|` or newline in author
 * text would break the row), markdown-it renders exactly those rows, and every `#fragment` link
 * names an anchor the document defines.
 */
function checkMarkdown(name: string, text: string): void {
  const tokens = md.parse(text, {});
  const rowsRendered = tokens.filter((t) => t.type === 'tr_open').length;
  const lines = text.split('\n');
  let rowsInSource = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^```/.test(lines[i]!)) inFence = !inFence;
    if (inFence || !lines[i]!.startsWith('| ')) continue;
    const header = cells(lines[i - 1]?.startsWith('| ') ? headerOf(lines, i) : lines[i]!);
    expect(cells(lines[i]!), `${name}:${i + 1}: ${lines[i]}`).toBe(header);
    if (!/^\| (---|:?-+:?)( \| :?-+:?)* \|$/.test(lines[i]!)) rowsInSource++;
  }
  expect(rowsRendered, `${name}: rows markdown-it found`).toBe(rowsInSource);
  const anchors = new Set([...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
  const links: string[] = [];
  const walk = (list: typeof tokens) => {
    for (const t of list) {
      const href = String(t.attrGet('href') ?? '');
      if (t.type === 'link_open' && href.startsWith('#')) links.push(href.slice(1));
      if (t.children) walk(t.children);
    }
  };
  walk(tokens);
  expect(links.length, `${name}: internal links`).toBeGreaterThan(0);
  expect(links.filter((l) => !anchors.has(l))).toEqual([]);
}

function headerOf(lines: string[], i: number): string {
  let j = i;
  while (lines[j - 1]?.startsWith('| ')) j--;
  return lines[j]!;
}

/** Cells of a table row: `|` not escaped and not inside a code span. */
function cells(row: string): number {
  let count = 0;
  let code = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '`') {
      let n = 1;
      while (row[i + n] === '`') n++;
      if (code === 0) code = n;
      else if (code === n) code = 0;
      i += n - 1;
    } else if (row[i] === '|' && code === 0) count++;
  }
  return count;
}

describe.each([
  ['acme-shop', async () => exampleDocument],
  ['synthetic-200', () => syntheticDocument(200)],
])('Markdown for %s', (_name, document) => {
  let contract: Contract;
  let files: EmittedFiles;
  beforeAll(async () => {
    const result = await generator.generate(await document());
    contract = result.contract!;
    files = result.files!;
  });

  it('package READMEs parse with no broken table and no dangling link', () => {
    const readmes = Object.keys(files).filter((f) => f.endsWith('/README.md'));
    expect(readmes).toHaveLength(2);
    for (const path of readmes) checkMarkdown(path, files[path]!);
  });

  it('--format markdown parses with no broken table and no dangling link', () => {
    const { files: docs } = emitDocs(contract, { format: 'markdown' });
    checkMarkdown(`${contract.name}.md`, docs[`${contract.name}.md`]!);
  });

  it('every event version has its section and example', () => {
    const text = emitDocs(contract, { format: 'markdown' }).files[`${contract.name}.md`]!;
    for (const event of contract.events) expect(text).toContain(`#### \`${event.id}\``);
    expect(text.match(/^```json$/gm)).toHaveLength(contract.events.length);
  });
});

describe('checkMarkdown', () => {
  it('fails on a row that a stray pipe broke', () => {
    expect(() =>
      checkMarkdown('broken', '<a id="x"></a>\n\n[x](#x)\n\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n'),
    ).toThrow();
  });
});

describe('the curl + openssl recipe', () => {
  it('signs a request that the runtime verifier accepts', async () => {
    const secret = generateSecret();
    const body = JSON.stringify({ type: 'a.b', version: 1, data: { quote: "it's" } });
    const received = await runRecipe(signingRecipe(body).replace("secret='whsec_...'", `secret='${secret}'`));
    expect(received.body).toBe(body);
    const verified = await verify({ secret, body: received.body, headers: received.headers });
    expect(verified.id).toBe(received.headers['webhook-id']);
  });
});
