import { type Contract, type EventVersion, type JsonValue, refName } from '../../../ir/contract.js';

/** A synthesised example accepted by the event's validator, or why there is none. */
export type Synthesis = { value: JsonValue } | { problem: string };

/** `"$ref":"<ref>"` in a schema's JSON: what synthesis and validation follow into named schemas. */
const REF = /"\$ref":("(?:[^"\\]|\\.)*")/g;

/**
 * What `resolveExamples` synthesised for each event, kept from one emit to the next (watch mode)
 * by what it is made of: the event's dialect, its payload schema and every named schema that
 * schema reaches (annotations included: `examples` and `default` feed synthesis). An edit to one
 * schema then synthesises again only the examples of the events that reach it. Outcomes carry no
 * location; the warnings are made for where the event is now.
 *
 * @example
 * const memo = new SynthesisMemo(); // kept between emits
 * resolveExamples(contract, compiled, memo);
 */
export class SynthesisMemo {
  private last = new Map<string, Synthesis>();
  private keys = new Map<EventVersion, string>();

  /** The remembered outcomes for those of `events` whose schemas are unchanged. */
  recall(contract: Contract, events: readonly EventVersion[]): Map<EventVersion, Synthesis> {
    const texts = new Map<string, string>();
    const textOf = (name: string) => {
      let text = texts.get(name);
      if (text === undefined) {
        text = JSON.stringify(contract.schemas[name]?.schema ?? null);
        texts.set(name, text);
      }
      return text;
    };
    this.keys = new Map();
    const found = new Map<EventVersion, Synthesis>();
    for (const event of events) {
      const payload = JSON.stringify(event.payload ?? null);
      const reached = [...namesReached(payload, textOf)].sort();
      const key = [event.dialect, payload, ...reached.map((name) => `${name}\n${textOf(name)}`)].join('\n');
      this.keys.set(event, key);
      const outcome = this.last.get(key);
      if (outcome) found.set(event, outcome);
    }
    return found;
  }

  /** Remembers this emit's outcomes (of the events last recalled) for the next; forgets the rest. */
  keep(outcomes: ReadonlyMap<EventVersion, Synthesis>): void {
    const last = new Map<string, Synthesis>();
    for (const [event, key] of this.keys) {
      const outcome = outcomes.get(event);
      if (outcome) last.set(key, outcome);
    }
    this.last = last;
  }
}

/** Names of the named schemas `json` reaches through refs, transitively (existing or not). */
function namesReached(json: string, textOf: (name: string) => string): Set<string> {
  const seen = new Set<string>();
  const pending = [json];
  while (pending.length > 0) {
    for (const match of pending.pop()!.matchAll(REF)) {
      const name = refName(JSON.parse(match[1]!) as string);
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      pending.push(textOf(name));
    }
  }
  return seen;
}
