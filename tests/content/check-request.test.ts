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
