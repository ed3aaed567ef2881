import type { Diagnostic } from '../diagnostics/diagnostic.js';
import {
  type ExampleResolution,
  type ExampleValidators,
  resolveExamples,
} from '../emit/docs/examples/resolve-examples.js';
import { SynthesisMemo } from '../emit/docs/examples/synthesis-memo.js';
import {
  buildValidators,
  type UnknownKeywordPolicy,
  type ValidatorBuild,
  ValidatorSession,
} from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';

/**
 * The validators and the docs' example payloads of the last emit, reused while what they are made
 * of is unchanged. Both come from the contract's schemas and examples alone, and they are most of
 * an emit; in watch mode most edits touch neither: a summary, a description, a channel, lines
 * shifting above a schema. The key holds exactly what `buildValidators` and `resolveExamples` read
 * (test/generate/schema-output-cache.test.ts fails when they read more). Source locations only
 * matter for their diagnostics, so a result that reported any is reused only when those are
 * unchanged too.
 *
 * @example
 * const cache = new SchemaOutputCache();
 * const key = cache.keyOf(contract);
 * const validators = cache.validators(contract, key, 'warn');
 * const examples = cache.examples(contract, key);
 */
export class SchemaOutputCache {
  private readonly lastValidators = new LastResult<ValidatorBuild>();
  private readonly lastExamples = new LastResult<ExampleResolution>();
  // When the schemas did change: what the last emit compiled and synthesised, reused schema by schema.
  private readonly session = new ValidatorSession();
  private readonly synthesis = new SynthesisMemo();

  /** The key of `contract`'s schemas and examples; computed once per emit, shared by both outputs. */
  keyOf(contract: Contract): string {
    return JSON.stringify(schemaInputs(contract));
  }

  validators(
    contract: Contract,
    key: string,
    unknownKeywords: UnknownKeywordPolicy | undefined,
  ): ValidatorBuild {
    const policy = unknownKeywords ?? 'warn';
    // The build is remembered without its in-process validators (an ajv instance holding every
    // function's source), which only this emit's example synthesis needs.
    let built: ValidatorBuild | undefined;
    const kept = this.lastValidators.get(contract, `${policy} ${key}`, () => {
      built = buildValidators(contract, { unknownKeywords: policy }, this.session);
      const { compiled: _, ...rest } = built;
      return rest;
    });
    return built ?? kept;
  }

  /** `compiled`: this emit's validators, when they were just built (a reused build no longer has them). */
  examples(contract: Contract, key: string, compiled: ExampleValidators | undefined): ExampleResolution {
    return this.lastExamples.get(contract, key, () => resolveExamples(contract, compiled, this.synthesis));
  }
}

/** What validators and example payloads are made of: schemas and examples by event id and schema name. */
export function schemaInputs(contract: Contract): unknown {
  return {
    events: contract.events.map(({ id, dialect, payload, headers, examples }) => ({
      id,
      dialect,
      payload,
      headers,
      examples: examples.map(({ name, payload, headers }) => ({ name, payload, headers })),
    })),
    schemas: Object.values(contract.schemas).map(({ name, schema }) => ({ name, schema })),
  };
}

/** One remembered result; with diagnostics, valid only where they still point at the same places. */
class LastResult<T extends { diagnostics: Diagnostic[] }> {
  private last: { key: string; located: string; value: T } | undefined;

  get(contract: Contract, key: string, compute: () => T): T {
    const last = this.last;
    if (last?.key === key && (last.value.diagnostics.length === 0 || last.located === locations(contract)))
      return last.value;
    const value = compute();
    this.last = { key, located: value.diagnostics.length === 0 ? '' : locations(contract), value };
    return value;
  }
}

/** Where each event, schema and example was written: what the diagnostics point at. */
function locations(contract: Contract): string {
  return JSON.stringify([
    contract.events.map((event) => [event.source, event.examples.map((example) => example.source)]),
    Object.values(contract.schemas).map((schema) => schema.source),
  ]);
}
