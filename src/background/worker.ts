// The background worker: validates each message, routes it, answers. It keeps no state that a restart would lose
// for good: settings live in storage, drafts are re-sent on "resync", the engine and its dictionary load lazily.
import { RULES } from '../engine/rules/index';
import { LANGUAGES, type Language } from '../engine/types';
import { ruleChangeRefusal, ruleLocks } from '../engine/profile/index';
import { MAX_MESSAGE_TEXT, type ErrorResponse, type Request, type ResponseMap, type RequestKind } from '../shared/protocol';
import { ext } from '../shared/ext';
import { loadSettings, saveSettings, onSettingsChanged } from '../shared/settings';
import { createEngineHost } from './engine-host';
import { createDraftStore } from './drafts';
import { validate } from './validate';
import { watchSitePermissions } from './sites';
import { createTabDrafts } from './tab-drafts';
import { createDeepGrammarHost } from './deep-grammar';
import { mergeDeep } from '../engine/grammar/harper/merge';
import { HARPER_TARGET } from '../harper/messages';

const host = createEngineHost({
  loadSettings,
  async readPackagedBytes(path) {
    const response = await fetch(ext.runtime.getURL(path));
    if (!response.ok) throw new Error(`cannot read ${path}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  },
  pinStore: {
    async load() {
      const { pins } = (await ext.storage.session?.get('pins')) ?? {};
      return Array.isArray(pins) ? pins.filter(isPin) : [];
    },
    async save(pins) {
      await ext.storage.session?.set({ pins });
    },
  },
});
/** Per tab, the draft last checked there and its language, for the popup. Lost on restart; the next check refills it. */
const tabDrafts = createTabDrafts();
const drafts = createDraftStore();

function isPin(v: unknown): v is [string, Language] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && (LANGUAGES as readonly unknown[]).includes(v[1]);
}
/** Harper, hosted where it outlives this worker (./deep-grammar.ts); null where the browser offers no such place. */
const deepGrammar = createDeepGrammarHost();
onSettingsChanged(() => {
  host.invalidate();
  // Turned off on the options page: give Harper's memory back now.
  void loadSettings().then((s) => (s.deepGrammar ? undefined : deepGrammar?.stop()));
});
watchSitePermissions();

/**
 * Settings changes read, modify and write storage: run them one at a time, or two quick "Add to dictionary" clicks
 * would each write a list without the other's word.
 */
let writes: Promise<unknown> = Promise.resolve();
function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = writes.then(change);
  writes = next.catch(() => {});
  return next;
}

function assertNever(x: never): never {
  throw new Error(`unhandled request ${JSON.stringify(x)}`);
}

async function handle(req: Request, tab: number | null): Promise<ResponseMap[RequestKind]> {
  switch (req.kind) {
    case 'check': {
      // Kept even when the text must be re-sent: the whole-text check that follows carries it again anyway.
      if (req.customer !== undefined) drafts.setCustomer(req.doc, req.customer);
      let text: string | null;
      if (req.text !== undefined) text = req.text;
      else text = drafts.apply(req.doc, req.base!, req.delta!);
      if (text === null) return { kind: 'resync', doc: req.doc };
      if (text.length > MAX_MESSAGE_TEXT) {
        drafts.forget(req.doc);
        return { kind: 'declined', doc: req.doc, reason: 'This draft is too long to check.' };
      }
      drafts.set(req.doc, req.version, text);
      const hints = req.hints.filter(([s, e]) => e <= text.length && s < e);
      const customer = drafts.customer(req.doc);
      drafts.setAttachments(req.doc, req.attachments);
      const checked = await host.check(text, hints, req.doc, {
        ...(customer ? { customer } : {}),
        ...(req.attachments !== undefined ? { attachments: req.attachments } : {}),
      });
      // The box may have left its page while this check ran ("forget" came meanwhile): answer, but keep nothing.
      const current = drafts.version(req.doc) === req.version;
      if (tab !== null && current) tabDrafts.set(tab, req.doc, checked);
      const { result, truncated, language, detected, spellingUnavailable, locks } = checked;
      // The fast findings go back now; Harper's follow when the content script asks ('deep-check').
      const deep = language === 'en' && deepGrammar !== null && (await loadSettings()).deepGrammar;
      return {
        kind: 'result',
        doc: req.doc,
        version: req.version,
        result,
        truncated,
        language,
        languageDetected: detected,
        spellingUnavailable,
        locks,
        ...(deep ? { deep: 'pending' as const } : {}),
      };
    }
    case 'deep-check': {
      const text = drafts.get(req.doc, req.version);
      if (text === null) return { kind: 'skipped', doc: req.doc, reason: 'the draft has changed since' };
      const options = await host.deepOptions();
      if (!deepGrammar || !options.enabled) return { kind: 'skipped', doc: req.doc, reason: 'deep grammar is off' };
      const hints = req.hints.filter(([s, e]) => e <= text.length && s < e);
      // The fast result for this text is in the engine host's cache: this costs no second fast check.
      const customer = drafts.customer(req.doc);
      const attachments = drafts.attachments(req.doc);
      const checked = await host.check(text, hints, req.doc, {
        ...(customer ? { customer } : {}),
        ...(attachments !== undefined ? { attachments } : {}),
      });
      if (checked.language !== 'en') return { kind: 'skipped', doc: req.doc, reason: 'not English' };
      const found = await deepGrammar.lint(text, hints, { rules: options.rules, englishVariant: options.englishVariant });
      return {
        kind: 'result',
        doc: req.doc,
        version: req.version,
        result: mergeDeep(checked.result, found),
        truncated: checked.truncated,
        language: checked.language,
        languageDetected: checked.detected,
        spellingUnavailable: checked.spellingUnavailable,
        locks: checked.locks,
        deep: 'done',
      };
    }
    case 'suggest':
      // No draft text is needed: the word is all. The card drops the answer if its draft changed meanwhile.
      return {
        kind: 'suggestions',
        doc: req.doc,
        version: req.version,
        word: req.word,
        suggestions: await host.suggestions(req.doc, req.language, req.word),
      };
    case 'forget':
      drafts.forget(req.doc);
      tabDrafts.forget(req.doc);
      await host.forget(req.doc);
      return { kind: 'ok' };
    case 'add-word':
    case 'remove-word':
      await serially(async () => {
        const { words } = await loadSettings();
        const next = req.kind === 'add-word' ? [...new Set([...words, req.word])] : words.filter((w) => w !== req.word);
        await saveSettings({ words: next });
      });
      host.invalidate();
      return { kind: 'ok' };
    case 'set-rule': {
      // A rule the team profile locks (or every rule, when it allows no changes) is not the rep's to change: storing
      // their "off" would do nothing but leave them thinking it did. Going back to the default is always allowed.
      if (req.setting !== 'default') {
        const refusal = ruleChangeRefusal(ruleLocks(await host.effective()), req.ruleId);
        if (refusal) throw new Error(refusal);
      }
      await serially(async () => {
        const { rules } = await loadSettings();
        const next = { ...rules };
        if (req.setting === 'default') delete next[req.ruleId];
        else next[req.ruleId] = req.setting;
        await saveSettings({ rules: next });
      });
      host.invalidate();
      return { kind: 'ok' };
    }
    case 'set-site':
      await serially(async () => {
        const { disabledSites } = await loadSettings();
        const next = req.enabled ? disabledSites.filter((h) => h !== req.host) : [...new Set([...disabledSites, req.host])];
        await saveSettings({ disabledSites: next });
      });
      return { kind: 'ok' };
    case 'set-languages':
      await serially(() => saveSettings({ languages: req.languages }));
      host.invalidate();
      return { kind: 'ok' };
    case 'get-rules':
      return {
        kind: 'rules',
        rules: RULES.map((r) => ({
          id: r.id,
          category: r.meta.category,
          description: r.meta.description,
          defaultSeverity: r.meta.defaultSeverity,
          defaultOff: r.meta.defaultOff ?? false,
          languages: [...r.meta.languages],
        })),
      };
    case 'warm':
      await host.warm();
      return { kind: 'ok' };
    case 'get-draft-language': {
      const languages = await host.languages();
      const team = await host.teamLanguages();
      const teamLanguages = team ? { teamLanguages: team } : {};
      const last = tabDrafts.get(req.tab);
      if (!last) {
        return { kind: 'draft-language', doc: null, language: languages[0]!, detected: false, pinned: null, languages, spellingUnavailable: false, ...teamLanguages };
      }
      return { kind: 'draft-language', ...last, pinned: await host.pinned(last.doc), languages, ...teamLanguages };
    }
    case 'pin-language': {
      const team = await host.teamLanguages();
      if (req.language && team && !team.includes(req.language)) {
        throw new Error(`Your team's profile checks only ${team.join(', ')}; "${req.language}" cannot be chosen.`);
      }
      await host.pin(req.doc, req.language);
      return { kind: 'ok' };
    }
    default:
      return assertNever(req);
  }
}

ext.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
  // This worker's own messages to the offscreen document reach this listener too: they are not for it.
  if ((message as { target?: unknown } | null)?.target === HARPER_TARGET) return false;
  const checked = validate(message, sender, { id: ext.runtime.id, pageUrl: ext.runtime.getURL('') });
  if (!checked.ok) {
    sendResponse({ kind: 'error', message: checked.message } satisfies ErrorResponse);
    return false;
  }
  const tab = (sender.tab as { id?: unknown } | undefined)?.id;
  handle(checked.request, typeof tab === 'number' ? tab : null).then(sendResponse, (err: unknown) =>
    // Plain data only: an Error object does not survive the message channel.
    sendResponse({ kind: 'error', message: err instanceof Error ? err.message : String(err) } satisfies ErrorResponse),
  );
  return true; // the answer is sent asynchronously
});
