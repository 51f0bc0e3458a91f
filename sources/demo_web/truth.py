"""Annotation of the demo articles: for each claim, the demo pages that report the same fact of the same
event ("right"), the pages that report it with a different figure or time ("contradicting") and the pages
that share names or figures but are about another event, year or country ("distractors").

A page ref is "site_key/slug". "contains" is an exact substring of the article sentence stating the fact.
"""

# Karabakh, September 2023
K_FR = {
    "hexa": "agence-hexa/haut-karabakh-cessez-le-feu-conclu",
    "capitulent": "le-quotidien/karabakh-les-separatistes-capitulent",
    "offensive": "radio-horizon/bakou-lance-une-offensive-au-karabakh",
    "caspienne": "caspienne-info/treve-au-karabakh-a-13-heures",
    "relief": "relief-monitor/haut-karabakh-point-humanitaire-septembre-2023",
    "verif": "verif-express/haut-karabakh-ce-que-l-on-sait",
    "yevlakh": "le-quotidien/yevlakh-premiers-pourparlers-karabakh",
}
K_EN = {
    "wire": "global-wire/karabakh-separatists-accept-ceasefire",
    "chronicle": "daily-chronicle/karabakh-separatists-surrender-within-a-day",
    "broadcast": "world-broadcast/azerbaijan-launches-karabakh-offensive",
    "observer": "baku-observer/karabakh-ceasefire-takes-hold-13-00",
    "herald": "atlantic-herald/karabakh-death-toll-rises",
    "relief": "relief-monitor/nagorno-karabakh-humanitarian-update-september-2023",
    "check": "checkpoint-facts/karabakh-ceasefire-what-we-know",
}
K_SCOOP = "vrai-scoop/karabakh-la-verite-qu-on-vous-cache"
K_TRUTH = "truth-unfiltered/karabakh-ceasefire-real-story"
K_2020 = "daily-chronicle/armenia-azerbaijan-sign-ceasefire-2020"
K_2016 = "agence-hexa/guerre-des-quatre-jours-karabakh-2016"
K_2021 = "relief-monitor/haut-karabakh-aide-hivernale-2021"
K_2022 = "world-broadcast/armenia-azerbaijan-border-truce-2022"
K_KG_TJ = "radio-horizon/kirghizstan-tadjikistan-cessez-le-feu-2022"

# Morocco, September 2023
M_FR = {
    "bilan": "matin-atlas/seisme-al-haouz-nouveau-bilan",
    "aide": "matin-atlas/aide-internationale-quatre-pays",
    "hexa": "agence-hexa/seisme-maroc-magnitude-6-8",
    "deuil": "le-quotidien/maroc-deuil-national-trois-jours",
    "villages": "radio-horizon/haut-atlas-villages-detruits",
    "officiel": "maroc-officiel/communique-bilan-seisme-13-septembre",
    "verif": "verif-express/seisme-maroc-les-vrais-chiffres",
}
M_EN = {
    "wire": "global-wire/morocco-earthquake-toll-2946",
    "chronicle": "daily-chronicle/uk-rescuers-deploy-to-morocco",
    "broadcast": "world-broadcast/morocco-mountain-villages-flattened",
    "herald": "atlantic-herald/morocco-quake-strongest-in-century",
    "relief": "relief-monitor/morocco-earthquake-situation-report",
    "official": "maroc-officiel/statement-earthquake-toll-13-september",
    "check": "checkpoint-facts/morocco-earthquake-false-claims",
}
M_SCOOP = "vrai-scoop/seisme-maroc-ce-qu-on-ne-vous-dit-pas"
M_TRUTH = "truth-unfiltered/morocco-quake-what-they-hide"
M_HOCEIMA = "matin-atlas/seisme-al-hoceima-2004"
M_AGADIR = "agence-hexa/agadir-1960-soixante-ans-apres"
M_HERAT_EN = "global-wire/herat-earthquakes-afghanistan"
M_HERAT_FR = "le-quotidien/seisme-herat-afghanistan"
M_TURKEY = "world-broadcast/turkey-syria-earthquake-toll"

