// profile-sources with a fake storage.local, a fake storage.managed and a fake fetch: which source is in force, what
// is kept when a source goes bad, and what the downloader refuses.
import { describe, expect, it, vi } from 'vitest';
import { validateProfile } from '../../src/engine/profile/index';
import {
  checkProfileUrl,
  downloadProfile,
  exportText,
  importProfileFile,
  readManaged,
  refreshProfiles,
  setProfileUrl,
  type ProfileDeps,
} from '../../src/background/profile-sources';
import { createProfileHost, isStale } from '../../src/background/profile-host';

const profile = (name: string, extra: Record<string, unknown> = {}) => ({ version: 1, name, ...extra });
const TEAM = profile('Team', {
  rules: { 'grammar/repeated-word': { severity: 'error', locked: true }, 'privacy/card-number': 'warning' },
  words: ['HelioVPN'],
  customRules: [
    { id: 'tone/team-banned', kind: 'existence', message: 'Say "{actual}" another way.', phrases: { en: ['calm down'] } },
  ],
});
const URL_A = 'https://profiles.example.com/team.json';

interface Fake extends ProfileDeps {
  store: Record<string, unknown>;
  policy: Record<string, unknown> | null;
  served: Map<string, () => Promise<Response>>;
  fetched: string[];
  writes: number;
  clock: Date;
}

function fake(): Fake {
  const f: Fake = {
    store: {},
    policy: null,
    served: new Map(),
    fetched: [],
    writes: 0,
    clock: new Date('2026-11-24T10:00:00Z'),
    local: {
      get: async (keys) => Object.fromEntries(keys.filter((k) => k in f.store).map((k) => [k, structuredClone(f.store[k])])),
      set: async (items) => {
        f.writes++;
        Object.assign(f.store, structuredClone(items));
      },
    },
    managed: {
      get: async () => {
        if (f.policy === null) throw new Error('Managed storage manifest not found');
        return structuredClone(f.policy);
      },
    },
    fetch: (async (input: string | URL | Request) => {
      const url = String(input);
      f.fetched.push(url);
      const serve = f.served.get(url);
      if (!serve) throw new TypeError('Failed to fetch');
      return serve();
    }) as typeof fetch,
    now: () => f.clock,
  };
  return f;
}

const json = (v: unknown) => async () => new Response(JSON.stringify(v), { status: 200, headers: { 'content-type': 'application/json' } });

