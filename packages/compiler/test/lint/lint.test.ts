import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { createSourceDocuments } from '../../src/diff/source-locator.js';
import type { Contract } from '../../src/ir/contract.js';
import type { LintConfig } from '../../src/lint/lint-config.js';
import { lintContract } from '../../src/lint/lint-contract.js';
import { LintOptionError } from '../../src/lint/lint-option-error.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import type { LoadOptions } from '../../src/load/load-options.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));
const loader = new ContractLoader();
const loaded = new Map<string, { contract: Contract; base: string }>();

async function load(entry: string, options: LoadOptions = {}) {
  const result = await loader.load(entry, options);
  if (!result.contract) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return { contract: result.contract, base: dirname(entry) };
}

function lint(name: string, config?: LintConfig) {
  const { contract, base } = loaded.get(name)!;
  return lintContract(contract, { documents: createSourceDocuments(base), ...(config ? { config } : {}) });
}

let server: Server;
let dir: string;
beforeAll(async () => {
  // A real HTTP server on loopback serves the remote schema.
  const money = await readFile(join(FIXTURES, 'clean/money.yaml'), 'utf8');
  server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/yaml' }).end(money));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  dir = await mkdtemp(join(tmpdir(), 'hookwright-lint-'));
  const clean = await readFile(join(FIXTURES, 'clean/asyncapi.yaml'), 'utf8');
  const remote = join(dir, 'asyncapi.yaml');
  await writeFile(
    remote,
    clean.replace("'./money.yaml#/Money'", `'http://127.0.0.1:${port}/money.yaml#/Money'`),
  );
  loaded.set('clean', await load(join(FIXTURES, 'clean/asyncapi.yaml')));
  loaded.set('dirty', await load(join(FIXTURES, 'dirty/asyncapi.yaml')));
  loaded.set('remote', await load(remote, { allowRemoteRefs: true }));
});
afterAll(async () => {
  await loader.close();
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

/** Each rule: where it fails (file:line:col of the one finding) and that the clean contract passes it. */
const RULES: Array<[rule: string, failing: string, at: string]> = [
  ['example-valid', 'dirty', 'asyncapi.yaml:45:11'],
  ['event-summary', 'dirty', 'asyncapi.yaml:51:5'],
  ['event-name-pattern', 'dirty', 'asyncapi.yaml:51:5'],
  ['deprecated-successor', 'dirty', 'asyncapi.yaml:35:5'],
  ['no-unused-schemas', 'dirty', 'asyncapi.yaml:97:5'],
  ['no-remote-refs', 'remote', 'asyncapi.yaml:59:11'],
  ['max-payload-size', 'dirty', 'asyncapi.yaml:51:5'],
  ['open-object', 'dirty', 'asyncapi.yaml:85:5'],
];

describe('lint rules', () => {
  for (const [rule, failing, at] of RULES) {
    it(`${rule}: fails once on the ${failing} contract, passes on the clean one`, () => {
      const found = lint(failing).findings.filter((f) => f.rule === rule);
      expect(found.map((f) => `${f.file}:${f.line}:${f.col}`)).toEqual([at]);
      expect(lint('clean').findings.filter((f) => f.rule === rule)).toEqual([]);
    });
  }

  it('the clean contract has no finding at all; the dirty one one per rule', () => {
    expect(lint('clean')).toEqual({ findings: [], errors: 0, warnings: 0 });
    expect(lint('dirty')).toMatchObject({ errors: 1, warnings: 6 });
  });
});

describe('lint configuration', () => {
  it('sets severities and turns rules off', () => {
    const result = lint('dirty', {
      rules: { 'event-summary': 'error', 'example-valid': 'off', 'open-object': { severity: 'off' } },
    });
    expect(result.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'warning deprecated-successor',
      'warning event-name-pattern',
      'error event-summary',
      'warning max-payload-size',
      'warning no-unused-schemas',
    ]);
  });

  it('takes an event name pattern and a payload size limit', () => {
    const pattern = lint('dirty', { rules: { 'event-name-pattern': { pattern: '^[A-Za-z.]+$' } } });
    expect(pattern.findings.filter((f) => f.rule === 'event-name-pattern')).toEqual([]);
    const limit = lint('clean', { rules: { 'max-payload-size': { limit: 100, severity: 'error' } } });
    expect(limit.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^order\.created@1: estimated largest body 2\d\d bytes is over the limit of 100 /,
      ),
      expect.stringMatching(/^order\.created@2: estimated largest body \d+ bytes is over the limit of 100 /),
    ]);
    expect(limit.errors).toBe(2);
  });

  it('names the rule and option of an unusable pattern', () => {
    expect(() => lint('clean', { rules: { 'event-name-pattern': { pattern: '(' } } })).toThrow(
      LintOptionError,
    );
    expect(() => lint('clean', { rules: { 'event-name-pattern': { pattern: '(' } } })).toThrow(
      /^lint\.rules\["event-name-pattern"\]\.pattern: \( is not a valid regular expression/,
    );
  });
});
