"""Demo programme "Administrative and public capacities" (LT and EN).

Plain data following SCHEMA.md beside this file; no Django imports.
"""

PROGRAMME = {
    "slug": "administrative-and-public-capacities",
    "title": {
        "lt": "Administraciniai ir viešieji gebėjimai",
        "en": "Administrative and public capacities",
    },
    "summary": {
        "lt": "Programa savivaldybių ir jų įstaigų darbuotojams apie tai, kaip planuoti ir valdyti projektus, gerinti viešųjų paslaugų kokybę ir priimti duomenimis bei įrodymais grįstus sprendimus.",
        "en": "A programme for staff of municipalities and their institutions on planning and managing projects, improving the quality of public services and making decisions grounded in data and evidence.",
    },
    "audience": {
        "lt": "Savivaldybių administracijų, savivaldybės įstaigų, kolegijų ir nevyriausybinių organizacijų specialistams ir vadovams, kurie planuoja veiklas, rengia projektus ar teikia paslaugas gyventojams.",
        "en": "Specialists and managers in municipal administrations, municipal institutions, colleges and NGOs who plan activities, prepare projects or deliver services to residents.",
    },
    "learning_outcomes": [
        {
            "lt": "Susieti savivaldybės strateginius tikslus su konkrečiais veiksmų planais ir projektais, rengiamais kartu su partneriais.",
            "en": "Link a municipality's strategic goals to concrete action plans and to projects prepared together with partners.",
        },
        {
            "lt": "Kartu su gyventojais tobulinti viešąsias paslaugas ir matuoti jų kokybę.",
            "en": "Improve public services together with residents and measure their quality.",
        },
        {
            "lt": "Rinkti ir naudoti duomenis sprendimams priimti, programoms vertinti ir atsiskaityti finansuotojams.",
            "en": "Collect and use data to make decisions, evaluate programmes and report to funders.",
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
            },
            "title": {
                "lt": "Strateginis planavimas ir projektų valdymas savivaldybėse",
                "en": "Strategic planning and project management in municipalities",
            },
            "summary": {
                "lt": "Kaip savivaldybės strateginio plėtros plano tikslus paversti įgyvendinamu veiksmų planu, parengti projektą su partneriais, suplanuoti biudžetą, valdyti rizikas ir stebėti pažangą.",
                "en": "How to turn the goals of a municipal strategic development plan into a workable action plan, write a project with partners, plan the budget, manage risks and monitor progress.",
            },
            "estimated_hours": 6,
            "learning_outcomes": [
                {
                    "lt": "Išskaidyti strateginį tikslą į uždavinius, priemones ir rodiklius, nurodant atsakingus vykdytojus ir terminus.",
                    "en": "Break a strategic goal down into objectives, measures and indicators with named owners and deadlines.",
                },
                {
                    "lt": "Kartu su kitomis organizacijomis parengti projekto idėją ir aiškiai paskirstyti partnerių vaidmenis.",
                    "en": "Draft a project idea together with other organisations and clearly divide the partners' roles.",
                },
                {
                    "lt": "Sudaryti veiklomis pagrįstą projekto biudžetą, rizikų registrą ir stebėsenos planą.",
                    "en": "Prepare an activity-based project budget, a risk register and a monitoring plan.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Planavimo dokumentų grandinė",
                                "en": "The chain of planning documents",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Savivaldybės strateginis plėtros planas nustato ilgalaikius prioritetus ir tikslus, dažniausiai dešimčiai metų. Kad jie virstų konkrečiais darbais, tikslai perkeliami į trumpesnio laikotarpio savivaldybės strateginį veiklos planą, o iš jo – į padalinių ir įstaigų metinius veiksmų planus.</p><p>Kiekviename lygmenyje atsakoma į tą patį klausimą: <strong>ką konkrečiai darysime, kas už tai atsakingas, iki kada ir iš ko matysime, kad pavyko?</strong></p>",
                                "en": "<p>A municipality's strategic development plan sets long-term priorities and goals, usually for ten years. To turn them into concrete work, the goals are carried into the municipality's shorter-term strategic activity plan, and from there into the annual action plans of its departments and institutions.</p><p>Every level answers the same question: <strong>what exactly will we do, who is responsible, by when, and how will we know it worked?</strong></p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Tikslas</strong> – norimas ilgalaikis pokytis, pvz., „Stiprinti vyresnio amžiaus gyventojų sveikatą“.</li><li><strong>Uždavinys</strong> – kas turi pasikeisti, kad tikslas būtų pasiektas, pvz., „Didinti senjorų fizinį aktyvumą“.</li><li><strong>Priemonė</strong> – konkreti veikla su biudžetu, vykdytoju ir terminu, pvz., „Organizuoti nemokamus mankštos užsiėmimus seniūnijose“.</li></ul>",
                                "en": "<ul><li><strong>Goal</strong> – the desired long-term change, e.g. “Improve the health of older residents”.</li><li><strong>Objective</strong> – what has to change for the goal to be reached, e.g. “Increase physical activity among seniors”.</li><li><strong>Measure</strong> – a concrete activity with a budget, an owner and a deadline, e.g. “Run free exercise classes in the elderships”.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Senjorų fizinio aktyvumo priemonė rajono savivaldybėje",
                                "en": "A senior physical activity measure in a district municipality",
                            },
                            "text": {
                                "lt": "<p>Vienos Aukštaitijos rajono savivaldybės plėtros plane įrašytas tikslas stiprinti vyresnio amžiaus gyventojų sveikatą. Visuomenės sveikatos biuras jį pavertė priemone: dukart per savaitę mankštos užsiėmimai vyksta aštuoniose seniūnijose, atsakinga – fizinio aktyvumo specialistė, terminas – iki spalio 31 d.</p><p>Produkto rodiklis – 160 dalyvių per metus, rezultato rodiklis – dalis dalyvių, kurie po trijų mėnesių mankštinasi bent du kartus per savaitę. Veiksmų plane iš karto numatyta, kas ir kada šiuos duomenis surinks.</p>",
                                "en": "<p>The development plan of a district municipality in Aukštaitija includes the goal of improving the health of older residents. The public health bureau turned it into a measure: exercise classes twice a week in eight elderships, led by a physical activity specialist, with a deadline of 31 October.</p><p>The output indicator is 160 participants a year; the result indicator is the share of participants who still exercise at least twice a week three months later. The action plan states from the start who will collect these data and when.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {"lt": "SMART patikra", "en": "The SMART check"},
                            "text": {
                                "lt": "<p>Prieš įrašydami priemonę į planą, patikrinkite, ar ji konkreti, išmatuojama, pasiekiama, susijusi su tikslu ir turi terminą. Jei nė vienas rodiklis neparodys, ar priemonė pavyko, ją reikia perrašyti.</p>",
                                "en": "<p>Before you put a measure into the plan, check that it is specific, measurable, achievable, relevant to the goal and time-bound. If no indicator will show whether the measure worked, rewrite it.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Planai nieko neverti, bet planavimas – tai viskas.",
                                "en": "Plans are worthless, but planning is everything.",
                            },
                            "attribution": {
                                "lt": "Dwightas D. Eisenhoweris",
                                "en": "Dwight D. Eisenhower",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Pasirinkite vieną savo įstaigos metinio plano priemonę. Su kuriuo savivaldybės strateginio plėtros plano tikslu ji susijusi ir kokiu rodikliu matuojate jos rezultatą?",
                                "en": "Pick one measure from your institution's annual plan. Which goal of the municipal strategic development plan does it serve, and which indicator do you use to measure its result?",
                            },
                        },
                    ],
                },
                {
                    "slug": "writing-a-project-with-partners",
                    "title": {
                        "lt": "Projekto rengimas kartu su partneriais",
                        "en": "Writing a project with partners",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo problemos iki projekto idėjos",
                                "en": "From problem to project idea",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Geras projektas prasideda ne nuo kvietimo teikti paraiškas, o nuo aiškiai apibrėžtos problemos. Problemų medis padeda atskirti priežastis nuo pasekmių: šaknys – priežastys, kamienas – pagrindinė problema, šakos – pasekmės gyventojams.</p><p>Kai problema aiški, kartu su partneriais suformuluojamas projekto tikslas, tikslinės grupės, veiklos ir laukiami rezultatai.</p>",
                                "en": "<p>A good project starts not with a call for proposals but with a clearly defined problem. A problem tree helps separate causes from effects: the roots are the causes, the trunk is the core problem, the branches are the consequences for residents.</p><p>Once the problem is clear, the project goal, target groups, activities and expected results are worked out together with the partners.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Partneriai turi atnešti tai, ko pareiškėjas neturi: prieigą prie tikslinės grupės, kompetenciją, patalpas ar savanorius. Dar prieš teikiant paraišką sutarkite:</p><ul><li>kas vadovauja kiekvienai veiklai;</li><li>kas renka dalyvių duomenis ir dalyvių pasitenkinimo apklausas;</li><li>kaip dalijamasi biudžetu ir kas atsiskaito finansuotojui.</li></ul>",
                                "en": "<p>Partners should bring what the applicant lacks: access to the target group, expertise, premises or volunteers. Before submitting the application, agree on:</p><ul><li>who leads each activity;</li><li>who collects participant data and satisfaction surveys;</li><li>how the budget is shared and who reports to the funder.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Biblioteka, kolegija ir NVO: skaitmeninių įgūdžių projektas",
                                "en": "A library, a college and an NGO: a digital skills project",
                            },
                            "text": {
                                "lt": "<p>Rajono savivaldybės viešoji biblioteka pastebėjo, kad vyresni gyventojai nemoka naudotis elektroninėmis paslaugomis. Kartu su kolegija ir senjorų bendruomenės asociacija ji parengė projektą: kolegijos studentai rengė mokymų medžiagą, asociacija telkė dalyvius, biblioteka suteikė kompiuterius ir patalpas filialuose.</p><p>Partnerystės sutartyje buvo aiškiai nurodyta, kuris partneris vadovauja kuriai veiklai ir kas atsako už dalyvių registraciją. Tai sutaupė daug laiko rengiant ataskaitas.</p>",
                                "en": "<p>A district municipal public library noticed that older residents could not use e-services. Together with a college and a seniors' community association it prepared a project: college students developed the training materials, the association recruited participants, and the library provided computers and rooms in its branches.</p><p>The partnership agreement stated clearly which partner led each activity and who was responsible for registering participants. This saved a great deal of time when the reports were due.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "„Popieriniai“ partneriai",
                                "en": "Partners on paper only",
                            },
                            "text": {
                                "lt": "<p>Partneris, įrašytas tik dėl vertinimo balų, bet neturintis realaus vaidmens, yra rizika: vertintojai tai pastebi, o įgyvendinant projektą trūksta žmonių ir atsakomybės. Kvieskite tik tuos partnerius, kurių indėlį galite aiškiai aprašyti.</p>",
                                "en": "<p>A partner listed only to earn evaluation points, with no real role, is a risk: assessors notice it, and during implementation there are too few people and no clear responsibility. Invite only partners whose contribution you can describe clearly.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokią problemą jūsų organizacija galėtų išspręsti tik kartu su kitais? Kokį konkretų indėlį atneštų kiekvienas galimas partneris?",
                                "en": "Which problem could your organisation solve only together with others? What concrete contribution would each possible partner bring?",
                            },
                        },
                    ],
                },
                {
                    "slug": "budgeting-and-risks",
                    "title": {
                        "lt": "Projekto biudžetas ir rizikų valdymas",
                        "en": "Project budget and risk management",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Biudžetas seka veiklas",
                                "en": "The budget follows the activities",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Projekto biudžetas sudaromas ne „iš viršaus“, o pagal veiklas: kiekvienai veiklai apskaičiuojamos darbo užmokesčio, patalpų, transporto, medžiagų ir kitos išlaidos. Taip lengviau pagrįsti kiekvieną eilutę ir pastebėti, ko trūksta.</p><p>Patikrinkite finansuotojo taisykles: kurios išlaidos yra tinkamos finansuoti, ar reikalingas nuosavas įnašas, kaip apskaičiuojamos netiesioginės išlaidos ir kokie viešųjų pirkimų reikalavimai taikomi.</p>",
                                "en": "<p>A project budget is not set “from the top” but built from the activities: for each activity you calculate staff, premises, transport, materials and other costs. This makes every line easier to justify and shows what is missing.</p><p>Check the funder's rules: which costs are eligible, whether co-financing is required, how indirect costs are calculated and which public procurement rules apply.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Kainų pagrindimas",
                                "en": "Justifying prices",
                            },
                            "text": {
                                "lt": "<p>Kiekvienai didesnei biudžeto eilutei turėkite pagrindimą: bent du komercinius pasiūlymus, ankstesnių pirkimų kainas ar rinkos tyrimo išvadas. Tai sutrumpina paraiškos vertinimą ir palengvina viešųjų pirkimų planavimą.</p>",
                                "en": "<p>Have a justification for every larger budget line: at least two quotations, prices from earlier purchases or the findings of a market survey. This shortens the assessment of the application and makes procurement planning easier.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Rizikų registras",
                                "en": "The risk register",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Rizika – tai įvykis, kuris gali sutrukdyti pasiekti rezultatus. Rizikų registre kiekvienai rizikai įvertinama tikimybė ir poveikis, numatomos prevencinės priemonės ir atsakingas asmuo.</p><ul><li><strong>Dalyvių trūkumas</strong> – telkimas per partnerius ir seniūnijas, rezervinis dalyvių sąrašas.</li><li><strong>Kainų kilimas</strong> – rezervas biudžete, jei jį leidžia finansuotojas, ir ankstyvi pirkimai.</li><li><strong>Darbuotojų kaita</strong> – kiekvienai veiklai paskirtas pavaduojantis asmuo.</li></ul>",
                                "en": "<p>A risk is an event that could prevent you from achieving the results. For each risk the register records its likelihood and impact, the preventive measures and the person responsible.</p><ul><li><strong>Too few participants</strong> – recruitment through partners and elderships, a reserve list.</li><li><strong>Rising prices</strong> – a budget reserve where the funder allows it, and early procurement.</li><li><strong>Staff turnover</strong> – a named deputy for every activity.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Neįvykęs viešasis pirkimas",
                                "en": "A failed procurement",
                            },
                            "text": {
                                "lt": "<p>Globos namų modernizavimo projekte pirmasis įrangos pirkimas neįvyko – nebuvo pateikta nė vieno pasiūlymo. Kadangi ši rizika buvo įrašyta į rizikų registrą, komanda iš anksto buvo susitarusi dėl atsarginio grafiko ir laiku kreipėsi į finansuotoją dėl veiklos termino pratęsimo. Projektas baigtas be finansinių korekcijų.</p>",
                                "en": "<p>In a care home modernisation project the first equipment procurement failed – not a single bid was submitted. Because this risk was in the risk register, the team had agreed a fallback schedule in advance and asked the funder in good time to extend the activity deadline. The project was completed without financial corrections.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokios trys rizikos labiausiai grėstų jūsų artimiausiam projektui ar renginiui? Ką galite padaryti jau dabar, kad jų tikimybė sumažėtų?",
                                "en": "Which three risks most threaten your next project or event? What can you do now to make them less likely?",
                            },
                        },
                    ],
                },
                {
                    "slug": "monitoring-progress",
                    "title": {
                        "lt": "Įgyvendinimo stebėsena",
                        "en": "Monitoring implementation",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Kodėl stebėti nuolat",
                                "en": "Why monitor continuously",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Stebėsena – tai reguliarus duomenų apie veiklų eigą ir rodiklių pasiekimą rinkimas. Ji leidžia laiku pastebėti nukrypimus ir juos ištaisyti, o ne sužinoti apie problemas tik rengiant galutinę ataskaitą.</p><p>Stebėsenos plane nurodoma, kokie rodikliai renkami, iš kokių šaltinių, kaip dažnai ir kas už tai atsakingas.</p>",
                                "en": "<p>Monitoring is the regular collection of data on how activities are progressing and whether indicators are being met. It lets you spot deviations in time and correct them, rather than discovering problems only when writing the final report.</p><p>The monitoring plan states which indicators are collected, from which sources, how often and by whom.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li><strong>Produkto rodikliai</strong> – kas padaryta: surengtų mokymų renginių skaičius, dalyvių skaičius.</li><li><strong>Rezultato rodikliai</strong> – kas pasikeitė dalyviams: įgyti įgūdžiai, pasitenkinimas paslauga.</li><li><strong>Poveikio rodikliai</strong> – ilgalaikis pokytis bendruomenėje, kurį projektas lemia tik iš dalies.</li></ul>",
                                "en": "<ul><li><strong>Output indicators</strong> – what was done: number of training events held, number of participants.</li><li><strong>Result indicators</strong> – what changed for participants: skills gained, satisfaction with the service.</li><li><strong>Impact indicators</strong> – long-term change in the community, to which the project contributes only in part.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Šviesoforo ataskaita",
                                "en": "The traffic-light report",
                            },
                            "text": {
                                "lt": "<p>Kas mėnesį aptarkite su komanda ir partneriais paprastą lentelę: žalia – veikla vyksta pagal planą, geltona – yra vėlavimų, raudona – reikia vadovo sprendimo. Vienas puslapis dažnai naudingesnis už ilgą aprašomąją ataskaitą.</p>",
                                "en": "<p>Each month, go through a simple table with your team and partners: green – the activity is on track, yellow – there are delays, red – a management decision is needed. One page is often more useful than a long narrative report.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Švietimo pagalbos centro mokymų programa",
                                "en": "An education support centre's training programme",
                            },
                            "text": {
                                "lt": "<p>Švietimo pagalbos centras pusmečio stebėsenos metu pastebėjo, kad kaimiškųjų mokyklų mokytojai į mokymus registruojasi gerokai rečiau nei planuota. Išsiaiškinus priežastį – ilgą kelionės laiką – dalis mokymų renginių perkelta į nuotolinį formatą, ir metinis dalyvių rodiklis buvo pasiektas.</p>",
                                "en": "<p>At the half-year monitoring point, an education support centre noticed that teachers from rural schools were enrolling far less often than planned. Once the reason was clear – long travel times – some of the training events were moved online, and the annual participant target was met.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurį rodiklį jūsų organizacija renka, bet niekada nenaudoja sprendimams priimti? Ką reikėtų pakeisti, kad jis taptų naudingas?",
                                "en": "Which indicator does your organisation collect but never use for decisions? What would need to change to make it useful?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Strateginio planavimo ir projektų valdymo testas",
                    "en": "Strategic planning and project management quiz",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kuris teiginys geriausiai apibūdina priemonę veiksmų plane?",
                            "en": "Which statement best describes a measure in an action plan?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Konkreti veikla, kuriai priskirtas vykdytojas, biudžetas ir terminas.",
                                    "en": "A concrete activity with an assigned owner, budget and deadline.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Priemonė – tai konkretus darbas, kuriam skirtos lėšos, atsakingas vykdytojas ir terminas.",
                                    "en": "Correct. A measure is a concrete piece of work with funding, a responsible owner and a deadline.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Ilgalaikis norimas pokytis savivaldybėje.",
                                    "en": "A desired long-term change in the municipality.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Taip apibrėžiamas tikslas. Priemonė yra žemesnio lygmens ir daug konkretesnė.",
                                    "en": "That defines a goal. A measure sits at a lower level and is far more concrete.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Pokytis, kurį reikia pasiekti, kad tikslas būtų įgyvendintas.",
                                    "en": "A change that must happen for the goal to be achieved.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Taip apibūdinamas uždavinys. Priemonė nurodo, kokia veikla tą pokytį sukurs.",
                                    "en": "That describes an objective. A measure states which activity will bring that change about.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Ką verta aiškiai sutarti su partneriais dar prieš teikiant paraišką? Pasirinkite visus tinkamus atsakymus.",
                            "en": "What should be clearly agreed with partners before the application is submitted? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Kuris partneris vadovauja kuriai veiklai.",
                                    "en": "Which partner leads which activity.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Aiškus veiklų pasiskirstymas apsaugo nuo dubliavimo ir spragų įgyvendinant projektą.",
                                    "en": "Correct. A clear division of activities prevents overlaps and gaps during implementation.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kas renka dalyvių duomenis ir atsiskaito finansuotojui.",
                                    "en": "Who collects participant data and reports to the funder.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Jei tai nesutarta iš anksto, ataskaitų rengimas tampa sudėtingas ir trūksta duomenų.",
                                    "en": "Correct. If this is not agreed in advance, reporting becomes difficult and data go missing.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kaip dalijamasi projekto biudžetu.",
                                    "en": "How the project budget is shared.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Biudžeto pasidalijimas turi atitikti kiekvieno partnerio veiklas ir atsakomybę.",
                                    "en": "Correct. The budget split should match each partner's activities and responsibilities.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kaip įrašyti partnerį, kuris neturės realaus vaidmens, kad paraiška surinktų daugiau balų.",
                                    "en": "How to list a partner with no real role so that the application scores more points.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. „Popieriniai“ partneriai yra rizika: vertintojai tai pastebi, o įgyvendinant trūksta žmonių.",
                                    "en": "Incorrect. Partners on paper only are a risk: assessors notice, and people are missing during implementation.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Projekto biudžetą geriausia nustatyti kaip bendrą sumą, o veiklas prie jos pritaikyti vėliau.",
                            "en": "It is best to set the project budget as a lump sum and fit the activities to it later.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Tiesa", "en": "True"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Biudžetas sudaromas pagal veiklas, kad kiekvieną eilutę būtų galima pagrįsti.",
                                    "en": "Incorrect. The budget is built from the activities so that every line can be justified.",
                                },
                            },
                            {
                                "text": {"lt": "Netiesa", "en": "False"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Pirmiausia suplanuojamos veiklos, o tada apskaičiuojamos jų išlaidos.",
                                    "en": "Correct. Activities are planned first, and then their costs are calculated.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie iš šių rodiklių yra produkto rodikliai? Pasirinkite visus tinkamus atsakymus.",
                            "en": "Which of these are output indicators? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Surengtų mokymų renginių skaičius.",
                                    "en": "Number of training events held.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai tiesiogiai parodo, kas buvo padaryta.",
                                    "en": "Correct. It shows directly what was done.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Mokymuose dalyvavusių asmenų skaičius.",
                                    "en": "Number of people who attended the training.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Dalyvių skaičius yra tipiškas produkto rodiklis.",
                                    "en": "Correct. The number of participants is a typical output indicator.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Dalis dalyvių, kurie po trijų mėnesių taiko įgytus įgūdžius.",
                                    "en": "Share of participants applying the new skills three months later.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Tai rezultato rodiklis: jis parodo, kas pasikeitė dalyviams, o ne kas buvo padaryta.",
                                    "en": "That is a result indicator: it shows what changed for participants, not what was done.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Sergamumo savivaldybėje pokytis per penkerius metus.",
                                    "en": "Change in disease incidence in the municipality over five years.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Tai poveikio rodiklis: ilgalaikis pokytis, kurį projektas lemia tik iš dalies.",
                                    "en": "That is an impact indicator: a long-term change the project contributes to only in part.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Pirmasis įrangos pirkimas neįvyko. Ką pirmiausia verta daryti, jei ši rizika buvo įrašyta į rizikų registrą?",
                            "en": "The first equipment procurement has failed. What should you do first if this risk was in the risk register?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Taikyti iš anksto numatytą atsako priemonę ir laiku informuoti finansuotoją, jei keičiasi terminai.",
                                    "en": "Apply the response planned in advance and inform the funder in good time if deadlines change.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Būtent tam rizikų registras ir rengiamas – kad įvykus rizikai veiktumėte greitai ir skaidriai.",
                                    "en": "Correct. That is exactly what a risk register is for: acting quickly and openly when a risk materialises.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Palaukti galutinės ataskaitos ir tada paaiškinti vėlavimą.",
                                    "en": "Wait for the final report and explain the delay then.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Vėlai praneštas nukrypimas gali lemti finansines korekcijas; finansuotoją reikia informuoti iš karto.",
                                    "en": "Incorrect. A deviation reported late can lead to financial corrections; the funder should be told straight away.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Atsisakyti veiklos, nes rizika jau įvyko.",
                                    "en": "Drop the activity because the risk has already happened.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Neįvykęs pirkimas dažniausiai kartojamas pakoregavus sąlygas; veiklos atsisakyti nereikia.",
                                    "en": "Incorrect. A failed procurement is usually repeated with adjusted terms; there is no need to drop the activity.",
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
            },
            "summary": {
                "lt": "Kaip kurti ir tobulinti viešąsias paslaugas kartu su gyventojais, taikyti vieno langelio ir skaitmeninių paslaugų principus ir matuoti paslaugų gavėjų pasitenkinimą.",
                "en": "How to design and improve public services together with residents, apply one-stop-shop and digital service principles, and measure the satisfaction of service users.",
            },
            "estimated_hours": 5,
            "learning_outcomes": [
                {
                    "lt": "Taikyti paslaugų dizaino metodus, įtraukiant gyventojus į paslaugos tobulinimą.",
                    "en": "Apply service design methods that involve residents in improving a service.",
                },
                {
                    "lt": "Įvertinti, kaip paslaugą supaprastinti taikant vieno langelio ir skaitmeninius sprendimus, nepaliekant nuošalyje skaitmeninių įgūdžių neturinčių gyventojų.",
                    "en": "Assess how a service can be simplified with one-stop-shop and digital solutions without leaving behind residents who lack digital skills.",
                },
                {
                    "lt": "Parengti trumpą pasitenkinimo apklausą ir jos rezultatais pagrįsti paslaugos patobulinimus.",
                    "en": "Prepare a short satisfaction survey and base service improvements on its results.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Paslauga gyventojo akimis",
                                "en": "The service through the resident's eyes",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Paslaugų dizainas prasideda nuo klausimo, kaip paslaugą patiria ją gaunantis žmogus, o ne kaip ji aprašyta tvarkos apraše. Dažnai paaiškėja, kad gyventojui tenka kelis kartus kreiptis į skirtingas įstaigas, pildyti tuos pačius duomenis ar laukti atsakymo nežinant, kas vyksta.</p><p>Kliento kelionės žemėlapis padeda nubraižyti visus žingsnius – nuo informacijos paieškos iki paslaugos gavimo – ir pažymėti vietas, kuriose žmonės susiduria su sunkumais.</p>",
                                "en": "<p>Service design starts by asking how the person receiving a service experiences it, not how it is written down in the procedure. It often turns out that residents have to contact several institutions, fill in the same data more than once or wait for an answer without knowing what is happening.</p><p>A customer journey map helps you draw every step – from looking for information to receiving the service – and mark the points where people run into difficulties.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Paprasti būdai įtraukti gyventojus:</p><ul><li>trumpi interviu su 5–8 paslaugos gavėjais;</li><li>stebėjimas klientų aptarnavimo vietoje;</li><li>bendrakūros dirbtuvės, kuriose gyventojai ir darbuotojai kartu ieško sprendimų;</li><li>naujo sprendimo išbandymas nedideliu mastu prieš diegiant jį visoje savivaldybėje.</li></ul>",
                                "en": "<p>Simple ways to involve residents:</p><ul><li>short interviews with 5–8 service users;</li><li>observation at the customer service desk;</li><li>co-creation workshops where residents and staff look for solutions together;</li><li>piloting a new solution on a small scale before rolling it out across the municipality.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Pagalbos į namus paslaugos kelionės žemėlapis",
                                "en": "A journey map for home help",
                            },
                            "text": {
                                "lt": "<p>Vienos miesto savivaldybės administracijos Socialinės paramos skyrius kartu su senjorų artimaisiais nubraižė, kaip vyksta kreipimasis dėl pagalbos į namus. Paaiškėjo, kad artimieji vidutiniškai tris kartus skambina į skirtingus skyrius, kol sužino, kokių dokumentų reikia.</p><p>Sprendimas buvo paprastas: vienas kontaktinis asmuo ir vieno lapo atmintinė su dokumentų sąrašu. Pakartotinių skambučių sumažėjo, o darbuotojai sutaupė laiko.</p>",
                                "en": "<p>The social support department of a city municipality mapped, together with seniors' relatives, how people apply for home help. It turned out that relatives phoned different departments three times on average before they learned which documents were needed.</p><p>The fix was simple: a single contact person and a one-page leaflet listing the documents. Repeat calls fell, and staff saved time.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Klauskite apie patirtį, ne apie nuomonę",
                                "en": "Ask about experience, not opinion",
                            },
                            "text": {
                                "lt": "<p>Užuot klausę „Ar jums patiktų registracija internetu?“, paprašykite žmogaus papasakoti, kaip jis paskutinį kartą registravosi paslaugai. Konkreti patirtis atskleidžia tikrąsias kliūtis geriau nei hipotetiniai klausimai.</p>",
                                "en": "<p>Instead of asking “Would you like to register online?”, ask the person to describe how they last registered for the service. Concrete experience reveals the real obstacles better than hypothetical questions.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuriame jūsų teikiamos paslaugos žingsnyje gyventojai dažniausiai sutrinka ar kreipiasi pakartotinai? Kaip galėtumėte tai patikrinti kartu su jais?",
                                "en": "At which step of your service do residents most often get stuck or have to come back? How could you check this together with them?",
                            },
                        },
                    ],
                },
                {
                    "slug": "one-stop-shops-and-digital-services",
                    "title": {
                        "lt": "Vieno langelio principas ir skaitmeninės paslaugos",
                        "en": "One-stop shops and digital services",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Vienas kreipimasis – visa paslauga",
                                "en": "One request, the whole service",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Vieno langelio principas reiškia, kad gyventojas kreipiasi į vieną vietą, o įstaigos pačios tarpusavyje pasirūpina reikalinga informacija ir sprendimais. Savivaldybėse tai dažniausiai yra klientų aptarnavimo skyrius arba seniūnija, kurioje galima pateikti prašymus įvairioms paslaugoms gauti.</p><p>Su juo glaudžiai susijęs <strong>vieno karto principas</strong>: duomenų, kuriuos valstybės ar savivaldybės registrai jau turi, iš gyventojo nereikėtų prašyti dar kartą.</p>",
                                "en": "<p>The one-stop-shop principle means that a resident goes to one place, and the institutions sort out the necessary information and decisions among themselves. In municipalities this is usually the customer service department or the eldership, where applications for various services can be submitted.</p><p>Closely related is the <strong>once-only principle</strong>: data that state or municipal registers already hold should not be requested from the resident again.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Skaitmeninti verta ne esamą popierinę formą, o visą procesą: ar žinomi duomenys užpildomi automatiškai, ar gyventojas mato prašymo būseną, ar gauna aiškų pranešimą apie sprendimą? Prieš skaitmenindami paslaugą ją supaprastinkite – kitaip tik perkelsite biurokratiją į internetą.</p>",
                                "en": "<p>What should be digitised is the whole process, not the existing paper form: are known data filled in automatically, can the resident see the status of the application, do they receive a clear notice of the decision? Simplify a service before digitising it – otherwise you only move the bureaucracy online.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nepalikite nė vieno nuošalyje",
                                "en": "Leave no one behind",
                            },
                            "text": {
                                "lt": "<p>Dalis vyresnių, neįgalių ar atokiau gyvenančių žmonių skaitmeninėmis paslaugomis naudotis negali arba nenori. Skaitmeninė paslauga turi papildyti, o ne pakeisti galimybę kreiptis telefonu ar atvykus. Bibliotekos ir seniūnijos gali padėti gyventojams pateikti prašymus internetu.</p>",
                                "en": "<p>Some older, disabled or remotely living people cannot or do not want to use digital services. A digital service should add to, not replace, the option of phoning or coming in person. Libraries and elderships can help residents submit applications online.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Registracija į neformaliojo švietimo būrelius",
                                "en": "Registration for after-school activities",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės administracijos Švietimo skyrius atsisakė popierinių prašymų ir įdiegė elektroninę registraciją į vaikų neformaliojo švietimo būrelius, kurioje tėvų ir vaikų duomenys užpildomi automatiškai. Rugsėjį mokyklose ir bibliotekose budėjo konsultantai, kurie padėjo registruotis neturintiems kompiuterio ar patirties.</p>",
                                "en": "<p>A municipal education department replaced paper applications with online registration for children's non-formal education activities, where parents' and children's data are filled in automatically. In September, advisers were on hand in schools and libraries to help those without a computer or experience to register.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Geriausia paslauga ta, kurios gyventojui net nereikia prašyti: ji suteikiama laiku, nes reikalingus duomenis jau turime.",
                                "en": "The best service is the one residents do not even need to ask for: it arrives on time because we already hold the data it needs.",
                            },
                            "attribution": {
                                "lt": "Savivaldybės klientų aptarnavimo skyriaus vedėja, mokymų dalyvė",
                                "en": "Head of a municipal customer service department, course participant",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokių duomenų jūsų įstaiga vis dar prašo iš gyventojų, nors galėtų juos gauti iš registrų ar kitų įstaigų?",
                                "en": "Which data does your institution still ask residents for, even though it could obtain them from registers or other institutions?",
                            },
                        },
                    ],
                },
                {
                    "slug": "measuring-satisfaction",
                    "title": {
                        "lt": "Paslaugų gavėjų pasitenkinimo matavimas",
                        "en": "Measuring service user satisfaction",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Ką ir kaip klausti",
                                "en": "What to ask and how",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pasitenkinimo apklausa turi būti trumpa: 5–7 klausimus galima atsakyti per kelias minutes. Dažniausiai naudojama penkių balų skalė nuo „labai blogai“ iki „labai gerai“ ir bent vienas atviras klausimas, pavyzdžiui, „Ką turėtume pakeisti pirmiausia?“.</p><p>Apklauskite iš karto po paslaugos ar mokymų renginio, kol patirtis dar šviežia, ir kelerius metus naudokite tą patį klausimyną, kad galėtumėte palyginti rezultatus.</p>",
                                "en": "<p>A satisfaction survey should be short: 5–7 questions that take a few minutes to answer. The usual format is a five-point scale from “very poor” to “very good” plus at least one open question, such as “What should we change first?”.</p><p>Ask straight after the service or training event, while the experience is fresh, and keep the same questionnaire for several years so that results can be compared.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<ul><li>Skaičiuokite, kokia dalis atsakiusiųjų vertina „gerai“ arba „labai gerai“ – šį rodiklį lengva palyginti tarp laikotarpių.</li><li>Visada nurodykite, kiek žmonių atsakė: 90 % iš 10 atsakiusiųjų nėra tas pats, kas 90 % iš 200.</li><li>Atvirus atsakymus sugrupuokite pagal temas ir ieškokite pasikartojančių pastabų.</li></ul>",
                                "en": "<ul><li>Calculate the share of respondents who answer “good” or “very good” – this figure is easy to compare across periods.</li><li>Always state how many people responded: 90% of 10 respondents is not the same as 90% of 200.</li><li>Group open answers by theme and look for recurring comments.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Atsakymų šališkumas",
                                "en": "Response bias",
                            },
                            "text": {
                                "lt": "<p>Jei anketą išdalija tas pats darbuotojas, kuris ką tik suteikė paslaugą, žmonės linkę vertinti palankiau. Užtikrinkite anonimiškumą: naudokite dėžutę, QR kodą ar nuorodą, o ne anketą, kurią reikia grąžinti į rankas.</p>",
                                "en": "<p>If the questionnaire is handed out by the same member of staff who has just delivered the service, people tend to rate it more kindly. Make answers anonymous: use a box, a QR code or a link rather than a form that must be handed back in person.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Visuomenės sveikatos biuro apklausa",
                                "en": "A public health bureau's survey",
                            },
                            "text": {
                                "lt": "<p>Visuomenės sveikatos biuras po kiekvieno streso valdymo užsiėmimo renka trumpą anoniminę apklausą. Per metus 86 % iš 412 atsakiusiųjų užsiėmimus įvertino gerai arba labai gerai, tačiau atviruose atsakymuose ne kartą minėtas nepatogus laikas. Įvedus vakarinius užsiėmimus, daugiau dalyvavo darbingo amžiaus gyventojų.</p>",
                                "en": "<p>A public health bureau runs a short anonymous survey after every stress management session. Over the year, 86% of 412 respondents rated the sessions good or very good, but the open answers repeatedly mentioned inconvenient times. After evening sessions were introduced, more working-age residents took part.</p>",
                            },
                        },
                        {
                            "type": "quiz",
                            "quiz": {
                                "title": {
                                    "lt": "Žinių patikrinimas: pasitenkinimo matavimas",
                                    "en": "Knowledge check: measuring satisfaction",
                                },
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "kind": "single",
                                        "text": {
                                            "lt": "Po mokymų renginio apklausą užpildė 40 dalyvių: 12 vertino „labai gerai“, 18 – „gerai“, 7 – „patenkinamai“, 3 – „blogai“. Kokia dalis atsakiusiųjų vertino gerai arba labai gerai?",
                                            "en": "After a training event, 40 participants completed the survey: 12 answered “very good”, 18 “good”, 7 “satisfactory” and 3 “poor”. What share of respondents rated it good or very good?",
                                        },
                                        "options": [
                                            {
                                                "text": {"lt": "75 %", "en": "75%"},
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai: (12 + 18) / 40 = 0,75, t. y. 75 %.",
                                                    "en": "Correct: (12 + 18) / 40 = 0.75, i.e. 75%.",
                                                },
                                            },
                                            {
                                                "text": {"lt": "45 %", "en": "45%"},
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Tai tik „gerai“ vertinimų dalis (18 / 40). Reikia pridėti ir „labai gerai“ vertinimus.",
                                                    "en": "That is only the “good” share (18 / 40). The “very good” answers must be added too.",
                                                },
                                            },
                                            {
                                                "text": {"lt": "30 %", "en": "30%"},
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Tai tik „labai gerai“ vertinimų dalis (12 / 40). Reikia pridėti ir „gerai“ vertinimus.",
                                                    "en": "That is only the “very good” share (12 / 40). The “good” answers must be added too.",
                                                },
                                            },
                                            {
                                                "text": {"lt": "92,5 %", "en": "92.5%"},
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Čia neteisingai įtraukti ir „patenkinamai“ vertinimai. Jie nepriskiriami prie „gerai“ ar „labai gerai“.",
                                                    "en": "This wrongly includes the “satisfactory” answers, which do not count as “good” or “very good”.",
                                                },
                                            },
                                        ],
                                    },
                                    {
                                        "kind": "true_false",
                                        "text": {
                                            "lt": "Pateikiant apklausos rezultatus pakanka nurodyti procentą – atsakiusiųjų skaičius nesvarbus.",
                                            "en": "When presenting survey results, the percentage is enough – the number of respondents does not matter.",
                                        },
                                        "options": [
                                            {
                                                "text": {"lt": "Tiesa", "en": "True"},
                                                "correct": False,
                                                "feedback": {
                                                    "lt": "Neteisingai. Be atsakiusiųjų skaičiaus neįmanoma įvertinti, kiek patikimas procentas: 90 % iš 10 ir iš 200 reiškia ne tą patį.",
                                                    "en": "Incorrect. Without the number of respondents you cannot judge how reliable the percentage is: 90% of 10 and of 200 are not the same.",
                                                },
                                            },
                                            {
                                                "text": {
                                                    "lt": "Netiesa",
                                                    "en": "False",
                                                },
                                                "correct": True,
                                                "feedback": {
                                                    "lt": "Teisingai. Šalia procento visada nurodykite, kiek žmonių atsakė.",
                                                    "en": "Correct. Always give the number of respondents next to the percentage.",
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
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Viešųjų paslaugų kokybės ir inovacijų testas",
                    "en": "Public service quality and innovation quiz",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kas yra kliento kelionės žemėlapis?",
                            "en": "What is a customer journey map?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Visų žingsnių, kuriuos žmogus praeina gaudamas paslaugą, ir jo patiriamų sunkumų vaizdas.",
                                    "en": "A picture of every step a person goes through to receive a service and the difficulties they meet.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Žemėlapis parodo paslaugą gyventojo akimis ir padeda rasti vietas, kurias reikia tobulinti.",
                                    "en": "Correct. The map shows the service through the resident's eyes and helps find the points that need improving.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Savivaldybės administracijos padalinių struktūros schema.",
                                    "en": "An organisational chart of the municipal administration.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Struktūros schema rodo įstaigos vidaus sandarą, o ne tai, ką patiria paslaugos gavėjas.",
                                    "en": "Incorrect. An organisational chart shows the internal structure, not what the service user experiences.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Paslaugos teikimo tvarkos aprašas.",
                                    "en": "The formal procedure for delivering the service.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tvarkos aprašas nustato, kaip paslauga turėtų būti teikiama, bet neparodo, kaip ją iš tikrųjų patiria žmonės.",
                                    "en": "Incorrect. The procedure sets out how the service should be delivered, but not how people actually experience it.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie pavyzdžiai atitinka vieno langelio arba vieno karto principą? Pasirinkite visus tinkamus atsakymus.",
                            "en": "Which examples follow the one-stop-shop or once-only principle? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Prašymo formoje automatiškai užpildomi registruose jau esantys gyventojo duomenys.",
                                    "en": "The application form is pre-filled with the resident's data already held in registers.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai vieno karto principas: turimų duomenų iš gyventojo neprašoma dar kartą.",
                                    "en": "Correct. That is the once-only principle: data already held are not requested again.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Seniūnijoje galima pateikti prašymus kelioms skirtingoms paslaugoms.",
                                    "en": "Applications for several different services can be submitted at the eldership.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai vieno langelio principas: viena kreipimosi vieta daugeliui paslaugų.",
                                    "en": "Correct. That is the one-stop-shop principle: one point of contact for many services.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Gyventojas turi pats atnešti pažymą iš kitos savivaldybės įstaigos, nors ją galima gauti tarpžinybiniu būdu.",
                                    "en": "The resident must personally bring a certificate from another municipal institution, although it could be obtained between institutions.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tai prieštarauja abiem principams: informacija turėtų keliauti tarp įstaigų, o ne per gyventoją.",
                                    "en": "Incorrect. This goes against both principles: information should travel between institutions, not via the resident.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kiekvienai paslaugai kuriama atskira interneto svetainė su atskiru prisijungimu.",
                                    "en": "A separate website with its own login is created for each service.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Išskaidyti kanalai apsunkina paslaugų paiešką ir yra priešingi vieno langelio idėjai.",
                                    "en": "Incorrect. Fragmented channels make services harder to find and run counter to the one-stop-shop idea.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Įdiegus elektroninę paslaugą, būtina išsaugoti galimybę kreiptis telefonu ar atvykus.",
                            "en": "Once an online service is introduced, the option to apply by phone or in person should be kept.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Tiesa", "en": "True"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Skaitmeninė paslauga turi papildyti kitus kanalus, kad nenukentėtų skaitmeninių įgūdžių ar priemonių neturintys gyventojai.",
                                    "en": "Correct. A digital service should complement other channels so that residents without digital skills or devices are not left out.",
                                },
                            },
                            {
                                "text": {"lt": "Netiesa", "en": "False"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Panaikinus kitus kanalus, dalis vyresnių, neįgalių ar atokiau gyvenančių žmonių paslaugos negautų.",
                                    "en": "Incorrect. Removing the other channels would cut off some older, disabled or remotely living people from the service.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kas padeda gauti patikimesnius pasitenkinimo apklausos rezultatus? Pasirinkite visus tinkamus atsakymus.",
                            "en": "What helps make satisfaction survey results more reliable? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Anoniminis pildymas, pavyzdžiui, per QR kodą ar anketų dėžutę.",
                                    "en": "Anonymous completion, for example via a QR code or a survey box.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Anonimiškumas mažina norą vertinti palankiau, nei iš tikrųjų manoma.",
                                    "en": "Correct. Anonymity reduces the urge to rate more kindly than people really think.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Apklausa iš karto po paslaugos ar renginio.",
                                    "en": "Surveying straight after the service or event.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Kol patirtis šviežia, atsakymai tikslesni, o atsakiusiųjų daugiau.",
                                    "en": "Correct. While the experience is fresh, answers are more accurate and more people respond.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Tas pats klausimynas kelerius metus iš eilės.",
                                    "en": "The same questionnaire for several years in a row.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tik nekintant klausimams galima patikimai palyginti rezultatus tarp laikotarpių.",
                                    "en": "Correct. Only with unchanged questions can results be compared reliably across periods.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Anketą išdalija ir surenka paslaugą suteikęs darbuotojas.",
                                    "en": "The questionnaire is handed out and collected by the staff member who delivered the service.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tokiu atveju žmonės linkę vertinti palankiau, todėl rezultatai būna pagražinti.",
                                    "en": "Incorrect. In that case people tend to rate more kindly, so the results come out inflated.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Kurį klausimą geriausia užduoti interviu su paslaugos gavėju?",
                            "en": "Which question is best to ask in an interview with a service user?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "„Papasakokite, kaip paskutinį kartą registravotės šiai paslaugai.“",
                                    "en": "“Tell me how you last registered for this service.”",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Klausimas apie konkrečią patirtį atskleidžia tikrąsias kliūtis.",
                                    "en": "Correct. A question about a concrete experience reveals the real obstacles.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "„Ar jums patiktų registracija internetu?“",
                                    "en": "“Would you like to register online?”",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Hipotetinis klausimas parodo nuomonę, bet ne tai, kaip žmogus iš tikrųjų elgiasi.",
                                    "en": "Incorrect. A hypothetical question captures an opinion, not how the person actually behaves.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "„Ar sutinkate, kad mūsų paslauga gera?“",
                                    "en": "“Do you agree that our service is good?”",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Tai įtaigus klausimas: jis skatina pritarti ir neatskleidžia problemų.",
                                    "en": "Incorrect. It is a leading question: it invites agreement and hides problems.",
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
            },
            "summary": {
                "lt": "Kaip parinkti rodiklius ir duomenų šaltinius, įvertinti socialinę programą, skaidriai atsiskaityti finansuotojams ir panaudoti vertinimo išvadas savivaldybės sprendimams.",
                "en": "How to choose indicators and data sources, evaluate a social programme, report transparently to funders and use evaluation findings in municipal decisions.",
            },
            "estimated_hours": 7,
            "learning_outcomes": [
                {
                    "lt": "Parinkti tinkamus rodiklius ir patikimus duomenų šaltinius savivaldybės sprendimui pagrįsti.",
                    "en": "Choose suitable indicators and reliable data sources to support a municipal decision.",
                },
                {
                    "lt": "Suplanuoti nesudėtingą socialinės programos vertinimą remiantis intervencijos logika.",
                    "en": "Plan a straightforward evaluation of a social programme based on its intervention logic.",
                },
                {
                    "lt": "Parengti skaidrią ataskaitą finansuotojui ir pasiūlyti, kaip vertinimo išvadas panaudoti tolesniems sprendimams.",
                    "en": "Prepare a transparent report for a funder and propose how evaluation findings should inform further decisions.",
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
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo klausimo prie duomenų",
                                "en": "From question to data",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Įrodymais grįstas sprendimas prasideda nuo aiškaus klausimo: ką norime sužinoti ir kokiam sprendimui to reikia? Tik tada parenkami rodikliai ir ieškoma duomenų. Priešingu atveju surenkama daug duomenų, kurių niekas nenaudoja.</p><p>Geras rodiklis yra aiškiai apibrėžtas, reguliariai matuojamas, palyginamas laike ir tiesiogiai susijęs su sprendžiama problema.</p>",
                                "en": "<p>An evidence-based decision starts with a clear question: what do we want to know, and which decision needs it? Only then are indicators chosen and data sought. Otherwise you collect a lot of data that nobody uses.</p><p>A good indicator is clearly defined, measured regularly, comparable over time and directly linked to the problem at hand.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Dažniausi šaltiniai savivaldybėje:</p><ul><li><strong>oficialioji statistika</strong> – gyventojų skaičius ir sudėtis, užimtumas, socialinė parama;</li><li><strong>savivaldybių visuomenės sveikatos stebėsenos duomenys</strong> – sergamumas, gyvensenos rodikliai, palyginimas su šalies vidurkiu;</li><li><strong>įstaigų administraciniai duomenys</strong> – paslaugų gavėjų skaičius, eilės, lankomumas;</li><li><strong>pačių surinkti duomenys</strong> – apklausos, interviu, stebėjimas.</li></ul>",
                                "en": "<p>The most common sources in a municipality:</p><ul><li><strong>official statistics</strong> – population size and structure, employment, social assistance;</li><li><strong>municipal public health monitoring data</strong> – disease rates, lifestyle indicators, comparison with the national average;</li><li><strong>institutions' administrative data</strong> – number of service users, waiting lists, attendance;</li><li><strong>data you collect yourself</strong> – surveys, interviews, observation.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Duomenys apie jaunimo psichikos sveikatą",
                                "en": "Data on young people's mental health",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės taryba svarstė, ar plėsti jaunimo psichologinės pagalbos paslaugą. Visuomenės sveikatos biuras parengė trumpą apžvalgą: stebėsenos duomenis apie savęs žalojimo atvejus, mokinių apklausos rezultatus apie patiriamą stresą ir esamos paslaugos laukimo eilės ilgį.</p><p>Trys skirtingi šaltiniai rodė tą pačią kryptį, todėl sprendimas buvo priimtas greitai ir argumentuotai.</p>",
                                "en": "<p>A municipal council was considering whether to expand psychological support for young people. The public health bureau prepared a short briefing: monitoring data on self-harm, results of a pupil survey on stress, and the length of the waiting list for the existing service.</p><p>Three different sources pointed the same way, so the decision was taken quickly and on solid grounds.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {"lt": "Maži skaičiai", "en": "Small numbers"},
                            "text": {
                                "lt": "<p>Mažoje savivaldybėje rodiklis gali smarkiai svyruoti vien dėl kelių atvejų. Prieš darydami išvadas, žiūrėkite kelerių metų tendenciją, o ne vienų metų pokytį, ir šalia procentų ar rodiklių 1 000 gyventojų nurodykite absoliučius skaičius.</p>",
                                "en": "<p>In a small municipality an indicator can swing sharply because of just a few cases. Before drawing conclusions, look at the trend over several years rather than a single year's change, and give absolute numbers alongside percentages or rates per 1,000 residents.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kokį sprendimą jūsų įstaiga priims artimiausiais mėnesiais? Kokie du ar trys duomenų šaltiniai padėtų jį pagrįsti?",
                                "en": "What decision will your institution take in the coming months? Which two or three data sources would help support it?",
                            },
                        },
                    ],
                },
                {
                    "slug": "evaluating-a-social-programme",
                    "title": {
                        "lt": "Socialinės programos vertinimas",
                        "en": "Evaluating a social programme",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Intervencijos logika",
                                "en": "The intervention logic",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Prieš vertinant programą reikia aiškiai aprašyti, kaip ji turėtų veikti: kokie ištekliai skiriami, kokios veiklos vykdomos, kokie produktai sukuriami, kokių rezultatų tikimasi dalyviams ir kokio ilgalaikio poveikio siekiama. Tai vadinama intervencijos logika arba pokyčio teorija.</p><p>Vertinimas tikrina, ar ši grandinė iš tikrųjų veikia ir kurioje vietoje ji trūkinėja.</p>",
                                "en": "<p>Before evaluating a programme you need to describe clearly how it is supposed to work: which resources go in, which activities are carried out, which outputs are produced, which results are expected for participants and which long-term impact is sought. This is called the intervention logic or theory of change.</p><p>Evaluation checks whether this chain actually holds and where it breaks.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Pagrindiniai vertinimo klausimai:</p><ul><li><strong>tinkamumas</strong> – ar programa atliepia realų tikslinės grupės poreikį?</li><li><strong>veiksmingumas</strong> – ar pasiekti numatyti rezultatai?</li><li><strong>efektyvumas</strong> – ar rezultatai pasiekti protingomis sąnaudomis?</li><li><strong>tvarumas</strong> – ar nauda išliks pasibaigus finansavimui?</li></ul>",
                                "en": "<p>The main evaluation questions:</p><ul><li><strong>relevance</strong> – does the programme meet a real need of the target group?</li><li><strong>effectiveness</strong> – were the planned results achieved?</li><li><strong>efficiency</strong> – were they achieved at reasonable cost?</li><li><strong>sustainability</strong> – will the benefits last after the funding ends?</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Pozityvios tėvystės programa",
                                "en": "A positive parenting programme",
                            },
                            "text": {
                                "lt": "<p>Savivaldybė kartu su NVO trejus metus vykdė pozityvios tėvystės programą socialinę riziką patiriančioms šeimoms. Vertinimas parodė, kad užsiėmimus baigė 78 % pradėjusių šeimų, o tėvų įsivertinimas po programos pagerėjo. Tačiau interviu atskleidė, kad dalis šeimų nutraukė dalyvavimą dėl transporto trūkumo.</p><p>Išvada: programa veiksminga, bet jos prieinamumą reikia gerinti, todėl kitame etape užsiėmimai numatyti seniūnijose.</p>",
                                "en": "<p>A municipality and an NGO ran a positive parenting programme for families at social risk for three years. The evaluation showed that 78% of the families who started completed the sessions, and parents' self-assessment improved after the programme. Interviews, however, revealed that some families dropped out for lack of transport.</p><p>Conclusion: the programme works, but access needs improving, so in the next phase sessions are planned in the elderships.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Palyginimas prieš ir po",
                                "en": "Before-and-after comparison",
                            },
                            "text": {
                                "lt": "<p>Jei negalite sudaryti kontrolinės grupės, bent išmatuokite tą patį rodiklį tiems patiems dalyviams prieš programą ir po jos. Tai nėra griežtas poveikio įrodymas, bet daug daugiau nei vien dalyvių skaičius.</p>",
                                "en": "<p>If you cannot set up a comparison group, at least measure the same indicator for the same participants before and after the programme. It is not rigorous proof of impact, but it tells you far more than the number of participants alone.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Ne viskas, ką galima suskaičiuoti, yra svarbu, ir ne viską, kas svarbu, galima suskaičiuoti.",
                                "en": "Not everything that can be counted counts, and not everything that counts can be counted.",
                            },
                            "attribution": {
                                "lt": "William Bruce Cameron, „Informal Sociology“ (1963)",
                                "en": "William Bruce Cameron, Informal Sociology (1963)",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kurioje jūsų programos intervencijos logikos grandyje labiausiai abejojate, kad numatytas pokytis tikrai įvyksta? Kaip galėtumėte tai patikrinti?",
                                "en": "At which link in your programme's intervention logic are you least sure that the expected change really happens? How could you check?",
                            },
                        },
                    ],
                },
                {
                    "slug": "open-data-and-reporting-to-funders",
                    "title": {
                        "lt": "Atviri duomenys ir atsiskaitymas finansuotojams",
                        "en": "Open data and reporting to funders",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Ką nori matyti finansuotojas",
                                "en": "What funders want to see",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Finansuotojai – ministerijos, Europos Sąjungos fondų, EEE ir Norvegijos finansinių mechanizmų programos, privatūs fondai – pirmiausia tikrina, ar pasiekti sutartyje įrašyti rodikliai ir ar išlaidos pagrįstos dokumentais. Vis dažniau prašoma ir rezultatų kokybės įrodymų, ne tik skaičių.</p><p>Mokymų ir renginių projektuose dažnas reikalavimas – fiksuoti dalyvių skaičių pagal registracijos ir dalyvavimo sąrašus ir po kiekvieno renginio atlikti dalyvių pasitenkinimo apklausą, kurioje bent 75 % atsakiusiųjų renginį vertintų gerai arba labai gerai.</p>",
                                "en": "<p>Funders – ministries, EU fund programmes, EEA and Norway Grants programmes, private foundations – first check whether the indicators in the contract were achieved and whether costs are backed by documents. Increasingly they also ask for evidence of quality, not just numbers.</p><p>A common requirement in training and event projects is to record participant numbers from registration and attendance lists and to run a satisfaction survey after every event, with at least 75% of respondents rating the event good or very good.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "lt": "Duomenis rinkite iš karto",
                                "en": "Collect the data as you go",
                            },
                            "text": {
                                "lt": "<p>Dalyvių sąrašus ir apklausų rezultatus suveskite į vieną lentelę po kiekvieno renginio, o ne tą dieną, kai rengiate ataskaitą. Pakanka šių stulpelių: renginio data ir vieta, užsiregistravusiųjų ir dalyvavusiųjų skaičius, atsakiusiųjų skaičius ir „gerai“ bei „labai gerai“ vertinimų dalis.</p>",
                                "en": "<p>Enter attendance lists and survey results into a single table after every event, not on the day you write the report. These columns are enough: event date and place, number registered and number attending, number of respondents, and the share of “good” and “very good” ratings.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Metinė ataskaita finansuotojui",
                                "en": "An annual report to the funder",
                            },
                            "text": {
                                "lt": "<p>Kolegijos ir trijų savivaldybių bendrame mokymų projekte per metus surengta 14 mokymų renginių, juose dalyvavo 326 darbuotojai, apklausą užpildė 281 dalyvis. Gerai arba labai gerai renginius įvertino 88 % atsakiusiųjų, tačiau vieno renginio rezultatas buvo tik 61 %.</p><p>Ataskaitoje šis renginys nebuvo nutylėtas: paaiškinta priežastis (per daug teorijos, per mažai praktinių užduočių) ir nurodyta, kaip programa pakeista. Finansuotojas tokį atvirumą įvertino teigiamai.</p>",
                                "en": "<p>In a joint training project of a college and three municipalities, 14 training events were held in a year, 326 staff attended and 281 completed the survey. Overall 88% of respondents rated the events good or very good, but one event scored only 61%.</p><p>The report did not hide this event: it explained the cause (too much theory, too few practical tasks) and described how the programme was changed. The funder welcomed this openness.</p>",
                            },
                        },
                        {
                            "type": "heading",
                            "value": {"lt": "Atviri duomenys", "en": "Open data"},
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Savivaldybės ir jų įstaigos vis daugiau duomenų skelbia atvirai, mašininiu būdu nuskaitomais formatais, kuriuos gali naudoti gyventojai, žurnalistai, mokslininkai ar verslas. Tai didina skaidrumą ir pasitikėjimą, o kartais padeda sukurti naujų paslaugų.</p><p>Prieš skelbdami duomenis įsitikinkite, kad juose nėra asmens duomenų ir kad iš mažų grupių neįmanoma atpažinti konkrečių žmonių.</p>",
                                "en": "<p>Municipalities and their institutions publish more and more data openly, in machine-readable formats that residents, journalists, researchers or businesses can use. This builds transparency and trust, and sometimes leads to new services.</p><p>Before publishing, make sure the data contain no personal data and that individuals cannot be identified from small groups.</p>",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Kuriuos jūsų įstaigos renkamus duomenis būtų naudinga paskelbti atvirai? Kas galėtų juos panaudoti ir kokių apribojimų reikėtų laikytis?",
                                "en": "Which data collected by your institution would be worth publishing openly? Who could use them, and which restrictions would apply?",
                            },
                        },
                    ],
                },
                {
                    "slug": "using-evaluation-findings",
                    "title": {
                        "lt": "Vertinimo išvadų panaudojimas",
                        "en": "Using evaluation findings",
                    },
                    "body": [
                        {
                            "type": "heading",
                            "value": {
                                "lt": "Nuo ataskaitos prie sprendimo",
                                "en": "From report to decision",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Vertinimas naudingas tik tada, kai jo išvados pasiekia sprendimus priimančius žmones ir virsta veiksmais. Todėl jau planuodami vertinimą sutarkite, kas ir kada svarstys rezultatus, pavyzdžiui, administracijos pasitarime, tarybos komitete ar įstaigos taryboje.</p><p>Išvadas pateikite trumpai: pagrindiniai radiniai, jų patikimumas ir konkrečios rekomendacijos su atsakingais asmenimis.</p>",
                                "en": "<p>An evaluation is useful only when its findings reach the people who take decisions and turn into action. So when you plan the evaluation, agree who will discuss the results and when – for example at an administration meeting, a council committee or the institution's board.</p><p>Present the findings briefly: the main findings, how reliable they are, and concrete recommendations with named owners.</p>",
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": {
                                "lt": "<p>Rekomendacijų įgyvendinimo planas:</p><ul><li>kiekvienai rekomendacijai – sprendimas: priimti, priimti iš dalies arba atmesti nurodant priežastį;</li><li>priimtoms rekomendacijoms – atsakingas asmuo ir terminas;</li><li>po pusmečio – trumpa peržiūra, kas įgyvendinta.</li></ul>",
                                "en": "<p>A plan for acting on recommendations:</p><ul><li>a decision on each recommendation: accept, accept in part, or reject with reasons;</li><li>an owner and a deadline for each accepted recommendation;</li><li>a short review after six months of what has been done.</li></ul>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "case_study",
                            "title": {
                                "lt": "Bibliotekos renginių programos peržiūra",
                                "en": "Reviewing a library's events programme",
                            },
                            "text": {
                                "lt": "<p>Savivaldybės viešosios bibliotekos vertinimas parodė, kad kaimo filialuose renginiai vaikams sulaukia daug dalyvių, o renginiai suaugusiesiems – vos kelių. Direktorė kartu su filialų darbuotojais peržiūrėjo planą: dalis renginių suaugusiesiems sujungta su seniūnijų bendruomenių susirinkimais, o atlaisvintos lėšos skirtos vaikų vasaros skaitymo programai.</p>",
                                "en": "<p>An evaluation of a municipal public library showed that children's events in the rural branches drew many participants, while events for adults drew only a handful. The director reviewed the plan with branch staff: some adult events were combined with community meetings in the elderships, and the money freed up went to a children's summer reading programme.</p>",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "lt": "Nepatogios išvados",
                                "en": "Uncomfortable findings",
                            },
                            "text": {
                                "lt": "<p>Kyla pagunda skelbti tik teigiamus rezultatus. Tačiau nutylėtos problemos kartojasi, o atvirai aptartos tampa galimybe mokytis. Skaidrus požiūris į nesėkmes stiprina ir finansuotojų, ir gyventojų pasitikėjimą.</p>",
                                "en": "<p>It is tempting to publish only positive results. But problems that are kept quiet come back, while those discussed openly become a chance to learn. Being transparent about failures strengthens the trust of both funders and residents.</p>",
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "lt": "Stalčiuje gulinti vertinimo ataskaita kainuoja tiek pat, kiek ir panaudota, tik naudos iš jos nėra.",
                                "en": "An evaluation report left in a drawer costs as much as one that is used – it just brings no benefit.",
                            },
                            "attribution": {
                                "lt": "Savivaldybės strateginio planavimo specialistė, mokymų dalyvė",
                                "en": "Municipal strategic planning specialist, course participant",
                            },
                        },
                        {
                            "type": "reflection",
                            "prompt": {
                                "lt": "Prisiminkite paskutinį jūsų įstaigoje atliktą vertinimą ar apklausą. Kurios išvados buvo panaudotos, o kurios – ne? Kodėl?",
                                "en": "Think of the last evaluation or survey carried out in your institution. Which findings were used and which were not? Why?",
                            },
                        },
                    ],
                },
            ],
            "quiz": {
                "title": {
                    "lt": "Įrodymais grįstos politikos ir vertinimo testas",
                    "en": "Evidence-based policy and evaluation quiz",
                },
                "pass_mark": 70,
                "questions": [
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Nuo ko turėtų prasidėti įrodymais grįsto sprendimo rengimas?",
                            "en": "Where should preparing an evidence-based decision start?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Nuo aiškaus klausimo, kokiam sprendimui reikia informacijos.",
                                    "en": "With a clear question about which decision needs information.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Aiškus klausimas lemia, kokie rodikliai ir duomenų šaltiniai iš tikrųjų reikalingi.",
                                    "en": "Correct. A clear question determines which indicators and data sources are really needed.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo kuo didesnio prieinamų duomenų kiekio surinkimo.",
                                    "en": "With collecting as much available data as possible.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Be aiškaus klausimo surenkama daug duomenų, kurių niekas nenaudoja.",
                                    "en": "Incorrect. Without a clear question you collect lots of data that nobody uses.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nuo kitų savivaldybių sprendimų perėmimo.",
                                    "en": "With copying what other municipalities have decided.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Kitų patirtis naudinga, bet ją reikia patikrinti pagal savo savivaldybės duomenis ir poreikius.",
                                    "en": "Incorrect. Others' experience is useful, but it must be checked against your own municipality's data and needs.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": {
                            "lt": "Renginyje dalyvavo 60 žmonių, apklausą užpildė 48, iš jų 34 renginį įvertino gerai arba labai gerai. Ar pasiektas reikalavimas, kad bent 75 % atsakiusiųjų renginį vertintų gerai arba labai gerai?",
                            "en": "60 people attended an event, 48 completed the survey, and 34 of them rated it good or very good. Was the requirement met that at least 75% of respondents rate the event good or very good?",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Ne, nes 34 iš 48 sudaro apie 71 %.",
                                    "en": "No, because 34 out of 48 is about 71%.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Dalis skaičiuojama nuo atsakiusiųjų: 34 / 48 ≈ 0,71, t. y. mažiau nei 75 %.",
                                    "en": "Correct. The share is calculated from respondents: 34 / 48 ≈ 0.71, which is below 75%.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Taip, nes dauguma atsakiusiųjų renginį vertino teigiamai.",
                                    "en": "Yes, because most respondents rated the event positively.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Dauguma dar nereiškia 75 %: reikalavimas yra konkreti riba, o 34 iš 48 jos nesiekia.",
                                    "en": "Incorrect. A majority is not the same as 75%: the requirement is a specific threshold, and 34 out of 48 falls short of it.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Negalima nustatyti, nes apklausą užpildė ne visi dalyviai.",
                                    "en": "It cannot be determined, because not all participants completed the survey.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Dalis skaičiuojama nuo atsakiusiųjų; ataskaitoje tereikia nurodyti ir atsakiusiųjų skaičių (48 iš 60).",
                                    "en": "Incorrect. The share is calculated from respondents; the report should simply also state how many responded (48 of 60).",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kurie šaltiniai tinka sprendimui dėl jaunimo psichologinės pagalbos plėtros pagrįsti? Pasirinkite visus tinkamus atsakymus.",
                            "en": "Which sources are suitable for supporting a decision on expanding psychological support for young people? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Savivaldybių visuomenės sveikatos stebėsenos duomenys.",
                                    "en": "Municipal public health monitoring data.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Tai reguliariai renkami, palyginami duomenys apie gyventojų sveikatą.",
                                    "en": "Correct. These are regularly collected, comparable data on residents' health.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Mokinių apklausos apie patiriamą stresą rezultatai.",
                                    "en": "Results of a pupil survey on stress.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Apklausa parodo tikslinės grupės patirtį ir papildo statistiką.",
                                    "en": "Correct. A survey shows the target group's experience and complements the statistics.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Esamos paslaugos laukimo eilės duomenys.",
                                    "en": "Waiting list data for the existing service.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Administraciniai duomenys tiesiogiai rodo, ar paslaugos pakanka.",
                                    "en": "Correct. Administrative data show directly whether the service meets demand.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Vienas gyventojo komentaras socialiniame tinkle.",
                                    "en": "A single resident's comment on social media.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Pavienis komentaras gali atkreipti dėmesį į problemą, bet nėra patikimas įrodymas sprendimui.",
                                    "en": "Incorrect. A single comment can draw attention to a problem but is not reliable evidence for a decision.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": {
                            "lt": "Prieš skelbiant atvirus duomenis būtina įsitikinti, kad iš jų neįmanoma atpažinti konkrečių žmonių.",
                            "en": "Before publishing open data, you must make sure that individuals cannot be identified from them.",
                        },
                        "options": [
                            {
                                "text": {"lt": "Tiesa", "en": "True"},
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Ypač mažose grupėse net nuasmeninti duomenys gali leisti atpažinti žmones, todėl juos reikia apibendrinti.",
                                    "en": "Correct. Especially in small groups, even de-identified data can reveal individuals, so they must be aggregated.",
                                },
                            },
                            {
                                "text": {"lt": "Netiesa", "en": "False"},
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Atvirumas neatleidžia nuo asmens duomenų apsaugos reikalavimų.",
                                    "en": "Incorrect. Openness does not override data protection requirements.",
                                },
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": {
                            "lt": "Kas padeda, kad vertinimo išvados būtų iš tikrųjų panaudotos? Pasirinkite visus tinkamus atsakymus.",
                            "en": "What helps make sure evaluation findings are actually used? Select all that apply.",
                        },
                        "options": [
                            {
                                "text": {
                                    "lt": "Iš anksto sutarti, kas ir kada svarstys rezultatus.",
                                    "en": "Agreeing in advance who will discuss the results and when.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Taip išvados pasiekia sprendimus priimančius žmones laiku.",
                                    "en": "Correct. That way the findings reach decision-makers in time.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Kiekvienai priimtai rekomendacijai paskirti atsakingą asmenį ir terminą.",
                                    "en": "Assigning an owner and a deadline to each accepted recommendation.",
                                },
                                "correct": True,
                                "feedback": {
                                    "lt": "Teisingai. Be atsakingo asmens ir termino rekomendacijos dažniausiai lieka neįgyvendintos.",
                                    "en": "Correct. Without an owner and a deadline, recommendations usually stay on paper.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Nutylėti nepatogias išvadas, kad nenukentėtų programos įvaizdis.",
                                    "en": "Keeping uncomfortable findings quiet to protect the programme's image.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Nutylėtos problemos kartojasi, o skaidrumas stiprina finansuotojų ir gyventojų pasitikėjimą.",
                                    "en": "Incorrect. Problems that are hushed up recur, while transparency builds the trust of funders and residents.",
                                },
                            },
                            {
                                "text": {
                                    "lt": "Parengti kuo ilgesnę ataskaitą su visais surinktais duomenimis.",
                                    "en": "Writing the longest possible report with all the data collected.",
                                },
                                "correct": False,
                                "feedback": {
                                    "lt": "Neteisingai. Sprendimus priimantiems žmonėms reikia trumpų išvadų ir konkrečių rekomendacijų, o ne visų duomenų.",
                                    "en": "Incorrect. Decision-makers need short findings and concrete recommendations, not all the data.",
                                },
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
