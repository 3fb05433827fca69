// English spelling from the dictionary compiled at build time (./compile.ts): every word form nspell would build
// from dictionary-en's .aff/.dic, in a word automaton that needs no parsing (../finnish/dawg.ts), so start-up is
// wrapping the fetched bytes instead of nspell's few hundred milliseconds and tens of megabytes of objects.
// correct() answers exactly as nspell's does (lib/util/form.js, exact.js, flag.js; tests/spelling/en-compiled.test.ts
// compares them word by word); suggestions are the English layer's (../english-layer.ts).
import type { Speller } from '../speller';
import { Dawg, WORD } from '../finnish/dawg';
import { englishSpeller, type EnglishLexicon, type EnglishVariant } from '../english-layer';
import type { EnglishTables } from './compile';

const NO_CODES: readonly string[] = [];

/** Whether `key` is one a JavaScript object lists first, in numeric order (an array index). */
const isArrayIndex = (key: string) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

export function englishLexicon(automaton: Uint8Array | Dawg, tables: EnglishTables): EnglishLexicon {
  if (tables.format !== 1) throw new Error('Unsupported English dictionary tables');
  const dawg = automaton instanceof Dawg ? automaton : new Dawg(automaton);
  const flagged = new Map(Object.entries(tables.flagged));
  const flags = tables.flags;
  const iconv = tables.iconv.map(([from, to]) => [new RegExp(from, 'g'), to] as const);
  const compoundRules = tables.compoundRules.map((source) => new RegExp(source, 'i'));
  const compoundMin = Number(flags.COMPOUNDMIN);
  /** Words added at run time, in the order they were added. */
  const added = new Map<string, true>();

  const codes = (form: string): readonly string[] | undefined =>
    flagged.get(form) ?? (added.has(form) || (dawg.lookup(form) & WORD) !== 0 ? NO_CODES : undefined);
  const flag = (name: string, c: readonly string[] | undefined) => !!c && name in flags && c.indexOf(flags[name] as string) > -1;
  const exact = (value: string): boolean => {
    const c = codes(value);
    if (c) return !flag('ONLYINCOMPOUND', c);
    if (value.length >= compoundMin) return compoundRules.some((re) => re.test(value));
    return false;
  };
  const ignore = (c: readonly string[] | undefined) => flag('KEEPCASE', c) || flag('FORBIDDENWORD', c);
  const correct = (value: string): boolean => {
    let normal = value.trim();
    if (!normal) return false;
    for (const [re, to] of iconv) normal = normal.replace(re, to);
    if (exact(normal)) return !flag('FORBIDDENWORD', codes(normal));
    if (normal.toUpperCase() === normal) {
      const alternative = normal.charAt(0) + normal.slice(1).toLowerCase();
      if (ignore(codes(alternative))) return false;
      if (exact(alternative)) return true;
    }
    const alternative = normal.toLowerCase();
    if (alternative !== normal) {
      if (ignore(codes(alternative))) return false;
      if (exact(alternative)) return true;
    }
    return false;
  };

  let forms: string[] | null = null;
  const listForms = (): string[] => {
    const list = tables.forms.split('\n');
    // nspell's list is its object's keys: a new word goes last, unless it is an array index, which goes with the
    // others in numeric order at the front.
    for (const word of added.keys()) {
      if ((dawg.lookup(word) & WORD) !== 0) continue;
      if (!isArrayIndex(word)) {
        list.push(word);
        continue;
      }
      let at = 0;
      while (at < list.length && isArrayIndex(list[at]!) && Number(list[at]) < Number(word)) at++;
      list.splice(at, 0, word);
    }
    return list;
  };

  return {
    correct,
    add(word) {
      if (!added.has(word)) added.set(word, true);
    },
    forms: () => (forms ??= listForms()),
    codes,
    // Only forms with a flag correct() reads keep their flags here, NOSUGGEST among them (./compile.ts READ_FLAGS).
    formsWithFlag: (flag) => [...flagged].filter(([, c]) => c.includes(flag)).map(([form]) => form),
    flags,
    replacementTable: tables.replacementTable,
  };
}

/** English spelling from the compiled dictionary: the automaton's bytes and the tables (JSON) beside it. */
/** `variant` "us" drops the British forms; "uk" is not read from these files (see ../load.ts). */
export function createEnglishSpeller(
  automaton: Uint8Array | Dawg,
  tables: EnglishTables | Uint8Array | string,
  variant?: EnglishVariant,
): Speller {
  const parsed =
    typeof tables === 'string' || tables instanceof Uint8Array
      ? (JSON.parse(typeof tables === 'string' ? tables : new TextDecoder().decode(tables)) as EnglishTables)
      : tables;
  return englishSpeller(englishLexicon(automaton, parsed), variant);
}
