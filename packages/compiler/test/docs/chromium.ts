import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Debian's Chromium, installed by scripts/test.sh; no tool may download a browser.
const CHROMIUM = '/usr/bin/chromium';

/** Headless Debian Chromium with the flags this machine needs; a clear error when it is missing. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
