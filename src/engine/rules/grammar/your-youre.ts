import type { Language } from '../../types';
import { defineRule } from '../../rule';
import { matchWordPatterns, type WordPatternFile } from '../../grammar/word-patterns';
import en from '../../lang/en/grammar/your-youre.json';

const PATTERNS: Partial<Record<Language, WordPatternFile>> = { en };

export default defineRule({
  id: 'grammar/your-youre',
  meta: {
    category: 'grammar',
    description: '"Your" and "you\'re" mixed up ("your welcome", "you\'re account").',
    defaultSeverity: 'error',
    languages: ['en'],
    scope: 'paragraph',
  },
  check(ctx) {
    const file = PATTERNS[ctx.language];
    return file ? matchWordPatterns(ctx, file) : [];
  },
});
