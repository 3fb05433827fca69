// Drafts a support rep might have in the compose box, realistic and hostile at once: an email built from the parts
// the engine parses (greeting, body, sign-off, signature, quoted thread) with hostile pieces planted anywhere in it.
// Each built draft also carries the spans of its quoted blocks and "-- " signature, so a property can check the
// engine never reports anything there without trusting the engine's own parse.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'en');

/** The labelled replies of tests/corpus/en: whole, real drafts to mutate. */
export const CORPUS_REPLIES: readonly string[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'));

// Pieces a hostile or merely unusual draft is made of, by kind.
export const HOSTILE = {
  emoji: [
    '😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇱🇻', '🇬🇧🇫🇮', '1️⃣', '❤️', '🙏', '🤦‍♀️', '🧑🏿‍💻', '🫠',
    // Letters outside the Basic Multilingual Plane: a "word" made of surrogate pairs.
    '𝐇𝐞𝐥𝐥𝐨', '𝓽𝓱𝓮', '𠜎𠜱', '𝔸𝕔𝕞𝕖',
  ],
  combining: ['e\u0301', 'n\u0303', 'a\u0308\u0304', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', '\u0301', '\u20DD', 'ก\u0E31\u0E49'],
  rtl: ['مرحبا بك', 'שלום עולם', 'شكراً', '\u202Eevil\u202C', '\u202D', '\u2066x\u2069', '\u200E', '\u200F', '\u061C'],
  zeroWidth: ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD', '\u180E'],
  spaces: ['\u00A0', '\u2007', '\u202F', '\u2009', '\u3000', '\u2028', '\u2029', '\u0085', '\t', '\v', '\f', '  '],
  lineEnds: ['\r\n', '\r', '\n', '\n\n\n', '\r\n\r\n'],
  html: [
    '<script>alert(1)</script>', '&nbsp;', '&amp;', '&lt;b&gt;', '<b>bold</b>', '<a href="https://example.com">here</a>',
    '<!-- note -->', '<img src=x onerror=alert(1)>', '<br>', '</div>', '<p style="color:red">', '&#x1F600;',
  ],
  markdown: ['**bold**', '# Heading', '- item', '1. first', '```\nnpm i\n```', '`x`', '[link](https://example.com)', '_em_', '---'],
  punctuation: ['!!!', '???', '...', '…', '?!', '.', ',', ';', ':', '"', "'", '’', '“', '”', '(', ')', '[', ']', '{', '}', '$', '%', '#', '@', '\\', '/', '-', '—', '>'],
  // Half of a surrogate pair on its own: JavaScript strings can hold one, and so can a compose box.
  loneSurrogates: ['\uD83D', '\uDE00', '\uDBFF', '\uDC00'],
  code: ['C:\\Users\\anna\\AppData', '/usr/local/bin', 'user.email', 'snake_case_name', '{{first_name}}', '%APPDATA%', '$HOME', '--force', '#48213', 'report.pdf', 'https://example.com/a?b=c.', 'anna@example.com'],
  secrets: ['4111 1111 1111 1111', '4111-1111-1111-1111', 'password: hunter2', 'GB82 WEST 1234 5698 7654 32', 'sk_live_51H8xYz0123456789abcdefGH', 'Your PIN is 4821'],
} as const;

export type HostileKind = keyof typeof HOSTILE;
const ALL_HOSTILE: readonly string[] = Object.values(HOSTILE).flat();

// Sentences a rep writes, including the slips the rules exist for (a planted problem must not crash a rule either).
const SENTENCES = [
  'Thank you for getting in touch with us.',
  'I have checked your account and the refund was issued this morning.',
  'Your order #48213 left our warehouse today and is on its way with UPS.',
  'You can follow the parcel here: https://www.ups.com/track?tracknum=1Z999AA10123456784',
  'Could you please send me a screenshot of the error?',
  'I am sorry for the trouble this has caused.',
  'The update should be available in the next few days.',
  'Please restart the app and sign in again.',
  'If that does not help, reply to this email and I will look into it.',
  'I recieve your message and will get back to you.',
  'You could of told us earlier.',
  'Your welcome to contact us anytime.',
  'Its not a problem at all.',
  'There going to ship it tomorrow.',
  'I checked the the settings for you.',
  'As I already told you, this is not our fault.',
  'YOU NEED TO READ THE MANUAL!!!',
  'Obviously, the fix is simple.',
  'Send me the logs.',
  'It was decided by the team that refunds are processed weekly.',
  'Please note that basically all of the orders are very unique in nature.',
  'At the end of the day, we will circle back and touch base.',
  'Your card number 4111 1111 1111 1111 is on file.',
  'The password is hunter2.',
  'e.g. the U.S. office opens at 9 a.m. on Mon.',
  'well... maybe',
  'Is there anything else I can help you with?',
  'a',
  '',
];

const GREETINGS = ['Hi Anna,', 'Hello,', 'Dear Mr. Smith,', 'Hi there!', 'Good morning Anna and team,', 'hey', 'Hiya Zoë,', 'Hi 👋,', 'Dear مرحبا,'];
const CLOSINGS = ['Best regards,', 'Kind regards,', 'Thanks,', 'Cheers', 'Thank you and have a great day!', 'Best,\nMark', 'Regards -'];
const SIGNATURES = ['Mark Jones\nBrightcart Customer Care', 'Daniel\nsupport@brightcart.com\n+44 20 7946 0958', 'Zoë Ćirić 🇭🇷\nTeam Lead'];
const QUOTE_HEADERS = [
  'On Mon, Nov 24, 2025 at 9:14 AM Sarah Whitfield <sarah@example.com> wrote:',
  'On Tue, 3 Mar 2026 at 10:14, אנה <anna@example.com> wrote:',
  '-----Original Message-----',
  'From: Sarah Whitfield <sarah@example.com>\nSent: Monday, November 24, 2025 9:14 AM\nTo: Support\nSubject: Where is my order??',
];
const QUOTED_LINES = ['hi i ordered a lamp and havent recieved anything!!!', 'YOUR SERVICE IS TERRIBLE', 'my card is 4111 1111 1111 1111', 'Sarah', ''];

/** A piece of text: a sentence, a hostile piece, random characters of any kind, or a long run of letters. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 6, arbitrary: fc.constantFrom(...ALL_HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', 'a', 'B', '\n', '.', "'", '-', '>', ','), maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'Z', 'é', '𝐀', 'ab', 'x\u0301', 'w\u200B'), fc.integer({ min: 20, max: 400 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** `text` with hostile pieces planted at random places, inside words too. */
function planted(text: fc.Arbitrary<string>, maxPlants = 4): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), piece), { maxLength: maxPlants }))
    .map(([t, plants]) => {
      let out = t;
      for (const [at, p] of plants) {
        const i = Math.floor(at * out.length);
        out = out.slice(0, i) + p + out.slice(i);
      }
      return out;
    });
}

