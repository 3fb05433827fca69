// Table-driven rule tests in the manner of ESLint's RuleTester: text a rule must flag (with what it flags and the
// text after applying its first suggestion) and text it must leave alone.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/engine/types';
import type { CustomerMessage, Finding, Rule } from '../../src/engine/rule';
import type { Speller } from '../../src/engine/spelling/speller';
import { buildContext } from '../../src/engine/context';
import { applyEdit } from '../../src/engine/edit';
import { contains } from '../../src/engine/text/ranges';

export interface InvalidCase {
  text: string;
  /** The flagged text of each finding, in order. */
  actual?: string | string[];
  /** The whole text after applying the first suggestion of the first finding. */
  output?: string;
  /** A part of the first finding's message. */
  message?: string | RegExp;
  language?: Language;
  attachments?: number;
  /** The customer's message the reply answers. */
  customer?: CustomerMessage;
}

export interface ValidCase {
  text: string;
  language?: Language;
  attachments?: number;
  customer?: CustomerMessage;
}

export interface RuleTestOptions {
  speller?: () => Speller | Promise<Speller>;
}

/** What the engine would report for this rule alone: findings outside the checkable text are dropped. */
export function runRule(
  rule: Rule,
  text: string,
  opts: { language?: Language; speller?: Speller | null; attachments?: number; customer?: CustomerMessage } = {},
): Finding[] {
  const ctx = buildContext({
    text,
    language: opts.language ?? 'en',
    speller: opts.speller ?? null,
    attachments: opts.attachments,
    customer: opts.customer,
  });
  return rule
    .check(ctx)
    .filter((f) => (f.range[0] === 0 && f.range[1] === 0) || ctx.email.checkable.some((c) => contains(c, f.range)))
    .sort((a, b) => a.range[0] - b.range[0]);
}

export function testRule(
  rule: Rule,
  cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] },
  options: RuleTestOptions = {},
): void {
  describe(rule.id, () => {
    let speller: Speller | null = null;
    const get = async () => {
      if (options.speller && !speller) speller = await options.speller();
      return speller;
    };

    for (const raw of cases.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(`leaves alone: ${JSON.stringify(c.text).slice(0, 90)}`, async () => {
        const findings = runRule(rule, c.text, { ...c, speller: await get() });
        expect(findings.map((f) => c.text.slice(f.range[0], f.range[1]) || f.message)).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`flags: ${JSON.stringify(c.text).slice(0, 90)}`, async () => {
        const findings = runRule(rule, c.text, { ...c, speller: await get() });
        expect(findings.length, 'expected at least one finding').toBeGreaterThan(0);
        for (const f of findings) {
          expect(f.range[0]).toBeGreaterThanOrEqual(0);
          expect(f.range[1]).toBeLessThanOrEqual(c.text.length);
          expect(f.range[0]).toBeLessThanOrEqual(f.range[1]);
        }
        if (c.actual !== undefined) {
          const expected = Array.isArray(c.actual) ? c.actual : [c.actual];
          expect(findings.map((f) => c.text.slice(f.range[0], f.range[1]))).toEqual(expected);
        }
        if (c.message !== undefined) {
          if (typeof c.message === 'string') expect(findings[0]!.message).toContain(c.message);
          else expect(findings[0]!.message).toMatch(c.message);
        }
        if (c.output !== undefined) {
          const s = findings[0]!.suggestions?.[0];
          expect(s, 'expected a suggestion').toBeDefined();
          expect(applyEdit(c.text, s!.edit)).toBe(c.output);
        }
      });
    }
  });
}
