// Faults the engine must survive: a rule that throws or answers nonsense, a dictionary that breaks mid-check, and
// profiles that are too large, malformed, garbage or nested without end. Each ends with the engine still checking,
// or with a reason a person can read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Range } from '../../src/engine/types';
import { defineRule, type Finding, type Rule } from '../../src/engine/rule';
import type { Speller } from '../../src/engine/spelling/speller';
import { createEngine } from '../../src/engine/engine';
import { buildContext } from '../../src/engine/context';
import { validateProfile } from '../../src/engine/profile/validate';
import { MAX_PROFILE_BYTES } from '../../src/engine/profile/types';
import { RUNS } from './budget';
import { expectSoundResult } from './invariants';

const REPLY = 'Hi Anna,\n\nThe the refund was sent today.\n\nIs there anything else I can help with?\n\nBest regards,\nMark';

function teamRule(name: string, check: Rule['check']): Rule {
  return defineRule({
    id: `style/${name}`,
    meta: { category: 'style', description: name, defaultSeverity: 'warning', languages: ['en'] },
    check,
  });
}

afterEach(() => vi.restoreAllMocks());

describe('a rule that fails', () => {
  it('throws, or returns nothing usable: the other rules still report, and the failure is logged', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = [
      teamRule('throws-error', () => {
        throw new Error('boom');
      }),
      teamRule('throws-string', () => {
        throw 'not an Error';
      }),
      teamRule('returns-undefined', () => undefined as unknown as Finding[]),
      teamRule('returns-object', () => ({ range: [0, 1] }) as unknown as Finding[]),
    ];
    const result = createEngine({ language: 'en', extraRules: broken }).check(REPLY);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('grammar/repeated-word');
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('style/'))).toEqual([]);
    const logged = warn.mock.calls.map((c) => String(c[0]));
    for (const r of broken) expect(logged.some((l) => l.includes(r.id)), r.id).toBe(true);
  });

  it('reports ranges that are not whole characters of the draft: those findings are dropped, the rest kept', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = `${REPLY} 😀`;
    const emoji = text.indexOf('😀');
    const bad: Range[] = [[-1, 2], [5, 3], [0, text.length + 1], [emoji + 1, emoji + 2], [NaN, 4], [1.5, 3], [emoji, emoji + 1]];
    const good: Range = [text.indexOf('refund'), text.indexOf('refund') + 6];
    const rule = teamRule('bad-ranges', () => [...bad, good].map((range) => ({ range, message: 'Odd.' })));
    const result = createEngine({ language: 'en', extraRules: [rule] }).check(text);
    expect(result.diagnostics.filter((d) => d.ruleId === rule.id).map((d) => d.range)).toEqual([good]);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('grammar/repeated-word');
  });

  it('offers fixes that change nothing, touch the quoted thread or carry more than data: the page gets only plain, useful fixes', () => {
    const text = `${REPLY}\n\nOn Mon, Nov 24, 2025 at 9:14 AM Anna <anna@example.com> wrote:\n> Where is my refund?`;
    const at = text.indexOf('refund');
    const quoted = text.indexOf('Where');
    class Fancy {
      label = 'Fancy';
      edit = { range: [at, at + 6] as Range, text: 'money' };
      extra = () => 'functions do not cross the message channel';
    }
    const rule = teamRule('odd-fixes', () => [
      {
        range: [at, at + 6],
        message: 'Say it differently.',
        actual: 'refund',
        suggestions: [
          { label: 'Same', edit: { range: [at, at + 6], text: 'refund' } },
          { label: 'Into the thread', edit: { range: [quoted, quoted + 5], text: 'When' } },
          { label: 'Backwards', edit: { range: [at + 6, at], text: 'x' } },
          new Fancy(),
          { label: 'Payment', edit: { range: [at, at + 6], text: 'payment' } },
        ],
      },
    ]);
    const result = createEngine({ language: 'en', extraRules: [rule] }).check(text);
    const d = result.diagnostics.find((x) => x.ruleId === rule.id)!;
    expect(d.suggestions).toEqual([
      { label: 'Fancy', edit: { range: [at, at + 6], text: 'money' } },
      { label: 'Payment', edit: { range: [at, at + 6], text: 'payment' } },
    ]);
    expectSoundResult(text, result, buildContext({ text, language: 'en' }).email.checkable, []);
  });
});

