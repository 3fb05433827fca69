// Keystroke to underline in real Chromium with the built extension (dist/chrome), on the Gmail fixture page: the rep
// types an unknown word and a space, and the time from that space's keydown to the word's underline being set is
// measured in the page (CSS Custom Highlights, polled every few milliseconds; the first check, which starts the
// worker, is left out). Then the word and its space are deleted, and the time from that keydown to the underline
// being gone is measured the same way. Run by scripts/bench.ts; prints one JSON line.
import { launch, URLS } from '../tests/e2e/harness';

const N = Number(process.env.BENCH_KEYSTROKES ?? 40);

const h = await launch();
try {
  const page = await h.context.newPage();
  await page.goto(URLS.gmail);
  const editor = page.locator('.ip [g_editable]');
  await editor.focus();
  await page.keyboard.press('Control+Home');
  await page.evaluate(() => {
    const w = window as unknown as { rcDown: number };
    w.rcDown = 0;
    document.addEventListener('keydown', () => (w.rcDown = performance.now()), true);
  });
  // The first check starts the worker and loads English: not part of a keystroke's cost.
  await page.keyboard.type('Hi Anna, thanks for waiting. ', { delay: 5 });
  await page.waitForTimeout(3000);

  /** Milliseconds from the last keydown until `word` is underlined (`present`) or no longer is. */
  const until = (word: string, present: boolean) =>
    page.evaluate(
      ({ word, present }) =>
        new Promise<number>((resolve, reject) => {
          const start = (window as unknown as { rcDown: number }).rcDown;
          const underlined = () => {
            for (const [name, hl] of CSS.highlights) {
              if (!name.startsWith('replycheck-')) continue;
              for (const r of hl as unknown as Iterable<Range>) if (r.toString() === word) return true;
            }
            return false;
          };
          const tick = () => {
            if (underlined() === present) return resolve(performance.now() - start);
            if (performance.now() - start > 10_000) return reject(new Error(`"${word}" ${present ? 'never underlined' : 'still underlined'}`));
            setTimeout(tick, 1);
          };
          tick();
        }),
      { word, present },
    );

  const appear: number[] = [];
  const disappear: number[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < N; i++) {
    const word = `zorvex${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}q`;
    await page.keyboard.type(word, { delay: 5 });
    await page.keyboard.press(' ');
    appear.push(await until(word, true));
    for (let k = 0; k <= word.length; k++) await page.keyboard.press('Backspace');
    disappear.push(await until(word, false));
    await page.waitForTimeout(100);
  }
  process.stdout.write(`${JSON.stringify({ appear, disappear })}\n`);
} finally {
  await h.close();
}
