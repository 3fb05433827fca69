// The sender's display name in the line that introduces a quoted message, as Gmail, Outlook and other mail
// programs write it in any language. One parser for the page (content/customer.ts) and the CLI (quoted-message.ts).

const EMAIL = /[<([]?(?:mailto:)?[^\s<>()[\]@"]+@[^\s<>()[\]@"]+\.[^\s<>()[\]@"]+[>)\]]?/u;
/** A word of a name: capitalised with lower-case letters after (so "PM" and "RE" are not), or an initial ("J."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*(?:-\p{Lu}[\p{Ll}\p{M}'’]*)*|\p{Lu}\.)$/u;
const LOWERCASE_AFTER_CAPITAL = /\p{Lu}.*\p{Ll}|^\p{Lu}\.$/u;

function nameWords(words: string[]): string | undefined {
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '');
    // "…at 09:12, Anna" or "From: Anna": a comma or colon after a word ends the name before it.
    if (!w || /[,:;]$/.test(w) || !NAME_WORD.test(w) || !LOWERCASE_AFTER_CAPITAL.test(w)) break;
    kept.unshift(w);
    if (kept.length === 5) break;
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/**
 * The sender's name in an attribution or header line: "On Mon, 23 Nov 2026 at 09:12, Anna Bērziņa
 * <anna@example.com> wrote:", "V pon., 23. nov. 2026 ob 09:12 je Anna Bērziņa <…> napisal(a):", "From: Ivana Horvat
 * <ivana@example.com>", or an Outlook header naming a colleague without an address ("Od: Ivana Horvat"). The words
 * around the name are localized, so this reads the capitalised words right before the address, or after a label.
 */
export function nameFromAttribution(line: string): string | undefined {
  const one = line.replace(/\s+/g, ' ').trim();
  // An attribution is one short line; a paragraph is not one (and is not worth scanning on every page change).
  if (one.length > 300) return undefined;
  const email = EMAIL.exec(one);
  if (email) return nameWords(one.slice(0, email.index).replace(/[\s<(["'—–-]+$/u, '').split(' '));
  const labelled = /^[\p{L} .]{1,24}:\s*(.+)$/u.exec(one);
  // "On Monday, Anna Bērziņa wrote:", "Anna Bērziņa je napisala:": the name before the closing verb.
  const said = /^(.*?)(?:\s+[\p{Ll}()]+)+:$/u.exec(one);
  if (!labelled && said) return nameWords(said[1]!.split(' '));
  if (!labelled) {
    // A bare name, as Outlook shows a colleague's.
    const name = nameWords(one.split(' '));
    return name && name.split(' ').length === one.split(' ').length ? name : undefined;
  }
  const rest = labelled[1]!.trim().split(' ');
  const name = nameWords(rest);
  // A header names a person only when all of it is the name ("Sent: Monday, …" is not one).
  return name && name.split(' ').length === rest.length ? name : undefined;
}

