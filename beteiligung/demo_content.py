"""Demo texts for the online consultation on the draft Integrationskonzept of Region Hannover.

Data only, read by `beteiligung.demo`. Every text shown on a page is a {"de": ..., "en": ...} pair
with the same structure in both languages. Comments (COMMENTS) stay in the language they were
written in and are plain strings. People and organisations are invented; any likeness to real
persons or associations is unintended. Plain text only: no HTML markup and no characters
that would need escaping in HTML.
"""

INDEX = {
    "title": {"de": "Mitreden und beteiligen", "en": "Have your say"},
    "slug": {"de": "beteiligung", "en": "participation"},
    "intro": {
        "de": [
            (
                "Die Region Hannover lädt alle Menschen, die hier leben, arbeiten oder lernen, "
                "dazu ein, ihre Integrationspolitik mitzugestalten. Auf diesen Seiten finden Sie "
                "laufende und abgeschlossene Online-Beteiligungen."
            ),
            (
                "Lesen Sie die Entwürfe, kommentieren Sie einzelne Abschnitte und unterstützen Sie "
                "Beiträge anderer. Schreiben Sie gern in der Sprache, in der Sie sich am wohlsten "
                "fühlen."
            ),
        ],
        "en": [
            (
                "Region Hannover invites everyone who lives, works or studies here to help shape "
                "its integration policy. On these pages you will find current and past online "
                "consultations."
            ),
            (
                "Read the drafts, comment on individual sections and support other people's "
                "contributions. Feel free to write in the language you are most comfortable with."
            ),
        ],
    },
}

#: Fields of action (see `home.demo.pages.TOPICS`) by slug; comments name them by index.
TOPICS = [
    "participation",
    "arrival",
    "refugees",
    "language",
    "work",
    "health",
    "networking",
    "diversity",
]

