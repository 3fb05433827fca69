// Each declarative kind, written in a profile, flagging and fixing through the whole engine: the same mechanism
// (declarativeRule → runSpec) the built-in phrase lists use.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine';
import { applyEdit } from '../../src/engine/edit';
import type { Diagnostic } from '../../src/engine/types';
import { resolveProfiles } from '../../src/engine/profile/resolve';
import { acceptedWords, customRule, toEngineConfig } from '../../src/engine/profile/engine-config';
import { minimal, RULE, valid } from './helpers';

function check(profile: unknown, text: string): Diagnostic[] {
  const settings = resolveProfiles({ file: { latest: valid(profile) } }).settings;
  return createEngine(toEngineConfig(settings, 'en')).check(text).diagnostics;
}

function only(ruleId: string, profile: unknown, text: string): Diagnostic[] {
  return check(profile, text).filter((d) => d.ruleId === ruleId);
}

const fixed = (text: string, d: Diagnostic) => applyEdit(text, d.suggestions[0]!.edit);

describe('existence', () => {
  const profile = minimal({ customRules: [RULE.existence] });

  it('flags each phrase in any case and spacing, with the message filled in', () => {
    const text = 'Hi Anna,\n\nPlease calm   down and try again.\n\nBest regards,\nMatīss';
    const [d, ...rest] = only('tone/team-banned', profile, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ category: 'tone', severity: 'warning', actual: 'calm   down' });
    expect(d!.message).toBe('"calm   down" can sound dismissive.');
    expect(d!.suggestions).toEqual([]);
  });

  it('offers the replacement a phrase carries, in the case of the text', () => {
    const text = 'Hi Anna,\n\nNo problem, the refund is on its way.\n\nBest regards,\nMatīss';
    const [d] = only('tone/team-banned', profile, text);
    expect(fixed(text, d!)).toBe('Hi Anna,\n\nHappy to help, the refund is on its way.\n\nBest regards,\nMatīss');
  });

  it('leaves the quoted thread, the signature and near misses alone', () => {
    const text =
      'Hi Anna,\n\nThe problem is fixed; nothing to calm down about now that it works? No, problems are gone.\n\n' +
      'Best regards,\nMatīss\nno problem\n\nOn Mon, 3 Nov 2026, Anna wrote:\n> calm down, no problem';
    expect(only('tone/team-banned', profile, text).map((d) => d.actual)).toEqual(['calm down']);
  });

  it('matches a pattern entry', () => {
    const rule = { ...RULE.existence, phrases: { en: [{ pattern: '\\bobviously\\b', replace: [''] }] } };
    const text = 'Hi Anna,\n\nThis is obviously a bug.\n\nThanks,\nMatīss';
    const [d] = only('tone/team-banned', minimal({ customRules: [rule] }), text);
    expect(d!.suggestions[0]!.label).toBe('Remove it');
    expect(fixed(text, d!)).toBe('Hi Anna,\n\nThis is a bug.\n\nThanks,\nMatīss');
  });
});

describe('substitution', () => {
  const profile = minimal({ customRules: [RULE.substitution] });

  it('flags the left side and suggests the right, best first', () => {
    const text = 'Hi Anna,\n\nUnfortunately the server is down.\n\nThanks,\nMatīss';
    const [d] = only('style/team-plain', profile, text);
    expect(d!.message).toBe('Write "I\'m afraid" rather than "Unfortunately".');
    expect(d!.suggestions.map((s) => s.label)).toEqual(["I'm afraid", "I'm sorry to say"]);
    expect(fixed(text, d!)).toBe("Hi Anna,\n\nI'm afraid the server is down.\n\nThanks,\nMatīss");
  });

  it('expands an acronym without shouting, capitalised at the start of a sentence', () => {
    const text = 'Hi Anna,\n\nPlease reply ASAP. ASAP is best.\n\nThanks,\nMatīss';
    const ds = only('style/team-plain', profile, text);
    expect(ds.map((d) => fixed(text, d))).toEqual([
      'Hi Anna,\n\nPlease reply as soon as possible. ASAP is best.\n\nThanks,\nMatīss',
      'Hi Anna,\n\nPlease reply ASAP. As soon as possible is best.\n\nThanks,\nMatīss',
    ]);
  });
});

