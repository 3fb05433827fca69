// Any other page the rep turned ReplyCheck on for (a helpdesk's reply form): the textarea or contenteditable region
// the rep focuses. Only multi-line fields: a search box or a one-line input is not a reply.
import { ctrlOrCmdEnter, type ComposeBox, type SiteAdapter } from './adapter';

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
      classify: (el) => (el.nodeName === 'BLOCKQUOTE' ? 'quote' : null),
      sendButton: () => sendButtonFor(active),
      isSendShortcut: ctrlOrCmdEnter,
    };
    return [box];
  },
};
