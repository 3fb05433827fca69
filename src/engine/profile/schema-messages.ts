// ajv's errors → one plain sentence per bad field, in words a team lead understands. ajv says
// "must NOT have additional properties"; a team lead needs `"colour" is not a profile setting; did you mean …?`.
// The field's meaning is read from where it sits in the profile (its JSON Pointer), not from ajv's schema paths,
// which change with how ajv happens to compile shared definitions.
import schema from '../../../profile.schema.json';
import { LANGUAGES } from '../types';
import type { ProfileError } from './types';
import type { SchemaError } from './schema-validator.generated';
import { didYouMean } from './did-you-mean';
import { child, segmentsOf, valueAt } from './pointer';

const KINDS = ['existence', 'substitution', 'capitalization', 'required'] as const;
const CATEGORY_NAMES = 'spelling, grammar, style, tone, politeness, structure or privacy';

type Where =
  | 'profile'
  | 'language'
  | 'rule-setting'
  | 'rule-severity'
  | 'custom-rule'
  | 'custom-rule-id'
  | 'by-language'
  | 'phrase-list'
  | 'phrase'
  | 'swap-map'
  | 'swap-target'
  | 'term-list'
  | 'insertion'
  | 'personal'
  | 'other';

const BY_LANGUAGE_FIELDS = new Set(['phrases', 'swap', 'terms', 'insert']);

/** What the field at these path segments is. */
function whereOf(s: readonly string[]): Where {
  if (s.length === 0) return 'profile';
  const [top] = s;
  if (top === 'languages' && s.length === 2) return 'language';
  if (top === 'rules' && s.length === 2) return 'rule-setting';
  if (top === 'rules' && s.length === 3 && s[2] === 'severity') return 'rule-severity';
  if (top === 'personal' && s.length === 1) return 'personal';
  if (top !== 'customRules' || s.length < 2) return 'other';
  if (s.length === 2) return 'custom-rule';
  if (s.length === 3 && s[2] === 'id') return 'custom-rule-id';
  const field = s[2]!;
  if (!BY_LANGUAGE_FIELDS.has(field)) return 'other';
  if (s.length === 3) return 'by-language';
  if (s.length === 4) {
    return field === 'swap' ? 'swap-map' : field === 'terms' ? 'term-list' : field === 'insert' ? 'insertion' : 'phrase-list';
  }
  if (s.length === 5) return field === 'swap' ? 'swap-target' : field === 'phrases' ? 'phrase' : 'other';
  return 'other';
}

const definitions = schema.definitions as Record<string, { properties?: Record<string, unknown>; else?: { properties?: Record<string, unknown> } }>;
const keysOf = (o: { properties?: Record<string, unknown> } | undefined) => Object.keys(o?.properties ?? {});

/** The fields allowed where an unknown one was found, for "did you mean". */
function allowedFields(where: Where, doc: unknown, path: string): string[] {
  switch (where) {
    case 'profile':
      return Object.keys(schema.properties);
    case 'custom-rule': {
      const kind = (valueAt(doc, path) as { kind?: unknown } | undefined)?.kind;
      return typeof kind === 'string' ? keysOf(definitions[`${kind}Rule`]) : [];
    }
    case 'rule-setting':
      return keysOf(definitions.ruleSetting?.else);
    case 'phrase':
      return keysOf(definitions.phraseEntry?.else);
    case 'insertion':
      return keysOf(definitions.insertion);
    case 'personal':
      return keysOf(definitions.personal);
    default:
      return [];
  }
}

const quoteList = (items: readonly string[], last = 'or') =>
  items.length <= 1
    ? items.map((i) => `"${i}"`).join('')
    : `${items.slice(0, -1).map((i) => `"${i}"`).join(', ')} ${last} "${items[items.length - 1]}"`;

const LANGUAGE_LIST = LANGUAGES.join(', ');

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return v.length > 40 ? `the text "${v.slice(0, 40)}…"` : `the text "${v}"`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  array: 'a list [ … ]',
  object: 'an object { … }',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
};

function typeMessage(where: Where, type: string, actual: unknown): string {
  let expected = TYPE_WORDS[type] ?? type;
  if (where === 'profile') expected = 'a JSON object such as { "version": 1 }';
  if (where === 'rule-setting') expected = '"off", "error", "warning", "info" or an object such as { "severity": "error", "locked": true }';
  if (where === 'phrase') expected = 'a phrase in quotes, or an object such as { "pattern": "…" }';
  if (where === 'swap-target') expected = 'the replacement in quotes, or a list of replacements';
  if (where === 'by-language') expected = 'an object by language, such as { "en": … }';
  return `must be ${expected}, not ${describeValue(actual)}`;
}

const MISSING: Record<string, string> = {
  version: 'is missing: every profile starts with "version": 1',
  id: 'is missing: every custom rule needs an id such as "style/banned-phrases"',
  message: 'is missing: the sentence the rep sees when this rule flags something',
  phrases: 'is missing: the phrases, by language, such as { "en": ["…"] }',
  swap: 'is missing: what to replace with what, by language, such as { "en": { "ASAP": "as soon as possible" } }',
  terms: 'is missing: the names to spell exactly, by language, such as { "en": ["iPhone"] }',
  phrase: 'is missing: a phrase object needs "phrase" (the words to look for) or "pattern" (a regular expression)',
  text: 'is missing: the line to add',
  at: 'is missing: where to add the line: "start", "after-greeting", "before-closing" or "end"',
};

