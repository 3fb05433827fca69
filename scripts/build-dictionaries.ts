// Re-creates dictionaries/ — the spelling dictionaries the CLI reads from disk and the extension ships — from their
// sources, each with its licence and a README naming source, version, licence and what was changed.
//
//   en  dictionary-en (npm)                       Hunspell, copied as it is, plus its word forms compiled into a
//                                                 word automaton and tables (src/engine/spelling/en/compile.ts)
//   lv  dictionary-lv (npm)                       Hunspell, plus a MAP table (below)
//   sl  Debian hunspell-sl (/usr/share/hunspell)  Hunspell, converted from ISO-8859-2 to UTF-8, plus a MAP table
//   hr  Debian hunspell-hr (/usr/share/hunspell)  Hunspell, plus a MAP table
//   fi  @cspell/dict-fi-fi (npm)                  word forms compiled into a word automaton (src/engine/spelling/finnish)
//
// Needs `apt-get install hunspell-sl hunspell-hr` and the npm devDependencies. From the repository root:
//   npx vite-node scripts/build-dictionaries.ts [en lv sl hr fi]
// (or `node build.mjs --cli-only && node dist/cli/build-dictionaries.mjs`). Running it twice gives the same files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { buildDawg } from '../src/engine/spelling/finnish/dawg-build';
import { compileEnglish } from '../src/engine/spelling/en/compile';
import { compileFinnishWords, DEFAULT_COMPILE_OPTIONS } from '../src/engine/spelling/finnish/compile';
import { MAX_PARTS, MIN_FIRST_PART, MIN_LAST_PART } from '../src/engine/spelling/finnish/compounds';
import { applyAdditions, parseAdditions } from './lib/dictionary-additions';
import { trimDictionary } from './lib/trim-dictionary';

const root = process.cwd();
if (!existsSync(join(root, 'package.json')) || !existsSync(join(root, 'src/engine/spelling'))) {
  process.stderr.write('Run this from the repository root.\n');
  process.exit(2);
}
// dictionary-en and dictionary-lv export no package.json, so the folders are found directly.
function packageDir(name: string): string {
  const dir = join(root, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) {
    process.stderr.write(`${name} is not installed: npm install\n`);
    process.exit(2);
  }
  return dir;
}
const packageVersion = (name: string) => (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;

function debianPackage(name: string): { version: string; copyright: string } {
  try {
    const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' });
    return { version, copyright: readFileSync(`/usr/share/doc/${name}/copyright`, 'utf8') };
  } catch {
    process.stderr.write(`Debian's ${name} is not installed: apt-get install ${name}\n`);
    process.exit(2);
  }
}

/** The stanzas of a Debian copyright file about `dir`, and the standalone licence paragraphs they name. */
function debianStanzas(copyright: string, dir: string): string {
  const paragraphs = copyright.split(/\n\s*\n/);
  const files = paragraphs.filter((p) => p.startsWith('Files:') && p.includes(`dictionaries/${dir}/*`));
  const licences = new Set(files.flatMap((p) => (/^License: (.*)$/m.exec(p)?.[1] ?? '').split(/\s+or\s+/)));
  const texts = paragraphs.filter((p) => {
    const m = /^License: (.*)$/m.exec(p);
    return !p.startsWith('Files:') && m && licences.has(m[1]!.trim());
  });
  return [...files, ...texts].join('\n\n') + '\n';
}

// Hunspell proposes a word with one of these letters swapped for another of its group before anything else
// ("pasutijums" → "pasūtījums"): letters left without their marks are the commonest slip of a rep typing on a
// keyboard without them, and no edit-distance search reaches three of them at once.
const MAPS: Record<string, string[]> = {
  lv: ['aā', 'cč', 'eē', 'gģ', 'iī', 'kķ', 'lļ', 'nņ', 'sš', 'uū', 'zž', 'AĀ', 'CČ', 'EĒ', 'GĢ', 'IĪ', 'KĶ', 'LĻ', 'NŅ', 'SŠ', 'UŪ', 'ZŽ'],
  sl: ['cčć', 'sš', 'zž', 'CČĆ', 'SŠ', 'ZŽ'],
  hr: ['cčć', 'sš', 'zž', 'dđ', 'đ(dj)', 'CČĆ', 'SŠ', 'ZŽ', 'DĐ', 'Đ(Dj)'],
};

/** The .aff as UTF-8 with `SET UTF-8`, and the MAP table when the dictionary has none. */
function prepareAff(raw: Uint8Array, language: string): string {
  const encoding = /^SET\s+(\S+)/m.exec(new TextDecoder('latin1').decode(raw))?.[1] ?? 'UTF-8';
  let aff = new TextDecoder(encoding.replace(/^ISO(\d)/, 'ISO-$1').toLowerCase(), { fatal: true }).decode(raw);
  aff = aff.replace(/^\uFEFF/, '').replace(/^SET\s+\S+/m, 'SET UTF-8');
  const map = MAPS[language];
  if (map && !/^MAP\s+\d+/m.test(aff)) {
    aff = `${aff.trimEnd()}\n\n# Added by ReplyCheck (scripts/build-dictionaries.ts): letters with and without their marks.\nMAP ${map.length}\n${map.map((m) => `MAP ${m}`).join('\n')}\n`;
  }
  return aff;
}

function decodeAs(raw: Uint8Array, aff: Uint8Array): string {
  const encoding = /^SET\s+(\S+)/m.exec(new TextDecoder('latin1').decode(aff))?.[1] ?? 'UTF-8';
  return new TextDecoder(encoding.replace(/^ISO(\d)/, 'ISO-$1').toLowerCase(), { fatal: true }).decode(raw);
}

function write(path: string, data: string | Uint8Array) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), data);
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  process.stdout.write(`  ${path}  ${(size / 1024).toFixed(0)} KiB\n`);
}

