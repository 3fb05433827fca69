import json
P=[]
def add(id,note,name,text,reply,att,q,un=(),fr=False,gn=None,ma=False):
    for u in un: assert u in text,(id,u)
    P.append({"id":id,"note":note,"customer":{"name":name,"text":text},"reply":reply,"attachments":att,"questions":q,
      "expect":{"unanswered":list(un),"frustrationUnacknowledged":fr,"greetingName":gn,"missingAttachment":ma}})

add("hr-01-kava-vokativ","two questions answered; vocative 'gospođo Matijević' in the greeting","Ljiljana Matijević",
"Poštovani, koliko košta pretplata na dvije vrećice mjesečno? Mogu li pretplatu pauzirati preko ljeta?",
"Poštovana gospođo Matijević,\n\nhvala na upitu. Pretplata na dvije vrećice od 250 grama mjesečno stoji 21,50 eura s dostavom. Pauzu možete uključiti u korisničkom računu na najviše tri mjeseca, pa i preko ljeta.\n\nMogu li Vam još nešto pojasniti?\n\nLijep pozdrav,\nIvana Perić\nZrno po zrno",0,2)

add("hr-02-penjanje-da-ne","lone yes/no question unanswered","Filip Brkić",
"Bok, kada počinje sljedeći tečaj za djecu? Smije li dijete od 6 godina sudjelovati?",
"Poštovani gospodine Brkiću,\n\nhvala na poruci. Sljedeći dječji tečaj počinje u subotu, 10. siječnja, u 10 sati i traje osam tjedana.\n\nAko Vas još nešto zanima, slobodno se javite.\n\nSportski pozdrav,\nDario Knežević\nStijena",0,2,["Smije li dijete od 6 godina sudjelovati?"])

add("hr-03-farma-ljut-isprika","upset customer acknowledged with an apology; question answered","Gordana Pavić",
"Već drugi put zaredom dobila sam trule rajčice u košarici. Stvarno sam razočarana, plaćam vrhunsku kvalitetu. Što ćete poduzeti?",
"Poštovana gospođo Pavić,\n\nžao mi je što ste opet dobili rajčice lošije kvalitete i potpuno razumijem Vaše razočaranje. Vrijednost obje košarice s rajčicama vratili smo Vam na korisnički račun, a dobavljača rajčica zamijenili smo od ovog tjedna.\n\nJavite mi, molim Vas, kako Vam se čini iduća košarica.\n\nSrdačan pozdrav,\nPetra Vuković\nOd polja do stola",0,1)

add("hr-04-internet-ljut-bez-isprike","angry customer not acknowledged; second question unanswered","Zdravko Lončar",
"Internet ne radi od petka!!! Radim od kuće i gubim novac svaki dan. Kada dolazi tehničar? Hoćete li mi umanjiti račun?",
"Poštovani gospodine Lončar,\n\ntehničar dolazi u utorak, 9. prosinca, između 12 i 16 sati. Molimo Vas da tada netko bude kod kuće.\n\nLijep pozdrav,\nHrvoje Babić\nMreža Plus",0,2,["Hoćete li mi umanjiti račun?"],fr=True)

add("hr-05-brodica-ime-bez-dijakritika","greeting name without diacritics (Juric for Jurić)","Tomislav Jurić",
"Poštovani, može li se ispit za voditelja brodice polagati i na engleskom?",
"Poštovani gospodine Juric,\n\nhvala na upitu. Ispit se može polagati i na engleskom jeziku, samo to treba navesti u prijavi najkasnije deset dana prije roka.\n\nImate li još pitanja?\n\nS poštovanjem,\nAnte Radić\nBura, škola nautike",0,1,gn={"wrong":"Juric","right":"Jurić"})

