// Drops the .dic entries Hunspell never needs: a word listed on its own line, without flags, that another entry
// already makes with its affixes ("obletnicama" when "obletnica/…" gives it) or lists as its root. Hunspell accepts
// exactly the same words without them, and builds its tables faster: every line costs it a hash insertion at load,
// the one cost a cold worker pays before its first check (Slovenian lists 84,000 such words of 247,000).
//
// Only for a plain .aff: single-letter flags, prefixes and suffixes without continuation classes, and none of the
// options that make a bare entry mean more than "this word" (compounding, NEEDAFFIX, FORBIDDENWORD, KEEPCASE, …).
// Anything else is returned unchanged. `trimDictionary` verifies the result with Hunspell itself before writing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { hunspellModule } from '../../src/engine/spelling/hunspell-speller';

interface Affix {
  kind: 'PFX' | 'SFX';
  flag: string;
  cross: boolean;
  strip: string;
  add: string;
  condition: RegExp;
}

/** Options under which an entry without flags is not simply "this word is correct". */
const UNSAFE = /^(?:FLAG|COMPOUND\w*|ONLYINCOMPOUND|NEEDAFFIX|PSEUDOROOT|CIRCUMFIX|FORBIDDENWORD|KEEPCASE|FORCEUCASE|LEMMA_PRESENT|SUBSTANDARD|AF|AM|CHECKSHARPS|IGNORE|FULLSTRIP|ICONV|OCONV|WORDCHARS)\b/m;

/** A Hunspell affix condition ("[^aeiou]a", ".") as a regular expression anchored at the word's end or start. */
function conditionRegExp(condition: string, kind: 'PFX' | 'SFX'): RegExp {
  const body = condition === '.' ? '' : condition.replace(/[.*+?^${}()|\\]/g, (c) => (c === '.' ? '.' : c === '^' ? '^' : `\\${c}`));
  return new RegExp(kind === 'SFX' ? `${body}$` : `^${body}`, 'u');
}

/** The affixes of a plain .aff, or null when it is not one this module can reason about. */
export function plainAffixes(aff: string): Map<string, Affix[]> | null {
  if (UNSAFE.test(aff)) return null;
  const affixes = new Map<string, Affix[]>();
  const cross = new Map<string, boolean>();
  for (const line of aff.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    const [kind, flag, a, b, c] = parts;
    if (kind !== 'PFX' && kind !== 'SFX') continue;
    if (!flag || [...flag].length !== 1) return null;
    if (parts.length === 4 && /^\d+$/.test(b!)) {
      cross.set(flag, a === 'Y');
      continue;
    }
    if (a === undefined || b === undefined || c === undefined) return null;
    if (b.includes('/') || parts.length > 5) return null; // continuation classes or morphology
    if (/[[\]]/.test(c) && !/^(?:[^[\]]|\[\^?[^[\]]+\])+$/u.test(c)) return null;
    const list = affixes.get(flag) ?? [];
    list.push({ kind, flag, cross: cross.get(flag) ?? false, strip: a === '0' ? '' : a, add: b === '0' ? '' : b, condition: conditionRegExp(c, kind) });
    affixes.set(flag, list);
  }
  return affixes;
}

function applyAffix(root: string, affix: Affix): string | null {
  if (!affix.condition.test(root)) return null;
  if (affix.kind === 'SFX') {
    if (!root.endsWith(affix.strip)) return null;
    return root.slice(0, root.length - affix.strip.length) + affix.add;
  }
  if (!root.startsWith(affix.strip)) return null;
  return affix.add + root.slice(affix.strip.length);
}

/** Some of the words an entry makes (its root, each affix, prefix × suffix where both allow it); never one it does not. */
function formsOf(root: string, flags: string, affixes: Map<string, Affix[]>, out: Set<string>) {
  out.add(root);
  const rules = [...flags].flatMap((f) => affixes.get(f) ?? []);
  const suffixed: string[] = [];
  for (const r of rules) {
    const form = applyAffix(root, r);
    if (form === null || form === '') continue;
    out.add(form);
    if (r.kind === 'SFX' && r.cross) suffixed.push(form);
  }
  for (const p of rules) {
    if (p.kind !== 'PFX' || !p.cross) continue;
    for (const form of suffixed) {
      const both = applyAffix(form, p);
      if (both) out.add(both);
    }
  }
}

