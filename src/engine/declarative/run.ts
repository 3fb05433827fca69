import type { Finding, RuleContext } from '../rule';
import { insertionEdit } from '../text/insert';
import { removalEdit } from '../text/removal';
import type { DeclarativeSpec } from './spec';
import { subtract } from '../text/ranges';
import { compilePhrases, fill, findPhrases, matchCase, type PhraseHit } from './match';

const termCache = new WeakMap<readonly string[], ReturnType<typeof compilePhrases>>();
const swapCache = new WeakMap<Record<string, string | string[]>, ReturnType<typeof compilePhrases>>();

const startsCache = new WeakMap<RuleContext, Set<number>>();

/** Where the sentences of this check start, worked out once: not once per phrase found. */
function sentenceStarts(ctx: RuleContext): Set<number> {
  let starts = startsCache.get(ctx);
  if (!starts) startsCache.set(ctx, (starts = new Set(ctx.sentences.map((s) => s.range[0]))));
  return starts;
}

/**
 * The replacement in the case of what it replaces, except that an acronym written as its key spells ("ASAP" →
 * "as soon as possible") is not shouting: its expansion keeps the case it was given, capitalised to start a sentence.
 */
function swapCase(ctx: RuleContext, hit: PhraseHit, replacement: string): string {
  const key = hit.entry.phrase ?? '';
  const acronym = /\p{Lu}/u.test(key) && key === key.toUpperCase() && hit.text === key;
  if (!acronym) return matchCase(replacement, hit.text);
  const startsSentence = sentenceStarts(ctx).has(hit.range[0]);
  return startsSentence ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** Runs one declarative rule over the checkable text. */
export function runSpec(ctx: RuleContext, spec: DeclarativeSpec): Finding[] {
  switch (spec.kind) {
    case 'existence':
      return findPhrases(ctx, compilePhrases(spec.phrases)).map((hit) => ({
        range: hit.range,
        actual: hit.text,
        message: fill(hit.entry.message ?? spec.message, { actual: hit.text }),
        suggestions: (hit.entry.replace ?? []).map((r) => {
          const text = matchCase(r, hit.text);
          // Taking a phrase out must leave a well-formed sentence: no double space, stray comma or lower-case start.
          return text === ''
            ? { label: 'Remove it', edit: removalEdit(ctx.text, hit.range) }
            : { label: text, edit: { range: hit.range, text } };
        }),
      }));
    case 'substitution': {
      let compiled = swapCache.get(spec.swap);
      if (!compiled) {
        compiled = compilePhrases(
          Object.entries(spec.swap).map(([from, to]) => ({ phrase: from, replace: Array.isArray(to) ? to : [to] })),
        );
        swapCache.set(spec.swap, compiled);
      }
      return findPhrases(ctx, compiled).map((hit) => {
        const options = (hit.entry.replace ?? []).map((r) => swapCase(ctx, hit, r));
        return {
          range: hit.range,
          actual: hit.text,
          message: fill(spec.message, { actual: hit.text, expected: options[0] ?? '' }),
          suggestions: options.map((text) => ({ label: text, edit: { range: hit.range, text } })),
        };
      });
    }
    case 'capitalization': {
      let compiled = termCache.get(spec.terms);
      if (!compiled) {
        compiled = compilePhrases(spec.terms.map((t) => ({ phrase: t, replace: [t] })));
        termCache.set(spec.terms, compiled);
      }
      return findPhrases(ctx, compiled)
        .filter((hit) => hit.text.replace(/\s+/g, ' ') !== hit.entry.phrase)
        .map((hit) => {
          const expected = hit.entry.phrase!;
          return {
            range: hit.range,
            actual: hit.text,
            message: fill(spec.message, { actual: hit.text, expected }),
            suggestions: [{ label: expected, edit: { range: hit.range, text: expected } }],
          };
        });
    }
    case 'required': {
      if (ctx.paragraphs.length === 0) return [];
      // A required phrase counts wherever the rep wrote it: a ticket reference ("#48213") is a skipped span, and a
      // team sign-off usually sits in the signature below "Best regards,". Only the quoted thread does not count.
      const own = subtract([0, ctx.text.length], ctx.email.quoted);
      if (findPhrases(ctx, compilePhrases(spec.phrases), { within: own, inSkipped: true }).length > 0) return [];
      const suggestions = spec.insert
        ? [{ label: `Add "${spec.insert.text}"`, edit: insertionEdit(ctx, spec.insert.at, spec.insert.text) }]
        : [];
      return [{ range: [0, 0], message: spec.message, suggestions }];
    }
  }
}