# Derna, September 2023
D_FR = {
    "barrages": "agence-hexa/libye-derna-deux-barrages-cedent",
    "bilan": "le-quotidien/derna-bilan-oms-croissant-rouge",
    "tempete": "radio-horizon/tempete-daniel-frappe-la-libye",
    "relief": "relief-monitor/libye-inondations-point-de-situation",
    "verif": "verif-express/derna-combien-de-morts",
    "deplaces": "agence-hexa/derna-des-dizaines-de-milliers-de-deplaces",
    "atlas": "matin-atlas/derna-la-libye-face-au-deluge",
}
D_EN = {
    "dams": "libya-today/derna-dams-collapse-storm-daniel",
    "displaced": "libya-today/derna-displaced-families",
    "wire": "global-wire/derna-who-confirms-deaths",
    "chronicle": "daily-chronicle/storm-daniel-hits-libya-after-greece",
    "broadcast": "world-broadcast/libya-red-crescent-toll-disputed",
    "herald": "atlantic-herald/derna-dam-warnings-ignored",
    "relief": "relief-monitor/libya-floods-situation-report",
    "check": "checkpoint-facts/derna-floods-fact-check",
}
D_SCOOP = "vrai-scoop/derna-le-bilan-cache"
D_TRUTH = "truth-unfiltered/derna-flood-no-dam-failed"
D_GREECE_FR = "radio-horizon/grece-inondations-thessalie"
D_GREECE_EN = "daily-chronicle/greece-floods-thessaly-farmers"
D_GERMANY = "atlantic-herald/europe-floods-germany-belgium-2021"
D_KAKHOVKA = "le-quotidien/ukraine-barrage-kakhovka-detruit"
D_ITALY = "global-wire/italy-emilia-romagna-floods"


def _claims(article, rows):
    """rows: (id suffix, contains, facts, right, contradicting [(page, facet)], distractors)."""
    prefix = article.replace("_", "-")
    return [
        {
            "id": f"{prefix}-{suffix}",
            "article": article,
            "contains": contains,
            "facts": facts,
            "right": list(right),
            "contradicting": [{"page": page, "facet": facet} for page, facet in contradicting],
            "distractors": list(distractors),
        }
        for suffix, contains, facts, right, contradicting, distractors in rows
    ]


KF, KE, MF, ME, DF, DE = K_FR, K_EN, M_FR, M_EN, D_FR, D_EN

