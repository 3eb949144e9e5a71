"""Demo programme "Social clustering competencies": six modules, LT, EN and NB.

Plain data following SCHEMA.md in this package. Case studies are composite, illustrative
examples from Lithuanian municipal practice, not descriptions of named institutions.
"""

from typing import Any

TRUE_FALSE_LABELS = (
    {"lt": "Tiesa", "en": "True", "nb": "Sant"},
    {"lt": "Netiesa", "en": "False", "nb": "Usant"},
)

PROGRAMME: dict[str, Any] = {
    "slug": "social-clustering-competencies",
    "title": {
        "lt": "Socialinės klasterystės kompetencijos",
        "en": "Social clustering competencies",
        "nb": "Kompetanse i sosial klyngeutvikling",
    },
    "summary": {
        "lt": "Šešių modulių programa savivaldybių, viešųjų įstaigų, nevyriausybinių organizacijų ir verslo darbuotojams, kurie nori socialines problemas spręsti kartu. Ji ugdo socialinės klasterystės modelio kompetencijas – nuo partnerystės pagrindų iki skaidrių ir tvarių tinklų.",
        "en": "A six-module programme for staff of municipalities, public institutions, NGOs and businesses who want to solve social problems together. It develops the competencies of the social clustering model, from the basics of partnership to transparent and lasting networks.",
        "nb": "Et program med seks moduler for ansatte i kommuner, offentlige virksomheter, frivillige organisasjoner og bedrifter som vil løse sosiale utfordringer sammen. Programmet utvikler kompetansene i modellen for sosial klyngeutvikling, fra det grunnleggende i partnerskap til åpne og varige nettverk.",
    },
    "audience": {
        "lt": "Savivaldybių, visuomenės sveikatos biurų, socialinių paslaugų, švietimo ir kultūros įstaigų, nevyriausybinių organizacijų bei socialiai atsakingų įmonių specialistams ir vadovams.",
        "en": "Specialists and managers of municipalities, public health bureaus, social service, education and cultural institutions, NGOs and socially responsible businesses.",
        "nb": "Fagpersoner og ledere i kommuner, folkehelsekontorer, sosiale tjenester, skoler og kulturinstitusjoner, frivillige organisasjoner og samfunnsansvarlige bedrifter.",
    },
    "learning_outcomes": [
        {
            "lt": "Paaiškinti, kas yra socialinė klasterystė, ir inicijuoti viešųjų, privačių ir pilietinių organizacijų partnerystę bendrai socialinei problemai spręsti.",
            "en": "Explain what social clustering is and initiate a partnership of public, private and civic organisations around a shared social problem.",
            "nb": "Forklare hva sosial klyngeutvikling er, og ta initiativ til et partnerskap mellom offentlige, private og frivillige organisasjoner om en felles sosial utfordring.",
        },
        {
            "lt": "Analizuoti socialinę problemą kaip sistemą ir kartu su partneriais, gyventojais bei savanoriais kurti sprendimus.",
            "en": "Analyse a social problem as a system and co-design solutions with partners, residents and volunteers.",
            "nb": "Analysere en sosial utfordring som et system og samskape løsninger med partnere, innbyggere og frivillige.",
        },
        {
            "lt": "Atvirai komunikuoti, valdyti interesų konfliktus ir kurti skaidrų, ilgalaikį bendradarbiavimo tinklą.",
            "en": "Communicate openly, manage conflicts of interest and build a transparent, lasting cooperation network.",
            "nb": "Kommunisere åpent, håndtere interessekonflikter og bygge et åpent og varig samarbeidsnettverk.",
        },
    ],
    "needs_approval": False,
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "social-clustering-and-partnership",
            "assignment": {
                "lt": (
                    "<p>Aprašykite vieną savo savivaldybės partnerystę, kurioje dalyvauja "
                    "viešasis, privatus ir nevyriausybinis sektorius: kokią problemą ji "
                    "sprendžia, kas ką daro ir kaip partneriai susitaria dėl atsakomybės. "
                    "Pakanka vieno puslapio; galite pridėti schemą ar sutarties projektą.</p>"
                ),
                "en": (
                    "<p>Describe one partnership in your municipality in which the "
                    "public, private and non-governmental sectors take part: which "
                    "problem it solves, who does what, and how the partners agree on "
                    "responsibilities. One page is enough; you may attach a diagram or "
                    "a draft agreement.</p>"
                ),
                "nb": "<p>Beskriv ett partnerskap i kommunen din der offentlig, privat og frivillig sektor deltar: hvilken utfordring det løser, hvem som gjør hva, og hvordan partnerne blir enige om ansvarsfordelingen. Én side er nok; du kan legge ved en skisse eller et avtaleutkast.</p>",
            },
            "title": {
                "lt": "Socialinė klasterystė ir tarpinstitucinė partnerystė",
                "en": "Social clustering and inter-institutional partnership",
                "nb": "Sosial klyngeutvikling og partnerskap mellom institusjoner",
            },
            "summary": {
                "lt": "Kas yra socialinė klasterystė, kodėl socialinėms problemoms spręsti reikia kelių sektorių vienu metu ir kaip pradėti veiksmingą institucijų partnerystę.",
                "en": "What social clustering is, why social problems need several sectors at once, and how to start a working partnership between institutions.",
                "nb": "Hva sosial klyngeutvikling er, hvorfor sosiale utfordringer krever flere sektorer på en gang, og hvordan du kommer i gang med et velfungerende partnerskap mellom institusjoner.",
            },
            "estimated_hours": 5,
            "learning_outcomes": [
                {
                    "lt": "Apibrėžti socialinę klasterystę ir atskirti ją nuo vienkartinio bendradarbiavimo.",
                    "en": "Define social clustering and distinguish it from one-off cooperation.",
                    "nb": "Definere sosial klyngeutvikling og skille det fra samarbeid av engangskarakter.",
                },
                {
                    "lt": "Nustatyti, kokių partnerių reikia vietos socialinei problemai spręsti, ir apibūdinti jų vaidmenis.",
                    "en": "Identify the partners a local social problem needs and describe their roles.",
                    "nb": "Finne ut hvilke partnere en lokal sosial utfordring krever, og beskrive rollene deres.",
                },
                {
                    "lt": "Parengti pagrindines partnerystės susitarimo nuostatas.",
                    "en": "Prepare the key points of a partnership agreement.",
                    "nb": "Utarbeide hovedpunktene i en partnerskapsavtale.",
                },
            ],
            "competencies": [
                {"code": "SC-1.1", "target_level": 2},
                {"code": "SC-1.2", "target_level": 2},
            ],
            "tags": ["partnership", "networks"],
            "prerequisites": [],
            "lessons": [
                {
                    "slug": "what-is-social-clustering",
                    "title": {
                        "lt": "Kas yra socialinė klasterystė",
                        "en": "What social clustering is",
                        "nb": "Hva sosial klyngeutvikling er",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Viena problema – daug savininkų",
                                "en": "One problem, many owners",
                                "nb": "Ett problem, mange eiere",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Dauguma socialinių problemų savivaldybėje nepriklauso vienai institucijai. Vyresnio amžiaus žmonių vienišumas, mokyklos nebaigimas ar priklausomybės vienu metu paliečia socialines paslaugas, sveikatos priežiūrą, mokyklas, policiją, šeimas ir kaimynus.</p><p><strong>Socialinė klasterystė</strong> – tai sąmoningas viešųjų, privačių ir pilietinių organizacijų bendradarbiavimas, kai jos kartu įvardija problemą, sutelkia išteklius ir prisiima bendrą atsakomybę už rezultatą. Kitaip nei vienkartinis projektas, klasteris siekia bendro tikslo ilgesnį laiką ir mokosi veikdamas.</p>",
                                "en": "<p>Most social problems in a municipality do not belong to a single institution. Loneliness of older people, early school leaving or addiction touch social services, health care, schools, the police, families and neighbours at the same time.</p><p><strong>Social clustering</strong> is the deliberate cooperation of public, private and civic organisations that name a problem together, pool their resources and take joint responsibility for the result. Unlike a one-off project, a cluster pursues a shared goal over a longer period and learns as it goes.</p>",
                                "nb": "<p>De fleste sosiale utfordringer i en kommune hører ikke til én enkelt institusjon. Ensomhet blant eldre, frafall i skolen eller avhengighet berører sosiale tjenester, helsetjenesten, skolene, politiet, familier og naboer på samme tid.</p><p><strong>Sosial klyngeutvikling</strong> er et bevisst samarbeid mellom offentlige, private og frivillige organisasjoner som sammen definerer et problem, samler ressursene sine og tar felles ansvar for resultatet. I motsetning til et enkeltstående prosjekt arbeider en klynge mot et felles mål over lengre tid og lærer underveis.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: pagalba į namus vyresnio amžiaus gyventojams",
                                "en": "Case study: home care for older residents",
                                "nb": "Eksempel: hjemmehjelp til eldre innbyggere",
                            },
                            "text": {
                                "lt": "<p>Vienoje kaimiškoje rajono savivaldybėje socialinių paslaugų centras turėjo eilę pagalbai į namus gauti, o visuomenės sveikatos biuras matė vis daugiau vienų gyvenančių senyvo amžiaus žmonių griuvimų. Vietos pensininkų mokytojų asociacija jau lankė dalį šių žmonių.</p><p>Trys organizacijos susitarė dirbti kaip viena komanda: asociacijos savanoriai kas savaitę lanko gyventojus ir pastebi rizikas, visuomenės sveikatos biuras juos apmoko ir seniūnijose organizuoja griuvimų prevencijos mankštas, o socialinių paslaugų centras, atsižvelgdamas į savanorių pastebėjimus, nustato pagalbos į namus prioritetus. Per metus eilė sutrumpėjo, o greitosios pagalbos iškvietimų dėl griuvimų sumažėjo.</p>",
                                "en": "<p>In a rural district municipality, the social services centre had a waiting list for home help, while the public health bureau saw more and more falls among older people living alone. A local association of retired teachers was already visiting some of them.</p><p>The three organisations agreed to work as one team: the association's volunteers visit residents weekly and notice risks, the public health bureau trains them and runs fall-prevention exercise groups in the elderships, and the social services centre sets home-help priorities using the volunteers' observations. Within a year the waiting list was shorter and ambulance calls after falls had decreased.</p>",
                                "nb": "<p>I en landkommune hadde senteret for sosiale tjenester venteliste på hjemmehjelp, mens folkehelsekontoret så stadig flere fall blant eldre som bodde alene. En lokal forening for pensjonerte lærere besøkte allerede noen av dem.</p><p>De tre organisasjonene ble enige om å jobbe som ett team: foreningens frivillige besøker innbyggerne hver uke og legger merke til risikoer, folkehelsekontoret lærer dem opp og driver fallforebyggende treningsgrupper ute i lokalsamfunnene, og senteret for sosiale tjenester prioriterer hjemmehjelpen ut fra de frivilliges observasjoner. I løpet av et år var ventelisten kortere, og antallet ambulanseutrykninger etter fall hadde gått ned.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kuo klasteris skiriasi nuo projekto",
                                "en": "How a cluster differs from a project",
                                "nb": "Hvordan en klynge skiller seg fra et prosjekt",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Klasterį nuo įprasto bendro projekto skiria keturi bruožai:</p><ul><li><strong>Bendras tikslas:</strong> partneriai susitaria dėl norimo pokyčio, o ne tik dėl veiklų.</li><li><strong>Sutelkti ištekliai:</strong> dalijamasi darbuotojų laiku, patalpomis, duomenimis ir kontaktais, ne vien pinigais.</li><li><strong>Ilgas laikotarpis:</strong> bendradarbiavimas tęsiasi ir pasibaigus vieno projekto finansavimui.</li><li><strong>Bendras mokymasis:</strong> partneriai kartu aptaria rezultatus ir koreguoja veiklą.</li></ul>",
                                "en": "<p>Four features distinguish a cluster from an ordinary joint project:</p><ul><li><strong>Shared goal:</strong> partners agree on the change they want to see, not only on activities.</li><li><strong>Pooled resources:</strong> staff time, premises, data and contacts are shared, not only money.</li><li><strong>Long horizon:</strong> cooperation continues after a single grant ends.</li><li><strong>Joint learning:</strong> partners review results together and adjust their work.</li></ul>",
                                "nb": "<p>Fire kjennetegn skiller en klynge fra et vanlig fellesprosjekt:</p><ul><li><strong>Felles mål:</strong> partnerne blir enige om endringen de vil se, ikke bare om aktivitetene.</li><li><strong>Samlede ressurser:</strong> arbeidstid, lokaler, data og kontakter deles, ikke bare penger.</li><li><strong>Lang tidshorisont:</strong> samarbeidet fortsetter etter at et enkelt tilskudd er brukt opp.</li><li><strong>Felles læring:</strong> partnerne gjennomgår resultatene sammen og justerer arbeidet.</li></ul>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Jei nori eiti greitai, eik vienas. Jei nori nueiti toli, eikite kartu.",
                                "en": "If you want to go fast, go alone. If you want to go far, go together.",
                                "nb": "Vil du gå fort, gå alene. Vil du gå langt, gå sammen.",
                            },
                            "attribution": {
                                "lt": "Patarlė",
                                "en": "Proverb",
                                "nb": "Ordtak",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite vieną savo savivaldybės socialinę problemą. Kurios organizacijos jau sprendžia atskiras jos dalis ir ar jos žino apie viena kitos darbą?",
                                "en": "Think of one social problem in your municipality. Which organisations already deal with parts of it, and do they know about each other's work?",
                                "nb": "Tenk på én sosial utfordring i kommunen din. Hvilke organisasjoner arbeider allerede med deler av den, og vet de om hverandres arbeid?",
                            },
                        },
                    ],
                },
                {
                    "slug": "partners-and-roles",
                    "title": {
                        "lt": "Partneriai ir jų vaidmenys",
                        "en": "Partners and their roles",
                        "nb": "Partnere og roller",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kas turi sėsti prie stalo",
                                "en": "Who belongs at the table",
                                "nb": "Hvem som hører hjemme rundt bordet",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Veiksmingas klasteris suburia tuos, kurie už problemą <em>atsako</em>, tuos, kurie ją <em>patiria</em>, ir tuos, kurie turi <em>išteklių</em> jai pakeisti. Lietuvos savivaldybėje tai paprastai yra savivaldybės administracija ir seniūnijos, biudžetinės įstaigos – visuomenės sveikatos biuras, socialinių paslaugų centras, mokyklos, biblioteka, – nevyriausybinės ir bendruomeninės organizacijos bei vietos verslas.</p><p>Kiekvienas partneris įneša ką nors skirtingo: savivaldybė – įgaliojimus ir finansavimą, įstaigos – profesionalias paslaugas ir duomenis, NVO – pasitikėjimą ir artumą gyventojams, verslas – patalpas, logistiką, žinias ar paramą.</p>",
                                "en": "<p>A useful cluster brings together those who are <em>responsible</em> for the problem, those who <em>experience</em> it and those who have <em>resources</em> to change it. In a Lithuanian municipality this usually means the municipal administration and elderships, budgetary institutions such as the public health bureau, the social services centre, schools and the library, NGOs and community organisations, and local businesses.</p><p>Each partner brings something different: the municipality brings a mandate and funding, institutions bring professional services and data, NGOs bring trust and closeness to residents, and businesses bring premises, logistics, skills or sponsorship.</p>",
                                "nb": "<p>En nyttig klynge samler dem som har <em>ansvar</em> for problemet, dem som <em>opplever</em> det, og dem som har <em>ressurser</em> til å endre det. I en litauisk kommune betyr det vanligvis kommuneadministrasjonen og lokalkontorene, kommunale virksomheter som folkehelsekontoret, senteret for sosiale tjenester, skolene og biblioteket, frivillige organisasjoner og lokale foreninger, og det lokale næringslivet.</p><p>Hver partner bidrar med noe ulikt: kommunen har mandat og finansiering, virksomhetene har faglige tjenester og data, de frivillige organisasjonene har tillit og nærhet til innbyggerne, og bedriftene har lokaler, logistikk, kompetanse eller sponsormidler.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Greitas partnerių žemėlapis",
                                "en": "A quick partner map",
                                "nb": "Et raskt partnerkart",
                            },
                            "text": {
                                "lt": "<p>Nubraižykite tris apskritimus: <strong>pagrindiniai partneriai</strong>, kurie kartu priima sprendimus, <strong>palaikantys partneriai</strong>, kurie prisideda paprašyti, ir <strong>informuojami partneriai</strong>, kuriems reikia žinoti, kas vyksta. Peržiūrėkite žemėlapį kas pusmetį – partneriai juda tarp apskritimų.</p>",
                                "en": "<p>Draw three circles: <strong>core partners</strong> who share decisions, <strong>supporting partners</strong> who contribute on request, and <strong>informed partners</strong> who need to know what is happening. Review the map every six months – partners move between the circles.</p>",
                                "nb": "<p>Tegn tre sirkler: <strong>kjernepartnere</strong> som deler beslutningene, <strong>støttepartnere</strong> som bidrar ved behov, og <strong>informerte partnere</strong> som trenger å vite hva som skjer. Gå gjennom kartet hvert halvår – partnere flytter seg mellom sirklene.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Be organizacijų, partnerystei reikia aiškių vaidmenų: <strong>pagrindinės organizacijos</strong>, kuri atlieka sekretoriato funkcijas, <strong>koordinatoriaus</strong>, kuris palaiko bendro darbo tempą, ir kiekvieno partnerio <strong>kontaktinių asmenų</strong>, galinčių priimti sprendimus arba greitai juos gauti. Be konkrečių žmonių partnerystė lieka tik parašu ant popieriaus.</p>",
                                "en": "<p>Besides organisations, a partnership needs clear roles: a <strong>lead organisation</strong> that hosts the secretariat, a <strong>coordinator</strong> who keeps the joint work moving, and <strong>contact persons</strong> in every partner who can take decisions or obtain them quickly. Without named people, a partnership remains a signature on paper.</p>",
                                "nb": "<p>I tillegg til organisasjonene trenger et partnerskap tydelige roller: en <strong>ledende organisasjon</strong> som har sekretariatet, en <strong>koordinator</strong> som holder det felles arbeidet i gang, og <strong>kontaktpersoner</strong> hos hver partner som kan ta beslutninger eller raskt få dem tatt. Uten navngitte personer blir et partnerskap bare en underskrift på papiret.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nepamirškite gyventojų",
                                "en": "Do not forget the residents",
                                "nb": "Ikke glem innbyggerne",
                            },
                            "text": {
                                "lt": "<p>Institucijų partnerystės lengvai pamiršta žmones, kuriems jos dirba. Gyventojus ar jų atstovus – pavyzdžiui, seniūnaitį ar pacientų organizaciją – kvieskite nuo pat pradžių, o ne tik į baigiamąjį rezultatų pristatymą.</p>",
                                "en": "<p>Partnerships of institutions easily forget the people they serve. Invite residents or their representatives – for example the local community representative (<span lang='lt'>seniūnaitis</span>) or a patients' organisation – from the start, not only to the final presentation of results.</p>",
                                "nb": "<p>Partnerskap mellom institusjoner glemmer lett menneskene de er til for. Inviter innbyggerne eller representantene deres – for eksempel den lokale innbyggerrepresentanten (<span lang='lt'>seniūnaitis</span>) eller en pasientorganisasjon – fra starten av, ikke bare til den avsluttende presentasjonen av resultatene.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurio partnerio trūksta jūsų dabartiniam bendradarbiavimui ir ką jis galėtų įnešti?",
                                "en": "Which partner is missing from your current cooperation, and what could they bring?",
                                "nb": "Hvilken partner mangler i samarbeidet ditt i dag, og hva kunne de bidratt med?",
                            },
                        },
                    ],
                },
                {
                    "slug": "partnership-agreement",
                    "title": {
                        "lt": "Partnerystės susitarimas",
                        "en": "Agreeing on the partnership",
                        "nb": "Å avtale partnerskapet",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo gerų ketinimų iki susitarimo",
                                "en": "From good will to an agreement",
                                "nb": "Fra god vilje til en avtale",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Gerų ketinimų užtenka pirmam susitikimui, bet ne pirmam sunkumui. Trumpas rašytinis susitarimas – bendradarbiavimo memorandumas ar jungtinės veiklos sutartis – padeda partneriams prisiminti, ką jie pažadėjo. Jame turėtų būti atsakyta bent į šiuos klausimus:</p><ol><li>Kokią problemą sprendžiame ir kokio pokyčio siekiame per dvejus–trejus metus?</li><li>Kas ką įneša: darbuotojų laiką, patalpas, duomenis, lėšas?</li><li>Kaip priimame sprendimus ir kaip dažnai susitinkame?</li><li>Kaip teisėtai keičiamės informacija ir asmens duomenimis?</li><li>Kaip matuojame pažangą ir kada peržiūrime susitarimą?</li></ol>",
                                "en": "<p>Good will is enough for the first meeting, but not for the first difficulty. A short written agreement – a memorandum of cooperation or a joint activity agreement – helps partners remember what they promised. It should answer at least these questions:</p><ol><li>What problem do we address, and what change do we want in two to three years?</li><li>Who contributes what: staff time, premises, data, funds?</li><li>How do we make decisions, and how often do we meet?</li><li>How do we share information and personal data lawfully?</li><li>How do we measure progress, and when do we review the agreement?</li></ol>",
                                "nb": "<p>God vilje holder til det første møtet, men ikke til den første vanskeligheten. En kort skriftlig avtale – en samarbeidserklæring eller en avtale om felles virksomhet – hjelper partnerne å huske hva de har lovet. Den bør minst svare på disse spørsmålene:</p><ol><li>Hvilket problem tar vi tak i, og hvilken endring ønsker vi om to til tre år?</li><li>Hvem bidrar med hva: arbeidstid, lokaler, data, midler?</li><li>Hvordan tar vi beslutninger, og hvor ofte møtes vi?</li><li>Hvordan deler vi informasjon og personopplysninger på lovlig måte?</li><li>Hvordan måler vi fremdriften, og når går vi gjennom avtalen på nytt?</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Asmens duomenys",
                                "en": "Personal data",
                                "nb": "Personopplysninger",
                            },
                            "text": {
                                "lt": "<p>Gyventojų vardais ir sveikatos informacija partneriai gali keistis tik turėdami teisinį pagrindą pagal Bendrąjį duomenų apsaugos reglamentą (BDAR). Prieš perduodami bet kokius sąrašus savanoriams ar NVO darbuotojams, susitarkite, kokių duomenų iš tiesų reikia, kas juos gali matyti ir kaip fiksuojamas asmens sutikimas.</p>",
                                "en": "<p>Partners may share residents' names and health information only with a legal basis under the General Data Protection Regulation (GDPR). Before volunteers or NGO staff receive any lists, agree on which data is really needed, who may see it and how consent is recorded.</p>",
                                "nb": "<p>Partnerne kan bare dele innbyggernes navn og helseopplysninger når de har et rettslig grunnlag etter personvernforordningen (GDPR). Før frivillige eller ansatte i frivillige organisasjoner får noen lister, må dere avtale hvilke opplysninger som virkelig trengs, hvem som kan se dem, og hvordan samtykke dokumenteres.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Pradėkite nuo mažo",
                                "en": "Start small",
                                "nb": "Start i det små",
                            },
                            "text": {
                                "lt": "<p>Pirmiems trims mėnesiams pasirinkite vieną konkretų bendrą veiksmą, pavyzdžiui, bendrą siuntimo formą. Greitai pasiektas matomas rezultatas sukuria motyvaciją didesniems įsipareigojimams.</p>",
                                "en": "<p>Choose one concrete joint action for the first three months, such as a shared referral form. An early, visible result builds the motivation for larger commitments.</p>",
                                "nb": "<p>Velg ett konkret felles tiltak for de tre første månedene, for eksempel et felles henvisningsskjema. Et tidlig, synlig resultat gir motivasjon til større forpliktelser.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Į kurį iš penkių klausimų jūsų partnerystei būtų sunkiausia atsakyti ir kodėl?",
                                "en": "Which of the five questions would be hardest to answer in your partnership, and why?",
                                "nb": "Hvilket av de fem spørsmålene ville vært vanskeligst å svare på i partnerskapet ditt, og hvorfor?",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: partnerystės pagrindai",
                                    "en": "Knowledge check: partnership basics",
                                    "nb": "Kunnskapssjekk: det grunnleggende om partnerskap",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "single",
                                        "text": {
                                            "lt": "Kuo socialinis klasteris skiriasi nuo vienkartinio bendro projekto?",
                                            "en": "What distinguishes a social cluster from a one-off joint project?",
                                            "nb": "Hva skiller en sosial klynge fra et enkeltstående fellesprosjekt?",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "Ilgalaikiu bendru tikslu ir bendra atsakomybe už rezultatą",
                                                    "en": "A long-term shared goal and joint responsibility for the result",
                                                    "nb": "Et langsiktig felles mål og felles ansvar for resultatet",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Klasteris siekia bendro pokyčio ilgesnį laiką, o partneriai kartu atsako už rezultatą.",
                                                    "en": "Correct. A cluster pursues a shared change over a longer period, and partners are jointly responsible for the result.",
                                                    "nb": "Riktig. En klynge arbeider for en felles endring over lengre tid, og partnerne har felles ansvar for resultatet.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Didesniu biudžetu",
                                                    "en": "A larger budget",
                                                    "nb": "Et større budsjett",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Biudžeto dydis klasterio neapibrėžia – partneriai dažnai dalijasi laiku, patalpomis ir duomenimis, ne vien pinigais.",
                                                    "en": "No. Budget size does not define a cluster – partners often share time, premises and data, not only money.",
                                                    "nb": "Nei. Størrelsen på budsjettet definerer ikke en klynge – partnerne deler ofte tid, lokaler og data, ikke bare penger.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Tuo, kad jame dalyvauja tik viešosios įstaigos",
                                                    "en": "Only public institutions take part in it",
                                                    "nb": "At bare offentlige virksomheter deltar",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Socialinė klasterystė kaip tik jungia viešąjį, privatų ir pilietinį sektorius.",
                                                    "en": "No. Social clustering precisely brings together the public, private and civic sectors.",
                                                    "nb": "Nei. Sosial klyngeutvikling handler nettopp om å samle offentlig, privat og frivillig sektor.",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "Partnerystės susitarime verta aprašyti, kaip partneriai keisis asmens duomenimis.",
                                            "en": "A partnership agreement should describe how partners will share personal data.",
                                            "nb": "En partnerskapsavtale bør beskrive hvordan partnerne skal dele personopplysninger.",
                                        },
                                        "options": [
                                            {
                                                "text": TRUE_FALSE_LABELS[0],
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Keitimuisi duomenimis reikia teisinio pagrindo ir aiškių taisyklių, todėl dėl jų verta susitarti iš anksto.",
                                                    "en": "Correct. Sharing data needs a legal basis and clear rules, so it is worth agreeing on them in advance.",
                                                    "nb": "Riktig. Deling av opplysninger krever rettslig grunnlag og klare regler, så det lønner seg å avtale dem på forhånd.",
                                                },
                                            },
                                            {
                                                "text": TRUE_FALSE_LABELS[1],
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Iš tiesų tai tiesa: nesusitarus dėl duomenų, partneriai rizikuoja pažeisti BDAR ir gyventojų pasitikėjimą.",
                                                    "en": "It is in fact true: without rules on data, partners risk breaching the GDPR and residents' trust.",
                                                    "nb": "Det er faktisk sant: uten regler for opplysninger risikerer partnerne å bryte GDPR og miste innbyggernes tillit.",
                                                },
                                            },
                                        ],
                                    },
                                ],
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: socialinė klasterystė ir partnerystė",
                    "en": "Module quiz: social clustering and partnership",
                    "nb": "Modulquiz: sosial klyngeutvikling og partnerskap",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuris teiginys geriausiai apibūdina socialinę klasterystę?",
                            "en": "Which statement best describes social clustering?",
                            "nb": "Hvilket utsagn beskriver sosial klyngeutvikling best?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Viešųjų, privačių ir pilietinių organizacijų bendradarbiavimas, kai jos kartu sprendžia problemą, sutelkia išteklius ir dalijasi atsakomybe",
                                    "en": "Cooperation of public, private and civic organisations that tackle a problem together, pool resources and share responsibility",
                                    "nb": "Samarbeid mellom offentlige, private og frivillige organisasjoner som tar tak i et problem sammen, samler ressursene og deler ansvaret",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai ir yra socialinės klasterystės esmė.",
                                    "en": "Correct. This is the essence of social clustering.",
                                    "nb": "Riktig. Dette er kjernen i sosial klyngeutvikling.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kelių savivaldybės įstaigų sujungimas į vieną",
                                    "en": "Merging several municipal institutions into one",
                                    "nb": "Sammenslåing av flere kommunale virksomheter til én",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Klasteryje organizacijos išlieka savarankiškos, jos tik susitaria veikti kartu.",
                                    "en": "No. In a cluster the organisations remain independent; they agree to act together.",
                                    "nb": "Nei. I en klynge forblir organisasjonene selvstendige; de blir enige om å handle sammen.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Socialinės paslaugos perdavimas pigiausią kainą pasiūliusiam teikėjui",
                                    "en": "Outsourcing a social service to the cheapest provider",
                                    "nb": "Å sette ut en sosial tjeneste til den billigste leverandøren",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai pirkimas, o ne partnerystė: čia nėra bendro tikslo ir bendros atsakomybės.",
                                    "en": "No. That is procurement, not partnership: there is no shared goal or joint responsibility.",
                                    "nb": "Nei. Det er en anskaffelse, ikke et partnerskap: det finnes verken et felles mål eller et felles ansvar.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Tos pačios pramonės šakos įmonių tinklas",
                                    "en": "A network of businesses from the same industry",
                                    "nb": "Et nettverk av bedrifter i samme bransje",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai ekonominis klasteris; socialinė klasterystė sutelkia skirtingus sektorius socialinėms problemoms spręsti.",
                                    "en": "No. That is an economic cluster; social clustering brings different sectors together to solve social problems.",
                                    "nb": "Nei. Det er en næringsklynge; sosial klyngeutvikling samler ulike sektorer for å løse sosiale utfordringer.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kokius išteklius, be pinigų, partneriai gali įnešti į bendrą veiklą? Pažymėkite visus tinkamus.",
                            "en": "Which resources besides money can partners contribute to joint work? Select all that apply.",
                            "nb": "Hvilke ressurser utenom penger kan partnerne bidra med i det felles arbeidet? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Darbuotojų laiką",
                                    "en": "Staff time",
                                    "nb": "Arbeidstid",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Darbuotojų laikas dažnai yra vertingiausias įnašas.",
                                    "en": "Correct. Staff time is often the most valuable contribution.",
                                    "nb": "Riktig. Arbeidstid er ofte det mest verdifulle bidraget.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Patalpas",
                                    "en": "Premises",
                                    "nb": "Lokaler",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Pavyzdžiui, biblioteka ar seniūnija gali suteikti vietą susitikimams.",
                                    "en": "Correct. For example, a library or eldership can provide a meeting place.",
                                    "nb": "Riktig. Et bibliotek eller et lokalkontor kan for eksempel stille med møtelokale.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Duomenis ir kontaktus",
                                    "en": "Data and contacts",
                                    "nb": "Data og kontakter",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai, jei jais dalijamasi teisėtai ir saugiai.",
                                    "en": "Correct, provided they are shared lawfully and securely.",
                                    "nb": "Riktig, så lenge de deles lovlig og sikkert.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nieko – be pinigų įnašo nėra",
                                    "en": "Nothing – without money there is no contribution",
                                    "nb": "Ingenting – uten penger finnes det ikke noe bidrag",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Nepiniginiai įnašai dažnai lemia, ar partnerystė veiks.",
                                    "en": "No. In-kind contributions often decide whether a partnership works at all.",
                                    "nb": "Nei. Bidrag i form av tid, lokaler og tjenester avgjør ofte om et partnerskap i det hele tatt fungerer.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Problemą patiriančius gyventojus pakanka pakviesti tik į baigiamąjį rezultatų pristatymą.",
                            "en": "It is enough to invite residents affected by the problem only to the final presentation of results.",
                            "nb": "Det er nok å invitere innbyggerne som er berørt av problemet, til den avsluttende presentasjonen av resultatene.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Gyventojai geriausiai žino, kaip problema atrodo iš arti, todėl juos verta įtraukti nuo pradžių.",
                                    "en": "No. Residents know best what the problem looks like up close, so they should be involved from the start.",
                                    "nb": "Nei. Innbyggerne vet best hvordan problemet ser ut på nært hold, så de bør involveres fra starten.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Gyventojus ar jų atstovus reikia įtraukti jau planuojant.",
                                    "en": "Correct. Residents or their representatives should be involved from the planning stage.",
                                    "nb": "Riktig. Innbyggerne eller representantene deres bør involveres allerede i planleggingen.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas partnerystėje kasdien palaiko bendro darbo tempą?",
                            "en": "Who keeps the joint work of a partnership moving day to day?",
                            "nb": "Hvem holder det felles arbeidet i partnerskapet i gang fra dag til dag?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Koordinatorius",
                                    "en": "The coordinator",
                                    "nb": "Koordinatoren",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Koordinatorius rūpinasi susitikimais, informacijos sklaida ir susitarimų vykdymu.",
                                    "en": "Correct. The coordinator takes care of meetings, information flow and follow-up of agreements.",
                                    "nb": "Riktig. Koordinatoren sørger for møter, informasjonsflyt og oppfølging av avtaler.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Meras",
                                    "en": "The mayor",
                                    "nb": "Ordføreren",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Politinė parama svarbi, tačiau kasdienio darbo meras nekoordinuoja.",
                                    "en": "No. Political support matters, but the mayor does not coordinate day-to-day work.",
                                    "nb": "Nei. Politisk støtte er viktig, men ordføreren koordinerer ikke det daglige arbeidet.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kiekvienas partneris atskirai",
                                    "en": "Each partner separately",
                                    "nb": "Hver partner for seg",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Kai už bendrą darbą atsako visi atskirai, dažnai neatsako niekas.",
                                    "en": "No. When everyone is separately responsible for joint work, often no one is.",
                                    "nb": "Nei. Når alle har ansvaret for det felles arbeidet hver for seg, har ofte ingen det.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "trust-across-sectors",
            "title": {
                "lt": "Pasitikėjimo tarp sektorių kūrimas",
                "en": "Building trust across sectors",
                "nb": "Bygge tillit mellom sektorer",
            },
            "summary": {
                "lt": "Kodėl pasitikėjimas yra bet kurios partnerystės apyvartinis kapitalas, kuo skiriasi viešojo, privataus ir pilietinio sektorių organizacijų kultūros ir kaip praktiškai kurti bei atkurti pasitikėjimą.",
                "en": "Why trust is the working capital of any partnership, how the cultures of public, private and civic organisations differ, and how to build and restore trust in practice.",
                "nb": "Hvorfor tillit er arbeidskapitalen i ethvert partnerskap, hvordan kulturene i offentlige, private og frivillige organisasjoner skiller seg fra hverandre, og hvordan tillit bygges og gjenopprettes i praksis.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Paaiškinti, iš ko susideda organizacijų ir jas atstovaujančių žmonių tarpusavio pasitikėjimas.",
                    "en": "Explain what trust between organisations and the people who represent them consists of.",
                    "nb": "Forklare hva tillit mellom organisasjoner og menneskene som representerer dem, består av.",
                },
                {
                    "lt": "Atpažinti viešojo, privataus ir pilietinio sektorių partnerių darbo kultūrų skirtumus ir prie jų prisitaikyti.",
                    "en": "Recognise differences in the working cultures of public, private and civic partners and adapt to them.",
                    "nb": "Kjenne igjen forskjeller i arbeidskulturen hos offentlige, private og frivillige partnere og tilpasse seg dem.",
                },
                {
                    "lt": "Taikyti praktinius žingsnius pasitikėjimui kurti ir jam atkurti po konflikto.",
                    "en": "Apply practical steps to build trust and to restore it after a conflict.",
                    "nb": "Bruke praktiske grep for å bygge tillit og gjenopprette den etter en konflikt.",
                },
            ],
            "competencies": [
                {"code": "SC-2.1", "target_level": 3},
                {"code": "SC-2.2", "target_level": 2},
            ],
            "tags": ["trust", "partnership"],
            "prerequisites": ["social-clustering-and-partnership"],
            "lessons": [
                {
                    "slug": "why-trust-matters",
                    "title": {
                        "lt": "Kodėl pasitikėjimas svarbus",
                        "en": "Why trust matters",
                        "nb": "Hvorfor tillit er viktig",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Pasitikėjimas kaip apyvartinis kapitalas",
                                "en": "Trust as working capital",
                                "nb": "Tillit som arbeidskapital",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Partnerystėje niekas negali kitiems įsakyti. Partneriai remiasi vieni kitų žodžiu: kad į siuntimą bus atsakyta, kad su duomenimis bus elgiamasi atsakingai, kad susitikime duotas pažadas bus įvykdytas. Pasitikėjimas bendradarbiavimą pagreitina ir atpigina, o nepasitikėjimas padaugina susitikimų, derinimų ir dokumentų.</p><p>Organizacijų tarpusavio pasitikėjimą kuria žmonės. Jis remiasi trimis dalykais, kuriuos partneriai mato vieni kituose: <strong>kompetencija</strong> (jie sugeba), <strong>patikimumu</strong> (jie daro, ką pažadėjo) ir <strong>geranoriškumu</strong> (jiems rūpi bendras tikslas, ne tik savas interesas).</p>",
                                "en": "<p>In a partnership nobody can give orders to the others. Partners act on each other's word: that a referral will be answered, that data will be handled with care, that a promise made at a meeting will be kept. Trust makes cooperation faster and cheaper; mistrust multiplies meetings, approvals and documents.</p><p>Trust between organisations is built by people. It rests on three things partners observe in each other: <strong>competence</strong> (they can do it), <strong>reliability</strong> (they do what they promised) and <strong>good intentions</strong> (they care about the shared goal, not only their own interest).</p>",
                                "nb": "<p>I et partnerskap kan ingen gi ordre til de andre. Partnerne handler i tillit til hverandres ord: at en henvisning blir besvart, at opplysninger blir behandlet forsvarlig, at et løfte gitt i et møte blir holdt. Tillit gjør samarbeidet raskere og billigere; mistillit fører til flere møter, godkjenninger og dokumenter.</p><p>Tillit mellom organisasjoner bygges av mennesker. Den hviler på tre ting partnerne ser hos hverandre: <strong>kompetanse</strong> (de kan det), <strong>pålitelighet</strong> (de gjør det de har lovet) og <strong>gode intensjoner</strong> (de bryr seg om det felles målet, ikke bare om egne interesser).</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Pasitikėjimas ateina pėsčias, o išjoja raitas.",
                                "en": "Trust arrives on foot and leaves on horseback.",
                                "nb": "Tillit kommer gående og forsvinner ridende.",
                            },
                            "attribution": {
                                "lt": "Olandų patarlė",
                                "en": "Dutch proverb",
                                "nb": "Nederlandsk ordtak",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Pirmiausia – maži pažadai",
                                "en": "Small promises first",
                                "nb": "Små løfter først",
                            },
                            "text": {
                                "lt": "<p>Partnerystės pradžioje duokite mažus, konkrečius pažadus ir matomai juos vykdykite: išsiųskite protokolą per dvi dienas, į partnerio klausimą atsakykite per savaitę. Patikimumas smulkmenose – greičiausias kelias užsitarnauti pasitikėjimą didesniems dalykams.</p>",
                                "en": "<p>Early in a partnership, make small, concrete promises and keep them visibly: send the minutes within two days, answer a partner's question within a week. Reliability in small things is the fastest way to earn trust for bigger ones.</p>",
                                "nb": "<p>Tidlig i et partnerskap bør du gi små, konkrete løfter og holde dem synlig: send referatet innen to dager, svar på et spørsmål fra en partner innen en uke. Pålitelighet i det små er den raskeste veien til tillit i større saker.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite partnerį, kuriuo pasitikite. Kas pirmiausia pelnė jūsų pasitikėjimą – jo kompetencija, patikimumas ar geranoriškumas?",
                                "en": "Recall a partner you trust. Was it their competence, reliability or good intentions that won your trust first?",
                                "nb": "Tenk på en partner du har tillit til. Var det kompetansen, påliteligheten eller de gode intensjonene som først ga deg tillit?",
                            },
                        },
                    ],
                },
                {
                    "slug": "different-sector-cultures",
                    "title": {
                        "lt": "Skirtingos sektorių kultūros",
                        "en": "Different sector cultures",
                        "nb": "Ulike kulturer i sektorene",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Trys logikos prie vieno stalo",
                                "en": "Three logics at one table",
                                "nb": "Tre logikker rundt ett bord",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Viešosios įstaigos veikia pagal teisės aktus, procedūras ir atskaitomybę už viešąsias lėšas, todėl sprendimai gali užtrukti kelias savaites – juos reikia įforminti ir suderinti. NVO vadovaujasi misija ir santykiais: jos reaguoja greitai, bet dažnai priklauso nuo trumpalaikio projektinio finansavimo ir savanorių. Verslas orientuojasi į rezultatą ir efektyvumą: jis tikisi aiškių susitarimų, greitų atsakymų ir matomos naudos, taip pat ir reputacijai.</p><p>Nė viena šių logikų nėra klaidinga. Problemos prasideda tada, kai kito sektoriaus logika palaikoma bloga valia: savivaldybė – „biurokratiška“, NVO – „nepatikima“, verslas – „siekiantis tik pelno“.</p>",
                                "en": "<p>Public institutions work by law, procedures and accountability for public money, so decisions can take several weeks – they must be documented and approved. NGOs work by mission and relationships: they react quickly but often depend on short-term project funding and volunteers. Businesses work by results and efficiency: they expect clear agreements, quick answers and a visible benefit, including for their reputation.</p><p>None of these logics is wrong. Problems start when partners read another sector's logic as bad will: the municipality as “bureaucratic”, the NGO as “unreliable”, the business as “only after profit”.</p>",
                                "nb": "<p>Offentlige virksomheter arbeider etter lover, rutiner og ansvar for offentlige midler, så beslutninger kan ta flere uker – de må dokumenteres og godkjennes. Frivillige organisasjoner arbeider ut fra formål og relasjoner: de reagerer raskt, men er ofte avhengige av kortsiktige prosjektmidler og frivillige. Bedrifter arbeider ut fra resultater og effektivitet: de forventer klare avtaler, raske svar og en synlig gevinst, også for omdømmet.</p><p>Ingen av disse logikkene er gal. Problemene oppstår når partnerne tolker en annen sektors logikk som dårlig vilje: kommunen som «byråkratisk», den frivillige organisasjonen som «upålitelig», bedriften som «bare ute etter profitt».</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: įmonė, kuri norėjo padėti",
                                "en": "Case study: a company that wanted to help",
                                "nb": "Eksempel: en bedrift som ville hjelpe",
                            },
                            "text": {
                                "lt": "<p>Vietos maisto gamintojas pasiūlė perduoti produktų perteklių socialinių paslaugų centro remiamoms šeimoms. Pasiūlymas sprendimo laukė du mėnesius, ir įmonė vos nepasitraukė. Tada centro direktorė atvirai paaiškino procedūrą: paramą reikia įregistruoti, patikrinti maisto saugą ir atrinkti šeimas pagal aiškius kriterijus. Gavusi paprastą tvarkaraštį, įmonė liko, o maisto pristatymas tapo reguliariu kas mėnesį.</p>",
                                "en": "<p>A local food producer offered to give surplus products to families supported by the social services centre. The offer waited two months for a decision, and the company almost withdrew. The centre's director then explained the procedure openly: the donation had to be registered, food safety checked and families selected by clear criteria. With a simple timetable in hand, the company stayed, and the deliveries became a regular monthly route.</p>",
                                "nb": "<p>En lokal matprodusent tilbød seg å gi overskuddsvarer til familier som fikk støtte fra senteret for sosiale tjenester. Tilbudet ventet i to måneder på en avgjørelse, og bedriften var nær ved å trekke seg. Da forklarte lederen for senteret framgangsmåten åpent: gaven måtte registreres, mattryggheten kontrolleres og familiene velges ut etter klare kriterier. Med en enkel tidsplan i hånden ble bedriften med, og leveransene ble en fast månedlig rute.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vertimas tarp sektorių",
                                "en": "Translating between sectors",
                                "nb": "Å oversette mellom sektorer",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Paaiškinkite savo apribojimus, kol jie netapo kliūtimis: pasakykite, kuriuos sprendimus galite priimti patys, kuriems reikia pritarimo ir kiek tai užtrunka. To paties paklauskite partnerių. Susitarkite dėl bendro žodyno – pavyzdžiui, kiek dienų reiškia „skubu“.</p>",
                                "en": "<p>Explain your constraints before they become obstacles: say which decisions you can take yourself, which need approval and how long that takes. Ask your partners the same. Agree on a common vocabulary – for example, how many days “urgent” means.</p>",
                                "nb": "<p>Forklar begrensningene dine før de blir hindringer: si hvilke beslutninger du kan ta selv, hvilke som må godkjennes, og hvor lang tid det tar. Spør partnerne om det samme. Bli enige om et felles ordforråd – for eksempel hvor mange dager «haster» betyr.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuris jūsų sektoriaus įprotis kito sektoriaus partneriui galėtų atrodyti keistas ar erzinantis?",
                                "en": "Which habit of your own sector might look strange or frustrating to a partner from another sector?",
                                "nb": "Hvilken vane i din egen sektor kan virke rar eller frustrerende for en partner fra en annen sektor?",
                            },
                        },
                    ],
                },
                {
                    "slug": "building-trust-in-practice",
                    "title": {
                        "lt": "Pasitikėjimo kūrimas praktikoje",
                        "en": "Building trust in practice",
                        "nb": "Å bygge tillit i praksis",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Pasitikėjimą stiprinantys įpročiai",
                                "en": "Habits that build trust",
                                "nb": "Vaner som bygger tillit",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Susitikite vieni pas kitus.</strong> Rinkitės bibliotekoje, NVO biure ar įmonėje, ne vien savivaldybėje.</li><li><strong>Dalykitės informacija anksti</strong>, taip pat ir blogomis žiniomis bei neapibrėžtumu.</li><li><strong>Viešai pripažinkite</strong> kiekvieno partnerio indėlį.</li><li><strong>Užtikrinkite, kad sprendimai ir protokolai būtų prieinami</strong> visiems partneriams.</li></ul>",
                                "en": "<ul><li><strong>Meet at each other's places.</strong> Gather at the library, the NGO office or the company, not only at the municipality.</li><li><strong>Share information early</strong>, including bad news and uncertainty.</li><li><strong>Give visible credit</strong> to every partner in public communication.</li><li><strong>Keep decisions and minutes accessible</strong> to all partners.</li></ul>",
                                "nb": "<ul><li><strong>Møtes hos hverandre.</strong> Samles på biblioteket, hos den frivillige organisasjonen eller i bedriften, ikke bare på rådhuset.</li><li><strong>Del informasjon tidlig</strong>, også dårlige nyheter og usikkerhet.</li><li><strong>Gi synlig anerkjennelse</strong> til hver partner i offentlig kommunikasjon.</li><li><strong>Hold beslutninger og referater tilgjengelige</strong> for alle partnerne.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: biblioteka – bendruomenės traukos centras",
                                "en": "Case study: the library as a community hub",
                                "nb": "Eksempel: biblioteket som møteplass i lokalsamfunnet",
                            },
                            "text": {
                                "lt": "<p>Rajono miesto bibliotekoje darbo dienomis lankytojų būdavo nedaug. Bibliotekininkės pakvietė seniūniją, Užimtumo tarnybą, jaunimo NVO ir banko skyrių naudotis skaitykla. Dabar bibliotekoje banko savanoriai veda skaitmeninio raštingumo užsiėmimus, vyksta darbo paieškos konsultacijos, o NVO organizuoja pamokų ruošos klubą.</p><p>Lūžį lėmė ne programa, o žmonės: pusmetį partneriai kas mėnesį susitikdavo bibliotekoje prie kavos puodelio, dalydavosi, kas pavyko ir kas ne, ir niekas nebuvo kaltinamas dėl atšaukto užsiėmimo. Dabar gyventojai biblioteką mato kaip neutralią vietą, kur visos institucijos yra pasiekiamos.</p>",
                                "en": "<p>A town library in a district municipality had few visitors on weekdays. The librarians invited the eldership, the Employment Service, a youth NGO and a bank branch to use the reading room. Today bank volunteers run digital literacy sessions there, job-search consultations take place, and the NGO runs a homework club.</p><p>The turning point was not the programme but the people: for six months the partners met every month over coffee in the library, shared what worked and what did not, and nobody was blamed for a cancelled session. Residents now see the library as a neutral place where every institution is approachable.</p>",
                                "nb": "<p>Et bibliotek i en mindre by hadde få besøkende på hverdagene. Bibliotekarene inviterte lokalkontoret, arbeidsformidlingen, en frivillig ungdomsorganisasjon og en bankfilial til å bruke lesesalen. I dag holder frivillige fra banken kurs i digitale ferdigheter der, det gis veiledning i jobbsøking, og ungdomsorganisasjonen driver en leksehjelpklubb.</p><p>Vendepunktet var ikke programmet, men menneskene: i et halvt år møttes partnerne hver måned over en kopp kaffe på biblioteket, delte hva som fungerte og ikke, og ingen fikk skylden for en avlyst samling. Innbyggerne ser nå biblioteket som et nøytralt sted der alle institusjonene er lette å nå.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Iš pradžių ateidavome vieni kitų patikrinti. Dabar ateiname kartu planuoti.",
                                "en": "At first we came to check on each other. Now we come to plan together.",
                                "nb": "I starten kom vi for å kontrollere hverandre. Nå kommer vi for å planlegge sammen.",
                            },
                            "attribution": {
                                "lt": "Bibliotekininkė (apibendrintas atvejis)",
                                "en": "Librarian (composite case)",
                                "nb": "Bibliotekar (sammensatt eksempel)",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurį iš šių įpročių galėtumėte pradėti taikyti savo partnerystėje jau kitą mėnesį?",
                                "en": "Which of these habits could you start in your partnership next month?",
                                "nb": "Hvilken av disse vanene kan du begynne med i partnerskapet ditt neste måned?",
                            },
                        },
                    ],
                },
                {
                    "slug": "when-trust-breaks-down",
                    "title": {
                        "lt": "Kai pasitikėjimas sutrinka",
                        "en": "When trust breaks down",
                        "nb": "Når tilliten svikter",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Ankstyvieji ženklai",
                                "en": "Early signals",
                                "nb": "Tidlige varselsignaler",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pasitikėjimas retai sugriūva per vieną dieną. Stebėkite ankstyvuosius ženklus: partneriai nustoja lankytis susitikimuose arba siunčia pavaduojančius asmenis be sprendimo teisės, informacija dalijamasi tik privačiai, o nepasitenkinimas reiškiamas ne partnerystės viduje, o už jos ribų.</p>",
                                "en": "<p>Trust rarely collapses in one day. Watch for early signals: partners stop coming to meetings or send substitutes without decision-making power, information is shared only in private, and complaints are voiced outside the partnership rather than inside it.</p>",
                                "nb": "<p>Tillit bryter sjelden sammen på én dag. Vær oppmerksom på tidlige signaler: partnere slutter å komme på møtene eller sender stedfortredere uten beslutningsmyndighet, informasjon deles bare privat, og misnøye kommer til uttrykk utenfor partnerskapet i stedet for innenfor.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Keturi žingsniai pasitikėjimui atkurti",
                                "en": "Four steps to restore trust",
                                "nb": "Fire trinn for å gjenopprette tillit",
                            },
                            "text": {
                                "lt": "<ol><li>Atvirai įvardykite problemą, apibūdindami faktus, o ne ketinimus.</li><li>Išklausykite kiekvieno partnerio požiūrį nepertraukdami.</li><li>Pripažinkite savo dalį ir ištaisykite, ką galite.</li><li>Susitarkite dėl vieno konkretaus pokyčio ir po sutarto laiko kartu jį patikrinkite.</li></ol>",
                                "en": "<ol><li>Name the problem openly, describing facts, not intentions.</li><li>Listen to each partner's view without interrupting.</li><li>Acknowledge your own part and correct what you can.</li><li>Agree on one concrete change and check it together after a set time.</li></ol>",
                                "nb": "<ol><li>Sett ord på problemet åpent, og beskriv fakta, ikke intensjoner.</li><li>Lytt til hver partners syn uten å avbryte.</li><li>Erkjenn din egen del og rett opp det du kan.</li><li>Bli enige om én konkret endring og sjekk den sammen etter en avtalt tid.</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nespręskite konfliktų elektroniniu paštu",
                                "en": "Do not settle conflicts by e-mail",
                                "nb": "Ikke løs konflikter på e-post",
                            },
                            "text": {
                                "lt": "<p>Rašytinėse žinutėse prarandamas tonas, jas lengva persiųsti kitiems. Kai įtampa auga, susitikite gyvai arba bent vaizdo skambučiu, o raštu fiksuokite tik sutartus veiksmus.</p>",
                                "en": "<p>Written messages lose their tone and are easily forwarded. When tension grows, meet in person or at least by video call, and put only the agreed actions in writing.</p>",
                                "nb": "<p>Skriftlige meldinger mister tonen og videresendes lett. Når spenningen øker, bør dere møtes fysisk eller i det minste på videomøte, og bare skrive ned tiltakene dere blir enige om.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Jei partneriams nepavyksta konflikto išspręsti patiems, pakvieskite neutralų moderatorių – pavyzdžiui, lektorių ar kolegą iš kitos savivaldybės. Mediacija nėra pralaimėjimas: ji rodo, kad partneriai bendradarbiavimą vertina tiek, jog yra pasirengę į jį investuoti.</p>",
                                "en": "<p>If the partners cannot resolve a conflict themselves, invite a neutral facilitator – for example a trainer or a colleague from another municipality. Mediation is not a failure: it shows that the partners value the cooperation enough to invest in it.</p>",
                                "nb": "<p>Hvis partnerne ikke klarer å løse en konflikt selv, kan dere invitere en nøytral prosessleder – for eksempel en kursholder eller en kollega fra en annen kommune. Mekling er ikke et nederlag: det viser at partnerne verdsetter samarbeidet nok til å investere i det.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite atšalusį bendradarbiavimą. Kokius ankstyvuosius ženklus pastebėjote ir ką tuomet buvo galima padaryti?",
                                "en": "Think of a cooperation that cooled down. Which early signals did you notice, and what could have been done at that point?",
                                "nb": "Tenk på et samarbeid som kjølnet. Hvilke tidlige signaler la du merke til, og hva kunne vært gjort da?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: pasitikėjimas tarp sektorių",
                    "en": "Module quiz: trust across sectors",
                    "nb": "Modulquiz: tillit mellom sektorer",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kuo remiasi partnerių tarpusavio pasitikėjimas? Pažymėkite visus tinkamus.",
                            "en": "What does trust between partners rest on? Select all that apply.",
                            "nb": "Hva hviler tillit mellom partnere på? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Kompetencija",
                                    "en": "Competence",
                                    "nb": "Kompetanse",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Partneriai turi matyti, kad kiti sugeba atlikti tai, ko imasi.",
                                    "en": "Correct. Partners need to see that the others can do what they take on.",
                                    "nb": "Riktig. Partnerne må se at de andre kan gjøre det de påtar seg.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Patikimumu",
                                    "en": "Reliability",
                                    "nb": "Pålitelighet",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ištesėti pažadai – kasdienis pasitikėjimo pagrindas.",
                                    "en": "Correct. Promises kept are the everyday foundation of trust.",
                                    "nb": "Riktig. Holdte løfter er det daglige grunnlaget for tillit.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Geranoriškumu",
                                    "en": "Good intentions",
                                    "nb": "Gode intensjoner",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Partneriai turi tikėti, kad kitiems rūpi bendras tikslas.",
                                    "en": "Correct. Partners need to believe that the others care about the shared goal.",
                                    "nb": "Riktig. Partnerne må tro at de andre bryr seg om det felles målet.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vienoda organizacijų kultūra",
                                    "en": "An identical organisational culture",
                                    "nb": "En helt lik organisasjonskultur",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Kultūros skiriasi natūraliai; pasitikėti galima ir esant skirtumams, jei jie suprantami.",
                                    "en": "No. Cultures naturally differ; trust is possible despite differences if they are understood.",
                                    "nb": "Nei. Kulturer er naturlig forskjellige; tillit er mulig til tross for forskjeller hvis de blir forstått.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Savivaldybei partnerio pasiūlymui suderinti reikia kelių savaičių. Koks atsakas labiausiai stiprina pasitikėjimą?",
                            "en": "A municipality needs several weeks to approve a partner's proposal. Which response builds trust best?",
                            "nb": "En kommune trenger flere uker på å godkjenne et forslag fra en partner. Hvilken reaksjon bygger mest tillit?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Atvirai paaiškinti procedūrą ir numatomą tvarkaraštį",
                                    "en": "Explain the procedure and the expected timetable openly",
                                    "nb": "Forklare framgangsmåten og den forventede tidsplanen åpent",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Partneris supranta, kas vyksta, ir gali planuoti.",
                                    "en": "Correct. The partner understands what is happening and can plan.",
                                    "nb": "Riktig. Partneren forstår hva som skjer og kan planlegge.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nieko nesakyti, kol pasiūlymas bus suderintas",
                                    "en": "Say nothing until the proposal is approved",
                                    "nb": "Ikke si noe før forslaget er godkjent",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tyla partneriui atrodo kaip nesidomėjimas ar atmetimas.",
                                    "en": "No. To a partner, silence looks like lack of interest or rejection.",
                                    "nb": "Nei. For en partner ser taushet ut som manglende interesse eller avslag.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Patarti partneriui kreiptis tiesiai į merą",
                                    "en": "Advise the partner to go straight to the mayor",
                                    "nb": "Råde partneren til å gå rett til ordføreren",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai apeina sutartą tvarką ir silpnina darbinius santykius.",
                                    "en": "No. This bypasses the agreed procedure and weakens working relationships.",
                                    "nb": "Nei. Det går utenom den avtalte framgangsmåten og svekker arbeidsrelasjonene.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pritarti neoficialiai, be dokumentų",
                                    "en": "Agree informally, without documents",
                                    "nb": "Godkjenne uformelt, uten dokumenter",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Neįformintas sprendimas sukelia teisinių ir skaidrumo rizikų.",
                                    "en": "No. An undocumented decision creates legal and transparency risks.",
                                    "nb": "Nei. En beslutning som ikke er dokumentert, gir juridisk risiko og svekker åpenheten.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Sektorių darbo kultūrų skirtumai paprastai reiškia, kad vienas partneris elgiasi nesąžiningai.",
                            "en": "Differences in working culture between sectors usually mean that one partner acts in bad faith.",
                            "nb": "Forskjeller i arbeidskultur mellom sektorene betyr som regel at én partner handler i ond tro.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Skirtumus dažniausiai lemia skirtingos taisyklės ir finansavimo sąlygos, o ne bloga valia.",
                                    "en": "No. Differences usually come from different rules and funding conditions, not from bad will.",
                                    "nb": "Nei. Forskjellene skyldes som regel ulike regler og finansieringsvilkår, ikke dårlig vilje.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kiekvienas sektorius turi savo logiką; svarbu ją paaiškinti ir suprasti.",
                                    "en": "Correct. Each sector has its own logic; what matters is explaining and understanding it.",
                                    "nb": "Riktig. Hver sektor har sin egen logikk; det viktige er å forklare og forstå den.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuris ženklas rodo, kad pasitikėjimas partnerystėje silpsta?",
                            "en": "Which signal shows that trust in a partnership is weakening?",
                            "nb": "Hvilket signal viser at tilliten i et partnerskap er i ferd med å svekkes?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Partneriai į susitikimus siunčia pavaduojančius asmenis be sprendimo teisės",
                                    "en": "Partners send substitutes without decision-making power to meetings",
                                    "nb": "Partnerne sender stedfortredere uten beslutningsmyndighet til møtene",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai rodo, kad partnerystė partneriui tampa mažiau svarbi.",
                                    "en": "Correct. It shows that the partnership is becoming less important to that partner.",
                                    "nb": "Riktig. Det viser at partnerskapet er i ferd med å bli mindre viktig for den partneren.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Partneriai susitikimuose užduoda daug klausimų",
                                    "en": "Partners ask many questions at meetings",
                                    "nb": "Partnerne stiller mange spørsmål på møtene",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Klausimai dažniausiai rodo įsitraukimą, o ne nepasitikėjimą.",
                                    "en": "No. Questions usually show engagement, not mistrust.",
                                    "nb": "Nei. Spørsmål viser som regel engasjement, ikke mistillit.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Partneriai siūlo naujų bendrų veiklų",
                                    "en": "Partners propose new joint activities",
                                    "nb": "Partnerne foreslår nye felles aktiviteter",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai stiprios partnerystės požymis.",
                                    "en": "No. That is a sign of a strong partnership.",
                                    "nb": "Nei. Det er et tegn på et sterkt partnerskap.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Neutralaus moderatoriaus pakvietimas gali padėti partneriams atkurti pasitikėjimą po konflikto.",
                            "en": "Inviting a neutral facilitator can help partners restore trust after a conflict.",
                            "nb": "Å invitere en nøytral prosessleder kan hjelpe partnerne med å gjenopprette tilliten etter en konflikt.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Neutralus asmuo padeda išgirsti visas puses ir susitarti dėl konkrečių veiksmų.",
                                    "en": "Correct. A neutral person helps all sides be heard and agree on concrete actions.",
                                    "nb": "Riktig. En nøytral person hjelper alle parter med å bli hørt og bli enige om konkrete tiltak.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": False,
                                "feedback": {
                                    "lt": "Iš tiesų tai tiesa: mediacija nėra pralaimėjimas, ji rodo, kad bendradarbiavimas vertinamas.",
                                    "en": "It is in fact true: mediation is not a failure; it shows that the cooperation is valued.",
                                    "nb": "Det er faktisk sant: mekling er ikke et nederlag; det viser at samarbeidet blir verdsatt.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "systemic-problem-solving",
            "title": {
                "lt": "Sisteminis problemų sprendimas",
                "en": "Systemic problem solving",
                "nb": "Systemisk problemløsning",
            },
            "summary": {
                "lt": "Kaip pažvelgti į socialinę problemą kaip į priežasčių, žmonių ir institucijų sistemą, rasti vietas, kuriose partneriai gali veikti kartu, ir išbandyti sprendimus nedideliais bandomaisiais projektais.",
                "en": "How to look at a social problem as a system of causes, people and institutions, find the points where partners can act together, and test solutions in small pilots.",
                "nb": "Hvordan du ser på en sosial utfordring som et system av årsaker, mennesker og institusjoner, finner punktene der partnerne kan handle sammen, og prøver ut løsninger i små piloter.",
            },
            "estimated_hours": 7,
            "learning_outcomes": [
                {
                    "lt": "Atskirti socialinės problemos simptomus nuo jos giluminių priežasčių.",
                    "en": "Distinguish the symptoms of a social problem from its underlying causes.",
                    "nb": "Skille symptomene på en sosial utfordring fra de underliggende årsakene.",
                },
                {
                    "lt": "Kartu su partneriais taikyti problemų medį ir sistemos žemėlapį.",
                    "en": "Use a problem tree and a system map together with partners.",
                    "nb": "Bruke et problemtre og et systemkart sammen med partnere.",
                },
                {
                    "lt": "Suplanuoti, įgyvendinti ir įvertinti nedidelį bendro sprendimo bandomąjį projektą.",
                    "en": "Plan, run and evaluate a small pilot of a joint solution.",
                    "nb": "Planlegge, gjennomføre og evaluere en liten pilot av en felles løsning.",
                },
            ],
            "competencies": [
                {"code": "SC-3.1", "target_level": 2},
                {"code": "SC-3.2", "target_level": 3},
            ],
            "tags": ["systems-thinking"],
            "prerequisites": [],
            "lessons": [
                {
                    "slug": "seeing-the-system",
                    "title": {
                        "lt": "Pamatyti sistemą",
                        "en": "Seeing the system",
                        "nb": "Å se systemet",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Simptomai ir priežastys",
                                "en": "Symptoms and causes",
                                "nb": "Symptomer og årsaker",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kai problema skubi, institucijos linkusios gydyti matomą simptomą: daugiau vietų krizių centre, daugiau patikrinimų, dar viena informacinė kampanija. Šių priemonių reikia, tačiau jei priežastys lieka nepaliestos, problema sugrįžta.</p><p>Sisteminis mąstymas klausia, kaip situacijos dalys laikui bėgant veikia viena kitą. Socialinę problemą retai sukelia vienas veiksnys – ją palaiko priežasčių, įpročių, taisyklių ir santykių tinklas.</p>",
                                "en": "<p>When a problem is urgent, institutions tend to treat the symptom they can see: more places in the crisis centre, more inspections, another awareness campaign. These measures are needed, but if the causes stay untouched, the problem returns.</p><p>Systems thinking asks how the parts of a situation influence each other over time. A social problem is rarely caused by one factor; it is held in place by a web of causes, habits, rules and relationships.</p>",
                                "nb": "<p>Når et problem haster, har institusjoner en tendens til å behandle symptomet de kan se: flere plasser på krisesenteret, flere kontroller, enda en informasjonskampanje. Disse tiltakene trengs, men hvis årsakene ikke blir berørt, kommer problemet tilbake.</p><p>Systemtenkning spør hvordan delene i en situasjon påvirker hverandre over tid. En sosial utfordring skyldes sjelden én faktor; den holdes på plass av et nett av årsaker, vaner, regler og relasjoner.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Ledkalnio modelis",
                                "en": "The iceberg model",
                                "nb": "Isfjellmodellen",
                            },
                            "text": {
                                "lt": "<p>Pažvelkite į problemą keturiais lygmenimis: <strong>įvykiai</strong> (kas nutiko), <strong>dėsningumai</strong> (kas kartojasi), <strong>struktūros</strong> (taisyklės, paslaugos, finansavimas ir santykiai, kurie tą dėsningumą kuria) ir <strong>mąstymo modeliai</strong> (įsitikinimai, kurie palaiko struktūras). Kuo gilesnis lygmuo, tuo stipresnis poveikio svertas.</p>",
                                "en": "<p>Look at a problem on four levels: <strong>events</strong> (what happened), <strong>patterns</strong> (what keeps happening), <strong>structures</strong> (the rules, services, funding and relationships that produce the pattern) and <strong>mental models</strong> (the beliefs that keep the structures in place). The deeper the level, the stronger the leverage.</p>",
                                "nb": "<p>Se på et problem på fire nivåer: <strong>hendelser</strong> (hva som skjedde), <strong>mønstre</strong> (hva som skjer igjen og igjen), <strong>strukturer</strong> (reglene, tjenestene, finansieringen og relasjonene som skaper mønsteret) og <strong>tankemodeller</strong> (forestillingene som holder strukturene på plass). Jo dypere nivå, desto sterkere påvirkningskraft.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: nesimokantis ir nedirbantis jaunimas",
                                "en": "Case study: young people not in education or work",
                                "nb": "Eksempel: unge utenfor skole og arbeid",
                            },
                            "text": {
                                "lt": "<p>Savivaldybė pastebėjo, kad daug jaunuolių nesimoko ir nėra užsiregistravę Užimtumo tarnyboje. Kiekviena institucija matė tik dalį vaizdo: mokykla – praleistas pamokas, jaunimo centras – be veiklos leidžiančius laiką paauglius, Užimtumo tarnyba – nieko. Kartu nubraižytas situacijos žemėlapis atskleidė dėsningumą: dauguma mokslus metė po kelių mokyklos keitimų, o už tolesnį jų lydėjimą niekas neatsakė. Partneriai susitarė kiekvienam jaunuoliui paskirti vieną kontaktinį asmenį ir sukūrė bendrą nukreipimo kelią.</p>",
                                "en": "<p>A municipality noticed that many young people were neither in school nor registered with the Employment Service. Each institution saw only part of the picture: the school saw absences, the youth centre saw teenagers hanging around, the Employment Service saw nobody at all. Mapping the situation together revealed a pattern: most had dropped out after changing schools several times, and nobody was responsible for following them up. The partners agreed to give each young person one contact person and created a shared referral route.</p>",
                                "nb": "<p>En kommune la merke til at mange unge verken gikk på skole eller var registrert hos arbeidsformidlingen. Hver institusjon så bare en del av bildet: skolen så fraværet, ungdomssenteret så tenåringer som drev rundt, arbeidsformidlingen så ingen i det hele tatt. Da de kartla situasjonen sammen, kom et mønster til syne: de fleste hadde falt fra etter å ha byttet skole flere ganger, og ingen hadde ansvar for å følge dem opp. Partnerne ble enige om å gi hver ungdom én kontaktperson og lagde en felles henvisningsvei.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Manote, kad jei suprantate „vienas“, tai suprantate ir „du“, nes vienas ir vienas yra du. Tačiau pamirštate, kad reikia suprasti ir „ir“.",
                                "en": "You think that because you understand “one” that you must therefore understand “two” because one and one make two. But you forget that you must also understand “and”.",
                                "nb": "Du tror at fordi du forstår «én», må du også forstå «to», fordi én og én blir to. Men du glemmer at du også må forstå «og».",
                            },
                            "attribution": {
                                "lt": "Sufijų pamokomoji istorija, cituojama Donellos H. Meadows knygoje „Thinking in Systems“",
                                "en": "Sufi teaching story, quoted by Donella H. Meadows in “Thinking in Systems”",
                                "nb": "Sufisk læringsfortelling, sitert av Donella H. Meadows i «Thinking in Systems»",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Pasirinkite problemą, kurią sprendžia jūsų organizacija. Ką matote įvykių lygmeniu ir kokios struktūros galėtų tuos įvykius kurti?",
                                "en": "Take a problem your organisation deals with. What do you see at the level of events, and which structures might be producing them?",
                                "nb": "Velg et problem organisasjonen din arbeider med. Hva ser du på hendelsesnivå, og hvilke strukturer kan være med på å skape hendelsene?",
                            },
                        },
                    ],
                },
                {
                    "slug": "mapping-causes-together",
                    "title": {
                        "lt": "Priežasčių žemėlapis kartu",
                        "en": "Mapping causes together",
                        "nb": "Å kartlegge årsaker sammen",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Problemų medis",
                                "en": "The problem tree",
                                "nb": "Problemtreet",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Problemų medis – paprastas darbo grupės įrankis. Ant kamieno užrašykite pagrindinę problemą, šaknyse – jos priežastis, šakose – pasekmes. Kiekvienai šakniai kelis kartus paklauskite „kodėl?“, kol pasieksite priežastis, kurias kuris nors partneris iš tiesų gali paveikti.</p><p>Darykite tai kartu su partneriais ir, jei įmanoma, su gyventojais. Kiekvienas dalyvis mato skirtingą medžio dalį, o pati diskusija sukuria bendrą problemos supratimą.</p>",
                                "en": "<p>A problem tree is a simple workshop tool. Write the core problem on the trunk, its causes as the roots and its consequences as the branches. Ask “why?” several times for each root until you reach causes that a partner can actually influence.</p><p>Do it with partners and, if possible, with residents. Every participant sees a different part of the tree, and the discussion itself builds a shared understanding of the problem.</p>",
                                "nb": "<p>Et problemtre er et enkelt verktøy for arbeidsmøter. Skriv kjerneproblemet på stammen, årsakene som røtter og konsekvensene som greiner. Spør «hvorfor?» flere ganger for hver rot til dere kommer fram til årsaker som en partner faktisk kan påvirke.</p><p>Gjør det sammen med partnerne og om mulig med innbyggere. Hver deltaker ser en annen del av treet, og selve diskusjonen skaper en felles forståelse av problemet.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo priežasčių prie sistemos žemėlapio",
                                "en": "From causes to a system map",
                                "nb": "Fra årsaker til et systemkart",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Sistemos žemėlapyje priežastys sujungiamos rodyklėmis ir atsiskleidžia <strong>grįžtamojo ryšio kilpos</strong>: pavyzdžiui, vienišumas mažina fizinį aktyvumą, mažesnis aktyvumas blogina sveikatą, o prastesnė sveikata dar labiau apsunkina išėjimą iš namų. Kilpos paaiškina, kodėl problema išlieka, ir parodo, kur nedidelis įsikišimas gali nutraukti užburtą ratą.</p>",
                                "en": "<p>A system map connects causes with arrows and reveals <strong>feedback loops</strong>: for example, loneliness reduces physical activity, lower activity worsens health, and poorer health makes leaving home even harder. Loops explain why a problem persists – and show where a small intervention may break a vicious circle.</p>",
                                "nb": "<p>Et systemkart kobler årsakene sammen med piler og viser <strong>tilbakekoblingssløyfer</strong>: ensomhet reduserer for eksempel fysisk aktivitet, mindre aktivitet svekker helsen, og dårligere helse gjør det enda vanskeligere å komme seg ut. Sløyfene forklarer hvorfor et problem vedvarer – og viser hvor et lite tiltak kan bryte en ond sirkel.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Ieškokite sverto taškų",
                                "en": "Look for leverage points",
                                "nb": "Se etter påvirkningspunkter",
                            },
                            "text": {
                                "lt": "<p>Pažymėkite žemėlapyje vietas, kuriose vieno partnerio veiksmas pakeistų kelias kitas rodykles. Dažnai tai ne naujos paslaugos, o taisyklių, nukreipimo kelių ar informacijos perdavimo tvarkos pokyčiai.</p>",
                                "en": "<p>Mark the places on the map where one partner's action would change several other arrows. Often these are not new services but changes in rules, referral routes or who receives information and when.</p>",
                                "nb": "<p>Marker stedene på kartet der én partners handling ville endret flere andre piler. Ofte er det ikke snakk om nye tjenester, men om endringer i regler, henvisningsveier eller hvem som får informasjon og når.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Saugokitės vienos institucijos žemėlapio",
                                "en": "Beware of a single institution's map",
                                "nb": "Vær varsom med kart fra én institusjon",
                            },
                            "text": {
                                "lt": "<p>Jei žemėlapį braižė tik viena organizacija, jame sprendimu greičiausiai bus jos pačios paslaugos. Patikrinkite žemėlapį bent su dviem partneriais ir vienu žmogumi, kuris pats yra patyręs šią problemą.</p>",
                                "en": "<p>If only one organisation drew the map, it will probably show that organisation's own services as the solution. Check the map with at least two partners and one person with lived experience of the problem.</p>",
                                "nb": "<p>Hvis bare én organisasjon har tegnet kartet, vil det trolig vise organisasjonens egne tjenester som løsningen. Sjekk kartet med minst to partnere og én person med egen erfaring med problemet.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuri grįžtamojo ryšio kilpa palaiko jūsų sprendžiamą problemą? Kur ją būtų galima nutraukti?",
                                "en": "Which feedback loop keeps the problem you work on in place? Where could it be broken?",
                                "nb": "Hvilken tilbakekoblingssløyfe holder problemet du arbeider med, på plass? Hvor kan den brytes?",
                            },
                        },
                    ],
                },
                {
                    "slug": "co-designing-and-testing-solutions",
                    "title": {
                        "lt": "Sprendimų kūrimas ir išbandymas",
                        "en": "Co-designing and testing solutions",
                        "nb": "Å samskape og prøve ut løsninger",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kurti kartu, o ne už kitus",
                                "en": "Design with people, not for them",
                                "nb": "Utvikle med folk, ikke for dem",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Sprendimai veikia geriau, kai juos kuria tie, kurie jais naudosis ir juos įgyvendins. Į kūrybines dirbtuves kvieskite gyventojus, tiesiogiai su klientais dirbančius darbuotojus ir savanorius. Klauskite apie tikrą dieną: kur žmonės užstringa, kam jie skambina, ko galiausiai atsisako?</p>",
                                "en": "<p>Solutions work better when the people who will use and deliver them help shape them. Invite residents, front-line workers and volunteers to design workshops. Ask about a real day: where do people get stuck, whom do they call, what do they eventually give up on?</p>",
                                "nb": "<p>Løsninger fungerer bedre når menneskene som skal bruke og levere dem, er med på å forme dem. Inviter innbyggere, ansatte i førstelinjen og frivillige til utviklingsverksteder. Spør om en vanlig dag: hvor står folk fast, hvem ringer de til, hva gir de til slutt opp?</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Bandomojo projekto ciklas",
                                "en": "The pilot cycle",
                                "nb": "Pilotsyklusen",
                            },
                            "text": {
                                "lt": "<ol><li><strong>Planuokite:</strong> pasirinkite vieną pokytį, vieną vietą ir trijų mėnesių laikotarpį; susitarkite dėl dviejų ar trijų rodiklių.</li><li><strong>Darykite:</strong> įgyvendinkite bandymą ir fiksuokite, kas iš tiesų vyksta.</li><li><strong>Analizuokite:</strong> su visais partneriais aptarkite rezultatus, taip pat ir netikėtus padarinius.</li><li><strong>Veikite:</strong> pokytį įtvirtinkite, pakoreguokite arba atsisakykite jo ir nuspręskite dėl kito ciklo.</li></ol>",
                                "en": "<ol><li><strong>Plan:</strong> choose one change, one place and a three-month period; agree on two or three indicators.</li><li><strong>Do:</strong> run the pilot and record what actually happens.</li><li><strong>Study:</strong> review the results with all partners, including unexpected effects.</li><li><strong>Act:</strong> adopt, adjust or drop the change, and decide on the next cycle.</li></ol>",
                                "nb": "<ol><li><strong>Planlegg:</strong> velg én endring, ett sted og en periode på tre måneder; bli enige om to eller tre indikatorer.</li><li><strong>Gjennomfør:</strong> kjør piloten og noter hva som faktisk skjer.</li><li><strong>Undersøk:</strong> gå gjennom resultatene med alle partnerne, også uventede virkninger.</li><li><strong>Handle:</strong> innfør, juster eller forkast endringen, og bestem neste syklus.</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: bendras nukreipimo kelias vyresnio amžiaus gyventojams",
                                "en": "Case study: a shared referral route for older residents",
                                "nb": "Eksempel: en felles henvisningsvei for eldre innbyggere",
                            },
                            "text": {
                                "lt": "<p>Vienoje seniūnijoje šeimos gydytoja, socialinė darbuotoja ir visuomenės sveikatos specialistė susitarė išbandyti vieno puslapio nukreipimo formą vyresnio amžiaus žmonėms, kuriems gresia socialinė atskirtis. Tris mėnesius jos skaičiavo nukreipimus ir dienas iki pirmojo vizito. Laukimas sutrumpėjo nuo trijų savaičių iki šešių dienų, todėl forma įvesta visose seniūnijose – prieš tai išbraukus vieną laukelį, kurio niekas nepildė.</p>",
                                "en": "<p>In one eldership, the family doctor, the social worker and the public health specialist agreed to test a one-page referral form for older people at risk of isolation. For three months they counted referrals and the days until the first visit. The waiting time fell from three weeks to six days, so the form was introduced in all elderships – after one field that nobody filled in had been removed.</p>",
                                "nb": "<p>I ett lokalområde ble fastlegen, sosialarbeideren og folkehelserådgiveren enige om å prøve ut et henvisningsskjema på én side for eldre som står i fare for å bli isolert. I tre måneder telte de henvisningene og dagene fram til første besøk. Ventetiden gikk ned fra tre uker til seks dager, og skjemaet ble derfor tatt i bruk i alle lokalområdene – etter at ett felt som ingen fylte ut, var fjernet.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokia mažiausia jūsų idėjos versija galėtų būti išbandyta per tris mėnesius?",
                                "en": "What is the smallest version of your idea that could be tested within three months?",
                                "nb": "Hva er den minste versjonen av ideen din som kan prøves ut i løpet av tre måneder?",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: sisteminis mąstymas",
                                    "en": "Knowledge check: systems thinking",
                                    "nb": "Kunnskapssjekk: systemtenkning",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "single",
                                        "text": {
                                            "lt": "Kuris ledkalnio modelio lygmuo suteikia stipriausią poveikio svertą?",
                                            "en": "Which level of the iceberg model offers the strongest leverage?",
                                            "nb": "Hvilket nivå i isfjellmodellen gir sterkest påvirkningskraft?",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "Įvykiai",
                                                    "en": "Events",
                                                    "nb": "Hendelser",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Reaguojant į įvykius sprendžiami tik simptomai.",
                                                    "en": "No. Reacting to events addresses only the symptoms.",
                                                    "nb": "Nei. Å reagere på hendelser tar bare tak i symptomene.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Dėsningumai",
                                                    "en": "Patterns",
                                                    "nb": "Mønstre",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne visai. Dėsningumų pastebėjimas padeda numatyti, bet jų nepakeičia.",
                                                    "en": "Not quite. Seeing patterns helps to anticipate them, but does not change them.",
                                                    "nb": "Ikke helt. Å se mønstre hjelper deg å forutse dem, men endrer dem ikke.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Mąstymo modeliai",
                                                    "en": "Mental models",
                                                    "nb": "Tankemodeller",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Pasikeitę įsitikinimai keičia struktūras, o šios – dėsningumus ir įvykius.",
                                                    "en": "Correct. Changed beliefs change structures, which in turn change patterns and events.",
                                                    "nb": "Riktig. Endrede forestillinger endrer strukturene, som i sin tur endrer mønstrene og hendelsene.",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "Bandomasis projektas, kuris nepatvirtino laukto rezultato, yra tuščiai iššvaistytos pastangos.",
                                            "en": "A pilot that does not confirm the expected result is a wasted effort.",
                                            "nb": "En pilot som ikke bekrefter det forventede resultatet, er bortkastet innsats.",
                                        },
                                        "options": [
                                            {
                                                "text": TRUE_FALSE_LABELS[0],
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Nepavykęs bandymas pigiai parodo, ko nereikia plėsti, ir padeda pakoreguoti sprendimą.",
                                                    "en": "No. A failed pilot cheaply shows what not to scale up and helps adjust the solution.",
                                                    "nb": "Nei. En mislykket pilot viser billig hva som ikke bør skaleres opp, og hjelper dere å justere løsningen.",
                                                },
                                            },
                                            {
                                                "text": TRUE_FALSE_LABELS[1],
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Bandomieji projektai skirti mokytis, todėl ir neigiamas rezultatas yra vertingas.",
                                                    "en": "Correct. Pilots are for learning, so a negative result is valuable too.",
                                                    "nb": "Riktig. Piloter er til for å lære, så også et negativt resultat er verdifullt.",
                                                },
                                            },
                                        ],
                                    },
                                ],
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: sisteminis problemų sprendimas",
                    "en": "Module quiz: systemic problem solving",
                    "nb": "Modulquiz: systemisk problemløsning",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Padaugėjus vyresnio amžiaus žmonių griuvimų, savivaldybė nusprendžia įsigyti papildomą greitosios pagalbos automobilį. Sisteminio mąstymo požiūriu ši priemonė pirmiausia sprendžia…",
                            "en": "As falls among older people increase, a municipality decides to buy an additional ambulance. In systems terms, this measure mainly addresses…",
                            "nb": "Fordi stadig flere eldre faller, bestemmer en kommune seg for å kjøpe en ekstra ambulanse. I et systemperspektiv tar dette tiltaket først og fremst tak i …",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "įvykius (simptomus)",
                                    "en": "events (symptoms)",
                                    "nb": "hendelser (symptomer)",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Priemonė padeda greičiau reaguoti į griuvimus, bet nemažina jų priežasčių.",
                                    "en": "Correct. It helps respond to falls faster but does not reduce their causes.",
                                    "nb": "Riktig. Det bidrar til raskere respons på fall, men reduserer ikke årsakene til dem.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "struktūras",
                                    "en": "structures",
                                    "nb": "strukturer",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Struktūrinis pokytis būtų, pavyzdžiui, nauja prevencijos paslauga ar nukreipimo tvarka.",
                                    "en": "No. A structural change would be, for example, a new prevention service or referral procedure.",
                                    "nb": "Nei. En strukturell endring ville for eksempel vært en ny forebyggende tjeneste eller en ny henvisningsrutine.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "mąstymo modelius",
                                    "en": "mental models",
                                    "nb": "tankemodeller",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Įsitikinimai apie senėjimą ar prevenciją šiuo sprendimu nekeičiami.",
                                    "en": "No. Beliefs about ageing or prevention are not changed by this decision.",
                                    "nb": "Nei. Forestillinger om aldring eller forebygging endres ikke av denne beslutningen.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie veiksmai yra gera praktika braižant problemų medį? Pažymėkite visus tinkamus.",
                            "en": "Which are good practices when drawing a problem tree? Select all that apply.",
                            "nb": "Hva er god praksis når dere tegner et problemtre? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Kiekvienai priežasčiai kelis kartus paklausti „kodėl?“",
                                    "en": "Asking “why?” several times for each cause",
                                    "nb": "Å spørre «hvorfor?» flere ganger for hver årsak",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Taip pasiekiamos giluminės priežastys.",
                                    "en": "Correct. This is how underlying causes are reached.",
                                    "nb": "Riktig. Slik kommer dere fram til de underliggende årsakene.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Įtraukti partnerius ir gyventojus",
                                    "en": "Involving partners and residents",
                                    "nb": "Å involvere partnere og innbyggere",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kiekvienas mato kitą problemos dalį.",
                                    "en": "Correct. Everyone sees a different part of the problem.",
                                    "nb": "Riktig. Alle ser en annen del av problemet.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Įrašyti tik tas priežastis, kurias gali pašalinti jūsų įstaiga",
                                    "en": "Listing only causes your own institution can remove",
                                    "nb": "Å bare føre opp årsaker som din egen virksomhet kan fjerne",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Taip prarandamos priežastys, kurias gali paveikti kiti partneriai.",
                                    "en": "No. This loses the causes other partners could influence.",
                                    "nb": "Nei. Da mister dere årsakene som andre partnere kunne påvirket.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pradėti nuo sprendimo, kuris jums jau patinka",
                                    "en": "Starting from the solution you already prefer",
                                    "nb": "Å starte med løsningen dere allerede foretrekker",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Iš anksto pasirinktas sprendimas iškreipia problemos analizę.",
                                    "en": "No. A solution chosen in advance distorts the analysis of the problem.",
                                    "nb": "Nei. En løsning som er valgt på forhånd, forvrenger analysen av problemet.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas yra grįžtamojo ryšio kilpa?",
                            "en": "What is a feedback loop?",
                            "nb": "Hva er en tilbakekoblingssløyfe?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Priežasčių grandinė, kurioje pasekmė sustiprina arba susilpnina savo pačios priežastį",
                                    "en": "A chain of causes in which the effect reinforces or weakens its own cause",
                                    "nb": "En årsakskjede der virkningen forsterker eller svekker sin egen årsak",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tokios kilpos paaiškina, kodėl problemos išlieka ar sparčiai auga.",
                                    "en": "Correct. Such loops explain why problems persist or grow quickly.",
                                    "nb": "Riktig. Slike sløyfer forklarer hvorfor problemer vedvarer eller vokser raskt.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Partnerio rašytinis atsiliepimas apie susitikimą",
                                    "en": "A partner's written comments on a meeting",
                                    "nb": "En partners skriftlige kommentarer til et møte",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Sisteminiame mąstyme šis terminas reiškia priežastinį ryšį, o ne atsiliepimą.",
                                    "en": "No. In systems thinking the term means a causal link, not comments.",
                                    "nb": "Nei. I systemtenkning betyr begrepet en årsakssammenheng, ikke kommentarer.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Dalyvių pasitenkinimo apklausa po mokymų",
                                    "en": "A satisfaction survey after training",
                                    "nb": "En tilfredshetsundersøkelse etter et kurs",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Apklausa renka nuomones, bet nėra sistemos priežastinė kilpa.",
                                    "en": "No. A survey collects opinions but is not a causal loop in a system.",
                                    "nb": "Nei. En undersøkelse samler inn meninger, men er ikke en årsakssløyfe i et system.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Sverto taškai dažnai yra taisyklių, nukreipimo kelių ar informacijos srautų pokyčiai, o ne naujos paslaugos.",
                            "en": "Leverage points are often changes in rules, referral routes or information flows rather than new services.",
                            "nb": "Påvirkningspunkter er ofte endringer i regler, henvisningsveier eller informasjonsflyt snarere enn nye tjenester.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Nedidelis tvarkos pokytis gali paveikti daug sistemos ryšių.",
                                    "en": "Correct. A small change in procedure can affect many links in the system.",
                                    "nb": "Riktig. En liten endring i en rutine kan påvirke mange ledd i systemet.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": False,
                                "feedback": {
                                    "lt": "Iš tiesų tai tiesa: naujos paslaugos reikalingos ne visada, dažnai pakanka pakeisti esamų ryšius.",
                                    "en": "It is in fact true: new services are not always needed; changing how existing ones connect is often enough.",
                                    "nb": "Det er faktisk sant: det trengs ikke alltid nye tjenester; ofte er det nok å endre hvordan de eksisterende henger sammen.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kas priklauso bandomojo projekto ciklo analizės žingsniui? Pažymėkite visus tinkamus.",
                            "en": "What belongs to the “Study” step of the pilot cycle? Select all that apply.",
                            "nb": "Hva hører med til trinnet «Undersøk» i pilotsyklusen? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Rezultatų aptarimas su visais partneriais",
                                    "en": "Reviewing results with all partners",
                                    "nb": "Å gå gjennom resultatene med alle partnerne",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Skirtingi partneriai rezultatus mato iš skirtingų pusių.",
                                    "en": "Correct. Different partners see the results from different angles.",
                                    "nb": "Riktig. Ulike partnere ser resultatene fra ulike vinkler.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Netikėtų padarinių užfiksavimas",
                                    "en": "Noting unexpected effects",
                                    "nb": "Å notere uventede virkninger",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Netikėti padariniai dažnai yra svarbiausia pamoka.",
                                    "en": "Correct. Unexpected effects are often the most important lesson.",
                                    "nb": "Riktig. Uventede virkninger er ofte den viktigste lærdommen.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pokyčio išplėtimas visose seniūnijose dar iki rezultatų",
                                    "en": "Extending the change to all elderships before the results are in",
                                    "nb": "Å utvide endringen til alle lokalområdene før resultatene foreligger",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Plėsti verta tik įvertinus rezultatus, t. y. veikimo žingsnyje.",
                                    "en": "No. Scaling up comes only after the results are assessed, in the “Act” step.",
                                    "nb": "Nei. Oppskalering kommer først etter at resultatene er vurdert, i trinnet «Handle».",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Rodiklių pasirinkimas pirmą kartą",
                                    "en": "Choosing the indicators for the first time",
                                    "nb": "Å velge indikatorene for første gang",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Rodikliai pasirenkami planavimo žingsnyje, prieš pradedant bandymą.",
                                    "en": "No. Indicators are chosen in the “Plan” step, before the pilot starts.",
                                    "nb": "Nei. Indikatorene velges i trinnet «Planlegg», før piloten starter.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "social-communication",
            "title": {
                "lt": "Socialinė komunikacija ir dialogas",
                "en": "Social communication and dialogue",
                "nb": "Sosial kommunikasjon og dialog",
            },
            "summary": {
                "lt": "Kaip partneriai bendrauja su gyventojais ir tarpusavyje: aiški kalba, bendros žinutės ir dialogo formos, leidžiančios žmonėms daryti įtaką sprendimams.",
                "en": "How partners communicate with residents and with each other: clear language, shared messages and dialogue formats that let people influence decisions.",
                "nb": "Hvordan partnerne kommuniserer med innbyggerne og med hverandre: klart språk, felles budskap og dialogformer som lar folk påvirke beslutninger.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Rengti aiškias, gyventojams suprantamas žinutes.",
                    "en": "Write clear messages that residents understand.",
                    "nb": "Skrive klare budskap som innbyggerne forstår.",
                },
                {
                    "lt": "Planuoti ir moderuoti dialogo susitikimą su gyventojais ir partneriais.",
                    "en": "Plan and facilitate a dialogue meeting with residents and partners.",
                    "nb": "Planlegge og lede et dialogmøte med innbyggere og partnere.",
                },
                {
                    "lt": "Susitarti dėl bendrų žinučių ir komunikacijos plano partnerystėje.",
                    "en": "Agree on shared messages and a communication plan within a partnership.",
                    "nb": "Bli enige om felles budskap og en kommunikasjonsplan i et partnerskap.",
                },
            ],
            "competencies": [
                {"code": "SC-4.1", "target_level": 3},
                {"code": "SC-4.2", "target_level": 2},
            ],
            "tags": ["communication", "community"],
            "prerequisites": [],
            "lessons": [
                {
                    "slug": "principles-of-social-communication",
                    "title": {
                        "lt": "Socialinės komunikacijos principai",
                        "en": "Principles of social communication",
                        "nb": "Prinsipper for sosial kommunikasjon",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Informuoti neužtenka",
                                "en": "Informing is not enough",
                                "nb": "Å informere er ikke nok",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Socialinės komunikacijos tikslas – supratimas ir veiksmas, o ne vien informacijos paskelbimas. Pranešimas savivaldybės interneto svetainėje įvykdo pareigą, bet nereiškia, kad kaime gyvenantis senjoras žino apie nemokamą pavėžėjimą į polikliniką.</p><p>Gera socialinė komunikacija prasideda nuo auditorijos: kam reikia žinoti, ką jie jau žino, ko baiminasi, kokiais kanalais pasitiki ir ką norime, kad jie padarytų.</p>",
                                "en": "<p>Social communication aims at understanding and action, not only at publishing information. A notice on the municipality's website fulfils a duty, but it does not mean that an older person in a village knows that free transport to the clinic exists.</p><p>Good social communication starts from the audience: who needs to know, what they already know, what they fear, which channels they trust and what we want them to do.</p>",
                                "nb": "<p>Sosial kommunikasjon har forståelse og handling som mål, ikke bare å publisere informasjon. En kunngjøring på kommunens nettsted oppfyller en plikt, men betyr ikke at en eldre person i en bygd vet at det finnes gratis transport til legesenteret.</p><p>God sosial kommunikasjon tar utgangspunkt i mottakerne: hvem som trenger å vite, hva de allerede vet, hva de er redde for, hvilke kanaler de stoler på, og hva vi vil at de skal gjøre.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Penki klausimai prieš bet kokią žinutę",
                                "en": "Five questions before any message",
                                "nb": "Fem spørsmål før ethvert budskap",
                            },
                            "text": {
                                "lt": "<ol><li>Kas tiksliai yra auditorija?</li><li>Kokį vieną dalyką ji turi suprasti?</li><li>Ką ji turėtų padaryti toliau?</li><li>Per ką ar per kurį žmogų žinutė ją pasieks?</li><li>Kaip sužinosime, kad žinutė suveikė?</li></ol>",
                                "en": "<ol><li>Who exactly is the audience?</li><li>What one thing should they understand?</li><li>What should they do next?</li><li>Through what or whom will the message reach them?</li><li>How will we know it worked?</li></ol>",
                                "nb": "<ol><li>Hvem er mottakerne helt konkret?</li><li>Hvilken ene ting skal de forstå?</li><li>Hva skal de gjøre etterpå?</li><li>Gjennom hva eller hvem skal budskapet nå dem?</li><li>Hvordan skal vi vite at det virket?</li></ol>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Didžiausias komunikacijos priešas, kaip matome, yra jos iliuzija.",
                                "en": "The great enemy of communication, we find, is the illusion of it.",
                                "nb": "Kommunikasjonens store fiende, viser det seg, er illusjonen om den.",
                            },
                            "attribution": {
                                "lt": "William H. Whyte, 1950 m.",
                                "en": "William H. Whyte, 1950",
                                "nb": "William H. Whyte, 1950",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: kaip pasiekti žmones be interneto",
                                "en": "Case study: reaching people without internet",
                                "nb": "Eksempel: å nå folk uten internett",
                            },
                            "text": {
                                "lt": "<p>Visuomenės sveikatos biuras kvietė gyventojus nemokamai pasitikrinti kraujospūdį, tačiau iš kaimų atvyko nedaug žmonių. Kartu su seniūnija biuras paprašė seniūnaičių, parduotuvės savininkės ir parapijos asmeniškai perduoti kvietimą ir iškabino skelbimus autobusų stotelėse. Dalyvių padaugėjo tris kartus. Pamoka: patikimi žmonės taip pat yra komunikacijos kanalas.</p>",
                                "en": "<p>A public health bureau invited residents to free blood pressure checks, but few people came from the villages. Together with the eldership, the bureau asked the community representatives, the village shop owner and the parish to pass on the invitation personally, and put up posters at bus stops. Attendance tripled. The lesson: trusted people are a communication channel too.</p>",
                                "nb": "<p>Et folkehelsekontor inviterte innbyggerne til gratis blodtrykksmåling, men få kom fra bygdene. Sammen med lokalkontoret ba folkehelsekontoret de lokale innbyggerrepresentantene, innehaveren av landhandelen og menigheten om å gi invitasjonen videre personlig, og hengte opp plakater på bussholdeplassene. Oppmøtet ble tredoblet. Lærdommen: mennesker folk stoler på, er også en kommunikasjonskanal.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurias gyventojų grupes jūsų savivaldybėje pasiekti sunkiausia ir kuo jos jau pasitiki?",
                                "en": "Which groups in your municipality are hardest to reach, and whom do they already trust?",
                                "nb": "Hvilke grupper i kommunen din er vanskeligst å nå, og hvem stoler de allerede på?",
                            },
                        },
                    ],
                },
                {
                    "slug": "plain-language",
                    "title": {
                        "lt": "Aiški kalba",
                        "en": "Plain language",
                        "nb": "Klart språk",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Rašykite taip, kad suprastų iš pirmo karto",
                                "en": "Write to be understood the first time",
                                "nb": "Skriv slik at du blir forstått første gang",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Aiški kalba reiškia, kad skaitytojas randa, ko jam reikia, tai supranta ir gali panaudoti. Tai ne turinio supaprastinimas, o pagarba skaitytojo laikui.</p><ul><li>Svarbiausią informaciją pateikite pradžioje.</li><li>Rašykite trumpais sakiniais ir įprastais žodžiais; neišvengiamus terminus paaiškinkite.</li><li>Kreipkitės tiesiogiai ir veikiamąja rūšimi: „Skambinkite mums“, o ne „Dėl informacijos gali būti kreipiamasi“.</li><li>Pateikite konkrečių duomenų: datas, adresus, telefonų numerius, kainas.</li></ul>",
                                "en": "<p>Plain language means that readers can find what they need, understand it and use it. It is not dumbing down the content; it is respect for the reader's time.</p><ul><li>Put the most important information first.</li><li>Use short sentences and everyday words; explain unavoidable terms.</li><li>Address the reader directly and use the active voice: “Call us” instead of “Enquiries may be made”.</li><li>Give concrete details: dates, addresses, phone numbers, costs.</li></ul>",
                                "nb": "<p>Klart språk betyr at leserne finner det de trenger, forstår det og kan bruke det. Det handler ikke om å forenkle innholdet, men om å respektere leserens tid.</p><ul><li>Sett den viktigste informasjonen først.</li><li>Bruk korte setninger og hverdagslige ord; forklar fagord du ikke kan unngå.</li><li>Henvend deg direkte til leseren og bruk aktiv form: «Ring oss» i stedet for «Henvendelser kan rettes til».</li><li>Gi konkrete opplysninger: datoer, adresser, telefonnumre, priser.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Prieš ir po",
                                "en": "Before and after",
                                "nb": "Før og etter",
                            },
                            "text": {
                                "lt": "<p><strong>Prieš:</strong> „Asmenys, pageidaujantys gauti socialinę paslaugą, teikia prašymą savivaldybės administracijos nustatyta tvarka.“</p><p><strong>Po:</strong> „Jei jums reikia pagalbos namuose, paskambinkite savo seniūnijos socialinei darbuotojai. Ji atvyks pas jus ir padės užpildyti prašymą.“</p>",
                                "en": "<p><strong>Before:</strong> “Persons wishing to receive a social service shall submit an application in accordance with the procedure established by the municipal administration.”</p><p><strong>After:</strong> “If you need help at home, call the social worker at your eldership. She will visit you and help you fill in the application.”</p>",
                                "nb": "<p><strong>Før:</strong> «Personer som ønsker å motta en sosial tjeneste, skal fremme søknad i samsvar med framgangsmåten fastsatt av kommuneadministrasjonen.»</p><p><strong>Etter:</strong> «Hvis du trenger hjelp hjemme, kan du ringe sosialarbeideren på lokalkontoret ditt. Hun kommer på besøk og hjelper deg med å fylle ut søknaden.»</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Prieinamumas",
                                "en": "Accessibility",
                                "nb": "Tilgjengelighet",
                            },
                            "text": {
                                "lt": "<p>Dalis skaitytojų prastai mato, turi intelekto negalią arba menkai moka lietuvių kalbą. Naudokite didelį, aiškų šriftą, svarbiausioms paslaugoms parenkite lengvai skaitomą teksto versiją ir pateikite informaciją kalbomis, kuriomis kalba jūsų bendruomenė.</p>",
                                "en": "<p>Some readers have poor eyesight, an intellectual disability or limited Lithuanian. Use large, clear fonts, prepare an easy-to-read version for key services and offer information in the languages spoken in your community.</p>",
                                "nb": "<p>Noen lesere ser dårlig, har en utviklingshemning eller kan lite litauisk. Bruk store, tydelige skrifttyper, lag en lettlest versjon for de viktigste tjenestene og gi informasjon på språkene som snakkes i lokalsamfunnet.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Paimkite neseniai jūsų organizacijos išsiųstą laišką ar skelbimą. Kurį sakinį gyventojas greičiausiai suprastų klaidingai?",
                                "en": "Take a recent letter or notice from your organisation. Which sentence would a resident be most likely to misunderstand?",
                                "nb": "Ta et brev eller en kunngjøring som organisasjonen din nylig har sendt ut. Hvilken setning er det mest sannsynlig at en innbygger vil misforstå?",
                            },
                        },
                    ],
                },
                {
                    "slug": "dialogue-with-residents",
                    "title": {
                        "lt": "Dialogas su gyventojais",
                        "en": "Dialogue with residents",
                        "nb": "Dialog med innbyggerne",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo konsultavimo prie dialogo",
                                "en": "From consultation to dialogue",
                                "nb": "Fra høring til dialog",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Konsultuodamasi institucija pristato parengtą pasiūlymą ir renka pastabas. Dialoge gyventojai ir partneriai kartu nagrinėja problemą dar prieš priimant sprendimą ir gali matyti, kaip buvo panaudotas jų indėlis. Dialogas pradžioje užima daugiau laiko, bet vėliau jį sutaupo, nes sprendimai sulaukia mažiau pasipriešinimo.</p>",
                                "en": "<p>In a consultation, an institution presents a ready proposal and collects comments. In a dialogue, residents and partners explore the problem together before the decision is made, and they can see how their input was used. Dialogue takes more time at the start and saves it later, because decisions meet less resistance.</p>",
                                "nb": "<p>I en høring legger en institusjon fram et ferdig forslag og samler inn merknader. I en dialog utforsker innbyggere og partnere problemet sammen før beslutningen tas, og de kan se hvordan innspillene deres ble brukt. Dialog tar mer tid i starten og sparer tid senere, fordi beslutningene møter mindre motstand.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Veikiančios formos",
                                "en": "Formats that work",
                                "nb": "Arbeidsformer som fungerer",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Bendruomenės pokalbis</strong> seniūnijoje ar bibliotekoje, prie nedidelių stalų su moderatoriumi prie kiekvieno.</li><li><strong>Pasaulio kavinė:</strong> dalyviai keliauja tarp stalų, prie kurių aptariami skirtingi klausimai.</li><li><strong>Bendras pasivaikščiojimas:</strong> partneriai ir gyventojai kartu apeina kvartalą ir vietoje užfiksuoja problemas.</li><li><strong>Dalyvaujamasis biudžetas:</strong> gyventojai siūlo nedidelius projektus ir už juos balsuoja.</li></ul>",
                                "en": "<ul><li><strong>Community conversation</strong> in the eldership or the library, at small tables with a moderator at each.</li><li><strong>World café:</strong> participants move between tables, each discussing a different question.</li><li><strong>Neighbourhood walk:</strong> partners and residents walk the area together and note problems on the spot.</li><li><strong>Participatory budgeting:</strong> residents propose small projects and vote on them.</li></ul>",
                                "nb": "<ul><li><strong>Samtale i lokalsamfunnet</strong> på lokalkontoret eller biblioteket, ved små bord med en ordstyrer ved hvert bord.</li><li><strong>Kafédialog:</strong> deltakerne flytter mellom bord der hvert bord drøfter et eget spørsmål.</li><li><strong>Nabolagsvandring:</strong> partnere og innbyggere går gjennom området sammen og noterer problemer på stedet.</li><li><strong>Medvirkningsbudsjett:</strong> innbyggerne foreslår små prosjekter og stemmer over dem.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Užbaikite ratą",
                                "en": "Close the loop",
                                "nb": "Gi tilbakemelding",
                            },
                            "text": {
                                "lt": "<p>Po kiekvieno susitikimo praneškite dalyviams, kas nuspręsta ir kodėl, taip pat kurie pasiūlymai nepriimti. Gyventojai, kurie niekada nesulaukia atsakymo, nustoja ateiti.</p>",
                                "en": "<p>After every meeting, tell participants what was decided and why – including which proposals were not accepted. Residents who never hear back stop coming.</p>",
                                "nb": "<p>Etter hvert møte bør du fortelle deltakerne hva som ble bestemt og hvorfor – også hvilke forslag som ikke ble tatt med. Innbyggere som aldri hører noe tilbake, slutter å komme.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kada gyventojai paskutinį kartą paveikė jūsų organizacijos sprendimą? Kaip jie sužinojo apie rezultatą?",
                                "en": "When did residents last influence a decision of your organisation? How did they learn about the result?",
                                "nb": "Når påvirket innbyggerne sist en beslutning i organisasjonen din? Hvordan fikk de vite om resultatet?",
                            },
                        },
                    ],
                },
                {
                    "slug": "shared-messages-in-partnership",
                    "title": {
                        "lt": "Bendros partnerystės žinutės",
                        "en": "Shared messages in a partnership",
                        "nb": "Felles budskap i et partnerskap",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vienas balsas, daug pasiuntinių",
                                "en": "One voice, many messengers",
                                "nb": "Én stemme, mange budbringere",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kai apie tą pačią paslaugą kalba kelios organizacijos, gyventojus greitai suklaidina skirtingi pavadinimai, telefonų numeriai ir pažadai. Partneriai turėtų susitarti dėl bendro iniciatyvos pavadinimo, vieno kontaktinio taško, kelių pagrindinių žinučių ir to, kas kuria tema kalba žiniasklaidai.</p><p>Tada kiekvienas partneris tą pačią žinutę skleidžia savo kanalais: savivaldybės svetainėje, mokyklos elektroniniame dienyne, NVO socialinio tinklo paskyroje, įmonės naujienlaiškyje.</p>",
                                "en": "<p>When several organisations talk about the same service, residents are quickly confused by different names, phone numbers and promises. Partners should agree on a common name for the joint initiative, one contact point, a few key messages and who speaks to the media on which topic.</p><p>Each partner then spreads the same message through its own channels: the municipality's website, the school's electronic diary, the NGO's social media page, the company's newsletter.</p>",
                                "nb": "<p>Når flere organisasjoner snakker om den samme tjenesten, blir innbyggerne raskt forvirret av ulike navn, telefonnumre og løfter. Partnerne bør bli enige om et felles navn på initiativet, ett kontaktpunkt, noen få hovedbudskap og hvem som uttaler seg til mediene om hvilke temaer.</p><p>Deretter sprer hver partner det samme budskapet gjennom sine egne kanaler: kommunens nettsted, skolens digitale meldingssystem, den frivillige organisasjonens side i sosiale medier, bedriftens nyhetsbrev.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: bendra kampanija prieš smurtą artimoje aplinkoje",
                                "en": "Case study: a joint campaign against domestic violence",
                                "nb": "Eksempel: en felles kampanje mot vold i nære relasjoner",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės policijos komisariatas, specializuotos kompleksinės pagalbos centras, visuomenės sveikatos biuras ir mokyklos anksčiau leido atskirus leidinius. Bendroje kampanijoje jie susitarė dėl vienos žinutės – „Smurtas nėra privatus reikalas: pagalbos galima kreiptis“ – ir vieno kontaktų sąrašo. Mokytojai, vaistininkai ir kirpėjai dalyvavo trumpuose instruktažuose, kaip elgtis, jei kas nors jiems patiki savo bėdą.</p>",
                                "en": "<p>The police commissariat, the specialised complex assistance centre, the public health bureau and the schools of a municipality used to publish separate materials. In a joint campaign they agreed on one message – “Violence is not a private matter: you can ask for help” – and one list of contacts. Teachers, pharmacists and hairdressers attended short briefings on how to respond if someone confides in them.</p>",
                                "nb": "<p>Politistasjonen, det spesialiserte hjelpesenteret for voldsutsatte, folkehelsekontoret og skolene i en kommune ga tidligere ut hvert sitt materiell. I en felles kampanje ble de enige om ett budskap – «Vold er ikke en privatsak: du kan be om hjelp» – og én kontaktliste. Lærere, apotekansatte og frisører deltok på korte orienteringer om hvordan de skal reagere hvis noen betror seg til dem.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Vieno puslapio komunikacijos planas",
                                "en": "A one-page communication plan",
                                "nb": "En kommunikasjonsplan på én side",
                            },
                            "text": {
                                "lt": "<p>Raštu susitarkite dėl pagrindinės žinutės, auditorijų, kiekvieno partnerio kanalų, kalendoriaus, atstovo spaudai ir to, kaip reaguosite į kritiką ar krizę.</p>",
                                "en": "<p>Agree in writing on the key message, the audiences, each partner's channels, a calendar, the spokesperson and how you will respond to criticism or a crisis.</p>",
                                "nb": "<p>Bli enige skriftlig om hovedbudskapet, målgruppene, hver partners kanaler, en kalender, talspersonen og hvordan dere skal møte kritikk eller en krise.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Ar iniciatyva, kurioje dalyvaujate, turi vieną pavadinimą ir vieną kontaktinį tašką, kuriuos naudoja visi partneriai?",
                                "en": "Does the initiative you take part in have one name and one contact point that every partner uses?",
                                "nb": "Har initiativet du deltar i, ett navn og ett kontaktpunkt som alle partnerne bruker?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: socialinė komunikacija ir dialogas",
                    "en": "Module quiz: social communication and dialogue",
                    "nb": "Modulquiz: sosial kommunikasjon og dialog",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Koks yra pagrindinis socialinės komunikacijos tikslas?",
                            "en": "What is the main aim of social communication?",
                            "nb": "Hva er hovedmålet med sosial kommunikasjon?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Kad auditorija suprastų žinutę ir imtųsi veiksmų",
                                    "en": "That the audience understands the message and acts on it",
                                    "nb": "At mottakerne forstår budskapet og handler ut fra det",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Sėkmė matuojama supratimu ir veiksmu, o ne paskelbtų pranešimų skaičiumi.",
                                    "en": "Correct. Success is measured by understanding and action, not by the number of notices published.",
                                    "nb": "Riktig. Suksess måles i forståelse og handling, ikke i antall publiserte kunngjøringer.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Visą informaciją paskelbti interneto svetainėje",
                                    "en": "Publishing all information on the website",
                                    "nb": "Å publisere all informasjon på nettstedet",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Paskelbimas įvykdo pareigą, bet nebūtinai pasiekia žmones.",
                                    "en": "No. Publishing fulfils a duty but does not necessarily reach people.",
                                    "nb": "Nei. Publisering oppfyller en plikt, men når ikke nødvendigvis fram til folk.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Gerinti institucijos įvaizdį",
                                    "en": "Improving the institution's image",
                                    "nb": "Å forbedre institusjonens omdømme",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Geras įvaizdis gali būti šalutinis poveikis, bet ne pagrindinis tikslas.",
                                    "en": "No. A good image may be a side effect, but it is not the main aim.",
                                    "nb": "Nei. Et godt omdømme kan være en bivirkning, men er ikke hovedmålet.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie būdai padeda rašyti aiškia kalba? Pažymėkite visus tinkamus.",
                            "en": "Which techniques help you write in plain language? Select all that apply.",
                            "nb": "Hvilke teknikker hjelper deg å skrive klart språk? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Svarbiausią informaciją pateikti pradžioje",
                                    "en": "Putting the most important information first",
                                    "nb": "Å sette den viktigste informasjonen først",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Skaitytojas iškart randa, kas jam svarbiausia.",
                                    "en": "Correct. Readers find what matters most to them straight away.",
                                    "nb": "Riktig. Leserne finner det som er viktigst for dem, med en gang.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Tiesioginis kreipinys ir veikiamoji rūšis",
                                    "en": "Direct address and the active voice",
                                    "nb": "Direkte henvendelse og aktiv form",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. „Skambinkite mums“ aiškiau nei „gali būti kreipiamasi“.",
                                    "en": "Correct. “Call us” is clearer than “enquiries may be made”.",
                                    "nb": "Riktig. «Ring oss» er klarere enn «henvendelser kan rettes til».",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Ilgi sakiniai su visomis teisės aktų nuorodomis",
                                    "en": "Long sentences with all legal references",
                                    "nb": "Lange setninger med alle lovhenvisninger",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Teisės aktų nuorodas, jei jų reikia, geriau pateikti pabaigoje.",
                                    "en": "No. Legal references, if needed, are better placed at the end.",
                                    "nb": "Nei. Lovhenvisninger, hvis de trengs, hører heller hjemme til slutt.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Konkrečios datos, adresai ir kainos",
                                    "en": "Concrete dates, addresses and costs",
                                    "nb": "Konkrete datoer, adresser og priser",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Konkretumas padeda žmogui veikti.",
                                    "en": "Correct. Concrete details help people act.",
                                    "nb": "Riktig. Konkrete opplysninger hjelper folk å handle.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Dialoge gyventojai kartu su institucijomis nagrinėja problemą dar prieš priimant sprendimą.",
                            "en": "In a dialogue, residents explore the problem together with institutions before the decision is made.",
                            "nb": "I en dialog utforsker innbyggerne problemet sammen med institusjonene før beslutningen tas.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tuo dialogas ir skiriasi nuo parengto pasiūlymo konsultavimo.",
                                    "en": "Correct. That is what distinguishes dialogue from consultation on a ready proposal.",
                                    "nb": "Riktig. Det er det som skiller dialog fra en høring om et ferdig forslag.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": False,
                                "feedback": {
                                    "lt": "Iš tiesų tai tiesa: dialoge gyventojai įtraukiami anksčiau nei konsultuojant.",
                                    "en": "It is in fact true: dialogue involves residents earlier than consultation does.",
                                    "nb": "Det er faktisk sant: i en dialog blir innbyggerne involvert tidligere enn i en høring.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Gyventojai nustojo lankytis bendruomenės susitikimuose. Kurio žingsnio greičiausiai trūko?",
                            "en": "Residents stopped coming to community meetings. Which step was most likely missing?",
                            "nb": "Innbyggerne sluttet å komme på møtene i lokalsamfunnet. Hvilket trinn manglet mest sannsynlig?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Pranešti dalyviams, kas nuspręsta ir kodėl",
                                    "en": "Telling participants what was decided and why",
                                    "nb": "Å fortelle deltakerne hva som ble bestemt og hvorfor",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Negavę grįžtamojo ryšio žmonės mano, kad jų nuomonė nieko nelemia.",
                                    "en": "Correct. Without feedback, people conclude that their opinion makes no difference.",
                                    "nb": "Riktig. Uten tilbakemelding trekker folk den slutningen at meningen deres ikke betyr noe.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kavos ir užkandžių",
                                    "en": "Coffee and snacks",
                                    "nb": "Kaffe og noe å bite i",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Vaišės maloniai nuteikia, bet neatstoja matomo dalyvavimo poveikio.",
                                    "en": "No. Refreshments are pleasant but cannot replace a visible effect of taking part.",
                                    "nb": "Nei. Servering er hyggelig, men kan ikke erstatte en synlig virkning av å delta.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Susitikimą surengti savivaldybės posėdžių salėje",
                                    "en": "Holding the meeting in the municipal council hall",
                                    "nb": "Å holde møtet i kommunestyresalen",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Gyventojams artimesnė vieta, pavyzdžiui, biblioteka ar seniūnija, dažniausiai tinka geriau.",
                                    "en": "No. A place closer to residents, such as the library or eldership, usually works better.",
                                    "nb": "Nei. Et sted nærmere innbyggerne, som biblioteket eller lokalkontoret, fungerer som regel bedre.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pristatyti visiškai parengtą pasiūlymą",
                                    "en": "Presenting a fully finished proposal",
                                    "nb": "Å legge fram et helt ferdig forslag",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Galutinis pasiūlymas palieka gyventojams mažiau erdvės daryti įtaką.",
                                    "en": "No. A finished proposal leaves residents less room to influence the outcome.",
                                    "nb": "Nei. Et ferdig forslag gir innbyggerne mindre rom til å påvirke utfallet.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Kiekvienas bendros iniciatyvos partneris turėtų naudoti savo paslaugos pavadinimą ir telefoną, kad gyventojai turėtų daugiau pasirinkimo.",
                            "en": "Each partner in a joint initiative should use its own service name and phone number so that residents have more choice.",
                            "nb": "Hver partner i et felles initiativ bør bruke sitt eget tjenestenavn og telefonnummer, slik at innbyggerne får flere valg.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Skirtingi pavadinimai ir numeriai klaidina; reikia vieno kontaktinio taško.",
                                    "en": "No. Different names and numbers confuse people; one contact point is needed.",
                                    "nb": "Nei. Ulike navn og numre forvirrer folk; det trengs ett kontaktpunkt.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Vienas pavadinimas ir vienas kontaktas, o partneriai tik daugina tą pačią žinutę.",
                                    "en": "Correct. One name and one contact, with partners multiplying the same message.",
                                    "nb": "Riktig. Ett navn og én kontakt, der partnerne sprer det samme budskapet videre.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "communities-volunteers-ngos",
            "title": {
                "lt": "Bendruomenės, savanorystė ir bendradarbiavimas su NVO",
                "en": "Communities, volunteering and NGO cooperation",
                "nb": "Lokalsamfunn, frivillighet og samarbeid med frivillige organisasjoner",
            },
            "summary": {
                "lt": "Kaip remtis vietos bendruomenių stiprybėmis, atsakingai įtraukti savanorius ir bendradarbiauti su nevyriausybinėmis organizacijomis kaip su lygiaverčiais partneriais.",
                "en": "How to build on the strengths of local communities, involve volunteers responsibly and cooperate with non-governmental organisations as equal partners.",
                "nb": "Hvordan du bygger på styrkene i lokalsamfunnet, involverer frivillige på en ansvarlig måte og samarbeider med frivillige organisasjoner som likeverdige partnere.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Sudaryti vietos bendruomenės išteklių žemėlapį ir įtraukti bendruomenines organizacijas į problemų sprendimą.",
                    "en": "Map the assets of a local community and involve community organisations in solving problems.",
                    "nb": "Kartlegge ressursene i et lokalsamfunn og involvere lokale foreninger i å løse problemer.",
                },
                {
                    "lt": "Organizuoti savanorišką veiklą viešojoje įstaigoje: paiešką, susitarimus, palaikymą ir pripažinimą.",
                    "en": "Organise volunteering in a public institution: recruitment, agreements, support and recognition.",
                    "nb": "Organisere frivillig arbeid i en offentlig virksomhet: rekruttering, avtaler, oppfølging og anerkjennelse.",
                },
                {
                    "lt": "Pasirinkti tinkamas bendradarbiavimo su NVO ir jų finansavimo formas.",
                    "en": "Choose suitable forms of cooperation with and funding for NGOs.",
                    "nb": "Velge egnede former for samarbeid med og finansiering av frivillige organisasjoner.",
                },
            ],
            "competencies": [
                {"code": "SC-5.1", "target_level": 2},
                {"code": "SC-5.2", "target_level": 3},
            ],
            "tags": ["community", "volunteering", "ngo"],
            "prerequisites": [],
            "lessons": [
                {
                    "slug": "community-strengths",
                    "title": {
                        "lt": "Bendruomenės stiprybės",
                        "en": "Building on community strengths",
                        "nb": "Å bygge på lokalsamfunnets styrker",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Poreikiai ar ištekliai?",
                                "en": "Needs or assets?",
                                "nb": "Behov eller ressurser?",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Institucijos bendruomenes dažniausiai apibūdina per poreikius: kiek jose gyvena bedarbių, vienišų ar sergančių žmonių. Ištekliais grindžiama bendruomenės plėtra pradeda nuo kitos pusės – kokius įgūdžius, vietas, draugijas ir ryšius bendruomenė jau turi ir kaip juos sujungti.</p><p>Tai nereiškia, kad problemos neigiamos. Keičiasi gyventojų vaidmuo: iš paslaugų gavėjų jie tampa sprendimų kūrėjais.</p>",
                                "en": "<p>Institutions usually describe communities through their needs: how many unemployed, lonely or ill people live there. Asset-based community development starts from the other side: which skills, places, associations and relationships the community already has, and how they can be connected.</p><p>This does not deny the problems. It changes the role of residents from recipients of services to co-creators of solutions.</p>",
                                "nb": "<p>Institusjoner beskriver vanligvis lokalsamfunn ut fra behovene: hvor mange arbeidsledige, ensomme eller syke som bor der. Ressursbasert lokalsamfunnsutvikling starter fra den andre siden: hvilke ferdigheter, steder, foreninger og relasjoner lokalsamfunnet allerede har, og hvordan de kan kobles sammen.</p><p>Det betyr ikke at problemene benektes. Det endrer innbyggernes rolle fra mottakere av tjenester til medskapere av løsninger.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Išteklių žemėlapis per vieną popietę",
                                "en": "An asset map in one afternoon",
                                "nb": "Et ressurskart på én ettermiddag",
                            },
                            "text": {
                                "lt": "<p>Kartu su gyventojais surašykite: <strong>žmones</strong> ir jų gebėjimus, <strong>draugijas</strong> (bendruomenines organizacijas, sporto klubus, parapiją, folkloro ansamblius), <strong>įstaigas</strong> (mokyklą, biblioteką, kultūros namus, ambulatoriją), <strong>vietas</strong> (sales, kiemus, nenaudojamas patalpas) ir <strong>vietos verslą</strong>. Tada paklauskite, kokių ryšių tarp jų trūksta.</p>",
                                "en": "<p>Together with residents, list <strong>people</strong> and their skills, <strong>associations</strong> (community organisations, sports clubs, the parish, folk ensembles), <strong>institutions</strong> (school, library, culture house, outpatient clinic), <strong>places</strong> (halls, yards, unused premises) and <strong>local businesses</strong>. Then ask which connections between them are missing.</p>",
                                "nb": "<p>Sammen med innbyggerne lister dere opp <strong>mennesker</strong> og ferdighetene deres, <strong>foreninger</strong> (velforeninger, idrettslag, menigheten, folkedansgrupper), <strong>institusjoner</strong> (skole, bibliotek, kulturhus, legesenter), <strong>steder</strong> (saler, gårdsplasser, ubrukte lokaler) og <strong>lokale bedrifter</strong>. Spør deretter hvilke forbindelser mellom dem som mangler.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: kaimo bendruomenė atgaivina tuščią mokyklą",
                                "en": "Case study: a village community revives an empty school",
                                "nb": "Eksempel: en bygd gir en tom skole nytt liv",
                            },
                            "text": {
                                "lt": "<p>Uždarius kaimo mokyklą, bendruomenė su savivaldybe sudarė pastato panaudos sutartį. Dabar čia veikia kartu su socialinių paslaugų centru organizuojamas dienos centras senjorams, bibliotekos filialas ir dirbtuvės, kuriose vietos stalius moko paauglius. Savivaldybė apmoka šildymą, o bendruomenė suteikia savanorių ir organizuoja renginius.</p>",
                                "en": "<p>After the village school closed, the community organisation signed a loan-for-use agreement for the building with the municipality. Today it houses a day centre for older residents run together with the social services centre, a library branch and a workshop where a local carpenter teaches teenagers. The municipality pays for heating; the community provides volunteers and organises events.</p>",
                                "nb": "<p>Etter at bygdeskolen ble lagt ned, inngikk velforeningen en avtale med kommunen om vederlagsfri bruk av bygningen. I dag huser den et dagsenter for eldre som drives sammen med senteret for sosiale tjenester, en bibliotekfilial og et verksted der en lokal snekker lærer opp tenåringer. Kommunen betaler for oppvarmingen; lokalsamfunnet stiller med frivillige og arrangerer aktiviteter.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Įvardykite tris savo bendruomenės išteklius, kurių jūsų organizacija dar niekada nepanaudojo. Kas galėtų jus su jais suvesti?",
                                "en": "Name three assets in your community that your organisation has never used. Who could connect you with them?",
                                "nb": "Nevn tre ressurser i lokalsamfunnet ditt som organisasjonen din aldri har brukt. Hvem kan sette dere i kontakt med dem?",
                            },
                        },
                    ],
                },
                {
                    "slug": "working-with-volunteers",
                    "title": {
                        "lt": "Darbas su savanoriais",
                        "en": "Working with volunteers",
                        "nb": "Å arbeide med frivillige",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Savanorystė – ne nemokama darbo jėga",
                                "en": "Volunteering is not free labour",
                                "nb": "Frivillighet er ikke gratis arbeidskraft",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Savanoriai skiria savo laiką, nes nori padėti, mokytis ar priklausyti bendruomenei. Jiems reikia prasmingų užduočių, pasirengimo ir pripažinimo. Lietuvoje savanorišką veiklą reglamentuoja Savanoriškos veiklos įstatymas: organizacija ir savanoris gali sudaryti savanoriškos veiklos sutartį, o organizacija gali kompensuoti savanorio išlaidas, pavyzdžiui, kelionės.</p><p>Savanoriai papildo profesionalius darbuotojus, bet neturi pakeisti apmokamų pareigybių ar atlikti darbų, kuriems reikia kvalifikacijos.</p>",
                                "en": "<p>Volunteers give their time because they want to help, learn or belong to a community. They need meaningful tasks, preparation and recognition. In Lithuania volunteering is governed by the Law on Volunteering: the organisation and the volunteer may sign a volunteering agreement, and the organisation may reimburse the volunteer's expenses, such as travel.</p><p>Volunteers complement professional staff; they must not replace paid positions or carry out tasks that require a qualification.</p>",
                                "nb": "<p>Frivillige gir av tiden sin fordi de vil hjelpe, lære eller høre til i et fellesskap. De trenger meningsfulle oppgaver, forberedelse og anerkjennelse. I Litauen er frivillig arbeid regulert av loven om frivillig virksomhet: organisasjonen og den frivillige kan inngå en avtale om frivillig innsats, og organisasjonen kan dekke den frivilliges utgifter, for eksempel til reise.</p><p>Frivillige er et supplement til de ansatte; de skal ikke erstatte lønnede stillinger eller utføre oppgaver som krever formell kompetanse.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: globos namai ir jų savanoriai",
                                "en": "Case study: a care home and its volunteers",
                                "nb": "Eksempel: et sykehjem og de frivillige",
                            },
                            "text": {
                                "lt": "<p>Senyvo amžiaus žmonių globos namai norėjo, kad gyventojai daugiau bendrautų su išoriniu pasauliu. Kartu su jaunimo centru ir gimnazija jie pradėjo savanorystės programą: mokiniai šeštadienio popietėmis lankosi globos namuose, garsiai skaito, žaidžia stalo žaidimus ir padeda gyventojams vaizdo skambučiais susisiekti su artimaisiais.</p><p>Prieš pirmąjį apsilankymą savanoriai dalyvauja dviejų valandų užsiėmime apie bendravimą su demencija sergančiais žmonėmis ir globos namų taisykles. Viena darbuotoja yra savanorių koordinatorė, o kartą per metus globos namai bendrame renginyje padėkoja savanoriams.</p>",
                                "en": "<p>A care home for older people wanted its residents to have more contact with the outside world. Together with the youth centre and a gymnasium (secondary school), it started a volunteering programme: pupils visit on Saturday afternoons, read aloud, play board games and help residents make video calls to their relatives.</p><p>Before the first visit, volunteers attend a two-hour session on communicating with people living with dementia and on the home's rules. One staff member acts as volunteer coordinator, and once a year the home thanks the volunteers at a joint celebration.</p>",
                                "nb": "<p>Et sykehjem ønsket at beboerne skulle få mer kontakt med verden utenfor. Sammen med ungdomssenteret og en videregående skole startet det et frivillighetsprogram: elever kommer på besøk lørdag ettermiddag, leser høyt, spiller brettspill og hjelper beboerne med å ta videosamtaler med familien.</p><p>Før første besøk deltar de frivillige på en totimers samling om kommunikasjon med personer med demens og om sykehjemmets regler. En av de ansatte er frivillighetskoordinator, og én gang i året takker sykehjemmet de frivillige med en felles feiring.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Savanorio kelias",
                                "en": "The volunteer journey",
                                "nb": "Den frivilliges vei",
                            },
                            "text": {
                                "lt": "<ol><li>Aprašykite užduotį ir reikalingą laiką.</li><li>Ieškokite savanorių ten, kur jie jau yra.</li><li>Raštu susitarkite dėl užduočių, taisyklių ir konfidencialumo.</li><li>Supažindinkite ir apmokykite prieš pirmąją veiklą.</li><li>Palaikykite: vienas kontaktinis asmuo ir reguliarūs pokalbiai.</li><li>Pripažinkite: padėkokite, išduokite pažymą apie savanorišką veiklą, švęskite kartu.</li></ol>",
                                "en": "<ol><li>Describe the task and the time it needs.</li><li>Recruit where your volunteers already are.</li><li>Agree on tasks, rules and confidentiality in writing.</li><li>Introduce and train volunteers before their first activity.</li><li>Support them: one contact person and regular check-ins.</li><li>Recognise them: say thank you, issue a volunteering reference, celebrate together.</li></ol>",
                                "nb": "<ol><li>Beskriv oppgaven og hvor mye tid den krever.</li><li>Rekrutter der de frivillige allerede er.</li><li>Avtal oppgaver, regler og taushetsplikt skriftlig.</li><li>Gi de frivillige introduksjon og opplæring før den første aktiviteten.</li><li>Følg dem opp: én kontaktperson og jevnlige samtaler.</li><li>Anerkjenn dem: si takk, gi en attest for frivillig innsats, feir sammen.</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Saugumas ir pažeidžiami žmonės",
                                "en": "Safety and vulnerable people",
                                "nb": "Sikkerhet og sårbare personer",
                            },
                            "text": {
                                "lt": "<p>Kai savanoriai dirba su vaikais ar globojamais asmenimis, pasitikrinkite tokiai veiklai taikomus teisės aktų reikalavimus, susitarkite, kas gali likti su gyventoju vienas, ir paaiškinkite, kaip pranešti apie nerimą keliančias situacijas. Saugodami gyventojus, saugote ir savanorius.</p>",
                                "en": "<p>When volunteers work with children or people in care, check the legal requirements for such work, agree on who may be alone with a resident and explain how to report concerns. Protecting residents also protects volunteers.</p>",
                                "nb": "<p>Når frivillige arbeider med barn eller personer som mottar omsorg, må du sjekke de lovpålagte kravene til slikt arbeid, avtale hvem som kan være alene med en beboer, og forklare hvordan bekymringer skal meldes. Å beskytte beboerne beskytter også de frivillige.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Savanoriai neatėmė darbo iš mūsų darbuotojų. Jie sugrąžino laiką pokalbiams.",
                                "en": "Volunteers did not take work away from our staff. They brought back time for conversation.",
                                "nb": "De frivillige tok ikke arbeid fra de ansatte. De ga oss tilbake tid til samtaler.",
                            },
                            "attribution": {
                                "lt": "Globos namų direktorė (apibendrintas atvejis)",
                                "en": "Care home director (composite case)",
                                "nb": "Leder ved et sykehjem (sammensatt eksempel)",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurį savanorio kelio žingsnį jūsų organizacija dažniausiai praleidžia ir kokių pasekmių tai turi?",
                                "en": "Which step of the volunteer journey does your organisation most often skip, and what are the consequences?",
                                "nb": "Hvilket trinn på den frivilliges vei hopper organisasjonen din oftest over, og hvilke følger får det?",
                            },
                        },
                    ],
                },
                {
                    "slug": "cooperating-with-ngos",
                    "title": {
                        "lt": "Bendradarbiavimas su NVO",
                        "en": "Cooperating with NGOs",
                        "nb": "Å samarbeide med frivillige organisasjoner",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "NVO – partnerės, o ne subrangovės",
                                "en": "NGOs as partners, not subcontractors",
                                "nb": "Frivillige organisasjoner som partnere, ikke underleverandører",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>NVO dažnai pasiekia žmones, kurių nepasiekia institucijos: krizę išgyvenančias šeimas, priklausomybių turinčius asmenis, migrantus, vienišus senjorus. Jos atneša pasitikėjimą, lankstumą ir savanorius. Norėdamos šią stiprybę išnaudoti, savivaldybės turėtų įtraukti NVO ne tik į paslaugų teikimą, bet ir į jų planavimą.</p><p>Daugumoje savivaldybių veikia NVO taryba, patarianti bendradarbiavimo su nevyriausybinėmis organizacijomis klausimais. Konsultuokitės su ja rengdami socialinių paslaugų planą ir finansavimo konkursų sąlygas.</p>",
                                "en": "<p>NGOs often reach people whom institutions do not: families in crisis, people with addictions, migrants, isolated older residents. They bring trust, flexibility and volunteers. To make use of this strength, municipalities should involve NGOs not only in delivering services but also in planning them.</p><p>Most municipalities have an NGO council that advises on cooperation with non-governmental organisations. Consult it when preparing the social services plan and the conditions of funding calls.</p>",
                                "nb": "<p>Frivillige organisasjoner når ofte mennesker som institusjonene ikke når: familier i krise, personer med avhengighet, migranter, isolerte eldre. De bidrar med tillit, fleksibilitet og frivillige. For å utnytte denne styrken bør kommunene involvere de frivillige organisasjonene ikke bare i å levere tjenester, men også i å planlegge dem.</p><p>De fleste kommuner har et frivillighetsråd som gir råd om samarbeidet med frivillige organisasjoner. Rådfør deg med det når planen for sosiale tjenester og vilkårene for tilskuddsutlysninger utarbeides.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Bendradarbiavimo formos",
                                "en": "Forms of cooperation",
                                "nb": "Samarbeidsformer",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Projektų finansavimas</strong> per atvirus konkursus – tinka naujoms idėjoms, bet yra trumpalaikis.</li><li><strong>Paslaugų pirkimas ar delegavimas</strong> – nuolatinėms socialinėms paslaugoms, su kokybės reikalavimais ir ilgesnėmis sutartimis.</li><li><strong>Partnerystė bendruose projektuose</strong> – pavyzdžiui, bendra paraiška ES ar Norvegijos finansinio mechanizmo lėšoms gauti.</li><li><strong>Parama natūra</strong> – patalpos pagal panaudos sutartį, mokymai, bendras transportas.</li></ul>",
                                "en": "<ul><li><strong>Project funding</strong> through open calls – good for new ideas, but short-term.</li><li><strong>Purchasing or delegating services</strong> – for continuous social services, with quality requirements and longer contracts.</li><li><strong>Partnership in joint projects</strong> – for example, a joint application for EU or Norway Grants funding.</li><li><strong>In-kind support</strong> – premises under a loan-for-use agreement, training, shared transport.</li></ul>",
                                "nb": "<ul><li><strong>Prosjekttilskudd</strong> gjennom åpne utlysninger – godt for nye ideer, men kortsiktig.</li><li><strong>Kjøp eller delegering av tjenester</strong> – for varige sosiale tjenester, med kvalitetskrav og lengre avtaler.</li><li><strong>Partnerskap i felles prosjekter</strong> – for eksempel en felles søknad om EU-midler eller EØS-midler.</li><li><strong>Støtte i form av tjenester og utstyr</strong> – lokaler etter avtale om vederlagsfri bruk, opplæring, felles transport.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Sąžiningas finansavimas",
                                "en": "Fair funding",
                                "nb": "Rettferdig finansiering",
                            },
                            "text": {
                                "lt": "<p>Jei NVO apmokamos tik tiesioginės veiklos, be administravimo išlaidų, jos silpnėja. Planuokite realius biudžetus, mokėkite laiku ir nuolatinėms paslaugoms rinkitės ilgesnes sutartis: kiekvieną gruodį nutrūkstanti paslauga praranda ir darbuotojus, ir klientų pasitikėjimą.</p>",
                                "en": "<p>Paying NGOs only for direct activities, without administration costs, weakens them. Plan realistic budgets, pay on time and choose longer agreements for continuous services: a service that stops every December loses both its staff and its clients' trust.</p>",
                                "nb": "<p>Å betale frivillige organisasjoner bare for de direkte aktivitetene, uten administrasjonskostnader, svekker dem. Planlegg realistiske budsjetter, betal i tide og velg lengre avtaler for varige tjenester: en tjeneste som stopper opp hver desember, mister både de ansatte og brukernes tillit.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurios jūsų savivaldybės NVO dalyvauja planuojant socialines paslaugas, o kurios apie sprendimus sužino tik vėliau?",
                                "en": "Which NGOs in your municipality take part in planning social services, and which only hear about decisions afterwards?",
                                "nb": "Hvilke frivillige organisasjoner i kommunen din deltar i planleggingen av sosiale tjenester, og hvilke får bare høre om beslutningene i etterkant?",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: savanoriai ir NVO",
                                    "en": "Knowledge check: volunteers and NGOs",
                                    "nb": "Kunnskapssjekk: frivillige og frivillige organisasjoner",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "multiple",
                                        "text": {
                                            "lt": "Kurie veiksmai yra gera praktika įtraukiant savanorius? Pažymėkite visus tinkamus.",
                                            "en": "Which are good practices when involving volunteers? Select all that apply.",
                                            "nb": "Hva er god praksis når frivillige skal involveres? Velg alle som passer.",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "Apmokymas prieš pirmąją veiklą",
                                                    "en": "Training before the first activity",
                                                    "nb": "Opplæring før den første aktiviteten",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Pasirengęs savanoris jaučiasi saugiau ir dirba geriau.",
                                                    "en": "Correct. A prepared volunteer feels safer and does better work.",
                                                    "nb": "Riktig. En forberedt frivillig føler seg tryggere og gjør en bedre jobb.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Paskirtas kontaktinis asmuo",
                                                    "en": "A named contact person",
                                                    "nb": "En navngitt kontaktperson",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Savanoris turi žinoti, į ką kreiptis.",
                                                    "en": "Correct. Volunteers need to know whom to turn to.",
                                                    "nb": "Riktig. De frivillige må vite hvem de kan henvende seg til.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Savanoriai užima laisvas apmokamas pareigybes",
                                                    "en": "Volunteers fill vacant paid positions",
                                                    "nb": "Frivillige fyller ledige lønnede stillinger",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Savanoriai papildo darbuotojus, bet jų nepakeičia.",
                                                    "en": "No. Volunteers complement staff but do not replace them.",
                                                    "nb": "Nei. Frivillige er et supplement til de ansatte, men erstatter dem ikke.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Jokių rašytinių taisyklių, kad viskas liktų neformalu",
                                                    "en": "No written rules, to keep things informal",
                                                    "nb": "Ingen skriftlige regler, så det forblir uformelt",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Aiškios taisyklės, ypač dėl konfidencialumo, apsaugo ir gyventojus, ir savanorius.",
                                                    "en": "No. Clear rules, especially on confidentiality, protect both residents and volunteers.",
                                                    "nb": "Nei. Klare regler, særlig om taushetsplikt, beskytter både beboerne og de frivillige.",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "NVO stiprybės geriausiai išnaudojamos, kai jos įtraukiamos tik į paslaugų teikimą.",
                                            "en": "NGOs' strengths are used best when they are involved only in delivering services.",
                                            "nb": "Styrkene til frivillige organisasjoner utnyttes best når de bare involveres i å levere tjenester.",
                                        },
                                        "options": [
                                            {
                                                "text": TRUE_FALSE_LABELS[0],
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. NVO žino, ko iš tiesų reikia jų pasiekiamiems žmonėms, todėl jas verta įtraukti jau planuojant.",
                                                    "en": "No. NGOs know what the people they reach really need, so they should be involved from the planning stage.",
                                                    "nb": "Nei. Frivillige organisasjoner vet hva menneskene de når, virkelig trenger, så de bør involveres allerede i planleggingen.",
                                                },
                                            },
                                            {
                                                "text": TRUE_FALSE_LABELS[1],
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. NVO turėtų dalyvauti ir planuojant paslaugas, ne tik jas teikiant.",
                                                    "en": "Correct. NGOs should take part in planning services, not only in delivering them.",
                                                    "nb": "Riktig. Frivillige organisasjoner bør være med på å planlegge tjenester, ikke bare på å levere dem.",
                                                },
                                            },
                                        ],
                                    },
                                ],
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: bendruomenės, savanorystė ir NVO",
                    "en": "Module quiz: communities, volunteering and NGOs",
                    "nb": "Modulquiz: lokalsamfunn, frivillighet og frivillige organisasjoner",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Nuo ko pradedama ištekliais grindžiama bendruomenės plėtra?",
                            "en": "What is the starting point of asset-based community development?",
                            "nb": "Hva er utgangspunktet for ressursbasert lokalsamfunnsutvikling?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Nuo bendruomenės jau turimų gebėjimų, draugijų, vietų ir ryšių",
                                    "en": "The skills, associations, places and relationships the community already has",
                                    "nb": "Ferdighetene, foreningene, stedene og relasjonene som lokalsamfunnet allerede har",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Šis požiūris remiasi tuo, kas bendruomenėje jau veikia.",
                                    "en": "Correct. This approach builds on what already works in the community.",
                                    "nb": "Riktig. Denne tilnærmingen bygger på det som allerede fungerer i lokalsamfunnet.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo poreikių ir trūkumų sąrašo",
                                    "en": "A list of needs and deficits",
                                    "nb": "En liste over behov og mangler",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai tradicinis, poreikiais grindžiamas požiūris.",
                                    "en": "No. That is the traditional, needs-based approach.",
                                    "nb": "Nei. Det er den tradisjonelle, behovsbaserte tilnærmingen.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo savivaldybės biudžeto",
                                    "en": "The municipal budget",
                                    "nb": "Kommunebudsjettet",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Biudžetas svarbus, bet ištekliais grindžiama plėtra pirmiausia žvelgia į pačią bendruomenę.",
                                    "en": "No. The budget matters, but asset-based development looks first at the community itself.",
                                    "nb": "Nei. Budsjettet er viktig, men ressursbasert utvikling ser først på selve lokalsamfunnet.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Ką organizacija gali daryti pagal Savanoriškos veiklos įstatymą? Pažymėkite visus tinkamus.",
                            "en": "What may an organisation do under the Law on Volunteering? Select all that apply.",
                            "nb": "Hva kan en organisasjon gjøre etter loven om frivillig virksomhet? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Sudaryti su savanoriu savanoriškos veiklos sutartį",
                                    "en": "Sign a volunteering agreement with the volunteer",
                                    "nb": "Inngå en avtale om frivillig innsats med den frivillige",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Sutartis aiškiai apibrėžia užduotis ir sąlygas.",
                                    "en": "Correct. An agreement clearly sets out tasks and conditions.",
                                    "nb": "Riktig. En avtale fastsetter oppgaver og vilkår tydelig.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kompensuoti savanorio kelionės išlaidas",
                                    "en": "Reimburse the volunteer's travel expenses",
                                    "nb": "Dekke den frivilliges reiseutgifter",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Išlaidų kompensavimas nepaverčia savanorystės darbu.",
                                    "en": "Correct. Reimbursing expenses does not turn volunteering into employment.",
                                    "nb": "Riktig. Å dekke utgifter gjør ikke frivillig innsats til et ansettelsesforhold.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Mokėti savanoriui darbo užmokestį",
                                    "en": "Pay the volunteer a salary",
                                    "nb": "Betale den frivillige lønn",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Savanoriška veikla yra neatlygintina; už apmokamą darbą sudaromos darbo sutartys.",
                                    "en": "No. Volunteering is unpaid; paid work requires an employment contract.",
                                    "nb": "Nei. Frivillig innsats er ulønnet; lønnet arbeid krever en arbeidsavtale.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pavesti savanoriui darbus, kuriems reikia profesinės kvalifikacijos",
                                    "en": "Give the volunteer tasks that require a professional qualification",
                                    "nb": "Gi den frivillige oppgaver som krever formell fagkompetanse",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Kvalifikacijos reikalaujančius darbus atlieka atitinkami specialistai.",
                                    "en": "No. Tasks requiring a qualification are done by qualified professionals.",
                                    "nb": "Nei. Oppgaver som krever formell kompetanse, utføres av kvalifiserte fagfolk.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Kai biudžetas įtemptas, savanoriai gali pakeisti kvalifikuotus darbuotojus.",
                            "en": "When the budget is tight, volunteers may replace qualified staff.",
                            "nb": "Når budsjettet er stramt, kan frivillige erstatte kvalifiserte ansatte.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai kelia pavojų paslaugų kokybei ir gyventojų saugumui bei menkina savanorystę.",
                                    "en": "No. It endangers service quality and residents' safety, and undermines volunteering.",
                                    "nb": "Nei. Det setter kvaliteten på tjenestene og beboernes sikkerhet i fare og undergraver frivilligheten.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Savanoriai papildo profesionalų darbą, bet jo neatstoja.",
                                    "en": "Correct. Volunteers complement professional work but do not replace it.",
                                    "nb": "Riktig. Frivillige er et supplement til det faglige arbeidet, men erstatter det ikke.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuri bendradarbiavimo forma labiausiai tinka nuolatinei socialinei paslaugai, kurią teikia NVO?",
                            "en": "Which form of cooperation best suits a continuous social service provided by an NGO?",
                            "nb": "Hvilken samarbeidsform passer best for en varig sosial tjeneste som leveres av en frivillig organisasjon?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Paslaugos pirkimas ar delegavimas pagal ilgesnę sutartį",
                                    "en": "Purchasing or delegating the service under a longer contract",
                                    "nb": "Kjøp eller delegering av tjenesten etter en lengre avtale",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ilgesnė sutartis užtikrina paslaugos tęstinumą ir kokybę.",
                                    "en": "Correct. A longer contract ensures continuity and quality of the service.",
                                    "nb": "Riktig. En lengre avtale sikrer kontinuitet og kvalitet i tjenesten.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vienkartinis projekto finansavimas",
                                    "en": "One-off project funding",
                                    "nb": "Et engangs prosjekttilskudd",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Projektinis finansavimas tinka naujoms idėjoms, bet ne nuolatinei paslaugai.",
                                    "en": "No. Project funding suits new ideas, not a continuous service.",
                                    "nb": "Nei. Prosjekttilskudd passer for nye ideer, ikke for en varig tjeneste.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Žodinis susitarimas be finansavimo",
                                    "en": "A verbal agreement without funding",
                                    "nb": "En muntlig avtale uten finansiering",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Toks susitarimas nesuteikia nei tęstinumo, nei aiškios atsakomybės.",
                                    "en": "No. Such an agreement provides neither continuity nor clear responsibility.",
                                    "nb": "Nei. En slik avtale gir verken kontinuitet eller tydelig ansvar.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Ką verta įtraukti į bendruomenės išteklių žemėlapį? Pažymėkite visus tinkamus.",
                            "en": "What belongs on a community asset map? Select all that apply.",
                            "nb": "Hva hører hjemme på et ressurskart for lokalsamfunnet? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Gyventojų gebėjimus",
                                    "en": "Residents' skills",
                                    "nb": "Innbyggernes ferdigheter",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Žmonės ir jų gebėjimai – svarbiausias bendruomenės išteklius.",
                                    "en": "Correct. People and their skills are a community's most important asset.",
                                    "nb": "Riktig. Menneskene og ferdighetene deres er lokalsamfunnets viktigste ressurs.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vietos draugijas ir klubus",
                                    "en": "Local associations and clubs",
                                    "nb": "Lokale foreninger og klubber",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Jos jau telkia žmones ir turi jų pasitikėjimą.",
                                    "en": "Correct. They already bring people together and have their trust.",
                                    "nb": "Riktig. De samler allerede folk og har deres tillit.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nenaudojamas patalpas",
                                    "en": "Unused premises",
                                    "nb": "Ubrukte lokaler",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tuščias pastatas gali tapti bendruomenės centru.",
                                    "en": "Correct. An empty building can become a community centre.",
                                    "nb": "Riktig. En tom bygning kan bli et samlingssted for lokalsamfunnet.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Gyventojų skolų sąrašą",
                                    "en": "A list of residents' debts",
                                    "nb": "En liste over innbyggernes gjeld",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai ne išteklius, o jautrūs asmens duomenys, kurių žemėlapyje neturi būti.",
                                    "en": "No. That is not an asset but sensitive personal data that has no place on the map.",
                                    "nb": "Nei. Det er ikke en ressurs, men sensitive personopplysninger som ikke hører hjemme på kartet.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "transparency-and-networks",
            "title": {
                "lt": "Skaidrumas, antikorupcija ir tinklaveika",
                "en": "Transparency, anti-corruption and network building",
                "nb": "Åpenhet, antikorrupsjon og nettverksbygging",
            },
            "summary": {
                "lt": "Kaip užtikrinti, kad tarpsektorinė partnerystė būtų skaidri ir be korupcijos rizikų, ir kaip ją išplėtoti į ilgalaikį, aiškiai valdomą tinklą.",
                "en": "How to keep a cross-sector partnership transparent and free of corruption risks, and how to grow it into a lasting network with clear governance.",
                "nb": "Hvordan du holder et partnerskap på tvers av sektorer åpent og fritt for korrupsjonsrisiko, og hvordan det kan vokse til et varig nettverk med tydelig styring.",
            },
            "estimated_hours": 8,
            "learning_outcomes": [
                {
                    "lt": "Taikyti skaidrumo principus partnerystės sprendimams, finansavimui ir informacijai.",
                    "en": "Apply transparency principles to a partnership's decisions, funding and information.",
                    "nb": "Bruke prinsippene for åpenhet på partnerskapets beslutninger, finansiering og informasjon.",
                },
                {
                    "lt": "Atpažinti interesų konfliktus bei korupcijos rizikas ir tinkamai į juos reaguoti.",
                    "en": "Recognise conflicts of interest and corruption risks and respond to them appropriately.",
                    "nb": "Kjenne igjen interessekonflikter og korrupsjonsrisiko og håndtere dem på riktig måte.",
                },
                {
                    "lt": "Planuoti bendradarbiavimo tinklo plėtrą, valdymą ir vertinimą.",
                    "en": "Plan the growth, governance and evaluation of a cooperation network.",
                    "nb": "Planlegge vekst, styring og evaluering av et samarbeidsnettverk.",
                },
            ],
            "competencies": [
                {"code": "SC-6.1", "target_level": 2},
                {"code": "SC-6.2", "target_level": 2},
                {"code": "SC-7.1", "target_level": 3},
                {"code": "SC-7.2", "target_level": 2},
            ],
            "tags": ["transparency", "anti-corruption", "networks"],
            "prerequisites": ["social-clustering-and-partnership"],
            "lessons": [
                {
                    "slug": "transparency-in-partnerships",
                    "title": {
                        "lt": "Skaidrumas partnerystėje",
                        "en": "Transparency in partnerships",
                        "nb": "Åpenhet i partnerskap",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kodėl partnerystėje skaidrumas dar svarbesnis",
                                "en": "Why transparency matters even more in partnerships",
                                "nb": "Hvorfor åpenhet betyr enda mer i partnerskap",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kai susipina viešosios lėšos, privatūs ištekliai ir pilietinių organizacijų savanoriai, tampa sunkiau matyti, kas sprendžia, kas moka ir kas gauna naudos. Gyventojai ir partneriai greitai praranda pasitikėjimą, jei įtaria, kad partnerystė tarnauja kieno nors privačiam interesui. Todėl skaidrumas yra ne tik teisinė viešųjų įstaigų pareiga, bet ir partnerystės teisėtumo sąlyga.</p>",
                                "en": "<p>When public money, private resources and civic volunteers mix, it becomes harder to see who decides, who pays and who benefits. Residents and partners quickly lose trust if they suspect that a partnership serves someone's private interest. Transparency is therefore not only a legal duty of public institutions; it is a condition of the partnership's legitimacy.</p>",
                                "nb": "<p>Når offentlige midler, private ressurser og frivillige fra sivilsamfunnet blandes, blir det vanskeligere å se hvem som bestemmer, hvem som betaler, og hvem som har nytte av det. Innbyggere og partnere mister raskt tilliten hvis de mistenker at et partnerskap tjener noens private interesser. Åpenhet er derfor ikke bare en lovpålagt plikt for offentlige virksomheter; det er en forutsetning for at partnerskapet har legitimitet.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Praktiškai skaidri partnerystė:</p><ul><li>skelbia savo tikslus, narius ir kontaktinius asmenis;</li><li>protokoluoja sprendimus ir protokolus pateikia visiems partneriams;</li><li>paaiškina, kaip ir pagal kokius kriterijus skirstomos lėšos ir įnašai natūra;</li><li>atsiskaito už rezultatus, įskaitant tai, kas nepavyko.</li></ul>",
                                "en": "<p>In practice, a transparent partnership:</p><ul><li>publishes its goals, members and contact persons;</li><li>records its decisions and makes the minutes available to all partners;</li><li>explains how, and by which criteria, funds and in-kind contributions are allocated;</li><li>reports its results, including what did not work.</li></ul>",
                                "nb": "<p>I praksis gjør et åpent partnerskap dette:</p><ul><li>offentliggjør mål, medlemmer og kontaktpersoner;</li><li>dokumenterer beslutningene og gjør referatene tilgjengelige for alle partnerne;</li><li>forklarer hvordan, og etter hvilke kriterier, midler og andre bidrag fordeles;</li><li>rapporterer resultatene, også det som ikke fungerte.</li></ul>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Sakoma, kad saulės šviesa – geriausias dezinfekantas.",
                                "en": "Sunlight is said to be the best of disinfectants.",
                                "nb": "Sollys sies å være det beste desinfeksjonsmiddelet.",
                            },
                            "attribution": {
                                "lt": "Louis D. Brandeis, JAV Aukščiausiojo Teismo teisėjas",
                                "en": "Louis D. Brandeis, US Supreme Court justice",
                                "nb": "Louis D. Brandeis, dommer i USAs høyesterett",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Partnerystės puslapis",
                                "en": "A partnership page",
                                "nb": "En side for partnerskapet",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės ar pagrindinio partnerio svetainėje sukurkite vieną viešą puslapį, kuriame būtų susitarimas, partnerių sąrašas, susitikimų datos, svarbiausi sprendimai ir metinė ataskaita. Tai kainuoja nedaug, o atsako į daugumą klausimų dar jiems nekilus.</p>",
                                "en": "<p>Create one public page on the municipality's or lead partner's website with the agreement, the list of partners, meeting dates, key decisions and an annual report. It costs little and answers most questions before they are asked.</p>",
                                "nb": "<p>Lag én offentlig side på nettstedet til kommunen eller den ledende partneren med avtalen, partnerlisten, møtedatoer, viktige beslutninger og en årsrapport. Det koster lite og besvarer de fleste spørsmål før de blir stilt.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Ar gyventojas šiandien galėtų sužinoti, kas jūsų partnerystėje priima sprendimus ir kaip skirstomi ištekliai?",
                                "en": "Could a resident find out today who takes decisions in your partnership and how resources are allocated?",
                                "nb": "Kunne en innbygger i dag finne ut hvem som tar beslutningene i partnerskapet ditt, og hvordan ressursene fordeles?",
                            },
                        },
                    ],
                },
                {
                    "slug": "conflicts-of-interest-and-corruption-risks",
                    "title": {
                        "lt": "Interesų konfliktai ir korupcijos rizikos",
                        "en": "Conflicts of interest and corruption risks",
                        "nb": "Interessekonflikter og korrupsjonsrisiko",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kur atsiranda rizikos",
                                "en": "Where risks appear",
                                "nb": "Hvor risikoene oppstår",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Glaudus bendradarbiavimas kuria asmeninius ryšius – tai jo stiprybė, bet kartu ir rizika. Tipinės rizikos vietos: partnerių ar tiekėjų atranka be viešų kriterijų, finansavimo konkursai, kurių paraiškas vertina su pareiškėjais susiję asmenys, verslo dovanos ir vaišės, savanorių ar klientų duomenų naudojimas kitais tikslais.</p><p><strong>Interesų konfliktas</strong> kyla, kai asmens privatus interesas – šeima, draugai, narystė NVO, verslo dalis – gali paveikti sprendimą, kurį jis priima eidamas viešąsias pareigas.</p>",
                                "en": "<p>Close cooperation creates personal relationships – this is its strength, but also a risk. Typical risk points are selecting partners or suppliers without public criteria, funding calls assessed by people connected to applicants, gifts and hospitality from businesses, and using volunteers' or clients' data for other purposes.</p><p>A <strong>conflict of interest</strong> arises when a person's private interest – family, friends, membership of an NGO, a share in a business – could influence a decision they take in their public role.</p>",
                                "nb": "<p>Tett samarbeid skaper personlige relasjoner – det er styrken, men også en risiko. Typiske risikopunkter er valg av partnere eller leverandører uten offentlige kriterier, tilskuddsutlysninger som vurderes av personer med tilknytning til søkerne, gaver og representasjon fra bedrifter, og bruk av opplysninger om frivillige eller brukere til andre formål.</p><p>En <strong>interessekonflikt</strong> oppstår når en persons private interesser – familie, venner, medlemskap i en frivillig organisasjon, en eierandel i en bedrift – kan påvirke en beslutning vedkommende tar i sin offentlige rolle.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: vertintoja, kuri kartu yra valdybos narė",
                                "en": "Case study: an evaluator who is also a board member",
                                "nb": "Eksempel: en vurderer som også sitter i styret",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės specialistė buvo komisijos, vertinančios bendruomenių finansavimo paraiškas, narė. Vienas pareiškėjų buvo asociacija, kurios valdyboje ji dirbo. Posėdžio pradžioje specialistė deklaravo interesą, nusišalino nuo šios paraiškos vertinimo ir diskusijos metu išėjo iš salės; tai buvo įrašyta į protokolą. Asociacija finansavimą gavo, ir vėliau niekas negalėjo šio sprendimo suabejoti.</p>",
                                "en": "<p>A municipal specialist sat on a commission assessing applications for community funding. One applicant was an association on whose board she served. At the start of the meeting she declared the interest, withdrew from assessing that application and left the room during the discussion; this was recorded in the minutes. The association received funding, and nobody could later question the decision.</p>",
                                "nb": "<p>En kommunal saksbehandler satt i en komité som vurderte søknader om tilskudd til lokalsamfunnstiltak. En av søkerne var en forening der hun satt i styret. Ved starten av møtet meldte hun fra om interessen, trådte til side ved vurderingen av den søknaden og forlot rommet under diskusjonen; dette ble ført i referatet. Foreningen fikk tilskudd, og ingen kunne senere trekke beslutningen i tvil.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Deklaruokite – nusišalinkite – užfiksuokite",
                                "en": "Declare – withdraw – record",
                                "nb": "Meld fra – tre til side – dokumenter",
                            },
                            "text": {
                                "lt": "<p>Lietuvoje viešąsias pareigas einantys asmenys deklaruoja privačius interesus pagal Viešųjų ir privačių interesų derinimo įstatymą. Bet kurioje partnerystėje taikykite tą pačią paprastą taisyklę: galimą konfliktą <strong>deklaruokite</strong> prieš priimant sprendimą, <strong>nusišalinkite</strong> nuo jo rengimo ir priėmimo, o nusišalinimą <strong>užfiksuokite</strong> protokole.</p>",
                                "en": "<p>In Lithuania, persons in public service declare their private interests under the Law on the Adjustment of Public and Private Interests. In any partnership, apply the same simple rule: <strong>declare</strong> a possible conflict before the decision, <strong>withdraw</strong> from preparing and taking it, and <strong>record</strong> the withdrawal in the minutes.</p>",
                                "nb": "<p>I Litauen registrerer personer i offentlig tjeneste sine private interesser etter loven om avveining av offentlige og private interesser. I ethvert partnerskap kan dere bruke den samme enkle regelen: <strong>meld fra</strong> om en mulig konflikt før beslutningen, <strong>tre til side</strong> fra forberedelsen og beslutningen, og <strong>dokumenter</strong> at du trådte til side, i referatet.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Dovanos ir vaišės",
                                "en": "Gifts and hospitality",
                                "nb": "Gaver og representasjon",
                            },
                            "text": {
                                "lt": "<p>Verslo partnerio kvietimas vakarienės ar dosni dovana darbuotojui gali sukurti įsipareigojimą arba jo įspūdį. Laikykitės savo įstaigos dovanų taisyklių ir partnerystėje susitarkite, kad parama būtų skiriama atvirai bendrai iniciatyvai, o ne atskiriems darbuotojams.</p>",
                                "en": "<p>A business partner's dinner invitation or a generous gift to an employee can create an obligation, or the appearance of one. Follow your institution's rules on gifts, and agree within the partnership that sponsorship goes openly to the joint initiative, never to individual employees.</p>",
                                "nb": "<p>En middagsinvitasjon fra en næringslivspartner eller en sjenerøs gave til en ansatt kan skape en forpliktelse, eller inntrykk av en. Følg virksomhetens regler for gaver, og avtal i partnerskapet at sponsing går åpent til det felles initiativet, aldri til enkeltansatte.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pastebėję galimą korupciją, praneškite apie ją savo įstaigos vidiniu kanalu arba Specialiųjų tyrimų tarnybai (STT). Pranešėjus Lietuvoje saugo Pranešėjų apsaugos įstatymas.</p>",
                                "en": "<p>If you notice possible corruption, report it through your institution's internal channel or to the Special Investigation Service (STT). In Lithuania, whistleblowers are protected by the Law on the Protection of Whistleblowers.</p>",
                                "nb": "<p>Hvis du oppdager mulig korrupsjon, skal du varsle gjennom virksomhetens interne kanal eller til den litauiske spesialetterforskningstjenesten (STT). I Litauen er varslere beskyttet av loven om vern av varslere.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuriems jūsų partnerystės sprendimams galėtų turėti įtakos kieno nors privatus interesas? Kaip jie apsaugoti šiandien?",
                                "en": "Which decisions in your partnership could be influenced by someone's private interest? How are they protected today?",
                                "nb": "Hvilke beslutninger i partnerskapet ditt kan bli påvirket av noens private interesser? Hvordan er de beskyttet i dag?",
                            },
                        },
                    ],
                },
                {
                    "slug": "growing-the-network",
                    "title": {
                        "lt": "Tinklo plėtra",
                        "en": "Growing the network",
                        "nb": "Å utvide nettverket",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo partnerystės prie tinklo",
                                "en": "From partnership to network",
                                "nb": "Fra partnerskap til nettverk",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Trijų ar keturių organizacijų partnerystę galima valdyti neformaliai. Kai ji auga – daugėja partnerių, įsitraukia kitos seniūnijos, užsimezga ryšiai su kitomis savivaldybėmis ar užsienio partneriais, – ji tampa tinklu, kuriam reikia sąmoningesnės priežiūros: kas ką su kuo suveda, kaip prisijungia nauji nariai, kaip sklinda žinios.</p><p>Stiprūs tinklai derina <strong>sutelkiančius</strong> ryšius (glaudų pagrindinės grupės bendradarbiavimą) ir <strong>jungiančius</strong> ryšius (kontaktus su organizacijomis ir žmonėmis už įprasto rato ribų).</p>",
                                "en": "<p>A partnership of three or four organisations can be run informally. When it grows – more partners, more elderships, links with other municipalities or foreign partners – it becomes a network and needs more deliberate care: who connects whom, how newcomers join, how knowledge flows.</p><p>Strong networks combine <strong>bonding</strong> ties (close cooperation within a core group) with <strong>bridging</strong> ties (links to organisations and people outside the usual circle).</p>",
                                "nb": "<p>Et partnerskap med tre eller fire organisasjoner kan drives uformelt. Når det vokser – flere partnere, flere lokalområder, forbindelser med andre kommuner eller utenlandske partnere – blir det et nettverk og trenger mer bevisst pleie: hvem som kobler hvem, hvordan nye medlemmer kommer inn, og hvordan kunnskapen flyter.</p><p>Sterke nettverk kombinerer <strong>sammenbindende</strong> bånd (tett samarbeid i en kjernegruppe) med <strong>brobyggende</strong> bånd (forbindelser til organisasjoner og mennesker utenfor den vanlige kretsen).</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: mokymasis su partnere savivaldybe Norvegijoje",
                                "en": "Case study: learning with a partner municipality in Norway",
                                "nb": "Eksempel: læring sammen med en vennskapskommune i Norge",
                            },
                            "text": {
                                "lt": "<p>Lietuvos rajono savivaldybė ir Norvegijos komuna surengė abipusius pažintinius vizitus apie paslaugas senjorams. Lietuvių komanda parsivežė gerovės technologijų koordinatoriaus idėją ir kartu su vietos IT įmone bei biblioteka pradėjo skolinti vyresnio amžiaus gyventojams planšetes su paprastais vaizdo skambučių nustatymais. Norvegų kolegos perėmė seniūnijose organizuojamų savanorių lankymų patirtį. Abi pusės dabar du kartus per metus susitinka nuotoliu.</p>",
                                "en": "<p>A Lithuanian district municipality and a Norwegian kommune exchanged study visits on services for older people. The Lithuanian team brought home the idea of a welfare technology coordinator and, with a local IT company and the library, started lending older residents tablets set up for simple video calls. The Norwegian colleagues adopted the eldership-based volunteer visits. Both sides now meet online twice a year.</p>",
                                "nb": "<p>En litauisk kommune og en norsk kommune utvekslet studiebesøk om tjenester for eldre. Det litauiske teamet tok med seg ideen om en velferdsteknologikoordinator hjem, og sammen med en lokal IT-bedrift og biblioteket begynte de å låne ut nettbrett satt opp for enkle videosamtaler til eldre innbyggere. De norske kollegene tok i bruk modellen med frivillige besøk organisert via lokalkontorene. Begge parter møtes nå digitalt to ganger i året.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Tinklo audimas",
                                "en": "Network weaving",
                                "nb": "Nettverksveving",
                            },
                            "text": {
                                "lt": "<p>Kartą per mėnesį paklauskite savęs: kurie du vienas kito nepažįstantys partneriai turėtų susitikti? Trumpas supažindinamasis laiškas ar bendras kavos puodelis dažnai yra vertingiausia, ką koordinatorius gali padaryti.</p>",
                                "en": "<p>Once a month, ask yourself: which two partners who do not know each other should meet? A short introduction e-mail or a coffee together is often the most valuable thing a coordinator can do.</p>",
                                "nb": "<p>Spør deg selv én gang i måneden: hvilke to partnere som ikke kjenner hverandre, burde møtes? En kort e-post for å introdusere dem eller en kopp kaffe sammen er ofte det mest verdifulle en koordinator kan gjøre.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kas už jūsų įprasto rato ribų – kitame sektoriuje, kitoje savivaldybėje, kitoje šalyje – galėtų pažvelgti į jūsų problemą naujai?",
                                "en": "Who outside your usual circle – in another sector, municipality or country – could bring a fresh view of your problem?",
                                "nb": "Hvem utenfor den vanlige kretsen din – i en annen sektor, kommune eller et annet land – kunne gitt et nytt blikk på problemet ditt?",
                            },
                        },
                    ],
                },
                {
                    "slug": "sustaining-the-network",
                    "title": {
                        "lt": "Tinklo tvarumas",
                        "en": "Sustaining the network",
                        "nb": "Å holde nettverket i live",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Tinklui tinkamas valdymas",
                                "en": "Governance that fits the network",
                                "nb": "Styring som passer nettverket",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Ilgalaikiam tinklui reikia paprasto, bet aiškaus valdymo: koordinacinės grupės, kurioje atstovaujami visi sektoriai, koordinatoriaus, kurio pareigybės aprašyme tam skirtas laikas, prisijungimo ir pasitraukimo taisyklių bei metinio plano. Pirmininkaukite paeiliui, kad tinklas netaptų vienos institucijos projektu.</p>",
                                "en": "<p>A lasting network needs light but clear governance: a steering group in which every sector is represented, a coordinator whose job description includes time for the role, rules for joining and leaving, and an annual plan. Rotate the chair among partners so that the network does not become one institution's project.</p>",
                                "nb": "<p>Et varig nettverk trenger enkel, men tydelig styring: en styringsgruppe der alle sektorer er representert, en koordinator som har tid til rollen i stillingsbeskrivelsen, regler for å gå inn og ut av nettverket, og en årsplan. La ledervervet gå på omgang mellom partnerne, slik at nettverket ikke blir én institusjons prosjekt.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vertinkite ir atnaujinkite",
                                "en": "Evaluate and renew",
                                "nb": "Evaluer og forny",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kartą per metus kartu su visais partneriais įvertinkite tinklą: kas pasikeitė gyventojams, kurie partneriai aktyvūs, ką kiekvienas partneris gavo ir ko reikėtų atsisakyti. Derinkite skaičius – pasiektų žmonių skaičių, laukimo trukmę, savanorių skaičių – su gyventojų ir tiesiogiai su jais dirbančių darbuotojų istorijomis.</p><p>Planuokite tęstinumą: tinklai dažnai susilpnėja, kai išeina pagrindinis žmogus. Bendrus dokumentus laikykite bendroje vietoje ir pasirūpinkite, kad kiekvienas partneris turėtų pavaduojantį kontaktinį asmenį.</p>",
                                "en": "<p>Once a year, review the network with all partners: what changed for residents, which partners are active, what each partner gained and what should stop. Combine numbers – people reached, waiting times, volunteers – with stories from residents and front-line workers.</p><p>Plan for continuity: networks often weaken when a key person leaves. Keep shared documents in a common place and make sure every partner has a deputy contact person.</p>",
                                "nb": "<p>Gå gjennom nettverket med alle partnerne én gang i året: hva som har endret seg for innbyggerne, hvilke partnere som er aktive, hva hver partner har fått ut av det, og hva som bør avsluttes. Kombiner tall – antall personer som er nådd, ventetider, frivillige – med historier fra innbyggere og ansatte i førstelinjen.</p><p>Planlegg for kontinuitet: nettverk svekkes ofte når en nøkkelperson slutter. Oppbevar felles dokumenter på et felles sted og sørg for at hver partner har en stedfortredende kontaktperson.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Priklausomybė nuo vieno projekto",
                                "en": "Dependence on a single grant",
                                "nb": "Avhengighet av ett enkelt tilskudd",
                            },
                            "text": {
                                "lt": "<p>Jei visos bendros veiklos finansuojamos iš vieno projekto, tinklas gali baigtis kartu su juo. Jau pirmaisiais metais susitarkite, kurias veiklas partneriai tęs iš savo įprastų biudžetų.</p>",
                                "en": "<p>If all joint activities are funded by one project, the network may end with it. From the first year, agree which activities the partners will continue from their regular budgets.</p>",
                                "nb": "<p>Hvis alle felles aktiviteter finansieres av ett prosjekt, kan nettverket ta slutt samtidig med prosjektet. Avtal allerede det første året hvilke aktiviteter partnerne skal videreføre over sine ordinære budsjetter.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kas nutiktų jūsų tinklui, jei rytoj išeitų pagrindinis kontaktinis asmuo? Ką galite padaryti jau dabar, kad būtumėte tam pasirengę?",
                                "en": "What would happen to your network if your key contact person left tomorrow? What can you do now to be prepared?",
                                "nb": "Hva ville skjedd med nettverket ditt hvis nøkkelkontakten din sluttet i morgen? Hva kan du gjøre nå for å være forberedt?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: skaidrumas, antikorupcija ir tinklaveika",
                    "en": "Module quiz: transparency, anti-corruption and network building",
                    "nb": "Modulquiz: åpenhet, antikorrupsjon og nettverksbygging",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurios praktikos daro partnerystę skaidrią? Pažymėkite visas tinkamas.",
                            "en": "Which practices make a partnership transparent? Select all that apply.",
                            "nb": "Hvilke arbeidsmåter gjør et partnerskap åpent? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Tikslų, narių ir kontaktinių asmenų skelbimas",
                                    "en": "Publishing goals, members and contact persons",
                                    "nb": "Å offentliggjøre mål, medlemmer og kontaktpersoner",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Gyventojai ir partneriai žino, kas dalyvauja ir į ką kreiptis.",
                                    "en": "Correct. Residents and partners know who is involved and whom to contact.",
                                    "nb": "Riktig. Innbyggere og partnere vet hvem som er med, og hvem de skal kontakte.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Protokolų pateikimas visiems partneriams",
                                    "en": "Making minutes available to all partners",
                                    "nb": "Å gjøre referatene tilgjengelige for alle partnerne",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Užfiksuoti sprendimai mažina nesusipratimų ir įtarimų.",
                                    "en": "Correct. Recorded decisions reduce misunderstandings and suspicion.",
                                    "nb": "Riktig. Dokumenterte beslutninger reduserer misforståelser og mistanke.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Lėšų skirstymo kriterijų paaiškinimas",
                                    "en": "Explaining the criteria for allocating funds",
                                    "nb": "Å forklare kriteriene for fordeling av midler",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Aiškūs kriterijai apsaugo nuo šališkumo ir jo įtarimų.",
                                    "en": "Correct. Clear criteria protect against bias and the suspicion of it.",
                                    "nb": "Riktig. Klare kriterier beskytter mot forskjellsbehandling og mistanke om det.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Atsiskaitymas tik už sėkmingas veiklas",
                                    "en": "Reporting only on successful activities",
                                    "nb": "Å bare rapportere om vellykkede aktiviteter",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Skaidrumas apima ir tai, kas nepavyko – tai taip pat stiprina pasitikėjimą.",
                                    "en": "No. Transparency includes what did not work – which also builds trust.",
                                    "nb": "Nei. Åpenhet omfatter også det som ikke fungerte – og det bygger også tillit.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Finansavimo paraiškas vertinančios komisijos narė yra vieno pareiškėjo NVO valdybos narė. Ką ji turėtų daryti?",
                            "en": "A member of a commission assessing funding applications sits on the board of an applicant NGO. What should she do?",
                            "nb": "Et medlem av en komité som vurderer tilskuddssøknader, sitter i styret i en frivillig organisasjon som har søkt. Hva bør hun gjøre?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Deklaruoti interesą, nusišalinti nuo vertinimo ir tai užfiksuoti protokole",
                                    "en": "Declare the interest, withdraw from the assessment and have it recorded in the minutes",
                                    "nb": "Melde fra om interessen, tre til side ved vurderingen og få det ført i referatet",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Taip apsaugomas ir sprendimas, ir pati specialistė.",
                                    "en": "Correct. This protects both the decision and the specialist herself.",
                                    "nb": "Riktig. Dette beskytter både beslutningen og saksbehandleren selv.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vertinti sąžiningai, niekam nieko nesakant",
                                    "en": "Assess fairly without telling anyone",
                                    "nb": "Vurdere rettferdig uten å si det til noen",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Net ir sąžiningas vertinimas būtų abejotinas, nes interesų konfliktas nedeklaruotas.",
                                    "en": "No. Even a fair assessment would be open to doubt, because the conflict of interest was not declared.",
                                    "nb": "Nei. Selv en rettferdig vurdering kunne blitt trukket i tvil, fordi interessekonflikten ikke ble meldt.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pasitraukti iš NVO valdybos tik po sprendimo",
                                    "en": "Leave the NGO board only after the decision",
                                    "nb": "Gå ut av styret i organisasjonen først etter beslutningen",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Sprendimo metu interesas vis tiek egzistavo.",
                                    "en": "No. The interest still existed when the decision was taken.",
                                    "nb": "Nei. Interessen eksisterte fortsatt da beslutningen ble tatt.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Paprašyti NVO atsiimti paraišką",
                                    "en": "Ask the NGO to withdraw its application",
                                    "nb": "Be organisasjonen trekke søknaden sin",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. NVO turi teisę dalyvauti konkurse; nusišalinti turi vertintoja.",
                                    "en": "No. The NGO has the right to apply; it is the evaluator who must withdraw.",
                                    "nb": "Nei. Organisasjonen har rett til å søke; det er vurdereren som må tre til side.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Verslo partnerio dovana konkrečiam darbuotojui yra priimtina, jei partnerystė sekasi gerai.",
                            "en": "A gift from a business partner to an individual employee is acceptable if the partnership is going well.",
                            "nb": "En gave fra en næringslivspartner til en enkeltansatt er akseptabel hvis partnerskapet går bra.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Dovana gali sukurti įsipareigojimą ar jo įspūdį; parama turi būti skiriama atvirai bendrai iniciatyvai.",
                                    "en": "No. A gift can create an obligation or its appearance; support should go openly to the joint initiative.",
                                    "nb": "Nei. En gave kan skape en forpliktelse eller inntrykk av en; støtte skal gå åpent til det felles initiativet.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Reikia laikytis įstaigos dovanų taisyklių, kad ir kaip sektųsi partnerystei.",
                                    "en": "Correct. The institution's rules on gifts apply however well the partnership is going.",
                                    "nb": "Riktig. Virksomhetens regler for gaver gjelder uansett hvor godt partnerskapet går.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas tinkle yra jungiantys ryšiai?",
                            "en": "What are bridging ties in a network?",
                            "nb": "Hva er brobyggende bånd i et nettverk?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Ryšiai su organizacijomis ir žmonėmis už įprasto rato ribų",
                                    "en": "Links to organisations and people outside the usual circle",
                                    "nb": "Forbindelser til organisasjoner og mennesker utenfor den vanlige kretsen",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Jie atneša naujų idėjų, išteklių ir požiūrių.",
                                    "en": "Correct. They bring new ideas, resources and perspectives.",
                                    "nb": "Riktig. De gir nye ideer, ressurser og perspektiver.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Glaudūs ryšiai pagrindinės grupės viduje",
                                    "en": "Close ties within the core group",
                                    "nb": "Tette bånd innenfor kjernegruppen",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai sutelkiantys ryšiai – jie svarbūs, bet neatneša naujų požiūrių.",
                                    "en": "No. Those are bonding ties – important, but they do not bring new perspectives.",
                                    "nb": "Nei. Det er sammenbindende bånd – viktige, men de gir ikke nye perspektiver.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Oficialios sutartys tarp partnerių",
                                    "en": "Formal contracts between partners",
                                    "nb": "Formelle kontrakter mellom partnerne",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Sutartis gali įforminti bet kokį ryšį, bet pati nėra ryšio rūšis.",
                                    "en": "No. A contract can formalise any tie, but it is not a type of tie in itself.",
                                    "nb": "Nei. En kontrakt kan formalisere ethvert bånd, men er ikke i seg selv en type bånd.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurios priemonės padeda tinklui išlikti, kai išeina pagrindinis žmogus? Pažymėkite visas tinkamas.",
                            "en": "Which measures help a network survive when a key person leaves? Select all that apply.",
                            "nb": "Hvilke tiltak hjelper et nettverk å overleve når en nøkkelperson slutter? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Pavaduojantis kontaktinis asmuo kiekviename partneryje",
                                    "en": "A deputy contact person in every partner",
                                    "nb": "En stedfortredende kontaktperson hos hver partner",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ryšys su partneriu nenutrūksta išėjus vienam žmogui.",
                                    "en": "Correct. The link with the partner survives one person leaving.",
                                    "nb": "Riktig. Forbindelsen til partneren overlever at én person slutter.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Bendri dokumentai bendroje vietoje",
                                    "en": "Shared documents kept in a common place",
                                    "nb": "Felles dokumenter oppbevart på et felles sted",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Žinios lieka tinkle, o ne vieno žmogaus kompiuteryje.",
                                    "en": "Correct. Knowledge stays in the network, not on one person's computer.",
                                    "nb": "Riktig. Kunnskapen blir i nettverket, ikke på én persons datamaskin.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Visi kontaktai tik koordinatoriaus asmeniniame telefone",
                                    "en": "All contacts kept only in the coordinator's personal phone",
                                    "nb": "Alle kontakter lagret bare på koordinatorens private telefon",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai kaip tik sukuria priklausomybę nuo vieno žmogaus.",
                                    "en": "No. This creates exactly the dependence on one person.",
                                    "nb": "Nei. Det skaper nettopp avhengigheten av én person.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pirmininkavimas paeiliui ir pasidalytos užduotys",
                                    "en": "Rotating the chair and sharing tasks",
                                    "nb": "Å la ledervervet gå på omgang og dele oppgavene",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kai atsakomybe dalijamasi, tinklas nepriklauso nuo vieno asmens.",
                                    "en": "Correct. When responsibility is shared, the network does not depend on one person.",
                                    "nb": "Riktig. Når ansvaret deles, er ikke nettverket avhengig av én person.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
