// A team profile names Harper's rules like any rule of ours: switch one, re-severe one, and a mistyped id is rejected
// with the nearest Harper id.
import { describe, expect, it } from 'vitest';
import { resolveProfiles } from '../../src/engine/profile/resolve';
import { toEngineConfig } from '../../src/engine/profile/engine-config';
import { validateProfile } from '../../src/engine/profile/validate';

describe('Harper rule ids in a profile', () => {
  it('accepts a Harper rule under grammar/ and style/', () => {
    const v = validateProfile({
      version: 1,
      rules: { 'grammar/harper-pronoun-verb-agreement': 'error', 'style/harper-use-ellipsis-character': 'warning' },
    });
    expect(v.ok).toBe(true);
  });

  it('rejects an unknown Harper id and names the nearest one', () => {
    const v = validateProfile({ version: 1, rules: { 'grammar/harper-pronoun-verb-agrement': 'off' } });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors[0]!.path).toBe('/rules/grammar~1harper-pronoun-verb-agrement');
    expect(v.errors[0]!.message).toContain('did you mean "grammar/harper-pronoun-verb-agreement"');
  });

  it("passes a rep's own Harper setting through to the engine config", () => {
    const r = resolveProfiles({ personal: { rules: { 'grammar/harper-an-a': 'off' }, words: [] } });
    expect(r.ignoredPersonal).toEqual([]);
    expect(toEngineConfig(r.settings, 'en').rules).toMatchObject({ 'grammar/harper-an-a': 'off' });
  });
});
