import { describe, expect, it } from 'vitest';
import { validate } from '../../src/background/validate';
import { createDraftStore } from '../../src/background/drafts';
import { grantedSiteOrigins } from '../../src/background/sites';
import { MAX_CUSTOMER_TEXT, MAX_HINTS } from '../../src/shared/protocol';

const self = { id: 'abcdef', pageUrl: 'chrome-extension://abcdef/' };
const tab = { id: 'abcdef', url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } };
const page = { id: 'abcdef', url: 'chrome-extension://abcdef/options/options.html' };

describe('worker message validation', () => {
  it('accepts well-formed checks from a content script, with text or with a delta', () => {
    expect(validate({ kind: 'check', doc: 'd1', version: 1, text: 'Hi', hints: [[0, 1]] }, tab, self).ok).toBe(true);
    expect(validate({ kind: 'check', doc: 'd1', version: 2, base: 1, delta: { from: 0, to: 1, text: 'H' }, hints: [] }, tab, self).ok).toBe(true);
  });

  it('refuses bad shapes with a plain reason instead of throwing', () => {
    const bad: unknown[] = [
      null,
      'check',
      [],
      { kind: 'check' },
      { kind: 'check', doc: 'd', version: -1, text: 'x', hints: [] },
      { kind: 'check', doc: 'd', version: 1, hints: [] },
      { kind: 'check', doc: 'd', version: 1, text: 'x', delta: { from: 0, to: 0, text: '' }, base: 0, hints: [] },
      { kind: 'check', doc: 'd', version: 1, text: 5, hints: [] },
      { kind: 'check', doc: 'd', version: 1, text: 'x', hints: [[2, 1]] },
      { kind: 'check', doc: 'd', version: 1, text: 'x', hints: Array.from({ length: MAX_HINTS + 1 }, () => [0, 1]) },
      { kind: 'check', doc: 'd'.repeat(101), version: 1, text: 'x', hints: [] },
      { kind: 'add-word', word: 'two words' },
      { kind: 'set-rule', ruleId: 'grammar/repeated-word', setting: 'loud' },
      { kind: 'set-rule', ruleId: '../../etc', setting: 'off' },
      { kind: '__proto__' },
      { kind: 'nope' },
    ];
    for (const m of bad) {
      const r = validate(m, tab, self);
      expect(r.ok, JSON.stringify(m)?.slice(0, 80)).toBe(false);
      if (!r.ok) expect(typeof r.message).toBe('string');
    }
  });

  it('refuses messages from other extensions, and settings changes from web pages', () => {
    expect(validate({ kind: 'get-rules' }, { ...tab, id: 'other' }, self).ok).toBe(false);
    expect(validate({ kind: 'set-site', host: 'mail.google.com', enabled: false }, tab, self).ok).toBe(false);
    expect(validate({ kind: 'remove-word', word: 'Acme' }, tab, self).ok).toBe(false);
    expect(validate({ kind: 'set-site', host: 'mail.google.com', enabled: false }, page, self).ok).toBe(true);
    expect(validate({ kind: 'set-languages', languages: ['en', 'en'] }, page, self)).toEqual({
      ok: true,
      request: { kind: 'set-languages', languages: ['en'] },
    });
  });

  it('copies only the known fields', () => {
    const r = validate({ kind: 'check', doc: 'd', version: 1, text: 'x', hints: [], extra: 'payload' }, tab, self);
    expect(r.ok && Object.keys(r.request).sort()).toEqual(['doc', 'hints', 'kind', 'text', 'version']);
  });
});

describe('the customer message and attachment count of a check', () => {
  const check = { kind: 'check', doc: 'd1', version: 1, text: 'Hi Anna', hints: [] };

  it('accepts them, copying only the known fields', () => {
    const r = validate({ ...check, customer: { text: 'Can I get my money back?', name: 'Anna', x: 1 }, attachments: 2 }, tab, self);
    expect(r).toEqual({ ok: true, request: { ...check, customer: { text: 'Can I get my money back?', name: 'Anna' }, attachments: 2 } });
    expect(validate({ ...check, customer: null }, tab, self)).toEqual({ ok: true, request: { ...check, customer: null } });
    expect(validate({ ...check, customer: { text: '' } }, tab, self).ok).toBe(true);
  });

  it('refuses a bad or oversized message, a bad name and a bad count', () => {
    const bad: unknown[] = [
      { ...check, customer: 'Can I?' },
      { ...check, customer: { text: 5 } },
      { ...check, customer: { text: 'x'.repeat(MAX_CUSTOMER_TEXT + 1) } },
      { ...check, customer: { text: 'Hi', name: '' } },
      { ...check, customer: { text: 'Hi', name: 'A'.repeat(201) } },
      { ...check, attachments: -1 },
      { ...check, attachments: 1.5 },
      { ...check, attachments: '2' },
      { ...check, attachments: 1_000_000 },
    ];
    for (const m of bad) expect(validate(m, tab, self).ok, JSON.stringify(m).slice(0, 120)).toBe(false);
  });
});

