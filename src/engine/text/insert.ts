import type { Edit } from '../types';
import type { RuleContext } from '../rule';
import type { InsertAt } from '../declarative/spec';

/** Where the rep's own writing ends: before the signature and any quoted thread, trailing blank lines left out. */
export function replyEnd(ctx: RuleContext): number {
  const last = ctx.paragraphs[ctx.paragraphs.length - 1];
  return last ? last.range[1] : 0;
}

/**
 * An edit that adds `line` as a paragraph of its own at `at`, keeping the reply's blank-line rhythm:
 * "after-greeting" goes below the greeting line, "before-closing" above the sign-off (or at the end when there is
 * none), "start" above everything, "end" below the last paragraph the rep wrote.
 */
export function insertionEdit(ctx: RuleContext, at: InsertAt, line: string): Edit {
  const { greeting, closing } = ctx.email;
  const first = ctx.paragraphs[0];
  switch (at) {
    case 'start': {
      const pos = first ? first.range[0] : 0;
      return { range: [pos, pos], text: `${line}\n\n` };
    }
    case 'after-greeting': {
      if (!greeting) return insertionEdit(ctx, 'start', line);
      return { range: [greeting[1], greeting[1]], text: `\n\n${line}` };
    }
    case 'before-closing': {
      if (!closing) return insertionEdit(ctx, 'end', line);
      return { range: [closing[0], closing[0]], text: `${line}\n\n` };
    }
    case 'end': {
      const pos = replyEnd(ctx);
      return { range: [pos, pos], text: pos === 0 ? line : `\n\n${line}` };
    }
  }
}
