import json
P=[]
def add(id,note,name,text,reply,att,q,un=(),fr=False,gn=None,ma=False):
    for u in un: assert u in text,(id,u)
    P.append({"id":id,"note":note,"customer":{"name":name,"text":text},"reply":reply,"attachments":att,"questions":q,
      "expect":{"unanswered":list(un),"frustrationUnacknowledged":fr,"greetingName":gn,"missingAttachment":ma}})

add("sl-01-optika-dioptrija","two questions answered; surname with diacritics in the greeting","Alenka Žnidaršič",
"Pozdravljeni, pred dvema tednoma sem pri vas naročila kontaktne leče. Kdaj bodo prispele v poslovalnico? Ali jih lahko prevzame tudi moj mož?\nLep pozdrav, Alenka Žnidaršič",
"Spoštovana gospa Žnidaršič,\n\nhvala za sporočilo. Vaše kontaktne leče bodo v poslovalnici na Čopovi ulici v sredo, 10. decembra, po 12. uri. Prevzame jih lahko tudi Vaš mož, le številko naročila naj ima s seboj.\n\nVam lahko pomagam še s čim?\n\nLep pozdrav,\nPetra Kralj\nOptika Jasnovid",0,2)

add("sl-02-knjiznica-rezervacija","lone yes/no question left unanswered while the other is answered","Matevž Logar",
"Dober dan. Rezerviral sem knjigo Zgodovina Slovencev, kdaj bo na voljo? Ali jo lahko prevzamem v enoti na Ljubljanski cesti?",
"Pozdravljeni, gospod Logar,\n\nhvala za Vaše sporočilo. Knjigo Zgodovina Slovencev mora trenutni izposojevalec vrniti do 15. decembra, takoj zatem pa Vas o tem obvestimo po e-pošti. Rezervacija ostane odprta sedem dni.\n\nČe imate še kakšno vprašanje, nam pišite.\n\nLep pozdrav,\nGregor Rozman\nOsrednja knjižnica Univerze Savinja",0,2,["Ali jo lahko prevzamem v enoti na Ljubljanski cesti?"])

add("sl-03-pogreb-racun-jezen","upset customer, acknowledged with an apology; question answered","Darja Oblak",
"Res sem razočarana. Na pogrebu moje mame ni bilo cvetličnega aranžmaja, ki smo ga plačali, in to je bilo zelo neprijetno pred vsemi sorodniki. Kako boste to uredili?",
"Spoštovana gospa Oblak,\n\niskreno se Vam opravičujem, ker aranžmaja ni bilo na slovesnosti. Vem, kako težak dan je bil to za Vas in Vašo družino, in žal mi je, da smo ga otežili še mi. Celoten znesek za aranžma, 120 evrov, Vam vrnemo na račun še ta teden, cvetličarno pa smo že zamenjali.\n\nČe lahko še kako pomagam, me prosim pokličite.\n\nS spoštovanjem,\nIrena Kos\nMirni kraj, pogrebne storitve",0,1)

add("sl-04-satelit-izpad-jezen","angry customer not acknowledged; second question (compensation) unanswered","Bojan Kastelic",
"Že tretji dan nimam nobenega programa!!! Plačujem 35 evrov na mesec za nič. Kdaj bo to popravljeno? Ali mi boste ta mesec sploh kaj zaračunali?",
"Pozdravljeni, gospod Kastelic,\n\nglede na dnevnik napake je težava v Vašem sprejemniku. Tehnik bo prišel v četrtek, 11. decembra, med 10. in 14. uro in ga zamenjal.\n\nSporočite nam, če Vam termin ne ustreza.\n\nLep pozdrav,\nTomaž Kern\nSatelit Plus, tehnična podpora",0,2,["Ali mi boste ta mesec sploh kaj zaračunali?"],fr=True)

add("sl-05-klavir-ime-brez-strešic","greeting name without its diacritics (Zupancic for Zupančič)","Nataša Zupančič",
"Pozdravljeni, ali je pri klavirju za začetnike še kaj prostih mest za hčerko, ki ima 8 let?",
"Spoštovana gospa Zupancic,\n\nhvala za zanimanje. Za začetnike od 7. do 9. leta imamo še dve prosti mesti v skupini ob četrtkih ob 15. uri. Hčerko lahko vpišete prek obrazca na naši spletni strani.\n\nVas zanima še kaj o pouku?\n\nLep pozdrav,\nEva Turk\nGlasbena šola Tipka",0,1,gn={"wrong":"Zupancic","right":"Zupančič"})