interface HunspellSource {
  aff: Uint8Array;
  dic: Uint8Array;
  licenceFiles: Record<string, string>;
  readme: string;
}

function hunspellSource(language: string): HunspellSource {
  switch (language) {
    case 'en': {
      const dir = packageDir('dictionary-en');
      const version = packageVersion('dictionary-en');
      return {
        aff: readFileSync(join(dir, 'index.aff')),
        dic: readFileSync(join(dir, 'index.dic')),
        licenceFiles: { LICENSE: readFileSync(join(dir, 'license'), 'utf8') },
        readme: `# English (United States)\n\nSource: the npm package dictionary-en ${version} (wooorm/dictionaries), generated from SCOWL's en_US Hunspell dictionary.\nLicence: MIT AND BSD (see LICENSE).\nChanges: none; en.aff and en.dic are its index.aff and index.dic. en.dawg (every word form nspell builds from them, as a word automaton) and en.json (the forms' flags and order, and what nspell reads of en.aff) are compiled from them by src/engine/spelling/en/compile.ts; the extension and the CLI read those two (src/engine/spelling/en/english-speller.ts).\n`,
      };
    }
    case 'lv': {
      const dir = packageDir('dictionary-lv');
      const version = packageVersion('dictionary-lv');
      return {
        aff: readFileSync(join(dir, 'index.aff')),
        dic: readFileSync(join(dir, 'index.dic')),
        licenceFiles: { LICENSE: readFileSync(join(dir, 'license'), 'utf8') },
        readme: `# Latvian\n\nSource: the npm package dictionary-lv ${version} (wooorm/dictionaries), generated from Jānis Eisaks' Latvian Hunspell dictionary 1.4.0 (dict.dv.lv).\nLicence: LGPL-2.1 or later (see LICENSE; the notice is also at the top of lv.aff).\nChanges: a MAP table appended to lv.aff, pairing each letter with its marked form (a/ā, c/č, …), so that a word typed without its marks gets the right suggestion; and the words of scripts/dictionary-additions/${language}.txt, each inflected like an existing entry.\n`,
      };
    }
    case 'sl':
    case 'hr': {
      const name = language === 'sl' ? 'hunspell-sl' : 'hunspell-hr';
      const file = language === 'sl' ? 'sl_SI' : 'hr_HR';
      const { version, copyright } = debianPackage(name);
      const aff = readFileSync(`/usr/share/hunspell/${file}.aff`);
      const title = language === 'sl' ? 'Slovenian' : 'Croatian';
      const licence = language === 'sl' ? 'GPL or LGPL (any version)' : 'LGPL or SISSL (any version)';
      const lgpl = readFileSync('/usr/share/common-licenses/LGPL-2.1', 'utf8');
      const converted = /^SET\s+ISO8859-2/m.test(new TextDecoder('latin1').decode(aff));
      return {
        aff,
        dic: readFileSync(`/usr/share/hunspell/${file}.dic`),
        licenceFiles: { COPYRIGHT: debianStanzas(copyright, file), 'LICENSE-LGPL-2.1': lgpl },
        readme: `# ${title}\n\nSource: Debian's ${name} ${version} (/usr/share/hunspell/${file}.aff and .dic), from the LibreOffice dictionaries (libreoffice-dictionaries ${version}).\nLicence: ${licence}, as Debian records it (see COPYRIGHT); ReplyCheck uses it under the LGPL, whose text is LICENSE-LGPL-2.1.\nChanges: ${converted ? 'converted from ISO-8859-2 to UTF-8 (SET UTF-8), which hunspell-asm needs; ' : ''}a MAP table appended to ${language}.aff, pairing letters with their marked forms (c/č/ć, s/š, z/ž${language === 'hr' ? ', d/đ, dj/đ' : ''}), so that a word typed without its marks gets the right suggestion; and the words of scripts/dictionary-additions/${language}.txt, each inflected like an existing entry.${language === 'sl' ? ` Then trimmed for a faster start (scripts/trim-dictionaries.ts): word forms listed on lines of their own that another entry already makes are dropped, and the commonest groups of such forms ("obletnicah", "obletnicam", "obletnicama", "obletnicami" next to "obletnic/A") are folded into suffix classes of their own appended to sl.aff ("obletnic/Aa"), checked with Hunspell to accept exactly the same words; about 57,000 fewer lines for Hunspell to load.` : ''}\n`,
      };
    }
    default:
      throw new Error(`No Hunspell source for ${language}`);
  }
}

