// The JSON mistake finder: it must agree with JSON.parse on what is JSON, and put a team lead on the right spot.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../src/engine/profile/json-syntax';
import { parseProfileText } from '../../src/engine/profile/validate';

function at(text: string) {
  const r = parseProfileText(text);
  return r.ok ? 'ok' : r.error.message;
}

describe('JSON syntax errors', () => {
  it.each([
    ['{"version": 1,}', 'is not valid JSON (line 1, column 14): JSON allows no comma after the last entry'],
    ['{\n  "words": [\'HelioVPN\']\n}', 'is not valid JSON (line 2, column 13): text must be in double quotes ("…"), not single quotes'],
    ['{\n  // team words\n  "version": 1\n}', 'is not valid JSON (line 2, column 3): JSON does not allow comments'],
    ['{ version: 1 }', 'is not valid JSON (line 1, column 3): expected a name in double quotes, found "v"'],
    ['{ "version" 1 }', 'is not valid JSON (line 1, column 13): expected ":" after the name, found "1"'],
    ['{ "version": 1\n  "name": "x" }', 'is not valid JSON (line 2, column 3): expected "," or "}" after a value, found """'],
    ['{ "words": ["a", "b"\n', 'is not valid JSON (line 1, column 12): this "[" is never closed with "]"'],
    ['{ "name": "HelioVPN }', 'is not valid JSON (line 1, column 11): this text is not closed with a double quote'],
    ['{ "version": 1 } x', 'is not valid JSON (line 1, column 18): unexpected "x" after the end of the profile'],
    ['', 'is not valid JSON (line 1, column 1): the file ends where a value was expected'],
    ['{ "name": "C:\\users" }', 'is not valid JSON (line 1, column 14): "\\u" in text must be followed by four hexadecimal digits (a backslash itself is written "\\\\")'],
    ['{ "name": "a\tb" }', 'is not valid JSON (line 1, column 13): a tab or other control character in text must be written as an escape such as "\\t"'],
    ['{ "ok": tru }', 'is not valid JSON (line 1, column 9): expected a value (text in double quotes, a number, true, false, a list or an object), found "t"'],
  ])('%j', (text, message) => {
    expect(at(text)).toBe(message);
  });

  it('finds nothing wrong in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (v, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(v, null, indent))).toBeNull();
      }),
    );
  });

  it('finds a mistake wherever JSON.parse does, after any one character is deleted or doubled', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.boolean(), (v, n, double) => {
        const good = JSON.stringify(v, null, 1);
        const k = n % good.length;
        const bad = good.slice(0, k) + (double ? good[k]! + good[k]! : '') + good.slice(k + 1);
        let parses = true;
        try {
          JSON.parse(bad);
        } catch {
          parses = false;
        }
        expect(findJsonSyntaxError(bad) === null).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});
