// The content script: picks the site's adapter, attaches a session to every compose box it finds, tears sessions down
// when boxes leave the page or the rep turns the extension off for this site, and answers the popup.
import type { DraftSummary, CheckRequest, DeepCheckRequest, Request, RequestKind, ResponseOf, SuggestRequest } from '../shared/protocol';
import { ext } from '../shared/ext';
import { request } from '../shared/messaging';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import type { SiteAdapter } from './adapters/adapter';
import { generic } from './adapters/generic';
import { gmail } from './adapters/gmail';
import { outlook } from './adapters/outlook';
import { startSession, type Session } from './session';

/** The page's host; inside an about:blank editor frame, the host of the page around it (same origin only). */
function pageLocation(): Location {
  let w: Window = window;
  try {
    while (w.location.protocol === 'about:' && w.parent !== w) w = w.parent;
  } catch {
    // A cross-origin parent: this frame's own location is all there is.
  }
  return w.location;
}

const location_ = pageLocation();
const host = location_.host;
const adapter: SiteAdapter = [gmail, outlook].find((a) => a.matches(location_)) ?? generic;

let settings: Settings = structuredClone(DEFAULT_SETTINGS);
let site: AbortController | null = null;
/**
 * Firefox unloads an idle event page (no extension event for extensions.background.idle.timeout, 30 s by default) even
 * while it still owes a message its answer, and the Harper worker with it: a check whose dictionary load or Harper
 * setup outlasts that timer would never be answered. Only incoming events reset the timer, so while a check awaits
 * its answer this script sends a small message every second. Chrome keeps its worker alive while a message awaits an
 * answer, so there this does nothing.
 */
const FIREFOX = ext.runtime.getURL('').startsWith('moz-extension:');
const KEEP_ALIVE_MS = 1000;
function keepEventPageAlive(): ReturnType<typeof setInterval> | undefined {
  return FIREFOX ? setInterval(() => void request({ kind: 'warm' }).catch(() => {}), KEEP_ALIVE_MS) : undefined;
}

/**
 * Also in Firefox only: while a compose box is open in this page, a small message every 20 s (under Firefox's 30 s)
 * keeps the event page loaded, and with it the Harper worker and the dictionaries, as Chrome's offscreen document
 * keeps Harper: a rep who stops to read the customer's mail does not pay Harper's setup again. Once no compose box is
 * left, the event page is free to go idle.
 */
const KEEP_OPEN_MS = 20_000;
let openTimer: ReturnType<typeof setInterval> | undefined;
function keepAliveWhileOpen() {
  if (!FIREFOX) return;
  if (sessions.size > 0 && openTimer === undefined) {
    openTimer = setInterval(
      () =>
        void request({ kind: 'warm' }).catch((err: unknown) => {
          if (contextGone(err)) stopSite();
        }),
      KEEP_OPEN_MS,
    );
  } else if (sessions.size === 0 && openTimer !== undefined) {
    clearInterval(openTimer);
    openTimer = undefined;
  }
}

const sessions = new Map<HTMLElement, { session: Session; stop: AbortController }>();
let lastActive: Session | null = null;
let lastWarm = 0;

/** A context whose extension was reloaded or removed can no longer message the worker: stop quietly. */
function contextGone(err: unknown): boolean {
  return err instanceof Error && /context invalidated/i.test(err.message);
}

/**
 * A request to the worker from a session: a context that lost its extension stops the site quietly; `awaited`, in
 * Firefox, keeps the event page alive until the answer comes (checks may wait on a dictionary or Harper's setup).
 */
async function ask<K extends RequestKind>(req: Extract<Request, { kind: K }>, awaited = false): Promise<ResponseOf<K>> {
  const keepAlive = awaited ? keepEventPageAlive() : undefined;
  try {
    return await request(req);
  } catch (err) {
    if (contextGone(err)) stopSite();
    throw err;
  } finally {
    clearInterval(keepAlive);
  }
}