add("hr-06-autoskola-bez-privitka","says the schedule is attached, nothing attached","Lucija Bašić",
"Možete li mi poslati raspored predavanja za siječanj?",
"Poštovana gospođo Bašić,\n\nnaravno. U privitku Vam šaljem raspored predavanja iz prometnih propisa za siječanj. Predavanja su ponedjeljkom i srijedom od 18 sati.\n\nMogu li Vam još kako pomoći?\n\nSrdačno,\nMirela Šimić\nAutoškola Zeleni val",0,1,ma=True)

add("hr-07-prijevod-privitak-ok","quote attached (1); two questions answered","Nenad Vlahović",
"Koliko bi koštao prijevod ugovora od 12 stranica na engleski? Koliko traje?",
"Poštovani gospodine Vlahoviću,\n\nu privitku je ponuda: prijevod ugovora od 12 stranica na engleski stoji 264 eura s PDV-om, a gotov je za pet radnih dana, hitno za dva uz doplatu od 30 %.\n\nŽelite li da krenemo?\n\nS poštovanjem,\nLana Matić\nRiječ po riječ",1,2)

add("hr-08-kamp-zahvala","no question: a thank-you and a remark","Sandra Grgić",
"Samo da vam zahvalim, ljeto u kampu bilo je predivno, a osoblje na recepciji jako ljubazno. Vidimo se sljedeće godine!",
"Draga gospođo Grgić,\n\nhvala Vam od srca na lijepim riječima, prenijet ću ih kolegama na recepciji. Veselimo se Vašem ponovnom dolasku!\n\nAko Vam ikad zatreba pomoć oko rezervacije, tu smo.\n\nSrdačan pozdrav iz Istre,\nSanja Kralj\nKamp Borova uvala",0,0)

add("hr-09-e-knjige-molba-bez-upitnika","request without a question mark, answered","Ivan Tomić",
"Molim vas da mi pošaljete račun za knjige kupljene 20. studenoga na adresu tvrtke. Hvala.",
"Poštovani gospodine Tomiću,\n\nračun za knjige kupljene 20. studenoga izdao sam ponovno na tvrtku i poslao na adresu e-pošte tvrtke koju imamo u Vašem profilu.\n\nMogu li još nešto učiniti za Vas?\n\nLijep pozdrav,\nKarlo Pavić\nListaj",0,1)

add("hr-10-stomatolog-zanima-me","request 'Zanima me i' left unanswered","Petra Lukić",
"Dobar dan. Koliko košta izbjeljivanje zuba? Zanima me i koliko dugo traje učinak.",
"Poštovana gospođo Lukić,\n\nhvala na upitu. Izbjeljivanje zuba u ordinaciji stoji 280 eura, a uključuje i kontrolni pregled mjesec dana nakon tretmana.\n\nŽelite li da Vas naručimo?\n\nLijep pozdrav,\nMarina Jurković\nDentalni centar Osmijeh",0,2,["Zanima me i koliko dugo traje učinak."])

add("hr-11-selidbe-krivo-ime-ljut","upset, acknowledged; name misspelt (Krešimire written Kresimire)","Krešimir Perković",
"Radnici su kasnili četiri sata, a ja sam cijelo vrijeme platio parking za kombi. Ovo je katastrofa. Tko će mi to nadoknaditi?",
"Poštovani gospodine Kresimire,\n\nispričavam Vam se zbog kašnjenja, razumijem koliko Vam je to poremetilo dan. Trošak parkinga nadoknadit ćemo u cijelosti, a od računa za selidbu odbili smo i 15 %. Pošaljite nam samo potvrdu o plaćenom parkingu.\n\nMogu li Vam pomoći još nečim?\n\nSrdačan pozdrav,\nGoran Blažević\nSelidbe Seli-Veli",0,1,gn={"wrong":"Kresimire","right":"Krešimir"})

add("hr-12-ulje-molimo-prilozite","rep asks the customer to attach a photo (no claim of own attachment)","Ante Šimunović",
"Jedna boca je stigla razbijena. Kako da dobijem novu?",
"Poštovani gospodine Šimunoviću,\n\nžao mi je zbog razbijene boce. Molim Vas da nam u odgovoru priložite fotografiju paketa i boce, a novu bocu poslat ćemo Vam odmah čim je primimo, bez troškova dostave.\n\nMogu li Vam još kako pomoći?\n\nLijep pozdrav,\nMarko Ćosić\nMaslina i more",0,1)

