import type { Finding, RuleContext } from '../rule';
import { insertionEdit } from '../text/insert';
import type { DeclarativeSpec } from './spec';
import { compilePhrases, fill, findPhrases, matchCase } from './match';

const termCache = new WeakMap<readonly string[], ReturnType<typeof compilePhrases>>();
const swapCache = new WeakMap<Record<string, string | string[]>, ReturnType<typeof compilePhrases>>();

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
          return { label: text === '' ? 'Remove it' : text, edit: { range: hit.range, text } };
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
        const options = (hit.entry.replace ?? []).map((r) => matchCase(r, hit.text));
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
      if (findPhrases(ctx, compilePhrases(spec.phrases)).length > 0) return [];
      const suggestions = spec.insert
        ? [{ label: `Add "${spec.insert.text}"`, edit: insertionEdit(ctx, spec.insert.at, spec.insert.text) }]
        : [];
      return [{ range: [0, 0], message: spec.message, suggestions }];
    }
  }
}
