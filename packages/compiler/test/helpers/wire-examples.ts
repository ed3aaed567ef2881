/**
 * The github-style and stripe-style examples as the docs tests need them: the contract IR with the
 * example's own wire setting, and the runtime's receiver API for it (validation left out: these
 * tests are about what is signed and how the event is named).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createEventTable, defineWire } from '@hookwright/runtime/events';
import { createEventApi } from '@hookwright/runtime/receiver';
import type { Contract } from '../../src/ir/contract.js';
import type { ContractLoader } from '../../src/load/contract-loader.js';

export const WIRE_EXAMPLES = [
  {
    name: 'github-style',
    secret: 'a github secret',
    placeholder: "secret='...'",
    header: 'x-github-delivery',
  },
  { name: 'stripe-style', secret: 'whsec_stripe_test', placeholder: "secret='whsec_...'", header: undefined },
] as const;

const example = (name: string) =>
  fileURLToPath(new URL(`../../../../examples/${name}/asyncapi/asyncapi.yaml`, import.meta.url));

/** github-style keeps its wire setting in the config, stripe-style in the document. */
export async function loadWireExample(loader: ContractLoader, name: string): Promise<Contract> {
  const config = JSON.parse(
    await readFile(example(name).replace('asyncapi/asyncapi.yaml', 'hookwright.config.json'), 'utf8'),
  );
  const { contract, diagnostics } = await loader.load(
    example(name),
    config.wire ? { wire: config.wire } : {},
  );
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!contract || errors.length > 0) throw new Error(`${name} did not load: ${JSON.stringify(errors)}`);
  return contract;
}

/** `constructEvent` for the contract's wire format; resolves to the event's `type@version`. */
export async function identify(
  contract: Contract,
  body: string,
  headers: Record<string, string>,
  secret: string,
): Promise<string> {
  const table = createEventTable(
    contract.events.map((e) => ({
      type: e.type,
      version: e.version,
      deprecated: e.deprecated,
      validate: () => ({ valid: true as const }),
    })),
    { wire: defineWire({ body: contract.bodyMode, ...contract.wire }) },
  );
  const event = (await createEventApi(table).constructEvent(body, headers, { secret })) as {
    type: string;
    version: number;
  };
  return `${event.type}@${event.version}`;
}
