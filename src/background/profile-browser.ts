// The real browser behind profile-sources' ProfileDeps: storage.local, storage.managed and fetch. Shared by the
// worker and the options page (both are extension pages with the same storage and permissions).
import { ext } from '../shared/ext';
import { storageWriteError } from '../shared/settings';
import type { ProfileDeps } from './profile-sources';

export function browserProfileDeps(): ProfileDeps {
  return {
    local: {
      get: (keys) => ext.storage.local.get(keys) as Promise<Record<string, unknown>>,
      set: (items) =>
        ext.storage.local.set(items).catch((err: unknown) => {
          throw storageWriteError(err);
        }),
    },
    // Firefox has storage.managed only with a policy in place and rejects otherwise; readManaged treats that as none.
    ...(ext.storage.managed ? { managed: { get: (keys: string[]) => ext.storage.managed.get(keys) as Promise<Record<string, unknown>> } } : {}),
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
  };
}
