// Before send: when the rep clicks Send (or presses Ctrl+Enter) with errors or warnings left, a small summary offers
// "Review" or "Send anyway". It never blocks sending for good: after it has been shown once, the next Send goes
// through untouched until the text changes, and "Send anyway" replays the rep's own gesture on the site's control.
// Anything unexpected (no Send button found, no findings known) lets the send pass.
import type { Diagnostic } from '../engine/types';
import type { ComposeBox } from './adapters/adapter';
import { CATEGORIES } from '../engine/types';
import { CATEGORY_NAMES } from './card';
import { countByCategory } from './findings';
import { applyStyles } from './underlines';

const SUMMARY_CSS = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: 320px; background: #fff; color: #202124;
  border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(60,64,67,.28); padding: 12px 14px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
p { margin: 0 0 4px; }
.kinds { color: #5f6368; font-size: 13px; margin-bottom: 10px; }
.row { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; border-radius: 6px; padding: 4px 12px; cursor: pointer; }
.review { background: #1a73e8; color: #fff; border: 1px solid #1a73e8; font-weight: 600; }
.send { background: #fff; color: #3c4043; border: 1px solid #dadce0; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;

/**
 * `instanceof Node` is false for nodes of another frame (another realm): the Send button of an iframe editor lives in
 * the page around it.
 */
function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && typeof (x as Node).nodeType === 'number';
}

type Gesture = { kind: 'click'; button: Element } | { kind: 'key'; init: KeyboardEventInit; target: EventTarget };

export function installSendGuard(
  box: ComposeBox,
  problems: () => Diagnostic[],
  version: () => number,
  signal: AbortSignal,
  actions: { review(): void },
): void {
  const editor = box.editor;
  /** The text version at which the summary was last shown: until the text changes, Send is not stopped again. */
  let shownAt = -1;
  let replaying = false;
  let summary: HTMLElement | null = null;
  /** A pointer gesture on Send that is being held back (its mousedown/mouseup/click are all swallowed). */
  let holding = false;

  function shouldStop(): boolean {
    if (replaying || shownAt === version()) return false;
    return problems().length > 0;
  }

  function closeSummary() {
    summary?.remove();
    summary = null;
  }

  function show(gesture: Gesture) {
    shownAt = version();
    closeSummary();
    const found = problems();
    const doc = gesture.kind === 'click' ? gesture.button.ownerDocument : editor.ownerDocument;
    const host = doc.createElement('replycheck-send-summary');
    host.setAttribute('data-replycheck-ui', 'send-summary');
    const shadow = host.attachShadow({ mode: 'closed' });
    applyStyles(shadow, SUMMARY_CSS);
    const el = doc.createElement('div');
    el.className = 'box';
    el.setAttribute('role', 'alertdialog');
    el.setAttribute('aria-label', 'ReplyCheck');
    const p = doc.createElement('p');
    const n = found.length;
    p.textContent = `${n} ${n === 1 ? 'problem is' : 'problems are'} left in this reply.`;
    const counts = countByCategory(found);
    const kinds = doc.createElement('p');
    kinds.className = 'kinds';
    kinds.textContent = CATEGORIES.filter((c) => counts[c])
      .map((c) => `${CATEGORY_NAMES[c]} ${counts[c]}`)
      .join(' · ');
    const row = doc.createElement('div');
    row.className = 'row';
    const review = doc.createElement('button');
    review.type = 'button';
    review.className = 'review';
    review.textContent = 'Review';
    review.dataset.action = 'review';
    const send = doc.createElement('button');
    send.type = 'button';
    send.className = 'send';
    send.textContent = 'Send anyway';
    send.dataset.action = 'send-anyway';
    row.append(review, send);
    el.append(p, kinds, row);
    shadow.append(el);
    // On the root element, not <body>: a transformed or zoomed body would turn position: fixed into body-relative.
    doc.documentElement.append(host);
    summary = host;

    review.addEventListener('click', () => {
      closeSummary();
      actions.review();
    });
    send.addEventListener('click', () => {
      closeSummary();
      replay(gesture);
    });
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        closeSummary();
        editor.focus();
      }
    });

    const anchor = (gesture.kind === 'click' ? gesture.button : editor).getBoundingClientRect();
    const win = doc.defaultView!;
    const { width, height } = el.getBoundingClientRect();
    const top = anchor.top - height - 8 >= 8 ? anchor.top - height - 8 : Math.min(anchor.bottom + 8, win.innerHeight - height - 8);
    el.style.left = `${Math.max(8, Math.min(anchor.left, win.innerWidth - width - 8))}px`;
    el.style.top = `${Math.max(8, top)}px`;
    review.focus();
  }

  function replay(gesture: Gesture) {
    replaying = true;
    try {
      if (gesture.kind === 'click') {
        const b = gesture.button;
        const view = b.ownerDocument.defaultView;
        // Sites listen on different phases of a click (Gmail's buttons act on mouseup, React on click): replay all.
        for (const type of ['mousedown', 'mouseup', 'click']) {
          b.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view, button: 0 }));
        }
      } else {
        editor.focus();
        gesture.target.dispatchEvent(new KeyboardEvent('keydown', gesture.init));
      }
    } finally {
      replaying = false;
    }
  }

  function sendButtonOf(target: EventTarget | null): Element | null {
    const button = box.sendButton();
    return button && isNode(target) && button.contains(target) ? button : null;
  }

  function swallow(e: Event) {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function onPointer(e: MouseEvent) {
    if (e.type === 'mousedown' || e.type === 'pointerdown') {
      if (e.type === 'mousedown') holding = false;
      const button = sendButtonOf(e.target);
      if (!button || e.button !== 0 || !shouldStop()) return;
      holding = true;
      swallow(e);
      return;
    }
    if (!holding) return;
    swallow(e);
    if (e.type === 'click') {
      holding = false;
      const button = sendButtonOf(e.target) ?? box.sendButton();
      if (button) show({ kind: 'click', button });
    }
  }

  function onKey(e: KeyboardEvent) {
    if (replaying) return;
    const inEditor = isNode(e.target) && editor.contains(e.target);
    const onButton = sendButtonOf(e.target) !== null && (e.key === 'Enter' || e.key === ' ');
    if (!(inEditor && box.isSendShortcut(e)) && !onButton) return;
    if (!shouldStop()) return;
    swallow(e);
    const init: KeyboardEventInit = {
      key: e.key,
      code: e.code,
      keyCode: e.keyCode,
      which: e.which,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit;
    show(onButton ? { kind: 'click', button: sendButtonOf(e.target)! } : { kind: 'key', init, target: e.target! });
  }

  // Window capture listeners run before the site's own handlers on the button or in the editor.
  const windows = new Set([editor.ownerDocument.defaultView!]);
  const toolbarWin = box.sendButton()?.ownerDocument.defaultView;
  if (toolbarWin) windows.add(toolbarWin);
  for (const w of windows) {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const) {
      w.addEventListener(type, onPointer as EventListener, { capture: true, signal });
    }
    w.addEventListener('keydown', onKey, { capture: true, signal });
  }
  // A click anywhere else, or going back to typing, puts the summary away (the next Send then goes through).
  for (const w of windows) {
    w.addEventListener(
      'mousedown',
      (e) => {
        if (summary && !e.composedPath().includes(summary)) closeSummary();
      },
      { capture: true, signal },
    );
  }
  editor.addEventListener('input', closeSummary, { signal });
  signal.addEventListener('abort', closeSummary, { once: true });
}
