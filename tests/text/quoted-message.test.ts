import { describe, expect, it } from 'vitest';
import { textPack } from '../../src/engine/lang/pack';
import { quotedCustomerMessage, senderName, standaloneCustomerMessage } from '../../src/engine/text/quoted-message';

const REPLY = 'Hi,\n\nThanks, it is on its way.\n\nBest,\nMark\n\n';

describe('quotedCustomerMessage', () => {
  it('takes the first quoted message, unquoted, with the sender from the attribution line', () => {
    const text = `${REPLY}On Mon, 24 Nov 2025 at 09:14, Anna Berzina <anna@example.com> wrote:\n> Hi,\n> Where is my order?\n>\n> Anna\n>> On Sun, 23 Nov 2025, Mark <mark@shop.example> wrote:\n>> Earlier turn\n`;
    expect(quotedCustomerMessage(text, textPack('en'))).toEqual({ name: 'Anna Berzina', text: 'Hi,\nWhere is my order?\n\nAnna' });
  });

  it('reads an attribution line wrapped over two lines', () => {
    const text = `${REPLY}On Mon, 24 Nov 2025 at 09:14, Anna Berzina <anna@example.com>\nwrote:\n> Where is my order?\n`;
    expect(quotedCustomerMessage(text, textPack('en'))).toEqual({ name: 'Anna Berzina', text: 'Where is my order?' });
  });

  it('reads Outlook blocks, and stops at the next quoted message', () => {
    const text = `${REPLY}From: Kevin Li <kevin@example.com>\nSent: 24 November 2025 09:31\nTo: Support\nSubject: Refund\n\nDear Support,\nWhere is my money?\n\nFrom: Support <help@shop.example>\nSent: 20 November 2025 10:00\nTo: Kevin Li\n\nOlder reply\n`;
    expect(quotedCustomerMessage(text, textPack('en'))).toEqual({ name: 'Kevin Li', text: 'Dear Support,\nWhere is my money?' });
  });

  it('reads the Gmail attribution lines of lv, sl, hr and fi', () => {
    expect(quotedCustomerMessage(`${REPLY}pirmd., 2025. g. 24. nov., plkst. 09:14 — lietotājs Anna Bērziņa (<anna@example.lv>) rakstīja:\n> Kur ir mans pasūtījums?\n`, textPack('lv'))).toEqual({ name: 'Anna Bērziņa', text: 'Kur ir mans pasūtījums?' });
    expect(quotedCustomerMessage(`${REPLY}V pon., 24. nov. 2025 ob 09:14 je oseba Ana Novak <ana@example.si> napisala:\n> Kje je moje naročilo?\n`, textPack('sl'))).toEqual({ name: 'Ana Novak', text: 'Kje je moje naročilo?' });
    expect(quotedCustomerMessage(`${REPLY}pon, 24. stu 2025. u 09:14 Ana Horvat <ana@example.hr> napisao je:\n> Gdje je moja narudžba?\n`, textPack('hr'))).toEqual({ name: 'Ana Horvat', text: 'Gdje je moja narudžba?' });
    expect(quotedCustomerMessage(`${REPLY}ma 24. marrask. 2025 klo 9.14 Matti Meikäläinen <matti@example.fi> kirjoitti:\n> Missä tilaukseni on?\n`, textPack('fi'))).toEqual({ name: 'Matti Meikäläinen', text: 'Missä tilaukseni on?' });
  });

  it('takes bare "> " lines without a sender, and nothing when nothing is quoted', () => {
    expect(quotedCustomerMessage(`Hi,\n\n> Where is my order?\n\nIt ships today.`, textPack('en'))).toEqual({ text: 'Where is my order?' });
    expect(quotedCustomerMessage('Hi,\n\nIt ships today.\n\nBest,\nMark', textPack('en'))).toBeNull();
  });
});

describe('senderName', () => {
  it('finds the name before the address or the verb, not an address alone', () => {
    expect(senderName('On Tue, 3 Feb 2025, Anna Berzina wrote:')).toBe('Anna Berzina');
    expect(senderName('From: Kevin Li')).toBe('Kevin Li');
    expect(senderName('On Sun, Nov 23, 2025 at 8:12 PM Anna Berg <anna.berg@gmail.com> wrote:')).toBe('Anna Berg');
    expect(senderName('From: kevin@example.com')).toBeUndefined();
  });
});

describe('standaloneCustomerMessage', () => {
  it('keeps a plain message whole, quote marks included, and reads a pasted header', () => {
    expect(standaloneCustomerMessage('Hi,\n> you wrote this\nWhy?\n', textPack('en'))).toEqual({ text: 'Hi,\n> you wrote this\nWhy?\n' });
    expect(standaloneCustomerMessage('From: Sarah Connor <sarah@example.com>\nSent: Monday, 24 November 2025 09:31\n\nWhen?\n', textPack('en'))).toEqual({ name: 'Sarah Connor', text: 'When?' });
  });
});