describe('precedence: managed > URL > file > personal', () => {
  it('the strongest source with a good profile is in force, and falls through as sources go away', async () => {
    const f = fake();
    await importProfileFile(f, 'file.json', JSON.stringify(profile('From file')));
    f.served.set(URL_A, json(profile('From URL')));
    await setProfileUrl(f, URL_A);
    f.policy = { profile: JSON.stringify(profile('From policy')) };

    let s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'managed', origin: 'enterprise policy' });
    expect(s.resolution.inForce!.profile.name).toBe('From policy');

    f.policy = {};
    s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'url', origin: URL_A });
    expect(s.resolution.inForce!.profile.name).toBe('From URL');

    await setProfileUrl(f, null);
    s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'file', origin: 'file.json' });

    f.store.profileState = { ...(f.store.profileState as object), file: { lastGood: null, errors: [] } };
    s = await refreshProfiles(f, { personal: { rules: { 'grammar/repeated-word': 'off' } } });
    expect(s.resolution.inForce).toBeNull();
    expect(s.resolution.settings.rules['grammar/repeated-word']).toMatchObject({ level: 'off', setBy: 'personal' });
  });

  it('the rep\'s settings apply on top only where the profile allows: a locked rule stays locked', async () => {
    const f = fake();
    f.policy = { profile: JSON.stringify(TEAM) };
    const s = await refreshProfiles(f, { personal: { rules: { 'grammar/repeated-word': 'off', 'privacy/card-number': 'off' }, words: ['Zendesk'] } });
    expect(s.resolution.settings.rules['grammar/repeated-word']).toEqual({ level: 'error', locked: true, setBy: 'profile' });
    expect(s.resolution.settings.rules['privacy/card-number']).toEqual({ level: 'off', locked: false, setBy: 'personal' });
    expect(s.resolution.ignoredPersonal).toContainEqual({ ruleId: 'grammar/repeated-word', reason: 'locked' });
    expect(s.resolution.settings.personalWords).toEqual(['Zendesk']);
  });

  it('takes Firefox\'s policy form, the profile as an object', async () => {
    const f = fake();
    f.policy = { profile: TEAM };
    expect((await refreshProfiles(f)).resolution.inForce?.profile.name).toBe('Team');
  });

  it('a policy profileUrl is the subscribed URL, ahead of the rep\'s own', async () => {
    const f = fake();
    f.store.profileUrl = 'https://rep.example.com/mine.json';
    f.policy = { profileUrl: URL_A };
    f.served.set(URL_A, json(profile('Admin URL')));
    const s = await refreshProfiles(f, { download: true });
    expect(s.url).toEqual({ url: URL_A, by: 'policy' });
    expect(f.fetched).toEqual([URL_A]);
    expect(s.resolution.inForce?.profile.name).toBe('Admin URL');
  });

  it('a policy read that does not answer in time is unknown, not withdrawn: the last good policy copy stands', async () => {
    const f = fake();
    f.policy = { profile: JSON.stringify(TEAM) };
    await refreshProfiles(f);
    f.managed = { get: () => new Promise(() => {}) };
    expect(await readManaged(f, 20)).toEqual({ unknown: true });
    const s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'managed', latestRejected: false });
    expect(s.resolution.inForce!.profile.name).toBe('Team');
  });

  it('no policy (storage.managed rejects, as in Firefox without one, or is missing) is no managed source', async () => {
    const f = fake();
    expect(await readManaged(f)).toEqual({});
    expect(await readManaged({})).toEqual({});
  });
});

describe('an invalid source keeps its last good copy', () => {
  it('an invalid managed policy leaves the last good policy profile in force, with its errors located', async () => {
    const f = fake();
    await importProfileFile(f, 'file.json', JSON.stringify(profile('From file')));
    f.policy = { profile: JSON.stringify(TEAM) };
    await refreshProfiles(f);
    f.policy = { profile: JSON.stringify({ version: 1, rules: { 'grammar/repeated-wrd': 'off' } }) };
    const s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'managed', latestRejected: true });
    expect(s.resolution.inForce!.profile.name).toBe('Team');
    expect(s.state.managed!.errors.map((e) => e.path)).toContain('/rules/grammar~1repeated-wrd');

    f.policy = { profile: '{ not json' };
    const t = await refreshProfiles(f);
    expect(t.resolution.inForce!.profile.name).toBe('Team');
    expect(t.state.managed!.errors.length).toBeGreaterThan(0);
  });

  it('an invalid policy with no good copy yet falls through to the next source', async () => {
    const f = fake();
    await importProfileFile(f, 'file.json', JSON.stringify(profile('From file')));
    f.policy = { profile: 'garbage' };
    const s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'file' });
    expect(s.state.managed!.errors.length).toBeGreaterThan(0);
  });

  it('garbage, an error status or no network from the URL keep its last good copy', async () => {
    const f = fake();
    f.served.set(URL_A, json(profile('Good')));
    await setProfileUrl(f, URL_A);
    for (const serve of [
      async () => new Response('<html>Sign in</html>', { status: 200 }),
      async () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      undefined,
    ]) {
      if (serve) f.served.set(URL_A, serve);
      else f.served.delete(URL_A);
      const s = await refreshProfiles(f, { download: true });
      expect(s.resolution.inForce).toMatchObject({ source: 'url' });
      expect(s.resolution.inForce!.profile.name).toBe('Good');
      expect(s.state.url!.errors.length).toBeGreaterThan(0);
    }
    expect((f.store.profileState as { url: { errors: { message: string }[] } }).url.errors[0]!.message).toMatch(/could not be downloaded/);
  });

  it('a good copy from an address no longer subscribed is not used', async () => {
    const f = fake();
    f.served.set(URL_A, json(profile('Old address')));
    await setProfileUrl(f, URL_A);
    const s = await setProfileUrl(f, 'https://other.example.com/p.json');
    expect(s.ok && s.status.resolution.inForce).toBeNull();
  });

  it('an invalid imported file is refused with its errors and the previous file stays', async () => {
    const f = fake();
    expect((await importProfileFile(f, 'a.json', JSON.stringify(profile('A')))).ok).toBe(true);
    const bad = await importProfileFile(f, 'b.json', JSON.stringify({ version: 2, name: 'B' }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.some((e) => e.path === '/version')).toBe(true);
    const s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'file', origin: 'a.json' });
  });
});

