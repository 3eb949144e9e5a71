"""Demo programme "Administrative and public capacities" (LT, EN and NB).

Plain data following SCHEMA.md beside this file; no Django imports.
"""

from typing import Any

PROGRAMME: dict[str, Any] = {
    "slug": "administrative-and-public-capacities",
    "title": {
        "lt": "Administraciniai ir viešieji gebėjimai",
        "en": "Administrative and public capacities",
        "nb": "Administrativ og offentlig kapasitet",
    },
    "summary": {
        "lt": "Programa savivaldybių ir jų įstaigų darbuotojams apie tai, kaip planuoti ir valdyti projektus, gerinti viešųjų paslaugų kokybę ir priimti duomenimis bei įrodymais grįstus sprendimus.",
        "en": "A programme for staff of municipalities and their institutions on planning and managing projects, improving the quality of public services and making decisions grounded in data and evidence.",
        "nb": "Et program for ansatte i kommuner og kommunale virksomheter om å planlegge og styre prosjekter, forbedre kvaliteten på offentlige tjenester og ta beslutninger basert på data og kunnskap.",
    },
    "audience": {
        "lt": "Savivaldybių administracijų, savivaldybės įstaigų, kolegijų ir nevyriausybinių organizacijų specialistams ir vadovams, kurie planuoja veiklas, rengia projektus ar teikia paslaugas gyventojams.",
        "en": "Specialists and managers in municipal administrations, municipal institutions, colleges and NGOs who plan activities, prepare projects or deliver services to residents.",
        "nb": "Fagpersoner og ledere i kommuneadministrasjoner, kommunale virksomheter, høyskoler og frivillige organisasjoner som planlegger aktiviteter, utarbeider prosjekter eller leverer tjenester til innbyggerne.",
    },
    "learning_outcomes": [
        {
            "lt": "Susieti savivaldybės strateginius tikslus su konkrečiais veiksmų planais ir projektais, rengiamais kartu su partneriais.",
            "en": "Link a municipality's strategic goals to concrete action plans and to projects prepared together with partners.",
            "nb": "Knytte kommunens strategiske mål til konkrete handlingsplaner og til prosjekter som utarbeides sammen med partnere.",
        },
        {
            "lt": "Kartu su gyventojais tobulinti viešąsias paslaugas ir matuoti jų kokybę.",
            "en": "Improve public services together with residents and measure their quality.",
            "nb": "Forbedre offentlige tjenester sammen med innbyggerne og måle kvaliteten på dem.",
        },
        {
            "lt": "Rinkti ir naudoti duomenis sprendimams priimti, programoms vertinti ir atsiskaityti finansuotojams.",
            "en": "Collect and use data to make decisions, evaluate programmes and report to funders.",
            "nb": "Samle inn og bruke data for å ta beslutninger, evaluere programmer og rapportere til finansiører.",
        },
    ],
    "needs_approval": True,
    "modules": [
        # ------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------
        {
            "slug": "strategic-planning-and-projects",
            "assignment": {
                "lt": (
                    "<p>Pasirinkite vieną savo savivaldybės strateginio plano tikslą ir "
                    "parenkite jo veiksmų plano juodraštį: dvi ar trys priemonės, "
                    "atsakingi vykdytojai, terminai, rodikliai ir bent viena rizika su "
                    "jos valdymo būdu.</p>"
                ),
                "en": (
                    "<p>Choose one goal of your municipality's strategic plan and draft "
                    "an action plan for it: two or three measures, who is responsible, "
                    "deadlines, indicators and at least one risk with how you will "
                    "manage it.</p>"
                ),
                "nb": "<p>Velg ett mål i kommunens strategiske plan og lag et utkast til handlingsplan for det: to eller tre tiltak, hvem som har ansvaret, frister, indikatorer og minst én risiko med en beskrivelse av hvordan dere skal håndtere den.</p>",
            },
            "title": {
                "lt": "Strateginis planavimas ir projektų valdymas savivaldybėse",
                "en": "Strategic planning and project management in municipalities",
                "nb": "Strategisk planlegging og prosjektledelse i kommunen",
            },
            "summary": {
                "lt": "Kaip savivaldybės strateginio plėtros plano tikslus paversti įgyvendinamu veiksmų planu, parengti projektą su partneriais, suplanuoti biudžetą, valdyti rizikas ir stebėti pažangą.",
                "en": "How to turn the goals of a municipal strategic development plan into a workable action plan, write a project with partners, plan the budget, manage risks and monitor progress.",
                "nb": "Hvordan du gjør målene i kommunens strategiske utviklingsplan om til en gjennomførbar handlingsplan, skriver et prosjekt med partnere, planlegger budsjettet, håndterer risikoer og følger med på fremdriften.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Išskaidyti strateginį tikslą į uždavinius, priemones ir rodiklius, nurodant atsakingus vykdytojus ir terminus.",
                    "en": "Break a strategic goal down into objectives, measures and indicators with named owners and deadlines.",
                    "nb": "Bryte ned et strategisk mål i delmål, tiltak og indikatorer med navngitte ansvarlige og frister.",
                },
                {
                    "lt": "Kartu su kitomis organizacijomis parengti projekto idėją ir aiškiai paskirstyti partnerių vaidmenis.",
                    "en": "Draft a project idea together with other organisations and clearly divide the partners' roles.",
                    "nb": "Utarbeide en prosjektidé sammen med andre organisasjoner og fordele partnernes roller tydelig.",
                },
                {
                    "lt": "Sudaryti veiklomis pagrįstą projekto biudžetą, rizikų registrą ir stebėsenos planą.",
                    "en": "Prepare an activity-based project budget, a risk register and a monitoring plan.",
                    "nb": "Lage et aktivitetsbasert prosjektbudsjett, et risikoregister og en plan for oppfølging.",
                },
            ],
            "competencies": [
                {"code": "AC-1.1", "target_level": 3},
                {"code": "SC-1.2", "target_level": 2},
            ],
            "tags": ["strategic-planning", "partnership"],
            "prerequisites": [],
            "lessons": [
                {
                    "slug": "from-development-plan-to-action-plan",
                    "title": {
                        "lt": "Nuo strateginio plėtros plano iki veiksmų plano",
                        "en": "From the strategic development plan to an action plan",
                        "nb": "Fra strategisk utviklingsplan til handlingsplan",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Planavimo dokumentų grandinė",
                                "en": "The chain of planning documents",
                                "nb": "Kjeden av plandokumenter",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Savivaldybės strateginis plėtros planas nustato ilgalaikius prioritetus ir tikslus, dažniausiai dešimčiai metų. Kad jie virstų konkrečiais darbais, tikslai perkeliami į trumpesnio laikotarpio savivaldybės strateginį veiklos planą, o iš jo – į padalinių ir įstaigų metinius veiksmų planus.</p><p>Kiekviename lygmenyje atsakoma į tą patį klausimą: <strong>ką konkrečiai darysime, kas už tai atsakingas, iki kada ir iš ko matysime, kad pavyko?</strong></p>",
                                "en": "<p>A municipality's strategic development plan sets long-term priorities and goals, usually for ten years. To turn them into concrete work, the goals are carried into the municipality's shorter-term strategic activity plan, and from there into the annual action plans of its departments and institutions.</p><p>Every level answers the same question: <strong>what exactly will we do, who is responsible, by when, and how will we know it worked?</strong></p>",
                                "nb": "<p>Kommunens strategiske utviklingsplan fastsetter langsiktige prioriteringer og mål, vanligvis for ti år. For å gjøre dem om til konkret arbeid blir målene ført videre til kommunens strategiske virksomhetsplan for en kortere periode, og derfra til de årlige handlingsplanene for avdelingene og virksomhetene.</p><p>Hvert nivå svarer på det samme spørsmålet: <strong>hva skal vi gjøre helt konkret, hvem har ansvaret, innen når, og hvordan skal vi vite at det virket?</strong></p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Tikslas</strong> – norimas ilgalaikis pokytis, pvz., „Stiprinti vyresnio amžiaus gyventojų sveikatą“.</li><li><strong>Uždavinys</strong> – kas turi pasikeisti, kad tikslas būtų pasiektas, pvz., „Didinti senjorų fizinį aktyvumą“.</li><li><strong>Priemonė</strong> – konkreti veikla su biudžetu, vykdytoju ir terminu, pvz., „Organizuoti nemokamus mankštos užsiėmimus seniūnijose“.</li></ul>",
                                "en": "<ul><li><strong>Goal</strong> – the desired long-term change, e.g. “Improve the health of older residents”.</li><li><strong>Objective</strong> – what has to change for the goal to be reached, e.g. “Increase physical activity among seniors”.</li><li><strong>Measure</strong> – a concrete activity with a budget, an owner and a deadline, e.g. “Run free exercise classes in the elderships”.</li></ul>",
                                "nb": "<ul><li><strong>Mål</strong> – den ønskede langsiktige endringen, f.eks. «Bedre helsen til eldre innbyggere».</li><li><strong>Delmål</strong> – det som må endre seg for at målet skal nås, f.eks. «Øke den fysiske aktiviteten blant seniorer».</li><li><strong>Tiltak</strong> – en konkret aktivitet med budsjett, ansvarlig og frist, f.eks. «Tilby gratis treningsgrupper i lokalområdene».</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Senjorų fizinio aktyvumo priemonė rajono savivaldybėje",
                                "en": "A senior physical activity measure in a district municipality",
                                "nb": "Et tiltak for fysisk aktivitet blant seniorer i en distriktskommune",
                            },
                            "text": {
                                "lt": "<p>Vienos Aukštaitijos rajono savivaldybės plėtros plane įrašytas tikslas stiprinti vyresnio amžiaus gyventojų sveikatą. Visuomenės sveikatos biuras jį pavertė priemone: dukart per savaitę mankštos užsiėmimai vyksta aštuoniose seniūnijose, atsakinga – fizinio aktyvumo specialistė, terminas – iki spalio 31 d.</p><p>Produkto rodiklis – 160 dalyvių per metus, rezultato rodiklis – dalis dalyvių, kurie po trijų mėnesių mankštinasi bent du kartus per savaitę. Veiksmų plane iš karto numatyta, kas ir kada šiuos duomenis surinks.</p>",
                                "en": "<p>The development plan of a district municipality in Aukštaitija includes the goal of improving the health of older residents. The public health bureau turned it into a measure: exercise classes twice a week in eight elderships, led by a physical activity specialist, with a deadline of 31 October.</p><p>The output indicator is 160 participants a year; the result indicator is the share of participants who still exercise at least twice a week three months later. The action plan states from the start who will collect these data and when.</p>",
                                "nb": "<p>Utviklingsplanen til en distriktskommune i Aukštaitija inneholder målet om å bedre helsen til eldre innbyggere. Folkehelsekontoret gjorde det om til et tiltak: treningsgrupper to ganger i uken i åtte lokalområder, ledet av en fagperson i fysisk aktivitet, med frist 31. oktober.</p><p>Leveranseindikatoren er 160 deltakere i året; resultatindikatoren er andelen deltakere som fortsatt trener minst to ganger i uken tre måneder senere. Handlingsplanen sier fra starten av hvem som skal samle inn disse dataene, og når.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "SMART patikra",
                                "en": "The SMART check",
                                "nb": "SMART-sjekken",
                            },
                            "text": {
                                "lt": "<p>Prieš įrašydami priemonę į planą, patikrinkite, ar ji konkreti, išmatuojama, pasiekiama, susijusi su tikslu ir turi terminą. Jei nė vienas rodiklis neparodys, ar priemonė pavyko, ją reikia perrašyti.</p>",
                                "en": "<p>Before you put a measure into the plan, check that it is specific, measurable, achievable, relevant to the goal and time-bound. If no indicator will show whether the measure worked, rewrite it.</p>",
                                "nb": "<p>Før du fører et tiltak inn i planen, bør du sjekke at det er spesifikt, målbart, oppnåelig, relevant for målet og tidsavgrenset. Hvis ingen indikator vil vise om tiltaket virket, må det skrives om.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Planai nieko neverti, bet planavimas – tai viskas.",
                                "en": "Plans are worthless, but planning is everything.",
                                "nb": "Planer er verdiløse, men planlegging er alt.",
                            },
                            "attribution": {
                                "lt": "Dwightas D. Eisenhoweris",
                                "en": "Dwight D. Eisenhower",
                                "nb": "Dwight D. Eisenhower",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Pasirinkite vieną savo įstaigos metinio plano priemonę. Su kuriuo savivaldybės strateginio plėtros plano tikslu ji susijusi ir kokiu rodikliu matuojate jos rezultatą?",
                                "en": "Pick one measure from your institution's annual plan. Which goal of the municipal strategic development plan does it serve, and which indicator do you use to measure its result?",
                                "nb": "Velg ett tiltak fra virksomhetens årsplan. Hvilket mål i kommunens strategiske utviklingsplan bidrar det til, og hvilken indikator bruker dere for å måle resultatet?",
                            },
                        },
                    ],
                },
                {
                    "slug": "writing-a-project-with-partners",
                    "title": {
                        "lt": "Projekto rengimas kartu su partneriais",
                        "en": "Writing a project with partners",
                        "nb": "Å skrive et prosjekt med partnere",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo problemos iki projekto idėjos",
                                "en": "From problem to project idea",
                                "nb": "Fra problem til prosjektidé",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Geras projektas prasideda ne nuo kvietimo teikti paraiškas, o nuo aiškiai apibrėžtos problemos. Problemų medis padeda atskirti priežastis nuo pasekmių: šaknys – priežastys, kamienas – pagrindinė problema, šakos – pasekmės gyventojams.</p><p>Kai problema aiški, kartu su partneriais suformuluojamas projekto tikslas, tikslinės grupės, veiklos ir laukiami rezultatai.</p>",
                                "en": "<p>A good project starts not with a call for proposals but with a clearly defined problem. A problem tree helps separate causes from effects: the roots are the causes, the trunk is the core problem, the branches are the consequences for residents.</p><p>Once the problem is clear, the project goal, target groups, activities and expected results are worked out together with the partners.</p>",
                                "nb": "<p>Et godt prosjekt starter ikke med en utlysning, men med et tydelig definert problem. Et problemtre hjelper deg å skille årsaker fra virkninger: røttene er årsakene, stammen er kjerneproblemet, greinene er konsekvensene for innbyggerne.</p><p>Når problemet er tydelig, utarbeides prosjektmålet, målgruppene, aktivitetene og de forventede resultatene sammen med partnerne.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Partneriai turi atnešti tai, ko pareiškėjas neturi: prieigą prie tikslinės grupės, kompetenciją, patalpas ar savanorius. Dar prieš teikiant paraišką sutarkite:</p><ul><li>kas vadovauja kiekvienai veiklai;</li><li>kas renka dalyvių duomenis ir dalyvių pasitenkinimo apklausas;</li><li>kaip dalijamasi biudžetu ir kas atsiskaito finansuotojui.</li></ul>",
                                "en": "<p>Partners should bring what the applicant lacks: access to the target group, expertise, premises or volunteers. Before submitting the application, agree on:</p><ul><li>who leads each activity;</li><li>who collects participant data and satisfaction surveys;</li><li>how the budget is shared and who reports to the funder.</li></ul>",
                                "nb": "<p>Partnerne bør bidra med det søkeren mangler: tilgang til målgruppen, fagkompetanse, lokaler eller frivillige. Før søknaden sendes inn, bør dere avtale:</p><ul><li>hvem som leder hver aktivitet;</li><li>hvem som samler inn deltakerdata og tilfredshetsundersøkelser;</li><li>hvordan budsjettet fordeles, og hvem som rapporterer til finansiøren.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Biblioteka, kolegija ir NVO: skaitmeninių įgūdžių projektas",
                                "en": "A library, a college and an NGO: a digital skills project",
                                "nb": "Et bibliotek, en høyskole og en frivillig organisasjon: et prosjekt om digitale ferdigheter",
                            },
                            "text": {
                                "lt": "<p>Rajono savivaldybės viešoji biblioteka pastebėjo, kad vyresni gyventojai nemoka naudotis elektroninėmis paslaugomis. Kartu su kolegija ir senjorų bendruomenės asociacija ji parengė projektą: kolegijos studentai rengė mokymų medžiagą, asociacija telkė dalyvius, biblioteka suteikė kompiuterius ir patalpas filialuose.</p><p>Partnerystės sutartyje buvo aiškiai nurodyta, kuris partneris vadovauja kuriai veiklai ir kas atsako už dalyvių registraciją. Tai sutaupė daug laiko rengiant ataskaitas.</p>",
                                "en": "<p>A district municipal public library noticed that older residents could not use e-services. Together with a college and a seniors' community association it prepared a project: college students developed the training materials, the association recruited participants, and the library provided computers and rooms in its branches.</p><p>The partnership agreement stated clearly which partner led each activity and who was responsible for registering participants. This saved a great deal of time when the reports were due.</p>",
                                "nb": "<p>Folkebiblioteket i en distriktskommune la merke til at eldre innbyggere ikke klarte å bruke digitale tjenester. Sammen med en høyskole og en seniorforening utarbeidet biblioteket et prosjekt: studentene ved høyskolen utviklet opplæringsmateriellet, foreningen rekrutterte deltakere, og biblioteket stilte med datamaskiner og rom i filialene sine.</p><p>Partnerskapsavtalen sa tydelig hvilken partner som ledet hver aktivitet, og hvem som hadde ansvaret for å registrere deltakerne. Det sparte mye tid da rapportene skulle leveres.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "„Popieriniai“ partneriai",
                                "en": "Partners on paper only",
                                "nb": "Partnere bare på papiret",
                            },
                            "text": {
                                "lt": "<p>Partneris, įrašytas tik dėl vertinimo balų, bet neturintis realaus vaidmens, yra rizika: vertintojai tai pastebi, o įgyvendinant projektą trūksta žmonių ir atsakomybės. Kvieskite tik tuos partnerius, kurių indėlį galite aiškiai aprašyti.</p>",
                                "en": "<p>A partner listed only to earn evaluation points, with no real role, is a risk: assessors notice it, and during implementation there are too few people and no clear responsibility. Invite only partners whose contribution you can describe clearly.</p>",
                                "nb": "<p>En partner som bare er ført opp for å gi poeng i vurderingen, uten noen reell rolle, er en risiko: de som vurderer søknaden, merker det, og under gjennomføringen er det for få folk og ingen tydelig ansvarsfordeling. Inviter bare partnere hvis bidrag du kan beskrive tydelig.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokią problemą jūsų organizacija galėtų išspręsti tik kartu su kitais? Kokį konkretų indėlį atneštų kiekvienas galimas partneris?",
                                "en": "Which problem could your organisation solve only together with others? What concrete contribution would each possible partner bring?",
                                "nb": "Hvilket problem kunne organisasjonen din bare løse sammen med andre? Hvilket konkret bidrag ville hver mulig partner gitt?",
                            },
                        },
                    ],
                },
                {
                    "slug": "budgeting-and-risks",
                    "title": {
                        "lt": "Projekto biudžetas ir rizikų valdymas",
                        "en": "Project budget and risk management",
                        "nb": "Prosjektbudsjett og risikostyring",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Biudžetas seka veiklas",
                                "en": "The budget follows the activities",
                                "nb": "Budsjettet følger aktivitetene",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Projekto biudžetas sudaromas ne „iš viršaus“, o pagal veiklas: kiekvienai veiklai apskaičiuojamos darbo užmokesčio, patalpų, transporto, medžiagų ir kitos išlaidos. Taip lengviau pagrįsti kiekvieną eilutę ir pastebėti, ko trūksta.</p><p>Patikrinkite finansuotojo taisykles: kurios išlaidos yra tinkamos finansuoti, ar reikalingas nuosavas įnašas, kaip apskaičiuojamos netiesioginės išlaidos ir kokie viešųjų pirkimų reikalavimai taikomi.</p>",
                                "en": "<p>A project budget is not set “from the top” but built from the activities: for each activity you calculate staff, premises, transport, materials and other costs. This makes every line easier to justify and shows what is missing.</p><p>Check the funder's rules: which costs are eligible, whether co-financing is required, how indirect costs are calculated and which public procurement rules apply.</p>",
                                "nb": "<p>Et prosjektbudsjett fastsettes ikke «ovenfra», men bygges opp fra aktivitetene: for hver aktivitet beregner du kostnadene til personale, lokaler, transport, materiell og annet. Det gjør det lettere å begrunne hver linje og viser hva som mangler.</p><p>Sjekk finansiørens regler: hvilke kostnader som er tilskuddsberettigede, om det kreves egenandel, hvordan indirekte kostnader beregnes, og hvilke regler for offentlige anskaffelser som gjelder.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Kainų pagrindimas",
                                "en": "Justifying prices",
                                "nb": "Å begrunne prisene",
                            },
                            "text": {
                                "lt": "<p>Kiekvienai didesnei biudžeto eilutei turėkite pagrindimą: bent du komercinius pasiūlymus, ankstesnių pirkimų kainas ar rinkos tyrimo išvadas. Tai sutrumpina paraiškos vertinimą ir palengvina viešųjų pirkimų planavimą.</p>",
                                "en": "<p>Have a justification for every larger budget line: at least two quotations, prices from earlier purchases or the findings of a market survey. This shortens the assessment of the application and makes procurement planning easier.</p>",
                                "nb": "<p>Ha en begrunnelse for hver større budsjettlinje: minst to tilbud, priser fra tidligere innkjøp eller resultatene av en markedsundersøkelse. Det forkorter vurderingen av søknaden og gjør det lettere å planlegge anskaffelsene.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Rizikų registras",
                                "en": "The risk register",
                                "nb": "Risikoregisteret",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Rizika – tai įvykis, kuris gali sutrukdyti pasiekti rezultatus. Rizikų registre kiekvienai rizikai įvertinama tikimybė ir poveikis, numatomos prevencinės priemonės ir atsakingas asmuo.</p><ul><li><strong>Dalyvių trūkumas</strong> – telkimas per partnerius ir seniūnijas, rezervinis dalyvių sąrašas.</li><li><strong>Kainų kilimas</strong> – rezervas biudžete, jei jį leidžia finansuotojas, ir ankstyvi pirkimai.</li><li><strong>Darbuotojų kaita</strong> – kiekvienai veiklai paskirtas pavaduojantis asmuo.</li></ul>",
                                "en": "<p>A risk is an event that could prevent you from achieving the results. For each risk the register records its likelihood and impact, the preventive measures and the person responsible.</p><ul><li><strong>Too few participants</strong> – recruitment through partners and elderships, a reserve list.</li><li><strong>Rising prices</strong> – a budget reserve where the funder allows it, and early procurement.</li><li><strong>Staff turnover</strong> – a named deputy for every activity.</li></ul>",
                                "nb": "<p>En risiko er en hendelse som kan hindre deg i å oppnå resultatene. For hver risiko fører registeret opp sannsynlighet og konsekvens, de forebyggende tiltakene og hvem som har ansvaret.</p><ul><li><strong>For få deltakere</strong> – rekruttering gjennom partnere og lokalkontorer, en reserveliste.</li><li><strong>Økte priser</strong> – en budsjettreserve der finansiøren tillater det, og tidlige anskaffelser.</li><li><strong>Utskifting av ansatte</strong> – en navngitt stedfortreder for hver aktivitet.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Neįvykęs viešasis pirkimas",
                                "en": "A failed procurement",
                                "nb": "En mislykket anskaffelse",
                            },
                            "text": {
                                "lt": "<p>Globos namų modernizavimo projekte pirmasis įrangos pirkimas neįvyko – nebuvo pateikta nė vieno pasiūlymo. Kadangi ši rizika buvo įrašyta į rizikų registrą, komanda iš anksto buvo susitarusi dėl atsarginio grafiko ir laiku kreipėsi į finansuotoją dėl veiklos termino pratęsimo. Projektas baigtas be finansinių korekcijų.</p>",
                                "en": "<p>In a care home modernisation project the first equipment procurement failed – not a single bid was submitted. Because this risk was in the risk register, the team had agreed a fallback schedule in advance and asked the funder in good time to extend the activity deadline. The project was completed without financial corrections.</p>",
                                "nb": "<p>I et prosjekt for modernisering av et sykehjem mislyktes den første anskaffelsen av utstyr – det kom ikke inn ett eneste tilbud. Fordi denne risikoen sto i risikoregisteret, hadde teamet på forhånd avtalt en reservetidsplan og søkte i god tid finansiøren om å forlenge fristen for aktiviteten. Prosjektet ble fullført uten økonomiske korreksjoner.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokios trys rizikos labiausiai grėstų jūsų artimiausiam projektui ar renginiui? Ką galite padaryti jau dabar, kad jų tikimybė sumažėtų?",
                                "en": "Which three risks most threaten your next project or event? What can you do now to make them less likely?",
                                "nb": "Hvilke tre risikoer truer det neste prosjektet eller arrangementet ditt mest? Hva kan du gjøre nå for å gjøre dem mindre sannsynlige?",
                            },
                        },
                    ],
                },
                {
                    "slug": "monitoring-progress",
                    "title": {
                        "lt": "Įgyvendinimo stebėsena",
                        "en": "Monitoring implementation",
                        "nb": "Å følge opp gjennomføringen",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kodėl stebėti nuolat",
                                "en": "Why monitor continuously",
                                "nb": "Hvorfor følge opp løpende",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Stebėsena – tai reguliarus duomenų apie veiklų eigą ir rodiklių pasiekimą rinkimas. Ji leidžia laiku pastebėti nukrypimus ir juos ištaisyti, o ne sužinoti apie problemas tik rengiant galutinę ataskaitą.</p><p>Stebėsenos plane nurodoma, kokie rodikliai renkami, iš kokių šaltinių, kaip dažnai ir kas už tai atsakingas.</p>",
                                "en": "<p>Monitoring is the regular collection of data on how activities are progressing and whether indicators are being met. It lets you spot deviations in time and correct them, rather than discovering problems only when writing the final report.</p><p>The monitoring plan states which indicators are collected, from which sources, how often and by whom.</p>",
                                "nb": "<p>Oppfølging er regelmessig innsamling av data om hvordan aktivitetene går, og om indikatorene nås. Den gjør det mulig å oppdage avvik i tide og rette dem opp, i stedet for å oppdage problemene først når sluttrapporten skal skrives.</p><p>Oppfølgingsplanen viser hvilke indikatorer som samles inn, fra hvilke kilder, hvor ofte og av hvem.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Produkto rodikliai</strong> – kas padaryta: surengtų mokymų renginių skaičius, dalyvių skaičius.</li><li><strong>Rezultato rodikliai</strong> – kas pasikeitė dalyviams: įgyti įgūdžiai, pasitenkinimas paslauga.</li><li><strong>Poveikio rodikliai</strong> – ilgalaikis pokytis bendruomenėje, kurį projektas lemia tik iš dalies.</li></ul>",
                                "en": "<ul><li><strong>Output indicators</strong> – what was done: number of training events held, number of participants.</li><li><strong>Result indicators</strong> – what changed for participants: skills gained, satisfaction with the service.</li><li><strong>Impact indicators</strong> – long-term change in the community, to which the project contributes only in part.</li></ul>",
                                "nb": "<ul><li><strong>Leveranseindikatorer</strong> – hva som ble gjort: antall opplæringsarrangementer som er holdt, antall deltakere.</li><li><strong>Resultatindikatorer</strong> – hva som endret seg for deltakerne: ferdigheter de har fått, tilfredshet med tjenesten.</li><li><strong>Effektindikatorer</strong> – langsiktig endring i lokalsamfunnet, som prosjektet bare bidrar delvis til.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Šviesoforo ataskaita",
                                "en": "The traffic-light report",
                                "nb": "Trafikklysrapporten",
                            },
                            "text": {
                                "lt": "<p>Kas mėnesį aptarkite su komanda ir partneriais paprastą lentelę: žalia – veikla vyksta pagal planą, geltona – yra vėlavimų, raudona – reikia vadovo sprendimo. Vienas puslapis dažnai naudingesnis už ilgą aprašomąją ataskaitą.</p>",
                                "en": "<p>Each month, go through a simple table with your team and partners: green – the activity is on track, yellow – there are delays, red – a management decision is needed. One page is often more useful than a long narrative report.</p>",
                                "nb": "<p>Gå hver måned gjennom en enkel tabell med teamet og partnerne: grønt – aktiviteten går etter planen, gult – det er forsinkelser, rødt – det trengs en beslutning fra ledelsen. Én side er ofte mer nyttig enn en lang, beskrivende rapport.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Švietimo pagalbos centro mokymų programa",
                                "en": "An education support centre's training programme",
                                "nb": "Opplæringsprogrammet til et kompetansesenter for skolene",
                            },
                            "text": {
                                "lt": "<p>Švietimo pagalbos centras pusmečio stebėsenos metu pastebėjo, kad kaimiškųjų mokyklų mokytojai į mokymus registruojasi gerokai rečiau nei planuota. Išsiaiškinus priežastį – ilgą kelionės laiką – dalis mokymų renginių perkelta į nuotolinį formatą, ir metinis dalyvių rodiklis buvo pasiektas.</p>",
                                "en": "<p>At the half-year monitoring point, an education support centre noticed that teachers from rural schools were enrolling far less often than planned. Once the reason was clear – long travel times – some of the training events were moved online, and the annual participant target was met.</p>",
                                "nb": "<p>Ved halvårsoppfølgingen la et kompetansesenter for skolene merke til at lærere fra skoler på landsbygda meldte seg på langt sjeldnere enn planlagt. Da årsaken var klar – lange reiser – ble noen av opplæringsarrangementene flyttet over på nett, og det årlige målet for antall deltakere ble nådd.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurį rodiklį jūsų organizacija renka, bet niekada nenaudoja sprendimams priimti? Ką reikėtų pakeisti, kad jis taptų naudingas?",
                                "en": "Which indicator does your organisation collect but never use for decisions? What would need to change to make it useful?",
                                "nb": "Hvilken indikator samler organisasjonen din inn, men bruker aldri i beslutninger? Hva måtte endres for at den skulle bli nyttig?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Strateginio planavimo ir projektų valdymo testas",
                    "en": "Strategic planning and project management quiz",
                    "nb": "Quiz: strategisk planlegging og prosjektledelse",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuris teiginys geriausiai apibūdina priemonę veiksmų plane?",
                            "en": "Which statement best describes a measure in an action plan?",
                            "nb": "Hvilket utsagn beskriver et tiltak i en handlingsplan best?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Konkreti veikla, kuriai priskirtas vykdytojas, biudžetas ir terminas.",
                                    "en": "A concrete activity with an assigned owner, budget and deadline.",
                                    "nb": "En konkret aktivitet med en utpekt ansvarlig, budsjett og frist.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Priemonė – tai konkretus darbas, kuriam skirtos lėšos, atsakingas vykdytojas ir terminas.",
                                    "en": "Correct. A measure is a concrete piece of work with funding, a responsible owner and a deadline.",
                                    "nb": "Riktig. Et tiltak er en konkret arbeidsoppgave med finansiering, en ansvarlig og en frist.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Ilgalaikis norimas pokytis savivaldybėje.",
                                    "en": "A desired long-term change in the municipality.",
                                    "nb": "En ønsket langsiktig endring i kommunen.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Taip apibrėžiamas tikslas. Priemonė yra žemesnio lygmens ir daug konkretesnė.",
                                    "en": "That defines a goal. A measure sits at a lower level and is far more concrete.",
                                    "nb": "Det definerer et mål. Et tiltak ligger på et lavere nivå og er langt mer konkret.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pokytis, kurį reikia pasiekti, kad tikslas būtų įgyvendintas.",
                                    "en": "A change that must happen for the goal to be achieved.",
                                    "nb": "En endring som må skje for at målet skal nås.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Taip apibūdinamas uždavinys. Priemonė nurodo, kokia veikla tą pokytį sukurs.",
                                    "en": "That describes an objective. A measure states which activity will bring that change about.",
                                    "nb": "Det beskriver et delmål. Et tiltak sier hvilken aktivitet som skal føre til den endringen.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Ką verta aiškiai sutarti su partneriais dar prieš teikiant paraišką? Pasirinkite visus tinkamus atsakymus.",
                            "en": "What should be clearly agreed with partners before the application is submitted? Select all that apply.",
                            "nb": "Hva bør avtales tydelig med partnerne før søknaden sendes inn? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Kuris partneris vadovauja kuriai veiklai.",
                                    "en": "Which partner leads which activity.",
                                    "nb": "Hvilken partner som leder hvilken aktivitet.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Aiškus veiklų pasiskirstymas apsaugo nuo dubliavimo ir spragų įgyvendinant projektą.",
                                    "en": "Correct. A clear division of activities prevents overlaps and gaps during implementation.",
                                    "nb": "Riktig. En tydelig fordeling av aktivitetene hindrer overlapp og hull under gjennomføringen.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kas renka dalyvių duomenis ir atsiskaito finansuotojui.",
                                    "en": "Who collects participant data and reports to the funder.",
                                    "nb": "Hvem som samler inn deltakerdata og rapporterer til finansiøren.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Jei tai nesutarta iš anksto, ataskaitų rengimas tampa sudėtingas ir trūksta duomenų.",
                                    "en": "Correct. If this is not agreed in advance, reporting becomes difficult and data go missing.",
                                    "nb": "Riktig. Hvis dette ikke avtales på forhånd, blir rapporteringen vanskelig, og data forsvinner.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kaip dalijamasi projekto biudžetu.",
                                    "en": "How the project budget is shared.",
                                    "nb": "Hvordan prosjektbudsjettet fordeles.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Biudžeto pasidalijimas turi atitikti kiekvieno partnerio veiklas ir atsakomybę.",
                                    "en": "Correct. The budget split should match each partner's activities and responsibilities.",
                                    "nb": "Riktig. Fordelingen av budsjettet bør samsvare med hver partners aktiviteter og ansvar.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kaip įrašyti partnerį, kuris neturės realaus vaidmens, kad paraiška surinktų daugiau balų.",
                                    "en": "How to list a partner with no real role so that the application scores more points.",
                                    "nb": "Hvordan man kan føre opp en partner uten reell rolle slik at søknaden får flere poeng.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. „Popieriniai“ partneriai yra rizika: vertintojai tai pastebi, o įgyvendinant trūksta žmonių.",
                                    "en": "Incorrect. Partners on paper only are a risk: assessors notice, and people are missing during implementation.",
                                    "nb": "Feil. Partnere bare på papiret er en risiko: de som vurderer, merker det, og det mangler folk under gjennomføringen.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Projekto biudžetą geriausia nustatyti kaip bendrą sumą, o veiklas prie jos pritaikyti vėliau.",
                            "en": "It is best to set the project budget as a lump sum and fit the activities to it later.",
                            "nb": "Det er best å fastsette prosjektbudsjettet som en samlet sum og tilpasse aktivitetene til den senere.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Tiesa", "en": "True", "nb": "Sant"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Biudžetas sudaromas pagal veiklas, kad kiekvieną eilutę būtų galima pagrįsti.",
                                    "en": "Incorrect. The budget is built from the activities so that every line can be justified.",
                                    "nb": "Feil. Budsjettet bygges opp fra aktivitetene slik at hver linje kan begrunnes.",
                                },
                            },
                            {
                                "text": {"lt": "Netiesa", "en": "False", "nb": "Usant"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Pirmiausia suplanuojamos veiklos, o tada apskaičiuojamos jų išlaidos.",
                                    "en": "Correct. Activities are planned first, and then their costs are calculated.",
                                    "nb": "Riktig. Aktivitetene planlegges først, og deretter beregnes kostnadene.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie iš šių rodiklių yra produkto rodikliai? Pasirinkite visus tinkamus atsakymus.",
                            "en": "Which of these are output indicators? Select all that apply.",
                            "nb": "Hvilke av disse er leveranseindikatorer? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Surengtų mokymų renginių skaičius.",
                                    "en": "Number of training events held.",
                                    "nb": "Antall opplæringsarrangementer som er holdt.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai tiesiogiai parodo, kas buvo padaryta.",
                                    "en": "Correct. It shows directly what was done.",
                                    "nb": "Riktig. Det viser direkte hva som ble gjort.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Mokymuose dalyvavusių asmenų skaičius.",
                                    "en": "Number of people who attended the training.",
                                    "nb": "Antall personer som deltok på opplæringen.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Dalyvių skaičius yra tipiškas produkto rodiklis.",
                                    "en": "Correct. The number of participants is a typical output indicator.",
                                    "nb": "Riktig. Antall deltakere er en typisk leveranseindikator.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Dalis dalyvių, kurie po trijų mėnesių taiko įgytus įgūdžius.",
                                    "en": "Share of participants applying the new skills three months later.",
                                    "nb": "Andelen deltakere som bruker de nye ferdighetene tre måneder senere.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Tai rezultato rodiklis: jis parodo, kas pasikeitė dalyviams, o ne kas buvo padaryta.",
                                    "en": "That is a result indicator: it shows what changed for participants, not what was done.",
                                    "nb": "Det er en resultatindikator: den viser hva som endret seg for deltakerne, ikke hva som ble gjort.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Sergamumo savivaldybėje pokytis per penkerius metus.",
                                    "en": "Change in disease incidence in the municipality over five years.",
                                    "nb": "Endring i sykdomsforekomsten i kommunen over fem år.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Tai poveikio rodiklis: ilgalaikis pokytis, kurį projektas lemia tik iš dalies.",
                                    "en": "That is an impact indicator: a long-term change the project contributes to only in part.",
                                    "nb": "Det er en effektindikator: en langsiktig endring som prosjektet bare bidrar delvis til.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Pirmasis įrangos pirkimas neįvyko. Ką pirmiausia verta daryti, jei ši rizika buvo įrašyta į rizikų registrą?",
                            "en": "The first equipment procurement has failed. What should you do first if this risk was in the risk register?",
                            "nb": "Den første anskaffelsen av utstyr har mislyktes. Hva bør du gjøre først hvis denne risikoen sto i risikoregisteret?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Taikyti iš anksto numatytą atsako priemonę ir laiku informuoti finansuotoją, jei keičiasi terminai.",
                                    "en": "Apply the response planned in advance and inform the funder in good time if deadlines change.",
                                    "nb": "Sette i verk tiltaket som er planlagt på forhånd, og informere finansiøren i god tid hvis fristene endres.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Būtent tam rizikų registras ir rengiamas – kad įvykus rizikai veiktumėte greitai ir skaidriai.",
                                    "en": "Correct. That is exactly what a risk register is for: acting quickly and openly when a risk materialises.",
                                    "nb": "Riktig. Det er nettopp det et risikoregister er til for: å handle raskt og åpent når en risiko inntreffer.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Palaukti galutinės ataskaitos ir tada paaiškinti vėlavimą.",
                                    "en": "Wait for the final report and explain the delay then.",
                                    "nb": "Vente til sluttrapporten og forklare forsinkelsen da.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Vėlai praneštas nukrypimas gali lemti finansines korekcijas; finansuotoją reikia informuoti iš karto.",
                                    "en": "Incorrect. A deviation reported late can lead to financial corrections; the funder should be told straight away.",
                                    "nb": "Feil. Et avvik som meldes sent, kan føre til økonomiske korreksjoner; finansiøren bør få beskjed med en gang.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Atsisakyti veiklos, nes rizika jau įvyko.",
                                    "en": "Drop the activity because the risk has already happened.",
                                    "nb": "Droppe aktiviteten fordi risikoen allerede har inntruffet.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Neįvykęs pirkimas dažniausiai kartojamas pakoregavus sąlygas; veiklos atsisakyti nereikia.",
                                    "en": "Incorrect. A failed procurement is usually repeated with adjusted terms; there is no need to drop the activity.",
                                    "nb": "Feil. En mislykket anskaffelse gjentas som regel med justerte vilkår; det er ikke nødvendig å droppe aktiviteten.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 2
        # ------------------------------------------------------------------
        {
            "slug": "public-service-quality",
            "title": {
                "lt": "Viešųjų paslaugų kokybė ir inovacijos",
                "en": "Public service quality and innovation",
                "nb": "Kvalitet og innovasjon i offentlige tjenester",
            },
            "summary": {
                "lt": "Kaip kurti ir tobulinti viešąsias paslaugas kartu su gyventojais, taikyti vieno langelio ir skaitmeninių paslaugų principus ir matuoti paslaugų gavėjų pasitenkinimą.",
                "en": "How to design and improve public services together with residents, apply one-stop-shop and digital service principles, and measure the satisfaction of service users.",
                "nb": "Hvordan du utformer og forbedrer offentlige tjenester sammen med innbyggerne, bruker prinsippene for én dør inn og digitale tjenester, og måler hvor fornøyde brukerne er.",
            },
            "estimated_hours": 5,
            "learning_outcomes": [
                {
                    "lt": "Taikyti paslaugų dizaino metodus, įtraukiant gyventojus į paslaugos tobulinimą.",
                    "en": "Apply service design methods that involve residents in improving a service.",
                    "nb": "Bruke tjenestedesignmetoder som involverer innbyggerne i å forbedre en tjeneste.",
                },
                {
                    "lt": "Įvertinti, kaip paslaugą supaprastinti taikant vieno langelio ir skaitmeninius sprendimus, nepaliekant nuošalyje skaitmeninių įgūdžių neturinčių gyventojų.",
                    "en": "Assess how a service can be simplified with one-stop-shop and digital solutions without leaving behind residents who lack digital skills.",
                    "nb": "Vurdere hvordan en tjeneste kan forenkles med én dør inn og digitale løsninger uten at innbyggere som mangler digitale ferdigheter, blir hengende etter.",
                },
                {
                    "lt": "Parengti trumpą pasitenkinimo apklausą ir jos rezultatais pagrįsti paslaugos patobulinimus.",
                    "en": "Prepare a short satisfaction survey and base service improvements on its results.",
                    "nb": "Lage en kort tilfredshetsundersøkelse og basere forbedringer av tjenesten på resultatene.",
                },
            ],
            "competencies": [
                {"code": "AC-1.2", "target_level": 3},
                {"code": "SC-4.1", "target_level": 2},
            ],
            "tags": ["public-services", "communication"],
            "prerequisites": [],
            "lessons": [
                {
                    "slug": "service-design-with-residents",
                    "title": {
                        "lt": "Paslaugų dizainas kartu su gyventojais",
                        "en": "Service design with residents",
                        "nb": "Tjenestedesign sammen med innbyggerne",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Paslauga gyventojo akimis",
                                "en": "The service through the resident's eyes",
                                "nb": "Tjenesten sett med innbyggerens øyne",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Paslaugų dizainas prasideda nuo klausimo, kaip paslaugą patiria ją gaunantis žmogus, o ne kaip ji aprašyta tvarkos apraše. Dažnai paaiškėja, kad gyventojui tenka kelis kartus kreiptis į skirtingas įstaigas, pildyti tuos pačius duomenis ar laukti atsakymo nežinant, kas vyksta.</p><p>Kliento kelionės žemėlapis padeda nubraižyti visus žingsnius – nuo informacijos paieškos iki paslaugos gavimo – ir pažymėti vietas, kuriose žmonės susiduria su sunkumais.</p>",
                                "en": "<p>Service design starts by asking how the person receiving a service experiences it, not how it is written down in the procedure. It often turns out that residents have to contact several institutions, fill in the same data more than once or wait for an answer without knowing what is happening.</p><p>A customer journey map helps you draw every step – from looking for information to receiving the service – and mark the points where people run into difficulties.</p>",
                                "nb": "<p>Tjenestedesign starter med å spørre hvordan personen som mottar en tjeneste, opplever den, ikke hvordan den er beskrevet i rutinen. Ofte viser det seg at innbyggerne må kontakte flere institusjoner, fylle inn de samme opplysningene mer enn én gang eller vente på svar uten å vite hva som skjer.</p><p>Et brukerreisekart hjelper deg å tegne opp hvert trinn – fra å lete etter informasjon til å motta tjenesten – og markere punktene der folk møter vanskeligheter.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Paprasti būdai įtraukti gyventojus:</p><ul><li>trumpi interviu su 5–8 paslaugos gavėjais;</li><li>stebėjimas klientų aptarnavimo vietoje;</li><li>bendrakūros dirbtuvės, kuriose gyventojai ir darbuotojai kartu ieško sprendimų;</li><li>naujo sprendimo išbandymas nedideliu mastu prieš diegiant jį visoje savivaldybėje.</li></ul>",
                                "en": "<p>Simple ways to involve residents:</p><ul><li>short interviews with 5–8 service users;</li><li>observation at the customer service desk;</li><li>co-creation workshops where residents and staff look for solutions together;</li><li>piloting a new solution on a small scale before rolling it out across the municipality.</li></ul>",
                                "nb": "<p>Enkle måter å involvere innbyggerne på:</p><ul><li>korte intervjuer med 5–8 brukere av tjenesten;</li><li>observasjon ved servicetorget;</li><li>samskapingsverksteder der innbyggere og ansatte leter etter løsninger sammen;</li><li>utprøving av en ny løsning i liten skala før den innføres i hele kommunen.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Pagalbos į namus paslaugos kelionės žemėlapis",
                                "en": "A journey map for home help",
                                "nb": "Et brukerreisekart for hjemmehjelp",
                            },
                            "text": {
                                "lt": "<p>Vienos miesto savivaldybės administracijos Socialinės paramos skyrius kartu su senjorų artimaisiais nubraižė, kaip vyksta kreipimasis dėl pagalbos į namus. Paaiškėjo, kad artimieji vidutiniškai tris kartus skambina į skirtingus skyrius, kol sužino, kokių dokumentų reikia.</p><p>Sprendimas buvo paprastas: vienas kontaktinis asmuo ir vieno lapo atmintinė su dokumentų sąrašu. Pakartotinių skambučių sumažėjo, o darbuotojai sutaupė laiko.</p>",
                                "en": "<p>The social support department of a city municipality mapped, together with seniors' relatives, how people apply for home help. It turned out that relatives phoned different departments three times on average before they learned which documents were needed.</p><p>The fix was simple: a single contact person and a one-page leaflet listing the documents. Repeat calls fell, and staff saved time.</p>",
                                "nb": "<p>Avdelingen for sosial støtte i en bykommune kartla sammen med pårørende til eldre hvordan folk søker om hjemmehjelp. Det viste seg at de pårørende i gjennomsnitt ringte tre ganger til ulike avdelinger før de fikk vite hvilke dokumenter som trengtes.</p><p>Løsningen var enkel: én kontaktperson og et informasjonsark på én side med liste over dokumentene. Antallet gjentatte anrop gikk ned, og de ansatte sparte tid.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Klauskite apie patirtį, ne apie nuomonę",
                                "en": "Ask about experience, not opinion",
                                "nb": "Spør om erfaringer, ikke meninger",
                            },
                            "text": {
                                "lt": "<p>Užuot klausę „Ar jums patiktų registracija internetu?“, paprašykite žmogaus papasakoti, kaip jis paskutinį kartą registravosi paslaugai. Konkreti patirtis atskleidžia tikrąsias kliūtis geriau nei hipotetiniai klausimai.</p>",
                                "en": "<p>Instead of asking “Would you like to register online?”, ask the person to describe how they last registered for the service. Concrete experience reveals the real obstacles better than hypothetical questions.</p>",
                                "nb": "<p>I stedet for å spørre «Vil du gjerne melde deg på digitalt?» kan du be personen beskrive hvordan vedkommende meldte seg på tjenesten sist. Konkrete erfaringer avslører de virkelige hindringene bedre enn hypotetiske spørsmål.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuriame jūsų teikiamos paslaugos žingsnyje gyventojai dažniausiai sutrinka ar kreipiasi pakartotinai? Kaip galėtumėte tai patikrinti kartu su jais?",
                                "en": "At which step of your service do residents most often get stuck or have to come back? How could you check this together with them?",
                                "nb": "På hvilket trinn i tjenesten din står innbyggerne oftest fast eller må komme tilbake? Hvordan kan du undersøke dette sammen med dem?",
                            },
                        },
                    ],
                },
                {
                    "slug": "one-stop-shops-and-digital-services",
                    "title": {
                        "lt": "Vieno langelio principas ir skaitmeninės paslaugos",
                        "en": "One-stop shops and digital services",
                        "nb": "Én dør inn og digitale tjenester",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vienas kreipimasis – visa paslauga",
                                "en": "One request, the whole service",
                                "nb": "Én henvendelse, hele tjenesten",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Vieno langelio principas reiškia, kad gyventojas kreipiasi į vieną vietą, o įstaigos pačios tarpusavyje pasirūpina reikalinga informacija ir sprendimais. Savivaldybėse tai dažniausiai yra klientų aptarnavimo skyrius arba seniūnija, kurioje galima pateikti prašymus įvairioms paslaugoms gauti.</p><p>Su juo glaudžiai susijęs <strong>vieno karto principas</strong>: duomenų, kuriuos valstybės ar savivaldybės registrai jau turi, iš gyventojo nereikėtų prašyti dar kartą.</p>",
                                "en": "<p>The one-stop-shop principle means that a resident goes to one place, and the institutions sort out the necessary information and decisions among themselves. In municipalities this is usually the customer service department or the eldership, where applications for various services can be submitted.</p><p>Closely related is the <strong>once-only principle</strong>: data that state or municipal registers already hold should not be requested from the resident again.</p>",
                                "nb": "<p>Prinsippet om én dør inn betyr at innbyggeren henvender seg ett sted, og at institusjonene selv ordner nødvendig informasjon og beslutninger seg imellom. I kommunene er dette vanligvis servicetorget eller lokalkontoret, der man kan søke om ulike tjenester.</p><p>Nært knyttet til dette er <strong>kun én gang-prinsippet</strong>: opplysninger som statlige eller kommunale registre allerede har, skal ikke innhentes fra innbyggeren på nytt.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Skaitmeninti verta ne esamą popierinę formą, o visą procesą: ar žinomi duomenys užpildomi automatiškai, ar gyventojas mato prašymo būseną, ar gauna aiškų pranešimą apie sprendimą? Prieš skaitmenindami paslaugą ją supaprastinkite – kitaip tik perkelsite biurokratiją į internetą.</p>",
                                "en": "<p>What should be digitised is the whole process, not the existing paper form: are known data filled in automatically, can the resident see the status of the application, do they receive a clear notice of the decision? Simplify a service before digitising it – otherwise you only move the bureaucracy online.</p>",
                                "nb": "<p>Det er hele prosessen som bør digitaliseres, ikke det eksisterende papirskjemaet: fylles kjente opplysninger inn automatisk, kan innbyggeren se hvor langt søknaden har kommet, får innbyggeren en klar melding om vedtaket? Forenkle en tjeneste før du digitaliserer den – ellers flytter du bare byråkratiet over på nett.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nepalikite nė vieno nuošalyje",
                                "en": "Leave no one behind",
                                "nb": "Ingen skal bli hengende etter",
                            },
                            "text": {
                                "lt": "<p>Dalis vyresnių, neįgalių ar atokiau gyvenančių žmonių skaitmeninėmis paslaugomis naudotis negali arba nenori. Skaitmeninė paslauga turi papildyti, o ne pakeisti galimybę kreiptis telefonu ar atvykus. Bibliotekos ir seniūnijos gali padėti gyventojams pateikti prašymus internetu.</p>",
                                "en": "<p>Some older, disabled or remotely living people cannot or do not want to use digital services. A digital service should add to, not replace, the option of phoning or coming in person. Libraries and elderships can help residents submit applications online.</p>",
                                "nb": "<p>Noen eldre, personer med funksjonsnedsettelser eller folk som bor avsides, kan ikke eller vil ikke bruke digitale tjenester. En digital tjeneste skal komme i tillegg til, ikke i stedet for, muligheten til å ringe eller møte opp. Bibliotekene og lokalkontorene kan hjelpe innbyggerne med å sende søknader digitalt.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Registracija į neformaliojo švietimo būrelius",
                                "en": "Registration for after-school activities",
                                "nb": "Påmelding til fritidsaktiviteter",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės administracijos Švietimo skyrius atsisakė popierinių prašymų ir įdiegė elektroninę registraciją į vaikų neformaliojo švietimo būrelius, kurioje tėvų ir vaikų duomenys užpildomi automatiškai. Rugsėjį mokyklose ir bibliotekose budėjo konsultantai, kurie padėjo registruotis neturintiems kompiuterio ar patirties.</p>",
                                "en": "<p>A municipal education department replaced paper applications with online registration for children's non-formal education activities, where parents' and children's data are filled in automatically. In September, advisers were on hand in schools and libraries to help those without a computer or experience to register.</p>",
                                "nb": "<p>Kommunens utdanningsavdeling erstattet papirsøknader med digital påmelding til fritidsaktiviteter for barn, der opplysningene om foreldre og barn fylles inn automatisk. I september var det veiledere på skolene og bibliotekene som hjalp dem som manglet datamaskin eller erfaring, med å melde seg på.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Geriausia paslauga ta, kurios gyventojui net nereikia prašyti: ji suteikiama laiku, nes reikalingus duomenis jau turime.",
                                "en": "The best service is the one residents do not even need to ask for: it arrives on time because we already hold the data it needs.",
                                "nb": "Den beste tjenesten er den innbyggerne ikke engang trenger å be om: den kommer i tide fordi vi allerede har opplysningene den krever.",
                            },
                            "attribution": {
                                "lt": "Savivaldybės klientų aptarnavimo skyriaus vedėja, mokymų dalyvė",
                                "en": "Head of a municipal customer service department, course participant",
                                "nb": "Leder for et kommunalt servicetorg, kursdeltaker",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokių duomenų jūsų įstaiga vis dar prašo iš gyventojų, nors galėtų juos gauti iš registrų ar kitų įstaigų?",
                                "en": "Which data does your institution still ask residents for, even though it could obtain them from registers or other institutions?",
                                "nb": "Hvilke opplysninger ber virksomheten din fortsatt innbyggerne om, selv om den kunne hentet dem fra registre eller andre institusjoner?",
                            },
                        },
                    ],
                },
                {
                    "slug": "measuring-satisfaction",
                    "title": {
                        "lt": "Paslaugų gavėjų pasitenkinimo matavimas",
                        "en": "Measuring service user satisfaction",
                        "nb": "Å måle brukertilfredshet",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Ką ir kaip klausti",
                                "en": "What to ask and how",
                                "nb": "Hva og hvordan man skal spørre",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pasitenkinimo apklausa turi būti trumpa: 5–7 klausimus galima atsakyti per kelias minutes. Dažniausiai naudojama penkių balų skalė nuo „labai blogai“ iki „labai gerai“ ir bent vienas atviras klausimas, pavyzdžiui, „Ką turėtume pakeisti pirmiausia?“.</p><p>Apklauskite iš karto po paslaugos ar mokymų renginio, kol patirtis dar šviežia, ir kelerius metus naudokite tą patį klausimyną, kad galėtumėte palyginti rezultatus.</p>",
                                "en": "<p>A satisfaction survey should be short: 5–7 questions that take a few minutes to answer. The usual format is a five-point scale from “very poor” to “very good” plus at least one open question, such as “What should we change first?”.</p><p>Ask straight after the service or training event, while the experience is fresh, and keep the same questionnaire for several years so that results can be compared.</p>",
                                "nb": "<p>En tilfredshetsundersøkelse bør være kort: 5–7 spørsmål som tar noen få minutter å svare på. Det vanlige formatet er en femdelt skala fra «svært dårlig» til «svært god» og minst ett åpent spørsmål, for eksempel «Hva bør vi endre først?».</p><p>Spør rett etter tjenesten eller opplæringsarrangementet, mens opplevelsen er fersk, og bruk det samme spørreskjemaet i flere år slik at resultatene kan sammenlignes.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li>Skaičiuokite, kokia dalis atsakiusiųjų vertina „gerai“ arba „labai gerai“ – šį rodiklį lengva palyginti tarp laikotarpių.</li><li>Visada nurodykite, kiek žmonių atsakė: 90 % iš 10 atsakiusiųjų nėra tas pats, kas 90 % iš 200.</li><li>Atvirus atsakymus sugrupuokite pagal temas ir ieškokite pasikartojančių pastabų.</li></ul>",
                                "en": "<ul><li>Calculate the share of respondents who answer “good” or “very good” – this figure is easy to compare across periods.</li><li>Always state how many people responded: 90% of 10 respondents is not the same as 90% of 200.</li><li>Group open answers by theme and look for recurring comments.</li></ul>",
                                "nb": "<ul><li>Regn ut andelen som svarer «god» eller «svært god» – dette tallet er lett å sammenligne mellom perioder.</li><li>Oppgi alltid hvor mange som har svart: 90 % av 10 svar er ikke det samme som 90 % av 200.</li><li>Grupper de åpne svarene etter tema og se etter kommentarer som går igjen.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Atsakymų šališkumas",
                                "en": "Response bias",
                                "nb": "Skjevhet i svarene",
                            },
                            "text": {
                                "lt": "<p>Jei anketą išdalija tas pats darbuotojas, kuris ką tik suteikė paslaugą, žmonės linkę vertinti palankiau. Užtikrinkite anonimiškumą: naudokite dėžutę, QR kodą ar nuorodą, o ne anketą, kurią reikia grąžinti į rankas.</p>",
                                "en": "<p>If the questionnaire is handed out by the same member of staff who has just delivered the service, people tend to rate it more kindly. Make answers anonymous: use a box, a QR code or a link rather than a form that must be handed back in person.</p>",
                                "nb": "<p>Hvis spørreskjemaet deles ut av den samme ansatte som nettopp har levert tjenesten, har folk en tendens til å vurdere den mer velvillig. Sørg for anonyme svar: bruk en svarboks, en QR-kode eller en lenke i stedet for et skjema som må leveres tilbake personlig.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Visuomenės sveikatos biuro apklausa",
                                "en": "A public health bureau's survey",
                                "nb": "En undersøkelse fra et folkehelsekontor",
                            },
                            "text": {
                                "lt": "<p>Visuomenės sveikatos biuras po kiekvieno streso valdymo užsiėmimo renka trumpą anoniminę apklausą. Per metus 86 % iš 412 atsakiusiųjų užsiėmimus įvertino gerai arba labai gerai, tačiau atviruose atsakymuose ne kartą minėtas nepatogus laikas. Įvedus vakarinius užsiėmimus, daugiau dalyvavo darbingo amžiaus gyventojų.</p>",
                                "en": "<p>A public health bureau runs a short anonymous survey after every stress management session. Over the year, 86% of 412 respondents rated the sessions good or very good, but the open answers repeatedly mentioned inconvenient times. After evening sessions were introduced, more working-age residents took part.</p>",
                                "nb": "<p>Et folkehelsekontor gjennomfører en kort anonym undersøkelse etter hver samling om stressmestring. I løpet av året vurderte 86 % av 412 som svarte, samlingene som gode eller svært gode, men i de åpne svarene ble upraktiske tidspunkter nevnt gang på gang. Etter at det ble innført kveldssamlinger, deltok flere innbyggere i yrkesaktiv alder.</p>",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: pasitenkinimo matavimas",
                                    "en": "Knowledge check: measuring satisfaction",
                                    "nb": "Kunnskapssjekk: å måle tilfredshet",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "single",
                                        "text": {
                                            "lt": "Po mokymų renginio apklausą užpildė 40 dalyvių: 12 vertino „labai gerai“, 18 – „gerai“, 7 – „patenkinamai“, 3 – „blogai“. Kokia dalis atsakiusiųjų vertino gerai arba labai gerai?",
                                            "en": "After a training event, 40 participants completed the survey: 12 answered “very good”, 18 “good”, 7 “satisfactory” and 3 “poor”. What share of respondents rated it good or very good?",
                                            "nb": "Etter et opplæringsarrangement svarte 40 deltakere på undersøkelsen: 12 svarte «svært god», 18 «god», 7 «tilfredsstillende» og 3 «dårlig». Hvor stor andel av dem som svarte, vurderte arrangementet som godt eller svært godt?",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "75 %",
                                                    "en": "75%",
                                                    "nb": "75 %",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai: (12 + 18) / 40 = 0,75, t. y. 75 %.",
                                                    "en": "Correct: (12 + 18) / 40 = 0.75, i.e. 75%.",
                                                    "nb": "Riktig: (12 + 18) / 40 = 0,75, altså 75 %.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "45 %",
                                                    "en": "45%",
                                                    "nb": "45 %",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Tai tik „gerai“ vertinimų dalis (18 / 40). Reikia pridėti ir „labai gerai“ vertinimus.",
                                                    "en": "That is only the “good” share (18 / 40). The “very good” answers must be added too.",
                                                    "nb": "Det er bare andelen «god» (18 / 40). Svarene «svært god» må også legges til.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "30 %",
                                                    "en": "30%",
                                                    "nb": "30 %",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Tai tik „labai gerai“ vertinimų dalis (12 / 40). Reikia pridėti ir „gerai“ vertinimus.",
                                                    "en": "That is only the “very good” share (12 / 40). The “good” answers must be added too.",
                                                    "nb": "Det er bare andelen «svært god» (12 / 40). Svarene «god» må også legges til.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "92,5 %",
                                                    "en": "92.5%",
                                                    "nb": "92,5 %",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Čia neteisingai įtraukti ir „patenkinamai“ vertinimai. Jie nepriskiriami prie „gerai“ ar „labai gerai“.",
                                                    "en": "This wrongly includes the “satisfactory” answers, which do not count as “good” or “very good”.",
                                                    "nb": "Her er svarene «tilfredsstillende» feilaktig tatt med, og de regnes ikke som «god» eller «svært god».",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "Pateikiant apklausos rezultatus pakanka nurodyti procentą – atsakiusiųjų skaičius nesvarbus.",
                                            "en": "When presenting survey results, the percentage is enough – the number of respondents does not matter.",
                                            "nb": "Når resultatene fra en undersøkelse presenteres, er prosentandelen nok – antallet som har svart, spiller ingen rolle.",
                                        },
                                        "options": [
                                            {
                                                "text": {
                                                    "lt": "Tiesa",
                                                    "en": "True",
                                                    "nb": "Sant",
                                                },
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Neteisingai. Be atsakiusiųjų skaičiaus neįmanoma įvertinti, kiek patikimas procentas: 90 % iš 10 ir iš 200 reiškia ne tą patį.",
                                                    "en": "Incorrect. Without the number of respondents you cannot judge how reliable the percentage is: 90% of 10 and of 200 are not the same.",
                                                    "nb": "Feil. Uten antallet som har svart, kan du ikke vurdere hvor pålitelig prosentandelen er: 90 % av 10 og av 200 er ikke det samme.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Netiesa",
                                                    "en": "False",
                                                    "nb": "Usant",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Šalia procento visada nurodykite, kiek žmonių atsakė.",
                                                    "en": "Correct. Always give the number of respondents next to the percentage.",
                                                    "nb": "Riktig. Oppgi alltid antallet som har svart, ved siden av prosentandelen.",
                                                },
                                            },
                                        ],
                                    },
                                ],
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokį vieną atvirą klausimą įtrauktumėte į savo paslaugos apklausą ir kaip panaudotumėte atsakymus?",
                                "en": "Which single open question would you add to your service survey, and how would you use the answers?",
                                "nb": "Hvilket ene åpne spørsmål ville du lagt til i undersøkelsen for tjenesten din, og hvordan ville du brukt svarene?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Viešųjų paslaugų kokybės ir inovacijų testas",
                    "en": "Public service quality and innovation quiz",
                    "nb": "Quiz: kvalitet og innovasjon i offentlige tjenester",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas yra kliento kelionės žemėlapis?",
                            "en": "What is a customer journey map?",
                            "nb": "Hva er et brukerreisekart?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Visų žingsnių, kuriuos žmogus praeina gaudamas paslaugą, ir jo patiriamų sunkumų vaizdas.",
                                    "en": "A picture of every step a person goes through to receive a service and the difficulties they meet.",
                                    "nb": "Et bilde av hvert trinn en person går gjennom for å motta en tjeneste, og vanskelighetene underveis.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Žemėlapis parodo paslaugą gyventojo akimis ir padeda rasti vietas, kurias reikia tobulinti.",
                                    "en": "Correct. The map shows the service through the resident's eyes and helps find the points that need improving.",
                                    "nb": "Riktig. Kartet viser tjenesten med innbyggerens øyne og hjelper deg å finne punktene som må forbedres.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Savivaldybės administracijos padalinių struktūros schema.",
                                    "en": "An organisational chart of the municipal administration.",
                                    "nb": "Et organisasjonskart over kommuneadministrasjonen.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Struktūros schema rodo įstaigos vidaus sandarą, o ne tai, ką patiria paslaugos gavėjas.",
                                    "en": "Incorrect. An organisational chart shows the internal structure, not what the service user experiences.",
                                    "nb": "Feil. Et organisasjonskart viser den interne strukturen, ikke hva brukeren av tjenesten opplever.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Paslaugos teikimo tvarkos aprašas.",
                                    "en": "The formal procedure for delivering the service.",
                                    "nb": "Den formelle rutinen for å levere tjenesten.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tvarkos aprašas nustato, kaip paslauga turėtų būti teikiama, bet neparodo, kaip ją iš tikrųjų patiria žmonės.",
                                    "en": "Incorrect. The procedure sets out how the service should be delivered, but not how people actually experience it.",
                                    "nb": "Feil. Rutinen beskriver hvordan tjenesten skal leveres, men ikke hvordan folk faktisk opplever den.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie pavyzdžiai atitinka vieno langelio arba vieno karto principą? Pasirinkite visus tinkamus atsakymus.",
                            "en": "Which examples follow the one-stop-shop or once-only principle? Select all that apply.",
                            "nb": "Hvilke eksempler følger prinsippet om én dør inn eller kun én gang-prinsippet? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Prašymo formoje automatiškai užpildomi registruose jau esantys gyventojo duomenys.",
                                    "en": "The application form is pre-filled with the resident's data already held in registers.",
                                    "nb": "Søknadsskjemaet er forhåndsutfylt med innbyggerens opplysninger som allerede finnes i registre.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai vieno karto principas: turimų duomenų iš gyventojo neprašoma dar kartą.",
                                    "en": "Correct. That is the once-only principle: data already held are not requested again.",
                                    "nb": "Riktig. Det er kun én gang-prinsippet: opplysninger man allerede har, innhentes ikke på nytt.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Seniūnijoje galima pateikti prašymus kelioms skirtingoms paslaugoms.",
                                    "en": "Applications for several different services can be submitted at the eldership.",
                                    "nb": "Søknader om flere ulike tjenester kan leveres på lokalkontoret.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai vieno langelio principas: viena kreipimosi vieta daugeliui paslaugų.",
                                    "en": "Correct. That is the one-stop-shop principle: one point of contact for many services.",
                                    "nb": "Riktig. Det er prinsippet om én dør inn: ett kontaktpunkt for mange tjenester.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Gyventojas turi pats atnešti pažymą iš kitos savivaldybės įstaigos, nors ją galima gauti tarpžinybiniu būdu.",
                                    "en": "The resident must personally bring a certificate from another municipal institution, although it could be obtained between institutions.",
                                    "nb": "Innbyggeren må selv hente en attest fra en annen kommunal virksomhet, selv om den kunne vært innhentet mellom virksomhetene.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tai prieštarauja abiem principams: informacija turėtų keliauti tarp įstaigų, o ne per gyventoją.",
                                    "en": "Incorrect. This goes against both principles: information should travel between institutions, not via the resident.",
                                    "nb": "Feil. Dette strider mot begge prinsippene: informasjonen skal gå mellom institusjonene, ikke via innbyggeren.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kiekvienai paslaugai kuriama atskira interneto svetainė su atskiru prisijungimu.",
                                    "en": "A separate website with its own login is created for each service.",
                                    "nb": "Det lages et eget nettsted med egen innlogging for hver tjeneste.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Išskaidyti kanalai apsunkina paslaugų paiešką ir yra priešingi vieno langelio idėjai.",
                                    "en": "Incorrect. Fragmented channels make services harder to find and run counter to the one-stop-shop idea.",
                                    "nb": "Feil. Oppstykkede kanaler gjør tjenestene vanskeligere å finne og strider mot ideen om én dør inn.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Įdiegus elektroninę paslaugą, būtina išsaugoti galimybę kreiptis telefonu ar atvykus.",
                            "en": "Once an online service is introduced, the option to apply by phone or in person should be kept.",
                            "nb": "Når en digital tjeneste innføres, bør muligheten til å søke per telefon eller ved personlig oppmøte beholdes.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Tiesa", "en": "True", "nb": "Sant"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Skaitmeninė paslauga turi papildyti kitus kanalus, kad nenukentėtų skaitmeninių įgūdžių ar priemonių neturintys gyventojai.",
                                    "en": "Correct. A digital service should complement other channels so that residents without digital skills or devices are not left out.",
                                    "nb": "Riktig. En digital tjeneste bør komme i tillegg til andre kanaler, slik at innbyggere uten digitale ferdigheter eller utstyr ikke blir utestengt.",
                                },
                            },
                            {
                                "text": {"lt": "Netiesa", "en": "False", "nb": "Usant"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Panaikinus kitus kanalus, dalis vyresnių, neįgalių ar atokiau gyvenančių žmonių paslaugos negautų.",
                                    "en": "Incorrect. Removing the other channels would cut off some older, disabled or remotely living people from the service.",
                                    "nb": "Feil. Hvis de andre kanalene fjernes, blir noen eldre, personer med funksjonsnedsettelser og folk som bor avsides, avskåret fra tjenesten.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kas padeda gauti patikimesnius pasitenkinimo apklausos rezultatus? Pasirinkite visus tinkamus atsakymus.",
                            "en": "What helps make satisfaction survey results more reliable? Select all that apply.",
                            "nb": "Hva bidrar til mer pålitelige resultater fra en tilfredshetsundersøkelse? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Anoniminis pildymas, pavyzdžiui, per QR kodą ar anketų dėžutę.",
                                    "en": "Anonymous completion, for example via a QR code or a survey box.",
                                    "nb": "Anonym utfylling, for eksempel via en QR-kode eller en svarboks.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Anonimiškumas mažina norą vertinti palankiau, nei iš tikrųjų manoma.",
                                    "en": "Correct. Anonymity reduces the urge to rate more kindly than people really think.",
                                    "nb": "Riktig. Anonymitet reduserer trangen til å gi en bedre vurdering enn man egentlig mener.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Apklausa iš karto po paslaugos ar renginio.",
                                    "en": "Surveying straight after the service or event.",
                                    "nb": "Å spørre rett etter tjenesten eller arrangementet.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kol patirtis šviežia, atsakymai tikslesni, o atsakiusiųjų daugiau.",
                                    "en": "Correct. While the experience is fresh, answers are more accurate and more people respond.",
                                    "nb": "Riktig. Mens opplevelsen er fersk, blir svarene mer presise, og flere svarer.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Tas pats klausimynas kelerius metus iš eilės.",
                                    "en": "The same questionnaire for several years in a row.",
                                    "nb": "Det samme spørreskjemaet flere år på rad.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tik nekintant klausimams galima patikimai palyginti rezultatus tarp laikotarpių.",
                                    "en": "Correct. Only with unchanged questions can results be compared reliably across periods.",
                                    "nb": "Riktig. Bare med uendrede spørsmål kan resultatene sammenlignes pålitelig mellom perioder.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Anketą išdalija ir surenka paslaugą suteikęs darbuotojas.",
                                    "en": "The questionnaire is handed out and collected by the staff member who delivered the service.",
                                    "nb": "Spørreskjemaet deles ut og samles inn av den ansatte som leverte tjenesten.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tokiu atveju žmonės linkę vertinti palankiau, todėl rezultatai būna pagražinti.",
                                    "en": "Incorrect. In that case people tend to rate more kindly, so the results come out inflated.",
                                    "nb": "Feil. Da har folk en tendens til å vurdere mer velvillig, så resultatene blir for gode.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kurį klausimą geriausia užduoti interviu su paslaugos gavėju?",
                            "en": "Which question is best to ask in an interview with a service user?",
                            "nb": "Hvilket spørsmål er best å stille i et intervju med en bruker av tjenesten?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "„Papasakokite, kaip paskutinį kartą registravotės šiai paslaugai.“",
                                    "en": "“Tell me how you last registered for this service.”",
                                    "nb": "«Fortell meg hvordan du meldte deg på denne tjenesten sist.»",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Klausimas apie konkrečią patirtį atskleidžia tikrąsias kliūtis.",
                                    "en": "Correct. A question about a concrete experience reveals the real obstacles.",
                                    "nb": "Riktig. Et spørsmål om en konkret erfaring avslører de virkelige hindringene.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "„Ar jums patiktų registracija internetu?“",
                                    "en": "“Would you like to register online?”",
                                    "nb": "«Vil du gjerne melde deg på digitalt?»",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Hipotetinis klausimas parodo nuomonę, bet ne tai, kaip žmogus iš tikrųjų elgiasi.",
                                    "en": "Incorrect. A hypothetical question captures an opinion, not how the person actually behaves.",
                                    "nb": "Feil. Et hypotetisk spørsmål fanger opp en mening, ikke hvordan personen faktisk oppfører seg.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "„Ar sutinkate, kad mūsų paslauga gera?“",
                                    "en": "“Do you agree that our service is good?”",
                                    "nb": "«Er du enig i at tjenesten vår er god?»",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tai įtaigus klausimas: jis skatina pritarti ir neatskleidžia problemų.",
                                    "en": "Incorrect. It is a leading question: it invites agreement and hides problems.",
                                    "nb": "Feil. Det er et ledende spørsmål: det inviterer til enighet og skjuler problemer.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 3
        # ------------------------------------------------------------------
        {
            "slug": "evidence-based-decisions",
            "title": {
                "lt": "Įrodymais grįsta politika ir vertinimas",
                "en": "Evidence-based policy and evaluation",
                "nb": "Kunnskapsbasert politikk og evaluering",
            },
            "summary": {
                "lt": "Kaip parinkti rodiklius ir duomenų šaltinius, įvertinti socialinę programą, skaidriai atsiskaityti finansuotojams ir panaudoti vertinimo išvadas savivaldybės sprendimams.",
                "en": "How to choose indicators and data sources, evaluate a social programme, report transparently to funders and use evaluation findings in municipal decisions.",
                "nb": "Hvordan du velger indikatorer og datakilder, evaluerer et sosialt program, rapporterer åpent til finansiører og bruker evalueringsfunn i kommunale beslutninger.",
            },
            "estimated_hours": 7,
            "learning_outcomes": [
                {
                    "lt": "Parinkti tinkamus rodiklius ir patikimus duomenų šaltinius savivaldybės sprendimui pagrįsti.",
                    "en": "Choose suitable indicators and reliable data sources to support a municipal decision.",
                    "nb": "Velge egnede indikatorer og pålitelige datakilder som grunnlag for en kommunal beslutning.",
                },
                {
                    "lt": "Suplanuoti nesudėtingą socialinės programos vertinimą remiantis intervencijos logika.",
                    "en": "Plan a straightforward evaluation of a social programme based on its intervention logic.",
                    "nb": "Planlegge en enkel evaluering av et sosialt program ut fra tiltakets endringslogikk.",
                },
                {
                    "lt": "Parengti skaidrią ataskaitą finansuotojui ir pasiūlyti, kaip vertinimo išvadas panaudoti tolesniems sprendimams.",
                    "en": "Prepare a transparent report for a funder and propose how evaluation findings should inform further decisions.",
                    "nb": "Utarbeide en åpen rapport til en finansiør og foreslå hvordan evalueringsfunnene skal brukes i videre beslutninger.",
                },
            ],
            "competencies": [
                {"code": "AC-1.3", "target_level": 3},
                {"code": "SC-6.1", "target_level": 2},
            ],
            "tags": ["evaluation", "transparency"],
            "prerequisites": ["strategic-planning-and-projects"],
            "lessons": [
                {
                    "slug": "indicators-and-data-sources",
                    "title": {
                        "lt": "Rodikliai ir duomenų šaltiniai savivaldybėje",
                        "en": "Indicators and data sources in a municipality",
                        "nb": "Indikatorer og datakilder i kommunen",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo klausimo prie duomenų",
                                "en": "From question to data",
                                "nb": "Fra spørsmål til data",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Įrodymais grįstas sprendimas prasideda nuo aiškaus klausimo: ką norime sužinoti ir kokiam sprendimui to reikia? Tik tada parenkami rodikliai ir ieškoma duomenų. Priešingu atveju surenkama daug duomenų, kurių niekas nenaudoja.</p><p>Geras rodiklis yra aiškiai apibrėžtas, reguliariai matuojamas, palyginamas laike ir tiesiogiai susijęs su sprendžiama problema.</p>",
                                "en": "<p>An evidence-based decision starts with a clear question: what do we want to know, and which decision needs it? Only then are indicators chosen and data sought. Otherwise you collect a lot of data that nobody uses.</p><p>A good indicator is clearly defined, measured regularly, comparable over time and directly linked to the problem at hand.</p>",
                                "nb": "<p>En kunnskapsbasert beslutning starter med et klart spørsmål: hva vil vi vite, og hvilken beslutning trenger det? Først da velges indikatorer, og det letes etter data. Ellers samler man inn mange data som ingen bruker.</p><p>En god indikator er tydelig definert, måles regelmessig, kan sammenlignes over tid og er direkte knyttet til problemet det gjelder.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Dažniausi šaltiniai savivaldybėje:</p><ul><li><strong>oficialioji statistika</strong> – gyventojų skaičius ir sudėtis, užimtumas, socialinė parama;</li><li><strong>savivaldybių visuomenės sveikatos stebėsenos duomenys</strong> – sergamumas, gyvensenos rodikliai, palyginimas su šalies vidurkiu;</li><li><strong>įstaigų administraciniai duomenys</strong> – paslaugų gavėjų skaičius, eilės, lankomumas;</li><li><strong>pačių surinkti duomenys</strong> – apklausos, interviu, stebėjimas.</li></ul>",
                                "en": "<p>The most common sources in a municipality:</p><ul><li><strong>official statistics</strong> – population size and structure, employment, social assistance;</li><li><strong>municipal public health monitoring data</strong> – disease rates, lifestyle indicators, comparison with the national average;</li><li><strong>institutions' administrative data</strong> – number of service users, waiting lists, attendance;</li><li><strong>data you collect yourself</strong> – surveys, interviews, observation.</li></ul>",
                                "nb": "<p>De vanligste kildene i en kommune:</p><ul><li><strong>offisiell statistikk</strong> – befolkningens størrelse og sammensetning, sysselsetting, sosialhjelp;</li><li><strong>kommunale folkehelsedata</strong> – sykdomsforekomst, levevaneindikatorer, sammenligning med landsgjennomsnittet;</li><li><strong>virksomhetenes administrative data</strong> – antall brukere av tjenestene, ventelister, oppmøte;</li><li><strong>data dere samler inn selv</strong> – undersøkelser, intervjuer, observasjon.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Duomenys apie jaunimo psichikos sveikatą",
                                "en": "Data on young people's mental health",
                                "nb": "Data om unges psykiske helse",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės taryba svarstė, ar plėsti jaunimo psichologinės pagalbos paslaugą. Visuomenės sveikatos biuras parengė trumpą apžvalgą: stebėsenos duomenis apie savęs žalojimo atvejus, mokinių apklausos rezultatus apie patiriamą stresą ir esamos paslaugos laukimo eilės ilgį.</p><p>Trys skirtingi šaltiniai rodė tą pačią kryptį, todėl sprendimas buvo priimtas greitai ir argumentuotai.</p>",
                                "en": "<p>A municipal council was considering whether to expand psychological support for young people. The public health bureau prepared a short briefing: monitoring data on self-harm, results of a pupil survey on stress, and the length of the waiting list for the existing service.</p><p>Three different sources pointed the same way, so the decision was taken quickly and on solid grounds.</p>",
                                "nb": "<p>Et kommunestyre vurderte om det psykologiske hjelpetilbudet til unge skulle utvides. Folkehelsekontoret laget et kort notat: tall fra folkehelseovervåkingen om selvskading, resultater fra en elevundersøkelse om stress og lengden på ventelisten til det eksisterende tilbudet.</p><p>Tre ulike kilder pekte i samme retning, og beslutningen ble derfor tatt raskt og på et solid grunnlag.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Maži skaičiai",
                                "en": "Small numbers",
                                "nb": "Små tall",
                            },
                            "text": {
                                "lt": "<p>Mažoje savivaldybėje rodiklis gali smarkiai svyruoti vien dėl kelių atvejų. Prieš darydami išvadas, žiūrėkite kelerių metų tendenciją, o ne vienų metų pokytį, ir šalia procentų ar rodiklių 1 000 gyventojų nurodykite absoliučius skaičius.</p>",
                                "en": "<p>In a small municipality an indicator can swing sharply because of just a few cases. Before drawing conclusions, look at the trend over several years rather than a single year's change, and give absolute numbers alongside percentages or rates per 1,000 residents.</p>",
                                "nb": "<p>I en liten kommune kan en indikator svinge kraftig på grunn av bare noen få tilfeller. Før du trekker konklusjoner, bør du se på utviklingen over flere år i stedet for endringen fra ett år til det neste, og oppgi absolutte tall ved siden av prosentandeler eller tall per 1 000 innbyggere.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokį sprendimą jūsų įstaiga priims artimiausiais mėnesiais? Kokie du ar trys duomenų šaltiniai padėtų jį pagrįsti?",
                                "en": "What decision will your institution take in the coming months? Which two or three data sources would help support it?",
                                "nb": "Hvilken beslutning skal virksomheten din ta de kommende månedene? Hvilke to eller tre datakilder kan gi et godt grunnlag for den?",
                            },
                        },
                    ],
                },
                {
                    "slug": "evaluating-a-social-programme",
                    "title": {
                        "lt": "Socialinės programos vertinimas",
                        "en": "Evaluating a social programme",
                        "nb": "Å evaluere et sosialt program",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Intervencijos logika",
                                "en": "The intervention logic",
                                "nb": "Endringslogikken",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Prieš vertinant programą reikia aiškiai aprašyti, kaip ji turėtų veikti: kokie ištekliai skiriami, kokios veiklos vykdomos, kokie produktai sukuriami, kokių rezultatų tikimasi dalyviams ir kokio ilgalaikio poveikio siekiama. Tai vadinama intervencijos logika arba pokyčio teorija.</p><p>Vertinimas tikrina, ar ši grandinė iš tikrųjų veikia ir kurioje vietoje ji trūkinėja.</p>",
                                "en": "<p>Before evaluating a programme you need to describe clearly how it is supposed to work: which resources go in, which activities are carried out, which outputs are produced, which results are expected for participants and which long-term impact is sought. This is called the intervention logic or theory of change.</p><p>Evaluation checks whether this chain actually holds and where it breaks.</p>",
                                "nb": "<p>Før du evaluerer et program, må du beskrive tydelig hvordan det er ment å virke: hvilke ressurser som settes inn, hvilke aktiviteter som gjennomføres, hvilke leveranser som produseres, hvilke resultater som forventes for deltakerne, og hvilken langsiktig effekt man ønsker. Dette kalles tiltakets endringslogikk eller endringsteori.</p><p>Evalueringen undersøker om denne kjeden faktisk holder, og hvor den brytes.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pagrindiniai vertinimo klausimai:</p><ul><li><strong>tinkamumas</strong> – ar programa atliepia realų tikslinės grupės poreikį?</li><li><strong>veiksmingumas</strong> – ar pasiekti numatyti rezultatai?</li><li><strong>efektyvumas</strong> – ar rezultatai pasiekti protingomis sąnaudomis?</li><li><strong>tvarumas</strong> – ar nauda išliks pasibaigus finansavimui?</li></ul>",
                                "en": "<p>The main evaluation questions:</p><ul><li><strong>relevance</strong> – does the programme meet a real need of the target group?</li><li><strong>effectiveness</strong> – were the planned results achieved?</li><li><strong>efficiency</strong> – were they achieved at reasonable cost?</li><li><strong>sustainability</strong> – will the benefits last after the funding ends?</li></ul>",
                                "nb": "<p>De viktigste evalueringsspørsmålene:</p><ul><li><strong>relevans</strong> – svarer programmet på et reelt behov i målgruppen?</li><li><strong>måloppnåelse</strong> – ble de planlagte resultatene oppnådd?</li><li><strong>kostnadseffektivitet</strong> – ble de oppnådd til en rimelig kostnad?</li><li><strong>bærekraft</strong> – vil gevinstene vare etter at finansieringen tar slutt?</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Pozityvios tėvystės programa",
                                "en": "A positive parenting programme",
                                "nb": "Et program for positivt foreldreskap",
                            },
                            "text": {
                                "lt": "<p>Savivaldybė kartu su NVO trejus metus vykdė pozityvios tėvystės programą socialinę riziką patiriančioms šeimoms. Vertinimas parodė, kad užsiėmimus baigė 78 % pradėjusių šeimų, o tėvų įsivertinimas po programos pagerėjo. Tačiau interviu atskleidė, kad dalis šeimų nutraukė dalyvavimą dėl transporto trūkumo.</p><p>Išvada: programa veiksminga, bet jos prieinamumą reikia gerinti, todėl kitame etape užsiėmimai numatyti seniūnijose.</p>",
                                "en": "<p>A municipality and an NGO ran a positive parenting programme for families at social risk for three years. The evaluation showed that 78% of the families who started completed the sessions, and parents' self-assessment improved after the programme. Interviews, however, revealed that some families dropped out for lack of transport.</p><p>Conclusion: the programme works, but access needs improving, so in the next phase sessions are planned in the elderships.</p>",
                                "nb": "<p>En kommune og en frivillig organisasjon drev i tre år et program for positivt foreldreskap for familier i sosial risiko. Evalueringen viste at 78 % av familiene som startet, fullførte samlingene, og at foreldrenes egenvurdering ble bedre etter programmet. Intervjuer viste imidlertid at noen familier falt fra fordi de manglet transport.</p><p>Konklusjon: programmet virker, men tilgjengeligheten må bli bedre, og i neste fase er samlingene derfor lagt til lokalkontorene.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Palyginimas prieš ir po",
                                "en": "Before-and-after comparison",
                                "nb": "Sammenligning før og etter",
                            },
                            "text": {
                                "lt": "<p>Jei negalite sudaryti kontrolinės grupės, bent išmatuokite tą patį rodiklį tiems patiems dalyviams prieš programą ir po jos. Tai nėra griežtas poveikio įrodymas, bet daug daugiau nei vien dalyvių skaičius.</p>",
                                "en": "<p>If you cannot set up a comparison group, at least measure the same indicator for the same participants before and after the programme. It is not rigorous proof of impact, but it tells you far more than the number of participants alone.</p>",
                                "nb": "<p>Hvis du ikke kan sette opp en sammenligningsgruppe, bør du i det minste måle den samme indikatoren for de samme deltakerne før og etter programmet. Det er ikke et strengt bevis på effekt, men det forteller deg langt mer enn antall deltakere alene.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Ne viskas, ką galima suskaičiuoti, yra svarbu, ir ne viską, kas svarbu, galima suskaičiuoti.",
                                "en": "Not everything that can be counted counts, and not everything that counts can be counted.",
                                "nb": "Ikke alt som kan telles, teller, og ikke alt som teller, kan telles.",
                            },
                            "attribution": {
                                "lt": "William Bruce Cameron, „Informal Sociology“ (1963)",
                                "en": "William Bruce Cameron, Informal Sociology (1963)",
                                "nb": "William Bruce Cameron, «Informal Sociology» (1963)",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurioje jūsų programos intervencijos logikos grandyje labiausiai abejojate, kad numatytas pokytis tikrai įvyksta? Kaip galėtumėte tai patikrinti?",
                                "en": "At which link in your programme's intervention logic are you least sure that the expected change really happens? How could you check?",
                                "nb": "Ved hvilket ledd i programmets endringslogikk er du minst sikker på at den forventede endringen faktisk skjer? Hvordan kan du undersøke det?",
                            },
                        },
                    ],
                },
                {
                    "slug": "open-data-and-reporting-to-funders",
                    "title": {
                        "lt": "Atviri duomenys ir atsiskaitymas finansuotojams",
                        "en": "Open data and reporting to funders",
                        "nb": "Åpne data og rapportering til finansiører",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Ką nori matyti finansuotojas",
                                "en": "What funders want to see",
                                "nb": "Hva finansiørene vil se",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Finansuotojai – ministerijos, Europos Sąjungos fondų, EEE ir Norvegijos finansinių mechanizmų programos, privatūs fondai – pirmiausia tikrina, ar pasiekti sutartyje įrašyti rodikliai ir ar išlaidos pagrįstos dokumentais. Vis dažniau prašoma ir rezultatų kokybės įrodymų, ne tik skaičių.</p><p>Mokymų ir renginių projektuose dažnas reikalavimas – fiksuoti dalyvių skaičių pagal registracijos ir dalyvavimo sąrašus ir po kiekvieno renginio atlikti dalyvių pasitenkinimo apklausą, kurioje bent 75 % atsakiusiųjų renginį vertintų gerai arba labai gerai.</p>",
                                "en": "<p>Funders – ministries, EU fund programmes, EEA and Norway Grants programmes, private foundations – first check whether the indicators in the contract were achieved and whether costs are backed by documents. Increasingly they also ask for evidence of quality, not just numbers.</p><p>A common requirement in training and event projects is to record participant numbers from registration and attendance lists and to run a satisfaction survey after every event, with at least 75% of respondents rating the event good or very good.</p>",
                                "nb": "<p>Finansiører – departementer, EUs fondsprogrammer, programmer under EØS-midlene, private stiftelser – kontrollerer først om indikatorene i kontrakten er nådd, og om kostnadene er dokumentert. I økende grad ber de også om dokumentasjon på kvalitet, ikke bare tall.</p><p>Et vanlig krav i opplærings- og arrangementsprosjekter er å registrere antall deltakere fra påmeldings- og oppmøtelister og å gjennomføre en tilfredshetsundersøkelse etter hvert arrangement, der minst 75 % av dem som svarer, vurderer arrangementet som godt eller svært godt.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Duomenis rinkite iš karto",
                                "en": "Collect the data as you go",
                                "nb": "Samle inn dataene underveis",
                            },
                            "text": {
                                "lt": "<p>Dalyvių sąrašus ir apklausų rezultatus suveskite į vieną lentelę po kiekvieno renginio, o ne tą dieną, kai rengiate ataskaitą. Pakanka šių stulpelių: renginio data ir vieta, užsiregistravusiųjų ir dalyvavusiųjų skaičius, atsakiusiųjų skaičius ir „gerai“ bei „labai gerai“ vertinimų dalis.</p>",
                                "en": "<p>Enter attendance lists and survey results into a single table after every event, not on the day you write the report. These columns are enough: event date and place, number registered and number attending, number of respondents, and the share of “good” and “very good” ratings.</p>",
                                "nb": "<p>Før oppmøtelister og resultater fra undersøkelsene inn i én felles tabell etter hvert arrangement, ikke den dagen du skriver rapporten. Disse kolonnene er nok: dato og sted for arrangementet, antall påmeldte og antall frammøtte, antall som har svart, og andelen vurderinger som er «god» og «svært god».</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Metinė ataskaita finansuotojui",
                                "en": "An annual report to the funder",
                                "nb": "En årsrapport til finansiøren",
                            },
                            "text": {
                                "lt": "<p>Kolegijos ir trijų savivaldybių bendrame mokymų projekte per metus surengta 14 mokymų renginių, juose dalyvavo 326 darbuotojai, apklausą užpildė 281 dalyvis. Gerai arba labai gerai renginius įvertino 88 % atsakiusiųjų, tačiau vieno renginio rezultatas buvo tik 61 %.</p><p>Ataskaitoje šis renginys nebuvo nutylėtas: paaiškinta priežastis (per daug teorijos, per mažai praktinių užduočių) ir nurodyta, kaip programa pakeista. Finansuotojas tokį atvirumą įvertino teigiamai.</p>",
                                "en": "<p>In a joint training project of a college and three municipalities, 14 training events were held in a year, 326 staff attended and 281 completed the survey. Overall 88% of respondents rated the events good or very good, but one event scored only 61%.</p><p>The report did not hide this event: it explained the cause (too much theory, too few practical tasks) and described how the programme was changed. The funder welcomed this openness.</p>",
                                "nb": "<p>I et felles opplæringsprosjekt mellom en høyskole og tre kommuner ble det holdt 14 opplæringsarrangementer i løpet av et år. 326 ansatte deltok, og 281 svarte på undersøkelsen. Samlet vurderte 88 % av dem som svarte, arrangementene som gode eller svært gode, men ett arrangement fikk bare 61 %.</p><p>Rapporten skjulte ikke dette arrangementet: den forklarte årsaken (for mye teori, for få praktiske oppgaver) og beskrev hvordan programmet ble endret. Finansiøren satte pris på denne åpenheten.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Atviri duomenys",
                                "en": "Open data",
                                "nb": "Åpne data",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Savivaldybės ir jų įstaigos vis daugiau duomenų skelbia atvirai, mašininiu būdu nuskaitomais formatais, kuriuos gali naudoti gyventojai, žurnalistai, mokslininkai ar verslas. Tai didina skaidrumą ir pasitikėjimą, o kartais padeda sukurti naujų paslaugų.</p><p>Prieš skelbdami duomenis įsitikinkite, kad juose nėra asmens duomenų ir kad iš mažų grupių neįmanoma atpažinti konkrečių žmonių.</p>",
                                "en": "<p>Municipalities and their institutions publish more and more data openly, in machine-readable formats that residents, journalists, researchers or businesses can use. This builds transparency and trust, and sometimes leads to new services.</p><p>Before publishing, make sure the data contain no personal data and that individuals cannot be identified from small groups.</p>",
                                "nb": "<p>Kommuner og kommunale virksomheter publiserer stadig flere data åpent, i maskinlesbare formater som innbyggere, journalister, forskere eller bedrifter kan bruke. Det styrker åpenhet og tillit, og noen ganger fører det til nye tjenester.</p><p>Før du publiserer, må du sørge for at dataene ikke inneholder personopplysninger, og at enkeltpersoner ikke kan identifiseres ut fra små grupper.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuriuos jūsų įstaigos renkamus duomenis būtų naudinga paskelbti atvirai? Kas galėtų juos panaudoti ir kokių apribojimų reikėtų laikytis?",
                                "en": "Which data collected by your institution would be worth publishing openly? Who could use them, and which restrictions would apply?",
                                "nb": "Hvilke av dataene virksomheten din samler inn, ville det vært verdt å publisere åpent? Hvem kunne brukt dem, og hvilke begrensninger ville gjelde?",
                            },
                        },
                    ],
                },
                {
                    "slug": "using-evaluation-findings",
                    "title": {
                        "lt": "Vertinimo išvadų panaudojimas",
                        "en": "Using evaluation findings",
                        "nb": "Å bruke evalueringsfunn",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo ataskaitos prie sprendimo",
                                "en": "From report to decision",
                                "nb": "Fra rapport til beslutning",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Vertinimas naudingas tik tada, kai jo išvados pasiekia sprendimus priimančius žmones ir virsta veiksmais. Todėl jau planuodami vertinimą sutarkite, kas ir kada svarstys rezultatus, pavyzdžiui, administracijos pasitarime, tarybos komitete ar įstaigos taryboje.</p><p>Išvadas pateikite trumpai: pagrindiniai radiniai, jų patikimumas ir konkrečios rekomendacijos su atsakingais asmenimis.</p>",
                                "en": "<p>An evaluation is useful only when its findings reach the people who take decisions and turn into action. So when you plan the evaluation, agree who will discuss the results and when – for example at an administration meeting, a council committee or the institution's board.</p><p>Present the findings briefly: the main findings, how reliable they are, and concrete recommendations with named owners.</p>",
                                "nb": "<p>En evaluering er bare nyttig når funnene når fram til dem som tar beslutningene, og blir omsatt til handling. Avtal derfor allerede når evalueringen planlegges, hvem som skal drøfte resultatene og når – for eksempel i et ledermøte i administrasjonen, et utvalg i kommunestyret eller styret i virksomheten.</p><p>Presenter funnene kort: hovedfunnene, hvor pålitelige de er, og konkrete anbefalinger med navngitte ansvarlige.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Rekomendacijų įgyvendinimo planas:</p><ul><li>kiekvienai rekomendacijai – sprendimas: priimti, priimti iš dalies arba atmesti nurodant priežastį;</li><li>priimtoms rekomendacijoms – atsakingas asmuo ir terminas;</li><li>po pusmečio – trumpa peržiūra, kas įgyvendinta.</li></ul>",
                                "en": "<p>A plan for acting on recommendations:</p><ul><li>a decision on each recommendation: accept, accept in part, or reject with reasons;</li><li>an owner and a deadline for each accepted recommendation;</li><li>a short review after six months of what has been done.</li></ul>",
                                "nb": "<p>En plan for oppfølging av anbefalingene:</p><ul><li>en beslutning om hver anbefaling: følges, følges delvis eller avvises med begrunnelse;</li><li>en ansvarlig og en frist for hver anbefaling som følges;</li><li>en kort gjennomgang etter et halvt år av hva som er gjort.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Bibliotekos renginių programos peržiūra",
                                "en": "Reviewing a library's events programme",
                                "nb": "Gjennomgang av et biblioteks arrangementsprogram",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės viešosios bibliotekos vertinimas parodė, kad kaimo filialuose renginiai vaikams sulaukia daug dalyvių, o renginiai suaugusiesiems – vos kelių. Direktorė kartu su filialų darbuotojais peržiūrėjo planą: dalis renginių suaugusiesiems sujungta su seniūnijų bendruomenių susirinkimais, o atlaisvintos lėšos skirtos vaikų vasaros skaitymo programai.</p>",
                                "en": "<p>An evaluation of a municipal public library showed that children's events in the rural branches drew many participants, while events for adults drew only a handful. The director reviewed the plan with branch staff: some adult events were combined with community meetings in the elderships, and the money freed up went to a children's summer reading programme.</p>",
                                "nb": "<p>En evaluering av et kommunalt folkebibliotek viste at arrangementene for barn i filialene på landsbygda trakk mange deltakere, mens arrangementene for voksne bare samlet en håndfull. Biblioteksjefen gikk gjennom planen sammen med de ansatte i filialene: noen arrangementer for voksne ble slått sammen med lokalsamfunnsmøter på lokalkontorene, og midlene som ble frigjort, gikk til et sommerlesprogram for barn.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nepatogios išvados",
                                "en": "Uncomfortable findings",
                                "nb": "Ubehagelige funn",
                            },
                            "text": {
                                "lt": "<p>Kyla pagunda skelbti tik teigiamus rezultatus. Tačiau nutylėtos problemos kartojasi, o atvirai aptartos tampa galimybe mokytis. Skaidrus požiūris į nesėkmes stiprina ir finansuotojų, ir gyventojų pasitikėjimą.</p>",
                                "en": "<p>It is tempting to publish only positive results. But problems that are kept quiet come back, while those discussed openly become a chance to learn. Being transparent about failures strengthens the trust of both funders and residents.</p>",
                                "nb": "<p>Det er fristende å bare publisere positive resultater. Men problemer som ties i hjel, kommer tilbake, mens de som drøftes åpent, blir en mulighet til å lære. Åpenhet om det som ikke lyktes, styrker tilliten hos både finansiører og innbyggere.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Stalčiuje gulinti vertinimo ataskaita kainuoja tiek pat, kiek ir panaudota, tik naudos iš jos nėra.",
                                "en": "An evaluation report left in a drawer costs as much as one that is used – it just brings no benefit.",
                                "nb": "En evalueringsrapport som blir liggende i en skuff, koster like mye som en som blir brukt – den gir bare ingen nytte.",
                            },
                            "attribution": {
                                "lt": "Savivaldybės strateginio planavimo specialistė, mokymų dalyvė",
                                "en": "Municipal strategic planning specialist, course participant",
                                "nb": "Rådgiver for strategisk planlegging i en kommune, kursdeltaker",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite paskutinį jūsų įstaigoje atliktą vertinimą ar apklausą. Kurios išvados buvo panaudotos, o kurios – ne? Kodėl?",
                                "en": "Think of the last evaluation or survey carried out in your institution. Which findings were used and which were not? Why?",
                                "nb": "Tenk på den siste evalueringen eller undersøkelsen som ble gjennomført i virksomheten din. Hvilke funn ble brukt, og hvilke ble ikke det? Hvorfor?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Įrodymais grįstos politikos ir vertinimo testas",
                    "en": "Evidence-based policy and evaluation quiz",
                    "nb": "Quiz: kunnskapsbasert politikk og evaluering",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Nuo ko turėtų prasidėti įrodymais grįsto sprendimo rengimas?",
                            "en": "Where should preparing an evidence-based decision start?",
                            "nb": "Hvor bør arbeidet med en kunnskapsbasert beslutning starte?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Nuo aiškaus klausimo, kokiam sprendimui reikia informacijos.",
                                    "en": "With a clear question about which decision needs information.",
                                    "nb": "Med et klart spørsmål om hvilken beslutning som trenger informasjon.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Aiškus klausimas lemia, kokie rodikliai ir duomenų šaltiniai iš tikrųjų reikalingi.",
                                    "en": "Correct. A clear question determines which indicators and data sources are really needed.",
                                    "nb": "Riktig. Et klart spørsmål avgjør hvilke indikatorer og datakilder som virkelig trengs.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo kuo didesnio prieinamų duomenų kiekio surinkimo.",
                                    "en": "With collecting as much available data as possible.",
                                    "nb": "Med å samle inn så mye tilgjengelig data som mulig.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Be aiškaus klausimo surenkama daug duomenų, kurių niekas nenaudoja.",
                                    "en": "Incorrect. Without a clear question you collect lots of data that nobody uses.",
                                    "nb": "Feil. Uten et klart spørsmål samler du inn mye data som ingen bruker.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo kitų savivaldybių sprendimų perėmimo.",
                                    "en": "With copying what other municipalities have decided.",
                                    "nb": "Med å kopiere det andre kommuner har vedtatt.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Kitų patirtis naudinga, bet ją reikia patikrinti pagal savo savivaldybės duomenis ir poreikius.",
                                    "en": "Incorrect. Others' experience is useful, but it must be checked against your own municipality's data and needs.",
                                    "nb": "Feil. Andres erfaringer er nyttige, men de må holdes opp mot data og behov i din egen kommune.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Renginyje dalyvavo 60 žmonių, apklausą užpildė 48, iš jų 34 renginį įvertino gerai arba labai gerai. Ar pasiektas reikalavimas, kad bent 75 % atsakiusiųjų renginį vertintų gerai arba labai gerai?",
                            "en": "60 people attended an event, 48 completed the survey, and 34 of them rated it good or very good. Was the requirement met that at least 75% of respondents rate the event good or very good?",
                            "nb": "60 personer deltok på et arrangement, 48 svarte på undersøkelsen, og 34 av dem vurderte det som godt eller svært godt. Ble kravet om at minst 75 % av dem som svarer, skal vurdere arrangementet som godt eller svært godt, oppfylt?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Ne, nes 34 iš 48 sudaro apie 71 %.",
                                    "en": "No, because 34 out of 48 is about 71%.",
                                    "nb": "Nei, fordi 34 av 48 er omtrent 71 %.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Dalis skaičiuojama nuo atsakiusiųjų: 34 / 48 ≈ 0,71, t. y. mažiau nei 75 %.",
                                    "en": "Correct. The share is calculated from respondents: 34 / 48 ≈ 0.71, which is below 75%.",
                                    "nb": "Riktig. Andelen regnes ut fra dem som har svart: 34 / 48 ≈ 0,71, altså under 75 %.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Taip, nes dauguma atsakiusiųjų renginį vertino teigiamai.",
                                    "en": "Yes, because most respondents rated the event positively.",
                                    "nb": "Ja, fordi de fleste som svarte, vurderte arrangementet positivt.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Dauguma dar nereiškia 75 %: reikalavimas yra konkreti riba, o 34 iš 48 jos nesiekia.",
                                    "en": "Incorrect. A majority is not the same as 75%: the requirement is a specific threshold, and 34 out of 48 falls short of it.",
                                    "nb": "Feil. Et flertall er ikke det samme som 75 %: kravet er en bestemt terskel, og 34 av 48 når ikke opp til den.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Negalima nustatyti, nes apklausą užpildė ne visi dalyviai.",
                                    "en": "It cannot be determined, because not all participants completed the survey.",
                                    "nb": "Det kan ikke avgjøres, fordi ikke alle deltakerne svarte på undersøkelsen.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Dalis skaičiuojama nuo atsakiusiųjų; ataskaitoje tereikia nurodyti ir atsakiusiųjų skaičių (48 iš 60).",
                                    "en": "Incorrect. The share is calculated from respondents; the report should simply also state how many responded (48 of 60).",
                                    "nb": "Feil. Andelen regnes ut fra dem som har svart; rapporten bør bare også oppgi hvor mange som svarte (48 av 60).",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie šaltiniai tinka sprendimui dėl jaunimo psichologinės pagalbos plėtros pagrįsti? Pasirinkite visus tinkamus atsakymus.",
                            "en": "Which sources are suitable for supporting a decision on expanding psychological support for young people? Select all that apply.",
                            "nb": "Hvilke kilder egner seg som grunnlag for en beslutning om å utvide det psykologiske hjelpetilbudet til unge? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Savivaldybių visuomenės sveikatos stebėsenos duomenys.",
                                    "en": "Municipal public health monitoring data.",
                                    "nb": "Kommunale folkehelsedata.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai reguliariai renkami, palyginami duomenys apie gyventojų sveikatą.",
                                    "en": "Correct. These are regularly collected, comparable data on residents' health.",
                                    "nb": "Riktig. Dette er data om innbyggernes helse som samles inn regelmessig og kan sammenlignes.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Mokinių apklausos apie patiriamą stresą rezultatai.",
                                    "en": "Results of a pupil survey on stress.",
                                    "nb": "Resultater fra en elevundersøkelse om stress.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Apklausa parodo tikslinės grupės patirtį ir papildo statistiką.",
                                    "en": "Correct. A survey shows the target group's experience and complements the statistics.",
                                    "nb": "Riktig. En undersøkelse viser målgruppens erfaringer og utfyller statistikken.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Esamos paslaugos laukimo eilės duomenys.",
                                    "en": "Waiting list data for the existing service.",
                                    "nb": "Data om ventelisten til det eksisterende tilbudet.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Administraciniai duomenys tiesiogiai rodo, ar paslaugos pakanka.",
                                    "en": "Correct. Administrative data show directly whether the service meets demand.",
                                    "nb": "Riktig. Administrative data viser direkte om tilbudet dekker etterspørselen.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vienas gyventojo komentaras socialiniame tinkle.",
                                    "en": "A single resident's comment on social media.",
                                    "nb": "En enkelt innbyggers kommentar i sosiale medier.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Pavienis komentaras gali atkreipti dėmesį į problemą, bet nėra patikimas įrodymas sprendimui.",
                                    "en": "Incorrect. A single comment can draw attention to a problem but is not reliable evidence for a decision.",
                                    "nb": "Feil. En enkelt kommentar kan rette oppmerksomheten mot et problem, men er ikke et pålitelig beslutningsgrunnlag.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Prieš skelbiant atvirus duomenis būtina įsitikinti, kad iš jų neįmanoma atpažinti konkrečių žmonių.",
                            "en": "Before publishing open data, you must make sure that individuals cannot be identified from them.",
                            "nb": "Før åpne data publiseres, må du forsikre deg om at enkeltpersoner ikke kan identifiseres ut fra dem.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Tiesa", "en": "True", "nb": "Sant"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ypač mažose grupėse net nuasmeninti duomenys gali leisti atpažinti žmones, todėl juos reikia apibendrinti.",
                                    "en": "Correct. Especially in small groups, even de-identified data can reveal individuals, so they must be aggregated.",
                                    "nb": "Riktig. Særlig i små grupper kan selv avidentifiserte data avsløre enkeltpersoner, så de må aggregeres.",
                                },
                            },
                            {
                                "text": {"lt": "Netiesa", "en": "False", "nb": "Usant"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Atvirumas neatleidžia nuo asmens duomenų apsaugos reikalavimų.",
                                    "en": "Incorrect. Openness does not override data protection requirements.",
                                    "nb": "Feil. Åpenhet setter ikke kravene til personvern til side.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kas padeda, kad vertinimo išvados būtų iš tikrųjų panaudotos? Pasirinkite visus tinkamus atsakymus.",
                            "en": "What helps make sure evaluation findings are actually used? Select all that apply.",
                            "nb": "Hva bidrar til at evalueringsfunn faktisk blir brukt? Velg alle som passer.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Iš anksto sutarti, kas ir kada svarstys rezultatus.",
                                    "en": "Agreeing in advance who will discuss the results and when.",
                                    "nb": "Å avtale på forhånd hvem som skal drøfte resultatene, og når.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Taip išvados pasiekia sprendimus priimančius žmones laiku.",
                                    "en": "Correct. That way the findings reach decision-makers in time.",
                                    "nb": "Riktig. Slik når funnene fram til beslutningstakerne i tide.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kiekvienai priimtai rekomendacijai paskirti atsakingą asmenį ir terminą.",
                                    "en": "Assigning an owner and a deadline to each accepted recommendation.",
                                    "nb": "Å gi hver anbefaling som følges, en ansvarlig og en frist.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Be atsakingo asmens ir termino rekomendacijos dažniausiai lieka neįgyvendintos.",
                                    "en": "Correct. Without an owner and a deadline, recommendations usually stay on paper.",
                                    "nb": "Riktig. Uten en ansvarlig og en frist blir anbefalingene som regel liggende på papiret.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nutylėti nepatogias išvadas, kad nenukentėtų programos įvaizdis.",
                                    "en": "Keeping uncomfortable findings quiet to protect the programme's image.",
                                    "nb": "Å tie om ubehagelige funn for å beskytte programmets omdømme.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Nutylėtos problemos kartojasi, o skaidrumas stiprina finansuotojų ir gyventojų pasitikėjimą.",
                                    "en": "Incorrect. Problems that are hushed up recur, while transparency builds the trust of funders and residents.",
                                    "nb": "Feil. Problemer som ties i hjel, kommer tilbake, mens åpenhet bygger tillit hos finansiører og innbyggere.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Parengti kuo ilgesnę ataskaitą su visais surinktais duomenimis.",
                                    "en": "Writing the longest possible report with all the data collected.",
                                    "nb": "Å skrive en så lang rapport som mulig med alle dataene som er samlet inn.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Sprendimus priimantiems žmonėms reikia trumpų išvadų ir konkrečių rekomendacijų, o ne visų duomenų.",
                                    "en": "Incorrect. Decision-makers need short findings and concrete recommendations, not all the data.",
                                    "nb": "Feil. Beslutningstakere trenger korte funn og konkrete anbefalinger, ikke alle dataene.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
