import type { CheckResult, Diagnostic, Language, Range, Severity, Suggestion } from './types';
import type { CustomerMessage, Finding, Rule } from './rule';
import type { Speller } from './spelling/speller';
import { buildContext } from './context';
import { withWords } from './spelling/personal';
import { suggestionsFor } from './spelling/suggestions';
import { RULES } from './rules/index';
import { textPack } from './lang/pack';
import { parseEmail } from './text/regions';
import { insideAny, isSoundRange, overlapsAny, splitsSurrogatePair } from './text/ranges';
import { score } from './score';

export type RuleSetting = Severity | 'off';

export interface EngineConfig {
  language: Language;
  /** Rule id → severity, or 'off'. Rules not named keep their defaults. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Spelling dictionary for `language`; spelling is skipped without one. */
  speller?: Speller | null;
  /** Words accepted by spelling on top of the dictionary: the team's words and the rep's own. */
  words?: readonly string[];
  /** Extra rules (a team profile's declarative rules) run after the built-in ones. */
  extraRules?: readonly Rule[];
}

export interface CheckInput {
  /** Spans known to be quoted or signature. */
  hints?: readonly Range[];
  attachments?: number;
  /** The customer's message the reply answers (see RuleContext.customer). */
  customer?: CustomerMessage;
  /**
   * Uncached spelling suggestion lists this check may work out; the other misspellings come with
   * `suggestionsPending` and get theirs from `suggestions`. Infinity: all (the CLI).
   */
  suggestionsPerCheck?: number;
}

/**
 * Drafts longer than this are checked up to here only, and the result says so: a pasted log must never stall the
 * rep's browser. 100,000 characters is twice the 50,000-character log a rep may paste and about 15,000 words of
 * prose; checking that much costs well under a second for a real reply, and a few seconds for the most hostile
 * text the reliability tests could find, on a busy 2-core machine.
 */
export const MAX_CHECKED_LENGTH = 100_000;

/**
 * Where to stop checking a draft longer than the limit: at the last line break (or else space) shortly before it, so
 * no word is cut in half and reported as misspelled, and never between the halves of a surrogate pair.
 */
export function checkedLength(text: string, limit = MAX_CHECKED_LENGTH): number {
  if (text.length <= limit) return text.length;
  const window = text.slice(Math.max(0, limit - 1_000), limit);
  const newline = window.lastIndexOf('\n');
  if (newline !== -1) return limit - window.length + newline + 1;
  const space = window.search(/\s\S*$/u);
  if (space !== -1 && window.length - space <= 200) return limit - window.length + space + 1;
  return splitsSurrogatePair(text, limit) ? limit - 1 : limit;
}

/** Whether the rep's own writing (not the quoted thread or signature) goes on after `cut`. */
function ownWritingAfter(text: string, cut: number, language: Language, hints: readonly Range[] | undefined): boolean {
  return parseEmail(text, textPack(language), hints).checkable.some(
    ([s, e]) => e > cut && text.slice(Math.max(s, cut), e).trim() !== '',
  );
}

export interface Engine {
  readonly language: Language;
  check(text: string, input?: CheckInput): CheckResult;
  /** Spelling suggestions for one flagged word (a finding's `actual`), ranked and cached; [] without a speller. */
  suggestions(word: string): string[];
}

function severityRank(s: Severity): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

