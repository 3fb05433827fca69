// Which draft each tab last had checked, and in which language, so the popup (which knows only its tab) can show the
// language and pin it for that compose box.
import type { Language } from '../engine/types';

const MAX_TABS = 64;

export interface TabDraft {
  doc: string;
  language: Language;
  detected: boolean;
  spellingUnavailable: boolean;
}

export function createTabDrafts() {
  const tabs = new Map<number, TabDraft>();
  return {
    set(tab: number, doc: string, c: { language: Language; detected: boolean; spellingUnavailable: boolean }) {
      tabs.delete(tab);
      tabs.set(tab, { doc, language: c.language, detected: c.detected, spellingUnavailable: c.spellingUnavailable });
      if (tabs.size > MAX_TABS) tabs.delete(tabs.keys().next().value!);
    },
    get(tab: number): TabDraft | null {
      return tabs.get(tab) ?? null;
    },
    /** The compose box left its page: no tab shows it any more. */
    forget(doc: string) {
      for (const [tab, d] of tabs) if (d.doc === doc) tabs.delete(tab);
    },
  };
}
