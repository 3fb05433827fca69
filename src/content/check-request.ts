// What a check sends: the whole draft the first time (and whenever the worker lost it), afterwards only the span
// that changed since the text the worker acknowledged. The customer's message travels only when it changed since
// the worker last got it, or with the whole text (the worker may have restarted and lost it); the attachment count
// is small and goes every time it is known. Pure: tests/content checks it without a browser.
import type { Range } from '../engine/types';
import type { CheckRequest, CustomerContext } from '../shared/protocol';
import { sameCustomer } from './customer';
import { diffText } from './extract';

export interface Snapshot {
  version: number;
  text: string;
}

/** What the page shows around the draft now, and what the worker was last sent of it. */
export interface ContextNow {
  customer: CustomerContext | null;
  attachments?: number;
  /** The customer message last sent for this draft; undefined when the worker may not hold one. */
  sentCustomer?: CustomerContext | null;
}

export function checkRequest(doc: string, acked: Snapshot | null, sent: Snapshot, hints: Range[], context?: ContextNow): CheckRequest {
  const base: CheckRequest = { kind: 'check', doc, version: sent.version, hints };
  if (context) {
    const whole = !acked;
    if (whole || context.sentCustomer === undefined || !sameCustomer(context.customer, context.sentCustomer)) {
      base.customer = context.customer;
    }
    if (context.attachments !== undefined) base.attachments = context.attachments;
  }
  if (!acked) return { ...base, text: sent.text };
  const delta = diffText(acked.text, sent.text) ?? { from: acked.text.length, to: acked.text.length, text: '' };
  // A change that rewrote most of the draft (a paste over everything) is cheaper sent whole.
  if (delta.text.length >= sent.text.length / 2 && sent.text.length > 64) return { ...base, text: sent.text };
  return { ...base, base: acked.version, delta };
}
