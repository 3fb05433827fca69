import type { CheckResult, Diagnostic, Language, Range, Severity } from './types';
import type { Rule } from './rule';
import type { Speller } from './spelling/speller';
import { buildContext } from './context';
import { withWords } from './spelling/personal';
import { RULES } from './rules/index';
import { contains, overlaps } from './text/ranges';
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
}

/** Drafts longer than this are checked up to here only: a pasted log must never stall the rep's browser. */
export const MAX_CHECKED_LENGTH = 200_000;

export interface Engine {
  readonly language: Language;
  check(text: string, input?: CheckInput): CheckResult;
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
      const text = fullText.length > MAX_CHECKED_LENGTH ? fullText.slice(0, MAX_CHECKED_LENGTH) : fullText;
      const ctx = buildContext({
        text,
        language: config.language,
        speller,
        hints: input.hints,
        attachments: input.attachments,
      });
      const diagnostics: Diagnostic[] = [];
      for (const { rule, severity } of active) {
        let findings;
        try {
          findings = rule.check(ctx);
        } catch (err) {
          // One broken rule must not take the others down with it.
          console.warn(`replycheck: rule ${rule.id} failed: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        for (const f of findings) {
          const docLevel = f.range[0] === 0 && f.range[1] === 0;
          if (!docLevel && !ctx.email.checkable.some((c) => contains(c, f.range))) continue;
          diagnostics.push({
            ruleId: rule.id,
            category: rule.meta.category,
            severity,
            range: f.range,
            message: f.message,
            ...(f.actual !== undefined ? { actual: f.actual } : {}),
            suggestions: f.suggestions ?? [],
          });
        }
      }
      const kept = dedupe(diagnostics, teamRuleIds);
      return { language: config.language, score: score(kept), diagnostics: kept };
    },
  };
}

/**
 * Sorted by position; where two findings of one category cover the same words, the rep sees one: the more severe,
 * then the team's own rule over a built-in one (the team lead chose its wording), then the one with a fix.
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
  for (const d of ordered) {
    const docLevel = d.range[0] === d.range[1];
    const clash = kept.some(
      (k) =>
        k.category === d.category &&
        (docLevel ? k.ruleId === d.ruleId && k.range[0] === d.range[0] : overlaps(k.range, d.range)),
    );
    if (!clash) kept.push(d);
  }
  return kept.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
}