add("hr-13-romobil-sinonim","answered with a synonym (naplata / trošak) and an inflected form","Marin Horvat",
"Zašto mi je naplaćeno otključavanje dvaput?",
"Poštovani gospodine Horvat,\n\ntrošak otključavanja obračunat je dvaput jer se aplikacija pri prvom pokušaju srušila i pokrenula novu vožnju. Dvostruki iznos od 1 eura vratili smo Vam u novčanik.\n\nJe li sada sve u redu?\n\nLijep pozdrav,\nEma Rukavina\nZuj",0,1)

add("hr-14-dimnjak-kako","'how' question answered with steps","Vesna Jelić",
"Kako mogu dobiti potvrdu o čišćenju dimnjaka za osiguravajuće društvo?",
"Poštovana gospođo Jelić,\n\npotvrdu možete preuzeti sami: prijavite se na našu stranicu brojem ugovora, otvorite „Moji pregledi”, odaberite pregled od 16. prosinca i kliknite „Preuzmi zapisnik”. Zapisnik je potpisan i osiguravajuće društvo ga prihvaća.\n\nMogu li Vam još kako pomoći?\n\nLijepi pozdrav,\nZvonimir Novosel\nČisti odžak",0,1)

add("hr-15-koncert-kada","'when' question answered with a date","Iva Lovrić",
"Kada će biti poznat novi datum koncerta?",
"Poštovana gospođo Lovrić,\n\nnovi datum je već određen: koncert će se održati u subotu, 14. veljače, u 20 sati, a ulaznice vrijede i za taj termin.\n\nNadam se da je ovo od pomoći.\n\nSrdačan pozdrav,\nTin Barišić\nPrvi red",0,1)

add("hr-16-penjanje-dijeli-rijec","question shares a word (članarina) with the reply but is not answered","Luka Matković",
"Mogu li članarinu podijeliti s bratom? Do kada vrijedi studentski popust?",
"Poštovani gospodine Matkoviću,\n\nstudentski popust na članarinu vrijedi do navršene 26. godine, uz važeću iksicu. Članarina se plaća mjesečno ili godišnje.\n\nAko Vas još nešto zanima, slobodno pitajte.\n\nSportski pozdrav,\nDario Knežević\nStijena",0,2,["Mogu li članarinu podijeliti s bratom?"])

add("hr-17-prijevod-ljut-bez","upset, not acknowledged; question answered","Marija Vrdoljak",
"Obećali ste prijevod do ponedjeljka, a danas je četvrtak i još ga nemam. Zbog vas sam propustila rok u veleposlanstvu. Kada ću ga dobiti?",
"Poštovana gospođo Vrdoljak,\n\nprijevod je gotov i ovjeren, a preporučenom poštom šaljemo ga danas, tako da će Vam biti dostavljen sutra do podne.\n\nLijep pozdrav,\nLana Matić\nRiječ po riječ",0,1,fr=True)

add("hr-18-selidbe-privitak-ljut-isprika","upset, acknowledged; corrected invoice attached (1)","Dijana Šarić",
"Na računu su mi naplaćena tri radnika, a došla su dvojica. Ovo je stvarno bezobrazno. Ispravite račun.",
"Poštovana gospođo Šarić,\n\nimate pravo i iskreno se ispričavam zbog pogreške. Na selidbi su zaista radila dvojica radnika. U privitku Vam šaljem ispravljeni račun, a razliku od 90 eura vratit ćemo Vam u roku od tri dana.\n\nMogu li Vam još nečim pomoći?\n\nSrdačan pozdrav,\nGoran Blažević\nSelidbe Seli-Veli",1,1)

