// The example profiles in examples/profiles/: the same reply gets different findings under each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine';
import { applyEdit } from '../../src/engine/edit';
import { resolveProfiles } from '../../src/engine/profile/resolve';
import { toEngineConfig } from '../../src/engine/profile/engine-config';

const reply = readFileSync('tests/profile/fixtures/reply-vpn.txt', 'utf8');

function run(file: string, text = reply) {
  const r = resolveProfiles({ file: { latest: readFileSync(`examples/profiles/${file}`, 'utf8'), origin: file } });
  expect(r.sources.file.errors).toEqual([]);
  const diagnostics = createEngine(toEngineConfig(r.settings, 'en')).check(text).diagnostics;
  // Only the rules the profiles set, so the test holds while other rules join the registry.
  const named = new Set([...Object.keys(r.settings.rules), ...r.settings.customRules.map((c) => c.id)]);
  return diagnostics.filter((d) => named.has(d.ruleId));
}

const summary = (ds: ReturnType<typeof run>) => ds.map((d) => `${d.severity} ${d.ruleId} ${d.actual ?? ''}`.trim());

describe('example profiles', () => {
  it('strict: product names, plain words, banned phrases, the ticket number and the sign-off', () => {
    expect(summary(run('strict.json'))).toEqual([
      'warning structure/team-sign-off',
      'warning structure/team-ticket-reference',
      'warning style/team-product-names iphone',
      'warning style/team-plain-words Unfortunately',
      'warning style/team-product-names heliovpn',
      'warning tone/team-banned-phrases As I already said',
      'warning style/team-product-names Helio shield',
      'error grammar/repeated-word the the',
      'warning style/team-plain-words ASAP',
      'warning tone/team-banned-phrases No problem',
    ]);
  });

  it('relaxed: only the product names, as hints, and the repeated word as a warning', () => {
    expect(summary(run('relaxed.json'))).toEqual([
      'info style/team-product-names heliovpn',
      'info style/team-product-names Helio shield',
      'warning grammar/repeated-word the the',
    ]);
  });

  it('strict fixes read right', () => {
    const ds = run('strict.json');
    const fix = (id: string, actual: string) =>
      applyEdit(reply, ds.find((d) => d.ruleId === id && d.actual === actual)!.suggestions[0]!.edit);
    expect(fix('style/team-plain-words', 'ASAP')).toContain('reply as soon as possible with a screenshot');
    expect(fix('style/team-plain-words', 'Unfortunately')).toContain("\n\nI'm afraid the heliovpn app");
    expect(fix('tone/team-banned-phrases', 'No problem')).toContain('\n\nHappy to help if you need more time.');
    expect(fix('style/team-product-names', 'heliovpn')).toContain('the HelioVPN app');
  });

  it('a reply written to the strict profile passes it', () => {
    const clean =
      'Hi Anna,\n\nThanks for your patience with ticket #48213. I\'m afraid the HelioVPN app on iOS can lose the tunnel ' +
      'when the phone switches networks. Please turn on Helio Shield and try the WireGuard protocol.\n\n' +
      'Best regards,\nMatīss\nThe HelioVPN Support Team';
    expect(summary(run('strict.json', clean))).toEqual([]);
  });
});
