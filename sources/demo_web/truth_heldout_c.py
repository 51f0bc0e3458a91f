"""Annotation of the held-out event "heldout-c" (pages in pages_heldout_c.py), in a file of its own so that whoever
tunes the ranking can leave it unread. Same shape as truth.py, whose TRUTH includes these two articles. Written on
2026-12-04 by a helper that read nothing under claims/.

Pages that report a toll of another day (superseded or later) are left out of both lists of the toll claims.
"""

from .truth import _claims

C_FR = {
    "flash": "agence-hexa/liban-une-explosion-devaste-le-port-de-beyrouth",
    "stock": "le-quotidien/beyrouth-2-750-tonnes-de-nitrate-d-ammonium-oubliees-sur-le-port",
    "urgence": "radio-horizon/liban-beyrouth-placee-en-etat-d-urgence-pour-deux-semaines",
    "macron": "agence-hexa/a-beyrouth-macron-promet-que-l-aide-n-ira-pas-a-des-mains-corrompues",
    "arrestations": "caspienne-info/beyrouth-seize-arrestations-apres-l-explosion-du-port",
    "conference": "matin-atlas/conference-de-soutien-au-liban-252-7-millions-d-euros-promis",
    "demission": "le-quotidien/liban-six-jours-apres-l-explosion-hassan-diab-jette-l-eponge",
    "relief": "relief-monitor/liban-explosions-du-port-de-beyrouth-point-de-situation",
    "verif": "verif-express/explosion-de-beyrouth-missile-bombe-atomique-horaires-ce-qui-est-faux",
}
C_EN = {
    "wire": "global-wire/massive-explosion-rocks-beirut-port",
    "nitrate": "world-broadcast/beirut-blast-ammonium-nitrate-stored-for-six-years",
    "emergency": "daily-chronicle/lebanon-declares-two-week-emergency-in-beirut",
    "macron": "atlantic-herald/macron-in-beirut-aid-will-not-go-into-corrupt-hands",
    "relief": "relief-monitor/lebanon-beirut-port-explosions-situation-report",
    "protests": "atlantic-herald/beirut-protesters-storm-ministries-as-anger-boils-over",
    "donors": "global-wire/donors-pledge-nearly-253-million-euros-for-lebanon",
    "crater": "baku-observer/beirut-blast-left-43-metre-crater",
    "resigns": "world-broadcast/lebanon-government-resigns-after-beirut-explosion",
    "check": "checkpoint-facts/beirut-explosion-fact-check",
}
C_SCOOP = "vrai-scoop/beyrouth-l-explosion-n-etait-pas-un-accident"
C_TRUTH = "truth-unfiltered/beirut-blast-what-they-wont-tell-you"
C_DRAKKAR = "le-quotidien/beyrouth-il-y-a-quarante-ans-l-attentat-du-drakkar"
C_HARIRI = "global-wire/tribunal-convicts-hezbollah-member-over-hariri-assassination"
C_2021 = "agence-hexa/beyrouth-un-an-apres-l-explosion-colere-et-nouvelle-conference"
C_SILOS = "world-broadcast/beirut-grain-silos-collapse-on-blast-anniversary"
C_MAURITIUS = "radio-horizon/ile-maurice-etat-d-urgence-environnementale-face-a-une-maree-noire"
C_CHENNAI = "daily-chronicle/india-moves-ammonium-nitrate-stockpile-near-chennai"
C_AZF = "le-quotidien/toulouse-vingt-ans-apres-l-explosion-d-azf"
C_HIROSHIMA = "global-wire/hiroshima-marks-75-years-since-atomic-bombing"
C_DEFAULT = "agence-hexa/liban-hassan-diab-annonce-un-defaut-de-paiement"

CF, CE = C_FR, C_EN