add("sl-06-najem-pogodba-brez-priponke","says the contract is attached, nothing attached","Rok Pirc",
"Pozdravljeni, lahko dobim kopijo najemne pogodbe za stanovanje na Tržaški? Potrebujem jo za subvencijo.",
"Pozdravljeni, gospod Pirc,\n\nseveda. V priponki Vam pošiljam skenirano kopijo podpisane najemne pogodbe, overjeno kopijo pa lahko dvignete v naši pisarni od ponedeljka do petka med 9. in 15. uro.\n\nUpam, da Vam to pomaga pri vlogi.\n\nLep pozdrav,\nTjaša Medved\nDomovita nepremičnine",0,1,ma=True)

add("sl-07-fotograf-priloga-ok","says the price list is attached and it is","Klara Bevc",
"Dober dan, poročimo se junija 2027. Ali imate ta datum, 12. 6., še prost? Mi lahko pošljete cenik paketov?",
"Pozdravljeni, gospa Bevc,\n\nčestitam za zaroko! Sobota, 12. junija 2027, je pri nas še prosta. Cenik vseh treh paketov Vam prilagam v PDF-obliki; največ parov izbere paket Celodnevno.\n\nBi se želeli dogovoriti za spoznavni sestanek?\n\nLep pozdrav,\nNina Bizjak\nTrenutek Foto",1,2)

add("sl-08-loterija-zahvala","no question at all: a thank-you","Zdenka Furlan",
"Samo da se vam zahvalim za hitro pomoč pri srečkah včeraj. Potrdilo sem dobila. Lep dan!",
"Pozdravljeni, gospa Furlan,\n\nnajlepša hvala za prijazne besede, veseli me, da je potrdilo prispelo. Srečno pri žrebanju 20. decembra!\n\nČe bo kdaj še kaj, smo Vam na voljo.\n\nLep pozdrav,\nMaja Zupan\nSrečka za Srce",0,0)

add("sl-09-kuhinja-racun-prosnja","request without a question mark, answered","Aleš Mrak",
"Pozdravljeni. Prosim, pošljite mi račun za montažo kuhinje še na e-naslov podjetja, ker ga bomo uveljavljali kot strošek. Hvala.",
"Dober dan, gospod Mrak,\n\nračun za montažo kuhinje sem pravkar poslala še na e-naslov podjetja, ki ga imamo zapisanega v naročilu. Če ga potrebujete izdanega na podjetje z davčno številko, mi jo sporočite in ga popravim.\n\nVam lahko pomagam še s čim?\n\nLepo pozdravljeni,\nUrška Hribar\nKuhinje Lesnik",0,1)

add("sl-10-trajekt-zanima-me","request form 'Zanima me tudi' left unanswered","Vesna Jenko",
"Pozdravljeni. Koliko stane vozovnica Jadran Pass za dva odrasla? Zanima me tudi, ali lahko s seboj vzamemo psa.",
"Spoštovana gospa Jenko,\n\nhvala za vprašanje. Vozovnica Jadran Pass za dve odrasli osebi stane 298 evrov za 15 dni, otroci do 12. leta potujejo brezplačno.\n\nVam lahko še kako pomagam pri načrtovanju?\n\nLep pozdrav,\nLuka Oblak\nJadran Pass",0,2,["Zanima me tudi, ali lahko s seboj vzamemo psa."])

add("sl-11-alarm-napacno-ime-jezen","upset, acknowledged; first name misspelt (Jernja for Jernej)","Jernej Rupar",
"Alarm mi je ponoči trikrat sprožil brez razloga, sosedje so bili ob treh zjutraj na nogah. To je nesprejemljivo. Kdo bo prišel pogledat sistem?",
"Pozdravljeni, gospod Jernja,\n\nrazumem Vašo jezo in se Vam opravičujem za neprespano noč. Naš serviser Marko bo jutri, v torek, ob 9. uri pregledal senzorje in zamenjal tistega, ki povzroča lažne alarme, brez stroškov za Vas.\n\nVam ta termin ustreza?\n\nLep pozdrav,\nBoštjan Rupnik\nVarna Hiša",0,1,gn={"wrong":"Jernja","right":"Jernej"})

