// The profile schema and the checks after it, against good and bad profiles: every bad field named by its path,
// in words a team lead understands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../profile.schema.json';
import { RULES } from '../../src/engine/rules/index';
import { CATEGORIES, LANGUAGES, SEVERITIES } from '../../src/engine/types';
import { defineRule } from '../../src/engine/rule';
import { MAX_PROFILE_BYTES, type Profile } from '../../src/engine/profile/types';
import { formatProfileError, MAX_REPORTED_ERRORS, validateProfile } from '../../src/engine/profile/validate';
import { errorsOf, minimal, RULE, valid } from './helpers';

const builtin = RULES[0]!;

describe('good profiles', () => {
  it('accepts the smallest profile, {"version": 1}', () => {
    expect(valid({ version: 1 })).toEqual({ version: 1 });
  });

  it('accepts every field and every rule kind', () => {
    const p = {
      $schema: '../../profile.schema.json',
      version: 1,
      name: 'HelioVPN Support',
      description: 'Owner: Ilze.',
      languages: ['en', 'lv'],
      englishVariant: 'uk',
      rules: {
        [builtin.id]: 'info',
        [RULES[RULES.length - 1]!.id]: { severity: 'error', locked: true },
        'style/team-names': { locked: true },
      },
      words: ['HelioVPN', 'Matīss'],
      customRules: Object.values(RULE),
      personal: { allowRuleChanges: false, allowWords: true },
    };
    expect(valid(p)).toEqual(p);
  });

  it('accepts a profile given as JSON text, with a byte order mark', () => {
    expect(valid('\uFEFF{ "version": 1, "words": ["HelioVPN"] }')).toEqual({ version: 1, words: ['HelioVPN'] });
  });

  it('accepts the example profiles', () => {
    for (const file of ['examples/profiles/strict.json', 'examples/profiles/relaxed.json']) {
      valid(readFileSync(file, 'utf8'));
    }
  });

  it('does not keep a reference to the object it was given', () => {
    const input = minimal({ words: ['HelioVPN'] });
    const v = validateProfile(input);
    expect(v.ok && v.profile).not.toBe(input);
  });
});

