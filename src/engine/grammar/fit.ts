import type { RuleContext } from '../rule';
import { matchCase } from '../declarative/match';

const CURLY = /\p{L}’\p{L}/u;
const STRAIGHT = /\p{L}'\p{L}/u;
const styleCache = new WeakMap<RuleContext, boolean>();

/** Whether the rep writes "don’t" rather than "don't": a fix should look like the text around it. */
function prefersCurly(ctx: RuleContext): boolean {
  let curly = styleCache.get(ctx);
  if (curly === undefined) {
    curly = CURLY.test(ctx.text) && !STRAIGHT.test(ctx.text);
    styleCache.set(ctx, curly);
  }
  return curly;
}

/** `replacement` written in the case of `original` and with the apostrophes the rep uses. */
export function fitReplacement(ctx: RuleContext, replacement: string, original: string): string {
  const cased = matchCase(replacement, original);
  return prefersCurly(ctx) ? cased.replace(/'/g, '’') : cased;
}
