// Reads one language's labelled corpus: tests/corpus/<lang>/*.txt and the labels.json beside them. Another language
// plugs in by adding its own folder; nothing here is English-specific.
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../src/engine/types';
import { locate, validateLabels, isDocumentLabel, type ReplyLabels } from './score';

export interface CorpusReply {
  labels: ReplyLabels;
  text: string;
}

export interface Corpus {
  language: Language;
  dir: string;
  replies: CorpusReply[];
  /** The team word list (team-words.json), as a team's profile would give it: the companies' own names. */
  words: string[];
}

export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function corpusDir(root: string, language: Language): string {
  return join(root, language);
}

/** The languages that have a corpus under `root` (a folder with a labels.json), in the order of LANGUAGES. */
export async function corpusLanguages(root: string): Promise<Language[]> {
  const found: Language[] = [];
  for (const language of LANGUAGES) {
    try {
      await access(join(corpusDir(root, language), 'labels.json'));
      found.push(language);
    } catch {
      // no corpus for this language yet
    }
  }
  return found;
}

/** Loads and checks a corpus; throws a CorpusError listing every problem (a missing file, a label not in its file). */
export async function loadCorpus(root: string, language: Language): Promise<Corpus> {
  const dir = corpusDir(root, language);
  let names: string[];
  let raw: string;
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    raw = await readFile(join(dir, 'labels.json'), 'utf8');
  } catch (err) {
    throw new CorpusError([`no corpus for "${language}" at ${dir} (${(err as Error).message})`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new CorpusError([`${join(dir, 'labels.json')}: ${(err as Error).message}`]);
  }
  const problems = validateLabels(data);
  if (problems.length) throw new CorpusError(problems);
  const labels = data as ReplyLabels[];
  const byFile = new Map(labels.map((l) => [l.file, l]));
  for (const name of names) if (!byFile.has(name)) problems.push(`${name}: has no entry in labels.json`);
  for (const l of labels) if (!names.includes(l.file)) problems.push(`${l.file}: listed in labels.json but missing`);
  const replies: CorpusReply[] = [];
  for (const name of names) {
    const entry = byFile.get(name);
    if (!entry) continue;
    const text = await readFile(join(dir, name), 'utf8');
    for (const label of entry.planted) {
      if (!isDocumentLabel(label) && !locate(text, label)) {
        problems.push(`${name}: "${label.text}" does not occur ${label.occurrence ?? 1} time(s)`);
      }
    }
    replies.push({ labels: entry, text });
  }
  const words = await loadTeamWords(join(dir, 'team-words.json'), problems);
  if (problems.length) throw new CorpusError(problems);
  return { language, dir, replies, words };
}

async function loadTeamWords(path: string, problems: string[]): Promise<string[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return []; // optional: a corpus without invented brand names needs none
  }
  try {
    const data = JSON.parse(raw) as { words?: unknown };
    if (Array.isArray(data.words) && data.words.every((w) => typeof w === 'string' && w.trim() !== '')) {
      return data.words as string[];
    }
    problems.push(`${path}: "words" must be an array of words`);
  } catch (err) {
    problems.push(`${path}: ${(err as Error).message}`);
  }
  return [];
}
