// What a check sends: the whole draft the first time (and whenever the worker lost it), afterwards only the span
// that changed since the text the worker acknowledged. Pure: tests/content checks it without a browser.
import type { Range } from '../engine/types';
import type { CheckRequest } from '../shared/protocol';
import { diffText } from './extract';

export interface Snapshot {
  version: number;
  text: string;
}

export function checkRequest(doc: string, acked: Snapshot | null, sent: Snapshot, hints: Range[]): CheckRequest {
  const base = { kind: 'check' as const, doc, version: sent.version, hints };
  if (!acked) return { ...base, text: sent.text };
  const delta = diffText(acked.text, sent.text) ?? { from: acked.text.length, to: acked.text.length, text: '' };
  // A change that rewrote most of the draft (a paste over everything) is cheaper sent whole.
  if (delta.text.length >= sent.text.length / 2 && sent.text.length > 64) return { ...base, text: sent.text };
  return { ...base, base: acked.version, delta };
}
