import type { Language } from '../types';
import enText from './en/text.json';

/** How email in one language is shaped: what the text parser needs to find the parts of a reply. */
export interface TextPack {
  greetings: string[];
  closings: string[];
  /** Regular expressions (multiline) for the line that starts a quoted earlier message. */
  quoteHeaders: string[];
  /** Outlook's "From: … Sent: …" header block, in this language's labels. */
  headerBlock: { from: string; sent: string[] };
  /** Lower-case abbreviations without their final full stop, which do not end a sentence. */
  abbreviations: string[];
}

const PACKS: Partial<Record<Language, TextPack>> = { en: enText };

/** Languages the engine can check today. */
export const SUPPORTED_LANGUAGES: readonly Language[] = Object.keys(PACKS) as Language[];

export function textPack(language: Language): TextPack {
  const pack = PACKS[language];
  if (!pack) throw new Error(`Language "${language}" is not supported yet`);
  return pack;
}
