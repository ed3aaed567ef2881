import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../src/emit/docs/index.js';
import { exampleDocument, loadContract, syntheticDocument } from './docs-page.js';

describe('docs golden output', () => {
  it('matches the committed catalog and Markdown of the example contract', async () => {
    const contract = await loadContract(exampleDocument);
    const html = emitDocs(contract);
    const markdown = emitDocs(contract, { format: 'markdown' });
    expect([...html.diagnostics, ...markdown.diagnostics]).toEqual([]);
    await expect(html.files['index.html']).toMatchFileSnapshot('__golden__/acme-shop/index.html');
    await expect(markdown.files['acme-shop.md']).toMatchFileSnapshot('__golden__/acme-shop/acme-shop.md');
  });

  it('keeps the 200-event catalog within 300 KB, the same bytes on every run', async () => {
    const contract = await loadContract(await syntheticDocument(200));
    const page = emitDocs(contract).files['index.html']!;
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(300_000);
    expect(emitDocs(contract).files['index.html']).toBe(page);
  });
});
