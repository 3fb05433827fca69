// Where the team profile comes from, and what is kept of each source between runs. The three sources (enterprise
// policy in storage.managed, a profile URL, a file imported on the options page) are read here; which one is in
// force is decided by the engine's resolveProfiles, never here. Every browser API comes in through `ProfileDeps`,
// so the tests drive this module with a fake storage and a fake fetch.
//
// What storage.local holds (besides the rep's own settings, see src/shared/settings.ts):
//   profileUrl    — the URL the rep subscribed to (HTTPS only), or absent
//   profileState  — per source, its last good copy, the errors of its newest copy, when it was last checked
import {
  effectiveProfile,
  MAX_PROFILE_BYTES,
  resolveProfiles,
  type GoodCopy,
  type PersonalSettings,
  type Profile,
  type ProfileError,
  type Resolution,
  type SourceInput,
  type SourceKind,
} from '../engine/profile/index';

import { PROFILE_KEYS } from '../shared/settings';

/** The storage.local keys this module owns; a change to any of them changes the effective settings. */
export const PROFILE_STORAGE_KEYS = PROFILE_KEYS;
/** How long a profile download may take before the last good copy is used instead. */
export const FETCH_TIMEOUT_MS = 10_000;
/** How often the profile URL is downloaded again, at most. */
export const REFRESH_MINUTES = 60;
export const MANAGED_ORIGIN = 'enterprise policy';

export interface StoredSource {
  lastGood: GoodCopy | null;
  /** Why the newest copy was rejected (or could not be downloaded); empty when it passed. */
  errors: ProfileError[];
  /** ISO time this source was last read or downloaded, whatever the outcome. */
  checkedAt?: string;
}

export type ProfileState = Partial<Record<SourceKind, StoredSource>>;

/** The slice of the browser this module uses. */
export interface ProfileDeps {
  local: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /** storage.managed; may reject (Firefox without a policy, or no schema) — treated as "no policy". */
  managed?: { get(keys: string[]): Promise<Record<string, unknown>> };
  fetch: typeof fetch;
  now(): Date;
}

export interface ManagedPolicy {
  /** The policy's profile: JSON text (Chrome) or an object (Firefox); undefined when not set. */
  profile?: unknown;
  profileUrl?: string;
  /** The policy could not be read in time: unknown, so the last good policy copy stands (not "withdrawn"). */
  unknown?: true;
}

/** How long reading the policy may take. Chromium can leave the first storage.managed read pending for a long while. */
export const MANAGED_TIMEOUT_MS = 1000;

export async function readManaged(deps: Pick<ProfileDeps, 'managed'>, timeoutMs = MANAGED_TIMEOUT_MS): Promise<ManagedPolicy> {
  if (!deps.managed) return {};
  let stored: Record<string, unknown> | 'timeout';
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    stored = await Promise.race([
      deps.managed.get(['profile', 'profileUrl']).then((r) => r ?? {}),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
  } catch {
    return {};
  } finally {
    clearTimeout(timer);
  }
  if (stored === 'timeout') return { unknown: true };
  const out: ManagedPolicy = {};
  if (stored.profile !== undefined && stored.profile !== '') out.profile = stored.profile;
  if (typeof stored.profileUrl === 'string' && stored.profileUrl !== '') out.profileUrl = stored.profileUrl;
  return out;
}

/** An address a profile may be downloaded from: HTTPS only, so nobody on the network can swap the team's rules. */
export function checkProfileUrl(url: string): { ok: true; url: URL } | { ok: false; message: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, message: 'This is not a web address.' };
  }
  if (u.protocol !== 'https:') return { ok: false, message: 'The profile address must start with https://.' };
  if (u.username || u.password) return { ok: false, message: 'The profile address must not contain a user name or password.' };
  return { ok: true, url: u };
}

