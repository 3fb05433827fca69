// The text of each open draft as the worker last saw it, so a content script can send only what changed. Lost when
// the browser stops the worker; the content script then gets "resync" and sends the whole text once. Beside it, the
// customer's message each draft answers: large and rarely changing, so the content script sends it only when it
// changed (and with every whole text), and the worker keeps it here.
import type { CustomerContext, TextDelta } from '../shared/protocol';

const MAX_DRAFTS = 32;

export function createDraftStore() {
  const drafts = new Map<string, { version: number; text: string }>();
  const customers = new Map<string, CustomerContext>();
  /** The attachment count the last check of each draft came with (the deep pass re-uses it). */
  const attachmentCounts = new Map<string, number>();
  return {
    /** The whole text of a draft at `version`. */
    set(doc: string, version: number, text: string) {
      drafts.delete(doc);
      drafts.set(doc, { version, text });
      if (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
      // A draft in use keeps its customer message (which is sent once) from being the oldest one dropped.
      const customer = customers.get(doc);
      if (customer) {
        customers.delete(doc);
        customers.set(doc, customer);
      }
    },
    /** `delta` applied on top of `base`, or null when the worker does not hold `base` (restarted, or out of step). */
    apply(doc: string, base: number, delta: TextDelta): string | null {
      const held = drafts.get(doc);
      if (!held || held.version !== base || delta.to > held.text.length) return null;
      return held.text.slice(0, delta.from) + delta.text + held.text.slice(delta.to);
    },
    /** The customer's message a draft answers, or (null) none. */
    setCustomer(doc: string, customer: CustomerContext | null) {
      customers.delete(doc);
      if (!customer) return;
      customers.set(doc, customer);
      if (customers.size > MAX_DRAFTS) customers.delete(customers.keys().next().value!);
    },
    customer(doc: string): CustomerContext | null {
      return customers.get(doc) ?? null;
    },
    setAttachments(doc: string, count: number | undefined) {
      attachmentCounts.delete(doc);
      if (count === undefined) return;
      attachmentCounts.set(doc, count);
      if (attachmentCounts.size > MAX_DRAFTS) attachmentCounts.delete(attachmentCounts.keys().next().value!);
    },
    attachments(doc: string): number | undefined {
      return attachmentCounts.get(doc);
    },
    /** The text of a draft, if the worker holds it at exactly `version`. */
    get(doc: string, version: number): string | null {
      const held = drafts.get(doc);
      return held && held.version === version ? held.text : null;
    },
    forget(doc: string) {
      drafts.delete(doc);
      attachmentCounts.delete(doc);
      customers.delete(doc);
    },
    /** The version held for `doc`, or null when none is (never sent, forgotten, or pushed out). */
    version(doc: string): number | null {
      return drafts.get(doc)?.version ?? null;
    },
  };
}
