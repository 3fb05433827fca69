import rule from '../../src/engine/rules/tone/dismissive';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Sit back and relax: your order is already on its way.',
    'Our relaxed return policy gives you 60 days to decide.',
    'Whatever you prefer is fine with us, card or bank transfer.',
    'We will deal with it today and call you back this afternoon.',
    "Please don't worry, this is not your fault at all.",
    'Is there anything else I can do for you?',
    "If there's nothing else I can do for you, have a lovely weekend.",
    'Delivery times should improve once things calm down after the holidays.',
    'That is how it works: the discount is applied at checkout.',
    'I understand how frustrating this is, and I am sorry.',
    'No need to worry: your data is safe.',
    'It is not really our policy to charge for this, so I have refunded it.',
    '> Calm down? That is not my problem!\n',
  ],
  invalid: [
    { text: 'Please calm down, the parcel is on its way.', actual: 'Please calm down' },
    { text: 'Relax, it will arrive eventually.', actual: 'Relax' },
    { text: "That's not my problem, you need to call the courier.", actual: "That's not my problem" },
    { text: "There's nothing I can do about the delay.", actual: 'nothing I can do' },
    { text: "You'll have to deal with it until Monday.", actual: "You'll have to deal with it" },
    { text: 'Send the receipt or whatever.', actual: 'or whatever' },
    { text: "I'm afraid that's just how it is.", actual: "that's just how it is" },
    { text: 'It is what it is.', actual: 'It is what it is' },
    { text: "Honestly, I don't know what you want from us.", actual: "I don't know what you want" },
    { text: 'The price is final, take it or leave it.', actual: 'take it or leave it' },
    { text: 'Refunds are not my job.', actual: 'not my job' },
    { text: 'There is no need to shout.', actual: 'There is no need to shout' },
    { text: "There's really no need to get so upset.", actual: "There's really no need to get so upset" },
    { text: "The router is not really our responsibility.", actual: 'not really our responsibility' },
    { text: "I don't know what else you expect us to do.", actual: "I don't know what else you expect" },
  ],
});
