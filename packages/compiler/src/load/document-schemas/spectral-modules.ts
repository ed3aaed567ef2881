import { createRequire } from 'node:module';

/**
 * The modules `@asyncapi/parser` validates documents with, resolved the way the parser resolves
 * them: the parser requires `@stoplight/spectral-functions`, which requires `ajv`, `ajv-formats`
 * and `ajv-errors` from its own place in node_modules. A precompiled document schema is only
 * equivalent when it was built, and is run, with those very copies.
 */
export interface SpectralModules {
  /** `require` as seen from `@asyncapi/parser`'s entry (its own files by relative path). */
  readonly parser: NodeJS.Require;
  /** `require` as seen from `@stoplight/spectral-functions`' entry (its `ajv`, its formats). */
  readonly spectral: NodeJS.Require;
}

let modules: SpectralModules | undefined;

export function spectralModules(): SpectralModules {
  if (!modules) {
    const parser = createRequire(createRequire(import.meta.url).resolve('@asyncapi/parser'));
    modules = { parser, spectral: createRequire(parser.resolve('@stoplight/spectral-functions')) };
  }
  return modules;
}

/** The part of an ajv instance a document-schema validator depends on. */
export interface AjvLike {
  readonly opts: Record<string, unknown> & { code: Record<string, unknown> };
  readonly formats: Record<string, unknown>;
  readonly schemas: Record<string, unknown>;
  readonly RULES: { keywords: Record<string, unknown> };
  compile(schema: unknown, meta?: boolean): AjvValidateFunction;
}

export type AjvValidateFunction = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/** ajv's draft-07 class as spectral-functions loads it: the one its `schema` function compiles with. */
export function spectralAjvClass(): { prototype: AjvLike } {
  return (spectralModules().spectral('ajv') as { default: { prototype: AjvLike } }).default;
}

type Compile = (this: AjvLike, schema: unknown, meta?: boolean) => AjvValidateFunction;

/**
 * Puts `wrap(compile)` in place of the `compile` of spectral's ajv class.
 *
 * @returns what puts the class's own `compile` back.
 */
export function wrapSpectralCompile(wrap: (compile: Compile) => Compile): () => void {
  const prototype = spectralAjvClass().prototype;
  const hadOwn = Object.hasOwn(prototype, 'compile');
  const { compile } = prototype;
  prototype.compile = wrap(compile);
  return () => {
    if (hadOwn) prototype.compile = compile;
    else delete (prototype as Partial<AjvLike>).compile;
  };
}
