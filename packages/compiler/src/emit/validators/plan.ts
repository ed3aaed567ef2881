import type { Contract, JsonSchema, SchemaDialect, SourceLocation } from '../../ir/contract.js';
import { eventSchemaId, namedSchemaId, type SchemaPart } from './ids.js';
import { type PreparedSchema, type PreparedSchemas, prepareSchema as prepare } from './prepare-schema.js';

/** One schema ajv compiles into one exported function of a dialect module. */
export interface SchemaUnit {
  /** `$id` inside ajv. */
  id: string;
  /** Export name in the dialect module: `s<i>` for named schemas, `p<i>`/`h<i>` for events. */
  exportName: string;
  /** Who the author knows it as: `schema Money`, `payload of order.created@2`. */
  label: string;
  source: SourceLocation;
  /** JSON pointer of the schema inside `source.file` (the event's schema sits under its message). */
  pointer: string;
  prepared: PreparedSchema;
  /** Named schemas reachable through refs (itself excluded unless recursive), sorted. */
  closure: string[];
}

/** Where the validator for one event part or named schema lives. */
export interface ValidatorBinding {
  dialect: SchemaDialect;
  exportName: string;
}

export interface DialectPlan {
  dialect: SchemaDialect;
  /** Named schemas first (referenced before referencing), then event schemas in contract order. */
  units: SchemaUnit[];
}

export interface ValidatorPlan {
  /** `draft-07` before `2020-12`; only dialects something is compiled in. */
  dialects: DialectPlan[];
  payloads: Map<string, ValidatorBinding>;
  headers: Map<string, ValidatorBinding>;
  schemas: Map<string, ValidatorBinding>;
}

const DIALECTS: readonly SchemaDialect[] = ['draft-07', '2020-12'];

/**
 * Decides what is compiled where. Each dialect gets one ajv instance and one module; a named
 * schema is compiled in every dialect whose events reach it (once per dialect), and its exported
 * validator (`schemaValidators.X`) comes from the dialect of the events that use it, or the
 * contract's default dialect when events of both dialects (or none) use it. An event schema that
 * is only a ref to a named schema reuses that schema's function instead of compiling a copy.
 * `preparer`: the one the previous plan of this contract used (watch mode).
 */
export function planValidators(contract: Contract, preparer?: PreparedSchemas): ValidatorPlan {
  const names = Object.keys(contract.schemas).sort();
  const hasSchema = (name: string) => Object.hasOwn(contract.schemas, name);
  preparer?.startPlan(JSON.stringify(names));
  const prepareSchema = (schema: JsonSchema, id: string) =>
    preparer ? preparer.prepare(schema, id, hasSchema) : prepare(schema, id, hasSchema);
  const named = new Map<string, SchemaUnit>();
  names.forEach((name, i) => {
    const entry = contract.schemas[name]!;
    const prepared = prepareSchema(entry.schema, namedSchemaId(name));
    named.set(name, {
      id: namedSchemaId(name),
      exportName: `s${i}`,
      label: `schema ${name}`,
      source: entry.source,
      pointer: entry.source.pointer,
      prepared,
      closure: [],
    });
  });
  for (const unit of named.values()) unit.closure = closureOf(unit.prepared.refs, named);

  const needed = new Map<SchemaDialect, Set<string>>(DIALECTS.map((d) => [d, new Set<string>()]));
  const eventUnits = new Map<SchemaDialect, SchemaUnit[]>(DIALECTS.map((d) => [d, []]));
  const payloads = new Map<string, ValidatorBinding>();
  const headers = new Map<string, ValidatorBinding>();
  contract.events.forEach((event, i) => {
    const parts: [SchemaPart, typeof event.payload | undefined, Map<string, ValidatorBinding>][] = [
      ['payload', event.payload, payloads],
      ['headers', event.headers, headers],
    ];
    for (const [part, schema, bindings] of parts) {
      if (schema === undefined) continue;
      const id = eventSchemaId(event.id, part);
      const prepared = prepareSchema(schema, id);
      const closure = closureOf(prepared.refs, named);
      for (const name of closure) needed.get(event.dialect)!.add(name);
      const alias = aliasOf(prepared);
      if (alias !== undefined) {
        bindings.set(event.id, { dialect: event.dialect, exportName: named.get(alias)!.exportName });
        continue;
      }
      const exportName = `${part === 'payload' ? 'p' : 'h'}${i}`;
      eventUnits.get(event.dialect)!.push({
        id,
        exportName,
        label: `${part} of ${event.id}`,
        source: event.source,
        pointer: `${event.source.pointer}/${part}`,
        prepared,
        closure,
      });
      bindings.set(event.id, { dialect: event.dialect, exportName });
    }
  });

  const fallback: SchemaDialect =
    contract.events.length > 0 && contract.events.every((e) => e.dialect === '2020-12')
      ? '2020-12'
      : 'draft-07';
  const schemas = new Map<string, ValidatorBinding>();
  for (const name of names) {
    const users = DIALECTS.filter((d) => needed.get(d)!.has(name));
    const home = users.length === 1 ? users[0]! : fallback;
    if (!needed.get(home)!.has(name)) {
      needed.get(home)!.add(name);
      for (const dep of named.get(name)!.closure) needed.get(home)!.add(dep);
    }
    schemas.set(name, { dialect: home, exportName: named.get(name)!.exportName });
  }

  const dialects: DialectPlan[] = [];
  for (const dialect of DIALECTS) {
    const namedHere = dependencyOrder([...needed.get(dialect)!].sort(), named);
    const units = [...namedHere.map((name) => named.get(name)!), ...eventUnits.get(dialect)!];
    if (units.length > 0) dialects.push({ dialect, units });
  }
  return { dialects, payloads, headers, schemas };
}

/** The named schema an event schema merely points at (`{"$ref": "#/schemas/X"}`, maybe with annotations). */
function aliasOf(prepared: PreparedSchema): string | undefined {
  const keys = Object.keys(prepared.compiled);
  if (keys.length !== 2 || prepared.refs.length !== 1 || typeof prepared.compiled.$ref !== 'string')
    return undefined;
  return prepared.compiled.$ref === namedSchemaId(prepared.refs[0]!) ? prepared.refs[0] : undefined;
}

function closureOf(refs: readonly string[], named: ReadonlyMap<string, SchemaUnit>): string[] {
  const seen = new Set<string>();
  const stack = [...refs];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...(named.get(name)?.prepared.refs ?? []));
  }
  return [...seen].sort();
}

/**
 * Referenced schemas before the schemas that reference them (cycles in name order), so each is
 * compiled on its own and strict-mode warnings are attributed to the schema they are about.
 */
function dependencyOrder(names: readonly string[], named: ReadonlyMap<string, SchemaUnit>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of named.get(name)?.prepared.refs ?? []) visit(dep);
    order.push(name);
  };
  for (const name of names) visit(name);
  return order;
}