describe('bad profiles', () => {
  it('names a missing version', () => {
    expect(errorsOf({ name: 'x' })).toEqual([
      { path: '/version', message: 'is missing: every profile starts with "version": 1' },
    ]);
  });

  it('explains a version from the future', () => {
    expect(errorsOf({ version: 2 })).toEqual([
      { path: '/version', message: 'must be 1: this version of ReplyCheck reads version 1 profiles, and this one says 2' },
    ]);
    expect(errorsOf({ version: '1' })[0]).toEqual({ path: '/version', message: 'must be the number 1, not the text "1"' });
  });

  it('names an unknown rule id, with the closest real one', () => {
    const typo = builtin.id.slice(0, -1);
    const [e] = errorsOf(minimal({ rules: { [typo]: 'off' } }));
    expect(e!.path).toBe(`/rules/${typo.replace('/', '~1')}`);
    expect(e!.message).toBe(`there is no rule called "${typo}"; did you mean "${builtin.id}"?`);
  });

  it('reads rule ids from the registry it is given, not from a list of its own', () => {
    const extra = defineRule({
      id: 'tone/blame',
      meta: { category: 'tone', description: 'Blaming the customer.', defaultSeverity: 'warning', languages: ['en'] },
      check: () => [],
    });
    const p = minimal({ rules: { 'tone/blame': 'error' } });
    expect(validateProfile(p, [...RULES, extra]).ok).toBe(true);
    expect(validateProfile(p, RULES.filter((r) => r.id !== 'tone/blame')).ok).toBe(false);
    expect(validateProfile(minimal({ rules: { 'tone/blamed': 'off' } }), [...RULES, extra])).toEqual({
      ok: false,
      errors: [{ path: '/rules/tone~1blamed', message: 'there is no rule called "tone/blamed"; did you mean "tone/blame"?' }],
    });
  });

  it('lets "rules" name the profile\'s own custom rules', () => {
    valid(minimal({ customRules: [RULE.existence], rules: { 'tone/team-banned': { severity: 'error', locked: true } } }));
  });

  it('names a bad regular expression with the reason', () => {
    const rule = { ...RULE.existence, phrases: { en: ['fine', { pattern: '(unclosed' }, { pattern: 'a{2,1}' }] } };
    const errors = errorsOf(minimal({ customRules: [rule] }));
    expect(errors).toEqual([
      { path: '/customRules/0/phrases/en/1/pattern', message: 'is not a valid regular expression: Unterminated group' },
      {
        path: '/customRules/0/phrases/en/2/pattern',
        message: expect.stringMatching(/^is not a valid regular expression: numbers out of order/),
      },
    ]);
  });

  it('refuses a pattern that could freeze the browser, and keeps the ordinary ones', () => {
    const patterns = ['(\\w+\\s?)*$', '(a+)+b', '(?:x{2,})*', '(?:ticket|case)\\s+#?\\d{5,}', '(a|b)+', '(ab){3}', '\\(\\d+\\)+'];
    const rule = { ...RULE.existence, phrases: { en: patterns.map((pattern) => ({ pattern })) } };
    expect(errorsOf(minimal({ customRules: [rule] }))).toEqual(
      [0, 1, 2].map((k) => ({
        path: `/customRules/0/phrases/en/${k}/pattern`,
        message:
          'repeats a group that itself repeats (like "(a+)+"), which can freeze the browser on some replies; rewrite it without the nested repetition',
      })),
    );
  });

  it('names wrong types in plain words', () => {
    const errors = errorsOf(
      minimal({
        name: 42,
        languages: 'en',
        rules: { [builtin.id]: 3 },
        words: ['ok', 7],
        personal: { allowWords: 'yes' },
        customRules: [{ ...RULE.existence, phrases: { en: [false] } }],
      }),
    );
    expect(errors).toEqual([
      { path: '/name', message: 'must be text in quotes, not the number 42' },
      { path: '/languages', message: 'must be a list [ … ], not the text "en"' },
      {
        path: `/rules/${builtin.id.replace('/', '~1')}`,
        message: 'must be "off", "error", "warning", "info" or an object such as { "severity": "error", "locked": true }, not the number 3',
      },
      { path: '/words/1', message: 'must be text in quotes, not the number 7' },
      { path: '/customRules/0/phrases/en/0', message: 'must be a phrase in quotes, or an object such as { "pattern": "…" }, not false' },
      { path: '/personal/allowWords', message: 'must be true or false, not the text "yes"' },
    ]);
  });

  it('rejects a profile that is not an object', () => {
    expect(errorsOf('[1, 2]')).toEqual([{ path: '', message: 'must be a JSON object such as { "version": 1 }, not a list' }]);
  });

  it('names a misspelt severity with the one meant', () => {
    expect(errorsOf(minimal({ rules: { [builtin.id]: 'warn' } }))[0]!.message).toBe(
      'must be "off", "error", "warning" or "info", not the text "warn"; did you mean "warning"?',
    );
  });

  it('names unknown fields wherever they are, with the one meant', () => {
    const errors = errorsOf(
      minimal({
        colour: 'blue',
        langauges: ['en'],
        rules: { [builtin.id]: { severity: 'error', lock: true } },
        personal: { allowWord: true },
        customRules: [{ ...RULE.existence, phrase: 'x' }, { ...RULE.required, phrases: { de: ['Tschüss'] } }],
      }),
    );
    expect(errors).toEqual([
      {
        path: '/colour',
        message: expect.stringMatching(/^"colour" is not a profile setting \(the settings are "\$schema", "version", .* and "personal"\)$/),
      },
      { path: '/langauges', message: '"langauges" is not a profile setting; did you mean "languages"?' },
      { path: `/rules/${builtin.id.replace('/', '~1')}/lock`, message: '"lock" is not part of a rule setting; did you mean "locked"?' },
      { path: '/customRules/0/phrase', message: '"phrase" is not a field of existence rules; did you mean "phrases"?' },
      { path: '/customRules/1/phrases/de', message: '"de" is not a language ReplyCheck knows; use en, lv, sl, hr, fi' },
      { path: '/personal/allowWord', message: '"allowWord" is not allowed here; did you mean "allowWords"?' },
    ]);
  });

  it('rejects lists over the limit, saying how long they are', () => {
    const words = Array.from({ length: 5001 }, (_, i) => `word${i}`);
    expect(errorsOf(minimal({ words }))).toEqual([
      { path: '/words', message: 'has 5,001 entries; a profile allows at most 5,000 here' },
    ]);
    const phrases = Array.from({ length: 5001 }, (_, i) => `phrase ${i}`);
    expect(errorsOf(minimal({ customRules: [{ ...RULE.existence, phrases: { en: phrases } }] }))).toEqual([
      { path: '/customRules/0/phrases/en', message: 'has 5,001 entries; a profile allows at most 5,000 here' },
    ]);
    const many = Array.from({ length: 201 }, (_, i) => ({ ...RULE.existence, id: `tone/team-rule-${i}` }));
    expect(errorsOf(minimal({ customRules: many }))).toEqual([
      { path: '/customRules', message: 'has 201 entries; a profile allows at most 200 here' },
    ]);
  });

  it('rejects a profile over the size limit before reading it', () => {
    const big = JSON.stringify(minimal({ description: 'x'.repeat(MAX_PROFILE_BYTES) }));
    expect(errorsOf(big)).toEqual([{ path: '', message: 'is too large: 257 KB, and a profile can be at most 256 KB' }]);
    expect(errorsOf(JSON.parse(big))[0]!.message).toMatch(/^is too large/);
  });

  it('rejects long strings', () => {
    expect(errorsOf(minimal({ words: ['x'.repeat(101)] }))).toEqual([
      { path: '/words/0', message: 'is too long: 101 characters, and at most 100 are allowed here' },
    ]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const [e] = errorsOf('{\n  "version": 1,\n  "words": ["a",]\n}');
    expect(e!.path).toBe('');
    expect(e!.message).toBe('is not valid JSON (line 3, column 16): JSON allows no comma after the last item');
  });

  it('names blank, empty and duplicate values', () => {
    const errors = errorsOf(minimal({ name: '  ', languages: ['en', 'lv', 'en'], words: [''], customRules: [{ ...RULE.existence, phrases: {} }] }));
    expect(errors).toEqual([
      { path: '/name', message: 'is blank' },
      { path: '/languages/2', message: 'lists "en" twice' },
      { path: '/words/0', message: 'is empty' },
      { path: '/customRules/0/phrases', message: 'is empty: give at least one language, such as { "en": … }' },
    ]);
  });

  it('names an unknown language and a language outside the profile\'s', () => {
    const errors = errorsOf(
      minimal({ languages: ['en', 'de'], customRules: [{ ...RULE.capitalization, terms: { en: ['iPhone'], lv: ['iPhone'] } }] }),
    );
    const notInProfile = {
      path: '/customRules/0/terms/lv',
      message: '"lv" is not one of the profile\'s languages (en); add it to "languages" or remove this',
    };
    expect(errors).toEqual([
      { path: '/languages/1', message: '"de" is not a language ReplyCheck knows; use en, lv, sl, hr, fi' },
      notInProfile,
    ]);
    expect(errorsOf(minimal({ languages: ['en'], customRules: [{ ...RULE.capitalization, terms: { en: ['iPhone'], lv: ['iPhone'] } }] }))).toEqual([
      {
        path: '/customRules/0/terms/lv',
        message: '"lv" is not one of the profile\'s languages (en); add it to "languages" or remove this',
      },
    ]);
  });

  it('names a missing or unknown kind, and checks each rule against its own kind only', () => {
    const { kind: _kind, ...noKind } = RULE.existence;
    const misspelt = { ...RULE.existence, id: 'tone/team-other', kind: 'exists' };
    expect(errorsOf(minimal({ customRules: [noKind, misspelt] }))).toEqual([
      {
        path: '/customRules/0/kind',
        message: 'is missing: say which kind of rule this is: "existence", "substitution", "capitalization" or "required"',
      },
      {
        path: '/customRules/1/kind',
        message:
          '"exists" is not a kind of rule; use "existence", "substitution", "capitalization" or "required"; did you mean "existence"?',
      },
    ]);
    expect(errorsOf(minimal({ customRules: [{ ...RULE.substitution, swap: undefined }] }))).toEqual([
      {
        path: '/customRules/0/swap',
        message: 'is missing: what to replace with what, by language, such as { "en": { "ASAP": "as soon as possible" } }',
      },
    ]);
  });

  it('names bad custom rule ids, clashes with built-in rules and duplicates', () => {
    const errors = errorsOf(
      minimal({
        customRules: [
          { ...RULE.existence, id: 'team/banned' },
          { ...RULE.existence, id: 'Tone/Banned' },
          { ...RULE.existence, id: builtin.id },
          { ...RULE.existence },
          { ...RULE.existence },
        ],
      }),
    );
    expect(errors).toEqual([
      {
        path: '/customRules/0/id',
        message:
          '"team" is not a category (use spelling, grammar, style, tone, politeness, structure or privacy); a rule id is "<category>/<name>", such as "style/banned-phrases"',
      },
      { path: '/customRules/1/id', message: expect.stringContaining('"Tone" is not a category') },
      {
        path: '/customRules/2/id',
        message: `"${builtin.id}" is the id of a built-in rule; give this rule a name of its own (to change the built-in rule, use "rules")`,
      },
      { path: '/customRules/4/id', message: '"tone/team-banned" is already the id of /customRules/3; each rule needs its own id' },
    ]);
  });

  it('names phrase objects with neither or both of phrase and pattern', () => {
    const rule = { ...RULE.existence, phrases: { en: [{ replace: ['x'] }, { phrase: 'a', pattern: 'b' }] } };
    expect(errorsOf(minimal({ customRules: [rule] }))).toEqual([
      {
        path: '/customRules/0/phrases/en/0/phrase',
        message: 'is missing: a phrase object needs "phrase" (the words to look for) or "pattern" (a regular expression)',
      },
      { path: '/customRules/0/phrases/en/1', message: 'has both "phrase" and "pattern"; keep one' },
    ]);
  });

  it('names rules that could only misfire', () => {
    const errors = errorsOf(
      minimal({
        customRules: [
          { ...RULE.substitution, swap: { en: { ok: 'OK', 'e-mail': ['email'] } } },
          { ...RULE.capitalization, terms: { en: ['iPhone', 'IPhone', '2024'] } },
          { ...RULE.required, message: 'Add {signoff}.' },
          { ...RULE.existence, message: 'Avoid "{actual}" or {expected}.' },
        ],
      }),
    );
    expect(errors).toEqual([
      {
        path: '/customRules/0/swap/en/ok',
        message: 'replaces "ok" with the same words; for a name spelled in one exact case, use a capitalization rule',
      },
      {
        path: '/customRules/1/terms/en/1',
        message: '"IPhone" and "iPhone" (/customRules/1/terms/en/0) are one name spelled two ways; keep the right one',
      },
      { path: '/customRules/1/terms/en/2', message: '"2024" has no letters, so there is no capitalization to check' },
      {
        path: '/customRules/2/message',
        message: 'uses {signoff}, which ReplyCheck does not fill in; in required rules the message has nothing to fill in',
      },
      {
        path: '/customRules/3/message',
        message: 'uses {expected}, which ReplyCheck does not fill in; in existence rules the message can use {actual}',
      },
    ]);
  });

  it('reports every bad field at once, not just the first', () => {
    const errors = errorsOf({
      version: 3,
      languages: ['en', 'xx'],
      rules: { 'tone/nope': 'off', [builtin.id]: 'loud' },
      words: [1],
      customRules: [{ ...RULE.existence, phrases: { en: [{ pattern: '[' }] } }],
    });
    expect(errors.map((e) => e.path)).toEqual([
      '/version',
      '/languages/1',
      `/rules/${builtin.id.replace('/', '~1')}`,
      '/words/0',
      '/customRules/0/phrases/en/0/pattern',
      '/rules/tone~1nope',
    ]);
  });

  it('caps a flood of errors with one line saying how many more', () => {
    const errors = errorsOf(minimal({ words: Array.from({ length: 150 }, () => 3) }));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors[MAX_REPORTED_ERRORS]).toEqual({ path: '', message: 'has 50 more problems not listed here' });
  });

  it('prints an error as "path: message", the whole profile as "/"', () => {
    expect(formatProfileError({ path: '/rules/tone~1blame', message: 'no' })).toBe('/rules/tone~1blame: no');
    expect(formatProfileError({ path: '', message: 'is not valid JSON' })).toBe('/: is not valid JSON');
  });
});

