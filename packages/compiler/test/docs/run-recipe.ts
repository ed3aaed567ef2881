/** Runs a docs curl recipe against a loopback server and returns the request that arrived. */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';

export async function runRecipe(script: string): Promise<{ headers: Record<string, string>; body: string }> {
  let received: { headers: Record<string, string>; body: string } | undefined;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      received = { headers: req.headers as Record<string, string>, body };
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const local = script.replace(
      "url='http://localhost:3000/webhooks'",
      `url='http://127.0.0.1:${port}/hook'`,
    );
    await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', local]);
  } finally {
    server.close();
  }
  if (!received) throw new Error('the recipe sent nothing');
  return received;
}
