import type { Language } from '../../types';
import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { Sentence } from '../../text/sentences';
import type { Word } from '../../text/tokens';
import { overlaps } from '../../text/ranges';
import en from '../../lang/en/politeness/curt-request.json';
import lv from '../../lang/lv/politeness/curt-request.json';
import sl from '../../lang/sl/politeness/curt-request.json';
import hr from '../../lang/hr/politeness/curt-request.json';
import fi from '../../lang/fi/politeness/curt-request.json';

interface CurtData {
  politeMarkers: string[];
  /**
   * How many words may come before the imperative: Latvian, Slovenian and Croatian mark the imperative in the verb
   * and put a fronted object or place before it ("Čeka kopiju atsūtiet…", "V poslovalnici izpolnite obrazec.").
   */
  within?: number;
  /**
   * Words that, before the verb, make it a present form spelt like the imperative: Slovenian "lahko spremenite"
   * ("you can change"), "če pošljete"; Croatian "ako promijenite".
   */
  notAfter?: string[];
  /**
   * Slovenian, Croatian: words that, among the three after the verb, make it a present form spelt like the imperative
   * ("Spremenite ga lahko sami", "Promijenite je možete u aplikaciji": "you can change it").
   */
  presentAfter?: string[];
  /**
   * Slovenian, Croatian: the customer's own choice or convenience anywhere in the sentence makes it an offer
   * ("Javite nam koji Vam termin odgovara", "Sporočite, kateri dan Vam bolj ustreza").
   */
  offerPattern?: string;
  /** Finnish: a word that softens the whole reply by its ending, the polite clitic -han/-hän ("lähetättehän"). */
  politePattern?: string;
  leadIns: string[];
  /**
   * English: the negations before an imperative ("Don't contact the merchant", "Do not open new tickets"), and the
   * verbs that, negated, are advice rather than orders ("Never share your PIN", "Don't worry").
   */
  negations?: string[];
  adviceWhenNegated?: string[];
  imperatives?: string[];
  auxiliaries?: string[];
  pronouns?: string[];
  friendly: string[];
  offers: string[];
  /**
   * Slovenian, Croatian: words that open a fronted phrase naming the occasion ("Ob vselitvi prinesite osebni
   * dokument", "Prilikom dolaska ponesite osobnu iskaznicu"): what to do when it comes is an instruction, not an order.
   */
  occasions?: string[];
  /** Latvian, Slovenian, Croatian: the polite question, with the form each imperative takes in it. */
  question?: { template: string; clitics: string[]; verbs: Record<string, string> };
  /**
   * English: a sentence that, right after an order, makes it a condition ("We cannot process anything without
   * both."). The pair reads as an ultimatum even when a "please" elsewhere softens the rest of the reply.
   */
  ultimatum?: string;
  /**
   * English: verbs of steps the customer takes to help themselves ("Restart the router", "Check the spam folder"). A
   * "please" in an offer of help ("If the light stays red, please call us") still softens these; only orders to do
   * something for the company ("Send…", "Destroy the old card") are flagged then.
   */
  selfHelp?: string[];
  /**
   * Latvian: verbs of how-to steps in an app or on a device ("Lejupielādējiet lietotni, izvēlieties… un ievadiet…"):
   * a sentence led by one walks the customer through something they want done, it does not order them about.
   */
  steps?: string[];
  /**
   * Finnish: words that open an option offered to the customer ("Voit hakea korvausta lomakkeella."): the imperative
   * sentence right after one gives that option's steps ("Liitä hakemukseen kuitit."), not an order.
   */
  optionLeads?: string[];
  /**
   * English: the word that opens an offer of help ("If the light stays red, please call us"). A "please" in such a
   * sentence, or in one holding a listed offer, softens only the self-help steps of the reply, not its other orders.
   */
  offerLead?: string;
  /**
   * Slovenian, Croatian: a sentence with at least this many imperatives is a how-to ("v aplikaciji odprite Nastavitve,
   * izberite Limiti in vnesite znesek"); it and the sentences after it in its paragraph are steps, not orders.
   */
  howToSteps?: number;
  /** The word that turns the order into a request when put before it ("Molimo Vas, "). */
  please?: string;
  message?: string;
}