function idMessage(id: unknown): string {
  if (typeof id !== 'string') return 'must be a rule id such as "style/banned-phrases"';
  const [category, ...rest] = id.split('/');
  const shape = `a rule id is "<category>/<name>", such as "style/banned-phrases"`;
  if (rest.length === 0) return `"${id}" has no category; ${shape}`;
  if (!/^(spelling|grammar|style|tone|politeness|structure|privacy)$/.test(category!)) {
    return `"${category}" is not a category (use ${CATEGORY_NAMES}); ${shape}`;
  }
  return `"${id}" is not a rule id: after the category, use lower-case letters, digits and single dashes, such as "style/banned-phrases"`;
}

interface Located extends ProfileError {
  rank: number;
}

// When one field breaks several keywords, the rep sees the most basic complaint: a value of the wrong type makes
// every other remark about it noise.
const RANK: Record<string, number> = {
  type: 0,
  discriminator: 1,
  const: 2,
  enum: 3,
  required: 4,
  additionalProperties: 5,
  not: 6,
  minLength: 7,
  pattern: 8,
  maxLength: 9,
  minItems: 10,
  maxItems: 11,
  uniqueItems: 12,
  minProperties: 13,
  maxProperties: 14,
};

function translate(e: SchemaError, doc: unknown): Located | null {
  const path = e.instancePath;
  const where = whereOf(segmentsOf(path));
  const value = valueAt(doc, path);
  const p = e.params as Record<string, unknown>;
  const rank = RANK[e.keyword] ?? 20;
  const at = (message: string, to = path): Located => ({ path: to, message, rank });
  switch (e.keyword) {
    case 'if':
    case 'oneOf':
      return null; // summaries of the branch errors reported beside them
    case 'type':
      return at(typeMessage(where, String(p.type), value));
    case 'const':
      return at(
        typeof value === 'number'
          ? `must be 1: this version of ReplyCheck reads version 1 profiles, and this one says ${value}`
          : `must be the number 1, not ${describeValue(value)}`,
      );
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      if (where === 'language') {
        return at(`"${String(value)}" is not a language ReplyCheck knows; use ${LANGUAGE_LIST}`);
      }
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return at(`must be ${quoteList(allowed)}, not ${describeValue(value)}${hint}`);
    }
    case 'required': {
      const name = String(p.missingProperty);
      return at(MISSING[name] ?? 'is missing', child(path, name));
    }
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const to = child(path, name);
      if (where === 'by-language') {
        return at(`"${name}" is not a language ReplyCheck knows; use ${LANGUAGE_LIST}`, to);
      }
      const allowed = allowedFields(where, doc, path);
      const thing =
        where === 'profile'
          ? 'a profile setting'
          : where === 'custom-rule'
            ? `a field of ${(value as { kind?: string }).kind} rules`
            : where === 'rule-setting'
              ? 'part of a rule setting'
              : where === 'phrase'
                ? 'part of a phrase'
                : 'allowed here';
      const hint = didYouMean(name, allowed);
      const list = hint === '' && allowed.length > 0 ? ` (${where === 'profile' ? 'the settings are' : 'use'} ${quoteList(allowed, 'and')})` : '';
      return at(`"${name}" is not ${thing}${hint}${list}`, to);
    }
    case 'discriminator': {
      const to = child(path, 'kind');
      const kinds = quoteList(KINDS);
      if (p.error === 'tag' && p.tagValue === undefined) return at(`is missing: say which kind of rule this is: ${kinds}`, to);
      const hint = typeof p.tagValue === 'string' ? didYouMean(p.tagValue, KINDS) : '';
      return at(`${typeof p.tagValue === 'string' ? `"${p.tagValue}"` : describeValue(p.tagValue)} is not a kind of rule; use ${kinds}${hint}`, to);
    }
    case 'not':
      return at('has both "phrase" and "pattern"; keep one');
    case 'minLength':
      return at('is empty');
    case 'pattern':
      if (where === 'custom-rule-id') return at(idMessage(value));
      return at('is blank');
    case 'maxLength': {
      const len = typeof value === 'string' ? [...value].length : 0;
      return at(`is too long: ${len.toLocaleString('en')} characters, and at most ${Number(p.limit).toLocaleString('en')} are allowed here`);
    }
    case 'minItems':
      return at(path === '/languages' ? 'is empty: name at least one language' : 'is an empty list: give at least one');
    case 'maxItems': {
      const n = Array.isArray(value) ? value.length : 0;
      return at(`has ${n.toLocaleString('en')} entries; a profile allows at most ${Number(p.limit).toLocaleString('en')} here`);
    }
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      const item = Array.isArray(value) ? value[later] : undefined;
      return at(`lists ${typeof item === 'string' ? `"${item}"` : 'this'} twice`, child(path, later));
    }
    case 'minProperties':
      return at(
        where === 'rule-setting'
          ? 'is empty: give "severity", "locked" or both'
          : where === 'swap-map'
            ? 'is empty: give at least one replacement, such as { "ASAP": "as soon as possible" }'
            : 'is empty: give at least one language, such as { "en": … }',
      );
    case 'maxProperties': {
      const n = value && typeof value === 'object' ? Object.keys(value).length : 0;
      return at(`has ${n.toLocaleString('en')} entries; a profile allows at most ${Number(p.limit).toLocaleString('en')} here`);
    }
    default:
      return at(e.message ?? `breaks the "${e.keyword}" rule of the profile schema`);
  }
}

/** Plain-worded errors for ajv's raw ones: one per field, the most basic complaint first, in document order. */
export function schemaErrors(raw: readonly SchemaError[], doc: unknown): ProfileError[] {
  const byPath = new Map<string, Located>();
  for (const e of raw) {
    const t = translate(e, doc);
    if (!t) continue;
    const seen = byPath.get(t.path);
    if (!seen || t.rank < seen.rank) byPath.set(t.path, t);
  }
  return [...byPath.values()].map(({ path, message }) => ({ path, message }));
}
