// The Harper provider through its real wasm (the slim flavour the extension ships): what it reports, where, with which
// ids and fixes, and what it leaves alone. One linter for the file: setup takes seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine';
import { checkDeep } from '../../src/engine/grammar/harper/deep';
import { createNodeHarper } from '../../src/engine/grammar/harper/node-binary';
import type { HarperProvider } from '../../src/engine/grammar/harper/provider';
import { harperRuleOf, kebab, HARPER_RULES } from '../../src/engine/grammar/harper/rules';
import type { Diagnostic } from '../../src/engine/types';

let harper: HarperProvider;
beforeAll(async () => {
  harper = createNodeHarper();
  await harper.setup();
}, 60_000);
afterAll(() => harper.dispose());

function apply(text: string, d: Diagnostic, i = 0): string {
  const { range, text: insert } = d.suggestions[i]!.edit;
  return text.slice(0, range[0]) + insert + text.slice(range[1]);
}

describe('Harper rule ids', () => {
  it('are kebab-case of the Harper rule names', () => {
    expect(kebab('PronounVerbAgreement')).toBe('pronoun-verb-agreement');
    expect(kebab('AnA')).toBe('an-a');
    expect(kebab('USUniversities')).toBe('us-universities');
    expect(harperRuleOf('grammar/harper-an-a')?.name).toBe('AnA');
    expect(harperRuleOf('style/harper-an-a')?.name).toBe('AnA');
    expect(harperRuleOf('grammar/harper-no-such-rule')).toBeUndefined();
  });

  it('are one per Harper rule, with no two names mapping to one id, and no spell checker among them', () => {
    const slugs = HARPER_RULES.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(HARPER_RULES.length).toBeGreaterThan(500);
    expect(HARPER_RULES.some((r) => r.name === 'SpellCheck')).toBe(false);
  });
});