describe('downloading a profile', () => {
  it('refuses anything but HTTPS without fetching', async () => {
    const f = fake();
    for (const url of ['http://profiles.example.com/p.json', 'file:///etc/passwd', 'ftp://x/p.json', 'not a url', 'https://u:p@x.example.com/p']) {
      expect((await downloadProfile(url, f.fetch)).ok, url).toBe(false);
    }
    expect(f.fetched).toEqual([]);
    expect(await setProfileUrl(f, 'http://profiles.example.com/p.json')).toEqual({ ok: false, message: 'The profile address must start with https://.' });
    expect(f.store.profileUrl).toBeUndefined();
    expect(checkProfileUrl(URL_A).ok).toBe(true);
  });

  it('refuses a redirect to plain HTTP', async () => {
    const f = fake();
    f.served.set(URL_A, async () => {
      const r = new Response('{}', { status: 200 });
      Object.defineProperty(r, 'url', { value: 'http://evil.example.com/p.json' });
      return r;
    });
    expect(await downloadProfile(URL_A, f.fetch)).toMatchObject({ ok: false, message: expect.stringMatching(/not https/) });
  });

  it('gives up after the timeout when the server does not answer, and when the body never ends', async () => {
    const f = fake();
    f.served.set(URL_A, () => new Promise<Response>(() => {}));
    expect(await downloadProfile(URL_A, f.fetch, { timeoutMs: 50 })).toEqual({ ok: false, message: 'The profile did not download within 0 seconds.' });
    f.served.set(URL_A, async () => new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('{"version":')); } })));
    expect(await downloadProfile(URL_A, f.fetch, { timeoutMs: 50 })).toMatchObject({ ok: false, message: expect.stringMatching(/did not download/) });
  });

  it('refuses an oversized profile, by its declared length or by what arrives', async () => {
    const f = fake();
    f.served.set(URL_A, async () => new Response('x', { headers: { 'content-length': String(10_000_000) } }));
    expect(await downloadProfile(URL_A, f.fetch)).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 256 KB/) });
    let pulled = 0;
    f.served.set(URL_A, async () => new Response(new ReadableStream({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    })));
    expect(await downloadProfile(URL_A, f.fetch)).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
    expect(pulled).toBeLessThan(10);
  });

  it('reads a profile in pieces (multi-byte characters split across chunks)', async () => {
    const f = fake();
    const bytes = new TextEncoder().encode(JSON.stringify(profile('Kalniņa')));
    const cut = bytes.indexOf(0xc5) + 1;
    f.served.set(URL_A, async () => new Response(new ReadableStream({ start(c) { c.enqueue(bytes.slice(0, cut)); c.enqueue(bytes.slice(cut)); c.close(); } })));
    const got = await downloadProfile(URL_A, f.fetch);
    expect(got.ok && JSON.parse(got.text).name).toBe('Kalniņa');
  });
});

