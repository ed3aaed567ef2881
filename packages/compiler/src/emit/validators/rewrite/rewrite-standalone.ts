import { removeConstantFlagsIn } from './constant-flags.js';
import { ISSUE_HELPERS, RewriteContext } from './context.js';
import { returnAtFirstErrorIn } from './early-return.js';
import { applyEdits, UnexpectedCodeError } from './edits.js';
import { errorSiteEdits, returnFailures } from './error-sites.js';
import { mapFunctionBodies } from './functions.js';
import { JsText } from './js-text.js';
import { guardLengthCounts } from './length-bounds.js';
import { dropContextParameters, relativeCallEdits } from './relative-paths.js';

const SCHEMA_CONSTANT = /^const (schema\d+) = (.*);\n/gm;

export interface RewrittenModule {
  code: string;
  /** Runtime exports the code calls: local name -> exported name. */
  imports: Map<string, string>;
}

/**
 * ajv's standalone output for one dialect, rewritten for Hookwright's runtime (docs/validators.md,
 * "What the generated code does"): every error site builds the final `ValidationIssue`; functions
 * take no context object and report pointers relative to their value (unless the module needs the
 * context, e.g. for `$dynamicRef`); functions without composite keywords return at their first
 * error, a failed call included, with the error counter gone; schema constants only error params
 * used are dropped; code-point counts are skipped where the string's length decides. Every step checks the shape it relies on and throws `UnexpectedCodeError`
 * otherwise; only the relative-path step is optional.
 */
export function rewriteStandalone(code: string): RewrittenModule {
  const schemas = schemaConstants(code);
  try {
    return rewrite(code, new RewriteContext(true, schemas));
  } catch (error) {
    if (!(error instanceof UnexpectedCodeError)) throw error;
    return rewrite(code, new RewriteContext(false, schemas));
  }
}

function rewrite(code: string, context: RewriteContext): RewrittenModule {
  return finishModule(rewriteFunctions(code, context), context.factoryDeclarations());
}

/**
 * The steps of `rewriteStandalone` that read each function on its own. Applied to a run of whole
 * top-level declarations of ajv's output, they give what they give for that run inside the module,
 * so a module can be rewritten piece by piece (module-segments.ts, for watch mode); the steps that
 * need the whole module are `finishModule`'s.
 */
export function rewriteFunctions(code: string, context: RewriteContext): string {
  // Error sites and calls are rewritten from one reading of ajv's output: the text is long.
  const text = new JsText(code);
  const edits = errorSiteEdits(text, context);
  if (context.relative) edits.push(...relativeCallEdits(text));
  let out = applyEdits(code, edits);
  if (context.relative) out = dropContextParameters(out);
  return mapFunctionBodies(returnFailures(out), (body) => removeConstantFlagsIn(returnAtFirstErrorIn(body)));
}

/**
 * The module-wide steps, on the output of `rewriteFunctions` for every declaration of the module,
 * in order: `factoryDeclarations` (the factories it handed out, in order of first use) in front.
 */
export function finishModule(functions: string, factoryDeclarations: string): RewrittenModule {
  const out = factoryDeclarations + dropUnusedSchemaConstants(guardLengthCounts(functions));
  const imports = new Map<string, string>();
  // Our own names: `hw_` calls in string literals would only add an unused import.
  const called = new Set([...out.matchAll(/\b(hw_\w+)\(/g)].map((match) => match[1]!));
  for (const [local, exported] of Object.entries(ISSUE_HELPERS))
    if (called.has(local)) imports.set(local, exported);
  return { code: out, imports };
}

/** ajv's `const schemaN = {...};` declarations in `code`: name -> the value's JSON, unparsed. */
export function schemaConstantTexts(code: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const match of code.matchAll(SCHEMA_CONSTANT)) texts.set(match[1]!, match[2]!);
  return texts;
}

function schemaConstants(code: string): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const match of code.matchAll(SCHEMA_CONSTANT)) values.set(match[1]!, JSON.parse(match[2]!));
  return values;
}

/**
 * ajv declares a schema as a constant when code reads it; after the rewrite, often nothing does.
 * (A name inside a string literal counts as a read: the constant is then kept, which is harmless.)
 */
function dropUnusedSchemaConstants(code: string): string {
  const reads = new Map<string, number>();
  for (const match of code.matchAll(/\bschema\d+\b/g)) reads.set(match[0], (reads.get(match[0]) ?? 0) + 1);
  // The declaration itself is one occurrence.
  return code.replace(SCHEMA_CONSTANT, (line, name: string) => ((reads.get(name) ?? 0) > 1 ? line : ''));
}
