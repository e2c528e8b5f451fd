/**
 * Where and why a text is not JSON: `line 4, column 12: expected "," or "}"`.
 * JSON.parse messages differ between Chromium, Firefox and Node and not all of
 * them give a position, so this small scanner finds the first error itself.
 * It is only called after JSON.parse has failed.
 */
export function jsonSyntaxError(text: string): string {
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${position(text, at)}: ${what}`);
  };
  const found = () => {
    const char = text[at];
    if (char === undefined) return 'the end of the text';
    if (char === '"') return 'a double quote';
    return char === '\n' ? 'a line break' : `"${char}"`;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  };
  const expect = (char: string, context: string) => {
    space();
    if (text[at] !== char) fail(`expected "${char}" ${context} but found ${found()}`);
    at++;
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      const char = text.charCodeAt(at);
      if (char < 0x20) fail('line break or control character inside a string');
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('bad \\u escape');
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail(`bad escape "\\${text[at] ?? ''}"`);
      }
      at++;
    }
    if (at >= text.length) fail('unterminated string');
    at++;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return container('}', true);
    if (char === '[') return container(']', false);
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at),
    );
    if (!literal) fail(`expected a value but found ${found()}`);
    at += literal?.[0].length ?? 0;
  };
  const container = (close: string, isObject: boolean) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      if (isObject) {
        space();
        if (text[at] !== '"')
          fail(`expected a property name in double quotes but found ${found()}`);
        string();
        expect(':', 'after the property name');
      }
      value();
      space();
      if (text[at] === close) break;
      if (text[at] !== ',') fail(`expected "," or "${close}" but found ${found()}`);
      at++;
      space();
      if (text[at] === close) fail(`trailing comma before "${close}"`);
    }
    at++;
  };
  try {
    space();
    if (at >= text.length) return `${position(text, at)}: the text is empty`;
    value();
    space();
    if (at < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
    return 'not valid JSON';
  } catch (error) {
    return error instanceof SyntaxError ? error.message : String(error);
  }
}

function position(text: string, at: number): string {
  const before = text.slice(0, at).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
