import type { Language } from '../../types';
import { defineRule } from '../../rule';
import { matchWordPatterns, type WordPatternFile } from '../../grammar/word-patterns';
import en from '../../lang/en/grammar/subject-verb.json';

const PATTERNS: Partial<Record<Language, WordPatternFile>> = { en };

// A warning, not an error: "there's two options" is common in speech and some reps will keep it on purpose.
export default defineRule({
  id: 'grammar/subject-verb',
  meta: {
    category: 'grammar',
    description: 'Subject and verb that do not agree ("there is many", "we was", "he don\'t").',
    defaultSeverity: 'warning',
    languages: ['en'],
    scope: 'paragraph',
  },
  check(ctx) {
    const file = PATTERNS[ctx.language];
    return file ? matchWordPatterns(ctx, file) : [];
  },
});
