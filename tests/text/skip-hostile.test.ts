// Hostile drafts must not stall the checker: each skip pattern starts only where its run starts, so a long run that
// never matches is scanned once, not once per character. Without that, 40k characters of "ABC+" took seconds.
import { describe, expect, it } from 'vitest';
import { findSkipSpans } from '../../src/engine/text/skip';

const HOSTILE = ['ABC-', 'ABC+', 'a.', '/', 'a_', 'x@', '#1-', 'a.b-', 'C:\\', '~/'];

describe('findSkipSpans on 40,000 characters of one repeated piece', () => {
  for (const piece of HOSTILE) {
    it(`"${piece}" × ${Math.ceil(40_000 / piece.length)}`, { timeout: 3_000 }, () => {
      const text = piece.repeat(Math.ceil(40_000 / piece.length));
      const spans = findSkipSpans(text, [0, text.length]);
      for (const [s, e] of spans) expect(0 <= s && s <= e && e <= text.length).toBe(true);
    });
  }
});

it('still finds what it skips', () => {
  const text = 'Mail anna.b+x@example.com, see /usr/lib/x and C:\\Users\\me, or shop.example.co.uk today.';
  const found = findSkipSpans(text, [0, text.length]).map(([s, e]) => text.slice(s, e));
  expect(found).toEqual(expect.arrayContaining(['anna.b+x@example.com', '/usr/lib/x', 'C:\\Users\\me', 'shop.example.co.uk']));
});
