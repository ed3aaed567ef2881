import { createRequire } from 'node:module';
import type { ts as TypeScript } from 'ts-morph';

/**
 * The TypeScript compiler API the emitters print and transpile with: ts-morph's bundled copy
 * (TypeScript 6.0, whose printer output the golden tests pin), loaded with `require`.
 *
 * Not `import { ts } from 'ts-morph'`: importing a CommonJS module into ESM makes Node scan its
 * source for named exports (cjs-module-lexer), following ts-morph's re-exports into the 9 MB
 * TypeScript bundle, and evaluates ts-morph's own 1 MB on top. `require` of
 * `@ts-morph/common` (resolved from ts-morph, whose dependency it is) skips both: about
 * 0.35 s less start-up in every `generate` (scripts/bench/codegen/README.md).
 */
const requireFromTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
export const ts: typeof TypeScript = (requireFromTsMorph('@ts-morph/common') as { ts: typeof TypeScript }).ts;
