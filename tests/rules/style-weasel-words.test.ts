import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import rule from '../../src/engine/rules/style/weasel-words';
import { runRule, testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Thank you very much for your patience.',
    "I'm very sorry that your flight was cancelled.",
    "You're very welcome, I'm glad it arrived safely.",
    'I completely understand how stressful this is.',
    'We have several options, and many customers use the first one.',
    'Please describe the problem clearly so we can reproduce it.',
    'The label clearly shows the order number.',
    'It is completely free for the first month.',
    "You're quite right, the invoice shows the old address.",
    'It took quite a few days, but the parcel is on its way.',
    'The link is https://example.com/very-important-page and works.',
    'We have refunded the full amount to your card.',
  ],
  invalid: [
    { text: 'Resetting the router is very easy.', actual: 'very', output: 'Resetting the router is easy.' },
    { text: 'Very often the courier calls first.', actual: 'Very', output: 'Often the courier calls first.' },
    {
      text: 'It is extremely important that you keep this code private.',
      actual: 'extremely',
      output: 'It is important that you keep this code private.',
    },
    {
      text: 'It is completely normal for the light to blink.',
      actual: 'completely',
      output: 'It is normal for the light to blink.',
    },
    {
      text: 'You obviously need to restart the router first.',
      actual: 'obviously',
      output: 'You need to restart the router first.',
      message: 'condescending',
    },
    { text: 'The update is mostly done.', actual: 'mostly', message: 'vague' },
    { text: 'Obviously, that should not have happened.', actual: 'Obviously' },
    { text: "It's clearly stated in the email we sent.", actual: 'clearly', output: "It's stated in the email we sent." },
    { text: 'It is a very old model.', actual: 'very' },
    { text: 'Thanks 😊🎉 — resetting is extremely quick.', actual: 'extremely', output: 'Thanks 😊🎉 — resetting is quick.' },
  ],
});

describe('style/weasel-words suggestions', () => {
  it('offers no removal where dropping the word would change the meaning or break the article', () => {
    expect(runRule(rule, 'The update is mostly done.')[0]!.suggestions).toEqual([]);
    expect(runRule(rule, 'It is a very old model.')[0]!.suggestions).toEqual([]);
  });
});

// The extension bundles the engine as an ES module, which runs in strict mode, where write-good's dependencies fail
// unless src/engine/grammar/write-good.ts declares their loose global. A fresh Node process runs such a bundle.
describe('write-good in a strict-mode browser bundle', () => {
  it('bundles for the browser without Node built-ins and finds the same words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replycheck-wg-'));
    try {
      const src = (p: string) => JSON.stringify(resolve(p));
      const result = await build({
        stdin: {
          contents: [
            `import { buildContext } from ${src('src/engine/context.ts')};`,
            `import weasel from ${src('src/engine/rules/style/weasel-words.ts')};`,
            `import passive from ${src('src/engine/rules/style/passive-voice.ts')};`,
            `import cliche from ${src('src/engine/rules/style/cliche.ts')};`,
            `const ctx = buildContext({ text: 'It is very easy. Your order was lost, so we will go the extra mile.', language: 'en' });`,
            `console.log(JSON.stringify([weasel, passive, cliche].map((r) => r.check(ctx).map((f) => f.actual))));`,
          ].join('\n'),
          resolveDir: process.cwd(),
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs).filter((p) => p.includes('node_modules/'));
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of inputs) {
        expect(input).toMatch(/node_modules\/(write-good|weasel-words|passive-voice|adverb-where|too-wordy|no-cliches|e-prime)\//);
        expect(readFileSync(input, 'utf8')).not.toMatch(/\bprocess\.|require\(["'](?:node:)?fs["']\)/);
      }
      const file = join(dir, 'bundle.mjs');
      writeFileSync(file, result.outputFiles[0]!.text);
      const out = execFileSync(process.execPath, [file], { encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual([['very'], ['was lost'], ['go the extra mile']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
