// The popup: findings per category and a score for the draft in the active tab (asked of that tab's content
// script), and the switch that turns ReplyCheck off for the site.
import { CATEGORIES, type Category } from '../engine/types';
import type { Language } from '../engine/types';
import type { DraftSummary, DraftSummaryRequest, RecheckRequest } from '../shared/protocol';
import { ext } from '../shared/ext';
import { request } from '../shared/messaging';
import { COLORS } from '../content/underlines';
import { languageLine, pinChoices, spellingNote } from './language';

const NAMES: Record<Category, string> = {
  spelling: 'Spelling', grammar: 'Grammar', style: 'Style', tone: 'Tone', politeness: 'Politeness',
  structure: 'Structure', privacy: 'Privacy',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function activeTabId(): Promise<number | null> {
  // The e2e suite opens the popup as a page and names the tab it is about.
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function render(summary: DraftSummary, tabId: number) {
  const status = $('status');
  $('site').textContent = summary.host;
  $('site-row').hidden = false;
  const toggle = $<HTMLInputElement>('site-enabled');
  toggle.checked = summary.enabled;
  toggle.onchange = async () => {
    await request({ kind: 'set-site', host: summary.host, enabled: toggle.checked });
    setTimeout(() => void refresh(tabId), 150);
  };
  if (!summary.enabled) {
    status.textContent = 'ReplyCheck is off on this site.';
    $('draft').hidden = true;
    return;
  }
  if (!summary.draft) {
    status.textContent = 'No draft yet: click into a reply to start.';
    $('draft').hidden = true;
    return;
  }
  if (summary.draft.declined) {
    status.textContent = summary.draft.declined;
    $('draft').hidden = true;
    return;
  }
  const { counts, score, total } = summary.draft;
  status.textContent = total === 0 ? 'No problems found in this draft.' : `${total} ${total === 1 ? 'finding' : 'findings'} in this draft.`;
  if (summary.draft.note) status.textContent += ` ${summary.draft.note}`;
  $('score').textContent = String(score);
  const list = $('counts');
  list.replaceChildren(
    ...CATEGORIES.filter((c) => counts[c]).map((c) => {
      const li = document.createElement('li');
      li.dataset.category = c;
      const dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = COLORS[c];
      const name = document.createElement('span');
      name.textContent = NAMES[c];
      const n = document.createElement('span');
      n.className = 'n';
      n.textContent = String(counts[c]);
      li.append(dot, name, n);
      return li;
    }),
  );
  $('draft').hidden = false;
  void showLanguage(tabId);
}

/** The draft's language as the worker last checked it, with the select that pins another one for this compose box. */
async function showLanguage(tabId: number) {
  const d = await request({ kind: 'get-draft-language', tab: tabId }).catch(() => null);
  if (!d || d.kind !== 'draft-language' || d.doc === null) {
    $('language-row').hidden = true;
    return;
  }
  const doc = d.doc;
  $('language').textContent = languageLine(d);
  const select = $<HTMLSelectElement>('language-pin');
  select.replaceChildren(
    ...pinChoices(d.languages, d.teamLanguages).map((c) => {
      const option = document.createElement('option');
      option.value = c.value;
      option.textContent = c.label;
      return option;
    }),
  );
  select.value = d.pinned ?? '';
  select.onchange = async () => {
    await request({ kind: 'pin-language', doc, language: (select.value || null) as Language | null });
    // The content script checks its drafts again; the worker answers in the pinned language.
    await ext.tabs.sendMessage(tabId, { kind: 'recheck' } satisfies RecheckRequest).catch(() => {});
    // A language used for the first time loads its dictionary first (up to a few seconds): look again until then.
    for (const ms of [300, 1200, 3000]) setTimeout(() => void refresh(tabId), ms);
  };
  const note = spellingNote(d);
  $('spelling-note').textContent = note ?? '';
  $('spelling-note').hidden = note === null;
  $('language-row').hidden = false;
}

async function refresh(tabId: number) {
  try {
    const summary = (await ext.tabs.sendMessage(tabId, { kind: 'draft-summary' } satisfies DraftSummaryRequest)) as DraftSummary;
    if (summary?.kind === 'draft-summary') render(summary, tabId);
    else throw new Error('no answer');
  } catch {
    // No content script here. activeTab (granted by opening this popup) shows the tab's address, so the rep can
    // turn ReplyCheck on for this one site; the worker registers the content script for origins granted this way.
    $('status').textContent = 'ReplyCheck checks replies in Gmail and Outlook on the web.';
    const tab = await ext.tabs.get(tabId).catch(() => null);
    const url = tab?.url ? new URL(tab.url) : null;
    if (!url || !/^https?:$/.test(url.protocol)) return;
    const button = $<HTMLButtonElement>('enable-site');
    button.textContent = `Check replies on ${url.host}`;
    button.hidden = false;
    button.onclick = async () => {
      const granted = await ext.permissions.request({ origins: [`${url.origin}/*`] });
      if (!granted) return;
      await ext.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
      await ext.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      button.hidden = true;
      setTimeout(() => void refresh(tabId), 300);
    };
  }
}

$('options').addEventListener('click', (e) => {
  e.preventDefault();
  void ext.runtime.openOptionsPage();
});

void activeTabId().then((id) => {
  if (id === null) $('status').textContent = 'No active tab.';
  else void refresh(id);
});
