#!/usr/bin/env node
// Checks the tone cue lexicons (src/engine/lang/<lang>/tone/cues.json) that the tone model reads: known categories
// only, every entry a lower-case word sequence, stems and suffixes long enough not to match half the language.
// Usage: node scripts/check-cues.mjs [lang…]
import { readFileSync } from 'node:fs';

export const CUE_CATEGORIES = [
  'you', 'you_verb', 'we', 'negation', 'customer_failure', 'attention', 'obligation', 'reproach', 'condescension', 'repetition',
  'contradiction', 'negative_eval', 'company', 'dismissal', 'impatience', 'intensifier', 'imperative',
  'warmth', 'apology', 'help_offer', 'hedge', 'informing', 'threat', 'deadline', 'polite_request', 'informal_you',
];

const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'lv', 'sl', 'hr', 'fi'];
let bad = 0;
for (const lang of langs) {
  const file = new URL(`../src/engine/lang/${lang}/tone/cues.json`, import.meta.url);
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${lang}: ${e.message}`);
    bad++;
    continue;
  }
  const problems = [];
  for (const [key, list] of Object.entries(data)) {
    if (key.startsWith('$')) continue;
    if (!CUE_CATEGORIES.includes(key)) problems.push(`unknown category "${key}"`);
    if (!Array.isArray(list)) { problems.push(`${key} is not an array`); continue; }
    const seen = new Set();
    for (const entry of list) {
      if (typeof entry !== 'string') { problems.push(`${key}: ${JSON.stringify(entry)} is not a string`); continue; }
      if (entry !== entry.toLowerCase()) problems.push(`${key}: "${entry}" is not lower case`);
      if (entry.trim() !== entry || /\s{2,}/.test(entry)) problems.push(`${key}: "${entry}" has stray spaces`);
      if (seen.has(entry)) problems.push(`${key}: "${entry}" twice`);
      seen.add(entry);
      for (const token of entry.split(' ')) {
        const core = token.replace(/^\*|\*$/g, '');
        if (!/^[\p{L}\p{M}']+$/u.test(core)) problems.push(`${key}: "${entry}": "${token}" is not a word (letters and ' only, * at one end)`);
        if (token.startsWith('*') && token.endsWith('*')) problems.push(`${key}: "${entry}": * at both ends`);
        if (token.endsWith('*') && core.length < 4) problems.push(`${key}: "${entry}": a stem needs 4+ letters before *`);
        if (token.startsWith('*') && core.length < 3) problems.push(`${key}: "${entry}": a suffix needs 3+ letters after *`);
      }
    }
  }
  for (const c of CUE_CATEGORIES) if (!(c in data)) problems.push(`category "${c}" is missing (write [] if the language has none)`);
  const count = Object.entries(data).filter(([k]) => !k.startsWith('$')).reduce((n, [, l]) => n + (Array.isArray(l) ? l.length : 0), 0);
  console.log(`${lang}: ${count} entries, ${problems.length ? problems.length + ' problem(s)' : 'ok'}`);
  for (const p of problems) console.log('  ' + p);
  bad += problems.length;
}
process.exit(bad ? 1 : 0);
