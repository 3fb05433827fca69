// The deep English grammar pass: Harper (harper.js, Harper's Rust checker in WebAssembly) run over the rep's own
// paragraphs — never the quoted thread or the signature — and its lints mapped onto the Diagnostic contract. Pure
// engine code: the caller hands in the wasm (a BinaryModule: read from disk in Node, fetched by URL in the browser).
import { Dialect, LocalLinter, SuggestionKind, type BinaryModule, type LintConfig } from 'harper.js';
import type { Diagnostic, Range, Severity, Suggestion } from '../../types';
import { checkedLength, type CheckInput, type RuleSetting } from '../../engine';
import { buildContext } from '../../context';
import { insideAny, isSoundRange, overlapsAny } from '../../text/ranges';
import { Lru } from '../../spelling/lru';
import {
  HARPER_RULES,
  HARPER_SPELLING_RULE,
  categoryOfKind,
  defaultSeverityOf,
  type HarperRuleInfo,
} from './rules';
import { harperUnits } from './units';

export type EnglishVariant = 'us' | 'uk';

export interface HarperOptions {
  /** The profile's English variant: Harper's dialect, so "colour" is no mistake for a British team. */
  englishVariant?: EnglishVariant;
  /** Rule id → severity or 'off', as in EngineConfig.rules; a Harper rule may be named as grammar/… or style/…. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/** One lint, relative to the paragraph it was found in: plain data, so it can be cached and reused. */
interface RawLint {
  rule: string;
  kind: string;
  start: number;
  end: number;
  message: string;
  suggestions: { kind: SuggestionKind; text: string }[];
}

const NO_LINTS: readonly RawLint[] = Object.freeze([]);

const BY_NAME = new Map<string, HarperRuleInfo>(HARPER_RULES.map((r) => [r.name, r]));

/**
 * Sentences remembered with their lints: a rep editing one sentence re-lints only that one (./units.ts: Harper's
 * findings in a paragraph are those of its sentences, each linted alone).
 */
const CACHE_SIZE = 1000;

function dialectOf(variant: EnglishVariant | undefined): Dialect {
  return variant === 'uk' ? Dialect.British : Dialect.American;
}

/**
 * Harper rules that find exactly what one of ours finds. Ours wins where both flag the same words (./merge.ts), so
 * the rep only ever sees ours; turning ours off must not bring Harper's twin up in its place a moment later ("Turn
 * off this rule" on "the the", and Harper's "Did you mean to repeat this word?" underlines it again). So the twin
 * follows our rule's 'off', unless the profile names the Harper rule itself.
 */
const TWIN_OF: Readonly<Record<string, string>> = {
  RepeatedWords: 'grammar/repeated-word',
  AnA: 'grammar/a-an',
  ItsContraction: 'grammar/its-its',
  SentenceCapitalization: 'grammar/sentence-capital',
  LongSentences: 'style/long-sentence',
};

function twinOff(rule: HarperRuleInfo, rules: Readonly<Record<string, RuleSetting>>): boolean {
  const ours = TWIN_OF[rule.name];
  return ours !== undefined && rules[ours] === 'off';
}

/**
 * The severity a Harper finding gets, or 'off': the profile's setting for the id with the finding's category, then
 * for the same rule under the other prefix, then off when its twin of ours is off, then the default.
 */
function settingFor(
  rule: HarperRuleInfo,
  category: 'grammar' | 'style',
  rules: Readonly<Record<string, RuleSetting>>,
): Severity | 'off' {
  const other = category === 'grammar' ? 'style' : 'grammar';
  const setting = rules[`${category}/${rule.slug}`] ?? rules[`${other}/${rule.slug}`];
  if (setting !== undefined) return setting;
  if (twinOff(rule, rules)) return 'off';
  return rule.onByDefault ? defaultSeverityOf(category) : 'off';
}

/** Whether a profile turns the rule on (under either prefix) when it is off by default. */
function wanted(rule: HarperRuleInfo, rules: Readonly<Record<string, RuleSetting>>): boolean {
  const a = rules[`grammar/${rule.slug}`];
  const b = rules[`style/${rule.slug}`];
  if (a === 'off' && (b === undefined || b === 'off')) return false;
  if (b === 'off' && a === undefined) return false;
  if (a === undefined && b === undefined && twinOff(rule, rules)) return false;
  return rule.onByDefault || (a !== undefined && a !== 'off') || (b !== undefined && b !== 'off');
}

function suggestionsOf(lint: RawLint, offset: number): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const s of lint.suggestions) {
    let edit: Suggestion['edit'];
    let label: string;
    if (s.kind === SuggestionKind.Remove) {
      edit = { range: [offset + lint.start, offset + lint.end], text: '' };
      label = 'Remove it';
    } else if (s.kind === SuggestionKind.InsertAfter) {
      edit = { range: [offset + lint.end, offset + lint.end], text: s.text };
      label = `Add "${s.text}"`;
    } else {
      edit = { range: [offset + lint.start, offset + lint.end], text: s.text };
      label = s.text;
    }
    const key = `${edit.range[0]}:${edit.range[1]}:${edit.text}`;
    if (seen.has(key)) continue; // Harper sometimes offers one fix twice ("There's", "There's")
    seen.add(key);
    out.push({ label, edit });
  }
  return out;
}

