import type { Range } from '../types';

// Spans no rule should read as prose: they are copied, not written. Order matters only for readability; the
// results are merged by the caller.
const SKIP_PATTERNS: RegExp[] = [
  /\b(?:https?|ftp):\/\/[^\s<>"']+/giu, // URLs with a scheme
  /\bwww\.[^\s<>"']+/giu, // bare www. addresses
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, // email addresses
  /`[^`\n]+`/gu, // inline code
  /```[\s\S]*?```/gu, // fenced code
  /(?<![\p{L}\p{N}])(?:[A-Za-z]:\\|~?\/)[^\s]*[\\/][^\s]*/gu, // file paths: C:\x\y, /usr/lib, ~/x/y
  /(?<![\p{L}\p{N}])#[\p{L}\p{N}_-]*\p{N}[\p{L}\p{N}_-]*/gu, // ticket and order references: #12345, #A-991
  /\b[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*\.(?:com|org|net|io|co|eu|lv|si|hr|fi|uk|de|app|dev)\b/giu, // bare domains
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
