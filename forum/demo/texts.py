"""Bilingual demo texts of the Intercultural Forum: three past sessions with minutes and
results, two upcoming ones with open registration.

Data only, read by `forum.demo`. Every text leaf is ``{"de": ..., "en": ...}``; lists of
paragraphs, agenda items and results run in parallel. Past sessions have fixed dates;
upcoming ones are placed a few weeks after the day the demo is loaded (``weeks_ahead``),
so that the demo always has sessions to register for. Names are fictional.
"""

INDEX = {
    "slug": {"de": "interkulturelles-forum", "en": "intercultural-forum"},
    "title": {"de": "Interkulturelles Forum", "en": "Intercultural Forum"},
    "intro": {
        "de": [
            "Im Interkulturellen Forum beraten Menschen aus Migrant*innenorganisationen, "
            "Vereinen, Politik und Verwaltung mehrmals im Jahr über ein Thema, das für das "
            "Zusammenleben in der Region wichtig ist.",
            "Alle Interessierten sind willkommen. Die Teilnahme ist kostenlos; bitte melden "
            "Sie sich an, damit wir Raum, Verdolmetschung und Barrierefreiheit planen können.",
        ],
        "en": [
            "In the Intercultural Forum, people from migrant organisations, associations, "
            "politics and the administration meet several times a year to discuss a topic "
            "that matters for living together in the region.",
            "Everyone interested is welcome. Taking part is free of charge; please register "
            "so that we can plan the room, interpreting and accessibility.",
        ],
    },
}

HAUS_DER_REGION = {
    "venue_name": {"de": "Haus der Region, Raum N 001", "en": "Haus der Region, room N 001"},
    "venue_address": "Hildesheimer Straße 18\n30169 Hannover",
    "directions": {
        "de": "Stadtbahn 1, 2 oder 8 bis Aegidientorplatz, dann fünf Minuten zu Fuß. Der "
        "barrierefreie Eingang liegt an der Rückseite des Gebäudes.",
        "en": "Light rail 1, 2 or 8 to Aegidientorplatz, then a five-minute walk. The "
        "step-free entrance is at the back of the building.",
    },
    "step_free": True,
    "hearing_loop": True,
}

