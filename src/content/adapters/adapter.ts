import type { CustomerContext } from '../../shared/protocol';
import type { Classifier } from '../extract';

/** One compose box found on a page: the editor element and what the site knows about it. */
export interface ComposeBox {
  /** The element the rep types in: a contenteditable element or a textarea. */
  editor: HTMLElement;
  /** Marks quoted replies, the signature and non-text widgets inside the editor. */
  classify: Classifier;
  /** The Send control of this compose window, if the site has one the extension can recognise. */
  sendButton(): Element | null;
  /** Whether a key press in the editor sends the message (Ctrl+Enter or Cmd+Enter in Gmail and Outlook). */
  isSendShortcut(event: KeyboardEvent): boolean;
  /**
   * The customer's message this reply answers, read from the page (never changed), or null when the page shows
   * none. Called after DOM changes, so it must be cheap.
   */
  customer?(): CustomerContext | null;
  /** Attachment chips in this compose window; undefined when the site shows no attachment area ReplyCheck knows. */
  attachments?(): number | undefined;
}

/**
 * One site's knowledge of where compose boxes are. Adapters never rely on aria-labels: they are localized (Slovenian,
 * Latvian, Croatian and Finnish Gmail label the body differently), so they match structure and stable attributes.
 * The content script calls `find` after DOM changes and focus moves, attaches a session to each new box and tears
 * it down (one AbortController, as in refined-github's feature manager) when its editor leaves the DOM.
 */
export interface SiteAdapter {
  id: string;
  matches(location: Location): boolean;
  /** The compose boxes in `doc` now. Cheap: it runs after every batch of DOM changes. */
  find(doc: Document): ComposeBox[];
}

export const ctrlOrCmdEnter = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey;
