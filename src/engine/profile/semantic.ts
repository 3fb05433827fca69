// What JSON Schema cannot say about a profile, checked after it and reported the same way: rule ids against the
// registry (which grows with every release, so it is read at run time), custom ids clashing with built-in ones,
// regular expressions that do not compile, phrases for languages the profile does not use, and rules that could
// only misfire. The document may also have failed the schema, so every read here checks the shape it relies on.
import type { Rule } from '../rule';
import { harperRuleIds } from '../grammar/harper/rules';
import { LANGUAGES } from '../types';
import type { ProfileError } from './types';
import { closest } from './did-you-mean';
import { child, pointer } from './pointer';

const HARPER_RULE_IDS: readonly string[] = harperRuleIds().sort();

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// Placeholders runSpec fills in, by kind (src/engine/declarative/run.ts).
const PLACEHOLDERS: Record<string, readonly string[]> = {
  existence: ['actual'],
  substitution: ['actual', 'expected'],
  capitalization: ['actual', 'expected'],
  required: [],
};

function placeholderError(path: string, message: unknown, kind: string): ProfileError | null {
  if (typeof message !== 'string') return null;
  const allowed = PLACEHOLDERS[kind] ?? [];
  const unknown = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !allowed.includes(name));
  if (unknown.length === 0) return null;
  const can =
    allowed.length === 0
      ? `in ${kind} rules the message has nothing to fill in`
      : `in ${kind} rules the message can use ${allowed.map((a) => `{${a}}`).join(' and ')}`;
  return { path, message: `uses {${unknown[0]}}, which ReplyCheck does not fill in; ${can}` };
}

function regexError(path: string, source: string): ProfileError | null {
  try {
    // The flags findPhrases compiles with (src/engine/declarative/match.ts): with "u", more mistakes are errors.
    new RegExp(source, 'giu');
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).replace(/^Invalid regular expression: \/.*\/\w*: /s, '');
    return { path, message: `is not a valid regular expression: ${why}` };
  }
  // A group that repeats and holds a repetition ("(a+)+", "(\w+\s?)*") can take exponential time on a line that
  // almost matches, freezing every rep's compose box: the classic catastrophic-backtracking shape, refused here.
  if (NESTED_REPETITION.test(source)) {
    return {
      path,
      message: 'repeats a group that itself repeats (like "(a+)+"), which can freeze the browser on some replies; rewrite it without the nested repetition',
    };
  }
  return null;
}

const NESTED_REPETITION = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d*,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\d*\})/;

const squash = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function unknownRuleMessage(id: string, known: readonly string[]): string {
  const hit = closest(id, known);
  if (hit) return `there is no rule called "${id}"; did you mean "${hit}"?`;
  const category = id.split('/')[0];
  const sameCategory = known.filter((k) => k.startsWith(`${category}/`));
  if (sameCategory.length > 0) {
    const shown = sameCategory.slice(0, 8).map((k) => `"${k}"`).join(', ');
    return `there is no rule called "${id}"; the ${category} rules are ${shown}${sameCategory.length > 8 ? ', …' : ''}`;
  }
  return `there is no rule called "${id}"; see the rule table in the README for the rule ids`;
}

