"""Annotation of the held-out event "heldout-b" (pages in pages_heldout.py), in a file of its own so that whoever
tunes the ranking can leave it unread. Same shape as truth.py, whose TRUTH includes these two articles.
"""

from .truth import _claims

B_FR = {
    "flash": "agence-hexa/baltimore-pont-effondre-porte-conteneurs",
    "corps": "agence-hexa/baltimore-deux-corps-retrouves",
    "six": "le-quotidien/pont-de-baltimore-six-ouvriers-presumes-morts",
    "detresse": "radio-horizon/baltimore-l-appel-de-detresse-a-sauve-des-vies",
    "verif": "verif-express/pont-de-baltimore-ce-qui-est-faux",
    "port": "matin-atlas/baltimore-le-port-ferme-apres-l-effondrement",
}
B_EN = {
    "wire": "global-wire/baltimore-bridge-collapses-after-ship-strike",
    "chronicle": "daily-chronicle/baltimore-six-workers-presumed-dead",
    "herald": "atlantic-herald/biden-federal-government-will-pay-to-rebuild-key-bridge",
    "mayday": "world-broadcast/baltimore-ship-mayday-let-police-stop-traffic",
    "bodies": "world-broadcast/baltimore-divers-recover-two-bodies",
    "check": "checkpoint-facts/baltimore-bridge-collapse-fact-check",
}
B_SCOOP = "vrai-scoop/pont-de-baltimore-ce-qu-on-ne-vous-dit-pas"
B_TRUTH = "truth-unfiltered/baltimore-bridge-what-they-wont-tell-you"
B_ANTWERP = "agence-hexa/anvers-porte-conteneurs-heurte-un-quai"
B_CHINA = "radio-horizon/chine-un-navire-percute-un-pont-a-canton"
B_GENOA = "le-quotidien/genes-cinq-ans-apres-le-pont-morandi"
B_SKYWAY = "world-broadcast/sunshine-skyway-disaster-40-years"
B_TUNNEL = "atlantic-herald/baltimore-howard-street-tunnel-fire-20-years"

BF, BE = B_FR, B_EN

TIME_RIGHT = [
    BF["flash"],
    BF["corps"],
    BF["detresse"],
    BF["verif"],
    BE["wire"],
    BE["herald"],
    BE["mayday"],
    BE["bodies"],
    BE["check"],
]
TIME_WRONG = [(B_SCOOP, "à 3 h 10 heure locale"), (B_TRUTH, "at 2:45 a.m.")]
SHIP_RIGHT = [BF["flash"], BF["verif"], BF["port"], BE["wire"], BE["mayday"], BE["check"]]
CONTAINERS_RIGHT = [BF["verif"], BF["port"], BE["mayday"], BE["check"]]
RESCUED_RIGHT = [BF["flash"], BF["six"], BE["wire"], BE["chronicle"], BE["check"]]
MAYDAY_RIGHT = [BF["detresse"], BE["herald"], BE["mayday"], BE["check"]]
TRAFFIC_RIGHT = [BF["six"], BE["chronicle"], BE["herald"]]
REBUILD_RIGHT = [BF["detresse"], BE["herald"], BE["mayday"]]