describe('capitalization', () => {
  const profile = minimal({ customRules: [RULE.capitalization] });

  it('flags a name in the wrong case and fixes it, leaving the right spelling and web addresses alone', () => {
    const text = 'Hi Anna,\n\nOpen the heliovpn app (HelioVPN 5.2, see heliovpn.com) and turn on helio  shield on your IPHONE.\n\nThanks,\nMatīss';
    const ds = only('style/team-names', profile, text);
    expect(ds.map((d) => d.actual)).toEqual(['heliovpn', 'helio  shield', 'IPHONE']);
    expect(ds[0]!.message).toBe('Spell it "HelioVPN".');
    expect(fixed(text, ds[1]!)).toContain('turn on Helio Shield on');
  });

  it('teaches spelling the names it insists on', () => {
    const settings = resolveProfiles({ file: { latest: valid(minimal({ customRules: [RULE.capitalization], words: ['Matīss'] })) } }).settings;
    expect(acceptedWords(settings)).toEqual(['Matīss', 'HelioVPN', 'Helio', 'Shield', 'iPhone']);
  });
});

describe('required', () => {
  const profile = minimal({ customRules: [RULE.required] });

  it('flags a reply without any of the phrases, once, and adds the line', () => {
    const text = 'Hi Anna,\n\nYour refund is on its way.';
    const [d, ...rest] = only('structure/team-sign-off', profile, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ range: [0, 0], message: 'End with the team sign-off.' });
    expect(d!.suggestions[0]!.label).toBe('Add "The HelioVPN Support Team"');
    expect(fixed(text, d!)).toBe('Hi Anna,\n\nYour refund is on its way.\n\nThe HelioVPN Support Team');
  });

  it('is satisfied by the phrase in the signature below the sign-off', () => {
    const text = 'Hi Anna,\n\nYour refund is on its way.\n\nBest regards,\nMatīss\nThe HelioVPN Support Team';
    expect(only('structure/team-sign-off', profile, text)).toEqual([]);
  });

  it('is satisfied by a ticket reference, which other rules skip', () => {
    const rule = { ...RULE.required, id: 'structure/team-ticket', phrases: { en: [{ pattern: '#\\d{5,}' }] }, insert: undefined };
    const p = minimal({ customRules: [rule] });
    expect(only('structure/team-ticket', p, 'Hi Anna,\n\nYour ticket #48213 is solved.\n\nThanks,\nMatīss')).toEqual([]);
    expect(only('structure/team-ticket', p, 'Hi Anna,\n\nYour ticket is solved.\n\nThanks,\nMatīss')).toHaveLength(1);
  });

  it('is not satisfied by the quoted thread, and says nothing about an empty draft', () => {
    const text = 'Hi Anna,\n\nDone.\n\nOn Mon, 3 Nov 2026, Anna wrote:\n> The HelioVPN Support Team';
    expect(only('structure/team-sign-off', profile, text)).toHaveLength(1);
    expect(only('structure/team-sign-off', profile, '')).toEqual([]);
  });
});

describe('custom rules and the rest of the profile', () => {
  it('take their severity from the rule, and "rules" can change or silence them', () => {
    const rule = { ...RULE.existence, severity: 'info' };
    const text = 'Hi Anna,\n\nPlease calm down.\n\nThanks,\nMatīss';
    // The built-in tone/dismissive flags "calm down" too, as a warning, and the more severe finding wins a span.
    const builtInOff = { 'tone/dismissive': 'off' } as const;
    expect(only('tone/team-banned', minimal({ customRules: [rule], rules: builtInOff }), text)[0]!.severity).toBe('info');
    expect(only('tone/team-banned', minimal({ customRules: [rule], rules: { ...builtInOff, 'tone/team-banned': 'error' } }), text)[0]!.severity).toBe('error');
    expect(only('tone/team-banned', minimal({ customRules: [rule], rules: { ...builtInOff, 'tone/team-banned': 'off' } }), text)).toEqual([]);
  });

  it('run only in the languages they have phrases for', () => {
    const def = valid(minimal({ customRules: [{ ...RULE.existence, phrases: { lv: ['nomierinieties'] } }] })).customRules![0]!;
    expect(customRule(def).meta.languages).toEqual(['lv']);
    expect(only('tone/team-banned', minimal({ customRules: [{ ...RULE.existence, phrases: { lv: ['calm down'] } }] }), 'Please calm down.')).toEqual([]);
  });

  it('describe themselves for the options page', () => {
    const def = valid(minimal({ customRules: [RULE.substitution] })).customRules![0]!;
    expect(customRule(def).meta).toEqual({
      category: 'style',
      description: 'Write "…" rather than "…".',
      defaultSeverity: 'warning',
      languages: ['en'],
    });
  });
});
