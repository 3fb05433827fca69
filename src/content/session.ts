// One compose box's life: read its text on every edit, keep findings aligned with it, ask the worker to check after
// a pause in typing (sending only what changed), draw underlines, open the card, apply fixes, guard Send.
// Everything is torn down by aborting `signal` (the box left the page, the site was turned off).
import type { Diagnostic, Language, Range } from '../engine/types';
import { applyEdit } from '../engine/edit';
import { score } from '../engine/score';
import type {
  CheckRequest,
  CheckResponse,
  CustomerContext,
  DeepCheckRequest,
  DeepCheckResponse,
  ErrorResponse,
  SuggestRequest,
  SuggestResponse,
} from '../shared/protocol';
import type { RuleLocks } from '../engine/profile/index';
import type { Settings } from '../shared/settings';
import type { ComposeBox } from './adapters/adapter';
import { openCard, type CardHandle } from './card';
import { createEditorModel, type EditorModel } from './editor-model';
import { diffText } from './extract';
import { checkRequest } from './check-request';
import { sameCustomer } from './customer';
import {
  blockingFindings,
  caretAfterEdit,
  countByCategory,
  findingAt,
  shiftFindings,
  shiftRange,
  typingWordAt,
  visibleFindings,
  type Change,
} from './findings';
import { installSendGuard } from './send-guard';
import { createHighlightRenderer, createOverlayRenderer, highlightsSupported, type Renderer } from './underlines';

/** What a session needs from the rest of the content script (the worker channel, settings). */
export interface SessionEnv {
  check(req: CheckRequest): Promise<CheckResponse | ErrorResponse>;
  /** Harper's deep grammar for a version the worker answered with `deep: 'pending'`. */
  deepCheck?(req: DeepCheckRequest): Promise<DeepCheckResponse | ErrorResponse>;
  /** The suggestions of a spelling finding that came with `suggestionsPending`, asked for when its card opens. */
  suggest?(req: SuggestRequest): Promise<SuggestResponse | ErrorResponse>;
  /** Null when the word was saved; otherwise why not (the browser's storage is full). */
  addWord(word: string): Promise<string | null>;
  /** False when the worker refused (the team profile locked the rule meanwhile). */
  disableRule(ruleId: string): Promise<boolean>;
  /** The box is gone: the worker may drop its copy of the text. */
  forget(doc: string): void;
  /** The rep is typing: wake the worker (and its dictionary) before the check is due. */
  warm(): void;
  settings(): Settings;
  /** Called whenever this box's findings change (the popup's summary). */
  changed(session: Session): void;
}

export interface Session {
  readonly doc: string;
  readonly editor: HTMLElement;
  /** Current findings (shifted to the current text), without ignored ones. */
  findings(): Diagnostic[];
  summary(): { counts: ReturnType<typeof countByCategory>; score: number; total: number; declined?: string; note?: string };
  /** Re-checks now (settings changed). */
  recheck(): void;
  /** The page changed around the box: re-reads the customer's message and attachments, re-checks if they changed. */
  refreshContext(): void;
}

/** Pause in typing before a check is sent. */
export const DEBOUNCE_MS = 350;
/**
 * Delay before the check once the rep is not inside a word (a space or punctuation just ended one, or text was
 * deleted): a finished word is underlined at once rather than after the pause (a warm check costs a few
 * milliseconds; `npm run bench` measures keystroke to underline).
 */
export const WORD_END_MS = 0;
// Then the next edit tries again: a worker that cannot answer for 15 s has a problem a retry will not fix.
const RETRY_MS = [200, 500, 1000, 2000, 4000, 8000];

let nextDoc = 1;