add("sl-12-slusni-prosimo-priloz","rep asks the customer to attach a photo (not an attachment claim); question answered","Ivan Kavčič",
"Slušni aparat mi piska, kadar telefoniram. Ali ga moram prinesti na servis?",
"Spoštovani gospod Kavčič,\n\nna servis ga ni treba prinesti takoj. Piskanje je pogosto posledica zamašenega filtra, ki ga lahko zamenjate sami. Prosim, pošljite nam fotografijo ušesnega nastavka v priponki odgovora, da preverimo, kateri filter potrebujete, in Vam ga pošljemo po pošti.\n\nVam lahko pomagam še s čim?\n\nLep pozdrav,\nSimona Lah\nSlišim d.o.o.",0,1)

add("sl-13-financiranje-sinonim","answered with a synonym (nakazilo for izplačilo) and inflected form","Primož Mlakar",
"Kdaj bo izplačilo za kampanjo in ali bo šlo na osebni ali poslovni račun?",
"Pozdravljeni, gospod Mlakar,\n\nnakazilo zbranih sredstev bo izvedeno 12. decembra. Denar bomo nakazali na poslovni račun društva, ki ste ga vpisali ob odprtju kampanje, ne na osebnega.\n\nAli lahko še kaj pojasnim?\n\nPrijazen pozdrav,\nAna Šuštar\nSkupaj Zmoremo",0,2)

add("sl-14-gume-kako","'how' question answered with steps","Tina Bregar",
"Kako lahko prestavim termin za menjavo gum, ne da bi klicala?",
"Pozdravljeni, gospa Bregar,\n\ntermin lahko prestavite sami: v e-sporočilu s potrditvijo kliknite na povezavo »Upravljaj termin«, izberite nov datum in uro ter potrdite. Novo potrdilo dobite takoj po e-pošti.\n\nČe bi se kje zataknilo, nam kar pišite.\n\nLepo pozdravljeni,\nMateja Jerman\nGumotel",0,1)

add("sl-15-okna-kdaj","'when' question answered with a date","Milena Strnad",
"Kdaj lahko pridete čistit okna v poslovnih prostorih na Dunajski 5?",
"Spoštovana gospa Strnad,\n\nekipa lahko pride v ponedeljek, 22. decembra, ob 7. uri, še preden začnete z delom, in bo končala do 10. ure.\n\nVam ta termin ustreza?\n\nLep pozdrav,\nBoris Vidic\nKristalno",0,1)

add("sl-16-jezik-aplikacija-deljena-beseda","question shares a word (naročnina) with the reply but is not answered","Sara Ribič",
"Pozdravljeni, naročnino sem kupila prek Googla. Ali jo lahko prekličem kar v aplikaciji? Kako spremenim jezik, ki se ga učim?",
"Pozdravljeni, gospa Ribič,\n\nhvala za sporočilo. Jezik učenja spremenite v razdelku Profil > Moji jeziki, kjer izberete nov jezik in raven znanja. Naročnina ostane enaka, ne glede na to, koliko jezikov se učite.\n\nVam lahko pomagam še s čim?\n\nLep pozdrav,\nJan Kolar\nGovorilnica",0,2,["Ali jo lahko prekličem kar v aplikaciji?"])

add("sl-17-kuhinja-zamuda-jezen","upset customer, not acknowledged; question answered","Andrej Petek",
"Kuhinja bi morala biti montirana že pred tremi tedni, mi pa še vedno kuhamo na kuhalniku v dnevni sobi. Že trikrat sem klical in nihče me ne pokliče nazaj. Kdaj bo končno montaža?",
"Pozdravljeni, gospod Petek,\n\nmontaža Vaše kuhinje je določena za sredo, 17. decembra, ob 8. uri. Monterja bosta delala predvidoma dva dni.\n\nLep pozdrav,\nUrška Hribar\nKuhinje Lesnik",0,1,fr=True)

add("sl-18-pogreb-priloga-jezen","upset customer acknowledged; corrected invoice attached (attachments 2)","Sonja Koren",
"Na računu ste nam zaračunali prevoz pokojnika dvakrat. To je v takem trenutku res zadnje, kar potrebujemo. Prosim, popravite račun.",
"Spoštovana gospa Koren,\n\nopravičujem se Vam za to napako, res je ne bi smeli dopustiti, sploh v tako težkem času. Prevoz je bil obračunan dvakrat, zato sem račun popravila. V prilogi sta popravljeni račun in dobropis za 95 evrov.\n\nČe je še kaj nejasnega, me prosim pokličite.\n\nS spoštovanjem,\nIrena Kos\nMirni kraj, pogrebne storitve",2,1)