/** The host permission pattern that lets the extension download from this address. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export type Download = { ok: true; text: string } | { ok: false; message: string };

/** Downloads a profile: HTTPS only, at most MAX_PROFILE_BYTES, within `timeoutMs`. Never throws. */
export async function downloadProfile(
  url: string,
  fetchImpl: typeof fetch,
  { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_PROFILE_BYTES } = {},
): Promise<Download> {
  const checked = checkProfileUrl(url);
  if (!checked.ok) return checked;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // A body that never finishes must time out too, not only a server that never answers.
  const timeout = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('timeout'))));
  try {
    const read = (async (): Promise<Download> => {
      // No cookies or cached copies: the profile is public team data, and a stale cache would hide an update.
      const response = await fetchImpl(checked.url.href, { signal: controller.signal, credentials: 'omit', cache: 'no-store', redirect: 'follow' });
      if (response.url && !response.url.startsWith('https:')) return { ok: false, message: 'The profile address redirected to an address that is not https://.' };
      if (!response.ok) return { ok: false, message: `The server answered ${response.status} ${response.statusText}`.trim() + '.' };
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, message: tooLarge(maxBytes) };
      if (!response.body) {
        const text = await response.text();
        return new TextEncoder().encode(text).length > maxBytes ? { ok: false, message: tooLarge(maxBytes) } : { ok: true, text };
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          void reader.cancel().catch(() => {});
          return { ok: false, message: tooLarge(maxBytes) };
        }
        chunks.push(value);
      }
      const all = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.byteLength;
      }
      return { ok: true, text: new TextDecoder().decode(all) };
    })();
    return await Promise.race([read, timeout]);
  } catch (err) {
    if (timedOut) return { ok: false, message: `The profile did not download within ${Math.round(timeoutMs / 1000)} seconds.` };
    return { ok: false, message: `The profile could not be downloaded (${err instanceof Error ? err.message : String(err)}).` };
  } finally {
    clearTimeout(timer);
  }
}

const tooLarge = (max: number) => `The profile is larger than ${Math.round(max / 1024)} KB; a team profile is a page of settings.`;

