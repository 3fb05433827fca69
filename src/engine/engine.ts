import type { CheckResult, Diagnostic, Language, Range, Severity, Suggestion } from './types';
import type { CustomerMessage, Finding, Rule } from './rule';
import type { Speller } from './spelling/speller';
import { buildContextParts, parseParagraph, type ContextParts, type ParseParagraph } from './context';
import type { Word } from './text/tokens';
import type { RuleContext } from './rule';
import { Lru } from './spelling/lru';
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
  /**
   * Re-check by paragraph (default true): rules whose meta says `scope: 'paragraph'` run on each paragraph alone, and
   * a paragraph whose text (and surroundings, see paragraphKey) was seen before reuses their findings. False runs
   * every rule on the whole draft each time; the answer is the same (tests/engine/incremental.test.ts).
   */
  incremental?: boolean;
}

/** What the paragraph cache did, counted since the engine was made (for tests and `npm run bench`). */
export interface EngineStats {
  /** Paragraphs whose paragraph-scoped findings came from the cache. */
  paragraphsReused: number;
  /** Paragraphs whose paragraph-scoped rules were run. */
  paragraphsChecked: number;
  /** Runs of one paragraph-scoped rule on one paragraph. */
  paragraphRuleRuns: number;
  /** Runs of one document-scoped rule on a whole draft. */
  documentRuleRuns: number;
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
  /** Live counters of the paragraph cache. */
  readonly stats: Readonly<EngineStats>;
}

/** Paragraphs remembered per engine (findings, and words and sentences): a long reply and a few versions of it. */
const PARAGRAPH_CACHE_ENTRIES = 128;
/**
 * A paragraph longer than this (a pasted log) is checked but not remembered, so the two caches hold at most
 * 2 × 128 × 4,000 characters of the rep's text (2 MB); a reply's paragraphs of a few hundred characters take far less.
 */
const MAX_CACHED_PARAGRAPH = 4_000;

/** A paragraph's findings of each paragraph-scoped rule, offsets relative to the paragraph; null: the rule threw. */
type ParagraphFindings = (Finding[] | null)[];

function shiftRange(range: unknown, by: number): unknown {
  if (Array.isArray(range) && range.length === 2 && typeof range[0] === 'number' && typeof range[1] === 'number') {
    return [range[0] + by, range[1] + by];
  }
  return range; // not a range: the engine drops it whatever its offset
}

/** A finding moved by `by` characters, its fixes with it; anything malformed is left as it is for the engine to drop. */
function shiftFinding(f: Finding, by: number): Finding {
  if (!f || typeof f !== 'object') return f;
  const suggestions = Array.isArray(f.suggestions)
    ? f.suggestions.map((sg) =>
        sg && typeof sg === 'object' && sg.edit && typeof sg.edit === 'object'
          ? { ...sg, edit: { ...sg.edit, range: shiftRange(sg.edit.range, by) as Range } }
          : sg,
      )
    : f.suggestions;
  return { ...f, range: shiftRange(f.range, by) as Range, suggestions };
}

/** The index of the last character before `at` that is not white space, or -1. */
function lastInk(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && /\s/u.test(text[k]!)) k--;
  return k;
}

/** The spans of `skip` (sorted and disjoint, as context.ts merges them, so their ends are sorted too) touching [ps, pe]. */
function touching(skip: readonly Range[], ps: number, pe: number): Range[] {
  let lo = 0;
  let hi = skip.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (skip[mid]![1] < ps) lo = mid + 1;
    else hi = mid;
  }
  const out: Range[] = [];
  for (let k = lo; k < skip.length && skip[k]![0] <= pe; k++) out.push(skip[k]!);
  return out;
}

/** A paragraph's words and sentences with offsets relative to it; a sentence's words are words[from, to). */
interface RelativeParse {
  words: Word[];
  sentences: { range: Range; text: string; from: number; to: number }[];
}

/**
 * parseParagraph, remembering each paragraph's words and sentences by its text and the skipped spans touching it
 * (all they depend on), and moving them to where the paragraph now stands.
 */
