import type { Language } from '../../types';
import { defineRule } from '../../rule';
import { matchWordPatterns, type WordPatternFile } from '../../grammar/word-patterns';
import en from '../../lang/en/grammar/its-its.json';

const PATTERNS: Partial<Record<Language, WordPatternFile>> = { en };

export default defineRule({
  id: 'grammar/its-its',
  meta: {
    category: 'grammar',
    description: '"Its" and "it\'s" mixed up ("its been fixed", "on it\'s way").',
    defaultSeverity: 'error',
    languages: ['en'],
    scope: 'paragraph',
  },
  check(ctx) {
    const file = PATTERNS[ctx.language];
    return file ? matchWordPatterns(ctx, file) : [];
  },
});