describe('HarperProvider', () => {
  it('flags "He go to" with a stable grammar id, the UTF-16 range in the full text, and a fix', async () => {
    const text = 'Hi Anna,\n\nThanks for writing in. 😀 He go to the office on Mondays.\n\nBest regards,\nTom';
    const found = await harper.check(text);
    const d = found.find((f) => f.actual === 'go');
    expect(d).toBeDefined();
    expect(d!.ruleId).toBe('grammar/harper-pronoun-verb-agreement');
    expect(d!.category).toBe('grammar');
    expect(text.slice(d!.range[0], d!.range[1])).toBe('go');
    expect(apply(text, d!)).toContain('He goes to the office');
  });

  it('never lints the quoted thread or the signature', async () => {
    const text = [
      'Hi Sam,',
      '',
      'The refund is on its way.',
      '',
      'Kind regards,',
      'Tom',
      '',
      'On Mon, 3 Nov 2026 at 10:02, Sam <sam@example.com> wrote:',
      '> He go to the shop and their is a problem.',
    ].join('\n');
    const found = await harper.check(text);
    expect(found.filter((d) => d.range[0] > text.indexOf('On Mon'))).toEqual([]);
  });

  it('drops spelling lints: names and product words are our spelling rule\'s business', async () => {
    const found = await harper.check('Maija Bērziņa from Zendesk will call you tomorrow.');
    expect(found).toEqual([]);
  });

  it('keeps email formatting lints off by default, and a profile can turn one on', async () => {
    const text = 'Please allow 3-4 days... we are on it.';
    expect(await harper.check(text)).toEqual([]);
    const on = await harper.check(text, {}, { rules: { 'style/harper-use-ellipsis-character': 'warning' } });
    const d = on.find((f) => f.actual === '...');
    expect(d?.ruleId).toBe('style/harper-use-ellipsis-character');
    expect(d?.severity).toBe('warning');
  });

  it('follows the profile: a rule off under either prefix, and a severity', async () => {
    const text = 'He go to the office on Mondays.';
    expect(await harper.check(text, {}, { rules: { 'grammar/harper-pronoun-verb-agreement': 'off' } })).toEqual([]);
    expect(await harper.check(text, {}, { rules: { 'style/harper-pronoun-verb-agreement': 'off' } })).toEqual([]);
    const loud = await harper.check(text, {}, { rules: { 'grammar/harper-pronoun-verb-agreement': 'error' } });
    expect(loud[0]?.severity).toBe('error');
  });

  it('keeps a Harper twin of one of our rules off when ours is turned off, unless the profile names it', async () => {
    // Ours wins where both flag "the the"; with ours off, Harper's "Did you mean to repeat this word?" must not take
    // its place, or "Turn off this rule" would bring the same underline back a moment later.
    const text = 'I checked the the order for you.';
    const ids = async (rules: Record<string, 'off' | 'warning'>) => (await harper.check(text, {}, { rules })).map((d) => d.ruleId);
    expect(await ids({})).toContain('grammar/harper-repeated-words');
    expect(await ids({ 'grammar/repeated-word': 'off' })).toEqual([]);
    expect(await ids({ 'grammar/repeated-word': 'off', 'grammar/harper-repeated-words': 'warning' })).toContain('grammar/harper-repeated-words');
  });

  it('uses the British dialect for a "uk" profile: "colour" is fine there', async () => {
    const text = 'The colour of the button shows that your organisation is verified.';
    const uk = await harper.check(text, {}, { englishVariant: 'uk' });
    expect(uk).toEqual([]);
  });

  it('keeps the profile\'s Harper rules when the English variant changes between checks', async () => {
    // A rule Harper ships switched off, which this team turned on: it must stay on for a British rep too.
    const rules = { 'style/harper-avoid-contractions': 'warning' } as const;
    const text = 'We can\'t send it today.';
    const us = await harper.check(text, {}, { englishVariant: 'us', rules });
    expect(us.map((d) => d.ruleId)).toContain('style/harper-avoid-contractions');
    const uk = await harper.check(text, {}, { englishVariant: 'uk', rules });
    expect(uk.map((d) => d.ruleId)).toContain('style/harper-avoid-contractions');
    const back = await harper.check(text, {}, { englishVariant: 'us', rules });
    expect(back.map((d) => d.ruleId)).toContain('style/harper-avoid-contractions');
  });

  it('re-lints only the paragraph that changed', async () => {
    const a = 'Hi Jo,\n\nThe parcel left our warehouse today.\n\nHe go to the depot tomorrow.\n\nBest,\nTom';
    await harper.check(a);
    const before = harper.linted;
    const b = a.replace('tomorrow', 'on Friday');
    const found = await harper.check(b);
    expect(harper.linted - before).toBe(1);
    expect(found.some((d) => d.actual === 'go' && b.slice(d.range[0], d.range[1]) === 'go')).toBe(true);
  });

  it('follows a paragraph as the rep types a slip into it and then fixes it', async () => {
    const draft = (middle: string) => `Hi Jo,\n\nThe parcel left our warehouse today. ${middle} on Friday.\n\nBest,\nTom`;
    const flags = async (middle: string) => (await harper.check(draft(middle))).map((d) => `${d.ruleId} ${d.actual}`);
    expect(await flags('It reaches the depot')).toEqual([]);
    expect(await flags('He go to the depot')).toEqual(['grammar/harper-pronoun-verb-agreement go']);
    expect(await flags('He go to the new depot')).toEqual(['grammar/harper-pronoun-verb-agreement go']);
    expect(await flags('He goes to the new depot')).toEqual([]);
    expect(await flags('He go to the old depot')).toEqual(['grammar/harper-pronoun-verb-agreement go']);
  });

  it('does not report inside URLs or code', async () => {
    const found = await harper.check('Please open https://example.com/he-go-to/their-is and try again.');
    expect(found).toEqual([]);
  });
});

describe('checkDeep (fast findings, then Harper merged in)', () => {
  const engine = createEngine({ language: 'en' });

  it('adds what only Harper catches', async () => {
    const text = 'Hi Anna,\n\nHe go to the office on Mondays.\n\nBest regards,\nTom';
    const result = await checkDeep(engine, harper, text);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('grammar/harper-pronoun-verb-agreement');
    expect(result.score).toBeLessThan(engine.check(text).score);
  });

  it('shows one finding where Harper and our rule flag the same words, and it is ours', async () => {
    const text = 'Hi Anna,\n\nI could of sent it sooner.\n\nBest regards,\nTom';
    const fast = engine.check(text);
    expect(fast.diagnostics.map((d) => d.ruleId)).toContain('grammar/could-of');
    const deep = await harper.check(text);
    expect(deep.length).toBeGreaterThan(0); // Harper flags it too …
    const merged = await checkDeep(engine, harper, text);
    const onIt = merged.diagnostics.filter((d) => d.category === 'grammar' && text.slice(d.range[0], d.range[1]).includes('of'));
    expect(onIt.map((d) => d.ruleId)).toEqual(['grammar/could-of']); // … and the rep sees ours once
  });

  it('sends nothing to Harper for a reply in another language', async () => {
    const lv = createEngine({ language: 'lv' });
    const before = harper.linted;
    await checkDeep(lv, harper, 'Labdien! Paldies par jūsu vēstuli.');
    expect(harper.linted).toBe(before);
  });
});
