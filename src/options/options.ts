// The options page: languages, the personal dictionary and rules on/off. Changes go through the worker (which
// validates them) and land in storage; every open compose box re-checks when they do.
import { LANGUAGES, type Language } from '../engine/types';
import { SUPPORTED_LANGUAGES } from '../engine/lang/pack';
import type { RuleInfo } from '../shared/protocol';
import { request } from '../shared/messaging';
import { isDictionaryWord, loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { ext } from '../shared/ext';
import { MAX_PROFILE_BYTES, type ProfileError, type SourceKind } from '../engine/profile/index';
import { browserProfileDeps } from '../background/profile-browser';
import {
  clearProfileFile,
  exportText,
  importProfileFile,
  originPattern,
  checkProfileUrl,
  refreshProfiles,
  setProfileUrl,
  type ProfileStatus,
} from '../background/profile-sources';

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English', lv: 'Latvian', sl: 'Slovenian', hr: 'Croatian', fi: 'Finnish',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let rules: RuleInfo[] = [];
let status: ProfileStatus | null = null;
const profileDeps = browserProfileDeps();

const SOURCE_NAMES: Record<SourceKind, string> = {
  managed: 'your company\'s browser policy',
  url: 'a profile address',
  file: 'an imported file',
};

/** Says at the top of the page why a change was not saved (the worker's or the browser's words), or clears it. */
function saveError(message: string | null) {
  $('save-error').textContent = message ?? '';
}

/** Sends a settings change to the worker; false (with the reason shown) when it was refused or not saved. */
async function change(req: Parameters<typeof request>[0]): Promise<boolean> {
  const r = await request(req).catch((err: unknown) => ({ kind: 'error' as const, message: err instanceof Error ? err.message : String(err) }));
  if (r.kind === 'error') {
    saveError(r.message);
    return false;
  }
  saveError(null);
  return true;
}

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

/** A list of a profile's problems, each with where it is: text nodes only, never markup from the profile. */
function problemList(errors: readonly ProfileError[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'problems';
  for (const e of errors) {
    const li = document.createElement('li');
    li.dataset.path = e.path;
    const where = document.createElement('code');
    where.textContent = e.path === '' ? '(whole profile)' : e.path;
    li.append(where, ` ${e.message}`);
    ul.append(li);
  }
  return ul;
}

function renderProfile(s: ProfileStatus) {
  const { inForce } = s.resolution;
  $('profile-name').textContent = inForce ? (inForce.profile.name ?? '(unnamed profile)') : 'None: only your own settings apply.';
  if (inForce) {
    const source = SOURCE_NAMES[inForce.source];
    $('profile-source').textContent = inForce.origin && inForce.source !== 'managed' ? `${source}: ${inForce.origin}` : source;
    $('profile-source').dataset.source = inForce.source;
  } else {
    $('profile-source').textContent = '—';
    $('profile-source').dataset.source = 'none';
  }
  const checked = inForce ? s.state[inForce.source]?.checkedAt : undefined;
  $('profile-refreshed').textContent = inForce
    ? `received ${when(inForce.receivedAt)}${checked && checked !== inForce.receivedAt ? `, last checked ${when(checked)}` : ''}`
    : '—';

  const problems: HTMLElement[] = [];
  for (const kind of ['managed', 'url'] as const) {
    const errors = s.state[kind]?.errors ?? [];
    if (errors.length === 0) continue;
    const p = document.createElement('p');
    p.className = 'error';
    const kept = s.state[kind]?.lastGood ? ' Its last good copy stays in force.' : '';
    p.textContent = `The profile from ${SOURCE_NAMES[kind]} was rejected.${kept}`;
    const div = document.createElement('div');
    div.dataset.source = kind;
    div.append(p, problemList(errors));
    problems.push(div);
  }
  if (s.storeError) {
    const p = document.createElement('p');
    p.className = 'error';
    p.dataset.source = 'storage';
    p.textContent = `The profile's state could not be saved: ${s.storeError}`;
    problems.push(p);
  }
  $('profile-problems').replaceChildren(...problems);

  const url = $<HTMLInputElement>('profile-url');
  if (document.activeElement !== url) url.value = s.url?.url ?? '';
  // The policy's address is the admin's: the rep cannot change or drop it here.
  const byPolicy = s.url?.by === 'policy';
  url.disabled = byPolicy;
  for (const b of document.querySelectorAll<HTMLButtonElement>('#profile-url-form button')) b.disabled = byPolicy;
  $<HTMLButtonElement>('profile-file-clear').disabled = !s.state.file?.lastGood;
}

async function refreshStatus(settings: Settings, download = false): Promise<ProfileStatus> {
  status = await refreshProfiles(profileDeps, { download, personal: { rules: settings.rules, words: settings.words } });
  return status;
}

function renderLanguages(settings: Settings) {
  // The team profile's languages, when it names some: the others are not checked, so they are not offered.
  const team = status?.resolution.settings.languages ?? null;
  const mine = settings.languages.filter((l) => !team || team.includes(l));
  $('languages').replaceChildren(
    ...LANGUAGES.map((lang) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = lang;
      const supported = SUPPORTED_LANGUAGES.includes(lang);
      const outside = team !== null && !team.includes(lang);
      // With none of the rep's languages in the team's, the worker checks in the team's: show that.
      box.checked = !outside && (mine.length > 0 ? mine.includes(lang) : team !== null || settings.languages.includes(lang));
      box.disabled = !supported || outside;
      if (outside) {
        label.dataset.team = 'outside';
        label.title = "Not one of your team's languages";
      }
      box.addEventListener('change', async () => {
        const chosen = [...document.querySelectorAll<HTMLInputElement>('#languages input:checked')].map((b) => b.value as Language);
        if (chosen.length === 0) {
          box.checked = true; // at least one language
          return;
        }
        // The rep's languages outside the team's stay stored (shown unchecked): they count again without the profile.
        const kept = settings.languages.filter((l) => team !== null && !team.includes(l));
        if (!(await change({ kind: 'set-languages', languages: [...chosen, ...kept] }))) box.checked = !box.checked;
      });
      label.append(box, `${LANGUAGE_NAMES[lang]}${!supported ? ' (coming soon)' : outside ? " (not one of your team's languages)" : ''}`);
      return label;
    }),
  );
}

function renderWords(settings: Settings) {
  $('words').replaceChildren(
    ...[...settings.words].sort((a, b) => a.localeCompare(b)).map((word) => {
      const li = document.createElement('li');
      li.dataset.word = word;
      const text = document.createElement('span');
      text.textContent = word;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', `Remove ${word}`);
      remove.addEventListener('click', () => void change({ kind: 'remove-word', word }));
      li.append(text, remove);
      return li;
    }),
  );
}

/** The built-in rules and the team profile's own rules, as the options page lists them. */
function allRules(): RuleInfo[] {
  const custom = (status?.resolution.settings.customRules ?? []).map((d) => ({
    id: d.id,
    category: d.id.split('/')[0] as RuleInfo['category'],
    description: `${d.description ?? d.message} (team rule)`,
    defaultSeverity: d.severity ?? 'warning',
    defaultOff: false,
    languages: [],
  }));
  return [...rules, ...custom];
}

function renderRules(settings: Settings) {
  const body = document.querySelector('#rules tbody')!;
  const effective = status?.resolution.settings;
  body.replaceChildren(
    ...allRules().map((rule) => {
      const tr = document.createElement('tr');
      const on = document.createElement('td');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.rule = rule.id;
      // What the engine runs with: the profile's setting, the rep's where the profile allows it, else the default.
      const setting = effective ? effective.rules[rule.id]?.level : settings.rules[rule.id];
      box.checked = setting === undefined ? !rule.defaultOff : setting !== 'off';
      box.setAttribute('aria-label', rule.id);
      const locked = effective?.rules[rule.id]?.locked === true;
      const frozen = locked || effective?.permissions.allowRuleChanges === false;
      box.disabled = frozen;
      if (frozen) {
        tr.dataset.locked = 'true';
        box.title = locked ? 'Locked by the team profile' : 'The team profile does not allow changing rules';
      }
      box.addEventListener('change', () => {
        const wanted = box.checked === !rule.defaultOff ? 'default' : box.checked ? rule.defaultSeverity : 'off';
        void change({ kind: 'set-rule', ruleId: rule.id, setting: wanted }).then((ok) => {
          if (!ok) box.checked = !box.checked;
        });
      });
      on.append(box);
      const id = document.createElement('td');
      id.className = 'id';
      id.textContent = rule.id;
      const desc = document.createElement('td');
      desc.textContent = rule.description;
      if (frozen) {
        const note = document.createElement('span');
        note.className = 'locked';
        note.textContent = locked ? ' 🔒 Locked by the team profile' : ' Set by the team profile';
        desc.append(note);
      }
      tr.append(on, id, desc);
      return tr;
    }),
  );
}

function render(settings: Settings) {
  if (status) renderProfile(status);
  renderLanguages(settings);
  renderWords(settings);
  renderRules(settings);
  $<HTMLInputElement>('overlay').checked = settings.underlines === 'overlay';
  $<HTMLInputElement>('deep-grammar').checked = settings.deepGrammar;
}

$('add-word-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = $<HTMLInputElement>('new-word');
  const word = input.value.trim();
  if (!isDictionaryWord(word)) {
    $('word-error').textContent = 'Enter one word (letters, digits, hyphens or apostrophes).';
    return;
  }
  $('word-error').textContent = '';
  const r = await request({ kind: 'add-word', word });
  if (r.kind === 'error') $('word-error').textContent = r.message;
  else input.value = '';
});

