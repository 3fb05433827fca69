// Which profile is in force: managed > url > file > personal, locks hold, a bad copy never replaces a good one.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules/index';
import { defineRule } from '../../src/engine/rule';
import { effectiveProfile, resolveProfiles, type GoodCopy } from '../../src/engine/profile/resolve';
import { toEngineConfig } from '../../src/engine/profile/engine-config';
import { validateProfile } from '../../src/engine/profile/validate';
import { minimal, RULE, valid } from './helpers';

const [A, B] = [RULES[0]!.id, RULES[RULES.length - 1]!.id];

const managed = minimal({ name: 'Policy', rules: { [A]: { severity: 'error', locked: true } }, words: ['Managed'] });
const url = minimal({ name: 'Team URL', rules: { [A]: 'info' }, words: ['Url'] });
const file = minimal({ name: 'Imported file', words: ['File'] });
const broken = JSON.stringify({ version: 1, rules: { 'no/such-rule': 'off' } });

const good = (profile: Record<string, unknown>, origin: string): GoodCopy => ({
  profile: valid(profile),
  origin,
  receivedAt: '2026-11-20T09:00:00.000Z',
});

describe('precedence', () => {
  it('puts the strongest source with a good profile in force, whole', () => {
    const all = resolveProfiles({
      managed: { latest: managed, origin: 'enterprise policy' },
      url: { latest: JSON.stringify(url), origin: 'https://example.test/team.json' },
      file: { latest: file, origin: 'team.json' },
    });
    expect(all.inForce).toMatchObject({ source: 'managed', origin: 'enterprise policy', latestRejected: false });
    expect(all.settings.teamWords).toEqual(['Managed']);
    expect(all.settings.rules[A]).toEqual({ level: 'error', locked: true, setBy: 'profile' });

    const noPolicy = resolveProfiles({ url: { latest: JSON.stringify(url) }, file: { latest: file } });
    expect(noPolicy.inForce?.source).toBe('url');
    expect(noPolicy.settings.teamWords).toEqual(['Url']);

    const fileOnly = resolveProfiles({ file: { latest: file, origin: 'team.json', receivedAt: '2026-11-21T10:00:00Z' } });
    expect(fileOnly.inForce).toMatchObject({ source: 'file', origin: 'team.json', receivedAt: '2026-11-21T10:00:00Z' });
    expect(fileOnly.inForce?.profile.name).toBe('Imported file');
  });

  it('with no profile at all, applies every personal setting', () => {
    const r = resolveProfiles({ personal: { rules: { [A]: 'off' }, words: ['Matīss'] } });
    expect(r.inForce).toBeNull();
    expect(r.settings.rules[A]).toEqual({ level: 'off', locked: false, setBy: 'personal' });
    expect(r.settings.personalWords).toEqual(['Matīss']);
    expect(r.ignoredPersonal).toEqual([]);
  });
});

describe('personal settings on top', () => {
  it('apply where the profile allows, and never to a locked rule', () => {
    const r = resolveProfiles({
      url: { latest: minimal({ rules: { [A]: { severity: 'warning', locked: true }, [B]: 'info' } }) },
      personal: { rules: { [A]: 'off', [B]: 'error' }, words: ['Matīss'] },
    });
    expect(r.settings.rules[A]).toEqual({ level: 'warning', locked: true, setBy: 'profile' });
    expect(r.settings.rules[B]).toEqual({ level: 'error', locked: false, setBy: 'personal' });
    expect(r.settings.personalWords).toEqual(['Matīss']);
    expect(r.ignoredPersonal).toEqual([{ ruleId: A, reason: 'locked' }]);
    expect(toEngineConfig(r.settings, 'en').rules).toEqual({ [A]: 'warning', [B]: 'error' });
  });

  it('a lock without a severity keeps the rule at its default, and the rep cannot move it', () => {
    const r = resolveProfiles({
      managed: { latest: minimal({ rules: { [A]: { locked: true } } }) },
      personal: { rules: { [A]: 'off' } },
    });
    expect(r.settings.rules[A]).toEqual({ locked: true, setBy: 'profile' });
    expect(toEngineConfig(r.settings, 'en').rules).toEqual({});
    expect(r.ignoredPersonal).toEqual([{ ruleId: A, reason: 'locked' }]);
  });

  it('are ignored, and listed, where the profile does not allow them', () => {
    const r = resolveProfiles({
      file: { latest: minimal({ personal: { allowRuleChanges: false, allowWords: false }, words: ['Team'] }) },
      personal: { rules: { [B]: 'off' }, words: ['Mine'] },
    });
    expect(r.settings.rules).toEqual({});
    expect(r.settings.personalWords).toEqual([]);
    expect(toEngineConfig(r.settings, 'en').words).toEqual(['Team']);
    expect(r.ignoredPersonal).toEqual([
      { ruleId: B, reason: 'rule-changes-not-allowed' },
      { word: 'Mine', reason: 'words-not-allowed' },
    ]);
  });

  it('may change the team\'s own rules, and a setting for a rule that no longer exists is set aside', () => {
    const r = resolveProfiles({
      file: { latest: minimal({ customRules: [RULE.existence] }) },
      personal: { rules: { 'tone/team-banned': 'info', 'tone/gone': 'off' } },
    });
    expect(r.settings.rules['tone/team-banned']).toEqual({ level: 'info', locked: false, setBy: 'personal' });
    expect(r.ignoredPersonal).toEqual([{ ruleId: 'tone/gone', reason: 'unknown-rule' }]);
  });
});