CONSULTATION = {
    "title": {
        "de": "Entwurf: Integrationskonzept der Region Hannover 2027",
        "en": "Draft: Integration Concept of Region Hannover 2027",
    },
    "slug": {"de": "integrationskonzept-2027", "en": "integration-concept-2027"},
    "intro": {
        "de": [
            (
                "Die Stabsstelle Integration und Teilhabe schreibt das Integrationskonzept der "
                "Region fort. Der Entwurf beschreibt für acht Handlungsfelder, wo wir heute "
                "stehen, welche Ziele wir uns setzen und mit welchen Maßnahmen wir sie erreichen "
                "wollen."
            ),
            (
                "Bis Mitte Januar 2027 können Sie jeden Abschnitt kommentieren oder eine "
                "Rückmeldung zum ganzen Entwurf geben, in jeder Sprache. Vereine und Initiativen "
                "können eine Stellungnahme einreichen. Wir prüfen Beiträge kurz vor der "
                "Veröffentlichung, werten alle Hinweise aus und berichten, was daraus im "
                "überarbeiteten Konzept geworden ist."
            ),
        ],
        "en": [
            (
                "The Staff Unit for Integration and Participation is updating the region's "
                "integration concept. For eight fields of action, the draft describes where we "
                "stand today, which goals we set ourselves and which measures should get us there."
            ),
            (
                "Until mid-January 2027 you can comment on every section or give feedback on the "
                "draft as a whole, in any language. Associations and initiatives can submit a "
                "formal statement. We briefly check contributions before they are published, "
                "evaluate every suggestion and report what became of it in the revised concept."
            ),
        ],
    },
    "chapters": [
        {
            "title": {"de": "Teilhabe und Partizipation", "en": "Participation"},
            "summary": {
                "de": (
                    "Menschen mit Einwanderungsgeschichte sollen das Leben in der Region "
                    "gleichberechtigt mitgestalten können: in Gremien, in Vereinen und bei "
                    "Entscheidungen der Verwaltung."
                ),
                "en": (
                    "People with a migration background should have an equal say in the life of "
                    "the region: in committees, in associations and in the decisions of the "
                    "administration."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "Ein großer Teil der Menschen in der Region hat eine "
                            "Einwanderungsgeschichte. In Beiräten, Ausschüssen und "
                            "Vereinsvorständen ist diese Vielfalt bisher kaum zu sehen. Wer die "
                            "Staatsangehörigkeit eines Landes außerhalb der EU besitzt, darf bei "
                            "Kommunalwahlen nicht wählen und hat daher nur wenige formale Wege, "
                            "eigene Anliegen einzubringen."
                        ),
                        "en": (
                            "A large share of the people in the region have a migration "
                            "background. So far, this diversity is hardly visible on advisory "
                            "boards, committees and the boards of associations. Anyone who holds "
                            "the citizenship of a country outside the EU may not vote in local "
                            "elections and therefore has few formal ways to raise their concerns."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "Migrantenorganisationen sind in allen Gremien der Region, die über "
                            "Fragen der Integration beraten, dauerhaft mit beratender Stimme "
                            "vertreten."
                        ),
                        "en": (
                            "Migrant organisations have a permanent advisory seat on every body of "
                            "the region that discusses questions of integration."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Das Interkulturelle Forum tagt mindestens viermal im Jahr öffentlich, "
                            "mit Dolmetschung in die meistgefragten Sprachen. Seine Empfehlungen "
                            "gehen schriftlich an die Regionsversammlung, und die Verwaltung legt "
                            "innerhalb von drei Monaten dar, was sie daraus macht."
                        ),
                        "en": (
                            "The Intercultural Forum meets in public at least four times a year, "
                            "with interpreting into the most requested languages. Its "
                            "recommendations go to the regional assembly in writing, and within "
                            "three months the administration explains what it will do with them."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Ein Qualifizierungsprogramm vermittelt Ehrenamtlichen aus "
                            "Migrantenorganisationen Wissen über Vereinsrecht, Fördermittel und "
                            "die Arbeit in Gremien."
                        ),
                        "en": (
                            "A training programme teaches volunteers from migrant organisations "
                            "about the law on associations, funding and working in committees."
                        ),
                    },
                ),
            ],
        },
        {
            "title": {"de": "Willkommenskultur", "en": "Welcome culture"},
            "summary": {
                "de": (
                    "Wer neu in die Region kommt, soll schnell verlässliche Informationen finden "
                    "und sich willkommen fühlen, in Behörden ebenso wie in der Nachbarschaft."
                ),
                "en": (
                    "Newcomers to the region should quickly find reliable information and feel "
                    "welcome, at public offices as well as in their neighbourhood."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "Neu Zugewanderte berichten, dass sie in den ersten Monaten viele "
                            "verschiedene Stellen aufsuchen müssen und Auskünfte oft nur auf "
                            "Deutsch erhalten. Die Orientierungsberatung gehört seit 2025 zur "
                            "Stabsstelle Integration und Teilhabe und hilft, sich einen ersten "
                            "Überblick zu verschaffen. Außerhalb der Landeshauptstadt ist dieses "
                            "Angebot jedoch noch wenig bekannt."
                        ),
                        "en": (
                            "Newcomers report that in their first months they have to visit many "
                            "different offices and often receive information in German only. Since "
                            "2025 the orientation advice service has been part of the Staff Unit "
                            "for Integration and Participation and helps people get a first "
                            "overview. Outside the state capital, however, the service is still "
                            "little known."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "Wer sich in einer Kommune der Region anmeldet, erhält ein "
                            "Willkommenspaket mit den wichtigsten Anlaufstellen vor Ort, in "
                            "mindestens zehn Sprachen."
                        ),
                        "en": (
                            "Everyone who registers their address in a municipality of the region "
                            "receives a welcome pack listing the most important local contact "
                            "points, in at least ten languages."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Die Orientierungsberatung bietet in allen Umlandkommunen feste "
                            "Sprechstunden an, abwechselnd vor Ort und per Video."
                        ),
                        "en": (
                            "The orientation advice service holds regular office hours in every "
                            "surrounding municipality, alternating between in-person and video "
                            "appointments."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Gemeinsam mit den Kommunen entsteht das mehrsprachige Online-Portal "
                            "„Ankommen in der Region Hannover“, dessen wichtigste Seiten es auch "
                            "in Leichter Sprache gibt."
                        ),
                        "en": (
                            "Together with the municipalities, the region builds the multilingual "
                            "online portal “Arriving in Region Hannover”, with its most important "
                            "pages also available in Easy Language."
                        ),
                    },
                ),
            ],
        },
        {
            "title": {"de": "Geflüchtete Menschen", "en": "Refugees"},
            "summary": {
                "de": (
                    "Geflüchtete Menschen sollen sicher wohnen, gut beraten werden und vom ersten "
                    "Tag an am Leben in der Region teilnehmen können."
                ),
                "en": (
                    "Refugees should live safely, receive good advice and be able to take part in "
                    "the life of the region from their first day."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "Wie viele Schutzsuchende in die Region kommen, schwankt stark und "
                            "lässt sich kaum vorhersagen. Viele Menschen bleiben länger als "
                            "geplant in Gemeinschaftsunterkünften, weil bezahlbarer Wohnraum "
                            "fehlt. Das erschwert das Deutschlernen, die Arbeitssuche und Kontakte "
                            "in die Nachbarschaft, besonders für Familien mit Kindern."
                        ),
                        "en": (
                            "The number of people seeking protection who come to the region varies "
                            "widely and is hard to predict. Many people stay in shared "
                            "accommodation longer than planned because affordable housing is "
                            "scarce. This makes it harder to learn German, to look for work and to "
                            "get to know the neighbours, especially for families with children."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "Geflüchtete Menschen leben höchstens zwölf Monate in einer "
                            "Gemeinschaftsunterkunft und ziehen danach in eine eigene Wohnung. "
                            "Besonders schutzbedürftige Personen, etwa Alleinerziehende, Menschen "
                            "mit Behinderung oder queere Geflüchtete, werden von Anfang an passend "
                            "untergebracht."
                        ),
                        "en": (
                            "Refugees live in shared accommodation for no longer than twelve "
                            "months and then move into a home of their own. People in particular "
                            "need of protection, such as single parents, people with disabilities "
                            "or queer refugees, are given suitable housing from the start."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Die Region richtet zusammen mit Wohnungsunternehmen eine "
                            "Wohnraumvermittlung für Geflüchtete ein. Vermieterinnen und Vermieter "
                            "bekommen dort feste Ansprechpersonen und Unterstützung, wenn es "
                            "Probleme gibt."
                        ),
                        "en": (
                            "Together with housing companies, the region sets up a housing "
                            "placement service for refugees. Landlords get a fixed contact person "
                            "there and support if problems arise."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Alle Unterkünfte arbeiten nach einem gemeinsamen Gewaltschutzkonzept. "
                            "Eine unabhängige Stelle überprüft jedes Jahr, ob es eingehalten wird."
                        ),
                        "en": (
                            "All accommodation follows a common concept for protection against "
                            "violence. An independent body checks every year that it is observed."
                        ),
                    },
                ),
            ],
        },
        {
            "title": {"de": "Bildung und Sprache", "en": "Education and language"},
            "summary": {
                "de": (
                    "Bildung und Sprache öffnen Türen. Die Region will Lernangebote für alle "
                    "Altersgruppen leichter erreichbar machen und Mehrsprachigkeit als Stärke "
                    "anerkennen."
                ),
                "en": (
                    "Education and language open doors. The region wants to make learning "
                    "opportunities easier to reach for all age groups and to value multilingualism "
                    "as a strength."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "In einigen Teilen der Region warten Menschen lange auf einen "
                            "Integrations- oder Berufssprachkurs, vor allem auf Kurse mit "
                            "Kinderbetreuung. Die Herkunftssprachen von Kindern und Jugendlichen "
                            "spielen in Kitas und Schulen kaum eine Rolle. Eltern mit geringen "
                            "Deutschkenntnissen fühlen sich im Schulsystem häufig allein gelassen."
                        ),
                        "en": (
                            "In some parts of the region people wait a long time for an "
                            "integration or job-related language course, especially for courses "
                            "with childcare. The heritage languages of children and young people "
                            "play hardly any role in day-care centres and schools. Parents with "
                            "little German often feel left alone in the school system."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "Niemand wartet länger als drei Monate auf einen passenden Sprachkurs, "
                            "und in jeder Umlandkommune gibt es Kurse mit Kinderbetreuung."
                        ),
                        "en": (
                            "Nobody waits longer than three months for a suitable language course, "
                            "and every surrounding municipality offers courses with childcare."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Eine regionale Sprachkursbörse zeigt tagesaktuell die freien Plätze "
                            "aller Kursträger an und vermittelt Interessierte direkt weiter."
                        ),
                        "en": (
                            "A regional language course exchange shows the free places of all "
                            "course providers, updated daily, and refers interested people "
                            "directly."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Das Programm der Elternlotsinnen und Elternlotsen wird ausgebaut: "
                            "Geschulte Ehrenamtliche begleiten Familien zu Elternabenden, bei der "
                            "Schulanmeldung und beim Wechsel auf eine weiterführende Schule."
                        ),
                        "en": (
                            "The parent guide programme is expanded: trained volunteers accompany "
                            "families to parents' evenings, through school registration and "
                            "through the move to secondary school."
                        ),
                    },
                ),
            ],
        },
        {
            "title": {"de": "Wirtschaft und Arbeit", "en": "Economy and work"},
            "summary": {
                "de": (
                    "Zugewanderte bringen Berufserfahrung, Abschlüsse und Ideen mit. Sie sollen "
                    "ihren Fähigkeiten entsprechend arbeiten und eigene Betriebe gründen können."
                ),
                "en": (
                    "Immigrants bring work experience, qualifications and ideas. They should be "
                    "able to work in line with their skills and to start businesses of their own."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "Viele Zugewanderte arbeiten unter ihrer Qualifikation, weil die "
                            "Anerkennung ausländischer Abschlüsse lange dauert. Gleichzeitig "
                            "suchen Betriebe in der Region dringend Fachkräfte, etwa in der "
                            "Pflege, im Handwerk und in der Logistik. Frauen mit "
                            "Einwanderungsgeschichte sind deutlich seltener erwerbstätig als "
                            "Männer, oft weil Kinderbetreuung fehlt."
                        ),
                        "en": (
                            "Many immigrants work below their qualifications because the "
                            "recognition of foreign degrees takes a long time. At the same time, "
                            "employers in the region urgently need skilled workers, for example in "
                            "care, in the skilled trades and in logistics. Women with a migration "
                            "background are in paid work much less often than men, frequently "
                            "because childcare is lacking."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "Anerkennungsverfahren werden schneller abgeschlossen, weil die "
                            "Beratung schon beim ersten Termin in der Ausländerbehörde beginnt und "
                            "die Unterlagen von Anfang an vollständig sind."
                        ),
                        "en": (
                            "Recognition procedures are completed faster because advice begins at "
                            "the very first appointment with the immigration office and the "
                            "documents are complete from the outset."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Eine Lotsenstelle „Anerkennung und Arbeit“ bündelt die Beratung von "
                            "Jobcenter, Arbeitsagentur, Kammern und Region an einem Ort."
                        ),
                        "en": (
                            "A “Recognition and Work” guidance point brings together the advice of "
                            "the job centre, the employment agency, the chambers and the region in "
                            "one place."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Gründerinnen und Gründer mit Einwanderungsgeschichte erhalten "
                            "mehrsprachige Gründungsberatung und Zugang zu Kleinstkrediten."
                        ),
                        "en": (
                            "Founders with a migration background receive multilingual start-up "
                            "advice and access to microloans."
                        ),
                    },
                ),
            ],
        },
        {
            "title": {"de": "Gesundheit und Pflege", "en": "Health and care"},
            "summary": {
                "de": (
                    "Angebote für Gesundheit und Pflege sollen für alle verständlich und "
                    "erreichbar sein, unabhängig von Sprache und Aufenthaltsstatus."
                ),
                "en": (
                    "Health and care services should be understandable and accessible for "
                    "everyone, regardless of language and residence status."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "Sprachbarrieren führen in Praxen und Kliniken zu Missverständnissen "
                            "und manchmal zu falschen Behandlungen. Professionelle Dolmetschung "
                            "wird im Gesundheitswesen nur selten bezahlt, deshalb übersetzen oft "
                            "Kinder oder Bekannte. Ältere Menschen mit Einwanderungsgeschichte "
                            "nutzen Pflegeangebote seltener, weil sie diese nicht kennen oder sich "
                            "dort nicht verstanden fühlen."
                        ),
                        "en": (
                            "Language barriers lead to misunderstandings in doctors' practices and "
                            "hospitals, and sometimes to wrong treatment. Professional "
                            "interpreting is rarely paid for in health care, so children or "
                            "acquaintances often translate. Older people with a migration "
                            "background use care services less often because they do not know them "
                            "or do not feel understood there."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "In allen Gesundheitseinrichtungen der Region steht bei Bedarf eine "
                            "qualifizierte Sprachmittlung zur Verfügung, vor Ort oder per Video."
                        ),
                        "en": (
                            "Qualified language mediation is available when needed in all of the "
                            "region's health facilities, in person or by video."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Die Region baut einen Pool geschulter Sprach- und Kulturmittlerinnen "
                            "und -mittler auf, den auch Arztpraxen zu günstigen Bedingungen nutzen "
                            "können."
                        ),
                        "en": (
                            "The region builds up a pool of trained language and cultural "
                            "mediators that doctors' practices can also use on favourable terms."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Die Pflegestützpunkte informieren regelmäßig in Moscheegemeinden, "
                            "Kulturvereinen und Begegnungsstätten über Pflegeleistungen und "
                            "Beratung."
                        ),
                        "en": (
                            "The care advice centres regularly give information on care benefits "
                            "and advice in mosque communities, cultural associations and community "
                            "centres."
                        ),
                    },
                ),
            ],
        },
        {
            "title": {"de": "Vernetzung", "en": "Networking"},
            "summary": {
                "de": (
                    "Viele arbeiten für gelingende Integration, aber nicht immer miteinander. Die "
                    "Region will Wissen bündeln und Zusammenarbeit erleichtern."
                ),
                "en": (
                    "Many people work for successful integration, but not always together. The "
                    "region wants to pool knowledge and make cooperation easier."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "In der Region gibt es zahlreiche Initiativen, Vereine, "
                            "Beratungsstellen und kommunale Integrationsbeauftragte. Oft erfahren "
                            "sie nur zufällig voneinander, und gute Ideen aus einer Kommune kommen "
                            "in der Nachbarkommune nicht an. Kleinen Vereinen bleibt neben ihrer "
                            "eigentlichen Arbeit kaum Zeit für Netzwerktreffen."
                        ),
                        "en": (
                            "The region has numerous initiatives, associations, advice centres and "
                            "municipal integration officers. They often learn about each other "
                            "only by chance, and good ideas from one municipality do not reach the "
                            "next. Small associations have hardly any time for network meetings "
                            "alongside their actual work."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "Alle Kommunen der Region tauschen sich regelmäßig über ihre "
                            "Integrationsarbeit aus und nutzen gemeinsame Angebote."
                        ),
                        "en": (
                            "All municipalities of the region regularly share their experience of "
                            "integration work and use joint services."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Die Stabsstelle lädt zweimal im Jahr zu einer regionalen "
                            "Integrationskonferenz ein und pflegt eine öffentliche Übersicht aller "
                            "Angebote und Ansprechpersonen."
                        ),
                        "en": (
                            "Twice a year the staff unit invites people to a regional integration "
                            "conference, and it keeps a public overview of all services and "
                            "contact persons."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Der Regionsfonds für Vielfalt und Teilhabe fördert ausdrücklich "
                            "Projekte, die mehrere Vereine gemeinsam tragen. Anträge werden "
                            "einfacher, und vor der Antragstellung gibt es Beratung."
                        ),
                        "en": (
                            "The Regional Fund for Diversity and Participation explicitly supports "
                            "projects run jointly by several associations. Applications become "
                            "simpler, and advice is available before applying."
                        ),
                    },
                ),
            ],
        },
        {
            "title": {"de": "Interkulturelle Öffnung", "en": "Intercultural opening"},
            "summary": {
                "de": (
                    "Die Regionsverwaltung will die Vielfalt der Bevölkerung widerspiegeln und "
                    "ihre Dienstleistungen für alle gleich gut zugänglich machen."
                ),
                "en": (
                    "The regional administration wants to reflect the diversity of the population "
                    "and make its services equally accessible to everyone."
                ),
            },
            "items": [
                (
                    "paragraph",
                    {
                        "de": (
                            "Unter den Beschäftigten der Regionsverwaltung sind Menschen mit "
                            "Migrationsgeschichte unterrepräsentiert, besonders in "
                            "Führungspositionen. Bürgerinnen und Bürger berichten von schwer "
                            "verständlichen Bescheiden und langen Wartezeiten bei der "
                            "Ausländerbehörde. Interkulturelle Öffnung betrifft daher zugleich das "
                            "Personal, die Abläufe und die Sprache der Verwaltung."
                        ),
                        "en": (
                            "People with a migration background are under-represented among the "
                            "staff of the regional administration, particularly in management "
                            "positions. Residents report letters that are hard to understand and "
                            "long waiting times at the immigration office. Intercultural opening "
                            "therefore concerns the administration's staff, procedures and "
                            "language at the same time."
                        ),
                    },
                ),
                (
                    "goal",
                    {
                        "de": (
                            "Bis 2035 entspricht der Anteil der Beschäftigten mit "
                            "Migrationsgeschichte annähernd ihrem Anteil an der Bevölkerung der "
                            "Region."
                        ),
                        "en": (
                            "By 2035 the share of staff with a migration background roughly "
                            "matches their share of the region's population."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Alle Führungskräfte und alle Beschäftigten mit Publikumsverkehr "
                            "nehmen an Fortbildungen zu interkultureller Kompetenz und zum Schutz "
                            "vor Diskriminierung teil."
                        ),
                        "en": (
                            "All managers and all staff who deal with the public take part in "
                            "training on intercultural competence and protection against "
                            "discrimination."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Die Standardschreiben der Ausländerbehörde werden in verständlicher "
                            "Sprache neu gefasst und durch Erklärungen in mehreren Sprachen "
                            "ergänzt."
                        ),
                        "en": (
                            "The standard letters of the immigration office are rewritten in plain "
                            "language and supplemented by explanations in several languages."
                        ),
                    },
                ),
                (
                    "measure",
                    {
                        "de": (
                            "Eine unabhängige Beschwerdestelle nimmt Hinweise auf Diskriminierung "
                            "durch die Verwaltung entgegen und berichtet jedes Jahr öffentlich "
                            "über ihre Arbeit."
                        ),
                        "en": (
                            "An independent complaints office receives reports of discrimination "
                            "by the administration and publishes an annual report on its work."
                        ),
                    },
                ),
            ],
        },
    ],
}

