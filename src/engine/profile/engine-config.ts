// Effective profile settings → the engine's config for one language. Custom rules become declarative rules, the
// same mechanism (declarativeRule → runSpec) the built-in phrase lists use.
import type { Language } from '../types';
import type { Rule } from '../rule';
import type { EngineConfig, RuleSetting } from '../engine';
import type { DeclarativeSpec } from '../declarative/spec';
import { declarativeRule } from '../declarative/rule';
import type { CustomRuleDef } from './types';
import type { EffectiveSettings } from './resolve';

/** The engine config plus what later passes read (the deep-grammar pass reads the English variant). */
export interface ProfileEngineConfig extends EngineConfig {
  englishVariant?: 'us' | 'uk';
}

/** One custom rule's spec in one language, or null when it has nothing for that language. */
export function specFor(def: CustomRuleDef, language: Language): DeclarativeSpec | null {
  switch (def.kind) {
    case 'existence': {
      const phrases = def.phrases[language];
      return phrases ? { kind: 'existence', message: def.message, phrases } : null;
    }
    case 'substitution': {
      const swap = def.swap[language];
      return swap ? { kind: 'substitution', message: def.message, swap } : null;
    }
    case 'capitalization': {
      const terms = def.terms[language];
      return terms ? { kind: 'capitalization', message: def.message, terms } : null;
    }
    case 'required': {
      const phrases = def.phrases[language];
      if (!phrases) return null;
      const insert = def.insert?.[language];
      return insert ? { kind: 'required', message: def.message, phrases, insert } : { kind: 'required', message: def.message, phrases };
    }
  }
}

const compiled = new WeakMap<CustomRuleDef, Rule>();

/** A custom rule as an engine rule, built once per definition so its compiled phrases are reused. */
export function customRule(def: CustomRuleDef): Rule {
  let rule = compiled.get(def);
  if (!rule) {
    const specs: Partial<Record<Language, DeclarativeSpec>> = {};
    for (const language of Object.keys(
      def.kind === 'substitution' ? def.swap : def.kind === 'capitalization' ? def.terms : def.phrases,
    ) as Language[]) {
      const spec = specFor(def, language);
      if (spec) specs[language] = spec;
    }
    rule = declarativeRule(
      def.id,
      {
        category: def.id.split('/')[0] as Rule['meta']['category'],
        description: def.description ?? def.message.replace(/\{(\w+)\}/g, '…'),
        defaultSeverity: def.severity ?? 'warning',
      },
      specs,
    );
    compiled.set(def, rule);
  }
  return rule;
}

/**
 * Words spelling accepts: the team's, the rep's, and the names a capitalization rule insists on (a name the team
 * spells exactly is one the dictionary must know). Multi-word entries ("Threat Protection") are split, because
 * spelling checks one word at a time.
 */
export function acceptedWords(settings: EffectiveSettings): string[] {
  const names = settings.customRules.flatMap((d) => (d.kind === 'capitalization' ? Object.values(d.terms).flat() : []));
  const words = [...settings.teamWords, ...settings.personalWords, ...(names as string[])].flatMap((w) =>
    w.split(/\s+/).filter((part) => /\p{L}/u.test(part)),
  );
  return [...new Set(words)];
}

export function toEngineConfig(settings: EffectiveSettings, language: Language): ProfileEngineConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, r] of Object.entries(settings.rules)) if (r.level !== undefined) rules[id] = r.level;
  const config: ProfileEngineConfig = {
    language,
    rules,
    words: acceptedWords(settings),
    extraRules: settings.customRules.map(customRule),
  };
  if (settings.englishVariant) config.englishVariant = settings.englishVariant;
  return config;
}
