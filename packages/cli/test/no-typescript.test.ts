/**
 * `hookwright generate` never loads TypeScript's compiler: types.ts is printed by our own printer
 * and every dist/ file is written from its template (issue 15), so ts-morph is only a dev
 * dependency of the compiler. The built CLI runs in a child process whose CommonJS loader refuses
 * `typescript`, `ts-morph` and `@ts-morph/common` (how TypeScript was loaded, and how an ESM
 * import of either reaches it); the generate must still succeed and write the packages' dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliBin, ensureBuilt, repo } from '../../compiler/test/generate/built-packages.js';

const dir = mkdtempSync(join(tmpdir(), 'hookwright-no-typescript-'));
const refuser = join(dir, 'refuse-typescript.cjs');
beforeAll(() => {
  ensureBuilt();
  writeFileSync(
    refuser,
    `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^(typescript|ts-morph|@ts-morph\\/common)(\\/|$)/.test(request)) throw new Error('loaded ' + request);
  return load.call(this, request, ...rest);
};
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(args: string[]) {
  return spawnSync(process.execPath, ['--require', refuser, cliBin, 'generate', ...args], {
    encoding: 'utf8',
  });
}

it('generates the example with TypeScript refused', () => {
  const out = join(dir, 'out');
  const run = generate([join(repo, 'examples/acme-shop/asyncapi/asyncapi.yaml'), '--out', out, '--docs']);
  expect(run.stderr).not.toMatch(/loaded (typescript|ts-morph)/);
  expect(run.status).toBe(0);
  expect(existsSync(join(out, 'acme-shop-receiver/dist/index.d.ts'))).toBe(true);
  expect(existsSync(join(out, 'acme-shop-sender/dist/types.d.ts'))).toBe(true);
});

it('the refusal works: a program that loads TypeScript fails under it', () => {
  const run = spawnSync(process.execPath, ['--require', refuser, '-e', "require('ts-morph')"], {
    cwd: join(repo, 'packages/compiler'),
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/loaded ts-morph/);
});
