// Properties of the DOM → text map on arbitrary editor trees (fast-check): whatever the editor's DOM looks like, each
// text node's characters sit at its offsets in the extracted text, and offsets map to DOM points and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, offsetAt, pointAt, type Classifier } from '../../src/content/extract';
import { el, text, type FakeNode } from './dom-model';

const leafText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\u00a0', '\n', 'é', '😀', '.', ','), maxLength: 8 }).map(text);

const tree: fc.Arbitrary<FakeNode> = fc.letrec<{ node: FakeNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafText,
    fc.constant(el('br', null)),
    fc
      .tuple(
        fc.constantFrom('div', 'p', 'span', 'b', 'blockquote', 'li'),
        fc.constantFrom('', 'gmail_quote', 'gmail_signature'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([name, cls, kids]) => el(name, cls ? { class: cls } : null, ...kids)),
  ),
})).node;

const classify: Classifier = (n) => {
  const c = (n as FakeNode).className ?? '';
  return c === 'gmail_quote' ? 'quote' : c === 'gmail_signature' ? 'signature' : null;
};

describe('extract on any editor tree', () => {
  it('places every text node at its offsets, and maps offsets to points and back', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (kids) => {
        const root = el('div', null, ...kids);
        const x = extract(root, classify);
        let last = 0;
        for (const seg of x.segments) {
          expect(seg.start).toBeGreaterThanOrEqual(last);
          last = seg.end;
          expect(x.text.slice(seg.start, seg.end)).toBe((seg.node.nodeValue ?? '').replace(/[\u00a0\n\r\t]/g, ' '));
          for (let o = seg.start; o <= seg.end; o++) {
            const p = pointAt(x, o, o === seg.end);
            expect(p).not.toBeNull();
            // Where two nodes meet, the point may be the end of one or the start of the next: same offset either way.
            expect(offsetAt(x, p!)).toBe(o);
          }
        }
        for (const [s, e] of x.hints) {
          expect(0 <= s && s < e && e <= x.text.length).toBe(true);
        }
        for (let i = 1; i < x.hints.length; i++) expect(x.hints[i]![0]).toBeGreaterThan(x.hints[i - 1]![1] - 1);
      }),
      { numRuns: 300 },
    );
  });
});
