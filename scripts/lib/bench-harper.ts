// The Harper rows of `npm run bench` (also run alone by scripts/bench-harper.ts): setup, first check and re-check of
// one edited paragraph, in Node and in Chromium the way the extension runs it; and memory with Harper loaded.
import { createNodeHarper } from '../../src/engine/grammar/harper/node-binary';
import { editedReply, measureHarperInChromium } from './harper-chromium';
import { fmt, rowOf, stat } from './bench-table';

export async function harperRows(reply: string, runs: number): Promise<string[][]> {
  const rows: string[][] = [];
  // In Node (slim wasm): setup, the first check of the reply, and a re-check after an edit in one paragraph (the
  // others come from the paragraph cache); then memory with Harper loaded.
  (globalThis as { gc?: () => void }).gc?.();
  const rssBeforeHarper = process.memoryUsage().rss / 2 ** 20;
  const harper = createNodeHarper();
  let t = performance.now();
  await harper.setup();
  const harperSetup = performance.now() - t;
  rows.push(['Harper setup (slim wasm, once per process)', `${fmt(harperSetup)} ms`, '1 sample', '', '', '']);
  t = performance.now();
  await harper.check(reply);
  const harperFirst = performance.now() - t;
  rows.push(['Harper first check, 250 words', `${fmt(harperFirst)} ms`, '1 sample', '', '', '']);
  const harperEdits: number[] = [];
  const harperEditsCpu: number[] = [];
  for (let i = 0; i < runs * 3; i++) {
    const edited = editedReply(reply, i);
    const before = harper.linted;
    const c = process.cpuUsage();
    t = performance.now();
    await harper.check(edited);
    harperEdits.push(performance.now() - t);
    const d = process.cpuUsage(c);
    harperEditsCpu.push((d.user + d.system) / 1000);
    if (harper.linted - before !== 1) throw new Error(`an edit in one paragraph re-linted ${harper.linted - before}`);
  }
  rows.push(rowOf('Harper re-check after an edit in one paragraph', { ...stat(harperEdits), cpu: stat(harperEditsCpu) }, 'ms', '≤ 10 ms median (Chromium)'));
  (globalThis as { gc?: () => void }).gc?.();
  const rssHarper = process.memoryUsage().rss / 2 ** 20;
  // The bench's process also holds every language's engine from the rows before, so the baseline is the same process
  // before Harper was set up.
  rows.push(['memory (RSS) of this process with Harper loaded', `${rssHarper.toFixed(0)} MB`, `+${(rssHarper - rssBeforeHarper).toFixed(0)} MB for Harper`, '', '', '']);
  await harper.dispose();

  // In Chromium, the way the extension runs it (the built dist/chrome's Harper worker).
  const inChromium = await measureHarperInChromium(reply, runs * 3);
  if (typeof inChromium === 'string') {
    rows.push(['Harper in Chromium', `not measured: ${inChromium}`, '', '', '', '']);
  } else {
    rows.push(['Harper in Chromium: worker start + setup', `${fmt(inChromium.setupMs)} ms`, '1 sample', '', '', '']);
    rows.push(['Harper in Chromium: first check, 250 words', `${fmt(inChromium.firstCheckMs)} ms`, '1 sample', '', '', '']);
    rows.push(rowOf('Harper in Chromium: re-check after an edit in one paragraph (CPU: the Harper worker thread)', { ...stat(inChromium.editMs), cpu: stat(inChromium.editCpuMs) }, 'ms', '≤ 10 ms median'));
    rows.push(rowOf('… the same edits in the paragraph\'s longest sentence', { ...stat(inChromium.longEditMs), cpu: stat(inChromium.longEditCpuMs) }, 'ms', ''));
    rows.push(rowOf('… edits in the sentence holding a slip Harper flags', { ...stat(inChromium.slipEditMs), cpu: stat(inChromium.slipEditCpuMs) }, 'ms', ''));
    rows.push(rowOf('… the same from the service worker, through the offscreen document', stat(inChromium.viaOffscreenMs), 'ms', ''));
  }
  return rows;
}
