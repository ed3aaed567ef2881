import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSecret, verify } from '@hookwright/runtime/signing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitDocs } from '../../src/emit/docs/index.js';
import { launchChromium } from './chromium.js';
import { exampleDocument, loadContract } from './docs-page.js';

const artifacts = new URL('./artifacts/', import.meta.url).pathname;

describe('HTML event catalog in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hookwright-docs-browser-'));
    const { files } = emitDocs(await loadContract(exampleDocument));
    await writeFile(join(dir, 'index.html'), files['index.html']!);
    url = pathToFileURL(join(dir, 'index.html')).href;
    await mkdir(artifacts, { recursive: true });
    browser = await launchChromium();
    const context = await browser.newContext({
      colorScheme: 'light',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no request but the page itself', async () => {
    await page.waitForLoadState('load');
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((r) => r !== url)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'light.png'), fullPage: false });
  });

  it('shows every example indented like JSON.stringify(value, null, 2), with its buttons', async () => {
    const examples = await page.$$eval('pre.ex', (pres) =>
      pres.map((p) => ({
        text: p.textContent!,
        buttons: p.parentElement!.querySelectorAll('button').length,
      })),
    );
    expect(examples.length).toBeGreaterThan(10);
    for (const { text, buttons } of examples) {
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
      expect(buttons).toBe(2);
    }
  });

  it('resolves every internal link', async () => {
    const missing = await page.$$eval('a[href^="#"]', (links) =>
      links.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
    );
    expect(missing).toEqual([]);
  });

  it('lands each anchor on its section', async () => {
    const ids = await page.$$eval('main [id]', (els) =>
      els.filter((e) => e.matches('.t, .v, .schema')).map((e) => e.id),
    );
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      await page.goto(`${url}#${id}`);
      const where = await page.evaluate((target) => {
        const el = document.getElementById(target)!;
        const top = el.getBoundingClientRect().top;
        const header = document.querySelector('header')!.getBoundingClientRect().bottom;
        const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        return { top, header, atBottom, hash: location.hash };
      }, id);
      expect(where.hash).toBe(`#${id}`);
      // Just below the sticky header, unless the page cannot scroll that far.
      if (!where.atBottom) {
        expect(where.top, id).toBeGreaterThanOrEqual(where.header - 1);
        expect(where.top, id).toBeLessThan(where.header + 80);
      } else expect(where.top, id).toBeLessThan(900);
    }
    await page.goto(`${url}#order-created`);
    await page.screenshot({ path: join(artifacts, 'event-versions.png') });
    await page.goto(url);
  });

  it('focuses search with / and narrows the list as you type', async () => {
    const visible = () => page.$$eval('.t', (s) => s.filter((e) => !(e as HTMLElement).hidden).length);
    const visibleNav = () =>
      page.$$eval('nav [data-group] li', (s) => s.filter((e) => !(e as HTMLElement).hidden).length);
    const all = await visible();
    await page.click('main h2');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('refund');
    const refunds = await visible();
    expect(refunds).toBeGreaterThanOrEqual(2);
    expect(refunds).toBeLessThan(all);
    expect(await visibleNav()).toBe(refunds);
    expect(await page.textContent('#search-status')).toBe(`${refunds} of ${all} event types match`);
    await page.screenshot({ path: join(artifacts, 'searched.png') });
    await page.fill('#search', 'shipment delivered');
    expect(
      await page.$$eval('.t', (s) => s.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id)),
    ).toEqual(['shipment-delivered']);
    await page.fill('#search', 'zzzz-nothing');
    expect(await visible()).toBe(0);
    await page.fill('#search', '');
    expect(await visible()).toBe(all);
  });

  it('signs a test event that the runtime verifier accepts, and sends nothing', async () => {
    const secret = generateSecret();
    const before = requests.length;
    await page.selectOption('#te-event', 'order.created@2');
    await page.fill('#te-secret', secret);
    await page.fill('#te-url', 'https://example.com/hooks');
    await page.click('#te-form button[type=submit]');
    await page.waitForSelector('#te-out:not([hidden])');
    const headerText = (await page.textContent('#te-headers'))!;
    const body = (await page.textContent('#te-body'))!;
    const headers = Object.fromEntries(
      headerText.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
    );
    const verified = await verify({ secret, body, headers });
    expect(verified.id).toBe(headers['webhook-id']);
    const envelope = JSON.parse(body);
    expect(envelope).toMatchObject({ type: 'order.created', version: 2 });
    const curl = (await page.textContent('#te-curl'))!;
    expect(curl).toContain(`-H 'webhook-signature: ${headers['webhook-signature']}'`);
    expect(curl).toContain("curl -sS -X POST 'https://example.com/hooks'");
    expect(requests.length).toBe(before);
    // A wrong secret is refused in the page, not sent anywhere.
    await page.fill('#te-secret', 'not-a-secret');
    await page.click('#te-form button[type=submit]');
    expect(await page.textContent('#te-error')).toContain('whsec_');
  });

  it('labels every control and marks the landmarks', async () => {
    const unlabelled = await page.$$eval('input, select, button', (els) =>
      els
        .filter((e) => {
          const labels = (e as HTMLInputElement).labels;
          return !(labels && labels.length > 0) && !e.textContent?.trim() && !e.getAttribute('aria-label');
        })
        .map((e) => e.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    for (const landmark of ['header', 'nav', 'main']) expect(await page.locator(landmark).count()).toBe(1);
  });

  it('prints the events without navigation, search or the test panel', async () => {
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).display !== 'none');
    expect(await shown('nav')).toBe(false);
    expect(await shown('header')).toBe(false);
    expect(await shown('#test-event')).toBe(false);
    expect(await shown('#order-created-v2')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('switches the theme', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    expect(await page.getAttribute('#theme', 'aria-pressed')).toBe('false');
    await page.click('#theme');
    expect(await page.getAttribute('#theme', 'aria-pressed')).toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, 'dark.png') });
    await page.click('#theme');
    expect(await background()).toBe(light);
  });
});
