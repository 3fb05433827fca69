// Outlook on the web: the body is a contenteditable `div[role=textbox]` inside `#editorParent_N` (its class names are
// hashed and change between builds; its aria-label is localized). Some builds put the editor in a same-origin
// iframe: the content script runs in that frame too (all_frames, match_about_blank) and finds the body there. In a
// reply, the quoted thread follows `#appendonsend` / `#divRplyFwdMsg` as sibling blocks up to the end of the body.
import type { Classifier, NodeLike } from '../extract';
import { ctrlOrCmdEnter, type ComposeBox, type SiteAdapter } from './adapter';

export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

const BODY = [
  '[id^="editorParent"] [contenteditable="true"][role="textbox"]',
  'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
].join(', ');
// The primary half of the Send split button; `name` and ids are not localized, unlike the "Send" label.
const SEND = 'button[id$="__primaryActionButton"], button[name="Send"]';

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

function sendButtonFor(editor: HTMLElement): Element | null {
  const doc = editor.ownerDocument;
  const anchor: Element | null = doc.defaultView?.frameElement ?? editor;
  for (let el = anchor?.parentElement ?? null; el; el = el.parentElement) {
    const button = el.querySelector(SEND);
    if (button) return button;
  }
  return toolbarDocument(doc).querySelector(SEND);
}

function box(editor: HTMLElement): ComposeBox {
  return { editor, classify, sendButton: () => sendButtonFor(editor), isSendShortcut: ctrlOrCmdEnter };
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
