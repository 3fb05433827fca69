import type { Language, Range } from './types';
import type { TextPack } from './lang/pack';
import type { CustomerMessage, RuleContext } from './rule';
import type { Speller } from './spelling/speller';
import { textPack } from './lang/pack';
import { parseEmail } from './text/regions';
import { merge } from './text/ranges';
import { findSkipSpans } from './text/skip';
import { paragraphs, sentencesOf, type Sentence } from './text/sentences';
import { tokenize, type Word } from './text/tokens';

export interface ContextInput {
  text: string;
  language: Language;
  speller?: Speller | null;
  /** Spans the caller knows are quoted or signature (the compose box marks them). */
  hints?: readonly Range[];
  attachments?: number;
  customer?: CustomerMessage;
  suggestionsPerCheck?: number;
}

/** A context, with its words and sentences split by paragraph (ctx.paragraphs[i] holds words[i] and sentences[i]). */
export interface ContextParts {
  ctx: RuleContext;
  words: Word[][];
  sentences: Sentence[][];
}

/** One paragraph's words and sentences. */
export interface ParagraphParse {
  words: Word[];
  sentences: Sentence[];
}

/**
 * Reads the words and sentences of the paragraph at `range`. They depend on the text inside it and on the skipped
 * spans that touch it, nothing else: the engine remembers them by that (src/engine/engine.ts).
 */
export type ParseParagraph = (text: string, range: Range, skip: readonly Range[], pack: TextPack) => ParagraphParse;

export const parseParagraph: ParseParagraph = (text, range, skip, pack) => {
  const words = tokenize(text, range, skip);
  return { words, sentences: sentencesOf(text, range, pack, words) };
};

/** Parses a reply once into what every rule reads, keeping each paragraph's words and sentences apart. */
export function buildContextParts(input: ContextInput, parse: ParseParagraph = parseParagraph): ContextParts {
  const { text, language } = input;
  const pack = textPack(language);
  const email = parseEmail(text, pack, input.hints);
  const skip = merge(email.checkable.flatMap((r) => findSkipSpans(text, r)));
  const paras = paragraphs(text, email.checkable);
  const parsed = paras.map((p) => parse(text, p.range, skip, pack));
  const perParagraph = parsed.map((p) => p.words);
  const words = perParagraph.flat();
  const sentences = parsed.map((p) => p.sentences);
  const ctx: RuleContext = {
    text,
    language,
    pack,
    email,
    skip,
    paragraphs: paras,
    sentences: sentences.flat(),
    words,
    speller: input.speller ?? null,
    attachments: input.attachments,
    customer: input.customer,
    ...(input.suggestionsPerCheck !== undefined ? { suggestionsPerCheck: input.suggestionsPerCheck } : {}),
  };
  return { ctx, words: perParagraph, sentences };
}

/** Parses a reply once into what every rule reads. */
export function buildContext(input: ContextInput): RuleContext {
  return buildContextParts(input).ctx;
}
