import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpeller, DICTIONARY_FILES, type FetchBytes } from '../../src/engine/spelling/load';
import { packageRoot } from '../../src/engine/spelling/node-fetch-bytes';
import { LANGUAGES } from '../../src/engine/types';

// The worker reads the same paths from the extension package; here a fetchBytes that records what it is asked for
// stands in for fetch(runtime.getURL(path)).
function recordingFetch(): { fetchBytes: FetchBytes; asked: string[] } {
  const asked: string[] = [];
  const root = packageRoot();
  return {
    asked,
    fetchBytes: async (path) => {
      asked.push(path);
      return new Uint8Array(await readFile(join(root, path)));
    },
  };
}

describe('createSpeller', () => {
  it('has dictionary files for every language, and they are shipped', async () => {
    for (const language of LANGUAGES) {
      for (const path of DICTIONARY_FILES[language]) {
        await expect(readFile(join(packageRoot(), path)), path).resolves.toBeTruthy();
      }
    }
  });

  it('reads only the files of the language asked for, through the given fetchBytes', async () => {
    const { fetchBytes, asked } = recordingFetch();
    const hr = await createSpeller('hr', fetchBytes);
    expect(asked).toEqual(['dictionaries/hr/hr.aff', 'dictionaries/hr/hr.dic']);
    expect(hr.correct('hvala')).toBe(true);
    expect(hr.correct('hvalla')).toBe(false);
  });

  it('serves two Hunspell languages from one module side by side', async () => {
    const { fetchBytes } = recordingFetch();
    const [lv, sl] = await Promise.all([createSpeller('lv', fetchBytes), createSpeller('sl', fetchBytes)]);
    expect(lv.correct('paldies')).toBe(true);
    expect(sl.correct('paldies')).toBe(false);
    expect(sl.correct('hvala')).toBe(true);
    expect(lv.correct('hvala')).toBe(false);
    lv.dispose?.();
    expect(sl.correct('naročilo')).toBe(true);
  });

  it('accepts a word once it is added, in the cases Hunspell allows', async () => {
    const { fetchBytes } = recordingFetch();
    const sl = await createSpeller('sl', fetchBytes);
    expect(sl.correct('Zendesk')).toBe(false);
    sl.add('zendesk');
    expect(sl.correct('zendesk')).toBe(true);
    expect(sl.correct('Zendesk')).toBe(true);
    expect(sl.suggest('zendesk')).toEqual([]);
  });

  it('reads a curly apostrophe as a straight one', async () => {
    const { fetchBytes } = recordingFetch();
    const en = await createSpeller('en', fetchBytes);
    expect(en.correct('don’t')).toBe(true);
    expect(en.suggest('recieve')[0]).toBe('receive');
  });

  it('remembers suggestions it has worked out', async () => {
    const { fetchBytes } = recordingFetch();
    const fi = await createSpeller('fi', fetchBytes);
    expect(fi.cachedSuggestions?.('kiiots')).toBeUndefined();
    const first = fi.suggest('kiiots');
    expect(fi.cachedSuggestions?.('kiiots')).toEqual(first);
  });
});
