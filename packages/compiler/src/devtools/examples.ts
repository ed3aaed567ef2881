import { resolveExamples } from '../emit/docs/examples/resolve-examples.js';
import type { Contract, JsonValue, MessageExample } from '../ir/contract.js';
import { DevtoolsError } from './errors.js';

/** The payload `hookwright trigger` sends when given no `--data`. */
export interface EventExample {
  value: JsonValue;
  /** The example's name in the contract, when it has one. */
  name?: string;
  /** `contract`: written by the author; `synthesized`: built from the schema, as the docs do. */
  origin: 'contract' | 'synthesized';
  /** The example's message headers, when it gives any (values as text, as HTTP carries them). */
  headers?: Record<string, string>;
}

/**
 * An example payload for one event (`type@version`): the contract's example called `name`, or by
 * default its first example with a payload, else one synthesised from the payload schema (the same
 * synthesis the docs use, accepted only when the schema's validator passes it).
 *
 * @example
 * exampleFor(contract, 'order.created@2').value; // the first example of order.created@2
 * exampleFor(contract, 'order.created@2', 'usdOrder').name; // 'usdOrder'
 */
export function exampleFor(contract: Contract, eventId: string, name?: string): EventExample {
  const event = contract.events.find((e) => e.id === eventId);
  if (!event) throw new DevtoolsError('NO_EXAMPLE', `${eventId} is not an event of ${contract.name}`);
  const withPayload = event.examples.filter((e) => e.payload !== undefined);
  if (name !== undefined) {
    const found = withPayload.find((e) => e.name === name);
    if (!found) {
      const names = withPayload.map((e) => e.name).filter((n): n is string => n !== undefined);
      const known = names.length > 0 ? `; its examples: ${names.join(', ')}` : '; it has no named examples';
      throw new DevtoolsError('UNKNOWN_EXAMPLE', `${eventId} has no example named "${name}"${known}`);
    }
    return { value: found.payload as JsonValue, name, origin: 'contract', ...headersOf(found) };
  }
  const first = withPayload[0];
  if (first) {
    return {
      value: first.payload as JsonValue,
      ...(first.name === undefined ? {} : { name: first.name }),
      origin: 'contract',
      ...headersOf(first),
    };
  }
  const resolved = resolveExamples({ ...contract, events: [event] });
  const synthesized = resolved.examples[eventId];
  if (!synthesized) {
    const why = resolved.diagnostics[0]?.message ?? `no example for ${eventId}`;
    throw new DevtoolsError('NO_EXAMPLE', `${why}; pass the payload with --data <file>`);
  }
  return { value: synthesized.value, origin: 'synthesized' };
}

function headersOf(example: MessageExample): { headers?: Record<string, string> } {
  const given = example.headers;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return {};
  const entries = Object.entries(given).filter(([, v]) => v !== null && typeof v !== 'object');
  return entries.length === 0 ? {} : { headers: Object.fromEntries(entries.map(([k, v]) => [k, String(v)])) };
}
