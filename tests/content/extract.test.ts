import { describe, expect, it } from 'vitest';
import { diffText, extract, offsetAt, pointAt, type Classifier } from '../../src/content/extract';
import { el, text } from './dom-model';

const gmailClassify: Classifier = (n) => {
  const e = n as unknown as { classList?: { contains(c: string): boolean }; nodeName: string };
  if (e.classList?.contains('gmail_signature')) return 'signature';
  if (e.classList?.contains('gmail_quote') || e.nodeName === 'BLOCKQUOTE') return 'quote';
  return null;
};

describe('extract: contenteditable DOM → text', () => {
  it('turns divs and brs into the line breaks the rep sees', () => {
    // What Chrome makes of "Hi Anna,⏎⏎Thanks for writing.⏎Best,": a first text node, then one div per line.
    const root = el('div', null, 'Hi Anna,', el('div', null, el('br', null)), el('div', null, 'Thanks for writing.'), el('div', null, 'Best,'));
    expect(extract(root).text).toBe('Hi Anna,\n\nThanks for writing.\nBest,');
  });

  it('keeps a br inside a block as one break, and two brs as an empty line', () => {
    const root = el('div', null, el('div', null, 'one', el('br', null), 'two'), el('p', null, 'three', el('br', null), el('br', null)), el('div', null, 'four'));
    expect(extract(root).text).toBe('one\ntwo\nthree\n\nfour');
  });

  it('makes non-breaking spaces plain spaces without moving offsets, and ignores markup indentation between blocks', () => {
    const root = el('div', null, '\n    ', el('div', null, 'the\u00a0the\u00a0'), '\n  ', el('div', null, 'end'));
    const x = extract(root);
    expect(x.text).toBe('the the \nend');
    expect(x.segments.map((s) => [s.start, s.end])).toEqual([[0, 8], [9, 12]]);
  });

  it('marks the quoted reply and the signature as hints, in text offsets', () => {
    const root = el(
      'div',
      null,
      'Hi Anna, the refund is done.',
      el('div', { class: 'gmail_signature' }, 'Marko'),
      el('div', { class: 'gmail_quote' }, el('div', { class: 'gmail_attr' }, 'On Mon, Anna wrote:'), el('blockquote', null, 'the the kettle')),
    );
    const x = extract(root, gmailClassify);
    expect(x.text).toBe('Hi Anna, the refund is done.\nMarko\nOn Mon, Anna wrote:\nthe the kettle');
    expect(x.hints.map(([s, e]) => x.text.slice(s, e))).toEqual(['Marko', 'On Mon, Anna wrote:\nthe the kettle']);
  });

  it("runs Outlook's quoted thread from #appendonsend to the end of the body", () => {
    const classify: Classifier = (n) => ((n as unknown as { id?: string }).id === 'appendonsend' ? 'quote-rest' : null);
    const root = el('div', null, el('div', null, 'Hi Ivana, done.'), el('div', { id: 'appendonsend' }), el('hr', null), el('div', null, 'From: Ivana'), el('div', null, 'old text'));
    const x = extract(root, classify);
    expect(x.hints.map(([s, e]) => x.text.slice(s, e))).toEqual(['From: Ivana\nold text']);
  });

  it('skips widgets the site marks', () => {
    const classify: Classifier = (n) => ((n as unknown as { className?: string }).className === 'chip' ? 'skip' : null);
    const root = el('div', null, 'See ', el('span', { class: 'chip' }, 'invoice.pdf 12 KB'), 'attached.');
    expect(extract(root, classify).text).toBe('See attached.');
  });

  it('maps offsets to DOM points and back, across text nodes and structural breaks', () => {
    const a = text('Hi Anna,');
    const b = text('the the kettle');
    const line = el('div', null, b);
    const root = el('div', null, a, line);
    const x = extract(root);
    expect(x.text).toBe('Hi Anna,\nthe the kettle');
    expect(pointAt(x, 9)).toEqual({ node: b, offset: 0 });
    // A range ending at a node's end stays in that node; a range starting there moves to the next one.
    expect(pointAt(x, 8, true)).toEqual({ node: a, offset: 8 });
    expect(pointAt(x, 16, true)).toEqual({ node: b, offset: 7 });
    expect(offsetAt(x, { node: b, offset: 4 })).toBe(13);
    // An element point: before the second child of root is after "Hi Anna,".
    expect(offsetAt(x, { node: root, offset: 1 })).toBe(8);
    expect(offsetAt(x, { node: line, offset: 1 })).toBe(23);
    expect(offsetAt(x, { node: text('elsewhere'), offset: 0 })).toBeNull();
  });

  it('round-trips every offset inside text nodes', () => {
    const root = el('div', null, 'ab', el('b', null, 'cd'), el('div', null, 'ef', el('br', null), 'g'));
    const x = extract(root);
    for (const seg of x.segments) {
      for (let o = seg.start; o <= seg.end; o++) {
        const p = pointAt(x, o, o === seg.end);
        expect(p && offsetAt(x, p)).toBe(o);
      }
    }
  });
});

describe('diffText', () => {
  it('finds the one replaced span', () => {
    expect(diffText('the the kettle', 'the kettle')).toEqual({ from: 4, to: 8, text: '' });
    expect(diffText('Hi', 'Hi Anna')).toEqual({ from: 2, to: 2, text: ' Anna' });
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('aaa', 'aaaa')).toEqual({ from: 3, to: 3, text: 'a' });
  });

  it('turns the old text into the new one for any pair', () => {
    const samples = ['', 'a', 'the the', 'the kettle', 'Hi Anna,\nthe refund', 'ééé', 'kettle the the'];
    for (const a of samples) {
      for (const b of samples) {
        const d = diffText(a, b);
        const out = d ? a.slice(0, d.from) + d.text + a.slice(d.to) : a;
        expect(out).toBe(b);
      }
    }
  });
});
