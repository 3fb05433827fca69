import { defineRule } from '../../rule';
import type { ExistenceSpec } from '../../declarative/spec';
import { runSpec } from '../../declarative/run';
import en from '../../lang/en/tone/arguing.json';

const spec = en as ExistenceSpec;

export default defineRule({
  id: 'tone/arguing',
  meta: {
    category: 'tone',
    description: 'Contradicting the customer ("you are wrong", "that is not true", "with all due respect").',
    defaultSeverity: 'warning',
    languages: ['en'],
  },
  check(ctx) {
    return ctx.language === 'en' ? runSpec(ctx, spec) : [];
  },
});