async function readState(deps: ProfileDeps): Promise<{ state: ProfileState; repUrl?: string }> {
  const stored = await deps.local.get([...PROFILE_STORAGE_KEYS]);
  const state = isObject(stored.profileState) ? (stored.profileState as ProfileState) : {};
  const repUrl = typeof stored.profileUrl === 'string' ? stored.profileUrl : undefined;
  return repUrl === undefined ? { state } : { state, repUrl };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The profile URL in force: the policy's, else the rep's. */
export function subscribedUrl(policy: ManagedPolicy, repUrl: string | undefined): { url: string; by: 'policy' | 'rep' } | null {
  if (policy.profileUrl) return { url: policy.profileUrl, by: 'policy' };
  if (repUrl) return { url: repUrl, by: 'rep' };
  return null;
}

export interface ProfileStatus {
  resolution: Resolution;
  state: ProfileState;
  /** The URL subscribed to, and who set it. */
  url: { url: string; by: 'policy' | 'rep' } | null;
  policy: ManagedPolicy;
  /** The profile state could not be stored (the browser's storage is full): this run's answer was not kept. */
  storeError?: string;
}

export interface RefreshOptions {
  /** Download the profile URL now (the alarm, the options page's "Subscribe"); otherwise its stored copy is used. */
  download?: boolean;
  personal?: PersonalSettings;
}

/**
 * Reads every source, downloads the URL if asked, resolves, and stores each source's last good copy and errors.
 * The policy is read fresh every time (it is local and can change under us); the URL only when asked to download.
 */
export async function refreshProfiles(deps: ProfileDeps, options: RefreshOptions = {}): Promise<ProfileStatus> {
  const policy = await readManaged(deps);
  const { state, repUrl } = await readState(deps);
  const now = deps.now().toISOString();
  const url = subscribedUrl(policy, repUrl);
  const next: ProfileState = { ...state };

  const managed: SourceInput = { latest: policy.unknown ? undefined : (policy.profile ?? null), origin: MANAGED_ORIGIN, receivedAt: now, lastGood: state.managed?.lastGood ?? null };
  // A good copy from another address than the one subscribed now is not this source's last good copy.
  const urlLastGood = url && state.url?.lastGood?.origin === url.url ? state.url.lastGood : null;
  const urlInput: SourceInput = { lastGood: urlLastGood };
  let downloadError: ProfileError | null = null;
  if (!url) urlInput.latest = null;
  else if (options.download) {
    const got = await downloadProfile(url.url, deps.fetch);
    if (got.ok) Object.assign(urlInput, { latest: got.text, origin: url.url, receivedAt: now });
    else downloadError = { path: '', message: got.message };
  }
  const file: SourceInput = { lastGood: state.file?.lastGood ?? null };

  const resolution = resolveProfiles({ managed, url: urlInput, file, ...(options.personal ? { personal: options.personal } : {}) });

  // A policy copy that did not change keeps the time it first arrived.
  const managedGood = resolution.sources.managed.lastGood;
  if (managedGood && state.managed?.lastGood && sameProfile(managedGood.profile, state.managed.lastGood.profile)) {
    managedGood.receivedAt = state.managed.lastGood.receivedAt ?? now;
  }
  if (resolution.inForce?.source === 'managed' && managedGood) resolution.inForce.receivedAt = managedGood.receivedAt ?? now;

  // Read on every engine build: only a change is stored (and stamped), or each write would trigger another build.
  const managedErrors = resolution.sources.managed.errors;
  const managedSame =
    JSON.stringify([managedGood, managedErrors]) === JSON.stringify([state.managed?.lastGood ?? null, state.managed?.errors ?? []]);
  const managedChecked = managedSame ? state.managed?.checkedAt : now;
  next.managed = { lastGood: managedGood, errors: managedErrors, ...(managedChecked ? { checkedAt: managedChecked } : {}) };
  const urlErrors = downloadError ? [downloadError] : resolution.sources.url.errors;
  const urlChecked = !url ? undefined : options.download ? now : state.url?.checkedAt;
  const urlKeptErrors = !url ? [] : options.download ? urlErrors : (state.url?.errors ?? []);
  next.url = { lastGood: resolution.sources.url.lastGood, errors: urlKeptErrors, ...(urlChecked ? { checkedAt: urlChecked } : {}) };
  next.file = { lastGood: resolution.sources.file.lastGood, errors: state.file?.errors ?? [], ...(state.file?.checkedAt ? { checkedAt: state.file.checkedAt } : {}) };

  // A write that fails (storage full) must not cost the team its profile: the resolution stands for this run, what
  // was stored before stays, and the options page says what is wrong.
  let storeError: string | undefined;
  if (JSON.stringify(next) !== JSON.stringify(state)) {
    try {
      await deps.local.set({ profileState: next });
    } catch (err) {
      storeError = err instanceof Error ? err.message : String(err);
    }
  }
  return { resolution, state: next, url, policy, ...(storeError ? { storeError } : {}) };
}

function sameProfile(a: Profile, b: Profile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type ImportResult = { ok: true; profile: Profile } | { ok: false; errors: ProfileError[] };

/**
 * A file the rep chose on the options page. A valid one becomes the file source's copy; an invalid one is refused
 * with its errors and the previous copy stays.
 */
export async function importProfileFile(deps: ProfileDeps, name: string, text: string): Promise<ImportResult> {
  const now = deps.now().toISOString();
  const resolution = resolveProfiles({ file: { latest: text, origin: name, receivedAt: now } });
  const { state } = await readState(deps);
  const good = resolution.sources.file.lastGood;
  if (!good) {
    await deps.local.set({ profileState: { ...state, file: { lastGood: state.file?.lastGood ?? null, errors: resolution.sources.file.errors, checkedAt: now } } });
    return { ok: false, errors: resolution.sources.file.errors };
  }
  await deps.local.set({ profileState: { ...state, file: { lastGood: good, errors: [], checkedAt: now } } });
  return { ok: true, profile: good.profile };
}

export async function clearProfileFile(deps: ProfileDeps): Promise<void> {
  const { state } = await readState(deps);
  await deps.local.set({ profileState: { ...state, file: { lastGood: null, errors: [] } } });
}

/** Subscribes the rep to a profile URL (HTTPS only) and downloads it at once. `null` unsubscribes. */
export async function setProfileUrl(deps: ProfileDeps, url: string | null, personal?: PersonalSettings): Promise<{ ok: true; status: ProfileStatus } | { ok: false; message: string }> {
  if (url === null) {
    const { state } = await readState(deps);
    await deps.local.set({ profileUrl: null, profileState: { ...state, url: { lastGood: null, errors: [] } } });
    return { ok: true, status: await refreshProfiles(deps, personal ? { personal } : {}) };
  }
  const checked = checkProfileUrl(url);
  if (!checked.ok) return checked;
  await deps.local.set({ profileUrl: checked.url.href });
  return { ok: true, status: await refreshProfiles(deps, { download: true, ...(personal ? { personal } : {}) }) };
}

/** What the options page's export writes: the profile in force with the rep's allowed changes, as a file. */
export function exportText(resolution: Resolution): string {
  return JSON.stringify(effectiveProfile(resolution), null, 2) + '\n';
}
