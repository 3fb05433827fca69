// dictionary-en is American English, but many support teams write British English: "colour", "cancelled",
// "apologise" are not mistakes. Rather than load a second 70 MB dictionary, a British form is accepted when the
// matching American form is a word. Each rewrite is tied to a suffix, so "fourty" (for "forty") is not let through
// by the -our rule. A full en-GB dictionary (dictionary-en-gb) would be the thorough answer.

const REWRITES: readonly [RegExp, string][] = [
  // colour, favourite, behavioural, honourable, labourer, humourless
  [/([a-z])our(s|ed|ing|ite|ites|able|ably|al|ful|less|er|ers|ism|ist|ists)?$/u, '$1or$2'],
  // apologise, organisation, realised, recognising, optimiser — and analyse, paralysed
  [/([a-z]{3})is(e|es|ed|ing|er|ers|ation|ations|ational)$/u, '$1iz$2'],
  [/([a-z]{2})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'],
  // cancelled, travelling, traveller, labelled, modeller
  [/([aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
  // centre, metres, theatre, fibre, calibre, centred
  [/([a-z]{2}[tbg])re(s|d)?$/u, '$1er$2'],
  // catalogue, dialogues
  [/([a-z]{2})ogue(s|d)?$/u, '$1og$2'],
  // licence, defence, offences, pretence
  [/([a-z]{2}[cf])ence(s)?$/u, '$1ense$2'],
  // enrolment, fulfilment, instalment
  [/([aeiou])lment(s)?$/u, '$1llment$2'],
];

/** American spellings to try for `word` (lower case): empty when no British pattern applies. */
export function americanForms(word: string): string[] {
  const out: string[] = [];
  for (const [re, to] of REWRITES) {
    if (re.test(word)) out.push(word.replace(re, to));
  }
  return out;
}