interface Lists {
  data: CurtData;
  polite: Set<string>;
  politeRe: RegExp | null;
  leadIns: Set<string>;
  negations: string[][];
  advice: Set<string>;
  imperatives: Set<string>;
  auxiliaries: Set<string>;
  pronouns: Set<string>;
  clitics: Set<string>;
  notAfter: Set<string>;
  presentAfter: Set<string>;
  offerRe: RegExp | null;
  ultimatum: RegExp | null;
  selfHelp: Set<string>;
  occasions: Set<string>;
  steps: Set<string>;
  optionLeads: Set<string>;
  friendly: string[][];
  offers: string[][];
}

function lists(data: CurtData): Lists {
  return {
    data,
    polite: new Set(data.politeMarkers),
    politeRe: data.politePattern ? new RegExp(data.politePattern, 'u') : null,
    leadIns: new Set(data.leadIns),
    negations: (data.negations ?? []).map((p) => p.split(' ')),
    advice: new Set(data.adviceWhenNegated ?? []),
    imperatives: new Set(data.imperatives ?? Object.keys(data.question?.verbs ?? {})),
    auxiliaries: new Set(data.auxiliaries ?? []),
    pronouns: new Set(data.pronouns ?? []),
    clitics: new Set(data.question?.clitics ?? []),
    notAfter: new Set(data.notAfter ?? []),
    presentAfter: new Set(data.presentAfter ?? []),
    offerRe: data.offerPattern ? new RegExp(data.offerPattern, 'iu') : null,
    ultimatum: data.ultimatum ? new RegExp(data.ultimatum, 'iu') : null,
    selfHelp: new Set(data.selfHelp ?? []),
    occasions: new Set(data.occasions ?? []),
    steps: new Set(data.steps ?? []),
    optionLeads: new Set(data.optionLeads ?? []),
    friendly: data.friendly.map((p) => p.split(' ')),
    offers: data.offers.map((p) => p.split(' ')),
  };
}

// Finnish gives instructions in the bare imperative ("Kirjaudu sisään ja valitse Asetukset"), so its list holds only
// the requests made of the customer ("Lähettäkää kuitit"), and it gets no fix (see lang/fi/politeness/curt-request.json).
const LISTS: Partial<Record<Language, Lists>> = {
  en: lists(en),
  lv: lists(lv),
  sl: lists(sl),
  hr: lists(hr),
  fi: lists(fi),
};

// What may stand between the start of a line and a list step's first word: "1.", "2)", "a)", "-", "•", "Step 3:".
const LIST_MARKER = /^[ \t]*(?:\(?\d{1,2}[.):]|\(?[a-z][.)]|[-*•–—▪◦]|(?:step|korak|solis)\s+\d{1,2}[.):]?)[ \t]*$/iu;

/** How many words of a negation ("don't", "do not", "never") stand at `at`, or 0. */
function negationAt(words: string[], at: number, l: Lists): number {
  const n = l.negations.find((p) => p.every((w, k) => words[at + k] === w));
  return n ? n.length : 0;
}

