import type { Language } from '../../types';
import { defineRule, type RuleContext } from '../../rule';
import type { PhraseEntry } from '../../declarative/spec';
import { compilePhrases, findPhrases, type CompiledPhrase, type PhraseHit } from '../../declarative/match';
import type { Sentence } from '../../text/sentences';
import { overlaps } from '../../text/ranges';
import { customerContext, customerLanguage, fold, sameWord } from '../../text/customer';
import { isReplyOfSubstance } from './missing-greeting';
import en from '../../lang/en/structure/unanswered-question.json';
import lv from '../../lang/lv/structure/unanswered-question.json';
import sl from '../../lang/sl/structure/unanswered-question.json';
import hr from '../../lang/hr/structure/unanswered-question.json';
import fi from '../../lang/fi/structure/unanswered-question.json';

interface AnswerKind {
  name: string;
  /** The question asks for this kind of answer ("when", "how much"). */
  ask: PhraseEntry[];
  /** The reply gives it (a date, a price, steps). */
  answer: PhraseEntry[];
  /** Counts only when the customer asked one question of this kind (a "Yes," cannot say which of two it answers). */
  single?: boolean;
  /** The answer patterns tell capitals from small letters (a name, "DPD", in the middle of a sentence). */
  caseSensitive?: boolean;
  /** Its answer answers the question, but a reply without one has not shown that it skipped it ("Yes", a name). */
  weak?: boolean;
  /**
   * Kinds a question of this kind does not ask for, though their words matched: "how long" wants a duration, so a date
   * or a clock time ('when') and a bare number ('how many') do not answer it; "can you send…" is answered by sending,
   * not by a "You can" ('yes/no').
   */
  replaces?: string[];
  /**
   * Without this kind of answer the question is not answered, whatever words the reply shares with it: "Can you send
   * me the October receipt?" is not answered by a reply about the October bill that sends nothing.
   */
  required?: boolean;
  /**
   * Answers that count only for a question whose own words are in the same sentence: verb echoes of a yes/no question
   * ("You can…", "We do stock…", "Lahko…", "Voi…"), which any sentence of a reply may start with.
   */
  echo?: PhraseEntry[];
}

interface QuestionData {
  /** May use {question}. */
  message: string;
  /** Request forms that make a sentence without "?" a question: "I would like to know…". */
  requests: PhraseEntry[];
  /** Questions nobody expects an answer to: "How are you?", "Is this a joke?". */
  rhetorical: PhraseEntry[];
  /**
   * Judgements of what happened, a demonstrative for a subject and one word for a predicate ("Is this a scam?", "Vai tā
   * ir krāpšana?"): a reply answers them by explaining what happened, not by using the word, so there is nothing to
   * look for; like "Is that possible?" they still ask for a yes or no.
   */
  judgements?: PhraseEntry[];
  stopwords: string[];
  /** Verb prefixes taken off before comparing: "mainīt" and "nomainīju" are one verb. */
  prefixes: string[];
  /** Words too common in support mail ("order", "account") to show that a reply speaks of a question. */
  generic: string[];
  kinds: AnswerKind[];
  /**
   * A key word the customer also used in a sentence that asks nothing ("A tree fell on our fence. Is the fence damage
   * covered?") is the topic of the whole message: a reply about that topic uses it whether or not it answers, so it is
   * looked for only when the question has no other key words.
   */
  topicWords?: boolean;
  /**
   * Words support mail uses for one thing ("refund"/"money back", "swap"/"exchange"/"replace"): a reply that uses one
   * of a group speaks of a question that used another. Matched by their beginnings, like the key words.
   */
  synonyms?: string[][];
  /** Mood markers written as a prefix ("jā" of the Latvian debitive: "jāiestata"), taken off before the verb prefixes. */
  moods?: string[];
  /**
   * Where a yes/no question names what the customer wants done (group 1: "Is it possible to EXPORT…", "Vai varat
   * ATSŪTĪT…", "Voitteko LÄHETTÄÄ…"): a reply that gives no yes or no and never uses that verb has not answered it,
   * however many of its other words it uses ("You can bring client records IN from a CSV file").
   */
  verb?: PhraseEntry[];
  /** How many letters of ending two forms of one word may differ by (default 3; Finnish endings are longer). */
  maxEnding?: number;
  /**
   * Short words are inflected too: "joga"/"jogo", "suns"/"suni", four letters that differ only in their last one are
   * one word (English "card"/"care" are not, so it is for the inflected languages).
   */
  shortStems?: boolean;
  /** Compounds are written as one word: a key word found as the last part of a reply's word counts (Finnish). */
  compounds?: boolean;
  /** Verbs too light to say what is asked ("Do I have to TAKE a course?"): never held as a yes/no question's verb. */
  lightVerbs?: string[];
  /**
   * Endings of a verb's conjugation (infinitive, l-participle, present plural): two forms of one verb with a short stem
   * differ in more than its last letters ("vrnili"/"vrnemo", returned/we return), so they are compared by stem.
   */
  verbEndings?: string[];
}