SESSIONS = [
    {
        "slug": {
            "de": "mehrsprachigkeit-in-kita-und-schule",
            "en": "multilingualism-in-nursery-and-school",
        },
        "title": {
            "de": "Mehrsprachigkeit in Kita und Schule",
            "en": "Multilingualism in nursery and school",
        },
        "topic": "language",
        "date": "2025-03-19",
        "start": "18:00",
        "end": "20:30",
        "intro": {
            "de": "Wie können Kitas und Schulen die Sprachen stärken, die Kinder von zu Hause "
            "mitbringen? Eltern, Fachkräfte und Vereine berichten aus ihrem Alltag.",
            "en": "How can nurseries and schools strengthen the languages children bring from "
            "home? Parents, professionals and associations report from their everyday work.",
        },
        "place": HAUS_DER_REGION,
        "online": False,
        "languages": ["de"],
        "interpretation": ["ar", "tr", "gsg"],
        "capacity": 60,
        "agenda": [
            {
                "time": "18:00",
                "title": {"de": "Begrüßung", "en": "Welcome"},
                "speakers": "Dr. Miriam Okafor",
                "description": {"de": "", "en": ""},
            },
            {
                "time": "18:15",
                "title": {
                    "de": "Impuls: Herkunftssprachen als Stärke",
                    "en": "Input: heritage languages as a strength",
                },
                "speakers": "Prof. Aylin Demir",
                "description": {
                    "de": "Was die Forschung über mehrsprachiges Aufwachsen weiß.",
                    "en": "What research knows about growing up with several languages.",
                },
            },
            {
                "time": "19:00",
                "title": {"de": "Gespräch an Thementischen", "en": "Discussion at theme tables"},
                "speakers": "",
                "description": {
                    "de": "Drei Tische: Kita, Grundschule, weiterführende Schule.",
                    "en": "Three tables: nursery, primary school, secondary school.",
                },
            },
        ],
        "minutes": {
            "de": [
                "Rund 50 Personen nahmen teil, darunter viele Eltern und Fachkräfte aus Kitas. "
                "Frau Prof. Demir zeigte, dass Kinder die Landessprache nicht schlechter lernen, "
                "wenn sie zu Hause eine andere Sprache sprechen.",
                "An den Thementischen ging es vor allem um Elterngespräche: Viele Eltern "
                "wünschen sich Sprachmittlung, die nicht von den eigenen Kindern geleistet wird.",
            ],
            "en": [
                "About 50 people took part, many of them parents and nursery staff. Prof. Demir "
                "showed that children do not learn the national language less well when they "
                "speak another language at home.",
                "At the theme tables, parent meetings were the main subject: many parents want "
                "language mediation that is not done by their own children.",
            ],
        },
        "results": [
            {
                "de": "Kitas sollen für Elterngespräche kostenlos Sprachmittlung buchen können.",
                "en": "Nurseries should be able to book language mediation for parent meetings "
                "free of charge.",
            },
            {
                "de": "Herkunftssprachlicher Unterricht soll an mehr Schulen der Region "
                "angeboten werden.",
                "en": "Heritage language lessons should be offered at more schools in the region.",
            },
            {
                "de": "Die Region prüft eine Fortbildungsreihe zu Mehrsprachigkeit für "
                "Kita-Fachkräfte.",
                "en": "The region will look into a training series on multilingualism for "
                "nursery staff.",
            },
        ],
    },
    {
        "slug": {"de": "gesundheit-fuer-alle", "en": "health-for-everyone"},
        "title": {
            "de": "Gesundheit für alle: Zugang zu Ärztinnen und Ärzten",
            "en": "Health for everyone: access to doctors",
        },
        "topic": "health",
        "date": "2025-10-08",
        "start": "17:30",
        "end": "20:00",
        "intro": {
            "de": "Wer neu in der Region ist, findet oft nur schwer eine Hausarztpraxis. Wir "
            "sprechen mit Praxen, Beratungsstellen und Betroffenen über Lösungen.",
            "en": "People who are new to the region often struggle to find a family doctor. We "
            "talk with practices, advice centres and those affected about solutions.",
        },
        "place": HAUS_DER_REGION,
        "online": True,
        "languages": ["de"],
        "interpretation": ["ar", "uk", "fa"],
        "capacity": 50,
        "agenda": [
            {
                "time": "17:30",
                "title": {
                    "de": "Erfahrungen aus der Beratung",
                    "en": "Experience from counselling",
                },
                "speakers": "Jonas Weber, Orientierungsberatung",
                "description": {"de": "", "en": ""},
            },
            {
                "time": "18:00",
                "title": {"de": "Podiumsgespräch", "en": "Panel discussion"},
                "speakers": "Dr. Lena Hoffmann, Samira Haddad, Oleksandr Bondar",
                "description": {
                    "de": "Eine Hausärztin, eine Gesundheitslotsin und ein Vertreter eines "
                    "ukrainischen Vereins im Gespräch.",
                    "en": "A family doctor, a health guide and a representative of a Ukrainian "
                    "association in conversation.",
                },
            },
        ],
        "minutes": {
            "de": [
                "Die Sitzung fand vor Ort und online statt; 38 Personen waren im Raum, 21 "
                "zugeschaltet. Deutlich wurde, dass Sprachbarrieren und volle Praxen "
                "zusammenkommen.",
            ],
            "en": [
                "The session took place on site and online; 38 people were in the room and 21 "
                "joined online. It became clear that language barriers and full practices "
                "add up.",
            ],
        },
        "results": [
            {
                "de": "Gesundheitslots*innen sollen in allen Städten und Gemeinden der Region "
                "erreichbar sein.",
                "en": "Health guides should be available in every town and municipality of "
                "the region.",
            },
            {
                "de": "Eine mehrsprachige Übersicht über Praxen, die neue Patient*innen "
                "aufnehmen, wird geprüft.",
                "en": "A multilingual overview of practices that take new patients will be "
                "looked into.",
            },
        ],
    },
    {
        "slug": {"de": "arbeit-und-anerkennung", "en": "work-and-recognition"},
        "title": {
            "de": "Arbeit und Anerkennung von Berufsabschlüssen",
            "en": "Work and the recognition of qualifications",
        },
        "topic": "work",
        "date": "2026-06-17",
        "start": "18:00",
        "end": "20:30",
        "intro": {
            "de": "Viele Menschen bringen einen Berufsabschluss mit, arbeiten aber unter ihrer "
            "Qualifikation. Was hilft bei der Anerkennung?",
            "en": "Many people arrive with a professional qualification but work below their "
            "level. What helps with recognition?",
        },
        "place": HAUS_DER_REGION,
        "online": False,
        "languages": ["de", "en"],
        "interpretation": ["ar", "gsg"],
        "capacity": 45,
        "agenda": [
            {
                "time": "18:00",
                "title": {
                    "de": "Der Weg zur Anerkennung in fünf Schritten",
                    "en": "The way to recognition in five steps",
                },
                "speakers": "Katrin Lehmann, Anerkennungsberatung",
                "description": {"de": "", "en": ""},
            },
            {
                "time": "18:45",
                "title": {"de": "Offene Runde", "en": "Open round"},
                "speakers": "",
                "description": {
                    "de": "Fragen und Erfahrungen aus dem Publikum.",
                    "en": "Questions and experience from the audience.",
                },
            },
        ],
        "minutes": {
            "de": [
                "Im Mittelpunkt standen lange Wartezeiten und die Kosten für Übersetzungen von "
                "Zeugnissen. Arbeitgeber berichteten, dass sie gern früher einstellen würden.",
            ],
            "en": [
                "Long waiting times and the cost of translating certificates were the main "
                "subjects. Employers said they would like to hire earlier.",
            ],
        },
        "results": [
            {
                "de": "Ein Fonds für Übersetzungskosten im Anerkennungsverfahren wird "
                "vorgeschlagen.",
                "en": "A fund for translation costs in recognition procedures is proposed.",
            },
            {
                "de": "Die Anerkennungsberatung soll Sprechstunden in den Jobcentern anbieten.",
                "en": "Recognition counselling should offer consultation hours at the job centres.",
            },
        ],
    },
    {
        "slug": {"de": "wohnen-in-der-region", "en": "housing-in-the-region"},
        "title": {
            "de": "Wohnen in der Region: Wie finden alle eine Wohnung?",
            "en": "Housing in the region: how can everyone find a home?",
        },
        "topic": "housing",
        "weeks_ahead": 2,
        "start": "18:00",
        "end": "20:30",
        "intro": {
            "de": "Menschen mit Migrationsgeschichte haben es auf dem Wohnungsmarkt besonders "
            "schwer. Wir fragen, was Vermieter*innen, Kommunen und Beratungsstellen tun können.",
            "en": "People with a migration background find the housing market particularly "
            "hard. We ask what landlords, municipalities and advice centres can do.",
        },
        "place": HAUS_DER_REGION,
        "online": True,
        "languages": ["de"],
        "interpretation": ["ar", "uk", "gsg"],
        "capacity": 40,
        "agenda": [
            {
                "time": "18:00",
                "title": {"de": "Begrüßung", "en": "Welcome"},
                "speakers": "Dr. Miriam Okafor",
                "description": {"de": "", "en": ""},
            },
            {
                "time": "18:10",
                "title": {
                    "de": "Impuls: Diskriminierung bei der Wohnungssuche",
                    "en": "Input: discrimination when looking for a flat",
                },
                "speakers": "Tobias Krüger, Antidiskriminierungsstelle",
                "description": {
                    "de": "Ergebnisse einer Testing-Studie aus Niedersachsen.",
                    "en": "Findings of a testing study from Lower Saxony.",
                },
            },
            {
                "time": "18:45",
                "title": {"de": "Arbeit in Kleingruppen", "en": "Work in small groups"},
                "speakers": "",
                "description": {
                    "de": "Was hilft Wohnungssuchenden, was Vermieter*innen?",
                    "en": "What helps people looking for a flat, and what helps landlords?",
                },
            },
            {
                "time": "20:00",
                "title": {"de": "Ergebnisse und Ausblick", "en": "Results and outlook"},
                "speakers": "",
                "description": {"de": "", "en": ""},
            },
        ],
        "minutes": {"de": [], "en": []},
        "results": [],
    },
    {
        "slug": {"de": "politische-teilhabe", "en": "political-participation"},
        "title": {
            "de": "Politische Teilhabe: mitreden und mitentscheiden",
            "en": "Political participation: having a say and a vote",
        },
        "topic": "participation",
        "weeks_ahead": 7,
        "start": "17:00",
        "end": "19:00",
        "intro": {
            "de": "Wie können Menschen ohne deutschen Pass in der Region mitreden? Wir stellen "
            "Beiräte und Beteiligungsformate vor und sammeln Ideen für das "
            "Integrationskonzept.",
            "en": "How can people without a German passport have a say in the region? We "
            "present advisory councils and ways to take part and collect ideas for the "
            "integration concept.",
        },
        "place": None,
        "online": True,
        "languages": ["de", "en"],
        "interpretation": ["ar", "tr", "ru"],
        "capacity": 80,
        "agenda": [
            {
                "time": "17:00",
                "title": {
                    "de": "Beiräte in der Region: ein Überblick",
                    "en": "Advisory councils in the region: an overview",
                },
                "speakers": "Elif Yıldız, Migrationsbeirat",
                "description": {"de": "", "en": ""},
            },
            {
                "time": "17:40",
                "title": {"de": "Ideenwerkstatt", "en": "Idea workshop"},
                "speakers": "",
                "description": {
                    "de": "Ihre Vorschläge für die Fortschreibung des Integrationskonzepts.",
                    "en": "Your suggestions for the revision of the integration concept.",
                },
            },
        ],
        "minutes": {"de": [], "en": []},
        "results": [],
    },
]

#: Fictional people registered for the first upcoming session, so that the admin list,
#: filters and export have something to show.
REGISTRATIONS = [
    {"name": "Amira Saleh", "email": "amira.saleh@example.org", "interpretation": "ar"},
    {"name": "Hanna Kowalczyk", "email": "h.kowalczyk@example.org", "interpretation": ""},
    {
        "name": "Dmytro Melnyk",
        "email": "dmytro.melnyk@example.org",
        "interpretation": "uk",
        "organisation": "Ukrainischer Verein Hannover e. V.",
    },
    {
        "name": "Peter Brandt",
        "email": "p.brandt@example.org",
        "interpretation": "",
        "accessibility_needs": "Rollstuhlplatz",
    },
]
