import rule from '../../src/engine/rules/structure/missing-attachment';
import { testRule } from '../helpers/rule-tester';

const reply = (body: string, greeting = 'Hi Anna,', closing = 'Best regards,\nMark') => `${greeting}\n\n${body}\n\n${closing}`;

testRule(rule, {
  valid: [
    // Something is attached: the promise is kept.
    { text: reply('Please find attached the invoice for your order.'), attachments: 1 },
    // The count is unknown (a page that does not show attachment chips): no guessing.
    { text: reply('Please find attached the invoice for your order.') },
    // The customer's attachment, a request to attach, and attached in another sense.
    { text: reply('Thank you for the photo you attached; it shows the crack clearly.'), attachments: 0 },
    { text: reply('Could you attach a photo of the damaged box when you reply?'), attachments: 0 },
    { text: reply('The label is attached to the parcel, so the courier can scan it at the door.'), attachments: 0 },
    { text: reply("I'm sorry, I can't attach the full report, but here is a summary of it."), attachments: 0 },
    { text: reply('Your refund of $40 went back to your card today.'), attachments: 0 },
    // In the quoted customer message only.
    { text: `${reply('Thanks, I have passed this on to the warehouse.')}\n\nOn Mon, 24 Nov 2025 at 09:14, Anna <anna@example.com> wrote:\n> Please find attached my receipt.\n`, attachments: 0 },
  ],
  invalid: [
    { text: reply('Please find attached the invoice for your order.'), attachments: 0, actual: 'Please find attached', message: 'nothing is attached' },
    { text: reply("I've attached the return label; print it and stick it on the box."), attachments: 0, actual: "I've attached" },
    { text: reply('The attached PDF shows how to reset the router.'), attachments: 0, actual: 'The attached PDF' },
    { text: reply('Your new contract is attached to this email.'), attachments: 0, actual: 'is attached' },
    { text: reply('Enclosed is a copy of the warranty.'), attachments: 0, actual: 'Enclosed is' },
  ],
});