TRUTH_HELDOUT = {
    "heldout-b_fr": {
        "event": "heldout-b",
        "lang": "fr",
        "published": "2024-03-27T07:00:00+01:00",
        "claims": _claims(
            "heldout-b_fr",
            [
                (
                    "toll",
                    "Six ouvriers qui travaillaient sur le pont",
                    "Six road workers on the bridge presumed dead (US Coast Guard, 26 March 2024)",
                    [BF["six"], BF["corps"], BF["verif"], BE["chronicle"], BE["bodies"], BE["check"]],
                    [(B_SCOOP, "au moins 20 morts"), (B_TRUTH, "at least 12 workers died")],
                    [B_GENOA, B_SKYWAY, B_CHINA],
                ),
                (
                    "time",
                    "vers 6 h 30, heure de Paris",
                    "The ship struck the bridge on Tue 26 March 2024 at about 06:30 Paris time (01:30 EDT, 05:30 GMT)",
                    TIME_RIGHT,
                    TIME_WRONG,
                    [B_CHINA, B_SKYWAY, B_GENOA],
                ),
                (
                    "ship",
                    "long de 300 mètres",
                    "The ship was 300 metres (984 feet) long",
                    SHIP_RIGHT,
                    [(B_SCOOP, "un monstre de 400 mètres")],
                    [B_ANTWERP],
                ),
                (
                    "containers",
                    "près de 4 700 conteneurs",
                    "The ship was carrying nearly 4,700 containers (Maersk)",
                    CONTAINERS_RIGHT,
                    [(B_SCOOP, "plus de 9 000 conteneurs")],
                    [B_ANTWERP],
                ),
                (
                    "search",
                    "suspendu les recherches mardi vers 19 h 30 heure locale",
                    "The Coast Guard suspended the search on Tue 26 March 2024 at about 19:30 local time, ~18 hours on",
                    [BF["six"], BF["corps"], BE["chronicle"], BE["bodies"]],
                    [(B_TRUTH, "gave up after just six hours")],
                    [B_CHINA],
                ),
                (
                    "rescued",
                    "Deux personnes ont été repêchées",
                    "Two people were pulled alive from the water, one taken to hospital",
                    RESCUED_RIGHT,
                    [],
                    [B_SKYWAY],
                ),
                (
                    "mayday",
                    "permis à la police de bloquer la circulation",
                    "The crew's mayday call let police stop traffic onto the bridge",
                    MAYDAY_RIGHT,
                    [(B_TRUTH, "no one stopped the traffic")],
                    [],
                ),
                (
                    "length",
                    "long de 2,6 kilomètres",
                    "The bridge was 2.6 km (1.6 miles) long",
                    [BF["flash"], BE["wire"], BE["chronicle"]],
                    [(B_SCOOP, "n'était long que d'un kilomètre")],
                    [B_GENOA, B_SKYWAY],
                ),
                (
                    "opened",
                    "Inauguré en 1977",
                    "The bridge opened in 1977",
                    [BF["flash"], BF["six"], BE["wire"], BE["chronicle"]],
                    [],
                    [B_GENOA, B_SKYWAY, B_TUNNEL],
                ),
                (
                    "traffic",
                    "Quelque 30 000 véhicules",
                    "About 30,000 vehicles a day used the bridge",
                    TRAFFIC_RIGHT,
                    [(B_TRUTH, "barely 8,000 vehicles a day")],
                    [],
                ),
                (
                    "rebuild",
                    "paierait la totalité de la reconstruction",
                    "President Biden said the federal government would pay the entire cost of rebuilding",
                    REBUILD_RIGHT,
                    [],
                    [],
                ),
            ],
        ),
    },
    "heldout-b_en": {
        "event": "heldout-b",
        "lang": "en",
        "published": "2024-03-27T20:00:00-04:00",
        "claims": _claims(
            "heldout-b_en",
            [
                (
                    "bodies",
                    "recovered the bodies of two of the six road workers",
                    "Divers recovered the bodies of two of the six workers on Wed 27 March 2024",
                    [BF["corps"], BF["verif"], BE["bodies"]],
                    [(B_SCOOP, "au moins 20 morts"), (B_TRUTH, "at least 12 workers died")],
                    [B_SKYWAY, B_GENOA],
                ),
                (
                    "depth",
                    "in about 25 feet",
                    "The two were found in a red pickup truck in about 25 feet (7.6 m) of water",
                    [BF["corps"], BE["bodies"]],
                    [],
                    [B_SKYWAY],
                ),
                (
                    "ship",
                    "a 984-foot (300-metre) container ship",
                    "The ship was 984 feet (300 metres) long",
                    SHIP_RIGHT,
                    [(B_SCOOP, "un monstre de 400 mètres")],
                    [B_ANTWERP],
                ),
                (
                    "time",
                    "at about 1:30 a.m. on Tuesday",
                    "The ship struck the bridge at about 01:30 local time (EDT) on Tue 26 March 2024 (05:30 GMT)",
                    TIME_RIGHT,
                    TIME_WRONG,
                    [B_CHINA, B_SKYWAY, B_GENOA],
                ),
                (
                    "mayday",
                    "allowing police to stop traffic onto the bridge",
                    "The crew's mayday call let police stop traffic onto the bridge",
                    MAYDAY_RIGHT,
                    [(B_TRUTH, "no one stopped the traffic")],
                    [],
                ),
                (
                    "search",
                    "about 18 hours after the collapse",
                    "Six workers presumed dead when the search was called off on Tue evening, about 18 hours on",
                    [BF["six"], BF["corps"], BE["chronicle"], BE["bodies"]],
                    [(B_TRUTH, "gave up after just six hours")],
                    [B_CHINA],
                ),
                (
                    "rescued",
                    "Two other people were pulled from the water",
                    "Two people were pulled alive from the water, one taken to hospital",
                    RESCUED_RIGHT,
                    [],
                    [B_SKYWAY],
                ),
                (
                    "bridge",
                    "The 1.6-mile bridge opened in 1977",
                    "The bridge was 1.6 miles (2.6 km) long and opened in 1977",
                    [BF["flash"], BE["wire"], BE["chronicle"]],
                    [(B_SCOOP, "n'était long que d'un kilomètre")],
                    [B_GENOA, B_SKYWAY, B_TUNNEL],
                ),
                (
                    "traffic",
                    "carried about 30,000 vehicles a day",
                    "About 30,000 vehicles a day used the bridge",
                    TRAFFIC_RIGHT,
                    [(B_TRUTH, "barely 8,000 vehicles a day")],
                    [],
                ),
                (
                    "containers",
                    "nearly 4,700 containers",
                    "The ship was carrying nearly 4,700 containers (Maersk)",
                    CONTAINERS_RIGHT,
                    [(B_SCOOP, "plus de 9 000 conteneurs")],
                    [B_ANTWERP],
                ),
                (
                    "rebuild",
                    "pay the entire cost of rebuilding",
                    "President Biden said the federal government would pay the entire cost of rebuilding",
                    REBUILD_RIGHT,
                    [],
                    [],
                ),
            ],
        ),
    },
}
