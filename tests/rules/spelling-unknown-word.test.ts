import rule from '../../src/engine/rules/spelling/unknown-word';
import { testRule, type InvalidCase } from '../helpers/rule-tester';
import { enSpeller } from '../spelling/en-speller';

// Misspellings seen in real support replies, each with the whole text after taking the first suggestion.
const common: [string, string][] = [
  ['recieve', 'receive'],
  ['seperate', 'separate'],
  ['definately', 'definitely'],
  ['accomodate', 'accommodate'],
  ['adress', 'address'],
  ['untill', 'until'],
  ['wich', 'which'],
  ['sucessful', 'successful'],
  ['occured', 'occurred'],
  ['refered', 'referred'],
  ['beleive', 'believe'],
  ['unfortunatly', 'unfortunately'],
  ['inconvienence', 'inconvenience'],
  ['immediatly', 'immediately'],
  ['guarentee', 'guarantee'],
  ['tommorow', 'tomorrow'],
  ['pasword', 'password'],
  ['acount', 'account'],
  ['recieveing', 'receiving'],
  ['definetly', 'definitely'],
  ['thier', 'their'],
  ['wierd', 'weird'],
  ['questionaire', 'questionnaire'],
  ['reimbursment', 'reimbursement'],
  // Misspellings that split into two dictionary words are still misspellings.
  ['reguarding', 'regarding'],
  ['cofirm', 'confirm'],
];

const fromTable: InvalidCase[] = common.map(([wrong, right]) => ({
  text: `Sorry, the ${wrong} part was my mistake.`,
  actual: wrong,
  output: `Sorry, the ${right} part was my mistake.`,
}));

