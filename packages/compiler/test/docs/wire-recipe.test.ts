/**
 * The docs' curl + openssl recipes for payload-mode contracts (the github-style and stripe-style
 * examples) send requests that the runtime's receiver for that contract accepts and identifies.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { requestFacts } from '../../src/emit/docs/wire-reference.js';
import { ContractLoader } from '../../src/load/contract-loader.js';
import { identify, loadWireExample, WIRE_EXAMPLES } from '../helpers/wire-examples.js';
import { runRecipe } from './run-recipe.js';

const loader = new ContractLoader();
afterAll(() => loader.close());

describe.each(WIRE_EXAMPLES)('$name recipe', ({ name, secret, placeholder, header }) => {
  it('signs a request the contract’s receiver verifies and identifies', async () => {
    const contract = await loadWireExample(loader, name);
    const event = contract.events[0]!;
    const data = event.examples[0]!.payload;
    const facts = requestFacts(contract, { event, data });
    const received = await runRecipe(facts.recipe.replace(placeholder, `secret='${secret}'`));
    expect(received.body).toBe(JSON.stringify(data));
    if (header) expect(received.headers[header]).toMatch(/^[0-9a-f]{24}$/);
    expect(await identify(contract, received.body, received.headers, secret)).toBe(event.id);
  });
});
