import { SchemaIndex } from '../../diff/schema/schema-index.js';
import { childPointer } from '../../load/json-pointer.js';
import type { LintRule } from '../lint-rule.js';
import { DEFAULT_SIZE_ASSUMPTIONS, estimateMaxSize, type SizeAssumptions } from '../payload-size.js';

/** The receiver's default body limit (DESIGN.md): larger bodies are answered 413. */
export const DEFAULT_PAYLOAD_LIMIT = 1024 * 1024;

/** Room for the envelope around `data`: type, version, timestamp. */
const ENVELOPE_BYTES = 128;

export const maxPayloadSize: LintRule = {
  id: 'max-payload-size',
  defaultSeverity: 'warning',
  description: `The estimated largest body of an event stays under a limit (option "limit", default ${DEFAULT_PAYLOAD_LIMIT} bytes).`,
  check({ contract, options }) {
    const limit = typeof options.limit === 'number' ? options.limit : DEFAULT_PAYLOAD_LIMIT;
    const assume: SizeAssumptions = { ...DEFAULT_SIZE_ASSUMPTIONS };
    for (const key of Object.keys(assume) as Array<keyof SizeAssumptions>) {
      if (typeof options[key] === 'number') assume[key] = options[key] as number;
    }
    const index = new SchemaIndex(contract);
    return contract.events.flatMap((e) => {
      const pointer = childPointer(e.source.pointer, 'payload');
      const payload = estimateMaxSize(
        { schema: e.payload, loc: { anchor: e.source, pointer } },
        index,
        assume,
      );
      const size = payload + (contract.bodyMode === 'envelope' ? ENVELOPE_BYTES : 0);
      if (size <= limit) return [];
      return [
        {
          message: `${e.id}: estimated largest body ${size} bytes is over the limit of ${limit} (unbounded strings counted as ${assume.stringLength} characters, arrays as ${assume.arrayItems} items, maps as ${assume.mapEntries} entries): set maxLength/maxItems/maxProperties`,
          at: e.source,
        },
      ];
    });
  },
};
