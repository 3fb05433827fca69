// The text of each open draft as the worker last saw it, so a content script can send only what changed. Lost when
// the browser stops the worker; the content script then gets "resync" and sends the whole text once.
import type { TextDelta } from '../shared/protocol';

const MAX_DRAFTS = 32;

export function createDraftStore() {
  const drafts = new Map<string, { version: number; text: string }>();
  return {
    /** The whole text of a draft at `version`. */
    set(doc: string, version: number, text: string) {
      drafts.delete(doc);
      drafts.set(doc, { version, text });
      if (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
    },
    /** `delta` applied on top of `base`, or null when the worker does not hold `base` (restarted, or out of step). */
    apply(doc: string, base: number, delta: TextDelta): string | null {
      const held = drafts.get(doc);
      if (!held || held.version !== base || delta.to > held.text.length) return null;
      return held.text.slice(0, delta.from) + delta.text + held.text.slice(delta.to);
    },
    /** The text of a draft, if the worker holds it at exactly `version`. */
    get(doc: string, version: number): string | null {
      const held = drafts.get(doc);
      return held && held.version === version ? held.text : null;
    },
    forget(doc: string) {
      drafts.delete(doc);
    },
  };
}
