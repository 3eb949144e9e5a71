"""Demo programme "Social clustering competencies": six modules, LT and EN.

Plain data following SCHEMA.md in this package. Case studies are composite, illustrative
examples from Lithuanian municipal practice, not descriptions of named institutions.
"""

TRUE_FALSE_LABELS = ({"lt": "Tiesa", "en": "True"}, {"lt": "Netiesa", "en": "False"})

PROGRAMME = {
    "slug": "social-clustering-competencies",
    "title": {
        "lt": "Socialinės klasterystės kompetencijos",
        "en": "Social clustering competencies",
    },
    "summary": {
        "lt": "Šešių modulių programa savivaldybių, viešųjų įstaigų, nevyriausybinių organizacijų ir verslo darbuotojams, kurie nori socialines problemas spręsti kartu. Ji ugdo socialinės klasterystės modelio kompetencijas – nuo partnerystės pagrindų iki skaidrių ir tvarių tinklų.",
        "en": "A six-module programme for staff of municipalities, public institutions, NGOs and businesses who want to solve social problems together. It develops the competencies of the social clustering model, from the basics of partnership to transparent and lasting networks.",
    },
    "audience": {
        "lt": "Savivaldybių, visuomenės sveikatos biurų, socialinių paslaugų, švietimo ir kultūros įstaigų, nevyriausybinių organizacijų bei socialiai atsakingų įmonių specialistams ir vadovams.",
        "en": "Specialists and managers of municipalities, public health bureaus, social service, education and cultural institutions, NGOs and socially responsible businesses.",
    },
    "learning_outcomes": [
        {
            "lt": "Paaiškinti, kas yra socialinė klasterystė, ir inicijuoti viešųjų, privačių ir pilietinių organizacijų partnerystę bendrai socialinei problemai spręsti.",
            "en": "Explain what social clustering is and initiate a partnership of public, private and civic organisations around a shared social problem.",
        },
        {
            "lt": "Analizuoti socialinę problemą kaip sistemą ir kartu su partneriais, gyventojais bei savanoriais kurti sprendimus.",
            "en": "Analyse a social problem as a system and co-design solutions with partners, residents and volunteers.",
        },
        {
            "lt": "Atvirai komunikuoti, valdyti interesų konfliktus ir kurti skaidrų, ilgalaikį bendradarbiavimo tinklą.",
            "en": "Communicate openly, manage conflicts of interest and build a transparent, lasting cooperation network.",
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
            },
            "title": {
                "lt": "Socialinė klasterystė ir tarpinstitucinė partnerystė",
                "en": "Social clustering and inter-institutional partnership",
            },
            "summary": {
                "lt": "Kas yra socialinė klasterystė, kodėl socialinėms problemoms spręsti reikia kelių sektorių vienu metu ir kaip pradėti veiksmingą institucijų partnerystę.",
                "en": "What social clustering is, why social problems need several sectors at once, and how to start a working partnership between institutions.",
            },
            "estimated_hours": 5,
            "learning_outcomes": [
                {
                    "lt": "Apibrėžti socialinę klasterystę ir atskirti ją nuo vienkartinio bendradarbiavimo.",
                    "en": "Define social clustering and distinguish it from one-off cooperation.",
                },
                {
                    "lt": "Nustatyti, kokių partnerių reikia vietos socialinei problemai spręsti, ir apibūdinti jų vaidmenis.",
                    "en": "Identify the partners a local social problem needs and describe their roles.",
                },
                {
                    "lt": "Parengti pagrindines partnerystės susitarimo nuostatas.",
                    "en": "Prepare the key points of a partnership agreement.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Viena problema – daug savininkų",
                                "en": "One problem, many owners",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Dauguma socialinių problemų savivaldybėje nepriklauso vienai institucijai. Vyresnio amžiaus žmonių vienišumas, mokyklos nebaigimas ar priklausomybės vienu metu paliečia socialines paslaugas, sveikatos priežiūrą, mokyklas, policiją, šeimas ir kaimynus.</p><p><strong>Socialinė klasterystė</strong> – tai sąmoningas viešųjų, privačių ir pilietinių organizacijų bendradarbiavimas, kai jos kartu įvardija problemą, sutelkia išteklius ir prisiima bendrą atsakomybę už rezultatą. Kitaip nei vienkartinis projektas, klasteris siekia bendro tikslo ilgesnį laiką ir mokosi veikdamas.</p>",
                                "en": "<p>Most social problems in a municipality do not belong to a single institution. Loneliness of older people, early school leaving or addiction touch social services, health care, schools, the police, families and neighbours at the same time.</p><p><strong>Social clustering</strong> is the deliberate cooperation of public, private and civic organisations that name a problem together, pool their resources and take joint responsibility for the result. Unlike a one-off project, a cluster pursues a shared goal over a longer period and learns as it goes.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: pagalba į namus vyresnio amžiaus gyventojams",
                                "en": "Case study: home care for older residents",
                            },
                            "text": {
                                "lt": "<p>Vienoje kaimiškoje rajono savivaldybėje socialinių paslaugų centras turėjo eilę pagalbai į namus gauti, o visuomenės sveikatos biuras matė vis daugiau vienų gyvenančių senyvo amžiaus žmonių griuvimų. Vietos pensininkų mokytojų asociacija jau lankė dalį šių žmonių.</p><p>Trys organizacijos susitarė dirbti kaip viena komanda: asociacijos savanoriai kas savaitę lanko gyventojus ir pastebi rizikas, visuomenės sveikatos biuras juos apmoko ir seniūnijose organizuoja griuvimų prevencijos mankštas, o socialinių paslaugų centras, atsižvelgdamas į savanorių pastebėjimus, nustato pagalbos į namus prioritetus. Per metus eilė sutrumpėjo, o greitosios pagalbos iškvietimų dėl griuvimų sumažėjo.</p>",
                                "en": "<p>In a rural district municipality, the social services centre had a waiting list for home help, while the public health bureau saw more and more falls among older people living alone. A local association of retired teachers was already visiting some of them.</p><p>The three organisations agreed to work as one team: the association's volunteers visit residents weekly and notice risks, the public health bureau trains them and runs fall-prevention exercise groups in the elderships, and the social services centre sets home-help priorities using the volunteers' observations. Within a year the waiting list was shorter and ambulance calls after falls had decreased.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kuo klasteris skiriasi nuo projekto",
                                "en": "How a cluster differs from a project",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Klasterį nuo įprasto bendro projekto skiria keturi bruožai:</p><ul><li><strong>Bendras tikslas:</strong> partneriai susitaria dėl norimo pokyčio, o ne tik dėl veiklų.</li><li><strong>Sutelkti ištekliai:</strong> dalijamasi darbuotojų laiku, patalpomis, duomenimis ir kontaktais, ne vien pinigais.</li><li><strong>Ilgas laikotarpis:</strong> bendradarbiavimas tęsiasi ir pasibaigus vieno projekto finansavimui.</li><li><strong>Bendras mokymasis:</strong> partneriai kartu aptaria rezultatus ir koreguoja veiklą.</li></ul>",
                                "en": "<p>Four features distinguish a cluster from an ordinary joint project:</p><ul><li><strong>Shared goal:</strong> partners agree on the change they want to see, not only on activities.</li><li><strong>Pooled resources:</strong> staff time, premises, data and contacts are shared, not only money.</li><li><strong>Long horizon:</strong> cooperation continues after a single grant ends.</li><li><strong>Joint learning:</strong> partners review results together and adjust their work.</li></ul>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Jei nori eiti greitai, eik vienas. Jei nori nueiti toli, eikite kartu.",
                                "en": "If you want to go fast, go alone. If you want to go far, go together.",
                            },
                            "attribution": {"lt": "Patarlė", "en": "Proverb"},
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite vieną savo savivaldybės socialinę problemą. Kurios organizacijos jau sprendžia atskiras jos dalis ir ar jos žino apie viena kitos darbą?",
                                "en": "Think of one social problem in your municipality. Which organisations already deal with parts of it, and do they know about each other's work?",
                            },
                        },
                    ],
                },
                {
                    "slug": "partners-and-roles",
                    "title": {
                        "lt": "Partneriai ir jų vaidmenys",
                        "en": "Partners and their roles",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kas turi sėsti prie stalo",
                                "en": "Who belongs at the table",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Veiksmingas klasteris suburia tuos, kurie už problemą <em>atsako</em>, tuos, kurie ją <em>patiria</em>, ir tuos, kurie turi <em>išteklių</em> jai pakeisti. Lietuvos savivaldybėje tai paprastai yra savivaldybės administracija ir seniūnijos, biudžetinės įstaigos – visuomenės sveikatos biuras, socialinių paslaugų centras, mokyklos, biblioteka, – nevyriausybinės ir bendruomeninės organizacijos bei vietos verslas.</p><p>Kiekvienas partneris įneša ką nors skirtingo: savivaldybė – įgaliojimus ir finansavimą, įstaigos – profesionalias paslaugas ir duomenis, NVO – pasitikėjimą ir artumą gyventojams, verslas – patalpas, logistiką, žinias ar paramą.</p>",
                                "en": "<p>A useful cluster brings together those who are <em>responsible</em> for the problem, those who <em>experience</em> it and those who have <em>resources</em> to change it. In a Lithuanian municipality this usually means the municipal administration and elderships, budgetary institutions such as the public health bureau, the social services centre, schools and the library, NGOs and community organisations, and local businesses.</p><p>Each partner brings something different: the municipality brings a mandate and funding, institutions bring professional services and data, NGOs bring trust and closeness to residents, and businesses bring premises, logistics, skills or sponsorship.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Greitas partnerių žemėlapis",
                                "en": "A quick partner map",
                            },
                            "text": {
                                "lt": "<p>Nubraižykite tris apskritimus: <strong>pagrindiniai partneriai</strong>, kurie kartu priima sprendimus, <strong>palaikantys partneriai</strong>, kurie prisideda paprašyti, ir <strong>informuojami partneriai</strong>, kuriems reikia žinoti, kas vyksta. Peržiūrėkite žemėlapį kas pusmetį – partneriai juda tarp apskritimų.</p>",
                                "en": "<p>Draw three circles: <strong>core partners</strong> who share decisions, <strong>supporting partners</strong> who contribute on request, and <strong>informed partners</strong> who need to know what is happening. Review the map every six months – partners move between the circles.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Be organizacijų, partnerystei reikia aiškių vaidmenų: <strong>pagrindinės organizacijos</strong>, kuri atlieka sekretoriato funkcijas, <strong>koordinatoriaus</strong>, kuris palaiko bendro darbo tempą, ir kiekvieno partnerio <strong>kontaktinių asmenų</strong>, galinčių priimti sprendimus arba greitai juos gauti. Be konkrečių žmonių partnerystė lieka tik parašu ant popieriaus.</p>",
                                "en": "<p>Besides organisations, a partnership needs clear roles: a <strong>lead organisation</strong> that hosts the secretariat, a <strong>coordinator</strong> who keeps the joint work moving, and <strong>contact persons</strong> in every partner who can take decisions or obtain them quickly. Without named people, a partnership remains a signature on paper.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nepamirškite gyventojų",
                                "en": "Do not forget the residents",
                            },
                            "text": {
                                "lt": "<p>Institucijų partnerystės lengvai pamiršta žmones, kuriems jos dirba. Gyventojus ar jų atstovus – pavyzdžiui, seniūnaitį ar pacientų organizaciją – kvieskite nuo pat pradžių, o ne tik į baigiamąjį rezultatų pristatymą.</p>",
                                "en": "<p>Partnerships of institutions easily forget the people they serve. Invite residents or their representatives – for example the local community representative (seniūnaitis) or a patients' organisation – from the start, not only to the final presentation of results.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurio partnerio trūksta jūsų dabartiniam bendradarbiavimui ir ką jis galėtų įnešti?",
                                "en": "Which partner is missing from your current cooperation, and what could they bring?",
                            },
                        },
                    ],
                },
                {
                    "slug": "partnership-agreement",
                    "title": {
                        "lt": "Partnerystės susitarimas",
                        "en": "Agreeing on the partnership",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo gerų ketinimų iki susitarimo",
                                "en": "From good will to an agreement",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Gerų ketinimų užtenka pirmam susitikimui, bet ne pirmam sunkumui. Trumpas rašytinis susitarimas – bendradarbiavimo memorandumas ar jungtinės veiklos sutartis – padeda partneriams prisiminti, ką jie pažadėjo. Jame turėtų būti atsakyta bent į šiuos klausimus:</p><ol><li>Kokią problemą sprendžiame ir kokio pokyčio siekiame per dvejus–trejus metus?</li><li>Kas ką įneša: darbuotojų laiką, patalpas, duomenis, lėšas?</li><li>Kaip priimame sprendimus ir kaip dažnai susitinkame?</li><li>Kaip teisėtai keičiamės informacija ir asmens duomenimis?</li><li>Kaip matuojame pažangą ir kada peržiūrime susitarimą?</li></ol>",
                                "en": "<p>Good will is enough for the first meeting, but not for the first difficulty. A short written agreement – a memorandum of cooperation or a joint activity agreement – helps partners remember what they promised. It should answer at least these questions:</p><ol><li>What problem do we address, and what change do we want in two to three years?</li><li>Who contributes what: staff time, premises, data, funds?</li><li>How do we make decisions, and how often do we meet?</li><li>How do we share information and personal data lawfully?</li><li>How do we measure progress, and when do we review the agreement?</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {"lt": "Asmens duomenys", "en": "Personal data"},
                            "text": {
                                "lt": "<p>Gyventojų vardais ir sveikatos informacija partneriai gali keistis tik turėdami teisinį pagrindą pagal Bendrąjį duomenų apsaugos reglamentą (BDAR). Prieš perduodami bet kokius sąrašus savanoriams ar NVO darbuotojams, susitarkite, kokių duomenų iš tiesų reikia, kas juos gali matyti ir kaip fiksuojamas asmens sutikimas.</p>",
                                "en": "<p>Partners may share residents' names and health information only with a legal basis under the General Data Protection Regulation (GDPR). Before volunteers or NGO staff receive any lists, agree on which data is really needed, who may see it and how consent is recorded.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {"lt": "Pradėkite nuo mažo", "en": "Start small"},
                            "text": {
                                "lt": "<p>Pirmiems trims mėnesiams pasirinkite vieną konkretų bendrą veiksmą, pavyzdžiui, bendrą siuntimo formą. Greitai pasiektas matomas rezultatas sukuria motyvaciją didesniems įsipareigojimams.</p>",
                                "en": "<p>Choose one concrete joint action for the first three months, such as a shared referral form. An early, visible result builds the motivation for larger commitments.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Į kurį iš penkių klausimų jūsų partnerystei būtų sunkiausia atsakyti ir kodėl?",
                                "en": "Which of the five questions would be hardest to answer in your partnership, and why?",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: partnerystės pagrindai",
                                    "en": "Knowledge check: partnership basics",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "single",
                                        "text": {
                                            "lt": "Kuo socialinis klasteris skiriasi nuo vienkartinio bendro projekto?",
                                            "en": "What distinguishes a social cluster from a one-off joint project?",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "Ilgalaikiu bendru tikslu ir bendra atsakomybe už rezultatą",
                                                    "en": "A long-term shared goal and joint responsibility for the result",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Klasteris siekia bendro pokyčio ilgesnį laiką, o partneriai kartu atsako už rezultatą.",
                                                    "en": "Correct. A cluster pursues a shared change over a longer period, and partners are jointly responsible for the result.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Didesniu biudžetu",
                                                    "en": "A larger budget",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Biudžeto dydis klasterio neapibrėžia – partneriai dažnai dalijasi laiku, patalpomis ir duomenimis, ne vien pinigais.",
                                                    "en": "No. Budget size does not define a cluster – partners often share time, premises and data, not only money.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Tuo, kad jame dalyvauja tik viešosios įstaigos",
                                                    "en": "Only public institutions take part in it",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Socialinė klasterystė kaip tik jungia viešąjį, privatų ir pilietinį sektorius.",
                                                    "en": "No. Social clustering precisely brings together the public, private and civic sectors.",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "Partnerystės susitarime verta aprašyti, kaip partneriai keisis asmens duomenimis.",
                                            "en": "A partnership agreement should describe how partners will share personal data.",
                                        },
                                        "options": [
                                            {
                                                "text": TRUE_FALSE_LABELS[0],
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Keitimuisi duomenimis reikia teisinio pagrindo ir aiškių taisyklių, todėl dėl jų verta susitarti iš anksto.",
                                                    "en": "Correct. Sharing data needs a legal basis and clear rules, so it is worth agreeing on them in advance.",
                                                },
                                            },
                                            {
                                                "text": TRUE_FALSE_LABELS[1],
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Iš tiesų tai tiesa: nesusitarus dėl duomenų, partneriai rizikuoja pažeisti BDAR ir gyventojų pasitikėjimą.",
                                                    "en": "It is in fact true: without rules on data, partners risk breaching the GDPR and residents' trust.",
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
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuris teiginys geriausiai apibūdina socialinę klasterystę?",
                            "en": "Which statement best describes social clustering?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Viešųjų, privačių ir pilietinių organizacijų bendradarbiavimas, kai jos kartu sprendžia problemą, sutelkia išteklius ir dalijasi atsakomybe",
                                    "en": "Cooperation of public, private and civic organisations that tackle a problem together, pool resources and share responsibility",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai ir yra socialinės klasterystės esmė.",
                                    "en": "Correct. This is the essence of social clustering.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kelių savivaldybės įstaigų sujungimas į vieną",
                                    "en": "Merging several municipal institutions into one",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Klasteryje organizacijos išlieka savarankiškos, jos tik susitaria veikti kartu.",
                                    "en": "No. In a cluster the organisations remain independent; they agree to act together.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Socialinės paslaugos perdavimas pigiausią kainą pasiūliusiam teikėjui",
                                    "en": "Outsourcing a social service to the cheapest provider",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai pirkimas, o ne partnerystė: čia nėra bendro tikslo ir bendros atsakomybės.",
                                    "en": "No. That is procurement, not partnership: there is no shared goal or joint responsibility.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Tos pačios pramonės šakos įmonių tinklas",
                                    "en": "A network of businesses from the same industry",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai ekonominis klasteris; socialinė klasterystė sutelkia skirtingus sektorius socialinėms problemoms spręsti.",
                                    "en": "No. That is an economic cluster; social clustering brings different sectors together to solve social problems.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kokius išteklius, be pinigų, partneriai gali įnešti į bendrą veiklą? Pažymėkite visus tinkamus.",
                            "en": "Which resources besides money can partners contribute to joint work? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Darbuotojų laiką", "en": "Staff time"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Darbuotojų laikas dažnai yra vertingiausias įnašas.",
                                    "en": "Correct. Staff time is often the most valuable contribution.",
                                },
                            },
                            {
                                "text": {"lt": "Patalpas", "en": "Premises"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Pavyzdžiui, biblioteka ar seniūnija gali suteikti vietą susitikimams.",
                                    "en": "Correct. For example, a library or eldership can provide a meeting place.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Duomenis ir kontaktus",
                                    "en": "Data and contacts",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai, jei jais dalijamasi teisėtai ir saugiai.",
                                    "en": "Correct, provided they are shared lawfully and securely.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nieko – be pinigų įnašo nėra",
                                    "en": "Nothing – without money there is no contribution",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Nepiniginiai įnašai dažnai lemia, ar partnerystė veiks.",
                                    "en": "No. In-kind contributions often decide whether a partnership works at all.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Problemą patiriančius gyventojus pakanka pakviesti tik į baigiamąjį rezultatų pristatymą.",
                            "en": "It is enough to invite residents affected by the problem only to the final presentation of results.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Gyventojai geriausiai žino, kaip problema atrodo iš arti, todėl juos verta įtraukti nuo pradžių.",
                                    "en": "No. Residents know best what the problem looks like up close, so they should be involved from the start.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Gyventojus ar jų atstovus reikia įtraukti jau planuojant.",
                                    "en": "Correct. Residents or their representatives should be involved from the planning stage.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas partnerystėje kasdien palaiko bendro darbo tempą?",
                            "en": "Who keeps the joint work of a partnership moving day to day?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Koordinatorius",
                                    "en": "The coordinator",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Koordinatorius rūpinasi susitikimais, informacijos sklaida ir susitarimų vykdymu.",
                                    "en": "Correct. The coordinator takes care of meetings, information flow and follow-up of agreements.",
                                },
                            },
                            {
                                "text": {"lt": "Meras", "en": "The mayor"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Politinė parama svarbi, tačiau kasdienio darbo meras nekoordinuoja.",
                                    "en": "No. Political support matters, but the mayor does not coordinate day-to-day work.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kiekvienas partneris atskirai",
                                    "en": "Each partner separately",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Kai už bendrą darbą atsako visi atskirai, dažnai neatsako niekas.",
                                    "en": "No. When everyone is separately responsible for joint work, often no one is.",
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
            },
            "summary": {
                "lt": "Kodėl pasitikėjimas yra bet kurios partnerystės apyvartinis kapitalas, kuo skiriasi viešojo, privataus ir pilietinio sektorių organizacijų kultūros ir kaip praktiškai kurti bei atkurti pasitikėjimą.",
                "en": "Why trust is the working capital of any partnership, how the cultures of public, private and civic organisations differ, and how to build and restore trust in practice.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Paaiškinti, iš ko susideda organizacijų ir jas atstovaujančių žmonių tarpusavio pasitikėjimas.",
                    "en": "Explain what trust between organisations and the people who represent them consists of.",
                },
                {
                    "lt": "Atpažinti viešojo, privataus ir pilietinio sektorių partnerių darbo kultūrų skirtumus ir prie jų prisitaikyti.",
                    "en": "Recognise differences in the working cultures of public, private and civic partners and adapt to them.",
                },
                {
                    "lt": "Taikyti praktinius žingsnius pasitikėjimui kurti ir jam atkurti po konflikto.",
                    "en": "Apply practical steps to build trust and to restore it after a conflict.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Pasitikėjimas kaip apyvartinis kapitalas",
                                "en": "Trust as working capital",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Partnerystėje niekas negali kitiems įsakyti. Partneriai remiasi vieni kitų žodžiu: kad į siuntimą bus atsakyta, kad su duomenimis bus elgiamasi atsakingai, kad susitikime duotas pažadas bus įvykdytas. Pasitikėjimas bendradarbiavimą pagreitina ir atpigina, o nepasitikėjimas padaugina susitikimų, derinimų ir dokumentų.</p><p>Organizacijų tarpusavio pasitikėjimą kuria žmonės. Jis remiasi trimis dalykais, kuriuos partneriai mato vieni kituose: <strong>kompetencija</strong> (jie sugeba), <strong>patikimumu</strong> (jie daro, ką pažadėjo) ir <strong>geranoriškumu</strong> (jiems rūpi bendras tikslas, ne tik savas interesas).</p>",
                                "en": "<p>In a partnership nobody can give orders to the others. Partners act on each other's word: that a referral will be answered, that data will be handled with care, that a promise made at a meeting will be kept. Trust makes cooperation faster and cheaper; mistrust multiplies meetings, approvals and documents.</p><p>Trust between organisations is built by people. It rests on three things partners observe in each other: <strong>competence</strong> (they can do it), <strong>reliability</strong> (they do what they promised) and <strong>good intentions</strong> (they care about the shared goal, not only their own interest).</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Pasitikėjimas ateina pėsčias, o išjoja raitas.",
                                "en": "Trust arrives on foot and leaves on horseback.",
                            },
                            "attribution": {
                                "lt": "Olandų patarlė",
                                "en": "Dutch proverb",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Pirmiausia – maži pažadai",
                                "en": "Small promises first",
                            },
                            "text": {
                                "lt": "<p>Partnerystės pradžioje duokite mažus, konkrečius pažadus ir matomai juos vykdykite: išsiųskite protokolą per dvi dienas, į partnerio klausimą atsakykite per savaitę. Patikimumas smulkmenose – greičiausias kelias užsitarnauti pasitikėjimą didesniems dalykams.</p>",
                                "en": "<p>Early in a partnership, make small, concrete promises and keep them visibly: send the minutes within two days, answer a partner's question within a week. Reliability in small things is the fastest way to earn trust for bigger ones.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite partnerį, kuriuo pasitikite. Kas pirmiausia pelnė jūsų pasitikėjimą – jo kompetencija, patikimumas ar geranoriškumas?",
                                "en": "Recall a partner you trust. Was it their competence, reliability or good intentions that won your trust first?",
                            },
                        },
                    ],
                },
                {
                    "slug": "different-sector-cultures",
                    "title": {
                        "lt": "Skirtingos sektorių kultūros",
                        "en": "Different sector cultures",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Trys logikos prie vieno stalo",
                                "en": "Three logics at one table",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Viešosios įstaigos veikia pagal teisės aktus, procedūras ir atskaitomybę už viešąsias lėšas, todėl sprendimai gali užtrukti kelias savaites – juos reikia įforminti ir suderinti. NVO vadovaujasi misija ir santykiais: jos reaguoja greitai, bet dažnai priklauso nuo trumpalaikio projektinio finansavimo ir savanorių. Verslas orientuojasi į rezultatą ir efektyvumą: jis tikisi aiškių susitarimų, greitų atsakymų ir matomos naudos, taip pat ir reputacijai.</p><p>Nė viena šių logikų nėra klaidinga. Problemos prasideda tada, kai kito sektoriaus logika palaikoma bloga valia: savivaldybė – „biurokratiška“, NVO – „nepatikima“, verslas – „siekiantis tik pelno“.</p>",
                                "en": "<p>Public institutions work by law, procedures and accountability for public money, so decisions can take several weeks – they must be documented and approved. NGOs work by mission and relationships: they react quickly but often depend on short-term project funding and volunteers. Businesses work by results and efficiency: they expect clear agreements, quick answers and a visible benefit, including for their reputation.</p><p>None of these logics is wrong. Problems start when partners read another sector's logic as bad will: the municipality as “bureaucratic”, the NGO as “unreliable”, the business as “only after profit”.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: įmonė, kuri norėjo padėti",
                                "en": "Case study: a company that wanted to help",
                            },
                            "text": {
                                "lt": "<p>Vietos maisto gamintojas pasiūlė perduoti produktų perteklių socialinių paslaugų centro remiamoms šeimoms. Pasiūlymas sprendimo laukė du mėnesius, ir įmonė vos nepasitraukė. Tada centro direktorė atvirai paaiškino procedūrą: paramą reikia įregistruoti, patikrinti maisto saugą ir atrinkti šeimas pagal aiškius kriterijus. Gavusi paprastą tvarkaraštį, įmonė liko, o maisto pristatymas tapo reguliariu kas mėnesį.</p>",
                                "en": "<p>A local food producer offered to give surplus products to families supported by the social services centre. The offer waited two months for a decision, and the company almost withdrew. The centre's director then explained the procedure openly: the donation had to be registered, food safety checked and families selected by clear criteria. With a simple timetable in hand, the company stayed, and the deliveries became a regular monthly route.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vertimas tarp sektorių",
                                "en": "Translating between sectors",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Paaiškinkite savo apribojimus, kol jie netapo kliūtimis: pasakykite, kuriuos sprendimus galite priimti patys, kuriems reikia pritarimo ir kiek tai užtrunka. To paties paklauskite partnerių. Susitarkite dėl bendro žodyno – pavyzdžiui, kiek dienų reiškia „skubu“.</p>",
                                "en": "<p>Explain your constraints before they become obstacles: say which decisions you can take yourself, which need approval and how long that takes. Ask your partners the same. Agree on a common vocabulary – for example, how many days “urgent” means.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuris jūsų sektoriaus įprotis kito sektoriaus partneriui galėtų atrodyti keistas ar erzinantis?",
                                "en": "Which habit of your own sector might look strange or frustrating to a partner from another sector?",
                            },
                        },
                    ],
                },
                {
                    "slug": "building-trust-in-practice",
                    "title": {
                        "lt": "Pasitikėjimo kūrimas praktikoje",
                        "en": "Building trust in practice",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Pasitikėjimą stiprinantys įpročiai",
                                "en": "Habits that build trust",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Susitikite vieni pas kitus.</strong> Rinkitės bibliotekoje, NVO biure ar įmonėje, ne vien savivaldybėje.</li><li><strong>Dalykitės informacija anksti</strong>, taip pat ir blogomis žiniomis bei neapibrėžtumu.</li><li><strong>Viešai pripažinkite</strong> kiekvieno partnerio indėlį.</li><li><strong>Užtikrinkite, kad sprendimai ir protokolai būtų prieinami</strong> visiems partneriams.</li></ul>",
                                "en": "<ul><li><strong>Meet at each other's places.</strong> Gather at the library, the NGO office or the company, not only at the municipality.</li><li><strong>Share information early</strong>, including bad news and uncertainty.</li><li><strong>Give visible credit</strong> to every partner in public communication.</li><li><strong>Keep decisions and minutes accessible</strong> to all partners.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: biblioteka – bendruomenės traukos centras",
                                "en": "Case study: the library as a community hub",
                            },
                            "text": {
                                "lt": "<p>Rajono miesto bibliotekoje darbo dienomis lankytojų būdavo nedaug. Bibliotekininkės pakvietė seniūniją, Užimtumo tarnybą, jaunimo NVO ir banko skyrių naudotis skaitykla. Dabar bibliotekoje banko savanoriai veda skaitmeninio raštingumo užsiėmimus, vyksta darbo paieškos konsultacijos, o NVO organizuoja pamokų ruošos klubą.</p><p>Lūžį lėmė ne programa, o žmonės: pusmetį partneriai kas mėnesį susitikdavo bibliotekoje prie kavos puodelio, dalydavosi, kas pavyko ir kas ne, ir niekas nebuvo kaltinamas dėl atšaukto užsiėmimo. Dabar gyventojai biblioteką mato kaip neutralią vietą, kur visos institucijos yra pasiekiamos.</p>",
                                "en": "<p>A town library in a district municipality had few visitors on weekdays. The librarians invited the eldership, the Employment Service, a youth NGO and a bank branch to use the reading room. Today bank volunteers run digital literacy sessions there, job-search consultations take place, and the NGO runs a homework club.</p><p>The turning point was not the programme but the people: for six months the partners met every month over coffee in the library, shared what worked and what did not, and nobody was blamed for a cancelled session. Residents now see the library as a neutral place where every institution is approachable.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Iš pradžių ateidavome vieni kitų patikrinti. Dabar ateiname kartu planuoti.",
                                "en": "At first we came to check on each other. Now we come to plan together.",
                            },
                            "attribution": {
                                "lt": "Bibliotekininkė (apibendrintas atvejis)",
                                "en": "Librarian (composite case)",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurį iš šių įpročių galėtumėte pradėti taikyti savo partnerystėje jau kitą mėnesį?",
                                "en": "Which of these habits could you start in your partnership next month?",
                            },
                        },
                    ],
                },
                {
                    "slug": "when-trust-breaks-down",
                    "title": {
                        "lt": "Kai pasitikėjimas sutrinka",
                        "en": "When trust breaks down",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Ankstyvieji ženklai",
                                "en": "Early signals",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pasitikėjimas retai sugriūva per vieną dieną. Stebėkite ankstyvuosius ženklus: partneriai nustoja lankytis susitikimuose arba siunčia pavaduojančius asmenis be sprendimo teisės, informacija dalijamasi tik privačiai, o nepasitenkinimas reiškiamas ne partnerystės viduje, o už jos ribų.</p>",
                                "en": "<p>Trust rarely collapses in one day. Watch for early signals: partners stop coming to meetings or send substitutes without decision-making power, information is shared only in private, and complaints are voiced outside the partnership rather than inside it.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Keturi žingsniai pasitikėjimui atkurti",
                                "en": "Four steps to restore trust",
                            },
                            "text": {
                                "lt": "<ol><li>Atvirai įvardykite problemą, apibūdindami faktus, o ne ketinimus.</li><li>Išklausykite kiekvieno partnerio požiūrį nepertraukdami.</li><li>Pripažinkite savo dalį ir ištaisykite, ką galite.</li><li>Susitarkite dėl vieno konkretaus pokyčio ir po sutarto laiko kartu jį patikrinkite.</li></ol>",
                                "en": "<ol><li>Name the problem openly, describing facts, not intentions.</li><li>Listen to each partner's view without interrupting.</li><li>Acknowledge your own part and correct what you can.</li><li>Agree on one concrete change and check it together after a set time.</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nespręskite konfliktų elektroniniu paštu",
                                "en": "Do not settle conflicts by e-mail",
                            },
                            "text": {
                                "lt": "<p>Rašytinėse žinutėse prarandamas tonas, jas lengva persiųsti kitiems. Kai įtampa auga, susitikite gyvai arba bent vaizdo skambučiu, o raštu fiksuokite tik sutartus veiksmus.</p>",
                                "en": "<p>Written messages lose their tone and are easily forwarded. When tension grows, meet in person or at least by video call, and put only the agreed actions in writing.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Jei partneriams nepavyksta konflikto išspręsti patiems, pakvieskite neutralų moderatorių – pavyzdžiui, lektorių ar kolegą iš kitos savivaldybės. Mediacija nėra pralaimėjimas: ji rodo, kad partneriai bendradarbiavimą vertina tiek, jog yra pasirengę į jį investuoti.</p>",
                                "en": "<p>If the partners cannot resolve a conflict themselves, invite a neutral facilitator – for example a trainer or a colleague from another municipality. Mediation is not a failure: it shows that the partners value the cooperation enough to invest in it.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite atšalusį bendradarbiavimą. Kokius ankstyvuosius ženklus pastebėjote ir ką tuomet buvo galima padaryti?",
                                "en": "Think of a cooperation that cooled down. Which early signals did you notice, and what could have been done at that point?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: pasitikėjimas tarp sektorių",
                    "en": "Module quiz: trust across sectors",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kuo remiasi partnerių tarpusavio pasitikėjimas? Pažymėkite visus tinkamus.",
                            "en": "What does trust between partners rest on? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Kompetencija", "en": "Competence"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Partneriai turi matyti, kad kiti sugeba atlikti tai, ko imasi.",
                                    "en": "Correct. Partners need to see that the others can do what they take on.",
                                },
                            },
                            {
                                "text": {"lt": "Patikimumu", "en": "Reliability"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ištesėti pažadai – kasdienis pasitikėjimo pagrindas.",
                                    "en": "Correct. Promises kept are the everyday foundation of trust.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Geranoriškumu",
                                    "en": "Good intentions",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Partneriai turi tikėti, kad kitiems rūpi bendras tikslas.",
                                    "en": "Correct. Partners need to believe that the others care about the shared goal.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vienoda organizacijų kultūra",
                                    "en": "An identical organisational culture",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Kultūros skiriasi natūraliai; pasitikėti galima ir esant skirtumams, jei jie suprantami.",
                                    "en": "No. Cultures naturally differ; trust is possible despite differences if they are understood.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Savivaldybei partnerio pasiūlymui suderinti reikia kelių savaičių. Koks atsakas labiausiai stiprina pasitikėjimą?",
                            "en": "A municipality needs several weeks to approve a partner's proposal. Which response builds trust best?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Atvirai paaiškinti procedūrą ir numatomą tvarkaraštį",
                                    "en": "Explain the procedure and the expected timetable openly",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Partneris supranta, kas vyksta, ir gali planuoti.",
                                    "en": "Correct. The partner understands what is happening and can plan.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nieko nesakyti, kol pasiūlymas bus suderintas",
                                    "en": "Say nothing until the proposal is approved",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tyla partneriui atrodo kaip nesidomėjimas ar atmetimas.",
                                    "en": "No. To a partner, silence looks like lack of interest or rejection.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Patarti partneriui kreiptis tiesiai į merą",
                                    "en": "Advise the partner to go straight to the mayor",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai apeina sutartą tvarką ir silpnina darbinius santykius.",
                                    "en": "No. This bypasses the agreed procedure and weakens working relationships.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pritarti neoficialiai, be dokumentų",
                                    "en": "Agree informally, without documents",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Neįformintas sprendimas sukelia teisinių ir skaidrumo rizikų.",
                                    "en": "No. An undocumented decision creates legal and transparency risks.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Sektorių darbo kultūrų skirtumai paprastai reiškia, kad vienas partneris elgiasi nesąžiningai.",
                            "en": "Differences in working culture between sectors usually mean that one partner acts in bad faith.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Skirtumus dažniausiai lemia skirtingos taisyklės ir finansavimo sąlygos, o ne bloga valia.",
                                    "en": "No. Differences usually come from different rules and funding conditions, not from bad will.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kiekvienas sektorius turi savo logiką; svarbu ją paaiškinti ir suprasti.",
                                    "en": "Correct. Each sector has its own logic; what matters is explaining and understanding it.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuris ženklas rodo, kad pasitikėjimas partnerystėje silpsta?",
                            "en": "Which signal shows that trust in a partnership is weakening?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Partneriai į susitikimus siunčia pavaduojančius asmenis be sprendimo teisės",
                                    "en": "Partners send substitutes without decision-making power to meetings",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai rodo, kad partnerystė partneriui tampa mažiau svarbi.",
                                    "en": "Correct. It shows that the partnership is becoming less important to that partner.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Partneriai susitikimuose užduoda daug klausimų",
                                    "en": "Partners ask many questions at meetings",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Klausimai dažniausiai rodo įsitraukimą, o ne nepasitikėjimą.",
                                    "en": "No. Questions usually show engagement, not mistrust.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Partneriai siūlo naujų bendrų veiklų",
                                    "en": "Partners propose new joint activities",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai stiprios partnerystės požymis.",
                                    "en": "No. That is a sign of a strong partnership.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Neutralaus moderatoriaus pakvietimas gali padėti partneriams atkurti pasitikėjimą po konflikto.",
                            "en": "Inviting a neutral facilitator can help partners restore trust after a conflict.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Neutralus asmuo padeda išgirsti visas puses ir susitarti dėl konkrečių veiksmų.",
                                    "en": "Correct. A neutral person helps all sides be heard and agree on concrete actions.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": False,
                                "feedback": {
                                    "lt": "Iš tiesų tai tiesa: mediacija nėra pralaimėjimas, ji rodo, kad bendradarbiavimas vertinamas.",
                                    "en": "It is in fact true: mediation is not a failure; it shows that the cooperation is valued.",
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
            },
            "summary": {
                "lt": "Kaip pažvelgti į socialinę problemą kaip į priežasčių, žmonių ir institucijų sistemą, rasti vietas, kuriose partneriai gali veikti kartu, ir išbandyti sprendimus nedideliais bandomaisiais projektais.",
                "en": "How to look at a social problem as a system of causes, people and institutions, find the points where partners can act together, and test solutions in small pilots.",
            },
            "estimated_hours": 7,
            "learning_outcomes": [
                {
                    "lt": "Atskirti socialinės problemos simptomus nuo jos giluminių priežasčių.",
                    "en": "Distinguish the symptoms of a social problem from its underlying causes.",
                },
                {
                    "lt": "Kartu su partneriais taikyti problemų medį ir sistemos žemėlapį.",
                    "en": "Use a problem tree and a system map together with partners.",
                },
                {
                    "lt": "Suplanuoti, įgyvendinti ir įvertinti nedidelį bendro sprendimo bandomąjį projektą.",
                    "en": "Plan, run and evaluate a small pilot of a joint solution.",
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
                    "title": {"lt": "Pamatyti sistemą", "en": "Seeing the system"},
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Simptomai ir priežastys",
                                "en": "Symptoms and causes",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kai problema skubi, institucijos linkusios gydyti matomą simptomą: daugiau vietų krizių centre, daugiau patikrinimų, dar viena informacinė kampanija. Šių priemonių reikia, tačiau jei priežastys lieka nepaliestos, problema sugrįžta.</p><p>Sisteminis mąstymas klausia, kaip situacijos dalys laikui bėgant veikia viena kitą. Socialinę problemą retai sukelia vienas veiksnys – ją palaiko priežasčių, įpročių, taisyklių ir santykių tinklas.</p>",
                                "en": "<p>When a problem is urgent, institutions tend to treat the symptom they can see: more places in the crisis centre, more inspections, another awareness campaign. These measures are needed, but if the causes stay untouched, the problem returns.</p><p>Systems thinking asks how the parts of a situation influence each other over time. A social problem is rarely caused by one factor; it is held in place by a web of causes, habits, rules and relationships.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Ledkalnio modelis",
                                "en": "The iceberg model",
                            },
                            "text": {
                                "lt": "<p>Pažvelkite į problemą keturiais lygmenimis: <strong>įvykiai</strong> (kas nutiko), <strong>dėsningumai</strong> (kas kartojasi), <strong>struktūros</strong> (taisyklės, paslaugos, finansavimas ir santykiai, kurie tą dėsningumą kuria) ir <strong>mąstymo modeliai</strong> (įsitikinimai, kurie palaiko struktūras). Kuo gilesnis lygmuo, tuo stipresnis poveikio svertas.</p>",
                                "en": "<p>Look at a problem on four levels: <strong>events</strong> (what happened), <strong>patterns</strong> (what keeps happening), <strong>structures</strong> (the rules, services, funding and relationships that produce the pattern) and <strong>mental models</strong> (the beliefs that keep the structures in place). The deeper the level, the stronger the leverage.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: nesimokantis ir nedirbantis jaunimas",
                                "en": "Case study: young people not in education or work",
                            },
                            "text": {
                                "lt": "<p>Savivaldybė pastebėjo, kad daug jaunuolių nesimoko ir nėra užsiregistravę Užimtumo tarnyboje. Kiekviena institucija matė tik dalį vaizdo: mokykla – praleistas pamokas, jaunimo centras – be veiklos leidžiančius laiką paauglius, Užimtumo tarnyba – nieko. Kartu nubraižytas situacijos žemėlapis atskleidė dėsningumą: dauguma mokslus metė po kelių mokyklos keitimų, o už tolesnį jų lydėjimą niekas neatsakė. Partneriai susitarė kiekvienam jaunuoliui paskirti vieną kontaktinį asmenį ir sukūrė bendrą nukreipimo kelią.</p>",
                                "en": "<p>A municipality noticed that many young people were neither in school nor registered with the Employment Service. Each institution saw only part of the picture: the school saw absences, the youth centre saw teenagers hanging around, the Employment Service saw nobody at all. Mapping the situation together revealed a pattern: most had dropped out after changing schools several times, and nobody was responsible for following them up. The partners agreed to give each young person one contact person and created a shared referral route.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Manote, kad jei suprantate „vienas“, tai suprantate ir „du“, nes vienas ir vienas yra du. Tačiau pamirštate, kad reikia suprasti ir „ir“.",
                                "en": "You think that because you understand “one” that you must therefore understand “two” because one and one make two. But you forget that you must also understand “and”.",
                            },
                            "attribution": {
                                "lt": "Sufijų pamokomoji istorija, cituojama Donellos H. Meadows knygoje „Thinking in Systems“",
                                "en": "Sufi teaching story, quoted by Donella H. Meadows in “Thinking in Systems”",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Pasirinkite problemą, kurią sprendžia jūsų organizacija. Ką matote įvykių lygmeniu ir kokios struktūros galėtų tuos įvykius kurti?",
                                "en": "Take a problem your organisation deals with. What do you see at the level of events, and which structures might be producing them?",
                            },
                        },
                    ],
                },
                {
                    "slug": "mapping-causes-together",
                    "title": {
                        "lt": "Priežasčių žemėlapis kartu",
                        "en": "Mapping causes together",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {"lt": "Problemų medis", "en": "The problem tree"},
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Problemų medis – paprastas darbo grupės įrankis. Ant kamieno užrašykite pagrindinę problemą, šaknyse – jos priežastis, šakose – pasekmes. Kiekvienai šakniai kelis kartus paklauskite „kodėl?“, kol pasieksite priežastis, kurias kuris nors partneris iš tiesų gali paveikti.</p><p>Darykite tai kartu su partneriais ir, jei įmanoma, su gyventojais. Kiekvienas dalyvis mato skirtingą medžio dalį, o pati diskusija sukuria bendrą problemos supratimą.</p>",
                                "en": "<p>A problem tree is a simple workshop tool. Write the core problem on the trunk, its causes as the roots and its consequences as the branches. Ask “why?” several times for each root until you reach causes that a partner can actually influence.</p><p>Do it with partners and, if possible, with residents. Every participant sees a different part of the tree, and the discussion itself builds a shared understanding of the problem.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo priežasčių prie sistemos žemėlapio",
                                "en": "From causes to a system map",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Sistemos žemėlapyje priežastys sujungiamos rodyklėmis ir atsiskleidžia <strong>grįžtamojo ryšio kilpos</strong>: pavyzdžiui, vienišumas mažina fizinį aktyvumą, mažesnis aktyvumas blogina sveikatą, o prastesnė sveikata dar labiau apsunkina išėjimą iš namų. Kilpos paaiškina, kodėl problema išlieka, ir parodo, kur nedidelis įsikišimas gali nutraukti užburtą ratą.</p>",
                                "en": "<p>A system map connects causes with arrows and reveals <strong>feedback loops</strong>: for example, loneliness reduces physical activity, lower activity worsens health, and poorer health makes leaving home even harder. Loops explain why a problem persists – and show where a small intervention may break a vicious circle.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Ieškokite sverto taškų",
                                "en": "Look for leverage points",
                            },
                            "text": {
                                "lt": "<p>Pažymėkite žemėlapyje vietas, kuriose vieno partnerio veiksmas pakeistų kelias kitas rodykles. Dažnai tai ne naujos paslaugos, o taisyklių, nukreipimo kelių ar informacijos perdavimo tvarkos pokyčiai.</p>",
                                "en": "<p>Mark the places on the map where one partner's action would change several other arrows. Often these are not new services but changes in rules, referral routes or who receives information and when.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Saugokitės vienos institucijos žemėlapio",
                                "en": "Beware of a single institution's map",
                            },
                            "text": {
                                "lt": "<p>Jei žemėlapį braižė tik viena organizacija, jame sprendimu greičiausiai bus jos pačios paslaugos. Patikrinkite žemėlapį bent su dviem partneriais ir vienu žmogumi, kuris pats yra patyręs šią problemą.</p>",
                                "en": "<p>If only one organisation drew the map, it will probably show that organisation's own services as the solution. Check the map with at least two partners and one person with lived experience of the problem.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuri grįžtamojo ryšio kilpa palaiko jūsų sprendžiamą problemą? Kur ją būtų galima nutraukti?",
                                "en": "Which feedback loop keeps the problem you work on in place? Where could it be broken?",
                            },
                        },
                    ],
                },
                {
                    "slug": "co-designing-and-testing-solutions",
                    "title": {
                        "lt": "Sprendimų kūrimas ir išbandymas",
                        "en": "Co-designing and testing solutions",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kurti kartu, o ne už kitus",
                                "en": "Design with people, not for them",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Sprendimai veikia geriau, kai juos kuria tie, kurie jais naudosis ir juos įgyvendins. Į kūrybines dirbtuves kvieskite gyventojus, tiesiogiai su klientais dirbančius darbuotojus ir savanorius. Klauskite apie tikrą dieną: kur žmonės užstringa, kam jie skambina, ko galiausiai atsisako?</p>",
                                "en": "<p>Solutions work better when the people who will use and deliver them help shape them. Invite residents, front-line workers and volunteers to design workshops. Ask about a real day: where do people get stuck, whom do they call, what do they eventually give up on?</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Bandomojo projekto ciklas",
                                "en": "The pilot cycle",
                            },
                            "text": {
                                "lt": "<ol><li><strong>Planuokite:</strong> pasirinkite vieną pokytį, vieną vietą ir trijų mėnesių laikotarpį; susitarkite dėl dviejų ar trijų rodiklių.</li><li><strong>Darykite:</strong> įgyvendinkite bandymą ir fiksuokite, kas iš tiesų vyksta.</li><li><strong>Analizuokite:</strong> su visais partneriais aptarkite rezultatus, taip pat ir netikėtus padarinius.</li><li><strong>Veikite:</strong> pokytį įtvirtinkite, pakoreguokite arba atsisakykite jo ir nuspręskite dėl kito ciklo.</li></ol>",
                                "en": "<ol><li><strong>Plan:</strong> choose one change, one place and a three-month period; agree on two or three indicators.</li><li><strong>Do:</strong> run the pilot and record what actually happens.</li><li><strong>Study:</strong> review the results with all partners, including unexpected effects.</li><li><strong>Act:</strong> adopt, adjust or drop the change, and decide on the next cycle.</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: bendras nukreipimo kelias vyresnio amžiaus gyventojams",
                                "en": "Case study: a shared referral route for older residents",
                            },
                            "text": {
                                "lt": "<p>Vienoje seniūnijoje šeimos gydytoja, socialinė darbuotoja ir visuomenės sveikatos specialistė susitarė išbandyti vieno puslapio nukreipimo formą vyresnio amžiaus žmonėms, kuriems gresia socialinė atskirtis. Tris mėnesius jos skaičiavo nukreipimus ir dienas iki pirmojo vizito. Laukimas sutrumpėjo nuo trijų savaičių iki šešių dienų, todėl forma įvesta visose seniūnijose – prieš tai išbraukus vieną laukelį, kurio niekas nepildė.</p>",
                                "en": "<p>In one eldership, the family doctor, the social worker and the public health specialist agreed to test a one-page referral form for older people at risk of isolation. For three months they counted referrals and the days until the first visit. The waiting time fell from three weeks to six days, so the form was introduced in all elderships – after one field that nobody filled in had been removed.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokia mažiausia jūsų idėjos versija galėtų būti išbandyta per tris mėnesius?",
                                "en": "What is the smallest version of your idea that could be tested within three months?",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: sisteminis mąstymas",
                                    "en": "Knowledge check: systems thinking",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "single",
                                        "text": {
                                            "lt": "Kuris ledkalnio modelio lygmuo suteikia stipriausią poveikio svertą?",
                                            "en": "Which level of the iceberg model offers the strongest leverage?",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "Įvykiai",
                                                    "en": "Events",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Reaguojant į įvykius sprendžiami tik simptomai.",
                                                    "en": "No. Reacting to events addresses only the symptoms.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Dėsningumai",
                                                    "en": "Patterns",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne visai. Dėsningumų pastebėjimas padeda numatyti, bet jų nepakeičia.",
                                                    "en": "Not quite. Seeing patterns helps to anticipate them, but does not change them.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Mąstymo modeliai",
                                                    "en": "Mental models",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Pasikeitę įsitikinimai keičia struktūras, o šios – dėsningumus ir įvykius.",
                                                    "en": "Correct. Changed beliefs change structures, which in turn change patterns and events.",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "Bandomasis projektas, kuris nepatvirtino laukto rezultato, yra tuščiai iššvaistytos pastangos.",
                                            "en": "A pilot that does not confirm the expected result is a wasted effort.",
                                        },
                                        "options": [
                                            {
                                                "text": TRUE_FALSE_LABELS[0],
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Nepavykęs bandymas pigiai parodo, ko nereikia plėsti, ir padeda pakoreguoti sprendimą.",
                                                    "en": "No. A failed pilot cheaply shows what not to scale up and helps adjust the solution.",
                                                },
                                            },
                                            {
                                                "text": TRUE_FALSE_LABELS[1],
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Bandomieji projektai skirti mokytis, todėl ir neigiamas rezultatas yra vertingas.",
                                                    "en": "Correct. Pilots are for learning, so a negative result is valuable too.",
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
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Padaugėjus vyresnio amžiaus žmonių griuvimų, savivaldybė nusprendžia įsigyti papildomą greitosios pagalbos automobilį. Sisteminio mąstymo požiūriu ši priemonė pirmiausia sprendžia…",
                            "en": "As falls among older people increase, a municipality decides to buy an additional ambulance. In systems terms, this measure mainly addresses…",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "įvykius (simptomus)",
                                    "en": "events (symptoms)",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Priemonė padeda greičiau reaguoti į griuvimus, bet nemažina jų priežasčių.",
                                    "en": "Correct. It helps respond to falls faster but does not reduce their causes.",
                                },
                            },
                            {
                                "text": {"lt": "struktūras", "en": "structures"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Struktūrinis pokytis būtų, pavyzdžiui, nauja prevencijos paslauga ar nukreipimo tvarka.",
                                    "en": "No. A structural change would be, for example, a new prevention service or referral procedure.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "mąstymo modelius",
                                    "en": "mental models",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Įsitikinimai apie senėjimą ar prevenciją šiuo sprendimu nekeičiami.",
                                    "en": "No. Beliefs about ageing or prevention are not changed by this decision.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie veiksmai yra gera praktika braižant problemų medį? Pažymėkite visus tinkamus.",
                            "en": "Which are good practices when drawing a problem tree? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Kiekvienai priežasčiai kelis kartus paklausti „kodėl?“",
                                    "en": "Asking “why?” several times for each cause",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Taip pasiekiamos giluminės priežastys.",
                                    "en": "Correct. This is how underlying causes are reached.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Įtraukti partnerius ir gyventojus",
                                    "en": "Involving partners and residents",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kiekvienas mato kitą problemos dalį.",
                                    "en": "Correct. Everyone sees a different part of the problem.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Įrašyti tik tas priežastis, kurias gali pašalinti jūsų įstaiga",
                                    "en": "Listing only causes your own institution can remove",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Taip prarandamos priežastys, kurias gali paveikti kiti partneriai.",
                                    "en": "No. This loses the causes other partners could influence.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pradėti nuo sprendimo, kuris jums jau patinka",
                                    "en": "Starting from the solution you already prefer",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Iš anksto pasirinktas sprendimas iškreipia problemos analizę.",
                                    "en": "No. A solution chosen in advance distorts the analysis of the problem.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas yra grįžtamojo ryšio kilpa?",
                            "en": "What is a feedback loop?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Priežasčių grandinė, kurioje pasekmė sustiprina arba susilpnina savo pačios priežastį",
                                    "en": "A chain of causes in which the effect reinforces or weakens its own cause",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tokios kilpos paaiškina, kodėl problemos išlieka ar sparčiai auga.",
                                    "en": "Correct. Such loops explain why problems persist or grow quickly.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Partnerio rašytinis atsiliepimas apie susitikimą",
                                    "en": "A partner's written comments on a meeting",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Sisteminiame mąstyme šis terminas reiškia priežastinį ryšį, o ne atsiliepimą.",
                                    "en": "No. In systems thinking the term means a causal link, not comments.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Dalyvių pasitenkinimo apklausa po mokymų",
                                    "en": "A satisfaction survey after training",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Apklausa renka nuomones, bet nėra sistemos priežastinė kilpa.",
                                    "en": "No. A survey collects opinions but is not a causal loop in a system.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Sverto taškai dažnai yra taisyklių, nukreipimo kelių ar informacijos srautų pokyčiai, o ne naujos paslaugos.",
                            "en": "Leverage points are often changes in rules, referral routes or information flows rather than new services.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Nedidelis tvarkos pokytis gali paveikti daug sistemos ryšių.",
                                    "en": "Correct. A small change in procedure can affect many links in the system.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": False,
                                "feedback": {
                                    "lt": "Iš tiesų tai tiesa: naujos paslaugos reikalingos ne visada, dažnai pakanka pakeisti esamų ryšius.",
                                    "en": "It is in fact true: new services are not always needed; changing how existing ones connect is often enough.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kas priklauso bandomojo projekto ciklo analizės žingsniui? Pažymėkite visus tinkamus.",
                            "en": "What belongs to the “Study” step of the pilot cycle? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Rezultatų aptarimas su visais partneriais",
                                    "en": "Reviewing results with all partners",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Skirtingi partneriai rezultatus mato iš skirtingų pusių.",
                                    "en": "Correct. Different partners see the results from different angles.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Netikėtų padarinių užfiksavimas",
                                    "en": "Noting unexpected effects",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Netikėti padariniai dažnai yra svarbiausia pamoka.",
                                    "en": "Correct. Unexpected effects are often the most important lesson.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pokyčio išplėtimas visose seniūnijose dar iki rezultatų",
                                    "en": "Extending the change to all elderships before the results are in",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Plėsti verta tik įvertinus rezultatus, t. y. veikimo žingsnyje.",
                                    "en": "No. Scaling up comes only after the results are assessed, in the “Act” step.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Rodiklių pasirinkimas pirmą kartą",
                                    "en": "Choosing the indicators for the first time",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Rodikliai pasirenkami planavimo žingsnyje, prieš pradedant bandymą.",
                                    "en": "No. Indicators are chosen in the “Plan” step, before the pilot starts.",
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
            },
            "summary": {
                "lt": "Kaip partneriai bendrauja su gyventojais ir tarpusavyje: aiški kalba, bendros žinutės ir dialogo formos, leidžiančios žmonėms daryti įtaką sprendimams.",
                "en": "How partners communicate with residents and with each other: clear language, shared messages and dialogue formats that let people influence decisions.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Rengti aiškias, gyventojams suprantamas žinutes.",
                    "en": "Write clear messages that residents understand.",
                },
                {
                    "lt": "Planuoti ir moderuoti dialogo susitikimą su gyventojais ir partneriais.",
                    "en": "Plan and facilitate a dialogue meeting with residents and partners.",
                },
                {
                    "lt": "Susitarti dėl bendrų žinučių ir komunikacijos plano partnerystėje.",
                    "en": "Agree on shared messages and a communication plan within a partnership.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Informuoti neužtenka",
                                "en": "Informing is not enough",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Socialinės komunikacijos tikslas – supratimas ir veiksmas, o ne vien informacijos paskelbimas. Pranešimas savivaldybės interneto svetainėje įvykdo pareigą, bet nereiškia, kad kaime gyvenantis senjoras žino apie nemokamą pavėžėjimą į polikliniką.</p><p>Gera socialinė komunikacija prasideda nuo auditorijos: kam reikia žinoti, ką jie jau žino, ko baiminasi, kokiais kanalais pasitiki ir ką norime, kad jie padarytų.</p>",
                                "en": "<p>Social communication aims at understanding and action, not only at publishing information. A notice on the municipality's website fulfils a duty, but it does not mean that an older person in a village knows that free transport to the clinic exists.</p><p>Good social communication starts from the audience: who needs to know, what they already know, what they fear, which channels they trust and what we want them to do.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Penki klausimai prieš bet kokią žinutę",
                                "en": "Five questions before any message",
                            },
                            "text": {
                                "lt": "<ol><li>Kas tiksliai yra auditorija?</li><li>Kokį vieną dalyką ji turi suprasti?</li><li>Ką ji turėtų padaryti toliau?</li><li>Per ką ar per kurį žmogų žinutė ją pasieks?</li><li>Kaip sužinosime, kad žinutė suveikė?</li></ol>",
                                "en": "<ol><li>Who exactly is the audience?</li><li>What one thing should they understand?</li><li>What should they do next?</li><li>Through what or whom will the message reach them?</li><li>How will we know it worked?</li></ol>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Didžiausias komunikacijos priešas, kaip matome, yra jos iliuzija.",
                                "en": "The great enemy of communication, we find, is the illusion of it.",
                            },
                            "attribution": {
                                "lt": "William H. Whyte, 1950 m.",
                                "en": "William H. Whyte, 1950",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: kaip pasiekti žmones be interneto",
                                "en": "Case study: reaching people without internet",
                            },
                            "text": {
                                "lt": "<p>Visuomenės sveikatos biuras kvietė gyventojus nemokamai pasitikrinti kraujospūdį, tačiau iš kaimų atvyko nedaug žmonių. Kartu su seniūnija biuras paprašė seniūnaičių, parduotuvės savininkės ir parapijos asmeniškai perduoti kvietimą ir iškabino skelbimus autobusų stotelėse. Dalyvių padaugėjo tris kartus. Pamoka: patikimi žmonės taip pat yra komunikacijos kanalas.</p>",
                                "en": "<p>A public health bureau invited residents to free blood pressure checks, but few people came from the villages. Together with the eldership, the bureau asked the community representatives, the village shop owner and the parish to pass on the invitation personally, and put up posters at bus stops. Attendance tripled. The lesson: trusted people are a communication channel too.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurias gyventojų grupes jūsų savivaldybėje pasiekti sunkiausia ir kuo jos jau pasitiki?",
                                "en": "Which groups in your municipality are hardest to reach, and whom do they already trust?",
                            },
                        },
                    ],
                },
                {
                    "slug": "plain-language",
                    "title": {"lt": "Aiški kalba", "en": "Plain language"},
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Rašykite taip, kad suprastų iš pirmo karto",
                                "en": "Write to be understood the first time",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Aiški kalba reiškia, kad skaitytojas randa, ko jam reikia, tai supranta ir gali panaudoti. Tai ne turinio supaprastinimas, o pagarba skaitytojo laikui.</p><ul><li>Svarbiausią informaciją pateikite pradžioje.</li><li>Rašykite trumpais sakiniais ir įprastais žodžiais; neišvengiamus terminus paaiškinkite.</li><li>Kreipkitės tiesiogiai ir veikiamąja rūšimi: „Skambinkite mums“, o ne „Dėl informacijos gali būti kreipiamasi“.</li><li>Pateikite konkrečių duomenų: datas, adresus, telefonų numerius, kainas.</li></ul>",
                                "en": "<p>Plain language means that readers can find what they need, understand it and use it. It is not dumbing down the content; it is respect for the reader's time.</p><ul><li>Put the most important information first.</li><li>Use short sentences and everyday words; explain unavoidable terms.</li><li>Address the reader directly and use the active voice: “Call us” instead of “Enquiries may be made”.</li><li>Give concrete details: dates, addresses, phone numbers, costs.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {"lt": "Prieš ir po", "en": "Before and after"},
                            "text": {
                                "lt": "<p><strong>Prieš:</strong> „Asmenys, pageidaujantys gauti socialinę paslaugą, teikia prašymą savivaldybės administracijos nustatyta tvarka.“</p><p><strong>Po:</strong> „Jei jums reikia pagalbos namuose, paskambinkite savo seniūnijos socialinei darbuotojai. Ji atvyks pas jus ir padės užpildyti prašymą.“</p>",
                                "en": "<p><strong>Before:</strong> “Persons wishing to receive a social service shall submit an application in accordance with the procedure established by the municipal administration.”</p><p><strong>After:</strong> “If you need help at home, call the social worker at your eldership. She will visit you and help you fill in the application.”</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {"lt": "Prieinamumas", "en": "Accessibility"},
                            "text": {
                                "lt": "<p>Dalis skaitytojų prastai mato, turi intelekto negalią arba menkai moka lietuvių kalbą. Naudokite didelį, aiškų šriftą, svarbiausioms paslaugoms parenkite lengvai skaitomą teksto versiją ir pateikite informaciją kalbomis, kuriomis kalba jūsų bendruomenė.</p>",
                                "en": "<p>Some readers have poor eyesight, an intellectual disability or limited Lithuanian. Use large, clear fonts, prepare an easy-to-read version for key services and offer information in the languages spoken in your community.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Paimkite neseniai jūsų organizacijos išsiųstą laišką ar skelbimą. Kurį sakinį gyventojas greičiausiai suprastų klaidingai?",
                                "en": "Take a recent letter or notice from your organisation. Which sentence would a resident be most likely to misunderstand?",
                            },
                        },
                    ],
                },
                {
                    "slug": "dialogue-with-residents",
                    "title": {
                        "lt": "Dialogas su gyventojais",
                        "en": "Dialogue with residents",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo konsultavimo prie dialogo",
                                "en": "From consultation to dialogue",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Konsultuodamasi institucija pristato parengtą pasiūlymą ir renka pastabas. Dialoge gyventojai ir partneriai kartu nagrinėja problemą dar prieš priimant sprendimą ir gali matyti, kaip buvo panaudotas jų indėlis. Dialogas pradžioje užima daugiau laiko, bet vėliau jį sutaupo, nes sprendimai sulaukia mažiau pasipriešinimo.</p>",
                                "en": "<p>In a consultation, an institution presents a ready proposal and collects comments. In a dialogue, residents and partners explore the problem together before the decision is made, and they can see how their input was used. Dialogue takes more time at the start and saves it later, because decisions meet less resistance.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Veikiančios formos",
                                "en": "Formats that work",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Bendruomenės pokalbis</strong> seniūnijoje ar bibliotekoje, prie nedidelių stalų su moderatoriumi prie kiekvieno.</li><li><strong>Pasaulio kavinė:</strong> dalyviai keliauja tarp stalų, prie kurių aptariami skirtingi klausimai.</li><li><strong>Bendras pasivaikščiojimas:</strong> partneriai ir gyventojai kartu apeina kvartalą ir vietoje užfiksuoja problemas.</li><li><strong>Dalyvaujamasis biudžetas:</strong> gyventojai siūlo nedidelius projektus ir už juos balsuoja.</li></ul>",
                                "en": "<ul><li><strong>Community conversation</strong> in the eldership or the library, at small tables with a moderator at each.</li><li><strong>World café:</strong> participants move between tables, each discussing a different question.</li><li><strong>Neighbourhood walk:</strong> partners and residents walk the area together and note problems on the spot.</li><li><strong>Participatory budgeting:</strong> residents propose small projects and vote on them.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {"lt": "Užbaikite ratą", "en": "Close the loop"},
                            "text": {
                                "lt": "<p>Po kiekvieno susitikimo praneškite dalyviams, kas nuspręsta ir kodėl, taip pat kurie pasiūlymai nepriimti. Gyventojai, kurie niekada nesulaukia atsakymo, nustoja ateiti.</p>",
                                "en": "<p>After every meeting, tell participants what was decided and why – including which proposals were not accepted. Residents who never hear back stop coming.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kada gyventojai paskutinį kartą paveikė jūsų organizacijos sprendimą? Kaip jie sužinojo apie rezultatą?",
                                "en": "When did residents last influence a decision of your organisation? How did they learn about the result?",
                            },
                        },
                    ],
                },
                {
                    "slug": "shared-messages-in-partnership",
                    "title": {
                        "lt": "Bendros partnerystės žinutės",
                        "en": "Shared messages in a partnership",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vienas balsas, daug pasiuntinių",
                                "en": "One voice, many messengers",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kai apie tą pačią paslaugą kalba kelios organizacijos, gyventojus greitai suklaidina skirtingi pavadinimai, telefonų numeriai ir pažadai. Partneriai turėtų susitarti dėl bendro iniciatyvos pavadinimo, vieno kontaktinio taško, kelių pagrindinių žinučių ir to, kas kuria tema kalba žiniasklaidai.</p><p>Tada kiekvienas partneris tą pačią žinutę skleidžia savo kanalais: savivaldybės svetainėje, mokyklos elektroniniame dienyne, NVO socialinio tinklo paskyroje, įmonės naujienlaiškyje.</p>",
                                "en": "<p>When several organisations talk about the same service, residents are quickly confused by different names, phone numbers and promises. Partners should agree on a common name for the joint initiative, one contact point, a few key messages and who speaks to the media on which topic.</p><p>Each partner then spreads the same message through its own channels: the municipality's website, the school's electronic diary, the NGO's social media page, the company's newsletter.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: bendra kampanija prieš smurtą artimoje aplinkoje",
                                "en": "Case study: a joint campaign against domestic violence",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės policijos komisariatas, specializuotos kompleksinės pagalbos centras, visuomenės sveikatos biuras ir mokyklos anksčiau leido atskirus leidinius. Bendroje kampanijoje jie susitarė dėl vienos žinutės – „Smurtas nėra privatus reikalas: pagalbos galima kreiptis“ – ir vieno kontaktų sąrašo. Mokytojai, vaistininkai ir kirpėjai dalyvavo trumpuose instruktažuose, kaip elgtis, jei kas nors jiems patiki savo bėdą.</p>",
                                "en": "<p>The police commissariat, the specialised complex assistance centre, the public health bureau and the schools of a municipality used to publish separate materials. In a joint campaign they agreed on one message – “Violence is not a private matter: you can ask for help” – and one list of contacts. Teachers, pharmacists and hairdressers attended short briefings on how to respond if someone confides in them.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Vieno puslapio komunikacijos planas",
                                "en": "A one-page communication plan",
                            },
                            "text": {
                                "lt": "<p>Raštu susitarkite dėl pagrindinės žinutės, auditorijų, kiekvieno partnerio kanalų, kalendoriaus, atstovo spaudai ir to, kaip reaguosite į kritiką ar krizę.</p>",
                                "en": "<p>Agree in writing on the key message, the audiences, each partner's channels, a calendar, the spokesperson and how you will respond to criticism or a crisis.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Ar iniciatyva, kurioje dalyvaujate, turi vieną pavadinimą ir vieną kontaktinį tašką, kuriuos naudoja visi partneriai?",
                                "en": "Does the initiative you take part in have one name and one contact point that every partner uses?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: socialinė komunikacija ir dialogas",
                    "en": "Module quiz: social communication and dialogue",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Koks yra pagrindinis socialinės komunikacijos tikslas?",
                            "en": "What is the main aim of social communication?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Kad auditorija suprastų žinutę ir imtųsi veiksmų",
                                    "en": "That the audience understands the message and acts on it",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Sėkmė matuojama supratimu ir veiksmu, o ne paskelbtų pranešimų skaičiumi.",
                                    "en": "Correct. Success is measured by understanding and action, not by the number of notices published.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Visą informaciją paskelbti interneto svetainėje",
                                    "en": "Publishing all information on the website",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Paskelbimas įvykdo pareigą, bet nebūtinai pasiekia žmones.",
                                    "en": "No. Publishing fulfils a duty but does not necessarily reach people.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Gerinti institucijos įvaizdį",
                                    "en": "Improving the institution's image",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Geras įvaizdis gali būti šalutinis poveikis, bet ne pagrindinis tikslas.",
                                    "en": "No. A good image may be a side effect, but it is not the main aim.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie būdai padeda rašyti aiškia kalba? Pažymėkite visus tinkamus.",
                            "en": "Which techniques help you write in plain language? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Svarbiausią informaciją pateikti pradžioje",
                                    "en": "Putting the most important information first",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Skaitytojas iškart randa, kas jam svarbiausia.",
                                    "en": "Correct. Readers find what matters most to them straight away.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Tiesioginis kreipinys ir veikiamoji rūšis",
                                    "en": "Direct address and the active voice",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. „Skambinkite mums“ aiškiau nei „gali būti kreipiamasi“.",
                                    "en": "Correct. “Call us” is clearer than “enquiries may be made”.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Ilgi sakiniai su visomis teisės aktų nuorodomis",
                                    "en": "Long sentences with all legal references",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Teisės aktų nuorodas, jei jų reikia, geriau pateikti pabaigoje.",
                                    "en": "No. Legal references, if needed, are better placed at the end.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Konkrečios datos, adresai ir kainos",
                                    "en": "Concrete dates, addresses and costs",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Konkretumas padeda žmogui veikti.",
                                    "en": "Correct. Concrete details help people act.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Dialoge gyventojai kartu su institucijomis nagrinėja problemą dar prieš priimant sprendimą.",
                            "en": "In a dialogue, residents explore the problem together with institutions before the decision is made.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tuo dialogas ir skiriasi nuo parengto pasiūlymo konsultavimo.",
                                    "en": "Correct. That is what distinguishes dialogue from consultation on a ready proposal.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": False,
                                "feedback": {
                                    "lt": "Iš tiesų tai tiesa: dialoge gyventojai įtraukiami anksčiau nei konsultuojant.",
                                    "en": "It is in fact true: dialogue involves residents earlier than consultation does.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Gyventojai nustojo lankytis bendruomenės susitikimuose. Kurio žingsnio greičiausiai trūko?",
                            "en": "Residents stopped coming to community meetings. Which step was most likely missing?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Pranešti dalyviams, kas nuspręsta ir kodėl",
                                    "en": "Telling participants what was decided and why",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Negavę grįžtamojo ryšio žmonės mano, kad jų nuomonė nieko nelemia.",
                                    "en": "Correct. Without feedback, people conclude that their opinion makes no difference.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kavos ir užkandžių",
                                    "en": "Coffee and snacks",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Vaišės maloniai nuteikia, bet neatstoja matomo dalyvavimo poveikio.",
                                    "en": "No. Refreshments are pleasant but cannot replace a visible effect of taking part.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Susitikimą surengti savivaldybės posėdžių salėje",
                                    "en": "Holding the meeting in the municipal council hall",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Gyventojams artimesnė vieta, pavyzdžiui, biblioteka ar seniūnija, dažniausiai tinka geriau.",
                                    "en": "No. A place closer to residents, such as the library or eldership, usually works better.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pristatyti visiškai parengtą pasiūlymą",
                                    "en": "Presenting a fully finished proposal",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Galutinis pasiūlymas palieka gyventojams mažiau erdvės daryti įtaką.",
                                    "en": "No. A finished proposal leaves residents less room to influence the outcome.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Kiekvienas bendros iniciatyvos partneris turėtų naudoti savo paslaugos pavadinimą ir telefoną, kad gyventojai turėtų daugiau pasirinkimo.",
                            "en": "Each partner in a joint initiative should use its own service name and phone number so that residents have more choice.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Skirtingi pavadinimai ir numeriai klaidina; reikia vieno kontaktinio taško.",
                                    "en": "No. Different names and numbers confuse people; one contact point is needed.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Vienas pavadinimas ir vienas kontaktas, o partneriai tik daugina tą pačią žinutę.",
                                    "en": "Correct. One name and one contact, with partners multiplying the same message.",
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
            },
            "summary": {
                "lt": "Kaip remtis vietos bendruomenių stiprybėmis, atsakingai įtraukti savanorius ir bendradarbiauti su nevyriausybinėmis organizacijomis kaip su lygiaverčiais partneriais.",
                "en": "How to build on the strengths of local communities, involve volunteers responsibly and cooperate with non-governmental organisations as equal partners.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Sudaryti vietos bendruomenės išteklių žemėlapį ir įtraukti bendruomenines organizacijas į problemų sprendimą.",
                    "en": "Map the assets of a local community and involve community organisations in solving problems.",
                },
                {
                    "lt": "Organizuoti savanorišką veiklą viešojoje įstaigoje: paiešką, susitarimus, palaikymą ir pripažinimą.",
                    "en": "Organise volunteering in a public institution: recruitment, agreements, support and recognition.",
                },
                {
                    "lt": "Pasirinkti tinkamas bendradarbiavimo su NVO ir jų finansavimo formas.",
                    "en": "Choose suitable forms of cooperation with and funding for NGOs.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Poreikiai ar ištekliai?",
                                "en": "Needs or assets?",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Institucijos bendruomenes dažniausiai apibūdina per poreikius: kiek jose gyvena bedarbių, vienišų ar sergančių žmonių. Ištekliais grindžiama bendruomenės plėtra pradeda nuo kitos pusės – kokius įgūdžius, vietas, draugijas ir ryšius bendruomenė jau turi ir kaip juos sujungti.</p><p>Tai nereiškia, kad problemos neigiamos. Keičiasi gyventojų vaidmuo: iš paslaugų gavėjų jie tampa sprendimų kūrėjais.</p>",
                                "en": "<p>Institutions usually describe communities through their needs: how many unemployed, lonely or ill people live there. Asset-based community development starts from the other side: which skills, places, associations and relationships the community already has, and how they can be connected.</p><p>This does not deny the problems. It changes the role of residents from recipients of services to co-creators of solutions.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Išteklių žemėlapis per vieną popietę",
                                "en": "An asset map in one afternoon",
                            },
                            "text": {
                                "lt": "<p>Kartu su gyventojais surašykite: <strong>žmones</strong> ir jų gebėjimus, <strong>draugijas</strong> (bendruomenines organizacijas, sporto klubus, parapiją, folkloro ansamblius), <strong>įstaigas</strong> (mokyklą, biblioteką, kultūros namus, ambulatoriją), <strong>vietas</strong> (sales, kiemus, nenaudojamas patalpas) ir <strong>vietos verslą</strong>. Tada paklauskite, kokių ryšių tarp jų trūksta.</p>",
                                "en": "<p>Together with residents, list <strong>people</strong> and their skills, <strong>associations</strong> (community organisations, sports clubs, the parish, folk ensembles), <strong>institutions</strong> (school, library, culture house, outpatient clinic), <strong>places</strong> (halls, yards, unused premises) and <strong>local businesses</strong>. Then ask which connections between them are missing.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: kaimo bendruomenė atgaivina tuščią mokyklą",
                                "en": "Case study: a village community revives an empty school",
                            },
                            "text": {
                                "lt": "<p>Uždarius kaimo mokyklą, bendruomenė su savivaldybe sudarė pastato panaudos sutartį. Dabar čia veikia kartu su socialinių paslaugų centru organizuojamas dienos centras senjorams, bibliotekos filialas ir dirbtuvės, kuriose vietos stalius moko paauglius. Savivaldybė apmoka šildymą, o bendruomenė suteikia savanorių ir organizuoja renginius.</p>",
                                "en": "<p>After the village school closed, the community organisation signed a loan-for-use agreement for the building with the municipality. Today it houses a day centre for older residents run together with the social services centre, a library branch and a workshop where a local carpenter teaches teenagers. The municipality pays for heating; the community provides volunteers and organises events.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Įvardykite tris savo bendruomenės išteklius, kurių jūsų organizacija dar niekada nepanaudojo. Kas galėtų jus su jais suvesti?",
                                "en": "Name three assets in your community that your organisation has never used. Who could connect you with them?",
                            },
                        },
                    ],
                },
                {
                    "slug": "working-with-volunteers",
                    "title": {
                        "lt": "Darbas su savanoriais",
                        "en": "Working with volunteers",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Savanorystė – ne nemokama darbo jėga",
                                "en": "Volunteering is not free labour",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Savanoriai skiria savo laiką, nes nori padėti, mokytis ar priklausyti bendruomenei. Jiems reikia prasmingų užduočių, pasirengimo ir pripažinimo. Lietuvoje savanorišką veiklą reglamentuoja Savanoriškos veiklos įstatymas: organizacija ir savanoris gali sudaryti savanoriškos veiklos sutartį, o organizacija gali kompensuoti savanorio išlaidas, pavyzdžiui, kelionės.</p><p>Savanoriai papildo profesionalius darbuotojus, bet neturi pakeisti apmokamų pareigybių ar atlikti darbų, kuriems reikia kvalifikacijos.</p>",
                                "en": "<p>Volunteers give their time because they want to help, learn or belong to a community. They need meaningful tasks, preparation and recognition. In Lithuania volunteering is governed by the Law on Volunteering: the organisation and the volunteer may sign a volunteering agreement, and the organisation may reimburse the volunteer's expenses, such as travel.</p><p>Volunteers complement professional staff; they must not replace paid positions or carry out tasks that require a qualification.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: globos namai ir jų savanoriai",
                                "en": "Case study: a care home and its volunteers",
                            },
                            "text": {
                                "lt": "<p>Senyvo amžiaus žmonių globos namai norėjo, kad gyventojai daugiau bendrautų su išoriniu pasauliu. Kartu su jaunimo centru ir gimnazija jie pradėjo savanorystės programą: mokiniai šeštadienio popietėmis lankosi globos namuose, garsiai skaito, žaidžia stalo žaidimus ir padeda gyventojams vaizdo skambučiais susisiekti su artimaisiais.</p><p>Prieš pirmąjį apsilankymą savanoriai dalyvauja dviejų valandų užsiėmime apie bendravimą su demencija sergančiais žmonėmis ir globos namų taisykles. Viena darbuotoja yra savanorių koordinatorė, o kartą per metus globos namai bendrame renginyje padėkoja savanoriams.</p>",
                                "en": "<p>A care home for older people wanted its residents to have more contact with the outside world. Together with the youth centre and a gymnasium (secondary school), it started a volunteering programme: pupils visit on Saturday afternoons, read aloud, play board games and help residents make video calls to their relatives.</p><p>Before the first visit, volunteers attend a two-hour session on communicating with people living with dementia and on the home's rules. One staff member acts as volunteer coordinator, and once a year the home thanks the volunteers at a joint celebration.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Savanorio kelias",
                                "en": "The volunteer journey",
                            },
                            "text": {
                                "lt": "<ol><li>Aprašykite užduotį ir reikalingą laiką.</li><li>Ieškokite savanorių ten, kur jie jau yra.</li><li>Raštu susitarkite dėl užduočių, taisyklių ir konfidencialumo.</li><li>Supažindinkite ir apmokykite prieš pirmąją veiklą.</li><li>Palaikykite: vienas kontaktinis asmuo ir reguliarūs pokalbiai.</li><li>Pripažinkite: padėkokite, išduokite pažymą apie savanorišką veiklą, švęskite kartu.</li></ol>",
                                "en": "<ol><li>Describe the task and the time it needs.</li><li>Recruit where your volunteers already are.</li><li>Agree on tasks, rules and confidentiality in writing.</li><li>Introduce and train volunteers before their first activity.</li><li>Support them: one contact person and regular check-ins.</li><li>Recognise them: say thank you, issue a volunteering reference, celebrate together.</li></ol>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Saugumas ir pažeidžiami žmonės",
                                "en": "Safety and vulnerable people",
                            },
                            "text": {
                                "lt": "<p>Kai savanoriai dirba su vaikais ar globojamais asmenimis, pasitikrinkite tokiai veiklai taikomus teisės aktų reikalavimus, susitarkite, kas gali likti su gyventoju vienas, ir paaiškinkite, kaip pranešti apie nerimą keliančias situacijas. Saugodami gyventojus, saugote ir savanorius.</p>",
                                "en": "<p>When volunteers work with children or people in care, check the legal requirements for such work, agree on who may be alone with a resident and explain how to report concerns. Protecting residents also protects volunteers.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Savanoriai neatėmė darbo iš mūsų darbuotojų. Jie sugrąžino laiką pokalbiams.",
                                "en": "Volunteers did not take work away from our staff. They brought back time for conversation.",
                            },
                            "attribution": {
                                "lt": "Globos namų direktorė (apibendrintas atvejis)",
                                "en": "Care home director (composite case)",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurį savanorio kelio žingsnį jūsų organizacija dažniausiai praleidžia ir kokių pasekmių tai turi?",
                                "en": "Which step of the volunteer journey does your organisation most often skip, and what are the consequences?",
                            },
                        },
                    ],
                },
                {
                    "slug": "cooperating-with-ngos",
                    "title": {
                        "lt": "Bendradarbiavimas su NVO",
                        "en": "Cooperating with NGOs",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "NVO – partnerės, o ne subrangovės",
                                "en": "NGOs as partners, not subcontractors",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>NVO dažnai pasiekia žmones, kurių nepasiekia institucijos: krizę išgyvenančias šeimas, priklausomybių turinčius asmenis, migrantus, vienišus senjorus. Jos atneša pasitikėjimą, lankstumą ir savanorius. Norėdamos šią stiprybę išnaudoti, savivaldybės turėtų įtraukti NVO ne tik į paslaugų teikimą, bet ir į jų planavimą.</p><p>Daugumoje savivaldybių veikia NVO taryba, patarianti bendradarbiavimo su nevyriausybinėmis organizacijomis klausimais. Konsultuokitės su ja rengdami socialinių paslaugų planą ir finansavimo konkursų sąlygas.</p>",
                                "en": "<p>NGOs often reach people whom institutions do not: families in crisis, people with addictions, migrants, isolated older residents. They bring trust, flexibility and volunteers. To make use of this strength, municipalities should involve NGOs not only in delivering services but also in planning them.</p><p>Most municipalities have an NGO council that advises on cooperation with non-governmental organisations. Consult it when preparing the social services plan and the conditions of funding calls.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Bendradarbiavimo formos",
                                "en": "Forms of cooperation",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Projektų finansavimas</strong> per atvirus konkursus – tinka naujoms idėjoms, bet yra trumpalaikis.</li><li><strong>Paslaugų pirkimas ar delegavimas</strong> – nuolatinėms socialinėms paslaugoms, su kokybės reikalavimais ir ilgesnėmis sutartimis.</li><li><strong>Partnerystė bendruose projektuose</strong> – pavyzdžiui, bendra paraiška ES ar Norvegijos finansinio mechanizmo lėšoms gauti.</li><li><strong>Parama natūra</strong> – patalpos pagal panaudos sutartį, mokymai, bendras transportas.</li></ul>",
                                "en": "<ul><li><strong>Project funding</strong> through open calls – good for new ideas, but short-term.</li><li><strong>Purchasing or delegating services</strong> – for continuous social services, with quality requirements and longer contracts.</li><li><strong>Partnership in joint projects</strong> – for example, a joint application for EU or Norway Grants funding.</li><li><strong>In-kind support</strong> – premises under a loan-for-use agreement, training, shared transport.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Sąžiningas finansavimas",
                                "en": "Fair funding",
                            },
                            "text": {
                                "lt": "<p>Jei NVO apmokamos tik tiesioginės veiklos, be administravimo išlaidų, jos silpnėja. Planuokite realius biudžetus, mokėkite laiku ir nuolatinėms paslaugoms rinkitės ilgesnes sutartis: kiekvieną gruodį nutrūkstanti paslauga praranda ir darbuotojus, ir klientų pasitikėjimą.</p>",
                                "en": "<p>Paying NGOs only for direct activities, without administration costs, weakens them. Plan realistic budgets, pay on time and choose longer agreements for continuous services: a service that stops every December loses both its staff and its clients' trust.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurios jūsų savivaldybės NVO dalyvauja planuojant socialines paslaugas, o kurios apie sprendimus sužino tik vėliau?",
                                "en": "Which NGOs in your municipality take part in planning social services, and which only hear about decisions afterwards?",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: savanoriai ir NVO",
                                    "en": "Knowledge check: volunteers and NGOs",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "multiple",
                                        "text": {
                                            "lt": "Kurie veiksmai yra gera praktika įtraukiant savanorius? Pažymėkite visus tinkamus.",
                                            "en": "Which are good practices when involving volunteers? Select all that apply.",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "Apmokymas prieš pirmąją veiklą",
                                                    "en": "Training before the first activity",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Pasirengęs savanoris jaučiasi saugiau ir dirba geriau.",
                                                    "en": "Correct. A prepared volunteer feels safer and does better work.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Paskirtas kontaktinis asmuo",
                                                    "en": "A named contact person",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Savanoris turi žinoti, į ką kreiptis.",
                                                    "en": "Correct. Volunteers need to know whom to turn to.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Savanoriai užima laisvas apmokamas pareigybes",
                                                    "en": "Volunteers fill vacant paid positions",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Savanoriai papildo darbuotojus, bet jų nepakeičia.",
                                                    "en": "No. Volunteers complement staff but do not replace them.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Jokių rašytinių taisyklių, kad viskas liktų neformalu",
                                                    "en": "No written rules, to keep things informal",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. Aiškios taisyklės, ypač dėl konfidencialumo, apsaugo ir gyventojus, ir savanorius.",
                                                    "en": "No. Clear rules, especially on confidentiality, protect both residents and volunteers.",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "NVO stiprybės geriausiai išnaudojamos, kai jos įtraukiamos tik į paslaugų teikimą.",
                                            "en": "NGOs' strengths are used best when they are involved only in delivering services.",
                                        },
                                        "options": [
                                            {
                                                "text": TRUE_FALSE_LABELS[0],
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Ne. NVO žino, ko iš tiesų reikia jų pasiekiamiems žmonėms, todėl jas verta įtraukti jau planuojant.",
                                                    "en": "No. NGOs know what the people they reach really need, so they should be involved from the planning stage.",
                                                },
                                            },
                                            {
                                                "text": TRUE_FALSE_LABELS[1],
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. NVO turėtų dalyvauti ir planuojant paslaugas, ne tik jas teikiant.",
                                                    "en": "Correct. NGOs should take part in planning services, not only in delivering them.",
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
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Nuo ko pradedama ištekliais grindžiama bendruomenės plėtra?",
                            "en": "What is the starting point of asset-based community development?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Nuo bendruomenės jau turimų gebėjimų, draugijų, vietų ir ryšių",
                                    "en": "The skills, associations, places and relationships the community already has",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Šis požiūris remiasi tuo, kas bendruomenėje jau veikia.",
                                    "en": "Correct. This approach builds on what already works in the community.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo poreikių ir trūkumų sąrašo",
                                    "en": "A list of needs and deficits",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai tradicinis, poreikiais grindžiamas požiūris.",
                                    "en": "No. That is the traditional, needs-based approach.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo savivaldybės biudžeto",
                                    "en": "The municipal budget",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Biudžetas svarbus, bet ištekliais grindžiama plėtra pirmiausia žvelgia į pačią bendruomenę.",
                                    "en": "No. The budget matters, but asset-based development looks first at the community itself.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Ką organizacija gali daryti pagal Savanoriškos veiklos įstatymą? Pažymėkite visus tinkamus.",
                            "en": "What may an organisation do under the Law on Volunteering? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Sudaryti su savanoriu savanoriškos veiklos sutartį",
                                    "en": "Sign a volunteering agreement with the volunteer",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Sutartis aiškiai apibrėžia užduotis ir sąlygas.",
                                    "en": "Correct. An agreement clearly sets out tasks and conditions.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kompensuoti savanorio kelionės išlaidas",
                                    "en": "Reimburse the volunteer's travel expenses",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Išlaidų kompensavimas nepaverčia savanorystės darbu.",
                                    "en": "Correct. Reimbursing expenses does not turn volunteering into employment.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Mokėti savanoriui darbo užmokestį",
                                    "en": "Pay the volunteer a salary",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Savanoriška veikla yra neatlygintina; už apmokamą darbą sudaromos darbo sutartys.",
                                    "en": "No. Volunteering is unpaid; paid work requires an employment contract.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pavesti savanoriui darbus, kuriems reikia profesinės kvalifikacijos",
                                    "en": "Give the volunteer tasks that require a professional qualification",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Kvalifikacijos reikalaujančius darbus atlieka atitinkami specialistai.",
                                    "en": "No. Tasks requiring a qualification are done by qualified professionals.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Kai biudžetas įtemptas, savanoriai gali pakeisti kvalifikuotus darbuotojus.",
                            "en": "When the budget is tight, volunteers may replace qualified staff.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai kelia pavojų paslaugų kokybei ir gyventojų saugumui bei menkina savanorystę.",
                                    "en": "No. It endangers service quality and residents' safety, and undermines volunteering.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Savanoriai papildo profesionalų darbą, bet jo neatstoja.",
                                    "en": "Correct. Volunteers complement professional work but do not replace it.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuri bendradarbiavimo forma labiausiai tinka nuolatinei socialinei paslaugai, kurią teikia NVO?",
                            "en": "Which form of cooperation best suits a continuous social service provided by an NGO?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Paslaugos pirkimas ar delegavimas pagal ilgesnę sutartį",
                                    "en": "Purchasing or delegating the service under a longer contract",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ilgesnė sutartis užtikrina paslaugos tęstinumą ir kokybę.",
                                    "en": "Correct. A longer contract ensures continuity and quality of the service.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vienkartinis projekto finansavimas",
                                    "en": "One-off project funding",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Projektinis finansavimas tinka naujoms idėjoms, bet ne nuolatinei paslaugai.",
                                    "en": "No. Project funding suits new ideas, not a continuous service.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Žodinis susitarimas be finansavimo",
                                    "en": "A verbal agreement without funding",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Toks susitarimas nesuteikia nei tęstinumo, nei aiškios atsakomybės.",
                                    "en": "No. Such an agreement provides neither continuity nor clear responsibility.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Ką verta įtraukti į bendruomenės išteklių žemėlapį? Pažymėkite visus tinkamus.",
                            "en": "What belongs on a community asset map? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Gyventojų gebėjimus",
                                    "en": "Residents' skills",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Žmonės ir jų gebėjimai – svarbiausias bendruomenės išteklius.",
                                    "en": "Correct. People and their skills are a community's most important asset.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vietos draugijas ir klubus",
                                    "en": "Local associations and clubs",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Jos jau telkia žmones ir turi jų pasitikėjimą.",
                                    "en": "Correct. They already bring people together and have their trust.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nenaudojamas patalpas",
                                    "en": "Unused premises",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tuščias pastatas gali tapti bendruomenės centru.",
                                    "en": "Correct. An empty building can become a community centre.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Gyventojų skolų sąrašą",
                                    "en": "A list of residents' debts",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai ne išteklius, o jautrūs asmens duomenys, kurių žemėlapyje neturi būti.",
                                    "en": "No. That is not an asset but sensitive personal data that has no place on the map.",
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
            },
            "summary": {
                "lt": "Kaip užtikrinti, kad tarpsektorinė partnerystė būtų skaidri ir be korupcijos rizikų, ir kaip ją išplėtoti į ilgalaikį, aiškiai valdomą tinklą.",
                "en": "How to keep a cross-sector partnership transparent and free of corruption risks, and how to grow it into a lasting network with clear governance.",
            },
            "estimated_hours": 8,
            "learning_outcomes": [
                {
                    "lt": "Taikyti skaidrumo principus partnerystės sprendimams, finansavimui ir informacijai.",
                    "en": "Apply transparency principles to a partnership's decisions, funding and information.",
                },
                {
                    "lt": "Atpažinti interesų konfliktus bei korupcijos rizikas ir tinkamai į juos reaguoti.",
                    "en": "Recognise conflicts of interest and corruption risks and respond to them appropriately.",
                },
                {
                    "lt": "Planuoti bendradarbiavimo tinklo plėtrą, valdymą ir vertinimą.",
                    "en": "Plan the growth, governance and evaluation of a cooperation network.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kodėl partnerystėje skaidrumas dar svarbesnis",
                                "en": "Why transparency matters even more in partnerships",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kai susipina viešosios lėšos, privatūs ištekliai ir pilietinių organizacijų savanoriai, tampa sunkiau matyti, kas sprendžia, kas moka ir kas gauna naudos. Gyventojai ir partneriai greitai praranda pasitikėjimą, jei įtaria, kad partnerystė tarnauja kieno nors privačiam interesui. Todėl skaidrumas yra ne tik teisinė viešųjų įstaigų pareiga, bet ir partnerystės teisėtumo sąlyga.</p>",
                                "en": "<p>When public money, private resources and civic volunteers mix, it becomes harder to see who decides, who pays and who benefits. Residents and partners quickly lose trust if they suspect that a partnership serves someone's private interest. Transparency is therefore not only a legal duty of public institutions; it is a condition of the partnership's legitimacy.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Praktiškai skaidri partnerystė:</p><ul><li>skelbia savo tikslus, narius ir kontaktinius asmenis;</li><li>protokoluoja sprendimus ir protokolus pateikia visiems partneriams;</li><li>paaiškina, kaip ir pagal kokius kriterijus skirstomos lėšos ir įnašai natūra;</li><li>atsiskaito už rezultatus, įskaitant tai, kas nepavyko.</li></ul>",
                                "en": "<p>In practice, a transparent partnership:</p><ul><li>publishes its goals, members and contact persons;</li><li>records its decisions and makes the minutes available to all partners;</li><li>explains how, and by which criteria, funds and in-kind contributions are allocated;</li><li>reports its results, including what did not work.</li></ul>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Sakoma, kad saulės šviesa – geriausias dezinfekantas.",
                                "en": "Sunlight is said to be the best of disinfectants.",
                            },
                            "attribution": {
                                "lt": "Louis D. Brandeis, JAV Aukščiausiojo Teismo teisėjas",
                                "en": "Louis D. Brandeis, US Supreme Court justice",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Partnerystės puslapis",
                                "en": "A partnership page",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės ar pagrindinio partnerio svetainėje sukurkite vieną viešą puslapį, kuriame būtų susitarimas, partnerių sąrašas, susitikimų datos, svarbiausi sprendimai ir metinė ataskaita. Tai kainuoja nedaug, o atsako į daugumą klausimų dar jiems nekilus.</p>",
                                "en": "<p>Create one public page on the municipality's or lead partner's website with the agreement, the list of partners, meeting dates, key decisions and an annual report. It costs little and answers most questions before they are asked.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Ar gyventojas šiandien galėtų sužinoti, kas jūsų partnerystėje priima sprendimus ir kaip skirstomi ištekliai?",
                                "en": "Could a resident find out today who takes decisions in your partnership and how resources are allocated?",
                            },
                        },
                    ],
                },
                {
                    "slug": "conflicts-of-interest-and-corruption-risks",
                    "title": {
                        "lt": "Interesų konfliktai ir korupcijos rizikos",
                        "en": "Conflicts of interest and corruption risks",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kur atsiranda rizikos",
                                "en": "Where risks appear",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Glaudus bendradarbiavimas kuria asmeninius ryšius – tai jo stiprybė, bet kartu ir rizika. Tipinės rizikos vietos: partnerių ar tiekėjų atranka be viešų kriterijų, finansavimo konkursai, kurių paraiškas vertina su pareiškėjais susiję asmenys, verslo dovanos ir vaišės, savanorių ar klientų duomenų naudojimas kitais tikslais.</p><p><strong>Interesų konfliktas</strong> kyla, kai asmens privatus interesas – šeima, draugai, narystė NVO, verslo dalis – gali paveikti sprendimą, kurį jis priima eidamas viešąsias pareigas.</p>",
                                "en": "<p>Close cooperation creates personal relationships – this is its strength, but also a risk. Typical risk points are selecting partners or suppliers without public criteria, funding calls assessed by people connected to applicants, gifts and hospitality from businesses, and using volunteers' or clients' data for other purposes.</p><p>A <strong>conflict of interest</strong> arises when a person's private interest – family, friends, membership of an NGO, a share in a business – could influence a decision they take in their public role.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: vertintoja, kuri kartu yra valdybos narė",
                                "en": "Case study: an evaluator who is also a board member",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės specialistė buvo komisijos, vertinančios bendruomenių finansavimo paraiškas, narė. Vienas pareiškėjų buvo asociacija, kurios valdyboje ji dirbo. Posėdžio pradžioje specialistė deklaravo interesą, nusišalino nuo šios paraiškos vertinimo ir diskusijos metu išėjo iš salės; tai buvo įrašyta į protokolą. Asociacija finansavimą gavo, ir vėliau niekas negalėjo šio sprendimo suabejoti.</p>",
                                "en": "<p>A municipal specialist sat on a commission assessing applications for community funding. One applicant was an association on whose board she served. At the start of the meeting she declared the interest, withdrew from assessing that application and left the room during the discussion; this was recorded in the minutes. The association received funding, and nobody could later question the decision.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Deklaruokite – nusišalinkite – užfiksuokite",
                                "en": "Declare – withdraw – record",
                            },
                            "text": {
                                "lt": "<p>Lietuvoje viešąsias pareigas einantys asmenys deklaruoja privačius interesus pagal Viešųjų ir privačių interesų derinimo įstatymą. Bet kurioje partnerystėje taikykite tą pačią paprastą taisyklę: galimą konfliktą <strong>deklaruokite</strong> prieš priimant sprendimą, <strong>nusišalinkite</strong> nuo jo rengimo ir priėmimo, o nusišalinimą <strong>užfiksuokite</strong> protokole.</p>",
                                "en": "<p>In Lithuania, persons in public service declare their private interests under the Law on the Adjustment of Public and Private Interests. In any partnership, apply the same simple rule: <strong>declare</strong> a possible conflict before the decision, <strong>withdraw</strong> from preparing and taking it, and <strong>record</strong> the withdrawal in the minutes.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Dovanos ir vaišės",
                                "en": "Gifts and hospitality",
                            },
                            "text": {
                                "lt": "<p>Verslo partnerio kvietimas vakarienės ar dosni dovana darbuotojui gali sukurti įsipareigojimą arba jo įspūdį. Laikykitės savo įstaigos dovanų taisyklių ir partnerystėje susitarkite, kad parama būtų skiriama atvirai bendrai iniciatyvai, o ne atskiriems darbuotojams.</p>",
                                "en": "<p>A business partner's dinner invitation or a generous gift to an employee can create an obligation, or the appearance of one. Follow your institution's rules on gifts, and agree within the partnership that sponsorship goes openly to the joint initiative, never to individual employees.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pastebėję galimą korupciją, praneškite apie ją savo įstaigos vidiniu kanalu arba Specialiųjų tyrimų tarnybai (STT). Pranešėjus Lietuvoje saugo Pranešėjų apsaugos įstatymas.</p>",
                                "en": "<p>If you notice possible corruption, report it through your institution's internal channel or to the Special Investigation Service (STT). In Lithuania, whistleblowers are protected by the Law on the Protection of Whistleblowers.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuriems jūsų partnerystės sprendimams galėtų turėti įtakos kieno nors privatus interesas? Kaip jie apsaugoti šiandien?",
                                "en": "Which decisions in your partnership could be influenced by someone's private interest? How are they protected today?",
                            },
                        },
                    ],
                },
                {
                    "slug": "growing-the-network",
                    "title": {"lt": "Tinklo plėtra", "en": "Growing the network"},
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo partnerystės prie tinklo",
                                "en": "From partnership to network",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Trijų ar keturių organizacijų partnerystę galima valdyti neformaliai. Kai ji auga – daugėja partnerių, įsitraukia kitos seniūnijos, užsimezga ryšiai su kitomis savivaldybėmis ar užsienio partneriais, – ji tampa tinklu, kuriam reikia sąmoningesnės priežiūros: kas ką su kuo suveda, kaip prisijungia nauji nariai, kaip sklinda žinios.</p><p>Stiprūs tinklai derina <strong>sutelkiančius</strong> ryšius (glaudų pagrindinės grupės bendradarbiavimą) ir <strong>jungiančius</strong> ryšius (kontaktus su organizacijomis ir žmonėmis už įprasto rato ribų).</p>",
                                "en": "<p>A partnership of three or four organisations can be run informally. When it grows – more partners, more elderships, links with other municipalities or foreign partners – it becomes a network and needs more deliberate care: who connects whom, how newcomers join, how knowledge flows.</p><p>Strong networks combine <strong>bonding</strong> ties (close cooperation within a core group) with <strong>bridging</strong> ties (links to organisations and people outside the usual circle).</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Atvejis: mokymasis su partnere savivaldybe Norvegijoje",
                                "en": "Case study: learning with a partner municipality in Norway",
                            },
                            "text": {
                                "lt": "<p>Lietuvos rajono savivaldybė ir Norvegijos komuna surengė abipusius pažintinius vizitus apie paslaugas senjorams. Lietuvių komanda parsivežė gerovės technologijų koordinatoriaus idėją ir kartu su vietos IT įmone bei biblioteka pradėjo skolinti vyresnio amžiaus gyventojams planšetes su paprastais vaizdo skambučių nustatymais. Norvegų kolegos perėmė seniūnijose organizuojamų savanorių lankymų patirtį. Abi pusės dabar du kartus per metus susitinka nuotoliu.</p>",
                                "en": "<p>A Lithuanian district municipality and a Norwegian kommune exchanged study visits on services for older people. The Lithuanian team brought home the idea of a welfare technology coordinator and, with a local IT company and the library, started lending older residents tablets set up for simple video calls. The Norwegian colleagues adopted the eldership-based volunteer visits. Both sides now meet online twice a year.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {"lt": "Tinklo audimas", "en": "Network weaving"},
                            "text": {
                                "lt": "<p>Kartą per mėnesį paklauskite savęs: kurie du vienas kito nepažįstantys partneriai turėtų susitikti? Trumpas supažindinamasis laiškas ar bendras kavos puodelis dažnai yra vertingiausia, ką koordinatorius gali padaryti.</p>",
                                "en": "<p>Once a month, ask yourself: which two partners who do not know each other should meet? A short introduction e-mail or a coffee together is often the most valuable thing a coordinator can do.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kas už jūsų įprasto rato ribų – kitame sektoriuje, kitoje savivaldybėje, kitoje šalyje – galėtų pažvelgti į jūsų problemą naujai?",
                                "en": "Who outside your usual circle – in another sector, municipality or country – could bring a fresh view of your problem?",
                            },
                        },
                    ],
                },
                {
                    "slug": "sustaining-the-network",
                    "title": {
                        "lt": "Tinklo tvarumas",
                        "en": "Sustaining the network",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Tinklui tinkamas valdymas",
                                "en": "Governance that fits the network",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Ilgalaikiam tinklui reikia paprasto, bet aiškaus valdymo: koordinacinės grupės, kurioje atstovaujami visi sektoriai, koordinatoriaus, kurio pareigybės aprašyme tam skirtas laikas, prisijungimo ir pasitraukimo taisyklių bei metinio plano. Pirmininkaukite paeiliui, kad tinklas netaptų vienos institucijos projektu.</p>",
                                "en": "<p>A lasting network needs light but clear governance: a steering group in which every sector is represented, a coordinator whose job description includes time for the role, rules for joining and leaving, and an annual plan. Rotate the chair among partners so that the network does not become one institution's project.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vertinkite ir atnaujinkite",
                                "en": "Evaluate and renew",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Kartą per metus kartu su visais partneriais įvertinkite tinklą: kas pasikeitė gyventojams, kurie partneriai aktyvūs, ką kiekvienas partneris gavo ir ko reikėtų atsisakyti. Derinkite skaičius – pasiektų žmonių skaičių, laukimo trukmę, savanorių skaičių – su gyventojų ir tiesiogiai su jais dirbančių darbuotojų istorijomis.</p><p>Planuokite tęstinumą: tinklai dažnai susilpnėja, kai išeina pagrindinis žmogus. Bendrus dokumentus laikykite bendroje vietoje ir pasirūpinkite, kad kiekvienas partneris turėtų pavaduojantį kontaktinį asmenį.</p>",
                                "en": "<p>Once a year, review the network with all partners: what changed for residents, which partners are active, what each partner gained and what should stop. Combine numbers – people reached, waiting times, volunteers – with stories from residents and front-line workers.</p><p>Plan for continuity: networks often weaken when a key person leaves. Keep shared documents in a common place and make sure every partner has a deputy contact person.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Priklausomybė nuo vieno projekto",
                                "en": "Dependence on a single grant",
                            },
                            "text": {
                                "lt": "<p>Jei visos bendros veiklos finansuojamos iš vieno projekto, tinklas gali baigtis kartu su juo. Jau pirmaisiais metais susitarkite, kurias veiklas partneriai tęs iš savo įprastų biudžetų.</p>",
                                "en": "<p>If all joint activities are funded by one project, the network may end with it. From the first year, agree which activities the partners will continue from their regular budgets.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kas nutiktų jūsų tinklui, jei rytoj išeitų pagrindinis kontaktinis asmuo? Ką galite padaryti jau dabar, kad būtumėte tam pasirengę?",
                                "en": "What would happen to your network if your key contact person left tomorrow? What can you do now to be prepared?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Modulio testas: skaidrumas, antikorupcija ir tinklaveika",
                    "en": "Module quiz: transparency, anti-corruption and network building",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurios praktikos daro partnerystę skaidrią? Pažymėkite visas tinkamas.",
                            "en": "Which practices make a partnership transparent? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Tikslų, narių ir kontaktinių asmenų skelbimas",
                                    "en": "Publishing goals, members and contact persons",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Gyventojai ir partneriai žino, kas dalyvauja ir į ką kreiptis.",
                                    "en": "Correct. Residents and partners know who is involved and whom to contact.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Protokolų pateikimas visiems partneriams",
                                    "en": "Making minutes available to all partners",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Užfiksuoti sprendimai mažina nesusipratimų ir įtarimų.",
                                    "en": "Correct. Recorded decisions reduce misunderstandings and suspicion.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Lėšų skirstymo kriterijų paaiškinimas",
                                    "en": "Explaining the criteria for allocating funds",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Aiškūs kriterijai apsaugo nuo šališkumo ir jo įtarimų.",
                                    "en": "Correct. Clear criteria protect against bias and the suspicion of it.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Atsiskaitymas tik už sėkmingas veiklas",
                                    "en": "Reporting only on successful activities",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Skaidrumas apima ir tai, kas nepavyko – tai taip pat stiprina pasitikėjimą.",
                                    "en": "No. Transparency includes what did not work – which also builds trust.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Finansavimo paraiškas vertinančios komisijos narė yra vieno pareiškėjo NVO valdybos narė. Ką ji turėtų daryti?",
                            "en": "A member of a commission assessing funding applications sits on the board of an applicant NGO. What should she do?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Deklaruoti interesą, nusišalinti nuo vertinimo ir tai užfiksuoti protokole",
                                    "en": "Declare the interest, withdraw from the assessment and have it recorded in the minutes",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Taip apsaugomas ir sprendimas, ir pati specialistė.",
                                    "en": "Correct. This protects both the decision and the specialist herself.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vertinti sąžiningai, niekam nieko nesakant",
                                    "en": "Assess fairly without telling anyone",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Net ir sąžiningas vertinimas būtų abejotinas, nes interesų konfliktas nedeklaruotas.",
                                    "en": "No. Even a fair assessment would be open to doubt, because the conflict of interest was not declared.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pasitraukti iš NVO valdybos tik po sprendimo",
                                    "en": "Leave the NGO board only after the decision",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Sprendimo metu interesas vis tiek egzistavo.",
                                    "en": "No. The interest still existed when the decision was taken.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Paprašyti NVO atsiimti paraišką",
                                    "en": "Ask the NGO to withdraw its application",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. NVO turi teisę dalyvauti konkurse; nusišalinti turi vertintoja.",
                                    "en": "No. The NGO has the right to apply; it is the evaluator who must withdraw.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Verslo partnerio dovana konkrečiam darbuotojui yra priimtina, jei partnerystė sekasi gerai.",
                            "en": "A gift from a business partner to an individual employee is acceptable if the partnership is going well.",
                        },
                        "options": [
                            {
                                "text": TRUE_FALSE_LABELS[0],
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Dovana gali sukurti įsipareigojimą ar jo įspūdį; parama turi būti skiriama atvirai bendrai iniciatyvai.",
                                    "en": "No. A gift can create an obligation or its appearance; support should go openly to the joint initiative.",
                                },
                            },
                            {
                                "text": TRUE_FALSE_LABELS[1],
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Reikia laikytis įstaigos dovanų taisyklių, kad ir kaip sektųsi partnerystei.",
                                    "en": "Correct. The institution's rules on gifts apply however well the partnership is going.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas tinkle yra jungiantys ryšiai?",
                            "en": "What are bridging ties in a network?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Ryšiai su organizacijomis ir žmonėmis už įprasto rato ribų",
                                    "en": "Links to organisations and people outside the usual circle",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Jie atneša naujų idėjų, išteklių ir požiūrių.",
                                    "en": "Correct. They bring new ideas, resources and perspectives.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Glaudūs ryšiai pagrindinės grupės viduje",
                                    "en": "Close ties within the core group",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai sutelkiantys ryšiai – jie svarbūs, bet neatneša naujų požiūrių.",
                                    "en": "No. Those are bonding ties – important, but they do not bring new perspectives.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Oficialios sutartys tarp partnerių",
                                    "en": "Formal contracts between partners",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Sutartis gali įforminti bet kokį ryšį, bet pati nėra ryšio rūšis.",
                                    "en": "No. A contract can formalise any tie, but it is not a type of tie in itself.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurios priemonės padeda tinklui išlikti, kai išeina pagrindinis žmogus? Pažymėkite visas tinkamas.",
                            "en": "Which measures help a network survive when a key person leaves? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Pavaduojantis kontaktinis asmuo kiekviename partneryje",
                                    "en": "A deputy contact person in every partner",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ryšys su partneriu nenutrūksta išėjus vienam žmogui.",
                                    "en": "Correct. The link with the partner survives one person leaving.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Bendri dokumentai bendroje vietoje",
                                    "en": "Shared documents kept in a common place",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Žinios lieka tinkle, o ne vieno žmogaus kompiuteryje.",
                                    "en": "Correct. Knowledge stays in the network, not on one person's computer.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Visi kontaktai tik koordinatoriaus asmeniniame telefone",
                                    "en": "All contacts kept only in the coordinator's personal phone",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Ne. Tai kaip tik sukuria priklausomybę nuo vieno žmogaus.",
                                    "en": "No. This creates exactly the dependence on one person.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pirmininkavimas paeiliui ir pasidalytos užduotys",
                                    "en": "Rotating the chair and sharing tasks",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kai atsakomybe dalijamasi, tinklas nepriklauso nuo vieno asmens.",
                                    "en": "Correct. When responsibility is shared, the network does not depend on one person.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