TRUTH = {
    "karabakh_fr": {
        "event": "karabakh",
        "lang": "fr",
        "published": "2023-09-20T15:30:00+02:00",
        "claims": _claims(
            "karabakh_fr",
            [
                (
                    "surrender",
                    "se sont rendues et ont accepté un cessez-le-feu mercredi",
                    "Separatists surrendered and accepted a ceasefire on Wed 20 Sept 2023, a day after the offensive",
                    [
                        KE["wire"],
                        KE["chronicle"],
                        KE["observer"],
                        KE["check"],
                        KF["hexa"],
                        KF["capitulent"],
                        KF["caspienne"],
                        KF["verif"],
                        KF["yevlakh"],
                    ],
                    [],
                    [K_2020, K_2022, K_2016, K_KG_TJ],
                ),
                (
                    "ceasefire-time",
                    "entré en vigueur mercredi à 11 heures du matin",
                    "The ceasefire took effect on Wednesday at 11:00 Paris time (13:00 Baku, 09:00 GMT)",
                    [KE["wire"], KE["observer"], KE["check"], KF["hexa"], KF["caspienne"], KF["verif"]],
                    [(K_SCOOP, "à 15 heures"), (K_TRUTH, "at 5 p.m.")],
                    [K_2016, K_2020, K_2022],
                ),
                (
                    "disarm",
                    "les forces séparatistes seront dissoutes et désarmées",
                    "Under the deal the separatist forces are to be disbanded and disarmed",
                    [
                        KE["wire"],
                        KE["chronicle"],
                        KE["observer"],
                        KE["check"],
                        KF["hexa"],
                        KF["capitulent"],
                        KF["caspienne"],
                        KF["yevlakh"],
                    ],
                    [],
                    [K_2020],
                ),
                (
                    "talks-thursday",
                    "les négociations sur l’avenir de la région et des Arméniens de souche "
                    "qui y vivent débuteront jeudi",
                    "Talks on the region's future and its ethnic Armenians start on Thursday 21 Sept (in Yevlakh)",
                    [KE["wire"], KE["observer"], KF["hexa"], KF["caspienne"], KF["yevlakh"]],
                    [],
                    [K_2016, K_2020],
                ),
                (
                    "russian-peacekeepers",
                    "relayées par les soldats de maintien de la paix russes",
                    "Azerbaijan's terms were relayed by the Russian peacekeeping contingent (about 2,000 troops)",
                    [KE["wire"], KE["observer"], KF["hexa"], KF["capitulent"], KF["caspienne"], KF["yevlakh"]],
                    [],
                    [K_2020, K_2016],
                ),
                (
                    "population",
                    "environ 120 000 Arméniens de souche",
                    "About 120,000 ethnic Armenians live in Nagorno-Karabakh",
                    [
                        KE["chronicle"],
                        KE["broadcast"],
                        KE["herald"],
                        KE["relief"],
                        KE["check"],
                        KF["hexa"],
                        KF["capitulent"],
                        KF["offensive"],
                        KF["relief"],
                        KF["verif"],
                    ],
                    [(K_SCOOP, "80 000 Arméniens"), (K_TRUTH, "only 50,000 Armenians")],
                    [K_2021],
                ),
                (
                    "two-wars",
                    "au centre de deux guerres depuis 1991",
                    "The region has been at the centre of two wars since 1991 (1988-1994 and 2020)",
                    [KE["chronicle"], KE["check"], KF["capitulent"], KF["verif"]],
                    [(K_SCOOP, "troisième guerre depuis 1991")],
                    [K_2020, K_2016],
                ),
                (
                    "casualties",
                    "des dizaines de personnes ont été tuées et des centaines de blessés",
                    "Dozens killed, hundreds wounded in the offensive (ombudsman: at least 200 killed, 400+ wounded)",
                    [
                        KE["chronicle"],
                        KE["broadcast"],
                        KE["herald"],
                        KE["relief"],
                        KF["offensive"],
                        KF["relief"],
                        KF["verif"],
                    ],
                    [],
                    [K_2020, K_2022, K_2016, K_KG_TJ],
                ),
                (
                    "offensive-tuesday",
                    "L’Azerbaïdjan a envoyé mardi des troupes appuyées par des frappes d’artillerie",
                    "Azerbaijan launched its offensive with artillery on Tuesday 19 Sept 2023",
                    [KE["broadcast"], KE["herald"], KE["relief"], KF["offensive"], KF["relief"], KF["yevlakh"]],
                    [(K_TRUTH, "already attacking on Monday")],
                    [K_2022, K_2016],
                ),
                (
                    "blockade",
                    "que l’Azerbaïdjan bloquait depuis neuf mois",
                    "Azerbaijan had been blockading the region for nine months (Lachin corridor, since 12 Dec 2022)",
                    [KE["broadcast"], KE["herald"], KE["relief"], KF["capitulent"], KF["offensive"], KF["relief"]],
                    [],
                    [K_2020, K_2021],
                ),
            ],
        ),
    },
    "karabakh_en": {
        "event": "karabakh",
        "lang": "en",
        "published": "2023-09-20T19:45:00+04:00",
        "claims": _claims(
            "karabakh_en",
            [
                (
                    "ceasefire-time",
                    "The truce took effect at 1 p.m. local time (0900 GMT)",
                    "The Karabakh ceasefire took effect on Wednesday 20 Sept 2023 at 13:00 Baku time (09:00 GMT)",
                    [KF["hexa"], KF["caspienne"], KF["verif"], KE["wire"], KE["observer"], KE["check"]],
                    [(K_SCOOP, "à 15 heures"), (K_TRUTH, "at 5 p.m.")],
                    [K_2016, K_2020, K_2022],
                ),
                (
                    "peacekeepers",
                    "a force of about 2,000 soldiers",
                    "The deal was agreed through the Russian peacekeeping contingent of about 2,000 troops",
                    [KF["hexa"], KF["caspienne"], KF["capitulent"], KF["yevlakh"], KE["wire"], KE["observer"]],
                    [],
                    [K_2020, K_2016],
                ),
                (
                    "disarm",
                    "the separatist armed formations will be dissolved",
                    "The separatist armed formations are to be dissolved and their weapons surrendered",
                    [
                        KF["hexa"],
                        KF["capitulent"],
                        KF["caspienne"],
                        KF["yevlakh"],
                        KE["wire"],
                        KE["chronicle"],
                        KE["observer"],
                        KE["check"],
                    ],
                    [],
                    [K_2020],
                ),
                (
                    "yevlakh",
                    "due to meet Azerbaijani officials on Thursday in the town of Yevlakh",
                    "Talks with Karabakh Armenian representatives on reintegration held on Thursday 21 Sept in Yevlakh",
                    [KF["hexa"], KF["caspienne"], KF["yevlakh"], KE["wire"], KE["observer"]],
                    [],
                    [K_2016, K_2020],
                ),
                (
                    "offensive-tuesday",
                    'Azerbaijan began what it termed "local anti-terrorist measures" on Tuesday morning',
                    "Azerbaijan began its 'anti-terrorist' offensive on Tuesday 19 Sept 2023 with artillery and drones",
                    [KF["offensive"], KF["relief"], KF["yevlakh"], KE["broadcast"], KE["herald"], KE["relief"]],
                    [(K_TRUTH, "already attacking on Monday")],
                    [K_2022, K_2016],
                ),
                (
                    "toll",
                    "at least 200 people had been killed and more than 400 wounded",
                    "The separatist ombudsman said at least 200 people were killed and over 400 wounded",
                    [KF["relief"], KF["verif"], KE["herald"], KE["relief"]],
                    [],
                    [K_2022, K_2020],
                ),
                (
                    "population",
                    "home to about 120,000 ethnic Armenians",
                    "Nagorno-Karabakh is home to about 120,000 ethnic Armenians",
                    [
                        KF["hexa"],
                        KF["capitulent"],
                        KF["offensive"],
                        KF["relief"],
                        KF["verif"],
                        KE["chronicle"],
                        KE["broadcast"],
                        KE["herald"],
                        KE["relief"],
                        KE["check"],
                    ],
                    [(K_SCOOP, "80 000 Arméniens"), (K_TRUTH, "only 50,000 Armenians")],
                    [K_2021],
                ),
                (
                    "lachin",
                    "has been blocked since 12 December 2022",
                    "The Lachin corridor, the only road to Armenia, has been blocked since 12 December 2022",
                    [KF["capitulent"], KF["offensive"], KF["relief"], KE["broadcast"], KE["herald"], KE["relief"]],
                    [],
                    [K_2020, K_2021],
                ),
                (
                    "two-wars",
                    "have fought two wars over it since the break-up of the Soviet Union",
                    "Armenia and Azerbaijan fought two wars over Karabakh since the Soviet collapse (1988-1994, 2020)",
                    [KF["capitulent"], KF["verif"], KE["chronicle"], KE["check"]],
                    [(K_SCOOP, "troisième guerre depuis 1991")],
                    [K_2020, K_2016],
                ),
            ],
        ),
    },
    "morocco_fr": {
        "event": "morocco",
        "lang": "fr",
        "published": "2023-09-13T21:30:00+01:00",
        "claims": _claims(
            "morocco_fr",
            [
                (
                    "time",
                    "La terre a tremblé vendredi à 23h11, heure locale",
                    "The Al Haouz earthquake struck on Friday 8 Sept 2023 at 23:11 local time (22:11 GMT)",
                    [
                        ME["wire"],
                        ME["broadcast"],
                        ME["herald"],
                        ME["check"],
                        MF["bilan"],
                        MF["hexa"],
                        MF["villages"],
                        MF["verif"],
                    ],
                    [(M_SCOOP, "vers deux heures du matin"), (M_TRUTH, "at about 3 a.m.")],
                    [M_AGADIR, M_HOCEIMA],
                ),
                (
                    "magnitude",
                    "a mesuré une magnitude 6,8",
                    "The USGS measured magnitude 6.8 (7 according to Morocco's CNRST)",
                    [ME["wire"], ME["broadcast"], ME["herald"], ME["check"], MF["hexa"], MF["verif"]],
                    [(M_SCOOP, "magnitude 5,9"), (M_TRUTH, "magnitude 8.1")],
                    [M_HOCEIMA, M_HERAT_EN, M_HERAT_FR, M_TURKEY],
                ),
                (
                    "epicentre",
                    "L'épicentre a été localisé à Ighil, dans la province d'Al Haouz",
                    "The epicentre was at Ighil, Al Haouz province, about 70 km south-west of Marrakech",
                    [ME["wire"], ME["broadcast"], ME["check"], MF["bilan"], MF["hexa"], MF["villages"], MF["verif"]],
                    [],
                    [M_HOCEIMA, M_AGADIR],
                ),
                (
                    "toll",
                    "pour atteindre 2 946 morts",
                    "The official death toll reached 2,946 on Wednesday 13 Sept 2023",
                    [ME["wire"], ME["relief"], ME["official"], MF["bilan"], MF["deuil"], MF["officiel"]],
                    [(M_SCOOP, "environ 800 morts"), (M_TRUTH, "more than 10,000 people died")],
                    [M_HOCEIMA, M_HERAT_EN, M_HERAT_FR, M_TURKEY],
                ),
                (
                    "injured",
                    "5 674 blessés",
                    "5,674 people were injured (official count, 13 Sept 2023)",
                    [ME["wire"], ME["relief"], ME["official"], MF["bilan"], MF["deuil"], MF["officiel"]],
                    [],
                    [M_TURKEY],
                ),
                (
                    "since-agadir",
                    "le plus meurtrier au Maroc depuis celui d'Agadir en 1960",
                    "Morocco's deadliest earthquake since Agadir 1960 (about 12,000 dead)",
                    [ME["herald"], ME["check"], MF["hexa"], MF["verif"]],
                    [],
                    [M_AGADIR, M_HOCEIMA],
                ),
                (
                    "mourning",
                    "trois jours de deuil national",
                    "The royal palace declared three days of national mourning",
                    [ME["chronicle"], ME["official"], ME["check"], MF["bilan"], MF["deuil"], MF["officiel"]],
                    [],
                    [M_HOCEIMA],
                ),
                (
                    "aid",
                    "l'Espagne, le Royaume-Uni, le Qatar et les Émirats arabes unis",
                    "Morocco accepted aid from four countries: Spain, the UK, Qatar and the UAE",
                    [ME["chronicle"], ME["relief"], ME["official"], MF["aide"], MF["deuil"], MF["officiel"]],
                    [],
                    [M_HOCEIMA, M_TURKEY],
                ),
            ],
        ),
    },
    "morocco_en": {
        "event": "morocco",
        "lang": "en",
        "published": "2023-09-14T18:00:00+01:00",
        "claims": _claims(
            "morocco_en",
            [
                (
                    "time",
                    "struck at 11:11 p.m. local time (2211 GMT) on Friday, 8 September",
                    "The Al Haouz earthquake struck at 23:11 local time (22:11 GMT) on Friday 8 Sept 2023",
                    [
                        MF["bilan"],
                        MF["hexa"],
                        MF["villages"],
                        MF["verif"],
                        ME["wire"],
                        ME["broadcast"],
                        ME["herald"],
                        ME["check"],
                    ],
                    [(M_SCOOP, "vers deux heures du matin"), (M_TRUTH, "at about 3 a.m.")],
                    [M_AGADIR, M_HOCEIMA],
                ),
                (
                    "magnitude",
                    "the US Geological Survey measured at magnitude 6.8",
                    "USGS magnitude 6.8; Moroccan seismologists said 7.0",
                    [MF["hexa"], MF["verif"], ME["wire"], ME["broadcast"], ME["herald"], ME["check"]],
                    [(M_SCOOP, "magnitude 5,9"), (M_TRUTH, "magnitude 8.1")],
                    [M_HOCEIMA, M_HERAT_EN, M_HERAT_FR, M_TURKEY],
                ),
                (
                    "epicentre",
                    "near the village of Ighil, in Al Haouz province",
                    "Epicentre near Ighil, Al Haouz province, about 72 km south-west of Marrakech",
                    [MF["bilan"], MF["hexa"], MF["villages"], MF["verif"], ME["wire"], ME["broadcast"], ME["check"]],
                    [],
                    [M_HOCEIMA, M_AGADIR],
                ),
                (
                    "toll",
                    "stands at 2,946 dead",
                    "The interior ministry's death toll stands at 2,946",
                    [MF["bilan"], MF["deuil"], MF["officiel"], ME["wire"], ME["relief"], ME["official"]],
                    [(M_SCOOP, "environ 800 morts"), (M_TRUTH, "more than 10,000 people died")],
                    [M_HOCEIMA, M_HERAT_EN, M_HERAT_FR, M_TURKEY],
                ),
                (
                    "injured",
                    "more than 5,600 injured",
                    "More than 5,600 people were injured (5,674 officially)",
                    [MF["bilan"], MF["deuil"], MF["officiel"], ME["wire"], ME["relief"], ME["official"]],
                    [],
                    [M_TURKEY],
                ),
                (
                    "since-agadir",
                    "the country's deadliest earthquake since the 1960 disaster in Agadir",
                    "Deadliest earthquake in Morocco since Agadir 1960, which killed about 12,000",
                    [MF["hexa"], MF["verif"], ME["herald"], ME["check"]],
                    [],
                    [M_AGADIR, M_HOCEIMA],
                ),
                (
                    "aid",
                    "Spain, Britain, Qatar and the United Arab Emirates",
                    "Morocco authorised rescue teams from only four countries: Spain, the UK, Qatar and the UAE",
                    [MF["aide"], MF["deuil"], MF["officiel"], ME["chronicle"], ME["relief"], ME["official"]],
                    [],
                    [M_HOCEIMA, M_TURKEY],
                ),
                (
                    "mourning",
                    "declared three days of national mourning",
                    "The royal court declared three days of national mourning",
                    [MF["bilan"], MF["deuil"], MF["officiel"], ME["chronicle"], ME["official"], ME["check"]],
                    [],
                    [M_HOCEIMA],
                ),
            ],
        ),
    },
    "derna_fr": {
        "event": "derna",
        "lang": "fr",
        "published": "2023-09-17T19:00:00+02:00",
        "claims": _claims(
            "derna_fr",
            [
                (
                    "who-toll",
                    "a confirmé dimanche la mort de 3 958 personnes",
                    "The WHO confirmed 3,958 deaths in the Derna floods (mid-September 2023)",
                    [
                        DE["displaced"],
                        DE["wire"],
                        DE["broadcast"],
                        DE["relief"],
                        DE["check"],
                        DF["bilan"],
                        DF["relief"],
                        DF["verif"],
                        DF["atlas"],
                    ],
                    [(D_SCOOP, "dépasserait les 25 000 morts"), (D_TRUTH, "about 1,200 dead")],
                    [D_GERMANY, D_ITALY],
                ),
                (
                    "missing",
                    "plus de 9 000 disparus",
                    "More than 9,000 people were missing according to the WHO",
                    [DE["wire"], DE["relief"], DF["bilan"], DF["relief"]],
                    [],
                    [D_GERMANY],
                ),
                (
                    "red-crescent",
                    "11 300 morts annoncé jeudi par le Croissant-Rouge libyen",
                    "The Libyan Red Crescent announced 11,300 dead on Thursday 14 Sept; the UN later distanced itself",
                    [DE["wire"], DE["broadcast"], DE["check"], DF["bilan"], DF["verif"], DF["atlas"]],
                    [(D_SCOOP, "dépasserait les 25 000 morts")],
                    [],
                ),
                (
                    "night",
                    "Dans la nuit du dimanche 10 au lundi 11 septembre",
                    "Storm Daniel's rains hit eastern Libya on the night of 10-11 September 2023",
                    [
                        DE["dams"],
                        DE["chronicle"],
                        DE["broadcast"],
                        DE["check"],
                        DF["barrages"],
                        DF["tempete"],
                        DF["verif"],
                        DF["deplaces"],
                        DF["atlas"],
                    ],
                    [],
                    [D_GREECE_FR, D_GREECE_EN, D_ITALY],
                ),
                (
                    "two-dams",
                    "deux barrages situés en amont de Derna ont cédé",
                    "Two dams upstream of Derna burst",
                    [
                        DE["dams"],
                        DE["chronicle"],
                        DE["broadcast"],
                        DE["herald"],
                        DE["check"],
                        DF["barrages"],
                        DF["tempete"],
                        DF["verif"],
                        DF["atlas"],
                    ],
                    [(D_SCOOP, "trois barrages"), (D_TRUTH, "no dam failed")],
                    [D_KAKHOVKA, D_GERMANY],
                ),
                (
                    "population",
                    "quelque 100 000 habitants",
                    "Derna had about 100,000 inhabitants before the disaster",
                    [
                        DE["dams"],
                        DE["displaced"],
                        DE["herald"],
                        DF["barrages"],
                        DF["tempete"],
                        DF["relief"],
                        DF["deplaces"],
                    ],
                    [],
                    [],
                ),
                (
                    "1970s",
                    "construits par une entreprise yougoslave dans les années 1970",
                    "The two dams were built by a Yugoslav company in the 1970s and poorly maintained",
                    [DE["dams"], DE["herald"], DF["barrages"], DF["atlas"]],
                    [],
                    [D_KAKHOVKA],
                ),
                (
                    "displaced",
                    "au moins 30 000 personnes ont été déplacées",
                    "At least 30,000 people were displaced in Derna (IOM)",
                    [DE["displaced"], DE["wire"], DE["relief"], DF["bilan"], DF["relief"], DF["deplaces"], DF["atlas"]],
                    [],
                    [D_KAKHOVKA, D_GERMANY],
                ),
                (
                    "greece",
                    "la tempête Daniel avait provoqué début septembre des inondations meurtrières en Grèce",
                    "Before Libya, Storm Daniel caused deadly floods in Greece in early September 2023",
                    [DE["chronicle"], DE["dams"], DF["tempete"], DF["barrages"]],
                    [],
                    [D_GREECE_FR, D_GREECE_EN, D_ITALY],
                ),
            ],
        ),
    },
    "derna_en": {
        "event": "derna",
        "lang": "en",
        "published": "2023-09-15T17:30:00+02:00",
        "claims": _claims(
            "derna_en",
            [
                (
                    "red-crescent",
                    "The Libyan Red Crescent said on Thursday that 11,300 people had been killed",
                    "The Libyan Red Crescent announced 11,300 dead on Thursday 14 Sept 2023",
                    [DF["bilan"], DF["verif"], DF["atlas"], DE["wire"], DE["broadcast"], DE["check"]],
                    [(D_SCOOP, "dépasserait les 25 000 morts")],
                    [],
                ),
                (
                    "who-toll",
                    "confirmed the deaths of at least 3,900 people",
                    "The WHO confirmed nearly 4,000 deaths (3,958 by 17 Sept)",
                    [
                        DF["bilan"],
                        DF["relief"],
                        DF["verif"],
                        DF["atlas"],
                        DE["displaced"],
                        DE["wire"],
                        DE["broadcast"],
                        DE["relief"],
                        DE["check"],
                    ],
                    [(D_SCOOP, "dépasserait les 25 000 morts"), (D_TRUTH, "about 1,200 dead")],
                    [D_GERMANY, D_ITALY],
                ),
                (
                    "night",
                    "in the early hours of Monday, 11 September, when Storm Daniel dumped torrential rain",
                    "Storm Daniel's rains hit Derna in the early hours of Monday 11 September 2023",
                    [
                        DF["barrages"],
                        DF["tempete"],
                        DF["verif"],
                        DF["deplaces"],
                        DF["atlas"],
                        DE["dams"],
                        DE["chronicle"],
                        DE["broadcast"],
                        DE["check"],
                    ],
                    [],
                    [D_GREECE_FR, D_GREECE_EN, D_ITALY],
                ),
                (
                    "two-dams",
                    "The two earth dams on Wadi Derna",
                    "The two dams on Wadi Derna above the city gave way",
                    [
                        DF["barrages"],
                        DF["tempete"],
                        DF["verif"],
                        DF["atlas"],
                        DE["dams"],
                        DE["chronicle"],
                        DE["broadcast"],
                        DE["herald"],
                        DE["check"],
                    ],
                    [(D_SCOOP, "trois barrages"), (D_TRUTH, "no dam failed")],
                    [D_KAKHOVKA, D_GERMANY],
                ),
                (
                    "population",
                    "Derna had a population of around 100,000 before the flood",
                    "Derna had about 100,000 inhabitants",
                    [
                        DF["barrages"],
                        DF["tempete"],
                        DF["relief"],
                        DF["deplaces"],
                        DE["dams"],
                        DE["displaced"],
                        DE["herald"],
                    ],
                    [],
                    [],
                ),
                (
                    "displaced",
                    "at least 30,000 people in the city had been displaced",
                    "At least 30,000 people were displaced in Derna (IOM)",
                    [DF["bilan"], DF["relief"], DF["deplaces"], DF["atlas"], DE["displaced"], DE["wire"], DE["relief"]],
                    [],
                    [D_KAKHOVKA, D_GERMANY],
                ),
                (
                    "1970s",
                    "The dams were built in the 1970s",
                    "The Derna dams were built in the 1970s and not maintained despite warnings (2022 study)",
                    [DF["barrages"], DF["atlas"], DE["dams"], DE["herald"]],
                    [],
                    [D_KAKHOVKA],
                ),
                (
                    "greece",
                    "Storm Daniel had caused deadly floods in Greece, Turkey and Bulgaria",
                    "Before Libya, Storm Daniel caused deadly floods in Greece in early September 2023",
                    [DF["tempete"], DF["barrages"], DE["chronicle"], DE["dams"]],
                    [],
                    [D_GREECE_FR, D_GREECE_EN, D_ITALY],
                ),
            ],
        ),
    },
}
