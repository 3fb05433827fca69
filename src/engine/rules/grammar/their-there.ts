import type { Language } from '../../types';
import { defineRule } from '../../rule';
import { matchWordPatterns, type WordPatternFile } from '../../grammar/word-patterns';
import en from '../../lang/en/grammar/their-there.json';

const PATTERNS: Partial<Record<Language, WordPatternFile>> = { en };

export default defineRule({
  id: 'grammar/their-there',
  meta: {
    category: 'grammar',
    description: '"Their", "there" and "they\'re" mixed up ("their is a link", "there account").',
    defaultSeverity: 'error',
    languages: ['en'],
    scope: 'paragraph',
  },
  check(ctx) {
    const file = PATTERNS[ctx.language];
    return file ? matchWordPatterns(ctx, file) : [];
  },
});