function cachedParse(cache: Lru<string, RelativeParse>): ParseParagraph {
  return (text, range, skip, pack) => {
    const [ps, pe] = range;
    const spans = touching(skip, ps, pe);
    if (pe - ps > MAX_CACHED_PARAGRAPH) return parseParagraph(text, range, spans, pack); // a pasted log: not kept
    const key = `${spans.map((k) => `${k[0] - ps}:${k[1] - ps}`).join(';')}|${text.slice(ps, pe)}`;
    let rel = cache.get(key);
    if (!rel) {
      const parsed = parseParagraph(text, range, spans, pack);
      const index = new Map(parsed.words.map((w, i) => [w, i]));
      rel = {
        words: parsed.words.map((w) => ({ ...w, start: w.start - ps, end: w.end - ps })),
        sentences: parsed.sentences.map((s) => {
          const from = s.words.length > 0 ? index.get(s.words[0]!)! : 0;
          return { range: [s.range[0] - ps, s.range[1] - ps] as Range, text: s.text, from, to: from + s.words.length };
        }),
      };
      if (key.length <= MAX_CACHED_PARAGRAPH) cache.set(key, rel);
    }
    const words = rel.words.map((w) => ({ ...w, start: w.start + ps, end: w.end + ps }));
    return {
      words,
      sentences: rel.sentences.map((s) => ({ range: [s.range[0] + ps, s.range[1] + ps] as Range, text: s.text, words: words.slice(s.from, s.to) })),
    };
  };
}

/**
 * Everything a paragraph-scoped rule's findings in paragraph `i` may depend on besides the engine's own settings
 * (see RuleMeta.scope), as one string; and the context such a rule runs on, which holds exactly that.
 */
/** How far a paragraph's first and last lines are read outside it for its key; a longer rest is not cached. */
const MAX_LINE_REST = 256;

/** Where the line break before `at` is (or 0 at the start of the text) within MAX_LINE_REST, or -1. */
function lineRestStart(text: string, at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - MAX_LINE_REST); k--) if (text[k] === '\n') return k;
  return at <= MAX_LINE_REST ? 0 : -1;
}

/** Just after the line break from `at` on (or the end of the text) within MAX_LINE_REST, or -1. */
function lineRestEnd(text: string, at: number): number {
  for (let k = at; k < Math.min(text.length, at + MAX_LINE_REST); k++) if (text[k] === '\n') return k + 1;
  return text.length - at <= MAX_LINE_REST ? text.length : -1;
}