$<HTMLInputElement>('overlay').addEventListener('change', (e) => {
  const box = e.target as HTMLInputElement;
  saveSettings({ underlines: box.checked ? 'overlay' : 'auto' }).then(
    () => saveError(null),
    (err: unknown) => {
      box.checked = !box.checked;
      saveError(err instanceof Error ? err.message : String(err));
    },
  );
});

$<HTMLInputElement>('deep-grammar').addEventListener('change', (e) => {
  void saveSettings({ deepGrammar: (e.target as HTMLInputElement).checked });
});

$<HTMLInputElement>('profile-file').addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  const out = $('profile-import-result');
  if (!file) return;
  if (file.size > MAX_PROFILE_BYTES) {
    out.replaceChildren(problemList([{ path: '', message: `The file is larger than ${MAX_PROFILE_BYTES / 1024} KB; a team profile is a page of settings.` }]));
    out.className = 'error';
    input.value = '';
    return;
  }
  let result: Awaited<ReturnType<typeof importProfileFile>>;
  try {
    result = await importProfileFile(profileDeps, file.name, await file.text());
  } catch (err) {
    // Not stored (the browser's storage is full): the profile in force is unchanged.
    result = { ok: false, errors: [{ path: '', message: err instanceof Error ? err.message : String(err) }] };
  }
  input.value = '';
  if (result.ok) {
    out.className = 'ok';
    out.textContent = `Imported "${result.profile.name ?? file.name}".`;
  } else {
    const p = document.createElement('p');
    p.textContent = `"${file.name}" was not imported; the profile in force is unchanged. What is wrong:`;
    out.className = 'error';
    out.replaceChildren(p, problemList(result.errors));
  }
  render(await loadSettingsAndStatus());
});

