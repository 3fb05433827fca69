import type { Language, Range } from '../../types';
import { defineRule, type RuleContext } from '../../rule';
import type { TextPack } from '../../lang/pack';
import { phrasePrefix, splitLines } from '../../text/regions';
import { customerContext, editDistance, fold } from '../../text/customer';
import en from '../../lang/en/structure/greeting-name.json';
import lv from '../../lang/lv/structure/greeting-name.json';
import sl from '../../lang/sl/structure/greeting-name.json';
import hr from '../../lang/hr/structure/greeting-name.json';
import fi from '../../lang/fi/structure/greeting-name.json';

interface NameData {
  /** May use {wrong} and {right}. */
  message: string;
  /** Words of address skipped in the greeting ("Mr", "kungs", "gospodine"). */
  titles: string[];
  /** Addressees that are no name ("Team", "Customer"). */
  generic: string[];
  /** Case endings a name takes in a greeting, longest first matters not: the longest that fits is cut. */
  endings: string[];
  /** Croatian and Slovenian drop an "a" before the last consonant in other cases: "Petar" → "Petre". */
  fleetingA: boolean;
  /**
   * A case form may have no ending ("Kristap" of "Kristaps", "Matīs" of "Matīss"): the word itself is one of its stems,
   * and so is the word less each ending that fits, not only the longest.
   */
  zeroEnding?: boolean;
  /** Consonant changes at the end of a stem in other cases ("Eglītis" → "Eglīša": [š, t]), undone before comparing. */
  alternations?: string[][];
}

interface CompiledData extends NameData {
  titleSet: Set<string>;
  genericSet: Set<string>;
  sortedEndings: string[];
}

const RAW: Partial<Record<Language, NameData>> = { en, lv, sl, hr, fi };
const DATA: Partial<Record<Language, CompiledData>> = Object.fromEntries(
  Object.entries(RAW).map(([lang, d]) => [
    lang,
    {
      ...d,
      titleSet: new Set(d.titles.map((t) => t.toLowerCase().replace(/\.$/, ''))),
      genericSet: new Set(d.generic.map((g) => g.toLowerCase())),
      sortedEndings: [...d.endings].sort((a, b) => b.length - a.length),
    },
  ]),
);

// A capitalised word; a double-barrelled one may capitalise each half ("Novak-Zupan", "Jean-Pierre").
const NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}]*)*$/u;

