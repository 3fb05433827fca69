// The one message protocol between the content script, the popup, the options page and the worker
// (Harper's chrome-plugin protocol.ts pattern): a discriminated union on `kind` and a request → response map, so
// callers never cast. Everything here is plain, cloneable data: no Error objects, no class instances.
import type { CheckResult, Language, Range } from '../engine/types';
import type { RuleSetting } from '../engine/engine';
import type { RuleLocks } from '../engine/profile/index';

/** The largest draft the worker accepts in one message; longer drafts are declined politely, never half-read. */
export const MAX_MESSAGE_TEXT = 1_000_000;
/** The most quoted/signature spans one check may carry. */
export const MAX_HINTS = 500;
/**
 * The longest customer message a check carries; the adapters send only its start beyond this (the questions and the
 * tone of a message are in its first pages, and it travels with every change of the message it answers).
 */
export const MAX_CUSTOMER_TEXT = 50_000;
/** The longest sender name a check carries. */
export const MAX_CUSTOMER_NAME = 200;
/** More attachment chips than any compose window shows; a larger count is a bad message. */
export const MAX_ATTACHMENTS = 1_000;

/** The customer's message the reply answers, as the page shows it (read-only; it never leaves the machine). */
export interface CustomerContext {
  text: string;
  /** The sender's display name, when the page names one. */
  name?: string;
}

/** One replacement since the last text the worker holds for a draft: [from, to) of the old text becomes `text`. */
export interface TextDelta {
  from: number;
  to: number;
  text: string;
}

export interface CheckRequest {
  kind: 'check';
  /** Stable id of one compose box for the life of the page. */
  doc: string;
  /** Increases with every change; the answer carries it back so stale answers are dropped. */
  version: number;
  /** Either the whole text, or a delta on top of `base` (the version the worker last saw). */
  text?: string;
  delta?: TextDelta;
  base?: number;
  /** Spans of quoted replies and the signature, as marked in the compose box. */
  hints: Range[];
  /**
   * The customer's message this reply answers. Sent only when it changed (and with every whole-text check, as the
   * worker may have restarted): absent means "the one the worker holds for this doc", null means "none".
   */
  customer?: CustomerContext | null;
  /** Attachment chips in the compose window; absent when the site shows no attachment area ReplyCheck knows. */
  attachments?: number;
}

export interface ForgetRequest {
  kind: 'forget';
  doc: string;
}

export interface AddWordRequest {
  kind: 'add-word';
  word: string;
}

export interface RemoveWordRequest {
  kind: 'remove-word';
  word: string;
}

export interface SetRuleRequest {
  kind: 'set-rule';
  ruleId: string;
  setting: RuleSetting | 'default';
}

export interface SetSiteRequest {
  kind: 'set-site';
  host: string;
  enabled: boolean;
}

export interface SetLanguagesRequest {
  kind: 'set-languages';
  languages: Language[];
}

export interface GetRulesRequest {
  kind: 'get-rules';
}

/** Sent when the rep starts typing: a worker the browser stopped starts again and loads its dictionary meanwhile. */
export interface WarmRequest {
  kind: 'warm';
}

/** The popup asks which language the tab's draft was last checked in. Only the extension's pages send it. */
export interface GetDraftLanguageRequest {
  kind: 'get-draft-language';
  tab: number;
}

/** The popup pins a compose box to a language, or (null) goes back to detecting it. */
export interface PinLanguageRequest {
  kind: 'pin-language';
  doc: string;
  language: Language | null;
}

/**
 * After a 'result' that says `deep: 'pending'`: Harper's deep English grammar for the same version of the draft (the
 * worker holds its text), merged into the fast findings. Sent by the content script once the fast findings are shown.
 */
export interface DeepCheckRequest {
  kind: 'deep-check';
  doc: string;
  version: number;
  hints: Range[];
}

/**
 * The card opened on a spelling finding that came with `suggestionsPending` (the check's budget of suggestion lists
 * was spent, or the word is very long): its suggestions, worked out now by the dictionary the draft was checked with
 * (and cached there). `doc` and `version` come back with the answer so the card can drop a stale one.
 */
