// Where and why a profile is not JSON, for a team lead editing it by hand. JSON.parse stays the judge of what is
// JSON; this scanner runs only after it has failed, because V8's messages do not always give a position
// ('Unexpected token ']', ..."ds": ["a",]" is not valid JSON') and never the line. It knows the few mistakes people
// make (a comma after the last item, single quotes, comments, an unclosed bracket) and says them in words.

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

class Stop extends Error {
  constructor(readonly offset: number, readonly reason: string) {
    super(reason);
  }
}

const MAX_DEPTH = 500;

function shown(ch: string | undefined): string {
  return ch === undefined ? 'the end of the file' : `"${ch}"`;
}

/** The first syntax error in `text`, or null when the scanner finds none (JSON.parse has the last word). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  // The scanner recurses once per bracket: "[[[[…" from a broken download would overflow the stack long before the
  // size limit. A profile is a few levels deep; far past that is a mistake worth naming.
  let depth = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i]!)) i++;
    if (text.startsWith('//', i) || text.startsWith('/*', i)) throw new Stop(i, 'JSON does not allow comments');
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === "'") throw new Stop(i, 'text must be in double quotes ("…"), not single quotes');
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal && !/[\p{L}\p{N}_]/u.test(text[i + literal[0].length] ?? '')) {
      i += literal[0].length;
      return;
    }
    if (ch === undefined) throw new Stop(i, 'the file ends where a value was expected');
    throw new Stop(i, `expected a value (text in double quotes, a number, true, false, a list or an object), found ${shown(ch)}`);
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') throw new Stop(start, 'this text is not closed with a double quote on its line');
      if (text[i] === '\\') {
        i++;
        if (!/["\\/bfnrtu]/.test(text[i] ?? '')) throw new Stop(i - 1, 'a backslash in text must be written "\\\\"');
        if (text[i] === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
          throw new Stop(i - 1, '"\\u" in text must be followed by four hexadecimal digits (a backslash itself is written "\\\\")');
        }
      } else if (text.charCodeAt(i) < 0x20) {
        throw new Stop(i, 'a tab or other control character in text must be written as an escape such as "\\t"');
      }
      i++;
    }
    if (i >= text.length) throw new Stop(start, 'this text is not closed with a double quote');
    i++;
  };
  const list = (close: string, item: () => void, what: string) => {
    const open = i++;
    if (++depth > MAX_DEPTH) throw new Stop(open, `lists and objects are nested more than ${MAX_DEPTH} deep here, far deeper than a profile goes`);
    ws();
    if (text[i] === close) {
      i++;
      depth--;
      return;
    }
    for (;;) {
      item();
      ws();
      if (text[i] === ',') {
        const comma = i++;
        ws();
        if (text[i] === close) throw new Stop(comma, `JSON allows no comma after the last ${what}`);
        continue;
      }
      if (text[i] === close) {
        i++;
        depth--;
        return;
      }
      if (i >= text.length) throw new Stop(open, `this "${text[open]}" is never closed with "${close}"`);
      throw new Stop(i, `expected "," or "${close}" after ${what === 'item' ? 'an item' : 'a value'}, found ${shown(text[i])}`);
    }
  };
  const array = () => list(']', value, 'item');
  const object = () =>
    list(
      '}',
      () => {
        ws();
        if (text[i] !== '"') {
          throw new Stop(i, `expected a name in double quotes, found ${shown(text[i])}`);
        }
        string();
        ws();
        if (text[i] !== ':') throw new Stop(i, `expected ":" after the name, found ${shown(text[i])}`);
        i++;
        value();
      },
      'entry',
    );

  try {
    value();
    ws();
    if (i < text.length) throw new Stop(i, `unexpected ${shown(text[i])} after the end of the profile`);
    return null;
  } catch (err) {
    if (err instanceof Stop) return { offset: err.offset, reason: err.reason };
    throw err;
  }
}
