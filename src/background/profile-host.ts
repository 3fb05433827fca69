// The worker's side of team profiles: the effective settings the engine is built from, and keeping the profile URL's
// copy fresh.
//
// The URL is downloaded again when its copy is older than REFRESH_MINUTES and the worker is building an engine (it
// does so on every start and after every settings change, i.e. whenever the rep is writing), plus a timer while the
// worker stays up. No "alarms" permission: a refresh only matters while the rep checks drafts, and waking a stopped
// worker every hour for nothing would cost more than it gives. The download never holds up a check: the engine is
// built from the stored copies, and a changed profile invalidates it through storage.onChanged.
import { resolveProfiles, type EffectiveSettings, type PersonalSettings } from '../engine/profile/index';
import { ext } from '../shared/ext';
import { browserProfileDeps } from './profile-browser';
import { refreshProfiles, REFRESH_MINUTES, type ProfileDeps, type ProfileStatus } from './profile-sources';

/** True when the subscribed URL's copy is due for another download. */
export function isStale(status: Pick<ProfileStatus, 'url' | 'state'>, now: Date, minutes = REFRESH_MINUTES): boolean {
  if (!status.url) return false;
  const checked = status.state.url?.checkedAt;
  // A copy from another address (the rep or the admin changed it) is due at once.
  if (status.state.url?.lastGood && status.state.url.lastGood.origin !== status.url.url) return true;
  return !checked || now.getTime() - Date.parse(checked) >= minutes * 60_000;
}

const MANAGED_RETRY_MS = 2000;

export function createProfileHost(deps: ProfileDeps) {
  let downloading: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function download(personal: PersonalSettings): Promise<void> {
    downloading ??= refreshProfiles(deps, { download: true, personal })
      .then(() => undefined, (err: unknown) => console.warn('ReplyCheck: the team profile could not be refreshed', err))
      .finally(() => (downloading = null));
    return downloading;
  }

  return {
    /** The settings the engine runs with: the profile in force with the rep's allowed changes on top. */
    async effectiveSettings(personal: PersonalSettings): Promise<EffectiveSettings> {
      const status = await refreshProfiles(deps, { personal });
      if (isStale(status, deps.now())) void download(personal);
      // The policy was not readable yet (the browser is starting): read it again shortly. A policy that differs from
      // the stored copy is stored, and that storage change rebuilds the engine.
      if (status.policy.unknown) {
        setTimeout(() => void refreshProfiles(deps, { personal }).catch(() => {}), MANAGED_RETRY_MS);
      }
      if (status.url && !timer) {
        timer = setTimeout(() => {
          timer = null;
          void download(personal);
        }, REFRESH_MINUTES * 60_000);
      }
      return status.resolution.settings;
    },
    /** The download in progress, if any (for the tests). */
    settled: () => downloading ?? Promise.resolve(),
  };
}

let host: ReturnType<typeof createProfileHost> | null = null;

/**
 * The worker's profile host, on the real browser. Without extension storage (the engine host's unit tests in Node)
 * there is no team profile; a storage failure checks with the rep's own settings rather than not at all.
 */
export async function effectiveSettings(personal: PersonalSettings): Promise<EffectiveSettings> {
  if (!ext?.storage) return resolveProfiles({ personal }).settings;
  host ??= createProfileHost(browserProfileDeps());
  try {
    return await host.effectiveSettings(personal);
  } catch (err) {
    console.warn('ReplyCheck: the team profile could not be read; checking with your own settings', err);
    return resolveProfiles({ personal }).settings;
  }
}