export interface SuggestRequest {
  kind: 'suggest';
  doc: string;
  version: number;
  /** The flagged word as written (the finding's `actual`). */
  word: string;
  /** The language the draft was checked in (the 'result' said which). */
  language: Language;
}

/** The longest word 'suggest' accepts; the card asks for nothing longer than a check flags as one word. */
export const MAX_SUGGEST_WORD = 100;

/** Suggestions for one word, best first, in the writer's case; the card turns them into edits of the finding's range. */
export interface SuggestResponse {
  kind: 'suggestions';
  doc: string;
  version: number;
  word: string;
  suggestions: string[];
}

export type Request =
  | CheckRequest
  | SuggestRequest
  | DeepCheckRequest
  | ForgetRequest
  | AddWordRequest
  | RemoveWordRequest
  | SetRuleRequest
  | SetSiteRequest
  | SetLanguagesRequest
  | GetRulesRequest
  | WarmRequest
  | GetDraftLanguageRequest
  | PinLanguageRequest;

export type RequestKind = Request['kind'];

export interface RuleInfo {
  id: string;
  category: CheckResult['diagnostics'][number]['category'];
  description: string;
  defaultSeverity: 'error' | 'warning' | 'info';
  defaultOff: boolean;
  languages: Language[];
}

export type CheckResponse =
  | {
      kind: 'result';
      doc: string;
      version: number;
      result: CheckResult;
      truncated: boolean;
      /** The language the draft was checked in, and whether it was detected (not pinned). */
      language?: Language;
      languageDetected?: boolean;
      /** That language's dictionary could not be loaded: checked without spelling. */
      spellingUnavailable?: boolean;
      /** Rules the team profile does not let the rep change: the card says so instead of offering to turn them off. */
      locks?: RuleLocks;
      /** 'pending': ask 'deep-check' for Harper's findings on this version; 'done': they are merged in. */
      deep?: 'pending' | 'done';
    }
  /** The worker does not hold `base` (it was restarted, or never saw this draft): send the whole text. */
  | { kind: 'resync'; doc: string }
  | { kind: 'declined'; doc: string; reason: string };

export type OkResponse = { kind: 'ok' };
export type ErrorResponse = { kind: 'error'; message: string };

/** The deep pass did not run: the draft changed since, it is not English, or deep grammar is off or unavailable. */
export type DeepCheckResponse = Extract<CheckResponse, { kind: 'result' }> | { kind: 'skipped'; doc: string; reason: string };

export interface ResponseMap {
  check: CheckResponse;
  'deep-check': DeepCheckResponse;
  suggest: SuggestResponse;
  forget: OkResponse;
  'add-word': OkResponse;
  'remove-word': OkResponse;
  'set-rule': OkResponse;
  'set-site': OkResponse;
  'set-languages': OkResponse;
  'get-rules': { kind: 'rules'; rules: RuleInfo[] };
  warm: OkResponse;
  'get-draft-language': DraftLanguage;
  'pin-language': OkResponse;
}

/** The language of the draft a tab last had checked; `doc` is null when the tab has had no draft checked. */
export interface DraftLanguage {
  kind: 'draft-language';
  doc: string | null;
  language: Language;
  detected: boolean;
  pinned: Language | null;
  /** The languages enabled in the options (within the team profile's), first in the pin choices. */
  languages: Language[];
  /** The team profile's languages, when it names some: the only ones the rep may pin. */
  teamLanguages?: Language[];
  spellingUnavailable: boolean;
}

export type ResponseOf<K extends RequestKind> = ResponseMap[K] | ErrorResponse;

/** What the popup asks the content script of the active tab (tabs.sendMessage, not the worker). */
export interface DraftSummaryRequest {
  kind: 'draft-summary';
}

/** The popup asks the tab's content script to check its drafts again (after pinning a language). */
export interface RecheckRequest {
  kind: 'recheck';
}

export interface DraftSummary {
  kind: 'draft-summary';
  host: string;
  enabled: boolean;
  /** null when no compose box has been focused on this page yet. */
  draft: {
    counts: Partial<Record<CheckResult['diagnostics'][number]['category'], number>>;
    score: number;
    total: number;
    /** Why the draft was not checked (too long), when it was not. */
    declined?: string;
    /** Something the rep should know about the check (only the start of a very long draft was checked). */
    note?: string;
  } | null;
}