describe('draft store', () => {
  it('keeps the customer message per draft until it is replaced, cleared or the draft forgotten', () => {
    const drafts = createDraftStore();
    expect(drafts.customer('d')).toBeNull();
    drafts.setCustomer('d', { text: 'Can I get my money back?', name: 'Anna' });
    drafts.setCustomer('e', { text: 'Where is my parcel?' });
    expect(drafts.customer('d')).toEqual({ text: 'Can I get my money back?', name: 'Anna' });
    drafts.setCustomer('d', null);
    expect(drafts.customer('d')).toBeNull();
    expect(drafts.customer('e')).toEqual({ text: 'Where is my parcel?' });
    drafts.forget('e');
    expect(drafts.customer('e')).toBeNull();
  });

  it('drops the customer message of the draft used longest ago first, not of one the rep is typing in', () => {
    const drafts = createDraftStore();
    drafts.setCustomer('typing', { text: 'Can I get my money back?' });
    for (let i = 0; i < 40; i++) {
      drafts.setCustomer(`other-${i}`, { text: `Question ${i}?` });
      drafts.set('typing', i, `Hi Anna ${i}`);
    }
    expect(drafts.customer('typing')).toEqual({ text: 'Can I get my money back?' });
    expect(drafts.customer('other-0')).toBeNull();
    expect(drafts.customer('other-39')).toEqual({ text: 'Question 39?' });
  });

  it('applies deltas on top of the version it holds, and asks for the whole text otherwise', () => {
    const drafts = createDraftStore();
    expect(drafts.apply('d', 1, { from: 0, to: 0, text: 'x' })).toBeNull();
    drafts.set('d', 1, 'the the kettle');
    expect(drafts.apply('d', 1, { from: 4, to: 8, text: '' })).toBe('the kettle');
    expect(drafts.apply('d', 2, { from: 0, to: 0, text: 'x' })).toBeNull();
    expect(drafts.apply('d', 1, { from: 0, to: 99, text: '' })).toBeNull();
    drafts.forget('d');
    expect(drafts.apply('d', 1, { from: 0, to: 0, text: '' })).toBeNull();
  });
});

describe('site scripts', () => {
  it('register for origins the rep granted, not for the webmail hosts the manifest covers', () => {
    const own = ['https://mail.google.com/*', 'https://outlook.office.com/*'];
    expect(grantedSiteOrigins(['https://mail.google.com/*', 'https://helpdesk.example.com/*', 'https://*/*'], own)).toEqual([
      'https://helpdesk.example.com/*',
    ]);
  });
});

describe('deep-check messages and the drafts they name', () => {
  it('accepts a deep check for a draft version and copies only its fields; refuses bad ones', () => {
    const ok = validate({ kind: 'deep-check', doc: 'd1', version: 4, hints: [[0, 2]], extra: 'x' }, tab, self);
    expect(ok).toEqual({ ok: true, request: { kind: 'deep-check', doc: 'd1', version: 4, hints: [[0, 2]] } });
    for (const bad of [
      { kind: 'deep-check', doc: '', version: 1, hints: [] },
      { kind: 'deep-check', doc: 'd', version: -1, hints: [] },
      { kind: 'deep-check', doc: 'd', version: 1, hints: [[3, 1]] },
      { kind: 'deep-check', doc: 'd', version: 1 },
    ]) {
      expect(validate(bad, tab, self).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('gives the deep pass the text of exactly the version asked for, and nothing once the draft moved on', () => {
    const drafts = createDraftStore();
    drafts.set('d1', 3, 'He go to work.');
    expect(drafts.get('d1', 3)).toBe('He go to work.');
    drafts.set('d1', 4, 'He goes to work.');
    expect(drafts.get('d1', 3)).toBeNull();
    expect(drafts.get('d2', 4)).toBeNull();
  });
});