export function startSession(box: ComposeBox, env: SessionEnv, signal: AbortSignal): Session {
  const editor = box.editor;
  const doc = editor.ownerDocument;
  const win = doc.defaultView!;
  const id = `d${nextDoc++}-${Math.random().toString(36).slice(2, 8)}`;
  const model: EditorModel = createEditorModel(editor, box.classify);

  let { text, hints } = model.read();
  let version = 0;
  let findings: Diagnostic[] = [];
  /** Ignored findings, tracked through edits like findings are, so "ignore once" survives re-checks. */
  let ignored: { ruleId: string; range: Range }[] = [];
  /** The text the worker holds for this box (the base for deltas); null until it has one. */
  let acked: { version: number; text: string } | null = null;
  let inflight = false;
  let timer = 0;
  let typingAt: number | null = null;
  /** The worker's reason for not checking this draft (too long), shown by the popup. */
  let declined: string | null = null;
  /** Set when the draft is longer than the engine checks: only its start was checked. */
  let truncated = false;
  /** Where the rep's caret was before a click moved it (into an underline, onto the card). */
  let caretBefore: number | null = null;
  let card: { handle: CardHandle; finding: Diagnostic; restoreFocus: boolean } | null = null;
  /** Why the last "Add to dictionary" was not saved, for the popup; cleared when a word is saved. */
  let notSaved: string | null = null;
  /**
   * What the rep just removed from the underlines (a rule turned off, a word added to the dictionary): an answer to a
   * check sent before the worker knew of it (a fast check in flight, Harper's merged findings arriving late) must not
   * bring those underlines back. Each entry lasts until an answer to a check sent after the worker confirmed it.
   */
  const removals: { drop: (f: Diagnostic) => boolean; knownFrom: number }[] = [];
  /** Checks sent so far: the number of a check orders it against a removal's confirmation. */
  let sentChecks = 0;
  /** The number of the fast check whose findings are drawn: a deep answer for an older one is stale. */
  let drawnCheck = 0;
  /** The language the worker last checked this draft in: the dictionary a card asks for suggestions. */
  let checkedLanguage: Language | null = null;
  /** The rules the team profile sets for the rep, as the worker's last answer said. */
  let locks: RuleLocks = { all: false, rules: [] };
  let renderer = makeRenderer();
  /** What the page shows around the box (the customer's message, attachment chips), as last read. */
  let context = readContext();
  /** The customer message the worker was last sent for this box; undefined when it may hold none. */
  let sentCustomer: CustomerContext | null | undefined;

  function readContext(): { customer: CustomerContext | null; attachments?: number } {
    // Reading the page must never cost the rep the checks: a page the adapter misreads gives no context.
    let customer: CustomerContext | null = null;
    let attachments: number | undefined;
    try {
      customer = box.customer?.() ?? null;
    } catch {
      customer = null;
    }
    try {
      attachments = box.attachments?.();
    } catch {
      attachments = undefined;
    }
    return attachments === undefined ? { customer } : { customer, attachments };
  }

  function makeRenderer(): Renderer {
    return !model.plain && env.settings().underlines === 'auto' && highlightsSupported(win)
      ? createHighlightRenderer(win, model.domRange)
      : createOverlayRenderer(editor, model.rects);
  }

  function live(): Diagnostic[] {
    return findings.filter((d) => !ignored.some((i) => i.ruleId === d.ruleId && i.range[0] === d.range[0] && i.range[1] === d.range[1]));
  }

  function draw() {
    const marks = visibleFindings(live(), typingAt).map((d) => ({
      start: d.range[0],
      end: d.range[1],
      category: d.category,
      severity: d.severity,
    }));
    try {
      renderer.draw(marks);
    } catch (err) {
      // A highlight registry the content script cannot reach (an engine's wrapper quirk) must not cost the rep the
      // underlines: fall back to the overlay for this box.
      if (renderer.kind !== 'highlight') throw err;
      renderer.destroy();
      renderer = createOverlayRenderer(editor, model.rects);
      renderer.draw(marks);
    }
    env.changed(session);
  }

  function closeCard(focusEditor = false) {
    if (!card) return;
    const { handle, restoreFocus } = card;
    card = null;
    handle.close();
    if (focusEditor || restoreFocus) editor.focus({ preventScroll: true });
  }

  // ---- reading edits -------------------------------------------------------------------------------------------

  function onInput(event: Event) {
    const before = text;
    ({ text, hints } = model.read());
    const change: Change | null = diffText(before, text);
    if (!change) return;
    version++;
    findings = shiftFindings(findings, change);
    ignored = ignored.flatMap((i) => {
      const r = shiftRange(i.range, change);
      return r ? [{ ruleId: i.ruleId, range: r }] : [];
    });
    const inputType = event instanceof InputEvent ? event.inputType : null;
    typingAt = typingWordAt(change, model.caret(), inputType);
    if (card && !findings.includes(card.finding)) closeCard();
    draw();
    schedule(typingAt === null ? WORD_END_MS : DEBOUNCE_MS);
    env.warm();
  }

  function onSelectionChange() {
    // The word being typed is finished once the caret leaves its end.
    if (typingAt !== null && model.caret() !== typingAt) {
      typingAt = null;
      draw();
    }
  }

  // ---- checking -------------------------------------------------------------------------------------------------

  function schedule(delay = DEBOUNCE_MS) {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => void runCheck(), delay);
  }

  async function runCheck(attempt = 0): Promise<void> {
    if (signal.aborted) return;
    if (inflight) return schedule();
    inflight = true;
    const sent = { version, text, hints, seq: ++sentChecks };
    context = readContext();
    let response: CheckResponse | ErrorResponse;
    try {
      let req = checkRequest(id, acked, sent, sent.hints, { ...context, sentCustomer });
      response = await env.check(req);
      if (response.kind === 'resync') {
        acked = null;
        // The box left the page meanwhile: sending its whole text again would give the worker a draft to keep that
        // nobody will ever tell it to forget.
        if (signal.aborted) return;
        req = checkRequest(id, null, sent, sent.hints, { ...context, sentCustomer });
        response = await env.check(req);
      }
      if (response.kind !== 'error' && req.customer !== undefined) sentCustomer = req.customer;
    } catch (err) {
      response = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    } finally {
      inflight = false;
    }
    if (signal.aborted) return;
    if (response.kind === 'error') {
      // The worker may be starting up again after the browser stopped it: retry quietly, a few times.
      acked = null;
      sentCustomer = undefined;
      if (attempt < RETRY_MS.length) win.setTimeout(() => void runCheck(attempt + 1), RETRY_MS[attempt]);
      return;
    }
    if (response.kind === 'resync') return;
    acked = { version: sent.version, text: sent.text };
    if (response.kind === 'declined') {
      declined = response.reason;
      findings = [];
      draw();
      return;
    }
    declined = null;
    truncated = response.truncated;
    if (response.locks) locks = response.locks;
    // An answer for text that has changed since is dropped; the check scheduled by that change will follow.
    if (sent.version !== version) return;
    checkedLanguage = response.result.language;
    findings = withoutRemoved(response.result.diagnostics, sent.seq);
    drawnCheck = sent.seq;
    draw();
    if (response.deep === 'pending') void runDeep(sent);
  }

  /**
   * Harper's findings arrive after the fast ones and replace them merged; an answer for a version the rep has since
   * changed, or for a check a newer one has replaced, is dropped (the newer check asks again).
   */
  async function runDeep(sent: { version: number; hints: Range[]; seq: number }): Promise<void> {
    if (!env.deepCheck) return;
    let response: DeepCheckResponse | ErrorResponse;
    try {
      response = await env.deepCheck({ kind: 'deep-check', doc: id, version: sent.version, hints: sent.hints });
    } catch {
      return; // the fast findings stay; deep grammar is a bonus
    }
    // Dropped too when a newer check has been drawn for the same text: the language was pinned or unpinned meanwhile,
    // and Harper's English answer would bring back what the newer check no longer reports.
    if (signal.aborted || response.kind !== 'result' || sent.version !== version || sent.seq !== drawnCheck) return;
    // The finding an open card shows is kept as the same object, so the card stays open over it.
    const open = card?.finding;
    const same = (f: Diagnostic) => !!open && f.ruleId === open.ruleId && f.range[0] === open.range[0] && f.range[1] === open.range[1];
    findings = withoutRemoved(response.result.diagnostics, sent.seq).map((f) => (same(f) ? open! : f));
    if (card && !findings.includes(card.finding)) closeCard();
    draw();
  }

  /** `list` without what the rep removed since the check numbered `seq` was sent (see `removals`). */
  function withoutRemoved(list: Diagnostic[], seq: number): Diagnostic[] {
    for (let i = removals.length - 1; i >= 0; i--) if (seq >= removals[i]!.knownFrom) removals.splice(i, 1);
    return removals.length === 0 ? list : list.filter((f) => !removals.some((r) => r.drop(f)));
  }

  /**
   * Takes findings off the underlines now, and keeps them off until the worker has confirmed the change; `saved`
   * says whether it did (when not, the entry goes and a check brings them back).
   */
  function removeNow(drop: (f: Diagnostic) => boolean, saved: Promise<boolean>) {
    const entry = { drop, knownFrom: Number.POSITIVE_INFINITY };
    removals.push(entry);
    findings = findings.filter((f) => !drop(f));
    void saved.then(
      (ok) => {
        if (ok) entry.knownFrom = sentChecks + 1;
        else removals.splice(removals.indexOf(entry), 1);
      },
      () => removals.splice(removals.indexOf(entry), 1),
    );
  }

  // ---- the card -------------------------------------------------------------------------------------------------

  function anchorRect(d: Diagnostic): DOMRect {
    const rects = model.rects(d.range[0], d.range[1]);
    return rects[0] ?? editor.getBoundingClientRect();
  }

  function showCard(d: Diagnostic, fromKeyboard: boolean) {
    closeCard();
    const handle = openCard(doc, anchorRect(d), d, {
      // The card's finding, with the suggestions it was given since it opened.
      apply: (i) => applyFix(card?.finding ?? d, i),
      ignore: () => {
        ignored.push({ ruleId: d.ruleId, range: d.range });
        closeCard(true);
        draw();
      },
      ...(d.category === 'spelling' && d.actual
        ? {
            addWord: () => {
              const word = d.actual!;
              const added = env.addWord(word);
              removeNow((f) => f.category === 'spelling' && f.actual === word, added.then((failed) => failed === null));
              closeCard(true);
              draw();
              void added.then((failed) => {
                if (signal.aborted) return;
                if (failed === null) {
                  notSaved = null;
                  return;
                }
                // Not saved: the word's underlines come back with the next check, and the popup says why.
                notSaved = `"${word}" was not added to your dictionary. ${failed}`;
                schedule(0);
              });
            },
          }
        : {}),
      ...(locks.all || locks.rules.includes(d.ruleId)
        ? { teamNote: locks.rules.includes(d.ruleId) ? 'Set by your team (locked)' : 'Rules are set by your team' }
        : {
            disableRule: () => {
              const turnedOff = env.disableRule(d.ruleId);
              removeNow((f) => f.ruleId === d.ruleId, turnedOff);
              closeCard(true);
              draw();
              // Refused (the team locked it since the last check): check again so its findings come back.
              void turnedOff.then((ok) => {
                if (!ok && !signal.aborted) schedule(0);
              });
            },
          }),
      close: () => closeCard(true),
    });
    card = { handle, finding: d, restoreFocus: fromKeyboard };
    if (fromKeyboard) handle.focusFirst();
    if (d.suggestionsPending) void completeSuggestions(d);
  }

  /**
   * The card is open on a misspelling the check left without suggestions: ask the worker for them, show them when
   * they come, and keep them on every finding of the same word. The page never waits on this; an answer that comes
   * after the card closed, moved to another finding or the draft changed is dropped (a card still open over the same
   * word asks again).
   */
  async function completeSuggestions(d: Diagnostic): Promise<void> {
    const showing = () => !signal.aborted && card?.finding === d;
    const word = d.actual;
    const language = checkedLanguage;
    let words: string[] = [];
    if (env.suggest && word && language) {
      const asked = version;
      let response: SuggestResponse | ErrorResponse;
      try {
        response = await env.suggest({ kind: 'suggest', doc: id, version: asked, word, language });
      } catch (err) {
        response = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
      }
      if (!showing()) return;
      if (version !== asked) return void completeSuggestions(d);
      if (response.kind === 'suggestions' && response.word === word) words = response.suggestions;
    } else if (!showing()) {
      return;
    }
    const complete = (f: Diagnostic): Diagnostic => {
      const { suggestionsPending: _, ...rest } = f;
      return { ...rest, suggestions: words.map((text) => ({ label: text, edit: { range: [f.range[0], f.range[1]], text } })) };
    };
    const updated = complete(d);
    findings = findings.map((f) => {
      if (f === d) return updated;
      // The same word elsewhere in the draft has the same suggestions.
      return f.suggestionsPending && f.ruleId === d.ruleId && f.actual === word && words.length > 0 ? complete(f) : f;
    });
    card!.finding = updated;
    card!.handle.showSuggestions(updated);
  }

  function applyFix(d: Diagnostic, index: number) {
    const suggestion = d.suggestions[index];
    closeCard();
    if (!suggestion) return;
    const current = model.read().text;
    // Fail closed: if the text under the finding is not what was checked, do nothing (the next check redraws).
    if (current !== text || (d.actual !== undefined && current.slice(d.range[0], d.range[1]) !== d.actual)) return;
    const expected = applyEdit(current, suggestion.edit);
    const caret = caretBefore ?? model.caret() ?? d.range[1];
    editor.focus({ preventScroll: true });
    const [start, end] = suggestion.edit.range;
    if (!model.select(start, end)) return;
    // The browser's own editing command: the page sees beforeinput/input, and Ctrl+Z undoes it.
    const ok =
      suggestion.edit.text === '' && start !== end
        ? doc.execCommand('delete', false)
        : doc.execCommand('insertText', false, suggestion.edit.text);
    const after = model.read().text;
    if (!ok || after !== expected) {
      // The editor did something else (an editor that rewrites its own DOM): undo ours rather than leave a mess.
      if (after !== current) doc.execCommand('undo', false);
      return;
    }
    const to = caretAfterEdit(caret, suggestion.edit);
    model.select(to, to);
    caretBefore = null;
  }

  function openAt(offset: number | null, fromKeyboard: boolean): boolean {
    if (offset === null) return false;
    const d = findingAt(visibleFindings(live(), typingAt), offset);
    if (!d) return false;
    showCard(d, fromKeyboard);
    return true;
  }

  // ---- events ---------------------------------------------------------------------------------------------------

  const opts = { signal } as const;
  editor.addEventListener('input', onInput, opts);
  editor.addEventListener(
    'mousedown',
    () => {
      // Before the click moves it: this is where the rep was typing.
      caretBefore = model.caret();
    },
    { capture: true, signal },
  );
  editor.addEventListener(
    'click',
    (e) => {
      if (e.button !== 0 || e.detail > 1) return;
      if (!openAt(model.offsetFromPoint(e.clientX, e.clientY), false)) closeCard();
    },
    opts,
  );
  editor.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey) {
        caretBefore = model.caret();
        if (openAt(caretBefore, true)) e.preventDefault();
      } else if (e.key === 'Escape' && card) {
        e.preventDefault();
        closeCard(true);
      } else if (card && !e.altKey) {
        closeCard();
      }
    },
    opts,
  );
  doc.addEventListener('selectionchange', onSelectionChange, opts);
  doc.addEventListener(
    'mousedown',
    (e) => {
      if (card && !e.composedPath().includes(card.handle.host)) closeCard();
    },
    { capture: true, signal },
  );
  win.addEventListener('scroll', () => closeCard(), { capture: true, passive: true, signal });

  installSendGuard(box, () => blockingFindings(live()), () => version, signal, {
    review: () => {
      // Underlined words first; a finding about the whole reply (no sign-off) when nothing else is left.
      const left = blockingFindings(live());
      const first = left.find((d) => d.range[1] > d.range[0]) ?? left[0];
      editor.focus({ preventScroll: false });
      if (first) {
        model.select(first.range[0], first.range[0]);
        showCard(first, true);
      }
    },
  });

  signal.addEventListener(
    'abort',
    () => {
      win.clearTimeout(timer);
      closeCard();
      renderer.destroy();
      model.dispose();
      env.forget(id);
    },
    { once: true },
  );

  const session: Session = {
    doc: id,
    editor,
    findings: live,
    summary() {
      const f = live();
      return {
        counts: countByCategory(f),
        score: score(f),
        total: f.length,
        ...(declined ? { declined } : {}),
        ...(truncated || notSaved
          ? { note: [notSaved, truncated ? 'This draft is very long: only its beginning was checked.' : null].filter(Boolean).join(' ') }
          : {}),
      };
    },
    recheck() {
      const wanted = env.settings().underlines === 'auto' && !model.plain && highlightsSupported(win) ? 'highlight' : 'overlay';
      if (renderer.kind !== wanted) {
        renderer.destroy();
        renderer = makeRenderer();
      }
      draw();
      schedule(0);
    },
    refreshContext() {
      if (signal.aborted) return;
      const now = readContext();
      if (sameCustomer(now.customer, context.customer) && now.attachments === context.attachments) return;
      context = now;
      schedule();
    },
  };
  schedule(0);
  return session;
}
