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
    // Latvian, Slovenian, Croatian, Finnish: talk about passwords and codes, codes meant to be sent, defaults.
    { language: 'lv', text: 'Mēs nekad nelūgsim Jums paroli vai PIN kodu, tāpēc nevienam tos neatklājiet.' },
    { language: 'lv', text: 'Jaunā parole tiks nosūtīta īsziņā, un tā ir derīga 24 stundas.' },
    { language: 'lv', text: 'Izmantojiet atlaides kodu RUDENS20, noformējot pasūtījumu.' },
    { language: 'lv', text: 'Maršrutētāja noklusējuma parole ir norādīta uz uzlīmes, rūpnīcas PIN kods ir 0000.' },
    { language: 'lv', text: 'Parole: nomainīta.' },
    { language: 'sl', text: 'Gesla ali PIN kode Vas nikoli ne bomo prosili po e-pošti.' },
    { language: 'sl', text: 'Enkratno kodo boste prejeli v SMS-sporočilu in velja 10 minut.' },
    { language: 'sl', text: 'Sledilna koda Vaše pošiljke je SI48213PL.' },
    { language: 'sl', text: 'Privzeto geslo usmerjevalnika je napisano na nalepki.' },
    // No password label at all: these languages have no colon-only labels, whose empty list once matched before
    // every colon that follows a space.
    { language: 'sl', text: 'Številka naročila : NR48213X.' },
    { language: 'hr', text: 'Broj narudžbe = NR48213X.' },
    { language: 'lv', text: 'Pasūtījuma numurs : NR48213X.' },
    { language: 'hr', text: 'Nikada Vas nećemo tražiti lozinku ni PIN putem e-pošte.' },
    { language: 'hr', text: 'Jednokratni kod stići će Vam SMS-om i vrijedi 10 minuta.' },
    { language: 'hr', text: 'Kod za popust JESEN15 vrijedi do kraja mjeseca.' },
    { language: 'hr', text: 'Vaša lozinka je promijenjena, a obavijest smo poslali na Vašu e-adresu.' },
    { language: 'fi', text: 'Emme koskaan kysy salasanaanne tai PIN-koodianne sähköpostitse.' },
    { language: 'fi', text: 'Salasananne on oltava vähintään 12 merkkiä pitkä.' },
    { language: 'fi', text: 'Voitte käyttää alennuskoodia SYKSY20 kassalla.' },
    { language: 'fi', text: 'Reitittimen oletussalasana on ADMIN1234, ja se lukee laitteen pohjassa.' },
    { language: 'fi', text: 'Vahvistuskoodi on voimassa 15 minuuttia.' },
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
    // Latvian: inflected labels, "ir", a dash, a code right after its label.
    {
      language: 'lv',
      text: 'Esam atiestatījuši Jūsu paroli. Jaunā parole ir Zvaigzne82Liepa, lūdzu, nomainiet to pēc pieslēgšanās.',
      actual: 'Zvaigzne82Liepa',
      output: 'Esam atiestatījuši Jūsu paroli. Jaunā parole ir [noņemts], lūdzu, nomainiet to pēc pieslēgšanās.',
    },
    { language: 'lv', text: 'Jums nosūtītās SIM kartes kodi: PIN kods 5930 un PUK kods – 61827340.', actual: ['5930', '61827340'] },
    { language: 'lv', text: 'Pieslēdzoties internetbankai, ievadiet vienreizējo kodu 274910.', actual: '274910' },
    { language: 'lv', text: 'Esam nomainījuši Jūsu paroli uz Rudens2024!, un to varat mainīt iestatījumos.', actual: 'Rudens2024!' },
    // Slovenian.
    {
      language: 'sl',
      text: 'Prijavite se z geslom Breza73Sonce in ga takoj zamenjajte.',
      actual: 'Breza73Sonce',
      output: 'Prijavite se z geslom [odstranjeno] in ga takoj zamenjajte.',
    },
    { language: 'sl', text: 'Bankomat bo sprejel PIN 4419 šele jutri.', actual: '4419' },
    { language: 'sl', text: 'Za prijavo uporabite potrditveno kodo 507316.', actual: '507316' },
    { language: 'sl', text: 'Nova PIN koda: 8842', actual: '8842' },
    // Croatian.
    {
      language: 'hr',
      text: 'Za prvu prijavu upotrijebite lozinku: Maslina44More',
      actual: 'Maslina44More',
      output: 'Za prvu prijavu upotrijebite lozinku: [uklonjeno]',
    },
    { language: 'hr', text: 'Novi PIN Vaše kartice glasi 6021 i aktivan je odmah.', actual: '6021' },
    { language: 'hr', text: 'Jednokratni kod za potvrdu plaćanja je 318462.', actual: '318462' },
    { language: 'hr', text: 'Privremenu lozinku smo postavili na Proljece-2025.', actual: 'Proljece-2025' },
    // Finnish: the label inflected, with a possessive suffix, and in a compound.
    {
      language: 'fi',
      text: 'Kirjautukaa sisään salasanalla Kuusi58Järvi ja vaihtakaa se heti.',
      actual: 'Kuusi58Järvi',
      output: 'Kirjautukaa sisään salasanalla [poistettu] ja vaihtakaa se heti.',
    },
    { language: 'fi', text: 'Kortin uusi PIN-koodi on 7305.', actual: '7305' },
    { language: 'fi', text: 'Syöttäkää sovellukseen vahvistuskoodi 640218.', actual: '640218' },
    { language: 'fi', text: 'Vaihdoin tunnuslukunne arvoon 9137, joten voitte kirjautua heti.', actual: '9137' },
    { language: 'fi', text: 'Kertakäyttöinen koodi: 552901', actual: '552901' },
    // In backticks, which the word list skips.
    { text: 'Sign in with the password `T4x!9qLm` and change it.', actual: '`T4x!9qLm`' },
  ],
});