async function buildHunspell(language: string) {
  process.stdout.write(`${language}:\n`);
  const src = hunspellSource(language);
  const aff = prepareAff(src.aff, language);
  let dic = decodeAs(src.dic, src.aff).replace(/^\uFEFF/, '');
  // ReplyCheck's own additions by analogy (scripts/lib/dictionary-additions.ts).
  const additions = join(root, 'scripts/dictionary-additions', `${language}.txt`);
  if (existsSync(additions)) dic = applyAdditions(dic, parseAdditions(readFileSync(additions, 'utf8')));
  write(`dictionaries/${language}/${language}.aff`, aff);
  write(`dictionaries/${language}/${language}.dic`, dic);
  for (const [file, text] of Object.entries(src.licenceFiles)) write(`dictionaries/${language}/${file}`, text);
  write(`dictionaries/${language}/README.md`, src.readme);
  // Slovenian lists most inflected forms on lines of their own: fold them into suffix classes (Hunspell accepts
  // the same words, and loads a quarter fewer lines). The other .aff files use options the trimming leaves alone.
  if (language === 'sl') {
    const { before, after } = await trimDictionary(language);
    process.stdout.write(`  trimmed: ${before.toLocaleString('en')} entries, ${after.toLocaleString('en')} kept\n`);
  }
  if (language === 'en') {
    const compiled = compileEnglish(aff, dic, `dictionary-en ${packageVersion('dictionary-en')}`);
    write('dictionaries/en/en.dawg', compiled.dawg);
    write('dictionaries/en/en.json', `${JSON.stringify(compiled.tables)}\n`);
  }
}

