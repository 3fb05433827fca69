// Where Harper lives in the extension, so that its ~3 s setup is paid once per browsing session, not on every
// service-worker wake-up:
// - Chrome: an offscreen document (reason WORKERS) that owns a dedicated worker running Harper. The service worker is
//   stopped after 30 s idle; the offscreen document is not, so Harper and its paragraph cache stay warm.
// - Firefox: no offscreen API, but its MV3 background is an event page with a DOM, which can start the same dedicated
//   worker itself. Firefox unloads the event page after 30 s without an extension event, so the content script sends
//   it a small message every 20 s while a compose box is open, and every second while a check awaits its answer
//   (src/content/main.ts): Harper stays loaded while a reply is open; once none is, the next deep check pays setup
//   again (the fast findings never wait for it).
import type { Diagnostic, Range } from '../engine/types';
import type { HarperOptions } from '../engine/grammar/harper/provider';
import { ext } from '../shared/ext';
import { HARPER_TARGET, type HarperAnswer, type OffscreenLintMessage } from '../harper/messages';
import { harperWorkerClient } from '../harper/worker-client';

export interface DeepGrammarHost {
  lint(text: string, hints: Range[], options: HarperOptions): Promise<Diagnostic[]>;
  /** Frees Harper's memory (deep grammar turned off). */
  stop(): Promise<void>;
}

const OFFSCREEN_URL = 'offscreen/offscreen.html';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

function offscreenHost(offscreen: OffscreenApi): DeepGrammarHost {
  let creating: Promise<void> | null = null;
  /**
   * The document is known to be open: this service worker opened it or found it. Asking Chrome (getContexts) on every
   * deep check cost each one a round trip to the browser process; now only the first check after the service worker
   * starts asks, and a check whose message finds no document asks again and retries once.
   */
  let open = false;
  /** Counts stop()s: a check that was under way when deep grammar was turned off must not open the document again. */
  let stops = 0;

  async function exists(): Promise<boolean> {
    const runtime = ext.runtime as typeof chrome.runtime & { getContexts?: (f: object) => Promise<unknown[]> };
    if (runtime.getContexts) {
      const found = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [ext.runtime.getURL(OFFSCREEN_URL)] });
      return found.length > 0;
    }
    return (await offscreen.hasDocument?.()) ?? false;
  }

  async function ensure(): Promise<void> {
    if (open) return;
    if (!(await exists())) {
      // Two deep checks at once must not both create it: the second createDocument would fail.
      creating ??= offscreen
        .createDocument({
          url: OFFSCREEN_URL,
          reasons: ['WORKERS'],
          justification: 'Runs the Harper grammar checker (WebAssembly) in a worker that outlives the service worker.',
        })
        .finally(() => (creating = null));
      await creating;
    }
    open = true;
  }

  async function send(message: OffscreenLintMessage): Promise<HarperAnswer | undefined> {
    const stopsBefore = stops;
    await ensure();
    try {
      const answer = (await ext.runtime.sendMessage(message)) as HarperAnswer | undefined;
      if (answer) return answer;
    } catch {
      // No page took the message: the document is gone (closed by the browser, say). Fall through and look again.
    }
    if (stops !== stopsBefore) return undefined;
    open = false;
    await ensure();
    return (await ext.runtime.sendMessage(message)) as HarperAnswer | undefined;
  }

  return {
    async lint(text, hints, options) {
      const message: OffscreenLintMessage = { target: HARPER_TARGET, kind: 'harper-lint', text, hints, options };
      const answer = await send(message);
      if (!answer) throw new Error('the deep grammar document did not answer');
      if (!answer.ok) throw new Error(answer.message);
      return answer.diagnostics;
    },
    async stop() {
      stops++;
      open = false;
      if (await exists()) await offscreen.closeDocument();
    },
  };
}

function pageWorkerHost(): DeepGrammarHost {
  const client = harperWorkerClient(ext.runtime.getURL('harper-worker.js'));
  return {
    async lint(text, hints, options) {
      const answer = await client.lint({ text, hints, options });
      if (!answer.ok) throw new Error(answer.message);
      return answer.diagnostics;
    },
    async stop() {
      client.stop();
    },
  };
}

/** The host this browser allows, or null (then only the fast checks run). */
export function createDeepGrammarHost(): DeepGrammarHost | null {
  const offscreen = (ext as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (offscreen?.createDocument) return offscreenHost(offscreen);
  if (typeof Worker !== 'undefined') return pageWorkerHost();
  return null;
}
