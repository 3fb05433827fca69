import rule from '../../src/engine/rules/grammar/a-an';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'It will take an hour to process, and you will get an SMS when it is done.',
    'We sent a one-time password and an 8-digit code to your phone.',
    'It was an honest mistake, and this is a unique link just for you.',
    'A user reported the same problem with a URL in a USB-C adapter manual.',
    'A European address is fine, and it works on a Wi-Fi network.',
    'Check our FAQ: an FAQ page lists this, and a FAQ search finds it too.',
    'You have an MBA discount and an 11-day trial with an 18-month warranty.',
    'Choose options a and b on the form.',
    'A €10 voucher has been added to your account.',
    'Do you have an iPhone, an Android phone or an eBay account?',
    'An uninstall usually fixes it; a historic bug or an historic one, we will find it.',
    'Plan A is cheaper than Plan B.',
    'We have an 1100-page manual and a 1,100-page one.',
  ],
  invalid: [
    { text: 'It will take a hour to process.', actual: 'a hour', output: 'It will take an hour to process.' },
    {
      text: 'You will receive a SMS with a 6-digit code.',
      actual: 'a SMS',
      output: 'You will receive an SMS with a 6-digit code.',
      message: 'vowel sound',
    },
    { text: 'We sent an one-time password to your phone.', actual: 'an one', output: 'We sent a one-time password to your phone.' },
    { text: 'Please enter a 8-digit code.', actual: 'a 8', output: 'Please enter an 8-digit code.' },
    { text: 'It was a honest mistake on our side.', actual: 'a honest', output: 'It was an honest mistake on our side.' },
    { text: 'This is an unique link.', actual: 'an unique', output: 'This is a unique link.' },
    { text: 'An user reported the same problem.', actual: 'An user', output: 'A user reported the same problem.' },
    { text: 'Please send an photo of the damage.', actual: 'an photo', output: 'Please send a photo of the damage.' },
    { text: 'We will open a NHS referral.', actual: 'a NHS', output: 'We will open an NHS referral.' },
    { text: 'You need a API key and a 18-month plan.', actual: ['a API', 'a 18'], output: 'You need an API key and a 18-month plan.' },
    { text: 'THIS IS AN USB ISSUE.', actual: 'AN USB', output: 'THIS IS A USB ISSUE.' },
    { text: 'Thanks 👍🏽 it will take a hour.', actual: 'a hour', output: 'Thanks 👍🏽 it will take an hour.' },
  ],
});
