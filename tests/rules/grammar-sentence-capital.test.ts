import rule from '../../src/engine/rules/grammar/sentence-capital';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'We checked your order. It left the warehouse on Monday.',
    'Please try the following:\n- restart the app\n- clear the cache',
    'Please try the following:\n1. open Settings\n2. tap Reset',
    '1. Open the app.\n   then tap Settings.\n2. Tap Reset.',
    'Hmm... let me check that for you.',
    'You can use a short code, e.g. the last four digits.',
    'The price is 10 EUR incl. shipping.',
    'The app works on all phones. iPhone users will find it under Settings.',
    'Done. eBay orders are handled by a separate team.',
    'We have checked your account,\nand everything looks fine.',
    'We have checked your account and\neverything looks fine.',
    'Please do this:\n\nopen the app and tap Settings.',
    'The courier said "Delivered." then left.',
    'Your order has shipped. www.example.com has the tracking.',
    'We will call at 5 p.m. tomorrow.',
  ],
  invalid: [
    {
      text: 'We checked your order. it left the warehouse on Monday.',
      actual: 'it',
      output: 'We checked your order. It left the warehouse on Monday.',
      message: 'capital letter',
    },
    { text: 'Thanks for waiting! the refund is on its way.', actual: 'the', output: 'Thanks for waiting! The refund is on its way.' },
    { text: 'Hi Anna,\n\nthanks for getting in touch.', actual: 'thanks', output: 'Hi Anna,\n\nThanks for getting in touch.' },
    { text: 'Hi Anna,\nthanks for getting in touch.', actual: 'thanks', output: 'Hi Anna,\nThanks for getting in touch.' },
    { text: 'Did it work? let me know.', actual: 'let', output: 'Did it work? Let me know.' },
    { text: 'i have reset your password.', actual: 'i', output: 'I have reset your password.' },
    { text: 'Your order shipped.\nit should arrive on Friday.', actual: 'it', output: 'Your order shipped.\nIt should arrive on Friday.' },
    { text: 'Go to www.example.com. it has the form.', actual: 'it', output: 'Go to www.example.com. It has the form.' },
    { text: 'Done! über-fast delivery is on.', actual: 'über', output: 'Done! Über-fast delivery is on.' },
  ],
});