testRule(
  rule,
  {
    valid: [
      // Plain, clean support replies.
      'Hi Anna,\n\nThank you for reaching out. Your refund of the duplicate charge is on its way and should reach your account within five working days.\n\nBest regards,\nMark',
      "We've paid the invoice, and the customer's parcel left our warehouse this morning.",
      'We payed out the line of the anchor.', // "payed" is a word: a wrong-word problem, not spelling
      // URLs, email addresses, numbers, order ids and anything with a digit.
      'Please open https://help.examplle.com/artcles/reset and follow the steps.',
      'Write to supprt.tem@examplle.com or www.examplle.com/helpp for more.',
      'Your order A12B99X and ticket #ZX-9912 are linked; it was the 2nd try at 3pm, about 25kg.',
      // Code and files.
      'Run `npm instal --frce` and then try again.',
      'The max_retry_cnt setting and the isAcountLocked flag were wrong.',
      'Set user.emial_adress in conifg.yaml and check window.locaton.href.',
      'I attached reprot.pdf and the scrnshot.png you asked for.',
      'Start it with --no-cahce please.',
      'Dear {{frist_name}}, your order is ready.',
      // ALL-CAPS acronyms and mixed-case brand names.
      'GDPR and HIPAA apply, and the SLA for IBAN changes is short.',
      'Please update NordVPN on your iPhone and pay with PayPal or via HubSpot and eBay.',
      // Names and product words.
      'I have asked Siobhan to call you back today.',
      'Hi Siobhan,\n\nYour parcel left today.',
      'Hello Ms Ní Bhriain,\n\nYour parcel left today.',
      'Siobhan from billing will call you. I asked Siobhan to check the charge.',
      'Siobhan Kavanagh will call you tomorrow.',
      'I passed it to Mr Macdonald in our billing team.',
      "Siobhan's team will call you tomorrow.",
      'Jānis will call you tomorrow.',
      'Hi,\n\nZorvex should now show your ticket.\n\nOn Mon, 3 Feb 2025 at 10:04, Anna <anna@example.com> wrote:\n> I use Zorvex daily and the export is broken.',
      'Hi,\n\nKlarnix will refund you today.\n\nBest regards,\nMark\nKlarnix Support',
      'Hi Dervla,\n\nDervla, your refund is done.',
      'Dervla,\n\nyour refund is done and the card is unblocked.',
      // Possessives and curly apostrophes.
      "The customers' orders and the customer’s parcel are both on the way.",
      'We don’t know yet, but we can’t and won’t charge you twice; it’s fixed.',
      "I've cc'd my colleague and OK'd the café voucher for your résumé workshop.",
      'The export drops letters like ł and ż for now.',
      // Words joined from two known ones, as support writing coins them.
      'I have rebooked you, and the reconnection of your webhooks and serverless jobs is done.',
      // British spelling and everyday support words.
      'We cancelled the order, apologise for the delay and will refund the colour upgrade at the centre.',
      'Ok, the signup and e-mail follow-up for your pre-order are done, and the wifi should work.',
      // Quoted text and the signature are not the rep's to fix.
      'Hi,\n\nDone.\n\nOn Mon, 3 Feb 2025 at 10:04, Anna <anna@example.com> wrote:\n> I did not recieve it untill today.',
      'Hi,\n\nDone.\n\nBest regards,\nMark Jones\nsuport tem, 2nd flor',
      // Words of other scripts, handles and tags.
      'She wrote «спасибо» at the end, and @siobhanm tagged it #urgnt.',
    ],
    invalid: [
      ...fromTable,
      { text: 'Teh parcel left today.', actual: 'Teh', output: 'The parcel left today.' },
      { text: 'Unfortunatly, the parcel is late.', actual: 'Unfortunatly', output: 'Unfortunately, the parcel is late.' },
      { text: 'WE WILL NOT RECIEVE IT TODAY.', actual: 'RECIEVE', output: 'WE WILL NOT RECEIVE IT TODAY.' },
      { text: 'I’m sorry you didn’t recieve it.', actual: 'recieve', output: 'I’m sorry you didn’t receive it.' },
      { text: "The custmer's parcel is here.", actual: "custmer's", output: "The customer's parcel is here." },
      { text: 'The custmer’s parcel is here.', actual: 'custmer’s', output: 'The customer’s parcel is here.' },
      { text: 'I have thankyou notes here.', actual: 'thankyou', output: 'I have thank you notes here.' },
      { text: 'That helps alot.', actual: 'alot', output: 'That helps a lot.' },
      {
        text: 'You can pay with Paypal today.',
        actual: 'Paypal',
        output: 'You can pay with PayPal today.',
        message: '"Paypal" is written "PayPal".',
      },
      { text: 'Open the iphone settings.', actual: 'iphone', output: 'Open the iPhone settings.' },
      {
        text: 'Hi Anna, thnaks for writing in.\n\nWe will seperate the two orders.',
        actual: ['thnaks', 'seperate'],
        output: 'Hi Anna, thanks for writing in.\n\nWe will seperate the two orders.',
        message: '"thnaks" looks misspelled.',
      },
      {
        // Only the reply is checked, not the quoted message below it.
        text: 'Hi,\n\nWe will adress it.\n\nOn Mon, 3 Feb 2025 at 10:04, Anna <anna@example.com> wrote:\n> Pleese fix the adress.',
        actual: 'adress',
        output: 'Hi,\n\nWe will address it.\n\nOn Mon, 3 Feb 2025 at 10:04, Anna <anna@example.com> wrote:\n> Pleese fix the adress.',
      },
      // A capitalised word that opens a sentence and is seen nowhere else as a name is checked.
      { text: 'Hi Anna,\n\nRecieve the parcel first.', actual: 'Recieve', output: 'Hi Anna,\n\nReceive the parcel first.' },
      // In a shouted sentence, words are checked even in capitals; a lone acronym elsewhere is not.
      { text: 'PLEASE DO NOT ANSWR THIS EMAIL. Send it to the NHS.', actual: 'ANSWR', output: 'PLEASE DO NOT ANSWER THIS EMAIL. Send it to the NHS.' },
    ],
  },
  { speller: enSpeller },
);
