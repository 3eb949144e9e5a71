"""Social clustering competency model (SC 1.0) and curated topic tags, LT, EN and NB.

Plain data only; the shape is described in SCHEMA.md beside this file.
"""

from typing import Any

FRAMEWORK: dict[str, Any] = {
    "code": "SC",
    "version": "1.0",
    "title": {
        "lt": "Socialinės klasterystės kompetencijų modelis",
        "en": "Social clustering competency model",
        "nb": "Kompetansemodell for sosial klyngeutvikling",
    },
    "description": {
        "lt": "Kompetencijos, kurių reikia savivaldybių ir kitų viešojo sektoriaus institucijų darbuotojams bei jų partneriams, kad kartu su viešojo, privataus ir pilietinio sektorių organizacijomis spręstų socialines problemas. Kiekviena kompetencija aprašyta keturiais lygiais su stebimais elgsenos rodikliais.",
        "en": "The competencies that staff of municipalities and other public institutions, and their partners, need to solve social problems together with public, private and civic organisations. Each competency is described at four levels with observable behavioural indicators.",
        "nb": "Kompetansen som ansatte i kommuner og andre offentlige virksomheter, og deres partnere, trenger for å løse sosiale utfordringer sammen med offentlige, private og frivillige organisasjoner. Hver kompetanse er beskrevet på fire nivåer med observerbare atferdsindikatorer.",
    },
    "levels": [
        {
            "number": 1,
            "name": {"lt": "Supratimas", "en": "Awareness", "nb": "Forståelse"},
            "description": {
                "lt": "Supranta pagrindines sąvokas ir principus ir atpažįsta juos savo darbe.",
                "en": "Understands the basic concepts and principles and recognises them in their own work.",
                "nb": "Forstår de grunnleggende begrepene og prinsippene og kjenner dem igjen i eget arbeid.",
            },
        },
        {
            "number": 2,
            "name": {"lt": "Taikymas", "en": "Practice", "nb": "Anvendelse"},
            "description": {
                "lt": "Taiko kompetenciją įprastose situacijose, vadovaudamasis nustatytomis procedūromis arba padedamas kolegų.",
                "en": "Applies the competency in routine situations, following established procedures or with support from colleagues.",
                "nb": "Anvender kompetansen i vanlige situasjoner, etter etablerte rutiner eller med støtte fra kolleger.",
            },
        },
        {
            "number": 3,
            "name": {
                "lt": "Savarankiškumas",
                "en": "Proficiency",
                "nb": "Selvstendighet",
            },
            "description": {
                "lt": "Savarankiškai taiko kompetenciją sudėtingose ar naujose situacijose ir pritaiko metodus prie aplinkybių.",
                "en": "Applies the competency independently in complex or new situations and adapts methods to the context.",
                "nb": "Anvender kompetansen selvstendig i komplekse eller nye situasjoner og tilpasser metodene til situasjonen.",
            },
        },
        {
            "number": 4,
            "name": {"lt": "Kitų vedimas", "en": "Leading others", "nb": "Lede andre"},
            "description": {
                "lt": "Veda ir ugdo kitus, formuoja organizacijos praktiką ir skatina kompetencijos taikymą už savo institucijos ribų.",
                "en": "Leads and develops others, shapes organisational practice and promotes the competency beyond their own institution.",
                "nb": "Leder og utvikler andre, former praksis i organisasjonen og fremmer kompetansen også utenfor egen virksomhet.",
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
                "nb": "Sosialt partnerskap mellom institusjoner",
            },
            "description": {
                "lt": "Formalių savivaldybių, valstybės institucijų, verslo ir nevyriausybinių organizacijų partnerysčių kūrimas ir palaikymas, siekiant kartu teikti socialines paslaugas.",
                "en": "Forming and running formal partnerships between municipalities, state institutions, businesses and NGOs in order to deliver social services together.",
                "nb": "Å etablere og drive formelle partnerskap mellom kommuner, statlige etater, næringsliv og frivillige organisasjoner for å levere sosiale tjenester sammen.",
            },
            "competencies": [
                {
                    "code": "SC-1.1",
                    "title": {
                        "lt": "Tarpinstitucinių partnerystės susitarimų rengimas",
                        "en": "Building partnership agreements between institutions",
                        "nb": "Utarbeide partnerskapsavtaler mellom institusjoner",
                    },
                    "description": {
                        "lt": "Rengia, derina ir palaiko susitarimus, kuriuose apibrėžiami bendri partnerių tikslai, vaidmenys, ištekliai ir atsakomybė.",
                        "en": "Prepares, negotiates and maintains agreements that set out the partners' shared goals, roles, resources and responsibilities.",
                        "nb": "Utarbeider, forhandler fram og følger opp avtaler som fastsetter partnernes felles mål, roller, ressurser og ansvar.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kodėl sudaromi partnerystės susitarimai ir ką jie paprastai apima.",
                                "en": "Understands why partnership agreements are made and what they usually contain.",
                                "nb": "Forstår hvorfor det inngås partnerskapsavtaler og hva de vanligvis inneholder.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija vietos socialinės paslaugos teikime dalyvaujančias partnerių institucijas ir jų vaidmenis.",
                                    "en": "Names the partner institutions involved in a local social service and their roles.",
                                    "nb": "Nevner partnerinstitusjonene som er involvert i en lokal sosial tjeneste, og rollene deres.",
                                },
                                {
                                    "lt": "Paaiškina, kuo bendradarbiavimo memorandumas skiriasi nuo įpareigojančios bendradarbiavimo sutarties.",
                                    "en": "Explains how a memorandum of understanding differs from a binding cooperation agreement.",
                                    "nb": "Forklarer hvordan en intensjonsavtale skiller seg fra en bindende samarbeidsavtale.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Prisideda rengiant partnerystės susitarimus pagal esamus šablonus.",
                                "en": "Contributes to drafting partnership agreements using existing templates.",
                                "nb": "Bidrar til å utarbeide partnerskapsavtaler ved hjelp av eksisterende maler.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pagal savivaldybės šabloną parengia susitarimo dalis apie tikslus, kontaktinius asmenis ir atsiskaitymą.",
                                    "en": "Drafts the sections of an agreement on goals, contact persons and reporting using the municipality's template.",
                                    "nb": "Skriver avtalens deler om mål, kontaktpersoner og rapportering etter kommunens mal.",
                                },
                                {
                                    "lt": "Prieš pasirašant susitarimą kartu su institucijos teisininku patikrina, ar jo projektas atitinka teisės aktų reikalavimus.",
                                    "en": "Checks with the institution's lawyer that a draft agreement meets legal requirements before it is signed.",
                                    "nb": "Kontrollerer sammen med virksomhetens jurist at et avtaleutkast oppfyller lovkravene før det signeres.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai derasi ir sudaro susitarimus, kuriuose suderinti visų partnerių interesai.",
                                "en": "Independently negotiates and concludes agreements that balance the interests of all partners.",
                                "nb": "Forhandler fram og inngår selvstendig avtaler som balanserer interessene til alle partnerne.",
                            },
                            "indicators": [
                                {
                                    "lt": "Vadovauja deryboms dėl vaidmenų, išteklių ir rizikos pasidalijimo tarp trijų ar daugiau partnerių.",
                                    "en": "Leads negotiations on sharing roles, resources and risks between three or more partners.",
                                    "nb": "Leder forhandlinger om fordeling av roller, ressurser og risiko mellom tre eller flere partnere.",
                                },
                                {
                                    "lt": "Į susitarimą įtraukia išmatuojamus rezultatus, peržiūros datą ir nesutarimų sprendimo tvarką.",
                                    "en": "Includes measurable results, a review date and a procedure for resolving disagreements in the agreement.",
                                    "nb": "Tar inn målbare resultater, en dato for gjennomgang og en framgangsmåte for å løse uenighet i avtalen.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja institucijos požiūrį į partnerystės susitarimus ir konsultuoja kolegas.",
                                "en": "Shapes the institution's approach to partnership agreements and mentors colleagues.",
                                "nb": "Former virksomhetens tilnærming til partnerskapsavtaler og veileder kolleger.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia tipinį partnerystės susitarimo šabloną ir rekomendacijas, kurie taikomi visoje savivaldybėje.",
                                    "en": "Develops a standard partnership agreement template and guidance that are used across the municipality.",
                                    "nb": "Utvikler en standardmal for partnerskapsavtaler med veiledning som brukes i hele kommunen.",
                                },
                                {
                                    "lt": "Konsultuoja kolegas, rengiančius pirmuosius partnerystės susitarimus, ir teikia pastabas dėl jų projektų.",
                                    "en": "Mentors colleagues preparing their first partnership agreements and comments on their drafts.",
                                    "nb": "Veileder kolleger som utarbeider sine første partnerskapsavtaler, og kommenterer utkastene deres.",
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
                        "nb": "Koordinere felles tjenester på tvers av institusjoner",
                    },
                    "description": {
                        "lt": "Koordinuoja kelių institucijų tiems patiems asmenims teikiamas paslaugas, kad pagalba būtų nenutrūkstama, be spragų ir dubliavimo.",
                        "en": "Coordinates the services that several institutions provide to the same people, so that support is continuous, without gaps or duplication.",
                        "nb": "Koordinerer tjenestene som flere institusjoner gir til de samme personene, slik at hjelpen blir sammenhengende, uten hull eller dobbeltarbeid.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kaip asmeniui ar šeimai teikiamos skirtingų institucijų paslaugos yra tarpusavyje susijusios.",
                                "en": "Understands how the services of different institutions for a person or family are connected.",
                                "nb": "Forstår hvordan tjenestene fra ulike institusjoner til en person eller familie henger sammen.",
                            },
                            "indicators": [
                                {
                                    "lt": "Apibūdina, su kokiomis institucijomis paprastai bendrauja socialinę paramą gaunanti šeima.",
                                    "en": "Describes which institutions a family receiving social support usually deals with.",
                                    "nb": "Beskriver hvilke institusjoner en familie som mottar sosial støtte, vanligvis har kontakt med.",
                                },
                                {
                                    "lt": "Atpažįsta atvejus, kai klientas siuntinėjamas iš vienos institucijos į kitą ir niekas neprisiima atsakomybės.",
                                    "en": "Recognises cases where a client is sent from one institution to another and nobody takes responsibility.",
                                    "nb": "Kjenner igjen tilfeller der en bruker sendes fra én institusjon til en annen uten at noen tar ansvar.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Dalyvauja tarpinstitucinėje atvejo vadyboje, laikydamasis sutartų procedūrų.",
                                "en": "Takes part in inter-institutional case management, following agreed procedures.",
                                "nb": "Deltar i tverretatlig oppfølging av enkeltsaker etter avtalte rutiner.",
                            },
                            "indicators": [
                                {
                                    "lt": "Nukreipia klientą į partnerių instituciją, perduoda sutartą informaciją ir pasidomi, kuo baigėsi kreipimasis.",
                                    "en": "Refers a client to a partner institution with the agreed information and follows up on the outcome.",
                                    "nb": "Henviser en bruker til en partnerinstitusjon med den avtalte informasjonen og følger opp utfallet.",
                                },
                                {
                                    "lt": "Pasirengia tarpinstituciniams atvejo aptarimo pasitarimams ir juose aktyviai dalyvauja.",
                                    "en": "Prepares for inter-institutional case meetings and contributes actively to them.",
                                    "nb": "Forbereder seg til tverretatlige samarbeidsmøter om enkeltsaker og bidrar aktivt i dem.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai koordinuoja kelių institucijų paslaugas bendriems klientams.",
                                "en": "Independently coordinates the services of several institutions for shared clients.",
                                "nb": "Koordinerer selvstendig tjenestene fra flere institusjoner for felles brukere.",
                            },
                            "indicators": [
                                {
                                    "lt": "Veda atvejo aptarimo pasitarimus ir suderina vieną pagalbos planą su atsakingais asmenimis ir terminais.",
                                    "en": "Chairs case meetings and agrees a single support plan with responsible persons and deadlines.",
                                    "nb": "Leder samarbeidsmøter om enkeltsaker og avtaler én felles oppfølgingsplan med ansvarlige personer og frister.",
                                },
                                {
                                    "lt": "Sukuria informacijos mainų tarp institucijų tvarką, atitinkančią asmens duomenų apsaugos reikalavimus.",
                                    "en": "Sets up information exchange between institutions that complies with personal data protection requirements.",
                                    "nb": "Etablerer informasjonsutveksling mellom institusjoner som oppfyller kravene til personvern.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria ir tobulina tarpinstitucinius paslaugų teikimo modelius ir telkia kitų institucijų specialistus.",
                                "en": "Designs and improves inter-institutional service models and brings together specialists from other institutions.",
                                "nb": "Utformer og forbedrer tverretatlige tjenestemodeller og samler fagfolk fra andre institusjoner.",
                            },
                            "indicators": [
                                {
                                    "lt": "Aprašo kliento kelią per visas institucijas ir panaikina žingsnius, dėl kurių atsiranda vėlavimų ar dubliavimo.",
                                    "en": "Maps the client's journey through all institutions and removes steps that cause delays or duplication.",
                                    "nb": "Kartlegger brukerens vei gjennom alle institusjonene og fjerner ledd som fører til forsinkelser eller dobbeltarbeid.",
                                },
                                {
                                    "lt": "Teikia savivaldybės tvarkų pakeitimų pasiūlymus, kad bendros paslaugos taptų įprasta praktika.",
                                    "en": "Proposes changes to municipal procedures so that joint services become standard practice.",
                                    "nb": "Foreslår endringer i kommunale rutiner slik at felles tjenester blir vanlig praksis.",
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
                "nb": "Tillit på tvers av sektorer og mellom mennesker",
            },
            "description": {
                "lt": "Pasitikėjimo, nuo kurio priklauso viešojo, privataus ir pilietinio sektorių bei atskirų žmonių bendradarbiavimas, kūrimas ir išlaikymas.",
                "en": "Building and keeping the trust on which cooperation between the public, private and civic sectors, and between individual people, depends.",
                "nb": "Å bygge og bevare tilliten som samarbeid mellom offentlig, privat og frivillig sektor, og mellom enkeltmennesker, er avhengig av.",
            },
            "competencies": [
                {
                    "code": "SC-2.1",
                    "title": {
                        "lt": "Pasitikėjimo tarp sektorių kūrimas",
                        "en": "Building trust between sectors",
                        "nb": "Bygge tillit mellom sektorer",
                    },
                    "description": {
                        "lt": "Supranta viešojo, privataus ir pilietinio sektorių organizacijų interesus, apribojimus ir darbo kultūrą ir elgiasi taip, kad stiprėtų abipusis pasitikėjimas.",
                        "en": "Understands the interests, constraints and working cultures of public, private and civic organisations and acts in ways that strengthen mutual trust.",
                        "nb": "Forstår interessene, begrensningene og arbeidskulturen i offentlige, private og frivillige organisasjoner og opptrer slik at den gjensidige tilliten styrkes.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kad skirtingi sektoriai turi skirtingus tikslus, taisykles ir darbo kultūrą.",
                                "en": "Understands that different sectors have different goals, rules and working cultures.",
                                "nb": "Forstår at ulike sektorer har ulike mål, regler og arbeidskulturer.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pateikia pavyzdžių, ko iš bendradarbiavimo tikisi verslo įmonė, nevyriausybinė organizacija ir savivaldybė.",
                                    "en": "Gives examples of what a business, an NGO and a municipality each expect from cooperation.",
                                    "nb": "Gir eksempler på hva en bedrift, en frivillig organisasjon og en kommune hver for seg forventer av et samarbeid.",
                                },
                                {
                                    "lt": "Įvardija dažnas nepasitikėjimo tarp sektorių priežastis, pavyzdžiui, neaiškius sprendimus ar vėluojančius mokėjimus.",
                                    "en": "Names common causes of mistrust between sectors, such as unclear decisions or late payments.",
                                    "nb": "Nevner vanlige årsaker til mistillit mellom sektorer, som uklare vedtak eller sene utbetalinger.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Kasdieniuose santykiuose su kitų sektorių partneriais elgiasi patikimai ir nuosekliai.",
                                "en": "Acts reliably and consistently in everyday contacts with partners from other sectors.",
                                "nb": "Opptrer pålitelig og konsekvent i den daglige kontakten med partnere fra andre sektorer.",
                            },
                            "indicators": [
                                {
                                    "lt": "Laikosi su partneriais sutartų įsipareigojimų ir terminų, o apie pokyčius juos informuoja nedelsdamas.",
                                    "en": "Keeps the commitments and deadlines agreed with partners and informs them promptly of any changes.",
                                    "nb": "Holder forpliktelser og frister som er avtalt med partnere, og informerer dem raskt om endringer.",
                                },
                                {
                                    "lt": "Kitų sektorių partneriams aiškia kalba paaiškina savivaldybės procedūras ir jų priežastis.",
                                    "en": "Explains the municipality's procedures and the reasons behind them to partners from other sectors in plain language.",
                                    "nb": "Forklarer kommunens rutiner og begrunnelsen for dem for partnere fra andre sektorer på et klart og enkelt språk.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai kuria pasitikėjimą sudėtinguose ar konfliktiškuose tarpsektoriniuose santykiuose.",
                                "en": "Independently builds trust in difficult or conflict-prone cross-sector relationships.",
                                "nb": "Bygger selvstendig tillit i vanskelige eller konfliktfylte relasjoner på tvers av sektorer.",
                            },
                            "indicators": [
                                {
                                    "lt": "Su partneriais susitaria dėl bendrų bendradarbiavimo taisyklių, įskaitant tai, kaip dalijamasi informacija ir nuopelnais už rezultatus.",
                                    "en": "Agrees shared rules of cooperation with partners, including how information and credit for results are shared.",
                                    "nb": "Avtaler felles spilleregler for samarbeidet med partnerne, blant annet hvordan informasjon deles og hvem som får æren for resultatene.",
                                },
                                {
                                    "lt": "Atvirai aptaria su partneriu pasitikėjimo pažeidimą ir susitaria dėl veiksmų santykiams atkurti.",
                                    "en": "Discusses a breach of trust openly with the partner and agrees on steps to restore the relationship.",
                                    "nb": "Tar et tillitsbrudd opp åpent med partneren og avtaler tiltak for å gjenopprette relasjonen.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria sąlygas ilgalaikiam sektorių tarpusavio pasitikėjimui savivaldybėje ar regione.",
                                "en": "Creates the conditions for long-term trust between sectors in the municipality or region.",
                                "nb": "Skaper forutsetninger for langsiktig tillit mellom sektorene i kommunen eller regionen.",
                            },
                            "indicators": [
                                {
                                    "lt": "Inicijuoja reguliarius tarpsektorinius forumus, kuriuose partneriai kartu aptaria pažangą ir problemas.",
                                    "en": "Initiates regular cross-sector forums where partners jointly review progress and problems.",
                                    "nb": "Tar initiativ til faste sektorovergripende fora der partnerne sammen gjennomgår fremdrift og problemer.",
                                },
                                {
                                    "lt": "Kilus partnerių nesutarimams, veikia kaip patikimas tarpininkas tarp sektorių.",
                                    "en": "Acts as a trusted mediator between sectors when partners disagree.",
                                    "nb": "Fungerer som en betrodd mekler mellom sektorene når partnerne er uenige.",
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
                        "nb": "Tillit og samarbeid mellom mennesker",
                    },
                    "description": {
                        "lt": "Kuria atvirus ir pagarbius darbo santykius su kolegomis ir partneriais, aktyviai klausosi ir konstruktyviai sprendžia nesutarimus.",
                        "en": "Builds open, respectful working relationships with colleagues and partners, listens actively and handles disagreements constructively.",
                        "nb": "Bygger åpne og respektfulle arbeidsrelasjoner med kolleger og partnere, lytter aktivt og håndterer uenighet på en konstruktiv måte.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Atpažįsta elgesį, kuris stiprina arba griauna žmonių tarpusavio pasitikėjimą.",
                                "en": "Recognises behaviour that builds or damages trust between people.",
                                "nb": "Kjenner igjen atferd som bygger eller svekker tillit mellom mennesker.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pateikia darbo situacijų pavyzdžių, kai elgesys padidina arba sumažina pasitikėjimą.",
                                    "en": "Gives examples from work of behaviour that increases or reduces trust.",
                                    "nb": "Gir eksempler fra arbeidet på atferd som øker eller reduserer tillit.",
                                },
                                {
                                    "lt": "Išklauso kolegos nuomonę jo nepertraukdamas ir pasitikslina, ar teisingai suprato.",
                                    "en": "Listens to a colleague's point of view without interrupting and checks that they have understood correctly.",
                                    "nb": "Lytter til en kollegas synspunkt uten å avbryte og sjekker at det er forstått riktig.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Palaiko konstruktyvų bendradarbiavimą komandoje ir su partneriais.",
                                "en": "Maintains constructive cooperation within the team and with partners.",
                                "nb": "Opprettholder et konstruktivt samarbeid i teamet og med partnere.",
                            },
                            "indicators": [
                                {
                                    "lt": "Bendroje darbo grupėje atvirai dalijasi informacija ir darbo krūviu.",
                                    "en": "Shares information and workload openly in a joint working group.",
                                    "nb": "Deler informasjon og arbeidsoppgaver åpent i en felles arbeidsgruppe.",
                                },
                                {
                                    "lt": "Pagarbiai ir konkrečiai teikia bei priima grįžtamąjį ryšį.",
                                    "en": "Gives and receives feedback in a respectful and specific way.",
                                    "nb": "Gir og tar imot tilbakemeldinger på en respektfull og konkret måte.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai kuria pasitikėjimą įvairiose, taip pat įtemptose, situacijose.",
                                "en": "Independently builds trust in diverse situations, including tense ones.",
                                "nb": "Bygger selvstendig tillit i ulike situasjoner, også anspente.",
                            },
                            "indicators": [
                                {
                                    "lt": "Išsprendžia darbo grupės nesutarimą, rasdamas visoms pusėms priimtiną sprendimą.",
                                    "en": "Resolves a disagreement in a working group by finding a solution acceptable to all sides.",
                                    "nb": "Løser en uenighet i en arbeidsgruppe ved å finne en løsning som alle parter kan godta.",
                                },
                                {
                                    "lt": "Dirbdamas su kitų profesijų ar kultūrų žmonėmis, pritaiko savo bendravimo stilių.",
                                    "en": "Adapts their communication style when working with people from other professions or cultures.",
                                    "nb": "Tilpasser kommunikasjonsstilen sin i arbeid med mennesker fra andre yrker eller kulturer.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Ugdo pasitikėjimo ir bendradarbiavimo kultūrą komandose ir partnerystėse.",
                                "en": "Develops a culture of trust and collaboration in teams and partnerships.",
                                "nb": "Utvikler en kultur for tillit og samarbeid i team og partnerskap.",
                            },
                            "indicators": [
                                {
                                    "lt": "Konsultuoja komandos narius, kaip teikti grįžtamąjį ryšį ir spręsti konfliktus.",
                                    "en": "Coaches team members on giving feedback and handling conflicts.",
                                    "nb": "Veileder teammedlemmer i å gi tilbakemeldinger og håndtere konflikter.",
                                },
                                {
                                    "lt": "Įdiegia bendradarbiavimą stiprinančias komandos praktikas, pavyzdžiui, reguliarius refleksijos susitikimus.",
                                    "en": "Introduces team practices that strengthen collaboration, such as regular reflection meetings.",
                                    "nb": "Innfører arbeidsformer i teamet som styrker samarbeidet, for eksempel faste refleksjonsmøter.",
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
                "nb": "Systemisk problemløsning på tvers av offentlig, privat og frivillig sektor",
            },
            "description": {
                "lt": "Socialinių problemų kaip priežasčių ir veikėjų sistemos supratimas ir sprendimų kūrimas kartu su visų sektorių partneriais.",
                "en": "Understanding social problems as systems of causes and actors, and designing solutions together with partners from all sectors.",
                "nb": "Å forstå sosiale utfordringer som systemer av årsaker og aktører, og å utforme løsninger sammen med partnere fra alle sektorer.",
            },
            "competencies": [
                {
                    "code": "SC-3.1",
                    "title": {
                        "lt": "Socialinių problemų sisteminė analizė",
                        "en": "Analysing social problems as systems",
                        "nb": "Analysere sosiale utfordringer som systemer",
                    },
                    "description": {
                        "lt": "Analizuoja socialinės problemos priežastis, veikėjus ir jų sąsajas, užuot sprendęs tik jos padarinius.",
                        "en": "Analyses the causes, actors and connections behind a social problem instead of dealing only with its consequences.",
                        "nb": "Analyserer årsakene, aktørene og sammenhengene bak en sosial utfordring i stedet for bare å håndtere konsekvensene.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kad socialinės problemos turi kelias tarpusavyje susijusias priežastis.",
                                "en": "Understands that social problems have several interconnected causes.",
                                "nb": "Forstår at sosiale utfordringer har flere årsaker som henger sammen.",
                            },
                            "indicators": [
                                {
                                    "lt": "Atskiria vietos socialinės problemos požymius nuo ją lemiančių priežasčių.",
                                    "en": "Distinguishes the symptoms of a local social problem from its underlying causes.",
                                    "nb": "Skiller symptomene på en lokal sosial utfordring fra de underliggende årsakene.",
                                },
                                {
                                    "lt": "Išvardija organizacijas ir grupes, kurias konkreti problema paveikia arba kurios ją veikia.",
                                    "en": "Lists the organisations and groups that a given problem affects or that influence it.",
                                    "nb": "Lister opp organisasjonene og gruppene som en gitt utfordring berører eller som påvirker den.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Taiko paprastas sisteminės analizės priemones, naudodamasis metodinėmis rekomendacijomis.",
                                "en": "Uses simple systems analysis tools with the help of methodological guidance.",
                                "nb": "Bruker enkle verktøy for systemanalyse med hjelp av metodisk veiledning.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su kolegomis sudaro vietos problemos problemų medį arba suinteresuotųjų šalių žemėlapį.",
                                    "en": "Builds a problem tree or stakeholder map for a local problem together with colleagues.",
                                    "nb": "Lager et problemtre eller et interessentkart for en lokal utfordring sammen med kolleger.",
                                },
                                {
                                    "lt": "Surenka pagrindinius duomenis apie problemą iš savivaldybės registrų ir partnerių organizacijų.",
                                    "en": "Collects basic data on the problem from municipal registers and partner organisations.",
                                    "nb": "Samler inn grunnleggende data om utfordringen fra kommunale registre og partnerorganisasjoner.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai analizuoja sudėtingas problemas, įvertindamas grįžtamojo ryšio ciklus ir nenumatytus padarinius.",
                                "en": "Independently analyses complex problems, taking feedback loops and unintended effects into account.",
                                "nb": "Analyserer selvstendig komplekse utfordringer og tar hensyn til tilbakekoblingssløyfer og utilsiktede virkninger.",
                            },
                            "indicators": [
                                {
                                    "lt": "Sudaro priežastinių ryšių žemėlapį, rodantį, kaip nedarbas, būsto sąlygos ir sveikata vienas kitą stiprina.",
                                    "en": "Draws a causal map showing how unemployment, housing conditions and health reinforce each other.",
                                    "nb": "Tegner et årsakskart som viser hvordan arbeidsledighet, boforhold og helse forsterker hverandre.",
                                },
                                {
                                    "lt": "Nustato svertus – vietas, kuriose bendri partnerių veiksmai duotų didžiausią naudą.",
                                    "en": "Identifies leverage points where joint action by partners would have the greatest effect.",
                                    "nb": "Finner påvirkningspunkter der felles innsats fra partnerne vil ha størst effekt.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja sisteminei analizei kartu su partneriais ir ugdo sisteminį mąstymą organizacijoje.",
                                "en": "Leads systems analysis with partners and builds systems thinking in the organisation.",
                                "nb": "Leder systemanalyse sammen med partnere og bygger systemtenkning i organisasjonen.",
                            },
                            "indicators": [
                                {
                                    "lt": "Moderuoja dirbtuves, kuriose visų sektorių partneriai kartu sudaro problemos sistemos žemėlapį.",
                                    "en": "Facilitates a workshop where partners from all sectors jointly map the system behind a problem.",
                                    "nb": "Leder et verksted der partnere fra alle sektorer sammen kartlegger systemet bak en utfordring.",
                                },
                                {
                                    "lt": "Remdamasis sisteminės analizės rezultatais, inicijuoja savivaldybės programos prioritetų pakeitimus.",
                                    "en": "Uses the results of systems analysis to initiate changes to the priorities of a municipal programme.",
                                    "nb": "Bruker resultatene fra systemanalysen til å ta initiativ til endringer i prioriteringene i et kommunalt program.",
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
                        "nb": "Samskape løsninger på tvers av sektorer",
                    },
                    "description": {
                        "lt": "Kartu su paslaugų gavėjais ir viešojo, privataus bei pilietinio sektorių partneriais kuria ir išbando sprendimus.",
                        "en": "Designs and tests solutions together with service users and partners from the public, private and civic sectors.",
                        "nb": "Utformer og prøver ut løsninger sammen med tjenestemottakere og partnere fra offentlig, privat og frivillig sektor.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta bendrakūros principus ir tai, kodėl svarbu įtraukti paslaugų gavėjus.",
                                "en": "Understands the principles of co-design and why service users should be involved.",
                                "nb": "Forstår prinsippene for samskaping og hvorfor tjenestemottakerne bør involveres.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kuo paslaugų gavėjų konsultavimas skiriasi nuo paslaugos kūrimo kartu su jais.",
                                    "en": "Explains the difference between consulting service users and designing a service together with them.",
                                    "nb": "Forklarer forskjellen på å rådføre seg med tjenestemottakere og å utforme en tjeneste sammen med dem.",
                                },
                                {
                                    "lt": "Pateikia vietos paslaugos, patobulintos padedant verslui ar nevyriausybinei organizacijai, pavyzdį.",
                                    "en": "Gives an example of a local service improved with the help of a business or an NGO.",
                                    "nb": "Gir et eksempel på en lokal tjeneste som er forbedret med hjelp fra en bedrift eller en frivillig organisasjon.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Dalyvauja bendrakūros veiklose ir taiko pagrindinius jos metodus.",
                                "en": "Takes part in co-design activities and applies its basic methods.",
                                "nb": "Deltar i samskapingsaktiviteter og bruker de grunnleggende metodene.",
                            },
                            "indicators": [
                                {
                                    "lt": "Prieš teikdamas sprendimo pasiūlymą, kalbasi su paslaugų gavėjais, kad suprastų jų poreikius.",
                                    "en": "Interviews service users to understand their needs before proposing a solution.",
                                    "nb": "Intervjuer tjenestemottakere for å forstå behovene deres før en løsning foreslås.",
                                },
                                {
                                    "lt": "Bendrakūros dirbtuvėse su partneriais siūlo idėjas ir padeda kurti prototipus.",
                                    "en": "Contributes ideas and helps build prototypes in a co-design workshop with partners.",
                                    "nb": "Bidrar med ideer og hjelper til med å lage prototyper i et samskapingsverksted med partnere.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai organizuoja sprendimų bendrakūrą ir bandomąjį taikymą su įvairių sektorių partneriais.",
                                "en": "Independently organises the co-design and piloting of solutions with partners from different sectors.",
                                "nb": "Organiserer selvstendig samskaping og utprøving av løsninger med partnere fra ulike sektorer.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su partneriais suplanuoja ir įgyvendina nedidelį bandomąjį projektą su sutartais sėkmės kriterijais.",
                                    "en": "Plans and runs a small pilot with partners, with agreed success criteria.",
                                    "nb": "Planlegger og gjennomfører en liten pilot med partnere, med avtalte suksesskriterier.",
                                },
                                {
                                    "lt": "Viename sprendime sujungia savivaldybės, verslo ir nevyriausybinės organizacijos išteklius.",
                                    "en": "Combines the resources of a municipality, a business and an NGO in one solution.",
                                    "nb": "Kombinerer ressursene til en kommune, en bedrift og en frivillig organisasjon i én løsning.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja bendrakūros procesams ir plečia sėkmingų sprendimų taikymą.",
                                "en": "Leads co-design processes and scales up successful solutions.",
                                "nb": "Leder samskapingsprosesser og skalerer opp vellykkede løsninger.",
                            },
                            "indicators": [
                                {
                                    "lt": "Sėkmingą bandomąjį projektą paverčia nuolatine paslauga, su partneriais susitaręs dėl finansavimo ir atsakomybės.",
                                    "en": "Turns a successful pilot into a permanent service, with funding and responsibilities agreed among partners.",
                                    "nb": "Gjør en vellykket pilot om til en permanent tjeneste, med finansiering og ansvar avtalt mellom partnerne.",
                                },
                                {
                                    "lt": "Moko kolegas taikyti bendrakūros metodus jų pačių projektuose.",
                                    "en": "Trains colleagues to use co-design methods in their own projects.",
                                    "nb": "Lærer opp kolleger i å bruke samskapingsmetoder i egne prosjekter.",
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
                "nb": "Sosial kommunikasjon",
            },
            "description": {
                "lt": "Aiški dvikryptė komunikacija su gyventojais, bendruomenėmis ir partneriais socialiniais klausimais ir apie bendrus sprendimus.",
                "en": "Clear, two-way communication with residents, communities and partners about social issues and joint solutions.",
                "nb": "Klar, toveis kommunikasjon med innbyggere, lokalsamfunn og partnere om sosiale spørsmål og felles løsninger.",
            },
            "competencies": [
                {
                    "code": "SC-4.1",
                    "title": {
                        "lt": "Komunikacija su bendruomenėmis",
                        "en": "Communicating with communities",
                        "nb": "Kommunisere med lokalsamfunn",
                    },
                    "description": {
                        "lt": "Teikia bendruomenėms ir gyventojams suprantamą ir prieinamą informaciją ir atsižvelgia į jų atsiliepimus.",
                        "en": "Provides communities and residents with understandable, accessible information and takes their responses into account.",
                        "nb": "Gir lokalsamfunn og innbyggere forståelig og tilgjengelig informasjon og tar hensyn til tilbakemeldingene deres.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta aiškios ir prieinamos viešosios komunikacijos principus.",
                                "en": "Understands the principles of clear and accessible public communication.",
                                "nb": "Forstår prinsippene for klar og tilgjengelig offentlig kommunikasjon.",
                            },
                            "indicators": [
                                {
                                    "lt": "Viešame pranešime atpažįsta profesinį žargoną ir sudėtingas formuluotes ir pasiūlo aiškesnių variantų.",
                                    "en": "Spots jargon and complex wording in a public notice and suggests plain-language alternatives.",
                                    "nb": "Oppdager fagsjargong og tungt språk i en offentlig kunngjøring og foreslår klarere formuleringer.",
                                },
                                {
                                    "lt": "Įvardija komunikacijos kanalus, kuriais dažniausiai naudojasi skirtingos savivaldybės gyventojų grupės.",
                                    "en": "Names the communication channels most used by different groups of residents in the municipality.",
                                    "nb": "Nevner kommunikasjonskanalene som ulike grupper av innbyggere i kommunen bruker mest.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Rengia aiškius pranešimus bendruomenėms ir skleidžia juos įprastais kanalais.",
                                "en": "Prepares clear messages for communities and shares them through established channels.",
                                "nb": "Lager klare budskap til lokalsamfunn og deler dem gjennom etablerte kanaler.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parašo trumpą aiškios kalbos pranešimą apie naują socialinę paslaugą savivaldybės interneto svetainei ir socialiniams tinklams.",
                                    "en": "Writes a short plain-language announcement about a new social service for the municipal website and social media.",
                                    "nb": "Skriver en kort kunngjøring på klart språk om en ny sosial tjeneste til kommunens nettsted og sosiale medier.",
                                },
                                {
                                    "lt": "Tiksliai ir per nustatytą terminą atsako į gyventojų klausimus apie paslaugą.",
                                    "en": "Answers residents' questions about a service accurately and within the set deadline.",
                                    "nb": "Svarer innbyggerne presist og innen fastsatt frist på spørsmål om en tjeneste.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Planuoja ir vykdo skirtingoms, taip pat sunkiai pasiekiamoms, grupėms pritaikytą komunikaciją.",
                                "en": "Plans and carries out communication tailored to different groups, including hard-to-reach ones.",
                                "nb": "Planlegger og gjennomfører kommunikasjon som er tilpasset ulike grupper, også grupper som er vanskelige å nå.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia bendro projekto komunikacijos planą, kuriame numatytos tikslinės grupės, žinutės, kanalai ir laikas.",
                                    "en": "Prepares a communication plan for a joint project, setting out target groups, messages, channels and timing.",
                                    "nb": "Lager en kommunikasjonsplan for et felles prosjekt med målgrupper, budskap, kanaler og tidspunkter.",
                                },
                                {
                                    "lt": "Vyresnio amžiaus žmones ir asmenis su negalia pasiekia per partnerius, pavyzdžiui, nevyriausybines organizacijas, bibliotekas ar seniūnijas.",
                                    "en": "Reaches older people and people with disabilities through partners such as NGOs, libraries or eldership offices.",
                                    "nb": "Når eldre og personer med funksjonsnedsettelser gjennom partnere som frivillige organisasjoner, bibliotek eller lokalkontorer.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja organizacijos komunikacijos su bendruomenėmis praktiką ir ugdo kolegų gebėjimus.",
                                "en": "Shapes the organisation's practice of communicating with communities and develops colleagues' skills.",
                                "nb": "Former organisasjonens praksis for kommunikasjon med lokalsamfunn og utvikler kollegers ferdigheter.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įdiegia aiškios kalbos reikalavimus organizacijos viešiesiems tekstams.",
                                    "en": "Introduces plain-language standards for the organisation's public texts.",
                                    "nb": "Innfører krav om klart språk i organisasjonens offentlige tekster.",
                                },
                                {
                                    "lt": "Vadovauja komunikacijai jautriu vietos klausimu, derindamas visų partnerių skelbiamą informaciją.",
                                    "en": "Leads communication on a sensitive local issue, coordinating the information published by all partners.",
                                    "nb": "Leder kommunikasjonen om en følsom lokal sak og samordner informasjonen som alle partnerne publiserer.",
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
                        "nb": "Lede dialog og høringer",
                    },
                    "description": {
                        "lt": "Organizuoja ir moderuoja viešąsias konsultacijas bei dialogą, kuriuose išklausomos skirtingos nuomonės ir į jas atsižvelgiama priimant sprendimus.",
                        "en": "Organises and facilitates public consultations and dialogue in which different views are heard and taken into account in decisions.",
                        "nb": "Organiserer og leder offentlige høringer og dialog der ulike synspunkter blir hørt og tatt hensyn til i beslutninger.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta viešųjų konsultacijų paskirtį ir pagrindines formas.",
                                "en": "Understands the purpose and main forms of public consultation.",
                                "nb": "Forstår formålet med og hovedformene for offentlig høring og medvirkning.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kuo skiriasi gyventojų informavimas, konsultavimas ir įtraukimas į sprendimų priėmimą.",
                                    "en": "Explains the difference between informing residents, consulting them and involving them in decisions.",
                                    "nb": "Forklarer forskjellen på å informere innbyggerne, å høre dem og å involvere dem i beslutninger.",
                                },
                                {
                                    "lt": "Apibūdina įprastus viešosios konsultacijos etapus savivaldybėje.",
                                    "en": "Describes the usual stages of a public consultation in the municipality.",
                                    "nb": "Beskriver de vanlige fasene i en offentlig høring i kommunen.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Padeda organizuoti konsultacijas ir tiksliai fiksuoja jų rezultatus.",
                                "en": "Helps organise consultations and records their results accurately.",
                                "nb": "Hjelper til med å organisere høringer og dokumenterer resultatene nøyaktig.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia viešo susitikimo medžiagą ir kvietimus taip, kad dalyviai iš anksto gautų reikiamą informaciją.",
                                    "en": "Prepares materials and invitations for a public meeting so that participants receive the necessary information in advance.",
                                    "nb": "Forbereder materiell og invitasjoner til et folkemøte slik at deltakerne får nødvendig informasjon på forhånd.",
                                },
                                {
                                    "lt": "Apibendrina dalyvių pasiūlymus ir informuoja juos, kaip į pasiūlymus buvo atsižvelgta.",
                                    "en": "Summarises participants' proposals and reports back to them on how the proposals were taken into account.",
                                    "nb": "Oppsummerer deltakernes forslag og gir dem tilbakemelding om hvordan forslagene ble fulgt opp.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai moderuoja skirtingų interesų turinčių grupių dialogą.",
                                "en": "Independently facilitates dialogue between groups with different interests.",
                                "nb": "Leder selvstendig dialog mellom grupper med ulike interesser.",
                            },
                            "indicators": [
                                {
                                    "lt": "Moderuoja susitikimą, kuriame gyventojai, paslaugų teikėjai ir savivaldybės darbuotojai aptaria prieštaringai vertinamą sprendimą.",
                                    "en": "Facilitates a meeting where residents, service providers and municipal staff discuss a contested decision.",
                                    "nb": "Leder et møte der innbyggere, tjenesteytere og kommunalt ansatte drøfter et omstridt vedtak.",
                                },
                                {
                                    "lt": "Taiko metodus, suteikiančius mažiau aktyviems dalyviams lygias galimybes pasisakyti, pavyzdžiui, darbą mažose grupėse.",
                                    "en": "Uses methods that give quieter participants an equal chance to speak, such as small-group work.",
                                    "nb": "Bruker metoder som gir de mer tilbakeholdne deltakerne like muligheter til å komme til orde, for eksempel arbeid i smågrupper.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria organizacijos konsultavimosi su visuomene praktiką ir rengia moderatorius.",
                                "en": "Builds the organisation's public consultation practice and trains facilitators.",
                                "nb": "Bygger opp organisasjonens praksis for offentlige høringer og lærer opp møteledere.",
                            },
                            "indicators": [
                                {
                                    "lt": "Suplanuoja kelių etapų konsultavimosi procesą rengiant savivaldybės socialinių paslaugų planą.",
                                    "en": "Designs a multi-stage consultation process for the preparation of the municipal social services plan.",
                                    "nb": "Utformer en høringsprosess i flere trinn for arbeidet med kommunens plan for sosiale tjenester.",
                                },
                                {
                                    "lt": "Moko konsultacijas moderuojančius kolegas ir teikia jiems grįžtamąjį ryšį.",
                                    "en": "Trains colleagues who facilitate consultations and gives them feedback.",
                                    "nb": "Lærer opp kolleger som leder høringer, og gir dem tilbakemeldinger.",
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
                "nb": "Samarbeid med lokalsamfunn, frivillige og frivillige organisasjoner",
            },
            "description": {
                "lt": "Bendruomenių, savanorių ir nevyriausybinių organizacijų įtraukimas į socialinių problemų sprendimą kaip lygiaverčių partnerių.",
                "en": "Involving communities, volunteers and non-governmental organisations as equal partners in solving social problems.",
                "nb": "Å involvere lokalsamfunn, frivillige og frivillige organisasjoner som likeverdige partnere i arbeidet med å løse sosiale utfordringer.",
            },
            "competencies": [
                {
                    "code": "SC-5.1",
                    "title": {
                        "lt": "Savanorių ir bendruomenių įtraukimas",
                        "en": "Engaging volunteers and communities",
                        "nb": "Engasjere frivillige og lokalsamfunn",
                    },
                    "description": {
                        "lt": "Įtraukia gyventojus, bendruomenines organizacijas ir savanorius į socialines veiklas ir padeda jiems veikti savo iniciatyva.",
                        "en": "Involves residents, community organisations and volunteers in social activities and supports them in acting on their own initiative.",
                        "nb": "Involverer innbyggere, lokale foreninger og frivillige i sosiale aktiviteter og støtter dem i å handle på eget initiativ.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta bendruomenių ir savanorystės vaidmenį kuriant socialinę gerovę.",
                                "en": "Understands the role of communities and volunteering in social welfare.",
                                "nb": "Forstår hvilken rolle lokalsamfunn og frivillighet spiller for sosial velferd.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija savo savivaldybėje ar seniūnijoje veikiančias bendruomenines organizacijas ir savanorių grupes.",
                                    "en": "Names the community organisations and volunteer groups active in their municipality or eldership.",
                                    "nb": "Nevner de lokale foreningene og frivillige gruppene som er aktive i kommunen eller lokalområdet.",
                                },
                                {
                                    "lt": "Paaiškina pagrindines savanoriškos veiklos organizavimo taisykles, įskaitant savanorių teises ir saugą.",
                                    "en": "Explains the basic rules for organising voluntary work, including volunteers' rights and safety.",
                                    "nb": "Forklarer de grunnleggende reglene for å organisere frivillig arbeid, blant annet de frivilliges rettigheter og sikkerhet.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Įtraukia savanorius ir bendruomenės narius į suplanuotas veiklas.",
                                "en": "Involves volunteers and community members in planned activities.",
                                "nb": "Involverer frivillige og medlemmer av lokalsamfunnet i planlagte aktiviteter.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia aiškų savanoriškos veiklos aprašymą, nurodydamas jos trukmę ir savanoriui teikiamą pagalbą.",
                                    "en": "Prepares a clear description of a volunteer role, stating its duration and the support the volunteer will receive.",
                                    "nb": "Lager en klar beskrivelse av et frivillig oppdrag med varighet og hvilken støtte den frivillige får.",
                                },
                                {
                                    "lt": "Supažindina naujus savanorius su veikla ir reguliariai domisi, kaip jiems sekasi.",
                                    "en": "Introduces new volunteers to the activity and checks in with them regularly.",
                                    "nb": "Introduserer nye frivillige til aktiviteten og følger dem opp jevnlig.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai telkia bendruomenes ir organizuoja savanorių įsitraukimą.",
                                "en": "Independently mobilises communities and manages volunteer involvement.",
                                "nb": "Mobiliserer selvstendig lokalsamfunn og leder frivillig innsats.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su vietos gyventojais organizuoja bendruomenės iniciatyvą, pavyzdžiui, pagalbą vienišiems senyvo amžiaus žmonėms.",
                                    "en": "Organises a community initiative together with local residents, such as help for lonely older people.",
                                    "nb": "Organiserer et lokalt initiativ sammen med innbyggerne, for eksempel hjelp til ensomme eldre.",
                                },
                                {
                                    "lt": "Viešai įvertina savanorių indėlį ir palaiko jų ilgalaikį įsitraukimą.",
                                    "en": "Recognises volunteers' contribution publicly and keeps them engaged over time.",
                                    "nb": "Anerkjenner de frivilliges innsats offentlig og holder engasjementet deres oppe over tid.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria savivaldybėje bendruomenių iniciatyvoms ir savanorystei palankią aplinką.",
                                "en": "Creates an environment in the municipality that supports community initiatives and volunteering.",
                                "nb": "Skaper et miljø i kommunen som støtter lokale initiativer og frivillighet.",
                            },
                            "indicators": [
                                {
                                    "lt": "Teikia pasiūlymus dėl savivaldybės paramos bendruomenių iniciatyvoms, pavyzdžiui, nedidelių dotacijų ar patalpų suteikimo.",
                                    "en": "Proposes municipal support for community initiatives, such as small grants or the use of premises.",
                                    "nb": "Foreslår kommunal støtte til lokale initiativer, for eksempel små tilskudd eller bruk av lokaler.",
                                },
                                {
                                    "lt": "Koordinuoja savanorių įtraukimą keliose savivaldybės institucijose.",
                                    "en": "Coordinates volunteer involvement across several municipal institutions.",
                                    "nb": "Koordinerer frivillig innsats på tvers av flere kommunale virksomheter.",
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
                        "nb": "Samarbeide med frivillige organisasjoner",
                    },
                    "description": {
                        "lt": "Bendradarbiauja su nevyriausybinėmis organizacijomis kaip su partneriais ir paslaugų teikėjais, gerbdamas jų savarankiškumą ir patirtį.",
                        "en": "Cooperates with NGOs as partners and service providers, respecting their independence and expertise.",
                        "nb": "Samarbeider med frivillige organisasjoner som partnere og tjenesteytere og respekterer deres uavhengighet og kompetanse.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta nevyriausybinių organizacijų vaidmenį teikiant socialines paslaugas ir atstovaujant įvairių grupių interesams.",
                                "en": "Understands the role of NGOs in providing social services and representing the interests of different groups.",
                                "nb": "Forstår hvilken rolle frivillige organisasjoner har i å yte sosiale tjenester og i å representere interessene til ulike grupper.",
                            },
                            "indicators": [
                                {
                                    "lt": "Išvardija savivaldybėje socialiniais klausimais dirbančias nevyriausybines organizacijas ir jų pagrindines veiklas.",
                                    "en": "Lists the NGOs working on social issues in the municipality and their main activities.",
                                    "nb": "Lister opp de frivillige organisasjonene som arbeider med sosiale spørsmål i kommunen, og hovedaktivitetene deres.",
                                },
                                {
                                    "lt": "Paaiškina, kokiais būdais savivaldybė gali bendradarbiauti su nevyriausybinėmis organizacijomis, pavyzdžiui, skirdama finansavimą, sudarydama paslaugų sutartis ar kviesdama į patariamąsias tarybas.",
                                    "en": "Explains the ways a municipality can cooperate with NGOs, such as grants, service contracts and advisory councils.",
                                    "nb": "Forklarer hvordan en kommune kan samarbeide med frivillige organisasjoner, for eksempel gjennom tilskudd, tjenesteavtaler og rådgivende råd.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Bendradarbiauja su nevyriausybinėmis organizacijomis bendrose veiklose, laikydamasis nustatytos tvarkos.",
                                "en": "Works with NGOs on joint activities, following established procedures.",
                                "nb": "Samarbeider med frivillige organisasjoner om felles aktiviteter etter etablerte rutiner.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia nevyriausybinių organizacijų projektų konkurso kvietimą su aiškiais vertinimo kriterijais.",
                                    "en": "Prepares a call for NGO project proposals with clear assessment criteria.",
                                    "nb": "Utarbeider en utlysning av prosjektmidler for frivillige organisasjoner med klare vurderingskriterier.",
                                },
                                {
                                    "lt": "Stebi pagal sutartį nevyriausybinės organizacijos teikiamą paslaugą ir aptaria su ja rezultatus.",
                                    "en": "Monitors a service an NGO provides under contract and discusses the results with the organisation.",
                                    "nb": "Følger med på en tjeneste som en frivillig organisasjon yter etter avtale, og drøfter resultatene med organisasjonen.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai plėtoja lygiavertes partnerystes su nevyriausybinėmis organizacijomis.",
                                "en": "Independently develops equal partnerships with NGOs.",
                                "nb": "Utvikler selvstendig likeverdige partnerskap med frivillige organisasjoner.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įtraukia nevyriausybines organizacijas į paslaugos planavimą nuo pat pradžių, o ne tik į jos teikimą.",
                                    "en": "Involves NGOs in planning a service from the start, not only in delivering it.",
                                    "nb": "Involverer frivillige organisasjoner i planleggingen av en tjeneste fra starten av, ikke bare i gjennomføringen.",
                                },
                                {
                                    "lt": "Padeda nevyriausybinei organizacijai stiprinti gebėjimus teikti paslaugą, pavyzdžiui, organizuodamas mokymus ar rengdamas bendras paraiškas finansavimui gauti.",
                                    "en": "Helps an NGO strengthen its capacity to provide a service, for example through training or joint funding applications.",
                                    "nb": "Hjelper en frivillig organisasjon med å styrke evnen til å yte en tjeneste, for eksempel gjennom opplæring eller felles søknader om midler.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja savivaldybės bendradarbiavimo su nevyriausybinėmis organizacijomis politiką.",
                                "en": "Shapes the municipality's policy on cooperation with NGOs.",
                                "nb": "Former kommunens politikk for samarbeid med frivillige organisasjoner.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pasiūlo skaidrų daugiametį nevyriausybinių organizacijų finansavimo savivaldybėje modelį.",
                                    "en": "Proposes a transparent, multi-year model for funding NGOs in the municipality.",
                                    "nb": "Foreslår en åpen, flerårig modell for finansiering av frivillige organisasjoner i kommunen.",
                                },
                                {
                                    "lt": "Atstovauja savivaldybės administracijai savivaldybės nevyriausybinių organizacijų taryboje ir skatina įgyvendinti jos rekomendacijas.",
                                    "en": "Represents the municipal administration on the municipal NGO council and promotes the implementation of its recommendations.",
                                    "nb": "Representerer kommuneadministrasjonen i kommunens frivillighetsråd og fremmer gjennomføringen av rådets anbefalinger.",
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
                "nb": "Åpenhet og antikorrupsjon",
            },
            "description": {
                "lt": "Atviras ir atskaitingas sprendimų priėmimas, korupcijos ir interesų konfliktų prevencija bendradarbiaujant su partneriais.",
                "en": "Open, accountable decision making and the prevention of corruption and conflicts of interest in cooperation with partners.",
                "nb": "Åpne beslutninger med tydelig ansvar, og forebygging av korrupsjon og interessekonflikter i samarbeid med partnere.",
            },
            "competencies": [
                {
                    "code": "SC-6.1",
                    "title": {
                        "lt": "Atviras ir atskaitingas sprendimų priėmimas",
                        "en": "Open and accountable decision making",
                        "nb": "Åpne beslutninger med tydelig ansvar",
                    },
                    "description": {
                        "lt": "Priima ir dokumentuoja sprendimus taip, kad partneriai ir gyventojai matytų, kaip ir kodėl jie priimti.",
                        "en": "Makes and documents decisions so that partners and residents can see how and why they were made.",
                        "nb": "Fatter og dokumenterer beslutninger slik at partnere og innbyggere kan se hvordan og hvorfor de ble tatt.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta viešojo administravimo skaidrumo ir atskaitomybės principus.",
                                "en": "Understands the principles of transparency and accountability in public administration.",
                                "nb": "Forstår prinsippene for åpenhet og ansvarlighet i offentlig forvaltning.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kokia informacija apie savivaldybės sprendimus turi būti skelbiama viešai.",
                                    "en": "Explains what information about municipal decisions must be made public.",
                                    "nb": "Forklarer hvilken informasjon om kommunale vedtak som må offentliggjøres.",
                                },
                                {
                                    "lt": "Atpažįsta atvejus, kai sprendimas nėra tinkamai motyvuotas ir dokumentuotas.",
                                    "en": "Recognises cases where a decision is not properly justified and documented.",
                                    "nb": "Kjenner igjen tilfeller der et vedtak ikke er godt nok begrunnet og dokumentert.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Kasdieniame darbe laikosi skaidrumo procedūrų.",
                                "en": "Follows transparency procedures in everyday work.",
                                "nb": "Følger rutinene for åpenhet i det daglige arbeidet.",
                            },
                            "indicators": [
                                {
                                    "lt": "Užfiksuoja sprendimo dėl lėšų ar paslaugų skyrimo kriterijus ir motyvus.",
                                    "en": "Records the criteria and reasons for a decision to allocate funds or services.",
                                    "nb": "Dokumenterer kriteriene og begrunnelsen for et vedtak om tildeling av midler eller tjenester.",
                                },
                                {
                                    "lt": "Prieinama forma paskelbia informaciją apie bendrą projektą, jo partnerius ir biudžetą.",
                                    "en": "Publishes information about a joint project, its partners and its budget in an accessible form.",
                                    "nb": "Publiserer informasjon om et felles prosjekt, partnerne og budsjettet i en tilgjengelig form.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai užtikrina skaidrumą priimant sudėtingus, kelių partnerių sprendimus.",
                                "en": "Independently ensures transparency in complex decisions involving several partners.",
                                "nb": "Sikrer selvstendig åpenhet i komplekse beslutninger med flere partnere.",
                            },
                            "indicators": [
                                {
                                    "lt": "Prieš atrenkant partnerius ar projektus nustato ir paskelbia aiškius atrankos kriterijus.",
                                    "en": "Sets and publishes clear selection criteria before partners or projects are chosen.",
                                    "nb": "Fastsetter og offentliggjør klare utvelgelseskriterier før partnere eller prosjekter velges.",
                                },
                                {
                                    "lt": "Viešai paaiškina prieštaringai vertinamą sprendimą, nurodydamas ir svarstytas alternatyvas.",
                                    "en": "Explains a controversial decision publicly, including the alternatives that were considered.",
                                    "nb": "Forklarer et omstridt vedtak offentlig, også hvilke alternativer som ble vurdert.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Stiprina organizacijos atvirumo ir atskaitomybės kultūrą.",
                                "en": "Strengthens the organisation's culture of openness and accountability.",
                                "nb": "Styrker organisasjonens kultur for åpenhet og ansvarlighet.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įdiegia reguliarų viešą atsiskaitymą už socialinio klasterio ar partnerystės rezultatus.",
                                    "en": "Introduces regular public reporting on the results of a social cluster or partnership.",
                                    "nb": "Innfører jevnlig offentlig rapportering om resultatene til en sosial klynge eller et partnerskap.",
                                },
                                {
                                    "lt": "Konsultuoja vadovybę, kaip padaryti sprendimų priėmimo procesus atviresnius gyventojams ir partneriams.",
                                    "en": "Advises management on making decision-making processes more open to residents and partners.",
                                    "nb": "Gir ledelsen råd om hvordan beslutningsprosessene kan bli mer åpne for innbyggere og partnere.",
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
                        "nb": "Forebygge korrupsjon og interessekonflikter",
                    },
                    "description": {
                        "lt": "Atpažįsta ir valdo korupcijos riziką bei interesų konfliktus, kylančius glaudžiai bendradarbiaujant viešojo, privataus ir pilietinio sektorių organizacijoms.",
                        "en": "Recognises and manages the corruption risks and conflicts of interest that arise when public, private and civic organisations work closely together.",
                        "nb": "Kjenner igjen og håndterer korrupsjonsrisikoen og interessekonfliktene som oppstår når offentlige, private og frivillige organisasjoner samarbeider tett.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kas yra korupcija ir interesų konfliktas ir kodėl jų prevencija svarbi partnerystėse.",
                                "en": "Understands what corruption and conflicts of interest are and why preventing them matters in partnerships.",
                                "nb": "Forstår hva korrupsjon og interessekonflikter er, og hvorfor det er viktig å forebygge dem i partnerskap.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pateikia interesų konflikto, galinčio kilti bendradarbiaujant su verslu ar nevyriausybine organizacija, pavyzdžių.",
                                    "en": "Gives examples of conflicts of interest that can arise in cooperation with a business or an NGO.",
                                    "nb": "Gir eksempler på interessekonflikter som kan oppstå i samarbeid med en bedrift eller en frivillig organisasjon.",
                                },
                                {
                                    "lt": "Žino, kaip deklaruoti privačius interesus ir kur pranešti apie įtariamą korupciją.",
                                    "en": "Knows how to declare private interests and where to report suspected corruption.",
                                    "nb": "Vet hvordan private interesser skal registreres, og hvor mistanke om korrupsjon skal varsles.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Savo darbe taiko korupcijos prevencijos taisykles.",
                                "en": "Applies anti-corruption rules in their own work.",
                                "nb": "Følger reglene for korrupsjonsforebygging i eget arbeid.",
                            },
                            "indicators": [
                                {
                                    "lt": "Deklaruoja savo privačius interesus ir nusišalina nuo sprendimų, susijusių su organizacija, su kuria yra susijęs.",
                                    "en": "Declares their private interests and withdraws from decisions concerning an organisation they are connected with.",
                                    "nb": "Registrerer egne private interesser og trer til side ved beslutninger som gjelder en organisasjon vedkommende har tilknytning til.",
                                },
                                {
                                    "lt": "Laikydamasis institucijos taisyklių, atsisako partnerių siūlomų dovanų ar kitokios naudos.",
                                    "en": "Refuses gifts or other benefits offered by partners, in line with the institution's rules.",
                                    "nb": "Takker nei til gaver eller andre fordeler som partnere tilbyr, i tråd med virksomhetens regler.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai nustato ir valdo korupcijos riziką bendruose projektuose.",
                                "en": "Independently identifies and manages corruption risks in joint projects.",
                                "nb": "Identifiserer og håndterer selvstendig korrupsjonsrisiko i felles prosjekter.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvertina partnerystės korupcijos riziką ir su partneriais susitaria dėl kontrolės priemonių.",
                                    "en": "Assesses the corruption risks of a partnership and agrees control measures with the partners.",
                                    "nb": "Vurderer korrupsjonsrisikoen i et partnerskap og avtaler kontrolltiltak med partnerne.",
                                },
                                {
                                    "lt": "Išsprendžia galimą interesų konfliktą darbo grupėje: jį užfiksuoja ir perskirsto narių vaidmenis.",
                                    "en": "Handles a potential conflict of interest in a working group by recording it and reassigning members' roles.",
                                    "nb": "Håndterer en mulig interessekonflikt i en arbeidsgruppe ved å dokumentere den og fordele medlemmenes roller på nytt.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja korupcijos prevencijai organizacijoje ir jos partnerystėse.",
                                "en": "Leads corruption prevention in the organisation and its partnerships.",
                                "nb": "Leder det korrupsjonsforebyggende arbeidet i organisasjonen og partnerskapene.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia visiems socialinio klasterio nariams bendras skaidraus ir sąžiningo elgesio taisykles.",
                                    "en": "Develops integrity rules shared by all members of a social cluster.",
                                    "nb": "Utarbeider felles regler for integritet for alle medlemmene i en sosial klynge.",
                                },
                                {
                                    "lt": "Remdamasis realiais atvejais, moko kolegas ir partnerius atpažinti korupcijos riziką.",
                                    "en": "Trains colleagues and partners to recognise corruption risks using real cases.",
                                    "nb": "Lærer opp kolleger og partnere i å kjenne igjen korrupsjonsrisiko ved hjelp av reelle saker.",
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
                "nb": "Nettverksbygging",
            },
            "description": {
                "lt": "Organizacijų tinklų kūrimas, palaikymas ir telkimas į veikiantį socialinį klasterį.",
                "en": "Building and sustaining networks of organisations and bringing them together into a working social cluster.",
                "nb": "Å bygge og vedlikeholde nettverk av organisasjoner og samle dem i en velfungerende sosial klynge.",
            },
            "competencies": [
                {
                    "code": "SC-7.1",
                    "title": {
                        "lt": "Tinklų kūrimas ir palaikymas",
                        "en": "Building and sustaining networks",
                        "nb": "Bygge og vedlikeholde nettverk",
                    },
                    "description": {
                        "lt": "Kuria ir palaiko profesinius ryšius bei tinklus, padedančius spręsti socialines problemas.",
                        "en": "Creates and maintains professional relationships and networks that help solve social problems.",
                        "nb": "Skaper og vedlikeholder faglige relasjoner og nettverk som bidrar til å løse sosiale utfordringer.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta profesinių tinklų naudą sprendžiant socialines problemas.",
                                "en": "Understands the value of professional networks for solving social problems.",
                                "nb": "Forstår verdien av faglige nettverk for å løse sosiale utfordringer.",
                            },
                            "indicators": [
                                {
                                    "lt": "Apibūdina savo profesinius kontaktus kitose institucijose ir sektoriuose.",
                                    "en": "Describes their professional contacts in other institutions and sectors.",
                                    "nb": "Beskriver sine faglige kontakter i andre institusjoner og sektorer.",
                                },
                                {
                                    "lt": "Paaiškina, kuo tinklas skiriasi nuo formalios partnerystės.",
                                    "en": "Explains how a network differs from a formal partnership.",
                                    "nb": "Forklarer hvordan et nettverk skiller seg fra et formelt partnerskap.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Aktyviai palaiko profesinius ryšius ir jais naudojasi.",
                                "en": "Actively maintains and uses professional contacts.",
                                "nb": "Vedlikeholder og bruker faglige kontakter aktivt.",
                            },
                            "indicators": [
                                {
                                    "lt": "Dalyvauja tinklo susitikimuose ir dalijasi naudinga informacija su kitais jo nariais.",
                                    "en": "Takes part in network meetings and shares useful information with other members.",
                                    "nb": "Deltar i nettverksmøter og deler nyttig informasjon med de andre medlemmene.",
                                },
                                {
                                    "lt": "Suveda kolegą ar klientą su tinkamu kitos organizacijos kontaktiniu asmeniu.",
                                    "en": "Puts a colleague or client in touch with the right contact person in another organisation.",
                                    "nb": "Setter en kollega eller bruker i kontakt med riktig kontaktperson i en annen organisasjon.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai kuria naujus tinklus bendroms problemoms spręsti.",
                                "en": "Independently builds new networks around shared problems.",
                                "nb": "Bygger selvstendig nye nettverk rundt felles utfordringer.",
                            },
                            "indicators": [
                                {
                                    "lt": "Suburia ta pačia problema besirūpinančias organizacijas ir susitaria su jomis dėl bendro tikslo ir bendradarbiavimo formos.",
                                    "en": "Brings together organisations working on the same problem and agrees with them on a shared purpose and form of cooperation.",
                                    "nb": "Samler organisasjoner som arbeider med den samme utfordringen, og blir enig med dem om et felles formål og en samarbeidsform.",
                                },
                                {
                                    "lt": "Palaiko tinklo aktyvumą: organizuoja reguliarius susitikimus, dalijasi informacija ir viešina rezultatus.",
                                    "en": "Keeps the network active by organising regular meetings, sharing information and making results visible.",
                                    "nb": "Holder nettverket aktivt ved å organisere faste møter, dele informasjon og synliggjøre resultater.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Plėtoja tinklus regioniniu, nacionaliniu ar tarptautiniu lygmeniu.",
                                "en": "Develops networks at regional, national or international level.",
                                "nb": "Utvikler nettverk på regionalt, nasjonalt eller internasjonalt nivå.",
                            },
                            "indicators": [
                                {
                                    "lt": "Susieja vietos tinklą su panašiais tinklais kitose savivaldybėse ar šalyse, pavyzdžiui, Norvegijoje.",
                                    "en": "Links a local network with similar networks in other municipalities or countries, for example Norway.",
                                    "nb": "Knytter et lokalt nettverk til lignende nettverk i andre kommuner eller land, for eksempel Norge.",
                                },
                                {
                                    "lt": "Užtikrina ilgalaikius tinklo išteklius ir valdymą, kad jo veikla nepriklausytų nuo vieno žmogaus.",
                                    "en": "Secures long-term resources and governance for a network so that it does not depend on one person.",
                                    "nb": "Sikrer langsiktige ressurser og styring for et nettverk slik at det ikke er avhengig av én person.",
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
                        "nb": "Lede en sosial klynge",
                    },
                    "description": {
                        "lt": "Inicijuoja socialinį klasterį ir jam vadovauja, kad viešojo, privataus ir pilietinio sektorių organizacijos kartu siektų bendrų socialinių tikslų.",
                        "en": "Initiates and leads a social cluster in which public, private and civic organisations pursue shared social goals together.",
                        "nb": "Tar initiativ til og leder en sosial klynge der offentlige, private og frivillige organisasjoner arbeider sammen mot felles sosiale mål.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kas yra socialinis klasteris ir kaip jis veikia.",
                                "en": "Understands what a social cluster is and how it works.",
                                "nb": "Forstår hva en sosial klynge er og hvordan den fungerer.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina socialinio klasterio paskirtį ir įvardija tipiškus kiekvieno sektoriaus narius.",
                                    "en": "Explains the purpose of a social cluster and names typical members from each sector.",
                                    "nb": "Forklarer formålet med en sosial klynge og nevner typiske medlemmer fra hver sektor.",
                                },
                                {
                                    "lt": "Apibūdina Lietuvos ar Norvegijos socialinio klasterio pavyzdį ir jo pasiekimus.",
                                    "en": "Describes an example of a social cluster in Lithuania or Norway and what it has achieved.",
                                    "nb": "Beskriver et eksempel på en sosial klynge i Litauen eller Norge og hva den har oppnådd.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Aktyviai prisideda prie socialinio klasterio veiklos.",
                                "en": "Contributes actively to the work of a social cluster.",
                                "nb": "Bidrar aktivt i arbeidet til en sosial klynge.",
                            },
                            "indicators": [
                                {
                                    "lt": "Atlieka klasterio veiksmų plane jam pavestus darbus ir atsiskaito už pažangą.",
                                    "en": "Carries out the work assigned to them in the cluster's action plan and reports on progress.",
                                    "nb": "Utfører de oppgavene som er tildelt i klyngens handlingsplan, og rapporterer om fremdriften.",
                                },
                                {
                                    "lt": "Atstovauja savo organizacijai klasterio susitikimuose ir supažindina kolegas su priimtais sprendimais.",
                                    "en": "Represents their organisation at cluster meetings and informs colleagues of the decisions taken.",
                                    "nb": "Representerer organisasjonen sin på klyngemøter og informerer kolleger om beslutningene som er tatt.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai koordinuoja socialinio klasterio veiklą.",
                                "en": "Independently coordinates the activities of a social cluster.",
                                "nb": "Koordinerer selvstendig aktivitetene i en sosial klynge.",
                            },
                            "indicators": [
                                {
                                    "lt": "Kartu su nariais parengia klasterio metinį veiksmų planą su bendrais tikslais ir rezultatų rodikliais.",
                                    "en": "Prepares the cluster's annual action plan together with its members, with shared goals and result indicators.",
                                    "nb": "Utarbeider klyngens årlige handlingsplan sammen med medlemmene, med felles mål og resultatindikatorer.",
                                },
                                {
                                    "lt": "Užtikrina, kad visi nariai, įskaitant mažas nevyriausybines organizacijas, galėtų išsakyti savo nuomonę priimant klasterio sprendimus.",
                                    "en": "Ensures that all members, including small NGOs, have a say in the cluster's decisions.",
                                    "nb": "Sørger for at alle medlemmer, også små frivillige organisasjoner, får si sin mening når klyngen tar beslutninger.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Inicijuoja socialinius klasterius ir vadovauja jų ilgalaikei plėtrai.",
                                "en": "Initiates social clusters and leads their long-term development.",
                                "nb": "Tar initiativ til sosiale klynger og leder den langsiktige utviklingen av dem.",
                            },
                            "indicators": [
                                {
                                    "lt": "Inicijuoja naują socialinį klasterį ir su steigėjais partneriais susitaria dėl jo misijos, valdymo ir narystės taisyklių.",
                                    "en": "Initiates a new social cluster and agrees its mission, governance and membership rules with the founding partners.",
                                    "nb": "Tar initiativ til en ny sosial klynge og avtaler formål, styring og regler for medlemskap med partnerne som etablerer den.",
                                },
                                {
                                    "lt": "Įvertina klasterio socialinį poveikį ir, remdamasis rezultatais, atnaujina jo strategiją.",
                                    "en": "Evaluates the cluster's social impact and uses the results to renew its strategy.",
                                    "nb": "Vurderer klyngens samfunnseffekt og bruker resultatene til å fornye strategien.",
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
                "nb": "Administrativ og offentlig kapasitet",
            },
            "description": {
                "lt": "Bendrieji viešojo administravimo gebėjimai, užtikrinantys veiksmingą bendradarbiavimą: planavimas, paslaugų kokybė ir įrodymų naudojimas.",
                "en": "The general public administration capacities that make cooperation effective: planning, service quality and the use of evidence.",
                "nb": "De generelle ferdighetene i offentlig forvaltning som gjør samarbeid effektivt: planlegging, tjenestekvalitet og bruk av kunnskapsgrunnlag.",
            },
            "competencies": [
                {
                    "code": "AC-1.1",
                    "title": {
                        "lt": "Strateginis planavimas ir projektų valdymas",
                        "en": "Strategic planning and project management",
                        "nb": "Strategisk planlegging og prosjektledelse",
                    },
                    "description": {
                        "lt": "Planuoja veiklą pagal savivaldybės strateginius dokumentus ir valdo projektus taip, kad sutarti rezultatai būtų pasiekti laiku ir neviršijant biudžeto.",
                        "en": "Plans activities in line with the municipality's strategic documents and manages projects so that agreed results are delivered on time and within budget.",
                        "nb": "Planlegger aktiviteter i tråd med kommunens strategiske dokumenter og leder prosjekter slik at avtalte resultater leveres i tide og innenfor budsjett.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta savivaldybės planavimo sistemą ir pagrindines projektų valdymo sąvokas.",
                                "en": "Understands the municipal planning system and the basic concepts of project management.",
                                "nb": "Forstår det kommunale plansystemet og de grunnleggende begrepene i prosjektledelse.",
                            },
                            "indicators": [
                                {
                                    "lt": "Paaiškina, kaip savivaldybės strateginis plėtros planas siejasi su jos institucijų metiniais veiklos planais.",
                                    "en": "Explains how the municipality's strategic development plan links to the annual activity plans of its institutions.",
                                    "nb": "Forklarer hvordan kommunens strategiske utviklingsplan henger sammen med de årlige virksomhetsplanene til kommunens virksomheter.",
                                },
                                {
                                    "lt": "Įvardija pagrindinius projekto elementus: tikslą, veiklas, išteklius, tvarkaraštį ir rizikas.",
                                    "en": "Names the main elements of a project: goal, activities, resources, timetable and risks.",
                                    "nb": "Nevner hovedelementene i et prosjekt: mål, aktiviteter, ressurser, tidsplan og risikoer.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Planuoja ir vykdo projekto veiklas, naudodamasis standartinėmis priemonėmis.",
                                "en": "Plans and carries out project activities using standard tools.",
                                "nb": "Planlegger og gjennomfører prosjektaktiviteter ved hjelp av standardverktøy.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia nedidelio projekto darbo planą, kuriame nurodyti darbai, atsakingi asmenys ir terminai.",
                                    "en": "Prepares a work plan for a small project, listing tasks, responsible persons and deadlines.",
                                    "nb": "Lager en arbeidsplan for et lite prosjekt med oppgaver, ansvarlige personer og frister.",
                                },
                                {
                                    "lt": "Stebi projekto išlaidas bei pažangą ir praneša projekto vadovui apie nukrypimus.",
                                    "en": "Tracks project spending and progress and reports deviations to the project manager.",
                                    "nb": "Følger med på prosjektets utgifter og fremdrift og melder avvik til prosjektlederen.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai valdo kelių partnerių projektus, susietus su strateginiais tikslais.",
                                "en": "Independently manages multi-partner projects linked to strategic goals.",
                                "nb": "Leder selvstendig prosjekter med flere partnere som er knyttet til strategiske mål.",
                            },
                            "indicators": [
                                {
                                    "lt": "Suformuluoja projekto uždavinius ir rodiklius, kurie prisideda prie savivaldybės strateginių tikslų įgyvendinimo.",
                                    "en": "Formulates project objectives and indicators that contribute to the municipality's strategic goals.",
                                    "nb": "Formulerer prosjektmål og indikatorer som bidrar til kommunens strategiske mål.",
                                },
                                {
                                    "lt": "Valdo kelių partnerių projekto rizikas ir pokyčius, nuolat informuodamas partnerius.",
                                    "en": "Manages the risks and changes of a project with several partners, keeping all partners informed.",
                                    "nb": "Håndterer risikoer og endringer i et prosjekt med flere partnere og holder alle partnerne informert.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Vadovauja strateginiam planavimui ir stiprina projektų valdymo gebėjimus organizacijoje.",
                                "en": "Leads strategic planning and builds project management capacity in the organisation.",
                                "nb": "Leder strategisk planlegging og bygger kompetanse i prosjektledelse i organisasjonen.",
                            },
                            "indicators": [
                                {
                                    "lt": "Vadovauja savivaldybės socialinių paslaugų plano rengimui, įtraukdamas įvairių sektorių partnerius.",
                                    "en": "Leads the preparation of the municipal social services plan, involving partners from different sectors.",
                                    "nb": "Leder arbeidet med kommunens plan for sosiale tjenester og involverer partnere fra ulike sektorer.",
                                },
                                {
                                    "lt": "Įdiegia bendrą projektų valdymo praktiką organizacijoje ir konsultuoja projektų vadovus.",
                                    "en": "Introduces a common project management practice in the organisation and coaches project managers.",
                                    "nb": "Innfører en felles praksis for prosjektledelse i organisasjonen og veileder prosjektledere.",
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
                        "nb": "Kvalitet og innovasjon i offentlige tjenester",
                    },
                    "description": {
                        "lt": "Gerina viešųjų paslaugų kokybę ir prieinamumą, diegia naujus, paslaugų gavėjų poreikiais grįstus sprendimus.",
                        "en": "Improves the quality and accessibility of public services and introduces new solutions based on users' needs.",
                        "nb": "Forbedrer kvaliteten og tilgjengeligheten i offentlige tjenester og innfører nye løsninger basert på brukernes behov.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kas lemia viešųjų paslaugų kokybę ir jų orientaciją į paslaugų gavėją.",
                                "en": "Understands what makes public services high-quality and user-centred.",
                                "nb": "Forstår hva som gjør offentlige tjenester gode og brukersentrerte.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija viešosios paslaugos kokybės kriterijus, pavyzdžiui, prieinamumą, operatyvumą ir pagarbą paslaugų gavėjams.",
                                    "en": "Names quality criteria for a public service, such as accessibility, timeliness and respect for users.",
                                    "nb": "Nevner kvalitetskriterier for en offentlig tjeneste, som tilgjengelighet, rask behandling og respekt for brukerne.",
                                },
                                {
                                    "lt": "Pateikia Lietuvos ar Norvegijos savivaldybėje įdiegtos paslaugų inovacijos pavyzdį.",
                                    "en": "Gives an example of a service innovation introduced in a Lithuanian or Norwegian municipality.",
                                    "nb": "Gir et eksempel på en tjenesteinnovasjon som er innført i en litauisk eller norsk kommune.",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Taiko kokybės reikalavimus ir renka paslaugų gavėjų atsiliepimus apie savo teikiamas paslaugas.",
                                "en": "Applies quality standards and collects user feedback on the services they provide.",
                                "nb": "Følger kvalitetsstandarder og samler inn tilbakemeldinger fra brukerne om tjenestene som ytes.",
                            },
                            "indicators": [
                                {
                                    "lt": "Atlieka trumpą paslaugų gavėjų apklausą apie pasitenkinimą paslauga ir apibendrina jos rezultatus.",
                                    "en": "Runs a short user satisfaction survey and summarises its results.",
                                    "nb": "Gjennomfører en kort brukerundersøkelse og oppsummerer resultatene.",
                                },
                                {
                                    "lt": "Remdamasis skundais ar atsiliepimais, pasiūlo praktinį paslaugos patobulinimą.",
                                    "en": "Suggests a practical improvement to a service based on complaints or feedback.",
                                    "nb": "Foreslår en praktisk forbedring av en tjeneste basert på klager eller tilbakemeldinger.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai pertvarko paslaugas ir išbando inovacijas.",
                                "en": "Independently redesigns services and tests innovations.",
                                "nb": "Utformer selvstendig tjenester på nytt og prøver ut innovasjoner.",
                            },
                            "indicators": [
                                {
                                    "lt": "Pertvarko paslaugos teikimo procesą, kad sutrumpėtų laukimo laikas ar sumažėtų būtinų apsilankymų skaičius.",
                                    "en": "Redesigns a service process to shorten waiting times or reduce the number of visits required.",
                                    "nb": "Utformer en tjenesteprosess på nytt for å korte ned ventetiden eller redusere antall nødvendige oppmøter.",
                                },
                                {
                                    "lt": "Prieš plačiau taikydamas naują paslaugos sprendimą, išbando jį nedideliu mastu ir įvertina jo poveikį.",
                                    "en": "Tests a new service solution on a small scale and measures its effect before using it more widely.",
                                    "nb": "Prøver ut en ny tjenesteløsning i liten skala og måler effekten før den tas i bruk mer bredt.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Formuoja kokybės ir inovacijų kultūrą organizacijoje.",
                                "en": "Leads a culture of quality and innovation in the organisation.",
                                "nb": "Leder en kultur for kvalitet og innovasjon i organisasjonen.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įdiegia institucijoje kokybės vadybos sistemą ar reguliarų paslaugų tobulinimo ciklą.",
                                    "en": "Introduces a quality management system or a regular service improvement cycle in the institution.",
                                    "nb": "Innfører et kvalitetsstyringssystem eller en fast syklus for tjenesteforbedring i virksomheten.",
                                },
                                {
                                    "lt": "Perima sėkmingas kitų savivaldybių ar Norvegijos inovacijas ir pritaiko jas vietos sąlygoms.",
                                    "en": "Transfers successful innovations from other municipalities or from Norway and adapts them to local conditions.",
                                    "nb": "Overfører vellykkede innovasjoner fra andre kommuner eller fra Norge og tilpasser dem til lokale forhold.",
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
                        "nb": "Kunnskapsbasert politikk og evaluering",
                    },
                    "description": {
                        "lt": "Priimdamas sprendimus remiasi duomenimis ir tyrimais ir vertina, ar politika ir paslaugos pasiekia numatytų rezultatų.",
                        "en": "Uses data and research in decisions and evaluates whether policies and services achieve their intended results.",
                        "nb": "Bruker data og forskning i beslutninger og vurderer om politikk og tjenester gir de tilsiktede resultatene.",
                    },
                    "levels": [
                        {
                            "number": 1,
                            "description": {
                                "lt": "Supranta, kodėl sprendimai turi būti grindžiami įrodymais, ir kas yra vertinimas.",
                                "en": "Understands why decisions should be based on evidence and what evaluation is.",
                                "nb": "Forstår hvorfor beslutninger bør bygge på kunnskap, og hva evaluering er.",
                            },
                            "indicators": [
                                {
                                    "lt": "Įvardija patikimus socialinių duomenų šaltinius, pavyzdžiui, Valstybės duomenų agentūrą ir savivaldybės registrus.",
                                    "en": "Names reliable sources of social data, such as the State Data Agency (Statistics Lithuania) and municipal registers.",
                                    "nb": "Nevner pålitelige kilder til sosiale data, som det statlige databyrået (Statistics Lithuania) og kommunale registre.",
                                },
                                {
                                    "lt": "Skiria produktus (atliktas veiklas) nuo rezultatų (pokyčių žmonių gyvenime).",
                                    "en": "Distinguishes outputs (activities carried out) from outcomes (changes in people's lives).",
                                    "nb": "Skiller leveranser (gjennomførte aktiviteter) fra resultater (endringer i folks liv).",
                                },
                            ],
                        },
                        {
                            "number": 2,
                            "description": {
                                "lt": "Naudoja duomenis problemoms apibūdinti ir paslaugoms stebėti.",
                                "en": "Uses data to describe problems and monitor services.",
                                "nb": "Bruker data til å beskrive utfordringer og følge med på tjenester.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia trumpą vietos socialinę problemą apibūdinančių duomenų apžvalgą.",
                                    "en": "Prepares a short overview of the data describing a local social problem.",
                                    "nb": "Lager en kort oversikt over data som beskriver en lokal sosial utfordring.",
                                },
                                {
                                    "lt": "Pagal sutartus rodiklius renka programos stebėsenos duomenis.",
                                    "en": "Collects monitoring data for a programme according to agreed indicators.",
                                    "nb": "Samler inn oppfølgingsdata for et program etter avtalte indikatorer.",
                                },
                            ],
                        },
                        {
                            "number": 3,
                            "description": {
                                "lt": "Savarankiškai planuoja ir atlieka vertinimus, o jų rezultatus naudoja priimant sprendimus.",
                                "en": "Independently plans and carries out evaluations and uses their results in decisions.",
                                "nb": "Planlegger og gjennomfører selvstendig evalueringer og bruker resultatene i beslutninger.",
                            },
                            "indicators": [
                                {
                                    "lt": "Parengia bendros paslaugos vertinimo planą su vertinimo klausimais, rodikliais ir duomenų šaltiniais.",
                                    "en": "Designs an evaluation of a joint service, with evaluation questions, indicators and data sources.",
                                    "nb": "Utformer en evaluering av en felles tjeneste med evalueringsspørsmål, indikatorer og datakilder.",
                                },
                                {
                                    "lt": "Pristato vertinimo išvadas sprendimų priėmėjams ir pateikia aiškias rekomendacijas.",
                                    "en": "Presents evaluation findings to decision makers with clear recommendations.",
                                    "nb": "Presenterer evalueringsfunn for beslutningstakere med klare anbefalinger.",
                                },
                            ],
                        },
                        {
                            "number": 4,
                            "description": {
                                "lt": "Kuria įrodymais grįsto sprendimų priėmimo kultūrą organizacijoje ir partnerystėse.",
                                "en": "Builds a culture of evidence-based decision making in the organisation and its partnerships.",
                                "nb": "Bygger en kultur for kunnskapsbaserte beslutninger i organisasjonen og partnerskapene.",
                            },
                            "indicators": [
                                {
                                    "lt": "Sukuria bendrą socialinio klasterio partnerių stebėsenos sistemą.",
                                    "en": "Sets up a shared monitoring system for the partners of a social cluster.",
                                    "nb": "Etablerer et felles system for oppfølging og måling for partnerne i en sosial klynge.",
                                },
                                {
                                    "lt": "Užsako poveikio vertinimus arba jiems vadovauja ir užtikrina, kad būtų įgyvendintos jų rekomendacijos.",
                                    "en": "Commissions or leads impact evaluations and ensures that their recommendations are implemented.",
                                    "nb": "Bestiller eller leder effektevalueringer og sørger for at anbefalingene blir fulgt opp.",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
}

TOPIC_TAGS: list[dict[str, Any]] = [
    {
        "slug": "partnership",
        "name": {"lt": "Partnerystė", "en": "Partnership", "nb": "Partnerskap"},
    },
    {"slug": "trust", "name": {"lt": "Pasitikėjimas", "en": "Trust", "nb": "Tillit"}},
    {
        "slug": "systems-thinking",
        "name": {
            "lt": "Sisteminis mąstymas",
            "en": "Systems thinking",
            "nb": "Systemtenkning",
        },
    },
    {
        "slug": "communication",
        "name": {"lt": "Komunikacija", "en": "Communication", "nb": "Kommunikasjon"},
    },
    {
        "slug": "community",
        "name": {"lt": "Bendruomenė", "en": "Community", "nb": "Lokalsamfunn"},
    },
    {
        "slug": "volunteering",
        "name": {"lt": "Savanorystė", "en": "Volunteering", "nb": "Frivillighet"},
    },
    {
        "slug": "ngo",
        "name": {
            "lt": "Nevyriausybinės organizacijos",
            "en": "NGOs",
            "nb": "Frivillige organisasjoner",
        },
    },
    {
        "slug": "transparency",
        "name": {"lt": "Skaidrumas", "en": "Transparency", "nb": "Åpenhet"},
    },
    {
        "slug": "anti-corruption",
        "name": {
            "lt": "Korupcijos prevencija",
            "en": "Anti-corruption",
            "nb": "Antikorrupsjon",
        },
    },
    {
        "slug": "networks",
        "name": {"lt": "Tinklaveika", "en": "Networks", "nb": "Nettverk"},
    },
    {
        "slug": "strategic-planning",
        "name": {
            "lt": "Strateginis planavimas",
            "en": "Strategic planning",
            "nb": "Strategisk planlegging",
        },
    },
    {
        "slug": "public-services",
        "name": {
            "lt": "Viešosios paslaugos",
            "en": "Public services",
            "nb": "Offentlige tjenester",
        },
    },
    {
        "slug": "evaluation",
        "name": {"lt": "Vertinimas", "en": "Evaluation", "nb": "Evaluering"},
    },
]
