// The rule profile a team lead writes, as TypeScript. profile.schema.json (repo root) is the published contract and
// the one the validator enforces; these types mirror it, and tests/profile/schema.test.ts keeps the two in step.
import type { Language, Severity } from '../types';
import type { CapitalizationSpec, ExistenceSpec, InsertAt, RequiredSpec, SubstitutionSpec } from '../declarative/spec';

export const PROFILE_VERSION = 1;

/** Profiles larger than this are refused before parsing: a team profile is a page of settings, not a corpus. */
export const MAX_PROFILE_BYTES = 256 * 1024;

export type RuleLevel = Severity | 'off';

/** What a profile says about one rule: a level, or a level with a lock the rep cannot undo. */
export type ProfileRuleSetting = RuleLevel | { severity?: RuleLevel; locked?: boolean };

export type PerLanguage<T> = Partial<Record<Language, T>>;

interface CustomRuleBase {
  /** "<category>/<name>"; the category is the rule's category. */
  id: string;
  /** One line for the options page; the message is used when it is left out. */
  description?: string;
  message: string;
  /** Defaults to "warning". */
  severity?: Severity;
}

// Each kind's per-language data is exactly the field of the declarative spec it becomes, so a team rule and a
// built-in rule run through one mechanism (src/engine/declarative/run.ts).
export interface ExistenceRuleDef extends CustomRuleBase {
  kind: 'existence';
  phrases: PerLanguage<ExistenceSpec['phrases']>;
}

export interface SubstitutionRuleDef extends CustomRuleBase {
  kind: 'substitution';
  swap: PerLanguage<SubstitutionSpec['swap']>;
}

export interface CapitalizationRuleDef extends CustomRuleBase {
  kind: 'capitalization';
  terms: PerLanguage<CapitalizationSpec['terms']>;
}

export interface RequiredRuleDef extends CustomRuleBase {
  kind: 'required';
  phrases: PerLanguage<RequiredSpec['phrases']>;
  insert?: PerLanguage<{ text: string; at: InsertAt }>;
}

export type CustomRuleDef = ExistenceRuleDef | SubstitutionRuleDef | CapitalizationRuleDef | RequiredRuleDef;

/** What each rep may change on top of the profile. */
export interface PersonalPermissions {
  /** Turn rules on or off and change their severity, except locked rules. Default true. */
  allowRuleChanges?: boolean;
  /** Add words to their own dictionary. Default true. */
  allowWords?: boolean;
}

export interface Profile {
  $schema?: string;
  version: 1;
  name?: string;
  description?: string;
  /** The team's languages; every language when left out. */
  languages?: Language[];
  englishVariant?: 'us' | 'uk';
  rules?: Record<string, ProfileRuleSetting>;
  words?: string[];
  customRules?: CustomRuleDef[];
  personal?: PersonalPermissions;
}

/** One thing wrong with a profile: where (a JSON Pointer, RFC 6901; "" is the whole profile) and why, in plain words. */
export interface ProfileError {
  path: string;
  message: string;
}

export type ProfileValidation = { ok: true; profile: Profile } | { ok: false; errors: ProfileError[] };