const sentence = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 2, arbitrary: planted(fc.constantFrom(...SENTENCES), 2) }, { weight: 1, arbitrary: piece });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const newline = fc.constantFrom('\n', '\n', '\n', '\r\n');

/** An email draft and the spans that, by construction, no finding may point into. */
export interface Draft {
  text: string;
  /** Inline "> " quotes, the signature below a "-- " line and the quoted thread: never checked. */
  unchecked: [number, number][];
}

/** A whole email: optional greeting, body paragraphs, optional inline quotes, sign-off, signature and quoted thread. */
export const emailDraft: fc.Arbitrary<Draft> = fc
  .record({
    nl: newline,
    greeting: fc.option(fc.oneof(fc.constantFrom(...GREETINGS), planted(fc.constantFrom(...GREETINGS), 1)), { nil: undefined }),
    body: fc.array(paragraph, { minLength: 0, maxLength: 5 }),
    inlineQuote: fc.option(fc.tuple(fc.nat(), fc.array(fc.constantFrom(...QUOTED_LINES, ...ALL_HOSTILE), { minLength: 1, maxLength: 3 })), {
      nil: undefined,
    }),
    closing: fc.option(fc.constantFrom(...CLOSINGS), { nil: undefined }),
    signature: fc.option(fc.constantFrom(...SIGNATURES), { nil: undefined }),
    dashSignature: fc.boolean(),
    thread: fc.option(fc.tuple(fc.constantFrom(...QUOTE_HEADERS), fc.array(fc.oneof(fc.constantFrom(...QUOTED_LINES), piece), { maxLength: 6 })), {
      nil: undefined,
    }),
    trailing: fc.constantFrom('', '', '\n', '\n\n', ' ', '\u00A0'),
  })
  .map((d) => {
    const { nl } = d;
    const eol = (s: string) => s.replace(/\r?\n/g, nl);
    const unchecked: [number, number][] = [];
    let text = '';
    const add = (part: string, own: boolean, separator = '') => {
      text += separator;
      const at = text.length;
      text += part;
      if (!own) unchecked.push([at, text.length]);
    };
    const paras: { text: string; own: boolean }[] = d.body.map((p) => ({ text: eol(p), own: true }));
    if (d.inlineQuote && paras.length > 0) {
      const [at, lines] = d.inlineQuote;
      // Lines of their own that start with ">", as Gmail's inline replies look; the content may be anything but a
      // line break, which would end the quote.
      const quote = lines.map((l) => `> ${l.replace(/[\r\n\u2028\u2029\u0085]/g, ' ')}`).join(nl);
      paras.splice(at % (paras.length + 1), 0, { text: quote, own: false });
    }
    const blocks = [
      ...(d.greeting !== undefined ? [{ text: d.greeting, own: true }] : []),
      ...paras,
      ...(d.closing !== undefined ? [{ text: eol(d.closing), own: true }] : []),
    ];
    blocks.forEach((b, i) => add(b.text, b.own, i > 0 ? nl + nl : ''));
    if (d.signature) {
      if (d.dashSignature) {
        add(`-- ${nl}${eol(d.signature)}`, false, nl);
      } else add(nl + eol(d.signature), true);
    }
    if (d.thread) {
      const [header, lines] = d.thread;
      add(eol(header) + nl + lines.map((l) => `> ${l}`).join(nl) + d.trailing, false, nl + nl);
    } else add(d.trailing, true);
    return { text, unchecked };
  });

/** A reply from the labelled corpus with hostile pieces planted in it. */
export const mutatedCorpusReply: fc.Arbitrary<string> = planted(fc.constantFrom(...CORPUS_REPLIES), 8);

/** Empty and whitespace-only drafts, of every kind of white space the compose box can hold. */
export const blankDraft: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u2028', '\u2029', '\u3000', '\u200B', '\uFEFF', '\v', '\f', '\u0085'),
  maxLength: 40,
});

/** Any draft worth checking: a built email (most often), a mutated real reply, a blank one, or a jumble of pieces. */
export const anyDraft: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 5, arbitrary: emailDraft },
  { weight: 3, arbitrary: mutatedCorpusReply.map((text) => ({ text, unchecked: [] })) },
  { weight: 1, arbitrary: blankDraft.map((text) => ({ text, unchecked: [] })) },
  { weight: 2, arbitrary: fc.array(piece, { maxLength: 30 }).map((p) => ({ text: p.join(' '), unchecked: [] })) },
);

/** A piece repeated to a long paste: what makes quadratic code show itself. */
export const repeatedPiece: fc.Arbitrary<string> = fc.oneof(piece, fc.constantFrom(...ALL_HOSTILE), fc.constantFrom(...SENTENCES));
