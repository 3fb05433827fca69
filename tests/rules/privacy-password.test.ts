import rule from '../../src/engine/rules/privacy/password';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    // Talk about passwords and codes, with no value in it.
    'You can reset your password here: https://app.ledgerly.io/reset',
    'We will never ask you to read out a one-time code, your PIN or your online banking password, and we will never ask you to move money to a "safe account".',
    'Please enter the code we sent you by text message.',
    'Your verification code is valid for 10 minutes.',
    'Your password must be at least 12 characters long and is case-sensitive.',
    'Your password is incorrect, so the account was locked after 5 attempts.',
    'The new card number ends in 1881, and your PIN will follow in a separate letter.',
    'I have reset the PIN on your SIM. You can change it in Settings > Mobile Service > SIM PIN.',
    'Your password was last changed on 12/03/2025.',
    // Codes that are meant to be sent.
    'Use the discount code SAVE20 at checkout.',
    'Your booking reference is K7QX2P and the error code was 0x80070005.',
    'The router’s default password is printed on its label; the factory PIN is 0000.',
    'Password: please use the one you chose when you signed up.',
    'Password: ********',
    // A password in the quoted customer message is not the rep's doing.
    'Hi,\n\nThanks, I have unlocked the account.\n\nOn Mon, 3 Feb 2025 at 10:04, Bob <bob@example.com> wrote:\n> My password is Hunter2! and it does not work\n',
  ],
  invalid: [
    {
      text: 'Your account is unlocked. The new password for My Telvia is Kettle93Blue. Change it after you log in.',
      actual: 'Kettle93Blue',
      output: 'Your account is unlocked. The new password for My Telvia is [removed]. Change it after you log in.',
      message: 'Never send a password',
    },
    { text: 'For now, your password is Hunter2!', actual: 'Hunter2!', output: 'For now, your password is [removed]' },
    { text: 'I have set a temporary password: x8Kq!2 for you.', actual: 'x8Kq!2' },
    { text: 'Username: bob\nPassword: sunshine\n', actual: 'sunshine', output: 'Username: bob\nPassword: [removed]\n' },
    { text: 'Your new PIN is 7294, and you can change it in Settings.', actual: '7294' },
    { text: 'PIN: 4821', actual: '4821', output: 'PIN: [removed]' },
    { text: 'Your one-time code is 482913.', actual: '482913' },
    { text: 'Please use verification code 482 913 to finish.', actual: '482 913' },
    { text: 'OTP: 381974', actual: '381974' },
    { text: 'Here is the one-time code to finish activating your online banking: 381974. It is valid for 30 minutes.', actual: '381974' },
    { text: "I've reset the PIN for your account to 5531 so you can sign in again.", actual: '5531' },
    { text: "I've set a temporary password for you: Harbor-Lamp-72", actual: 'Harbor-Lamp-72' },
    { text: 'login: bob / pass: hunter2', actual: 'hunter2', output: 'login: bob / pass: [removed]' },
    { text: 'Your password is "sunshine" until you change it.', actual: '"sunshine"', output: 'Your password is [removed] until you change it.' },
    { text: "I've reset your password to Welcome2024! so you can log in.", actual: 'Welcome2024!' },
    { text: 'Security code: 123', actual: '123' },
    // In backticks, which the word list skips.
    { text: 'Sign in with the password `T4x!9qLm` and change it.', actual: '`T4x!9qLm`' },
  ],
});
