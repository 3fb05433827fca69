// Messages between the extension and the dedicated worker that runs Harper (src/harper/harper-worker.ts), and between
// Chrome's service worker and the offscreen document that owns that worker. Plain, cloneable data.
import type { Diagnostic, Range } from '../engine/types';
import type { HarperOptions } from '../engine/grammar/harper/provider';

/** Marks the service worker → offscreen document messages, so the other listeners leave them alone. */
export const HARPER_TARGET = 'replycheck-harper';

export interface HarperLint {
  text: string;
  hints: Range[];
  options: HarperOptions;
}

export type HarperAnswer = { ok: true; diagnostics: Diagnostic[] } | { ok: false; message: string };

/** To the dedicated worker, with an id its answer carries back. */
export interface HarperWorkerRequest extends HarperLint {
  id: number;
}

export type HarperWorkerAnswer = HarperAnswer & { id: number };

/** Service worker → offscreen document. */
export interface OffscreenLintMessage extends HarperLint {
  target: typeof HARPER_TARGET;
  kind: 'harper-lint';
}
