/**
 * `hookwright inspect doc --json | head -c 1`: the reader closes the pipe before the CLI writes. The
 * built CLI must end quietly (exit 0, no EPIPE stack trace), as Unix tools do.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { cliBin, ensureBuilt } from '../../compiler/test/generate/built-packages.js';

const contract = fileURLToPath(
  new URL('../../../examples/acme-shop/asyncapi/asyncapi.yaml', import.meta.url),
);

beforeAll(() => ensureBuilt());

it('ends quietly when stdout is closed early', async () => {
  const child = spawn(process.execPath, [cliBin, 'inspect', contract, '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Like `head -c 1` that has had its byte before the CLI writes: nobody reads the pipe any more.
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|Error/);
  expect(code).toBe(0);
});
