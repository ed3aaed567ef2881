/**
 * The HTML page's "Send a test event" panel for payload-mode contracts signs with the contract's
 * own scheme (GitHub's hex HMAC of the body, Stripe's t/v1 over `{t}.{body}`) and adds the headers
 * that name the event: the runtime's receiver for the contract verifies and identifies what the
 * page produced, in real Chromium.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitDocs } from '../../src/emit/docs/index.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { identify, loadWireExample, WIRE_EXAMPLES } from '../helpers/wire-examples.js';
import { launchChromium } from './chromium.js';

const loader = new ContractLoader();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await loader.close();
});

/** The body and headers the panel shows. */
async function signed(page: Page): Promise<{ body: string; headers: Record<string, string> }> {
  const lines = (await page.textContent('#te-headers'))!.split('\n');
  return {
    body: (await page.textContent('#te-body'))!,
    headers: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)])),
  };
}

describe.each(WIRE_EXAMPLES)('$name test panel', ({ name, secret, header }) => {
  it('signs every event so that the contract’s receiver verifies and identifies it, sending nothing', async () => {
    const contract = await loadWireExample(loader, name);
    const dir = await mkdtemp(join(tmpdir(), 'hookwright-panel-'));
    await writeFile(join(dir, 'index.html'), emitDocs(contract).files['index.html']!);
    const url = pathToFileURL(join(dir, 'index.html')).href;
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const ids = await page.$$eval('#te-event option', (options) => options.map((o) => o.textContent!));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      await page.selectOption('#te-event', id);
      await page.fill('#te-secret', secret);
      await page.click('#te-form button[type=submit]');
      await page.waitForSelector('#te-out:not([hidden]), #te-error:not(:empty)');
      expect(await page.textContent('#te-error'), id).toBe('');
      const { body, headers } = await signed(page);
      expect(await identify(contract, body, headers, secret), id).toBe(id);
      if (header) expect(headers[header]).toMatch(/^[0-9a-f]{24}$/);
      expect(Object.keys(headers).some((h) => h.startsWith('webhook-'))).toBe(false);
      const curl = (await page.textContent('#te-curl'))!;
      for (const [k, v] of Object.entries(headers)) expect(curl).toContain(`-H '${k}: ${v}'`);
      // The panel's next answer must be a new one, not the last one still shown.
      await page.evaluate(() => {
        document.querySelector('#te-out')!.setAttribute('hidden', '');
      });
    }
    // A signature made with another secret does not verify.
    await page.fill('#te-secret', `${secret}-other`);
    await page.click('#te-form button[type=submit]');
    await page.waitForSelector('#te-out:not([hidden])');
    const { body, headers } = await signed(page);
    await expect(identify(contract, body, headers, secret)).rejects.toThrow();
    expect(errors).toEqual([]);
    expect(requests.filter((r) => r !== url)).toEqual([]);
    await page.close();
  });
});