export function createEngine(config: EngineConfig): Engine {
  const settings = config.rules ?? {};
  const speller = config.speller && config.words?.length ? withWords(config.speller, config.words) : config.speller;
  const active: { rule: Rule; severity: Severity }[] = [];
  for (const rule of [...RULES, ...(config.extraRules ?? [])]) {
    if (!rule.meta.languages.includes(config.language)) continue;
    const setting = settings[rule.id];
    if (setting === 'off' || (setting === undefined && rule.meta.defaultOff)) continue;
    active.push({ rule, severity: setting ?? rule.meta.defaultSeverity });
  }

  const teamRuleIds = new Set((config.extraRules ?? []).map((r) => r.id));

  return {
    language: config.language,
    check(fullText, input = {}) {
      const cut = checkedLength(fullText);
      const text = fullText.slice(0, cut);
      const ctx = buildContext({
        text,
        language: config.language,
        speller,
        hints: input.hints,
        attachments: input.attachments,
        customer: input.customer,
        suggestionsPerCheck: input.suggestionsPerCheck,
      });
      const diagnostics: Diagnostic[] = [];
      for (const { rule, severity } of active) {
        let findings: Finding[];
        try {
          findings = rule.check(ctx);
          if (!Array.isArray(findings)) throw new Error(`returned ${typeof findings}, not a list of findings`);
        } catch (err) {
          // One broken rule must not take the others down with it.
          console.warn(`replycheck: rule ${rule.id} failed: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        for (const f of findings) {
          // A range that is not whole characters of this text would underline the wrong words or, applied, corrupt
          // the draft: such a finding is a bug in its rule, and is dropped rather than shown.
          if (!f || !isSoundRange(text, f.range) || typeof f.message !== 'string') {
            console.warn(`replycheck: rule ${rule.id} reported an unusable finding at ${JSON.stringify(f?.range)}`);
            continue;
          }
          const docLevel = f.range[0] === 0 && f.range[1] === 0;
          if (!docLevel && !insideAny(ctx.email.checkable, f.range)) continue;
          diagnostics.push({
            ruleId: rule.id,
            category: rule.meta.category,
            severity,
            range: [f.range[0], f.range[1]],
            message: f.message,
            ...(typeof f.actual === 'string' ? { actual: f.actual } : {}),
            suggestions: usableSuggestions(text, ctx.email.checkable, f.suggestions),
            ...(f.suggestionsPending ? { suggestionsPending: true as const } : {}),
          });
        }
      }
      const kept = dedupe(diagnostics, teamRuleIds);
      const result: CheckResult = { language: config.language, score: score(kept), diagnostics: kept };
      if (cut < fullText.length && ownWritingAfter(fullText, cut, config.language, input.hints)) {
        result.truncated = { checkedLength: cut };
      }
      return result;
    },
    suggestions(word) {
      return speller ? suggestionsFor(speller, word) : [];
    },
  };
}

/**
 * The fixes the page can apply: whole characters of the rep's own text (a fix may add a line next to the quoted
 * thread or the signature, never change them), and a change. Copied field by field, so what crosses the message
 * channel is plain data whatever a rule attached.
 */
function usableSuggestions(text: string, checkable: readonly Range[], suggestions: readonly Suggestion[] | undefined): Suggestion[] {
  const out: Suggestion[] = [];
  for (const s of suggestions ?? []) {
    const edit = s?.edit;
    if (!edit || typeof edit.text !== 'string' || typeof s.label !== 'string' || !isSoundRange(text, edit.range)) continue;
    if (!insideAny(checkable, edit.range)) continue;
    if (text.slice(edit.range[0], edit.range[1]) === edit.text) continue; // a fix that changes nothing is no fix
    out.push({ label: s.label, edit: { range: [edit.range[0], edit.range[1]], text: edit.text } });
  }
  return out;
}

/**
 * Sorted by position; where two findings of one category cover the same words, the rep sees one: the more severe,
 * then the team's own rule over a built-in one (the team lead chose its wording), then the one with a fix. A finding
 * that covers no words (a missing greeting) only gives way to the same rule at the same place.
 */
function dedupe(diagnostics: Diagnostic[], teamRuleIds: ReadonlySet<string>): Diagnostic[] {
  const team = (d: Diagnostic) => (teamRuleIds.has(d.ruleId) ? 0 : 1);
  const ordered = [...diagnostics].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      team(a) - team(b) ||
      b.suggestions.length - a.suggestions.length ||
      a.range[0] - b.range[0],
  );
  const kept: Diagnostic[] = [];
  // Per category, the ranges kept so far, in order and disjoint: a binary search finds a clash, so a paste with
  // thousands of findings is not compared pair by pair.
  const covered = new Map<string, Range[]>();
  const points = new Set<string>();
  for (const d of ordered) {
    const [s, e] = d.range;
    if (s === e) {
      // Document-level findings all sit at [0, 0]: two different ones of one rule (two unanswered questions) are both
      // kept; only the same message twice is one finding.
      const key = `${d.ruleId}\u0000${s}${s === 0 && e === 0 ? `\u0000${d.message}` : ''}`;
      if (points.has(key)) continue;
      points.add(key);
      kept.push(d);
      continue;
    }
    let ranges = covered.get(d.category);
    if (!ranges) covered.set(d.category, (ranges = []));
    if (overlapsAny(ranges, d.range)) continue;
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ranges[mid]![0] < s) lo = mid + 1;
      else hi = mid;
    }
    ranges.splice(lo, 0, [s, e]);
    kept.push(d);
  }
  return kept.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
}
