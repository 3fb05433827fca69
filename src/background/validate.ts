// Every message is checked before the worker acts on it: its shape, its size and who sent it. A content script runs
// on pages that may be hostile, so nothing is trusted because it arrived on the extension's channel.
import { LANGUAGES, type Language, type Range } from '../engine/types';
import {
  MAX_ATTACHMENTS,
  MAX_CUSTOMER_NAME,
  MAX_CUSTOMER_TEXT,
  MAX_HINTS,
  MAX_MESSAGE_TEXT,
  MAX_SUGGEST_WORD,
  type CustomerContext,
  type Request,
  type TextDelta,
} from '../shared/protocol';
import { isDictionaryWord, isHost } from '../shared/settings';

export type Validated = { ok: true; request: Request } | { ok: false; message: string };

/** What the worker knows of a sender: chrome.runtime.MessageSender, reduced to what matters here. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Present when the message came from a content script in a tab. */
  tab?: unknown;
}

/** Request kinds only the extension's own pages (popup, options) may send: they change settings. */
const PAGE_ONLY = new Set<string>(['remove-word', 'set-site', 'set-languages', 'get-draft-language', 'pin-language']);
const SETTINGS = new Set<string>(['error', 'warning', 'info', 'off', 'default']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;
const isShortString = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

function validRange(v: unknown): v is Range {
  return Array.isArray(v) && v.length === 2 && isIndex(v[0], MAX_MESSAGE_TEXT) && isIndex(v[1], MAX_MESSAGE_TEXT) && v[0] <= v[1];
}

function validDelta(v: unknown): v is TextDelta {
  return (
    isObject(v) &&
    isIndex(v.from, MAX_MESSAGE_TEXT) &&
    isIndex(v.to, MAX_MESSAGE_TEXT) &&
    (v.from as number) <= (v.to as number) &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_MESSAGE_TEXT
  );
}

/** A customer message: its text within the limit, and a short name if any. Extra fields are dropped, not trusted. */
function validCustomer(v: unknown): v is CustomerContext {
  return (
    isObject(v) &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_CUSTOMER_TEXT &&
    (v.name === undefined || isShortString(v.name, MAX_CUSTOMER_NAME))
  );
}

export function validate(message: unknown, sender: SenderInfo, self: { id: string; pageUrl: string }): Validated {
  const fail = (why: string): Validated => ({ ok: false, message: why });
  if (sender.id !== self.id) return fail('message from another extension');
  if (!isObject(message) || typeof message.kind !== 'string') return fail('not a ReplyCheck message');
  // The popup and the options page (which opens in a tab, so it has sender.tab too) are the extension's own URLs;
  // a content script's sender.url is the web page's.
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(self.pageUrl);
  if (PAGE_ONLY.has(message.kind) && !fromOwnPage) return fail(`"${message.kind}" may only come from the extension's pages`);
  const m = message;
  switch (m.kind) {
    case 'check': {
      if (!isShortString(m.doc, 100)) return fail('check: bad doc id');
      if (!isIndex(m.version, Number.MAX_SAFE_INTEGER)) return fail('check: bad version');
      if (!Array.isArray(m.hints) || m.hints.length > MAX_HINTS || !m.hints.every(validRange)) return fail('check: bad hints');
      const hasText = m.text !== undefined;
      const hasDelta = m.delta !== undefined;
      if (hasText === hasDelta) return fail('check: send either text or a delta');
      if (hasText && typeof m.text !== 'string') return fail('check: text must be a string');
      if (hasDelta && (!validDelta(m.delta) || !isIndex(m.base, Number.MAX_SAFE_INTEGER))) return fail('check: bad delta');
      if (m.customer !== undefined && m.customer !== null && !validCustomer(m.customer)) return fail('check: bad customer message');
      if (m.attachments !== undefined && !isIndex(m.attachments, MAX_ATTACHMENTS)) return fail('check: bad attachment count');
      const customer = m.customer as CustomerContext | null | undefined;
      // Size is not refused here: an oversized draft gets a polite "declined" answer from the worker instead.
      return {
        ok: true,
        request: {
          kind: 'check',
          doc: m.doc,
          version: m.version,
          hints: (m.hints as Range[]).map((r) => [r[0], r[1]]),
          ...(hasText ? { text: m.text as string } : { delta: m.delta as TextDelta, base: m.base as number }),
          ...(customer === undefined
            ? {}
            : { customer: customer && { text: customer.text, ...(customer.name !== undefined ? { name: customer.name } : {}) } }),
          ...(m.attachments !== undefined ? { attachments: m.attachments as number } : {}),
        },
      };
    }
    case 'forget':
      return isShortString(m.doc, 100) ? { ok: true, request: { kind: 'forget', doc: m.doc } } : fail('forget: bad doc id');
    case 'add-word':
    case 'remove-word':
      return typeof m.word === 'string' && isDictionaryWord(m.word)
        ? { ok: true, request: { kind: m.kind, word: m.word } }
        : fail(`${m.kind}: not a word`);
    case 'set-rule':
      return isShortString(m.ruleId, 100) && /^[a-z]+\/[a-z0-9-]+$/.test(m.ruleId) && SETTINGS.has(m.setting as string)
        ? { ok: true, request: { kind: 'set-rule', ruleId: m.ruleId, setting: m.setting as 'off' } }
        : fail('set-rule: bad rule or setting');
    case 'set-site':
      return typeof m.host === 'string' && isHost(m.host) && typeof m.enabled === 'boolean'
        ? { ok: true, request: { kind: 'set-site', host: m.host, enabled: m.enabled } }
        : fail('set-site: bad host');
    case 'set-languages':
      return Array.isArray(m.languages) &&
        m.languages.length > 0 &&
        m.languages.length <= LANGUAGES.length &&
        m.languages.every((l) => (LANGUAGES as readonly unknown[]).includes(l))
        ? { ok: true, request: { kind: 'set-languages', languages: [...new Set(m.languages as Language[])] } }
        : fail('set-languages: bad languages');
    case 'deep-check':
      if (!isShortString(m.doc, 100)) return fail('deep-check: bad doc id');
      if (!isIndex(m.version, Number.MAX_SAFE_INTEGER)) return fail('deep-check: bad version');
      if (!Array.isArray(m.hints) || m.hints.length > MAX_HINTS || !m.hints.every(validRange)) return fail('deep-check: bad hints');
      return { ok: true, request: { kind: 'deep-check', doc: m.doc, version: m.version, hints: m.hints.map(([a, b]) => [a, b] as Range) } };
    case 'suggest':
      if (!isShortString(m.doc, 100)) return fail('suggest: bad doc id');
      if (!isIndex(m.version, Number.MAX_SAFE_INTEGER)) return fail('suggest: bad version');
      if (!isShortString(m.word, MAX_SUGGEST_WORD) || /\s/u.test(m.word)) return fail('suggest: not a word');
      if (!(LANGUAGES as readonly unknown[]).includes(m.language)) return fail('suggest: bad language');
      return {
        ok: true,
        request: { kind: 'suggest', doc: m.doc, version: m.version, word: m.word, language: m.language as Language },
      };
    case 'get-rules':
      return { ok: true, request: { kind: 'get-rules' } };
    case 'warm':
      return { ok: true, request: { kind: 'warm' } };
    case 'get-draft-language':
      return isIndex(m.tab, Number.MAX_SAFE_INTEGER)
        ? { ok: true, request: { kind: 'get-draft-language', tab: m.tab } }
        : fail('get-draft-language: bad tab');
    case 'pin-language':
      return isShortString(m.doc, 100) && (m.language === null || (LANGUAGES as readonly unknown[]).includes(m.language))
        ? { ok: true, request: { kind: 'pin-language', doc: m.doc, language: m.language as Language | null } }
        : fail('pin-language: bad doc or language');
    default:
      return fail(`unknown message kind "${String(m.kind).slice(0, 40)}"`);
  }
}
