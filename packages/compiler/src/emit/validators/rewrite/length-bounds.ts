/** What the runtime's code-point counter is called in a module once its `require` is replaced. */
const COUNTER_DECLARATION = /^const (\w+) = hw_codePointLength;$/m;

/**
 * `maxLength` and `minLength` count code points, so ajv calls its counter on every such string
 * (`if(func3(data0) > 200){`), which walks the whole string. A string's UTF-16 length bounds its
 * code-point count from both sides (`length / 2 <= count <= length`), so the count is needed only
 * when the length alone cannot decide: `data0.length > 200 && func3(data0) > 200` for a maximum,
 * `data0.length < 2 * 1 && func3(data0) < 1` for a minimum. On a typical payload with a long free-
 * text field that halved the validator's time (scripts/bench/receiver). Only the literal forms ajv
 * writes for numeric limits are touched; anything else keeps the plain call.
 */
export function guardLengthCounts(code: string): string {
  const counter = COUNTER_DECLARATION.exec(code)?.[1];
  if (counter === undefined) return code;
  const call = new RegExp(`\\bif\\(${counter}\\((data\\d*)\\) ([<>]) (\\d+)\\)\\{`, 'g');
  return code.replace(call, (_match, value: string, comparison: string, limit: string) => {
    const bound = comparison === '>' ? limit : String(2 * Number(limit));
    return `if(${value}.length ${comparison} ${bound} && ${counter}(${value}) ${comparison} ${limit}){`;
  });
}
