import {
  blankLine,
  type CompiledModule,
  compiledModule,
  constant,
  exportedFunction,
  exportNames,
  exportTypesFrom,
  genericCall,
  importNames,
  importTypes,
  type Statement,
  typesOnly,
  untyped,
} from './compiled-module.js';

/** A doc comment, `/** ... *\/` and its line break, kept in the source, the JavaScript and the declarations. */
type Doc = string;

/**
 * What one package's `src/index.ts` binds, the rest being the same for the sender and the receiver.
 * `maps` are the type arguments the runtime's types take (`EventMap, LatestVersions`).
 */
export interface IndexModuleParts {
  maps: string;
  /** `EventHeadersMap` when a message describes headers: imported from `./types.js` beside `EventMap`. */
  headersMap: string | undefined;
  /** The runtime subpath (`@hookwright/runtime/sender`) and what is imported from it. */
  runtime: { from: string; names: readonly string[] };
  /** What the package re-exports besides its types and `./events.js`. */
  reexports: readonly Statement[];
  /** The package's own type aliases, with their docs. */
  types: string;
  /** `export function <name>(options: <options>): <returns><maps>`, calling `<calls><maps>(events, options)`. */
  factory: { doc: Doc; name: string; options: string; returns: string; calls: string };
  /** `const <name>: <type><maps> = <bind><maps>(events)`: the runtime's functions bound to the table. */
  api: { name: string; type: string; bind: string };
  /** Functions of `api` exported under their own names, typed `<type><maps>['<name>']`. */
  functions: readonly { doc: Doc; name: string; wrapped?: boolean }[];
}

/**
 * A package's `src/index.ts` with the `dist/` pair it compiles to: the runtime bound to this
 * contract's event table and maps, the same shape for the sender and the receiver.
 */
export function emitIndexModule(parts: IndexModuleParts): CompiledModule {
  const { maps, factory, api } = parts;
  return compiledModule([
    importTypes(['DataOfKey', 'EventKeyOf', 'SentEnvelopeOfKey'], '@hookwright/runtime/events'),
    importNames({ names: parts.runtime.names, from: parts.runtime.from, multiline: true }),
    importNames({ names: ['events', 'type LatestVersions'], from: './events.js' }),
    importTypes(parts.headersMap ? [parts.headersMap, 'EventMap'] : ['EventMap'], './types.js'),
    blankLine,
    exportTypesFrom('./types.js'),
    exportNames({ names: ['events', 'type LatestVersions'], from: './events.js' }),
    ...parts.reexports,
    blankLine,
    typesOnly(parts.types),
    blankLine,
    exportedFunction({
      doc: factory.doc,
      name: factory.name,
      params: [{ name: 'options', type: factory.options }],
      returns: `${factory.returns}<${maps}>`,
      returned: genericCall(factory.calls, maps, 'events, options'),
    }),
    blankLine,
    constant({
      exported: false,
      name: api.name,
      type: `${api.type}<${maps}>`,
      value: genericCall(api.bind, maps, 'events'),
    }),
    ...parts.functions.flatMap(({ doc, name, wrapped }) => [
      blankLine,
      constant({
        doc,
        exported: true,
        name,
        type: `${api.type}<${maps}>['${name}']`,
        value: untyped(`${api.name}.${name}`),
        wrapped,
      }),
    ]),
  ]);
}
