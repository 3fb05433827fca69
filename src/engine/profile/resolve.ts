// Which profile is in force, and what the rep's own settings add on top: a pure function of every source's newest
// copy and last good copy, so the worker, the options page and the tests all get the same answer.
//
// Sources, strongest first: enterprise policy (storage.managed) > a profile URL > a file imported on the options
// page. The strongest source with a good profile is the one in force, whole: profiles are not blended, so a team
// lead can read one file and know what every rep runs. A source whose newest copy is invalid is reported with its
// errors and keeps its last good copy in force. The rep's settings apply on top only where that profile allows.
import type { Language } from '../types';
import type { Rule } from '../rule';
import { harperRuleIds } from '../grammar/harper/rules';
import { RULES } from '../rules/index';
import type { CustomRuleDef, PersonalPermissions, Profile, ProfileError, RuleLevel } from './types';
import { PROFILE_VERSION } from './types';
import { validateProfile } from './validate';

export type SourceKind = 'managed' | 'url' | 'file';
export const SOURCE_ORDER: readonly SourceKind[] = ['managed', 'url', 'file'];

/** A profile that passed validation, with where and when it arrived (for the options page). */
export interface GoodCopy {
  profile: Profile;
  /** A URL, a file name, "enterprise policy". */
  origin?: string;
  /** ISO 8601 time it was received. */
  receivedAt?: string;
}

export interface SourceInput {
  /**
   * The newest copy, as JSON text or a parsed value. `undefined`: nothing new arrived (offline, not fetched yet), so
   * the last good copy stands. `null`: the source was removed (the policy withdrawn, the URL or file cleared).
   */
  latest?: unknown;
  origin?: string;
  receivedAt?: string;
  /** The last copy that passed, as this function returned it before; the caller stores it between runs. */
  lastGood?: GoodCopy | null;
}

/** The rep's own settings. */
export interface PersonalSettings {
  rules?: Readonly<Record<string, RuleLevel>>;
  words?: readonly string[];
}

export interface ResolveInput {
  managed?: SourceInput;
  url?: SourceInput;
  file?: SourceInput;
  personal?: PersonalSettings;
}

export interface SourceStatus {
  /** What became of the newest copy: none arrived, it passed, or it was rejected (the last good copy stands). */
  latest: 'none' | 'valid' | 'invalid' | 'removed';
  /** Why the newest copy (or a stored copy that no longer passes) was rejected. */
  errors: ProfileError[];
  /** The copy to store as this source's last good one. */
  lastGood: GoodCopy | null;
}

export interface EffectiveRule {
  /** Left out: the rule's default severity (a lock without a severity locks the default). */
  level?: RuleLevel;
  locked: boolean;
  setBy: 'profile' | 'personal';
}

export interface EffectiveSettings {
  /** The languages the team writes in; null when the profile does not restrict them. */
  languages: Language[] | null;
  englishVariant?: 'us' | 'uk';
  /** Rules the profile or the rep set; rules not here keep their defaults. */
  rules: Record<string, EffectiveRule>;
  teamWords: string[];
  personalWords: string[];
  customRules: CustomRuleDef[];
  permissions: Required<PersonalPermissions>;
}

export interface InForce extends GoodCopy {
  source: SourceKind;
  /** The source's newest copy was rejected, so this is its last good copy. */
  latestRejected: boolean;
}

export interface IgnoredPersonal {
  ruleId?: string;
  word?: string;
  reason: 'locked' | 'rule-changes-not-allowed' | 'words-not-allowed' | 'unknown-rule';
}

export interface Resolution {
  inForce: InForce | null;
  sources: Record<SourceKind, SourceStatus>;
  settings: EffectiveSettings;
  /** The rep's settings the profile does not allow; kept in storage, shown greyed out, applied if it ever allows. */
  ignoredPersonal: IgnoredPersonal[];
}

function resolveSource(input: SourceInput | undefined, builtins: readonly Rule[]): SourceStatus {
  if (!input) return { latest: 'none', errors: [], lastGood: null };
  if (input.latest === null) return { latest: 'removed', errors: [], lastGood: null };
  if (input.latest !== undefined) {
    const v = validateProfile(input.latest, builtins);
    if (v.ok) {
      const copy: GoodCopy = { profile: v.profile };
      if (input.origin !== undefined) copy.origin = input.origin;
      if (input.receivedAt !== undefined) copy.receivedAt = input.receivedAt;
      return { latest: 'valid', errors: [], lastGood: copy };
    }
    return { latest: 'invalid', errors: v.errors, lastGood: recheck(input.lastGood, builtins).copy };
  }
  const { copy, errors } = recheck(input.lastGood, builtins);
  return { latest: 'none', errors, lastGood: copy };
}

/**
 * A stored copy is checked again: after an update a rule it names may be gone, or a new built-in rule may take a
 * custom rule's id. One that no longer passes is dropped with its errors rather than half applied.
 */
