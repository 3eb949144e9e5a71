"""Social clustering competency model (SC 1.0) and curated topic tags, LT and EN.

Plain data only; the shape is described in SCHEMA.md beside this file.
"""

FRAMEWORK = {
    "code": "SC",
    "version": "1.0",
    "title": {
        "lt": "Socialinės klasterystės kompetencijų modelis",
        "en": "Social clustering competency model",
    },
    "description": {
        "lt": "Kompetencijos, kurių reikia savivaldybių ir kitų viešojo sektoriaus institucijų darbuotojams bei jų partneriams, kad kartu su viešojo, privataus ir pilietinio sektorių organizacijomis spręstų socialines problemas. Kiekviena kompetencija aprašyta keturiais lygiais su stebimais elgsenos rodikliais.",
        "en": "The competencies that staff of municipalities and other public institutions, and their partners, need to solve social problems together with public, private and civic organisations. Each competency is described at four levels with observable behavioural indicators.",
    },
    "levels": [
        {
            "number": 1,
            "name": {"lt": "Supratimas", "en": "Awareness"},
            "description": {
                "lt": "Supranta pagrindines sąvokas ir principus ir atpažįsta juos savo darbe.",
                "en": "Understands the basic concepts and principles and recognises them in their own work.",
            },
        },
        {
            "number": 2,
            "name": {"lt": "Taikymas", "en": "Practice"},
            "description": {
                "lt": "Taiko kompetenciją įprastose situacijose, vadovaudamasis nustatytomis procedūromis arba padedamas kolegų.",
                "en": "Applies the competency in routine situations, following established procedures or with support from colleagues.",
            },
        },
        {
            "number": 3,
            "name": {"lt": "Savarankiškumas", "en": "Proficiency"},
            "description": {
                "lt": "Savarankiškai taiko kompetenciją sudėtingose ar naujose situacijose ir pritaiko metodus prie aplinkybių.",
                "en": "Applies the competency independently in complex or new situations and adapts methods to the context.",
            },
        },
        {
            "number": 4,
            "name": {"lt": "Kitų vedimas", "en": "Leading others"},
            "description": {
                "lt": "Veda ir ugdo kitus, formuoja organizacijos praktiką ir skatina kompetencijos taikymą už savo institucijos ribų.",
                "en": "Leads and develops others, shapes organisational practice and promotes the competency beyond their own institution.",
            },
        },
    ],
    "areas": [
        # ------------------------------------------------------------------ SC-1
        {
            "code": "SC-1",
            "title": {
                "lt": "Tarpinstitucinė socialinė partnerystė",
                "en": "Inter-institutional social partnership",
            },
            "description": {
                "lt": "Formalių savivaldybių, valstybės institucijų, verslo ir nevyriausybinių organizacijų partnerysčių kūrimas ir palaikymas, siekiant kartu teikti socialines paslaugas.",
                "en": "Forming and running formal partnerships between municipalities, state institutions, businesses and NGOs in order to deliver social services together.",
            },
            "competencies": [
                {
                    "code": "SC-1.1",
                    "title": {
                        "lt": "Tarpinstitucinių partnerystės susitarimų rengimas",
                        "en": "Building partnership agreements between institutions",
                    },
                    "description": {
                        "lt": "Rengia, derina ir palaiko susitarimus, kuriuose apibrėžiami bendri partnerių tikslai, vaidmenys, ištekliai ir atsakomybė.",
                        "en": "Prepares, negotiates and maintains agreements that set out the partners' shared goals, roles, resources and responsibilities.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kodėl sudaromi partnerystės susitarimai ir ką jie paprastai apima.",
                                "en": "Understands why partnership agreements are made and what they usually contain.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija vietos socialinės paslaugos teikime dalyvaujančias partnerių institucijas ir jų vaidmenis.",
                                    "en": "Names the partner institutions involved in a local social service and their roles.",
                                },
                                {
                                    "lt": "Paaiškina, kuo bendradarbiavimo memorandumas skiriasi nuo įpareigojančios bendradarbiavimo sutarties.",
                                    "en": "Explains how a memorandum of understanding differs from a binding cooperation agreement.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Prisideda rengiant partnerystės susitarimus pagal esamus šablonus.",
                                "en": "Contributes to drafting partnership agreements using existing templates.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pagal savivaldybės šabloną parengia susitarimo dalis apie tikslus, kontaktinius asmenis ir atsiskaitymą.",
                                    "en": "Drafts the sections of an agreement on goals, contact persons and reporting using the municipality's template.",
                                },
                                {
                                    "lt": "Prieš pasirašant susitarimą kartu su institucijos teisininku patikrina, ar jo projektas atitinka teisės aktų reikalavimus.",
                                    "en": "Checks with the institution's lawyer that a draft agreement meets legal requirements before it is signed.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai derasi ir sudaro susitarimus, kuriuose suderinti visų partnerių interesai.",
                                "en": "Independently negotiates and concludes agreements that balance the interests of all partners.",
                            },
                            "indicators": [
                                {
                                    "lt": "Vadovauja deryboms dėl vaidmenų, išteklių ir rizikos pasidalijimo tarp trijų ar daugiau partnerių.",
                                    "en": "Leads negotiations on sharing roles, resources and risks between three or more partners.",
                                },
                                {
                                    "lt": "Į susitarimą įtraukia išmatuojamus rezultatus, peržiūros datą ir nesutarimų sprendimo tvarką.",
                                    "en": "Includes measurable results, a review date and a procedure for resolving disagreements in the agreement.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja institucijos požiūrį į partnerystės susitarimus ir konsultuoja kolegas.",
                                "en": "Shapes the institution's approach to partnership agreements and mentors colleagues.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia tipinį partnerystės susitarimo šabloną ir rekomendacijas, kurie taikomi visoje savivaldybėje.",
                                    "en": "Develops a standard partnership agreement template and guidance that are used across the municipality.",
                                },
                                {
                                    "lt": "Konsultuoja kolegas, rengiančius pirmuosius partnerystės susitarimus, ir teikia pastabas dėl jų projektų.",
                                    "en": "Mentors colleagues preparing their first partnership agreements and comments on their drafts.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "SC-1.2",
                    "title": {
                        "lt": "Tarpinstitucinių bendrų paslaugų koordinavimas",
                        "en": "Coordinating joint services across institutions",
                    },
                    "description": {
                        "lt": "Koordinuoja kelių institucijų tiems patiems asmenims teikiamas paslaugas, kad pagalba būtų nenutrūkstama, be spragų ir dubliavimo.",
                        "en": "Coordinates the services that several institutions provide to the same people, so that support is continuous, without gaps or duplication.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kaip asmeniui ar šeimai teikiamos skirtingų institucijų paslaugos yra tarpusavyje susijusios.",
                                "en": "Understands how the services of different institutions for a person or family are connected.",
                            },
                            "indicators": [
                                {
                                    "lt": "Apibūdina, su kokiomis institucijomis paprastai bendrauja socialinę paramą gaunanti šeima.",
                                    "en": "Describes which institutions a family receiving social support usually deals with.",
                                },
                                {
                                    "lt": "Atpažįsta atvejus, kai klientas siuntinėjamas iš vienos institucijos į kitą ir niekas neprisiima atsakomybės.",
                                    "en": "Recognises cases where a client is sent from one institution to another and nobody takes responsibility.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Dalyvauja tarpinstitucinėje atvejo vadyboje, laikydamasis sutartų procedūrų.",
                                "en": "Takes part in inter-institutional case management, following agreed procedures.",
                            },
                            "indicators": [
                                {
                                    "lt": "Nukreipia klientą į partnerių instituciją, perduoda sutartą informaciją ir pasidomi, kuo baigėsi kreipimasis.",
                                    "en": "Refers a client to a partner institution with the agreed information and follows up on the outcome.",
                                },
                                {
                                    "lt": "Pasirengia tarpinstituciniams atvejo aptarimo pasitarimams ir juose aktyviai dalyvauja.",
                                    "en": "Prepares for inter-institutional case meetings and contributes actively to them.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai koordinuoja kelių institucijų paslaugas bendriems klientams.",
                                "en": "Independently coordinates the services of several institutions for shared clients.",
                            },
                            "indicators": [
                                {
                                    "lt": "Veda atvejo aptarimo pasitarimus ir suderina vieną pagalbos planą su atsakingais asmenimis ir terminais.",
                                    "en": "Chairs case meetings and agrees a single support plan with responsible persons and deadlines.",
                                },
                                {
                                    "lt": "Sukuria informacijos mainų tarp institucijų tvarką, atitinkančią asmens duomenų apsaugos reikalavimus.",
                                    "en": "Sets up information exchange between institutions that complies with personal data protection requirements.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria ir tobulina tarpinstitucinius paslaugų teikimo modelius ir telkia kitų institucijų specialistus.",
                                "en": "Designs and improves inter-institutional service models and brings together specialists from other institutions.",
                            },
                            "indicators": [
                                {
                                    "lt": "Aprašo kliento kelią per visas institucijas ir panaikina žingsnius, dėl kurių atsiranda vėlavimų ar dubliavimo.",
                                    "en": "Maps the client's journey through all institutions and removes steps that cause delays or duplication.",
                                },
                                {
                                    "lt": "Teikia savivaldybės tvarkų pakeitimų pasiūlymus, kad bendros paslaugos taptų įprasta praktika.",
                                    "en": "Proposes changes to municipal procedures so that joint services become standard practice.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ SC-2
        {
            "code": "SC-2",
            "title": {
                "lt": "Tarpsektorinis ir tarpasmeninis pasitikėjimas",
                "en": "Inter-sectoral and interpersonal trust",
            },
            "description": {
                "lt": "Pasitikėjimo, nuo kurio priklauso viešojo, privataus ir pilietinio sektorių bei atskirų žmonių bendradarbiavimas, kūrimas ir išlaikymas.",
                "en": "Building and keeping the trust on which cooperation between the public, private and civic sectors, and between individual people, depends.",
            },
            "competencies": [
                {
                    "code": "SC-2.1",
                    "title": {
                        "lt": "Pasitikėjimo tarp sektorių kūrimas",
                        "en": "Building trust between sectors",
                    },
                    "description": {
                        "lt": "Supranta viešojo, privataus ir pilietinio sektorių organizacijų interesus, apribojimus ir darbo kultūrą ir elgiasi taip, kad stiprėtų abipusis pasitikėjimas.",
                        "en": "Understands the interests, constraints and working cultures of public, private and civic organisations and acts in ways that strengthen mutual trust.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kad skirtingi sektoriai turi skirtingus tikslus, taisykles ir darbo kultūrą.",
                                "en": "Understands that different sectors have different goals, rules and working cultures.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pateikia pavyzdžių, ko iš bendradarbiavimo tikisi verslo įmonė, nevyriausybinė organizacija ir savivaldybė.",
                                    "en": "Gives examples of what a business, an NGO and a municipality each expect from cooperation.",
                                },
                                {
                                    "lt": "Įvardija dažnas nepasitikėjimo tarp sektorių priežastis, pavyzdžiui, neaiškius sprendimus ar vėluojančius mokėjimus.",
                                    "en": "Names common causes of mistrust between sectors, such as unclear decisions or late payments.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Kasdieniuose santykiuose su kitų sektorių partneriais elgiasi patikimai ir nuosekliai.",
                                "en": "Acts reliably and consistently in everyday contacts with partners from other sectors.",
                            },
                            "indicators": [
                                {
                                    "lt": "Laikosi su partneriais sutartų įsipareigojimų ir terminų, o apie pokyčius juos informuoja nedelsdamas.",
                                    "en": "Keeps the commitments and deadlines agreed with partners and informs them promptly of any changes.",
                                },
                                {
                                    "lt": "Kitų sektorių partneriams aiškia kalba paaiškina savivaldybės procedūras ir jų priežastis.",
                                    "en": "Explains the municipality's procedures and the reasons behind them to partners from other sectors in plain language.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai kuria pasitikėjimą sudėtinguose ar konfliktiškuose tarpsektoriniuose santykiuose.",
                                "en": "Independently builds trust in difficult or conflict-prone cross-sector relationships.",
                            },
                            "indicators": [
                                {
                                    "lt": "Su partneriais susitaria dėl bendrų bendradarbiavimo taisyklių, įskaitant tai, kaip dalijamasi informacija ir nuopelnais už rezultatus.",
                                    "en": "Agrees shared rules of cooperation with partners, including how information and credit for results are shared.",
                                },
                                {
                                    "lt": "Atvirai aptaria su partneriu pasitikėjimo pažeidimą ir susitaria dėl veiksmų santykiams atkurti.",
                                    "en": "Discusses a breach of trust openly with the partner and agrees on steps to restore the relationship.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria sąlygas ilgalaikiam sektorių tarpusavio pasitikėjimui savivaldybėje ar regione.",
                                "en": "Creates the conditions for long-term trust between sectors in the municipality or region.",
                            },
                            "indicators": [
                                {
                                    "lt": "Inicijuoja reguliarius tarpsektorinius forumus, kuriuose partneriai kartu aptaria pažangą ir problemas.",
                                    "en": "Initiates regular cross-sector forums where partners jointly review progress and problems.",
                                },
                                {
                                    "lt": "Kilus partnerių nesutarimams, veikia kaip patikimas tarpininkas tarp sektorių.",
                                    "en": "Acts as a trusted mediator between sectors when partners disagree.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "SC-2.2",
                    "title": {
                        "lt": "Tarpasmeninis pasitikėjimas ir bendradarbiavimas",
                        "en": "Interpersonal trust and collaboration",
                    },
                    "description": {
                        "lt": "Kuria atvirus ir pagarbius darbo santykius su kolegomis ir partneriais, aktyviai klausosi ir konstruktyviai sprendžia nesutarimus.",
                        "en": "Builds open, respectful working relationships with colleagues and partners, listens actively and handles disagreements constructively.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Atpažįsta elgesį, kuris stiprina arba griauna žmonių tarpusavio pasitikėjimą.",
                                "en": "Recognises behaviour that builds or damages trust between people.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pateikia darbo situacijų pavyzdžių, kai elgesys padidina arba sumažina pasitikėjimą.",
                                    "en": "Gives examples from work of behaviour that increases or reduces trust.",
                                },
                                {
                                    "lt": "Išklauso kolegos nuomonę jo nepertraukdamas ir pasitikslina, ar teisingai suprato.",
                                    "en": "Listens to a colleague's point of view without interrupting and checks that they have understood correctly.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Palaiko konstruktyvų bendradarbiavimą komandoje ir su partneriais.",
                                "en": "Maintains constructive cooperation within the team and with partners.",
                            },
                            "indicators": [
                                {
                                    "lt": "Bendroje darbo grupėje atvirai dalijasi informacija ir darbo krūviu.",
                                    "en": "Shares information and workload openly in a joint working group.",
                                },
                                {
                                    "lt": "Pagarbiai ir konkrečiai teikia bei priima grįžtamąjį ryšį.",
                                    "en": "Gives and receives feedback in a respectful and specific way.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai kuria pasitikėjimą įvairiose, taip pat įtemptose, situacijose.",
                                "en": "Independently builds trust in diverse situations, including tense ones.",
                            },
                            "indicators": [
                                {
                                    "lt": "Išsprendžia darbo grupės nesutarimą, rasdamas visoms pusėms priimtiną sprendimą.",
                                    "en": "Resolves a disagreement in a working group by finding a solution acceptable to all sides.",
                                },
                                {
                                    "lt": "Dirbdamas su kitų profesijų ar kultūrų žmonėmis, pritaiko savo bendravimo stilių.",
                                    "en": "Adapts their communication style when working with people from other professions or cultures.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Ugdo pasitikėjimo ir bendradarbiavimo kultūrą komandose ir partnerystėse.",
                                "en": "Develops a culture of trust and collaboration in teams and partnerships.",
                            },
                            "indicators": [
                                {
                                    "lt": "Konsultuoja komandos narius, kaip teikti grįžtamąjį ryšį ir spręsti konfliktus.",
                                    "en": "Coaches team members on giving feedback and handling conflicts.",
                                },
                                {
                                    "lt": "Įdiegia bendradarbiavimą stiprinančias komandos praktikas, pavyzdžiui, reguliarius refleksijos susitikimus.",
                                    "en": "Introduces team practices that strengthen collaboration, such as regular reflection meetings.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ SC-3
        {
            "code": "SC-3",
            "title": {
                "lt": "Sisteminis problemų sprendimas, jungiant viešąjį, privatųjį ir pilietinį sektorius",
                "en": "Systemic problem solving across public, private and civic sectors",
            },
            "description": {
                "lt": "Socialinių problemų kaip priežasčių ir veikėjų sistemos supratimas ir sprendimų kūrimas kartu su visų sektorių partneriais.",
                "en": "Understanding social problems as systems of causes and actors, and designing solutions together with partners from all sectors.",
            },
            "competencies": [
                {
                    "code": "SC-3.1",
                    "title": {
                        "lt": "Socialinių problemų sisteminė analizė",
                        "en": "Analysing social problems as systems",
                    },
                    "description": {
                        "lt": "Analizuoja socialinės problemos priežastis, veikėjus ir jų sąsajas, užuot sprendęs tik jos padarinius.",
                        "en": "Analyses the causes, actors and connections behind a social problem instead of dealing only with its consequences.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kad socialinės problemos turi kelias tarpusavyje susijusias priežastis.",
                                "en": "Understands that social problems have several interconnected causes.",
                            },
                            "indicators": [
                                {
                                    "lt": "Atskiria vietos socialinės problemos požymius nuo ją lemiančių priežasčių.",
                                    "en": "Distinguishes the symptoms of a local social problem from its underlying causes.",
                                },
                                {
                                    "lt": "Išvardija organizacijas ir grupes, kurias konkreti problema paveikia arba kurios ją veikia.",
                                    "en": "Lists the organisations and groups that a given problem affects or that influence it.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Taiko paprastas sisteminės analizės priemones, naudodamasis metodinėmis rekomendacijomis.",
                                "en": "Uses simple systems analysis tools with the help of methodological guidance.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su kolegomis sudaro vietos problemos problemų medį arba suinteresuotųjų šalių žemėlapį.",
                                    "en": "Builds a problem tree or stakeholder map for a local problem together with colleagues.",
                                },
                                {
                                    "lt": "Surenka pagrindinius duomenis apie problemą iš savivaldybės registrų ir partnerių organizacijų.",
                                    "en": "Collects basic data on the problem from municipal registers and partner organisations.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai analizuoja sudėtingas problemas, įvertindamas grįžtamojo ryšio ciklus ir nenumatytus padarinius.",
                                "en": "Independently analyses complex problems, taking feedback loops and unintended effects into account.",
                            },
                            "indicators": [
                                {
                                    "lt": "Sudaro priežastinių ryšių žemėlapį, rodantį, kaip nedarbas, būsto sąlygos ir sveikata vienas kitą stiprina.",
                                    "en": "Draws a causal map showing how unemployment, housing conditions and health reinforce each other.",
                                },
                                {
                                    "lt": "Nustato svertus – vietas, kuriose bendri partnerių veiksmai duotų didžiausią naudą.",
                                    "en": "Identifies leverage points where joint action by partners would have the greatest effect.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja sisteminei analizei kartu su partneriais ir ugdo sisteminį mąstymą organizacijoje.",
                                "en": "Leads systems analysis with partners and builds systems thinking in the organisation.",
                            },
                            "indicators": [
                                {
                                    "lt": "Moderuoja dirbtuves, kuriose visų sektorių partneriai kartu sudaro problemos sistemos žemėlapį.",
                                    "en": "Facilitates a workshop where partners from all sectors jointly map the system behind a problem.",
                                },
                                {
                                    "lt": "Remdamasis sisteminės analizės rezultatais, inicijuoja savivaldybės programos prioritetų pakeitimus.",
                                    "en": "Uses the results of systems analysis to initiate changes to the priorities of a municipal programme.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "SC-3.2",
                    "title": {
                        "lt": "Tarpsektorinių sprendimų bendrakūra",
                        "en": "Co-designing cross-sector solutions",
                    },
                    "description": {
                        "lt": "Kartu su paslaugų gavėjais ir viešojo, privataus bei pilietinio sektorių partneriais kuria ir išbando sprendimus.",
                        "en": "Designs and tests solutions together with service users and partners from the public, private and civic sectors.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta bendrakūros principus ir tai, kodėl svarbu įtraukti paslaugų gavėjus.",
                                "en": "Understands the principles of co-design and why service users should be involved.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kuo paslaugų gavėjų konsultavimas skiriasi nuo paslaugos kūrimo kartu su jais.",
                                    "en": "Explains the difference between consulting service users and designing a service together with them.",
                                },
                                {
                                    "lt": "Pateikia vietos paslaugos, patobulintos padedant verslui ar nevyriausybinei organizacijai, pavyzdį.",
                                    "en": "Gives an example of a local service improved with the help of a business or an NGO.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Dalyvauja bendrakūros veiklose ir taiko pagrindinius jos metodus.",
                                "en": "Takes part in co-design activities and applies its basic methods.",
                            },
                            "indicators": [
                                {
                                    "lt": "Prieš teikdamas sprendimo pasiūlymą, kalbasi su paslaugų gavėjais, kad suprastų jų poreikius.",
                                    "en": "Interviews service users to understand their needs before proposing a solution.",
                                },
                                {
                                    "lt": "Bendrakūros dirbtuvėse su partneriais siūlo idėjas ir padeda kurti prototipus.",
                                    "en": "Contributes ideas and helps build prototypes in a co-design workshop with partners.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai organizuoja sprendimų bendrakūrą ir bandomąjį taikymą su įvairių sektorių partneriais.",
                                "en": "Independently organises the co-design and piloting of solutions with partners from different sectors.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su partneriais suplanuoja ir įgyvendina nedidelį bandomąjį projektą su sutartais sėkmės kriterijais.",
                                    "en": "Plans and runs a small pilot with partners, with agreed success criteria.",
                                },
                                {
                                    "lt": "Viename sprendime sujungia savivaldybės, verslo ir nevyriausybinės organizacijos išteklius.",
                                    "en": "Combines the resources of a municipality, a business and an NGO in one solution.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja bendrakūros procesams ir plečia sėkmingų sprendimų taikymą.",
                                "en": "Leads co-design processes and scales up successful solutions.",
                            },
                            "indicators": [
                                {
                                    "lt": "Sėkmingą bandomąjį projektą paverčia nuolatine paslauga, su partneriais susitaręs dėl finansavimo ir atsakomybės.",
                                    "en": "Turns a successful pilot into a permanent service, with funding and responsibilities agreed among partners.",
                                },
                                {
                                    "lt": "Moko kolegas taikyti bendrakūros metodus jų pačių projektuose.",
                                    "en": "Trains colleagues to use co-design methods in their own projects.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ SC-4
        {
            "code": "SC-4",
            "title": {
                "lt": "Socialinė komunikacija",
                "en": "Social communication",
            },
            "description": {
                "lt": "Aiški dvikryptė komunikacija su gyventojais, bendruomenėmis ir partneriais socialiniais klausimais ir apie bendrus sprendimus.",
                "en": "Clear, two-way communication with residents, communities and partners about social issues and joint solutions.",
            },
            "competencies": [
                {
                    "code": "SC-4.1",
                    "title": {
                        "lt": "Komunikacija su bendruomenėmis",
                        "en": "Communicating with communities",
                    },
                    "description": {
                        "lt": "Teikia bendruomenėms ir gyventojams suprantamą ir prieinamą informaciją ir atsižvelgia į jų atsiliepimus.",
                        "en": "Provides communities and residents with understandable, accessible information and takes their responses into account.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta aiškios ir prieinamos viešosios komunikacijos principus.",
                                "en": "Understands the principles of clear and accessible public communication.",
                            },
                            "indicators": [
                                {
                                    "lt": "Viešame pranešime atpažįsta profesinį žargoną ir sudėtingas formuluotes ir pasiūlo aiškesnių variantų.",
                                    "en": "Spots jargon and complex wording in a public notice and suggests plain-language alternatives.",
                                },
                                {
                                    "lt": "Įvardija komunikacijos kanalus, kuriais dažniausiai naudojasi skirtingos savivaldybės gyventojų grupės.",
                                    "en": "Names the communication channels most used by different groups of residents in the municipality.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Rengia aiškius pranešimus bendruomenėms ir skleidžia juos įprastais kanalais.",
                                "en": "Prepares clear messages for communities and shares them through established channels.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parašo trumpą aiškios kalbos pranešimą apie naują socialinę paslaugą savivaldybės interneto svetainei ir socialiniams tinklams.",
                                    "en": "Writes a short plain-language announcement about a new social service for the municipal website and social media.",
                                },
                                {
                                    "lt": "Tiksliai ir per nustatytą terminą atsako į gyventojų klausimus apie paslaugą.",
                                    "en": "Answers residents' questions about a service accurately and within the set deadline.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Planuoja ir vykdo skirtingoms, taip pat sunkiai pasiekiamoms, grupėms pritaikytą komunikaciją.",
                                "en": "Plans and carries out communication tailored to different groups, including hard-to-reach ones.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia bendro projekto komunikacijos planą, kuriame numatytos tikslinės grupės, žinutės, kanalai ir laikas.",
                                    "en": "Prepares a communication plan for a joint project, setting out target groups, messages, channels and timing.",
                                },
                                {
                                    "lt": "Vyresnio amžiaus žmones ir asmenis su negalia pasiekia per partnerius, pavyzdžiui, nevyriausybines organizacijas, bibliotekas ar seniūnijas.",
                                    "en": "Reaches older people and people with disabilities through partners such as NGOs, libraries or eldership offices.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja organizacijos komunikacijos su bendruomenėmis praktiką ir ugdo kolegų gebėjimus.",
                                "en": "Shapes the organisation's practice of communicating with communities and develops colleagues' skills.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įdiegia aiškios kalbos reikalavimus organizacijos viešiesiems tekstams.",
                                    "en": "Introduces plain-language standards for the organisation's public texts.",
                                },
                                {
                                    "lt": "Vadovauja komunikacijai jautriu vietos klausimu, derindamas visų partnerių skelbiamą informaciją.",
                                    "en": "Leads communication on a sensitive local issue, coordinating the information published by all partners.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "SC-4.2",
                    "title": {
                        "lt": "Dialogo ir konsultacijų moderavimas",
                        "en": "Facilitating dialogue and consultation",
                    },
                    "description": {
                        "lt": "Organizuoja ir moderuoja viešąsias konsultacijas bei dialogą, kuriuose išklausomos skirtingos nuomonės ir į jas atsižvelgiama priimant sprendimus.",
                        "en": "Organises and facilitates public consultations and dialogue in which different views are heard and taken into account in decisions.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta viešųjų konsultacijų paskirtį ir pagrindines formas.",
                                "en": "Understands the purpose and main forms of public consultation.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kuo skiriasi gyventojų informavimas, konsultavimas ir įtraukimas į sprendimų priėmimą.",
                                    "en": "Explains the difference between informing residents, consulting them and involving them in decisions.",
                                },
                                {
                                    "lt": "Apibūdina įprastus viešosios konsultacijos etapus savivaldybėje.",
                                    "en": "Describes the usual stages of a public consultation in the municipality.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Padeda organizuoti konsultacijas ir tiksliai fiksuoja jų rezultatus.",
                                "en": "Helps organise consultations and records their results accurately.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia viešo susitikimo medžiagą ir kvietimus taip, kad dalyviai iš anksto gautų reikiamą informaciją.",
                                    "en": "Prepares materials and invitations for a public meeting so that participants receive the necessary information in advance.",
                                },
                                {
                                    "lt": "Apibendrina dalyvių pasiūlymus ir informuoja juos, kaip į pasiūlymus buvo atsižvelgta.",
                                    "en": "Summarises participants' proposals and reports back to them on how the proposals were taken into account.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai moderuoja skirtingų interesų turinčių grupių dialogą.",
                                "en": "Independently facilitates dialogue between groups with different interests.",
                            },
                            "indicators": [
                                {
                                    "lt": "Moderuoja susitikimą, kuriame gyventojai, paslaugų teikėjai ir savivaldybės darbuotojai aptaria prieštaringai vertinamą sprendimą.",
                                    "en": "Facilitates a meeting where residents, service providers and municipal staff discuss a contested decision.",
                                },
                                {
                                    "lt": "Taiko metodus, suteikiančius mažiau aktyviems dalyviams lygias galimybes pasisakyti, pavyzdžiui, darbą mažose grupėse.",
                                    "en": "Uses methods that give quieter participants an equal chance to speak, such as small-group work.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria organizacijos konsultavimosi su visuomene praktiką ir rengia moderatorius.",
                                "en": "Builds the organisation's public consultation practice and trains facilitators.",
                            },
                            "indicators": [
                                {
                                    "lt": "Suplanuoja kelių etapų konsultavimosi procesą rengiant savivaldybės socialinių paslaugų planą.",
                                    "en": "Designs a multi-stage consultation process for the preparation of the municipal social services plan.",
                                },
                                {
                                    "lt": "Moko konsultacijas moderuojančius kolegas ir teikia jiems grįžtamąjį ryšį.",
                                    "en": "Trains colleagues who facilitate consultations and gives them feedback.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ SC-5
        {
            "code": "SC-5",
            "title": {
                "lt": "Bendradarbiavimas su bendruomenėmis, savanoriais ir nevyriausybinėmis organizacijomis",
                "en": "Community, volunteering and NGO cooperation",
            },
            "description": {
                "lt": "Bendruomenių, savanorių ir nevyriausybinių organizacijų įtraukimas į socialinių problemų sprendimą kaip lygiaverčių partnerių.",
                "en": "Involving communities, volunteers and non-governmental organisations as equal partners in solving social problems.",
            },
            "competencies": [
                {
                    "code": "SC-5.1",
                    "title": {
                        "lt": "Savanorių ir bendruomenių įtraukimas",
                        "en": "Engaging volunteers and communities",
                    },
                    "description": {
                        "lt": "Įtraukia gyventojus, bendruomenines organizacijas ir savanorius į socialines veiklas ir padeda jiems veikti savo iniciatyva.",
                        "en": "Involves residents, community organisations and volunteers in social activities and supports them in acting on their own initiative.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta bendruomenių ir savanorystės vaidmenį kuriant socialinę gerovę.",
                                "en": "Understands the role of communities and volunteering in social welfare.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija savo savivaldybėje ar seniūnijoje veikiančias bendruomenines organizacijas ir savanorių grupes.",
                                    "en": "Names the community organisations and volunteer groups active in their municipality or eldership.",
                                },
                                {
                                    "lt": "Paaiškina pagrindines savanoriškos veiklos organizavimo taisykles, įskaitant savanorių teises ir saugą.",
                                    "en": "Explains the basic rules for organising voluntary work, including volunteers' rights and safety.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Įtraukia savanorius ir bendruomenės narius į suplanuotas veiklas.",
                                "en": "Involves volunteers and community members in planned activities.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia aiškų savanoriškos veiklos aprašymą, nurodydamas jos trukmę ir savanoriui teikiamą pagalbą.",
                                    "en": "Prepares a clear description of a volunteer role, stating its duration and the support the volunteer will receive.",
                                },
                                {
                                    "lt": "Supažindina naujus savanorius su veikla ir reguliariai domisi, kaip jiems sekasi.",
                                    "en": "Introduces new volunteers to the activity and checks in with them regularly.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai telkia bendruomenes ir organizuoja savanorių įsitraukimą.",
                                "en": "Independently mobilises communities and manages volunteer involvement.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su vietos gyventojais organizuoja bendruomenės iniciatyvą, pavyzdžiui, pagalbą vienišiems senyvo amžiaus žmonėms.",
                                    "en": "Organises a community initiative together with local residents, such as help for lonely older people.",
                                },
                                {
                                    "lt": "Viešai įvertina savanorių indėlį ir palaiko jų ilgalaikį įsitraukimą.",
                                    "en": "Recognises volunteers' contribution publicly and keeps them engaged over time.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria savivaldybėje bendruomenių iniciatyvoms ir savanorystei palankią aplinką.",
                                "en": "Creates an environment in the municipality that supports community initiatives and volunteering.",
                            },
                            "indicators": [
                                {
                                    "lt": "Teikia pasiūlymus dėl savivaldybės paramos bendruomenių iniciatyvoms, pavyzdžiui, nedidelių dotacijų ar patalpų suteikimo.",
                                    "en": "Proposes municipal support for community initiatives, such as small grants or the use of premises.",
                                },
                                {
                                    "lt": "Koordinuoja savanorių įtraukimą keliose savivaldybės institucijose.",
                                    "en": "Coordinates volunteer involvement across several municipal institutions.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "SC-5.2",
                    "title": {
                        "lt": "Bendradarbiavimas su nevyriausybinėmis organizacijomis",
                        "en": "Working with non-governmental organisations",
                    },
                    "description": {
                        "lt": "Bendradarbiauja su nevyriausybinėmis organizacijomis kaip su partneriais ir paslaugų teikėjais, gerbdamas jų savarankiškumą ir patirtį.",
                        "en": "Cooperates with NGOs as partners and service providers, respecting their independence and expertise.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta nevyriausybinių organizacijų vaidmenį teikiant socialines paslaugas ir atstovaujant įvairių grupių interesams.",
                                "en": "Understands the role of NGOs in providing social services and representing the interests of different groups.",
                            },
                            "indicators": [
                                {
                                    "lt": "Išvardija savivaldybėje socialiniais klausimais dirbančias nevyriausybines organizacijas ir jų pagrindines veiklas.",
                                    "en": "Lists the NGOs working on social issues in the municipality and their main activities.",
                                },
                                {
                                    "lt": "Paaiškina, kokiais būdais savivaldybė gali bendradarbiauti su nevyriausybinėmis organizacijomis, pavyzdžiui, skirdama finansavimą, sudarydama paslaugų sutartis ar kviesdama į patariamąsias tarybas.",
                                    "en": "Explains the ways a municipality can cooperate with NGOs, such as grants, service contracts and advisory councils.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Bendradarbiauja su nevyriausybinėmis organizacijomis bendrose veiklose, laikydamasis nustatytos tvarkos.",
                                "en": "Works with NGOs on joint activities, following established procedures.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia nevyriausybinių organizacijų projektų konkurso kvietimą su aiškiais vertinimo kriterijais.",
                                    "en": "Prepares a call for NGO project proposals with clear assessment criteria.",
                                },
                                {
                                    "lt": "Stebi pagal sutartį nevyriausybinės organizacijos teikiamą paslaugą ir aptaria su ja rezultatus.",
                                    "en": "Monitors a service an NGO provides under contract and discusses the results with the organisation.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai plėtoja lygiavertes partnerystes su nevyriausybinėmis organizacijomis.",
                                "en": "Independently develops equal partnerships with NGOs.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įtraukia nevyriausybines organizacijas į paslaugos planavimą nuo pat pradžių, o ne tik į jos teikimą.",
                                    "en": "Involves NGOs in planning a service from the start, not only in delivering it.",
                                },
                                {
                                    "lt": "Padeda nevyriausybinei organizacijai stiprinti gebėjimus teikti paslaugą, pavyzdžiui, organizuodamas mokymus ar rengdamas bendras paraiškas finansavimui gauti.",
                                    "en": "Helps an NGO strengthen its capacity to provide a service, for example through training or joint funding applications.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja savivaldybės bendradarbiavimo su nevyriausybinėmis organizacijomis politiką.",
                                "en": "Shapes the municipality's policy on cooperation with NGOs.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pasiūlo skaidrų daugiametį nevyriausybinių organizacijų finansavimo savivaldybėje modelį.",
                                    "en": "Proposes a transparent, multi-year model for funding NGOs in the municipality.",
                                },
                                {
                                    "lt": "Atstovauja savivaldybės administracijai savivaldybės nevyriausybinių organizacijų taryboje ir skatina įgyvendinti jos rekomendacijas.",
                                    "en": "Represents the municipal administration on the municipal NGO council and promotes the implementation of its recommendations.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ SC-6
        {
            "code": "SC-6",
            "title": {
                "lt": "Skaidrumas ir korupcijos prevencija",
                "en": "Transparency and anti-corruption",
            },
            "description": {
                "lt": "Atviras ir atskaitingas sprendimų priėmimas, korupcijos ir interesų konfliktų prevencija bendradarbiaujant su partneriais.",
                "en": "Open, accountable decision making and the prevention of corruption and conflicts of interest in cooperation with partners.",
            },
            "competencies": [
                {
                    "code": "SC-6.1",
                    "title": {
                        "lt": "Atviras ir atskaitingas sprendimų priėmimas",
                        "en": "Open and accountable decision making",
                    },
                    "description": {
                        "lt": "Priima ir dokumentuoja sprendimus taip, kad partneriai ir gyventojai matytų, kaip ir kodėl jie priimti.",
                        "en": "Makes and documents decisions so that partners and residents can see how and why they were made.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta viešojo administravimo skaidrumo ir atskaitomybės principus.",
                                "en": "Understands the principles of transparency and accountability in public administration.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kokia informacija apie savivaldybės sprendimus turi būti skelbiama viešai.",
                                    "en": "Explains what information about municipal decisions must be made public.",
                                },
                                {
                                    "lt": "Atpažįsta atvejus, kai sprendimas nėra tinkamai motyvuotas ir dokumentuotas.",
                                    "en": "Recognises cases where a decision is not properly justified and documented.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Kasdieniame darbe laikosi skaidrumo procedūrų.",
                                "en": "Follows transparency procedures in everyday work.",
                            },
                            "indicators": [
                                {
                                    "lt": "Užfiksuoja sprendimo dėl lėšų ar paslaugų skyrimo kriterijus ir motyvus.",
                                    "en": "Records the criteria and reasons for a decision to allocate funds or services.",
                                },
                                {
                                    "lt": "Prieinama forma paskelbia informaciją apie bendrą projektą, jo partnerius ir biudžetą.",
                                    "en": "Publishes information about a joint project, its partners and its budget in an accessible form.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai užtikrina skaidrumą priimant sudėtingus, kelių partnerių sprendimus.",
                                "en": "Independently ensures transparency in complex decisions involving several partners.",
                            },
                            "indicators": [
                                {
                                    "lt": "Prieš atrenkant partnerius ar projektus nustato ir paskelbia aiškius atrankos kriterijus.",
                                    "en": "Sets and publishes clear selection criteria before partners or projects are chosen.",
                                },
                                {
                                    "lt": "Viešai paaiškina prieštaringai vertinamą sprendimą, nurodydamas ir svarstytas alternatyvas.",
                                    "en": "Explains a controversial decision publicly, including the alternatives that were considered.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Stiprina organizacijos atvirumo ir atskaitomybės kultūrą.",
                                "en": "Strengthens the organisation's culture of openness and accountability.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įdiegia reguliarų viešą atsiskaitymą už socialinio klasterio ar partnerystės rezultatus.",
                                    "en": "Introduces regular public reporting on the results of a social cluster or partnership.",
                                },
                                {
                                    "lt": "Konsultuoja vadovybę, kaip padaryti sprendimų priėmimo procesus atviresnius gyventojams ir partneriams.",
                                    "en": "Advises management on making decision-making processes more open to residents and partners.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "SC-6.2",
                    "title": {
                        "lt": "Korupcijos ir interesų konfliktų prevencija",
                        "en": "Preventing corruption and conflicts of interest",
                    },
                    "description": {
                        "lt": "Atpažįsta ir valdo korupcijos riziką bei interesų konfliktus, kylančius glaudžiai bendradarbiaujant viešojo, privataus ir pilietinio sektorių organizacijoms.",
                        "en": "Recognises and manages the corruption risks and conflicts of interest that arise when public, private and civic organisations work closely together.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kas yra korupcija ir interesų konfliktas ir kodėl jų prevencija svarbi partnerystėse.",
                                "en": "Understands what corruption and conflicts of interest are and why preventing them matters in partnerships.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pateikia interesų konflikto, galinčio kilti bendradarbiaujant su verslu ar nevyriausybine organizacija, pavyzdžių.",
                                    "en": "Gives examples of conflicts of interest that can arise in cooperation with a business or an NGO.",
                                },
                                {
                                    "lt": "Žino, kaip deklaruoti privačius interesus ir kur pranešti apie įtariamą korupciją.",
                                    "en": "Knows how to declare private interests and where to report suspected corruption.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Savo darbe taiko korupcijos prevencijos taisykles.",
                                "en": "Applies anti-corruption rules in their own work.",
                            },
                            "indicators": [
                                {
                                    "lt": "Deklaruoja savo privačius interesus ir nusišalina nuo sprendimų, susijusių su organizacija, su kuria yra susijęs.",
                                    "en": "Declares their private interests and withdraws from decisions concerning an organisation they are connected with.",
                                },
                                {
                                    "lt": "Laikydamasis institucijos taisyklių, atsisako partnerių siūlomų dovanų ar kitokios naudos.",
                                    "en": "Refuses gifts or other benefits offered by partners, in line with the institution's rules.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai nustato ir valdo korupcijos riziką bendruose projektuose.",
                                "en": "Independently identifies and manages corruption risks in joint projects.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvertina partnerystės korupcijos riziką ir su partneriais susitaria dėl kontrolės priemonių.",
                                    "en": "Assesses the corruption risks of a partnership and agrees control measures with the partners.",
                                },
                                {
                                    "lt": "Išsprendžia galimą interesų konfliktą darbo grupėje: jį užfiksuoja ir perskirsto narių vaidmenis.",
                                    "en": "Handles a potential conflict of interest in a working group by recording it and reassigning members' roles.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja korupcijos prevencijai organizacijoje ir jos partnerystėse.",
                                "en": "Leads corruption prevention in the organisation and its partnerships.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia visiems socialinio klasterio nariams bendras skaidraus ir sąžiningo elgesio taisykles.",
                                    "en": "Develops integrity rules shared by all members of a social cluster.",
                                },
                                {
                                    "lt": "Remdamasis realiais atvejais, moko kolegas ir partnerius atpažinti korupcijos riziką.",
                                    "en": "Trains colleagues and partners to recognise corruption risks using real cases.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ SC-7
        {
            "code": "SC-7",
            "title": {
                "lt": "Tinklų kūrimas",
                "en": "Network building",
            },
            "description": {
                "lt": "Organizacijų tinklų kūrimas, palaikymas ir telkimas į veikiantį socialinį klasterį.",
                "en": "Building and sustaining networks of organisations and bringing them together into a working social cluster.",
            },
            "competencies": [
                {
                    "code": "SC-7.1",
                    "title": {
                        "lt": "Tinklų kūrimas ir palaikymas",
                        "en": "Building and sustaining networks",
                    },
                    "description": {
                        "lt": "Kuria ir palaiko profesinius ryšius bei tinklus, padedančius spręsti socialines problemas.",
                        "en": "Creates and maintains professional relationships and networks that help solve social problems.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta profesinių tinklų naudą sprendžiant socialines problemas.",
                                "en": "Understands the value of professional networks for solving social problems.",
                            },
                            "indicators": [
                                {
                                    "lt": "Apibūdina savo profesinius kontaktus kitose institucijose ir sektoriuose.",
                                    "en": "Describes their professional contacts in other institutions and sectors.",
                                },
                                {
                                    "lt": "Paaiškina, kuo tinklas skiriasi nuo formalios partnerystės.",
                                    "en": "Explains how a network differs from a formal partnership.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Aktyviai palaiko profesinius ryšius ir jais naudojasi.",
                                "en": "Actively maintains and uses professional contacts.",
                            },
                            "indicators": [
                                {
                                    "lt": "Dalyvauja tinklo susitikimuose ir dalijasi naudinga informacija su kitais jo nariais.",
                                    "en": "Takes part in network meetings and shares useful information with other members.",
                                },
                                {
                                    "lt": "Suveda kolegą ar klientą su tinkamu kitos organizacijos kontaktiniu asmeniu.",
                                    "en": "Puts a colleague or client in touch with the right contact person in another organisation.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai kuria naujus tinklus bendroms problemoms spręsti.",
                                "en": "Independently builds new networks around shared problems.",
                            },
                            "indicators": [
                                {
                                    "lt": "Suburia ta pačia problema besirūpinančias organizacijas ir susitaria su jomis dėl bendro tikslo ir bendradarbiavimo formos.",
                                    "en": "Brings together organisations working on the same problem and agrees with them on a shared purpose and form of cooperation.",
                                },
                                {
                                    "lt": "Palaiko tinklo aktyvumą: organizuoja reguliarius susitikimus, dalijasi informacija ir viešina rezultatus.",
                                    "en": "Keeps the network active by organising regular meetings, sharing information and making results visible.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Plėtoja tinklus regioniniu, nacionaliniu ar tarptautiniu lygmeniu.",
                                "en": "Develops networks at regional, national or international level.",
                            },
                            "indicators": [
                                {
                                    "lt": "Susieja vietos tinklą su panašiais tinklais kitose savivaldybėse ar šalyse, pavyzdžiui, Norvegijoje.",
                                    "en": "Links a local network with similar networks in other municipalities or countries, for example Norway.",
                                },
                                {
                                    "lt": "Užtikrina ilgalaikius tinklo išteklius ir valdymą, kad jo veikla nepriklausytų nuo vieno žmogaus.",
                                    "en": "Secures long-term resources and governance for a network so that it does not depend on one person.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "SC-7.2",
                    "title": {
                        "lt": "Vadovavimas socialiniam klasteriui",
                        "en": "Leading a social cluster",
                    },
                    "description": {
                        "lt": "Inicijuoja socialinį klasterį ir jam vadovauja, kad viešojo, privataus ir pilietinio sektorių organizacijos kartu siektų bendrų socialinių tikslų.",
                        "en": "Initiates and leads a social cluster in which public, private and civic organisations pursue shared social goals together.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kas yra socialinis klasteris ir kaip jis veikia.",
                                "en": "Understands what a social cluster is and how it works.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina socialinio klasterio paskirtį ir įvardija tipiškus kiekvieno sektoriaus narius.",
                                    "en": "Explains the purpose of a social cluster and names typical members from each sector.",
                                },
                                {
                                    "lt": "Apibūdina Lietuvos ar Norvegijos socialinio klasterio pavyzdį ir jo pasiekimus.",
                                    "en": "Describes an example of a social cluster in Lithuania or Norway and what it has achieved.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Aktyviai prisideda prie socialinio klasterio veiklos.",
                                "en": "Contributes actively to the work of a social cluster.",
                            },
                            "indicators": [
                                {
                                    "lt": "Atlieka klasterio veiksmų plane jam pavestus darbus ir atsiskaito už pažangą.",
                                    "en": "Carries out the work assigned to them in the cluster's action plan and reports on progress.",
                                },
                                {
                                    "lt": "Atstovauja savo organizacijai klasterio susitikimuose ir supažindina kolegas su priimtais sprendimais.",
                                    "en": "Represents their organisation at cluster meetings and informs colleagues of the decisions taken.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai koordinuoja socialinio klasterio veiklą.",
                                "en": "Independently coordinates the activities of a social cluster.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su nariais parengia klasterio metinį veiksmų planą su bendrais tikslais ir rezultatų rodikliais.",
                                    "en": "Prepares the cluster's annual action plan together with its members, with shared goals and result indicators.",
                                },
                                {
                                    "lt": "Užtikrina, kad visi nariai, įskaitant mažas nevyriausybines organizacijas, galėtų išsakyti savo nuomonę priimant klasterio sprendimus.",
                                    "en": "Ensures that all members, including small NGOs, have a say in the cluster's decisions.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Inicijuoja socialinius klasterius ir vadovauja jų ilgalaikei plėtrai.",
                                "en": "Initiates social clusters and leads their long-term development.",
                            },
                            "indicators": [
                                {
                                    "lt": "Inicijuoja naują socialinį klasterį ir su steigėjais partneriais susitaria dėl jo misijos, valdymo ir narystės taisyklių.",
                                    "en": "Initiates a new social cluster and agrees its mission, governance and membership rules with the founding partners.",
                                },
                                {
                                    "lt": "Įvertina klasterio socialinį poveikį ir, remdamasis rezultatais, atnaujina jo strategiją.",
                                    "en": "Evaluates the cluster's social impact and uses the results to renew its strategy.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ AC-1
        {
            "code": "AC-1",
            "title": {
                "lt": "Administraciniai ir viešieji gebėjimai",
                "en": "Administrative and public capacities",
            },
            "description": {
                "lt": "Bendrieji viešojo administravimo gebėjimai, užtikrinantys veiksmingą bendradarbiavimą: planavimas, paslaugų kokybė ir įrodymų naudojimas.",
                "en": "The general public administration capacities that make cooperation effective: planning, service quality and the use of evidence.",
            },
            "competencies": [
                {
                    "code": "AC-1.1",
                    "title": {
                        "lt": "Strateginis planavimas ir projektų valdymas",
                        "en": "Strategic planning and project management",
                    },
                    "description": {
                        "lt": "Planuoja veiklą pagal savivaldybės strateginius dokumentus ir valdo projektus taip, kad sutarti rezultatai būtų pasiekti laiku ir neviršijant biudžeto.",
                        "en": "Plans activities in line with the municipality's strategic documents and manages projects so that agreed results are delivered on time and within budget.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta savivaldybės planavimo sistemą ir pagrindines projektų valdymo sąvokas.",
                                "en": "Understands the municipal planning system and the basic concepts of project management.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kaip savivaldybės strateginis plėtros planas siejasi su jos institucijų metiniais veiklos planais.",
                                    "en": "Explains how the municipality's strategic development plan links to the annual activity plans of its institutions.",
                                },
                                {
                                    "lt": "Įvardija pagrindinius projekto elementus: tikslą, veiklas, išteklius, tvarkaraštį ir rizikas.",
                                    "en": "Names the main elements of a project: goal, activities, resources, timetable and risks.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Planuoja ir vykdo projekto veiklas, naudodamasis standartinėmis priemonėmis.",
                                "en": "Plans and carries out project activities using standard tools.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia nedidelio projekto darbo planą, kuriame nurodyti darbai, atsakingi asmenys ir terminai.",
                                    "en": "Prepares a work plan for a small project, listing tasks, responsible persons and deadlines.",
                                },
                                {
                                    "lt": "Stebi projekto išlaidas bei pažangą ir praneša projekto vadovui apie nukrypimus.",
                                    "en": "Tracks project spending and progress and reports deviations to the project manager.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai valdo kelių partnerių projektus, susietus su strateginiais tikslais.",
                                "en": "Independently manages multi-partner projects linked to strategic goals.",
                            },
                            "indicators": [
                                {
                                    "lt": "Suformuluoja projekto uždavinius ir rodiklius, kurie prisideda prie savivaldybės strateginių tikslų įgyvendinimo.",
                                    "en": "Formulates project objectives and indicators that contribute to the municipality's strategic goals.",
                                },
                                {
                                    "lt": "Valdo kelių partnerių projekto rizikas ir pokyčius, nuolat informuodamas partnerius.",
                                    "en": "Manages the risks and changes of a project with several partners, keeping all partners informed.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja strateginiam planavimui ir stiprina projektų valdymo gebėjimus organizacijoje.",
                                "en": "Leads strategic planning and builds project management capacity in the organisation.",
                            },
                            "indicators": [
                                {
                                    "lt": "Vadovauja savivaldybės socialinių paslaugų plano rengimui, įtraukdamas įvairių sektorių partnerius.",
                                    "en": "Leads the preparation of the municipal social services plan, involving partners from different sectors.",
                                },
                                {
                                    "lt": "Įdiegia bendrą projektų valdymo praktiką organizacijoje ir konsultuoja projektų vadovus.",
                                    "en": "Introduces a common project management practice in the organisation and coaches project managers.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "AC-1.2",
                    "title": {
                        "lt": "Viešųjų paslaugų kokybė ir inovacijos",
                        "en": "Public service quality and innovation",
                    },
                    "description": {
                        "lt": "Gerina viešųjų paslaugų kokybę ir prieinamumą, diegia naujus, paslaugų gavėjų poreikiais grįstus sprendimus.",
                        "en": "Improves the quality and accessibility of public services and introduces new solutions based on users' needs.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kas lemia viešųjų paslaugų kokybę ir jų orientaciją į paslaugų gavėją.",
                                "en": "Understands what makes public services high-quality and user-centred.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija viešosios paslaugos kokybės kriterijus, pavyzdžiui, prieinamumą, operatyvumą ir pagarbą paslaugų gavėjams.",
                                    "en": "Names quality criteria for a public service, such as accessibility, timeliness and respect for users.",
                                },
                                {
                                    "lt": "Pateikia Lietuvos ar Norvegijos savivaldybėje įdiegtos paslaugų inovacijos pavyzdį.",
                                    "en": "Gives an example of a service innovation introduced in a Lithuanian or Norwegian municipality.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Taiko kokybės reikalavimus ir renka paslaugų gavėjų atsiliepimus apie savo teikiamas paslaugas.",
                                "en": "Applies quality standards and collects user feedback on the services they provide.",
                            },
                            "indicators": [
                                {
                                    "lt": "Atlieka trumpą paslaugų gavėjų apklausą apie pasitenkinimą paslauga ir apibendrina jos rezultatus.",
                                    "en": "Runs a short user satisfaction survey and summarises its results.",
                                },
                                {
                                    "lt": "Remdamasis skundais ar atsiliepimais, pasiūlo praktinį paslaugos patobulinimą.",
                                    "en": "Suggests a practical improvement to a service based on complaints or feedback.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai pertvarko paslaugas ir išbando inovacijas.",
                                "en": "Independently redesigns services and tests innovations.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pertvarko paslaugos teikimo procesą, kad sutrumpėtų laukimo laikas ar sumažėtų būtinų apsilankymų skaičius.",
                                    "en": "Redesigns a service process to shorten waiting times or reduce the number of visits required.",
                                },
                                {
                                    "lt": "Prieš plačiau taikydamas naują paslaugos sprendimą, išbando jį nedideliu mastu ir įvertina jo poveikį.",
                                    "en": "Tests a new service solution on a small scale and measures its effect before using it more widely.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja kokybės ir inovacijų kultūrą organizacijoje.",
                                "en": "Leads a culture of quality and innovation in the organisation.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įdiegia institucijoje kokybės vadybos sistemą ar reguliarų paslaugų tobulinimo ciklą.",
                                    "en": "Introduces a quality management system or a regular service improvement cycle in the institution.",
                                },
                                {
                                    "lt": "Perima sėkmingas kitų savivaldybių ar Norvegijos inovacijas ir pritaiko jas vietos sąlygoms.",
                                    "en": "Transfers successful innovations from other municipalities or from Norway and adapts them to local conditions.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "code": "AC-1.3",
                    "title": {
                        "lt": "Įrodymais grįsta politika ir vertinimas",
                        "en": "Evidence-based policy and evaluation",
                    },
                    "description": {
                        "lt": "Priimdamas sprendimus remiasi duomenimis ir tyrimais ir vertina, ar politika ir paslaugos pasiekia numatytų rezultatų.",
                        "en": "Uses data and research in decisions and evaluates whether policies and services achieve their intended results.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kodėl sprendimai turi būti grindžiami įrodymais, ir kas yra vertinimas.",
                                "en": "Understands why decisions should be based on evidence and what evaluation is.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija patikimus socialinių duomenų šaltinius, pavyzdžiui, Valstybės duomenų agentūrą ir savivaldybės registrus.",
                                    "en": "Names reliable sources of social data, such as the State Data Agency (Statistics Lithuania) and municipal registers.",
                                },
                                {
                                    "lt": "Skiria produktus (atliktas veiklas) nuo rezultatų (pokyčių žmonių gyvenime).",
                                    "en": "Distinguishes outputs (activities carried out) from outcomes (changes in people's lives).",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Naudoja duomenis problemoms apibūdinti ir paslaugoms stebėti.",
                                "en": "Uses data to describe problems and monitor services.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia trumpą vietos socialinę problemą apibūdinančių duomenų apžvalgą.",
                                    "en": "Prepares a short overview of the data describing a local social problem.",
                                },
                                {
                                    "lt": "Pagal sutartus rodiklius renka programos stebėsenos duomenis.",
                                    "en": "Collects monitoring data for a programme according to agreed indicators.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai planuoja ir atlieka vertinimus, o jų rezultatus naudoja priimant sprendimus.",
                                "en": "Independently plans and carries out evaluations and uses their results in decisions.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia bendros paslaugos vertinimo planą su vertinimo klausimais, rodikliais ir duomenų šaltiniais.",
                                    "en": "Designs an evaluation of a joint service, with evaluation questions, indicators and data sources.",
                                },
                                {
                                    "lt": "Pristato vertinimo išvadas sprendimų priėmėjams ir pateikia aiškias rekomendacijas.",
                                    "en": "Presents evaluation findings to decision makers with clear recommendations.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria įrodymais grįsto sprendimų priėmimo kultūrą organizacijoje ir partnerystėse.",
                                "en": "Builds a culture of evidence-based decision making in the organisation and its partnerships.",
                            },
                            "indicators": [
                                {
                                    "lt": "Sukuria bendrą socialinio klasterio partnerių stebėsenos sistemą.",
                                    "en": "Sets up a shared monitoring system for the partners of a social cluster.",
                                },
                                {
                                    "lt": "Užsako poveikio vertinimus arba jiems vadovauja ir užtikrina, kad būtų įgyvendintos jų rekomendacijos.",
                                    "en": "Commissions or leads impact evaluations and ensures that their recommendations are implemented.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
}

TOPIC_TAGS = [
    {"slug": "partnership", "name": {"lt": "Partnerystė", "en": "Partnership"}},
    {"slug": "trust", "name": {"lt": "Pasitikėjimas", "en": "Trust"}},
    {
        "slug": "systems-thinking",
        "name": {"lt": "Sisteminis mąstymas", "en": "Systems thinking"},
    },
    {"slug": "communication", "name": {"lt": "Komunikacija", "en": "Communication"}},
    {"slug": "community", "name": {"lt": "Bendruomenė", "en": "Community"}},
    {"slug": "volunteering", "name": {"lt": "Savanorystė", "en": "Volunteering"}},
    {
        "slug": "ngo",
        "name": {"lt": "Nevyriausybinės organizacijos", "en": "NGOs"},
    },
    {"slug": "transparency", "name": {"lt": "Skaidrumas", "en": "Transparency"}},
    {
        "slug": "anti-corruption",
        "name": {"lt": "Korupcijos prevencija", "en": "Anti-corruption"},
    },
    {"slug": "networks", "name": {"lt": "Tinklaveika", "en": "Networks"}},
    {
        "slug": "strategic-planning",
        "name": {"lt": "Strateginis planavimas", "en": "Strategic planning"},
    },
    {
        "slug": "public-services",
        "name": {"lt": "Viešosios paslaugos", "en": "Public services"},
    },
    {"slug": "evaluation", "name": {"lt": "Vertinimas", "en": "Evaluation"}},
]