/** The stem a name keeps through its case forms: "Jānis"/"Jāni" → "Jān", "Kalniņa"/"Kalniņas" → "Kalniņ". */
function stem(word: string, data: CompiledData): string {
  let w = word.toLowerCase();
  for (const e of data.sortedEndings) {
    if (w.endsWith(e) && w.length - e.length >= 2) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  if (data.fleetingA && w.length >= 4) w = w.replace(/a(?=[^aeiou]$)/u, '');
  return w;
}

/** Every stem a name form may have, when the language says a form may end in nothing or change its last consonant. */
function stemSet(word: string, data: CompiledData, alternate: boolean): Set<string> {
  const w = word.toLowerCase();
  const out = new Set<string>([stem(word, data)]);
  if (!data.zeroEnding && !data.alternations) return out;
  if (data.zeroEnding) out.add(w);
  for (const e of data.sortedEndings) if (w.endsWith(e) && w.length - e.length >= 3) out.add(w.slice(0, -e.length));
  if (alternate) for (const s of [...out]) {
    for (const [changed = "", base = ""] of data.alternations ?? []) if (changed && s.endsWith(changed) && s.length - changed.length >= 2) out.add(s.slice(0, -changed.length) + base);
  }
  for (const s of [...out]) if (s.length < 3) out.delete(s);
  return out;
}

/**
 * The greeting's form of a name and the name: a stem in common ("Matīs"/"Matīss", "Eglīša"/"Eglītis"). The consonant
 * changes are undone in the greeting's form only: "Kalninas" has lost the "ņ" of "Kalniņa", it is no case of it.
 */
function sameStem(form: string, name: string, data: CompiledData): boolean {
  if (stem(form, data) === stem(name, data)) return true;
  if (!data.zeroEnding && !data.alternations) return false;
  const own = stemSet(name, data, false);
  return [...stemSet(form, data, true)].some((x) => own.has(x));
}

interface GreetingName {
  word: string;
  range: Range;
  /** The word before it is a title ("Mr Smith", "gospodine Horvat"): a surname is meant. */
  afterTitle: boolean;
}

const prefixCache = new WeakMap<TextPack, RegExp>();

/** The capitalised words of address in the reply's greeting line: "Hi Jon," → Jon; "Dear Mr Smith," → Smith. */
function greetingNames(ctx: RuleContext, data: CompiledData): GreetingName[] {
  const first = ctx.paragraphs[0];
  if (!first) return [];
  const line = splitLines(ctx.text, first.range[0], first.range[1])[0]!;
  let prefix = prefixCache.get(ctx.pack);
  if (!prefix) {
    prefix = phrasePrefix(ctx.pack.greetings);
    prefixCache.set(ctx.pack, prefix);
  }
  const m = prefix.exec(line.text);
  let from: number;
  if (m) from = line.start + m[0].length;
  else if (/^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}\s*,\s*$/u.test(line.text)) from = line.start; // "Anna,"
  else return [];
  // The address runs to the first punctuation: "Hi Jon, thanks for…" reads only "Jon".
  const lead = /^\s*[,:]?/u.exec(ctx.text.slice(from, line.end))![0].length; // "Labdien, Jāni!"
  from += lead;
  const rest = ctx.text.slice(from, line.end);
  const stop = rest.search(/[,!:;?—–(]|\s-\s|\.\s|\.$/u);
  const address = stop === -1 ? rest : rest.slice(0, stop);
  const out: GreetingName[] = [];
  let afterTitle = false;
  for (const w of address.matchAll(/[\p{L}\p{M}'’.-]+/gu)) {
    const word = w[0].replace(/\.$/, '');
    const lower = word.toLowerCase();
    if (data.titleSet.has(lower)) {
      afterTitle = true;
      continue;
    }
    if (out.length >= 3 || data.genericSet.has(lower) || !NAME.test(word)) {
      // A lower-case word ends the address ("Hi again", "Hello and thanks"), except a title ("Bērziņa kungs").
      if (!NAME.test(word)) break;
      continue;
    }
    const start = from + w.index;
    out.push({ word, range: [start, start + word.length], afterTitle });
  }
  return out;
}

/** The customer's names: the sender's display name and the name they signed with. First names first. */
function customerNames(ctx: RuleContext, data: CompiledData): { all: string[]; initials: string[]; first: string | null; last: string | null } {
  const words: string[] = [];
  const initials: string[] = [];
  let first: string | null = null;
  let last: string | null = null;
  const take = (raw: string) => {
    // "J. Smith": the initial stands for a first name the greeting may spell out.
    for (const m of raw.matchAll(/(?<![\p{L}\p{M}])(\p{Lu})\.?(?=\s|$)/gu)) initials.push(m[1]!);
    const parts = raw
      .replace(/<[^>]*>|\([^)]*\)|"|'/g, ' ')
      .split(/\s+/)
      .map((p) => p.replace(/[,.;:!]+$/u, ''))
      .filter((p) => NAME.test(p) && !data.titleSet.has(p.toLowerCase()) && !data.genericSet.has(p.toLowerCase()));
    if (parts.length === 0 || parts.length > 3) return;
    // "Smith, John" in some address books.
    const ordered = /^\s*\p{Lu}[\p{L}\p{M}'’-]+,\s*\p{Lu}/u.test(raw) ? [...parts.slice(1), parts[0]!] : parts;
    first ??= ordered[0]!;
    if (ordered.length > 1) last ??= ordered[ordered.length - 1]!;
    words.push(...ordered);
  };
  const signed = signature(ctx);
  if (signed) take(signed);
  const display = ctx.customer?.name;
  if (typeof display === 'string' && !display.includes('@')) take(display);
  return { all: [...new Set(words)], initials, first, last };
}

/** The name the customer signed with: the first line under their sign-off, or a last line that is only a name. */
function signature(ctx: RuleContext): string | null {
  const c = customerContext(ctx);
  if (!c) return null;
  const nameLine = (text: string) => /^\s*\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,2}\s*$/u.test(text);
  if (c.email.signature) {
    const line = splitLines(c.text, c.email.signature[0], c.email.signature[1]).find((l) => l.text.trim() !== '');
    if (line && nameLine(line.text) && !/^--/.test(line.text)) return line.text.trim();
  }
  // No sign-off: "…thanks in advance.\n\nJohn". Only the last line of the rep-visible text, and only a name-shaped one.
  const last = c.paragraphs[c.paragraphs.length - 1];
  if (!last || c.paragraphs.length < 2) return null;
  const lines = splitLines(c.text, last.range[0], last.range[1]).filter((l) => l.text.trim() !== '');
  const tail = lines[lines.length - 1];
  if (!tail || !nameLine(tail.text)) return null;
  const lower = tail.text.trim().toLowerCase();
  if (ctx.pack.closings.some((cl) => lower === cl) || ctx.pack.greetings.some((g) => lower === g)) return null;
  return tail.text.trim();
}

/** How far a misspelling may be from the name: one letter in a short name, two in a longer one. */
function isMisspelling(a: string, b: string): boolean {
  const limit = Math.max(a.length, b.length) <= 4 ? 1 : 2;
  return a[0] === b[0] && editDistance(a, b) <= limit;
}

export default defineRule({
  id: 'structure/greeting-name',
  meta: {
    category: 'structure',
    description: "The greeting names someone other than the customer, or misspells their name (\"Hi Jon\" to John, \"Kalnina\" for \"Kalniņa\").",
    defaultSeverity: 'warning',
    languages: Object.keys(DATA) as Language[],
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data || !ctx.customer) return [];
    const greeted = greetingNames(ctx, data);
    if (greeted.length === 0) return [];
    const names = customerNames(ctx, data);
    if (names.all.length === 0) return [];

    const stems = names.all.map((n) => ({ name: n, stem: stem(n, data) }));
    const isForm = (g: GreetingName) => {
      const w = g.word;
      const s = stem(w, data);
      const lower = w.toLowerCase();
      // A short form that starts the other ("Alex" for a signed "Alexander", "Kevin" for a signed "Kev") is the
      // customer's too; so is any case form with the name's stem. Short forms are a first name's: after a title a
      // surname cut short is another family's ("gospod Kovač" to Kovačič, "Mr Robins" to Robinson), unless it is one
      // half of a double-barrelled one ("Ms Novak" to Novak-Kranjc). Latvian counts "Cienījamā" as a title, and a
      // first name may follow it.
      return stems.some((n) => {
        const name = n.name.toLowerCase();
        const nickname = !g.afterTitle || n.name === names.first;
        // Two letters or more cut or added: one is a misspelling ("Smit", "Horvath").
        const short = (a: string, b: string) =>
          a.length >= 3 && b.startsWith(a) && b.length - a.length >= 2 && (nickname || b[a.length] === '-');
        return n.stem === s || sameStem(w, n.name, data) || short(lower, name) || (name.length <= 4 && short(name, lower));
      });
    };
    if (greeted.some((g) => isForm(g) || (!g.afterTitle && names.initials.includes(g.word[0]!)))) {
      // The right name is there ("Dear John Smyth"): only a misspelt other word can still be wrong.
      const wrong = greeted.filter((g) => !isForm(g) && !names.initials.includes(g.word[0]!));
      const lastWord = greeted[greeted.length - 1]!;
      return wrong.flatMap((g) => {
        const fix = closeName(g.word, stems, data);
        if (fix) return [finding(data, g, fix)];
        // "Dear Robert Koivunen" to Robert Koivisto: the right first name, then another surname. Only the last word
        // after a right one, and only when the customer's surname is known (a middle name is no surname).
        const surname = g === lastWord && greeted.length >= 2 && isForm(greeted[greeted.length - 2]!) ? names.last : null;
        return surname ? [finding(data, g, surname)] : [];
      });
    }
    const g = greeted[0]!;
    const fix = closeName(g.word, stems, data);
    if (fix) return [finding(data, g, fix)];
    // Another person's name altogether.
    const right = g.afterTitle ? names.last ?? names.first : names.first ?? names.last;
    return right ? [finding(data, g, right)] : [];
  },
});

/** A misspelling of one of the names, with the right spelling in the greeting's case: "Kalninas" → "Kalniņas". */
function closeName(word: string, names: { name: string; stem: string }[], data: CompiledData): string | null {
  const s = stem(word, data);
  for (const n of names) {
    // Only the diacritics differ: keep the greeting's ending, restore the name's letters.
    if (fold(s) === fold(n.stem) && s.length === n.stem.length) {
      const restored = n.name.slice(0, n.stem.length) + word.slice(s.length);
      return restored[0]!.toUpperCase() + restored.slice(1);
    }
  }
  for (const n of names) {
    if (isMisspelling(fold(word), fold(n.name)) || (s.length >= 3 && isMisspelling(fold(s), fold(n.stem)) && fold(s) !== fold(n.stem))) return n.name;
  }
  return null;
}

function finding(data: CompiledData, g: GreetingName, right: string) {
  return {
    range: g.range,
    actual: g.word,
    message: data.message.replace('{wrong}', g.word).replace('{right}', right),
    suggestions: [{ label: `Write "${right}"`, edit: { range: g.range, text: right } }],
  };
}
