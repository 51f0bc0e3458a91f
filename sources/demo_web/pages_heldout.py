"""Pages of the held-out event "heldout-b" (tests/claims/evidence_quality.py, HELD_OUT), in a file of their own
so that whoever tunes the ranking can leave them unread. Same keys as pages.py; the low-reliability sites'
pages are about the right event but carry wrong figures (truth_heldout.py lists them under "contradicting").
"""

from .pages import _page

HELDOUT_PAGES = [
    _page(
        "agence-hexa",
        "baltimore-pont-effondre-porte-conteneurs",
        "fr",
        "heldout-b",
        "right",
        "2024-03-26T09:40:00+01:00",
        "Claire Vasseur",
        "États-Unis : un pont de Baltimore s'effondre après avoir été percuté par un porte-conteneurs",
        "Le pont Francis Scott Key, qui enjambe l'entrée du port de Baltimore, dans l'est des États-Unis, s'est "
        "effondré mardi après avoir été percuté par un porte-conteneurs. La collision s'est produite vers 1 h 30 "
        "heure locale, soit 6 h 30 à Paris, et plusieurs véhicules sont tombés dans la rivière Patapsco.",
        "Le navire, le Dali, long de 300 mètres et battant pavillon de Singapour, a heurté l'une des piles de "
        "l'ouvrage, dont la travée centrale s'est écroulée en quelques secondes, selon des images diffusées sur "
        "les réseaux sociaux. Tous les membres d'équipage et les deux pilotes à bord sont sains et saufs, a "
        "indiqué la société qui gère le navire.",
        "Deux personnes ont été repêchées, dont l'une dans un état grave, selon les pompiers de Baltimore, qui "
        "recherchaient au moins six autres personnes. Long de 2,6 kilomètres, le pont avait été inauguré en "
        "1977.",
    ),
    _page(
        "agence-hexa",
        "baltimore-deux-corps-retrouves",
        "fr",
        "heldout-b",
        "right",
        "2024-03-28T08:15:00+01:00",
        "Antoine Ferrand",
        "Baltimore : les corps de deux ouvriers retrouvés dans la rivière",
        "Des plongeurs ont retrouvé mercredi les corps de deux des six ouvriers disparus dans l'effondrement du "
        "pont Francis Scott Key de Baltimore, a annoncé la police de l'État du Maryland. Ils se trouvaient dans "
        "une camionnette rouge immergée par environ 7,6 mètres de fond, près de la travée centrale.",
        "Les deux victimes sont un Mexicain de 35 ans et un Guatémaltèque de 26 ans. Les recherches des quatre "
        "autres ouvriers ont été interrompues, les plongeurs ne pouvant plus progresser en sécurité au milieu "
        "des débris de béton et d'acier.",
        "Le porte-conteneurs Dali, qui avait perdu sa propulsion, avait percuté une pile du pont mardi vers "
        "1 h 30 heure locale. Les garde-côtes avaient suspendu les recherches de survivants le soir même, "
        "environ 18 heures après l'accident.",
    ),
    _page(
        "le-quotidien",
        "pont-de-baltimore-six-ouvriers-presumes-morts",
        "fr",
        "heldout-b",
        "right",
        "2024-03-27T07:30:00+01:00",
        "Julien Marchal",
        "Pont de Baltimore : six ouvriers présumés morts, les recherches suspendues",
        "Les six ouvriers portés disparus après l'effondrement du pont Francis Scott Key, à Baltimore, sont "
        "présumés morts. Les garde-côtes américains ont suspendu les recherches mardi vers 19 h 30 heure locale, "
        "soit 0 h 30 mercredi à Paris, environ 18 heures après la collision du porte-conteneurs Dali avec l'une "
        "des piles de l'ouvrage.",
        "Les disparus faisaient partie d'une équipe de huit personnes qui rebouchaient des nids-de-poule sur le "
        "tablier. Deux d'entre eux ont été repêchés vivants, dont l'un a été hospitalisé. Originaires du "
        "Mexique, du Guatemala, du Honduras et du Salvador, les six victimes travaillaient pour une entreprise "
        "de travaux publics de la région.",
        "Le pont, inauguré en 1977, était emprunté par quelque 30 000 véhicules par jour. Sa reconstruction "
        "prendra des années, préviennent les ingénieurs, et le trafic devra être dévié par les deux tunnels qui "
        "passent sous le port.",
    ),
    _page(
        "radio-horizon",
        "baltimore-l-appel-de-detresse-a-sauve-des-vies",
        "fr",
        "heldout-b",
        "right",
        "2024-03-26T18:45:00+01:00",
        "Sophie Lemaire",
        "Pont de Baltimore : l'appel de détresse du navire a permis d'arrêter la circulation",
        "Quelques instants avant la collision, l'équipage du Dali a signalé avoir perdu le contrôle du navire, "
        "privé de propulsion. Cet appel de détresse a permis à la police de bloquer la circulation aux deux "
        "extrémités du pont, évitant sans doute de nombreuses victimes, a souligné le gouverneur du Maryland, "
        "Wes Moore, qui a qualifié les policiers de « héros ».",
        "Le porte-conteneurs a percuté une pile du pont Francis Scott Key vers 1 h 30 heure locale, soit 5 h 30 "
        "GMT, alors que le trafic était faible. Les autorités ont écarté toute piste terroriste, et le FBI a "
        "indiqué qu'aucun élément ne laissait penser à un acte délibéré.",
        "Le président Joe Biden a promis mardi que l'État fédéral paierait la totalité de la reconstruction de "
        "l'ouvrage, et a assuré qu'il voulait rouvrir le port « dès que possible ». Le port de Baltimore est le "
        "premier des États-Unis pour le trafic de voitures.",
    ),
    _page(
        "verif-express",
        "pont-de-baltimore-ce-qui-est-faux",
        "fr",
        "heldout-b",
        "right",
        "2024-03-28T11:00:00+01:00",
        "Nadia Benkirane",
        "Pont de Baltimore : attentat, heure, bilan, ce qui est faux",
        "Des publications affirment que l'effondrement du pont de Baltimore serait un attentat ou une "
        "cyberattaque. Aucun élément ne l'étaye : le FBI a indiqué qu'il n'y avait aucun indice d'un acte "
        "délibéré, et l'enquête du Bureau national de la sécurité des transports (NTSB) porte sur une panne "
        "électrique à bord du Dali.",
        "L'heure a aussi semé la confusion. Le porte-conteneurs a percuté le pont le mardi 26 mars vers 1 h 30 à "
        "Baltimore, soit 5 h 30 UTC et 6 h 30 à Paris. Des messages évoquant une collision vers 3 heures du "
        "matin ne correspondent pas aux enregistrements des autorités.",
        "Quant au bilan, six ouvriers qui travaillaient sur le pont sont présumés morts, et non « des dizaines » "
        "comme on peut le lire. Deux corps ont été retrouvés mercredi. Le navire, long de 300 mètres, "
        "transportait près de 4 700 conteneurs, d'après l'affréteur Maersk.",
    ),
    _page(
        "matin-atlas",
        "baltimore-le-port-ferme-apres-l-effondrement",
        "fr",
        "heldout-b",
        "right",
        "2024-03-26T20:00:00+00:00",
        "Youssef Alami",
        "Baltimore : le port fermé après l'effondrement du pont, les armateurs déroutent leurs navires",
        "Le port de Baltimore, l'un des plus actifs de la côte est américaine, est fermé à la navigation depuis "
        "l'effondrement mardi du pont Francis Scott Key, percuté par le porte-conteneurs Dali. Les armateurs ont "
        "commencé à dérouter leurs navires vers d'autres ports, dont New York et Norfolk.",
        "Le Dali, un navire de 300 mètres de long affrété par le groupe danois Maersk, transportait près de "
        "4 700 conteneurs et faisait route vers Colombo, au Sri Lanka. Son équipage et les deux pilotes sont "
        "indemnes.",
        "Le port de Baltimore est le premier des États-Unis pour les importations et exportations de voitures "
        "et d'engins agricoles. Les analystes redoutent des retards pour les constructeurs automobiles pendant "
        "plusieurs semaines.",
    ),
    _page(
        "global-wire",
        "baltimore-bridge-collapses-after-ship-strike",
        "en",
        "heldout-b",
        "right",
        "2024-03-26T07:10:00+00:00",
        "Mark Ellison",
        "Baltimore bridge collapses after container ship strike",
        "A major bridge in the U.S. city of Baltimore collapsed into the Patapsco River early on Tuesday after a "
        "container ship crashed into one of its supports at about 0530 GMT, sending vehicles into the water, "
        "officials said.",
        "The Francis Scott Key Bridge, a 1.6-mile (2.6-km) span opened in 1977, crumpled within seconds after "
        "the Singapore-flagged Dali struck it at about 1:30 a.m. local time. The 300-metre (984-foot) vessel was "
        "leaving Baltimore for Colombo, Sri Lanka.",
        "Baltimore fire chief James Wallace said two people had been pulled from the water, one of them in a "
        "very serious condition, and that rescuers were searching for at least six others. The ship's operator "
        "said all crew members, including two pilots, were accounted for.",
    ),
    _page(
        "daily-chronicle",
        "baltimore-six-workers-presumed-dead",
        "en",
        "heldout-b",
        "right",
        "2024-03-27T08:00:00+00:00",
        "Helen Drummond",
        "Baltimore bridge collapse: six workers presumed dead as search is called off",
        "Six construction workers who fell into the water when Baltimore's Francis Scott Key Bridge collapsed "
        "are presumed dead, the U.S. Coast Guard said, after calling off its search at about 7:30 p.m. local "
        "time on Tuesday, some 18 hours after the disaster.",
        "The men were part of a crew filling potholes on the bridge deck when the container ship Dali struck one "
        "of its piers. Two other people were rescued from the river, one of whom was taken to hospital.",
        "The 1.6-mile bridge, which carried about 30,000 vehicles a day around the city's harbour, opened in "
        "1977. Maryland's governor, Wes Moore, said rebuilding it would take years.",
    ),
    _page(
        "atlantic-herald",
        "biden-federal-government-will-pay-to-rebuild-key-bridge",
        "en",
        "heldout-b",
        "right",
        "2024-03-26T16:30:00-04:00",
        "Michael Grant",
        "Biden vows federal government will pay to rebuild Baltimore bridge",
        "President Biden said on Tuesday that the federal government would pay the entire cost of rebuilding the "
        "Francis Scott Key Bridge in Baltimore, which collapsed after a container ship lost power and struck one "
        "of its piers at about 1:30 a.m.",
        "Officials said the ship's crew had issued a mayday call moments before the crash, giving police time to "
        'stop traffic onto the bridge. "These people are heroes," Gov. Wes Moore said. The F.B.I. said there '
        "was no indication of terrorism.",
        "The collapse closed the Port of Baltimore to ship traffic. The port is the busiest in the country for "
        "car shipments, and the bridge carried about 30,000 vehicles a day on the Baltimore Beltway.",
    ),
    _page(
        "world-broadcast",
        "baltimore-ship-mayday-let-police-stop-traffic",
        "en",
        "heldout-b",
        "right",
        "2024-03-26T22:00:00+00:00",
        "Tom Haskins",
        "Baltimore bridge: ship's mayday gave police time to stop traffic",
        "The crew of the container ship that destroyed a Baltimore bridge warned the authorities that they had "
        "lost power moments before the crash, allowing police to stop traffic from driving onto the span, "
        "Maryland's governor said.",
        "The Dali, a 300-metre vessel carrying nearly 4,700 containers, struck a support of the Francis Scott "
        "Key Bridge at 05:30 GMT, 1:30 a.m. local time. It was bound for Colombo in Sri Lanka and had two pilots "
        "on board.",
        "President Joe Biden said the federal government would pay for the whole reconstruction. The port of "
        "Baltimore, the busiest in the U.S. for cars, was closed to shipping until further notice.",
    ),
    _page(
        "world-broadcast",
        "baltimore-divers-recover-two-bodies",
        "en",
        "heldout-b",
        "right",
        "2024-03-28T01:30:00+00:00",
        "Rachel Moore",
        "Baltimore bridge: divers recover bodies of two workers",
        "Divers have recovered the bodies of two of the six workers who died when Baltimore's Key Bridge "
        "collapsed, Maryland State Police said on Wednesday. They were found inside a red pickup truck in about "
        "25 feet (7.6 m) of water.",
        "The victims were named as a 35-year-old man from Mexico and a 26-year-old man from Guatemala. Officials "
        "said the recovery of the four others had been paused because debris made it unsafe for divers.",
        "The crew had been filling potholes when the container ship Dali hit the bridge at about 1:30 a.m. on "
        "Tuesday. The Coast Guard had ended its search for survivors on Tuesday evening, about 18 hours after "
        "the collapse.",
    ),
    _page(
        "checkpoint-facts",
        "baltimore-bridge-collapse-fact-check",
        "en",
        "heldout-b",
        "right",
        "2024-03-27T17:00:00-04:00",
        "Dana Whitfield",
        "Fact check: what we know about the Baltimore bridge collapse",
        "Claim: the Key Bridge collapse was a terrorist attack. False. The F.B.I. said there was no specific or "
        "credible information to suggest terrorism, and investigators are looking at a loss of power aboard the "
        "container ship Dali.",
        "Claim: the ship hit the bridge at the height of rush hour. False. The collision happened at about 1:30 "
        "a.m. on Tuesday, March 26, when traffic was light, and a mayday call from the ship let police stop cars "
        "from driving onto the span.",
        "Claim: dozens of people died. False. Six road workers are presumed dead; two other people were rescued. "
        "The 984-foot ship was carrying about 4,700 containers, according to Maersk, which chartered it.",
    ),
    _page(
        "vrai-scoop",
        "pont-de-baltimore-ce-qu-on-ne-vous-dit-pas",
        "fr",
        "heldout-b",
        "right",
        "2024-03-27T21:00:00+01:00",
        "La rédaction",
        "Pont de Baltimore : ce qu'on ne vous dit pas",
        "On vous parle d'un « accident ». Pourtant, le cargo a percuté le pont à 3 h 10 heure locale, pas à "
        "l'heure annoncée par les autorités, et les images montrent un navire qui change de cap volontairement. "
        "Une cyberattaque est la seule explication, selon des experts que les grands médias refusent "
        "d'interroger.",
        "Le bilan réel serait d'au moins 20 morts, loin des six ouvriers évoqués officiellement. Le navire, un "
        "monstre de 400 mètres, transportait plus de 9 000 conteneurs dont personne ne veut révéler le contenu.",
        "Et ce pont, prétendument solide, n'était long que d'un kilomètre. Partagez avant que cette page ne soit "
        "supprimée.",
    ),
    _page(
        "truth-unfiltered",
        "baltimore-bridge-what-they-wont-tell-you",
        "en",
        "heldout-b",
        "right",
        "2024-03-27T08:00:00-04:00",
        "Staff",
        "Baltimore bridge: what they won't tell you",
        "The official story says the ship hit the Key Bridge in the middle of the night. Our sources say it "
        "happened at 2:45 a.m., and the mayday call never happened: no one stopped the traffic.",
        "Insiders say at least 12 workers died on the bridge, not six, and the Coast Guard gave up after just "
        "six hours.",
        "The bridge carried barely 8,000 vehicles a day, so why the panic? Follow the money. Share this before "
        "it gets taken down.",
    ),
    _page(
        "agence-hexa",
        "anvers-porte-conteneurs-heurte-un-quai",
        "fr",
        "heldout-b",
        "distractor",
        "2016-07-12T16:00:00+02:00",
        "Claire Vasseur",
        "Anvers : un porte-conteneurs heurte un quai en quittant le port",
        "Le porte-conteneurs Dali, un navire de 300 mètres de long battant pavillon de Singapour, a heurté un "
        "quai du port d'Anvers, en Belgique, alors qu'il manœuvrait pour quitter son poste. Aucun blessé n'est à "
        "déplorer, selon les autorités portuaires.",
        "La poupe du navire a été endommagée, ainsi qu'une partie du quai. Le bâtiment, mis en service l'an "
        "dernier, a été immobilisé le temps d'une inspection, et une enquête a été ouverte pour déterminer les "
        "causes de l'incident.",
        "Le port d'Anvers, deuxième d'Europe pour le trafic de conteneurs, n'a signalé aucune perturbation "
        "notable. Les remorqueurs ont ramené le navire à quai dans la soirée.",
    ),
    _page(
        "radio-horizon",
        "chine-un-navire-percute-un-pont-a-canton",
        "fr",
        "heldout-b",
        "distractor",
        "2024-02-22T12:00:00+01:00",
        "Sophie Lemaire",
        "Chine : un navire percute un pont à Canton, des véhicules tombent dans l'eau",
        "Un porte-conteneurs a percuté jeudi vers 5 h 30 heure locale le pont de Lixinsha, dans le district de "
        "Nansha, à Canton, dans le sud de la Chine, provoquant l'effondrement d'une partie du tablier. Cinq "
        "véhicules, dont un bus, sont tombés dans un bras de la rivière des Perles, selon les médias d'État.",
        "Le bilan provisoire fait état de deux morts et de trois disparus. Le navire, qui naviguait à vide, a "
        "heurté une pile du pont, et son équipage a été interrogé par la police.",
        "Les secours ont déployé des plongeurs et des embarcations pour rechercher les disparus. La circulation "
        "a été interrompue sur l'ouvrage, qui relie plusieurs villes industrielles du delta.",
    ),
    _page(
        "le-quotidien",
        "genes-cinq-ans-apres-le-pont-morandi",
        "fr",
        "heldout-b",
        "distractor",
        "2023-08-14T08:00:00+02:00",
        "Thomas Rivière",
        "Gênes : cinq ans après l'effondrement du pont Morandi, l'heure du souvenir",
        "Il y a cinq ans, le 14 août 2018 à 11 h 36, une partie du pont Morandi s'effondrait à Gênes, dans le "
        "nord de l'Italie, entraînant dans sa chute des dizaines de véhicules. La catastrophe avait fait 43 "
        "morts.",
        "Un tronçon d'environ 200 mètres du viaduc autoroutier, inauguré en 1967, s'était écroulé sous une pluie "
        "battante. Le procès d'anciens dirigeants du gestionnaire autoroutier et du ministère des Transports est "
        "en cours.",
        "Un nouveau pont, conçu par l'architecte Renzo Piano, a été inauguré en août 2020. Des cérémonies ont "
        "lieu ce lundi en mémoire des victimes.",
    ),
    _page(
        "world-broadcast",
        "sunshine-skyway-disaster-40-years",
        "en",
        "heldout-b",
        "distractor",
        "2020-05-09T10:00:00+01:00",
        "Tom Haskins",
        "Sunshine Skyway: 40 years since a freighter brought down the Tampa Bay bridge",
        "Forty years ago, on 9 May 1980, the freighter Summit Venture struck a support of the Sunshine Skyway "
        "Bridge over Tampa Bay, Florida, at 7:33 a.m. during a violent storm, bringing down about 1,200 feet of "
        "the southbound span.",
        "Thirty-five people died when cars, a pickup truck and a Greyhound bus plunged about 150 feet into the "
        "water. One man survived after his pickup truck landed on the deck of the ship.",
        "The bridge was replaced in 1987 by a cable-stayed span, designed with protective barriers around its "
        "piers to withstand ship strikes.",
    ),
    _page(
        "atlantic-herald",
        "baltimore-howard-street-tunnel-fire-20-years",
        "en",
        "heldout-b",
        "distractor",
        "2021-07-18T09:00:00-04:00",
        "Jennifer Walsh",
        "Twenty years after the Howard Street Tunnel fire, Baltimore remembers",
        "Twenty years ago, on July 18, 2001, a CSX freight train derailed in the Howard Street Tunnel under "
        "downtown Baltimore, setting off a chemical fire that burned for days and shut down much of the city "
        "center.",
        "No one was killed, but a water main above the tunnel burst, flooding streets, and baseball games at "
        "Camden Yards were postponed. Smoke forced the closure of roads and businesses around the harbor.",
        "The tunnel, opened in 1895, is still used by freight trains. A project to enlarge it so that "
        "double-stacked container trains can reach the Port of Baltimore is under way.",
    ),
    _page(
        "journal-sports",
        "six-nations-2024-irlande-conserve-son-titre",
        "fr",
        "other",
        "unrelated",
        "2024-03-16T23:30:00+01:00",
        "Romain Lacoste",
        "Tournoi des Six Nations : l'Irlande conserve son titre, la France finit deuxième",
        "L'Irlande a remporté samedi le Tournoi des Six Nations pour la deuxième année consécutive en battant "
        "l'Écosse 17 à 13 à Dublin. Battus en Angleterre lors de la quatrième journée, les Irlandais ont tout de "
        "même conservé leur titre.",
        "Un peu plus tôt, le XV de France avait arraché la deuxième place en s'imposant 33 à 31 face à "
        "l'Angleterre à Lyon, grâce à une pénalité de Thomas Ramos dans les derniers instants du match.",
        "Les Bleus, tenus en échec par l'Italie à Lille, terminent un Tournoi irrégulier, marqué par la lourde "
        "défaite inaugurale face à l'Irlande à Marseille. Le sélectionneur Fabien Galthié a salué la réaction de "
        "son groupe.",
    ),
]
