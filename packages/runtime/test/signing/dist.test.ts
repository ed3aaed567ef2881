import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleDir, ensureFreshBuild, packageDir } from '../support/fresh-build.js';
import { importSpecifiers, moduleGraph } from './support/module-graph.js';
import { clockAt, vectors } from './support/vectors.js';

/**
 * The shipped entries, i.e. the esbuild bundles in `dist/bundle` that `exports` points at: no Node leaks
 * into Web entries, one class identity across the two platform files, and the built code (not the
 * sources the other tests import) verifies the published vectors through the exports map. The signing
 * subpaths resolve to the platform files `dist/bundle/{node,web}.js`, whose size budget is checked in
 * `test/receiver/dist.test.ts`.
 */

const sw1 = vectors.standard.positive[0]!;

interface Manifest {
  exports: Record<string, string | Record<string, string>>;
}
const manifest = () => JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Manifest;

beforeAll(ensureFreshBuild);

describe.each(['web', 'node'])('built %s entry', (entry) => {
  const files = () => moduleGraph(join(bundleDir, `${entry}.js`));

  it('loads its file and shared chunks only', () => {
    const chunks = files().slice(1);
    expect(
      chunks.every((file) => file.startsWith(join(bundleDir, 'shared/'))),
      chunks.join(),
    ).toBe(true);
  });

  it('imports nothing but its own files and, for Node only, node:module (which loads node:crypto on first use)', () => {
    const external = files().flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8')).filter((specifier) => !specifier.startsWith('.')),
    );
    expect(external).toEqual(entry === 'node' ? ['node:module'] : []);
  });

  it('verifies and signs the published SW-1 vector', async () => {
    const built = await import(pathToFileURL(join(bundleDir, `${entry}.js`)).href);
    const headers = await built.sign({
      secret: sw1.secret,
      id: sw1.id,
      timestamp: sw1.timestamp,
      body: sw1.body,
    });
    expect(headers['webhook-signature']).toBe(sw1.expected);
    await expect(
      built.verify({ secret: sw1.secret, body: sw1.body, headers, now: clockAt(sw1.timestamp) }),
    ).resolves.toMatchObject({ id: sw1.id });
  });
});

describe('built node entry and node:crypto', () => {
  // Importing node:crypto is about 3 ms of a receiver's cold start: the Node file loads it on first use.
  it.each([
    ['process.getBuiltinModule', ''],
    ['createRequire (Node < 20.16)', 'delete process.getBuiltinModule;'],
  ])('loads it on the first signature, through %s', (_how, setup) => {
    const script = [
      setup,
      `const m = await import(${JSON.stringify(pathToFileURL(join(bundleDir, 'node.js')).href)});`,
      "const loaded = () => process.moduleLoadList.includes('NativeModule crypto');",
      'const atImport = loaded();',
      `const headers = m.signSync(${JSON.stringify({ secret: sw1.secret, id: sw1.id, timestamp: sw1.timestamp, body: sw1.body })});`,
      "console.log(JSON.stringify({ atImport, afterSign: loaded(), signature: headers['webhook-signature'] }));",
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({ atImport: false, afterSign: true, signature: sw1.expected });
  });
});

describe('package exports', () => {
  it('resolve ./signing to the Node build under Node and ./signing/node to the same file', () => {
    const script = [
      "const signing = import.meta.resolve('@hookwright/runtime/signing');",
      "const node = import.meta.resolve('@hookwright/runtime/signing/node');",
      'const m = await import(node);',
      'console.log(JSON.stringify({ signing, node, sync: typeof m.verifySync }));',
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    const resolved = JSON.parse(output) as { signing: string; node: string; sync: string };
    expect(resolved.signing).toBe(pathToFileURL(join(bundleDir, 'node.js')).href);
    expect(resolved.node).toBe(resolved.signing);
    expect(resolved.sync).toBe('function');
  });

  it('point JavaScript conditions at the bundles and types conditions at tsc declarations, all existing', () => {
    const targets = Object.entries(manifest().exports)
      .filter(([subpath]) => subpath !== './package.json')
      .flatMap(([, target]) => Object.entries(typeof target === 'string' ? { default: target } : target));
    expect(targets).toHaveLength(21);
    for (const [condition, target] of targets) {
      expect(target, condition).toMatch(
        condition === 'types' ? /^\.\/dist\/(?!bundle\/).*\.d\.ts$/ : /^\.\/dist\/bundle\//,
      );
      expect(() => statSync(join(packageDir, target)), target).not.toThrow();
    }
    expect(targets).toContainEqual(['default', './dist/bundle/web.js']);
  });

  it('load ./events as its file plus shared chunks (error classes shared with sender and receiver), nothing else', () => {
    const target = join(packageDir, (manifest().exports['./events'] as Record<string, string>).default!);
    const files = moduleGraph(target);
    expect(files[0]).toBe(target);
    expect(files.slice(1).every((file) => file.startsWith(join(bundleDir, 'shared/')))).toBe(true);
    expect(
      files.flatMap((file) => importSpecifiers(readFileSync(file, 'utf8'))).filter((s) => !s.startsWith('.')),
    ).toEqual([]);
  });

  it('resolve the subpaths a generated receiver imports to one file per platform', () => {
    const { exports } = manifest();
    for (const subpath of ['./events', './validation', './signing', './receiver']) {
      expect(exports[subpath], subpath).toMatchObject({
        node: './dist/bundle/node.js',
        default: './dist/bundle/web.js',
      });
    }
    expect(exports['./signing/node']).toMatchObject({ default: './dist/bundle/node.js' });
  });

  it('share one set of signing error classes between the two bundled entries', async () => {
    const web = await import(pathToFileURL(join(bundleDir, 'web.js')).href);
    const node = await import(pathToFileURL(join(bundleDir, 'node.js')).href);
    expect(web.WebhookVerificationError).toBe(node.WebhookVerificationError);
    const thrown = await web
      .verify({ secret: sw1.secret, body: sw1.body, headers: {}, now: clockAt(sw1.timestamp) })
      .catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(node.MissingHeaderError);
    expect(thrown).toMatchObject({ name: 'MissingHeaderError', code: 'MISSING_HEADER' });
  });

  it('link a source map from every bundled file, naming sources that exist in src/', () => {
    const bundles = readdirSync(bundleDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    expect(bundles.length).toBeGreaterThanOrEqual(5);
    for (const file of bundles) {
      const name = file.split('/').pop()!;
      expect(readFileSync(join(bundleDir, file), 'utf8'), file).toMatch(
        new RegExp(`\\n//# sourceMappingURL=${name.replaceAll('.', '\\.')}\\.map\\n$`),
      );
      const map = JSON.parse(readFileSync(join(bundleDir, `${file}.map`), 'utf8')) as { sources: string[] };
      // An entry whose code all lives in shared chunks only re-exports them and maps no source of its own.
      const code = readFileSync(join(bundleDir, file), 'utf8').replace(/\/\/# sourceMappingURL=.*\n$/, '');
      const reexportOnly = /^(\s*(import|export)\s[^;]*;)*\s*$/.test(code);
      if (!reexportOnly) expect(map.sources.length, file).toBeGreaterThan(0);
      for (const source of map.sources) {
        const path = resolve(dirname(join(bundleDir, file)), source);
        expect(path.startsWith(join(packageDir, 'src/')), source).toBe(true);
        expect(() => statSync(path), source).not.toThrow();
      }
    }
  });
});
