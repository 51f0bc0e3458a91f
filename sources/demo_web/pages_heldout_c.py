"""Pages of the held-out event "heldout-c" (tests/claims/evidence_quality.py, HELD_OUT), in a file of their own
so that whoever tunes the ranking can leave them unread. Same keys as pages.py; the low-reliability sites'
pages are about the right event but carry wrong figures (truth_heldout_c.py lists them under "contradicting").
Written on 2026-12-04 by a helper that read nothing under claims/.
"""

from .pages import _page

HELDOUT_C_PAGES = [
    _page(
        "agence-hexa",
        "liban-une-explosion-devaste-le-port-de-beyrouth",
        "fr",
        "heldout-c",
        "right",
        "2020-08-04T19:25:00+02:00",
        "Hélène Garnier",
        "Liban : une explosion d'une violence inouïe dévaste le port de Beyrouth",
        "Une explosion d'une puissance exceptionnelle a ravagé mardi le port de Beyrouth et soufflé des quartiers "
        "entiers de la capitale libanaise. La déflagration principale s'est produite à 18 h 08 heure locale, soit "
        "17 h 08 à Paris, après un incendie dans un entrepôt situé sur les quais, selon des témoins et les "
        "premières images diffusées sur les réseaux sociaux.",
        "Une première détonation a été suivie, une trentaine de secondes plus tard, d'une seconde explosion bien "
        "plus forte, qui a projeté vers le ciel un nuage orangé et une onde de choc visible à des kilomètres à la "
        "ronde. Le bruit a porté jusqu'à Chypre, à quelque 240 kilomètres au large, où des habitants de Nicosie "
        "ont cru à un tremblement de terre.",
        "Le ministre de la Santé, Hamad Hassan, fait état de dizaines de morts et de milliers de blessés, un "
        "bilan encore très provisoire. Les hôpitaux de la ville, déjà éprouvés par l'épidémie de Covid-19, ont "
        "lancé des appels au don du sang et installent des blessés jusque dans les parkings.",
        "Le Premier ministre, Hassan Diab, a décrété mercredi journée de deuil national et promis que les "
        "responsables de la catastrophe « paieront le prix ». Le pays, en défaut de paiement depuis mars, "
        "traverse sa pire crise économique depuis la fin de la guerre civile.",
    ),
    _page(
        "le-quotidien",
        "beyrouth-2-750-tonnes-de-nitrate-d-ammonium-oubliees-sur-le-port",
        "fr",
        "heldout-c",
        "right",
        "2020-08-05T07:45:00+02:00",
        "Mathilde Roche",
        "Beyrouth : 2 750 tonnes de nitrate d'ammonium oubliées pendant six ans sur le port",
        "C'est un stock de 2 750 tonnes de nitrate d'ammonium, entreposé « depuis six ans » dans un hangar du "
        "port sans « mesures de précaution », qui a explosé mardi à Beyrouth, a affirmé dans la soirée le Premier "
        "ministre libanais, Hassan Diab, à l'issue d'une réunion du Conseil supérieur de défense. Le président, "
        "Michel Aoun, a jugé « inacceptable » qu'une telle quantité ait pu être conservée de la sorte.",
        "Cet engrais, qui entre aussi dans la fabrication d'explosifs, avait été débarqué du Rhosus, un vieux "
        "cargo battant pavillon moldave. Parti de Batoumi, en Géorgie, à l'automne 2013 pour rallier Beira, au "
        "Mozambique, le navire avait fait escale à Beyrouth à la suite d'avaries, avant d'y être immobilisé par "
        "les autorités portuaires. Sa cargaison avait été transférée l'année suivante dans le hangar 12.",
        "Mercredi matin, la Croix-Rouge libanaise faisait état de plus de 100 morts et de près de 4 000 blessés. "
        "Des dizaines de personnes sont portées disparues, et de nombreux immeubles de Gemmayzé et de Mar "
        "Mikhaël, à quelques centaines de mètres des quais, sont devenus inhabitables.",
        "Michel Aoun a décrété trois jours de deuil national et annoncé le déblocage de 100 milliards de livres "
        "libanaises pour faire face à l'urgence.",
    ),
    _page(
        "radio-horizon",
        "liban-beyrouth-placee-en-etat-d-urgence-pour-deux-semaines",
        "fr",
        "heldout-c",
        "right",
        "2020-08-05T21:10:00+02:00",
        "Karim Benali",
        "Liban : Beyrouth en état d'urgence pour deux semaines, des responsables du port assignés à résidence",
        "Le gouvernement libanais a décrété mercredi l'état d'urgence à Beyrouth pour une durée de deux semaines, "
        "confiant à l'armée le maintien de l'ordre dans la capitale sinistrée. Le Conseil des ministres a aussi "
        "ordonné l'assignation à résidence des responsables du port chargés, depuis 2014, du stockage et de la "
        "garde de la cargaison qui a explosé la veille.",
        "Le gouverneur de Beyrouth, Marwan Abboud, estime que jusqu'à 300 000 habitants se retrouvent sans "
        "logement, et chiffre les dégâts entre 3 et 5 milliards de dollars. Des façades entières se sont "
        "effondrées dans les quartiers proches du port, et les vitres ont volé en éclats à plusieurs kilomètres.",
        "Selon le ministre de la Santé, le bilan s'élève désormais à 135 morts et à environ 5 000 blessés. Parmi "
        "les disparus figurent dix membres du régiment des pompiers de Beyrouth, partis de la caserne de la "
        "Quarantaine pour combattre l'incendie qui a précédé l'explosion, et dont on est sans nouvelles.",
        "Le Tribunal spécial pour le Liban, qui devait rendre vendredi son jugement dans le procès de "
        "l'assassinat de l'ancien Premier ministre Rafic Hariri, a reporté sa décision au 18 août « par respect "
        "pour les innombrables victimes ».",
    ),
    _page(
        "agence-hexa",
        "a-beyrouth-macron-promet-que-l-aide-n-ira-pas-a-des-mains-corrompues",
        "fr",
        "heldout-c",
        "right",
        "2020-08-06T19:40:00+02:00",
        "Antoine Ferrand",
        "À Beyrouth, Macron promet que l'aide « n'ira pas dans des mains corrompues »",
        "Premier dirigeant étranger à se rendre au Liban depuis l'explosion du port, Emmanuel Macron a arpenté "
        "jeudi les rues dévastées de Gemmayzé, un quartier proche des docks, au milieu d'habitants en colère qui "
        "réclamaient la chute du « régime ». « Je vous garantis que cette aide n'ira pas dans des mains "
        "corrompues », a lancé le président français à la foule.",
        "Il a annoncé l'organisation, dans les prochains jours, d'une conférence internationale d'aide réunissant "
        "Européens, Américains et pays de la région, et plaidé pour une enquête internationale. Il a promis de "
        "revenir à Beyrouth le 1er septembre, placée depuis mercredi en état d'urgence pour deux semaines.",
        "Le ministère libanais de la Santé a fait état jeudi d'au moins 137 morts et d'environ 5 000 blessés. "
        "Dans la journée, une foule émue a accompagné le cercueil de Sahar Farès, 25 ans, ambulancière du "
        "régiment des pompiers de Beyrouth et l'une des dix secouristes envoyés sur le port juste avant "
        "l'explosion.",
        "Sur le plan judiciaire, seize personnes, parmi lesquelles des responsables du port et des douanes, ont "
        "été placées en détention, a indiqué le commissaire du gouvernement près le tribunal militaire, le juge "
        "Fadi Akiki.",
    ),
    _page(
        "caspienne-info",
        "beyrouth-seize-arrestations-apres-l-explosion-du-port",
        "fr",
        "heldout-c",
        "right",
        "2020-08-06T22:30:00+04:00",
        "Leyla Mammadova",
        "Explosion de Beyrouth : seize arrestations, le bilan passe à 137 morts",
        "La justice militaire libanaise a fait arrêter seize personnes dans le cadre de l'enquête sur l'explosion "
        "qui a ravagé mardi le port de Beyrouth, selon l'agence officielle libanaise NNA. Plus de dix-huit "
        "responsables du port et des douanes, ainsi que des ouvriers ayant effectué des travaux d'entretien dans "
        "le hangar, ont été interrogés.",
        "La déflagration s'est produite mardi à 18 h 08 heure de Beyrouth, soit 19 h 08 à Bakou. L'Institut "
        "américain de géophysique (USGS) l'a enregistrée comme un séisme de magnitude 3,3.",
        "D'après les autorités libanaises, ce sont 2 750 tonnes de nitrate d'ammonium, stockées sur le port "
        "depuis 2014, qui ont explosé. Le dernier bilan du ministère de la Santé fait état d'au moins 137 morts "
        "et de quelque 5 000 blessés.",
        "La France, la Russie, le Qatar et la Turquie ont déjà dépêché des avions chargés de secouristes et de "
        "matériel médical.",
    ),
    _page(
        "matin-atlas",
        "conference-de-soutien-au-liban-252-7-millions-d-euros-promis",
        "fr",
        "heldout-c",
        "right",
        "2020-08-09T21:00:00+01:00",
        "Salma Bennani",
        "Conférence de soutien au Liban : 252,7 millions d'euros promis pour Beyrouth",
        "La communauté internationale s'est engagée dimanche à verser 252,7 millions d'euros d'aide d'urgence au "
        "Liban, lors d'une visioconférence coorganisée par la France et les Nations unies, a indiqué la "
        "présidence française. Une trentaine de pays et d'organisations y ont pris part et ont exigé que l'aide "
        "parvienne directement à la population.",
        "Emmanuel Macron, qui s'était rendu jeudi dans la capitale libanaise, a présidé la réunion depuis le fort "
        "de Brégançon et appelé les dirigeants libanais à engager les réformes réclamées par la rue. Le président "
        "américain, Donald Trump, comptait parmi les participants.",
        "L'explosion, survenue mardi 4 août à 18 h 08 heure de Beyrouth (16 h 08 au Maroc), a fait au moins 158 "
        "morts et plus de 6 000 blessés, selon le ministère libanais de la Santé, et quelque 300 000 personnes "
        "sont sans abri. Samedi, des manifestants ont brièvement occupé plusieurs ministères, et la ministre de "
        "l'Information, Manal Abdel Samad, a démissionné dimanche.",
        "Sur instructions du roi Mohammed VI, le Maroc a acheminé par un pont aérien des médicaments, du matériel "
        "médical et près de 300 tonnes de denrées alimentaires, et un hôpital militaire de campagne est en cours "
        "d'installation à Beyrouth.",
    ),
    _page(
        "le-quotidien",
        "liban-six-jours-apres-l-explosion-hassan-diab-jette-l-eponge",
        "fr",
        "heldout-c",
        "right",
        "2020-08-10T22:15:00+02:00",
        "Thomas Rivière",
        "Liban : six jours après l'explosion, Hassan Diab jette l'éponge",
        "Le Premier ministre libanais, Hassan Diab, a annoncé lundi soir la démission de son gouvernement dans "
        "une allocution télévisée, six jours après l'explosion dévastatrice du port de Beyrouth. Il a imputé la "
        "catastrophe à un système de corruption « plus grand que l'État » et dénoncé une classe politique qui a "
        "barré la route au changement.",
        "Le chef de l'État, Michel Aoun, a accepté la démission et demandé au cabinet d'expédier les affaires "
        "courantes. Plusieurs ministres avaient déjà quitté le navire : la ministre de l'Information, Manal Abdel "
        "Samad, et le ministre de l'Environnement, Damianos Kattar, dimanche, puis la ministre de la Justice, "
        "Marie-Claude Najm, lundi.",
        "Samedi, des milliers de manifestants avaient brièvement investi les ministères des Affaires étrangères, "
        "de l'Économie et de l'Énergie, avant d'en être délogés par l'armée ; un policier avait trouvé la mort au "
        "cours des heurts. La veille de la démission, la conférence internationale organisée par Paris et l'ONU "
        "avait réuni 252,7 millions d'euros de promesses d'aide.",
        "L'explosion de 2 750 tonnes de nitrate d'ammonium, le 4 août, a fait plus de 160 morts, selon les "
        "derniers chiffres officiels.",
    ),
    _page(
        "relief-monitor",
        "liban-explosions-du-port-de-beyrouth-point-de-situation",
        "fr",
        "heldout-c",
        "right",
        "2020-08-07T14:00:00+00:00",
        "Bureau de coordination",
        "Liban : explosions du port de Beyrouth, point de situation humanitaire",
        "Deux explosions successives ont frappé le port de Beyrouth le mardi 4 août 2020, la seconde, de très "
        "forte intensité, à 18 h 08 heure locale (15 h 08 UTC). L'onde de choc a endommagé des bâtiments dans un "
        "rayon de plusieurs kilomètres, en particulier dans les quartiers de la Quarantaine, de Mar Mikhaël, de "
        "Gemmayzé et d'Achrafieh.",
        "Selon le gouverneur de Beyrouth, jusqu'à 300 000 personnes ont été privées de logement. Les pertes "
        "matérielles sont provisoirement estimées entre 3 et 5 milliards de dollars. Plusieurs hôpitaux proches "
        "du port sont hors service ou ne fonctionnent que partiellement.",
        "Les silos à grains du port ont été détruits. D'après le ministre de l'Économie, Raoul Nehmé, les "
        "réserves du pays couvrent un peu moins d'un mois de consommation ; les cargaisons de blé sont déroutées "
        "vers le port de Tripoli, dans le nord.",
        "Parmi les premiers intervenants figurent dix membres du régiment des pompiers de Beyrouth, tués ou "
        "disparus. Les équipes de recherche, renforcées par des secouristes venus de France, de Russie, du Qatar "
        "et d'autres pays, poursuivent les fouilles dans les décombres.",
    ),
    _page(
        "verif-express",
        "explosion-de-beyrouth-missile-bombe-atomique-horaires-ce-qui-est-faux",
        "fr",
        "heldout-c",
        "right",
        "2020-09-02T10:30:00+02:00",
        "Nadia Benkirane",
        "Explosion de Beyrouth : missile, bombe atomique, horaires… ce qui est faux",
        "Une vidéo montrant un missile s'abattre sur le port de Beyrouth a été vue des millions de fois. Elle est "
        "truquée : le projectile a été ajouté au montage sur des images authentiques du 4 août, et rien dans "
        "l'enquête n'accrédite la thèse d'une frappe. Les autorités libanaises attribuent l'explosion à 2 750 "
        "tonnes de nitrate d'ammonium débarquées du Rhosus, un cargo sous pavillon moldave, et entreposées depuis "
        "2014 dans le hangar 12.",
        "Non, il ne s'agissait pas d'une bombe atomique. Le nuage en forme de champignon est un nuage de "
        "condensation, fréquent lors des explosions très puissantes, et sa couleur rougeâtre s'explique par les "
        "oxydes d'azote libérés par le nitrate d'ammonium. L'USGS a mesuré un signal équivalent à un séisme de "
        "magnitude 3,3, et la détonation a été entendue à Chypre, à environ 240 kilomètres.",
        "Les horaires qui circulent sont souvent faux. La déflagration principale a eu lieu à 18 h 08 à Beyrouth, "
        "soit 17 h 08 à Paris et 15 h 08 GMT, et non « en fin de matinée » ni « vers 20 heures ». Elle a creusé "
        "un cratère de 43 mètres de profondeur, selon des experts français cités par une source de sécurité "
        "libanaise.",
        "Enfin, l'aide promise lors de la conférence du 9 août s'élève à 252,7 millions d'euros, et non à « "
        "plusieurs milliards ». Le bilan officiel dépasse désormais 190 morts, et jusqu'à 300 000 personnes ont "
        "perdu leur logement.",
    ),
    _page(
        "vrai-scoop",
        "beyrouth-l-explosion-n-etait-pas-un-accident",
        "fr",
        "heldout-c",
        "right",
        "2020-08-07T20:00:00+02:00",
        "La rédaction",
        "Beyrouth : l'explosion n'était pas un accident, ce qu'on ne vous dit pas",
        "Tout le monde répète la version officielle. Pourtant, des témoins ont vu un missile frapper le port à 17 "
        "h 40 heure locale, bien avant l'heure annoncée par les autorités. Et il n'y avait pas 2 750 tonnes de "
        "nitrate d'ammonium dans ce hangar, mais plus de 4 000 tonnes, selon des documents que personne ne veut "
        "publier.",
        "Le bilan réel dépasserait déjà 1 500 morts, très loin des chiffres du ministère. Le souffle aurait été "
        "mesuré comme un séisme de magnitude 5,8, et plus d'un million d'habitants seraient sans toit.",
        "Demandez-vous pourquoi les grands médias se taisent. Partagez avant que cette page ne disparaisse.",
    ),
    _page(
        "global-wire",
        "massive-explosion-rocks-beirut-port",
        "en",
        "heldout-c",
        "right",
        "2020-08-04T17:20:00+00:00",
        "Daniel Hart",
        "Massive explosion rocks Beirut port, wounding thousands",
        "A massive explosion tore through the port of Beirut on Tuesday, flattening warehouses, shattering "
        "windows across the Lebanese capital and wounding thousands of people. The main blast came at 6:08 p.m. "
        "local time (1508 GMT), after a fire at a warehouse on the waterfront, witnesses and officials said.",
        "A smaller explosion was followed seconds later by a far bigger one that sent a red-orange cloud into the "
        "sky and a shockwave across the city. The U.S. Geological Survey registered it as the equivalent of a "
        "magnitude 3.3 earthquake, and it was heard in Cyprus, some 240 km (150 miles) across the sea.",
        "Health Minister Hamad Hassan said dozens of people had been killed. Hospitals, already stretched by the "
        "coronavirus, quickly filled with the injured and appealed for blood donors.",
        "The disaster struck a country in the grip of its worst economic crisis in decades, with the Lebanese "
        "pound having lost most of its value since last autumn.",
    ),
    _page(
        "world-broadcast",
        "beirut-blast-ammonium-nitrate-stored-for-six-years",
        "en",
        "heldout-c",
        "right",
        "2020-08-05T08:30:00+01:00",
        "Priya Raman",
        "Beirut blast: 2,750 tonnes of ammonium nitrate 'stored for six years'",
        "The explosion that devastated Beirut was caused by 2,750 tonnes of ammonium nitrate that had been kept "
        "in a port warehouse for six years without safety measures, Lebanon's Prime Minister Hassan Diab has "
        "said. President Michel Aoun called it unacceptable.",
        "The chemical, used in fertiliser and also to make explosives, reached Beirut in 2013 aboard the Rhosus, "
        "a cargo ship flying the Moldovan flag that was sailing from Batumi in Georgia to Beira in Mozambique. It "
        "put into port after running into technical problems, was impounded, and its cargo was moved into the "
        "port's Hangar 12 the following year.",
        "The Lebanese Red Cross said on Wednesday morning that more than 100 people had been killed and about "
        "4,000 injured. Many were cut by flying glass in Gemmayzeh and Mar Mikhael, a few hundred metres from the "
        "docks.",
        "US President Donald Trump described the explosion as what 'looks like a terrible attack', although "
        "Lebanese officials have not suggested it was deliberate.",
    ),
    _page(
        "daily-chronicle",
        "lebanon-declares-two-week-emergency-in-beirut",
        "en",
        "heldout-c",
        "right",
        "2020-08-05T21:30:00+01:00",
        "Helen Drummond",
        "Lebanon declares two-week emergency in Beirut as up to 300,000 left homeless",
        "Lebanon's cabinet on Wednesday declared a two-week state of emergency in Beirut, handing the army "
        "control of security in the capital, and ordered port officials who had overseen the storage of the "
        "explosive cargo since 2014 to be placed under house arrest.",
        "Beirut's governor, Marwan Abboud, said as many as 300,000 people had lost their homes and put the damage "
        "at between $3 billion and $5 billion. Whole streets near the port were left without doors or windows.",
        "Among the missing are ten members of the Beirut fire brigade who had been sent to the port to fight the "
        "blaze that preceded the explosion. The health minister said 135 people had been killed and some 5,000 "
        "wounded.",
        "Britain, France and several Gulf states offered search-and-rescue teams and medical supplies.",
    ),
    _page(
        "atlantic-herald",
        "macron-in-beirut-aid-will-not-go-into-corrupt-hands",
        "en",
        "heldout-c",
        "right",
        "2020-08-06T14:45:00-04:00",
        "Michael Grant",
        "Macron, in Beirut, promises aid 'will not go into corrupt hands'",
        "President Emmanuel Macron of France toured the blast-ravaged Gemmayzeh neighborhood of Beirut on "
        "Thursday, the first foreign leader to visit since the explosion, and was met by crowds chanting against "
        "Lebanon's political class. 'I guarantee you, this aid will not go into corrupt hands,' he told "
        "residents.",
        "Mr. Macron said France would hold an international aid conference in the coming days and called for an "
        "international investigation into the blast, which went off at 6:08 p.m. on Tuesday in Beirut, 11:08 a.m. "
        "in New York.",
        "Lebanon's health ministry said on Thursday that at least 137 people had been killed and about 5,000 "
        "wounded. Prime Minister Hassan Diab has blamed 2,750 tons of ammonium nitrate that sat in a port "
        "warehouse for years.",
        "A military prosecutor, Judge Fadi Akiki, said 16 people had been taken into custody, among them port and "
        "customs officials.",
    ),
    _page(
        "relief-monitor",
        "lebanon-beirut-port-explosions-situation-report",
        "en",
        "heldout-c",
        "right",
        "2020-08-07T15:00:00+00:00",
        "Coordination office",
        "Lebanon: Beirut port explosions, situation report",
        "Two explosions struck the Port of Beirut on Tuesday 4 August 2020; the second and far larger one "
        "occurred at about 18:08 local time (15:08 UTC). Damage extends for kilometres, with the heaviest "
        "destruction in Karantina, Mar Mikhael, Gemmayzeh and Ashrafieh.",
        "Up to 300,000 people have been displaced from damaged or destroyed homes, according to the governor of "
        "Beirut. Several hospitals close to the port are out of service or working at reduced capacity.",
        "Ten firefighters who responded to the initial fire are among the dead and missing. Search teams from "
        "France, Russia, Qatar and other countries are working alongside Lebanese civil defence.",
        "The port's grain silos were destroyed. The economy minister has said remaining wheat stocks will last a "
        "little less than a month, and shipments are being redirected to the northern port of Tripoli.",
    ),
    _page(
        "atlantic-herald",
        "beirut-protesters-storm-ministries-as-anger-boils-over",
        "en",
        "heldout-c",
        "right",
        "2020-08-08T20:30:00-04:00",
        "Jennifer Walsh",
        "Protesters storm ministries in Beirut as anger over blast boils over",
        "Thousands of protesters furious over the explosion that wrecked Beirut stormed several government "
        "ministries on Saturday, including the Foreign Ministry, before soldiers drove them out. Security forces "
        "fired tear gas at crowds around Martyrs' Square, and a police officer died during the clashes.",
        "Prime Minister Hassan Diab said in a televised address that he would propose early parliamentary "
        "elections, arguing that only a vote could lead the country out of its structural crisis.",
        "The health ministry said the death toll had risen to 158, with more than 6,000 people injured. Dozens "
        "remain missing.",
        "In the square, demonstrators set up mock gallows with nooses and hung cardboard cutouts of political "
        "leaders from them.",
    ),
    _page(
        "global-wire",
        "donors-pledge-nearly-253-million-euros-for-lebanon",
        "en",
        "heldout-c",
        "right",
        "2020-08-09T19:10:00+00:00",
        "Mark Ellison",
        "Donors pledge nearly €253 million in emergency aid for Lebanon",
        "International donors pledged €252.7 million (about $298 million) in emergency aid for Lebanon on Sunday "
        "at a video conference co-hosted by France and the United Nations, the French presidency said, five days "
        "after the explosion that devastated Beirut.",
        "French President Emmanuel Macron, who visited Beirut on Thursday, chaired the meeting from his summer "
        "residence at Fort de Brégançon and said the aid must go directly to the Lebanese people. U.S. President "
        "Donald Trump was among some 15 leaders who took part; France's own contribution is €30 million.",
        "The blast killed at least 158 people, injured more than 6,000 and left some 300,000 homeless. Earlier on "
        "Sunday, Information Minister Manal Abdel-Samad became the first member of the cabinet to resign over the "
        "disaster.",
    ),
    _page(
        "baku-observer",
        "beirut-blast-left-43-metre-crater",
        "en",
        "heldout-c",
        "right",
        "2020-08-09T20:00:00+04:00",
        "Farid Huseynov",
        "Beirut blast left 43-metre crater, security source says",
        "The explosion at Beirut's port on Tuesday left a crater 43 metres (141 feet) deep, a Lebanese security "
        "source said on Sunday, citing French pyrotechnics experts working at the site.",
        "The blast, at 6:08 p.m. Beirut time (7:08 p.m. in Baku), was recorded by the U.S. Geological Survey as "
        "the equivalent of a magnitude 3.3 earthquake.",
        "Lebanon's health ministry puts the toll at 158 dead and more than 6,000 injured. On Saturday night, "
        "protesters briefly stormed several ministries in central Beirut.",
    ),
    _page(
        "world-broadcast",
        "lebanon-government-resigns-after-beirut-explosion",
        "en",
        "heldout-c",
        "right",
        "2020-08-10T20:45:00+01:00",
        "Tom Haskins",
        "Lebanon's government resigns after Beirut explosion",
        "Lebanon's Prime Minister Hassan Diab announced the resignation of his government on Monday evening, six "
        "days after the explosion at Beirut's port, saying in a televised speech that the disaster was the result "
        "of endemic corruption.",
        "Information Minister Manal Abdel-Samad and Environment Minister Damianos Kattar had quit on Sunday, and "
        "Justice Minister Marie-Claude Najm followed on Monday. President Michel Aoun accepted the resignation "
        "and asked the cabinet to stay on in a caretaker role.",
        "The resignations came after a weekend of angry protests, in which demonstrators stormed the foreign "
        "ministry and other government buildings, and a donor conference on Sunday that raised pledges of €252.7 "
        "million.",
        "The explosion, blamed on 2,750 tonnes of ammonium nitrate, has killed more than 160 people.",
    ),
    _page(
        "checkpoint-facts",
        "beirut-explosion-fact-check",
        "en",
        "heldout-c",
        "right",
        "2020-08-27T13:00:00-04:00",
        "Dana Whitfield",
        "Fact check: what we know, and what's false, about the Beirut explosion",
        "Claim: a video shows a missile hitting Beirut's port. False. The clip was doctored, with a missile added "
        "to genuine footage of the blast. Lebanese authorities blame 2,750 tons of ammonium nitrate unloaded from "
        "the Rhosus, a Moldovan-flagged ship, and stored in a port warehouse.",
        "Claim: it was a nuclear explosion. False. The mushroom-shaped cloud was a condensation cloud, and the "
        "reddish plume came from nitrogen oxides. The U.S. Geological Survey recorded a signal equivalent to a "
        "magnitude 3.3 quake.",
        "Claim: the blast happened around noon. Misleading. It went off at 6:08 p.m. in Beirut on Aug. 4, which "
        "was 11:08 a.m. in New York. It left a crater about 43 meters (141 feet) deep.",
        "Claim: donors pledged billions. False. The Aug. 9 conference raised €252.7 million, about $298 million, "
        "in emergency aid. Up to 300,000 people lost their homes, according to Beirut's governor.",
    ),
    _page(
        "truth-unfiltered",
        "beirut-blast-what-they-wont-tell-you",
        "en",
        "heldout-c",
        "right",
        "2020-08-11T09:00:00-04:00",
        "Staff",
        "Beirut blast: what they won't tell you",
        "The official story keeps changing. Eyewitnesses we spoke to say the big blast came at 5:15 p.m., long "
        "before the time on the news, and that the 'fire' had been burning since the morning.",
        "The crater? Barely 10 feet deep, according to a source on the ground, which is not what you'd expect "
        "from thousands of tons of fertilizer. And only four firefighters were ever sent to the port.",
        "Nobody has been arrested, whatever the government claims. The so-called state of emergency lasted 48 "
        "hours. And the donors' generosity amounted to barely $30 million. Share this before it disappears.",
    ),
    _page(
        "le-quotidien",
        "beyrouth-il-y-a-quarante-ans-l-attentat-du-drakkar",
        "fr",
        "heldout-c",
        "distractor",
        "2023-10-23T08:00:00+02:00",
        "Thomas Rivière",
        "Beyrouth, 23 octobre 1983 : il y a quarante ans, l'attentat du Drakkar",
        "Le 23 octobre 1983, peu après 6 heures du matin, un camion piégé explosait devant le quartier général "
        "des Marines américains, près de l'aéroport de Beyrouth, tuant 241 militaires américains. Quelques "
        "minutes plus tard, un second attentat pulvérisait l'immeuble Drakkar, où logeaient des parachutistes "
        "français de la Force multinationale.",
        "Cinquante-huit soldats français ont péri sous les décombres, la plus lourde perte subie en une seule "
        "fois par l'armée française depuis la guerre d'Algérie. Les attentats ont été revendiqués par une "
        "organisation se présentant comme le Jihad islamique.",
        "Dès le lendemain, le président François Mitterrand s'était rendu à Beyrouth pour s'incliner devant les "
        "victimes. Chaque année, familles et anciens parachutistes se réunissent pour honorer leur mémoire.",
    ),
    _page(
        "global-wire",
        "tribunal-convicts-hezbollah-member-over-hariri-assassination",
        "en",
        "heldout-c",
        "distractor",
        "2020-08-18T17:00:00+00:00",
        "Daniel Hart",
        "UN-backed tribunal convicts Hezbollah member over Hariri assassination",
        "A U.N.-backed tribunal in the Netherlands on Tuesday convicted Salim Ayyash, a member of Hezbollah, over "
        "the 2005 bombing in Beirut that killed former Lebanese Prime Minister Rafik Hariri, and acquitted three "
        "other defendants tried in absentia.",
        "Hariri and 21 other people were killed on Feb. 14, 2005, when a van packed with more than 2.5 tonnes of "
        "explosives blew up as his motorcade drove along the Beirut seafront; 226 were wounded. The blast left a "
        "crater about 10 metres wide and 2 metres deep.",
        "The judges said there was no evidence that Hezbollah's leadership or the Syrian government had been "
        "involved. Hezbollah has denied any role and refused to hand over the accused.",
    ),
    _page(
        "agence-hexa",
        "beyrouth-un-an-apres-l-explosion-colere-et-nouvelle-conference",
        "fr",
        "heldout-c",
        "distractor",
        "2021-08-04T20:00:00+02:00",
        "Hélène Garnier",
        "Beyrouth, un an après l'explosion : colère des familles et nouvelle conférence d'aide",
        "Des milliers de Libanais ont marché mercredi vers le port de Beyrouth pour le premier anniversaire de "
        "l'explosion du 4 août 2020, qui a fait plus de 200 morts. Des heurts ont éclaté en soirée près du "
        "Parlement, où les forces de sécurité ont fait usage de gaz lacrymogène contre des manifestants.",
        "Au même moment, Emmanuel Macron coprésidait avec l'ONU, depuis le fort de Brégançon, une nouvelle "
        "conférence internationale qui a permis de réunir quelque 370 millions de dollars de promesses d'aide. La "
        "France s'est engagée à verser 100 millions d'euros dans les prochains mois et à livrer 500 000 doses de "
        "vaccin contre le Covid-19.",
        "L'enquête, confiée au juge Tarek Bitar, piétine : ses demandes de levée d'immunité visant d'anciens "
        "ministres et des députés sont restées lettre morte, et aucun responsable n'a été jugé.",
    ),
    _page(
        "world-broadcast",
        "beirut-grain-silos-collapse-on-blast-anniversary",
        "en",
        "heldout-c",
        "distractor",
        "2022-08-04T16:00:00+01:00",
        "Priya Raman",
        "Part of Beirut's grain silos collapses on second anniversary of port blast",
        "Another section of the grain silos at Beirut's port collapsed on Thursday, the second anniversary of the "
        "explosion, sending a cloud of dust over the waterfront as relatives of the victims gathered nearby to "
        "demand justice.",
        "The 48-metre-high silos, about 50 years old, shielded much of western Beirut from the 2020 blast but "
        "were badly damaged. A fire caused by fermenting grain had been smouldering inside the northern block "
        "since July, and firefighters and soldiers were unable to put it out. A first part of the block fell on "
        "July 31.",
        "The investigation into the explosion has been stalled for months by legal challenges from politicians, "
        "and no official has been held to account.",
    ),
    _page(
        "radio-horizon",
        "ile-maurice-etat-d-urgence-environnementale-face-a-une-maree-noire",
        "fr",
        "heldout-c",
        "distractor",
        "2020-08-08T12:30:00+02:00",
        "Karim Benali",
        "Île Maurice : l'état d'urgence environnementale décrété face à une marée noire",
        "Le Premier ministre mauricien, Pravind Jugnauth, a décrété vendredi soir l'« état d'urgence "
        "environnementale » après le début d'une fuite de carburant du Wakashio, un vraquier échoué depuis le 25 "
        "juillet sur un récif au large de Pointe d'Esny, dans le sud-est de l'île.",
        "Le navire, propriété d'un armateur japonais et battant pavillon panaméen, transportait près de 4 000 "
        "tonnes de carburant, dont 3 800 tonnes de fioul lourd et 200 tonnes de diesel. Les nappes menacent les "
        "lagons et le parc marin de Blue Bay.",
        "À la demande de Port-Louis, Emmanuel Macron a annoncé l'envoi d'équipes et de matériel depuis La "
        "Réunion. Un bâtiment de la Marine nationale et un avion militaire ont été mobilisés.",
    ),
    _page(
        "daily-chronicle",
        "india-moves-ammonium-nitrate-stockpile-near-chennai",
        "en",
        "heldout-c",
        "distractor",
        "2020-08-09T12:00:00+01:00",
        "Oliver Pike",
        "India moves ammonium nitrate stockpile near Chennai after Beirut disaster",
        "Indian authorities have begun moving some 740 tonnes of ammonium nitrate that had been stored near "
        "Chennai since 2015, after the Beirut explosion raised fears of a similar disaster.",
        "The chemical, seized by customs from an importer who lacked the required licence, has been kept in 37 "
        "containers at a freight station in Manali, on the northern outskirts of the city. Officials insist it "
        "was stored safely and say it has been sold at an online auction.",
        "A first consignment left by road for Hyderabad under police escort, officials said.",
    ),
    _page(
        "le-quotidien",
        "toulouse-vingt-ans-apres-l-explosion-d-azf",
        "fr",
        "heldout-c",
        "distractor",
        "2021-09-21T08:00:00+02:00",
        "Mathilde Roche",
        "Toulouse : vingt ans après, l'explosion d'AZF reste dans toutes les mémoires",
        "Il était 10 h 17, le vendredi 21 septembre 2001, quand un stock d'environ 300 tonnes de nitrate "
        "d'ammonium a explosé dans un hangar de l'usine AZF, au sud de Toulouse. La déflagration, équivalente à "
        "un séisme de magnitude 3,4, a été entendue à plus de 80 kilomètres.",
        "La catastrophe a fait 31 morts et quelque 2 500 blessés, et endommagé des dizaines de milliers de "
        "logements. Elle reste le pire accident industriel survenu en France depuis la Seconde Guerre mondiale.",
        "Des cérémonies sont organisées ce mardi sur le site de l'ancienne usine, où s'élève désormais un pôle de "
        "recherche contre le cancer.",
    ),
    _page(
        "global-wire",
        "hiroshima-marks-75-years-since-atomic-bombing",
        "en",
        "heldout-c",
        "distractor",
        "2020-08-06T03:00:00+00:00",
        "Sarah Collins",
        "Hiroshima marks 75 years since atomic bombing in scaled-back ceremony",
        "Hiroshima fell silent at 8:15 a.m. on Thursday, the moment an American B-29 dropped an atomic bomb on "
        "the city 75 years ago, as survivors and officials gathered for a ceremony scaled back because of the "
        "coronavirus pandemic.",
        "The bomb killed an estimated 140,000 people by the end of 1945. Mayor Kazumi Matsui urged world leaders "
        "to heed the survivors' call to abolish nuclear weapons.",
        "Prime Minister Shinzo Abe attended the ceremony in the city's Peace Memorial Park.",
    ),
    _page(
        "agence-hexa",
        "liban-hassan-diab-annonce-un-defaut-de-paiement",
        "fr",
        "heldout-c",
        "distractor",
        "2020-03-07T21:30:00+01:00",
        "Antoine Ferrand",
        "Liban : Hassan Diab annonce que le pays ne remboursera pas sa dette",
        "Le Liban ne remboursera pas l'échéance de 1,2 milliard de dollars d'euro-obligations qui arrive à "
        "maturité lundi, a annoncé samedi soir le Premier ministre, Hassan Diab, dans une allocution télévisée. "
        "C'est le premier défaut de paiement de l'histoire du pays.",
        "La dette publique libanaise atteint quelque 90 milliards de dollars, soit environ 170 % du produit "
        "intérieur brut, l'un des taux les plus élevés au monde. Le chef du gouvernement a annoncé l'ouverture de "
        "négociations avec les créanciers.",
        "Le pays traverse sa pire crise économique depuis la fin de la guerre civile (1975-1990) : la livre "
        "libanaise a perdu une grande partie de sa valeur sur le marché parallèle, et les banques limitent "
        "drastiquement les retraits.",
    ),
]