describe('last good copy', () => {
  it('an invalid managed policy leaves the last good policy in force, with the errors reported', () => {
    const r = resolveProfiles({
      managed: { latest: broken, lastGood: good(managed, 'enterprise policy') },
      url: { latest: url },
    });
    expect(r.inForce).toMatchObject({ source: 'managed', latestRejected: true, origin: 'enterprise policy' });
    expect(r.inForce?.profile.name).toBe('Policy');
    expect(r.sources.managed.latest).toBe('invalid');
    expect(r.sources.managed.errors).toEqual([
      { path: '/rules/no~1such-rule', message: expect.stringContaining('there is no rule called "no/such-rule"') },
    ]);
    expect(r.sources.managed.lastGood?.profile.name).toBe('Policy');
  });

  it('an invalid source with no good copy yet is skipped for the next one', () => {
    const r = resolveProfiles({ managed: { latest: broken }, url: { latest: url }, file: { latest: file } });
    expect(r.inForce?.source).toBe('url');
    expect(r.sources.managed).toEqual({ latest: 'invalid', errors: expect.any(Array), lastGood: null });
  });

  it('an offline URL keeps its last good copy; a new good copy replaces it', () => {
    const old = good(url, 'https://example.test/team.json');
    const offline = resolveProfiles({ url: { lastGood: old } });
    expect(offline.inForce).toMatchObject({ source: 'url', latestRejected: false, receivedAt: old.receivedAt });
    expect(offline.sources.url).toEqual({ latest: 'none', errors: [], lastGood: old });

    const fresh = minimal({ name: 'Team URL v2' });
    const refreshed = resolveProfiles({
      url: { latest: JSON.stringify(fresh), lastGood: old, origin: old.origin, receivedAt: '2026-11-22T09:00:00.000Z' },
    });
    expect(refreshed.sources.url.lastGood).toEqual({
      profile: fresh,
      origin: old.origin,
      receivedAt: '2026-11-22T09:00:00.000Z',
    });
    expect(refreshed.inForce?.profile.name).toBe('Team URL v2');
  });

  it('a source that was removed gives way to the next one', () => {
    const r = resolveProfiles({ managed: { latest: null, lastGood: good(managed, 'policy') }, file: { latest: file } });
    expect(r.sources.managed).toEqual({ latest: 'removed', errors: [], lastGood: null });
    expect(r.inForce?.source).toBe('file');
  });

  it('a stored copy that no longer passes after an update is dropped with its reasons, not half applied', () => {
    const clash = defineRule({
      id: 'tone/team-banned',
      meta: { category: 'tone', description: 'A new built-in rule.', defaultSeverity: 'warning', languages: ['en'] },
      check: () => [],
    });
    const stored = good(minimal({ customRules: [RULE.existence] }), 'team.json');
    const r = resolveProfiles({ file: { lastGood: stored }, url: { lastGood: good(url, 'u') } }, [...RULES, clash]);
    expect(r.inForce?.source).toBe('url');
    expect(r.sources.file.lastGood).toBeNull();
    expect(r.sources.file.errors[0]!.message).toContain('is the id of a built-in rule');
  });
});

describe('export', () => {
  it('writes the effective profile: the one in force with the rep\'s allowed changes, which validates again', () => {
    const r = resolveProfiles({
      url: {
        latest: minimal({
          name: 'Team URL',
          languages: ['en'],
          englishVariant: 'uk',
          rules: { [A]: { severity: 'warning', locked: true } },
          words: ['HelioVPN'],
          customRules: [RULE.capitalization],
        }),
      },
      personal: { rules: { [A]: 'off', 'style/team-names': 'info' }, words: ['Matīss', 'HelioVPN'] },
    });
    const out = effectiveProfile(r);
    expect(out).toEqual({
      version: 1,
      name: 'Team URL',
      languages: ['en'],
      englishVariant: 'uk',
      rules: { [A]: { severity: 'warning', locked: true }, 'style/team-names': 'info' },
      words: ['HelioVPN', 'Matīss'],
      customRules: [RULE.capitalization],
    });
    expect(validateProfile(JSON.stringify(out)).ok).toBe(true);
    // Imported as a file, it gives the same engine as what the rep had.
    const again = resolveProfiles({ file: { latest: JSON.stringify(out) } });
    expect(toEngineConfig(again.settings, 'en').rules).toEqual(toEngineConfig(r.settings, 'en').rules);
  });

  it('writes the rep\'s own settings as a profile when no team profile is in force', () => {
    const out = effectiveProfile(resolveProfiles({ personal: { rules: { [A]: 'off' }, words: ['Matīss'] } }));
    expect(out).toEqual({ version: 1, name: 'My ReplyCheck settings', rules: { [A]: 'off' }, words: ['Matīss'] });
    expect(validateProfile(out).ok).toBe(true);
  });
});