add("sl-19-knjiznica-potrdilo-brez-priponke","says a confirmation is attached with nothing attached; one question unanswered","Lara Hočevar",
"Potrebujem potrdilo, da nimam neporavnanih obveznosti do knjižnice, za zagovor diplome. Lahko ga dobim po e-pošti? Koliko časa velja?",
"Pozdravljeni,\n\npotrdilo o poravnanih obveznostih Vam pošiljam v priponki tega sporočila, podpisano in žigosano.\n\nSrečno na zagovoru!\n\nPrijazen pozdrav,\nGregor Rozman\nOsrednja knjižnica Univerze Savinja",0,2,["Koliko časa velja?"],ma=True)

add("sl-20-fotograf-napacna-oseba","greeting with another person's name (Katarina for Karmen); one question unanswered","Karmen Vidmar",
"Ali lahko poleg albuma naročimo še deset povečav formata 30 x 40? Kakšen papir uporabljate?",
"Spoštovana gospa Katarina,\n\nseveda, povečave formata 30 x 40 lahko naročite skupaj z albumom; cena je 12 evrov na kos, izdelane pa bodo v istem roku kot album.\n\nVam lahko pomagam še s čim?\n\nLep pozdrav,\nNina Bizjak\nTrenutek Foto",0,2,["Kakšen papir uporabljate?"],gn={"wrong":"Katarina","right":"Karmen"})

add("sl-21-okulist-tri-vprasanja","three questions, all answered in different ways","Peter Golob",
"Koliko stane pregled vida? Ali je treba prej naročiti? In ali sprejemate napotnico?",
"Dober dan, gospod Golob,\n\npregled vida stane 35 evrov, ob nakupu očal pa ga ne zaračunamo. Brez naročila žal ne gre, termin si rezervirate po telefonu ali na spletni strani. Napotnice ne sprejemamo, ker nimamo pogodbe z zavarovalnico.\n\nVam lahko še kako pomagam?\n\nLep pozdrav,\nPetra Kralj\nOptika Jasnovid",0,3)

add("sl-22-alarm-da-ne","lone yes/no question unanswered; the other request handled","Teja Zorman",
"Pozdravljeni. Selim se v novo stanovanje, prosim, prenesite pogodbo na novi naslov. Ali lahko obstoječe senzorje vzamem s seboj?",
"Pozdravljeni, gospa Zorman,\n\nhvala, ker ste nam sporočili selitev. Pogodbo bomo prenesli na novi naslov s 1. januarjem, nov nadzorni center pa bo vključen po montaži.\n\nZa vsa dodatna vprašanja sem Vam na voljo.\n\nLep pozdrav,\nBoštjan Rupnik\nVarna Hiša",0,2,["Ali lahko obstoječe senzorje vzamem s seboj?"])

add("sl-23-satelit-jezen-brez-priponke","upset, not acknowledged; claims an attached invoice with none attached","Franc Debeljak",
"ŽE DRUGIČ ste mi zaračunali paket športnih programov, ki ga nisem nikoli naročil! Zahtevam vračilo. Kje lahko vidim, kaj sem plačal?",
"Pozdravljeni,\n\nšportni paket smo izklopili, znesek 14,90 evra pa bo vrnjen z naslednjim računom. Pregled vseh plačil vidite v Moj Satelit pod Računi, seznam zadnjih šestih računov pa Vam pošiljam v priponki.\n\nLep pozdrav,\nTomaž Kern\nSatelit Plus",0,2,fr=True,ma=True)

add("sl-24-trajekt-gospod-priimek","right greeting 'Spoštovani gospod Čebašek' (title + surname); answered","Uroš Čebašek",
"Ali vozovnica velja tudi za nočni vlak do Splita?",
"Spoštovani gospod Čebašek,\n\nda, Jadran Pass velja tudi za nočni vlak do Splita, ležalnik pa doplačate na vlaku ali v aplikaciji, 22 evrov na osebo.\n\nVas zanima še kaj?\n\nLep pozdrav,\nLuka Oblak\nJadran Pass",0,1)