function buildFinnish() {
  process.stdout.write('fi:\n');
  const dir = packageDir('@cspell/dict-fi-fi');
  const version = packageVersion('@cspell/dict-fi-fi');
  const trie = decodeTrie(gunzipSync(readFileSync(join(dir, 'dict/fi-fi.trie.gz'))));
  // "~" marks the list's case- and accent-free copies of its words, made for case-insensitive matching; the
  // speller applies Hunspell's capital-letter rules itself (./finnish/compounds.ts) and needs only the originals.
  const forms: string[] = [];
  for (const w of trie.words()) if (!w.startsWith('~') && !/[+!:]/.test(w)) forms.push(w);
  // ReplyCheck's own additions: plain word forms the list lacks (scripts/lib/dictionary-additions.ts).
  const additions = join(root, 'scripts/dictionary-additions/fi.txt');
  if (existsSync(additions)) {
    for (const a of parseAdditions(readFileSync(additions, 'utf8'))) {
      if (a.like) throw new Error(`fi.txt: "${a.word} = ${a.like}": the Finnish list takes plain word forms only`);
      forms.push(a.word);
    }
  }
  const compiled = compileFinnishWords(forms);
  const source = `@cspell/dict-fi-fi ${version}`;
  write('dictionaries/fi/fi.dawg', buildDawg(compiled.entries, compiled.alphabet, source));
  write('dictionaries/fi/LICENSE', readFileSync(join(dir, 'LICENSE'), 'utf8'));
  write('dictionaries/fi/LICENSE-GPL-2.0-upstream', readFileSync(join(dir, 'src/hunspell/LICENSE'), 'utf8'));
  const o = DEFAULT_COMPILE_OPTIONS;
  write(
    'dictionaries/fi/README.md',
    `# Finnish

Source: the npm package @cspell/dict-fi-fi ${version} (streetsidesoftware/cspell-dicts, dictionaries/fi_FI): a list
of Finnish word forms that cspell-tools built from a Finnish Hunspell word list, plus the few forms of
scripts/dictionary-additions/fi.txt that it lacks.
Licence: the package is LGPL-3.0 (LICENSE); the Hunspell list it was built from is GPL-2.0, whose text the package
ships as src/hunspell/LICENSE (here LICENSE-GPL-2.0-upstream).

There is no Finnish Hunspell dictionary on npm or in Debian (Debian's voikko-fi needs libvoikko, a C++ library),
so fi.dawg is not a Hunspell file. It is the list compiled by scripts/build-dictionaries.ts into a minimal word
automaton (src/engine/spelling/finnish/dawg.ts) that is read in place, with no parsing at load:

- ${compiled.listed.toLocaleString('en')} word forms listed (the list's case- and accent-free copies left out);
- ${(compiled.compoundStarts - compiled.boundStarts).toLocaleString('en')} forms marked as compound starts: forms that open at least ${o.minCompounds}
  listed compounds (${o.minCompoundsShort} for three-letter forms), e.g. "asiakas", "työ";
- ${compiled.boundStarts.toLocaleString('en')} first parts that are no words of their own added as compound starts only: stems in
  -s that open at least ${o.minBoundStem} listed compounds ("erikois", "yhteis"), others at least ${o.minBound} (${o.minBoundShort} for three
  letters: "epä", "esi");
- ${compiled.dropped.toLocaleString('en')} listed compounds left out because the speller accepts them anyway as a
  compound start (at least ${MIN_FIRST_PART} letters) plus a kept word (at least ${MIN_LAST_PART} letters);
- ${compiled.entries.length.toLocaleString('en')} forms kept.

At run time src/engine/spelling/finnish/ accepts compounds of up to ${MAX_PARTS} parts, and forms with clitics and
possessive suffixes that the list leaves out.

How good it is, measured against Voikko (Debian's voikko-fi, the Finnish speller LibreOffice uses) on the Finnish
translations in Debian's /usr/share/locale/fi (18,402 distinct words, 98,061 running words, 20,767 misspellings
made from them by one random slip each) when this file was built:

- words Voikko accepts that this speller flags: 4.7 % of distinct words, 1.7 % of running words — mostly long
  technical compounds ("Edistymispalkin") and foreign place names ("Burundin"); a support reply of everyday
  Finnish (tests/spelling-multi/fixtures/fi.txt) has none;
- misspellings it accepts: 1.6 %, mostly ones that split into two real words ("aikaleimaile" = aika + leimaile);
- a typo's meant word is among its first three suggestions for about 85 % of the misspellings.
`,
  );
}

const all = ['en', 'lv', 'sl', 'hr', 'fi'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const language of wanted.length ? wanted : all) {
  if (!all.includes(language)) {
    process.stderr.write(`Unknown language "${language}"; expected some of ${all.join(' ')}\n`);
    process.exit(2);
  }
  if (language === 'fi') buildFinnish();
  else await buildHunspell(language);
}
write(
  'dictionaries/README.md',
  `# Spelling dictionaries

Made by \`scripts/build-dictionaries.ts\` (see its header for what it needs); each folder's README names its source,
version, licence and changes. Read at run time by src/engine/spelling/load.ts, from disk in Node and from the
extension's package in the browser: the extension must ship this whole folder at its root, and its manifest must
allow WebAssembly for Hunspell (\`"content_security_policy": { "extension_pages": "script-src 'self'
'wasm-unsafe-eval'; object-src 'self'" }\`; MV3's default policy refuses to compile it).

| language | files | engine |
|---|---|---|
| en | en.dawg, en.json (compiled from en.aff, en.dic) | word automaton read as nspell reads the .aff/.dic (src/engine/spelling/en) |
| lv | lv.aff, lv.dic | Hunspell (hunspell-asm) |
| sl | sl.aff, sl.dic | Hunspell (hunspell-asm) |
| hr | hr.aff, hr.dic | Hunspell (hunspell-asm) |
| fi | fi.dawg | word automaton (src/engine/spelling/finnish) |
`,
);
