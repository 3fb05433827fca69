import type { Language, Range } from './types';
import type { CustomerMessage, RuleContext } from './rule';
import type { Speller } from './spelling/speller';
import { textPack } from './lang/pack';
import { parseEmail } from './text/regions';
import { merge } from './text/ranges';
import { findSkipSpans } from './text/skip';
import { paragraphs, sentencesOf } from './text/sentences';
import { tokenize } from './text/tokens';

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

/** Parses a reply once into what every rule reads. */
export function buildContext(input: ContextInput): RuleContext {
  const { text, language } = input;
  const pack = textPack(language);
  const email = parseEmail(text, pack, input.hints);
  const skip = merge(email.checkable.flatMap((r) => findSkipSpans(text, r)));
  const paras = paragraphs(text, email.checkable);
  const perParagraph = paras.map((p) => tokenize(text, p.range, skip));
  const words = perParagraph.flat();
  const sentences = paras.flatMap((p, i) => sentencesOf(text, p.range, pack, perParagraph[i]!));
  return {
    text,
    language,
    pack,
    email,
    skip,
    paragraphs: paras,
    sentences,
    words,
    speller: input.speller ?? null,
    attachments: input.attachments,
    customer: input.customer,
    ...(input.suggestionsPerCheck !== undefined ? { suggestionsPerCheck: input.suggestionsPerCheck } : {}),
  };
}
