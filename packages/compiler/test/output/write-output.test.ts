import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/output/check-output.js';
import { MANIFEST_FILE } from '../../src/output/manifest.js';
import { OutputDirectoryError, writeOutput } from '../../src/output/write-output.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hookwright-out-'));
});

describe('writeOutput', () => {
  it('writes nested files and a manifest listing them', async () => {
    const out = join(root, 'gen');
    await writeOutput(out, { 'b/x.ts': 'x\n', 'a.ts': 'a\n' });
    expect(await readFile(join(out, 'b/x.ts'), 'utf8')).toBe('x\n');
    expect(JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8'))).toEqual({
      generator: 'hookwright',
      files: ['a.ts', 'b/x.ts'],
    });
  });

  it('replaces the previous output as a whole and leaves no temp directories behind', async () => {
    const out = join(root, 'gen');
    await writeOutput(out, { 'old.ts': 'old\n', 'keep.ts': '1\n' });
    await writeOutput(out, { 'keep.ts': '2\n' });
    expect((await readdir(out)).sort()).toEqual([MANIFEST_FILE, 'keep.ts']);
    expect(await readdir(root)).toEqual(['gen']);
  });

  it('refuses to replace a directory Hookwright did not write, and leaves it untouched', async () => {
    const out = join(root, 'project');
    await mkdir(out);
    await writeFile(join(out, 'precious.txt'), 'mine');
    await expect(writeOutput(out, { 'a.ts': 'a' })).rejects.toBeInstanceOf(OutputDirectoryError);
    expect(await readFile(join(out, 'precious.txt'), 'utf8')).toBe('mine');
  });
});

describe('checkOutput', () => {
  it('is empty when the directory matches', async () => {
    const out = join(root, 'gen');
    const files = { 'a.ts': 'a\n', 'b/c.ts': 'c\n' };
    await writeOutput(out, files);
    expect(await checkOutput(out, files)).toEqual([]);
  });

  it('lists every missing, changed and extra file without writing', async () => {
    const out = join(root, 'gen');
    await writeOutput(out, { 'a.ts': 'a\n', 'gone.ts': 'g\n' });
    const stale = await checkOutput(out, { 'a.ts': 'A\n', 'new.ts': 'n\n' });
    expect(stale).toEqual([
      { path: MANIFEST_FILE, reason: 'changed' },
      { path: 'a.ts', reason: 'changed' },
      { path: 'gone.ts', reason: 'extra' },
      { path: 'new.ts', reason: 'missing' },
    ]);
    expect(await readFile(join(out, 'a.ts'), 'utf8')).toBe('a\n');
  });

  it('reports everything missing when the directory does not exist', async () => {
    const stale = await checkOutput(join(root, 'none'), { 'a.ts': 'a' });
    expect(stale.map((s) => s.reason)).toEqual(['missing', 'missing']);
  });
});
