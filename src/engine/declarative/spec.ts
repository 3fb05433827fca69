// The declarative rule kinds (in the spirit of Vale's extension points). Built-in phrase lists and a team lead's
// profile rules are written in the same shapes and run through the same code.

/** A phrase to flag: literal text (any case, any run of spaces, either apostrophe), or a regular expression. */
export type PhraseEntry =
  | string
  | {
      phrase?: string;
      pattern?: string;
      /** Overrides the rule's message for this phrase. */
      message?: string;
      /** What to say instead, best first. */
      replace?: string[];
      /**
       * Worked out at build time for the shipped phrase data (src/engine/declarative/precompute.ts): what
       * requiredStrings(pattern, caseless) gives, so a cold worker does not parse every pattern on its first check.
       */
      anchors?: string[][] | null;
    };

/** Flag every occurrence of these phrases. */
export interface ExistenceSpec {
  kind: 'existence';
  /** May use {actual}. */
  message: string;
  phrases: PhraseEntry[];
}

/** Say this instead of that: flags the left side and suggests the right. */
export interface SubstitutionSpec {
  kind: 'substitution';
  /** May use {actual} and {expected}. */
  message: string;
  swap: Record<string, string | string[]>;
}

/** Terms spelled exactly so: "iPhone", "NordVPN". Flags the same letters in another case. */
export interface CapitalizationSpec {
  kind: 'capitalization';
  /** May use {actual} and {expected}. */
  message: string;
  terms: string[];
}

export type InsertAt = 'start' | 'after-greeting' | 'before-closing' | 'end';

/** The reply must contain one of these phrases (a sign-off, a ticket reference). */
export interface RequiredSpec {
  kind: 'required';
  message: string;
  phrases: PhraseEntry[];
  /** What to add when none is there, and where. */
  insert?: { text: string; at: InsertAt };
}

export type DeclarativeSpec = ExistenceSpec | SubstitutionSpec | CapitalizationSpec | RequiredSpec;
export type DeclarativeKind = DeclarativeSpec['kind'];
