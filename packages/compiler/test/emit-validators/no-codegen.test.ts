/**
 * Proof that generated validators never compile code at run time: they run in a Node process
 * started with --disallow-code-generation-from-strings, where eval and new Function throw
 * (as they do on Cloudflare Workers and under a strict CSP).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';
import { keywordsContract } from './fixtures/keywords-contract.js';
import { orderCreatedExample, shopContract } from './fixtures/shop-contract.js';

const run = promisify(execFile);

/** Runs in the child: proves the flag is on, then validates what it is given. */
const CHECK_SCRIPT = `
import { readFileSync } from 'node:fs';
let evalBlocked = false;
try { (0, eval)('1'); } catch (e) { evalBlocked = e instanceof EvalError; }
let functionBlocked = false;
try { new Function('return 1'); } catch (e) { functionBlocked = e instanceof EvalError; }
const { validators, headerValidators } = await import('./validators.js');
const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));
const results = cases.map(({ table, key, value }) => {
  const result = (table === 'headers' ? headerValidators : validators)[key](value);
  return result.valid ? 'valid' : result.issues[0].pointer + ' ' + result.issues[0].keyword;
});
console.log(JSON.stringify({ evalBlocked, functionBlocked, results }));
`;

let shop: ValidatorSandbox;
let keywords: ValidatorSandbox;
beforeAll(async () => {
  shop = await createValidatorSandbox(emitValidators(shopContract()));
  keywords = await createValidatorSandbox(emitValidators(keywordsContract()));
});
afterAll(async () => {
  await shop.cleanup();
  await keywords.cleanup();
});

async function runChecked(sandbox: ValidatorSandbox, cases: object[]) {
  await writeFile(join(sandbox.dir, 'check.mjs'), CHECK_SCRIPT);
  await writeFile(join(sandbox.dir, 'cases.json'), JSON.stringify(cases));
  const { stdout } = await run(process.execPath, ['--disallow-code-generation-from-strings', 'check.mjs'], {
    cwd: sandbox.dir,
  });
  return JSON.parse(stdout) as { evalBlocked: boolean; functionBlocked: boolean; results: string[] };
}

it('shop validators (both dialects, runtime formats, recursion) run where eval is forbidden', async () => {
  const contract = shopContract();
  const examples = contract.events.flatMap((event) =>
    event.examples.flatMap((example) => [
      { table: 'payload', key: event.id, value: example.payload },
      ...(example.headers === undefined ? [] : [{ table: 'headers', key: event.id, value: example.headers }]),
    ]),
  );
  const broken = { ...orderCreatedExample, createdAt: '2024-02-30T00:00:00Z' };
  const outcome = await runChecked(shop, [
    ...examples,
    { table: 'payload', key: 'order.created@1', value: broken },
  ]);
  expect(outcome.evalBlocked).toBe(true);
  expect(outcome.functionBlocked).toBe(true);
  expect(outcome.results).toEqual([...examples.map(() => 'valid'), '/createdAt format']);
});

it('keyword-heavy validators (oneOf, if/then, patterns, unevaluated*, every format) run there too', async () => {
  const outcome = await runChecked(keywords, [
    {
      table: 'payload',
      key: 'kw.formats@1',
      value: { date: '2024-02-29', uri: 'https://a.example', regex: '^a+$', int32: 5 },
    },
    { table: 'payload', key: 'kw.formats@1', value: { regex: '(' } },
    { table: 'payload', key: 'kw.draft07@1', value: { pet: { kind: 'cat', lives: 3 }, code: 'AB' } },
    {
      table: 'payload',
      key: 'kw.modern@1',
      value: { pet: { kind: 'dog' }, point: [1, 2], tags: ['main'], extra: 1 },
    },
  ]);
  expect(outcome.evalBlocked).toBe(true);
  expect(outcome.results).toEqual(['valid', '/regex format', 'valid', '/extra unevaluatedProperties']);
});