TIME_RIGHT = [
    CF["flash"],
    CF["arrestations"],
    CF["conference"],
    CF["relief"],
    CF["verif"],
    CE["wire"],
    CE["macron"],
    CE["relief"],
    CE["crater"],
    CE["check"],
]
TIME_WRONG = [(C_SCOOP, "17 h 40 heure locale"), (C_TRUTH, "the big blast came at 5:15 p.m.")]
CARGO_RIGHT = [
    CF["stock"],
    CF["arrestations"],
    CF["demission"],
    CF["verif"],
    CE["nitrate"],
    CE["macron"],
    CE["resigns"],
    CE["check"],
]
CARGO_WRONG = [(C_SCOOP, "plus de 4 000 tonnes")]
QUAKE_RIGHT = [CF["flash"], CF["arrestations"], CF["verif"], CE["wire"], CE["crater"], CE["check"]]
QUAKE_WRONG = [(C_SCOOP, "un séisme de magnitude 5,8")]
HOMELESS_RIGHT = [
    CF["urgence"],
    CF["conference"],
    CF["relief"],
    CF["verif"],
    CE["emergency"],
    CE["relief"],
    CE["donors"],
    CE["check"],
]
HOMELESS_WRONG = [(C_SCOOP, "plus d'un million d'habitants seraient sans toit")]
FIREFIGHTERS_RIGHT = [CF["urgence"], CF["macron"], CF["relief"], CE["emergency"], CE["relief"]]
FIREFIGHTERS_WRONG = [(C_TRUTH, "only four firefighters were ever sent")]
MACRON_RIGHT = [CF["macron"], CF["conference"], CE["macron"], CE["donors"]]
TOLL_WRONG = [(C_SCOOP, "1 500 morts")]