add("hr-19-brodica-bez-privitka-neodgovoreno","says the certificate is attached, none attached; one question unanswered","Domagoj Marić",
"Položio sam ispit, možete li mi poslati potvrdu o završenom tečaju? Kada mogu preuzeti dozvolu u kapetaniji?",
"Poštovani gospodine Mariću,\n\nčestitamo na položenom ispitu! Potvrdu o završenom tečaju šaljemo Vam u privitku ove poruke.\n\nSretno na moru!\n\nS poštovanjem,\nAnte Radić\nBura, škola nautike",0,2,["Kada mogu preuzeti dozvolu u kapetaniji?"],ma=True)

add("hr-20-kava-krivo-ime","greeting with the wrong first name (Martina for Marina); one question unanswered","Marina Bošković",
"Dobar dan, mogu li promijeniti adresu dostave? Nudite li i kapsule?",
"Draga Martina,\n\nadresu dostave možete promijeniti u korisničkom računu pod „Dostava”, a promjena vrijedi od sljedeće pošiljke.\n\nMogu li Vam još u nečemu pomoći?\n\nLijep pozdrav,\nIvana Perić\nZrno po zrno",0,2,["Nudite li i kapsule?"],gn={"wrong":"Martina","right":"Marina"})

add("hr-21-kamp-tri-pitanja","three questions answered in different ways","Bruno Kolar",
"Imate li slobodnu parcelu za kamper od 8 metara od 1. do 10. kolovoza? Je li struja uključena u cijenu? Primate li pse?",
"Poštovani gospodine Kolar,\n\nza kamper od 8 metara u tom razdoblju imamo slobodnu parcelu 112. Struja nije uključena u cijenu i plaća se 5 eura dnevno. Psi su dobrodošli uz doplatu od 4 eura po noći.\n\nŽelite li da parcelu rezerviram?\n\nSrdačan pozdrav iz Istre,\nSanja Kralj\nKamp Borova uvala",0,3)

add("hr-22-internet-da-ne","lone yes/no question unanswered; request handled","Nikolina Radić",
"Selim se 1. siječnja, molim prebacite priključak na novu adresu u Dubravi. Mogu li zadržati isti ruter?",
"Poštovana gospođo Radić,\n\nprebacivanje priključka na novu adresu u Dubravi zakazali smo za 2. siječnja, a tehničar će Vas nazvati dan prije.\n\nStojimo Vam na raspolaganju za sva pitanja.\n\nLijep pozdrav,\nHrvoje Babić\nMreža Plus",0,2,["Mogu li zadržati isti ruter?"])

add("hr-23-foto-ljut-bez-privitka","upset, not acknowledged; claims an attached guide with none attached","Katarina Marković",
"Već tjedan dana čekam fotografije, a na stranici piše 'isporučeno'. NIŠTA nisam dobila! Gdje je moj paket?",
"Poštovana gospođo Marković,\n\npaket je prema podacima dostavne službe ostavljen u paketomatu u Ulici grada Vukovara 30. U privitku Vam šaljem kod za otvaranje paketomata i upute.\n\nLijep pozdrav,\nNikola Bošnjak\nFoto Brzi Print",0,1,fr=True,ma=True)

add("hr-24-autoskola-titula-prezime","right greeting with title and surname in vocative ('gospodine Šimiću'); answered","Boris Šimić",
"Je li moguće platiti tečaj karticom na rate?",
"Poštovani gospodine Šimiću,\n\nda, tečaj možete platiti karticom na do 12 rata bez kamata, i to u našem uredu ili putem stranice.\n\nMogu li Vam još kako pomoći?\n\nSrdačno,\nMirela Šimić\nAutoškola Zeleni val",0,1)

