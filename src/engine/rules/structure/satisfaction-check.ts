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
import { lexemes } from '../../text/email-shape';

/** The parts of a check-in no phrase holds (src/engine/lang/<lang>/structure/satisfaction-check.json: shape). */
interface CheckShape {
  condition?: string[];
  invite?: string[];
  further?: string[];
  /** "Everything that …": an "else" word only in a question ("Ste dobili vse, kar ste potrebovali?"). */
  everything?: string[];
  topic?: string[];
  offer?: string[];
  available?: string[];
  deadline?: string[];
}

const SHAPES: Partial<Record<Language, CheckShape>> = {
  en: (en as { shape?: CheckShape }).shape,
  lv: (lv as { shape?: CheckShape }).shape,
  sl: (sl as { shape?: CheckShape }).shape,
  hr: (hr as { shape?: CheckShape }).shape,
  fi: (fi as { shape?: CheckShape }).shape,
};

// A check-in is where a reply ends: only the sentences of its last three paragraphs (the sign-off's among them) are
// read by shape, so an "if you …, write" of the body's instructions does not stand in for one.
const LAST_PARAGRAPHS = 3;

/**
 * Whether a sentence near the end of the reply checks that the customer has everything, told by its parts rather
 * than a whole phrase: an invitation to write, ask or call with a condition, an "else/more" word or a topic of help
 * ("Kysy rohkeasti, jos jotain jäi epäselväksi!", "Če bi se tiskalnik ne oglasil, mi odpišite"); a condition or an
 * "else" word with an offer ("Ja vēlaties pārrunāt …, labprāt norunāsim konsultāciju"); the rep being available with
 * a condition, an "else" word or a topic ("Za morebitna dodatna vprašanja sem Vam na voljo"); a condition with a topic
 * and an "else" word; a question with an "else" word ("Je še kaj, kar bi radi vedeli?"). A sentence with a deadline
 * ("sporočite nam do petka") asks for something and is no check.
 */
function endsWithCheckShape(ctx: RuleContext, shape: CheckShape | undefined): boolean {
  if (!shape || ctx.paragraphs.length === 0) return false;
  const first = Math.max(ctx.paragraphs.length > 1 ? 1 : 0, ctx.paragraphs.length - LAST_PARAGRAPHS);
  const from = ctx.paragraphs[first]!.range[0];
  const greeting = ctx.email.greeting;
  const [condition, invite, further, everything, topic, offer, available, deadline] = [
    shape.condition,
    shape.invite,
    shape.further,
    shape.everything,
    shape.topic,
    shape.offer,
    shape.available,
    shape.deadline,
  ].map(lexemes);
  const has = (re: RegExp | null | undefined, s: string) => !!re && re.test(s);
  return ctx.sentences.some((sentence) => {
    if (sentence.range[0] < from || (greeting && sentence.range[1] <= greeting[1])) return false;
    const s = sentence.text;
    if (has(deadline, s)) return false;
    const cond = has(condition, s);
    const more = has(further, s);
    const about = has(topic, s);
    if (has(invite, s) && (cond || more || about)) return true;
    if (has(offer, s) && (cond || more)) return true;
    if (has(available, s) && (cond || more || about)) return true;
    if (cond && about && more) return true;
    return /\?\s*$/u.test(s) && (more || has(everything, s));
  });
}

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

/** The sentence that holds offset `at`, by binary search (a long paste has thousands of sentences and matches). */
function sentenceAt(ctx: RuleContext, at: number): RuleContext['sentences'][number] | undefined {
  const list = ctx.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.range[0]) hi = mid - 1;
    else if (at >= s.range[1]) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Whether one of the phrases occurs in the checkable text outside skipped spans, in a sentence that is no plain demand
 * with a deadline: "Atbildiet uz šo vēstuli līdz 15. decembrim" asks for something by a date and checks nothing, while
 * "Contact us if the money has not arrived by Friday" puts the date in a condition and still invites the customer back.
 */
function containsAny(
  ctx: RuleContext,
  phrases: readonly CompiledPhrase[],
  deadline: RegExp | null,
  condition: RegExp | null,
): boolean {
  // findPhrases keeps exactly the non-empty matches outside skipped spans (and builds no expression whose words the
  // reply lacks: src/engine/declarative/match.ts).
  const found = findPhrases(ctx, phrases);
  if (!deadline) return found.length > 0;
  return found.some((m) => {
    const sentence = sentenceAt(ctx, m.range[0]);
    return !sentence || !deadline.test(sentence.text) || !!condition?.test(sentence.text);
  });
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
    const shape = SHAPES[ctx.language];
    if (
      containsAny(ctx, compilePhrases(spec.phrases), lexemes(shape?.deadline), lexemes(shape?.condition)) ||
      endsWithCheckShape(ctx, shape)) return [];
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