interface Compiled {
  data: QuestionData;
  requests: CompiledPhrase[];
  rhetorical: CompiledPhrase[];
  judgements: CompiledPhrase[];
  stop: Set<string>;
  generic: Set<string>;
  genericList: string[];
  prefixes: string[];
  synonyms: string[][];
  maxEnding: number;
  moods: string[];
  verb: CompiledPhrase[];
  light: string[];
  verbEndings: string[];
  kinds: { kind: AnswerKind; ask: CompiledPhrase[]; answer: CompiledPhrase[]; echo: CompiledPhrase[] }[];
}

const RAW: Partial<Record<Language, QuestionData>> = { en, lv, sl, hr, fi };
const cache = new Map<Language, Compiled>();

function compiled(language: Language): Compiled | null {
  const data = RAW[language];
  if (!data) return null;
  let c = cache.get(language);
  if (!c) {
    c = {
      data,
      requests: compilePhrases(data.requests),
      rhetorical: compilePhrases(data.rhetorical),
      judgements: compilePhrases(data.judgements ?? []),
      stop: new Set(data.stopwords.map(fold)),
      generic: new Set(data.generic.map(fold)),
      genericList: data.generic.map(fold),
      prefixes: data.prefixes.map(fold).sort((a, b) => b.length - a.length),
      synonyms: (data.synonyms ?? []).map((g) => g.map(fold)),
      maxEnding: data.maxEnding ?? 3,
      moods: (data.moods ?? []).map(fold),
      verb: compilePhrases(data.verb ?? []),
      light: (data.lightVerbs ?? []).map(fold),
      verbEndings: (data.verbEndings ?? []).map(fold).sort((a, b) => b.length - a.length),
      kinds: data.kinds.map((kind) => ({
        kind,
        ask: compilePhrases(kind.ask),
        answer: compilePhrases(kind.answer, kind.caseSensitive ? 'gu' : 'giu'),
        echo: compilePhrases(kind.echo ?? []),
      })),
    };
    cache.set(language, c);
  }
  return c;
}

function matchesIn(text: string, phrases: readonly CompiledPhrase[]): RegExpExecArray | null {
  for (const { re } of phrases) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && m[0].length > 0) return m;
  }
  return null;
}

interface Question {
  /** The sentence as the customer wrote it. */
  text: string;
  /** The words that say what it is about, folded: those not common in support mail, when it has any. */
  keys: string[];
  /** Its content words, common ones included. */
  allKeys: string[];
  /** Kinds of answer it asks for. */
  kinds: Set<string>;
  /** The verb of a yes/no question, folded: what the customer asks to be done. */
  verb: string | null;
  /** Its place among the questions. */
  order: number;
  /**
   * A yes/no question inside a request ("I would like to know whether…", "Zanima me, ali…"): written as a statement, it
   * is often beside other questions, so a "Yes" counts for it only in a sentence that uses its words.
   */
  embedded?: boolean;
}

