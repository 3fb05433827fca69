// Outlook on the web: the body is a contenteditable `div[role=textbox]` inside `#editorParent_N` (its class names are
// hashed and change between builds; its aria-label is localized). Some builds put the editor in a same-origin
// iframe: the content script runs in that frame too (all_frames, match_about_blank) and finds the body there. In a
// reply, the quoted thread follows `#appendonsend` / `#divRplyFwdMsg` as sibling blocks up to the end of the body.
//
// The customer's message: each expanded message of the reading pane has its body in `[id^="UniqueMessageBody"]` and
// its sender in `[id^="MSG_"][id$="_FROM"]` (ids, not the localized aria-labels, as public extensions read them);
// received bodies carry the sender's own quoted history under `x_`-prefixed ids (`#x_divRplyFwdMsg`). Attachments in
// the compose window are `[data-testid="AttachmentCard"]` cards (seen in public extension code only: no saved Outlook
// page could be checked).
import type { CustomerContext } from '../../shared/protocol';
import { customerMessage, messageText, nameFromAttribution } from '../customer';
import type { Classifier, NodeLike } from '../extract';
import { ctrlOrCmdEnter, type ComposeBox, type SiteAdapter } from './adapter';

export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

const BODY = [
  '[id^="editorParent"] [contenteditable="true"][role="textbox"]',
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
].join(', ');
// The primary half of the Send split button; `name` and ids are not localized, unlike the "Send" label.
const SEND = 'button[id$="__primaryActionButton"], button[name="Send"]';

const MESSAGE_BODY = '[id^="UniqueMessageBody"]';
const MESSAGE_FROM = '[id^="MSG_"][id$="_FROM"]';
const ATTACHMENT_CARD = '[data-testid="AttachmentCard"]';

const idOf = (el: NodeLike) => (el as unknown as Element).id ?? '';

const classify: Classifier = (el) => {
  const id = idOf(el);
  if (/(?:^|_)(?:appendonsend|divRplyFwdMsg)$/.test(id)) return 'quote-rest';
  if (/(?:^|_)(?:Signature|ms-outlook-mobile-signature)$/.test(id)) return 'signature';
  if (el.nodeName === 'BLOCKQUOTE') return 'quote';
  if ((el as unknown as Element).getAttribute?.('contenteditable') === 'false') return 'skip';
  return null;
};

/** The document that holds the toolbar: this one, or the page around the editor's iframe (same origin only). */
function toolbarDocument(doc: Document): Document {
  try {
    const frame = doc.defaultView?.frameElement;
    if (frame) return frame.ownerDocument;
  } catch {
    // A cross-origin parent: no toolbar to reach.
  }
  return doc;
}

/** The editor, or in the iframe builds the frame that holds it (same origin only). */
function anchorOf(editor: HTMLElement): Element {
  try {
    return editor.ownerDocument.defaultView?.frameElement ?? editor;
  } catch {
    return editor;
  }
}

/** The compose window: the nearest element around the editor that holds a Send button. */
function composeOf(editor: HTMLElement): Element | null {
  for (let el = anchorOf(editor).parentElement; el; el = el.parentElement) {
    if (el.querySelector(SEND)) return el;
  }
  return null;
}

function sendButtonFor(editor: HTMLElement): Element | null {
  return composeOf(editor)?.querySelector(SEND) ?? toolbarDocument(editor.ownerDocument).querySelector(SEND);
}

/** The last expanded message of the reading pane above the reply (the one it answers). */
function readingPaneMessage(editor: HTMLElement): CustomerContext | null {
  const compose = composeOf(editor) ?? anchorOf(editor);
  const doc = compose.ownerDocument;
  let body: Element | null = null;
  let below: Element | null = null;
  for (const el of doc.querySelectorAll(MESSAGE_BODY)) {
    if (compose.contains(el) || el.contains(compose)) continue;
    if (el.compareDocumentPosition(compose) & Node.DOCUMENT_POSITION_FOLLOWING) body = el;
    else below ??= el;
  }
  // With "newest message on top" the reply sits above the conversation: then it answers the first message below.
  body ??= below;
  if (!body) return null;
  // Its sender: the last "From" before the body.
  let from: Element | null = null;
  for (const el of doc.querySelectorAll(MESSAGE_FROM)) {
    if (el.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) from = el;
  }
  const name = from ? (nameFromAttribution(from.textContent ?? '') ?? null) : null;
  return customerMessage(messageText(body, classify), name);
}

/** The quoted "From: … Sent: …" block in the draft: its first header line names the sender, the message follows. */
function quotedInDraft(editor: HTMLElement): CustomerContext | null {
  const header = [...editor.querySelectorAll('[id]')].find((el) => /(?:^|_)divRplyFwdMsg$/.test(el.id));
  if (!header) {
    const quote = editor.querySelector('blockquote');
    return quote ? customerMessage(messageText(quote, classify)) : null;
  }
  const firstLine = messageText(header).split('\n')[0] ?? '';
  let text = '';
  for (let el = header.nextElementSibling; el; el = el.nextElementSibling) {
    // The sender's own quoted history further down is an earlier message.
    if (el.id && classify(el) === 'quote-rest') break;
    text += messageText(el, classify) + '\n';
  }
  return customerMessage(text, nameFromAttribution(firstLine) ?? null);
}

function box(editor: HTMLElement): ComposeBox {
  return {
    editor,
    classify,
    sendButton: () => sendButtonFor(editor),
    isSendShortcut: ctrlOrCmdEnter,
    customer: () => readingPaneMessage(editor) ?? quotedInDraft(editor),
    attachments: () => {
      const compose = composeOf(editor);
      return compose ? compose.querySelectorAll(ATTACHMENT_CARD).length : undefined;
    },
  };
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  matches: (location) => OUTLOOK_HOSTS.includes(location.hostname),
  find(doc) {
    const editors = [...doc.querySelectorAll<HTMLElement>(BODY)];
    // In the iframe builds the frame's own body may be the editor.
    if (doc.defaultView !== doc.defaultView?.top && doc.body?.isContentEditable && !doc.body.parentElement?.isContentEditable) {
      if (editors.length === 0) editors.push(doc.body);
    }
    return editors.map(box);
  },
};
