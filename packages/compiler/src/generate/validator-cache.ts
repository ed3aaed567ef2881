import type { UnknownKeywordPolicy } from '../emit/validators/index.js';
import { buildValidators, type ValidatorBuild } from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';

/**
 * The last validator build, reused while what the validators are made of is unchanged. Compiling
 * the validators is most of an emit, and in watch mode most edits do not touch them: a summary,
 * a description, a channel, or lines shifting above a schema. The key holds exactly what
 * `buildValidators` reads (test/generate/validator-cache.test.ts fails when it reads more); source
 * locations only matter for its diagnostics, so a build that reported any is reused only when
 * those are unchanged too.
 */
export class ValidatorCache {
  private last: { key: string; located: string; build: ValidatorBuild } | undefined;

  build(contract: Contract, unknownKeywords: UnknownKeywordPolicy | undefined): ValidatorBuild {
    const key = JSON.stringify([validatorInputs(contract), unknownKeywords ?? 'warn']);
    const last = this.last;
    if (last?.key === key && (last.build.diagnostics.length === 0 || last.located === locations(contract)))
      return last.build;
    const build = buildValidators(contract, unknownKeywords === undefined ? {} : { unknownKeywords });
    this.last = { key, located: build.diagnostics.length === 0 ? '' : locations(contract), build };
    return build;
  }
}

/** What the validators are compiled from: schemas and examples by event id and schema name. */
export function validatorInputs(contract: Contract): unknown {
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

/** Where each schema and example was written: what the validators' diagnostics point at. */
function locations(contract: Contract): string {
  return JSON.stringify([
    contract.events.map((event) => [event.source, event.examples.map((example) => example.source)]),
    Object.values(contract.schemas).map((schema) => schema.source),
  ]);
}
