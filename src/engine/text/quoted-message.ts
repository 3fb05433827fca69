// The customer's message as it is quoted under a reply ("On … wrote:" and "> " lines, or Outlook's "From: … Sent: …"
// block): what the CLI checks a reply against when no --customer file is given. Pure text, no DOM.
import type { CustomerMessage } from '../rule';
import type { TextPack } from '../lang/pack';
import { splitLines } from './regions';
import { nameFromAttribution } from './sender-name';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sender's display name in an attribution line or a From line, when it names one. */
export function senderName(header: string): string | undefined {
  return nameFromAttribution(header);
}

/**
 * The first quoted message under the reply, its quote marks taken off, with the sender's name from its header line;
 * null when the reply quotes nothing. Only the first message: older ones quoted inside it (">>", another "On … wrote:")
 * are earlier turns of the thread, not what the reply answers.
 */
export function quotedCustomerMessage(text: string, pack: TextPack): CustomerMessage | null {
  const headers = pack.quoteHeaders.map((h) => new RegExp(h, 'iu'));
  const fromLine = new RegExp(`^\\s*\\*?(?:${escapeRegExp(pack.headerBlock.from)}|From):\\*?\\s+\\S`, 'iu');
  const sentLine = new RegExp(`^\\s*\\*?(?:${[...pack.headerBlock.sent, 'Sent', 'Date'].map(escapeRegExp).join('|')}):\\*?\\s+\\S`, 'iu');
  const lines = splitLines(text);
  const isHeader = (i: number, line: string) => {
    const two = i + 1 < lines.length ? `${line} ${lines[i + 1]!.text}` : line;
    return (
      headers.some((h) => h.test(line) || (/^\s*On\b/i.test(line) && h.test(two))) ||
      (fromLine.test(line) && lines.slice(i + 1, i + 4).some((l) => sentLine.test(l.text.replace(/^\s*>\s?/, ''))))
    );
  };

  let start = lines.findIndex((l, i) => isHeader(i, l.text));
  let name: string | undefined;
  const body: string[] = [];
  const bare = start === -1;
  if (bare) {
    // No header, only "> " lines: the quote is the customer's message, its sender unknown.
    start = lines.findIndex((l) => /^\s*>/.test(l.text));
    if (start === -1) return null;
  } else {
    const header = lines[start]!.text;
    if (fromLine.test(header)) {
      // Outlook's block: From, Sent, To, Cc, Subject lines, up to the first blank line.
      name = senderName(header);
      start++;
      while (start < lines.length && lines[start]!.text.trim() !== '') start++;
    } else {
      // An attribution line, possibly wrapped over two lines ("On Mon, … Anna Berzina <anna@" / "example.com> wrote:").
      const wrapped = !headers.some((h) => h.test(header));
      const full = wrapped ? `${header} ${lines[start + 1]?.text ?? ''}` : header;
      name = senderName(full);
      start += wrapped ? 2 : 1;
    }
  }
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!.text;
    if (/^\s*>\s?>/.test(raw)) break; // a message quoted inside the customer's
    if (bare && !/^\s*>/.test(raw)) break; // the rep's text again, below an inline quote
    const line = raw.replace(/^\s*>\s?/, '');
    if (i > start && body.some((b) => b.trim() !== '') && isHeader(i, line)) break;
    body.push(line);
  }
  const message = body.join('\n').trim();
  if (message === '') return null;
  return name ? { text: message, name } : { text: message };
}

/**
 * A customer's message given on its own (the CLI's --customer file): the text as it is, or, when it was pasted with
 * its header on top ("From: Anna Bērziņa <anna@…>" / "Sent: …", "On … wrote:"), the message under the header with the
 * sender's name from it.
 */
export function standaloneCustomerMessage(text: string, pack: TextPack): CustomerMessage {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  const headed =
    /^\*?(?:From|No|Od|Šalje|Lähettäjä):\*?\s+\S/iu.test(firstLine) || pack.quoteHeaders.some((h) => new RegExp(h, 'iu').test(firstLine)) || /^On\b/i.test(firstLine);
  const quoted = headed ? quotedCustomerMessage(text.trimStart(), pack) : null;
  return quoted ?? { text };
}
