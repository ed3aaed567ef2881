/**
 * The docs' curl + openssl recipes for payload-mode contracts (the github-style and stripe-style
 * examples) send requests that the runtime's receiver for that contract accepts and identifies.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createEventTable, defineWire } from '@hookwright/runtime/events';
import { createEventApi } from '@hookwright/runtime/receiver';
import { afterAll, describe, expect, it } from 'vitest';
import { requestFacts } from '../../src/emit/docs/wire-reference.js';
import type { Contract } from '../../src/ir/contract.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { runRecipe } from './run-recipe.js';

const loader = new ContractLoader();
afterAll(() => loader.close());
const example = (name: string) =>
  fileURLToPath(new URL(`../../../../examples/${name}/asyncapi/asyncapi.yaml`, import.meta.url));

describe.each([
  {
    name: 'github-style',
    secret: 'a github secret',
    placeholder: "secret='...'",
    header: 'x-github-delivery',
  },
  { name: 'stripe-style', secret: 'whsec_stripe_test', placeholder: "secret='whsec_...'", header: undefined },
])('$name recipe', ({ name, secret, placeholder, header }) => {
  it('signs a request the contract’s receiver verifies and identifies', async () => {
    // github-style keeps its wire setting in the config, stripe-style in the document.
    const config = JSON.parse(
      await readFile(example(name).replace('asyncapi/asyncapi.yaml', 'hookwright.config.json'), 'utf8'),
    );
    const { contract, diagnostics } = await loader.load(
      example(name),
      config.wire ? { wire: config.wire } : {},
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const c = contract as Contract;
    const event = c.events[0]!;
    const data = event.examples[0]!.payload;
    const facts = requestFacts(c, { event, data });
    const received = await runRecipe(facts.recipe.replace(placeholder, `secret='${secret}'`));
    expect(received.body).toBe(JSON.stringify(data));
    if (header) expect(received.headers[header]).toMatch(/^[0-9a-f]{24}$/);
    const table = createEventTable(
      c.events.map((e) => ({
        type: e.type,
        version: e.version,
        deprecated: e.deprecated,
        validate: () => ({ valid: true as const }),
      })),
      { wire: defineWire({ body: c.bodyMode, ...c.wire }) },
    );
    const parsed = (await createEventApi(table).constructEvent(received.body, received.headers, {
      secret,
    })) as {
      type: string;
      version: number;
    };
    expect(`${parsed.type}@${parsed.version}`).toBe(event.id);
  });
});
