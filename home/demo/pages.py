"""Bilingual texts of the demo site of the Stabsstelle Integration und Teilhabe.

Data only: `home.demo.loader` reads `HOME` and `PAGES` and builds the German pages and
their English translations from them.

Conventions:

- Every text leaf is a dict ``{"de": ..., "en": ...}`` with parallel structure: two
  strings, or two lists of the same length.
- Texts are plain text: no HTML, no markdown, no "&", "<" or ">".
- The loader pairs texts by their German wording, so one German wording always has one
  English wording throughout the file.
- Pages are listed parents first; ``"parent": None`` puts a page directly below the home
  page. ``"page"`` in announcements and calls to action names a page by its key.
- People, phone extensions and e-mail addresses are fictional; the ``.example`` domain is
  reserved and cannot receive mail.
"""

#: The fields of action of the Integrationskonzept, in every site language.
TOPICS = [
    {
        "slug": "participation",
        "de": "Teilhabe und Partizipation",
        "en": "Participation",
        "tr": "Toplumsal katılım",
        "ar": "المشاركة المجتمعية",
        "uk": "Участь і залучення",
        "ru": "Участие и вовлечённость",
        "fa": "مشارکت اجتماعی",
        "pl": "Uczestnictwo i partycypacja",
    },
    {
        "slug": "arrival",
        "de": "Willkommenskultur",
        "en": "Welcome culture",
        "tr": "Hoş geldin kültürü",
        "ar": "ثقافة الترحيب",
        "uk": "Культура гостинності",
        "ru": "Культура гостеприимства",
        "fa": "فرهنگ خوشامدگویی",
        "pl": "Kultura przyjęcia",
    },
    {
        "slug": "refugees",
        "de": "Geflüchtete Menschen",
        "en": "Refugees",
        "tr": "Mülteciler",
        "ar": "اللاجئون",
        "uk": "Біженці",
        "ru": "Беженцы",
        "fa": "پناهجویان",
        "pl": "Uchodźcy",
    },
    {
        "slug": "language",
        "de": "Bildung und Sprache",
        "en": "Education and language",
        "tr": "Eğitim ve dil",
        "ar": "التعليم واللغة",
        "uk": "Освіта і мова",
        "ru": "Образование и язык",
        "fa": "آموزش و زبان",
        "pl": "Edukacja i język",
    },
    {
        "slug": "work",
        "de": "Wirtschaft und Arbeit",
        "en": "Economy and work",
        "tr": "Ekonomi ve çalışma hayatı",
        "ar": "الاقتصاد والعمل",
        "uk": "Економіка і праця",
        "ru": "Экономика и труд",
        "fa": "اقتصاد و کار",
        "pl": "Gospodarka i praca",
    },
    {
        "slug": "health",
        "de": "Gesundheit und Pflege",
        "en": "Health and care",
        "tr": "Sağlık ve bakım",
        "ar": "الصحة والرعاية",
        "uk": "Здоров’я і догляд",
        "ru": "Здоровье и уход",
        "fa": "سلامت و مراقبت",
        "pl": "Zdrowie i opieka",
    },
    {
        "slug": "networking",
        "de": "Vernetzung",
        "en": "Networking",
        "tr": "Ağ oluşturma",
        "ar": "التشبيك",
        "uk": "Мережева співпраця",
        "ru": "Сетевое взаимодействие",
        "fa": "شبکه‌سازی",
        "pl": "Współpraca w sieci",
    },
    {
        "slug": "diversity",
        "de": "Interkulturelle Öffnung",
        "en": "Intercultural opening",
        "tr": "Kültürlerarası açılım",
        "ar": "الانفتاح بين الثقافات",
        "uk": "Міжкультурна відкритість",
        "ru": "Межкультурная открытость",
        "fa": "گشایش میان‌فرهنگی",
        "pl": "Otwarcie międzykulturowe",
    },
    {
        "slug": "housing",
        "de": "Wohnen",
        "en": "Housing",
        "tr": "Konut",
        "ar": "السكن",
        "uk": "Житло",
        "ru": "Жильё",
        "fa": "مسکن",
        "pl": "Mieszkalnictwo",
    },
]

HOME = {
    "title": {
        "de": "Integration und Teilhabe in der Region Hannover",
        "en": "Integration and participation in the Hannover Region",
    },
    "intro": {
        "de": [
            "Die Stabsstelle Integration und Teilhabe setzt sich dafür ein, dass alle Menschen "
            "in der Region Hannover die gleichen Chancen haben – ganz gleich, woher sie kommen, "
            "woran sie glauben oder wen sie lieben.",
            "Auf dieser Website finden Sie unsere Angebote: Beratung für neu zugewanderte "
            "Menschen, Förderung für Projekte vor Ort und viele Gelegenheiten, beim "
            "Integrationskonzept der Region mitzureden.",
        ],
        "en": [
            "The Staff Unit for Integration and Participation works to give everyone in the "
            "Hannover Region the same opportunities, wherever they come from, whatever they "
            "believe and whomever they love.",
            "On this website you will find what we offer: counselling for people who have "
            "recently arrived, funding for local projects and many ways to have your say on "
            "the region's integration concept.",
        ],
    },
    "announcements": [
        {
            "date": "2026-11-23",
            "title": {
                "de": "Online-Konsultation zum Integrationskonzept gestartet",
                "en": "Online consultation on the integration concept has started",
            },
            "text": {
                "de": "Der Entwurf für die Fortschreibung des Integrationskonzepts ist jetzt "
                "online. Bis zum 18. Januar 2027 können Sie einzelne Absätze kommentieren oder "
                "eine Stellungnahme für Ihre Organisation einreichen.",
                "en": "The draft of the revised integration concept is now online. Until "
                "18 January 2027 you can comment on individual paragraphs or submit a "
                "statement on behalf of your organisation.",
            },
            "page": "beteiligung-info",
        },
        {
            "date": "2026-11-10",
            "title": {
                "de": "Interkulturelles Forum am 9. Dezember: Wohnen in der Region",
                "en": "Intercultural Forum on 9 December: housing in the region",
            },
            "text": {
                "de": "Die nächste Sitzung fragt, wie Menschen mit Migrationsgeschichte leichter "
                "eine Wohnung finden. Sie können vor Ort oder online teilnehmen; eine "
                "Verdolmetschung ins Arabische und Ukrainische ist möglich. Bitte melden Sie "
                "sich an.",
                "en": "The next session asks how people with a migration background can find a "
                "flat more easily. You can take part on site or online; interpreting into "
                "Arabic and Ukrainian is available. Please register.",
            },
            "page": "vernetzung",
        },
        {
            "date": "2026-10-01",
            "title": {
                "de": "Regionsfonds: erste Förderrunde 2027",
                "en": "Regional Fund: first funding round of 2027",
            },
            "text": {
                "de": "Anträge für die erste Förderrunde 2027 nehmen wir bis zum 15. Januar 2027 "
                "entgegen. Am 2. Dezember 2026 erklären wir in einer Online-Veranstaltung, wie "
                "der Antrag funktioniert.",
                "en": "Applications for the first funding round of 2027 are accepted until "
                "15 January 2027. On 2 December 2026 an online information session explains "
                "how to apply.",
            },
            "page": "regionsfonds",
        },
        {
            "date": "2026-09-01",
            "title": {
                "de": "Orientierungsberatung jetzt auch per Video",
                "en": "Orientation counselling now also by video",
            },
            "text": {
                "de": "Wer nicht ins Beratungsbüro kommen kann, kann sich ab sofort auch per "
                "Video beraten lassen. Termine vergeben wir telefonisch und per E-Mail.",
                "en": "If you cannot come to the counselling office, you can now also be "
                "advised by video. Appointments are made by phone and by e-mail.",
            },
            "page": "orientierungsberatung",
        },
    ],
}


