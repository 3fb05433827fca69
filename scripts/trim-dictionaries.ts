// Trims the Hunspell dictionaries in dictionaries/ (scripts/lib/trim-dictionary.ts): drops the bare entries that other
// entries already make, folds the commonest groups of bare word forms into suffix classes of their own, then proves
// with Hunspell itself that the trimmed dictionary accepts every dropped word (as written, Capitalised and in
// CAPITALS), that the untrimmed one did too, and that the trimmed one accepts nothing new among the words its new
// classes make. Fewer lines is a faster start: Hunspell inserts every line into its tables while the rep waits.
// scripts/build-dictionaries.ts runs the same for Slovenian; on its own, from the repository root:
//   node build.mjs --cli-only && node dist/cli/trim-dictionaries.mjs [sl …]
// Running it twice changes nothing the second time. Latvian's and Croatian's .aff use options it leaves alone.
import { trimDictionary } from './lib/trim-dictionary';

const languages = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const language of languages.length ? languages : ['lv', 'sl', 'hr']) {
  const { before, after, classes } = await trimDictionary(language);
  process.stdout.write(`${language}: ${before.toLocaleString('en')} entries, ${after.toLocaleString('en')} kept, ${classes} suffix classes added\n`);
}
