// Reading the customer's message from a page: the text of a thread message or a quoted block, without the older
// messages it quotes, and the sender's display name from attribution lines in the languages the teams work in.
import { describe, expect, it } from 'vitest';
import { customerMessage, messageText, nameFromAttribution, quotedPlainText, tidy } from '../../src/content/customer';
import type { Classifier } from '../../src/content/extract';
import { MAX_CUSTOMER_TEXT } from '../../src/shared/protocol';
import { el } from './dom-model';

const quotes: Classifier = (n) => {
  const e = n as unknown as { classList?: { contains(c: string): boolean }; id?: string };
  if (e.classList?.contains('gmail_quote') || n.nodeName === 'BLOCKQUOTE') return 'quote';
  if (e.classList?.contains('gmail_signature')) return 'signature';
  if (/(?:^|_)divRplyFwdMsg$/.test(e.id ?? '')) return 'quote-rest';
  return null;
};

describe('the text of a message', () => {
  it('reads a Gmail message body without the earlier message it quotes', () => {
    const body = el(
      'div',
      { class: 'a3s aiL' },
      el('div', { dir: 'ltr' }, 'Hello,', el('br', null), el('br', null), 'Can I get my money back?', el('br', null), el('br', null), 'Anna'),
      el('br', null),
      el(
        'div',
        { class: 'gmail_quote' },
        el('div', { class: 'gmail_attr' }, 'On Fri, 20 Nov 2026 at 16:40, Marko <podpora@example.com> wrote:'),
        el('blockquote', { class: 'gmail_quote' }, 'Do you ship to Riga?'),
      ),
    );
    expect(messageText(body, quotes)).toBe('Hello,\n\nCan I get my money back?\n\nAnna');
  });

  it('stops at an Outlook message\'s own quoted history (x_divRplyFwdMsg and everything after it)', () => {
    const body = el(
      'div',
      { id: 'UniqueMessageBody_1' },
      el('div', { class: 'x_elementToProof' }, 'What can you do?'),
      el('div', { id: 'x_divRplyFwdMsg' }, 'From: Podrška'),
      el('div', null, 'Is there anything else I can help with?'),
    );
    expect(messageText(body, quotes)).toBe('What can you do?');
  });

  it('tidies blank lines and keeps only the start of a very long message, cut at a line break', () => {
    expect(tidy('  a  \n\n\n\n b\u00a0\n')).toBe('a\n\n b');
    const long = Array.from({ length: 3000 }, (_, i) => `Line ${i} of a very long pasted log.`).join('\n');
    const cut = tidy(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_CUSTOMER_TEXT);
    expect(cut.length).toBeGreaterThan(MAX_CUSTOMER_TEXT / 2);
    expect(long.startsWith(cut)).toBe(true);
    expect(long[cut.length]).toBe('\n');
  });

  it('gives no message for empty text, and no name when the page shows an address instead', () => {
    expect(customerMessage(' \n ')).toBeNull();
    expect(customerMessage('Hi', 'anna@example.com')).toEqual({ text: 'Hi' });
    expect(customerMessage('Hi', ' "Anna  Bērziņa" ')).toEqual({ text: 'Hi', name: 'Anna Bērziņa' });
  });
});

describe('the sender\'s name in an attribution line', () => {
  it.each([
    ['On Mon, 23 Nov 2026 at 09:12, Anna Bērziņa <anna.berzina@example.com> wrote:', 'Anna Bērziņa'],
    ['On Fri, Jan 18, 2019 at 4:51 PM Chris Cowan <cowan@example.com> wrote:', 'Chris Cowan'],
    ['V pon., 23. nov. 2026 ob 09:12 je Anna Bērziņa <anna.berzina@example.com> napisal(a):', 'Anna Bērziņa'],
    ['pon, 23. stu 2026. u 09:12 Ivana Horvat <ivana.horvat@example.com> je napisala:', 'Ivana Horvat'],
    ['ma 23.11.2026 klo 9.12 Mikko Virtanen (mikko@example.com) kirjoitti:', 'Mikko Virtanen'],
    ['pirmd., 2026. g. 23. nov., plkst. 09:12 — lietotājs Jānis Kalniņš (<janis@example.com>) rakstīja:', 'Jānis Kalniņš'],
    ['From: Ivana Horvat <ivana.horvat@example.com>', 'Ivana Horvat'],
    ['Od: Ivana Horvat', 'Ivana Horvat'],
    ['Ivana Horvat', 'Ivana Horvat'],
    ['On Monday, Anna Bērziņa wrote:', 'Anna Bērziņa'],
    ['Anna Bērziņa je napisala:', 'Anna Bērziņa'],
    ['Anna wrote:', 'Anna'],
    ['---------- Forwarded message --------- From: Anna Bērziņa <anna.berzina@example.com>', 'Anna Bērziņa'],
  ])('%s', (line, name) => {
    expect(nameFromAttribution(line)).toBe(name);
  });

  it('finds no name where the line names none', () => {
    expect(nameFromAttribution('On Mon, 23 Nov 2026 at 09:12, <anna@example.com> wrote:')).toBeUndefined();
    expect(nameFromAttribution('On Mon, Nov 23, 2026 at 9:12 AM <anna@example.com> wrote:')).toBeUndefined();
    expect(nameFromAttribution('Sent: Monday, November 23, 2026 9:40 AM')).toBeUndefined();
    expect(nameFromAttribution('On Mon, Nov 23, 2026 at 9:12 AM wrote:')).toBeUndefined();
    // A paragraph before a quote is not an attribution line.
    expect(nameFromAttribution(`${'We looked into it and '.repeat(20)}Anna Bērziņa wrote:`)).toBeUndefined();
  });
});

describe('the quoted block of a plain-text reply', () => {
  it('takes the ">" lines (older, deeper quotes left out) and the name above them', () => {
    const reply = [
      'Hi Anna,',
      '',
      'the refund is on its way.',
      '',
      'On Monday, Anna Bērziņa <anna@example.com> wrote:',
      '> The kettle arrived broken.',
      '> Can I get my money back?',
      '>> Do you ship to Riga?',
      '>',
      '> Anna',
    ].join('\n');
    expect(quotedPlainText(reply)).toEqual({ text: 'The kettle arrived broken.\nCan I get my money back?\n\nAnna', name: 'Anna Bērziņa' });
  });

  it('is null without a quoted block, and nameless without an attribution line', () => {
    expect(quotedPlainText('Hi Anna,\n\nthe refund is on its way.')).toBeNull();
    expect(quotedPlainText('> Where is my parcel?')).toEqual({ text: 'Where is my parcel?' });
  });
});
