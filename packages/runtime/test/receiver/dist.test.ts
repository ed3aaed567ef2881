/**
 * The shipped receiver entries (esbuild bundles behind `@hookwright/runtime/receiver`): size budget,
 * no Node import in the Web entry, the exports map picks the Node build under Node, and the built
 * code answers a signed request.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSpecifiers, moduleGraph } from '../signing/support/module-graph.js';
import { signed, validOrder } from './support/requests.js';

/**
 * Gzip bytes of everything a receiver entry loads: the signing core and the events module it shares
 * with those entries, plus the pipeline, the idempotency store and the adapters. About 17,500 when set (about 8% headroom, as for signing).
 */
const RECEIVER_BUDGET_GZIP_BYTES = 19_000;

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const receiverDir = join(packageDir, 'dist/bundle/receiver');

beforeAll(() => {
  // CI builds before testing; build here only when the bundles are missing.
  if (!existsSync(join(receiverDir, 'web.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: packageDir, stdio: 'inherit' });
  }
});

describe.each(['web', 'node'])('built receiver %s entry', (entry) => {
  const files = () => moduleGraph(join(receiverDir, `${entry}.js`));

  it(`stays within ${RECEIVER_BUDGET_GZIP_BYTES} gzip bytes`, () => {
    const gzip = gzipSync(Buffer.concat(files().map((file) => readFileSync(file))), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(RECEIVER_BUDGET_GZIP_BYTES);
  });

  it('imports nothing but its own files and, for Node only, node:crypto', () => {
    const external = files().flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8')).filter((specifier) => !specifier.startsWith('.')),
    );
    expect(external).toEqual(entry === 'node' ? ['node:crypto'] : []);
  });

  it('answers a signed request', async () => {
    const built = await import(pathToFileURL(join(receiverDir, `${entry}.js`)).href);
    const { table } = await import('./support/contract.js');
    const handled: string[] = [];
    const receiver = built
      .createReceiver(table, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
      .on('order.created', (event: { data: { id: string } }) => {
        handled.push(event.data.id);
      });
    expect((await receiver.handle(signed(validOrder('built-1')))).status).toBe(204);
    expect(handled).toEqual(['built-1']);
  });
});

it('resolves @hookwright/runtime/receiver to the Node build under Node', () => {
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "console.log(import.meta.resolve('@hookwright/runtime/receiver'))"],
    { cwd: packageDir, encoding: 'utf8' },
  );
  expect(output.trim()).toBe(pathToFileURL(join(receiverDir, 'node.js')).href);
});