describe('a dictionary that breaks', () => {
  it('while checking: spelling is skipped, every other rule reports', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: Speller = {
      correct: () => {
        throw new Error('dictionary memory was released');
      },
      suggest: () => [],
      add: () => {},
    };
    const result = createEngine({ language: 'en', speller: broken }).check(`${REPLY} I recieve it.`);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('grammar/repeated-word');
    expect(result.diagnostics.filter((d) => d.category === 'spelling')).toEqual([]);
  });

  it('when it never loaded: the engine checks everything but spelling', () => {
    const result = createEngine({ language: 'en', speller: null }).check(`${REPLY} I recieve it.`);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('grammar/repeated-word');
    expect(result.diagnostics.filter((d) => d.category === 'spelling')).toEqual([]);
  });
});

// tests/profile covers wrong fields, bad JSON with its line and column, any JSON value and any short text, and the
// size limit for plain text. What a profile URL or a policy can still send is below.
describe('profiles that are not profiles', () => {
  it('garbage bytes, as a download decodes them, are refused with a reason and never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.constantFrom<BufferEncoding>('utf8', 'latin1', 'utf16le'), (bytes, encoding) => {
        const v = validateProfile(Buffer.from(bytes).toString(encoding));
        if (!v.ok) expect(v.errors[0]!.message).toMatch(/\S/);
      }),
      { numRuns: RUNS.garbageProfiles },
    );
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).toString('utf8');
    expect(validateProfile(png)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not valid JSON/) }] });
    const utf16 = Buffer.from('\uFEFF{"version": 1}', 'utf16le').toString('utf8');
    expect(validateProfile(utf16)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not valid JSON/) }] });
  });

  it('nesting tens of thousands deep, complete or cut off, is refused quickly and never overflows the stack', () => {
    const depth = 60_000;
    const texts = [
      '['.repeat(depth) + ']'.repeat(depth),
      '['.repeat(depth * 3),
      '{"a":'.repeat(depth / 2) + '1' + '}'.repeat(depth / 2),
      '{"a":'.repeat(depth / 2),
      `{"version":1,"rules":{"grammar/a-an":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
      `{"version":1,"customRules":[${'{"id":'.repeat(depth / 2)}`,
    ];
    for (const text of texts) {
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_PROFILE_BYTES);
      const started = performance.now();
      const v = validateProfile(text);
      expect(v.ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
    // The cut-off ones are named as such, not as whatever a stack overflow says.
    expect(validateProfile('['.repeat(depth * 3))).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/nested/) }] });
  });

  it('a policy object nested without end, or holding what JSON cannot carry, is refused, not thrown', () => {
    let deep: unknown = 'off';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = { version: 1 };
    cyclic.self = cyclic;
    for (const policy of [{ version: 1, rules: { 'grammar/a-an': deep } }, { version: 1, n: 10n }, cyclic, undefined, Symbol('x')]) {
      const v = validateProfile(policy);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.errors[0]!.message).toMatch(/\S/);
    }
  });

  it('counts size in bytes, so text short in characters but long in UTF-8 is refused', () => {
    const text = `{"version":1,"words":["${'€'.repeat(Math.ceil(MAX_PROFILE_BYTES / 3) + 10)}"]}`;
    expect(text.length).toBeLessThan(MAX_PROFILE_BYTES);
    expect(validateProfile(text)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/too large/) }] });
    const policy = { version: 1, words: Array.from({ length: 30_000 }, (_, i) => `word${i}`) };
    expect(validateProfile(policy)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/too large/) }] });
  });

  it('"__proto__" and "constructor" keys change no object but the profile, and are named as unknown', () => {
    const v = validateProfile('{"version":1,"__proto__":{"polluted":true},"rules":{"__proto__":"off","constructor":"off"}}');
    expect(v.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!v.ok) expect(v.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/__proto__']));
  });
});
