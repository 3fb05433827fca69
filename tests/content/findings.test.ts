import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/types';
import {
  blockingFindings,
  caretAfterEdit,
  countByCategory,
  findingAt,
  shiftFindings,
  typingWordAt,
  visibleFindings,
} from '../../src/content/findings';

function d(range: [number, number], extra: Partial<Diagnostic> = {}): Diagnostic {
  return { ruleId: 'grammar/repeated-word', category: 'grammar', severity: 'error', range, message: 'm', suggestions: [], ...extra };
}

describe('findings between checks', () => {
  // "Hi Anna, the the kettle" — "the the" at [9, 16].
  const f = d([9, 16], { suggestions: [{ label: 'the', edit: { range: [9, 16], text: 'the' } }] });

  it('shifts findings after an edit by its length change, suggestions included', () => {
    const [moved] = shiftFindings([f], { from: 0, to: 2, text: 'Hello' });
    expect(moved!.range).toEqual([12, 19]);
    expect(moved!.suggestions[0]!.edit.range).toEqual([12, 19]);
  });

  it('keeps findings before an edit untouched', () => {
    expect(shiftFindings([f], { from: 20, to: 20, text: 'x' })[0]).toBe(f);
  });

  it('drops a finding the edit touches, even one typed right after it', () => {
    expect(shiftFindings([f], { from: 12, to: 13, text: '' })).toEqual([]);
    expect(shiftFindings([f], { from: 16, to: 16, text: 'm' })).toEqual([]);
    expect(shiftFindings([f], { from: 9, to: 9, text: 'x' })).toEqual([]);
  });

  it('keeps document-level findings until the next check', () => {
    const doc = d([0, 0], { ruleId: 'structure/missing-greeting', category: 'structure', severity: 'warning' });
    expect(shiftFindings([doc], { from: 0, to: 5, text: '' })).toEqual([doc]);
    expect(visibleFindings([doc], null)).toEqual([]);
  });
});

describe('the word being typed', () => {
  it('is the word whose end the caret sits at after typing a letter', () => {
    expect(typingWordAt({ from: 15, to: 15, text: 'e' }, 16, 'insertText')).toBe(16);
    expect(typingWordAt({ from: 16, to: 16, text: ' ' }, 17, 'insertText')).toBeNull();
    expect(typingWordAt({ from: 15, to: 15, text: 'e' }, 3, 'insertText')).toBeNull();
    expect(typingWordAt({ from: 15, to: 16, text: '' }, 15, 'deleteContentBackward')).toBeNull();
    expect(typingWordAt({ from: 15, to: 15, text: 'ž' }, 16, 'insertCompositionText')).toBe(16);
    expect(typingWordAt({ from: 15, to: 15, text: 'word' }, 19, 'insertFromPaste')).toBeNull();
  });

  it('hides findings on that word only', () => {
    const word = d([9, 16]);
    const other = d([0, 2]);
    expect(visibleFindings([word, other], 16)).toEqual([other]);
    expect(visibleFindings([word, other], null)).toEqual([word, other]);
  });
});

describe('the card and the caret', () => {
  it('finds the narrowest finding under an offset, ends included', () => {
    const wide = d([0, 30], { category: 'tone' });
    const narrow = d([9, 16]);
    expect(findingAt([wide, narrow], 16)).toBe(narrow);
    expect(findingAt([wide, narrow], 20)).toBe(wide);
    expect(findingAt([narrow], 17)).toBeNull();
  });

  it('leaves the caret where the rep was typing, moved by the length change', () => {
    const edit = { range: [9, 16] as [number, number], text: 'the' };
    expect(caretAfterEdit(40, edit)).toBe(36);
    expect(caretAfterEdit(16, edit)).toBe(12);
    expect(caretAfterEdit(3, edit)).toBe(3);
    expect(caretAfterEdit(12, edit)).toBe(12);
  });
});

describe('summaries', () => {
  it('counts by category and stops Send only for errors and warnings', () => {
    const list = [d([0, 1]), d([2, 3], { category: 'style', severity: 'info' }), d([4, 5], { category: 'tone', severity: 'warning' })];
    expect(countByCategory(list)).toEqual({ grammar: 1, style: 1, tone: 1 });
    expect(blockingFindings(list).map((x) => x.category)).toEqual(['grammar', 'tone']);
  });
});
