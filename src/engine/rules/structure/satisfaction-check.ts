import type { Language } from '../../types';
import { defineRule, type RuleContext } from '../../rule';
import type { RequiredSpec } from '../../declarative/spec';
import { compilePhrases, findPhrases, type CompiledPhrase } from '../../declarative/match';
import { insertionEdit } from '../../text/insert';
import en from '../../lang/en/structure/satisfaction-check.json';
import lv from '../../lang/lv/structure/satisfaction-check.json';
import sl from '../../lang/sl/structure/satisfaction-check.json';
import hr from '../../lang/hr/structure/satisfaction-check.json';
import fi from '../../lang/fi/structure/satisfaction-check.json';
import { isReplyOfSubstance } from './missing-greeting';
import { beforeNameEdit } from './missing-closing';

function requiredSpec(data: { kind: string }): RequiredSpec {
  if (data.kind !== 'required' || !('phrases' in data)) throw new Error('satisfaction-check data must be a "required" spec');
  return data as RequiredSpec;
}

const SPECS: Partial<Record<Language, RequiredSpec>> = {
  en: requiredSpec(en),
  lv: requiredSpec(lv),
  sl: requiredSpec(sl),
  hr: requiredSpec(hr),
  fi: requiredSpec(fi),
};

/** Whether one of the phrases occurs in the checkable text outside skipped spans; stops at the first. */
function containsAny(ctx: RuleContext, phrases: readonly CompiledPhrase[]): boolean {
  // findPhrases keeps exactly the non-empty matches outside skipped spans (and builds no expression whose words the
  // reply lacks: src/engine/declarative/match.ts).
  return findPhrases(ctx, phrases).length > 0;
}

// The phrase list is the declarative 'required' kind, but the rule is code: it waits for a reply of substance, and
// without a sign-off it adds the question above the rep's name rather than under it.
export default defineRule({
  id: 'structure/satisfaction-check',
  meta: {
    category: 'structure',
    description: 'The reply never asks whether the customer needs anything else ("Is there anything else I can help you with?").',
    defaultSeverity: 'warning',
    languages: Object.keys(SPECS) as Language[],
  },
  check(ctx) {
    const spec = SPECS[ctx.language];
    if (!spec || !isReplyOfSubstance(ctx)) return [];
    if (containsAny(ctx, compilePhrases(spec.phrases))) return [];
    const suggestions = spec.insert
      ? [
          {
            label: `Add "${spec.insert.text}"`,
            edit:
              spec.insert.at === 'before-closing' && !ctx.email.closing
                ? beforeNameEdit(ctx, spec.insert.text, '\n\n')
                : insertionEdit(ctx, spec.insert.at, spec.insert.text),
          },
        ]
      : [];
    return [{ range: [0, 0], message: spec.message, suggestions }];
  },
});
