// Words the upstream Hunspell dictionaries lack, added by analogy: each line of
// scripts/dictionary-additions/<lang>.txt names a new word and an existing one whose affix flags it takes, so the new
// word gets all its inflected forms ("restartēt = startēt" accepts "restartējiet", "restartēšanu"…), not one form.
//
//   restartēt = startēt        the entry (every homonym) of "startēt", with "restartēt" as its stem
//   ponastavi* = postavi*      every entry whose stem starts with "postavi", that prefix swapped for "ponastavi"
//   ettet                      one word form as it is, with no flags (the Finnish list is word forms only)
//   # a comment
//
// Applied by scripts/build-dictionaries.ts (for Finnish, only plain word forms, added to the list it compiles) when it re-creates dictionaries/, and on its own, to the files already
// there, by scripts/add-dictionary-words.ts. Applying it twice adds nothing the second time.

export interface Addition {
  word: string;
  /** The existing entry (or prefix) to copy; empty for a plain word form. */
  like: string;
  prefix: boolean;
}

export function parseAdditions(text: string): Addition[] {
  const out: Addition[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/#.*$/u, '').trim();
    if (!line) continue;
    if (/^[^\s=*]+$/u.test(line)) {
      out.push({ word: line, like: '', prefix: false });
      continue;
    }
    const m = /^(\S+?)(\*?)\s*=\s*(\S+?)(\*?)$/u.exec(line);
    if (!m || m[2] !== m[4]) throw new Error(`dictionary additions, line ${i + 1}: expected "new = existing" or "new* = existing*"`);
    out.push({ word: m[1]!, like: m[3]!, prefix: m[2] === '*' });
  }
  return out;
}

/** The .dic text with the additions' entries appended (and its count updated); an addition that copies nothing throws. */
export function applyAdditions(dic: string, additions: readonly Addition[]): string {
  const lines = dic.replace(/\n+$/u, '').split('\n');
  const entries = lines.slice(1);
  const present = new Set(entries);
  const added: string[] = [];
  for (const a of additions) {
    if (!a.like) {
      if (!present.has(a.word)) {
        present.add(a.word);
        added.push(a.word);
      }
      continue;
    }
    const copies = entries.filter((e) => {
      const stem = /^[^/\s]+/u.exec(e)?.[0] ?? '';
      return a.prefix ? stem.startsWith(a.like) : stem === a.like;
    });
    if (copies.length === 0) throw new Error(`dictionary additions: no entry for "${a.like}${a.prefix ? '*' : ''}" to copy`);
    for (const e of copies) {
      const entry = a.word + e.slice(a.like.length);
      if (!present.has(entry)) {
        present.add(entry);
        added.push(entry);
      }
    }
  }
  if (added.length === 0) return dic;
  const count = Number.parseInt(lines[0]!, 10);
  return [String(count + added.length), ...entries, ...added].join('\n') + '\n';
}
