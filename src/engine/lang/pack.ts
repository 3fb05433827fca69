import type { Language } from '../types';
import enText from './en/text.json';
import lvText from './lv/text.json';
import slText from './sl/text.json';
import hrText from './hr/text.json';
import fiText from './fi/text.json';

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
  /**
   * Whether a number with a full stop is an ordinal ("3. martā", "15. 3. 2024", "1. siječnja", "3. maaliskuuta"), so
   * that it ends no sentence when a lower-case word or another number follows.
   */
  ordinals?: boolean;
}

const OWN: Record<Language, TextPack> = { en: enText, lv: lvText, sl: slText, hr: hrText, fi: fiText };

const unique = (lists: string[][]): string[] => [...new Set(lists.flat())];

// The attribution line above a quoted message is written by the rep's mail client in the client's language, which
// need not be the reply's: a Latvian reply from a Gmail set to English quotes "On … wrote:". So every pack knows
// every language's quote headers; each header needs a date, a time or an address, so none is mistaken for body text.
const QUOTE_HEADERS = unique(Object.values(OWN).map((p) => p.quoteHeaders));

const PACKS: Record<Language, TextPack> = Object.fromEntries(
  Object.entries(OWN).map(([language, pack]) => [language, { ...pack, quoteHeaders: QUOTE_HEADERS }]),
) as Record<Language, TextPack>;

/** Languages the engine can check. */
export const SUPPORTED_LANGUAGES: readonly Language[] = Object.keys(PACKS) as Language[];

export function textPack(language: Language): TextPack {
  const pack = PACKS[language];
  if (!pack) throw new Error(`Language "${language}" is not supported yet`);
  return pack;
}

let any: TextPack | null = null;

/**
 * A pack that knows the greetings, sign-offs and abbreviations of every language, for finding the rep's own
 * paragraphs before the reply's language is known (language detection must not read the quoted customer message or
 * the signature). The Outlook header block is the English one; the other languages' From lines are quote headers.
 */
export function anyLanguagePack(): TextPack {
  if (!any) {
    const packs = Object.values(OWN);
    any = {
      greetings: unique(packs.map((p) => p.greetings)),
      closings: unique(packs.map((p) => p.closings)),
      quoteHeaders: QUOTE_HEADERS,
      headerBlock: OWN.en.headerBlock,
      abbreviations: unique(packs.map((p) => p.abbreviations)),
    };
  }
  return any;
}