const QUESTION_END = /\?[\s"'”’)!?]*$/u;

/** What the customer asked: sentences ending in "?" and request forms, rhetorical ones and the sign-off left out. */
function customerQuestions(ctx: RuleContext, c: Compiled): { questions: Question[]; silent: Question[] } {
  const customer = customerContext(ctx);
  if (!customer) return { questions: [], silent: [] };
  const closing = customer.email.closing;
  const out: Question[] = [];
  const told: string[] = [];
  const silent: Question[] = [];
  for (const s of customer.sentences) {
    if (closing && overlaps(s.range, closing)) continue;
    const question = QUESTION_END.test(s.text);
    const request = question ? null : matchesIn(s.text, c.requests);
    if (!question && !request) {
      if (c.data.topicWords) told.push(...keyWords(s, c, null).all);
      continue;
    }
    if (matchesIn(s.text, c.rhetorical)) continue;
    const kinds = new Set(c.kinds.filter((k) => matchesIn(s.text, k.ask)).map((k) => k.kind.name));
    const keys = keyWords(s, c, request);
    // "…and now you've rejected my claim because of a missing box?!": a statement with "?!" and no question word is
    // an outcry, not a question.
    if (question && kinds.size === 0 && /(?:\?!|!\?)[\s"'”’)!?]*$/u.test(s.text)) continue;
    // "Koliko stane…?", "cik maksā…?" ask for a price, which a count ("1", "v enem tednu") does not give.
    if (kinds.has('how much')) kinds.delete('how many');
    for (const k of c.kinds) if (kinds.has(k.kind.name)) for (const r of k.kind.replaces ?? []) kinds.delete(r);
    // "Why?", "Is that possible?": nothing to look for, so nothing to claim; but it still asked for a "Yes", so one
    // "Yes" in the reply cannot be taken as the answer to another yes/no question.
    if (keys.all.length === 0 || (question && matchesIn(s.text, c.judgements))) silent.push({ text: s.text, keys: [], allKeys: [], kinds, verb: null, order: out.length + silent.length });
    else {
      const v = kinds.has('yes/no') ? questionVerb(s.text, c) : undefined;
      const verb = v ? fold(v) : null;
      // A verb as common as "shipped" or "delivered", or as light as "take", says too little to hold a reply to.
      const light = verb !== null && c.light.some((l) => sameKey(verb, l, c));
      out.push({ text: s.text, keys: keys.specific, kinds, allKeys: keys.all, verb: verb && !light && keys.all.includes(verb) && !isGeneric(verb, c) ? verb : null, order: out.length + silent.length, embedded: request !== null && kinds.has('yes/no') });
    }
  }
  if (told.length > 0) {
    for (const q of out) {
      const fresh = q.keys.filter((k) => !told.some((t) => sameKey(k, t, c)));
      if (fresh.length > 0) q.keys = fresh;
    }
  }
  // One question alone: even its common words ("Where can I find my order history?" → "order") can only be about it.
  if (out.length === 1) out[0]!.keys = out[0]!.allKeys;
  return { questions: out, silent };
}

/**
 * The verb a yes/no question asks to be done: the data's pattern finds the first word of an infinitive's shape after
 * the question's lead, but an adverb can have that shape too ("Voiko tilauksen VIELÄ peruuttaa?", still): a function
 * word is passed over and the next word of that shape is the verb.
 */
function questionVerb(text: string, c: Compiled): string | undefined {
  for (const { re } of c.verb) {
    let t = text;
    for (let tries = 0; tries < 3; tries++) {
      re.lastIndex = 0;
      const m = re.exec(t);
      if (!m?.[1]) break;
      if (!c.stop.has(fold(m[1]))) return m[1];
      const at = m.index + m[0].lastIndexOf(m[1]);
      t = t.slice(0, at) + ' '.repeat(m[1].length) + t.slice(at + m[1].length);
    }
  }
  return undefined;
}

/** A word as common in support mail as the listed ones, in any form: "piegādās" (will deliver) like "piegādāt". */
function isGeneric(word: string, c: Compiled): boolean {
  return c.generic.has(word) || c.genericList.some((g) => sameWord(word, g, c.maxEnding));
}

function keyWords(s: Sentence, c: Compiled, request: RegExpExecArray | null): { all: string[]; specific: string[] } {
  const reqFrom = request ? s.range[0] + request.index : -1;
  const reqTo = request ? reqFrom + request[0].length : -1;
  const content = s.words
    .filter((w) => !w.hasDigit && !(w.start >= reqFrom && w.end <= reqTo))
    .map((w) => fold(w.normalized))
    .filter((w) => w.length >= 3 && !c.stop.has(w));
  // "Can I BRING my own bike into the building?": a light verb says nothing of what is asked while other words do.
  const unique = [...new Set(content)];
  const weighty = unique.filter((w) => !c.light.some((l) => sameKey(w, l, c)));
  const all = weighty.length > 0 ? weighty : unique;
  const specific = all.filter((w) => !isGeneric(w, c));
  return { all, specific: specific.length > 0 ? specific : all };
}

/**
 * Whether the reply speaks to a question: one of its own key words appears in the reply in some form, or the reply
 * gives the kind of answer it asks for. Generous on purpose: telling a rep that an answered question went unanswered
 * costs more trust than missing one, and a reply that skips a question rarely uses the words that are only in it.
 */
/** The word without a verb prefix, when it has one and enough is left to compare. */
function unprefixed(word: string, prefixes: readonly string[]): string {
  const p = prefixes.find((x) => word.startsWith(x) && word.length - x.length >= 5);
  return p ? word.slice(p.length) : word;
}

/**
 * "virhemaksusta" in "pysäköintivirhemaksusta": a word of six letters or more that is the last part of a compound, in
 * some form. Only for languages that write compounds as one word (Finnish).
 */
function compoundOf(a: string, b: string, maxEnding: number): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 6 || long.length < short.length + 3) return false;
  const stem = short.slice(0, Math.max(6, short.length - maxEnding));
  for (let at = long.indexOf(stem, 3); at >= 3; at = long.indexOf(stem, at + 1)) {
    if (sameWord(short, long.slice(at), maxEnding)) return true;
  }
  return false;
}

/** The stem of a verb form: the word without its conjugation ending, when three letters or more are left. */
function verbStem(word: string, endings: readonly string[]): string | null {
  const e = endings.find((x) => word.endsWith(x) && word.length - x.length >= 3);
  return e ? word.slice(0, word.length - e.length) : null;
}

/** One word in two forms: inflected ("adrese"/"adresi"), or with and without a verb prefix ("mainīt"/"nomainīju"). */
function sameKey(a: string, b: string, c: Compiled): boolean {
  // A four-letter word is a form of a longer one only with a short ending: "ured" (office) is not "urediti" (edit).
  if (Math.min(a.length, b.length) === 4 && Math.abs(a.length - b.length) > 2) return false;
  if (sameWord(a, b, c.maxEnding)) return true;
  // "dog"/"dogs", "fee"/"fees": a three-letter word and its plural.
  if ((a.length === 3 && (b === `${a}s` || b === `${a}es`)) || (b.length === 3 && (a === `${b}s` || a === `${b}es`))) return true;
  // "joga"/"jogo": the same short word with another one-letter ending.
  if (c.data.shortStems && a.length === b.length && a.length >= 4 && a.length <= 5 && a.slice(0, -1) === b.slice(0, -1)) return true;
  if (c.data.compounds && compoundOf(a, b, c.maxEnding)) return true;
  if (c.verbEndings.length > 0) {
    const [sa, sb] = [verbStem(a, c.verbEndings), verbStem(b, c.verbEndings)];
    if (sa && sa === sb) return true;
  }
  if (c.moods.length > 0) {
    // "jāiestata" (must set) is "iestatīt" in the debitive mood: the mood marker comes off before anything else.
    const [ma, mb] = [unprefixed(a, c.moods), unprefixed(b, c.moods)];
    if ((ma !== a || mb !== b) && sameKey(ma, mb, { ...c, moods: [] })) return true;
  }
  return c.prefixes.length > 0 && sameWord(unprefixed(a, c.prefixes), unprefixed(b, c.prefixes), c.maxEnding);
}

/** Whether a key word of the question appears in the reply: in some form, or as a word support mail uses for it. */
function inReply(key: string, replyWords: readonly string[], c: Compiled, verb = false): boolean {
  const same = verb ? (a: string, b: string) => sameVerb(a, b, c) : (a: string, b: string) => sameKey(a, b, c);
  if (replyWords.some((r) => same(key, r))) return true;
  // A short word of the reply stands for a synonym only in a form of about its length: "ured" (office) is not "urediti" (edit).
  const synonym = (r: string, g: string) => same(r, g) && (Math.min(r.length, g.length) >= 5 || Math.abs(r.length - g.length) <= 1);
  for (const group of c.synonyms) {
    if (!group.some((g) => same(key, g))) continue;
    if (replyWords.some((r) => group.some((g) => synonym(r, g)))) return true;
  }
  return false;
}

/** Two words of one synonym group ("cena" and "maksā", price): one question's "price" is another's "cost". */
function sameGroup(a: string, b: string, c: Compiled): boolean {
  return c.synonyms.some((g) => g.some((x) => sameKey(a, x, c)) && g.some((x) => sameKey(b, x, c)));
}

/**
 * One verb in two forms, where two different prefixes make two verbs: "izvoziti" (export) is not "uvoziti" (import),
 * though "promijeniti" is "mijenjati" with a prefix.
 */
function sameVerb(a: string, b: string, c: Compiled): boolean {
  if (sameWord(a, b, c.maxEnding)) return true;
  const [ua, ub] = [unprefixed(a, c.prefixes), unprefixed(b, c.prefixes)];
  if (ua !== a && ub !== b && a.slice(0, a.length - ua.length) !== b.slice(0, b.length - ub.length)) return false;
  return sameKey(a, b, c);
}

/** Share of a question's key words the reply must use to have spoken of it, when it asked more than one thing. */
const COVERAGE = 0.5;

function isAnswered(
  q: Question,
  others: readonly Question[],
  replyWords: readonly string[],
  givenKinds: ReadonlyMap<string, string[][]>,
  c: Compiled,
  lone: boolean,
  yesNo: ReadonlySet<Question>,
): boolean {
  if (yesNo.has(q) || [...q.kinds].some((k) => givenKinds.get(k)?.some((words) => !speaksOfAnother(words, q, others, c)))) return true;
  // "Can you send me the receipt?": nothing sent, attached or promised, so not answered, whatever else the reply says.
  if (c.kinds.some((k) => k.kind.required && q.kinds.has(k.kind.name))) return false;
  // A word two questions share ("When will my delivery come? Can I change the delivery address?") cannot tell which
  // of them the reply answers: judge by the words only this question has, when it has any.
  const own = q.keys.filter((k) => !others.some((o) => o !== q && o.keys.some((w) => sameWord(k, w) || sameGroup(k, w, c))));
  const keys = own.length > 0 ? own : q.keys;
  const matched = keys.filter((k) => inReply(k, replyWords, c)).length;
  if (q.verb && !inReply(q.verb, replyWords, c, true)) return false;
  // "Can I cancel my subscription?" alone, and the reply has cancelled "it": doing what was asked answers it.
  if (q.verb && lone) return true;
  // Beside other questions, a reply that answers one of them may use a word or two of another's ("bills" in an answer
  // about a bill) without answering it: half its words must be there. A lone question is what the whole reply is
  // about, so fewer will do: more than a third of them ("send"/"shoes" of "send back the shoes that are too small").
  if (matched === 0) return false;
  return lone ? matched * 3 > keys.length : matched >= Math.ceil(keys.length * COVERAGE);
}

/**
 * Whether a sentence of the reply is about another of the customer's questions and not this one: it uses another's
 * key words and none of this one's. A price, a date or steps in it answer that question ("Whitening is €280, with a
 * check-up a month later": the month is not how long the whitening lasts), not this one.
 */
function speaksOfAnother(words: readonly string[], q: Question, others: readonly Question[], c: Compiled): boolean {
  // "How quickly?", "Mistä tämä johtuu?": a question of a word or two speaks of another's topic, so an answer about
  // that topic may be its answer too.
  // A word both questions use ("knjige" in both) tells nothing: only this question's own words count.
  const own = q.allKeys.filter((k) => !others.some((o) => o !== q && o.allKeys.some((w) => sameKey(k, w, c))));
  if (q.keys.length < 2 || own.length < 2 || own.some((k) => words.some((w) => sameKey(k, w, c)))) return false;
  // Two of another question's words, not one that may be shared by chance: the sentence is about that question.
  return others.some((o) => o !== q && o.keys.filter((k) => words.some((w) => sameKey(k, w, c))).length >= 2);
}

/** The folded words of the reply's sentence around `at`. */
function sentenceWords(ctx: RuleContext, at: number): string[] {
  const s = ctx.sentences.find((x) => at >= x.range[0] && at < x.range[1]);
  return s ? s.words.filter((w) => !w.hasDigit).map((w) => fold(w.normalized)).filter((w) => w.length >= 3) : [];
}

/**
 * Which questions of one kind the reply's answers of that kind answer. A plain answer ("Yes", "Unfortunately not")
 * goes to the question whose words its sentence uses most, or else to the first one still without an answer; an echo
 * ("You can…", "Lahko…") only to a question whose words its sentence uses.
 */
function attribute(
  ctx: RuleContext,
  asking: readonly Question[],
  plain: readonly PhraseHit[],
  echo: readonly PhraseHit[],
  c: Compiled,
): Question[] {
  const seen = new Set<number>();
  const hits = [...plain.map((h) => ({ h, plain: true })), ...echo.map((h) => ({ h, plain: false }))]
    .sort((a, b) => a.h.range[0] - b.h.range[0])
    .filter(({ h }) => !seen.has(h.range[0]) && seen.add(h.range[0]));
  // How many of each question's words each answer's sentence uses.
  const pairs: { hit: number; q: Question; score: number }[] = [];
  hits.forEach(({ h, plain: isPlain }, hit) => {
    const words = sentenceWords(ctx, h.range[0]);
    for (const q of asking) {
      // "Is it possible to EXPORT…?" is not answered by "You can bring records in…": an echo must have its verb.
      if (!isPlain && q.verb && !words.some((w) => sameVerb(q.verb!, w, c))) continue;
      const keys = isPlain ? q.allKeys : q.allKeys.filter((k) => !isGeneric(k, c));
      const score = keys.filter((k) => words.some((w) => sameKey(k, w, c))).length;
      if (score > 0) pairs.push({ hit, q, score });
    }
  });
  // The closest pairs first: "tečaj ni potreben" (four of its words) answers "Ali moram opraviti tečaj…?" before "ja,
  // plezalnike…" (one) can take it, which then answers the other question.
  const taken = new Set<Question>();
  const used = new Set<number>();
  for (const { hit, q } of pairs.sort((a, b) => b.score - a.score || a.hit - b.hit || a.q.order - b.q.order)) {
    if (used.has(hit) || taken.has(q)) continue;
    used.add(hit);
    taken.add(q);
  }
  // A plain "Yes" that speaks of none of them answers the first one still without an answer.
  hits.forEach(({ plain: isPlain }, hit) => {
    if (!isPlain || used.has(hit)) return;
    const q = asking.find((x) => !taken.has(x) && !x.embedded);
    if (q) taken.add(q);
  });
  return [...taken];
}

/**
 * Whether the reply has had its chance to answer: long enough to be held to the shape of an email, or short but
 * signed off ("The Business plan is $18 per user. Thanks, Ruth").
 */
function isFinished(ctx: RuleContext): boolean {
  if (isReplyOfSubstance(ctx)) return true;
  const { greeting, closing } = ctx.email;
  if (!closing) return false;
  const words = ctx.sentences
    .filter((s) => !(greeting && overlaps(s.range, greeting)) && !overlaps(s.range, closing))
    .reduce((n, s) => n + s.words.length, 0);
  return words >= FINISHED_MIN_WORDS;
}

const FINISHED_MIN_WORDS = 4;

/** The reply's sentences that can answer: not its greeting or sign-off, and not its own questions ("Could you send a photo?"). */
function answerRanges(ctx: RuleContext): [number, number][] {
  const { greeting, closing } = ctx.email;
  return ctx.sentences
    .filter((s) => !QUESTION_END.test(s.text))
    .filter((s) => !(greeting && overlaps(s.range, greeting)) && !(closing && overlaps(s.range, closing)))
    .map((s) => s.range);
}

export default defineRule({
  id: 'structure/unanswered-question',
  meta: {
    category: 'structure',
    description: 'A question the customer asked is not answered in the reply (Not answered: "Can I change the delivery address?").',
    defaultSeverity: 'warning',
    languages: Object.keys(RAW) as Language[],
  },
  check(ctx) {
    // Nothing to compare with: the phrase data is not even compiled.
    if (!ctx.customer) return [];
    const c = compiled(ctx.language);
    // A reply still being written (a line or two) has not had its chance to answer yet.
    if (!c || !isFinished(ctx)) return [];
    // Words cannot be compared across languages: a reply in another language than the message is not judged.
    if (customerLanguage(ctx) !== ctx.language) return [];
    const { questions, silent } = customerQuestions(ctx, c);
    if (questions.length === 0) return [];
    const within = answerRanges(ctx);
    const inAnswer = (w: { start: number; end: number }) => within.some(([a, b]) => w.start >= a && w.end <= b);
    const replyWords = [...new Set(ctx.words.filter((w) => !w.hasDigit && inAnswer(w)).map((w) => fold(w.normalized)).filter((w) => w.length >= 3))];
    const givenKinds = new Map<string, string[][]>();
    const attributed = new Set<Question>();
    const lone = questions.length + silent.length === 1;
    for (const { kind, answer, echo } of c.kinds) {
      const asking = questions.filter((q) => q.kinds.has(kind.name));
      const silentAsking = silent.filter((q) => q.kinds.has(kind.name));
      if (kind.single && (asking.length + silentAsking.length > 1 || asking.some((q) => q.embedded))) {
        // Two yes/no questions, a "Yes" and a "Unfortunately not": each answers the question whose words its sentence
        // uses, or else the first one not yet answered, in the order asked.
        const all = [...asking, ...silentAsking].sort((a, b) => a.order - b.order);
        for (const q of attribute(ctx, all, findPhrases(ctx, answer, { inSkipped: true, within }), findPhrases(ctx, echo, { inSkipped: true, within }), c)) attributed.add(q);
        continue;
      }
      const hits = findPhrases(ctx, answer, { inSkipped: true, within });
      if (hits.length > 0) givenKinds.set(kind.name, hits.map((h) => sentenceWords(ctx, h.range[0])));
      else if (asking.length > 0) for (const q of attribute(ctx, asking, [], findPhrases(ctx, echo, { inSkipped: true, within }), c)) attributed.add(q);
    }
    // A lone question ("Is that possible?" beside it counts as another) is judged like the others, only with fewer of
    // its words needed; a yes/no one is answered by a plain "Yes," or "Unfortunately not" (the 'yes/no' kind).
    return questions
      .filter((q) => !isAnswered(q, questions, replyWords, givenKinds, c, lone, attributed))
      .map((q) => ({ range: [0, 0] as [number, number], message: c.data.message.replace('{question}', q.text.replace(/\s+/g, ' ')) }));
  },
});
