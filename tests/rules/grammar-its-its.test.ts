import rule from '../../src/engine/rules/grammar/its-its';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    "It's a known issue and we're working on a fix.",
    'Your order is on its way.',
    'The office and its working hours are listed on the contact page.',
    'Please read its fine print before you sign.',
    'The app keeps its own copy of your settings.',
    'Restart the router and it’s working again.',
    'The tool is known for its easy setup.',
    "I checked, and it's data corruption rather than a hardware fault.",
    'The error and its likely cause are described in the help article.',
    "All of it's been refunded to your card.",
    "Can you confirm it's size 10?",
    'Make sure it’s charged before you try again.',
  ],
  invalid: [
    { text: 'Its a known issue and we are working on a fix.', actual: 'Its a', output: "It's a known issue and we are working on a fix." },
    { text: 'Its been fixed in version 4.2.', actual: 'Its been', output: "It's been fixed in version 4.2." },
    { text: 'Its not something you did wrong.', actual: 'Its not', output: "It's not something you did wrong." },
    {
      text: 'Its working now, thanks for your patience.',
      actual: 'Its working now',
      output: "It's working now, thanks for your patience.",
    },
    {
      text: "Your order is on it's way.",
      actual: "it's way",
      output: 'Your order is on its way.',
      message: '"it\'s" always means "it is" or "it has"',
    },
    { text: "The app and it's settings were reset.", actual: "it's settings", output: 'The app and its settings were reset.' },
    { text: "The phone comes with it's own charger.", actual: "it's own", output: 'The phone comes with its own charger.' },
    { text: 'Its worth checking your spam folder.', actual: 'Its worth', output: "It's worth checking your spam folder." },
    { text: 'I restarted the server. Its fine.', actual: 'Its fine', output: "I restarted the server. It's fine." },
    {
      text: "The printer lost it's connection to the network.",
      actual: "it's connection",
      output: 'The printer lost its connection to the network.',
    },
    { text: 'Don’t worry: its been sorted.', actual: 'its been', output: 'Don’t worry: it’s been sorted.' },
  ],
});
