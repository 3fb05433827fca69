// Sites beyond Gmail and Outlook (a helpdesk's reply form) are opt-in: the popup asks for that one origin with
// permissions.request, and this module keeps one dynamic content script registered for exactly the origins the rep
// has granted. The manifest's own content scripts cover the webmail hosts, so those are left out here.
import { ext } from '../shared/ext';

const SCRIPT_ID = 'replycheck-sites';

/** Origins granted at run time (or by policy), without the manifest's own webmail matches. */
export function grantedSiteOrigins(origins: readonly string[], manifestMatches: readonly string[]): string[] {
  return origins.filter((o) => !manifestMatches.includes(o) && /^https?:\/\/[^*/]+\/\*$/.test(o));
}

export async function syncSiteScripts(): Promise<void> {
  const manifest = ext.runtime.getManifest();
  const own = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const { origins = [] } = await ext.permissions.getAll();
  const matches = grantedSiteOrigins(origins, own);
  const existing = await ext.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await ext.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await ext.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: ['content.js'], css: ['content.css'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export function watchSitePermissions(): void {
  const sync = () => void syncSiteScripts().catch((err: unknown) => console.warn('replycheck: site scripts', err));
  ext.permissions.onAdded.addListener(sync);
  ext.permissions.onRemoved.addListener(sync);
  ext.runtime.onInstalled.addListener(sync);
  ext.runtime.onStartup.addListener(sync);
}
