// The rule-profile API the worker, the options page and the CLI use: validate, resolve the sources, configure the
// engine.
export type {
  CustomRuleDef,
  PerLanguage,
  PersonalPermissions,
  Profile,
  ProfileError,
  ProfileRuleSetting,
  ProfileValidation,
  RuleLevel,
} from './types';
export { MAX_PROFILE_BYTES, PROFILE_VERSION } from './types';
export { formatProfileError, MAX_REPORTED_ERRORS, parseProfileText, validateProfile } from './validate';
export type {
  EffectiveRule,
  EffectiveSettings,
  GoodCopy,
  IgnoredPersonal,
  InForce,
  PersonalSettings,
  Resolution,
  ResolveInput,
  RuleLocks,
  SourceInput,
  SourceKind,
  SourceStatus,
} from './resolve';
export { effectiveProfile, resolveProfiles, ruleChangeRefusal, ruleLocks, SOURCE_ORDER } from './resolve';
export type { ProfileEngineConfig } from './engine-config';
export { acceptedWords, customRule, specFor, toEngineConfig } from './engine-config';
