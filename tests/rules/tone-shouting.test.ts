import rule from '../../src/engine/rules/tone/shouting';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Please send the PDF invoice and your IBAN so we can refund the VAT.',
    'You will get an SMS with a PIN; the URL is in our FAQ.',
    'Our IT and HR teams are OK with the new API key on the USB stick.',
    'I will call you ASAP, and I am sure we can fix it.',
    'Use the code WELCOME at checkout for 10% off.',
    'Tap CONNECT, then wait for the VPN icon.',
    'Press the SUBMIT button at the bottom of the form.',
    'The error says "ACCESS DENIED" because the session expired.',
    'Your parcel is with DHL, tracking ABC123XYZ.',
    'Thanks for choosing BRIGHTCART!\n\nBest regards,\nDaniel\nBRIGHTCART Customer Care',
    'Hi Sarah,\n\nI have fixed it.\n\nOn Mon, Sarah wrote:\n> NOTHING WORKS AT ALL\n',
    'We ship to the US, UK and EU within 5 days (GMT).',
    'Your file reference is BOS-SL-40917, and the error code is ERR_TIMEOUT.',
  ],
  invalid: [
    {
      text: 'PLEASE NOTE: the office is closed on Friday.',
      actual: 'PLEASE NOTE',
      output: 'Please note: the office is closed on Friday.',
    },
    {
      text: 'You need to restart the router IMMEDIATELY.',
      actual: 'IMMEDIATELY',
      output: 'You need to restart the router immediately.',
    },
    {
      text: 'This is NOT OUR FAULT.',
      actual: 'NOT OUR FAULT',
      output: 'This is not our fault.',
    },
    {
      text: 'I AM VERY SORRY ABOUT THE DELAY.',
      actual: 'AM VERY SORRY ABOUT THE DELAY',
      output: 'I am very sorry about the delay.',
    },
    {
      text: 'SEND THE PDF NOW.',
      actual: 'SEND THE PDF NOW',
      output: 'Send the PDF now.',
    },
    {
      text: 'Your refund was ALREADY processed.',
      actual: 'ALREADY',
      output: 'Your refund was already processed.',
    },
    {
      text: "I'M DONE WITH THIS.",
      actual: "I'M DONE WITH THIS",
      output: "I'm done with this.",
    },
    {
      text: 'Hi Anna,\n\nDO NOT open the box.',
      actual: 'DO NOT',
      output: 'Hi Anna,\n\nDo not open the box.',
    },
    {
      text: 'HI ANNA,\n\nYour card is on its way.',
      actual: 'HI ANNA',
      output: 'Hi Anna,\n\nYour card is on its way.',
    },
    {
      text: 'Follow the STEP-BY-STEP guide.',
      actual: 'STEP-BY-STEP',
      output: 'Follow the step-by-step guide.',
    },
    {
      text: 'It is a VERY BIG problem.',
      actual: 'VERY BIG',
      output: 'It is a very big problem.',
    },
  ],
});
