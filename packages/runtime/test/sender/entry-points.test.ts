/**
 * The sender's two entries and the built bundles behind `@hookwright/runtime/sender`: the same API on
 * Node and elsewhere, error classes shared with `./events`, and a delivery through the built Node
 * bundle as a generated package would import it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as SharedApi from '../../src/sender/index.js';
import * as nodeEntry from '../../src/sender/node.js';
import * as webEntry from '../../src/sender/web.js';
import { ensureFreshBuild, packageDir } from '../support/fresh-build.js';
import { SECRET } from './support/contract.js';
import { startEndpointServer } from './support/endpoint-server.js';
import { waitFor } from './support/fake-clock.js';

// Type-level: both entries offer the `types` surface, so `node` and `default` are interchangeable.
const nodeConforms: typeof SharedApi = nodeEntry;
const webConforms: typeof SharedApi = webEntry;

beforeAll(ensureFreshBuild);

describe('sender entry points', () => {
  it('export the same names', () => {
    expect(Object.keys(nodeConforms).sort()).toEqual(Object.keys(webConforms).sort());
  });

  it('resolve to the Node bundle under Node, whose errors are the events bundle classes', async () => {
    const script = [
      "const sender = await import('@hookwright/runtime/sender');",
      "const events = await import('@hookwright/runtime/events');",
      "const table = events.createEventTable([{ type: 'a.b', version: 1, deprecated: false, validate: () => ({ valid: false, issues: [{ pointer: '/x', keyword: 'required', message: 'x' }] }) }]);",
      'const s = sender.createSender(table, { endpoints: [], logger: false });',
      "const error = await s.send('a.b', {}).catch((e) => e);",
      'await s.close();',
      "console.log(JSON.stringify({ url: import.meta.resolve('@hookwright/runtime/sender'), same: error instanceof events.InvalidPayloadError }));",
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({
      url: pathToFileURL(join(packageDir, 'dist/bundle/sender/node.js')).href,
      same: true,
    });
  });

  it('delivers through the built Node bundle', async () => {
    const server = await startEndpointServer();
    try {
      const built = (await import(
        pathToFileURL(join(packageDir, 'dist/bundle/sender/node.js')).href
      )) as typeof nodeEntry;
      const { createEventTable } = await import('../../src/events/index.js');
      const table = createEventTable([
        { type: 'a.b', version: 1, deprecated: false, validate: () => ({ valid: true }) },
      ]);
      const sender = built.createSender(table, {
        endpoints: [{ id: 'ep', url: `${server.origin}/hook`, secret: SECRET }],
        allowPrivateNetworks: true,
        logger: false,
      });
      const id = await sender.send('a.b' as never, {} as never);
      await waitFor(() => server.seen.length === 1, 'the delivery');
      expect(server.seen[0]?.id).toBe(id);
      await sender.close();
    } finally {
      await server.close();
    }
  });

  it('the Web entry delivers over fetch, refusing internal IP literals', async () => {
    const server = await startEndpointServer();
    try {
      const { createEventTable } = await import('../../src/events/index.js');
      const table = createEventTable([
        { type: 'a.b', version: 1, deprecated: false, validate: () => ({ valid: true }) },
      ]);
      const make = (allowPrivateNetworks: boolean) =>
        webEntry.createSender(table, {
          endpoints: [{ id: 'ep', url: `${server.origin}/hook`, secret: SECRET }],
          allowPrivateNetworks,
          logger: false,
        });
      expect(() => make(false)).toThrow(/loopback address/);
      const sender = make(true);
      const id = await sender.send('a.b' as never, {} as never);
      await waitFor(() => server.seen.length === 1, 'the delivery');
      expect(server.seen[0]?.id).toBe(id);
      await sender.close();
    } finally {
      await server.close();
    }
  });
});
