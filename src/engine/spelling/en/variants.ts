// dictionary-en is American English, but many support teams write British English: "colour", "cancelled",
// "apologise" are not mistakes. When the team has not said which English it writes, a British form is accepted when
// the matching American form is a word, rather than loading a second 70 MB dictionary. Each rewrite is tied to a
// suffix, so "fourty" (for "forty") is not let through by the -our rule. A team profile that says
// "englishVariant": "uk" gets the full en-GB dictionary (dictionary-en-gb) instead, and "us" gets no British forms.

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

/**
 * The -ise forms of an -ize word (lower case). dictionary-en-gb is SCOWL's en_GB-ise, but -ize ("organize",
 * "realization") is British too (Oxford spelling), so a British team is not told it is wrong.
 */
export function iseForms(word: string): string[] {
  const re = /([a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations|ational)$/u;
  return re.test(word) ? [word.replace(re, '$1is$2')] : [];
}
