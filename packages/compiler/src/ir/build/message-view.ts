import { childPointer, isPlainObject } from '../../load/json-pointer.js';
import type { RawLocation, SourceGraph } from '../../load/source-graph.js';

/** A field of a message after traits are applied, with the place it was written. */
export interface WrittenField {
  value: unknown;
  loc: RawLocation;
}

/**
 * A message object with its traits applied, field by field, without copying anything: each
 * field is read from the source that wins, so names and positions stay those of the source.
 *
 * Precedence follows the specs (and @asyncapi/parser): in 2.x traits are merged over the
 * message, so the last trait that sets a field wins; in 3.x the message's own fields win and,
 * among traits, the later one wins. Object-valued fields (e.g. `headers`) are taken whole from
 * the winning source rather than deep-merged.
 */
export interface MessageView {
  /** Where the message object is written (after following `$ref`s). */
  loc: RawLocation;
  get(field: string): WrittenField | undefined;
  /** The field when it is a string. */
  string(field: string): string | undefined;
}

export function messageView(graph: SourceGraph, loc: RawLocation, asyncapiMajor: number): MessageView {
  const message = graph.value(loc);
  const sources: RawLocation[] = [];
  const traits = isPlainObject(message) && Array.isArray(message.traits) ? message.traits : [];
  const traitLocs = traits.map(
    (_, i) => graph.deref({ file: loc.file, pointer: childPointer(loc.pointer, 'traits', i) }).loc,
  );
  if (asyncapiMajor >= 3) sources.push(loc, ...traitLocs.reverse());
  else sources.push(...traitLocs.reverse(), loc);
  const get = (field: string): WrittenField | undefined => {
    for (const source of sources) {
      const object = graph.value(source);
      if (isPlainObject(object) && field !== 'traits' && Object.hasOwn(object, field)) {
        return {
          value: object[field],
          loc: { file: source.file, pointer: childPointer(source.pointer, field) },
        };
      }
    }
    return undefined;
  };
  return {
    loc,
    get,
    string(field) {
      const value = get(field)?.value;
      return typeof value === 'string' ? value : undefined;
    },
  };
}