export interface Trimmed {
  dic: string;
  /** The words whose lines were dropped, each still made by another entry. */
  removed: string[];
}

/** The .dic without the bare entries other entries already make; unchanged when the .aff is not a plain one. */
export function trimCoveredEntries(aff: string, dic: string): Trimmed {
  const affixes = plainAffixes(aff);
  const lines = dic.split('\n');
  if (!affixes || !/^\d+\s*$/.test(lines[0] ?? '')) return { dic, removed: [] };
  const made = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line) continue;
    if (/[\t\\]/.test(line)) return { dic, removed: [] }; // morphology or escaped slashes: not a plain list
    const slash = line.indexOf('/');
    if (slash >= 0) formsOf(line.slice(0, slash), line.slice(slash + 1), affixes, made);
  }
  const removed: string[] = [];
  const kept: string[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line) continue;
    // A bare word made by a flagged entry, or listed bare twice: the line adds nothing.
    if (!line.includes('/') && (made.has(line) || seen.has(line))) {
      removed.push(line);
      continue;
    }
    if (!line.includes('/')) seen.add(line);
    kept.push(line);
  }
  return { dic: `${kept.length}\n${kept.join('\n')}\n`, removed };
}

/** Marks an .aff whose bare entries were folded into suffix classes (so a second run leaves it alone). */
export const FOLDED_MARK = '# Added by ReplyCheck (scripts/trim-dictionaries.ts)';

export interface Folded {
  aff: string;
  dic: string;
  /** The words whose own lines were dropped, each now made by a root's new suffix class. */
  removed: string[];
  classes: number;
}

/**
 * Folds bare entries (lowercase words and names) into suffix classes of their own: "obletnicah", "obletnicam", "obletnicama" and
 * "obletnicami", listed on lines of their own next to "obletnic/A", become "obletnic/Aa" with a new class `a` that
 * adds exactly "ah", "am", "ama", "ami" (no stripping, any ending, no prefixes combined). A root gets a class only
 * when every word the class makes of it was listed, so Hunspell accepts exactly the words it accepted before, in
 * fewer lines. Classes use the single-character flags the .aff leaves free, for the commonest sets of endings first.
 */
export function foldBareEntries(aff: string, dic: string): Folded {
  const unchanged = { aff, dic, removed: [], classes: 0 };
  const affixes = plainAffixes(aff);
  const lines = dic.split('\n');
  if (!affixes || aff.includes(FOLDED_MARK) || !/^\d+\s*$/.test(lines[0] ?? '')) return unchanged;
  const used = new Set(affixes.keys());
  const free = [...'abcdefghijklmnopqrstuvwxyz0123456789'].filter((f) => !used.has(f));
  const body = lines.slice(1).map((l) => l.replace(/\r$/, '')).filter(Boolean);
  if (body.some((l) => /[\t\\]/.test(l))) return unchanged;
  // Lowercase words and names (a capital, then lowercase): Hunspell treats such a word the same whether it is listed
  // or made from a root written the same way.
  const lower = (w: string) => w === w.toLowerCase() || /^\p{Lu}[^\p{Lu}]*$/u.test(w);
  // Roots that keep their line: the flagged entries (the first line of each root takes the new class).
  const rootLine = new Map<string, number>();
  body.forEach((l, i) => {
    const slash = l.indexOf('/');
    if (slash > 0 && lower(l.slice(0, slash)) && !rootLine.has(l.slice(0, slash))) rootLine.set(l.slice(0, slash), i);
  });
  // Each bare lowercase word under its longest flagged root.
  const endings = new Map<string, Set<string>>();
  const bareLines = new Map<string, number[]>();
  body.forEach((l, i) => {
    if (l.includes('/') || !lower(l)) return;
    const at = bareLines.get(l);
    if (at) at.push(i);
    else bareLines.set(l, [i]);
  });
  for (const w of bareLines.keys()) {
    for (let k = w.length - 1; k >= 1; k--) {
      const root = w.slice(0, k);
      if (!rootLine.has(root) || w.slice(k) !== w.slice(k).toLowerCase()) continue;
      let set = endings.get(root);
      if (!set) endings.set(root, (set = new Set()));
      set.add(w.slice(k));
      break;
    }
  }
  // The commonest sets of endings get the free flags.
  const bySet = new Map<string, string[]>();
  for (const [root, set] of endings) {
    const key = [...set].sort().join(' ');
    const roots = bySet.get(key);
    if (roots) roots.push(root);
    else bySet.set(key, [root]);
  }
  const ranked = [...bySet].sort((a, b) => b[1].length * b[0].split(' ').length - a[1].length * a[0].split(' ').length || (a[0] < b[0] ? -1 : 1));
  const chosen = ranked.filter(([, roots]) => roots.length >= 2).slice(0, free.length);
  if (chosen.length === 0) return unchanged;
  const addFlag = new Map<number, string>();
  const drop = new Set<number>();
  const removed: string[] = [];
  const classes: string[] = [];
  chosen.forEach(([key, roots], c) => {
    const flag = free[c]!;
    const ends = key.split(' ');
    classes.push(`SFX ${flag} N ${ends.length}`, ...ends.map((e) => `SFX ${flag} 0 ${e} .`));
    for (const root of roots) {
      const line = rootLine.get(root)!;
      addFlag.set(line, (addFlag.get(line) ?? '') + flag);
      for (const e of ends) {
        for (const i of bareLines.get(root + e)!) drop.add(i);
        removed.push(root + e);
      }
    }
  });
  const kept: string[] = [];
  body.forEach((l, i) => {
    if (drop.has(i)) return;
    kept.push(addFlag.has(i) ? l + addFlag.get(i)! : l);
  });
  return {
    aff: `${aff.trimEnd()}\n\n${FOLDED_MARK}: bare entries folded into suffix classes of their own.\n${classes.join('\n')}\n`,
    dic: `${kept.length}\n${kept.join('\n')}\n`,
    removed,
    classes: chosen.length,
  };
}

