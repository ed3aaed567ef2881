/**
 * Shared parts of the trigger/listen tests: the built CLI's `listen` as a child process, requests
 * signed here with node:crypto (an implementation independent of the runtime's signer), and a
 * loopback app that records what reaches it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const repo = new URL('../../../../', import.meta.url).pathname;
export const bin = join(repo, 'packages/cli/bin/hookwright.js');
export const example = join(repo, 'examples/acme-shop/asyncapi/asyncapi.yaml');
export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
/** The `erasure` example of customer.deleted@1: valid data. */
export const ERASURE = {
  customerId: '4f6d2a1c-8b3e-4c7a-9e52-1d0f3b6a8c24',
  reason: 'gdpr_erasure',
  mergedIntoCustomerId: null,
  deletedAt: '2025-05-01T00:00:00Z',
};

/** A body of `type@version` with `data`, as a sender would serialise it. */
export function envelopeBody(type: string, version: number, data: unknown): string {
  return JSON.stringify({ type, version, timestamp: new Date().toISOString(), data });
}

export const OTHER_SECRET = 'whsec_c2VjcmV0LW9mLXNvbWVib2R5LWVsc2UtMTIzNA==';

/** `listen` running as the built CLI; `stop` sends Ctrl-C (SIGINT) and collects what it printed. */
export interface ListenProcess {
  url: string;
  stop(): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

const START_TIMEOUT_MS = 120_000;

export async function spawnListen(...args: string[]): Promise<ListenProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, 'listen', example, '--port', '0', '--secret', SECRET, ...args],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let timer: NodeJS.Timeout | undefined;
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      const found = /listening on (\S+)/.exec(stderr);
      if (found?.[1]) resolve(found[1]);
    });
    exited.then((code) => reject(new Error(`listen exited with ${code} before listening:\n${stderr}`)));
    // Never leave the child behind, even when it does not come up.
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`listen did not start within ${START_TIMEOUT_MS} ms:\n${stderr}`));
    }, START_TIMEOUT_MS);
  }).finally(() => clearTimeout(timer));
  return {
    url,
    async stop() {
      child.kill('SIGINT');
      // A listen that ignores Ctrl-C is a failure (exit code null), not a leftover process.
      const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(kill);
      return { code, stdout, stderr };
    },
  };
}

/** The JSON lines `listen --json` printed. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Standard Webhooks v1: base64 HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed by the secret's bytes. */
export function signedHeaders(
  secret: string,
  body: string,
  options: { id?: string; timestamp?: number } = {},
): Record<string, string> {
  const id = options.id ?? `msg_test${Math.random().toString(36).slice(2)}`;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${mac}`,
  };
}

export async function postTo(url: string, headers: Record<string, string>, body: string) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

/** What the app behind `--forward` received. */
export interface AppRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A loopback app recording each request and answering with `status` and `body`. */
export async function startApp(status: number, body: string) {
  const received: AppRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ headers: req.headers, body: Buffer.concat(chunks) });
    res.writeHead(status, { 'content-type': 'text/plain', 'x-app': 'yes' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