describe('refreshing', () => {
  it('stores nothing when nothing changed (each write rebuilds the worker\'s engine)', async () => {
    const f = fake();
    f.policy = { profile: JSON.stringify(TEAM) };
    await refreshProfiles(f);
    const writes = f.writes;
    const first = structuredClone(f.store.profileState);
    f.clock = new Date('2026-11-24T11:00:00Z');
    const s = await refreshProfiles(f);
    expect(f.writes).toBe(writes);
    expect(f.store.profileState).toEqual(first);
    expect(s.resolution.inForce!.receivedAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('the worker downloads the URL when its copy is stale, without holding up the settings', async () => {
    const f = fake();
    f.served.set(URL_A, json(profile('v1')));
    await setProfileUrl(f, URL_A);
    f.served.set(URL_A, json(profile('v2')));
    const host = createProfileHost(f);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      expect((await host.effectiveSettings({})).rules).toEqual({});
      await host.settled();
      expect(f.fetched).toHaveLength(1); // fresh: not downloaded again
      f.clock = new Date(f.clock.getTime() + 61 * 60_000);
      await host.effectiveSettings({});
      await host.settled();
      expect(f.fetched).toHaveLength(2);
      expect((await refreshProfiles(f)).resolution.inForce!.profile.name).toBe('v2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('the worker reads a policy that was not readable at start again shortly, and stores it', async () => {
    const f = fake();
    let answer: (v: Record<string, unknown>) => void = () => {};
    const slow = new Promise<Record<string, unknown>>((r) => (answer = r));
    let reads = 0;
    f.managed = { get: () => (++reads === 1 ? slow : Promise.resolve({ profile: JSON.stringify(TEAM) })) };
    const host = createProfileHost(f);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const first = host.effectiveSettings({});
      await vi.advanceTimersByTimeAsync(1000);
      expect((await first).customRules).toEqual([]);
      answer({});
      await vi.advanceTimersByTimeAsync(2000);
      expect(reads).toBe(2);
      await vi.waitFor(() => expect((f.store.profileState as { managed: { lastGood: unknown } }).managed.lastGood).not.toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('isStale: no URL never, a copy from another address at once, otherwise after the period', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(isStale({ url: null, state: {} }, now)).toBe(false);
    expect(isStale({ url: { url: URL_A, by: 'rep' }, state: {} }, now)).toBe(true);
    const good = { profile: profile('x') as never, origin: URL_A };
    expect(isStale({ url: { url: URL_A, by: 'rep' }, state: { url: { lastGood: good, errors: [], checkedAt: '2026-11-24T09:30:00Z' } } }, now)).toBe(false);
    expect(isStale({ url: { url: URL_A, by: 'rep' }, state: { url: { lastGood: good, errors: [], checkedAt: '2026-11-24T08:59:00Z' } } }, now)).toBe(true);
    expect(isStale({ url: { url: 'https://b.example.com/', by: 'rep' }, state: { url: { lastGood: good, errors: [], checkedAt: '2026-11-24T09:59:00Z' } } }, now)).toBe(true);
  });
});

describe('export', () => {
  it('writes the effective profile, which validates and keeps the locks and the rep\'s allowed changes', async () => {
    const f = fake();
    f.policy = { profile: JSON.stringify(TEAM) };
    const s = await refreshProfiles(f, { personal: { rules: { 'grammar/repeated-word': 'off', 'privacy/card-number': 'off' }, words: ['Zendesk'] } });
    const out = JSON.parse(exportText(s.resolution));
    const v = validateProfile(out);
    expect(v.ok).toBe(true);
    expect(out.rules['grammar/repeated-word']).toEqual({ severity: 'error', locked: true });
    expect(out.rules['privacy/card-number']).toBe('off');
    expect(out.words).toEqual(['HelioVPN', 'Zendesk']);
    expect(out.customRules[0].id).toBe('tone/team-banned');
  });
});

describe('storage full', () => {
  it('a profile state that cannot be stored still resolves: the team profile stays in force and the failure is reported', async () => {
    const f = fake();
    await importProfileFile(f, 'team.json', JSON.stringify(TEAM));
    const before = structuredClone(f.store);
    f.policy = { profile: JSON.stringify(profile('From policy')) };
    f.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const s = await refreshProfiles(f);
    expect(s.resolution.inForce).toMatchObject({ source: 'managed', profile: { name: 'From policy' } });
    expect(s.storeError).toContain('QUOTA_BYTES');
    expect(f.store).toEqual(before);
    // An import that cannot be stored is refused with the reason; the previous copy is still there.
    await expect(importProfileFile(f, 'other.json', JSON.stringify(profile('Other')))).rejects.toThrow('QUOTA_BYTES');
    expect(f.store).toEqual(before);
  });
});