function paragraphKey(parts: ContextParts, i: number): { key: string | null; ctx: RuleContext } {
  const { ctx } = parts;
  const { text } = ctx;
  const range = ctx.paragraphs[i]!.range;
  const [ps, pe] = range;
  // The rest of its first and last lines (a rule may look at the character before a word), up to the line breaks.
  // Beside a long line (the page marked part of one line as quoted), the paragraph is checked but not remembered:
  // reading the whole line for every paragraph on it would make such a draft quadratic.
  const from = lineRestStart(text, ps);
  const to = lineRestEnd(text, pe);
  const left = from === -1 ? '' : text.slice(from, ps);
  const right = to === -1 ? '' : text.slice(pe, to);
  // A paragraph after "Please try the following:" is a list item (grammar/sentence-capital).
  const ink = lastInk(text, ps);
  const colon = ink >= 0 && text[ink] === ':' ? 1 : 0;
  // The greeting, when it is in the paragraph or ends right before it: the first line after "Hi Anna," starts the
  // message. Further away it cannot matter, and the rule is given none.
  const g = ctx.email.greeting;
  const greeting = g && g[1] > ink && g[0] < pe ? g : null;
  const skip = touching(ctx.skip, ps, pe);
  const header = [
    left.length,
    right.length,
    colon,
    greeting ? `${greeting[0] - ps}:${greeting[1] - ps}` : '-',
    skip.map((k) => `${k[0] - ps}:${k[1] - ps}`).join(';'),
  ].join(',');
  const sub: RuleContext = {
    text,
    language: ctx.language,
    pack: ctx.pack,
    email: { greeting, closing: null, signature: null, quoted: [], checkable: [[ps, pe]] },
    skip,
    paragraphs: [ctx.paragraphs[i]!],
    sentences: parts.sentences[i]!,
    words: parts.words[i]!,
    speller: ctx.speller,
  };
  if (from === -1 || to === -1 || pe - ps > MAX_CACHED_PARAGRAPH) return { key: null, ctx: sub };
  return { key: `${header}|${left}${right}${text.slice(ps, pe)}`, ctx: sub };
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
  const fallbackRuleIds = new Set(active.filter(({ rule }) => rule.meta.fallback).map(({ rule }) => rule.id));
  const incremental = config.incremental ?? true;
  // A team's own rules are document-scoped whatever they say: their patterns may reach across paragraphs.
  const perParagraph = incremental ? active.filter(({ rule }) => rule.meta.scope === 'paragraph' && !teamRuleIds.has(rule.id)) : [];
  const paragraphIndex = new Map(perParagraph.map(({ rule }, i) => [rule, i]));
  const cache = new Lru<string, ParagraphFindings>(PARAGRAPH_CACHE_ENTRIES);
  // Words and sentences too: re-reading them was a third of a re-check.
  const parse = incremental ? cachedParse(new Lru<string, RelativeParse>(PARAGRAPH_CACHE_ENTRIES)) : parseParagraph;
  const stats: EngineStats = { paragraphsReused: 0, paragraphsChecked: 0, paragraphRuleRuns: 0, documentRuleRuns: 0 };

  /** Runs one rule; its findings, or null (and a warning) when it throws or returns something else. */
  function run(rule: Rule, ctx: RuleContext): Finding[] | null {
    try {
      const findings = rule.check(ctx);
      if (!Array.isArray(findings)) throw new Error(`returned ${typeof findings}, not a list of findings`);
      return findings;
    } catch (err) {
      // One broken rule must not take the others down with it.
      console.warn(`replycheck: rule ${rule.id} failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  /** Each paragraph's findings of the paragraph-scoped rules, from the cache where the paragraph was seen before. */
  function paragraphFindings(parts: ContextParts): ParagraphFindings[] {
    return parts.ctx.paragraphs.map((p, i) => {
      const { key, ctx } = paragraphKey(parts, i);
      const cached = key === null ? undefined : cache.get(key);
      if (cached) {
        stats.paragraphsReused++;
        return cached;
      }
      stats.paragraphsChecked++;
      const at = p.range[0];
      const found: ParagraphFindings = perParagraph.map(({ rule }) => {
        stats.paragraphRuleRuns++;
        return run(rule, ctx)?.map((f) => shiftFinding(f, -at)) ?? null;
      });
      if (key !== null && key.length <= MAX_CACHED_PARAGRAPH) cache.set(key, found);
      return found;
    });
  }

  return {
    language: config.language,
    stats,
    check(fullText, input = {}) {
      const cut = checkedLength(fullText);
      const text = fullText.slice(0, cut);
      const parts = buildContextParts(
        {
          text,
          language: config.language,
          speller,
          hints: input.hints,
          attachments: input.attachments,
          customer: input.customer,
          suggestionsPerCheck: input.suggestionsPerCheck,
        },
        parse,
      );
      const { ctx } = parts;
      const byParagraph = perParagraph.length > 0 ? paragraphFindings(parts) : [];
      const diagnostics: Diagnostic[] = [];
      for (const { rule, severity } of active) {
        const slot = paragraphIndex.get(rule);
        let findings: Finding[] | null;
        if (slot === undefined) {
          stats.documentRuleRuns++;
          findings = run(rule, ctx);
        } else {
          // In paragraph order, as the rule itself would list them; a rule that threw on any paragraph is left out,
          // as it would be had it thrown on the whole draft.
          findings = [];
          for (let i = 0; i < byParagraph.length; i++) {
            const found = byParagraph[i]![slot]!;
            if (!found) {
              findings = null;
              break;
            }
            const at = ctx.paragraphs[i]!.range[0];
            for (const f of found) findings.push(shiftFinding(f, at));
          }
        }
        if (!findings) continue;
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
      const kept = dedupe(diagnostics, teamRuleIds, fallbackRuleIds);
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
 * Sorted by position; where two findings of one category cover the same words, the rep sees one: a rule's over a
 * fallback's (the tone model's guess gives way to a rule that names what is wrong), then the more severe, then the
 * team's own rule over a built-in one (the team lead chose its wording), then the one with a fix. A finding
 * that covers no words (a missing greeting) only gives way to the same rule at the same place.
 */
function dedupe(
  diagnostics: Diagnostic[],
  teamRuleIds: ReadonlySet<string>,
  fallbackRuleIds: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const team = (d: Diagnostic) => (teamRuleIds.has(d.ruleId) ? 0 : 1);
  const fallback = (d: Diagnostic) => (fallbackRuleIds.has(d.ruleId) ? 1 : 0);
  const ordered = [...diagnostics].sort(
    (a, b) =>
      fallback(a) - fallback(b) ||
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
