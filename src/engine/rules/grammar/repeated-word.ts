import { defineRule, type Finding } from '../../rule';

// Doubled words that are correct English: "that that", "had had", "is is" in some quotes... kept small on purpose.
const ALLOWED = new Set(['that', 'had', 'bye', 'very', 'so', 'no', 'ha', 'knock', 'yes', 'well', 'now', 'blah', 'la']);

export default defineRule({
  id: 'grammar/repeated-word',
  meta: {
    category: 'grammar',
    description: 'The same word twice in a row ("the the").',
    defaultSeverity: 'error',
    languages: ['en', 'lv', 'sl', 'hr', 'fi'],
    scope: 'paragraph',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.sentences) {
      for (let i = 1; i < s.words.length; i++) {
        const a = s.words[i - 1]!;
        const b = s.words[i]!;
        const between = ctx.text.slice(a.end, b.start);
        if (!/^[ \t]+$/.test(between)) continue; // "Yes, yes" or a line break between is deliberate
        if (a.normalized.toLowerCase() !== b.normalized.toLowerCase() || a.hasDigit) continue;
        if (ALLOWED.has(a.normalized.toLowerCase())) continue;
        out.push({
          range: [a.start, b.end],
          actual: ctx.text.slice(a.start, b.end),
          message: `"${a.text}" is written twice.`,
          suggestions: [{ label: a.text, edit: { range: [a.start, b.end], text: a.text } }],
        });
      }
    }
    return out;
  },
});
