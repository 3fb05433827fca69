// The customer's message a reply answers, read from the page (never changed, never sent anywhere but the worker):
// its plain text and the sender's display name. The site adapters find the elements; this module turns them into
// text. Written against NodeLike like extract.ts, so tests/content runs it without a browser.
import { MAX_CUSTOMER_NAME, MAX_CUSTOMER_TEXT, type CustomerContext } from '../shared/protocol';
import { extract, type Classifier, type NodeLike } from './extract';
import { nameFromAttribution } from '../engine/text/sender-name';

export { nameFromAttribution };

/**
 * Plain text of a message element, without what `classify` marks: quoted earlier messages and signatures are cut out,
 * 'skip' elements are not read (the same classifiers that read the compose box).
 */
export function messageText(root: NodeLike, classify: Classifier = () => null): string {
  const x = extract(root, classify);
  let out = '';
  let at = 0;
  for (const [start, end] of x.hints) {
    out += x.text.slice(at, start) + '\n';
    at = end;
  }
  return tidy(out + x.text.slice(at));
}

/**
 * Lines trimmed at their ends, runs of blank lines made one, and only the start of a very long message (cut at a line
 * break where there is one): what the checks need, within what one message to the worker may carry.
 */
export function tidy(text: string): string {
  let t = text
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (t.length > MAX_CUSTOMER_TEXT) {
    const cut = t.lastIndexOf('\n', MAX_CUSTOMER_TEXT);
    t = t.slice(0, cut > MAX_CUSTOMER_TEXT / 2 ? cut : MAX_CUSTOMER_TEXT).trimEnd();
    // Never end between the halves of a surrogate pair.
    if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
  }
  return t;
}

/** The message as the worker takes it, or null when there is no text. A name that is an address is no name. */
export function customerMessage(text: string, name?: string | null): CustomerContext | null {
  const t = tidy(text);
  if (!t) return null;
  const n = name?.replace(/\s+/g, ' ').trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, '');
  return n && n.length <= MAX_CUSTOMER_NAME && !n.includes('@') ? { text: t, name: n } : { text: t };
}

/**
 * The quoted block of a plain-text reply: the first run of lines starting with ">" (one level of quoting taken off,
 * deeper levels left out as older messages), and the name in the attribution line above it ("… wrote:").
 */
export function quotedPlainText(text: string): CustomerContext | null {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*>/.test(l));
  if (start < 0) return null;
  const body: string[] = [];
  for (let i = start; i < lines.length && /^\s*>/.test(lines[i]!); i++) {
    const line = lines[i]!.replace(/^\s*> ?/, '');
    if (!/^\s*>/.test(line)) body.push(line);
  }
  let attribution = '';
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    if (lines[i]!.trim()) {
      attribution = lines[i]!;
      break;
    }
  }
  return customerMessage(body.join('\n'), /:\s*$/.test(attribution) ? nameFromAttribution(attribution) : undefined);
}

/** Whether a message differs from another for the checks (text or name). */
export function sameCustomer(a: CustomerContext | null | undefined, b: CustomerContext | null | undefined): boolean {
  if (!a || !b) return (a ?? null) === (b ?? null);
  return a.text === b.text && a.name === b.name;
}