testRule(rule, {
  valid: [
    { language: 'lv', text: reply('Pielikumā pievienoju rēķinu par Jūsu pasūtījumu.', 'Labdien, Anna!', 'Ar cieņu,\nMārtiņš'), attachments: 1 },
    { language: 'lv', text: reply('Paldies par fotoattēlu Jūsu pielikumā, bojājums ir labi redzams.', 'Labdien, Anna!', 'Ar cieņu,\nMārtiņš'), attachments: 0 },
    { language: 'lv', text: reply('Lūdzu, pievienojiet čeka kopiju, kad atbildat.', 'Labdien, Anna!', 'Ar cieņu,\nMārtiņš'), attachments: 0 },
    { language: 'sl', text: reply('V vaši prilogi je poškodba lepo vidna, hvala.', 'Pozdravljeni,', 'Lep pozdrav,\nMaja'), attachments: 0 },
    { language: 'sl', text: reply('Prosimo, priložite fotografijo poškodovanega paketa.', 'Pozdravljeni,', 'Lep pozdrav,\nMaja'), attachments: 0 },
    { language: 'hr', text: reply('Hvala na fotografiji u vašem privitku, oštećenje je jasno vidljivo.', 'Poštovani,', 'Lijep pozdrav,\nIvana'), attachments: 0 },
    { language: 'hr', text: reply('Račun je u privitku ove poruke.', 'Poštovani,', 'Lijep pozdrav,\nIvana'), attachments: 2 },
    { language: 'fi', text: reply('Kiitos lähettämässänne liitteessä olleesta kuvasta.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
    { language: 'fi', text: reply('Lasku on liitteenä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa') },
  ],
  invalid: [
    { language: 'lv', text: reply('Pielikumā pievienoju rēķinu par Jūsu pasūtījumu.', 'Labdien, Anna!', 'Ar cieņu,\nMārtiņš'), attachments: 0, actual: 'Pielikumā pievienoju', message: 'pielikumā' },
    { language: 'lv', text: reply('Pievienoju atgriešanas veidlapu, lūdzu, aizpildiet to.', 'Labdien, Anna!', 'Ar cieņu,\nMārtiņš'), attachments: 0, actual: 'Pievienoju' },
    { language: 'sl', text: reply('Račun vam pošiljam v prilogi.', 'Pozdravljeni,', 'Lep pozdrav,\nMaja'), attachments: 0, actual: 'pošiljam v prilogi' },
    { language: 'sl', text: reply('Priloženo je navodilo za vračilo.', 'Pozdravljeni,', 'Lep pozdrav,\nMaja'), attachments: 0, actual: 'Priloženo' },
    { language: 'hr', text: reply('Račun vam šaljem u privitku.', 'Poštovani,', 'Lijep pozdrav,\nIvana'), attachments: 0, actual: 'šaljem u privitku' },
    { language: 'hr', text: reply('Prilažem upute za povrat robe.', 'Poštovani,', 'Lijep pozdrav,\nIvana'), attachments: 0, actual: 'Prilažem' },
    { language: 'fi', text: reply('Lasku on tämän viestin liitteenä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0, actual: 'liitteenä' },
    { language: 'fi', text: reply('Liitän palautuslomakkeen mukaan.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0, actual: 'Liitän' },
  ],
});

// The rep asking the customer to send something as an attachment promises nothing; "the label you will find
// attached" and Latvian "pievienoto atgriešanas uzlīmi" (the attached return label) do.
testRule(rule, {
  valid: [
    { text: reply('Reply with your order number and a photo of the serial plate (please add it as an attachment).'), attachments: 0 },
    { text: reply('Send us the receipt as an attachment and we will process the claim.'), attachments: 0 },
    { language: 'lv', text: reply('Pielikumā atsūtiet čeka fotoattēlu, un mēs izskatīsim pretenziju.', 'Labdien, Anna!', 'Ar cieņu,\nMārtiņš'), attachments: 0 },
    { language: 'sl', text: reply('Opišite okvaro, v priponki pa nam pošljite fotografijo tablice.', 'Pozdravljeni,', 'Lep pozdrav,\nMaja'), attachments: 0 },
    { language: 'hr', text: reply('Opišite kvar, a u privitku nam pošaljite fotografiju pločice.', 'Poštovani,', 'Lijep pozdrav,\nIvana'), attachments: 0 },
    { language: 'fi', text: reply('Kertokaa vika ja lähettäkää liitteenä kuva arvokilvestä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
  ],
  invalid: [
    { text: reply('Print the return label you will find attached and drop the box at any post office.'), attachments: 0, actual: 'find attached' },
    { text: reply('We will send you the label as an attachment.'), attachments: 0, actual: 'as an attachment' },
    { language: 'lv', text: reply('Izdrukājiet pievienoto atgriešanas uzlīmi un uzlīmējiet to uz kastes.', 'Labdien, Anna!', 'Ar cieņu,\nMārtiņš'), attachments: 0, actual: 'pievienoto atgriešanas uzlīmi' },
    { language: 'sl', text: reply('Nalepko za vračilo vam pošiljamo v prilogi.', 'Pozdravljeni,', 'Lep pozdrav,\nMaja'), attachments: 0 },
    { language: 'hr', text: reply('Naljepnicu za povrat šaljemo vam u privitku.', 'Poštovani,', 'Lijep pozdrav,\nIvana'), attachments: 0 },
    { language: 'fi', text: reply('Palautustarra on tämän viestin liitteenä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
  ],
});

// Finnish reads an attachment in the elative ("from the attachment") with a verb of finding, seeing or reading in
// the same clause, in either order: "löydät hinnaston liitteestä", "liitteestä näet". The customer's attachment
// (a participle with a possessive, front or back vowels, any locative case) and thanks for one do not count.
testRule(rule, {
  valid: [
    { language: 'fi', text: reply('Lähettämästänne liitteestä näkyy, että laite on vaurioitunut kuljetuksessa.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
    { language: 'fi', text: reply('Antamassanne liitteessä oleva sarjanumero on oikea.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
    { language: 'fi', text: reply('Kiitos kuvan sisältävästä liitteestä. Korvaus on käsittelyssä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
    { language: 'fi', text: reply('Liitteestä puuttui sivu, joten pyydämme sen uudelleen.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
    { language: 'fi', text: reply('Löydät hinnaston liitteestä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 1 },
  ],
  invalid: [
    { language: 'fi', text: reply('Löydät päivitetyn hinnaston liitteestä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0, actual: 'Löydät päivitetyn hinnaston liitteestä' },
    { language: 'fi', text: reply('Liitteestä näet, mitkä osat takuu kattaa.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0, actual: 'Liitteestä näet' },
    { language: 'fi', text: reply('Tarkemmat ehdot käyvät ilmi oheisesta sopimuksesta.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0, actual: 'käyvät ilmi oheisesta' },
    { language: 'fi', text: reply('Katsokaa asennusvaiheet liitteistä.', 'Hei Matti,', 'Ystävällisin terveisin,\nLiisa'), attachments: 0 },
  ],
});
