import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as SharedApi from '../../src/signing/index.js';
import * as shared from '../../src/signing/index.js';
import * as nodeEntry from '../../src/signing/node.js';
import * as webEntry from '../../src/signing/web.js';
import { importSpecifiers, moduleGraph } from './support/module-graph.js';

const signingDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/signing');

// Type-level conformance, enforced by `tsc -p tsconfig.json`: the Node entry offers everything the
// shared `types` surface promises, with compatible types, so `node` and `default` are interchangeable.
const nodeConforms: typeof SharedApi = nodeEntry;
const webConforms: typeof SharedApi = webEntry;

describe('entry points', () => {
  it('export the same API at run time; Node adds only the synchronous variants', () => {
    expect(nodeConforms).toBe(nodeEntry);
    expect(webConforms).toBe(webEntry);
    const names = (module: object) => Object.keys(module).sort();
    expect(names(webEntry)).toEqual(names(shared));
    const nodeOnly = names(nodeEntry).filter((name) => !names(webEntry).includes(name));
    expect(nodeOnly).toEqual(['generateKeyPairSync', 'signSync', 'verifySync']);
    expect(names(webEntry).every((name) => name in nodeEntry)).toBe(true);
  });

  it('share one set of error classes, so instanceof works whichever entry threw', () => {
    expect(nodeEntry.WebhookVerificationError).toBe(webEntry.WebhookVerificationError);
    expect(nodeEntry.NoMatchingSignatureError).toBe(webEntry.NoMatchingSignatureError);
  });

  it('the Web entry reaches no node:* module and no Node global', () => {
    const files = moduleGraph(join(signingDir, 'web.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const where = relative(signingDir, file);
      expect(
        importSpecifiers(source).filter((specifier) => !specifier.startsWith('.')),
        where,
      ).toEqual([]);
      expect(source, where).not.toMatch(/\b(?:Buffer|process|require)\b(?=[.(])/);
    }
  });

  it('only the Node back end imports node:*', () => {
    const files = moduleGraph(join(signingDir, 'node.ts'));
    const importers = files.filter((file) =>
      importSpecifiers(readFileSync(file, 'utf8')).some((specifier) => specifier.startsWith('node:')),
    );
    expect(importers.map((file) => basename(file))).toEqual(['node-crypto.ts']);
  });
});
