// Gmail: the compose body is `div[contenteditable=true][role=textbox][g_editable=true]` (InboxSDK's
// getMaybeBodyElement uses `.Ap [g_editable=true]`). Compose windows are `div[role=dialog]` pop-ups or inline
// replies (`div.M9`); several can be open at once. The hidden plain-text `textarea[aria-label="Message Body"]` is a
// trap for selectors that match on the (localized) label.
import type { Classifier, NodeLike } from '../extract';
import { ctrlOrCmdEnter, type SiteAdapter } from './adapter';

const BODY = 'div[contenteditable="true"][g_editable="true"]';
// InboxSDK getSendButton(); the second form is gmail.js's `div.T-I.T-I-atl`, used only inside the compose table.
const SEND = '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])';

function classList(el: NodeLike): DOMTokenList | null {
  return (el as unknown as Element).classList ?? null;
}

const classify: Classifier = (el) => {
  const cls = classList(el);
  if (!cls) return null;
  if (cls.contains('gmail_signature') || (el as unknown as Element).getAttribute?.('data-smartmail') === 'gmail_signature') {
    return 'signature';
  }
  if (cls.contains('gmail_quote') || cls.contains('gmail_extra') || el.nodeName === 'BLOCKQUOTE') return 'quote';
  // Attachment chips and the "trimmed content" button are not text the rep wrote.
  if ((el as unknown as Element).getAttribute?.('contenteditable') === 'false') return 'skip';
  return null;
};

function sendButtonFor(editor: HTMLElement): Element | null {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    const button = el.querySelector(SEND);
    if (button) return button;
    if (el.matches('div[role=dialog], .M9')) break;
  }
  return null;
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (location) => location.hostname === 'mail.google.com',
  find(doc) {
    return [...doc.querySelectorAll<HTMLElement>(BODY)]
      .filter((editor) => editor.getAttribute('role') === 'textbox')
      .map((editor) => ({ editor, classify, sendButton: () => sendButtonFor(editor), isSendShortcut: ctrlOrCmdEnter }));
  },
};