describe('the schema and the code agree', () => {
  const defs = schema.definitions;

  it('lists the engine\'s languages, severities and categories', () => {
    expect(defs.language.enum).toEqual(LANGUAGES);
    expect(schema.properties.languages.items.enum).toEqual(LANGUAGES);
    expect(defs.severity.enum).toEqual(SEVERITIES);
    expect(defs.severityOrOff.enum).toEqual(['off', ...SEVERITIES]);
    expect(defs.customRuleId.pattern).toBe(`^(${CATEGORIES.join('|')})/[a-z0-9]+(-[a-z0-9]+)*$`);
    for (const byLanguage of [defs.phrasesByLanguage, defs.swapByLanguage, defs.termsByLanguage, defs.insertByLanguage]) {
      expect(Object.keys(byLanguage.properties)).toEqual(LANGUAGES);
    }
  });

  it('has exactly the fields of the Profile type', () => {
    const fields: Record<keyof Profile, true> = {
      $schema: true,
      version: true,
      name: true,
      description: true,
      languages: true,
      englishVariant: true,
      rules: true,
      words: true,
      customRules: true,
      personal: true,
    };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(fields).sort());
  });

  it('accepts a rule id in the same shape as the registry test demands', () => {
    for (const r of RULES) expect(r.id).toMatch(new RegExp(defs.customRuleId.pattern));
  });
});
