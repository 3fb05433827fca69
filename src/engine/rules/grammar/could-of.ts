import type { Language } from '../../types';
import { defineRule } from '../../rule';
import { matchWordPatterns, type WordPatternFile } from '../../grammar/word-patterns';
import en from '../../lang/en/grammar/could-of.json';

const PATTERNS: Partial<Record<Language, WordPatternFile>> = { en };

export default defineRule({
  id: 'grammar/could-of',
  meta: {
    category: 'grammar',
    description: '"Could of", "should of", "would of" instead of "could have".',
    defaultSeverity: 'error',
    languages: ['en'],
    scope: 'paragraph',
  },
  check(ctx) {
    const file = PATTERNS[ctx.language];
    return file ? matchWordPatterns(ctx, file) : [];
  },
});