add("sl-25-crowdfunding-sporocite","request 'Sporočite mi' left unanswered while the question is answered","Gašper Kos",
"Kampanjo bi rad podaljšal za deset dni, je to mogoče? Sporočite mi tudi, kako lahko dodam novo nagrado za podpornike.",
"Pozdravljeni, gospod Kos,\n\nkampanjo je mogoče enkrat podaljšati za največ 14 dni. Podaljšanje vklopite v nadzorni plošči pod Nastavitve > Trajanje, dokler kampanja še teče.\n\nČe potrebujete še kaj, sem tu.\n\nLep pozdrav,\nAna Šuštar\nSkupaj Zmoremo",0,2,["Sporočite mi tudi, kako lahko dodam novo nagrado za podpornike."])

add("sl-26-klavir-jezen-opravicilo","upset, acknowledged with empathy; two questions answered","Maja Jereb",
"Učiteljica je že drugi teden brez obvestila odpovedala uro in sva s sinom zaman prišla. Zelo me jezi. Ali bo ura nadomeščena? Ali nam boste to vrnili?",
"Spoštovana gospa Jereb,\n\nrazumem, da ste jezni, in se Vam opravičujem, da Vas nismo pravočasno obvestili. Obe odpadli uri bosta nadomeščeni v soboto, 13. decembra, ob 10. in 11. uri. Če Vam ta termin ne ustreza, Vam šolnino za obe uri vrnemo.\n\nVam lahko pomagam še s čim?\n\nLep pozdrav,\nEva Turk\nGlasbena šola Tipka",0,2)

add("sl-27-gume-priponka-ok","quote attached (1); one question unanswered","Robert Jerman",
"Pošljite mi ponudbo za štiri nove zimske gume 215/60 R16. Ali imate tudi rabljene?",
"Pozdravljeni, gospod Jerman,\n\nponudbo za štiri nove zimske pnevmatike 215/60 R16 treh proizvajalcev Vam pošiljam v priponki. Vse vključujejo montažo in uravnoteženje.\n\nVam lahko pomagam še s čim?\n\nLepo pozdravljeni,\nMateja Jerman\nGumotel",1,2,["Ali imate tudi rabljene?"])

add("sl-28-okna-priimek-napacno","surname misspelt in the greeting (Rozmann for Rozman)","Stane Rozman",
"Ali čistite tudi sončne panele na strehi?",
"Spoštovani gospod Rozmann,\n\nsončnih panelov žal ne čistimo, ker za delo na strehi nimamo ustrezne opreme. Priporočamo Vam specializirano podjetje.\n\nVam lahko še kako pomagam?\n\nLep pozdrav,\nBoris Vidic\nKristalno",0,1,gn={"wrong":"Rozmann","right":"Rozman"})

add("sl-29-jezik-jezna-delno","upset, not acknowledged; one of two questions unanswered","Eva Kuhar",
"Drugič mi je aplikacija izbrisala vse zapiske iz pogovorov. Ne morem verjeti, da se to spet dogaja. Ali se dajo zapiski obnoviti? Zakaj se to sploh dogaja?",
"Pozdravljeni,\n\nzapiske smo obnovili iz varnostne kopije z dne 1. decembra in so že vidni v aplikaciji.\n\nLep pozdrav,\nJan Kolar\nGovorilnica",0,2,["Zakaj se to sploh dogaja?"],fr=True)

add("sl-30-loterija-ne-z-razlogom","plain 'no' with a reason answers the question","Ivo Mlinar",
"Ali lahko srečke kupim tudi z gotovino na pošti?",
"Pozdravljeni, gospod Mlinar,\n\nna pošti srečk žal ne prodajamo, ker je naša loterija izključno spletna. Kupite jih lahko na naši spletni strani s kartico ali s plačilom po predračunu.\n\nVas zanima še kaj?\n\nLep pozdrav,\nMaja Zupan\nSrečka za Srce",0,1)

json.dump({"language":"sl","pairs":P},open('/work/wt-b5b/tests/corpus-blind-2/context/sl.json','w'),ensure_ascii=False,indent=1)
print(len(P), sum(1 for p in P if p['expect']['unanswered']), sum(p['expect']['frustrationUnacknowledged'] for p in P), sum(p['expect']['missingAttachment'] for p in P), sum(1 for p in P if p['expect']['greetingName']))
