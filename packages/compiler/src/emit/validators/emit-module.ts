import standaloneModule from 'ajv/dist/standalone/index.js';
import type { SchemaDialect } from '../../ir/contract.js';
import { GENERATED_HEADER } from '../files.js';
import { canonicalNames } from './canonical-names.js';
import type { CompiledDialect } from './compile-contract.js';
import { RUNTIME_FORMATS_NAME } from './create-ajv.js';
import { ModuleRewriter } from './module-segments.js';

const standaloneCode = standaloneModule.default;

/** Public package every generated validator module imports its helpers from. */
export const RUNTIME_VALIDATION_MODULE = '@hookwright/runtime/validation';

/**
 * ajv's standalone output loads its run-time helpers with CommonJS `require`s of ajv's own files.
 * Each is replaced by the equivalent export of the runtime's public validation module.
 */
const AJV_RUNTIME_HELPERS: Readonly<Record<string, { local: string; exported: string }>> = {
  'require("ajv/dist/runtime/ucs2length").default': {
    local: 'hw_codePointLength',
    exported: 'codePointLength',
  },
  'require("ajv/dist/runtime/equal").default': { local: 'hw_jsonEqual', exported: 'jsonEqual' },
};

/** ajv declares scope values that load helpers as `const <name> = require(...)...;` on their own line. */
const REQUIRE_DECLARATION = /^(const \w+ = )(require\("[^"]*"\)[.\w]*);$/gm;

export function dialectModuleName(dialect: SchemaDialect): string {
  return `validators.${dialect}`;
}

/**
 * One ESM module with a validation function per unit of the dialect (`s0`, `p3`, `h3`, ...).
 * Throws when ajv's output needs a helper the runtime does not provide: generated code must never
 * reach into another package's files. `rewriter`: the one the previous emit of this dialect used,
 * in watch mode (its rewritten code is reused where ajv's is unchanged); the module is the same.
 */
export function emitDialectModule(
  compiled: CompiledDialect,
  rewriter = new ModuleRewriter(),
): { js: string; dts: string } {
  const exports: Record<string, string> = {};
  for (const unit of compiled.plan.units) exports[unit.exportName] = unit.id;
  const raw = standaloneCode(compiled.ajv, exports);
  const imports = new Map<string, string>();
  const required = stripSourceUrls(stripUseStrict(raw)).replace(
    REQUIRE_DECLARATION,
    (_line, declaration: string, call: string) => {
      const helper = AJV_RUNTIME_HELPERS[call];
      if (!helper)
        throw new Error(`ajv standalone code needs ${call}, which @hookwright/runtime does not provide`);
      imports.set(helper.exported, helper.local);
      return `${declaration}${helper.local};`;
    },
  );
  const rewritten = rewriter.rewrite(required);
  for (const [local, exported] of rewritten.imports) imports.set(exported, local);
  const body = canonicalNames(rewritten.code);
  // ajv writes `hw_formats.date` or `hw_formats["date-time"]` for formats checked by the runtime.
  if (new RegExp(`= ${RUNTIME_FORMATS_NAME}[.[]`).test(body)) imports.set('formats', RUNTIME_FORMATS_NAME);
  const specifiers = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([exported, local]) => `${exported} as ${local}`);
  const importLine =
    specifiers.length > 0 ? `import { ${specifiers.join(', ')} } from '${RUNTIME_VALIDATION_MODULE}';\n` : '';
  const js = `${GENERATED_HEADER}${importLine}${body.trimStart()}${body.endsWith('\n') ? '' : '\n'}`;
  const declarations = Object.keys(exports)
    .map((name) => `export declare const ${name}: CompiledValidateFunction;\n`)
    .join('');
  const dts = `${GENERATED_HEADER}import type { CompiledValidateFunction } from '${RUNTIME_VALIDATION_MODULE}';\n\n${declarations}`;
  return { js, dts };
}

/**
 * ajv marks each function with a `sourceURL` comment, which only means something in code built
 * with `new Function`; in a module it is dead weight.
 */
function stripSourceUrls(code: string): string {
  return code.replace(/^\/\*# sourceURL="[^"\n]*" \*\/;\n/gm, '');
}

/** ESM is always strict; ajv's leading directive would stop being one once imports precede it. */
function stripUseStrict(code: string): string {
  const directive = '"use strict";';
  if (!code.startsWith(directive))
    throw new Error('unexpected ajv standalone output: no "use strict" prologue');
  return code.slice(directive.length);
}