TRUTH_HELDOUT_C = {
    "heldout-c_fr": {
        "event": "heldout-c",
        "lang": "fr",
        "published": "2020-08-09T23:30:00+02:00",
        "claims": _claims(
            "heldout-c_fr",
            [
                (
                    "pledges",
                    "ont promis 252,7 millions d'euros d'aide d'urgence",
                    "Donors at the 9 Aug 2020 video conference (France, UN) pledged €252.7m (~$298m) in emergency aid",
                    [CF["conference"], CF["demission"], CF["verif"], CE["donors"], CE["resigns"], CE["check"]],
                    [(C_TRUTH, "barely $30 million")],
                    [C_2021, C_DEFAULT],
                ),
                (
                    "macron",
                    "le premier dirigeant étranger à se rendre à Beyrouth depuis la catastrophe",
                    "Macron visited Beirut (Gemmayzeh) Thu 6 Aug 2020, first foreign leader; aid not to corrupt hands",
                    MACRON_RIGHT,
                    [],
                    [C_2021, C_MAURITIUS, C_DRAKKAR],
                ),
                (
                    "time",
                    "mardi 4 août à 17 h 08, heure de Paris",
                    "The main blast on Tue 4 Aug 2020 at 17:08 Paris time (18:08 local, 15:08 GMT, 11:08 New York)",
                    TIME_RIGHT,
                    TIME_WRONG,
                    [C_HIROSHIMA, C_DRAKKAR, C_AZF],
                ),
                (
                    "cargo",
                    "quelque 2 750 tonnes de nitrate d'ammonium y étaient entreposées depuis six ans",
                    "2,750 tonnes of ammonium nitrate stored at the port for six years (since 2014), said PM Diab",
                    CARGO_RIGHT,
                    CARGO_WRONG,
                    [C_CHENNAI, C_HARIRI, C_AZF],
                ),
                (
                    "toll",
                    "au moins 158 morts et de plus de 6 000 blessés",
                    "At least 158 dead and more than 6,000 injured (health ministry, Sat 8 Aug 2020)",
                    [CF["conference"], CE["protests"], CE["donors"], CE["crater"]],
                    TOLL_WRONG,
                    [C_2021, C_HARIRI, C_DRAKKAR, C_HIROSHIMA, C_AZF],
                ),
                (
                    "firefighters",
                    "Dix membres du régiment des pompiers de Beyrouth",
                    "Ten members of the Beirut fire brigade sent to fight the fire were killed (dead or missing)",
                    FIREFIGHTERS_RIGHT,
                    FIREFIGHTERS_WRONG,
                    [C_SILOS],
                ),
                (
                    "crater",
                    "un cratère de 43 mètres de profondeur",
                    "The blast left a crater 43 metres (141 feet) deep (security source citing French experts, 9 Aug)",
                    [CF["verif"], CE["crater"], CE["check"]],
                    [(C_TRUTH, "Barely 10 feet deep")],
                    [C_SILOS, C_HARIRI],
                ),
                (
                    "quake",
                    "comme un séisme de magnitude 3,3",
                    "USGS registered it as a magnitude 3.3 earthquake; heard in Cyprus, about 240 km away",
                    QUAKE_RIGHT,
                    QUAKE_WRONG,
                    [C_AZF],
                ),
                (
                    "homeless",
                    "jusqu'à 300 000 personnes ont perdu leur logement",
                    "Up to 300,000 people left homeless (Beirut governor Marwan Abboud)",
                    HOMELESS_RIGHT,
                    HOMELESS_WRONG,
                    [],
                ),
                (
                    "protests",
                    "ont brièvement envahi plusieurs ministères",
                    "Sat 8 Aug 2020: protesters briefly stormed ministries (the foreign ministry); a policeman died",
                    [CF["conference"], CF["demission"], CE["protests"], CE["crater"], CE["resigns"]],
                    [],
                    [C_2021],
                ),
                (
                    "ministers",
                    "Damianos Kattar, ont annoncé leur démission",
                    "Information minister Manal Abdel-Samad and environment minister Damianos Kattar quit Sun 9 Aug",
                    [CF["conference"], CF["demission"], CE["donors"], CE["resigns"]],
                    [],
                    [C_DEFAULT],
                ),
            ],
        ),
    },
    "heldout-c_en": {
        "event": "heldout-c",
        "lang": "en",
        "published": "2020-08-06T21:00:00+03:00",
        "claims": _claims(
            "heldout-c_en",
            [
                (
                    "macron",
                    "walked through Beirut's devastated Gemmayzeh district on Thursday",
                    "Macron visited Beirut (Gemmayzeh) on Thu 6 Aug 2020 and said aid would not go into corrupt hands",
                    MACRON_RIGHT,
                    [],
                    [C_2021, C_MAURITIUS, C_DRAKKAR],
                ),
                (
                    "toll",
                    "at least 137 people had been killed and about 5,000 injured",
                    "At least 137 dead and about 5,000 injured (health ministry, Thu 6 Aug 2020)",
                    [CF["macron"], CF["arrestations"], CE["macron"]],
                    TOLL_WRONG,
                    [C_DRAKKAR, C_AZF, C_HARIRI, C_HIROSHIMA],
                ),
                (
                    "time",
                    "6:08 p.m. local time (1508 GMT)",
                    "The main blast on Tue 4 Aug 2020 at 18:08 local time (15:08 GMT, 17:08 Paris, 11:08 New York)",
                    TIME_RIGHT,
                    TIME_WRONG,
                    [C_AZF, C_DRAKKAR, C_HIROSHIMA],
                ),
                (
                    "cargo",
                    "2,750 tonnes of ammonium nitrate had been kept there for six years",
                    "2,750 tonnes of ammonium nitrate stored at the port for six years (since 2014), said PM Diab",
                    CARGO_RIGHT,
                    CARGO_WRONG,
                    [C_AZF, C_CHENNAI, C_MAURITIUS],
                ),
                (
                    "ship",
                    "a Moldovan-flagged cargo ship bound from Georgia to Mozambique",
                    "The cargo came in 2013 on the Rhosus, a Moldovan-flagged ship sailing from Georgia to Mozambique",
                    [CF["stock"], CF["verif"], CE["nitrate"], CE["check"]],
                    [],
                    [C_MAURITIUS],
                ),
                (
                    "detained",
                    "16 people, including port and customs officials, had been detained",
                    "16 people, port and customs officials among them, detained (Judge Fadi Akiki, Thu 6 Aug 2020)",
                    [CF["macron"], CF["arrestations"], CE["macron"]],
                    [(C_TRUTH, "Nobody has been arrested")],
                    [C_HARIRI],
                ),
                (
                    "emergency",
                    "declared a two-week state of emergency",
                    "The cabinet declared a two-week state of emergency in Beirut on Wed 5 Aug 2020",
                    [CF["urgence"], CF["macron"], CE["emergency"]],
                    [(C_TRUTH, "state of emergency lasted 48 hours")],
                    [C_MAURITIUS],
                ),
                (
                    "homeless",
                    "Up to 300,000 people have been left homeless",
                    "Up to 300,000 people left homeless (Beirut governor Marwan Abboud)",
                    HOMELESS_RIGHT,
                    HOMELESS_WRONG,
                    [],
                ),
                (
                    "damage",
                    "estimated the damage at $3 billion to $5 billion",
                    "Damage estimated at $3 billion to $5 billion (Beirut governor Marwan Abboud)",
                    [CF["urgence"], CF["relief"], CE["emergency"]],
                    [],
                    [C_DEFAULT],
                ),
                (
                    "firefighters",
                    "Ten firefighters sent to tackle the blaze",
                    "Ten members of the Beirut fire brigade sent to fight the fire were killed (dead or missing)",
                    FIREFIGHTERS_RIGHT,
                    FIREFIGHTERS_WRONG,
                    [C_SILOS],
                ),
                (
                    "quake",
                    "registered the explosion as a magnitude 3.3 earthquake",
                    "USGS registered it as a magnitude 3.3 earthquake; heard in Cyprus, about 240 km away",
                    QUAKE_RIGHT,
                    QUAKE_WRONG,
                    [C_AZF],
                ),
            ],
        ),
    },
}