const env = {
  check: (req: CheckRequest) => ask(req, true),
  deepCheck: (req: DeepCheckRequest) => ask(req, true),
  suggest: (req: SuggestRequest) => ask(req),
  async addWord(word: string) {
    const r = await request({ kind: 'add-word', word }).catch((err: unknown) => ({
      kind: 'error' as const,
      message: err instanceof Error ? err.message : String(err),
    }));
    return r.kind === 'error' ? r.message : null;
  },
  async disableRule(ruleId: string) {
    const r = await request({ kind: 'set-rule', ruleId, setting: 'off' }).catch(() => null);
    return r?.kind === 'ok';
  },
  forget(doc: string) {
    void request({ kind: 'forget', doc }).catch(() => {});
  },
  warm() {
    // One ping per few seconds of typing is enough: the browser stops an idle worker after about 30 s.
    if (Date.now() - lastWarm < 5000) return;
    lastWarm = Date.now();
    void request({ kind: 'warm' }).catch(() => {});
  },
  settings: () => settings,
  changed(session: Session) {
    if (session.editor.ownerDocument.activeElement === session.editor || !lastActive) lastActive = session;
  },
};

function scan() {
  for (const [editor, { stop, session }] of sessions) {
    if (!editor.isConnected) {
      stop.abort();
      sessions.delete(editor);
      if (lastActive === session) lastActive = null;
    }
  }
  if (!site) return;
  // The thread above a reply or the attachment chips may have changed: the check reads them.
  for (const { session } of sessions.values()) session.refreshContext();
  for (const box of adapter.find(document)) {
    if (sessions.has(box.editor)) continue;
    const stop = new AbortController();
    site.signal.addEventListener('abort', () => stop.abort(), { once: true });
    const session = startSession(box, env, stop.signal);
    sessions.set(box.editor, { session, stop });
  }
  keepAliveWhileOpen();
}

function startSite() {
  if (site) return;
  site = new AbortController();
  const { signal } = site;
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    // setTimeout, not requestAnimationFrame: rAF does not run in background tabs, where compose boxes still open.
    setTimeout(() => {
      queued = false;
      scan();
    }, 50);
  });
  // The document itself, not its root element: document.open() (Outlook's iframe editor) replaces the root.
  observer.observe(document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  document.addEventListener(
    'focusin',
    (e) => {
      scan();
      for (const { session } of sessions.values()) {
        if (e.target instanceof Node && session.editor.contains(e.target)) lastActive = session;
      }
    },
    { capture: true, signal },
  );
  scan();
}

function stopSite() {
  site?.abort();
  site = null;
  sessions.clear();
  lastActive = null;
  keepAliveWhileOpen();
}

function apply(next: Settings) {
  const before = settings;
  settings = next;
  const enabled = !settings.disabledSites.includes(host);
  if (!enabled) return stopSite();
  if (!site) return startSite();
  if (JSON.stringify(before) !== JSON.stringify(next)) for (const { session } of sessions.values()) session.recheck();
}

function answerPopup(message: unknown, _sender: unknown, sendResponse: (r: DraftSummary) => void): boolean {
  const kind = typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : undefined;
  // The rep pinned a language in the popup: the worker checks in it from the next check on.
  if (kind === 'recheck') {
    for (const { session } of sessions.values()) session.recheck();
    return false;
  }
  if (kind !== 'draft-summary') return false;
  const active = lastActive ?? [...sessions.values()][0]?.session ?? null;
  const reply = () =>
    sendResponse({ kind: 'draft-summary', host, enabled: site !== null, draft: active ? active.summary() : null });
  if (active) {
    reply();
    return false;
  }
  // Every frame hears the popup. A frame without a draft stays quiet, except the top one, which answers a moment
  // later so that an editor's frame (Outlook's iframe builds) holding the draft is heard first.
  if (window !== window.top) return false;
  setTimeout(reply, 150);
  return true;
}

// The popup may inject this script into a tab where the site's registered copy already runs: start once per frame.
const flag = '__replycheckStarted';
if (!(flag in globalThis)) {
  Object.defineProperty(globalThis, flag, { value: true });
  ext.runtime.onMessage.addListener(answerPopup);
  onSettingsChanged(apply);
  void loadSettings().then(apply, () => apply(settings));
}
