import type { Language } from '../types';
import { defineRule, type Rule, type RuleMeta } from '../rule';
import type { DeclarativeSpec } from './spec';
import { runSpec } from './run';

/** A rule whose whole behaviour is per-language data in one of the declarative kinds. */
export function declarativeRule(
  id: string,
  meta: Omit<RuleMeta, 'languages'>,
  specs: Partial<Record<Language, DeclarativeSpec>>,
): Rule {
  return defineRule({
    id,
    meta: { ...meta, languages: Object.keys(specs) as Language[] },
    check(ctx) {
      const spec = specs[ctx.language];
      return spec ? runSpec(ctx, spec) : [];
    },
  });
}
