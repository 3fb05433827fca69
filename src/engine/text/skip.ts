import type { Range } from '../types';

// Spans no rule should read as prose: they are copied, not written. Order matters only for readability; the
// results are merged by the caller.
const FILE_TYPES =
  'pdf|docx?|xlsx?|pptx?|csv|tsv|txt|rtf|odt|ods|odp|pages|numbers|key|png|jpe?g|gif|bmp|tiff?|webp|heic|svg|ico|zip|rar|7z|tar|gz|tgz|json|xml|ya?ml|toml|ini|cfg|conf|env|html?|css|js|ts|py|rb|php|sql|log|eml|msg|mbox|mp3|mp4|m4a|mov|avi|mkv|wav|apk|ipa|exe|msi|dmg|pkg|deb|rpm|iso|ics|vcf|bak|dat|db|sqlite|ttf|otf|woff2?';

// Each pattern with a string (or a cheap expression) that every one of its matches contains: most replies have no
// "@", "#", "_" or "{", and a pattern whose string is absent is not run. That matters at a cold start, where V8 builds
// each pattern on its first run and spends about a millisecond on every [\p{L}\p{N}] in it.
const SKIP_PATTERNS: { re: RegExp; needs?: string | RegExp }[] = [
  { re: /\b(?:https?|ftp):\/\/[^\s<>"']+/giu, needs: '://' }, // URLs with a scheme
  { re: /\bwww\.[^\s<>"']+/giu, needs: /www\./iu }, // bare www. addresses
  // Every pattern that starts with a run of word characters begins only where such a run begins (the lookbehind):
  // otherwise a long run with no match is rescanned from each of its characters, quadratic in its length.
  { re: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, needs: '@' }, // email addresses
  { re: /`[^`\n]+`/gu, needs: '`' }, // inline code
  { re: /```[\s\S]*?```/gu, needs: '```' }, // fenced code
  { re: /(?<![\p{L}\p{N}/\\~:.])(?:[A-Za-z]:\\|~?\/)[^\s]*[\\/][^\s]*/gu, needs: /[\\/]/u }, // file paths: C:\x\y, /usr/lib, ~/x/y
  { re: /(?<![\p{L}\p{N}])#[\p{L}\p{N}_-]*\p{N}[\p{L}\p{N}_-]*/gu, needs: '#' }, // ticket and order references: #12345, #A-991
  {
    re: /(?<![\p{L}\p{N}._-])[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*\.(?:com|org|net|io|co|eu|lv|si|hr|fi|uk|de|app|dev)\b/giu,
    needs: /\.(?:com|org|net|io|co|eu|lv|si|hr|fi|uk|de|app|dev)\b/iu,
  }, // bare domains
  // File names: report.pdf, Invoice_2291.PDF, my-export.csv
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}._-])[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.(?:${FILE_TYPES})(?![\\p{L}\\p{N}_-])`, 'giu'),
    needs: new RegExp(`\\.(?:${FILE_TYPES})`, 'iu'),
  },
  // Dotted identifiers: window.location.href, user.email, Node.js. Every part has two or more characters and the
  // parts after a dot start in lower case, so "e.g.", "a.m.", "U.S." and "today.Thanks" stay prose.
  { re: /(?<![\p{L}\p{N}_$.@])[\p{L}_$][\p{L}\p{N}_$]+(?:\.[\p{Ll}_$][\p{L}\p{N}_$]+)+(?![\p{L}\p{N}_$@])/gu, needs: '.' },
  // snake_case and SCREAMING_CASE identifiers: an underscore between letters or digits.
  { re: /(?<![\p{L}\p{N}_])_*[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+_*(?![\p{L}\p{N}_])/gu, needs: '_' },
  // Template placeholders: {{first_name}}, {name}, %APPDATA%, $HOME
  { re: /\{\{?[^{}\n]{1,60}\}\}?/gu, needs: '{' },
  { re: /%[A-Za-z_][A-Za-z0-9_]*%/gu, needs: '%' },
  { re: /(?<![\p{L}\p{N}$])\$[A-Za-z_][A-Za-z0-9_]*/gu, needs: '$' },
  // Command-line options: --force, --no-cache
  { re: /(?<![\p{L}\p{N}-])--[A-Za-z][A-Za-z0-9-]*/gu, needs: '--' },
];

/** Spans inside `range` to leave unchecked: URLs, email addresses, code, paths, references. */
export function findSkipSpans(text: string, range: Range): Range[] {
  const slice = text.slice(range[0], range[1]);
  const out: Range[] = [];
  for (const { re, needs } of SKIP_PATTERNS) {
    if (needs !== undefined && !(typeof needs === 'string' ? slice.includes(needs) : needs.test(slice))) continue;
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      // A sentence's closing full stop is not part of a URL.
      const trimmed = m[0].replace(/[.,;:!?)\]]+$/u, '');
      out.push([range[0] + m.index, range[0] + m.index + trimmed.length]);
    }
  }
  return out;
}
