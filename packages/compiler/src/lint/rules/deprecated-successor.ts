import type { Contract, EventVersion, JsonSchema } from '../../ir/contract.js';
import { refName } from '../../ir/contract.js';
import type { LintRule } from '../lint-rule.js';

/**
 * A deprecated version must say which version replaces it, so consumers know where to move:
 * its summary or description (or its payload schema's description) mentions a later version of
 * the same type that exists (`order.created@3`, `version 3`, `v3`).
 */
export const deprecatedSuccessor: LintRule = {
  id: 'deprecated-successor',
  defaultSeverity: 'warning',
  description: 'A deprecated event version names a later version of its type that exists.',
  check({ contract }) {
    return contract.events
      .filter((e) => e.deprecated)
      .flatMap((e) => {
        const later = contract.events.filter((o) => o.type === e.type && o.version > e.version);
        if (later.length === 0) {
          return [
            {
              message: `${e.id} is deprecated but no later version of ${e.type} exists to replace it`,
              at: e.source,
            },
          ];
        }
        const named = mentionedVersions(e, texts(e, contract));
        if (later.some((o) => named.has(o.version))) return [];
        const hint = later.find((o) => !o.deprecated) ?? later[later.length - 1]!;
        return [
          {
            message: `${e.id} is deprecated but does not name its successor: add "Use ${hint.id} instead." to its description`,
            at: e.source,
          },
        ];
      });
  },
};

function texts(event: EventVersion, contract: Contract): string[] {
  const out = [event.summary, event.description];
  let payload: JsonSchema | undefined = event.payload;
  for (let hops = 0; hops < 5 && typeof payload === 'object'; hops++) {
    if (typeof payload.description === 'string') out.push(payload.description);
    const name: string | undefined = typeof payload.$ref === 'string' ? refName(payload.$ref) : undefined;
    payload = name === undefined ? undefined : contract.schemas[name]?.schema;
  }
  return out.filter((t): t is string => typeof t === 'string');
}

function mentionedVersions(event: EventVersion, texts: string[]): Set<number> {
  const type = event.type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [new RegExp(`${type}@(\\d+)`, 'g'), /\bversion\s+(\d+)/gi, /\bv(\d+)\b/gi];
  const found = new Set<number>();
  for (const text of texts) {
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.add(Number(m[1]));
  }
  return found;
}
