import { parseConcatIn, renderConcat } from './concat.js';
import { type Edit, UnexpectedCodeError } from './edits.js';
import { JsText } from './js-text.js';

/** ajv's signature: every call passes the path so far, the parent and the root along. */
const SIGNATURE =
  /^function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data(?:, dynamicAnchors=\{\})?\}=\{\}\)\{$/gm;
const CALL_OPTION_KEYS = new Set([
  'instancePath',
  'parentData',
  'parentDataProperty',
  'rootData',
  'dynamicAnchors',
]);
/**
 * Identifiers that must not survive: nothing else may read the context that is no longer passed.
 * (`instancePath:` as a key is an error object kept for `toValidationIssue`, not a read.)
 */
const CONTEXT_NAMES = /\b(?:instancePath|parentData|parentDataProperty|rootData|dynamicAnchors)\b(?!:)/;

/**
 * Makes every function of the module validate without a context object: `validate7(data.customer)`
 * instead of `validate7(data.customer, {instancePath: instancePath+"/customer", parentData: data,
 * parentDataProperty: "customer", rootData})`. ajv builds that object, and the path string in it,
 * at every call on the valid path too; here a function reports pointers relative to the value it
 * was given and the caller puts `/customer` in front only when the call failed (`appendIssues`).
 * These are the edits of the calls (on ajv's output, with those of `errorSiteEdits` in a relative
 * context, which leave error sites free of `instancePath`); `dropContextParameters` then finishes.
 * Throws `UnexpectedCodeError` on a call in another shape.
 */
export function relativeCallEdits(text: JsText): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matches(/\b(validate\d+|wrapper\d+\.validate)\(/g)) {
    const open = match.index + match[0].length - 1;
    const close = text.closeOf(open);
    const args = text.splitRanges(open + 1, close, ',');
    // `function validate3(data, {instancePath="", ...}={}){` has no entries: not a call
    const options = args.length === 2 ? text.entries(args[1]![0], args[1]![1] - 1) : undefined;
    if (options === undefined) continue;
    if (options.some(({ key }) => !CALL_OPTION_KEYS.has(key)))
      throw new UnexpectedCodeError(`call with unexpected options: ${text.text.slice(...args[1]!)}`);
    const path = options.find(({ key }) => key === 'instancePath');
    const parts = path === undefined ? [] : parseConcatIn(text, path.start, path.end);
    const own = parts[0];
    if (own === undefined || !('code' in own) || own.code !== 'instancePath')
      throw new UnexpectedCodeError(`call path does not start with the caller's: ${path?.value}`);
    edits.push({ start: open + 1, end: close, replacement: text.text.slice(...args[0]!) });
    if (parts.length > 1) edits.push(prefixIssues(text, match[1]!, close, renderConcat(parts.slice(1))));
  }
  return edits;
}

/**
 * The functions' signatures without the context parameter, once no call passes it. Throws
 * `UnexpectedCodeError` when something still reads it (`$dynamicRef`'s anchors, a call in a shape
 * `relativeCallEdits` does not know): the module then keeps ajv's calling convention.
 */
export function dropContextParameters(code: string): string {
  const rewritten = code.replace(SIGNATURE, 'function $1(data){');
  // Usually nothing matches at all; only then is it worth telling code from literals.
  const left = CONTEXT_NAMES.test(rewritten) ? [...new JsText(rewritten).matches(CONTEXT_NAMES)] : [];
  if (left.length > 0)
    throw new UnexpectedCodeError(`${left[0]![0]} is still used after calls stopped passing it`);
  return rewritten;
}

/**
 * ajv follows a failed call with `vErrors = vErrors === null ? f.errors : vErrors.concat(f.errors);`
 * on the next line; the callee's issues need the call's path in front.
 */
function prefixIssues(text: JsText, callee: string, callClose: number, prefix: string): Edit {
  const lineStart = text.text.indexOf('\n', callClose) + 1;
  const lineEnd = text.text.indexOf('\n', lineStart);
  const errors = `${callee}.errors`;
  const expected = `vErrors = vErrors === null ? ${errors} : vErrors.concat(${errors});`;
  if (lineStart === 0 || text.text.slice(lineStart, lineEnd) !== expected)
    throw new UnexpectedCodeError(`a failed call to ${callee} is not followed by ajv's error collection`);
  return {
    start: lineStart,
    end: lineEnd,
    replacement: `vErrors = hw_append(vErrors, ${errors}, ${prefix});`,
  };
}
