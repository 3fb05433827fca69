// Talks to the Harper worker from a page that can start one (Chrome's offscreen document, Firefox's event page).
import type { HarperAnswer, HarperLint, HarperWorkerAnswer } from './messages';

export function harperWorkerClient(url: string) {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, (a: HarperAnswer) => void>();

  function start(): Worker {
    const w = new Worker(url);
    w.onmessage = (event: MessageEvent<HarperWorkerAnswer>) => {
      const { id, ...answer } = event.data;
      pending.get(id)?.(answer as HarperAnswer);
      pending.delete(id);
    };
    w.onerror = (event) => {
      // A worker that failed to load (no wasm, out of memory) answers every waiting lint with the reason, and the next
      // lint starts a fresh one.
      for (const resolve of pending.values()) resolve({ ok: false, message: event.message || 'the Harper worker failed' });
      pending.clear();
      w.terminate();
      if (worker === w) worker = null;
    };
    return w;
  }

  return {
    lint(req: HarperLint): Promise<HarperAnswer> {
      worker ??= start();
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker!.postMessage({ id, ...req });
      });
    },
    stop() {
      worker?.terminate();
      worker = null;
      for (const resolve of pending.values()) resolve({ ok: false, message: 'deep grammar was turned off' });
      pending.clear();
    },
  };
}
