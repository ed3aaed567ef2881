/**
 * The contract's wire format: the `wire` option (from the config file, already checked there) wins
 * over the document's root `x-hookwright-wire`, which is checked here with the same schema and
 * reported at its place in the document.
 */
import { Ajv, type ErrorObject } from 'ajv';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';
import type { Contract } from '../contract.js';
import { type ContractWire, type WireSetting, wireSchema } from '../wire.js';

export const WIRE_EXTENSION = 'x-hookwright-wire';

let validate: ReturnType<Ajv['compile']> | undefined;

/** `bodyMode` and `wire` of the contract, or diagnostics at the extension's faulty fields. */
export function wireOf(
  graph: SourceGraph,
  root: Record<string, unknown>,
  rootLoc: RawLocation,
  option: WireSetting | undefined,
): { wire: Pick<Contract, 'bodyMode' | 'wire'>; diagnostics: Diagnostic[] } {
  let setting = option;
  if (setting === undefined && root[WIRE_EXTENSION] !== undefined) {
    const value = root[WIRE_EXTENSION];
    validate ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(wireSchema);
    if (!validate(value)) {
      const at = `${rootLoc.pointer}/${WIRE_EXTENSION}`;
      return {
        wire: { bodyMode: 'envelope' },
        diagnostics: (validate.errors ?? [])
          // `if` only repeats what its `then` reported.
          .filter((e) => e.keyword !== 'if')
          .map((e) => problem(graph, rootLoc, at, e)),
      };
    }
    setting = value as WireSetting;
  }
  if (setting === undefined) return { wire: { bodyMode: 'envelope' }, diagnostics: [] };
  const { body = 'envelope', ...rest } = setting;
  const wire: ContractWire = {
    ...(rest.eventType === undefined ? {} : { eventType: [...rest.eventType] }),
    ...(rest.eventVersion === undefined ? {} : { eventVersion: rest.eventVersion }),
    ...(rest.signature === undefined ? {} : { signature: rest.signature }),
    ...(rest.deliveryId === undefined ? {} : { deliveryId: rest.deliveryId }),
  };
  return { wire: { bodyMode: body, wire }, diagnostics: [] };
}

function problem(graph: SourceGraph, rootLoc: RawLocation, at: string, e: ErrorObject): Diagnostic {
  const extra = e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '';
  const pointer = `${at}${e.instancePath}${extra}`;
  const subject =
    e.keyword === 'additionalProperties'
      ? `unknown key "${String(e.params.additionalProperty)}"; expected body, eventType, eventVersion, signature, deliveryId`
      : e.keyword === 'pattern'
        ? `expected "header:<name>" or "body:<JSON pointer>" (e.g. "header:x-github-event", "body:/action"), found ${JSON.stringify(e.data)}`
        : e.keyword === 'enum'
          ? `${e.message} (${(e.params.allowedValues as string[]).join(', ')}), found ${JSON.stringify(e.data)}`
          : e.keyword === 'required' && e.params.missingProperty === 'eventType'
            ? 'body "payload" needs eventType: the parts naming the event, e.g. ["header:x-github-event", "body:/action"]'
            : (e.message ?? e.keyword);
  return graph.diagnostic(
    { file: rootLoc.file, pointer },
    'error',
    'invalid-wire',
    `${WIRE_EXTENSION}${e.instancePath}: ${subject}`,
  );
}