function recheck(copy: GoodCopy | null | undefined, builtins: readonly Rule[]): { copy: GoodCopy | null; errors: ProfileError[] } {
  if (!copy) return { copy: null, errors: [] };
  const v = validateProfile(copy.profile, builtins);
  return v.ok ? { copy, errors: [] } : { copy: null, errors: v.errors };
}

function profileRules(profile: Profile | undefined): Record<string, EffectiveRule> {
  const out: Record<string, EffectiveRule> = {};
  for (const [id, setting] of Object.entries(profile?.rules ?? {})) {
    if (typeof setting === 'string') out[id] = { level: setting, locked: false, setBy: 'profile' };
    else {
      const rule: EffectiveRule = { locked: setting.locked === true, setBy: 'profile' };
      if (setting.severity !== undefined) rule.level = setting.severity;
      out[id] = rule;
    }
  }
  return out;
}

export function resolveProfiles(input: ResolveInput, builtins: readonly Rule[] = RULES): Resolution {
  const sources = {
    managed: resolveSource(input.managed, builtins),
    url: resolveSource(input.url, builtins),
    file: resolveSource(input.file, builtins),
  };
  let inForce: InForce | null = null;
  for (const kind of SOURCE_ORDER) {
    const s = sources[kind];
    if (s.lastGood) {
      inForce = { ...s.lastGood, source: kind, latestRejected: s.latest === 'invalid' };
      break;
    }
  }

  const profile = inForce?.profile;
  const permissions = {
    allowRuleChanges: profile?.personal?.allowRuleChanges ?? true,
    allowWords: profile?.personal?.allowWords ?? true,
  };
  const rules = profileRules(profile);
  const customRules = profile?.customRules ?? [];
  const known = new Set([...builtins.map((r) => r.id), ...harperRuleIds(), ...customRules.map((r) => r.id)]);
  const ignoredPersonal: IgnoredPersonal[] = [];

  for (const [ruleId, level] of Object.entries(input.personal?.rules ?? {})) {
    if (!known.has(ruleId)) ignoredPersonal.push({ ruleId, reason: 'unknown-rule' });
    else if (!permissions.allowRuleChanges) ignoredPersonal.push({ ruleId, reason: 'rule-changes-not-allowed' });
    else if (rules[ruleId]?.locked) ignoredPersonal.push({ ruleId, reason: 'locked' });
    else rules[ruleId] = { level, locked: false, setBy: 'personal' };
  }

  const personalWords: string[] = [];
  for (const word of input.personal?.words ?? []) {
    if (permissions.allowWords) personalWords.push(word);
    else ignoredPersonal.push({ word, reason: 'words-not-allowed' });
  }

  const settings: EffectiveSettings = {
    languages: profile?.languages ? [...profile.languages] : null,
    rules,
    teamWords: [...(profile?.words ?? [])],
    personalWords,
    customRules,
    permissions,
  };
  if (profile?.englishVariant) settings.englishVariant = profile.englishVariant;
  return { inForce, sources, settings, ignoredPersonal };
}

/** The rules a rep may not change: those the profile locks, or every rule when it allows no rule changes. */
export interface RuleLocks {
  /** The profile allows no rule changes at all (`personal.allowRuleChanges: false`). */
  all: boolean;
  /** Rule ids the profile locks. */
  rules: string[];
}

export function ruleLocks(settings: EffectiveSettings): RuleLocks {
  return {
    all: !settings.permissions.allowRuleChanges,
    rules: Object.entries(settings.rules).filter(([, r]) => r.locked).map(([id]) => id).sort(),
  };
}

/** Why the rep may not change this rule (a sentence for them), or null when they may. */
export function ruleChangeRefusal(locks: RuleLocks, ruleId: string): string | null {
  if (locks.rules.includes(ruleId)) return `"${ruleId}" is set by your team's profile and is locked; ask your team lead to change it.`;
  if (locks.all) return `Your team's profile does not allow changing rules; ask your team lead to change "${ruleId}".`;
  return null;
}

/**
 * The profile in force with the rep's allowed changes folded in, as a profile document: what the options page's
 * export writes, and what `replycheck check --profile` reproduces exactly.
 */
export function effectiveProfile(resolution: Resolution): Profile {
  const { inForce, settings } = resolution;
  const out: Profile = { version: PROFILE_VERSION };
  out.name = inForce?.profile.name ?? 'My ReplyCheck settings';
  if (inForce?.profile.description) out.description = inForce.profile.description;
  if (settings.languages) out.languages = [...settings.languages];
  if (settings.englishVariant) out.englishVariant = settings.englishVariant;
  const rules: NonNullable<Profile['rules']> = {};
  for (const [id, r] of Object.entries(settings.rules)) {
    if (r.locked) rules[id] = r.level === undefined ? { locked: true } : { severity: r.level, locked: true };
    else if (r.level !== undefined) rules[id] = r.level;
  }
  if (Object.keys(rules).length > 0) out.rules = rules;
  const words = [...new Set([...settings.teamWords, ...settings.personalWords])];
  if (words.length > 0) out.words = words;
  if (settings.customRules.length > 0) out.customRules = settings.customRules;
  if (inForce?.profile.personal) out.personal = { ...inForce.profile.personal };
  return out;
}
