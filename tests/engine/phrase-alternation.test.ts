// phraseAlternation (src/engine/declarative/match.ts) shares one pair of whole-word edges among neighbouring
// literal phrases, only for speed: it must match exactly what each phrase as its own expression, joined in order,
// matches — the same places and the same lengths, so the preferred (earlier) phrase still wins.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseAlternation, phraseSource } from '../../src/engine/declarative/match';

const matches = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m[0]]);

describe('phraseAlternation', () => {
  const phrases = ['PIN code', 'PIN', 'one-time code', 'code', '#ref', 'p.s.', 'card (CVV)', "can't", 'kōds'];
  const texts = [
    'Your PIN code is 4821; your PIN is 1234 and the one-time code is #ref12 or p.s. later.',
    'PINs, a PIN-code, xcode, code1, Code, CODE, #refund, p.s.x, card (CVV) and cann’t or can’t, kōds, kōdsā',
    'čPIN PINč PIN\u0301 ſcode Kōds',
  ];
  it('matches what the phrases, each with its own edges, match', () => {
    for (const text of texts) expect(matches(phraseAlternation(phrases), text)).toEqual(matches(phrases.map(phraseSource).join('|'), text));
  });
  it('shares the edges of neighbours (fewer Unicode classes to build)', () => {
    const shared = phraseAlternation(['one', 'two', 'three']);
    expect(shared.match(/\\p\{L\}/g)?.length).toBe(2);
  });
  it('agrees on random phrase lists and texts', () => {
    const piece = fc.constantFrom('pin', 'PIN', 'code', 'kōd', '-', '#', '.', ' ', "'", '’', 'x', '1', 'č', '\u0301');
    const phrase = fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join('')).filter((p) => p.trim() !== '');
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 6 }), fc.array(piece, { maxLength: 30 }), (list, t) => {
        const text = t.join('');
        expect(matches(phraseAlternation(list), text)).toEqual(matches(list.map(phraseSource).join('|'), text));
      }),
      { numRuns: 300 },
    );
  });
});
