import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSpecifiers, moduleGraph } from './support/module-graph.js';
import { clockAt, vectors } from './support/vectors.js';

/**
 * The shipped `dist/signing` entries: size budget, no Node leaks into the Web entry, and the built
 * code (not the sources the other tests import) verifies the published vectors through the exports map.
 *
 * Size budget, in gzip bytes of every file an entry loads (see the runtime README for why): measured
 * on the JavaScript tsc emits, comments included, which is what Node loads and what the tarball ships.
 */
const SIZE_BUDGET_GZIP_BYTES = 15_000;

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = join(packageDir, 'dist/signing');
const sw1 = vectors.standard.positive[0]!;

function newestSourceChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

beforeAll(() => {
  // CI builds before testing; locally, rebuild only when a source is newer than the last build.
  let built = 0;
  try {
    built = statSync(join(packageDir, 'dist/.tsbuildinfo')).mtimeMs;
  } catch {}
  if (built < newestSourceChange(join(packageDir, 'src'))) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-b', packageDir], { stdio: 'inherit' });
  }
});

describe.each(['web', 'node'])('built %s entry', (entry) => {
  const files = () => moduleGraph(join(distDir, `${entry}.js`));

  it(`stays within ${SIZE_BUDGET_GZIP_BYTES} gzip bytes`, () => {
    const contents = files().map((file) => readFileSync(file));
    const gzip = gzipSync(Buffer.concat(contents), { level: 9 }).length;
    expect(contents.length).toBeGreaterThan(10);
    expect(gzip, `${entry} entry: ${gzip} gzip bytes over ${contents.length} files`).toBeLessThanOrEqual(
      SIZE_BUDGET_GZIP_BYTES,
    );
  });

  it('imports nothing but its own files and, for Node only, node:crypto', () => {
    const external = files().flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8')).filter((specifier) => !specifier.startsWith('.')),
    );
    expect(external).toEqual(entry === 'node' ? ['node:crypto'] : []);
  });

  it('verifies and signs the published SW-1 vector', async () => {
    const built = await import(pathToFileURL(join(distDir, `${entry}.js`)).href);
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
    expect(resolved.signing).toBe(pathToFileURL(join(distDir, 'node.js')).href);
    expect(resolved.node).toBe(resolved.signing);
    expect(resolved.sync).toBe('function');
  });

  it('point every signing condition at a file that exists', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
    };
    const targets = Object.entries(manifest.exports)
      .filter(([subpath]) => subpath.startsWith('./signing'))
      .flatMap(([, target]) => (typeof target === 'string' ? [target] : Object.values(target)));
    expect(targets).toHaveLength(5);
    expect(targets).toContain('./dist/signing/web.js');
    for (const target of targets) expect(() => statSync(join(packageDir, target)), target).not.toThrow();
  });
});