async function speller(aff: string, dic: string, name: string) {
  const f = await hunspellModule();
  const enc = new TextEncoder();
  const a = f.mountBuffer(enc.encode(aff), `${name}.aff`);
  const d = f.mountBuffer(enc.encode(dic), `${name}.dic`);
  const h = f.create(a, d);
  f.unmount(a);
  f.unmount(d);
  return h;
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Trims `dictionaries/<language>`; throws, writing nothing, if Hunspell would lose or gain a word. */
export async function trimDictionary(language: string): Promise<{ before: number; after: number; classes: number }> {
  const affPath = `dictionaries/${language}/${language}.aff`;
  const dicPath = `dictionaries/${language}/${language}.dic`;
  const aff = readFileSync(affPath, 'utf8');
  const dic = readFileSync(dicPath, 'utf8');
  const before = Number(/^\d+/.exec(dic)?.[0] ?? 0);
  const covered = trimCoveredEntries(aff, dic);
  const folded = foldBareEntries(aff, covered.dic);
  const removed = [...covered.removed, ...folded.removed];
  if (removed.length === 0) return { before, after: before, classes: 0 };
  const original = await speller(aff, dic, `${language}-original`);
  const smaller = await speller(folded.aff, folded.dic, `${language}-trimmed`);
  const lost: string[] = [];
  for (const w of removed) {
    if (!original.spell(w)) throw new Error(`${language}: "${w}" is listed but the untrimmed dictionary rejects it`);
    for (const form of new Set([w, capitalised(w), w.toUpperCase()])) {
      if (original.spell(form) !== smaller.spell(form)) lost.push(form);
    }
  }
  // Near misses of the folded words (a letter more or less at the end) are judged alike too: the new classes add
  // no word that was not listed.
  const gained: string[] = [];
  for (const w of folded.removed) {
    for (const near of [`${w}a`, `${w}i`, `${w}h`, `${w}m`, w.slice(0, -1)]) {
      if (original.spell(near) !== smaller.spell(near)) gained.push(near);
    }
  }
  original.dispose();
  smaller.dispose();
  if (lost.length > 0) throw new Error(`${language}: trimming would change ${lost.length} words, e.g. ${lost.slice(0, 5).join(', ')}`);
  if (gained.length > 0) throw new Error(`${language}: trimming would change ${gained.length} near words, e.g. ${gained.slice(0, 5).join(', ')}`);
  if (folded.aff !== aff) writeFileSync(affPath, folded.aff);
  writeFileSync(dicPath, folded.dic);
  return { before, after: before - removed.length, classes: folded.classes };
}
