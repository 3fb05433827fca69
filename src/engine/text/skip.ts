import type { Range } from '../types';

// Spans no rule should read as prose: they are copied, not written. Order matters only for readability; the
// results are merged by the caller.
const SKIP_PATTERNS: RegExp[] = [
  /\b(?:https?|ftp):\/\/[^\s<>"']+/giu, // URLs with a scheme
  /\bwww\.[^\s<>"']+/giu, // bare www. addresses
  // Every pattern that starts with a run of word characters begins only where such a run begins (the lookbehind):
  // otherwise a long run with no match is rescanned from each of its characters, quadratic in its length.
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, // email addresses
  /`[^`\n]+`/gu, // inline code
  /```[\s\S]*?```/gu, // fenced code
  /(?<![\p{L}\p{N}/\\~:.])(?:[A-Za-z]:\\|~?\/)[^\s]*[\\/][^\s]*/gu, // file paths: C:\x\y, /usr/lib, ~/x/y
  /(?<![\p{L}\p{N}])#[\p{L}\p{N}_-]*\p{N}[\p{L}\p{N}_-]*/gu, // ticket and order references: #12345, #A-991
  /(?<![\p{L}\p{N}._-])[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*\.(?:com|org|net|io|co|eu|lv|si|hr|fi|uk|de|app|dev)\b/giu, // bare domains
  // File names: report.pdf, Invoice_2291.PDF, my-export.csv
  /(?<![\p{L}\p{N}._-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:pdf|docx?|xlsx?|pptx?|csv|tsv|txt|rtf|odt|ods|odp|pages|numbers|key|png|jpe?g|gif|bmp|tiff?|webp|heic|svg|ico|zip|rar|7z|tar|gz|tgz|json|xml|ya?ml|toml|ini|cfg|conf|env|html?|css|js|ts|py|rb|php|sql|log|eml|msg|mbox|mp3|mp4|m4a|mov|avi|mkv|wav|apk|ipa|exe|msi|dmg|pkg|deb|rpm|iso|ics|vcf|bak|dat|db|sqlite|ttf|otf|woff2?)(?![\p{L}\p{N}_-])/giu,
  // Dotted identifiers: window.location.href, user.email, Node.js. Every part has two or more characters and the
  // parts after a dot start in lower case, so "e.g.", "a.m.", "U.S." and "today.Thanks" stay prose.
  /(?<![\p{L}\p{N}_$.@])[\p{L}_$][\p{L}\p{N}_$]+(?:\.[\p{Ll}_$][\p{L}\p{N}_$]+)+(?![\p{L}\p{N}_$@])/gu,
  // snake_case and SCREAMING_CASE identifiers: an underscore between letters or digits.
  /(?<![\p{L}\p{N}_])_*[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+_*(?![\p{L}\p{N}_])/gu,
  // Template placeholders: {{first_name}}, {name}, %APPDATA%, $HOME
  /\{\{?[^{}\n]{1,60}\}\}?/gu,
  /%[A-Za-z_][A-Za-z0-9_]*%/gu,
  /(?<![\p{L}\p{N}$])\$[A-Za-z_][A-Za-z0-9_]*/gu,
  // Command-line options: --force, --no-cache
  /(?<![\p{L}\p{N}-])--[A-Za-z][A-Za-z0-9-]*/gu,
];

/** Spans inside `range` to leave unchecked: URLs, email addresses, code, paths, references. */
export function findSkipSpans(text: string, range: Range): Range[] {
  const slice = text.slice(range[0], range[1]);
  const out: Range[] = [];
  for (const re of SKIP_PATTERNS) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      // A sentence's closing full stop is not part of a URL.
      const trimmed = m[0].replace(/[.,;:!?)\]]+$/u, '');
      out.push([range[0] + m.index, range[0] + m.index + trimmed.length]);
    }
  }
  return out;
}
