import { it } from 'vitest';
import { loadSpeller } from '../src/cli/dictionaries';
import type { Language } from '../src/engine/types';
const WORDS = JSON.parse(process.env.WORDS ?? '{}') as Record<string, string[]>;
it('words', async () => {
  for (const [l, ws] of Object.entries(WORDS)) {
    const s = await loadSpeller(l as Language);
    console.log(l, ws.map((w) => `${w}:${s!.correct(w) ? 'ok' : 'NO'}`).join(' '));
  }
}, 60000);