export class HarperProvider {
  private readonly binary: BinaryModule;
  private linter: LocalLinter | null = null;
  private ready: Promise<LocalLinter> | null = null;
  private dialect: Dialect = Dialect.American;
  /** The Harper rules switched on in the linter now, as a key: the cache is only good for one set. */
  private configKey = '';
  /** configKey, short, for the cache keys. */
  private configHash = '';
  /** The profile's rules configKey was worked out from, as JSON. */
  private rulesKey: string | null = null;
  private cache = new Lru<string, readonly RawLint[]>(CACHE_SIZE);
  /** One check at a time: a check sets the dialect and rules, then lints with them. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Where Harper found something at the last check: "<paragraph>:<sentence>" by their places in the reply, and
   * "<paragraph>" for the paragraph holding it.
   */
  private flagged = new Set<string>();
  /** How many times Harper actually linted (a sentence or a paragraph; the rest came from the cache): for the bench and the tests. */
  linted = 0;

  constructor(binary: BinaryModule) {
    this.binary = binary;
  }

  /** Loads and compiles the wasm once; later calls share the same promise. */
  setup(): Promise<LocalLinter> {
    if (!this.ready) {
      this.ready = (async () => {
        const linter = new LocalLinter({ binary: this.binary, dialect: this.dialect });
        await linter.setup();
        this.linter = linter;
        return linter;
      })();
      // A failed load may be retried (a fetch that failed while the extension was updating, say).
      this.ready.catch(() => {
        this.ready = null;
      });
    }
    return this.ready;
  }

  private async configure(linter: LocalLinter, options: HarperOptions): Promise<void> {
    const dialect = dialectOf(options.englishVariant);
    if (dialect !== this.dialect) {
      // harper.js makes a new Linter for another dialect, with Harper's default config (its spell checker and the
      // formatting lints back on): ours must be set on it again.
      await linter.setDialect(dialect);
      this.dialect = dialect;
      this.configKey = '';
      this.rulesKey = null;
    }
    // The profile's rules are the same for check after check: work out Harper's config only when they change.
    const rules = options.rules ?? {};
    const rulesKey = JSON.stringify(rules);
    if (rulesKey === this.rulesKey) return;
    const on = HARPER_RULES.filter((r) => wanted(r, rules)).map((r) => r.name);
    const key = on.join(',');
    if (key !== this.configKey) {
      const config: LintConfig = {};
      for (const r of HARPER_RULES) config[r.name] = false;
      config[HARPER_SPELLING_RULE] = false;
      for (const name of on) config[name] = true;
      await linter.setLintConfig(config);
      this.configKey = key;
      this.configHash = `${key.length}:${hash(key)}`;
    }
    this.rulesKey = rulesKey;
  }

  private keyOf(text: string): string {
    return `${this.dialect}\u0000${this.configHash}\u0000${text}`;
  }