COMMENTS = [
    {
        "chapter": 0,
        "item": 0,
        "language": "de",
        "author": "Heike M.",
        "organisation": "",
        "topic": None,
        "text": (
            "Gut, dass man den Entwurf online kommentieren kann und er nicht nur im Ausschuss "
            "besprochen wird. Mir fehlt allerdings eine Übersicht, was aus dem letzten "
            "Integrationskonzept tatsächlich umgesetzt wurde.\nWie werden die Beiträge hier "
            "ausgewertet, und erfahren wir, was aus unseren Vorschlägen geworden ist?"
        ),
        "status": "published",
        "reason": "",
        "supports": 7,
        "replies": [
            {
                "language": "de",
                "author": "Stabsstelle Integration und Teilhabe",
                "text": (
                    "Vielen Dank für Ihre Frage. Nach dem Ende der Beteiligung sichten wir alle "
                    "Beiträge und ordnen sie den Handlungsfeldern zu. Im Auswertungsbericht sehen "
                    "Sie dann zu jedem Abschnitt, welche Hinweise eingegangen sind und was sich "
                    "dadurch geändert hat. Eine Bilanz des bisherigen Konzepts stellen wir "
                    "zusätzlich auf dieser Seite bereit."
                ),
                "status": "published",
            }
        ],
    },
    {
        "chapter": 0,
        "item": 0,
        "language": "de",
        "author": "Nilüfer Ö.",
        "organisation": "Dachverband der Migrantenvereine Calenberger Land e. V.",
        "topic": None,
        "text": (
            "Wir begrüßen, dass die Region ihr Integrationskonzept öffentlich zur Diskussion "
            "stellt. Unser Vorstand hat den Entwurf gemeinsam mit den Mitgliedsvereinen beraten, "
            "und viele Ziele greifen auf, was unsere Mitglieder seit Jahren fordern.\nBei fast "
            "allen Zielen fehlt uns jedoch ein Maßstab: Woran wollen wir in einigen Jahren "
            "erkennen, ob ein Ziel erreicht ist? Wir schlagen vor, zu jedem Ziel eine Kennzahl und "
            "einen Zeitpunkt für die Überprüfung festzulegen. Ebenso fehlt eine Aussage darüber, "
            "welche Haushaltsmittel für die Maßnahmen vorgesehen sind. Ohne gesicherte "
            "Finanzierung bleiben gerade die Vorhaben, die auf Ehrenamt setzen, bloße "
            "Absichtserklärungen.\nWir bieten an, an der Entwicklung der Kennzahlen mitzuarbeiten."
        ),
        "status": "published",
        "reason": "",
        "supports": 10,
        "replies": [],
    },
    {
        "chapter": 0,
        "item": 0,
        "language": "en",
        "author": "Priya S.",
        "organisation": "",
        "topic": None,
        "text": (
            "I moved here for work two years ago and I am glad there is an English version of the "
            "draft. Many people in my community speak neither German nor English well, though. "
            "Could the chapter summaries at least be offered in Tamil, Vietnamese and Dari, maybe "
            "also as short audio clips? That would reach people who are not used to reading long "
            "documents."
        ),
        "status": "published",
        "reason": "",
        "supports": 4,
        "replies": [],
    },
    {
        "chapter": 1,
        "item": 1,
        "language": "pl",
        "author": "Katarzyna W.",
        "organisation": "",
        "topic": 0,
        "text": (
            "Jako obywatelka UE mogę głosować w wyborach samorządowych, ale dowiedziałam się o tym "
            "dopiero po kilku latach mieszkania w regionie. Wielu moich znajomych z Polski i "
            "Rumunii nadal o tym nie wie. Proszę dopisać do koncepcji kampanię informacyjną przed "
            "wyborami, także po polsku."
        ),
        "status": "published",
        "reason": "",
        "supports": 3,
        "replies": [],
    },
    {
        "chapter": 1,
        "item": 2,
        "language": "de",
        "author": "Kemal A.",
        "organisation": "",
        "topic": 0,
        "text": (
            "Eine beratende Stimme ist besser als nichts. Aber warum bekommen die Vertreterinnen "
            "und Vertreter der Migrantenorganisationen kein Stimmrecht? Sonst hört man uns "
            "freundlich zu und entscheidet dann ohne uns."
        ),
        "status": "published",
        "reason": "",
        "supports": 5,
        "replies": [
            {
                "language": "de",
                "author": "Frank D.",
                "text": (
                    "Wer in den Ausschüssen der Regionsversammlung abstimmen darf, regelt das "
                    "Kommunalrecht des Landes, das kann die Region nicht allein ändern. Trotzdem "
                    "sollte im Konzept stehen, wie mit den Empfehlungen umgegangen wird, zum "
                    "Beispiel mit einer Pflicht zur schriftlichen Antwort."
                ),
                "status": "published",
            }
        ],
    },
    {
        "chapter": 1,
        "item": 3,
        "language": "tr",
        "author": "Ayşe D.",
        "organisation": "",
        "topic": 0,
        "text": (
            "Forum toplantılarının hepsi hafta içi öğleden sonra yapılıyor. Çalışanlar, özellikle "
            "vardiyalı çalışanlar ve küçük çocuğu olan anneler bu saatlerde katılamıyor. "
            "Toplantıların en az yarısı akşam ya da cumartesi günü olsun, mümkünse çocuk bakımı da "
            "sunulsun. Türkçe tercüme olursa çok daha fazla kişi gelir."
        ),
        "status": "published",
        "reason": "",
        "supports": 8,
        "replies": [
            {
                "language": "tr",
                "author": "Hatice K.",
                "text": "Kesinlikle katılıyorum. Ben de son toplantıya işten dolayı gidemedim.",
                "status": "published",
            },
            {
                "language": "de",
                "author": "Stabsstelle Integration und Teilhabe",
                "text": (
                    "Danke für den Hinweis, Frau D. Wir nehmen den Vorschlag auf, die Sitzungen "
                    "des Interkulturellen Forums abwechselnd abends und am Wochenende anzubieten. "
                    "Ob wir eine Kinderbetreuung organisieren können, klären wir gerade mit den "
                    "Veranstaltungsorten."
                ),
                "status": "published",
            },
        ],
    },
    {
        "chapter": 2,
        "item": 1,
        "language": "tr",
        "author": "Emre K.",
        "organisation": "",
        "topic": 1,
        "text": (
            "Yabancılar Dairesi'nden randevu almak aylar sürüyor. İlk aylarda hangi belgelerin "
            "gerektiğini kimse açıklamıyor, her memur başka bir şey söylüyor. Bütün bilgilerin tek "
            "bir yerde ve Türkçe de olmasını isterim."
        ),
        "status": "pending",
        "reason": "",
        "supports": 0,
        "replies": [],
    },
    {
        "chapter": 2,
        "item": 2,
        "language": "ru",
        "author": "Дмитрий К.",
        "organisation": "",
        "topic": 1,
        "text": (
            "Идея приветственного пакета хорошая. Но важно, чтобы его получали не только те, кто "
            "приехал из-за границы, но и те, кто переезжает в регион из другой федеральной земли: "
            "у них те же вопросы о школе, врачах и транспорте. И, пожалуйста, не только бумажная "
            "брошюра — удобнее QR-код со ссылкой на актуальную информацию."
        ),
        "status": "published",
        "reason": "",
        "supports": 2,
        "replies": [],
    },
    {
        "chapter": 2,
        "item": 3,
        "language": "de",
        "author": "Sabine R.",
        "organisation": "",
        "topic": 1,
        "text": (
            "Ich begleite ehrenamtlich eine Familie in Burgdorf, und im Herbst waren wir gemeinsam "
            "bei der Orientierungsberatung. Die Beratung war ausgezeichnet und sehr geduldig. Die "
            "Fahrt nach Hannover hat mit Bus und Bahn aber fast eine Stunde gedauert. Eine "
            "Sprechstunde vor Ort, und sei es nur einmal im Monat, wäre eine große Erleichterung."
        ),
        "status": "published",
        "reason": "",
        "supports": 4,
        "replies": [],
    },
    {
        "chapter": 2,
        "item": 4,
        "language": "en",
        "author": "Tom B.",
        "organisation": "",
        "topic": 1,
        "text": (
            "Please build the portal as an ordinary website that works on older phones and with "
            "screen readers, not as an app that needs an account. And keep addresses and opening "
            "hours up to date: outdated information is worse than none. It would help if every "
            "page showed when it was last checked."
        ),
        "status": "published",
        "reason": "",
        "supports": 6,
        "replies": [],
    },
    {
        "chapter": 3,
        "item": 1,
        "language": "de",
        "author": "Gerd F.",
        "organisation": "",
        "topic": 2,
        "text": (
            "Die Beschreibung trifft zu. Bei uns im Ort wohnen Familien seit über zwei Jahren in "
            "der Unterkunft am Gewerbegebiet, und die nächste Bushaltestelle ist zwanzig Minuten "
            "zu Fuß entfernt."
        ),
        "status": "published",
        "reason": "",
        "supports": 1,
        "replies": [],
    },
    {
        "chapter": 3,
        "item": 2,
        "language": "de",
        "author": "Jonas W.",
        "organisation": "",
        "topic": 2,
        "text": (
            "Das Ziel ist richtig, aber bei der Lage auf dem Wohnungsmarkt halte ich zwölf Monate "
            "für unrealistisch. Was passiert, wenn die Frist nicht zu halten ist?\nIch würde mir "
            "wünschen, dass das Konzept auch Mindeststandards für die Zeit in der Unterkunft "
            "festlegt: ruhige Lernräume für Schulkinder, WLAN und abschließbare Zimmer für "
            "Familien."
        ),
        "status": "published",
        "reason": "",
        "supports": 6,
        "replies": [
            {
                "language": "de",
                "author": "Marta S.",
                "text": (
                    "Ein ehrgeiziges Ziel finde ich trotzdem richtig, sonst ändert sich nie etwas. "
                    "Ihr Vorschlag zu Mindeststandards sollte aber unbedingt ergänzt werden."
                ),
                "status": "published",
            }
        ],
    },
    {
        "chapter": 3,
        "item": 2,
        "language": "ar",
        "author": "سامر ح.",
        "organisation": "",
        "topic": 2,
        "text": (
            "عشتُ مع زوجتي وأطفالي الثلاثة أكثر من سنتين في سكن جماعي. كانت لدينا غرفة واحدة فقط، "
            "ولم يكن هناك مكان هادئ يدرس فيه الأطفال. أؤيد هذا الهدف بقوة، لكن المشكلة الكبرى أن "
            "كثيرًا من المؤجرين يرفضون من يتلقى مساعدات اجتماعية. نحتاج إلى جهة تساعدنا في التواصل "
            "مع المؤجرين."
        ),
        "status": "published",
        "reason": "",
        "supports": 9,
        "replies": [
            {
                "language": "ar",
                "author": "ريم",
                "text": (
                    "هذه تجربتي أيضًا. بعد سنة ونصف وجدنا شقة فقط لأن متطوعة ألمانية اتصلت بالمؤجر "
                    "نيابةً عنا."
                ),
                "status": "published",
            }
        ],
    },
    {
        "chapter": 3,
        "item": 2,
        "language": "uk",
        "author": "Олена Т.",
        "organisation": "",
        "topic": 2,
        "text": (
            "Коли я приїхала з Харкова, нас із донькою на пів року прийняла родина в Лангенгагені. "
            "Це дуже допомогло швидше вивчити мову і познайомитися з людьми. Варто згадати в "
            "концепції й таке приватне розміщення та підтримати родини, які приймають людей: "
            "порадою, контактною особою і відшкодуванням витрат."
        ),
        "status": "published",
        "reason": "",
        "supports": 4,
        "replies": [],
    },
    {
        "chapter": 3,
        "item": 2,
        "language": "de",
        "author": "Robin K.",
        "organisation": "Regenbogen-Zuflucht Leinetal e. V.",
        "topic": 2,
        "text": (
            "Wir begrüßen ausdrücklich, dass queere Geflüchtete im Entwurf als besonders "
            "schutzbedürftig genannt werden. Aus unserer Beratung wissen wir, dass viele von ihnen "
            "in Gemeinschaftsunterkünften angefeindet werden und sich deshalb nicht trauen, Hilfe "
            "zu suchen.\nEine passende Unterbringung setzt voraus, dass die Schutzbedürftigkeit "
            "überhaupt erkannt wird. Wir schlagen deshalb vor, alle Mitarbeitenden in der Aufnahme "
            "entsprechend zu schulen und Geflüchtete bei der Ankunft vertraulich und mehrsprachig "
            "über ihre Rechte zu informieren. Außerdem sollte die Region einige Plätze in kleinen "
            "Wohngemeinschaften dauerhaft für diese Gruppe vorhalten.\nGern bringen wir unsere "
            "Erfahrung in die weitere Planung ein."
        ),
        "status": "published",
        "reason": "",
        "supports": 7,
        "replies": [],
    },
    {
        "chapter": 3,
        "item": 2,
        "language": "fa",
        "author": "مریم ر.",
        "organisation": "",
        "topic": 2,
        "text": (
            "من مادری تنها با دو فرزند هستم. در خوابگاه جمعی، حمام و آشپزخانه مشترک بود و شب‌ها "
            "احساس امنیت نمی‌کردم. خوب است که در این بند از مادران و پدران تنها نام برده شده است. "
            "لطفاً تا زمانی که خانه‌ای پیدا شود، برای زنان و کودکان طبقه یا ساختمانی جداگانه در "
            "نظر بگیرید."
        ),
        "status": "published",
        "reason": "",
        "supports": 5,
        "replies": [],
    },
    {
        "chapter": 3,
        "item": 2,
        "language": "de",
        "author": "Anwohner aus Garbsen",
        "organisation": "",
        "topic": 2,
        "text": (
            "Man sollte auch an die Menschen denken, die hier seit Jahren eine bezahlbare Wohnung "
            "suchen. Wenn Geflüchtete bevorzugt vermittelt werden, sorgt das für Unmut. Wie will "
            "die Region verhindern, dass Gruppen gegeneinander ausgespielt werden?"
        ),
        "status": "pending",
        "reason": "",
        "supports": 0,
        "replies": [],
    },
    {
        "chapter": 3,
        "item": 3,
        "language": "de",
        "author": "WohnRaum-Service",
        "organisation": "",
        "topic": 2,
        "text": (
            "Wir haben kurzfristig möblierte Apartments in der ganzen Region frei, auch für Ämter "
            "und Träger. Faire Preise, schnelle Abwicklung! Schreiben Sie uns an "
            "wohnung-sofort@example.com"
        ),
        "status": "rejected",
        "reason": (
            "Vielen Dank für Ihre Nachricht. Wir können sie leider nicht veröffentlichen, weil sie "
            "Werbung für ein gewerbliches Angebot mit Kontaktdaten enthält. Wohnungsangebote "
            "richten Sie bitte direkt an die Stabsstelle Integration und Teilhabe. Einen Hinweis "
            "zur geplanten Wohnraumvermittlung selbst können Sie gern erneut einreichen."
        ),
        "supports": 0,
        "replies": [],
    },
    {
        "chapter": 3,
        "item": 4,
        "language": "ar",
        "author": "نور",
        "organisation": "",
        "topic": 2,
        "text": (
            "أرجو أن يتضمن مفهوم الحماية من العنف موظفاتٍ تستطيع النساء التحدث إليهن بلغتهن، "
            "ومكانًا آمنًا للإبلاغ دون خوف من أن يؤثر ذلك على طلب اللجوء. كثير من النساء يصمتن "
            "لأنهن لا يعرفن حقوقهن."
        ),
        "status": "published",
        "reason": "",
        "supports": 3,
        "replies": [],
    },
    {
        "chapter": 4,
        "item": 1,
        "language": "ar",
        "author": "خالد م.",
        "organisation": "",
        "topic": 3,
        "text": (
            "أطفالي يتكلمون الألمانية جيدًا الآن، لكنهم بدأوا ينسون العربية، خاصةً القراءة "
            "والكتابة. في مدرستهم لا يوجد أي درس للغة الأم. أقترح أن تدعم المنطقة دروسًا بعد الظهر "
            "في المدارس أو في الجمعيات، فاللغة الأم تساعد الأطفال أيضًا على تعلّم الألمانية."
        ),
        "status": "published",
        "reason": "",
        "supports": 5,
        "replies": [],
    },
    {
        "chapter": 4,
        "item": 2,
        "language": "uk",
        "author": "Ірина М.",
        "organisation": "",
        "topic": 3,
        "text": (
            "Я чекала на курс B2 сім місяців, хоча вже мала сертифікат B1. За цей час я могла б "
            "уже працювати за фахом. Будь ласка, додайте більше вечірніх і онлайн-курсів, щоб "
            "можна було вчитися й працювати водночас."
        ),
        "status": "published",
        "reason": "",
        "supports": 6,
        "replies": [],
    },
    {
        "chapter": 4,
        "item": 4,
        "language": "de",
        "author": "Fatma B.",
        "organisation": "Elternnetzwerk Mehrsprachig Lehrte e. V.",
        "topic": 3,
        "text": (
            "Unser Verein bildet seit mehreren Jahren ehrenamtliche Elternbegleiterinnen aus, die "
            "Familien bei Elterngesprächen und bei der Schulwahl unterstützen. Wir freuen uns, "
            "dass der Entwurf diesen Ansatz aufgreift.\nUnsere Erfahrung zeigt allerdings, dass "
            "viele Ehrenamtliche nach ein bis zwei Jahren aufhören, weil sie selbst Arbeit "
            "gefunden haben oder überlastet sind. Ein Ausbau gelingt nur mit einer bezahlten "
            "Koordinationsstelle, die Einsätze vermittelt, Fortbildungen organisiert und die "
            "Lotsinnen begleitet. Die Aufwandsentschädigung sollte so gestaltet sein, dass sie "
            "nicht auf Sozialleistungen angerechnet wird. Schließlich bitten wir darum, die "
            "Schulen aktiv über das Angebot zu informieren, damit Familien überhaupt davon "
            "erfahren."
        ),
        "status": "published",
        "reason": "",
        "supports": 5,
        "replies": [
            {
                "language": "de",
                "author": "Stabsstelle Integration und Teilhabe",
                "text": (
                    "Vielen Dank für Ihre ausführliche Stellungnahme. Die Fragen zur Koordination "
                    "und zur Aufwandsentschädigung nehmen wir in die Auswertung auf und besprechen "
                    "sie mit dem Fachbereich Schulen. Nach dem Ende der Beteiligung melden wir uns "
                    "dazu bei Ihrem Verein."
                ),
                "status": "published",
            }
        ],
    },
    {
        "chapter": 5,
        "item": 1,
        "language": "pl",
        "author": "Tomasz N.",
        "organisation": "",
        "topic": 4,
        "text": (
            "W analizie brakuje osób z UE, które pracują w logistyce i w zakładach mięsnych przez "
            "agencje pracy. Wielu z nich nie zna swoich praw, mieszka w drogich kwaterach od "
            "pracodawcy i boi się skarżyć. Potrzebne jest doradztwo z zakresu prawa pracy po "
            "polsku, rumuńsku i bułgarsku, najlepiej także wieczorem."
        ),
        "status": "published",
        "reason": "",
        "supports": 4,
        "replies": [],
    },
    {
        "chapter": 5,
        "item": 2,
        "language": "en",
        "author": "Ahmed R.",
        "organisation": "",
        "topic": 4,
        "text": (
            "I am a civil engineer from Egypt with twelve years of experience. Getting my degree "
            "recognised took fourteen months, mostly because nobody told me at the start which "
            "documents needed certified translations. Meanwhile I worked in a warehouse.\nAdvice "
            "at the very first appointment, as proposed here, would have saved me almost a year."
        ),
        "status": "published",
        "reason": "",
        "supports": 11,
        "replies": [
            {
                "language": "en",
                "author": "Maricel T.",
                "text": (
                    "Same for me with my nursing diploma from the Philippines. A checklist in "
                    "English before you even arrive would make a big difference."
                ),
                "status": "published",
            }
        ],
    },
    {
        "chapter": 5,
        "item": 3,
        "language": "de",
        "author": "Jürgen S.",
        "organisation": "Handwerk für Vielfalt am Deister e. V.",
        "topic": 4,
        "text": (
            "Als Zusammenschluss kleiner und mittlerer Handwerksbetriebe unterstützen wir die Idee "
            "einer gemeinsamen Lotsenstelle. Unsere Mitglieder würden Bewerberinnen und Bewerber "
            "mit ausländischen Abschlüssen gern einstellen, geben aber im Dickicht der "
            "Zuständigkeiten oft auf.\nAuch Betriebe brauchen deshalb eine feste Ansprechperson, "
            "die bei Fragen zu Aufenthaltsrecht, Anerkennung und Förderung weiterhilft. Wichtig "
            "ist uns außerdem, dass die Lotsenstelle nicht nur in Hannover sitzt, sondern auch "
            "Sprechzeiten im Umland anbietet. Wir sind bereit, Praktikumsplätze für eine "
            "berufsbezogene Sprachförderung zur Verfügung zu stellen."
        ),
        "status": "published",
        "reason": "",
        "supports": 3,
        "replies": [],
    },
    {
        "chapter": 5,
        "item": 4,
        "language": "tr",
        "author": "Mehmet Y.",
        "organisation": "",
        "topic": 4,
        "text": (
            "2019'da Laatzen'de küçük bir kuaför salonu açtım. Bankalar kredi vermedi, çünkü "
            "burada kredi geçmişim yoktu. Mikrokredi fikri çok iyi, ama başvuru formları sade ve "
            "anlaşılır olmalı. Açılıştan sonraki ilk iki yıl da danışmanlık devam etmeli."
        ),
        "status": "published",
        "reason": "",
        "supports": 2,
        "replies": [],
    },
    {
        "chapter": 6,
        "item": 2,
        "language": "de",
        "author": "Leyla A.",
        "organisation": "",
        "topic": 5,
        "text": (
            "Ich habe schon mit zwölf Jahren für meine Mutter beim Frauenarzt und im Krankenhaus "
            "übersetzt. Das war für uns beide sehr unangenehm, und vieles habe ich gar nicht "
            "richtig verstanden. Bitte sorgen Sie dafür, dass Kinder nicht mehr in diese Rolle "
            "geraten."
        ),
        "status": "published",
        "reason": "",
        "supports": 8,
        "replies": [],
    },
    {
        "chapter": 6,
        "item": 2,
        "language": "fa",
        "author": "علی ن.",
        "organisation": "",
        "topic": 5,
        "text": (
            "پیدا کردن روان‌درمانگر فارسی‌زبان در منطقه تقریباً ناممکن است. بسیاری از پناهجویان "
            "تجربه‌های سختی پشت سر گذاشته‌اند و حرف زدن دربارهٔ آن‌ها از طریق مترجم آسان نیست. "
            "پیشنهاد می‌کنم در این بخش به خدمات سلامت روان هم به‌طور مشخص اشاره شود."
        ),
        "status": "published",
        "reason": "",
        "supports": 4,
        "replies": [],
    },
    {
        "chapter": 6,
        "item": 3,
        "language": "de",
        "author": "Petra L.",
        "organisation": "",
        "topic": 5,
        "text": (
            "Ich bin Hausärztin in Langenhagen. Einen Dolmetscherpool würden wir sofort nutzen. "
            "Entscheidend ist aber, wer die Kosten trägt und wie schnell jemand verfügbar ist: In "
            "der Sprechstunde kann ich nicht drei Tage auf eine Videodolmetschung warten."
        ),
        "status": "published",
        "reason": "",
        "supports": 3,
        "replies": [
            {
                "language": "de",
                "author": "Stabsstelle Integration und Teilhabe",
                "text": (
                    "Danke für die Einschätzung aus der Praxis. Wir sprechen derzeit mit "
                    "Krankenkassen und Ärzteschaft darüber, wie eine Finanzierung aussehen kann, "
                    "und prüfen zusätzlich eine telefonische Dolmetschung für kurze Gespräche ohne "
                    "Voranmeldung."
                ),
                "status": "published",
            }
        ],
    },
    {
        "chapter": 6,
        "item": 4,
        "language": "ru",
        "author": "Людмила П.",
        "organisation": "",
        "topic": 5,
        "text": (
            "Мои родители живут в Ганновере уже двадцать лет, сейчас им за восемьдесят. О том, что "
            "есть консультационные пункты по уходу и что можно оформить степень ухода, мы узнали "
            "случайно от соседки. Хорошо бы проводить такие встречи и в русскоязычных общинах, и в "
            "церковных приходах, куда ходят пожилые переселенцы."
        ),
        "status": "published",
        "reason": "",
        "supports": 5,
        "replies": [],
    },
    {
        "chapter": 7,
        "item": 3,
        "language": "de",
        "author": "Birgit H.",
        "organisation": "",
        "topic": 6,
        "text": (
            "Zwei Konferenzen im Jahr sind ein guter Rhythmus. Bitte legen Sie die Termine früh "
            "fest und wechseln Sie die Orte zwischen Stadt und Umland. Eine gepflegte Liste der "
            "Ansprechpersonen würde mir in meiner täglichen Arbeit viel Zeit sparen."
        ),
        "status": "published",
        "reason": "",
        "supports": 2,
        "replies": [],
    },
    {
        "chapter": 7,
        "item": 3,
        "language": "pl",
        "author": "Agnieszka Z.",
        "organisation": "",
        "topic": 6,
        "text": (
            "Czy na konferencjach będzie tłumaczenie? Chętnie przyszłabym w imieniu naszego "
            "stowarzyszenia, ale mój niemiecki nie wystarcza do dyskusji."
        ),
        "status": "pending",
        "reason": "",
        "supports": 0,
        "replies": [],
    },
    {
        "chapter": 7,
        "item": 4,
        "language": "de",
        "author": "Gisela T.",
        "organisation": "Initiativkreis Willkommen Nordost e. V.",
        "topic": 6,
        "text": (
            "Wir sind eine kleine, rein ehrenamtliche Initiative mit rund dreißig Aktiven. Vor "
            "Anträgen beim Regionsfonds sind wir bisher zurückgeschreckt, weil Formulare und "
            "Nachweise für uns kaum zu bewältigen sind. Umso mehr begrüßen wir, dass die Anträge "
            "einfacher werden sollen.\nKonkret wünschen wir uns ein kurzes Formular für Beträge "
            "bis 2.000 Euro, eine Beratung vor der Antragstellung und die Möglichkeit, Partner "
            "ohne eigene Rechtsform einzubinden. Die Abrechnung sollte genauso einfach sein wie "
            "der Antrag."
        ),
        "status": "published",
        "reason": "",
        "supports": 4,
        "replies": [],
    },
    {
        "chapter": 8,
        "item": 3,
        "language": "de",
        "author": "Paul Z.",
        "organisation": "",
        "topic": 7,
        "text": (
            "Fortbildungen ändern wenig, wenn sie einmalig bleiben. Wie oft sollen sie "
            "stattfinden, und wer prüft, ob sie etwas bewirken?"
        ),
        "status": "pending",
        "reason": "",
        "supports": 0,
        "replies": [],
    },
    {
        "chapter": 8,
        "item": 4,
        "language": "de",
        "author": "Yusuf B.",
        "organisation": "",
        "topic": 7,
        "text": (
            "Der Bescheid zu meiner Aufenthaltserlaubnis hatte vier Seiten voller Paragrafen, und "
            "erst nach Wochen habe ich verstanden, dass ich noch ein Dokument nachreichen musste. "
            "Verständliche Schreiben wären ein großer Fortschritt.\nNoch wichtiger wäre, dass man "
            "die Ausländerbehörde überhaupt telefonisch oder per E-Mail erreicht. Ich habe "
            "monatelang keine Antwort bekommen."
        ),
        "status": "published",
        "reason": "",
        "supports": 12,
        "replies": [
            {
                "language": "de",
                "author": "Stabsstelle Integration und Teilhabe",
                "text": (
                    "Vielen Dank. Die Erreichbarkeit der Ausländerbehörde wurde in dieser "
                    "Beteiligung bereits mehrfach angesprochen. Wir geben die Hinweise gesammelt "
                    "an die Ausländerbehörde weiter und nehmen die Erreichbarkeit als eigenen "
                    "Punkt in die Überarbeitung dieses Kapitels auf."
                ),
                "status": "published",
            },
            {
                "language": "de",
                "author": "Ana K.",
                "text": (
                    "Geht mir genauso. Schon eine Eingangsbestätigung mit Vorgangsnummer würde "
                    "helfen."
                ),
                "status": "pending",
            },
        ],
    },
    {
        "chapter": 8,
        "item": 5,
        "language": "de",
        "author": "Miriam E.",
        "organisation": "",
        "topic": 7,
        "text": (
            "Eine Beschwerdestelle ist überfällig. Sie muss aber wirklich unabhängig sein und darf "
            "nicht dem Bereich unterstehen, über den man sich beschwert. Außerdem sollte man "
            "Hinweise auch anonym geben können."
        ),
        "status": "published",
        "reason": "",
        "supports": 11,
        "replies": [],
    },
]
