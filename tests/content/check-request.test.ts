import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../src/content/check-request';

const draft = 'Hi Anna,\n\nThank you for writing. Your refund was sent today.\n\nBest regards,\nMarko';

describe('what a check sends', () => {
  it('sends the whole text first', () => {
    expect(checkRequest('d1', null, { version: 1, text: draft }, [])).toEqual({ kind: 'check', doc: 'd1', version: 1, hints: [], text: draft });
  });

  it('then only what changed since the text the worker acknowledged', () => {
    const typed = draft.replace('today.', 'today. It should arrive soon.');
    const req = checkRequest('d1', { version: 1, text: draft }, { version: 2, text: typed }, [[70, 80]]);
    expect(req).toEqual({ kind: 'check', doc: 'd1', version: 2, base: 1, delta: { from: 60, to: 60, text: ' It should arrive soon.' }, hints: [[70, 80]] });
    expect(JSON.stringify(req)).not.toContain('Thank you');
  });

  it('sends an empty delta to re-check unchanged text, and the whole text after a rewrite', () => {
    expect(checkRequest('d1', { version: 3, text: draft }, { version: 3, text: draft }, [])).toMatchObject({
      base: 3,
      delta: { from: draft.length, to: draft.length, text: '' },
    });
    const pasted = 'Completely different text pasted over the whole draft, longer than before.';
    expect(checkRequest('d1', { version: 3, text: draft }, { version: 4, text: pasted }, [])).toMatchObject({ text: pasted });
  });
});

describe('the customer message and attachments a check carries', () => {
  const anna = { text: 'Hello,\n\nCan I get my money back?\n\nAnna', name: 'Anna Bērziņa' };

  it('sends the customer message with the whole text, and then only when it changed', () => {
    const first = checkRequest('d1', null, { version: 1, text: draft }, [], { customer: anna, attachments: 0 });
    expect(first).toMatchObject({ text: draft, customer: anna, attachments: 0 });
    const typed = draft.replace('today.', 'today!');
    const next = checkRequest('d1', { version: 1, text: draft }, { version: 2, text: typed }, [], {
      customer: { ...anna },
      attachments: 1,
      sentCustomer: anna,
    });
    expect(next).not.toHaveProperty('customer');
    expect(next).toMatchObject({ delta: { text: '!' }, attachments: 1 });
    expect(JSON.stringify(next)).not.toContain('money back');
    const changed = { text: 'Can I change the delivery address?', name: 'Anna Bērziņa' };
    expect(checkRequest('d1', { version: 2, text: typed }, { version: 2, text: typed }, [], { customer: changed, sentCustomer: anna })).toMatchObject({
      customer: changed,
    });
  });

  it('says "none" when the message is gone, and resends it whenever the worker may have lost it', () => {
    expect(checkRequest('d1', { version: 1, text: draft }, { version: 2, text: draft }, [], { customer: null, sentCustomer: anna })).toMatchObject({
      customer: null,
    });
    // After an error or a resync the session no longer knows what the worker holds.
    expect(checkRequest('d1', { version: 1, text: draft }, { version: 2, text: draft }, [], { customer: anna })).toMatchObject({ customer: anna });
    expect(checkRequest('d1', null, { version: 3, text: draft }, [], { customer: anna, sentCustomer: anna })).toMatchObject({ customer: anna });
  });

  it('leaves the attachment count out where the site shows no attachment area', () => {
    expect(checkRequest('d1', null, { version: 1, text: draft }, [], { customer: null })).not.toHaveProperty('attachments');
  });
});
