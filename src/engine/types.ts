// The contracts of ../shared/DESIGN.md: plain, cloneable data that crosses the message channel.

export type Category = 'spelling' | 'grammar' | 'style' | 'tone' | 'politeness' | 'structure' | 'privacy';
export const CATEGORIES: readonly Category[] = [
  'spelling', 'grammar', 'style', 'tone', 'politeness', 'structure', 'privacy',
];

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Language = 'en' | 'lv' | 'sl' | 'hr' | 'fi';
export const LANGUAGES: readonly Language[] = ['en', 'lv', 'sl', 'hr', 'fi'];

/** Half-open UTF-16 offsets into exactly the text that was checked. */
export type Range = [start: number, end: number];

export interface Edit {
  range: Range;
  text: string;
}

export interface Suggestion {
  label: string;
  edit: Edit;
}

export interface Diagnostic {
  /** "<category>/<name>", stable forever. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** A document-level finding (missing greeting) uses [0, 0]. */
  range: Range;
  /** One sentence a rep understands. */
  message: string;
  /** The flagged text. */
  actual?: string;
  suggestions: Suggestion[];
  /**
   * More fixes are to come: the check left this finding's suggestions for later (its budget of suggestion lists was
   * spent, or the word is very long). The extension's card asks for them when it opens ('suggest'). Never present in
   * the CLI's output, which works out every suggestion.
   */
  suggestionsPending?: true;
}

export interface CheckResult {
  language: Language;
  score: number;
  diagnostics: Diagnostic[];
  /**
   * Present when the draft was too long to check whole: only its first `checkedLength` UTF-16 units were checked, and
   * the rep's own writing goes on after them. A long quoted thread below the reply does not count.
   */
  truncated?: { checkedLength: number };
}