export function semanticErrors(doc: unknown, builtins: readonly Rule[]): ProfileError[] {
  if (!isObject(doc)) return [];
  const errors: ProfileError[] = [];
  // Harper's rules are rules of ours too (src/engine/grammar/harper/rules.ts), though no rule file holds them.
  const builtinIds = new Set([...builtins.map((r) => r.id), ...HARPER_RULE_IDS]);
  const profileLanguages = Array.isArray(doc.languages)
    ? doc.languages.filter((l): l is string => (LANGUAGES as readonly unknown[]).includes(l))
    : null;

  // Custom rules first: their ids are names "rules" may use.
  const customIds = new Map<string, number>();
  const customRules = Array.isArray(doc.customRules) ? doc.customRules : [];
  customRules.forEach((rule, i) => {
    if (!isObject(rule)) return;
    const base = pointer('customRules', i);
    if (typeof rule.id === 'string') {
      if (builtinIds.has(rule.id)) {
        errors.push({
          path: child(base, 'id'),
          message: `"${rule.id}" is the id of a built-in rule; give this rule a name of its own (to change the built-in rule, use "rules")`,
        });
      } else if (customIds.has(rule.id)) {
        errors.push({
          path: child(base, 'id'),
          message: `"${rule.id}" is already the id of ${pointer('customRules', customIds.get(rule.id)!)}; each rule needs its own id`,
        });
      } else {
        customIds.set(rule.id, i);
      }
    }
    // A rule of no known kind has been reported by the schema; its message cannot be judged against a kind.
    const kind = typeof rule.kind === 'string' && rule.kind in PLACEHOLDERS ? rule.kind : null;
    const msg = kind && placeholderError(child(base, 'message'), rule.message, kind);
    if (msg) errors.push(msg);

    for (const field of ['phrases', 'swap', 'terms', 'insert']) {
      const byLanguage = rule[field];
      if (!isObject(byLanguage)) continue;
      for (const [lang, data] of Object.entries(byLanguage)) {
        const at = child(base, field, lang);
        if (profileLanguages && (LANGUAGES as readonly string[]).includes(lang) && !profileLanguages.includes(lang)) {
          errors.push({
            path: at,
            message: `"${lang}" is not one of the profile's languages (${profileLanguages.join(', ')}); add it to "languages" or remove this`,
          });
        }
        if (field === 'phrases' && Array.isArray(data)) {
          data.forEach((entry, k) => {
            if (!isObject(entry)) return;
            if (typeof entry.pattern === 'string') {
              const bad = regexError(child(at, k, 'pattern'), entry.pattern);
              if (bad) errors.push(bad);
            }
            const own = kind && placeholderError(child(at, k, 'message'), entry.message, kind);
            if (own) errors.push(own);
          });
        }
        if (field === 'swap' && isObject(data)) {
          for (const [from, to] of Object.entries(data)) {
            if (from.trim() === '') {
              errors.push({ path: child(at, from), message: 'the phrase to replace is blank' });
              continue;
            }
            const targets = Array.isArray(to) ? to : [to];
            if (targets.some((t) => typeof t === 'string' && squash(t) === squash(from))) {
              errors.push({
                path: child(at, from),
                message: `replaces "${from}" with the same words; for a name spelled in one exact case, use a capitalization rule`,
              });
            }
          }
        }
        if (field === 'terms' && Array.isArray(data)) {
          const seen = new Map<string, number>();
          data.forEach((term, k) => {
            if (typeof term !== 'string') return;
            if (!/\p{L}/u.test(term)) {
              errors.push({ path: child(at, k), message: `"${term}" has no letters, so there is no capitalization to check` });
              return;
            }
            const key = squash(term);
            const first = seen.get(key);
            if (first === undefined) seen.set(key, k);
            else if (data[first] !== term) {
              errors.push({
                path: child(at, k),
                message: `"${term}" and "${String(data[first])}" (${child(at, first)}) are one name spelled two ways; keep the right one`,
              });
            }
          });
        }
      }
    }
  });

  if (isObject(doc.rules)) {
    const known = [...builtins.map((r) => r.id), ...customIds.keys()].sort();
    for (const id of Object.keys(doc.rules)) {
      if (builtinIds.has(id) || customIds.has(id)) continue;
      // A mistyped Harper id is told the nearest Harper ids; any other the nearest of the ~40 hand-written ones, not
      // lost among Harper's hundreds.
      const near = /^[a-z]+\/harper-/.test(id) ? HARPER_RULE_IDS : known;
      errors.push({ path: pointer('rules', id), message: unknownRuleMessage(id, near) });
    }
  }
  return errors;
}
