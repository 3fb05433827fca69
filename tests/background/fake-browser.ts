// A stand-in for the extension APIs the worker touches, so the real src/background/worker.ts can be imported in Node
// and sent messages the way the browser delivers them. Storage is in memory; `failWrites` makes storage.local.set
// reject the way Chromium does when the quota is used up.
export interface FakeBrowser {
  chrome: unknown;
  local: Record<string, unknown>;
  /** Sends one message as `sender` and resolves with the worker's answer. */
  send(message: unknown, sender?: { id?: string; url?: string; tab?: { id: number } }): Promise<unknown>;
  /** When set, storage.local.set rejects with this message and stores nothing. */
  failWrites: string | null;
}

export const EXTENSION_ID = 'fakeextensionid';
const BASE = `chrome-extension://${EXTENSION_ID}/`;
export const OPTIONS_PAGE = { id: EXTENSION_ID, url: `${BASE}options/options.html` };
export const CONTENT_SCRIPT = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } };

type Listener = (...args: never[]) => unknown;
const event = () => {
  const listeners: Listener[] = [];
  return { listeners, addListener: (l: Listener) => listeners.push(l), removeListener: () => {}, hasListener: () => false };
};

function area(data: Record<string, unknown>, onSet: (changes: Record<string, unknown>) => void, fail: () => string | null) {
  return {
    async get(keys?: string | string[] | null) {
      const wanted = keys == null ? Object.keys(data) : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      const why = fail();
      if (why) throw new Error(why);
      const changes: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v };
        data[k] = structuredClone(v);
      }
      onSet(changes);
    },
  };
}

export function fakeBrowser(local: Record<string, unknown> = {}): FakeBrowser {
  const onMessage = event();
  const onChanged = event();
  const fake: FakeBrowser = {
    chrome: null,
    local,
    failWrites: null,
    send(message, sender = OPTIONS_PAGE) {
      return new Promise((resolve) => {
        let async = false;
        for (const l of onMessage.listeners) {
          if ((l as (m: unknown, s: unknown, r: (x: unknown) => void) => boolean)(message, sender, resolve)) async = true;
        }
        if (!async) setTimeout(() => resolve(undefined), 0);
      });
    },
  };
  const notify = (name: string) => (changes: Record<string, unknown>) => {
    for (const l of onChanged.listeners) (l as (c: unknown, a: string) => void)(changes, name);
  };
  fake.chrome = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (p: string) => BASE + p.replace(/^\//, ''),
      getManifest: () => ({ content_scripts: [] }),
      onMessage,
      onInstalled: event(),
      onStartup: event(),
    },
    storage: {
      local: area(local, notify('local'), () => fake.failWrites),
      session: area({}, notify('session'), () => null),
      onChanged,
    },
    permissions: { onAdded: event(), onRemoved: event(), getAll: async () => ({ origins: [] }) },
    scripting: {
      getRegisteredContentScripts: async () => [],
      unregisterContentScripts: async () => {},
      registerContentScripts: async () => {},
    },
  };
  return fake;
}
