// The one registry of built-in rules, sorted by id. tests/engine/registry.test.ts fails when this list, the rule
// files under this folder and the README's rule table disagree. No filesystem scanning at run time.
import type { Rule } from '../rule';
import grammarAAn from './grammar/a-an';
import grammarCouldOf from './grammar/could-of';
import grammarItsIts from './grammar/its-its';
import grammarRepeatedWord from './grammar/repeated-word';
import grammarSentenceCapital from './grammar/sentence-capital';
import grammarSubjectVerb from './grammar/subject-verb';
import grammarTheirThere from './grammar/their-there';
import grammarYourYoure from './grammar/your-youre';
import politenessCurtRequest from './politeness/curt-request';
import politenessDemanding from './politeness/demanding';
import politenessInformalAddress from './politeness/informal-address';
import privacyCardNumber from './privacy/card-number';
import privacyIban from './privacy/iban';
import privacyPassword from './privacy/password';
import privacySecretToken from './privacy/secret-token';
import spellingUnknownWord from './spelling/unknown-word';
import structureMissingClosing from './structure/missing-closing';
import structureMissingGreeting from './structure/missing-greeting';
import structureSatisfactionCheck from './structure/satisfaction-check';
import styleCliche from './style/cliche';
import styleLongSentence from './style/long-sentence';
import stylePassiveVoice from './style/passive-voice';
import styleWallOfText from './style/wall-of-text';
import styleWeaselWords from './style/weasel-words';
import styleWordy from './style/wordy';
import toneArguing from './tone/arguing';
import toneDismissive from './tone/dismissive';
import toneLecturing from './tone/lecturing';
import toneNegativeCompany from './tone/negative-company';
import tonePunctuation from './tone/punctuation';
import toneSarcasm from './tone/sarcasm';
import toneShouting from './tone/shouting';

export const RULES: readonly Rule[] = [
  grammarAAn,
  grammarCouldOf,
  grammarItsIts,
  grammarRepeatedWord,
  grammarSentenceCapital,
  grammarSubjectVerb,
  grammarTheirThere,
  grammarYourYoure,
  politenessCurtRequest,
  politenessDemanding,
  politenessInformalAddress,
  privacyCardNumber,
  privacyIban,
  privacyPassword,
  privacySecretToken,
  spellingUnknownWord,
  structureMissingClosing,
  structureMissingGreeting,
  structureSatisfactionCheck,
  styleCliche,
  styleLongSentence,
  stylePassiveVoice,
  styleWallOfText,
  styleWeaselWords,
  styleWordy,
  toneArguing,
  toneDismissive,
  toneLecturing,
  toneNegativeCompany,
  tonePunctuation,
  toneSarcasm,
  toneShouting,
];
