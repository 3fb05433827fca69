// Spelling suggestions as rules and the extension's card use them: ranked, few, in the writer's own case, cached,
// and capped in cost per check. Working out suggestions is the one costly part of spelling (a dictionary lookup is
// about a microsecond, a suggestion 1–5 ms with ./candidates, 2–600 ms with some Hunspell ports), so a check works
// out at most a few and leaves the rest for later: the finding still shows, marked `suggestionsPending`, and the
// card asks the worker for its suggestions ('suggest', answered with `suggestionsFor` through Engine.suggestions)
// when it opens. The CLI is not interactive and works out all of them (an unlimited budget).
import type { Range, Suggestion } from '../types';
import type { Speller } from './speller';
import { editDistance } from './distance';
import { Lru } from './lru';
import { normalizeApostrophes } from '../text/tokens';

/** Suggestions shown for one word. */
export const MAX_SUGGESTIONS = 5;
/** Uncached suggestion lists one check may work out. */
export const SUGGESTIONS_PER_CHECK = 8;
/**
 * The same for the first check a freshly started worker runs with a language: the rep is waiting on the dictionary
 * already, and the card works out the rest when it opens.
 */
export const SUGGESTIONS_FIRST_CHECK = 2;
/** Longer words get no suggestions during a check (their cost grows with length, and they are rarely typos). */
export const MAX_SUGGEST_LENGTH = 20;

/** How many uncached suggestion lists a check may still work out; `computed` counts those it did. */
export interface SuggestBudget {
  remaining: number;
  computed: number;
}

export function suggestBudget(max = SUGGESTIONS_PER_CHECK): SuggestBudget {
  return { remaining: max, computed: 0 };
}

// For spellers that do not remember their own suggestions (other languages' dictionaries).
const fallbackCaches = new WeakMap<Speller, Lru<string, string[]>>();

function cacheOf(speller: Speller): Lru<string, string[]> {
  let cache = fallbackCaches.get(speller);
  if (!cache) {
    cache = new Lru(1000);
    fallbackCaches.set(speller, cache);
  }
  return cache;
}

function cached(speller: Speller, key: string): string[] | undefined {
  return speller.cachedSuggestions ? speller.cachedSuggestions(key) : fallbackCaches.get(speller)?.get(key);
}

function compute(speller: Speller, key: string): string[] {
  const raw = speller.suggest(key);
  if (!speller.cachedSuggestions) cacheOf(speller).set(key, raw);
  return raw;
}

/**
 * The form suggestions are worked out for: "Recieve" and "RECIEVE" share "recieve"'s list (and its cache entry),
 * and get their own case back from `matchCase`. A word with a capital inside ("PayPall") is kept as written.
 */
export function suggestionKey(word: string): string {
  const lower = word.toLowerCase();
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase() ? lower : word;
}

/**
 * `suggestion` in the case the writer used: "The" for "Teh", "RECEIVE" for "RECIEVE"; "London" and "iPhone" keep
 * their own capitals.
 */
export function matchCase(suggestion: string, written: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return suggestion.toUpperCase();
  }
  // A brand's own capitals stand, even at the start of a sentence: "iPhone", "eBay".
  if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(suggestion) && !/\p{Lu}/u.test(suggestion)) {
    return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

/**
 * A speller's raw suggestions made fit to show: nearest first by edit distance (a stable sort, so the speller's own
 * order stands among equals), in the writer's case, without repeats or the word itself, at most `max`.
 */
export function rankSuggestions(written: string, raw: readonly string[], max = MAX_SUGGESTIONS): string[] {
  const lower = written.toLowerCase();
  const ranked = raw
    .map((s, i) => ({ s, i, d: editDistance(s.toLowerCase(), lower) }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { s } of ranked) {
    const shown = matchCase(s, written);
    if (shown === written || seen.has(shown)) continue;
    seen.add(shown);
    out.push(shown);
    if (out.length >= max) break;
  }
  return out;
}

/** Ranked suggestions for `written` from a raw list, with the writer's apostrophes ("didn’t" gets "didn’t"). */
function shown(written: string, raw: readonly string[]): string[] {
  const ranked = rankSuggestions(normalizeApostrophes(written), raw);
  return written.includes('’') ? ranked.map((s) => s.replace(/'/g, '’')) : ranked;
}

/**
 * Suggestions for `word` within a check's budget: from the cache when there, else worked out while the budget
 * lasts; null when they have to wait (budget spent, or a very long word while the budget is not unlimited).
 */
export function suggestionsWithin(speller: Speller, word: string, budget: SuggestBudget): string[] | null {
  const key = suggestionKey(normalizeApostrophes(word));
  const hit = cached(speller, key);
  if (hit) return shown(word, hit);
  // An unlimited budget (the CLI) works out every list, long words' too.
  if (budget.remaining <= 0 || (budget.remaining !== Infinity && [...word].length > MAX_SUGGEST_LENGTH)) return null;
  budget.remaining--;
  budget.computed++;
  return shown(word, compute(speller, key));
}

/**
 * Suggestions for one word (a finding's `actual`), worked out now if need be: for the card, when a finding came
 * without any because the check's budget was spent. Pair with `asSuggestions(words, finding.range)` for edits.
 */
export function suggestionsFor(speller: Speller, word: string): string[] {
  const key = suggestionKey(normalizeApostrophes(word));
  return shown(word, cached(speller, key) ?? compute(speller, key));
}

/** The words as edits replacing `range` (the flagged word). */
export function asSuggestions(words: readonly string[], range: Range): Suggestion[] {
  return words.map((text) => ({ label: text, edit: { range: [range[0], range[1]], text } }));
}
