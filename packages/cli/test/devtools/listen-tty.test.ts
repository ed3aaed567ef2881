/**
 * listen's terminal output, seen through a real pseudo-terminal: the built CLI runs in a tmux pane
 * (its own tmux server, on a socket named for this process), requests arrive over loopback, and the
 * screen is captured with and without its colour escapes. Ctrl-C is typed into the pane.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bin,
  ERASURE,
  envelopeBody,
  example,
  OTHER_SECRET,
  postTo,
  repo,
  SECRET,
  signedHeaders,
} from './helpers.js';

const ESC = String.fromCharCode(27);
const socket = `hookwright-listen-${process.pid}`;
const { NO_COLOR: _noColor, ...env } = process.env;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { env, encoding: 'utf8' });
const screen = (escapes = false) =>
  tmux('capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []), '-t', 'listen');

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // Already gone.
  }
  // tmux leaves its socket file behind.
  rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.()}`, socket), { force: true });
});

/** Polls the screen until `pattern` shows up; the machine is shared, so the wait is generous. */
async function waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = pattern.exec(screen());
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`screen never showed ${pattern}:\n${screen()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('hookwright listen on a terminal', () => {
  it('prints coloured verdicts with JSON pointers, and a summary on Ctrl-C', async () => {
    const command = `cd ${repo} && node ${bin} listen ${example} --port 0 --secret ${SECRET}; echo "listen exited $?"; sleep 600`;
    tmux('new-session', '-d', '-s', 'listen', '-x', '160', '-y', '50', command);
    const [, url] = await waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+\/)/);

    const valid = envelopeBody('customer.deleted', 1, ERASURE);
    const invalid = envelopeBody('order.cancelled', 1, { orderId: 42 });
    const ok = signedHeaders(SECRET, valid, { id: 'msg_tty_ok' });
    expect((await postTo(url!, ok, valid)).status).toBe(204);
    const forged = signedHeaders(OTHER_SECRET, valid, { id: 'msg_tty_forged' });
    expect((await postTo(url!, forged, valid)).status).toBe(401);
    const bad = signedHeaders(SECRET, invalid, { id: 'msg_tty_invalid' });
    expect((await postTo(url!, bad, invalid)).status).toBe(422);

    await waitFor(/msg_tty_invalid/);
    const text = screen();
    expect(text).toMatch(/^\d\d:\d\d:\d\d {2}accepted {3}204 {2}customer\.deleted@1 {2}msg_tty_ok$/m);
    expect(text).toMatch(/^\d\d:\d\d:\d\d {2}rejected {3}401 {2}customer\.deleted@1 {2}msg_tty_forged$/m);
    expect(text).toMatch(/^ {4}NO_MATCHING_SIGNATURE: no signature matches/m);
    expect(text).toMatch(/^\d\d:\d\d:\d\d {2}rejected {3}422 {2}order\.cancelled@1 {2}msg_tty_invalid$/m);
    expect(text).toMatch(/^ {4}\/orderId must be string$/m);
    // Colour: green for the accepted verdict, red for rejections and their codes (tmux re-emits SGR codes).
    const coloured = screen(true);
    const sgr = (colour: number, text: string) => new RegExp(`${ESC}\\[[\\d;]*${colour}m${text}`);
    expect(coloured).toMatch(sgr(32, 'accepted'));
    expect(coloured).toMatch(sgr(31, 'rejected'));
    expect(coloured).toMatch(sgr(31, 'NO_MATCHING_SIGNATURE'));
    expect(text).not.toContain(ESC);

    tmux('send-keys', '-t', 'listen', 'C-c');
    await waitFor(/listen exited 0/);
    expect(screen()).toMatch(
      /^received 3: accepted 1, duplicate 0, unknown 0, rejected 2 \(INVALID_PAYLOAD 1, NO_MATCHING_SIGNATURE 1\)$/m,
    );
  }, 240_000);
});
