// Gmail: the compose body is `div[contenteditable=true][role=textbox][g_editable=true]` (InboxSDK's
// getMaybeBodyElement uses `.Ap [g_editable=true]`). Compose windows are `div[role=dialog]` pop-ups or inline
// replies (`div.M9`); several can be open at once. The hidden plain-text `textarea[aria-label="Message Body"]` is a
// trap for selectors that match on the (localized) label.
//
// The customer's message: in an open thread each expanded message is `div.adn.ads` (a collapsed one is `div.adf.ads`
// with no body; gmail.js's "view_email" observer and InboxSDK's message view read the same), its sender
// `span.gD[email][name]` (in `td.gF`), its body `div.a3s`. Attachment chips in a compose window are `div.dL` (gmail.js
// compose `attachments`: name in `div.vI`, size in `div.vJ`).
import type { CustomerContext } from '../../shared/protocol';
import { customerMessage, messageText, nameFromAttribution } from '../customer';
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

const COMPOSE_WINDOW = 'div[role=dialog], .M9';
const THREAD_MESSAGE = 'div.adn.ads';
const ATTACHMENT_CHIP = 'div.dL';
/** Gmail's forward header, "---------- Forwarded message ---------" in every language: dashes around words. */
const FORWARD_HEADER = /^-{5,}[^-\n]+-{5,}/;

function sendButtonFor(editor: HTMLElement): Element | null {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    const button = el.querySelector(SEND);
    if (button) return button;
    if (el.matches('div[role=dialog], .M9')) break;
  }
  return null;
}

/** The body of an expanded thread message: its own text, without the earlier messages it quotes or a signature. */
const threadClassify: Classifier = (el) => {
  const cls = classList(el);
  // The "…" button that shows trimmed content is not text.
  if (cls?.contains('adm')) return 'skip';
  return classify(el);
};

/** The last expanded message of the open thread above an inline reply. */
function lastThreadMessage(compose: Element): CustomerContext | null {
  const scope = compose.closest('[role=main]') ?? compose.ownerDocument;
  let last: Element | null = null;
  for (const message of scope.querySelectorAll(THREAD_MESSAGE)) {
    if (compose.contains(message) || message.contains(compose)) continue;
    // Only messages above the reply: the one it answers is the last of those.
    if (!(message.compareDocumentPosition(compose) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (message.querySelector('div.a3s')) last = message;
  }
  if (!last) return null;
  const sender = last.querySelector('span.gD[email]');
  const name = sender?.getAttribute('name') || sender?.textContent || null;
  return customerMessage(messageText(last.querySelector('div.a3s')!, threadClassify), name);
}

/** The quoted block inside the draft: a reply's quote (attribution + blockquote) or a forwarded message. */
function quotedInDraft(editor: HTMLElement): CustomerContext | null {
  const quote = editor.querySelector('.gmail_quote, blockquote');
  if (!quote) return null;
  const attr = quote.querySelector('.gmail_attr');
  const forward = attr !== null && FORWARD_HEADER.test(attr.textContent?.trim() ?? '');
  const body = forward ? quote : (quote.nodeName === 'BLOCKQUOTE' ? quote : quote.querySelector('blockquote')) ?? quote;
  const leaveAttr: Classifier = (el) => (classList(el)?.contains('gmail_attr') ? 'skip' : classify(el));
  const name = quote.querySelector('.gmail_sendername')?.textContent || nameFromAttribution(attr?.textContent ?? '') || null;
  return customerMessage(messageText(body, leaveAttr), name);
}

function isForward(editor: HTMLElement): boolean {
  const attr = editor.querySelector('.gmail_quote .gmail_attr');
  return attr !== null && FORWARD_HEADER.test(attr.textContent?.trim() ?? '');
}

/**
 * An inline reply answers the last expanded message above it (or, failing that, the quote the rep expanded into the
 * draft); a pop-out or a forward carries the message as the quoted block inside the draft.
 */
function customerFor(editor: HTMLElement): CustomerContext | null {
  const compose = editor.closest(COMPOSE_WINDOW);
  if (compose && !editor.closest('div[role=dialog]') && !isForward(editor)) {
    const message = lastThreadMessage(compose);
    if (message) return message;
  }
  return quotedInDraft(editor);
}

function attachmentsFor(editor: HTMLElement): number | undefined {
  const compose = editor.closest(COMPOSE_WINDOW);
  return compose ? compose.querySelectorAll(ATTACHMENT_CHIP).length : undefined;
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (location) => location.hostname === 'mail.google.com',
  find(doc) {
    return [...doc.querySelectorAll<HTMLElement>(BODY)]
      .filter((editor) => editor.getAttribute('role') === 'textbox')
      .map((editor) => ({
        editor,
        classify,
        sendButton: () => sendButtonFor(editor),
        isSendShortcut: ctrlOrCmdEnter,
        customer: () => customerFor(editor),
        attachments: () => attachmentsFor(editor),
      }));
  },
};
