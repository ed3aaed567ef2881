import { createRequire } from 'node:module';
import type { ts as TypeScript } from 'ts-morph';

let loaded: typeof TypeScript | undefined;

/**
 * The TypeScript API, required on first use: ts-morph's bundled copy (TypeScript 6.0, whose
 * printer output the golden tests pin).
 *
 * Not `import { ts } from 'ts-morph'`: importing a CommonJS module into ESM makes Node scan its
 * source for named exports (cjs-module-lexer), following ts-morph's re-exports into the 9 MB
 * TypeScript bundle, and evaluates ts-morph's own 1 MB on top. `require` of
 * `@ts-morph/common` (resolved from ts-morph, whose dependency it is) skips both: about
 * 0.35 s less start-up in every `generate` (scripts/bench/codegen/README.md).
 *
 * Not at import either: evaluating the bundle takes about 0.2 s, and a `generate` starts the
 * parser's worker thread only after the compiler is imported. Loaded when the first type is
 * printed, it overlaps the parser instead of delaying its start (docs/loading.md).
 */
function typescript(): typeof TypeScript {
  if (loaded) return loaded;
  const requireFromTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
  loaded = (requireFromTsMorph('@ts-morph/common') as { ts: typeof TypeScript }).ts;
  return loaded;
}

/** `ts.x` reads `x` of the API, loading it on the first read. */
export const ts: typeof TypeScript = new Proxy({} as typeof TypeScript, {
  get: (_, key) => Reflect.get(typescript(), key),
});
