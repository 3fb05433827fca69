import type { Category, Language, Range, Severity, Suggestion } from './types';
import type { TextPack } from './lang/pack';
import type { EmailParts } from './text/regions';
import type { Paragraph, Sentence } from './text/sentences';
import type { Word } from './text/tokens';
import type { Speller } from './spelling/speller';

/** What a rule reports; the engine adds the rule id, category and the severity in force. */
export interface Finding {
  range: Range;
  message: string;
  actual?: string;
  suggestions?: Suggestion[];
  /** Its suggestions were left for later (see Diagnostic.suggestionsPending). */
  suggestionsPending?: boolean;
}

/** Everything a rule may read. Built once per check; rules never see the DOM. */
export interface RuleContext {
  /** Exactly the text being checked; every range is an offset into it. */
  text: string;
  language: Language;
  pack: TextPack;
  email: EmailParts;
  /** Spans no rule reads as prose: URLs, email addresses, code, paths, references. */
  skip: Range[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Words of the checkable text, skipped spans left out. */
  words: Word[];
  /** The spelling dictionary for this language, with the team's and the rep's words added. */
  speller: Speller | null;
  /** Attachments in the compose window, when the caller knows (the CLI's --attachments, the adapters). */
  attachments?: number;
  /**
   * The customer's message this reply answers, when known: the adapters read it from the thread, the CLI from
   * --customer or the quoted part of the file. Read-only; rules never quote more of it than one question.
   */
  customer?: CustomerMessage;
  /**
   * How many uncached suggestion lists spelling may work out in this check (default SUGGESTIONS_PER_CHECK in
   * ./spelling/suggestions; Infinity: all of them, for the CLI). The rest are marked pending.
   */
  suggestionsPerCheck?: number;
}

export interface CustomerMessage {
  text: string;
  /** The sender's display name ("John Smith"), when the page or file names one. */
  name?: string;
}

export interface RuleMeta {
  category: Category;
  /** One line for the README's rule table and the options page. */
  description: string;
  defaultSeverity: Severity;
  /** Languages the rule works in. */
  languages: readonly Language[];
  /** Off unless a profile turns it on. */
  defaultOff?: boolean;
  /**
   * Its findings give way to any other finding of its category on the same words, whatever the severities: for a
   * rule that judges by likelihood (the tone model) next to rules that name exactly what is wrong and offer a fix.
   */
  fallback?: boolean;
  /**
   * What a re-check must re-run this rule on (src/engine/engine.ts). 'paragraph': its findings in a paragraph depend
   * only on that paragraph's text (its words, sentences and skipped spans), the characters on its first and last
   * lines outside it, whether the text before it ends in a colon, and the greeting when it is in the paragraph or
   * ends right before it; and on the language, the settings and the dictionary, which are fixed for an engine. Such a rule is run on each paragraph alone and its findings are cached
   * by paragraph. 'document' (the default, and the answer when in doubt): anything else, such as a phrase search over
   * the whole checkable text (a phrase's spaces match across a blank line), counts across paragraphs, the quoted
   * thread, the signature, the customer's message or the attachments.
   */
  scope?: 'paragraph' | 'document';
}

export interface Rule {
  /** "<category>/<name>", stable forever; the file is src/engine/rules/<category>/<name>.ts. */
  id: string;
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