$('profile-file-clear').addEventListener('click', async () => {
  await clearProfileFile(profileDeps);
  $('profile-import-result').replaceChildren();
  render(await loadSettingsAndStatus());
});

$('profile-url-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const value = $<HTMLInputElement>('profile-url').value.trim();
  const error = $('profile-url-error');
  const checked = checkProfileUrl(value);
  if (!checked.ok) {
    error.textContent = checked.message;
    return;
  }
  error.textContent = '';
  // Asked inside the click, before any await: the browser shows its prompt only in direct answer to a gesture. Only
  // the profile's own origin is asked for; a refusal still tries, since a server that allows CORS needs none.
  const granted = ext.permissions.request({ origins: [originPattern(checked.url.href)] }).catch(() => false);
  void (async () => {
    const allowed = await granted;
    const settings = await loadSettings();
    const r = await setProfileUrl(profileDeps, checked.url.href, { rules: settings.rules, words: settings.words }).catch(
      (err: unknown) => ({ ok: false as const, message: err instanceof Error ? err.message : String(err) }),
    );
    if (!r.ok) {
      error.textContent = r.message;
      return;
    }
    status = r.status;
    const downloadErrors = r.status.state.url?.errors ?? [];
    if (!allowed && downloadErrors.length > 0) error.textContent = 'ReplyCheck was not allowed to read from that address.';
    render(settings);
  })();
});

$('profile-url-clear').addEventListener('click', async () => {
  const settings = await loadSettings();
  const r = await setProfileUrl(profileDeps, null, { rules: settings.rules, words: settings.words });
  if (r.ok) status = r.status;
  $('profile-url-error').textContent = '';
  render(settings);
});

$('profile-export').addEventListener('click', async () => {
  await loadSettingsAndStatus();
  const blob = new Blob([exportText(status!.resolution)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'replycheck-profile.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
});

async function loadSettingsAndStatus(): Promise<Settings> {
  const settings = await loadSettings();
  await refreshStatus(settings);
  return settings;
}

async function init() {
  const r = await request({ kind: 'get-rules' });
  if (r.kind === 'rules') rules = r.rules;
  render(await loadSettingsAndStatus());
  onSettingsChanged((settings) => void refreshStatus(settings).then(() => render(settings)));
}
void init();
