// Every Harper rule is a rule of ours: its id is "<category>/harper-<kebab-case of Harper's rule name>", a profile may
// switch it and set its severity, and the README's rule table lists it. The names come from Harper's default lint
// config, generated at build time into rules.generated.json (scripts/harper-rules.ts), so nothing here loads wasm.
import type { Category, Severity } from '../../types';
import generated from './rules.generated.json';

/** Harper rule name → on in Harper's default config. */
const HARPER_DEFAULTS: Readonly<Record<string, boolean>> = generated.rules;
export const HARPER_VERSION: string = generated.harper;

/**
 * Harper's own spell checker: our spelling rule owns spelling (it knows the team's words, names and the profile's
 * English variant), so this one never runs and is not a rule of ours.
 */
export const HARPER_SPELLING_RULE = 'SpellCheck';

/** Harper rule names ReplyCheck offers, sorted. */
export const HARPER_RULE_NAMES: readonly string[] = Object.keys(HARPER_DEFAULTS)
  .filter((n) => n !== HARPER_SPELLING_RULE)
  .sort();

/**
 * Formatting and house-style lints that do not suit a support email, off unless a profile turns them on. Measured on
 * tests/corpus/grammar/en.json and real replies: typed "..." and "3-4 days" are normal in email and no customer
 * minds them; spacing lints fire on pasted text; the Oxford comma and "ASAP" are a team's choice, not a mistake.
 */
export const HARPER_OFF_IN_EMAIL: ReadonlySet<string> = new Set([
  'UseEllipsisCharacter', // "..." → "…"
  'EllipsisLength', // "...." in casual replies
  'NumericRangeEnDash', // "3-4 days" → "3–4 days"
  'Dashes', // "--" → "—"
  'Spaces', // two spaces between words
  'NoFrenchSpaces', // two spaces after a full stop
  'QuoteSpacing',
  'FootInchMinuteSecondSymbols', // 5' → 5′
  'OxfordComma',
  'AsSoonAsPossible', // "ASAP" → "as soon as possible"
]);

/**
 * Harper's lint kinds: what a finding is decides its category, so a rep sees it among the grammar or the style ones.
 * Repetition ("the the") is grammar, as our own grammar/repeated-word is.
 */
const STYLE_KINDS: ReadonlySet<string> = new Set([
  'Enhancement', 'Formatting', 'Readability', 'Redundancy', 'Regionalism', 'Style',
]);

/** A lint kind → our category; null for spelling, which our spelling rule owns. */
export function categoryOfKind(kind: string): Extract<Category, 'grammar' | 'style'> | null {
  if (kind === 'Spelling') return null;
  return STYLE_KINDS.has(kind) ? 'style' : 'grammar';
}

export function defaultSeverityOf(category: 'grammar' | 'style'): Severity {
  return category === 'grammar' ? 'warning' : 'info';
}

/** "PronounVerbAgreement" → "pronoun-verb-agreement", "AnA" → "an-a", "USUniversities" → "us-universities". */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/** Whether Harper rule `name` runs when no profile names it. */
export function harperOnByDefault(name: string): boolean {
  return HARPER_DEFAULTS[name] === true && !HARPER_OFF_IN_EMAIL.has(name);
}

export interface HarperRuleInfo {
  name: string;
  /** "harper-<kebab>": the id is "grammar/<slug>" or "style/<slug>". */
  slug: string;
  onByDefault: boolean;
}

export const HARPER_RULES: readonly HarperRuleInfo[] = HARPER_RULE_NAMES.map((name) => ({
  name,
  slug: `harper-${kebab(name)}`,
  onByDefault: harperOnByDefault(name),
}));

const BY_SLUG = new Map(HARPER_RULES.map((r) => [r.slug, r]));

/**
 * A Harper rule's findings carry "grammar/…" or "style/…" by their lint kind, which Harper does not publish per rule;
 * so a profile may name a Harper rule under either prefix, and both mean the same rule.
 */
export function harperRuleIds(): string[] {
  return HARPER_RULES.flatMap((r) => [`grammar/${r.slug}`, `style/${r.slug}`]);
}

/** The Harper rule an id names ("grammar/harper-an-a" → AnA), or undefined. */
export function harperRuleOf(id: string): HarperRuleInfo | undefined {
  const m = /^(?:grammar|style)\/(harper-[a-z0-9-]+)$/.exec(id);
  return m ? BY_SLUG.get(m[1]!) : undefined;
}