PAGES = [
    # ------------------------------------------------------------------ Über uns
    {
        "key": "ueber-uns",
        "parent": None,
        "slug": {"de": "ueber-uns", "en": "about-us"},
        "title": {"de": "Über uns", "en": "About us"},
        "intro": {
            "de": "Die Stabsstelle Integration und Teilhabe bündelt in der Regionsverwaltung die "
            "Themen Vielfalt, Chancengleichheit und interkulturelle Öffnung. Hier erfahren Sie, "
            "wer wir sind und wie wir arbeiten.",
            "en": "The Staff Unit for Integration and Participation brings together the topics "
            "of diversity, equal opportunities and intercultural opening within the regional "
            "administration. Find out who we are and how we work.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            ("heading", {"de": "Wer wir sind", "en": "Who we are"}),
            (
                "paragraph",
                {
                    "de": [
                        "Die Stabsstelle Integration und Teilhabe gehört zur Verwaltung der "
                        "Region Hannover. Wir sind Ansprechpartnerin für die Fachbereiche der "
                        "Regionsverwaltung, für die Städte und Gemeinden der Region und für die "
                        "vielen Vereine, Initiativen und Migrant*innenorganisationen, die sich "
                        "vor Ort für ein gutes Zusammenleben einsetzen.",
                        "Wir arbeiten für eine Region, in der weder Herkunft noch "
                        "Aufenthaltsstatus, Religion oder sexuelle Orientierung darüber "
                        "entscheiden, welche Chancen ein Mensch hat. Dafür beraten wir, knüpfen "
                        "Kontakte, fördern Projekte und entwickeln zusammen mit vielen "
                        "Beteiligten das Integrationskonzept der Region weiter.",
                    ],
                    "en": [
                        "The Staff Unit for Integration and Participation is part of the "
                        "administration of the Hannover Region. We are the point of contact for "
                        "the departments of the regional administration, for the towns and "
                        "municipalities of the region and for the many associations, "
                        "initiatives and migrant organisations working locally for good "
                        "community relations.",
                        "We work for a region in which neither origin nor residence status, "
                        "religion or sexual orientation decides what opportunities a person "
                        "has. To that end we advise, build connections, fund projects and, "
                        "together with many others, keep developing the region's integration "
                        "concept.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Von der Koordinierungsstelle zur Stabsstelle",
                    "en": "From coordination office to staff unit",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Die Stabsstelle ist aus der früheren Koordinierungsstelle "
                        "hervorgegangen. Mit diesem Schritt hat die Region Hannover dem Thema "
                        "mehr Gewicht gegeben: Die Stabsstelle hat zusätzliche Zuständigkeiten "
                        "erhalten, arbeitet stärker strategisch und kann die Zusammenarbeit von "
                        "Verwaltung, Kommunen und Zivilgesellschaft enger gestalten.",
                        "Seit dem 1. Januar 2025 ist die Stabsstelle auch für die "
                        "Orientierungsberatung der Region Hannover zuständig. Die Beratung lief "
                        "beim Wechsel ohne Unterbrechung weiter, und die gewohnten Kontaktwege "
                        "sind geblieben.",
                    ],
                    "en": [
                        "The staff unit grew out of the former coordination office. With this "
                        "step the Hannover Region gave the subject more weight: the staff unit "
                        "took on additional responsibilities, works more strategically and can "
                        "bring administration, municipalities and civil society closer "
                        "together.",
                        "Since 1 January 2025 the staff unit has also been responsible for the "
                        "orientation counselling service of the Hannover Region. Counselling "
                        "continued without interruption during the handover, and the familiar "
                        "ways of getting in touch remained the same.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Integration und Teilhabe als Querschnittsaufgaben",
                    "en": "Integration and participation as cross-cutting tasks",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Integration verstehen wir als einen Prozess, an dem alle beteiligt "
                        "sind: Menschen, die neu ankommen, und Menschen, die schon lange hier "
                        "leben, verständigen sich und entwickeln sich gemeinsam weiter. Teilhabe "
                        "heißt, dass alle Zugang zu Bildung, Arbeit, Wohnen, Gesundheit, Kultur "
                        "und politischer Mitsprache haben.",
                        "Weil diese Fragen fast jeden Bereich der Verwaltung berühren, sind sie "
                        "Querschnittsaufgaben. Wir nehmen den Fachbereichen ihre Arbeit nicht ab, "
                        "sondern helfen ihnen, Vielfalt in den eigenen Angeboten mitzudenken – "
                        "von der Personalgewinnung bis zur Planung des Nahverkehrs.",
                    ],
                    "en": [
                        "We understand integration as a process that involves everyone: people "
                        "who have just arrived and people who have lived here for a long time "
                        "come to understand each other and develop together. Participation "
                        "means that everyone has access to education, work, housing, health, "
                        "culture and a say in politics.",
                        "Because these questions touch almost every area of the administration, "
                        "they are cross-cutting tasks. We do not take work away from the "
                        "departments; we help them keep diversity in mind in their own services, "
                        "from recruiting staff to planning public transport.",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Wir beraten Verwaltung, Kommunen und Träger und teilen unser Wissen.",
                        "Wir beteiligen Bürger*innen und Akteur*innen, bevor Entscheidungen "
                        "fallen.",
                        "Wir fördern Projekte, die Begegnung und Chancengleichheit stärken.",
                        "Wir legen in Berichten offen, was wir erreicht haben und was noch fehlt.",
                    ],
                    "en": [
                        "We advise the administration, municipalities and service providers and "
                        "share what we know.",
                        "We involve residents and stakeholders before decisions are made.",
                        "We fund projects that strengthen encounters and equal opportunities.",
                        "We report openly on what we have achieved and what is still missing.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": "Vielfalt ist in der Region Hannover längst Alltag. Unsere "
                        "Aufgabe ist es, dass sich dieser Alltag auch in der Verwaltung "
                        "wiederfindet – in ihren Angeboten, in ihrem Personal und in ihren "
                        "Entscheidungen.",
                        "en": "Diversity has long been part of everyday life in the Hannover "
                        "Region. Our task is to make sure the administration reflects that "
                        "everyday life, in its services, its staff and its decisions.",
                    },
                    "attribution": {
                        "de": "Miriam Aydın-Hoffmann, Leiterin der Stabsstelle Integration und "
                        "Teilhabe",
                        "en": "Miriam Aydın-Hoffmann, Head of the Staff Unit for Integration and "
                        "Participation",
                    },
                },
            ),
            (
                "contact",
                {
                    "name": "Miriam Aydın-Hoffmann",
                    "role": {
                        "de": "Leitung der Stabsstelle Integration und Teilhabe",
                        "en": "Head of the Staff Unit for Integration and Participation",
                    },
                    "phone": "0511 616-00100",
                    "email": "leitung.teilhabe@region-hannover.example",
                    "note": {
                        "de": "Gesprächstermine mit der Leitung vereinbaren Sie bitte über das "
                        "Sekretariat.",
                        "en": "Please arrange meetings with the head of the unit through the "
                        "front office.",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Handlungsfelder
    {
        "key": "handlungsfelder",
        "parent": None,
        "slug": {"de": "handlungsfelder", "en": "fields-of-action"},
        "title": {"de": "Handlungsfelder", "en": "Fields of action"},
        "intro": {
            "de": "Unsere Arbeit gliedert sich in sechs Handlungsfelder. Sie reichen von der "
            "strategischen Steuerung in der Verwaltung bis zur Förderung von Projekten vor Ort.",
            "en": "Our work is organised in six fields of action. They range from strategic "
            "steering within the administration to funding projects on the ground.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            (
                "paragraph",
                {
                    "de": [
                        "Die Handlungsfelder greifen ineinander: Was wir in der "
                        "Orientierungsberatung erfahren, fließt in das Integrationskonzept ein. "
                        "Was das Konzept als Ziel festhält, setzen wir mit Förderung, "
                        "Vernetzung und interkultureller Öffnung in die Praxis um. Und was sich "
                        "in der Praxis bewährt oder nicht bewährt, prüfen wir bei der nächsten "
                        "Fortschreibung.",
                        "Auf den folgenden Seiten beschreiben wir für jedes Handlungsfeld, "
                        "welche Aufgaben wir dort übernehmen, mit wem wir zusammenarbeiten und "
                        "wo Sie sich einbringen können.",
                    ],
                    "en": [
                        "The fields of action are interlinked: what we learn in orientation "
                        "counselling feeds into the integration concept. What the concept sets "
                        "as a goal, we put into practice through funding, networking and "
                        "intercultural opening. And what does or does not work in practice is "
                        "reviewed in the next revision.",
                        "On the following pages we describe for each field of action which "
                        "tasks we take on, whom we work with and where you can get involved.",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 1 Strategie
    {
        "key": "strategie",
        "parent": "handlungsfelder",
        "slug": {"de": "strategie", "en": "strategy"},
        "title": {
            "de": "Strategische Ausrichtung und Schnittstellenmanagement",
            "en": "Strategic direction and interface management",
        },
        "intro": {
            "de": "Wir sorgen dafür, dass Wissen über Integration und Teilhabe dort ankommt, wo "
            "Entscheidungen fallen – in der Regionsverwaltung und in den Kommunen der Region.",
            "en": "We make sure that knowledge about integration and participation reaches the "
            "places where decisions are made: the regional administration and the "
            "municipalities of the region.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            ("heading", {"de": "Eine zentrale Anlaufstelle", "en": "A central point of contact"}),
            (
                "paragraph",
                {
                    "de": [
                        "Fragen zu Integration und Vielfalt stellen sich in vielen "
                        "Fachbereichen: in der Jugendhilfe, in der Arbeitsmarktförderung, im "
                        "Gesundheitswesen oder bei der Planung des Nahverkehrs. Die Stabsstelle "
                        "baut deshalb eine zentrale Stelle für Information und Koordination auf. "
                        "Sie sammelt Wissen, klärt Zuständigkeiten und leitet Anfragen an die "
                        "richtige Stelle weiter.",
                        "So muss nicht jeder Fachbereich, jede Kommune und jeder Träger selbst "
                        "herausfinden, wer bereits an einem ähnlichen Thema arbeitet.",
                    ],
                    "en": [
                        "Questions about integration and diversity arise in many departments: "
                        "youth services, employment promotion, public health or public transport "
                        "planning. The staff unit is therefore building up a central office for "
                        "information and coordination. It collects knowledge, clarifies who is "
                        "responsible and passes enquiries on to the right place.",
                        "This way, not every department, municipality and service provider has "
                        "to find out on its own who is already working on a similar topic.",
                    ],
                },
            ),
            ("heading", {"de": "Wissen teilen", "en": "Sharing knowledge"}),
            (
                "paragraph",
                {
                    "de": [
                        "Viele gute Lösungen entstehen vor Ort – und bleiben dann oft auch dort. "
                        "Wir organisieren den Austausch innerhalb der Regionsverwaltung und "
                        "zwischen den Städten und Gemeinden der Region.",
                    ],
                    "en": [
                        "Many good solutions are developed locally, and often stay there. We "
                        "organise exchange within the regional administration and between the "
                        "towns and municipalities of the region.",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Regelmäßige Treffen der Integrationsbeauftragten aus den Kommunen",
                        "Arbeitshilfen und Materialsammlungen für Fachbereiche",
                        "Kurze Fachimpulse zu neuen rechtlichen und gesellschaftlichen "
                        "Entwicklungen",
                        "Beratung bei der Planung neuer Angebote",
                    ],
                    "en": [
                        "Regular meetings of the integration officers of the municipalities",
                        "Practical guides and collections of material for departments",
                        "Short expert inputs on new legal and social developments",
                        "Advice when planning new services",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Vielfalt im Verwaltungshandeln",
                    "en": "Diversity in the way the administration works",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Eine Verwaltung, die für alle da ist, sollte die Vielfalt der "
                        "Bevölkerung auch selbst abbilden. Wir unterstützen Fachbereiche dabei, "
                        "Grundsätze der Diversität in ihre Abläufe aufzunehmen – etwa bei "
                        "Stellenausschreibungen, bei Auswahlverfahren oder in der Fortbildung "
                        "von Führungskräften.",
                        "Dabei arbeiten wir eng mit dem Personalbereich und mit dem "
                        "Handlungsfeld Interkulturelle Öffnung zusammen.",
                    ],
                    "en": [
                        "An administration that serves everyone should itself reflect the "
                        "diversity of the population. We help departments build principles of "
                        "diversity into their procedures, for example in job advertisements, "
                        "selection procedures or training for managers.",
                        "In doing so we work closely with the human resources department and "
                        "with the field of action Intercultural opening.",
                    ],
                },
            ),
            (
                "accordion",
                {
                    "title": {
                        "de": "Häufige Fragen aus der Verwaltung",
                        "en": "Frequent questions from the administration",
                    },
                    "items": [
                        {
                            "question": {
                                "de": "Wir planen ein neues Angebot. Wann sollten wir die "
                                "Stabsstelle einbeziehen?",
                                "en": "We are planning a new service. When should we involve "
                                "the staff unit?",
                            },
                            "answer": {
                                "de": [
                                    "So früh wie möglich. In einem ersten Gespräch klären wir, "
                                    "welche Zielgruppen betroffen sind, welche Erfahrungen es "
                                    "schon gibt und wie Sie Menschen mit Migrationsgeschichte "
                                    "von Anfang an erreichen.",
                                ],
                                "en": [
                                    "As early as possible. In a first conversation we clarify "
                                    "which target groups are affected, what experience already "
                                    "exists and how you can reach people with a migration "
                                    "background from the start.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Können auch Städte und Gemeinden der Region Ihre "
                                "Beratung nutzen?",
                                "en": "Can towns and municipalities of the region also use your "
                                "advice?",
                            },
                            "answer": {
                                "de": [
                                    "Ja. Die Kommunen der Region sind wichtige Partnerinnen. Wir "
                                    "beraten sie kostenfrei und bringen sie mit anderen "
                                    "Kommunen zusammen, die vor ähnlichen Aufgaben stehen.",
                                ],
                                "en": [
                                    "Yes. The municipalities of the region are important "
                                    "partners. We advise them free of charge and put them in "
                                    "touch with other municipalities facing similar tasks.",
                                ],
                            },
                        },
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "Hendrik Albers",
                    "role": {
                        "de": "Referent für Strategie und Schnittstellenmanagement",
                        "en": "Adviser for strategy and interface management",
                    },
                    "phone": "0511 616-00110",
                    "email": "strategie.teilhabe@region-hannover.example",
                    "note": {
                        "de": "Erreichbar montags bis donnerstags.",
                        "en": "Available Monday to Thursday.",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 2 Integrationskonzept
    {
        "key": "integrationskonzept",
        "parent": "handlungsfelder",
        "slug": {"de": "integrationskonzept", "en": "integration-concept"},
        "title": {
            "de": "Integrationskonzept und Evaluation",
            "en": "Integration concept and evaluation",
        },
        "intro": {
            "de": "Das Integrationskonzept beschreibt, welche Ziele sich die Region Hannover "
            "für ein chancengerechtes Zusammenleben setzt. Wir schreiben es regelmäßig fort – "
            "gemeinsam mit Bürger*innen und Akteur*innen.",
            "en": "The integration concept sets out the goals the Hannover Region has set "
            "itself for living together with equal opportunities. We revise it regularly, "
            "together with residents and stakeholders.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            (
                "heading",
                {"de": "Was das Integrationskonzept ist", "en": "What the integration concept is"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Das Integrationskonzept ist das strategische Leitdokument der Region "
                        "Hannover für Integration und Teilhabe. Es ist nach Handlungsfeldern "
                        "gegliedert und nennt für jedes Feld Ziele und Maßnahmen.",
                        "Fertig ist ein solches Konzept nie. Die Gesellschaft verändert sich, "
                        "neue Menschen kommen an, manche Maßnahmen wirken, andere nicht. Deshalb "
                        "überprüfen wir das Konzept in festen Abständen und passen es an. Diesen "
                        "Kreislauf nennen wir Fortschreibung.",
                    ],
                    "en": [
                        "The integration concept is the Hannover Region's strategic guiding "
                        "document for integration and participation. It is organised by fields "
                        "of action and names goals and measures for each of them.",
                        "A concept like this is never finished. Society changes, new people "
                        "arrive, some measures work and others do not. That is why we review the "
                        "concept at regular intervals and adapt it. We call this cycle the "
                        "revision (Fortschreibung).",
                    ],
                },
            ),
            (
                "heading",
                {"de": "So läuft eine Fortschreibung ab", "en": "How a revision works"},
            ),
            (
                "table",
                {
                    "caption": {
                        "de": "Die Schritte einer Fortschreibung",
                        "en": "The steps of a revision",
                    },
                    "columns": [
                        {"de": "Schritt", "en": "Step"},
                        {"de": "Was passiert", "en": "What happens"},
                        {"de": "Wer ist beteiligt", "en": "Who is involved"},
                    ],
                    "rows": [
                        [
                            {"de": "1. Entwurf", "en": "1. Draft"},
                            {
                                "de": "Auf Grundlage von Berichten und Rückmeldungen entsteht "
                                "ein überarbeiteter Entwurf.",
                                "en": "A revised draft is prepared on the basis of reports and "
                                "feedback.",
                            },
                            {"de": "Stabsstelle, Fachbereiche", "en": "Staff unit, departments"},
                        ],
                        [
                            {"de": "2. Beteiligung", "en": "2. Consultation"},
                            {
                                "de": "Der Entwurf wird online veröffentlicht und kann Absatz "
                                "für Absatz kommentiert werden.",
                                "en": "The draft is published online and can be commented on "
                                "paragraph by paragraph.",
                            },
                            {
                                "de": "Bürger*innen, Vereine, Kommunen",
                                "en": "Residents, associations, municipalities",
                            },
                        ],
                        [
                            {"de": "3. Auswertung", "en": "3. Evaluation"},
                            {
                                "de": "Alle Beiträge werden gelesen, bewertet und öffentlich "
                                "beantwortet.",
                                "en": "Every contribution is read, assessed and answered publicly.",
                            },
                            {"de": "Stabsstelle", "en": "Staff unit"},
                        ],
                        [
                            {"de": "4. Überarbeitung", "en": "4. Revision"},
                            {
                                "de": "Der Entwurf wird angepasst; jede Änderung wird mit den "
                                "Beiträgen verknüpft, die sie ausgelöst haben.",
                                "en": "The draft is amended; each change is linked to the "
                                "contributions that led to it.",
                            },
                            {"de": "Stabsstelle, Fachbereiche", "en": "Staff unit, departments"},
                        ],
                        [
                            {"de": "5. Beschluss", "en": "5. Adoption"},
                            {
                                "de": "Die Regionsversammlung berät die neue Fassung und "
                                "beschließt sie.",
                                "en": "The regional assembly debates and adopts the new version.",
                            },
                            {"de": "Regionsversammlung", "en": "Regional assembly"},
                        ],
                        [
                            {"de": "6. Bericht", "en": "6. Report"},
                            {
                                "de": "Ein Bericht zeigt, was aus den Maßnahmen geworden ist, "
                                "und bereitet die nächste Runde vor.",
                                "en": "A report shows what has become of the measures and "
                                "prepares the next round.",
                            },
                            {"de": "Stabsstelle", "en": "Staff unit"},
                        ],
                    ],
                },
            ),
            (
                "heading",
                {"de": "Entwürfe online kommentieren", "en": "Commenting on drafts online"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Während einer Online-Konsultation steht der Entwurf auf dieser Website "
                        "allen offen. Sie können einzelne Absätze kommentieren, den Entwurf als "
                        "Ganzes bewerten oder für Ihre Organisation eine Stellungnahme "
                        "einreichen. Ein Benutzerkonto brauchen Sie dafür nicht: Sie bestätigen "
                        "Ihren Beitrag einmal über einen Link, den wir Ihnen per E-Mail "
                        "schicken.",
                        "Nach dem Ende der Konsultation veröffentlichen wir, wie wir mit den "
                        "Beiträgen umgegangen sind. Zwei Fassungen des Konzepts lassen sich "
                        "Absatz für Absatz miteinander vergleichen.",
                    ],
                    "en": [
                        "During an online consultation the draft is open to everyone on this "
                        "website. You can comment on individual paragraphs, give your view on "
                        "the draft as a whole or submit a statement on behalf of your "
                        "organisation. You do not need a user account: you confirm your "
                        "contribution once through a link we send you by e-mail.",
                        "After the consultation has closed we publish how we dealt with the "
                        "contributions. Two versions of the concept can be compared paragraph "
                        "by paragraph.",
                    ],
                },
            ),
            ("heading", {"de": "Evaluation und Berichte", "en": "Evaluation and reports"}),
            (
                "paragraph",
                {
                    "de": [
                        "Ob das Konzept wirkt, soll nachvollziehbar sein. Deshalb berichten wir "
                        "regelmäßig über den Stand der Maßnahmen. Wir werten dafür Daten aus, "
                        "befragen Beteiligte und nehmen Rückmeldungen aus der Beratung und aus "
                        "dem Interkulturellen Forum auf. Jeder Bericht beantwortet vier Fragen:",
                    ],
                    "en": [
                        "Whether the concept works should be easy to follow. That is why we "
                        "report regularly on the progress of the measures. To do so we analyse "
                        "data, survey those involved and take up feedback from counselling and "
                        "from the Intercultural Forum. Each report answers four questions:",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Welche Maßnahmen wurden umgesetzt, welche verschoben?",
                        "Welche Zielgruppen wurden erreicht, welche noch nicht?",
                        "Was haben Bürger*innen und Akteur*innen zurückgemeldet?",
                        "Was folgt daraus für die nächste Fortschreibung?",
                    ],
                    "en": [
                        "Which measures were carried out, and which were postponed?",
                        "Which target groups were reached, and which not yet?",
                        "What feedback did residents and stakeholders give?",
                        "What follows from this for the next revision?",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": {
                        "de": "Beim Integrationskonzept mitreden",
                        "en": "Have your say on the integration concept",
                    },
                    "text": {
                        "de": "Erfahren Sie, wie Sie sich an laufenden Online-Konsultationen "
                        "beteiligen und uns jederzeit Rückmeldung geben können.",
                        "en": "Find out how to take part in current online consultations and how "
                        "to send us feedback at any time.",
                    },
                    "page": "beteiligung-info",
                    "button_label": {
                        "de": "So können Sie mitreden",
                        "en": "How to have your say",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 3 Ausländerbehörde
    {
        "key": "auslaenderbehoerde",
        "parent": "handlungsfelder",
        "slug": {
            "de": "unterstuetzung-auslaenderbehoerde",
            "en": "support-immigration-office",
        },
        "title": {
            "de": "Unterstützung der Ausländerbehörde",
            "en": "Support for the immigration office",
        },
        "intro": {
            "de": "Wir ergänzen die Arbeit der Ausländerbehörde der Region Hannover: mit der "
            "Orientierungsberatung, mit Projekten gemeinsam mit Migrant*innenorganisationen und "
            "mit Schulungen für Mitarbeitende.",
            "en": "We complement the work of the Hannover Region's immigration office: with "
            "orientation counselling, with projects run together with migrant organisations "
            "and with training for staff.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            (
                "heading",
                {
                    "de": "Orientierung über das einzelne Verfahren hinaus",
                    "en": "Orientation beyond the individual procedure",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Die Ausländerbehörde entscheidet über Aufenthaltstitel und Anträge. "
                        "Viele Menschen haben aber Fragen, die weit über ihr Verfahren "
                        "hinausgehen: Wo finde ich einen Deutschkurs? Wie wird mein "
                        "Berufsabschluss anerkannt? Wer hilft mir bei der Wohnungssuche?",
                        "Für solche Fragen gibt es die Orientierungsberatung, die seit Anfang "
                        "2025 zur Stabsstelle gehört. Wir entwickeln das Angebot weiter – zum "
                        "Beispiel mit zusätzlichen Sprachen, Beratung per Video und kürzeren "
                        "Wartezeiten.",
                    ],
                    "en": [
                        "The immigration office decides on residence permits and applications. "
                        "But many people have questions that go far beyond their procedure: "
                        "where can I find a German course? How is my professional qualification "
                        "recognised? Who can help me look for a flat?",
                        "These questions are what orientation counselling is for; it has been "
                        "part of the staff unit since the beginning of 2025. We keep improving "
                        "the service, for example with additional languages, counselling by "
                        "video and shorter waiting times.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Projekte mit Migrant*innenorganisationen",
                    "en": "Projects with migrant organisations",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Migrant*innenorganisationen kennen die Lebenswirklichkeit ihrer "
                        "Communitys oft besser als jede Behörde. Wir begleiten gemeinsame "
                        "Projekte, in denen sie Informationen weitergeben, Menschen zu Terminen "
                        "begleiten oder Veranstaltungen in ihren Sprachen anbieten.",
                    ],
                    "en": [
                        "Migrant organisations often know the everyday reality of their "
                        "communities better than any authority. We support joint projects in "
                        "which they pass on information, accompany people to appointments or "
                        "hold events in their languages.",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Informationsabende zu Aufenthalt, Arbeit und Ausbildung in mehreren "
                        "Sprachen",
                        "Qualifizierung ehrenamtlicher Integrationslots*innen",
                        "Gemeinsame Auswertung der Hürden, die Menschen im Kontakt mit Behörden "
                        "erleben",
                    ],
                    "en": [
                        "Information evenings on residence, work and training in several languages",
                        "Training for volunteer integration guides",
                        "Joint analysis of the obstacles people face when dealing with authorities",
                    ],
                },
            ),
            ("heading", {"de": "Schulungen für Mitarbeitende", "en": "Training for staff"}),
            (
                "paragraph",
                {
                    "de": [
                        "Für Mitarbeitende der Ausländerbehörde und anderer Fachbereiche "
                        "organisieren wir Fortbildungen zu Integrationsthemen. Sie verbinden "
                        "rechtliches Grundwissen mit praktischen Fragen der Kommunikation im "
                        "Arbeitsalltag.",
                    ],
                    "en": [
                        "We organise training on integration topics for staff of the "
                        "immigration office and other departments. The courses combine basic "
                        "legal knowledge with practical questions of communication in everyday "
                        "work.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": {
                        "de": "Beispiele aus dem Schulungsprogramm",
                        "en": "Examples from the training programme",
                    },
                    "columns": [
                        {"de": "Thema", "en": "Topic"},
                        {"de": "Zielgruppe", "en": "Target group"},
                        {"de": "Format", "en": "Format"},
                    ],
                    "rows": [
                        [
                            {
                                "de": "Verständlich kommunizieren mit wenig gemeinsamer Sprache",
                                "en": "Communicating clearly with little shared language",
                            },
                            {
                                "de": "Mitarbeitende mit Publikumsverkehr",
                                "en": "Staff who deal with the public",
                            },
                            {"de": "Halbtägiger Workshop", "en": "Half-day workshop"},
                        ],
                        [
                            {
                                "de": "Arbeiten mit Sprachmittler*innen",
                                "en": "Working with community interpreters",
                            },
                            {
                                "de": "Beratungs- und Servicekräfte",
                                "en": "Counselling and service staff",
                            },
                            {"de": "Workshop mit Übungen", "en": "Workshop with exercises"},
                        ],
                        [
                            {
                                "de": "Neues im Zuwanderungsrecht",
                                "en": "Updates in immigration law",
                            },
                            {"de": "Sachbearbeitung", "en": "Case officers"},
                            {"de": "Online-Fachimpuls", "en": "Online briefing"},
                        ],
                        [
                            {
                                "de": "Umgang mit Diskriminierungserfahrungen",
                                "en": "Dealing with experiences of discrimination",
                            },
                            {"de": "Teams und Führungskräfte", "en": "Teams and managers"},
                            {"de": "Ganztägiges Seminar", "en": "Full-day seminar"},
                        ],
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": {
                        "de": "Neu in der Region Hannover?",
                        "en": "New to the Hannover Region?",
                    },
                    "text": {
                        "de": "Sie haben Fragen zu Alltag, Sprache oder Arbeit? Die "
                        "Orientierungsberatung hilft Ihnen weiter. Hier erfahren Sie, wie Sie "
                        "einen Termin bekommen.",
                        "en": "Do you have questions about everyday life, language or work? "
                        "Orientation counselling can help. Find out how to get an appointment.",
                    },
                    "page": "orientierungsberatung",
                    "button_label": {
                        "de": "Zur Orientierungsberatung",
                        "en": "Go to orientation counselling",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 4 Vernetzung
    {
        "key": "vernetzung",
        "parent": "handlungsfelder",
        "slug": {"de": "vernetzung", "en": "networking"},
        "title": {
            "de": "Vernetzung und Öffentlichkeitsarbeit",
            "en": "Networking and public relations",
        },
        "intro": {
            "de": "Gutes Zusammenleben entsteht, wenn Menschen und Organisationen voneinander "
            "wissen. Wir knüpfen Netzwerke, laden zu Veranstaltungen ein und machen Vielfalt in "
            "der Region sichtbar.",
            "en": "Good community relations grow when people and organisations know about "
            "each other. We build networks, hold events and make diversity in the region "
            "visible.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            (
                "heading",
                {"de": "Netzwerke aufbauen und pflegen", "en": "Building and maintaining networks"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "In der Region Hannover engagieren sich Verwaltungen, "
                        "Wohlfahrtsverbände, Bildungsträger, Religionsgemeinschaften, "
                        "Migrant*innenorganisationen und sehr viele Ehrenamtliche. Wir bringen "
                        "diese Akteur*innen über Fach- und Ortsgrenzen hinweg zusammen, damit "
                        "Angebote aufeinander abgestimmt sind und Lücken früh auffallen.",
                    ],
                    "en": [
                        "Administrations, welfare organisations, education providers, religious "
                        "communities, migrant organisations and a great many volunteers are "
                        "active in the Hannover Region. We bring these stakeholders together "
                        "across disciplines and places, so that services fit together and gaps "
                        "are noticed early.",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Fachnetzwerke zu Arbeit, Bildung, Gesundheit und Wohnen",
                        "Ein regionsweiter Verteiler mit Terminen und Fördermöglichkeiten",
                        "Austausch mit den Integrationsbeauftragten der Städte und Gemeinden",
                    ],
                    "en": [
                        "Expert networks on work, education, health and housing",
                        "A region-wide mailing list with dates and funding opportunities",
                        "Exchange with the integration officers of the towns and municipalities",
                    ],
                },
            ),
            ("heading", {"de": "Das Interkulturelle Forum", "en": "The Intercultural Forum"}),
            (
                "paragraph",
                {
                    "de": [
                        "Das Interkulturelle Forum ist ein offener Ort für den Austausch "
                        "zwischen Zivilgesellschaft, Politik und Verwaltung. Es kommt mehrmals "
                        "im Jahr zusammen, mal vor Ort, mal online. Jede Sitzung hat ein "
                        "Schwerpunktthema; bei Bedarf bieten wir Verdolmetschung an.",
                        "Die Ergebnisse jeder Sitzung werden dokumentiert und fließen als "
                        "Beiträge in die Fortschreibung des Integrationskonzepts ein. Die "
                        "Teilnahme ist kostenlos; da die Plätze begrenzt sind, bitten wir um "
                        "Anmeldung.",
                    ],
                    "en": [
                        "The Intercultural Forum is an open space for exchange between civil "
                        "society, politics and the administration. It meets several times a "
                        "year, sometimes on site and sometimes online. Each session has a main "
                        "topic; interpreting is offered where needed.",
                        "The results of every session are documented and feed into the revision "
                        "of the integration concept as contributions. Taking part is free of "
                        "charge; as places are limited, please register.",
                    ],
                },
            ),
            ("heading", {"de": "Veranstaltungen und Kampagnen", "en": "Events and campaigns"}),
            (
                "paragraph",
                {
                    "de": [
                        "Mit Veranstaltungen und Kampagnen wollen wir für Vielfalt "
                        "sensibilisieren und Vorurteilen etwas entgegensetzen. Dazu gehören "
                        "Fachtage, Lesungen und Diskussionsabende ebenso wie Plakataktionen, "
                        "etwa im Rahmen der Internationalen Wochen gegen Rassismus.",
                    ],
                    "en": [
                        "With events and campaigns we want to raise awareness of diversity and "
                        "counter prejudice. These include conferences, readings and discussion "
                        "evenings as well as poster campaigns, for example during the "
                        "International Weeks against Racism.",
                    ],
                },
            ),
            (
                "accordion",
                {
                    "title": {
                        "de": "Fragen zum Interkulturellen Forum",
                        "en": "Questions about the Intercultural Forum",
                    },
                    "items": [
                        {
                            "question": {
                                "de": "Wer kann am Interkulturellen Forum teilnehmen?",
                                "en": "Who can take part in the Intercultural Forum?",
                            },
                            "answer": {
                                "de": [
                                    "Alle, die in der Region Hannover leben oder arbeiten und "
                                    "sich für das Zusammenleben interessieren. Vertreter*innen "
                                    "von Vereinen und Initiativen sind ebenso willkommen wie "
                                    "Einzelpersonen.",
                                ],
                                "en": [
                                    "Anyone who lives or works in the Hannover Region and cares "
                                    "about how we live together. Representatives of "
                                    "associations and initiatives are just as welcome as "
                                    "individuals.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Wie melde ich mich an?",
                                "en": "How do I register?",
                            },
                            "answer": {
                                "de": [
                                    "Über die Seite der jeweiligen Sitzung. Nach der Anmeldung "
                                    "erhalten Sie eine E-Mail mit einem Bestätigungslink. Sind "
                                    "alle Plätze vergeben, kommen Sie auf die Warteliste; wir "
                                    "benachrichtigen Sie, sobald ein Platz frei wird.",
                                ],
                                "en": [
                                    "On the page of the session in question. After registering "
                                    "you receive an e-mail with a confirmation link. If all "
                                    "places are taken, you are put on the waiting list and we "
                                    "let you know as soon as a place becomes free.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Kann ich ein Thema vorschlagen?",
                                "en": "Can I suggest a topic?",
                            },
                            "answer": {
                                "de": [
                                    "Ja, sehr gern. Schreiben Sie uns über das "
                                    "Rückmeldeformular oder per E-Mail. Wir sammeln die "
                                    "Vorschläge und legen die Tagesordnung einige Wochen vor "
                                    "jeder Sitzung fest.",
                                ],
                                "en": [
                                    "Yes, please do. Write to us using the feedback form or by "
                                    "e-mail. We collect the suggestions and set the agenda a few "
                                    "weeks before each session.",
                                ],
                            },
                        },
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "Sara Nikolaidis",
                    "role": {
                        "de": "Vernetzung und Interkulturelles Forum",
                        "en": "Networking and Intercultural Forum",
                    },
                    "phone": "0511 616-00120",
                    "email": "forum.teilhabe@region-hannover.example",
                    "note": {
                        "de": "Fragen zu Veranstaltungen, Netzwerken und zum Interkulturellen "
                        "Forum",
                        "en": "Questions about events, networks and the Intercultural Forum",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 5 Fördermanagement
    {
        "key": "foerdermanagement",
        "parent": "handlungsfelder",
        "slug": {"de": "foerdermanagement", "en": "funding-management"},
        "title": {"de": "Fördermanagement", "en": "Funding management"},
        "intro": {
            "de": "Wir verwalten den Regionsfonds für Vielfalt und Teilhabe, entwickeln die "
            "Förderkriterien weiter und informieren regelmäßig darüber, wie Sie Mittel "
            "beantragen können.",
            "en": "We manage the Regional Fund for Diversity and Participation, develop its "
            "funding criteria further and regularly explain how you can apply for funding.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            (
                "heading",
                {
                    "de": "Der Regionsfonds für Vielfalt und Teilhabe",
                    "en": "The Regional Fund for Diversity and Participation",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Mit dem Regionsfonds unterstützt die Region Hannover Projekte, die "
                        "Begegnung ermöglichen, Benachteiligung abbauen und Menschen mit "
                        "Migrationsgeschichte stärken. Die Stabsstelle betreut den Fonds von der "
                        "ersten Beratung vor dem Antrag bis zur Prüfung des "
                        "Verwendungsnachweises.",
                    ],
                    "en": [
                        "Through the Regional Fund the Hannover Region supports projects that "
                        "bring people together, reduce disadvantage and empower people with a "
                        "migration background. The staff unit looks after the fund from the "
                        "first advice before an application to the review of the final "
                        "financial report.",
                    ],
                },
            ),
            (
                "heading",
                {"de": "Passgenaue Förderkriterien", "en": "Funding criteria that fit"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Förderregeln sollen klar und fair sein und für kleine Vereine ebenso "
                        "gut handhabbar wie für große Träger. Deshalb entwickeln wir die "
                        "Kriterien und Richtlinien regelmäßig weiter und stützen uns dabei auf "
                        "die Erfahrungen aus abgeschlossenen Projekten.",
                        "Entwürfe neuer Kriterien stellen wir vor ihrer Einführung online zur "
                        "Diskussion, damit Antragsteller*innen ihre Erfahrungen einbringen "
                        "können.",
                    ],
                    "en": [
                        "Funding rules should be clear and fair, and just as manageable for "
                        "small associations as for large organisations. That is why we keep "
                        "developing the criteria and guidelines, drawing on the experience of "
                        "completed projects.",
                        "Before new criteria are introduced, we put the draft online for "
                        "discussion so that applicants can contribute their experience.",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Verständliche Antragsformulare mit Ausfüllhilfen",
                        "Ein vereinfachtes Verfahren für kleine Fördersummen",
                        "Bewertung nach veröffentlichten Kriterien",
                    ],
                    "en": [
                        "Easy-to-understand application forms with guidance notes",
                        "A simplified procedure for small grants",
                        "Assessment against published criteria",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Informationsveranstaltungen zur Mittelvergabe",
                    "en": "Information sessions on the allocation of funds",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Vor jeder Antragsfrist laden wir zu einer kostenlosen "
                        "Informationsveranstaltung im Internet ein. Dort erklären wir das "
                        "Verfahren, beantworten Fragen und geben Tipps aus der Praxis. Die "
                        "Teilnahme ist keine Voraussetzung für einen Antrag, macht ihn aber "
                        "meist leichter.",
                    ],
                    "en": [
                        "Before each application deadline we hold a free online information "
                        "session. We explain the procedure, answer questions and share "
                        "practical tips. Attending is not a requirement for applying, but it "
                        "usually makes the application easier.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": {
                        "de": "Das Förderjahr 2027 im Überblick",
                        "en": "The 2027 funding year at a glance",
                    },
                    "columns": [
                        {"de": "Förderrunde", "en": "Funding round"},
                        {"de": "Informationsveranstaltung", "en": "Information session"},
                        {"de": "Antragsfrist", "en": "Application deadline"},
                        {"de": "Entscheidung bis", "en": "Decision by"},
                    ],
                    "rows": [
                        [
                            {"de": "1. Quartal", "en": "1st quarter"},
                            {"de": "2. Dezember 2026", "en": "2 December 2026"},
                            {"de": "15. Januar 2027", "en": "15 January 2027"},
                            {"de": "28. Februar 2027", "en": "28 February 2027"},
                        ],
                        [
                            {"de": "2. Quartal", "en": "2nd quarter"},
                            {"de": "17. März 2027", "en": "17 March 2027"},
                            {"de": "15. April 2027", "en": "15 April 2027"},
                            {"de": "31. Mai 2027", "en": "31 May 2027"},
                        ],
                        [
                            {"de": "3. Quartal", "en": "3rd quarter"},
                            {"de": "16. Juni 2027", "en": "16 June 2027"},
                            {"de": "15. Juli 2027", "en": "15 July 2027"},
                            {"de": "31. August 2027", "en": "31 August 2027"},
                        ],
                        [
                            {"de": "4. Quartal", "en": "4th quarter"},
                            {"de": "15. September 2027", "en": "15 September 2027"},
                            {"de": "15. Oktober 2027", "en": "15 October 2027"},
                            {"de": "30. November 2027", "en": "30 November 2027"},
                        ],
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": {
                        "de": "Alles zum Regionsfonds",
                        "en": "All about the Regional Fund",
                    },
                    "text": {
                        "de": "Wer einen Antrag stellen kann, was gefördert wird und wie das "
                        "Verfahren abläuft, lesen Sie auf der Seite des Regionsfonds.",
                        "en": "Who can apply, what is funded and how the procedure works is "
                        "explained on the Regional Fund's page.",
                    },
                    "page": "regionsfonds",
                    "button_label": {"de": "Zum Regionsfonds", "en": "Go to the Regional Fund"},
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 6 IKÖ
    {
        "key": "ikoe",
        "parent": "handlungsfelder",
        "slug": {"de": "interkulturelle-oeffnung", "en": "intercultural-opening"},
        "title": {"de": "Interkulturelle Öffnung", "en": "Intercultural opening"},
        "intro": {
            "de": "Interkulturelle Öffnung heißt: Die Regionsverwaltung richtet ihre Angebote, "
            "ihre Abläufe und ihr Personal so aus, dass sie allen Menschen in der Region "
            "gerecht wird.",
            "en": "Intercultural opening means that the regional administration shapes its "
            "services, its procedures and its workforce so that it does justice to everyone in "
            "the region.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            (
                "heading",
                {"de": "Leitlinien für die Verwaltung", "en": "Guidelines for the administration"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Wir erarbeiten Leitlinien, die beschreiben, woran man eine "
                        "interkulturell offene Verwaltung erkennt. Sie geben den Fachbereichen "
                        "Orientierung, zum Beispiel bei der Gestaltung von Formularen, bei "
                        "mehrsprachigen Informationen oder bei der Bildauswahl für "
                        "Veröffentlichungen.",
                        "Die Leitlinien entstehen nicht allein am Schreibtisch: Entwürfe stellen "
                        "wir Mitarbeitenden, Bürger*innen und Migrant*innenorganisationen zur "
                        "Kommentierung vor.",
                    ],
                    "en": [
                        "We draw up guidelines describing what an interculturally open "
                        "administration looks like. They give departments direction, for "
                        "example when designing forms, providing information in several "
                        "languages or choosing images for publications.",
                        "The guidelines are not written at a desk alone: we present drafts to "
                        "staff, residents and migrant organisations for comment.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Interkulturelle Kompetenz stärken",
                    "en": "Strengthening intercultural competence",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Interkulturelle Kompetenz ist keine Eigenschaft, die man hat oder nicht "
                        "hat – sie lässt sich lernen. Wir bieten Mitarbeitenden aller Ebenen "
                        "Fortbildungen, Beratung und Austausch an.",
                    ],
                    "en": [
                        "Intercultural competence is not a trait you either have or lack; it can "
                        "be learned. We offer training, advice and exchange to staff at all "
                        "levels.",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Grundlagenseminare für neue Mitarbeitende",
                        "Vertiefungsmodule für Führungskräfte",
                        "Teamberatung zu konkreten Fragen aus dem Arbeitsalltag",
                        "Kollegiale Fallbesprechungen",
                    ],
                    "en": [
                        "Introductory seminars for new staff",
                        "Advanced modules for managers",
                        "Team advice on specific questions from everyday work",
                        "Peer case discussions",
                    ],
                },
            ),
            ("heading", {"de": "Mehr Vielfalt im Personal", "en": "A more diverse workforce"}),
            (
                "paragraph",
                {
                    "de": [
                        "Die Vielfalt der Einwohner*innen soll sich auch unter den Beschäftigten "
                        "der Region Hannover zeigen. Gemeinsam mit dem Personalbereich arbeiten "
                        "wir daran, mehr Mitarbeitende mit Migrationsgeschichte zu gewinnen – "
                        "etwa durch mehrsprachige Ansprache auf Ausbildungsmessen, durch "
                        "vorurteilsbewusste Auswahlverfahren und durch Mentoring.",
                    ],
                    "en": [
                        "The diversity of the region's residents should also be visible among "
                        "the Hannover Region's employees. Together with the human resources "
                        "department we work to attract more staff with a migration background, "
                        "for example through multilingual outreach at careers fairs, "
                        "bias-aware selection procedures and mentoring.",
                    ],
                },
            ),
            (
                "accordion",
                {
                    "title": {"de": "Häufige Fragen", "en": "Frequently asked questions"},
                    "items": [
                        {
                            "question": {
                                "de": "Ist interkulturelle Öffnung nur ein Thema für Stellen mit "
                                "viel Publikumsverkehr?",
                                "en": "Is intercultural opening only a matter for offices that "
                                "deal a lot with the public?",
                            },
                            "answer": {
                                "de": [
                                    "Nein. Auch Bereiche ohne direkten Kontakt zu Bürger*innen "
                                    "treffen Entscheidungen, die sich auf verschiedene Gruppen "
                                    "unterschiedlich auswirken. Unser Angebot richtet sich "
                                    "deshalb an die gesamte Verwaltung.",
                                ],
                                "en": [
                                    "No. Departments without direct contact with the public "
                                    "also make decisions that affect different groups in "
                                    "different ways. Our offer is therefore aimed at the whole "
                                    "administration.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Werden Beschäftigte nach ihrer Migrationsgeschichte "
                                "gefragt?",
                                "en": "Are employees asked about their migration background?",
                            },
                            "answer": {
                                "de": [
                                    "Nur freiwillig und anonym, zum Beispiel in "
                                    "Beschäftigtenbefragungen. Niemand muss Angaben zu seiner "
                                    "Herkunft machen.",
                                ],
                                "en": [
                                    "Only on a voluntary and anonymous basis, for example in "
                                    "staff surveys. Nobody has to give any information about "
                                    "their origin.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Wie kann mein Team eine Beratung anfragen?",
                                "en": "How can my team request advice?",
                            },
                            "answer": {
                                "de": [
                                    "Schreiben Sie uns eine kurze E-Mail mit Ihrem Anliegen. "
                                    "Wir melden uns innerhalb von zwei Wochen und vereinbaren "
                                    "ein erstes Gespräch.",
                                ],
                                "en": [
                                    "Send us a short e-mail describing what you need. We will "
                                    "get back to you within two weeks to arrange a first "
                                    "meeting.",
                                ],
                            },
                        },
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "Nadia Rahimi",
                    "role": {
                        "de": "Referentin für Interkulturelle Öffnung",
                        "en": "Adviser for intercultural opening",
                    },
                    "phone": "0511 616-00140",
                    "email": "ikoe.teilhabe@region-hannover.example",
                    "note": {
                        "de": "Für Anfragen aus der Regionsverwaltung und aus den Kommunen",
                        "en": "For enquiries from the regional administration and the "
                        "municipalities",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Orientierungsberatung
    {
        "key": "orientierungsberatung",
        "parent": None,
        "slug": {"de": "orientierungsberatung", "en": "orientation-counselling"},
        "title": {"de": "Orientierungsberatung", "en": "Orientation counselling"},
        "intro": {
            "de": "Die Orientierungsberatung hilft Menschen, die neu in die Region Hannover "
            "gekommen sind, sich zurechtzufinden. Die Beratung ist kostenlos, vertraulich und "
            "in mehreren Sprachen möglich.",
            "en": "Orientation counselling helps people who have recently come to the Hannover "
            "Region find their way around. Counselling is free of charge, confidential and "
            "available in several languages.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            ("heading", {"de": "Unser Angebot", "en": "What we offer"}),
            (
                "paragraph",
                {
                    "de": [
                        "Wer neu in ein Land kommt, hat viele Fragen auf einmal. In der "
                        "Orientierungsberatung nehmen wir uns Zeit, sortieren mit Ihnen Ihre "
                        "Anliegen und zeigen Ihnen, wer Ihnen weiterhelfen kann. Wir begleiten "
                        "Sie bei den ersten Schritten, bis Sie sich selbst gut auskennen. Wir "
                        "beraten zum Beispiel zu diesen Themen:",
                    ],
                    "en": [
                        "Anyone who comes to a new country has many questions at once. In "
                        "orientation counselling we take our time, sort out your concerns with "
                        "you and show you who can help you further. We accompany you through the "
                        "first steps until you know your way around. We advise, for example, on "
                        "these topics:",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Deutschkurse und Integrationskurse",
                        "Anerkennung von Schul- und Berufsabschlüssen",
                        "Arbeit, Ausbildung und Studium",
                        "Wohnen, Gesundheit und Krankenversicherung",
                        "Kinderbetreuung und Schule",
                        "Beratungsstellen und Vereine in Ihrer Nähe",
                    ],
                    "en": [
                        "German courses and integration courses",
                        "Recognition of school and professional qualifications",
                        "Work, vocational training and university studies",
                        "Housing, health and health insurance",
                        "Childcare and school",
                        "Advice centres and associations near you",
                    ],
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Die Orientierungsberatung ersetzt keine Rechtsberatung. Bei Fragen zu "
                        "Ihrem Aufenthaltsrecht nennen wir Ihnen Stellen, die Sie unabhängig "
                        "beraten.",
                    ],
                    "en": [
                        "Orientation counselling is not legal advice. If you have questions "
                        "about your right of residence, we will refer you to independent advice "
                        "services.",
                    ],
                },
            ),
            ("heading", {"de": "Sprachen", "en": "Languages"}),
            (
                "paragraph",
                {
                    "de": [
                        "Wir beraten auf Deutsch, Englisch, Arabisch, Farsi und Dari, Türkisch, "
                        "Ukrainisch und Russisch. Für weitere Sprachen organisieren wir eine "
                        "Sprachmittlung. Bitte sagen Sie uns bei der Terminvereinbarung, welche "
                        "Sprache Sie brauchen.",
                    ],
                    "en": [
                        "We advise in German, English, Arabic, Farsi and Dari, Turkish, "
                        "Ukrainian and Russian. For other languages we arrange an interpreter. "
                        "Please tell us which language you need when you make your appointment.",
                    ],
                },
            ),
            ("heading", {"de": "So bekommen Sie einen Termin", "en": "How to get an appointment"}),
            (
                "paragraph",
                {
                    "de": [
                        "Die meisten Beratungen finden mit Termin statt. Einen Termin können Sie "
                        "telefonisch oder per E-Mail anfragen; wir melden uns in der Regel "
                        "innerhalb von zwei Werktagen. Auf Wunsch beraten wir Sie auch am "
                        "Telefon oder per Video.",
                        "In der offenen Sprechstunde können Sie ohne Termin vorbeikommen. Dann "
                        "kann es allerdings zu Wartezeiten kommen.",
                    ],
                    "en": [
                        "Most counselling sessions take place by appointment. You can ask for an "
                        "appointment by phone or by e-mail; we usually get back to you within "
                        "two working days. If you prefer, we can also advise you by phone or by "
                        "video.",
                        "During the open consultation hours you can come without an "
                        "appointment, although you may have to wait.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": {
                        "de": "Sprechzeiten der Orientierungsberatung",
                        "en": "Consultation hours of orientation counselling",
                    },
                    "columns": [
                        {"de": "Tag", "en": "Day"},
                        {"de": "Uhrzeit", "en": "Time"},
                        {"de": "Art der Beratung", "en": "Type of counselling"},
                    ],
                    "rows": [
                        [
                            {"de": "Montag", "en": "Monday"},
                            {"de": "9 bis 12 Uhr", "en": "9 am to 12 noon"},
                            {"de": "Beratung mit Termin", "en": "By appointment"},
                        ],
                        [
                            {"de": "Dienstag", "en": "Tuesday"},
                            {"de": "9 bis 12 Uhr", "en": "9 am to 12 noon"},
                            {
                                "de": "Offene Sprechstunde ohne Termin",
                                "en": "Open consultation hours, no appointment needed",
                            },
                        ],
                        [
                            {"de": "Mittwoch", "en": "Wednesday"},
                            {"de": "12 bis 15 Uhr", "en": "12 noon to 3 pm"},
                            {
                                "de": "Beratung mit Termin, auch per Video",
                                "en": "By appointment, also by video",
                            },
                        ],
                        [
                            {"de": "Donnerstag", "en": "Thursday"},
                            {"de": "9 bis 15 Uhr", "en": "9 am to 3 pm"},
                            {"de": "Beratung mit Termin", "en": "By appointment"},
                        ],
                        [
                            {"de": "Freitag", "en": "Friday"},
                            {"de": "9 bis 12 Uhr", "en": "9 am to 12 noon"},
                            {"de": "Telefonische Beratung", "en": "Counselling by phone"},
                        ],
                    ],
                },
            ),
            (
                "accordion",
                {
                    "title": {
                        "de": "Häufige Fragen zur Orientierungsberatung",
                        "en": "Frequent questions about orientation counselling",
                    },
                    "items": [
                        {
                            "question": {
                                "de": "Was kostet die Beratung?",
                                "en": "How much does counselling cost?",
                            },
                            "answer": {
                                "de": ["Nichts. Die Beratung ist für Sie kostenlos."],
                                "en": ["Nothing. Counselling is free of charge for you."],
                            },
                        },
                        {
                            "question": {
                                "de": "Muss ich Unterlagen mitbringen?",
                                "en": "Do I need to bring documents?",
                            },
                            "answer": {
                                "de": [
                                    "Nötig ist das nicht, es kann aber helfen. Bringen Sie gern "
                                    "Briefe oder Bescheide mit, zu denen Sie Fragen haben, und "
                                    "falls vorhanden Zeugnisse oder Nachweise über Ihre "
                                    "Ausbildung.",
                                ],
                                "en": [
                                    "It is not necessary, but it can help. Feel free to bring "
                                    "letters or official notices you have questions about and, "
                                    "if you have them, certificates or proof of your "
                                    "qualifications.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Erfährt die Ausländerbehörde, was ich in der Beratung "
                                "erzähle?",
                                "en": "Will the immigration office learn what I say in "
                                "counselling?",
                            },
                            "answer": {
                                "de": [
                                    "Nein. Was Sie uns erzählen, bleibt vertraulich. Wir geben "
                                    "Informationen nur mit Ihrer ausdrücklichen Zustimmung "
                                    "weiter, zum Beispiel wenn wir für Sie einen Termin "
                                    "vereinbaren sollen.",
                                ],
                                "en": [
                                    "No. What you tell us remains confidential. We only pass on "
                                    "information with your explicit consent, for example if you "
                                    "want us to arrange an appointment for you.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Darf ich eine Begleitperson mitbringen?",
                                "en": "May I bring someone with me?",
                            },
                            "answer": {
                                "de": [
                                    "Ja. Sie können eine Person Ihres Vertrauens mitbringen, "
                                    "zum Beispiel zum Übersetzen. Auch Kinder dürfen "
                                    "mitkommen.",
                                ],
                                "en": [
                                    "Yes. You can bring a person you trust, for example to help "
                                    "with translation. Children are welcome too.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Ist das Beratungsbüro barrierefrei?",
                                "en": "Is the counselling office accessible?",
                            },
                            "answer": {
                                "de": [
                                    "Ja. Die Räume sind stufenlos erreichbar, und im Gebäude "
                                    "gibt es eine barrierefreie Toilette. Wenn Sie eine "
                                    "Gebärdensprachdolmetschung brauchen, sagen Sie uns das "
                                    "bitte bei der Terminvereinbarung.",
                                ],
                                "en": [
                                    "Yes. The rooms can be reached step-free, and there is an "
                                    "accessible toilet in the building. If you need a sign "
                                    "language interpreter, please tell us when you make your "
                                    "appointment.",
                                ],
                            },
                        },
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "Jonas Petrović",
                    "role": {
                        "de": "Teamleitung Orientierungsberatung",
                        "en": "Team leader, orientation counselling",
                    },
                    "phone": "0511 616-00200",
                    "email": "orientierung@region-hannover.example",
                    "note": {
                        "de": "Bitte nennen Sie bei Ihrer Terminanfrage die Sprache, in der Sie "
                        "beraten werden möchten.",
                        "en": "When asking for an appointment, please tell us the language you "
                        "would like to be advised in.",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Regionsfonds
    {
        "key": "regionsfonds",
        "parent": None,
        "slug": {"de": "regionsfonds", "en": "regional-fund"},
        "title": {
            "de": "Regionsfonds für Vielfalt und Teilhabe",
            "en": "Regional Fund for Diversity and Participation",
        },
        "intro": {
            "de": "Der Regionsfonds unterstützt Projekte in der Region Hannover, die Vielfalt "
            "sichtbar machen, Begegnung ermöglichen und Chancengleichheit fördern. Anträge sind "
            "viermal im Jahr möglich.",
            "en": "The Regional Fund supports projects in the Hannover Region that make "
            "diversity visible, bring people together and promote equal opportunities. You can "
            "apply four times a year.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            ("heading", {"de": "Wer kann einen Antrag stellen?", "en": "Who can apply?"}),
            (
                "paragraph",
                {
                    "de": [
                        "Antragsberechtigt sind gemeinnützige Organisationen, die ihren Sitz in "
                        "der Region Hannover haben oder hier tätig sind, zum Beispiel:",
                    ],
                    "en": [
                        "Non-profit organisations based or active in the Hannover Region can "
                        "apply, for example:",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Vereine, auch kleine und rein ehrenamtlich getragene",
                        "Migrant*innenorganisationen",
                        "Freie Träger der Jugend- und Sozialarbeit",
                        "Bildungseinrichtungen",
                        "Städte und Gemeinden der Region, wenn sie gemeinsam mit der "
                        "Zivilgesellschaft ein Projekt durchführen",
                    ],
                    "en": [
                        "Associations, including small ones run entirely by volunteers",
                        "Migrant organisations",
                        "Independent youth and social work organisations",
                        "Educational institutions",
                        "Towns and municipalities of the region, if they run a project together "
                        "with civil society",
                    ],
                },
            ),
            ("heading", {"de": "Was wird gefördert?", "en": "What is funded?"}),
            (
                "list",
                {
                    "de": [
                        "Begegnungs- und Austauschprojekte zwischen Menschen unterschiedlicher "
                        "Herkunft",
                        "Angebote, die Zugewanderten den Weg zu Bildung, Arbeit, Sport oder "
                        "Kultur erleichtern",
                        "Projekte gegen Rassismus und Diskriminierung",
                        "Stärkung und Professionalisierung von Migrant*innenorganisationen",
                        "Mehrsprachige Informationsangebote",
                    ],
                    "en": [
                        "Projects that bring together people of different origins",
                        "Services that make it easier for newcomers to access education, work, "
                        "sport or culture",
                        "Projects against racism and discrimination",
                        "Capacity building for migrant organisations",
                        "Multilingual information services",
                    ],
                },
            ),
            ("heading", {"de": "Was wird nicht gefördert?", "en": "What is not funded?"}),
            (
                "list",
                {
                    "de": [
                        "Vorhaben, die schon vor der Entscheidung über den Antrag begonnen haben",
                        "Laufende Kosten ohne Bezug zum Projekt, etwa allgemeine Miete oder "
                        "Personal",
                        "Bauvorhaben und größere Anschaffungen",
                        "Projekte mit parteipolitischer oder missionarischer Ausrichtung",
                        "Angebote, die gesetzlich vorgeschriebene Leistungen ersetzen",
                    ],
                    "en": [
                        "Projects that started before a decision was made on the application",
                        "Running costs unrelated to the project, such as general rent or staff",
                        "Building work and major purchases",
                        "Projects with a party-political or missionary agenda",
                        "Services that replace benefits required by law",
                    ],
                },
            ),
            ("heading", {"de": "So stellen Sie einen Antrag", "en": "How to apply"}),
            (
                "paragraph",
                {
                    "de": [
                        "Nehmen Sie vor dem Antrag gern Kontakt mit uns auf. In einem kurzen "
                        "Beratungsgespräch klären wir, ob Ihr Vorhaben zum Fonds passt und "
                        "worauf es im Antrag ankommt. Anschließend reichen Sie den Antrag mit "
                        "Projektbeschreibung und Kostenplan bis zur jeweiligen Frist ein.",
                        "Die Stabsstelle bewertet jeden Antrag anhand der veröffentlichten "
                        "Förderkriterien und teilt Ihnen die Entscheidung schriftlich mit. Nach "
                        "Abschluss des Projekts schicken Sie uns einen kurzen Sachbericht und "
                        "einen einfachen Verwendungsnachweis.",
                    ],
                    "en": [
                        "Feel free to contact us before you apply. In a short advice session we "
                        "clarify whether your project fits the fund and what matters in the "
                        "application. You then submit the application with a project "
                        "description and a budget by the relevant deadline.",
                        "The staff unit assesses each application against the published funding "
                        "criteria and informs you of the decision in writing. When the project "
                        "is finished, you send us a short activity report and a simple "
                        "statement of how the money was spent.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": {"de": "Antragsfristen 2027", "en": "Application deadlines 2027"},
                    "columns": [
                        {"de": "Förderrunde", "en": "Funding round"},
                        {"de": "Antragsfrist", "en": "Application deadline"},
                        {"de": "Entscheidung bis", "en": "Decision by"},
                        {"de": "Projektbeginn frühestens", "en": "Earliest project start"},
                    ],
                    "rows": [
                        [
                            {"de": "1. Quartal", "en": "1st quarter"},
                            {"de": "15. Januar 2027", "en": "15 January 2027"},
                            {"de": "28. Februar 2027", "en": "28 February 2027"},
                            {"de": "1. März 2027", "en": "1 March 2027"},
                        ],
                        [
                            {"de": "2. Quartal", "en": "2nd quarter"},
                            {"de": "15. April 2027", "en": "15 April 2027"},
                            {"de": "31. Mai 2027", "en": "31 May 2027"},
                            {"de": "1. Juni 2027", "en": "1 June 2027"},
                        ],
                        [
                            {"de": "3. Quartal", "en": "3rd quarter"},
                            {"de": "15. Juli 2027", "en": "15 July 2027"},
                            {"de": "31. August 2027", "en": "31 August 2027"},
                            {"de": "1. September 2027", "en": "1 September 2027"},
                        ],
                        [
                            {"de": "4. Quartal", "en": "4th quarter"},
                            {"de": "15. Oktober 2027", "en": "15 October 2027"},
                            {"de": "30. November 2027", "en": "30 November 2027"},
                            {"de": "1. Dezember 2027", "en": "1 December 2027"},
                        ],
                    ],
                },
            ),
            (
                "accordion",
                {
                    "title": {
                        "de": "Häufige Fragen zum Regionsfonds",
                        "en": "Frequent questions about the Regional Fund",
                    },
                    "items": [
                        {
                            "question": {
                                "de": "Wie hoch kann die Förderung sein?",
                                "en": "How much funding can we receive?",
                            },
                            "answer": {
                                "de": [
                                    "Das hängt vom Vorhaben und von den verfügbaren Mitteln ab. "
                                    "Höchstbeträge und Fördersätze nennt die jeweils gültige "
                                    "Förderrichtlinie. Im Beratungsgespräch klären wir, was für "
                                    "Ihr Projekt realistisch ist.",
                                ],
                                "en": [
                                    "That depends on the project and on the funds available. "
                                    "Maximum amounts and funding rates are set out in the "
                                    "funding guidelines in force. In the advice session we "
                                    "clarify what is realistic for your project.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Müssen wir Eigenmittel einbringen?",
                                "en": "Do we have to contribute our own funds?",
                            },
                            "answer": {
                                "de": [
                                    "Ein Eigenanteil ist erwünscht, aber nicht in jedem Fall "
                                    "Pflicht. Er kann auch aus ehrenamtlicher Arbeit oder "
                                    "Sachleistungen bestehen.",
                                ],
                                "en": [
                                    "A contribution of your own is welcome but not always "
                                    "required. It can also consist of volunteer work or "
                                    "contributions in kind.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Unsere Initiative ist kein eingetragener Verein. Können "
                                "wir trotzdem gefördert werden?",
                                "en": "Our initiative is not a registered association. Can we "
                                "still receive funding?",
                            },
                            "answer": {
                                "de": [
                                    "Ja, wenn ein gemeinnütziger Träger den Antrag für Sie "
                                    "stellt und die Mittel verwaltet. Gern helfen wir Ihnen, "
                                    "einen passenden Partner zu finden.",
                                ],
                                "en": [
                                    "Yes, if a non-profit organisation applies on your behalf "
                                    "and manages the funds. We are happy to help you find a "
                                    "suitable partner.",
                                ],
                            },
                        },
                        {
                            "question": {
                                "de": "Kann ich den Antrag in einer anderen Sprache als Deutsch "
                                "stellen?",
                                "en": "Can I apply in a language other than German?",
                            },
                            "answer": {
                                "de": [
                                    "Der Antrag selbst muss auf Deutsch eingereicht werden. Das "
                                    "Beratungsgespräch können wir aber auch auf Englisch führen "
                                    "oder eine Sprachmittlung organisieren.",
                                ],
                                "en": [
                                    "The application itself must be submitted in German. The "
                                    "advice session, however, can also be held in English, or "
                                    "we can arrange an interpreter.",
                                ],
                            },
                        },
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "Daniel Osei",
                    "role": {
                        "de": "Fördermanagement Regionsfonds",
                        "en": "Funding management, Regional Fund",
                    },
                    "phone": "0511 616-00130",
                    "email": "regionsfonds@region-hannover.example",
                    "note": {
                        "de": "Beratung vor der Antragstellung nach Vereinbarung",
                        "en": "Advice before you apply by appointment",
                    },
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Mitreden
    {
        "key": "beteiligung-info",
        "parent": None,
        "slug": {"de": "mitreden", "en": "have-your-say"},
        "title": {"de": "Mitreden", "en": "Have your say"},
        "intro": {
            "de": "Ihre Erfahrungen machen unsere Arbeit besser. Hier erfahren Sie, wie Sie "
            "Entwürfe kommentieren, uns Rückmeldung geben oder im Interkulturellen Forum "
            "mitdiskutieren können.",
            "en": "Your experience makes our work better. Find out how you can comment on "
            "drafts, send us feedback or join the discussion in the Intercultural Forum.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            ("heading", {"de": "Online-Konsultationen", "en": "Online consultations"}),
            (
                "paragraph",
                {
                    "de": [
                        "Wenn wir ein wichtiges Dokument überarbeiten – etwa das "
                        "Integrationskonzept, die Leitlinien zur interkulturellen Öffnung oder "
                        "die Förderkriterien des Regionsfonds –, stellen wir den Entwurf für "
                        "einige Wochen online. In dieser Zeit können Sie einzelne Absätze "
                        "kommentieren oder eine Stellungnahme einreichen.",
                        "Jeder Beitrag wird gelesen. Nach dem Ende der Konsultation "
                        "veröffentlichen wir unsere Antworten und zeigen, welche Änderungen auf "
                        "welche Beiträge zurückgehen.",
                    ],
                    "en": [
                        "When we revise an important document, such as the integration concept, "
                        "the guidelines on intercultural opening or the funding criteria of the "
                        "Regional Fund, we put the draft online for a few weeks. During that "
                        "time you can comment on individual paragraphs or submit a statement.",
                        "Every contribution is read. After the consultation has closed we "
                        "publish our answers and show which changes go back to which "
                        "contributions.",
                    ],
                },
            ),
            ("heading", {"de": "Rückmeldung jederzeit", "en": "Feedback at any time"}),
            (
                "paragraph",
                {
                    "de": [
                        "Sie müssen nicht auf eine Konsultation warten. Über das "
                        "Rückmeldeformular, per E-Mail, per Brief oder am Telefon können Sie "
                        "uns jederzeit Hinweise, Kritik oder Ideen schicken. Auch diese Beiträge "
                        "fließen in unsere Arbeit ein.",
                    ],
                    "en": [
                        "You do not have to wait for a consultation. You can send us comments, "
                        "criticism or ideas at any time using the feedback form, by e-mail, by "
                        "letter or by phone. These contributions also feed into our work.",
                    ],
                },
            ),
            ("heading", {"de": "Im Interkulturellen Forum", "en": "In the Intercultural Forum"}),
            (
                "paragraph",
                {
                    "de": [
                        "Im Interkulturellen Forum diskutieren Bürger*innen, Vereine, Politik "
                        "und Verwaltung mehrmals im Jahr über aktuelle Themen. Termine, "
                        "Tagesordnungen und die Anmeldung finden Sie rechtzeitig vor jeder "
                        "Sitzung auf dieser Website.",
                    ],
                    "en": [
                        "In the Intercultural Forum residents, associations, politicians and the "
                        "administration discuss current issues several times a year. Dates, "
                        "agendas and registration are published on this website well before "
                        "each session.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Was mit Ihrem Beitrag geschieht",
                    "en": "What happens to your contribution",
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Die Moderation prüft, ob der Beitrag veröffentlicht werden kann.",
                        "Wir werten ihn inhaltlich aus und ordnen ihn einem Thema zu.",
                        "Wir antworten Ihnen, öffentlich oder per E-Mail.",
                        "Führt Ihr Beitrag zu einer Änderung, wird das im Dokument sichtbar.",
                    ],
                    "en": [
                        "Our moderators check whether the contribution can be published.",
                        "We assess its content and assign it to a topic.",
                        "We answer you, publicly or by e-mail.",
                        "If your contribution leads to a change, this is shown in the document.",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Kontakt
    {
        "key": "kontakt",
        "parent": None,
        "slug": {"de": "kontakt", "en": "contact"},
        "title": {"de": "Kontakt", "en": "Contact"},
        "intro": {
            "de": "So erreichen Sie die Stabsstelle Integration und Teilhabe und die "
            "Orientierungsberatung.",
            "en": "How to reach the Staff Unit for Integration and Participation and the "
            "orientation counselling service.",
        },
        "show_in_menus": True,
        "translate": True,
        "body": [
            (
                "contact",
                {
                    "name": "Katrin Wendel",
                    "role": {
                        "de": "Sekretariat der Stabsstelle Integration und Teilhabe",
                        "en": "Front office of the Staff Unit for Integration and Participation",
                    },
                    "phone": "0511 616-00000",
                    "email": "teilhabe@region-hannover.example",
                    "note": {
                        "de": "Telefonisch erreichbar montags bis donnerstags von 9 bis 15 Uhr "
                        "und freitags von 9 bis 12 Uhr",
                        "en": "Available by phone Monday to Thursday from 9 am to 3 pm and on "
                        "Fridays from 9 am to 12 noon",
                    },
                },
            ),
            (
                "contact",
                {
                    "name": "Jonas Petrović",
                    "role": {
                        "de": "Teamleitung Orientierungsberatung",
                        "en": "Team leader, orientation counselling",
                    },
                    "phone": "0511 616-00200",
                    "email": "orientierung@region-hannover.example",
                    "note": {
                        "de": "Sprechzeiten und Termine finden Sie auf der Seite der "
                        "Orientierungsberatung.",
                        "en": "Consultation hours and appointments are listed on the orientation "
                        "counselling page.",
                    },
                },
            ),
            ("heading", {"de": "Anschrift", "en": "Address"}),
            (
                "paragraph",
                {
                    "de": [
                        "Region Hannover, Stabsstelle Integration und Teilhabe, Hildesheimer "
                        "Straße 18, 30169 Hannover",
                    ],
                    "en": [
                        "Region Hannover, Stabsstelle Integration und Teilhabe (Staff Unit for "
                        "Integration and Participation), Hildesheimer Straße 18, 30169 "
                        "Hannover, Germany",
                    ],
                },
            ),
            (
                "heading",
                {"de": "Anreise mit Bus und Bahn", "en": "Getting here by public transport"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Vom Hauptbahnhof Hannover sind Sie mit der Stadtbahn in wenigen Minuten "
                        "bei uns; von der nächsten Haltestelle gehen Sie nur ein kurzes Stück "
                        "zu Fuß. Bitte kommen Sie möglichst mit Bus und Bahn, denn Parkplätze "
                        "sind in der Umgebung knapp.",
                    ],
                    "en": [
                        "From Hannover main station the light rail takes only a few minutes; "
                        "from the nearest stop it is a short walk. Please come by public "
                        "transport if you can, as parking nearby is scarce.",
                    ],
                },
            ),
            ("heading", {"de": "Barrierefreier Zugang", "en": "Step-free access"}),
            (
                "list",
                {
                    "de": [
                        "Der Eingang ist stufenlos erreichbar.",
                        "Alle Etagen erreichen Sie mit einem Aufzug.",
                        "Im Gebäude gibt es eine barrierefreie Toilette.",
                        "Auf Wunsch organisieren wir für Ihren Termin eine Gebärdensprach- oder "
                        "Schriftdolmetschung. Bitte melden Sie sich dafür einige Tage vorher.",
                    ],
                    "en": [
                        "The entrance can be reached without steps.",
                        "All floors can be reached by lift.",
                        "There is an accessible toilet in the building.",
                        "On request we arrange a sign language or speech-to-text interpreter "
                        "for your appointment. Please let us know a few days in advance.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": {
                        "de": "Sie möchten uns etwas mitteilen?",
                        "en": "Would you like to tell us something?",
                    },
                    "text": {
                        "de": "Hinweise, Kritik und Ideen sind jederzeit willkommen. Hier lesen "
                        "Sie, welche Wege es dafür gibt.",
                        "en": "Comments, criticism and ideas are welcome at any time. Find out "
                        "which ways there are to reach us.",
                    },
                    "page": "beteiligung-info",
                    "button_label": {"de": "Mitreden", "en": "Have your say"},
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Leichte Sprache
    {
        "key": "leichte-sprache",
        "parent": None,
        "slug": {"de": "leichte-sprache", "en": "easy-read"},
        "title": {"de": "Leichte Sprache", "en": "Easy read"},
        "intro": {
            "de": "Hier erklären wir in Leichter Sprache: Wer sind wir? Was machen wir? Was "
            "finden Sie auf dieser Internet-Seite?",
            "en": "Here we explain in easy words: Who are we? What do we do? What can you find "
            "on this website?",
        },
        "show_in_menus": False,
        "translate": False,
        "body": [
            ("heading", {"de": "Wer sind wir?", "en": "Who are we?"}),
            (
                "paragraph",
                {
                    "de": [
                        "Wir sind die Stabsstelle Integration und Teilhabe.",
                        "Wir arbeiten bei der Region Hannover.",
                        "Die Region Hannover ist eine Verwaltung.",
                        "Eine Verwaltung ist so ähnlich wie ein großes Amt.",
                        "Zur Region Hannover gehören die Stadt Hannover und 20 andere Städte "
                        "und Gemeinden.",
                    ],
                    "en": [
                        "We are the Staff Unit for Integration and Participation.",
                        "We work for the Hannover Region.",
                        "The Hannover Region is a local government.",
                        "A local government is a bit like a big public office.",
                        "The Hannover Region is made up of the city of Hannover and 20 other "
                        "towns and villages.",
                    ],
                },
            ),
            ("heading", {"de": "Was bedeutet Integration?", "en": "What does integration mean?"}),
            (
                "paragraph",
                {
                    "de": [
                        "Viele Menschen kommen aus anderen Ländern zu uns.",
                        "Sie wollen hier leben.",
                        "Integration bedeutet:",
                    ],
                    "en": [
                        "Many people come to us from other countries.",
                        "They want to live here.",
                        "Integration means:",
                    ],
                },
            ),
            (
                "list",
                {
                    "de": [
                        "Alle lernen sich kennen.",
                        "Alle leben gut zusammen.",
                        "Alle bekommen die gleichen Chancen.",
                    ],
                    "en": [
                        "Everyone gets to know each other.",
                        "Everyone lives well together.",
                        "Everyone gets the same chances.",
                    ],
                },
            ),
            ("heading", {"de": "Was bedeutet Teilhabe?", "en": "What does participation mean?"}),
            (
                "paragraph",
                {
                    "de": [
                        "Teilhabe bedeutet: Alle können mitmachen.",
                        "Zum Beispiel in der Schule, bei der Arbeit oder im Sport-Verein.",
                        "Niemand wird ausgeschlossen.",
                    ],
                    "en": [
                        "Participation means: everyone can take part.",
                        "For example at school, at work or in a sports club.",
                        "Nobody is left out.",
                    ],
                },
            ),
            ("heading", {"de": "Was machen wir?", "en": "What do we do?"}),
            (
                "list",
                {
                    "de": [
                        "Wir beraten Menschen, die neu in der Region Hannover sind. Die "
                        "Beratung kostet nichts.",
                        "Wir geben Geld für gute Ideen. Zum Beispiel an Vereine. Das Geld "
                        "kommt aus dem Regions-Fonds.",
                        "Wir schreiben einen Plan für die Region. Der Plan heißt: "
                        "Integrations-Konzept.",
                        "Wir laden Menschen zu Treffen ein. Die Treffen heißen: Interkulturelles "
                        "Forum.",
                    ],
                    "en": [
                        "We give advice to people who are new in the Hannover Region. The "
                        "advice is free.",
                        "We give money for good ideas. For example to clubs. The money comes "
                        "from the Regional Fund.",
                        "We write a plan for the region. The plan is called: integration concept.",
                        "We invite people to meetings. The meetings are called: Intercultural "
                        "Forum.",
                    ],
                },
            ),
            ("heading", {"de": "Sie können mitreden", "en": "You can have your say"}),
            (
                "paragraph",
                {
                    "de": [
                        "Wir wollen Ihre Meinung wissen.",
                        "Sie können auf dieser Internet-Seite etwas zu unserem Plan schreiben.",
                        "Wir lesen alles.",
                        "Wir antworten Ihnen.",
                    ],
                    "en": [
                        "We want to know what you think.",
                        "You can write something about our plan on this website.",
                        "We read everything.",
                        "We answer you.",
                    ],
                },
            ),
            ("heading", {"de": "So erreichen Sie uns", "en": "How to reach us"}),
            (
                "paragraph",
                {
                    "de": [
                        "Sie können uns anrufen.",
                        "Unsere Telefon-Nummer ist: 0511 616-00000",
                        "Sie können uns auch eine E-Mail schreiben.",
                        "Unsere E-Mail-Adresse ist: teilhabe@region-hannover.example",
                    ],
                    "en": [
                        "You can phone us.",
                        "Our phone number is: 0511 616-00000",
                        "You can also send us an e-mail.",
                        "Our e-mail address is: teilhabe@region-hannover.example",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Gebärdensprache
    {
        "key": "gebaerdensprache",
        "parent": None,
        "slug": {"de": "gebaerdensprache", "en": "sign-language"},
        "title": {"de": "Gebärdensprache", "en": "Sign language"},
        "intro": {
            "de": "Auf dieser Seite erklären wir unsere Website in Deutscher Gebärdensprache "
            "(DGS). Das Video wird hier in Kürze veröffentlicht.",
            "en": "On this page we explain our website in German Sign Language (DGS). The "
            "video will be published here shortly.",
        },
        "show_in_menus": False,
        "translate": False,
        "body": [
            (
                "heading",
                {
                    "de": "Video in Deutscher Gebärdensprache",
                    "en": "Video in German Sign Language",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "An dieser Stelle zeigen wir bald ein Video in Deutscher "
                        "Gebärdensprache. Darin wird erklärt, welche Inhalte Sie auf dieser "
                        "Website finden und wie Sie Kontakt mit uns aufnehmen können. Das Video "
                        "erscheint mit Untertiteln.",
                        "Bis dahin fassen wir hier schriftlich zusammen, was das Video erklärt.",
                    ],
                    "en": [
                        "A video in German Sign Language will be shown here soon. It explains "
                        "what you can find on this website and how to get in touch with us. The "
                        "video will have subtitles.",
                        "Until then, here is a written summary of what the video explains.",
                    ],
                },
            ),
            ("heading", {"de": "Was das Video erklärt", "en": "What the video explains"}),
            (
                "list",
                {
                    "de": [
                        "Wer wir sind: die Stabsstelle Integration und Teilhabe der Region "
                        "Hannover.",
                        "Was wir tun: Wir beraten neu zugewanderte Menschen, fördern Projekte "
                        "und entwickeln das Integrationskonzept der Region weiter.",
                        "Wie Sie sich auf der Website zurechtfinden: über das Hauptmenü oben "
                        "und die Links am Ende jeder Seite, zum Beispiel zu Leichter Sprache "
                        "und zur Erklärung zur Barrierefreiheit.",
                        "Wie Sie mitreden können: mit Kommentaren zu Entwürfen, mit "
                        "Rückmeldungen und im Interkulturellen Forum.",
                        "Wie Sie uns erreichen: per E-Mail oder über das Rückmeldeformular.",
                    ],
                    "en": [
                        "Who we are: the Staff Unit for Integration and Participation of the "
                        "Hannover Region.",
                        "What we do: we advise people who have recently arrived, fund projects "
                        "and keep developing the region's integration concept.",
                        "How to find your way around the website: through the main menu at the "
                        "top and the links at the bottom of every page, for example to easy "
                        "read and to the accessibility statement.",
                        "How you can have your say: with comments on drafts, with feedback and "
                        "in the Intercultural Forum.",
                        "How to reach us: by e-mail or through the feedback form.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Kontakt für gehörlose und schwerhörige Menschen",
                    "en": "Contact for deaf and hard of hearing people",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Schreiben Sie uns am besten eine E-Mail an "
                        "teilhabe@region-hannover.example. Wenn Sie für einen Termin bei uns "
                        "eine Gebärdensprachdolmetschung brauchen, teilen Sie uns das bitte "
                        "mit. Wir organisieren die Dolmetschung; für Sie entstehen dabei keine "
                        "Kosten.",
                    ],
                    "en": [
                        "The best way to reach us is an e-mail to "
                        "teilhabe@region-hannover.example. If you need a sign language "
                        "interpreter for an appointment with us, please let us know. We arrange "
                        "the interpreter at no cost to you.",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Barrierefreiheit
    {
        "key": "barrierefreiheit",
        "parent": None,
        "slug": {"de": "barrierefreiheit", "en": "accessibility"},
        "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
        "intro": {
            "de": "Die Region Hannover möchte, dass alle Menschen diese Website ohne Hürden "
            "nutzen können. Hier lesen Sie, wie weit uns das gelungen ist und wie Sie uns "
            "Barrieren melden können.",
            "en": "The Hannover Region wants everyone to be able to use this website without "
            "obstacles. Here you can read how far we have succeeded and how to report barriers "
            "to us.",
        },
        "show_in_menus": False,
        "translate": True,
        "body": [
            (
                "paragraph",
                {
                    "de": [
                        "Diese Erklärung gilt für die Website der Stabsstelle Integration und "
                        "Teilhabe der Region Hannover. Rechtsgrundlage sind die §§ 9 bis 9e des "
                        "Niedersächsischen Behindertengleichstellungsgesetzes (NBGG), mit denen "
                        "Niedersachsen die EU-Richtlinie 2016/2102 umgesetzt hat. Maßstab ist "
                        "die europäische Norm EN 301 549, die für Websites auf die Web Content "
                        "Accessibility Guidelines (WCAG) 2.1 in der Stufe AA verweist.",
                        "Aufbau und Inhalt der Erklärung orientieren sich außerdem an der "
                        "Barrierefreie-Informationstechnik-Verordnung des Bundes (BITV 2.0). "
                        "Deshalb bieten wir auch Erläuterungen in Leichter Sprache und in "
                        "Deutscher Gebärdensprache an.",
                    ],
                    "en": [
                        "This statement applies to the website of the Staff Unit for "
                        "Integration and Participation of the Hannover Region. The legal basis "
                        "is sections 9 to 9e of the Lower Saxony Act on Equal Opportunities for "
                        "Persons with Disabilities (NBGG), by which Lower Saxony implemented EU "
                        "Directive 2016/2102. The benchmark is the European standard EN 301 549, "
                        "which refers to the Web Content Accessibility Guidelines (WCAG) 2.1 at "
                        "level AA for websites.",
                        "The structure and content of this statement also follow the federal "
                        "Barrier-Free Information Technology Ordinance (BITV 2.0). That is why "
                        "we also provide explanations in easy-read German and in German Sign "
                        "Language.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Stand der Vereinbarkeit mit den Anforderungen",
                    "en": "Compliance status",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Diese Website ist wegen der unten genannten Einschränkungen teilweise "
                        "mit den Anforderungen vereinbar.",
                        "Die Bewertung beruht auf einer Selbstbewertung. Dafür haben wir "
                        "automatische Prüfwerkzeuge eingesetzt und die Seiten zusätzlich von "
                        "Hand mit Tastatur und Screenreader geprüft.",
                    ],
                    "en": [
                        "This website is partially compliant with the requirements because of "
                        "the limitations listed below.",
                        "The assessment is based on a self-evaluation. We used automated "
                        "testing tools and also checked the pages by hand with a keyboard and a "
                        "screen reader.",
                    ],
                },
            ),
            (
                "heading",
                {"de": "Nicht barrierefreie Inhalte", "en": "Content that is not accessible"},
            ),
            (
                "list",
                {
                    "de": [
                        "Einige ältere PDF-Dokumente, vor allem Berichte aus der Zeit vor 2025, "
                        "sind nicht vollständig barrierefrei. Auf Anfrage schicken wir Ihnen "
                        "die Inhalte in einem zugänglichen Format.",
                        "Das Video in Deutscher Gebärdensprache ist noch nicht veröffentlicht. "
                        "Eine schriftliche Zusammenfassung finden Sie auf der Seite "
                        "Gebärdensprache.",
                        "Seiten in anderen Sprachen als Deutsch und Englisch sind noch nicht "
                        "vollständig übersetzt. Nicht übersetzte Abschnitte erscheinen auf "
                        "Deutsch.",
                        "Protokolle des Interkulturellen Forums erscheinen manchmal zunächst als "
                        "eingescannte Dokumente. Wir ersetzen sie so bald wie möglich durch "
                        "barrierefreie Fassungen.",
                    ],
                    "en": [
                        "Some older PDF documents, especially reports from before 2025, are not "
                        "fully accessible. On request we will send you the content in an "
                        "accessible format.",
                        "The video in German Sign Language has not yet been published. A "
                        "written summary is available on the sign language page.",
                        "Pages in languages other than German and English are not yet fully "
                        "translated. Sections that have not been translated are shown in "
                        "German.",
                        "Minutes of the Intercultural Forum are sometimes first published as "
                        "scanned documents. We replace them with accessible versions as soon as "
                        "possible.",
                    ],
                },
            ),
            (
                "heading",
                {"de": "Erstellung dieser Erklärung", "en": "Preparation of this statement"},
            ),
            (
                "paragraph",
                {
                    "de": ["Diese Erklärung wurde am 26. November 2026 erstellt."],
                    "en": ["This statement was prepared on 26 November 2026."],
                },
            ),
            (
                "heading",
                {
                    "de": "Barrieren melden: Feedback und Kontakt",
                    "en": "Reporting barriers: feedback and contact",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Ist Ihnen eine Barriere auf dieser Website aufgefallen? Oder brauchen "
                        "Sie Informationen in einer Form, die für Sie zugänglich ist? Dann "
                        "schreiben Sie uns oder rufen Sie uns an. Wir antworten in der Regel "
                        "innerhalb von zwei Wochen.",
                    ],
                    "en": [
                        "Have you come across a barrier on this website? Or do you need "
                        "information in a form that is accessible to you? Then write to us or "
                        "give us a call. We usually reply within two weeks.",
                    ],
                },
            ),
            (
                "contact",
                {
                    "name": "Feedback-Stelle Barrierefreiheit",
                    "role": {
                        "de": "Stabsstelle Integration und Teilhabe",
                        "en": "Staff Unit for Integration and Participation",
                    },
                    "phone": "0511 616-00000",
                    "email": "barrierefreiheit@region-hannover.example",
                    "note": {
                        "de": "Bitte beschreiben Sie die Barriere und nennen Sie, wenn möglich, "
                        "die Adresse der betroffenen Seite.",
                        "en": "Please describe the barrier and, if possible, give the address "
                        "of the page concerned.",
                    },
                },
            ),
            ("heading", {"de": "Schlichtungsverfahren", "en": "Conciliation procedure"}),
            (
                "paragraph",
                {
                    "de": [
                        "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort "
                        "erhalten haben, können Sie ein Schlichtungsverfahren beantragen. "
                        "Zuständig ist die Schlichtungsstelle nach § 9d NBGG bei der oder dem "
                        "Landesbeauftragten für Menschen mit Behinderungen in Niedersachsen. "
                        "Ziel des Verfahrens ist eine Einigung ohne Gerichtsverfahren.",
                        "Den Antrag können Sie in Textform stellen, zum Beispiel über das "
                        "Online-Formular auf der Website der Schlichtungsstelle, oder ihn dort "
                        "zu Protokoll geben. Ein Antragsformular gibt es auch in Leichter "
                        "Sprache.",
                    ],
                    "en": [
                        "If you have not received a satisfactory answer to your feedback, you "
                        "can apply for a conciliation procedure. The responsible body is the "
                        "conciliation office under section 9d NBGG at the office of the Lower "
                        "Saxony Commissioner for Persons with Disabilities. The aim of the "
                        "procedure is to reach an agreement without going to court.",
                        "You can apply in text form, for example using the online form on the "
                        "conciliation office's website, or have your application recorded "
                        "there. An application form is also available in easy-read German.",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Datenschutz
    {
        "key": "datenschutz",
        "parent": None,
        "slug": {"de": "datenschutz", "en": "privacy"},
        "title": {"de": "Datenschutzerklärung", "en": "Privacy notice"},
        "intro": {
            "de": "Hier erfahren Sie, welche personenbezogenen Daten diese Website verarbeitet, "
            "wozu wir sie brauchen, wann wir sie löschen und welche Rechte Sie haben.",
            "en": "Here you can find out which personal data this website processes, what we "
            "need it for, when we delete it and what rights you have.",
        },
        "show_in_menus": False,
        "translate": True,
        "body": [
            ("heading", {"de": "Verantwortliche Stelle", "en": "Controller"}),
            (
                "paragraph",
                {
                    "de": [
                        "Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser "
                        "Website ist die Region Hannover, vertreten durch die Regionspräsidentin "
                        "oder den Regionspräsidenten, Hildesheimer Straße 18, 30169 Hannover.",
                        "Für Fragen zu dieser Website ist die Stabsstelle Integration und "
                        "Teilhabe Ihre Ansprechpartnerin: teilhabe@region-hannover.example, "
                        "Telefon 0511 616-00000.",
                    ],
                    "en": [
                        "The controller responsible for processing personal data on this "
                        "website is the Hannover Region, represented by its Regional President, "
                        "Hildesheimer Straße 18, 30169 Hannover, Germany.",
                        "For questions about this website, please contact the Staff Unit for "
                        "Integration and Participation: teilhabe@region-hannover.example, phone "
                        "0511 616-00000.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Was beim Besuch der Website geschieht",
                    "en": "What happens when you visit the website",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Diese Website verwendet keine Analyse- oder Tracking-Werkzeuge und "
                        "bindet keine Inhalte anderer Anbieter ein. Schriften, Bilder und "
                        "Skripte kommen ausschließlich von unserem eigenen Server. Ihr Browser "
                        "baut beim Besuch also keine Verbindung zu Dritten auf.",
                        "Wir setzen nur technisch notwendige Cookies ein, etwa um Formulare vor "
                        "Missbrauch zu schützen oder die gewählte Sprache zu speichern. Mit "
                        "ihnen lässt sich Ihr Verhalten nicht über andere Websites hinweg "
                        "verfolgen.",
                        "Bei jedem Seitenaufruf speichert der Server vorübergehend technische "
                        "Angaben in Protokolldateien: IP-Adresse, Datum und Uhrzeit, die "
                        "aufgerufene Adresse, den Statuscode und die Kennung des Browsers. Wir "
                        "brauchen diese Angaben, um den sicheren Betrieb zu gewährleisten und "
                        "Angriffe abzuwehren. Sie werden nach sieben Tagen gelöscht und nicht "
                        "mit anderen Daten zusammengeführt.",
                    ],
                    "en": [
                        "This website uses no analytics or tracking tools and embeds no content "
                        "from other providers. Fonts, images and scripts come exclusively from "
                        "our own server, so your browser does not connect to any third party "
                        "when you visit.",
                        "We only use technically necessary cookies, for example to protect "
                        "forms against misuse or to remember the language you chose. They "
                        "cannot be used to track your behaviour across other websites.",
                        "Each time a page is requested, the server temporarily stores technical "
                        "details in log files: IP address, date and time, the address "
                        "requested, the status code and the browser identifier. We need these "
                        "details to keep the service secure and to fend off attacks. They are "
                        "deleted after seven days and are not combined with other data.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Kommentare, Rückmeldungen und Anmeldungen",
                    "en": "Comments, feedback and registrations",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Wenn Sie einen Entwurf kommentieren, uns über das Rückmeldeformular "
                        "schreiben oder sich zu einer Sitzung des Interkulturellen Forums "
                        "anmelden, verarbeiten wir die Angaben, die Sie dabei machen – "
                        "mindestens Ihre E-Mail-Adresse und Ihren Beitrag oder Ihre Anmeldung.",
                        "Dabei nutzen wir ein Double-Opt-in-Verfahren: Sie erhalten eine E-Mail "
                        "mit einem Bestätigungslink. Erst wenn Sie bestätigen, bearbeiten wir "
                        "Ihren Beitrag oder wird Ihre Anmeldung wirksam. Wir halten fest, wann "
                        "Sie die Anfrage gestellt und bestätigt haben und welche Fassung dieser "
                        "Datenschutzerklärung Ihnen angezeigt wurde. Nicht bestätigte Angaben "
                        "löschen wir automatisch, sobald der Link abgelaufen ist.",
                        "Ein Kommentar wird erst nach Prüfung durch die Moderation öffentlich "
                        "sichtbar. Ihre E-Mail-Adresse wird nie veröffentlicht.",
                    ],
                    "en": [
                        "If you comment on a draft, write to us using the feedback form or "
                        "register for a session of the Intercultural Forum, we process the "
                        "details you provide: at least your e-mail address and your "
                        "contribution or registration.",
                        "We use a double opt-in procedure: you receive an e-mail with a "
                        "confirmation link. Only once you confirm do we process your "
                        "contribution or does your registration take effect. We record when "
                        "you made the request and when you confirmed it, and which version of "
                        "this privacy notice was shown to you. Details that are not confirmed "
                        "are deleted automatically as soon as the link has expired.",
                        "A comment only becomes publicly visible after it has been checked by "
                        "our moderators. Your e-mail address is never published.",
                    ],
                },
            ),
            (
                "heading",
                {
                    "de": "Rechtsgrundlagen und Speicherdauer",
                    "en": "Legal basis and storage period",
                },
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Wir verarbeiten die Daten, um unsere Aufgaben im öffentlichen Interesse "
                        "zu erfüllen (Artikel 6 Absatz 1 Buchstabe e der "
                        "Datenschutz-Grundverordnung, DSGVO, in Verbindung mit dem "
                        "Niedersächsischen Datenschutzgesetz). Freiwillige zusätzliche Angaben "
                        "verarbeiten wir mit Ihrer Einwilligung (Artikel 6 Absatz 1 Buchstabe a "
                        "DSGVO); Sie können sie jederzeit für die Zukunft widerrufen.",
                        "Anmeldedaten zu Veranstaltungen löschen wir spätestens drei Monate nach "
                        "der Veranstaltung. Beiträge zu Konsultationen bewahren wir auf, solange "
                        "sie für die Auswertung und die Dokumentation der Fortschreibung nötig "
                        "sind. Ihre E-Mail-Adresse löschen wir spätestens ein Jahr nach dem Ende "
                        "der Konsultation.",
                    ],
                    "en": [
                        "We process the data in order to perform our tasks in the public "
                        "interest (Article 6(1)(e) of the General Data Protection Regulation, "
                        "GDPR, in conjunction with the Lower Saxony Data Protection Act). "
                        "Additional details you give voluntarily are processed with your "
                        "consent (Article 6(1)(a) GDPR), which you can withdraw at any time with "
                        "effect for the future.",
                        "Registration data for events is deleted no later than three months "
                        "after the event. Contributions to consultations are kept as long as "
                        "they are needed to evaluate and document the revision. Your e-mail "
                        "address is deleted no later than one year after the consultation has "
                        "closed.",
                    ],
                },
            ),
            ("heading", {"de": "Ihre Rechte", "en": "Your rights"}),
            (
                "list",
                {
                    "de": [
                        "Auskunft über die zu Ihrer Person gespeicherten Daten (Artikel 15 DSGVO)",
                        "Berichtigung unrichtiger Daten (Artikel 16 DSGVO)",
                        "Löschung Ihrer Daten (Artikel 17 DSGVO)",
                        "Einschränkung der Verarbeitung (Artikel 18 DSGVO)",
                        "Widerspruch gegen die Verarbeitung (Artikel 21 DSGVO)",
                        "Widerruf einer Einwilligung mit Wirkung für die Zukunft (Artikel 7 "
                        "Absatz 3 DSGVO)",
                        "Beschwerde bei der Aufsichtsbehörde, der oder dem Landesbeauftragten "
                        "für den Datenschutz Niedersachsen (Artikel 77 DSGVO)",
                    ],
                    "en": [
                        "Access to the data stored about you (Article 15 GDPR)",
                        "Rectification of inaccurate data (Article 16 GDPR)",
                        "Erasure of your data (Article 17 GDPR)",
                        "Restriction of processing (Article 18 GDPR)",
                        "Objection to processing (Article 21 GDPR)",
                        "Withdrawal of consent with effect for the future (Article 7(3) GDPR)",
                        "Complaint to the supervisory authority, the Data Protection "
                        "Commissioner of Lower Saxony (Article 77 GDPR)",
                    ],
                },
            ),
            ("heading", {"de": "Datenschutzbeauftragte", "en": "Data protection officer"}),
            (
                "contact",
                {
                    "name": "Dr. Ruth Cordes",
                    "role": {
                        "de": "Behördliche Datenschutzbeauftragte der Region Hannover",
                        "en": "Data protection officer of the Hannover Region",
                    },
                    "phone": "0511 616-00300",
                    "email": "datenschutz@region-hannover.example",
                    "note": {
                        "de": "Sie können sich mit allen Fragen zum Datenschutz vertraulich an "
                        "die Datenschutzbeauftragte wenden.",
                        "en": "You can contact the data protection officer in confidence with "
                        "any question about data protection.",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": ["Stand dieser Datenschutzerklärung: 26. November 2026"],
                    "en": ["This privacy notice was last updated on 26 November 2026."],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Impressum
    {
        "key": "impressum",
        "parent": None,
        "slug": {"de": "impressum", "en": "legal-notice"},
        "title": {"de": "Impressum", "en": "Legal notice"},
        "intro": {
            "de": "Angaben zur Anbieterin dieser Website nach § 5 Digitale-Dienste-Gesetz und "
            "§ 18 Medienstaatsvertrag.",
            "en": "Information about the provider of this website under section 5 of the German "
            "Digital Services Act (DDG) and section 18 of the Interstate Media Treaty (MStV).",
        },
        "show_in_menus": False,
        "translate": True,
        "body": [
            ("heading", {"de": "Herausgeberin", "en": "Publisher"}),
            (
                "paragraph",
                {
                    "de": [
                        "Region Hannover, Hildesheimer Straße 18, 30169 Hannover",
                        "Die Region Hannover ist eine Körperschaft des öffentlichen Rechts. Sie "
                        "wird vertreten durch die Regionspräsidentin oder den "
                        "Regionspräsidenten.",
                    ],
                    "en": [
                        "Region Hannover, Hildesheimer Straße 18, 30169 Hannover, Germany",
                        "The Hannover Region is a public-law corporation. It is represented by "
                        "its Regional President.",
                    ],
                },
            ),
            ("heading", {"de": "Kontakt", "en": "Contact"}),
            (
                "paragraph",
                {
                    "de": [
                        "Stabsstelle Integration und Teilhabe",
                        "Telefon: 0511 616-00000",
                        "E-Mail: teilhabe@region-hannover.example",
                    ],
                    "en": [
                        "Staff Unit for Integration and Participation",
                        "Phone: +49 511 616-00000",
                        "E-mail: teilhabe@region-hannover.example",
                    ],
                },
            ),
            (
                "heading",
                {"de": "Verantwortlich für den Inhalt", "en": "Responsible for the content"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Verantwortlich für den Inhalt nach § 18 Absatz 2 Medienstaatsvertrag: "
                        "Miriam Aydın-Hoffmann, Leiterin der Stabsstelle Integration und "
                        "Teilhabe, Anschrift wie oben.",
                    ],
                    "en": [
                        "Responsible for the content under section 18(2) of the Interstate "
                        "Media Treaty: Miriam Aydın-Hoffmann, Head of the Staff Unit for "
                        "Integration and Participation, address as above.",
                    ],
                },
            ),
            ("heading", {"de": "Aufsichtsbehörde", "en": "Supervisory authority"}),
            (
                "paragraph",
                {
                    "de": [
                        "Die Kommunalaufsicht über die Region Hannover führt das Niedersächsische "
                        "Ministerium für Inneres und Sport.",
                    ],
                    "en": [
                        "Local government supervision of the Hannover Region is exercised by "
                        "the Lower Saxony Ministry of the Interior and Sport.",
                    ],
                },
            ),
            ("heading", {"de": "Links zu anderen Websites", "en": "Links to other websites"}),
            (
                "paragraph",
                {
                    "de": [
                        "Für die Inhalte anderer Websites, auf die wir verweisen, sind deren "
                        "Anbieter verantwortlich. Beim Setzen der Links haben wir die Seiten auf "
                        "erkennbare Rechtsverstöße geprüft. Werden uns Rechtsverstöße bekannt, "
                        "entfernen wir den betreffenden Link.",
                    ],
                    "en": [
                        "The providers of other websites we link to are responsible for their "
                        "content. When setting the links we checked the pages for apparent "
                        "infringements of the law. If we become aware of any infringement, we "
                        "remove the link concerned.",
                    ],
                },
            ),
            ("heading", {"de": "Technik", "en": "Technology"}),
            (
                "paragraph",
                {
                    "de": [
                        "Diese Website beruht auf freier Software, unter anderem auf Django und "
                        "Wagtail, und wird auf eigenen Servern betrieben.",
                    ],
                    "en": [
                        "This website is built on free software, including Django and Wagtail, "
                        "and runs on our own servers.",
                    ],
                },
            ),
            (
                "heading",
                {"de": "Hinweis zu dieser Demonstration", "en": "Note on this demonstration"},
            ),
            (
                "paragraph",
                {
                    "de": [
                        "Diese Website ist eine Demonstration. Die genannten Personen, die "
                        "Durchwahlnummern und die E-Mail-Adressen sind frei erfunden.",
                    ],
                    "en": [
                        "This website is a demonstration. The people, phone extensions and "
                        "e-mail addresses named on it are fictional.",
                    ],
                },
            ),
        ],
    },
]
