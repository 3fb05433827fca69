// The options page: languages, the personal dictionary and rules on/off. Changes go through the worker (which
// validates them) and land in storage; every open compose box re-checks when they do.
import { LANGUAGES, type Language } from '../engine/types';
import { SUPPORTED_LANGUAGES } from '../engine/lang/pack';
import type { RuleInfo } from '../shared/protocol';
import { request } from '../shared/messaging';
import { isDictionaryWord, loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English', lv: 'Latvian', sl: 'Slovenian', hr: 'Croatian', fi: 'Finnish',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let rules: RuleInfo[] = [];

function renderLanguages(settings: Settings) {
  $('languages').replaceChildren(
    ...LANGUAGES.map((lang) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = lang;
      box.checked = settings.languages.includes(lang);
      const supported = SUPPORTED_LANGUAGES.includes(lang);
      box.disabled = !supported;
      box.addEventListener('change', async () => {
        const chosen = [...document.querySelectorAll<HTMLInputElement>('#languages input:checked')].map((b) => b.value as Language);
        if (chosen.length === 0) {
          box.checked = true; // at least one language
          return;
        }
        await request({ kind: 'set-languages', languages: chosen });
      });
      label.append(box, `${LANGUAGE_NAMES[lang]}${supported ? '' : ' (coming soon)'}`);
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
      remove.addEventListener('click', () => void request({ kind: 'remove-word', word }));
      li.append(text, remove);
      return li;
    }),
  );
}

function renderRules(settings: Settings) {
  const body = document.querySelector('#rules tbody')!;
  body.replaceChildren(
    ...rules.map((rule) => {
      const tr = document.createElement('tr');
      const on = document.createElement('td');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.rule = rule.id;
      const setting = settings.rules[rule.id];
      box.checked = setting === undefined ? !rule.defaultOff : setting !== 'off';
      box.setAttribute('aria-label', rule.id);
      box.addEventListener('change', () => {
        const wanted = box.checked === !rule.defaultOff ? 'default' : box.checked ? rule.defaultSeverity : 'off';
        void request({ kind: 'set-rule', ruleId: rule.id, setting: wanted });
      });
      on.append(box);
      const id = document.createElement('td');
      id.className = 'id';
      id.textContent = rule.id;
      const desc = document.createElement('td');
      desc.textContent = rule.description;
      tr.append(on, id, desc);
      return tr;
    }),
  );
}

function render(settings: Settings) {
  renderLanguages(settings);
  renderWords(settings);
  renderRules(settings);
  $<HTMLInputElement>('overlay').checked = settings.underlines === 'overlay';
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
  void saveSettings({ underlines: (e.target as HTMLInputElement).checked ? 'overlay' : 'auto' });
});

async function init() {
  const r = await request({ kind: 'get-rules' });
  if (r.kind === 'rules') rules = r.rules;
  render(await loadSettings());
  onSettingsChanged(render);
}
void init();
