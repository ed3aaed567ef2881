/**
 * Finds the first JSON syntax error and its offset. Node 20's `JSON.parse` messages often carry no
 * position, and YAML parsers accept text that JSON does not, so `.json` files are checked here.
 */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    const found = i >= text.length ? 'end of file' : JSON.stringify(text[i]);
    throw {
      offset: i,
      message: `invalid JSON: expected ${expected}, found ${found}`,
    } satisfies JsonSyntaxError;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = () => {
    if (text[i] !== '"') fail('a string');
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a closing quote');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('an escape sequence');
      }
      i++;
    }
    if (i >= text.length) fail('a closing quote');
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail('a value');
    i += match![0].length;
  };
  const sequence = (close: string, item: () => void, what: string) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      ws();
      if (text[i] === ',') {
        i++;
        ws();
      } else if (text[i] === close) {
        i++;
        return;
      } else fail(`',' or '${close}' ${what}`);
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{')
      sequence(
        '}',
        () => {
          string();
          ws();
          if (text[i] !== ':') fail("':'");
          i++;
          value();
        },
        'in object',
      );
    else if (c === '[') sequence(']', value, 'in array');
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail('end of file');
    return undefined;
  } catch (error) {
    return error as JsonSyntaxError;
  }
}
