import type { Speller } from './speller';
import { editDistance } from './distance';
import { normalizeApostrophes } from '../text/tokens';

/**
 * `base` plus a team's or a rep's own words, without touching `base`: one loaded dictionary (74 MB for English)
 * serves every profile. A lower-case entry ("zendesk") is accepted in any case; an entry with a capital ("NordVPN",
 * "Siobhan") as written, or in capitals as Hunspell does for its own words ("NORDVPN"). `add` on the result adds
 * to this layer only.
 */
export function withWords(base: Speller, words: readonly string[]): Speller {
  const anyCase = new Set<string>();
  const exact = new Set<string>();
  // Lower-cased entry → its one spelling, for "Nordvpn" → "NordVPN"; null where two entries differ only in case.
  const byLower = new Map<string, string | null>();

  const add = (raw: string) => {
    const word = normalizeApostrophes(raw.trim());
    if (!word) return;
    const lower = word.toLowerCase();
    if (word === lower) {
      anyCase.add(word);
    } else {
      exact.add(word);
      byLower.set(lower, byLower.has(lower) && byLower.get(lower) !== word ? null : word);
    }
  };
  for (const w of words) add(w);

  const accepts = (raw: string) => {
    const word = normalizeApostrophes(raw);
    return anyCase.has(word.toLowerCase()) || exact.has(word) || (word === word.toUpperCase() && byLower.has(word.toLowerCase()));
  };

  // Team words a few edits from `word`, in their own spelling; merged into the dictionary's suggestions by distance.
  const near = (word: string): string[] => {
    const lower = normalizeApostrophes(word).toLowerCase();
    const limit = lower.length <= 4 ? 1 : 2;
    const hits: { form: string; d: number }[] = [];
    for (const form of [...anyCase, ...exact]) {
      const d = editDistance(form.toLowerCase(), lower, limit);
      if (d <= limit && form !== word) hits.push({ form, d });
    }
    return hits.sort((a, b) => a.d - b.d).map((h) => h.form);
  };
  const merge = (word: string, fromBase: string[]): string[] => {
    const own = near(word);
    if (own.length === 0) return fromBase;
    const lower = word.toLowerCase();
    const all = [...own, ...fromBase.filter((s) => !own.some((o) => o.toLowerCase() === s.toLowerCase()))];
    // Stable: a team word goes before a dictionary word only when it is at least as close.
    return all
      .map((form, i) => ({ form, i, d: editDistance(form.toLowerCase(), lower) }))
      .sort((a, b) => a.d - b.d || a.i - b.i)
      .map((x) => x.form);
  };

  const layer: Speller = {
    correct: (word) => accepts(word) || base.correct(word),
    suggest: (word) => (accepts(word) ? [] : merge(word, base.suggest(word))),
    caseVariant(word) {
      const own = byLower.get(word.toLowerCase());
      if (own) return own === word ? undefined : own;
      if (own === null) return undefined;
      return base.caseVariant?.(word);
    },
    add,
  };
  // Only a base that remembers its suggestions makes this layer one that does; otherwise ./suggestions caches
  // for it, per layer.
  const cachedSuggestions = base.cachedSuggestions?.bind(base);
  if (cachedSuggestions) {
    layer.cachedSuggestions = (word) => {
      if (accepts(word)) return [];
      const hit = cachedSuggestions(word);
      return hit && merge(word, hit);
    };
  }
  return layer;
}