/** Whether the sentence gives an order: starts with a verb in the imperative and is not a question or an offer. */
function isOrder(ctx: RuleContext, s: Sentence, l: Lists): boolean {
  const words = s.words.map((w) => w.normalized.toLowerCase().replace(/’/gu, "'"));
  if (words.length < 2 || /\?["'”’)\]]*$/u.test(s.text)) return false;
  const startsWith = (phrase: string[], at: number) => phrase.every((w, k) => words[at + k] === w);
  if (l.friendly.some((f) => startsWith(f, 0))) return false;
  let v = l.leadIns.has(words[0]!) ? 1 : 0;
  // "Don't contact the merchant yourself": a negated order, unless the verb gives advice ("Never share your PIN").
  const negated = negationAt(words, v, l);
  if (negated) {
    v += negated;
    if (l.advice.has(words[v] ?? '') || !l.imperatives.has(words[v] ?? '')) return false;
  }
  if (!l.imperatives.has(words[v] ?? '')) {
    const k = words.slice(0, (l.data.within ?? 0) + 1).findIndex((w) => l.imperatives.has(w));
    // Not after a comma or colon ("Ja rodas jautājumi, zvaniet…" is an offer's second half), nor after a friendly word.
    if (k <= 0 || /[,;:]/u.test(ctx.text.slice(s.words[0]!.start, s.words[k]!.start))) return false;
    if (words.slice(0, k).some((w) => !/\p{L}/u.test(w))) return false; // "1. Atveriet…": a list step
    if (words.slice(0, k).some((w) => l.notAfter.has(w))) return false;
    if (l.occasions.has(words[0]!)) return false;
    if (l.friendly.some((f) => k >= f.length && startsWith(f, k - f.length))) return false;
    v = k;
  }
  // "Check-in opens at 3", "Sign-up is free", "Update: your order has shipped", "Look, …". After a fronted object
  // ("Pogoje preberite, preden…") the comma only ends the clause.
  const fronted = v > (l.leadIns.has(words[0]!) ? 1 : 0) + negated;
  if ((fronted ? /^-/u : /^[-:,]/u).test(ctx.text.slice(s.words[v]!.end))) return false;
  if (l.friendly.some((f) => startsWith(f, v))) return false;
  if (l.steps.has(words[v] ?? '')) return false;
  if (l.offers.some((o) => words.some((_, i) => startsWith(o, i)))) return false;
  if (l.offerRe?.test(s.text)) return false;
  if (words.slice(v + 1, v + 4).some((w) => l.presentAfter.has(w))) return false;
  // "Return shipping is free", "Call volumes are high": the verb is a noun here.
  if (l.auxiliaries.has(words[v + 1] ?? '')) return false;
  if (l.auxiliaries.has(words[v + 2] ?? '') && !l.pronouns.has(words[v + 1] ?? '')) return false;
  const lineStart = ctx.text.lastIndexOf('\n', s.words[0]!.start - 1) + 1;
  if (LIST_MARKER.test(ctx.text.slice(lineStart, s.words[0]!.start))) return false;
  return true;
}

const lowerFirst = (s: string) => (/^\p{Lu}(?:\p{Ll}|\s)/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const endsWithColon = (s: string) => /[:;]["'”’)\]]*$/u.test(s);
const stripEnd = (s: string) => s.replace(/[.!]+(?=["'”’)\]]*$)/u, '');

/**
 * The polite question in Latvian, Slovenian or Croatian: the imperative becomes the form the modal verb takes and
 * the unstressed pronouns after it move in front of the modal, as they must ("Pošaljite nam račun." → "Biste li nam
 * mogli poslati račun?"). Only for a sentence that starts with the imperative.
 */
function question(ctx: RuleContext, s: Sentence, l: Lists, range: [number, number]): string | null {
  const q = l.data.question;
  if (!q) return null;
  const verb = s.words[0]!;
  const form = q.verbs[verb.normalized.toLowerCase()];
  if (!form) return null;
  const moved: Word[] = [];
  let k = 1;
  while (
    k < s.words.length &&
    l.clitics.has(s.words[k]!.normalized.toLowerCase()) &&
    /^\s+$/u.test(ctx.text.slice(s.words[k - 1]!.end, s.words[k]!.start))
  ) {
    moved.push(s.words[k]!);
    k++;
  }
  const restFrom = moved.length ? moved[moved.length - 1]!.end : verb.end;
  // A second order joined to the first takes the same form: "… in izberite Nastavitve" → "… in izbrali Nastavitve".
  let rest = '';
  let at = restFrom;
  for (const w of s.words) {
    if (w.start < restFrom) continue;
    const again = q.verbs[w.normalized.toLowerCase()];
    if (again === undefined) continue;
    rest += ctx.text.slice(at, w.start) + again;
    at = w.end;
  }
  rest = stripEnd(rest + ctx.text.slice(at, range[1]));
  const text = q.template
    .replace('{clitics}', moved.map((w) => `${w.text.toLowerCase()} `).join(''))
    .replace('{verb}', form)
    .replace('{rest}', rest);
  return endsWithColon(rest) ? text.replace(/\?$/u, '') : text;
}

export default defineRule({
  id: 'politeness/curt-request',
  meta: {
    category: 'politeness',
    description: 'Orders instead of requests ("Send me the order number.") in a reply that never says "please".',
    defaultSeverity: 'warning',
    languages: Object.keys(LISTS) as Language[],
  },
  check(ctx) {
    const l = LISTS[ctx.language];
    if (!l) return [];
    const softened = (word: string) => l.polite.has(word) || (l.politeRe?.test(word) ?? false);
    // A "please" anywhere softens the reply's orders, except an order made a condition by the sentence after it
    // ("Send us the ticket. We cannot process anything without it."): that pair is an ultimatum however the reply ends.
    // "If it hasn't arrived by Friday, please let us know" offers help; its "please" does not soften an order
    // elsewhere ("Destroy the old card."). Only a "please" outside such an offer counts for the whole reply.
    const offer = (s: Sentence) => {
      const words = s.words.map((w) => w.normalized.toLowerCase().replace(/’/gu, "'"));
      return l.data.offerLead !== undefined && (words[0] === l.data.offerLead || l.offers.some((o) => words.some((_, i) => o.every((w, k) => words[i + k] === w))));
    };
    const offers = ctx.sentences.filter(offer).map((s) => s.range);
    const polite = ctx.words.some(
      (w) => softened(w.normalized.toLowerCase()) && !offers.some(([a, b]) => w.start >= a && w.end <= b),
    );
    if (polite && !l.ultimatum) return [];
    const politeInOffer = !polite && ctx.words.some((w) => softened(w.normalized.toLowerCase()));
    const ultimatumNext = (i: number) => Boolean(ctx.sentences[i + 1] && l.ultimatum?.test(ctx.sentences[i + 1]!.text));
    // The order's verb: the first of the sentence's first few words that is an imperative.
    const selfHelp = (s: Sentence) => {
      const verb = s.words.slice(0, 4).find((w) => l.imperatives.has(w.normalized.toLowerCase()));
      return verb !== undefined && l.selfHelp.has(verb.normalized.toLowerCase());
    };
    const { greeting, closing } = ctx.email;
    // A how-to names several steps in one sentence (howToSteps); it and the sentences after it in its paragraph are
    // steps, not orders.
    const howTo = l.data.howToSteps;
    const steps = (s: Sentence) => howTo !== undefined && s.words.filter((w) => l.imperatives.has(w.normalized.toLowerCase())).length >= howTo;
    let inSteps = false;
    const out: Finding[] = [];
    for (const [i, s] of ctx.sentences.entries()) {
      if (howTo !== undefined) {
        const prev = ctx.sentences[i - 1];
        const sameParagraph = prev !== undefined && !/\n\s*\n/u.test(ctx.text.slice(prev.range[1], s.range[0]));
        inSteps = steps(s) || (inSteps && sameParagraph);
        if (inSteps) continue;
      }
      if ([greeting, closing].some((part) => part !== null && overlaps(part, s.range))) continue;
      if (polite && !ultimatumNext(i)) continue;
      if (!isOrder(ctx, s, l)) continue;
      const previous = ctx.sentences[i - 1]?.words[0]?.normalized.toLowerCase();
      if (previous !== undefined && l.optionLeads.has(previous)) continue;
      if (politeInOffer && !ultimatumNext(i) && selfHelp(s)) continue;
      const first = s.words[0]!;
      const range: [number, number] = [first.start, s.range[1]];
      // Lower-case the sentence's first letter unless the word is written in capitals ("SEND").
      const body = lowerFirst(ctx.text.slice(...range));
      const stripped = stripEnd(body);
      const suggestions: string[] = [];
      const words = s.words.map((w) => w.normalized.toLowerCase().replace(/’/gu, "'"));
      const lead = l.leadIns.has(words[0]!) ? 1 : 0;
      if (ctx.language === 'en' && negationAt(words, lead, l)) {
        // "Could you please don't…" is not English: a negated order is softened with "Please" in front.
        suggestions.push(`Please ${body}`);
      } else if (ctx.language === 'en') {
        suggestions.push(`Could you please ${stripped}${endsWithColon(stripped) ? '' : '?'}`);
      } else {
        const q = l.leadIns.has(first.normalized.toLowerCase()) ? null : question(ctx, s, l, range);
        if (q) suggestions.push(q);
        if (l.data.please) suggestions.push(upperFirst(`${l.data.please}${body}`));
      }
      out.push({
        range,
        actual: ctx.text.slice(...range),
        message: l.data.message ?? 'This reads as an order: ask politely instead, for example "Could you please…?"',
        suggestions: suggestions.map((text) => ({ label: text, edit: { range, text } })),
      });
    }
    return out;
  },
});