add("hr-25-e-knjige-javite-mi","request 'Javite mi' left unanswered while the question is answered","Zoran Pavlić",
"Mogu li knjige čitati na dva uređaja istovremeno? Javite mi i kako mogu darovati knjigu prijatelju.",
"Poštovani gospodine Pavliću,\n\nknjige možete čitati na najviše tri uređaja istovremeno, a napredak čitanja sinkronizira se automatski.\n\nAko imate još pitanja, rado ću pomoći.\n\nLijep pozdrav,\nKarlo Pavić\nListaj",0,2,["Javite mi i kako mogu darovati knjigu prijatelju."])

add("hr-26-stomatolog-ljuta-isprika","upset, acknowledged with empathy; two questions answered","Sanja Mikulić",
"Čekala sam u čekaonici sat i pol, a onda su mi rekli da doktorica danas ne radi. Užasno. Zašto me nitko nije nazvao? Kada mogu doći?",
"Poštovana gospođo Mikulić,\n\nispričavam se, to se nije smjelo dogoditi. Dr. Horvat se razboljela ujutro, a kolegica je greškom nazvala samo pacijente s jutarnjim terminima, pa Vas nitko nije obavijestio. Novi termin možete dobiti već u ponedjeljak, 15. prosinca, u 8 sati.\n\nOdgovara li Vam taj termin?\n\nLijep pozdrav,\nMarina Jurković\nDentalni centar Osmijeh",0,2)

add("hr-27-dimnjak-privitak-ok","quote attached (1); one question unanswered","Vladimir Perić",
"Pošaljite mi ponudu za ugradnju inox cijevi u dimnjak. Trebam li za to građevinsku dozvolu?",
"Poštovani gospodine Periću,\n\nu privitku Vam šaljem ponudu za ugradnju inox cijevi promjera 150 mm, s ugradnjom i atestom.\n\nMogu li Vam još kako pomoći?\n\nLijepi pozdrav,\nZvonimir Novosel\nČisti odžak",1,2,["Trebam li za to građevinsku dozvolu?"])

add("hr-28-ulje-prezime-pogresno","surname misspelt in the greeting (Ćosić for Čosić)","Dora Čosić",
"Šaljete li i u Njemačku?",
"Poštovana gospođo Ćosić,\n\nda, šaljemo u Njemačku. Dostava stoji 14 eura za pakete do 10 kilograma i traje četiri do šest radnih dana.\n\nMogu li Vam još nešto pojasniti?\n\nLijep pozdrav,\nMarko Ćosić\nMaslina i more",0,1,gn={"wrong":"Ćosić","right":"Čosić"})

add("hr-29-romobil-ljut-djelomicno","upset, not acknowledged; one of two questions unanswered","Tena Babić",
"Romobil mi se ugasio usred raskrižja, mogla sam poginuti. Provjerava li uopće netko te romobile? Tko će platiti moje ogrebotine na laktu?",
"Poštovana gospođo Babić,\n\nsvaki romobil naši serviseri pregledavaju jednom tjedno, a romobil koji ste vozili povukli smo iz prometa radi pregleda baterije.\n\nLijep pozdrav,\nEma Rukavina\nZuj",0,2,["Tko će platiti moje ogrebotine na laktu?"],fr=True)

add("hr-30-koncert-ne-razlog","plain 'no' with a reason answers the question","Marko Vidović",
"Mogu li ulaznicu prepisati na drugu osobu?",
"Poštovani gospodine Vidoviću,\n\nnažalost, ne možete, jer su ulaznice za ovaj koncert personalizirane prema zahtjevu organizatora. Možete je ipak vratiti do 31. prosinca uz povrat novca.\n\nMogu li Vam pomoći još nečim?\n\nSrdačan pozdrav,\nTin Barišić\nPrvi red",0,1)

json.dump({"language":"hr","pairs":P},open('/work/wt-b5b/tests/corpus-blind-2/context/hr.json','w'),ensure_ascii=False,indent=1)
print(len(P), sum(1 for p in P if p['expect']['unanswered']), sum(p['expect']['frustrationUnacknowledged'] for p in P), sum(p['expect']['missingAttachment'] for p in P), sum(1 for p in P if p['expect']['greetingName']))
