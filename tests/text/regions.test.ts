import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../src/engine/text/regions';
import { textPack } from '../../src/engine/lang/pack';

const en = textPack('en');
const part = (text: string, r: [number, number] | null) => (r ? text.slice(r[0], r[1]) : null);
const checkable = (text: string) => parseEmail(text, en).checkable.map((r) => text.slice(r[0], r[1])).join('');

describe('parseEmail', () => {
  it('finds greeting, closing and the signature below the closing', () => {
    const text = 'Hi Anna,\n\nYour refund is on its way.\n\nBest regards,\nMark Jones\nAcme Support\n';
    const e = parseEmail(text, en);
    expect(part(text, e.greeting)).toBe('Hi Anna,');
    expect(part(text, e.closing)).toBe('Best regards,');
    expect(part(text, e.signature)).toContain('Mark Jones\nAcme Support');
    expect(checkable(text)).not.toContain('Acme Support');
    expect(checkable(text)).toContain('Best regards,');
  });

  it('treats "On … wrote:" and everything below it as quoted, even when the header wraps', () => {
    const text = 'Hello,\n\nDone.\n\nThanks,\nMark\n\nOn Mon, 3 Feb 2025 at 10:04, Anna Berzina\n<anna@example.com> wrote:\n> Where is my parcel?\n';
    const e = parseEmail(text, en);
    expect(checkable(text)).not.toContain('parcel');
    expect(checkable(text)).not.toContain('wrote');
    expect(e.quoted.length).toBe(1);
  });

  it("treats Outlook's From/Sent header block as quoted", () => {
    const text = 'Hi Tom,\n\nFixed now.\n\nKind regards,\nEve\n\nFrom: Tom Smith <tom@example.com>\nSent: Monday, 3 February 2025 10:04\nTo: Support\nSubject: Broken link\n\nThe link is broken.\n';
    expect(checkable(text)).not.toContain('link is broken');
    expect(checkable(text)).toContain('Fixed now.');
  });

  it('skips inline ">" lines but keeps the answers between them', () => {
    const text = 'Hi,\n\n> Can I change the address?\nYes, you can.\n> And the date?\nAlso yes.\n';
    const c = checkable(text);
    expect(c).toContain('Yes, you can.');
    expect(c).toContain('Also yes.');
    expect(c).not.toContain('address');
  });

  it('treats a "-- " line as the start of the signature', () => {
    const text = 'Hello,\n\nAll sorted.\n\n-- \nMark | Acme | +1 555 0100\n';
    const e = parseEmail(text, en);
    expect(part(text, e.signature)).toContain('Mark | Acme');
    expect(checkable(text)).not.toContain('Acme');
  });

  it('does not mistake a sentence that starts like a sign-off for one', () => {
    const text = 'Hi,\n\nThanks for your patience while we looked into this.\n';
    expect(parseEmail(text, en).closing).toBeNull();
    expect(parseEmail(text, en).signature).toBeNull();
  });

  it('accepts the sign-off and the name on one line', () => {
    const text = 'Hi,\n\nAll done.\n\nThanks, Mark\n';
    expect(part(text, parseEmail(text, en).closing)).toBe('Thanks, Mark');
  });

  it('honours hints from the compose box', () => {
    const text = 'Hi,\n\nAll done.\nQUOTED PART';
    const at = text.indexOf('QUOTED');
    expect(checkable(text.slice(0))).toContain('QUOTED');
    const e = parseEmail(text, en, [[at, text.length]]);
    expect(e.checkable.map((r) => text.slice(r[0], r[1])).join('')).not.toContain('QUOTED');
  });
});

describe('parseEmail: a sign-off-like line above more body text', () => {
  it('is not a sign-off when sentences follow it, so those sentences are still checked', () => {
    const text =
      'Hi Anna,\n\nThanks!\nI have checked your account and the refund will reach your card within five working days.\nIs there anything else I can help you with?\n';
    const e = parseEmail(text, en);
    expect(e.closing).toBeNull();
    expect(e.signature).toBeNull();
    expect(checkable(text)).toContain('the refund will reach your card');
  });
});
