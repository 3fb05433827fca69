// The suggestion card: a shadow-DOM box next to an underline. Every piece of page text (the flagged words, the
// suggestions) is set with textContent, never as HTML. Buttons keep the editor's focus when clicked with the mouse
// (mousedown is cancelled), so applying a fix edits where the rep was; from the keyboard (Alt+Enter on an
// underline) the card takes focus, Tab moves through it, Escape closes it and gives focus back.
import type { Category, Diagnostic } from '../engine/types';
import { applyStyles, COLORS } from './underlines';

export interface CardActions {
  apply(index: number): void;
  ignore(): void;
  addWord?: () => void;
  /** Left out when the team profile sets this rule for the rep: the card says so instead (`teamNote`). */
  disableRule?: () => void;
  /** Why the rep cannot turn this rule off, shown in place of "Turn off this rule". */
  teamNote?: string;
  close(): void;
}

export const CATEGORY_NAMES: Record<Category, string> = {
  spelling: 'Spelling',
  grammar: 'Grammar',
  style: 'Style',
  tone: 'Tone',
  politeness: 'Politeness',
  structure: 'Structure',
  privacy: 'Privacy',
};

export const MAX_SUGGESTIONS = 4;

const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; width: max-content; min-width: 220px; max-width: 340px;
  background: #fff; color: #202124; border: 1px solid #dadce0; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(60, 64, 67, 0.28); padding: 12px 14px 10px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.head { display: flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600; color: #5f6368;
  text-transform: uppercase; letter-spacing: 0.04em; margin-bottom: 4px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--c); }
.msg { margin: 0 0 8px; }
.fixes { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 8px; }
.was { color: #5f6368; text-decoration: line-through; text-decoration-color: var(--c); max-width: 14em;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.arrow { color: #5f6368; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
.fix { background: #e8f0fe; color: #1967d2; border: 1px solid #d2e3fc; padding: 3px 10px; font-weight: 600; }
.fix:hover, .fix:focus-visible { background: #d2e3fc; }
.actions { display: flex; flex-wrap: wrap; gap: 2px 10px; border-top: 1px solid #f1f3f4; padding-top: 6px; }
.act { background: none; border: none; color: #5f6368; padding: 2px 0; font-size: 13px; }
.act:hover, .act:focus-visible { color: #202124; text-decoration: underline; }
.team { color: #5f6368; padding: 2px 0; font-size: 13px; }
.note { color: #5f6368; font-size: 13px; font-style: italic; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
`;

export interface CardHandle {
  host: HTMLElement;
  close(): void;
  focusFirst(): void;
  /**
   * The finding again, its suggestions worked out since the card opened (it came with `suggestionsPending`): shows
   * them, or "No suggestions". `apply(i)` then means its i-th suggestion.
   */
  showSuggestions(d: Diagnostic): void;
}

export function openCard(doc: Document, anchor: DOMRect, d: Diagnostic, actions: CardActions): CardHandle {
  const host = doc.createElement('replycheck-card');
  host.setAttribute('data-replycheck-ui', 'card');
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow, CARD_CSS);

  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `ReplyCheck: ${CATEGORY_NAMES[d.category]}`);
  card.style.setProperty('--c', COLORS[d.category]);

  const head = doc.createElement('div');
  head.className = 'head';
  const dot = doc.createElement('span');
  dot.className = 'dot';
  const title = doc.createElement('span');
  title.textContent = CATEGORY_NAMES[d.category];
  head.append(dot, title);

  const msg = doc.createElement('p');
  msg.className = 'msg';
  msg.textContent = d.message;
  card.append(head, msg);

  const button = (cls: string, label: string, action: () => void, name?: string) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = label;
    if (name) b.dataset.action = name;
    // Keep focus (and the selection) in the editor when the card is used with the mouse.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      action();
    });
    return b;
  };

  // The fixes, or while a finding's suggestions are still being worked out ('suggest'), a note saying so; the row is
  // filled again when they arrive (`showSuggestions`).
  /** Whether this card was waiting for suggestions: then "No suggestions" is said rather than nothing. */
  const asked = d.suggestionsPending === true;
  const fixesRow = doc.createElement('div');
  fixesRow.className = 'fixes';
  fixesRow.setAttribute('aria-live', 'polite');
  const fillFixes = (f: Diagnostic) => {
    fixesRow.replaceChildren();
    const fixes = f.suggestions.slice(0, MAX_SUGGESTIONS);
    if (fixes.length === 0) {
      if (!f.suggestionsPending && !asked) return false;
      const note = doc.createElement('span');
      note.className = 'note';
      note.dataset.state = f.suggestionsPending ? 'pending' : 'none';
      note.textContent = f.suggestionsPending ? 'Looking for suggestions…' : 'No suggestions';
      fixesRow.append(note);
      return true;
    }
    // What the fix replaces, struck through, so a one-word suggestion ("the") reads as the change it makes.
    if (f.actual) {
      const was = doc.createElement('span');
      was.className = 'was';
      was.textContent = f.actual;
      const arrow = doc.createElement('span');
      arrow.className = 'arrow';
      arrow.textContent = '→';
      arrow.setAttribute('aria-hidden', 'true');
      fixesRow.append(was, arrow);
    }
    fixes.forEach((s, i) => {
      const label = s.edit.text === '' ? `Remove "${f.actual ?? ''}"` : s.label;
      fixesRow.append(button('fix', label, () => actions.apply(i), 'apply'));
    });
    return true;
  };
  if (fillFixes(d)) card.append(fixesRow);

  const row = doc.createElement('div');
  row.className = 'actions';
  row.append(button('act', 'Ignore', actions.ignore, 'ignore'));
  if (actions.addWord) row.append(button('act', 'Add to dictionary', actions.addWord, 'add-word'));
  if (actions.disableRule) row.append(button('act', 'Turn off this rule', actions.disableRule, 'disable-rule'));
  else if (actions.teamNote) {
    const note = doc.createElement('span');
    note.className = 'team';
    note.dataset.note = 'team';
    note.textContent = actions.teamNote;
    row.append(note);
  }
  card.append(row);

  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.close();
    }
  });

  shadow.append(card);
  // On the root element, not <body>: a transformed or zoomed body would turn position: fixed into body-relative.
  doc.documentElement.append(host);

  // Below the underline, or above it when there is no room; kept inside the viewport.
  const win = doc.defaultView!;
  const { width, height } = card.getBoundingClientRect();
  let left = Math.min(Math.max(8, anchor.left), win.innerWidth - width - 8);
  let top = anchor.bottom + 6;
  if (top + height > win.innerHeight - 8) top = Math.max(8, anchor.top - height - 6);
  left = Math.max(8, left);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;

  return {
    host,
    close: () => host.remove(),
    focusFirst: () => card.querySelector('button')?.focus(),
    showSuggestions(f) {
      const hadFocus = shadow.activeElement !== null;
      if (fillFixes(f) && !fixesRow.isConnected) msg.after(fixesRow);
      // Opened from the keyboard: focus moves to the first fix once there is one.
      if (hadFocus && f.suggestions.length > 0) fixesRow.querySelector('button')?.focus();
    },
  };
}