  /**
   * Harper's lints for `text` (a sentence, or a whole paragraph), relative to it: one call to Harper. `likelyFlagged`:
   * the text in its place had findings at the last check (the rep is editing a sentence with a mistake in it), so ask
   * for the organized lints straight away.
   */
  private async lintText(linter: LocalLinter, text: string, likelyFlagged: boolean): Promise<readonly RawLint[]> {
    this.linted++;
    // Most sentences are clean. `lint` and `organizedLints` run the same rules (Harper's lint is its organized lints
    // flattened, deduplicated the same way), but organizedLints hands back one group per rule switched on — some 860
    // wasm objects — even when none found anything, and that costs the worker a few ms of CPU per paragraph in
    // Chromium (`npm run bench`). So ask `lint` first, and only a text with findings is linted again for the rule
    // names (Harper's own sentence and clause caches make that second pass cheaper). Either way the findings are
    // organizedLints' own.
    if (!likelyFlagged) {
      const found = await linter.lint(text, { language: 'plaintext' });
      const clean = found.length === 0;
      for (const lint of found) lint.free();
      if (clean) return NO_LINTS;
    }
    const organized = await linter.organizedLints(text, { language: 'plaintext' });
    const out: RawLint[] = [];
    for (const [rule, lints] of Object.entries(organized)) {
      for (const lint of lints) {
        const span = lint.span();
        out.push({
          rule,
          kind: lint.lint_kind(),
          start: span.start,
          end: span.end,
          // Harper writes its messages in Markdown ("Use `have` rather than `of`"); the card shows plain text.
          message: lint.message().replace(/`([^`]+)`/g, '"$1"'),
          suggestions: lint.suggestions().map((s) => ({ kind: s.kind(), text: s.get_replacement_text() })),
        });
        lint.free();
      }
    }
    return out.length === 0 ? NO_LINTS : out;
  }

  /**
   * Harper's lints for the paragraph at `index`, relative to it, and which of its sentences hold one. Each sentence's
   * lints are cached by its text: after an edit only the sentences that changed go to Harper, each alone. A paragraph
   * none of whose sentences is known (a new reply, a pasted paragraph) goes whole, in one call, and its lints are
   * shared out among its sentences: the same findings (./units.ts), for one call's fixed cost instead of one per
   * sentence.
   */
  private async lintParagraph(
    linter: LocalLinter,
    index: number,
    text: string,
  ): Promise<{ lints: RawLint[]; flaggedUnits: number[] }> {
    const units = harperUnits(text);
    const keys = units.map(([s, e]) => this.keyOf(text.slice(s, e)));
    const found: (readonly RawLint[] | undefined)[] = keys.map((k) => this.cache.get(k));
    if (units.length > 1 && !found.some((f) => f !== undefined)) {
      const whole = await this.lintText(linter, text, this.flagged.has(`${index}`));
      const shared: RawLint[][] = units.map(() => []);
      for (const lint of whole) {
        // A lint belongs to the sentence it starts in; none runs past it (./units.ts), but if one did it would still be
        // reported here, as Harper found it.
        let u = units.length - 1;
        while (u > 0 && lint.start < units[u]![0]) u--;
        const shift = units[u]![0];
        shared[u]!.push({ ...lint, start: lint.start - shift, end: lint.end - shift });
      }
      for (let u = 0; u < units.length; u++) {
        found[u] = shared[u]!.length === 0 ? NO_LINTS : shared[u]!;
        this.cache.set(keys[u]!, found[u]!);
      }
    } else {
      for (let u = 0; u < units.length; u++) {
        if (found[u] !== undefined) continue;
        const [s, e] = units[u]!;
        found[u] = await this.lintText(linter, text.slice(s, e), this.flagged.has(`${index}:${u}`));
        this.cache.set(keys[u]!, found[u]!);
      }
    }
    const lints: RawLint[] = [];
    const flaggedUnits: number[] = [];
    for (let u = 0; u < units.length; u++) {
      const shift = units[u]![0];
      if (found[u]!.length > 0) flaggedUnits.push(u);
      for (const lint of found[u]!) lints.push(shift === 0 ? lint : { ...lint, start: lint.start + shift, end: lint.end + shift });
    }
    return { lints, flaggedUnits };
  }

  /**
   * Harper's findings for an English reply, with the same offsets, cut and regions as the engine's check of the same
   * text: only the rep's own paragraphs are sent, and nothing in a skipped span (a URL, code) is reported.
   */
  check(fullText: string, input: CheckInput = {}, options: HarperOptions = {}): Promise<Diagnostic[]> {
    const run = this.queue.then(() => this.checkNow(fullText, input, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkNow(fullText: string, input: CheckInput, options: HarperOptions): Promise<Diagnostic[]> {
    const linter = await this.setup();
    await this.configure(linter, options);
    const text = fullText.slice(0, checkedLength(fullText));
    const ctx = buildContext({ text, language: 'en', hints: input.hints });
    const rules = options.rules ?? {};
    const out: Diagnostic[] = [];
    const flagged = new Set<string>();
    for (const [index, paragraph] of ctx.paragraphs.entries()) {
      const [start, end] = paragraph.range;
      const body = text.slice(start, end);
      if (!/\p{L}/u.test(body)) continue;
      const { lints, flaggedUnits } = await this.lintParagraph(linter, index, body);
      if (flaggedUnits.length > 0) flagged.add(`${index}`);
      for (const u of flaggedUnits) flagged.add(`${index}:${u}`);
      for (const lint of lints) {
        const rule = BY_NAME.get(lint.rule);
        const category = categoryOfKind(lint.kind);
        if (!rule || !category) continue;
        const severity = settingFor(rule, category, rules);
        if (severity === 'off') continue;
        const range: Range = [start + lint.start, start + lint.end];
        if (range[0] >= range[1] || range[1] > end || !isSoundRange(text, range)) continue;
        if (!insideAny(ctx.email.checkable, range) || overlapsAny(ctx.skip, range)) continue;
        out.push({
          ruleId: `${category}/${rule.slug}`,
          category,
          severity,
          range,
          message: lint.message,
          actual: text.slice(range[0], range[1]),
          suggestions: suggestionsOf(lint, start).filter(
            (sg) => isSoundRange(text, sg.edit.range) && text.slice(sg.edit.range[0], sg.edit.range[1]) !== sg.edit.text,
          ),
        });
      }
    }
    this.flagged = flagged;
    return out;
  }

  async dispose(): Promise<void> {
    const linter = this.linter;
    this.linter = null;
    this.ready = null;
    this.cache = new Lru<string, readonly RawLint[]>(CACHE_SIZE);
    this.flagged = new Set();
    // A linter set up again starts from Harper's default config.
    this.configKey = '';
    this.rulesKey = null;
    if (linter) await linter.dispose();
  }
}

/** FNV-1a of the rule set, to keep the cache keys short. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
