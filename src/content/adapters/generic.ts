// Any other page the rep turned ReplyCheck on for (a helpdesk's reply form): the textarea or contenteditable region
// the rep focuses. Only multi-line fields: a search box or a one-line input is not a reply.
import type { CustomerContext } from '../../shared/protocol';
import { customerMessage, messageText, nameFromAttribution, quotedPlainText } from '../customer';
import type { Classifier } from '../extract';
import { ctrlOrCmdEnter, type ComposeBox, type SiteAdapter } from './adapter';

const classify: Classifier = (el) => (el.nodeName === 'BLOCKQUOTE' ? 'quote' : null);

/**
 * The quoted block of the reply, if there is one: ">" lines in a textarea, the first blockquote in a rich editor
 * (named by an attribution line ending in ":" right before it, as mail clients write "… wrote:").
 */
function quotedBlock(field: HTMLElement): CustomerContext | null {
  if (field instanceof HTMLTextAreaElement) return quotedPlainText(field.value);
  const quote = field.querySelector('blockquote');
  if (!quote) return null;
  const before = quote.previousElementSibling?.textContent?.trim() ?? '';
  const name = before.endsWith(':') ? nameFromAttribution(before.split('\n').pop()!) : undefined;
  return customerMessage(messageText(quote, classify), name ?? null);
}

function isReplyField(el: Element | null): el is HTMLElement {
  if (!el || el.closest('[data-replycheck-ui]')) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled && el.offsetHeight >= 32;
  return el instanceof HTMLElement && el.isContentEditable && !el.parentElement?.isContentEditable && el.offsetHeight >= 32;
}

/** The nearest editable root: focus may sit on a node inside a contenteditable region. */
function editableRoot(el: Element | null): Element | null {
  let at = el;
  while (at instanceof HTMLElement && at.parentElement?.isContentEditable) at = at.parentElement;
  return at;
}

function sendButtonFor(editor: HTMLElement): Element | null {
  const form = editor.closest('form');
  return form?.querySelector('button[type=submit], input[type=submit], button:not([type])') ?? null;
}

export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  find(doc) {
    const active = editableRoot(doc.activeElement);
    if (!isReplyField(active)) return [];
    const box: ComposeBox = {
      editor: active,
      classify,
      sendButton: () => sendButtonFor(active),
      isSendShortcut: ctrlOrCmdEnter,
      // A helpdesk shows the ticket its own way: only the quoted block is a message ReplyCheck can recognise, and
      // there is no attachment area it knows (so the attachment check stays quiet).
      customer: () => quotedBlock(active),
    };
    return [box];
  },
};
