"""Page content of the demo web, one dict per page.

Keys: site, slug, lang, title, author, published (ISO 8601 with the site's UTC offset), paragraphs,
event ("karabakh", "morocco", "derna", "hualien", "maui" for the Maui wildfires of August 2023, "notredame" for
the Notre-Dame de Paris fire of April 2019, "heldout-b", "heldout-c" or "other") and role ("right", "distractor"
or "unrelated"). Pages of the low-reliability sites are about the right event but carry wrong figures; truth.py
lists them under "contradicting". The held-out events' pages are in pages_heldout.py ("heldout-b") and
pages_heldout_c.py ("heldout-c"), so that whoever tunes the ranking can leave them unread.
"""


def _page(site, slug, lang, event, role, published, author, title, *paragraphs):
    return {
        "site": site,
        "slug": slug,
        "lang": lang,
        "title": title,
        "author": author,
        "published": published,
        "paragraphs": list(paragraphs),
        "event": event,
        "role": role,
    }


KARABAKH = [
    _page(
        "agence-hexa",
        "haut-karabakh-cessez-le-feu-conclu",
        "fr",
        "karabakh",
        "right",
        "2023-09-20T12:40:00+02:00",
        "Claire Vasseur",
        "Haut-Karabakh : un cessez-le-feu conclu par l'entremise des soldats russes",
        "Les autorités séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu proposé par le "
        "commandement du contingent russe de maintien de la paix, au lendemain du déclenchement d'une "
        "offensive éclair de l'armée azerbaïdjanaise. La trêve est effective depuis 11 heures, heure de "
        "Paris, soit 13 heures à Bakou, ont indiqué les deux camps dans des communiqués séparés.",
        "Selon le ministère azerbaïdjanais de la Défense, les formations armées séparatistes doivent rendre "
        "leurs armes lourdes et leurs munitions, puis être entièrement dissoutes. Le contingent russe, fort "
        "d'environ 2 000 militaires déployés depuis la fin de la guerre de 2020, est chargé de superviser ce "
        "désarmement sur le terrain, a précisé Bakou.",
        "Des représentants de la population arménienne de l'enclave sont attendus jeudi à Yevlakh, une ville "
        "du centre de l'Azerbaïdjan, pour une première réunion avec les autorités azerbaïdjanaises consacrée "
        "à leur « réintégration ». Erevan a fait savoir qu'il n'avait pas participé à la rédaction de "
        "l'accord.",
        "L'issue de ces discussions concerne directement quelque 120 000 Arméniens qui vivent encore dans la "
        "région montagneuse, dont beaucoup redoutent de devoir partir. Plusieurs chancelleries européennes "
        "ont appelé Bakou à garantir leurs droits et leur sécurité. Le Conseil de sécurité de l'ONU devait se"
        " réunir jeudi pour examiner la situation.",
    ),
    _page(
        "le-quotidien",
        "karabakh-les-separatistes-capitulent",
        "fr",
        "karabakh",
        "right",
        "2023-09-20T18:15:00+02:00",
        "Julien Marchal",
        "Karabakh : en vingt-quatre heures, les séparatistes arméniens capitulent",
        "Il aura suffi d'une journée. Mercredi, les dirigeants de la république autoproclamée d'Artsakh ont "
        "renoncé au combat et accepté les conditions fixées par l'Azerbaïdjan, qui avait lancé la veille une "
        "offensive d'envergure. Leurs unités armées seront démantelées et leurs armes remises, selon les "
        "termes transmis par les casques bleus russes présents dans l'enclave.",
        "Pour la population, environ 120 000 personnes selon les chiffres généralement admis, l'inquiétude "
        "domine. La région est coupée de l'Arménie depuis le 12 décembre 2022 : le corridor de Latchine, "
        "unique route vers Erevan, est bloqué depuis près de neuf mois, et les pénuries de farine, de "
        "carburant et de médicaments se sont aggravées tout l'été.",
        "Ce territoire a déjà été le théâtre de deux guerres depuis la dislocation de l'URSS : la première, "
        "de 1988 à 1994, s'était conclue par la victoire des forces arméniennes ; la seconde, à l'automne "
        "2020, avait permis à l'Azerbaïdjan de reprendre une grande partie des districts perdus.",
        "À Erevan, des milliers de manifestants se sont rassemblés devant le siège du gouvernement pour "
        "dénoncer l'inaction du Premier ministre Nikol Pachinian, accusé d'avoir abandonné les Arméniens du "
        "Karabakh. Celui-ci répète que l'Arménie n'a aucune troupe dans l'enclave. Des heurts ont opposé des "
        "manifestants aux forces de l'ordre dans la soirée.",
    ),
    _page(
        "radio-horizon",
        "bakou-lance-une-offensive-au-karabakh",
        "fr",
        "karabakh",
        "right",
        "2023-09-19T19:30:00+02:00",
        "Sophie Lemaire",
        "L'Azerbaïdjan lance une offensive militaire au Haut-Karabakh",
        "L'armée azerbaïdjanaise a lancé mardi 19 septembre des « mesures antiterroristes » contre les "
        "positions séparatistes arméniennes au Haut-Karabakh, avec des tirs d'artillerie et des frappes de "
        "drones sur plusieurs localités, dont Stepanakert. Bakou affirme viser uniquement des cibles "
        "militaires et a ouvert des « couloirs humanitaires » pour les civils.",
        "Le ministère azerbaïdjanais de la Défense justifie l'opération par la mort, le matin même, de quatre"
        " policiers et de deux civils dans l'explosion de mines, attribuée à des saboteurs séparatistes. Les "
        "autorités séparatistes font déjà état de dizaines de morts, dont des civils, et de nombreux blessés "
        "au soir de la première journée.",
        "L'enclave, peuplée d'environ 120 000 Arméniens, vit depuis neuf mois sous un blocus quasi total : la"
        " route de Latchine, qui la relie à l'Arménie, n'est plus ouverte qu'au compte-gouttes, et le Comité "
        "international de la Croix-Rouge peine à y acheminer nourriture et médicaments.",
        "Erevan a dénoncé une « agression à grande échelle » et demandé au Conseil de sécurité de l'ONU de se"
        " réunir en urgence. Moscou, dont les soldats de la paix sont déployés dans la région, a appelé les "
        "deux parties à cesser immédiatement les hostilités.",
    ),
    _page(
        "caspienne-info",
        "treve-au-karabakh-a-13-heures",
        "fr",
        "karabakh",
        "right",
        "2023-09-20T16:05:00+04:00",
        "Elnur Gassanov",
        "Karabakh : les armes se taisent à 13 heures, heure de Bakou",
        "Les hostilités ont cessé au Karabakh mercredi à 13 heures, heure de Bakou, après que les formations "
        "armées arméniennes ont accepté la proposition transmise par le commandement des forces russes de "
        "maintien de la paix, a annoncé l'administration présidentielle azerbaïdjanaise.",
        "Aux termes de l'accord, les groupes armés illégaux doivent déposer les armes, quitter leurs "
        "positions et être intégralement dissous, tandis que leurs équipements lourds seront remis à l'armée "
        "azerbaïdjanaise. Le contingent russe, qui compte près de 2 000 hommes, servira d'intermédiaire pour "
        "la remise des armes.",
        "Une rencontre entre des représentants des résidents arméniens et les autorités centrales est prévue "
        "jeudi à Yevlakh, à environ 300 kilomètres à l'ouest de Bakou. Elle doit porter sur les questions de "
        "réintégration, les droits et la sécurité des habitants, ainsi que le rétablissement des services "
        "publics.",
        "La présidence azerbaïdjanaise a assuré que les civils ne seraient pas visés et que les combattants "
        "qui rendraient les armes pourraient bénéficier de garanties, un engagement accueilli avec "
        "scepticisme à Erevan. Les autorités arméniennes ont répété qu'elles n'étaient pas parties à l'accord"
        " et qu'aucun soldat arménien n'était présent au Karabakh.",
    ),
    _page(
        "relief-monitor",
        "haut-karabakh-point-humanitaire-septembre-2023",
        "fr",
        "karabakh",
        "right",
        "2023-09-21T10:00:00+00:00",
        "Bureau de coordination",
        "Haut-Karabakh : point de situation humanitaire après l'opération militaire",
        "L'opération militaire lancée le mardi 19 septembre par l'Azerbaïdjan a aggravé une situation "
        "humanitaire déjà critique dans le Haut-Karabakh, où vivent environ 120 000 personnes. Les équipes "
        "présentes sur place signalent des coupures d'électricité, de gaz et de communications dans plusieurs"
        " quartiers de Stepanakert.",
        "Le médiateur des droits de l'homme des autorités de facto a fait état d'au moins 200 morts et de "
        "plus de 400 blessés, civils et militaires confondus. Ces chiffres n'ont pas pu être vérifiés de "
        "manière indépendante. Les hôpitaux de la région manquent de sang, de matériel chirurgical et de "
        "carburant pour leurs générateurs.",
        "Depuis le 12 décembre 2022, la circulation sur le corridor de Latchine est entravée, ce qui a "
        "provoqué des pénuries durables de denrées alimentaires, de médicaments et de produits d'hygiène. Les"
        " livraisons d'aide ont été suspendues pendant de longues périodes au cours de l'été.",
        "Les organisations humanitaires demandent un accès sans entrave et sûr à l'ensemble des populations "
        "touchées, ainsi que la protection des civils qui souhaiteraient quitter la région. Elles rappellent "
        "que le droit international humanitaire s'applique à toutes les parties et que les blessés doivent "
        "pouvoir être évacués et soignés sans délai.",
    ),
    _page(
        "verif-express",
        "haut-karabakh-ce-que-l-on-sait",
        "fr",
        "karabakh",
        "right",
        "2023-09-22T09:30:00+02:00",
        "Nadia Benkirane",
        "Haut-Karabakh : ce que l'on sait, et ce qui est faux, sur le cessez-le-feu",
        "Des publications virales affirment que l'enclave ne compterait plus que 80 000 Arméniens. C'est "
        "inexact : les estimations retenues par les organisations internationales et par les autorités "
        "locales tournent autour de 120 000 habitants arméniens au moment de l'offensive azerbaïdjanaise de "
        "septembre 2023.",
        "L'heure du cessez-le-feu a également donné lieu à des confusions. Les combats ont cessé mercredi 20 "
        "septembre à 13 heures à Bakou, soit 9 heures GMT et 11 heures à Paris. Certains sites évoquent 15 "
        "heures, ce qui ne correspond à aucune source officielle. La reddition est intervenue environ 24 "
        "heures après le début de l'opération.",
        "Autre affirmation trompeuse : la région aurait connu trois guerres depuis la fin de l'URSS. On en "
        "compte deux, celle de 1988-1994 et celle de 2020, auxquelles s'ajoutent des affrontements meurtriers"
        " comme ceux d'avril 2016, qui n'ont duré que quatre jours.",
        "Quant au bilan, le seul chiffre disponible provient du médiateur séparatiste, qui fait état d'au "
        "moins 200 morts et de plus de 400 blessés. Il n'a pas été confirmé de source indépendante. Les "
        "autorités azerbaïdjanaises n'ont pas communiqué de bilan de leurs propres pertes militaires, et "
        "aucune enquête internationale n'a pu être menée sur place.",
    ),
    _page(
        "le-quotidien",
        "yevlakh-premiers-pourparlers-karabakh",
        "fr",
        "karabakh",
        "right",
        "2023-09-21T19:45:00+02:00",
        "Julien Marchal",
        "À Yevlakh, premiers pourparlers entre Bakou et les Arméniens du Karabakh",
        "Deux jours après l'offensive azerbaïdjanaise de mardi, des représentants des Arméniens du Karabakh "
        "ont rencontré jeudi des responsables azerbaïdjanais à Yevlakh. La réunion, d'environ deux heures, "
        "s'est tenue en présence d'officiers du contingent russe de maintien de la paix, qui avait servi "
        "d'intermédiaire pour obtenir la trêve de mercredi.",
        "Bakou a présenté un plan de « réintégration » des habitants, promettant le respect de leurs droits, "
        "tandis que la délégation arménienne a surtout évoqué l'urgence humanitaire et les garanties de "
        "sécurité. Aucun accord détaillé n'a été annoncé à l'issue de la rencontre, et une nouvelle session "
        "est envisagée.",
        "Le désarmement des unités séparatistes, prévu par l'accord de cessez-le-feu, a commencé, selon le "
        "ministère azerbaïdjanais de la Défense, qui affirme avoir déjà récupéré des blindés et des pièces "
        "d'artillerie. Les autorités séparatistes ont confirmé que leurs forces seraient dissoutes.",
    ),
    _page(
        "global-wire",
        "karabakh-separatists-accept-ceasefire",
        "en",
        "karabakh",
        "right",
        "2023-09-20T10:25:00+00:00",
        "Mark Ellison",
        "Karabakh separatists accept Russian-brokered ceasefire, agree to disarm",
        "Armenian separatist forces in Nagorno-Karabakh accepted a ceasefire on Wednesday that requires them "
        "to disband and give up their weapons, ending a day of heavy fighting after Azerbaijan launched a "
        "military operation to take control of the region. The truce came into force at 0900 GMT, the "
        "separatists said.",
        "The proposal was conveyed by the command of the Russian peacekeeping mission, which has about 2,000 "
        "troops in the area under the 2020 armistice. Azerbaijan's defence ministry said separatist units "
        "would withdraw from their positions and be fully disarmed, with their heavy weaponry handed over.",
        "Talks on the future of the region's ethnic Armenians and their integration into Azerbaijan are "
        "scheduled for Thursday in Yevlakh, the separatists said. Azerbaijan's presidency said it was ready "
        "to meet representatives of the Armenian community there. It would be the first direct meeting of its"
        " kind in years.",
        "Armenia said it had not been consulted on the text. Russia's foreign ministry urged both sides to "
        "abide strictly by the agreement and to settle remaining questions through dialogue. Prime Minister "
        "Nikol Pashinyan said Armenia had no troops in Karabakh and was not a party to the arrangement, while"
        " protesters gathered in Yerevan.",
    ),
    _page(
        "daily-chronicle",
        "karabakh-separatists-surrender-within-a-day",
        "en",
        "karabakh",
        "right",
        "2023-09-20T19:10:00+01:00",
        "Helen Drummond",
        "Karabakh separatists surrender within a day of Azerbaijani assault",
        "The ethnic Armenian authorities of Nagorno-Karabakh capitulated on Wednesday, less than 24 hours "
        "after Azerbaijan unleashed artillery and drones on the enclave. Under the terms they accepted, their"
        " armed forces will be disbanded and disarmed, and the region's future will be negotiated with Baku.",
        "The outcome leaves roughly 120,000 Armenians facing an uncertain future in a territory they have "
        "controlled since the early 1990s. Many fear reprisals or a forced exodus, though Azerbaijan insists "
        "their rights will be guaranteed. Their only road to Armenia has been closed for months.",
        "The mountainous region has been fought over in two wars since the Soviet Union fell apart: a "
        "conflict from 1988 to 1994 that killed some 30,000 people, and a six-week war in 2020 in which "
        "Azerbaijan regained much of the surrounding territory.",
        "Dozens of people, including civilians, were killed in Tuesday's and Wednesday's fighting, according "
        "to the separatists, and hundreds more were injured. Washington and several European capitals "
        "criticised the offensive, saying the dispute should have been resolved at the negotiating table.",
    ),
    _page(
        "world-broadcast",
        "azerbaijan-launches-karabakh-offensive",
        "en",
        "karabakh",
        "right",
        "2023-09-19T17:50:00+01:00",
        "Tom Haskins",
        "Azerbaijan launches military offensive in Nagorno-Karabakh",
        "Azerbaijan began a military operation in Nagorno-Karabakh on Tuesday, 19 September, shelling "
        "positions held by Armenian separatists and calling on them to surrender. Explosions were reported in"
        " and around Stepanakert, the region's main town, throughout the afternoon. Air-raid sirens sounded "
        "across the town.",
        "Baku described the campaign as an anti-terrorist operation and said it came after six Azerbaijanis, "
        "four of them police officers, were killed by landmines on Tuesday morning. Separatist officials said"
        " dozens of people had been killed, including civilians, and that hundreds had been wounded.",
        "The enclave's roughly 120,000 Armenian residents have been living under a blockade since December, "
        "when Azerbaijani activists and later a checkpoint cut traffic on the Lachin corridor, its only road "
        "to Armenia. For nine months, food, fuel and medicine have been in short supply.",
        "Armenia's government called the operation an act of aggression and appealed to the UN Security "
        "Council. Moscow urged restraint, saying its peacekeepers were helping civilians reach safety. Baku "
        "said it had informed the Russian command and Turkey before the operation began, and offered to talk "
        "to representatives of the local population.",
    ),
    _page(
        "baku-observer",
        "karabakh-ceasefire-takes-hold-13-00",
        "en",
        "karabakh",
        "right",
        "2023-09-20T17:30:00+04:00",
        "Leyla Aliyeva",
        "Ceasefire takes hold in Karabakh at 13:00 Baku time",
        "Fighting in the Karabakh region stopped at 13:00 Baku time on Wednesday after Armenian armed "
        "formations agreed to lay down their weapons, the Azerbaijani presidential administration said. The "
        "proposal was transmitted through the command of the Russian peacekeeping contingent of about 2,000 "
        "servicemen.",
        "Under the agreement, the armed units will leave their combat positions, give up their arms and heavy"
        " equipment and be dissolved. The Azerbaijani defence ministry said the process would be carried out "
        "in coordination with the Russian peacekeepers. Officials said the first weapons would be collected "
        "within days.",
        "Representatives of the Armenian residents of Karabakh are invited to a meeting in Yevlakh on "
        "Thursday to discuss reintegration, the presidential administration said. Officials in Baku said the "
        "meeting would cover humanitarian needs, education, energy and the restoration of public services.",
    ),
    _page(
        "atlantic-herald",
        "karabakh-death-toll-rises",
        "en",
        "karabakh",
        "right",
        "2023-09-21T08:20:00-04:00",
        "Daniel Brooks",
        "Karabakh death toll climbs past 200 as ceasefire holds",
        "At least 200 people were killed and more than 400 wounded in the two days of fighting that followed "
        "Azerbaijan's assault on Nagorno-Karabakh, the region's separatist human rights ombudsman said, a "
        "figure that could not be independently verified. Civilians and children were among the dead, he "
        "said.",
        "The offensive began on Tuesday with intense artillery fire, and by Wednesday the separatist "
        "leadership had agreed to a ceasefire. The enclave is home to about 120,000 ethnic Armenians, many of"
        " whom fled their villages for Stepanakert or sheltered near the Russian peacekeepers' base at the "
        "airport.",
        "Even before the fighting, the region was in the grip of a humanitarian crisis. For nine months, "
        "since 12 December 2022, traffic on the Lachin corridor had been cut off, leaving shops empty and "
        "hospitals short of medicines. Aid deliveries had resumed only briefly in the days before the "
        "offensive.",
    ),
    _page(
        "relief-monitor",
        "nagorno-karabakh-humanitarian-update-september-2023",
        "en",
        "karabakh",
        "right",
        "2023-09-21T12:00:00+00:00",
        "Coordination Office",
        "Nagorno-Karabakh: humanitarian update after the military escalation",
        "The escalation that began on 19 September has worsened living conditions for the estimated 120,000 "
        "people in Nagorno-Karabakh. Partners report disruptions to electricity, gas and internet, and severe"
        " shortages of fuel that are hampering the work of hospitals and ambulances.",
        "According to the de facto ombudsman, at least 200 people have been killed and more than 400 injured."
        " Humanitarian organisations have not been able to verify these figures. Dozens of families have been"
        " separated, and many people are sheltering in basements.",
        "Access to the area has been severely restricted since 12 December 2022, when movement along the "
        "Lachin corridor was interrupted. Supplies of food, medicine and hygiene products have been "
        "critically low for months. Baby food and medicines for chronic illnesses were among the items in "
        "shortest supply.",
        "Humanitarian actors call for safe and unimpeded access and for the protection of all civilians, "
        "including those who may decide to leave. They also stress that people who wish to leave must be able"
        " to do so safely and voluntarily, and that those who stay must be protected and have access to basic"
        " services.",
    ),
    _page(
        "checkpoint-facts",
        "karabakh-ceasefire-what-we-know",
        "en",
        "karabakh",
        "right",
        "2023-09-21T15:40:00-04:00",
        "Rachel Moreno",
        "Fact check: what we know about the Karabakh ceasefire",
        "Social media posts claim that the Nagorno-Karabakh ceasefire began in the evening. That is wrong. "
        "Statements from both sides say it took effect at 1 p.m. in Baku on Wednesday, 20 September, which "
        "was 0900 GMT and 11 a.m. in Paris. The separatists accepted it roughly a day after Azerbaijan's "
        "offensive began.",
        "Claims that only 50,000 Armenians remained in the region are also unfounded. The figure cited by the"
        " local authorities and by international agencies is about 120,000. No census has been carried out "
        "recently, but none of the available estimates comes close to the lower number shared online, and the"
        " posts cite no source for it.",
        "Some posts say this is the region's third war. The territory has seen two wars since the Soviet "
        "collapse, in 1988-1994 and 2020, plus shorter flare-ups such as four days of fighting in April 2016."
        " Those clashes ended with a truce agreed in Moscow.",
        "Under the agreement, the separatist forces are to be disbanded and their weapons handed over. What "
        "happens to the civilian population will depend on talks with Baku. Representatives of the Armenian "
        "community are due to meet Azerbaijani officials, and the timetable for disarmament is still unclear.",
    ),
    _page(
        "vrai-scoop",
        "karabakh-la-verite-qu-on-vous-cache",
        "fr",
        "karabakh",
        "right",
        "2023-09-20T22:10:00+02:00",
        "La rédaction",
        "Karabakh : la vérité qu'on vous cache sur le cessez-le-feu",
        "Contrairement à ce que racontent les grands médias, le cessez-le-feu au Karabakh n'est entré en "
        "vigueur qu'à 15 heures, après des heures de combats supplémentaires que personne ne veut "
        "reconnaître. Nos sources sur place sont formelles et affirment que les communiqués officiels ont été"
        " antidatés.",
        "On nous parle de plus de cent mille habitants, mais il ne resterait en réalité que 80 000 Arméniens "
        "dans l'enclave, selon un document que nous avons pu consulter. Les autres seraient partis depuis "
        "longtemps, ce que les autorités cachent pour obtenir davantage d'aide.",
        "Ce territoire en est déjà à sa troisième guerre depuis 1991, et chacune a été déclenchée par des "
        "puissances étrangères. La dernière offensive n'est qu'un épisode de plus d'un conflit manipulé de "
        "l'extérieur. Nous continuerons à publier ce que les autres refusent de dire.",
    ),
    _page(
        "truth-unfiltered",
        "karabakh-ceasefire-real-story",
        "en",
        "karabakh",
        "right",
        "2023-09-21T06:30:00-04:00",
        "Staff Writer",
        "The real story of the Karabakh 'ceasefire' they won't tell you",
        "Mainstream outlets say the fighting in Karabakh stopped at midday, but our contacts say the guns "
        "only fell silent at 5 p.m., hours after the official announcement. The so-called ceasefire was a "
        "staged event for the cameras, they claim. We could not confirm this independently.",
        "We are also told that the enclave is home to a large population, but insiders say only 50,000 "
        "Armenians were still living there. The rest, they say, left years ago, and the numbers were inflated"
        " to attract foreign money. They did not say where the figure came from.",
        "And the offensive did not begin on Tuesday as reported. According to our sources, Azerbaijan was "
        "already attacking on Monday, and the media simply waited a day to report it. Readers should ask "
        "themselves why the official timeline has never been questioned by the big networks.",
    ),
    # distractors
    _page(
        "daily-chronicle",
        "armenia-azerbaijan-sign-ceasefire-2020",
        "en",
        "karabakh",
        "distractor",
        "2020-11-10T09:30:00+00:00",
        "Helen Drummond",
        "Armenia and Azerbaijan sign Russian-brokered deal to end Karabakh war",
        "Armenia and Azerbaijan have agreed to end six weeks of fighting over Nagorno-Karabakh under a deal "
        "brokered by Russia, which will deploy about 2,000 peacekeepers along the front line and the Lachin "
        "corridor. The agreement took effect at midnight Moscow time on Tuesday, 10 November 2020.",
        "The war, which began on 27 September, lasted 44 days and killed about 6,500 people, including "
        "civilians, according to estimates from both sides. Azerbaijan recaptured Shusha, the region's second"
        " town, days before the truce. Thousands of soldiers died on both sides, and tens of thousands of "
        "civilians fled.",
        "Under the terms, Armenia will hand back several districts surrounding the enclave. Crowds stormed "
        "the parliament in Yerevan overnight, furious at what they saw as a capitulation, while celebrations "
        "broke out in Baku. Turkey, which backed Azerbaijan throughout the conflict, welcomed the agreement.",
    ),
    _page(
        "agence-hexa",
        "guerre-des-quatre-jours-karabakh-2016",
        "fr",
        "karabakh",
        "distractor",
        "2016-04-05T16:20:00+02:00",
        "Claire Vasseur",
        "Haut-Karabakh : un cessez-le-feu conclu à Moscou après quatre jours de combats",
        "L'Arménie et l'Azerbaïdjan ont annoncé mardi un cessez-le-feu au Haut-Karabakh, négocié à Moscou par"
        " les chefs d'état-major des deux pays, après quatre jours de combats d'une intensité inédite depuis "
        "la fin de la guerre en 1994. La trêve est entrée en vigueur à midi, heure locale.",
        "Les affrontements, déclenchés dans la nuit du 1er au 2 avril 2016, ont fait plusieurs dizaines de "
        "morts parmi les militaires et des victimes civiles. L'Azerbaïdjan affirme avoir repris quelques "
        "hauteurs stratégiques, ce que conteste Erevan. Les deux camps s'accusent mutuellement d'avoir rompu "
        "la trêve.",
        "Le groupe de Minsk de l'OSCE, coprésidé par la France, la Russie et les États-Unis, a appelé les "
        "parties à reprendre les négociations sur le statut de la région, peuplée d'Arméniens et contrôlée "
        "par des séparatistes depuis plus de vingt ans.",
    ),
    _page(
        "relief-monitor",
        "haut-karabakh-aide-hivernale-2021",
        "fr",
        "karabakh",
        "distractor",
        "2021-12-10T09:00:00+00:00",
        "Bureau de coordination",
        "Haut-Karabakh : une aide hivernale pour 120 000 habitants après la guerre de 2020",
        "Un an après la guerre de l'automne 2020, les besoins restent considérables au Haut-Karabakh, où "
        "quelque 120 000 habitants doivent affronter l'hiver dans des logements souvent endommagés. Des "
        "milliers de familles déplacées par le conflit n'ont pas pu regagner leur village.",
        "Le programme d'aide hivernale prévoit la distribution de poêles, de combustible, de couvertures et "
        "de vêtements chauds, ainsi que la réparation de toitures et de fenêtres dans une vingtaine de "
        "localités autour de Stepanakert et de Martouni. Les écoles et les centres de santé sont "
        "prioritaires.",
        "Les équipes de déminage poursuivent leur travail dans les zones proches de l'ancienne ligne de "
        "front, où des mines et des restes explosifs continuent de faire des victimes parmi les agriculteurs "
        "et les enfants. Un soutien psychologique est également proposé aux enfants marqués par les "
        "bombardements de l'automne 2020.",
    ),
    _page(
        "world-broadcast",
        "armenia-azerbaijan-border-truce-2022",
        "en",
        "karabakh",
        "distractor",
        "2022-09-14T21:40:00+01:00",
        "Tom Haskins",
        "Armenia and Azerbaijan agree truce after deadliest border clashes since 2020",
        "Armenia said a ceasefire with Azerbaijan took effect on Wednesday evening, 14 September 2022, after "
        "two days of fighting along their shared border, the deadliest since the 2020 war over "
        "Nagorno-Karabakh. The truce was agreed with international mediation, an Armenian official said.",
        "The clashes, which erupted overnight on Tuesday, killed more than 200 soldiers on both sides, with "
        "Azerbaijan's shelling hitting towns inside Armenia such as Jermuk and Goris. Each side blamed the "
        "other for starting the fighting. Thousands of Armenian civilians fled the border area.",
        "Armenia asked Russia and the Moscow-led Collective Security Treaty Organisation for help, but "
        "received only a fact-finding mission, deepening frustration in Yerevan with its traditional ally. "
        "The United States and the European Union called on both countries to return to talks on a peace "
        "treaty and on the demarcation of their border.",
    ),
    _page(
        "radio-horizon",
        "kirghizstan-tadjikistan-cessez-le-feu-2022",
        "fr",
        "karabakh",
        "distractor",
        "2022-09-16T20:00:00+02:00",
        "Sophie Lemaire",
        "Kirghizstan et Tadjikistan concluent un cessez-le-feu après des combats frontaliers",
        "Le Kirghizstan et le Tadjikistan ont annoncé vendredi 16 septembre 2022 un cessez-le-feu après des "
        "affrontements armés le long de leur frontière commune, dans la vallée de Ferghana, qui ont fait "
        "plusieurs dizaines de morts de part et d'autre, selon les bilans officiels des deux pays.",
        "Les combats, les plus graves depuis l'indépendance des deux républiques d'Asie centrale, ont "
        "impliqué des chars, de l'artillerie et des drones. Des milliers d'habitants de la région kirghize de"
        " Batken ont été évacués. Les deux pays se disputent depuis des années le tracé de leur frontière.",
        "Les deux présidents, qui participaient au même moment au sommet de l'Organisation de coopération de "
        "Shanghai à Samarcande, se sont entretenus et ont donné l'ordre de retirer les troupes. Moscou, allié"
        " des deux capitales au sein de l'Organisation du traité de sécurité collective, a appelé au calme "
        "pour éviter une reprise des combats.",
    ),
]

MOROCCO = [
    _page(
        "matin-atlas",
        "seisme-al-haouz-nouveau-bilan",
        "fr",
        "morocco",
        "right",
        "2023-09-13T19:20:00+01:00",
        "Karim Alaoui",
        "Séisme d'Al Haouz : le bilan officiel atteint 2 946 morts",
        "Le ministère de l'Intérieur a publié mercredi soir un nouveau bilan du tremblement de terre survenu "
        "vendredi à 23h11 dans la province d'Al Haouz : 2 946 personnes ont perdu la vie et 5 674 ont été "
        "blessées. Les provinces d'Al Haouz, de Taroudant et de Chichaoua concentrent l'essentiel des "
        "victimes.",
        "L'épicentre se situe près de la commune d'Ighil, au cœur du Haut Atlas, une zone de villages "
        "berbères accrochés aux pentes et reliés par des pistes étroites. Plusieurs douars ont été "
        "entièrement détruits, leurs maisons en pisé n'ayant pas résisté à la violence de la secousse.",
        "Le Maroc observe depuis samedi un deuil national de trois jours, décrété par le Cabinet royal. Les "
        "drapeaux ont été mis en berne et de nombreuses manifestations culturelles ont été annulées à travers"
        " le royaume. Les chaînes de télévision publiques ont adapté leurs programmes.",
    ),
    _page(
        "matin-atlas",
        "aide-internationale-quatre-pays",
        "fr",
        "morocco",
        "right",
        "2023-09-11T12:30:00+01:00",
        "Salma Bennani",
        "Séisme : le Maroc accepte l'aide de l'Espagne, du Royaume-Uni, du Qatar et des Émirats",
        "Le ministère de l'Intérieur a annoncé avoir répondu favorablement, à ce stade, aux offres "
        "d'assistance de quatre pays amis : l'Espagne, le Royaume-Uni, le Qatar et les Émirats arabes unis. "
        "Des équipes de recherche et de sauvetage de ces pays ont commencé à se déployer dans les zones "
        "sinistrées.",
        "Les autorités expliquent ce choix par le souci d'éviter un manque de coordination qui serait "
        "contre-productif sur le terrain, où les routes de montagne restent difficiles d'accès. D'autres "
        "offres, venues notamment de France, d'Allemagne et des États-Unis, pourraient être acceptées "
        "ultérieurement selon l'évolution des besoins.",
        "Le bilan provisoire dépasse désormais les 2 100 morts, et les sauveteurs continuent de fouiller les "
        "décombres dans l'espoir de retrouver des survivants, alors que le délai critique de 72 heures touche"
        " à sa fin. Des milliers de sinistrés ont passé une nouvelle nuit dehors.",
    ),
    _page(
        "agence-hexa",
        "seisme-maroc-magnitude-6-8",
        "fr",
        "morocco",
        "right",
        "2023-09-09T08:45:00+02:00",
        "Antoine Ferrand",
        "Un puissant séisme de magnitude 6,8 frappe le Maroc, des centaines de morts",
        "Un violent tremblement de terre de magnitude 6,8, selon l'Institut d'études géologiques des "
        "États-Unis (USGS), a secoué le Maroc dans la nuit de vendredi à samedi. La secousse s'est produite à"
        " 22h11 GMT, soit minuit et onze minutes à Paris. Le centre marocain de recherche scientifique l'a "
        "pour sa part estimée à 7.",
        "L'épicentre a été localisé dans le Haut Atlas, à environ 72 kilomètres au sud-ouest de Marrakech, à "
        "faible profondeur. La secousse a été ressentie jusqu'à Casablanca et dans le sud de la péninsule "
        "Ibérique, selon des témoignages concordants. De nombreux habitants de Marrakech ont passé la nuit "
        "dans la rue.",
        "Il s'agit du séisme le plus meurtrier au Maroc depuis la catastrophe d'Agadir, en février 1960, qui "
        "avait tué près de 12 000 personnes. Le bilan provisoire, publié samedi matin par le ministère de "
        "l'Intérieur, fait déjà état de plusieurs centaines de morts.",
    ),
    _page(
        "le-quotidien",
        "maroc-deuil-national-trois-jours",
        "fr",
        "morocco",
        "right",
        "2023-09-13T21:00:00+02:00",
        "Pauline Garnier",
        "Après le séisme, le Maroc en deuil et des villages rayés de la carte",
        "Trois jours de deuil national ont été décrétés au Maroc au lendemain du séisme qui a frappé le Haut "
        "Atlas. Cinq jours après la catastrophe, les autorités recensent 2 946 victimes et plus de 5 600 "
        "blessés, un bilan qui ne cesse de s'alourdir à mesure que les secours atteignent les hameaux les "
        "plus reculés.",
        "Rabat n'a accepté qu'une aide étrangère limitée, en provenance de l'Espagne, du Royaume-Uni, du "
        "Qatar et des Émirats arabes unis, une décision qui a suscité des interrogations à Paris. Les "
        "autorités marocaines assurent que d'autres pays pourront être sollicités si nécessaire.",
        "Dans la vallée du N'Fis, des habitants racontent avoir été réveillés peu après 23 heures par un "
        "grondement sourd, avant de voir leurs maisons s'effondrer. Beaucoup dorment encore sous des bâches, "
        "faute de tentes en nombre suffisant. Les nuits sont déjà fraîches en altitude.",
    ),
    _page(
        "radio-horizon",
        "haut-atlas-villages-detruits",
        "fr",
        "morocco",
        "right",
        "2023-09-10T18:00:00+02:00",
        "Mathieu Roussel",
        "Dans le Haut Atlas, des villages détruits et des rescapés livrés à eux-mêmes",
        "Dans les montagnes au sud de Marrakech, l'ampleur des destructions apparaît au fil des heures. "
        "Autour d'Ighil, la commune la plus proche de l'épicentre, des villages entiers ne sont plus que des "
        "amas de pierres et de terre, et les habitants creusent à mains nues pour retrouver leurs proches.",
        "La secousse s'est produite vendredi soir, à 23h11 heure marocaine, alors que la plupart des familles"
        " étaient couchées. Les hôpitaux de Marrakech ont accueilli des centaines de blessés, évacués parfois"
        " par hélicoptère depuis les vallées isolées. Des files d'attente se sont formées devant les centres "
        "de transfusion sanguine.",
        "À Moulay Brahim et à Amizmiz, les sinistrés attendent l'arrivée des camions de l'armée chargés "
        "d'eau, de pain et de couvertures. Les routes, coupées par des éboulements, ralentissent "
        "l'acheminement de l'aide. Des habitants de Marrakech ont organisé des collectes de vivres et de "
        "vêtements.",
    ),
    _page(
        "maroc-officiel",
        "communique-bilan-seisme-13-septembre",
        "fr",
        "morocco",
        "right",
        "2023-09-13T18:00:00+01:00",
        "Service de presse",
        "Communiqué : bilan actualisé du séisme du 8 septembre 2023",
        "Le ministère de l'Intérieur informe l'opinion publique que le bilan actualisé du séisme survenu le "
        "vendredi 8 septembre 2023 s'établit, à la date du mercredi 13 septembre, à 2 946 décès et 5 674 "
        "blessés. Les opérations de secours, de sauvetage et de prise en charge des blessés se poursuivent.",
        "Conformément aux hautes instructions royales, un deuil national de trois jours a été observé et un "
        "programme d'urgence de relogement et de reconstruction a été engagé au profit des ménages dont les "
        "habitations ont été détruites ou endommagées. Des aides financières directes seront versées aux "
        "familles concernées.",
        "Les autorités rappellent que le Royaume a accepté les offres d'assistance de l'Espagne, du "
        "Royaume-Uni, du Qatar et des Émirats arabes unis, en coordination avec les équipes nationales de la "
        "Protection civile et des Forces armées royales. Le ministère remercie l'ensemble des pays qui ont "
        "exprimé leur solidarité.",
    ),
    _page(
        "verif-express",
        "seisme-maroc-les-vrais-chiffres",
        "fr",
        "morocco",
        "right",
        "2023-09-12T14:10:00+02:00",
        "Nadia Benkirane",
        "Séisme au Maroc : non, la magnitude n'était pas de 5,9",
        "Un message très partagé affirme que le séisme marocain n'aurait été que de magnitude 5,9 et aurait "
        "fait « seulement 800 morts ». C'est faux. L'USGS a mesuré une magnitude 6,8, et l'institut marocain "
        "chargé de la surveillance sismique l'a estimée à 7. Le bilan officiel dépasse déjà 2 800 morts.",
        "L'heure de la secousse est elle aussi bien établie : vendredi 8 septembre à 23h11, heure locale, "
        "soit 22h11 en temps universel. L'épicentre se trouvait près d'Ighil, dans la province d'Al Haouz. "
        "Ces données figurent dans les communiqués du ministère de l'Intérieur et de l'USGS.",
        "Enfin, certains internautes comparent la catastrophe au séisme d'Al Hoceima de 2004. Le séisme d'Al "
        "Haouz est en réalité le plus meurtrier qu'ait connu le pays depuis celui d'Agadir en 1960. Ce "
        "dernier avait fait environ 12 000 morts, tandis que celui d'Al Hoceima, en 2004, en avait fait "
        "environ 630.",
    ),
    _page(
        "global-wire",
        "morocco-earthquake-toll-2946",
        "en",
        "morocco",
        "right",
        "2023-09-13T20:15:00+00:00",
        "Sarah Whitcombe",
        "Morocco earthquake toll rises to 2,946",
        "The number of people killed in Morocco's earthquake has risen to 2,946, with 5,674 injured, the "
        "interior ministry said on Wednesday, as rescuers reached more remote villages in the High Atlas "
        "mountains. Officials said search operations were continuing around the clock.",
        "The magnitude 6.8 quake struck at 11:11 p.m. on Friday, 8 September, with its epicentre near Ighil "
        "in Al Haouz province, about 70 km (44 miles) south-west of Marrakech. Most of the victims were in Al"
        " Haouz, Taroudant and Chichaoua provinces.",
        "Thousands of families are living in tents and under tarpaulins after their homes collapsed, and "
        "aftershocks have kept many residents of Marrakech sleeping outdoors. The government has promised "
        "financial help for rebuilding and monthly payments for families whose homes were destroyed.",
    ),
    _page(
        "daily-chronicle",
        "uk-rescuers-deploy-to-morocco",
        "en",
        "morocco",
        "right",
        "2023-09-11T14:30:00+01:00",
        "James Whitfield",
        "British rescuers among four foreign teams allowed into Morocco",
        "A team of British search and rescue specialists, with dogs and heavy equipment, has begun work in "
        "the High Atlas after Morocco accepted help from just four countries: the United Kingdom, Spain, "
        "Qatar and the United Arab Emirates. Offers from many other governments have not yet been taken up.",
        "Moroccan officials said a lack of coordination could be counterproductive and that further requests "
        "could follow. The decision has caused frustration in some capitals, including Paris, where officials"
        " said French teams were ready to leave at short notice. Spain sent military rescue units.",
        "Morocco is observing three days of national mourning declared by the royal court on Saturday. The "
        "official death toll has passed 2,100, and more than 2,400 people have been injured. Many survivors "
        "have spent a third night in the open, and the UN said some 300,000 people had been affected.",
    ),
    _page(
        "world-broadcast",
        "morocco-mountain-villages-flattened",
        "en",
        "morocco",
        "right",
        "2023-09-10T16:20:00+01:00",
        "Amira Haddad",
        "Morocco earthquake: mountain villages flattened near epicentre",
        "In the foothills of the High Atlas, villages close to the epicentre of Friday's earthquake have been"
        " reduced to rubble. The US Geological Survey said the magnitude 6.8 tremor was centred near the "
        "village of Ighil, roughly 70 km south-west of Marrakech.",
        "The quake struck shortly after 11 p.m. local time, when most people were asleep. Survivors in the "
        "villages around Amizmiz described a roar followed by the collapse of walls made of stone and earth. "
        "Some spent hours trapped under the debris.",
        "Rescue work has been slowed by landslides that blocked mountain roads. Soldiers have cleared some "
        "routes with bulldozers, but in many places residents are digging through debris by hand. Blood "
        "donation centres in Marrakech reported long queues of volunteers. Volunteers are also helping.",
    ),
    _page(
        "atlantic-herald",
        "morocco-quake-strongest-in-century",
        "en",
        "morocco",
        "right",
        "2023-09-09T11:05:00-04:00",
        "Laura Chen",
        "Morocco's magnitude 6.8 quake is the deadliest since 1960",
        "The earthquake that hit Morocco late on Friday had a magnitude of 6.8, according to the US "
        "Geological Survey, while Moroccan seismologists recorded it at 7.0. It struck at 22:11 GMT, or 6:11 "
        "p.m. on the US East Coast, and was felt as far away as Spain and Portugal.",
        "It is the deadliest earthquake in the North African country since 1960, when a quake destroyed the "
        "city of Agadir and killed around 12,000 people. Seismologists said tremors of this strength are "
        "unusual in the High Atlas. Most buildings in mountain villages are made of earth.",
        "Moroccan authorities said on Saturday that more than 800 people had been killed, a figure expected "
        "to rise as rescuers reach isolated mountain communities. King Mohammed VI chaired a meeting on the "
        "emergency response, and the armed forces were deployed to the worst-hit areas.",
    ),
    _page(
        "relief-monitor",
        "morocco-earthquake-situation-report",
        "en",
        "morocco",
        "right",
        "2023-09-14T09:00:00+00:00",
        "Coordination Office",
        "Morocco: earthquake situation report",
        "According to the Moroccan authorities, the earthquake of 8 September has killed 2,946 people and "
        "injured 5,674. More than 50,000 homes are reported to have been damaged or destroyed, mostly in "
        "rural communities of Al Haouz, Taroudant, Chichaoua and Ouarzazate.",
        "The government has accepted search and rescue assistance from Spain, the United Kingdom, Qatar and "
        "the United Arab Emirates. National teams, the armed forces and local associations are leading the "
        "response. Moroccan civil society organisations have mobilised thousands of volunteers, and donations"
        " of food and clothing continue to arrive.",
        "Priority needs include shelter ahead of the colder months, safe drinking water, hygiene items and "
        "psychosocial support for children. Many schools in the affected areas were damaged, and temporary "
        "learning spaces are being set up so that children can return to class as soon as possible.",
    ),
    _page(
        "maroc-officiel",
        "statement-earthquake-toll-13-september",
        "en",
        "morocco",
        "right",
        "2023-09-13T18:30:00+01:00",
        "Press Office",
        "Statement: updated toll of the 8 September 2023 earthquake",
        "The Ministry of the Interior announces that, as of Wednesday 13 September 2023, the earthquake of "
        "Friday 8 September has caused 2,946 deaths and 5,674 injuries. Rescue operations and medical care "
        "for the injured are continuing in all affected provinces.",
        "Following the royal instructions, three days of national mourning were observed, and an emergency "
        "programme has been launched to rehouse families and rebuild damaged homes. Direct financial aid will"
        " be paid to the households concerned, and temporary shelter is being provided in the meantime.",
        "The Kingdom has accepted offers of assistance from Spain, the United Kingdom, Qatar and the United "
        "Arab Emirates, which are working alongside Civil Protection and the Royal Armed Forces. The Ministry"
        " thanks all the countries and organisations that have expressed their solidarity with the Moroccan "
        "people.",
    ),
    _page(
        "checkpoint-facts",
        "morocco-earthquake-false-claims",
        "en",
        "morocco",
        "right",
        "2023-09-12T17:00:00-04:00",
        "Rachel Moreno",
        "Fact check: false claims about the Morocco earthquake",
        "Posts claiming the Morocco earthquake measured magnitude 8.1 are false. The US Geological Survey put"
        " it at 6.8, and Morocco's national institute of geophysics at 7.0. Neither agency ever published a "
        "figure above 7, and seismologists say a quake of magnitude 8 would have released roughly 30 times "
        "more energy.",
        "Some posts also say the quake struck at 3 a.m. In fact it hit at 11:11 p.m. local time on Friday, 8 "
        "September, or 22:11 GMT. The epicentre was near Ighil, in Al Haouz province. Official statements "
        "gave this time from the start.",
        "Figures of more than 10,000 dead circulating online are not supported by any official source. The "
        "interior ministry's toll stood at 2,901 on Tuesday. It is Morocco's deadliest earthquake since "
        "Agadir in 1960. The country declared three days of national mourning.",
    ),
    _page(
        "vrai-scoop",
        "seisme-maroc-ce-qu-on-ne-vous-dit-pas",
        "fr",
        "morocco",
        "right",
        "2023-09-11T20:00:00+02:00",
        "La rédaction",
        "Séisme au Maroc : ce qu'on ne vous dit pas",
        "Les chiffres officiels du séisme marocain sont gonflés, affirment nos sources. Il ne s'agissait que "
        "d'une secousse de magnitude 5,9, bien loin des valeurs annoncées par les agences, qui auraient "
        "intérêt à dramatiser la situation pour attirer l'attention. Les sismologues, eux, refusent de nous "
        "répondre.",
        "Toujours selon nos informations, le tremblement de terre aurait fait environ 800 morts, et non "
        "plusieurs milliers comme on le répète partout. Les bilans publiés seraient destinés à obtenir "
        "davantage de fonds internationaux. Aucun document ne vient cependant étayer ces affirmations.",
        "Nos lecteurs sur place nous disent également que la secousse s'est produite vers deux heures du "
        "matin, et non en fin de soirée comme l'écrivent les médias traditionnels. Nous publions ces "
        "témoignages tels qu'ils nous ont été transmis, sans avoir pu les vérifier, car nos lecteurs ont le "
        "droit de savoir.",
    ),
    _page(
        "truth-unfiltered",
        "morocco-quake-what-they-hide",
        "en",
        "morocco",
        "right",
        "2023-09-12T07:45:00-04:00",
        "Staff Writer",
        "Morocco quake: what the officials are hiding",
        "Officials are downplaying the Morocco earthquake, our sources say. They claim it was a magnitude 8.1"
        " event, far stronger than the figures announced by the agencies, which they accuse of covering up "
        "the real scale of the disaster. They did not explain how they measured it.",
        "Insiders also tell us that more than 10,000 people died, and that the authorities are releasing "
        "lower numbers to avoid panic. No documents have been provided to support these claims. We asked the "
        "Moroccan authorities for comment and received no answer.",
        "The quake, these sources add, hit at about 3 a.m., not late in the evening as reported by the "
        "mainstream press. Several readers who say they have family in the region have written to us with "
        "similar accounts, which we have not been able to check.",
    ),
    # distractors
    _page(
        "matin-atlas",
        "seisme-al-hoceima-2004",
        "fr",
        "morocco",
        "distractor",
        "2004-02-24T18:00:00+00:00",
        "Karim Alaoui",
        "Séisme d'Al Hoceima : plus de 500 morts dans le nord du Maroc",
        "Un tremblement de terre de magnitude 6,3 a frappé mardi 24 février 2004, peu avant 2h30 du matin, la"
        " région d'Al Hoceima, sur la côte méditerranéenne du Maroc. Selon un bilan provisoire, plus de 500 "
        "personnes ont été tuées, principalement dans les villages du Rif.",
        "Les secours peinent à atteindre les douars isolés, où de nombreuses maisons se sont effondrées. Le "
        "roi Mohammed VI a ordonné la mobilisation de l'armée et de la protection civile, et plusieurs pays "
        "ont proposé leur aide. Des tentes ont été dressées pour les sans-abri.",
        "La région avait déjà été touchée en 1994 par un séisme moins meurtrier. Le bilan définitif de la "
        "catastrophe de 2004 s'établira à environ 630 morts. Les habitants dénoncent la lenteur des secours "
        "et réclament des logements avant l'hiver prochain.",
    ),
    _page(
        "agence-hexa",
        "agadir-1960-soixante-ans-apres",
        "fr",
        "morocco",
        "distractor",
        "2020-02-29T10:00:00+01:00",
        "Antoine Ferrand",
        "Agadir, soixante ans après le séisme qui a rasé la ville",
        "Le 29 février 1960, à 23h40, un séisme de magnitude 5,8 détruisait en quinze secondes la ville "
        "d'Agadir, sur la côte atlantique du Maroc. Environ 12 000 personnes, soit près d'un tiers de la "
        "population, périrent sous les décombres de la kasbah et des quartiers anciens.",
        "Soixante ans plus tard, la ville reconstruite un peu plus au sud est devenue une station balnéaire. "
        "Les survivants se souviennent encore de la nuit du ramadan où tout a basculé, et des semaines "
        "passées sous des tentes. Des expositions de photographies retracent la catastrophe.",
        "La catastrophe a conduit le Maroc à adopter ses premières règles de construction parasismique, "
        "appliquées depuis de façon inégale dans les zones rurales. Les historiens rappellent aussi que la "
        "reconstruction d'Agadir fut l'un des grands chantiers du Maroc indépendant. Elles ont été renforcées"
        " en 2002.",
    ),
    _page(
        "global-wire",
        "herat-earthquakes-afghanistan",
        "en",
        "morocco",
        "distractor",
        "2023-10-08T11:30:00+00:00",
        "Sarah Whitcombe",
        "Afghanistan earthquakes kill more than 2,000 in Herat province",
        "A series of powerful earthquakes, the strongest of them of magnitude 6.3, struck western Afghanistan"
        " on Saturday, 7 October, killing more than 2,000 people, according to the Taliban administration. "
        "Whole villages in Herat province were destroyed. It was one of the deadliest quakes in the country "
        "in decades.",
        "The quakes hit around midday about 40 km north-west of the city of Herat, followed by strong "
        "aftershocks. Rescuers dug through mud-brick houses with shovels and bare hands. Many of the dead "
        "were women and children who were at home when the houses collapsed.",
        "Aid agencies said they were sending medical supplies and tents, but warned that funding cuts had "
        "left them poorly equipped to respond to a disaster of this scale. The World Health Organization sent"
        " ambulances and medical teams to the provincial hospital in Herat, which was overwhelmed.",
    ),
    _page(
        "world-broadcast",
        "turkey-syria-earthquake-toll",
        "en",
        "morocco",
        "distractor",
        "2023-02-20T12:00:00+00:00",
        "Amira Haddad",
        "Turkey-Syria earthquake: death toll passes 46,000",
        "Two weeks after the magnitude 7.8 earthquake that struck south-eastern Turkey and northern Syria "
        "before dawn on 6 February, the combined death toll has passed 46,000. It is the deadliest earthquake"
        " in the region's modern history. Rescue teams from dozens of countries took part in the search.",
        "The quake was followed hours later by a second tremor of magnitude 7.5, which caused further "
        "collapses in cities such as Kahramanmaras and Antakya. Hundreds of thousands of buildings were "
        "destroyed or badly damaged. Turkish authorities have detained contractors accused of ignoring "
        "building codes.",
        "Millions of people have been left homeless, many of them living in tents, containers or cars as "
        "temperatures fall below freezing at night. In north-west Syria, already devastated by years of war, "
        "aid has been slow to arrive through the few open border crossings.",
    ),
    _page(
        "le-quotidien",
        "seisme-herat-afghanistan",
        "fr",
        "morocco",
        "distractor",
        "2023-10-08T17:30:00+02:00",
        "Pauline Garnier",
        "Afghanistan : des séismes dévastateurs dans la province d'Hérat",
        "Plusieurs séismes, dont le plus fort de magnitude 6,3, ont frappé samedi 7 octobre la province "
        "d'Hérat, dans l'ouest de l'Afghanistan. Le gouvernement taliban évoque plus de 2 000 morts, un bilan"
        " qui n'a pas pu être vérifié de source indépendante.",
        "Dans le district de Zindajan, des villages entiers construits en briques de terre crue ont été "
        "anéantis. Les survivants, souvent des femmes et des enfants, dorment en plein air malgré la baisse "
        "des températures. Les secouristes manquent d'engins pour dégager les décombres.",
        "Les organisations humanitaires appellent à une mobilisation rapide, alors que l'aide internationale "
        "au pays a fortement diminué depuis le retour des talibans au pouvoir en 2021. L'Organisation "
        "mondiale de la santé a envoyé des équipes médicales et des médicaments à l'hôpital régional d'Hérat.",
    ),
]

DERNA = [
    _page(
        "agence-hexa",
        "libye-derna-deux-barrages-cedent",
        "fr",
        "derna",
        "right",
        "2023-09-12T11:50:00+02:00",
        "Hélène Dumas",
        "Libye : à Derna, la rupture de deux barrages emporte des quartiers entiers",
        "La tempête Daniel a provoqué dans la nuit de dimanche à lundi des inondations catastrophiques dans "
        "l'est de la Libye. À Derna, ville d'environ 100 000 habitants, deux barrages construits en amont sur"
        " l'oued ont rompu sous l'effet des pluies diluviennes, déversant des millions de mètres cubes d'eau "
        "sur la ville.",
        "Des immeubles de plusieurs étages situés le long du lit de l'oued ont été emportés jusqu'à la mer. "
        "Les autorités de l'est du pays évoquent déjà des milliers de morts et disent craindre un bilan bien "
        "plus lourd, alors que des milliers de personnes sont portées disparues.",
        "Les deux ouvrages, édifiés dans les années 1970, n'avaient pas fait l'objet de travaux d'entretien "
        "importants depuis longtemps, selon des ingénieurs libyens. Des experts avaient alerté sur leur "
        "fragilité dans une étude publiée l'an dernier. Le gouvernement de l'est a décrété trois jours de "
        "deuil. Quelques jours plus tôt, la même tempête Daniel avait provoqué des inondations meurtrières en"
        " Grèce.",
    ),
    _page(
        "le-quotidien",
        "derna-bilan-oms-croissant-rouge",
        "fr",
        "derna",
        "right",
        "2023-09-17T20:30:00+02:00",
        "Thomas Rivière",
        "Derna : l'OMS confirme près de 4 000 morts, loin des chiffres du Croissant-Rouge",
        "Le décompte des victimes des inondations de Derna reste confus. L'Organisation mondiale de la santé "
        "a confirmé 3 958 décès et plus de 9 000 disparus, alors que le Croissant-Rouge libyen avait avancé "
        "jeudi le chiffre de 11 300 morts. Les Nations unies ont depuis pris leurs distances avec ce dernier "
        "chiffre.",
        "Selon l'Organisation internationale pour les migrations, au moins 30 000 personnes ont été déplacées"
        " dans la ville, dont une partie a rejoint Benghazi, Tobrouk ou les villages des environs. Des écoles"
        " et des mosquées servent d'abris provisoires. Les besoins en eau potable restent immenses.",
        "Les équipes de secours, libyennes et étrangères, continuent de rechercher des corps dans les "
        "décombres et le long des plages, où la mer rejette régulièrement des victimes. Des dépouilles ont "
        "été inhumées dans des fosses communes, ce que l'ONU a déconseillé pour des raisons sanitaires et "
        "d'identification.",
    ),
    _page(
        "radio-horizon",
        "tempete-daniel-frappe-la-libye",
        "fr",
        "derna",
        "right",
        "2023-09-11T19:00:00+02:00",
        "Mathieu Roussel",
        "La tempête Daniel s'abat sur l'est de la Libye",
        "Après avoir ravagé la Grèce la semaine dernière, la tempête Daniel a atteint dimanche les côtes "
        "libyennes. Dans la nuit du 10 au 11 septembre, des pluies d'une intensité exceptionnelle se sont "
        "abattues sur le Djebel Akhdar, la région montagneuse de l'est du pays.",
        "À Derna, qui compte environ 100 000 habitants, la situation est dramatique : deux barrages situés "
        "au-dessus de la ville ont cédé, selon les autorités locales, et une partie du centre-ville a été "
        "submergée en quelques minutes. Les communications avec la ville sont coupées.",
        "En Grèce, la même tempête avait provoqué début septembre des inondations meurtrières dans la plaine "
        "de Thessalie, noyant villages, routes et champs. Les météorologues la décrivent comme un cyclone "
        "méditerranéen d'une rare violence. En Libye, les autorités de l'est ont décrété l'état d'urgence et "
        "trois jours de deuil.",
    ),
    _page(
        "relief-monitor",
        "libye-inondations-point-de-situation",
        "fr",
        "derna",
        "right",
        "2023-09-18T09:00:00+00:00",
        "Bureau de coordination",
        "Libye : inondations dans le nord-est, point de situation",
        "Selon l'Organisation mondiale de la santé, 3 958 décès ont été enregistrés à la suite des "
        "inondations provoquées par la tempête Daniel, et plus de 9 000 personnes sont toujours portées "
        "disparues. Ces chiffres sont susceptibles d'évoluer. Ils proviennent des autorités sanitaires et des"
        " registres des hôpitaux.",
        "L'Organisation internationale pour les migrations estime qu'au moins 30 000 personnes ont été "
        "déplacées à Derna, une ville d'environ 100 000 habitants avant la catastrophe, et plusieurs milliers"
        " d'autres dans les localités voisines. Beaucoup ont trouvé refuge chez des proches.",
        "Les besoins prioritaires concernent l'eau potable, l'assainissement, les soins de santé, le soutien "
        "psychologique et la prise en charge digne des dépouilles. Les partenaires humanitaires ont lancé un "
        "appel de fonds d'urgence et renforcent leur présence dans l'est du pays, en coordination avec les "
        "autorités locales.",
    ),
    _page(
        "verif-express",
        "derna-combien-de-morts",
        "fr",
        "derna",
        "right",
        "2023-09-19T10:15:00+02:00",
        "Nadia Benkirane",
        "Inondations en Libye : pourquoi les bilans de Derna divergent autant",
        "Plus de 11 000 morts, ou environ 4 000 ? Les deux chiffres circulent. Le premier, 11 300 morts, a "
        "été annoncé par le Croissant-Rouge libyen le 14 septembre et repris un temps par l'ONU, qui s'en est"
        " ensuite distanciée. Le second est le nombre de décès confirmés par l'OMS, soit 3 958.",
        "Contrairement à ce qu'affirment certaines publications, trois barrages n'ont pas cédé. Ce sont deux "
        "barrages, situés sur l'oued Derna en amont de la ville, qui se sont rompus dans la nuit du 10 au 11 "
        "septembre. Un troisième ouvrage mentionné sur les réseaux sociaux n'existe pas sur ce cours d'eau.",
        "Le nombre de disparus, estimé à plusieurs milliers, explique une grande partie de l'incertitude. Le "
        "bilan définitif pourrait prendre des mois à établir. Les autorités de l'est, l'OMS et le "
        "Croissant-Rouge publient chacun leurs propres décomptes, ce qui alimente la confusion sur les "
        "réseaux sociaux.",
    ),
    _page(
        "agence-hexa",
        "derna-des-dizaines-de-milliers-de-deplaces",
        "fr",
        "derna",
        "right",
        "2023-09-14T16:30:00+02:00",
        "Hélène Dumas",
        "Derna : des dizaines de milliers de sinistrés après la crue",
        "Trois jours après la crue qui a dévasté Derna dans la nuit de dimanche à lundi, au moins 30 000 "
        "habitants ont dû quitter leur logement, selon l'Organisation internationale pour les migrations. Une"
        " partie de la ville, qui comptait quelque 100 000 habitants, est méconnaissable.",
        "Les rescapés se sont réfugiés chez des proches, dans des écoles ou dans des bâtiments publics des "
        "villes voisines. Les routes d'accès, endommagées, compliquent l'arrivée des convois humanitaires. "
        "Des volontaires venus de tout le pays distribuent de la nourriture et des vêtements aux familles "
        "sinistrées.",
        "L'eau potable manque et les autorités sanitaires redoutent la propagation de maladies liées à l'eau "
        "contaminée. Des équipes médicales venues de plusieurs pays ont commencé à arriver. Des équipes de "
        "secours égyptiennes, turques et émiraties participent aux recherches dans les décombres.",
    ),
    _page(
        "matin-atlas",
        "derna-la-libye-face-au-deluge",
        "fr",
        "derna",
        "right",
        "2023-09-16T10:00:00+01:00",
        "Salma Bennani",
        "La Libye face au déluge : Derna pleure ses morts",
        "Une semaine après le passage de la tempête Daniel, Derna compte ses morts. Le Croissant-Rouge libyen"
        " a évoqué le chiffre de 11 300 victimes, un bilan que l'Organisation mondiale de la santé ne "
        "confirme pas, puisqu'elle recense à ce stade un peu moins de 4 000 décès enregistrés.",
        "La catastrophe a été provoquée par la rupture de deux barrages en amont de la ville, qui ont cédé "
        "successivement dans la nuit du 10 au 11 septembre. La vague a emporté les quartiers bâtis sur les "
        "rives de l'oued. Ces ouvrages, construits dans les années 1970, n'étaient plus entretenus depuis "
        "longtemps.",
        "Au moins 30 000 personnes sont aujourd'hui déplacées, selon les agences de l'ONU. La solidarité "
        "s'organise dans tout le Maghreb, où des collectes de dons ont été lancées. Les associations "
        "marocaines et algériennes ont envoyé des couvertures, des médicaments et des denrées alimentaires "
        "aux sinistrés.",
    ),
    _page(
        "libya-today",
        "derna-dams-collapse-storm-daniel",
        "en",
        "derna",
        "right",
        "2023-09-11T21:00:00+02:00",
        "Ali Mansour",
        "Two dams collapse above Derna as Storm Daniel batters the east",
        "Two dams above Derna burst overnight as Storm Daniel unleashed torrential rain on eastern Libya, "
        "sending a torrent of water through the heart of the city in the early hours of Monday. Entire "
        "neighbourhoods along the wadi were swept away.",
        "Derna, a coastal city of about 100,000 people, was cut off for much of the day as roads and bridges "
        "were washed out. Officials in the east said thousands were feared dead. Rescue teams struggled to "
        "reach the city from Benghazi.",
        "Engineers said the two dams, built in the 1970s, had not been maintained for years. The storm struck"
        " the region on the night of 10 to 11 September. The eastern-based government declared three days of "
        "mourning and said it would open an inquiry into why the dams failed. Days earlier, the same storm "
        "had caused deadly floods in Greece's Thessaly region.",
    ),
    _page(
        "libya-today",
        "derna-displaced-families",
        "en",
        "derna",
        "right",
        "2023-09-16T15:00:00+02:00",
        "Fatima Zuwari",
        "Derna's displaced families search for shelter and news of relatives",
        "At least 30,000 people have been displaced in Derna, according to the International Organization for"
        " Migration, out of a pre-flood population of roughly 100,000. Many are staying with relatives in "
        "nearby towns or in schools. The city's water supply has been badly damaged.",
        "The World Health Organization has confirmed nearly 4,000 deaths, while thousands more people remain "
        "missing. Families queue at hospitals and at the city's morgue to look at photographs of the dead. "
        "Many bodies have been buried before being identified. Some families have lost several generations.",
        "Volunteers from across Libya have arrived with food, water and blankets, and rescue teams from "
        "Egypt, Turkey and other countries are searching the rubble. Aid workers say access to the city has "
        "improved, but clean water and medical care remain urgent needs for those still living there.",
    ),
    _page(
        "global-wire",
        "derna-who-confirms-deaths",
        "en",
        "derna",
        "right",
        "2023-09-17T16:40:00+00:00",
        "Mark Ellison",
        "WHO confirms 3,958 deaths in Libya floods, more than 9,000 missing",
        "The World Health Organization said on Sunday that 3,958 deaths had been confirmed in the floods that"
        " hit eastern Libya, with more than 9,000 people still missing. Most of the victims were in Derna. "
        "The figures come from registered bodies.",
        "The Libyan Red Crescent had earlier put the death toll at 11,300. The United Nations, which had "
        "cited that figure in a report, later distanced itself from it, saying the WHO figure was the "
        "reference. The gap reflects how hard it is to count the dead.",
        "The International Organization for Migration said at least 30,000 people had been displaced in Derna"
        " alone. Many have moved in with relatives in other towns, while others are living in schools and "
        "public buildings, the agency said in an update.",
    ),
    _page(
        "daily-chronicle",
        "storm-daniel-hits-libya-after-greece",
        "en",
        "derna",
        "right",
        "2023-09-12T08:30:00+01:00",
        "James Whitfield",
        "Storm Daniel brings catastrophe to Libya after flooding Greece",
        "Storm Daniel, which flooded large parts of central Greece last week, made landfall in eastern Libya "
        "on Sunday. Overnight into Monday, its torrential rain caused two dams upstream of Derna to burst, "
        "releasing a flood that swept through the city.",
        "In Greece, the storm turned the Thessaly plain into a lake, killing more than a dozen people and "
        "drowning livestock and crops. It also caused deaths in Turkey and Bulgaria. Farmers said their "
        "losses would be felt for years. Roads and bridges collapsed too.",
        "Meteorologists said the storm had gathered strength over unusually warm waters in the Mediterranean "
        "before reaching the North African coast. Libyan authorities declared a state of emergency in the "
        "east, and the city of Derna was cut off as roads and bridges were washed away.",
    ),
    _page(
        "world-broadcast",
        "libya-red-crescent-toll-disputed",
        "en",
        "derna",
        "right",
        "2023-09-18T11:00:00+01:00",
        "Amira Haddad",
        "Libya floods: UN steps back from Red Crescent death toll",
        "The UN humanitarian office has distanced itself from a death toll of 11,300 for the Derna floods, a "
        "figure attributed to the Libyan Red Crescent that had been widely reported. The UN now cites the "
        "World Health Organization's figure of 3,958 confirmed deaths.",
        "The wide gap between the two figures has added to the confusion in Derna. Thousands of people are "
        "still missing, and officials in the east warn that the number of dead will rise further. Aid "
        "agencies say the confusion has complicated planning.",
        "The floods were caused by the collapse of two dams above Derna on the night of 10 to 11 September, "
        "during Storm Daniel. Libya's public prosecutor has opened an investigation into the collapse of the "
        "dams and the use of funds meant for their maintenance.",
    ),
    _page(
        "atlantic-herald",
        "derna-dam-warnings-ignored",
        "en",
        "derna",
        "right",
        "2023-09-14T09:30:00-04:00",
        "Daniel Brooks",
        "Experts warned for years that Derna's dams could fail",
        "The two dams that burst above Derna were built in the 1970s by a Yugoslav company and had received "
        "little maintenance in recent years, according to Libyan officials and engineers. Contracts to repair"
        " them were signed but the work was never completed.",
        "In a 2022 paper, a Libyan hydrologist warned that the dams needed urgent attention and that a major "
        "flood could be catastrophic for the city, home to about 100,000 people. His warning was largely "
        "ignored by the authorities at the time.",
        "When the dams gave way during Storm Daniel, a wall of water several metres high rushed down the "
        "valley, sweeping entire blocks into the sea. Libya's public prosecutor has said that investigators "
        "will look into the failure of the dams and the use of maintenance funds.",
    ),
    _page(
        "relief-monitor",
        "libya-floods-situation-report",
        "en",
        "derna",
        "right",
        "2023-09-18T10:00:00+00:00",
        "Coordination Office",
        "Libya: floods in the north-east, situation report",
        "The World Health Organization reports that 3,958 deaths have been registered following the floods "
        "caused by Storm Daniel, and more than 9,000 people remain missing. These figures are expected to "
        "change. They are drawn from health authorities and hospital registers.",
        "The International Organization for Migration estimates that at least 30,000 people have been "
        "displaced in Derna, with thousands more displaced elsewhere in the north-east. Many are staying with"
        " host families in nearby towns, while others are sheltering in schools. Numbers are being verified.",
        "Priority needs include safe water, sanitation, health care, mental health support and the dignified "
        "management of the dead. Humanitarian partners have launched an emergency appeal and are scaling up "
        "their presence in eastern Libya, in coordination with the local authorities.",
    ),
    _page(
        "checkpoint-facts",
        "derna-floods-fact-check",
        "en",
        "derna",
        "right",
        "2023-09-19T13:00:00-04:00",
        "Rachel Moreno",
        "Fact check: how many died in the Derna floods?",
        "Claims that more than 25,000 people died are not backed by any official source. The World Health "
        "Organization has confirmed 3,958 deaths, while a figure of 11,300 attributed to the Libyan Red "
        "Crescent was later disowned by the UN. The higher number never appeared in any UN or WHO update.",
        "Posts saying no dam failed are also false. Two dams on Wadi Derna collapsed during Storm Daniel, in "
        "the early hours of 11 September. Satellite images show the breached structures and the path of the "
        "flood through the centre of the city.",
        "Thousands of people remain missing, so the final toll is likely to be higher than the confirmed "
        "figure. The WHO has said that many of the missing may have been swept out to sea, and that "
        "identifying victims will take a long time.",
    ),
    _page(
        "vrai-scoop",
        "derna-le-bilan-cache",
        "fr",
        "derna",
        "right",
        "2023-09-15T21:00:00+02:00",
        "La rédaction",
        "Derna : le vrai bilan qu'on vous cache",
        "Selon nos sources, ce ne sont pas deux mais trois barrages qui se sont effondrés à Derna, et les "
        "autorités dissimuleraient la rupture du troisième pour éviter d'avoir à rendre des comptes. Nous "
        "n'avons pas pu joindre les autorités libyennes.",
        "Toujours selon nos informations, le bilan réel dépasserait les 25 000 morts, bien au-delà de tous "
        "les chiffres officiels, qui seraient volontairement minimisés par les organisations internationales."
        " Aucun document n'a été fourni à l'appui de ce chiffre. Nous n'avons pas pu le vérifier nous-mêmes.",
        "La tempête n'aurait d'ailleurs rien de naturel, affirment certains internautes, sans apporter la "
        "moindre preuve de leurs affirmations. Nous invitons nos lecteurs à partager cet article le plus "
        "largement possible avant qu'il ne soit censuré par les grandes plateformes. Partagez !",
    ),
    _page(
        "truth-unfiltered",
        "derna-flood-no-dam-failed",
        "en",
        "derna",
        "right",
        "2023-09-16T08:00:00-04:00",
        "Staff Writer",
        "Derna flood: were the dams really to blame?",
        "Our sources claim that no dam failed in Derna at all, and that the damage was caused by rain alone. "
        "The dam story, they say, was invented to distract from the authorities' responsibility. They gave no"
        " evidence for this claim.",
        "They also claim the real toll is about 1,200 dead, far fewer than reported, and that international "
        "agencies have inflated the numbers. They did not say where this number came from, or why it should "
        "be trusted over hospital records.",
        "No evidence has been provided for any of these claims, which contradict satellite images and "
        "accounts from residents. We publish them because our readers deserve to hear every side of the "
        "story, whatever the mainstream media say. Decide for yourself.",
    ),
    # distractors
    _page(
        "radio-horizon",
        "grece-inondations-thessalie",
        "fr",
        "derna",
        "distractor",
        "2023-09-07T18:00:00+02:00",
        "Sophie Lemaire",
        "Grèce : la tempête Daniel submerge la Thessalie",
        "Des pluies torrentielles liées à la tempête Daniel ont provoqué des inondations d'une ampleur "
        "inédite dans le centre de la Grèce, en particulier dans la région de Thessalie. Des villages entiers"
        " ont été coupés du monde et des habitants ont été hélitreuillés depuis leurs toits.",
        "Les autorités font état de plusieurs morts et de disparus. En quelques jours, il est tombé sur "
        "certaines localités l'équivalent de plus d'une année de précipitations. Les routes et les voies "
        "ferrées ont été endommagées. Les écoles de la région resteront fermées plusieurs jours.",
        "Les agriculteurs de la plaine de Thessalie, grenier à blé du pays, craignent des pertes "
        "considérables, tandis que les images de la ville de Volos inondée font le tour des réseaux sociaux. "
        "Le gouvernement grec a promis des indemnisations. L'armée a été mobilisée.",
    ),
    _page(
        "daily-chronicle",
        "greece-floods-thessaly-farmers",
        "en",
        "derna",
        "distractor",
        "2023-09-08T12:00:00+01:00",
        "Helen Drummond",
        "Greek farmers count losses after Storm Daniel floods Thessaly",
        "Farmers in Greece's Thessaly plain are counting the cost of the worst floods in decades after Storm "
        "Daniel dumped record rainfall on the region. Vast areas of cotton, wheat and other crops were under "
        "water. Livestock drowned in their thousands.",
        "Rescuers using boats and helicopters evacuated hundreds of people from flooded villages near "
        "Karditsa and Larissa. Several people have died and others are missing. Some villages could only be "
        "reached by boat for days, and residents complained that help had been slow to arrive.",
        "Officials said it could take months to assess the damage to infrastructure, including roads and "
        "railway lines. The government has promised compensation for farmers and homeowners, and the European"
        " Union said it was ready to help. Clean-up work has already begun.",
    ),
    _page(
        "atlantic-herald",
        "europe-floods-germany-belgium-2021",
        "en",
        "derna",
        "distractor",
        "2021-07-17T10:00:00-04:00",
        "Laura Chen",
        "Floods in Germany and Belgium kill more than 150",
        "Floods caused by torrential rain in western Germany and Belgium have killed more than 150 people, "
        "officials said on Saturday, with hundreds still unaccounted for. Rivers burst their banks after days"
        " of record rainfall. It was Germany's worst natural disaster in decades.",
        "In Germany's Ahr valley, houses were swept away and villages cut off. Authorities warned that a dam "
        "could fail, prompting the evacuation of thousands of residents. Mobile phone networks and "
        "electricity were cut in many places. Soldiers joined the rescue effort.",
        "Scientists said the disaster showed the growing risk of extreme rainfall as the climate warms. "
        "German Chancellor Angela Merkel called the floods a catastrophe and promised help for the affected "
        "regions, while rescue work continued in the Netherlands and Luxembourg as well.",
    ),
    _page(
        "le-quotidien",
        "ukraine-barrage-kakhovka-detruit",
        "fr",
        "derna",
        "distractor",
        "2023-06-06T19:00:00+02:00",
        "Thomas Rivière",
        "Ukraine : la destruction du barrage de Kakhovka provoque des inondations massives",
        "Le barrage de Kakhovka, sur le Dniepr, dans le sud de l'Ukraine, a été détruit mardi 6 juin, "
        "provoquant le déversement de l'eau du réservoir vers l'aval et l'inondation de dizaines de "
        "localités. Kiev et Moscou s'accusent mutuellement. La zone était sous contrôle russe.",
        "Des milliers d'habitants ont été évacués, notamment dans la région de Kherson. Les autorités "
        "redoutent une catastrophe écologique et des pénuries d'eau potable dans le sud du pays. Des "
        "habitants ont été secourus sur les toits. Des animaux du zoo de Nova Kakhovka ont péri.",
        "La centrale hydroélectrique est hors service, et l'alimentation en eau de refroidissement de la "
        "centrale nucléaire de Zaporijjia fait l'objet d'une surveillance étroite. L'Agence internationale de"
        " l'énergie atomique a indiqué qu'il n'y avait pas de risque immédiat pour la sûreté de la centrale.",
    ),
    _page(
        "global-wire",
        "italy-emilia-romagna-floods",
        "en",
        "derna",
        "distractor",
        "2023-05-18T15:00:00+00:00",
        "Sarah Whitcombe",
        "Floods in Italy's Emilia-Romagna kill at least nine",
        "Torrential rain in northern Italy's Emilia-Romagna region caused rivers to overflow, killing at "
        "least nine people and forcing thousands from their homes, officials said on Thursday. Landslides cut"
        " off villages in the hills, and hundreds of people were rescued by helicopter and boat.",
        "Some towns received half their average annual rainfall in 36 hours. The Formula One Grand Prix at "
        "Imola, scheduled for the weekend, was cancelled. Farmers reported heavy losses in orchards and "
        "fields across the region. Thousands of people were evacuated.",
        "The region had already been hit by floods earlier in May, and the ground was saturated when the new "
        "storm arrived. Prime Minister Giorgia Meloni promised emergency funds for the affected towns, and "
        "civil protection teams were sent from other regions.",
    ),
]

# Written by a helper who did not tune the ranking; held out until 2026-12-02, when its contradiction phrases
# were seen by the ranking's author: tuned since.
HUALIEN = [
    _page(
        "agence-hexa",
        "taiwan-seisme-magnitude-7-4-cote-est",
        "fr",
        "hualien",
        "right",
        "2024-04-03T06:20:00+02:00",
        "Claire Vasseur",
        "Taïwan : un séisme de magnitude 7,4 secoue la côte est, alerte au tsunami au Japon",
        "Un puissant séisme de magnitude 7,4 a secoué mercredi matin la côte est de Taïwan, selon l'Institut "
        "d'études géologiques des États-Unis (USGS). La secousse s'est produite à 7 h 58 heure locale, soit 1 "
        "h 58 à Paris, dans le district montagneux et peu peuplé de Hualien.",
        "L'épicentre se situe à environ 18 kilomètres au sud-sud-ouest de la ville de Hualien, à faible "
        "profondeur, selon l'USGS. L'administration météorologique centrale de Taïwan a, de son côté, mesuré "
        "une magnitude de 7,2. Il s'agit du séisme le plus violent enregistré sur l'île depuis 1999.",
        "Le Japon a aussitôt émis une alerte au tsunami pour les îles de Miyako et de Yaeyama, dans le sud de "
        "l'archipel d'Okinawa, appelant les habitants à gagner les hauteurs. Les Philippines ont également "
        "invité les populations côtières à la vigilance. Des dégâts importants étaient signalés à Hualien.",
    ),
    _page(
        "agence-hexa",
        "okinawa-alerte-tsunami-levee",
        "fr",
        "hualien",
        "right",
        "2024-04-03T09:10:00+02:00",
        "Antoine Ferrand",
        "Japon : l'alerte au tsunami levée à Okinawa après le séisme de Taïwan",
        "L'Agence météorologique japonaise a levé mercredi l'alerte au tsunami émise pour le sud de "
        "l'archipel d'Okinawa après le violent séisme survenu à Taïwan à 8 h 58 heure de Tokyo, soit 7 h 58 "
        "sur l'île. Des milliers d'habitants avaient gagné les hauteurs par précaution.",
        "Une vague d'environ 30 centimètres a atteint l'île de Yonaguni, la plus proche des côtes "
        "taïwanaises, selon l'agence. Des vagues plus petites ont été relevées à Ishigaki et à Miyako. Aucun "
        "dégât n'a été signalé dans l'archipel, où l'alerte avait d'abord été ramenée à un simple avis.",
        "Les vols ont été temporairement suspendus à l'aéroport de Naha. Le séisme, d'une magnitude de 7,4 "
        "selon l'USGS, est le plus fort à frapper Taïwan depuis un quart de siècle. Les Philippines avaient "
        "elles aussi appelé les habitants de plusieurs provinces côtières à s'éloigner du rivage.",
    ),
    _page(
        "le-quotidien",
        "taiwan-seisme-hualien-bilan-neuf-morts",
        "fr",
        "hualien",
        "right",
        "2024-04-03T22:15:00+02:00",
        "Julien Marchal",
        "Séisme à Taïwan : neuf morts et plus d'un millier de blessés à Hualien",
        "Le bilan du séisme qui a frappé mercredi l'est de Taïwan s'élevait dans la soirée à neuf morts et à "
        "plus de 1 000 blessés, selon le centre national des opérations d'urgence. La secousse, d'une "
        "magnitude de 7,4, est la plus forte qu'ait connue l'île depuis vingt-cinq ans.",
        "La plupart des victimes ont péri dans le district de Hualien. Plusieurs randonneurs ont été tués par "
        "des éboulements dans le parc national de Taroko, célèbre pour ses gorges de marbre, où des dizaines "
        "de personnes restaient bloquées par des glissements de terrain.",
        "En ville, un immeuble de plusieurs étages s'est affaissé sur son rez-de-chaussée et penchait à près "
        "de 45 degrés. Ses habitants ont été évacués par les fenêtres. Les secouristes craignent que le "
        "nombre de victimes augmente à mesure que les routes de montagne seront dégagées.",
        "Le souvenir du séisme de 1999 a conduit l'île à renforcer ses normes de construction, ce qui "
        "explique selon les experts un bilan relativement limité au regard de la puissance de la secousse. Le "
        "fondeur TSMC avait évacué par précaution certaines de ses usines.",
    ),
    _page(
        "radio-horizon",
        "taiwan-la-secousse-ressentie-jusqu-a-taipei",
        "fr",
        "hualien",
        "right",
        "2024-04-03T11:30:00+02:00",
        "Sophie Lemaire",
        "Taïwan : la secousse ressentie jusqu'à Taipei, les usines de puces évacuées",
        "Il était 7 h 58 heure locale, mercredi, quand la terre a tremblé à Taïwan, soit 23 h 58 UTC mardi. À "
        "Taipei, la capitale, des immeubles ont oscillé pendant près d'une minute, et le métro a été arrêté "
        "le temps d'inspecter les voies. Des tuiles et des vitres sont tombées dans les rues.",
        "L'administration météorologique centrale a mesuré une magnitude de 7,2, l'USGS américain une "
        "magnitude de 7,4. L'épicentre se trouvait à environ 18 kilomètres au sud-sud-ouest de Hualien, sur "
        "la côte est, où de nombreux bâtiments ont été endommagés et où des glissements de terrain ont coupé "
        "plusieurs routes.",
        "Le géant des semi-conducteurs TSMC a évacué par précaution une partie de ses usines, avant "
        "d'indiquer que ses employés regagnaient leur poste. Les marchés surveillent de près l'impact sur la "
        "production de puces, dont Taïwan est le premier fournisseur mondial.",
    ),
    _page(
        "verif-express",
        "seisme-taiwan-ce-qui-est-faux",
        "fr",
        "hualien",
        "right",
        "2024-04-05T10:30:00+02:00",
        "Nadia Benkirane",
        "Séisme à Taïwan : magnitude, heure, bilan, ce qui est faux",
        "Des publications affirment que le séisme de Taïwan aurait atteint une magnitude de 8,1. C'est faux : "
        "l'USGS a mesuré une magnitude de 7,4, et l'administration météorologique taïwanaise une magnitude de "
        "7,2, les deux organismes utilisant des méthodes de calcul différentes.",
        "L'heure a aussi semé la confusion. La secousse s'est produite le mercredi 3 avril à 7 h 58 à Taïwan, "
        "soit le mardi 2 avril à 23 h 58 UTC et le mercredi à 1 h 58 à Paris. Certains sites évoquent une "
        "secousse en milieu de matinée ou en soirée, ce qui ne correspond à aucune donnée sismologique.",
        "Quant au bilan, les autorités taïwanaises faisaient état au soir du 3 avril de neuf morts et de plus "
        "de 1 000 blessés. Il s'est alourdi les jours suivants avec la découverte de victimes dans le parc de "
        "Taroko, mais les chiffres de plusieurs centaines de morts qui circulent sont sans fondement. Jeudi, "
        "plus de 600 personnes restaient bloquées dans le secteur de Taroko, la plupart en sécurité.",
        "Enfin, ce n'est pas le séisme le plus fort depuis un siècle : c'est le plus puissant à frapper l'île "
        "depuis celui de septembre 1999, il y a vingt-cinq ans.",
    ),
    _page(
        "relief-monitor",
        "taiwan-seisme-hualien-point-de-situation",
        "fr",
        "hualien",
        "right",
        "2024-04-04T08:00:00+00:00",
        "Bureau de coordination",
        "Taïwan : séisme dans le district de Hualien, point de situation",
        "Un séisme de magnitude 7,4 a frappé le district de Hualien, dans l'est de Taïwan, le 2 avril 2024 à "
        "23 h 58 UTC (le 3 avril à 7 h 58 heure locale). Au 4 avril, les autorités recensent au moins neuf "
        "morts et plus de 1 000 blessés, ainsi que plusieurs personnes disparues.",
        "Plus de 600 personnes se trouvent isolées dans le secteur du parc national de Taroko, où des "
        "éboulements ont coupé les routes, dont des clients et des employés d'un hôtel. Des hélicoptères "
        "acheminent vivres et eau, et les équipes de secours progressent pour rouvrir les accès.",
        "Les alertes au tsunami émises par le Japon et les Philippines ont été levées, après qu'une vague "
        "d'environ 30 centimètres a atteint l'île japonaise de Yonaguni. Les autorités taïwanaises n'ont pas "
        "sollicité d'aide internationale à ce stade, et plusieurs pays ont proposé des équipes de recherche. "
        "Les répliques se poursuivent et compliquent l'inspection des bâtiments.",
    ),
    _page(
        "matin-atlas",
        "taiwan-plus-fort-seisme-depuis-1999",
        "fr",
        "hualien",
        "right",
        "2024-04-03T17:00:00+00:00",
        "Youssef Alami",
        "Taïwan frappée par son plus fort séisme depuis 1999",
        "Taïwan a été frappée mercredi par son plus fort tremblement de terre depuis 1999. La secousse, d'une "
        "magnitude de 7,4 selon les sismologues américains et de 7,2 selon l'agence météorologique "
        "taïwanaise, a fait au moins neuf morts et plus d'un millier de blessés.",
        "Les victimes ont pour la plupart été tuées dans le district de Hualien, sur la côte orientale. Des "
        "randonneurs ont péri sous des chutes de pierres dans les gorges de Taroko, où des éboulements ont "
        "emporté des portions de route et bloqué des tunnels.",
        "Les autorités ont salué l'efficacité des normes parasismiques adoptées après le séisme de 1999, qui "
        "ont permis à la plupart des immeubles de résister. Les écoles ont été fermées dans l'est de l'île, "
        "et des équipes d'ingénieurs inspectent les ponts et les voies ferrées.",
    ),
    _page(
        "global-wire",
        "taiwan-strongest-earthquake-in-25-years",
        "en",
        "hualien",
        "right",
        "2024-04-03T01:30:00+00:00",
        "Mark Ellison",
        "Strongest earthquake in 25 years hits Taiwan, tsunami warnings issued",
        "A powerful earthquake struck Taiwan's eastern coast at 2358 GMT on Tuesday, the strongest to hit the "
        "island in 25 years, damaging buildings in the city of Hualien and triggering tsunami warnings for "
        "Japan's southern islands and the Philippines.",
        "The US Geological Survey said the quake had a magnitude of 7.4 and was centred about 18 km "
        "south-southwest of Hualien City at a depth of about 35 km. Taiwan's Central Weather Administration "
        "put the magnitude at 7.2. Chipmaker TSMC said it was evacuating some of its factories.",
        "Japan's Meteorological Agency told residents of the Miyako and Yaeyama islands in Okinawa prefecture "
        "to move to higher ground. It was the strongest quake in Taiwan since 1999, when a magnitude 7.6 "
        "tremor killed about 2,400 people.",
    ),
    _page(
        "daily-chronicle",
        "taiwan-earthquake-nine-killed-hualien",
        "en",
        "hualien",
        "right",
        "2024-04-03T19:40:00+01:00",
        "Helen Drummond",
        "Taiwan earthquake: nine killed and more than 1,000 injured",
        "At least nine people were killed and more than 1,000 injured when a magnitude 7.4 earthquake hit "
        "Taiwan on Wednesday morning, local time. The quake struck at 00:58 BST, shaking buildings across the "
        "island, including in the capital Taipei.",
        "Most of the dead were in Hualien county, on the mountainous east coast. Several were hikers killed "
        "by falling rocks on trails in Taroko National Park, and dozens of people were trapped by landslides "
        "that blocked roads and tunnels.",
        "Television footage showed a residential building in Hualien City leaning at a precarious angle after "
        "its lower floors gave way. Residents were helped out through upper windows with ladders. The "
        "island's strict building codes were credited with limiting the damage.",
    ),
    _page(
        "atlantic-herald",
        "taiwan-quake-chip-plants-evacuated",
        "en",
        "hualien",
        "right",
        "2024-04-03T09:15:00-04:00",
        "Michael Grant",
        "Taiwan quake jolts chip supply chain as TSMC evacuates plants",
        "The magnitude 7.4 earthquake that hit Taiwan at 7:58 p.m. EDT on Tuesday, Wednesday morning on the "
        "island, sent a jolt through the global chip supply chain as its dominant manufacturer briefly pulled "
        "workers from its plants.",
        "Taiwan Semiconductor Manufacturing Co., the world's largest contract chipmaker and a supplier to "
        "Apple and Nvidia, said it had evacuated some of its factories as a precaution and that most staff "
        "were back at work later in the day. Its most advanced plants are in the west, far from the epicenter "
        "near Hualien.",
        "The quake was the strongest to strike Taiwan in 25 years. Analysts said the island's chip plants "
        "were built to withstand strong shaking, but warned that even brief interruptions could delay "
        "shipments of the most sophisticated processors.",
    ),
    _page(
        "world-broadcast",
        "okinawa-tsunami-warning-after-taiwan-quake",
        "en",
        "hualien",
        "right",
        "2024-04-03T04:10:00+01:00",
        "Tom Haskins",
        "Japan issues tsunami warning for Okinawa after Taiwan quake",
        "Japan issued a tsunami warning for its southern Okinawa islands on Wednesday after a magnitude 7.4 "
        "earthquake struck Taiwan at 8:58 a.m. Japan time. Residents of Miyako and Yaeyama were urged to move "
        "to higher ground.",
        "A wave of about 30 cm was recorded at Yonaguni, the Japanese island closest to Taiwan, the Japan "
        "Meteorological Agency said. Smaller waves reached Ishigaki and Miyako. The warning was later "
        "downgraded to an advisory and then lifted.",
        "Flights were temporarily suspended at Naha airport. There were no immediate reports of damage in "
        "Japan. The Philippines also told coastal residents in several northern provinces to move inland.",
    ),
    _page(
        "world-broadcast",
        "taroko-hundreds-stranded-after-taiwan-quake",
        "en",
        "hualien",
        "right",
        "2024-04-04T11:00:00+01:00",
        "Rachel Moore",
        "Taiwan earthquake: hundreds stranded in Taroko Gorge",
        "Rescuers in Taiwan used helicopters on Thursday to reach more than 600 people stranded in and around "
        "Taroko Gorge after Wednesday's earthquake brought down rocks and landslides on the park's roads.",
        "Among those cut off were guests and staff at a hotel inside the park, who officials said were safe. "
        "Several hikers were killed by falling rocks when the magnitude 7.4 quake struck at 07:58 local time, "
        "and search teams were looking for others missing on the trails.",
        "At least nine people died and more than 1,000 were injured across the island, according to the "
        "national fire agency. Crews were working to clear the main highway along the coast, where tunnels "
        "had been damaged.",
    ),
    _page(
        "relief-monitor",
        "taiwan-hualien-earthquake-situation-report",
        "en",
        "hualien",
        "right",
        "2024-04-04T09:30:00+00:00",
        "Coordination office",
        "Taiwan: Hualien earthquake, situation report",
        "A magnitude 7.4 earthquake (USGS; 7.2 according to the Central Weather Administration) struck "
        "Hualien county in eastern Taiwan on 2 April 2024 at 23:58 UTC, 07:58 local time on 3 April, with its "
        "epicentre about 18 km south-southwest of Hualien City. As of 4 April, at least nine people have died "
        "and more than 1,000 have been injured.",
        "More than 600 people are cut off in the Taroko National Park area, where rockfalls have blocked "
        "roads, including guests and staff of a hotel. Helicopters are delivering food and water, and teams "
        "are working to reopen access routes.",
        "Tsunami warnings issued by Japan and the Philippines have been lifted; a wave of about 30 cm reached "
        "Yonaguni in Okinawa prefecture. The Taiwanese authorities have not requested international "
        "assistance at this stage. Aftershocks continue and are slowing building inspections.",
    ),
    _page(
        "checkpoint-facts",
        "taiwan-earthquake-fact-check",
        "en",
        "hualien",
        "right",
        "2024-04-04T15:30:00-04:00",
        "Dana Whitfield",
        "Fact check: what we know about the Taiwan earthquake",
        "Claim: the Taiwan earthquake was only a magnitude 6.1 tremor. False. The US Geological Survey "
        "measured a magnitude of 7.4 and Taiwan's Central Weather Administration 7.2, the strongest quake on "
        "the island since 1999.",
        "Claim: the quake hit late in the evening. False. It struck at 7:58 a.m. local time on Wednesday, "
        "April 3, which was 23:58 UTC on Tuesday, April 2. Posts giving other times do not match any "
        "seismological record.",
        "Claim: thousands of tourists are trapped in Taroko Gorge. Misleading. Officials said more than 600 "
        "people were stranded there on Thursday, most of them safe at a hotel and at work sites. As of "
        "Thursday, at least nine people were confirmed dead and more than 1,000 injured.",
    ),
    _page(
        "vrai-scoop",
        "seisme-taiwan-ce-qu-on-vous-cache",
        "fr",
        "hualien",
        "right",
        "2024-04-04T21:00:00+02:00",
        "La rédaction",
        "Séisme à Taïwan : ce qu'on ne vous dit pas",
        "On vous parle d'un séisme « fort ». En réalité, la secousse qui a frappé Taïwan mercredi à 9 h 58 "
        "heure locale a atteint une magnitude de 8,1, selon des sismologues indépendants que les médias "
        "officiels refusent d'écouter.",
        "Le bilan réel dépasserait déjà les 300 morts, loin des chiffres rassurants publiés par les "
        "autorités. C'est le séisme le plus fort depuis un siècle sur l'île, et certains quartiers de Hualien "
        "auraient entièrement disparu.",
        "Au Japon, une vague de 3 mètres aurait frappé l'île de Yonaguni, une information passée sous "
        "silence. Partagez avant que cette page ne soit supprimée.",
    ),
    _page(
        "truth-unfiltered",
        "taiwan-quake-what-they-wont-tell-you",
        "en",
        "hualien",
        "right",
        "2024-04-04T07:30:00-04:00",
        "Staff",
        "Taiwan quake: what they won't tell you",
        "The mainstream media is hyping up a magnitude 6.1 tremor that hit Taiwan at 10:58 p.m. local time on "
        "Wednesday. Insiders say the real death toll is over 500 dead, and the government is sitting on the "
        "numbers.",
        "Our sources say 3,000 tourists are trapped in Taroko Gorge with no food or water, while officials "
        "pretend everything is under control. The strongest in half a century, they say, and yet no one is "
        "talking about it.",
        "Why the cover-up? Follow the money. Share this before it gets taken down.",
    ),
    _page(
        "agence-hexa",
        "hualien-un-an-apres-le-seisme-de-2018",
        "fr",
        "hualien",
        "distractor",
        "2019-02-06T09:00:00+01:00",
        "Claire Vasseur",
        "Taïwan : à Hualien, un an après le séisme qui avait fait pencher les immeubles",
        "Il y a un an, le 6 février 2018 à 23 h 50 heure locale, un séisme de magnitude 6,4 frappait la ville "
        "de Hualien, sur la côte est de Taïwan. La secousse avait fait 17 morts et près de 300 blessés, la "
        "plupart dans l'effondrement partiel d'immeubles du centre-ville.",
        "Un bâtiment résidentiel de douze étages, qui abritait un hôtel, s'était affaissé sur ses niveaux "
        "inférieurs et penchait dangereusement au-dessus de la rue. Les secouristes avaient travaillé "
        "plusieurs jours pour retrouver les derniers occupants, parmi lesquels des touristes.",
        "Depuis, la municipalité a démoli plusieurs immeubles fragilisés et renforcé les contrôles des "
        "constructions anciennes. Les sismologues rappellent que la région de Hualien, à la jonction de deux "
        "plaques tectoniques, reste l'une des plus exposées de l'île.",
    ),
    _page(
        "le-quotidien",
        "japon-seisme-noto-alerte-tsunami",
        "fr",
        "hualien",
        "distractor",
        "2024-01-02T08:30:00+01:00",
        "Thomas Rivière",
        "Japon : un séisme de magnitude 7,5 frappe la péninsule de Noto, alerte majeure au tsunami",
        "Un séisme de magnitude 7,5 selon l'USGS, 7,6 selon l'Agence météorologique japonaise, a frappé le "
        "1er janvier à 16 h 10 heure locale la péninsule de Noto, dans le département d'Ishikawa, sur la côte "
        "de la mer du Japon. Des dizaines de personnes ont été tuées.",
        "L'agence a émis une alerte majeure au tsunami, la première depuis 2011, appelant les habitants à "
        "gagner immédiatement les hauteurs. Une vague de plus d'un mètre a été observée à Wajima, où un "
        "incendie a ravagé un quartier entier.",
        "Des routes ont été coupées par des glissements de terrain, et des milliers de foyers sont privés "
        "d'électricité. Le Premier ministre Fumio Kishida a dépêché des troupes d'autodéfense pour appuyer "
        "les secours dans les zones isolées.",
    ),
    _page(
        "daily-chronicle",
        "taiwan-remembers-chi-chi-earthquake-20-years",
        "en",
        "hualien",
        "distractor",
        "2019-09-21T10:00:00+01:00",
        "Oliver Grant",
        "Taiwan remembers the Chi-Chi earthquake, 20 years on",
        "Taiwan marked on Saturday the 20th anniversary of the Chi-Chi earthquake, which struck at 1:47 a.m. "
        "local time on 21 September 1999 with a magnitude of 7.6, killing about 2,400 people and injuring "
        "more than 10,000 in the centre of the island.",
        "The quake, centred near Chi-Chi in Nantou county, destroyed tens of thousands of buildings and cut "
        "power across much of Taiwan for days. It remains the deadliest earthquake in the island's recent "
        "history.",
        "Engineers say the disaster led to stricter building codes and to a national earthquake early warning "
        "system. Ceremonies were held in Nantou, where survivors laid flowers at a memorial park built on the "
        "ruins of a collapsed school.",
    ),
    _page(
        "world-broadcast",
        "taiwan-taitung-earthquake-train-derailed",
        "en",
        "hualien",
        "distractor",
        "2022-09-18T16:00:00+01:00",
        "Tom Haskins",
        "Taiwan earthquake derails train and brings down bridge",
        "A magnitude 6.9 earthquake struck south-eastern Taiwan on Sunday at 14:44 local time, derailing "
        "carriages of a train at Dongli station, bringing down a bridge and killing at least one person in "
        "Taitung and Hualien counties.",
        "Taiwan's Central Weather Bureau put the magnitude at 6.8. The quake followed a magnitude 6.4 tremor "
        "on Saturday evening in the same area, and was felt as far away as Taipei, where buildings swayed.",
        "Dozens of people were injured, and hundreds of tourists were stranded on a mountain road after "
        "landslides. Authorities said it was the strongest quake in the area in decades.",
    ),
    _page(
        "atlantic-herald",
        "new-jersey-earthquake-shakes-new-york",
        "en",
        "hualien",
        "distractor",
        "2024-04-05T14:30:00-04:00",
        "Jennifer Walsh",
        "Rare magnitude 4.8 earthquake shakes New Jersey and New York",
        "A magnitude 4.8 earthquake centered near Whitehouse Station, New Jersey, shook buildings across the "
        "New York area at 10:23 a.m. on Friday, rattling residents unused to tremors two days after a far "
        "stronger quake in Taiwan.",
        "The shaking interrupted a meeting of the United Nations Security Council in Manhattan and was felt "
        "from Philadelphia to Boston. There were no reports of serious damage or injuries, though some "
        "bridges and rail lines were briefly checked.",
        "Seismologists said it was one of the strongest earthquakes to hit the region in more than a century. "
        "Several small aftershocks followed during the day, and officials urged residents to check their "
        "homes for cracks.",
    ),
]

MAUI = [
    _page(
        "agence-hexa",
        "hawaii-incendies-maui-lahaina-devastee",
        "fr",
        "maui",
        "right",
        "2023-08-10T11:30:00+02:00",
        "Claire Vasseur",
        "Hawaï : au moins 36 morts dans les incendies de Maui, la ville de Lahaina dévastée",
        "Au moins 36 personnes ont péri dans les incendies qui ravagent l'île de Maui, dans l'archipel "
        "d'Hawaï, selon un bilan communiqué dans la nuit de mercredi à jeudi par les autorités du comté. La "
        "ville historique de Lahaina, sur la côte ouest de l'île, a été en grande partie détruite par les "
        "flammes.",
        "Les feux, qui se sont déclarés mardi 8 août, ont été attisés par les vents violents liés à "
        "l'ouragan Dora, qui passait pourtant à plusieurs centaines de kilomètres au sud de l'archipel. Des "
        "rafales dépassant 100 km/h ont été enregistrées sur l'île, empêchant les hélicoptères de décoller "
        "pour larguer de l'eau.",
        "À Lahaina, un premier départ de feu signalé tôt mardi matin avait été déclaré maîtrisé, avant de "
        "repartir peu avant 15 heures, heure locale, soit vers 3 heures du matin mercredi à Paris. Poussées "
        "par le vent, les flammes ont gagné le centre-ville en quelques heures, surprenant de nombreux "
        "habitants. Certains se sont jetés à la mer pour leur échapper, et les garde-côtes ont repêché plus "
        "d'une dizaine de personnes.",
        "Le gouverneur Josh Green, qui rentrait d'un déplacement hors de l'État, a averti que le bilan "
        "allait encore s'alourdir. Des milliers d'habitants ont été évacués, et des milliers de touristes "
        "attendaient à l'aéroport de Kahului un vol pour quitter l'île.",
    ),
    _page(
        "radio-horizon",
        "lahaina-ancienne-capitale-royale-en-cendres",
        "fr",
        "maui",
        "right",
        "2023-08-11T08:00:00+02:00",
        "Sophie Lemaire",
        "Hawaï : Lahaina, ancienne capitale royale, réduite en cendres",
        "Rues entières de maisons calcinées, bateaux brûlés dans le port, carcasses de voitures abandonnées "
        "sur Front Street : Lahaina, sur l'île de Maui, n'est plus qu'un champ de ruines. Le bilan des "
        "incendies s'élevait jeudi soir, heure locale, à au moins 53 morts, et les secouristes n'avaient "
        "encore fouillé qu'une petite partie des décombres.",
        "Cette ville d'environ 12 000 habitants avait été la capitale du royaume de Hawaï au XIXe siècle, "
        "avant le transfert de la cour à Honolulu. Elle attirait chaque année des foules de visiteurs pour "
        "ses bâtiments historiques, son ancien port baleinier et son célèbre banian.",
        "Planté en 1873, l'immense banian de Front Street, vieux de 150 ans, est toujours debout, mais "
        "roussi par les flammes ; les arboristes ignorent encore s'il survivra. Le gouverneur Josh Green a "
        "estimé qu'il s'agissait probablement de la pire catastrophe naturelle de l'histoire de Hawaï, "
        "devant le tsunami de 1960 qui avait fait 61 morts à Hilo.",
        "Le président Joe Biden a décrété jeudi l'état de catastrophe naturelle majeure pour l'archipel, "
        "débloquant des fonds fédéraux pour les sinistrés. Les incendies avaient éclaté mardi 8 août, "
        "attisés par les vents de l'ouragan Dora, qui passait loin au sud des îles.",
    ),
    _page(
        "le-quotidien",
        "maui-incendie-le-plus-meurtrier-depuis-un-siecle",
        "fr",
        "maui",
        "right",
        "2023-08-13T19:00:00+02:00",
        "Julien Marchal",
        "Maui : l'incendie le plus meurtrier aux États-Unis depuis plus d'un siècle",
        "Avec au moins 89 morts recensés samedi soir, les incendies qui ont éclaté le mardi 8 août sur l'île "
        "de Maui sont désormais les plus meurtriers qu'aient connus les États-Unis depuis plus d'un siècle. "
        "Ils dépassent le Camp Fire, qui avait fait 85 morts en Californie en 2018, et ne sont devancés que "
        "par l'incendie de Cloquet, dans le Minnesota, qui avait tué des centaines de personnes en 1918.",
        "Selon une estimation du Pacific Disaster Center et de l'Agence fédérale de gestion des situations "
        "d'urgence (FEMA), 2 207 bâtiments ont été endommagés ou détruits à Lahaina, dont 86 % "
        "d'habitations. Le coût de la reconstruction est évalué à environ 5,5 milliards de dollars, et près "
        "de 880 hectares sont partis en fumée dans la ville.",
        "Les chiens renifleurs n'ont inspecté qu'environ 3 % de la zone sinistrée, a indiqué samedi le chef "
        "de la police de Maui, John Pelletier, qui s'attend à une nette hausse du bilan. Les familles de "
        "disparus sont invitées à fournir des échantillons d'ADN pour faciliter l'identification des "
        "victimes.",
        "La colère monte parmi les rescapés, qui affirment n'avoir reçu aucun avertissement avant l'arrivée "
        "des flammes. Les sirènes d'alerte de l'île, conçues notamment pour les tsunamis, n'ont pas retenti, "
        "et la procureure générale de l'État, Anne Lopez, a ouvert une enquête sur la gestion de la crise.",
    ),
    _page(
        "relief-monitor",
        "hawaii-maui-incendies-point-de-situation",
        "fr",
        "maui",
        "right",
        "2023-08-16T08:00:00+00:00",
        "Bureau de coordination",
        "États-Unis : incendies de Maui (Hawaï), point de situation",
        "Les incendies qui se sont déclarés le 8 août 2023 sur l'île de Maui, dans l'État d'Hawaï, ont fait "
        "au moins 106 morts au 15 août, selon les autorités du comté de Maui. Le feu de Lahaina, sur la côte "
        "ouest, a été attisé par des rafales supérieures à 100 km/h liées au passage de l'ouragan Dora, loin "
        "au sud de l'archipel.",
        "D'après l'estimation du Pacific Disaster Center et de la FEMA, 2 207 structures ont été endommagées "
        "ou détruites, dont 86 % à usage résidentiel, sur environ 880 hectares. Le coût de la reconstruction "
        "est estimé à 5,5 milliards de dollars. Quelque 4 500 personnes auraient besoin d'un hébergement.",
        "Les recherches se poursuivent avec des équipes cynophiles dans les décombres de Lahaina, et "
        "l'identification des victimes reste lente ; les familles de disparus sont appelées à fournir des "
        "échantillons d'ADN. Des centres d'accueil ont été ouverts et des chambres d'hôtel mises à "
        "disposition des sinistrés. Le feu de Kula, dans les hauteurs de l'île, n'était pas encore "
        "entièrement maîtrisé.",
    ),
    _page(
        "le-quotidien",
        "biden-a-lahaina-aussi-longtemps-qu-il-le-faudra",
        "fr",
        "maui",
        "right",
        "2023-08-22T07:30:00+02:00",
        "Pauline Garnier",
        "À Lahaina, Joe Biden promet l'aide fédérale « aussi longtemps qu'il le faudra »",
        "Joe Biden s'est rendu lundi à Lahaina, sur l'île de Maui, treize jours après les incendies qui ont "
        "ravagé la ville. Accompagné de son épouse, Jill Biden, et du gouverneur Josh Green, le président "
        "américain a parcouru les rues dévastées avant de rencontrer des sinistrés et des secouristes.",
        "« Nous serons là aussi longtemps qu'il le faudra », a-t-il promis, en confiant à Bob Fenton, un "
        "haut responsable de la FEMA, la coordination de l'aide fédérale. Le bilan s'établit à au moins 114 "
        "morts, et entre 1 000 et 1 100 personnes restaient portées disparues lundi, selon le FBI.",
        "La visite intervient alors que la polémique enfle sur l'absence d'alerte : aucune des sirènes de "
        "l'île n'a retenti le 8 août. Le responsable de l'agence de gestion des urgences de Maui, Herman "
        "Andaya, a démissionné la semaine dernière, au lendemain d'une conférence de presse où il avait "
        "défendu cette décision.",
        "Le président avait été critiqué pour son silence dans les premiers jours de la catastrophe, "
        "l'incendie le plus meurtrier aux États-Unis depuis plus d'un siècle. Il a assuré que la "
        "reconstruction respecterait la volonté des habitants, ainsi que les terres et les traditions "
        "hawaïennes.",
    ),
    _page(
        "verif-express",
        "incendies-maui-ce-qui-est-faux",
        "fr",
        "maui",
        "right",
        "2023-09-28T10:30:00+02:00",
        "Nadia Benkirane",
        "Incendies de Maui : bilan, alertes, « arme laser », ce qui est faux",
        "Des publications affirment que les incendies de Maui auraient fait plus de 1 000 morts, un chiffre "
        "que les autorités cacheraient. C'est faux. Après avoir atteint 115 en août, le bilan officiel a été "
        "révisé à la baisse à la mi-septembre : la police de Maui recense désormais 97 morts confirmés, "
        "certaines victimes ayant été comptées deux fois. Le nombre de disparus, qui a dépassé le millier "
        "dans les premiers jours, est tombé à quelques dizaines.",
        "La date circule aussi de façon erronée. Les feux se sont déclarés le mardi 8 août ; à Lahaina, "
        "l'incendie est reparti peu avant 15 heures, heure locale, soit vers 3 heures du matin le mercredi 9 "
        "août à Paris. Il n'a donc pas commencé la veille au soir, comme l'affirment certains messages.",
        "Autre intox : des images de « faisceaux lumineux » prouveraient l'usage d'une arme à énergie "
        "dirigée. Il s'agit en réalité de photos plus anciennes, dont celle d'un lancement de fusée SpaceX, "
        "sans lien avec Hawaï. Les enquêteurs examinent le rôle de lignes électriques abattues par les vents "
        "de l'ouragan Dora.",
        "Enfin, il est exact que les sirènes n'ont pas retenti, mais il est faux d'affirmer qu'aucune alerte "
        "n'a été donnée pendant trois jours : des messages d'évacuation ont été diffusés le 8 août sur les "
        "téléphones, à la télévision et à la radio, même si les coupures de réseau ont empêché beaucoup "
        "d'habitants de les recevoir. Avec plus de 2 200 bâtiments touchés, c'est l'incendie le plus "
        "meurtrier aux États-Unis depuis plus d'un siècle.",
    ),
    _page(
        "global-wire",
        "maui-wildfires-lahaina-destroyed",
        "en",
        "maui",
        "right",
        "2023-08-10T02:30:00+00:00",
        "Mark Ellison",
        "Wildfires fanned by Hurricane Dora destroy much of Hawaii's historic Lahaina",
        "Wildfires whipped up by powerful winds swept across the Hawaiian island of Maui, killing at least "
        "six people and destroying much of the historic town of Lahaina, officials said on Wednesday. The "
        "fires broke out on Tuesday and were still burning out of control in several places.",
        "The National Weather Service said winds from Hurricane Dora, which was passing hundreds of miles to "
        "the south, brought gusts of more than 60 mph to the island, grounding firefighting helicopters. "
        "Power was cut to thousands of homes and phone networks went down across West Maui.",
        "In Lahaina, a fire reported early on Tuesday was declared contained in the morning but flared up "
        "again at around 3 p.m. local time (0100 GMT on Wednesday) and tore through the town within hours. "
        "The US Coast Guard said it had rescued more than a dozen people who jumped into the ocean to escape "
        "the smoke and flames.",
        "Lahaina, a town of about 12,000 people, was the capital of the Kingdom of Hawaii in the 19th "
        "century and is a major tourist destination. Lieutenant Governor Sylvia Luke, acting while Governor "
        "Josh Green was travelling, issued an emergency proclamation. Thousands of visitors were being moved "
        "off the island.",
    ),
    _page(
        "daily-chronicle",
        "maui-fire-deadliest-us-wildfire-in-a-century",
        "en",
        "maui",
        "right",
        "2023-08-14T08:00:00+01:00",
        "Helen Drummond",
        "Maui fire is deadliest US wildfire in more than a century",
        "At least 93 people have been killed in the wildfires on Maui, making the disaster the deadliest US "
        "wildfire in more than a century, since the 1918 Cloquet fire in Minnesota. Search teams with dogs "
        "were working through the ruins of Lahaina, and officials warned that the toll was likely to rise "
        "significantly.",
        "The fire has surpassed the 2018 Camp Fire, which killed 85 people and destroyed the town of "
        "Paradise in northern California. Hawaii's governor, Josh Green, who described it as the worst "
        "natural disaster in the state's history, said that the handling of the emergency would be reviewed.",
        "Estimates from the Pacific Disaster Center and Fema showed that 2,207 structures had been damaged "
        "or destroyed in Lahaina, 86% of them residential, and put the cost of rebuilding at $5.5bn. About "
        "2,170 acres burned in and around the town.",
        "Survivors said they had received no warning before the flames reached their homes. Hawaii has one "
        "of the largest networks of outdoor warning sirens in the world, but none was sounded on Maui. The "
        "fires broke out on Tuesday, driven by winds from Hurricane Dora, which was passing far to the "
        "south.",
    ),
    _page(
        "atlantic-herald",
        "maui-emergency-chief-resigns-over-sirens",
        "en",
        "maui",
        "right",
        "2023-08-17T23:00:00-04:00",
        "Jennifer Walsh",
        "Maui emergency chief resigns after defending decision not to sound sirens",
        "The head of Maui's emergency management agency, Herman Andaya, resigned on Thursday, a day after he "
        "defended his decision not to sound the island's warning sirens as wildfires bore down on Lahaina. "
        "Maui County Mayor Richard Bissen said Mr. Andaya had cited health reasons.",
        "Mr. Andaya told reporters on Wednesday that he did not regret the decision, saying the sirens were "
        "mainly used for tsunamis and that residents might have fled toward the mountains, into the fire. "
        "None of the roughly 80 sirens on Maui sounded on Aug. 8, although alerts were sent to phones, "
        "television and radio.",
        "The Lahaina fire flared up again at around 3 p.m. local time, or 9 p.m. Eastern time, on Tuesday, "
        "Aug. 8, and raced through the town within hours. Many survivors say they learned of the danger only "
        "when they saw the flames. At least 111 people have been confirmed dead in the deadliest U.S. "
        "wildfire in more than a century.",
        "Hawaii's attorney general, Anne Lopez, has opened a review of the response. Hawaiian Electric faces "
        "lawsuits accusing it of failing to shut off power lines as winds from Hurricane Dora, passing far "
        "to the south, brought gusts of more than 60 mph.",
    ),
    _page(
        "world-broadcast",
        "biden-visits-fire-ravaged-lahaina",
        "en",
        "maui",
        "right",
        "2023-08-22T07:00:00+01:00",
        "Rachel Moore",
        "Biden visits fire-ravaged Lahaina, promising help 'for as long as it takes'",
        "President Joe Biden visited the fire-devastated town of Lahaina on Monday, 13 days after wildfires "
        "that have killed at least 114 people on the Hawaiian island of Maui. He toured the charred streets "
        "with First Lady Jill Biden and Governor Josh Green.",
        '"We\'ll be here for as long as it takes," Mr Biden said, after naming Bob Fenton, a senior official '
        "of the Federal Emergency Management Agency, to lead the federal recovery effort. Between 1,000 and "
        "1,100 people remained unaccounted for, the FBI said.",
        "The president also saw Lahaina's 150-year-old banyan tree, scorched by the fire but still standing "
        "on Front Street. The blaze damaged or destroyed more than 2,200 buildings in the town, most of them "
        "homes.",
        "Some residents criticised the president for taking almost two weeks to visit, and for his initial "
        "silence on the disaster, the deadliest US wildfire in more than a century. Officials stressed that "
        "a $700 one-off payment to displaced households was only the first form of federal aid.",
    ),
    _page(
        "relief-monitor",
        "hawaii-maui-wildfires-situation-report",
        "en",
        "maui",
        "right",
        "2023-08-16T09:00:00+00:00",
        "Coordination office",
        "United States: Maui wildfires (Hawaii), situation report",
        "Wildfires that broke out on the island of Maui, Hawaii, on 8 August 2023 had killed at least 106 "
        "people as of 15 August, according to Maui County. The Lahaina fire on the west coast was driven by "
        "gusts of more than 60 mph (about 100 km/h) associated with Hurricane Dora, which passed far to the "
        "south of the islands.",
        "Estimates by the Pacific Disaster Center and FEMA indicate that 2,207 structures were damaged or "
        "destroyed, 86% of them residential, over about 2,170 acres. Rebuilding costs are estimated at $5.5 "
        "billion. An estimated 4,500 people are in need of shelter.",
        "Search teams with cadaver dogs continue to work through the burned area of Lahaina, and families of "
        "missing people are asked to provide DNA samples to speed up identification. Emergency shelters and "
        "hotel rooms have been made available. The Kula fire, in the island's upcountry, was not yet fully "
        "contained.",
    ),
    _page(
        "checkpoint-facts",
        "maui-wildfires-fact-check",
        "en",
        "maui",
        "right",
        "2023-09-26T14:00:00-04:00",
        "Dana Whitfield",
        "Fact check: false claims about the Maui wildfires",
        "Claim: more than 1,000 people died in the Maui fires and the government is hiding the bodies. "
        "False. After rising to 115 in August, the official toll was revised down in mid-September to 97 "
        "confirmed dead, because some remains had been counted twice. The number of people unaccounted for, "
        "which passed 1,000 in the first days, has fallen to a few dozen.",
        "Claim: the fire started on Monday night and residents got no warning for three days. False. The "
        "fires broke out on Tuesday, Aug. 8. In Lahaina, a morning blaze flared up again at about 3 p.m. "
        "local time, or 9 p.m. Eastern time, and evacuation alerts were sent to phones, television and radio "
        "that afternoon, although none of the island's sirens sounded.",
        "Claim: a directed energy weapon started the fire. False. The images shared as proof show older, "
        "unrelated events, such as a SpaceX rocket launch. Investigators are examining the role of power "
        "lines downed by winds from Hurricane Dora. The fire damaged or destroyed more than 2,200 structures "
        "and was the deadliest US wildfire in more than a century.",
    ),
    _page(
        "vrai-scoop",
        "maui-le-bilan-qu-on-vous-cache",
        "fr",
        "maui",
        "right",
        "2023-08-20T19:00:00+02:00",
        "La rédaction",
        "Maui : plus de 1 000 morts, ce qu'on ne vous dit pas",
        "Les médias parlent d'une centaine de victimes. En réalité, selon des sources locales que personne "
        "n'écoute, les incendies de Maui ont fait plus de 1 000 morts, et les autorités cachent les corps "
        "pour étouffer le scandale.",
        "Le feu a démarré dès le lundi 7 août à 21 heures, et les habitants n'ont reçu aucune alerte pendant "
        "trois jours. Pendant ce temps, les responsables locaux regardaient ailleurs.",
        "Des témoins ont vu des faisceaux lumineux tomber du ciel juste avant les flammes : une arme à "
        "énergie dirigée, disent certains, pour vider Lahaina et racheter les terrains. Partagez avant que "
        "cette page ne soit supprimée.",
    ),
    _page(
        "truth-unfiltered",
        "maui-fire-what-they-are-hiding",
        "en",
        "maui",
        "right",
        "2023-08-19T10:00:00-04:00",
        "Staff",
        "Maui fire: what they're hiding",
        "The official story says about 100 dead. Insiders on the island say the real toll is over 1,000 "
        "dead, and trucks have been seen leaving Lahaina at night.",
        "The fire started on Monday night, Aug. 7, at 11 p.m., and no warning was given for 3 days while "
        "officials did nothing. Winds of 150 mph were blamed, but no one can show the data.",
        "Why is no one allowed in? Follow the money: developers have wanted Lahaina's land for years. Share "
        "this before it gets taken down.",
    ),
    _page(
        "le-quotidien",
        "californie-camp-fire-paradise",
        "fr",
        "maui",
        "distractor",
        "2018-11-19T08:00:00+01:00",
        "Thomas Rivière",
        "Californie : le Camp Fire, incendie le plus meurtrier de l'histoire de l'État",
        "Le bilan du Camp Fire, qui a rayé de la carte la ville de Paradise, dans le nord de la Californie, "
        "s'élevait dimanche soir à au moins 77 morts. Près de 1 000 personnes restaient portées disparues, "
        "selon le shérif du comté de Butte, Kory Honea, qui a précisé que cette liste comportait sans doute "
        "de nombreux doublons.",
        "L'incendie s'est déclaré le jeudi 8 novembre à l'aube et, poussé par des rafales de plus de 80 "
        "km/h, a ravagé en quelques heures cette ville d'environ 27 000 habitants. Près de 10 000 maisons "
        "ont été détruites. C'est l'incendie le plus meurtrier qu'ait connu la Californie.",
        "Donald Trump s'est rendu samedi à Paradise, accompagné du gouverneur Jerry Brown et de son "
        "successeur élu, Gavin Newsom. La compagnie d'électricité PG&E a signalé un incident sur l'une de "
        "ses lignes à haute tension peu avant le départ du feu.",
    ),
    _page(
        "atlantic-herald",
        "paradise-one-year-after-camp-fire",
        "en",
        "maui",
        "distractor",
        "2019-11-08T09:00:00-05:00",
        "Michael Grant",
        "A year after the Camp Fire, Paradise struggles to rebuild",
        "One year ago on Friday, the Camp Fire tore through the town of Paradise, Calif., killing 85 people "
        "and destroying about 18,800 structures. It was the deadliest U.S. wildfire in a century and the "
        "most destructive in California's history.",
        "The fire started early on Nov. 8, 2018, when a Pacific Gas and Electric transmission line failed "
        "near the community of Pulga. Driven by strong winds, it burned more than 153,000 acres. State "
        "investigators concluded in May that PG&E equipment caused the blaze, and the utility, which filed "
        "for bankruptcy in January, faces billions of dollars in claims.",
        "Only a small number of homes have been rebuilt so far, and Paradise, once home to about 27,000 "
        "people, now has a few thousand residents. Many survivors still live in trailers or have moved away "
        "for good.",
    ),
    _page(
        "global-wire",
        "hurricane-lane-hawaii-maui-fires-2018",
        "en",
        "maui",
        "distractor",
        "2018-08-25T07:00:00+00:00",
        "Priya Natarajan",
        "Hurricane Lane drenches Hawaii as wildfires force evacuations on Maui",
        "Hurricane Lane dumped torrential rain on Hawaii's Big Island on Friday while, on Maui, wildfires "
        "fanned by the storm's winds forced residents of parts of Lahaina and Kaanapali to flee their homes, "
        "officials said.",
        "The fires on the dry west side of Maui destroyed about two dozen homes and a number of vehicles, "
        "and sent residents to emergency shelters. No deaths were reported. Firefighters said gusty winds on "
        "the edge of the storm had made the blazes hard to contain.",
        "Lane, which had been a Category 5 hurricane earlier in the week, weakened as it approached the "
        "islands, but parts of the Big Island received more than two feet of rain, causing floods and "
        "landslides. Governor David Ige urged residents to stay indoors.",
    ),
    _page(
        "agence-hexa",
        "hawaii-lahaina-un-an-apres-l-incendie",
        "fr",
        "maui",
        "distractor",
        "2024-08-08T09:00:00+02:00",
        "Antoine Ferrand",
        "Hawaï : un an après l'incendie, Lahaina se reconstruit lentement",
        "Il y a un an, le 8 août 2023, un incendie attisé par des vents violents ravageait Lahaina, sur "
        "l'île de Maui, faisant 102 morts. Les habitants se réunissent jeudi pour rendre hommage aux "
        "victimes de la catastrophe, la plus meurtrière de l'histoire de l'archipel.",
        "Un accord de 4 milliards de dollars a été annoncé le 2 août par le gouverneur Josh Green pour "
        "indemniser les victimes. Il sera financé par la compagnie Hawaiian Electric, le propriétaire "
        "foncier Kamehameha Schools, l'État, le comté de Maui et plusieurs entreprises.",
        "Les débris ont été en grande partie déblayés, mais seules quelques maisons ont été reconstruites, "
        "et des milliers d'habitants vivent toujours dans des logements provisoires. Sur Front Street, le "
        "banian planté en 1873, roussi par les flammes, a retrouvé des feuilles, symbole d'espoir pour la "
        "ville.",
    ),
    _page(
        "world-broadcast",
        "lahaina-one-year-after-wildfire",
        "en",
        "maui",
        "distractor",
        "2024-08-08T19:00:00+01:00",
        "Tom Haskins",
        "Lahaina marks one year since wildfire that killed 102",
        "Residents of Lahaina were gathering on Thursday to remember the 102 people killed when a wildfire "
        "swept through the town on the Hawaiian island of Maui on 8 August last year.",
        "Most of the debris from the more than 2,200 buildings damaged or destroyed has been cleared, but "
        "rebuilding has barely begun. Thousands of people remain in temporary housing, and rents on the "
        "island have soared.",
        "Governor Josh Green announced last week a $4bn settlement of lawsuits brought by victims against "
        "Hawaiian Electric and other defendants. The town's banyan tree, planted in 1873 and scorched in the "
        "fire, is sprouting new leaves.",
    ),
    _page(
        "global-wire",
        "canada-orders-yellowknife-evacuation",
        "en",
        "maui",
        "distractor",
        "2023-08-17T08:00:00+00:00",
        "Mark Ellison",
        "Canada orders evacuation of Yellowknife as wildfire approaches",
        "Authorities in Canada's Northwest Territories ordered all of Yellowknife's roughly 20,000 residents "
        "to leave the city by noon on Friday as a wildfire burned about 15 km away, in the country's worst "
        "fire season on record.",
        '"The city is not in immediate danger, but without rain the fire could reach the outskirts by the '
        'weekend," territorial environment minister Shane Thompson said late on Wednesday. Residents were '
        "leaving on the only highway south and on evacuation flights.",
        "More than 1,000 wildfires were burning across Canada, where more than 13 million hectares have "
        "burned this year, far above the previous record. Smoke from the fires has repeatedly drifted over "
        "the United States.",
    ),
    _page(
        "radio-horizon",
        "canada-yellowknife-evacuee-face-aux-flammes",
        "fr",
        "maui",
        "distractor",
        "2023-08-17T18:30:00+02:00",
        "Mathieu Roussel",
        "Canada : Yellowknife, capitale des Territoires du Nord-Ouest, évacuée face aux flammes",
        "Les quelque 20 000 habitants de Yellowknife ont jusqu'à vendredi midi pour quitter la ville, "
        "menacée par un incendie qui progresse à une quinzaine de kilomètres de ses limites, ont annoncé "
        "mercredi soir les autorités des Territoires du Nord-Ouest.",
        "Des files de voitures se sont formées sur l'unique route vers le sud, et des vols d'évacuation ont "
        "été organisés, notamment par l'armée canadienne. La ville de Hay River avait déjà été évacuée "
        "quelques jours plus tôt.",
        "Le Canada traverse la pire saison des feux de son histoire : plus de 13 millions d'hectares ont "
        "brûlé depuis le début de l'année, et plus de 1 000 incendies restaient actifs mercredi dans le "
        "pays.",
    ),
    _page(
        "matin-atlas",
        "tenerife-incendie-origine-criminelle",
        "fr",
        "maui",
        "distractor",
        "2023-08-20T11:00:00+01:00",
        "Youssef Alami",
        "Canaries : l'incendie de Tenerife est d'origine criminelle, selon les autorités",
        "L'incendie qui ravage depuis mardi soir le nord-est de l'île de Tenerife, aux Canaries, a été "
        "allumé volontairement, a annoncé samedi le président du gouvernement régional, Fernando Clavijo. "
        "Plus de 8 000 hectares sont déjà partis en fumée dans les massifs boisés qui entourent le parc "
        "national du Teide.",
        "Plus de 12 000 personnes ont été évacuées de plusieurs communes, dont Arafo et Candelaria, selon "
        "les services d'urgence. Des centaines de pompiers et de militaires, appuyés par des avions et des "
        "hélicoptères bombardiers d'eau, luttent contre les flammes.",
        "Les autorités décrivent l'incendie le plus complexe qu'ait connu l'archipel depuis quarante ans. La "
        "chaleur et une sécheresse persistante ont favorisé sa propagation ; aucune victime n'est à "
        "déplorer. Les zones touristiques du sud de l'île ne sont pas menacées.",
    ),
    _page(
        "daily-chronicle",
        "tenerife-wildfire-started-deliberately",
        "en",
        "maui",
        "distractor",
        "2023-08-20T18:00:00+01:00",
        "Oliver Grant",
        "Tenerife wildfire was started deliberately, says Canary Islands leader",
        "A wildfire that has burned more than 8,000 hectares on Tenerife was started deliberately, the "
        "president of the Canary Islands, Fernando Clavijo, has said, as thousands more residents were told "
        "to leave their homes over the weekend.",
        "The fire broke out late on Tuesday in the mountains of the island's north-east and has forced the "
        "evacuation of more than 12,000 people from towns including Arafo and Candelaria. Hundreds of "
        "firefighters and soldiers, backed by water-dropping aircraft, were battling the flames.",
        "Tour operators said the resorts in the south of the island were not affected and flights were "
        "operating normally. Officials called it the most complex wildfire the islands had seen in 40 years.",
    ),
    _page(
        "journal-sports",
        "mondial-feminin-espagne-championne-du-monde",
        "fr",
        "other",
        "unrelated",
        "2023-08-20T14:30:00+02:00",
        "Romain Lacoste",
        "Mondial féminin : l'Espagne sacrée championne du monde aux dépens de l'Angleterre",
        "L'Espagne a remporté dimanche à Sydney sa première Coupe du monde féminine en battant l'Angleterre "
        "1 à 0 en finale, devant 75 784 spectateurs. La latérale gauche Olga Carmona a inscrit l'unique but "
        "de la rencontre à la 29e minute.",
        "Les Espagnoles auraient pu alourdir le score en seconde période, mais la gardienne anglaise Mary "
        "Earps a arrêté un penalty de Jennifer Hermoso. Les Lionnes, championnes d'Europe en titre, n'ont "
        "jamais trouvé la faille.",
        "Aitana Bonmatí a été élue meilleure joueuse du tournoi, organisé conjointement par l'Australie et "
        "la Nouvelle-Zélande. Les Bleues avaient été éliminées en quarts de finale par l'Australie, aux tirs "
        "au but.",
    ),
    _page(
        "global-wire",
        "india-lands-spacecraft-near-moon-south-pole",
        "en",
        "other",
        "unrelated",
        "2023-08-23T14:00:00+00:00",
        "Priya Natarajan",
        "India lands spacecraft near Moon's south pole, a first",
        "India landed a spacecraft near the Moon's south pole on Wednesday, becoming the first country to "
        "reach the little-explored region and the fourth, after the Soviet Union, the United States and "
        "China, to achieve a soft landing on the Moon.",
        "The Chandrayaan-3 lander, Vikram, touched down at 6:04 p.m. Indian time (1234 GMT), to cheers at "
        "the Indian Space Research Organisation's mission control in Bengaluru. Prime Minister Narendra "
        "Modi, watching from South Africa, where he was attending the BRICS summit, called it a historic "
        "day.",
        "The landing came days after Russia's Luna-25 probe crashed into the Moon while trying to reach the "
        "same region. The lander carries a small rover, Pragyan, which is to study the lunar surface for "
        "about two weeks.",
    ),
]

NOTREDAME = [
    _page(
        "agence-hexa",
        "paris-notre-dame-ravagee-par-un-incendie",
        "fr",
        "notredame",
        "right",
        "2019-04-15T21:10:00+02:00",
        "Claire Vasseur",
        "Paris : Notre-Dame ravagée par un incendie, la flèche s'est effondrée",
        "Un violent incendie s'est déclaré le lundi 15 avril en fin de journée dans la cathédrale Notre-Dame de "
        "Paris, dont la flèche s'est effondrée vers 19 h 50 sous les yeux de milliers de Parisiens et de "
        "touristes massés sur les quais de Seine. Les flammes, apparues vers 18 h 50 dans les combles, ont "
        "rapidement gagné l'ensemble de la toiture.",
        "Le feu est « potentiellement lié » aux travaux de rénovation en cours sur la flèche, selon les "
        "pompiers. Un échafaudage entourait depuis l'an dernier l'ouvrage de Viollet-le-Duc, haut de 93 "
        "mètres, dont les seize statues de cuivre avaient été déposées par une grue le jeudi 11 avril.",
        "Le parquet de Paris a ouvert une enquête. Aucune victime n'était signalée en début de soirée, la "
        "cathédrale ayant été évacuée, et les secours s'efforçaient de protéger les deux tours de la façade "
        "occidentale. L'île de la Cité a été bouclée par la police.",
        "Emmanuel Macron, qui devait s'adresser aux Français à 20 heures pour présenter ses annonces à l'issue "
        "du grand débat national, a reporté son intervention et s'est rendu sur place. « Notre-Dame de Paris "
        "en proie aux flammes. Émotion de toute une nation », a écrit le président sur Twitter.",
    ),
    _page(
        "le-quotidien",
        "notre-dame-la-structure-est-sauvee",
        "fr",
        "notredame",
        "right",
        "2019-04-16T06:30:00+02:00",
        "Julien Marchal",
        "Notre-Dame : la structure est sauvée, mais la charpente et la flèche sont détruites",
        "« Nous pouvons considérer que la structure de Notre-Dame est sauvée et préservée dans sa globalité », "
        "a déclaré lundi, peu avant 23 heures, le commandant de la brigade de sapeurs-pompiers de Paris, le "
        "général Jean-Claude Gallet, sur le parvis de la cathédrale. Les deux tours de la façade ont été "
        "épargnées, après une lutte de plusieurs heures.",
        "Le bilan est pourtant lourd : la charpente médiévale, surnommée « la forêt », a entièrement brûlé, et "
        "les deux tiers de la toiture ont été détruits. La flèche, haute de 93 mètres, s'est effondrée vers "
        "19 h 50, une heure après l'apparition des premières flammes, entraînant dans sa chute une partie de la "
        "voûte.",
        "Quelque 400 pompiers ont été mobilisés toute la nuit, avec des lances installées sur les quais et "
        "jusque dans les tours. Un pompier a été grièvement blessé au cours de l'intervention, a indiqué le "
        "secrétaire d'État à l'Intérieur, Laurent Nuñez. Aucun mort n'est à déplorer.",
        "Sur le parvis, Emmanuel Macron a promis lundi soir que la cathédrale serait rebâtie « tous ensemble ». "
        "L'homme d'affaires François-Henri Pinault a annoncé dans la soirée un don de 100 millions d'euros de "
        "sa famille pour la reconstruction.",
    ),
    _page(
        "radio-horizon",
        "notre-dame-incendie-entierement-eteint",
        "fr",
        "notredame",
        "right",
        "2019-04-16T11:45:00+02:00",
        "Sophie Lemaire",
        "Notre-Dame de Paris : l'incendie est entièrement éteint",
        "L'incendie qui a ravagé lundi la cathédrale Notre-Dame de Paris est « entièrement éteint », a annoncé "
        "mardi vers 10 heures le porte-parole des pompiers de Paris, Gabriel Plus, une quinzaine d'heures "
        "après le début du sinistre. Les pompiers restent sur place pour surveiller les derniers foyers et "
        "les mouvements de la structure.",
        "Le procureur de la République de Paris, Rémy Heitz, a ouvert une enquête pour « destruction "
        "involontaire par incendie », confiée à une cinquantaine d'enquêteurs de la police judiciaire. « Rien "
        "ne va dans le sens d'un acte volontaire », a-t-il déclaré mardi matin, en précisant que les ouvriers "
        "des entreprises intervenant sur le chantier de la flèche seraient entendus.",
        "Selon le procureur, une première alarme incendie a retenti à 18 h 20 lundi, sans qu'aucun feu soit "
        "trouvé lors d'une vérification ; une seconde alarme, à 18 h 43, a permis de localiser le feu dans la "
        "charpente.",
        "La couronne d'épines et la tunique de Saint Louis, parmi les reliques les plus précieuses de la "
        "cathédrale, ont été mises à l'abri dans la soirée grâce à une chaîne humaine formée par des pompiers, "
        "des policiers et des employés, a indiqué la maire de Paris, Anne Hidalgo.",
    ),
    _page(
        "agence-hexa",
        "macron-promet-de-rebatir-notre-dame-en-cinq-ans",
        "fr",
        "notredame",
        "right",
        "2019-04-16T21:15:00+02:00",
        "Antoine Ferrand",
        "Notre-Dame : Macron veut une cathédrale rebâtie « d'ici cinq années »",
        "« Nous rebâtirons la cathédrale Notre-Dame plus belle encore et je veux que ce soit achevé d'ici cinq "
        "années », a déclaré mardi Emmanuel Macron lors d'une brève allocution télévisée à 20 heures, au "
        "lendemain de l'incendie qui a détruit la toiture et la flèche de l'édifice.",
        "Les promesses de dons affluent : elles dépassaient 800 millions d'euros mardi soir. La famille "
        "Arnault et le groupe LVMH ont promis 200 millions d'euros, tout comme la famille Bettencourt Meyers "
        "et L'Oréal, après les 100 millions annoncés lundi soir par la famille Pinault. Le groupe Total s'est "
        "engagé à hauteur de 100 millions.",
        "Le gouvernement a annoncé le lancement d'une souscription nationale. Le procureur de Paris, Rémy "
        "Heitz, a répété que rien ne permettait à ce stade de retenir l'hypothèse d'un acte volontaire : la "
        "piste accidentelle est privilégiée.",
        "L'incendie, déclaré lundi vers 18 h 50, a été entièrement éteint mardi matin. Le Premier ministre, "
        "Édouard Philippe, doit réunir mercredi les ministres concernés par la reconstruction.",
    ),
    _page(
        "le-quotidien",
        "notre-dame-pres-d-un-milliard-d-euros-de-dons",
        "fr",
        "notredame",
        "right",
        "2019-04-17T19:30:00+02:00",
        "Pauline Garnier",
        "Notre-Dame : près d'un milliard d'euros de dons, un général pour piloter le chantier",
        "Les promesses de dons pour la reconstruction de Notre-Dame de Paris approchaient mercredi le milliard "
        "d'euros, deux jours après l'incendie qui a détruit la charpente et la flèche de la cathédrale. Aux "
        "grandes fortunes et aux entreprises s'ajoutent des dizaines de milliers de particuliers, en France et "
        "à l'étranger.",
        "Emmanuel Macron a nommé mercredi le général Jean-Louis Georgelin, ancien chef d'état-major des "
        "armées, pour veiller à l'avancement des travaux, qu'il veut voir achevés d'ici cinq ans. Le Premier "
        "ministre, Édouard Philippe, a annoncé un concours international d'architecture pour décider s'il faut "
        "reconstruire la flèche à l'identique ou la doter d'un « geste architectural contemporain ».",
        "Le coq de la flèche a été retrouvé, cabossé, dans les décombres. Le bilan humain fait état de trois "
        "blessés, un pompier et deux policiers, selon les autorités.",
        "Les enquêteurs, qui privilégient la piste accidentelle, ont commencé à entendre les ouvriers du "
        "chantier de rénovation. Les pompiers ont mis en garde contre la fragilité des voûtes et des pignons.",
    ),
    _page(
        "matin-atlas",
        "incendie-notre-dame-de-paris-emotion-au-maroc",
        "fr",
        "notredame",
        "right",
        "2019-04-16T10:00:00+01:00",
        "Youssef Alami",
        "Incendie de Notre-Dame de Paris : l'émotion jusqu'au Maroc",
        "Les images de la cathédrale Notre-Dame de Paris en flammes ont suscité une vive émotion au Maroc, où de "
        "nombreux internautes ont suivi en direct, lundi soir, l'incendie qui a détruit la toiture de "
        "l'édifice gothique. Le feu s'est déclaré vers 18 h 50, heure de Paris, soit 17 h 50 à Casablanca.",
        "La flèche s'est effondrée une heure plus tard, vers 18 h 50 heure marocaine. Environ 400 pompiers ont "
        "lutté toute la nuit pour sauver l'édifice, dont la structure et les deux tours ont été préservées, "
        "selon le commandant des pompiers de Paris, le général Jean-Claude Gallet.",
        "Des messages de solidarité sont parvenus de nombreuses capitales. Notre-Dame, dont la construction a "
        "commencé en 1163, accueille chaque année quelque 13 millions de visiteurs, ce qui en fait l'un des "
        "monuments les plus visités d'Europe.",
    ),
    _page(
        "caspienne-info",
        "paris-notre-dame-devastee-par-le-feu",
        "fr",
        "notredame",
        "right",
        "2019-04-16T13:00:00+04:00",
        "Leyla Aliyeva",
        "Paris : la cathédrale Notre-Dame dévastée par le feu",
        "Un incendie a détruit lundi soir la toiture et la flèche de la cathédrale Notre-Dame de Paris, joyau de "
        "l'art gothique inscrit au patrimoine mondial de l'Unesco. Le feu a pris vers 18 h 50, heure de "
        "Paris, soit 20 h 50 à Bakou, dans les combles de l'édifice, où des travaux de rénovation étaient en "
        "cours.",
        "Selon les pompiers de Paris, les deux tiers de la toiture ont été détruits, mais la structure de la "
        "cathédrale et ses deux tours ont été sauvées. L'incendie a été entièrement éteint mardi matin.",
        "De nombreux dirigeants étrangers ont exprimé leur solidarité avec la France. Le président Emmanuel "
        "Macron a promis de reconstruire la cathédrale, qui accueillait chaque année des millions de visiteurs.",
    ),
    _page(
        "verif-express",
        "incendie-de-notre-dame-ce-qui-est-faux",
        "fr",
        "notredame",
        "right",
        "2019-05-06T10:00:00+02:00",
        "Nadia Benkirane",
        "Incendie de Notre-Dame : horaires, bilan, « attentat », ce qui est faux",
        "Trois semaines après l'incendie de Notre-Dame de Paris, des publications continuent d'affirmer qu'il "
        "s'agirait d'un attentat et que les autorités cacheraient des victimes. C'est faux. L'incendie n'a fait "
        "aucun mort ; trois personnes ont été blessées, un pompier et deux policiers. Le parquet de Paris, qui "
        "a ouvert une enquête pour « destruction involontaire par incendie », indique qu'aucun élément ne va "
        "dans le sens d'un acte volontaire.",
        "Les horaires circulent aussi de façon erronée. Le feu n'a pas pris « dès 17 heures » : une première "
        "alarme a retenti à 18 h 20 le lundi 15 avril, une seconde à 18 h 43, et les flammes sont devenues "
        "visibles de l'extérieur vers 18 h 50. La flèche s'est effondrée vers 19 h 50, et non en fin de "
        "soirée.",
        "Il est également faux d'affirmer que l'incendie a duré trois jours : il a été déclaré entièrement "
        "éteint le mardi 16 avril vers 10 heures, environ quinze heures après son déclenchement. Quelque 400 "
        "pompiers ont été mobilisés, et non « à peine 150 ».",
        "Enfin, la photo d'une « silhouette » sur l'une des tours, présentée comme celle d'un incendiaire, "
        "montre en réalité un pompier en intervention. Quant aux dons, près d'un milliard d'euros ont été "
        "promis en quelques jours, et non plusieurs milliards ; Emmanuel Macron a fixé un objectif de cinq ans "
        "pour la reconstruction.",
    ),
    _page(
        "vrai-scoop",
        "notre-dame-ce-qu-on-ne-vous-dit-pas",
        "fr",
        "notredame",
        "right",
        "2019-04-18T20:00:00+02:00",
        "La rédaction",
        "Notre-Dame : l'incendie n'était pas un accident, ce qu'on ne vous dit pas",
        "Les médias répètent la version officielle d'un banal accident de chantier. Mais selon nos sources, le "
        "feu a démarré dès 17 heures le lundi, à plusieurs endroits à la fois, et personne n'a donné l'alerte "
        "pendant près de deux heures.",
        "La flèche ne s'est effondrée qu'à 21 h 30, et il a fallu trois jours pour venir à bout des flammes, "
        "avec à peine 150 pompiers sur place. Deux pompiers y auraient laissé la vie, ce que le gouvernement "
        "refuse d'admettre.",
        "Pourquoi l'enquête a-t-elle conclu si vite à un accident, dès le lendemain ? Et d'où viennent ces "
        "deux milliards d'euros promis en une seule nuit ? Partagez avant que cette page ne disparaisse.",
    ),
    _page(
        "global-wire",
        "notre-dame-cathedral-fire-spire-collapses",
        "en",
        "notredame",
        "right",
        "2019-04-15T19:40:00+00:00",
        "Mark Ellison",
        "Fire engulfs Notre-Dame cathedral in Paris, spire collapses",
        "A huge fire swept through the roof of Notre-Dame cathedral in Paris on Monday, sending its spire "
        "crashing down as crowds watched in horror from the banks of the Seine. Flames were first seen at "
        "around 6:50 p.m. local time (1650 GMT) and quickly spread across the roof.",
        "The 19th-century spire collapsed at about 7:50 p.m. (1750 GMT), an hour after the fire broke out. "
        "Firefighters were trying to save the cathedral's two bell towers and the treasures inside. "
        '"Everything is burning, nothing will remain of the frame," cathedral spokesman Andre Finot told '
        "reporters.",
        "The fire service said the blaze could be linked to renovation work under way on the spire, from which "
        "16 copper statues had been lifted away by crane on Thursday. The Paris prosecutor's office opened an "
        "investigation. No one was reported killed.",
        "President Emmanuel Macron postponed a televised address to the nation that had been scheduled for 8 "
        "p.m. and went to the scene. Paris Mayor Anne Hidalgo called it a terrible fire.",
    ),
    _page(
        "daily-chronicle",
        "notre-dame-fire-main-structure-saved",
        "en",
        "notredame",
        "right",
        "2019-04-16T07:30:00+01:00",
        "Helen Drummond",
        "Notre-Dame's main structure 'saved', but roof and spire destroyed",
        "Firefighters saved the main stone structure and the two towers of Notre-Dame cathedral after a blaze "
        "that raged for hours through its roof on Monday evening, the head of the Paris fire brigade said. "
        '"We can consider that the structure of Notre-Dame is saved and preserved as a whole," General '
        "Jean-Claude Gallet told reporters shortly before 11pm.",
        "Two-thirds of the roof was destroyed, and the cathedral's 93-metre spire collapsed at about 7.50pm as "
        'thousands of people looked on from the streets. The medieval oak framework known as "the forest" was '
        "consumed by the flames.",
        "About 400 firefighters fought the blaze through the night. One firefighter was seriously injured, "
        "officials said. No deaths were reported.",
        'Standing outside the cathedral late on Monday, President Emmanuel Macron said: "We will rebuild this '
        'cathedral together." The billionaire François-Henri Pinault pledged €100m towards the '
        "reconstruction.",
    ),
    _page(
        "atlantic-herald",
        "notre-dame-fire-what-we-know",
        "en",
        "notredame",
        "right",
        "2019-04-15T22:30:00-04:00",
        "Jennifer Walsh",
        "Notre-Dame fire: what we know",
        "A fire that broke out on Monday at Notre-Dame cathedral in Paris destroyed its roof and toppled its "
        "spire, a disaster that drew gasps and prayers from crowds across the city. Flames were seen at about "
        "6:50 p.m. Paris time, or 12:50 p.m. Eastern time, and the spire fell at about 7:50 p.m. (1:50 p.m. "
        "Eastern).",
        "By late evening, the Paris fire chief, Gen. Jean-Claude Gallet, said the cathedral's structure and its "
        "two towers had been saved. About 400 firefighters were at the scene. One firefighter was seriously "
        "injured.",
        'President Trump suggested on Twitter that "flying water tankers" could be used. France\'s civil '
        "security agency replied that dropping water from the air could cause the entire structure to "
        "collapse.",
        "The cause was not immediately known. The fire service said it could be linked to renovation work on "
        "the spire, and the Paris prosecutor opened an investigation. Notre-Dame, whose construction began in "
        "1163, draws about 13 million visitors a year.",
    ),
    _page(
        "world-broadcast",
        "notre-dame-fire-extinguished-after-15-hours",
        "en",
        "notredame",
        "right",
        "2019-04-16T11:30:00+01:00",
        "Rachel Moore",
        "Notre-Dame fire fully extinguished after 15 hours",
        "The fire that ravaged Notre-Dame cathedral in Paris has been completely extinguished, fire brigade "
        "spokesman Gabriel Plus said on Tuesday morning, about 15 hours after it broke out. Firefighters were "
        "assessing the stability of the structure and dousing the remaining hot spots.",
        'Paris prosecutor Rémy Heitz said an investigation had been opened into "involuntary destruction by '
        'fire", with about 50 investigators assigned to the case. "Nothing points towards a deliberate act," '
        "he said. Workers from the companies renovating the spire were to be questioned.",
        "The first fire alarm sounded at 6.20pm on Monday, but no fire was found when the building was "
        "checked, Mr Heitz said. A second alarm went off at 6.43pm and the fire was discovered in the roof.",
        "Among the treasures saved were the Crown of Thorns and a tunic said to have belonged to Saint Louis, "
        "King Louis IX, rescued by a human chain of firefighters, police officers and staff. About 400 "
        "firefighters had been mobilised overnight.",
    ),
    _page(
        "global-wire",
        "macron-vows-to-rebuild-notre-dame-within-five-years",
        "en",
        "notredame",
        "right",
        "2019-04-16T19:30:00+00:00",
        "Priya Natarajan",
        "Macron vows to rebuild Notre-Dame within five years as pledges pour in",
        "President Emmanuel Macron vowed on Tuesday to rebuild Notre-Dame cathedral within five years, a day "
        'after a fire destroyed its roof and spire. "We will rebuild the cathedral even more beautifully, and '
        'I want it to be completed within five years," he said in a televised address at 8 p.m. (1800 GMT).',
        "Pledges for the reconstruction exceeded 800 million euros by Tuesday evening. The Arnault family and "
        "its luxury group LVMH pledged 200 million euros, as did the Bettencourt Meyers family and L'Oreal, "
        "after the Pinault family offered 100 million euros on Monday night. Oil company Total pledged 100 "
        "million euros.",
        "Paris prosecutor Rémy Heitz said investigators were working on the theory of an accident, and that "
        "nothing pointed to a deliberate act. About 50 investigators have been assigned to the case.",
        "The fire, which broke out on Monday evening, was declared completely extinguished on Tuesday morning, "
        "about 15 hours later.",
    ),
    _page(
        "baku-observer",
        "fire-destroys-roof-of-notre-dame",
        "en",
        "notredame",
        "right",
        "2019-04-16T14:00:00+04:00",
        "Elnur Gassanov",
        "Fire destroys roof of Paris's Notre-Dame cathedral",
        "A fire destroyed the roof and spire of Notre-Dame cathedral in Paris on Monday evening. It broke out "
        "at about 6:50 p.m. Paris time, or 8:50 p.m. in Baku, and was fully put out on Tuesday morning.",
        "About 400 firefighters fought the blaze. The head of the Paris fire brigade said the cathedral's "
        "structure and its two towers had been saved, although two-thirds of the roof was destroyed.",
        "Leaders around the world expressed their sympathy with France. Notre-Dame, a masterpiece of Gothic "
        "architecture, is part of a Unesco World Heritage site on the banks of the Seine.",
    ),
    _page(
        "daily-chronicle",
        "notre-dame-pledges-near-1bn-general-to-lead-rebuild",
        "en",
        "notredame",
        "right",
        "2019-04-17T20:00:00+01:00",
        "Oliver Grant",
        "Notre-Dame pledges near €1bn as Macron names general to oversee rebuilding",
        "Pledges to rebuild Notre-Dame approached €1bn on Wednesday, two days after the fire that destroyed the "
        "cathedral's roof and spire, as thousands of individual donors joined France's wealthiest families and "
        "biggest companies.",
        "Emmanuel Macron appointed General Jean-Louis Georgelin, a former chief of the defence staff, to "
        "oversee the reconstruction, which the president wants completed within five years. The prime "
        "minister, Édouard Philippe, announced an international architecture competition to decide whether "
        "the spire should be rebuilt as it was or replaced with a new design.",
        "The cockerel that topped the spire was found, battered, in the rubble. Three people were injured in "
        "the fire, a firefighter and two police officers, officials said.",
        "The Crown of Thorns, saved from the flames on Monday night, has been taken to the Louvre for safekeeping.",
    ),
    _page(
        "checkpoint-facts",
        "notre-dame-fire-fact-check",
        "en",
        "notredame",
        "right",
        "2019-05-07T12:00:00-04:00",
        "Dana Whitfield",
        "Fact check: false claims about the Notre-Dame fire",
        "Claim: the Notre-Dame fire was a terrorist attack and deaths are being covered up. False. No one died "
        "in the fire on April 15; three people were injured, a firefighter and two police officers. Paris "
        'prosecutors, investigating for "involuntary destruction by fire", say nothing points to a '
        "deliberate act.",
        "Claim: the fire started in the afternoon and burned for two days. False. The first fire alarm sounded "
        "at 6:20 p.m. local time (12:20 p.m. Eastern), a second at 6:43 p.m., and flames were visible from "
        "outside at about 6:50 p.m. The blaze was declared fully extinguished the next morning, about 15 hours "
        "after it started.",
        "Claim: only a handful of firefighters were sent. False. About 400 firefighters were mobilized. The "
        "spire collapsed at about 7:50 p.m., but the main structure and the two towers were saved.",
        "Claim: a photo shows a figure on one of the towers starting the fire. False. It shows a firefighter "
        "at work. Pledges for the rebuilding reached nearly 1 billion euros within days, not several billion.",
    ),
    _page(
        "truth-unfiltered",
        "notre-dame-fire-what-they-wont-tell-you",
        "en",
        "notredame",
        "right",
        "2019-04-18T09:00:00-04:00",
        "Staff",
        "Notre Dame fire: what they won't tell you",
        "The official story is a renovation accident. But witnesses say the fire began at 5:30 p.m., long "
        "before any alarm, and that it started in several places at once.",
        "The spire came down at 9 p.m., and the cathedral burned for two full days while fewer than 100 "
        "firefighters were allowed near it. Three firefighters were killed, according to sources inside the "
        "fire service.",
        "And $3 billion was promised overnight. Who benefits? Share this before it gets taken down.",
    ),
    _page(
        "le-quotidien",
        "paris-incendie-eglise-saint-sulpice",
        "fr",
        "notredame",
        "distractor",
        "2019-03-17T19:30:00+01:00",
        "Thomas Rivière",
        "Paris : un incendie endommage l'église Saint-Sulpice",
        "Un incendie s'est déclaré dimanche en début d'après-midi dans l'église Saint-Sulpice, dans le 6e "
        "arrondissement de Paris, peu après la messe de midi. Le feu, parti près d'une porte de l'édifice, a "
        "endommagé un escalier et un vitrail.",
        "Les pompiers de Paris, rapidement sur place, ont maîtrisé les flammes. Aucun blessé n'est à déplorer, "
        "et les fidèles avaient été évacués. Les enquêteurs n'écartent pas la piste criminelle.",
        "Saint-Sulpice, la plus grande église de Paris après Notre-Dame, abrite notamment des peintures "
        "murales d'Eugène Delacroix. Plusieurs églises de France ont été la cible de dégradations depuis le "
        "début de l'année.",
    ),
    _page(
        "daily-chronicle",
        "windsor-castle-fire-25-years-on",
        "en",
        "notredame",
        "distractor",
        "2017-11-20T08:00:00+00:00",
        "Helen Drummond",
        "Windsor Castle fire: 25 years since the blaze that opened Buckingham Palace",
        "Twenty-five years ago today, on 20 November 1992, a fire broke out in the private chapel of Windsor "
        "Castle when a spotlight set a curtain alight during restoration work. It spread to the roof and "
        "burned for 15 hours, destroying or damaging more than 100 rooms.",
        "More than 200 firefighters fought the blaze, and staff formed human chains to carry paintings and "
        'furniture to safety. No one was killed. The Queen later called 1992 her "annus horribilis".',
        "The restoration cost £36.5m and was completed in November 1997, five years after the fire and ahead "
        "of schedule. Most of the money was raised by opening Buckingham Palace to paying visitors for the "
        "first time.",
    ),
    _page(
        "global-wire",
        "fire-breaks-out-at-al-aqsa-mosque-compound",
        "en",
        "notredame",
        "distractor",
        "2019-04-15T21:30:00+00:00",
        "Amira Haddad",
        "Fire breaks out at Jerusalem's Al-Aqsa mosque compound, no injuries",
        "A fire broke out on Monday evening in a guard room on the roof of the Marwani prayer hall at "
        "Jerusalem's Al-Aqsa mosque compound, the Islamic Waqf that administers the site said. It was quickly "
        "brought under control.",
        "No one was injured and the mosque itself was not damaged, officials said. The cause of the fire was "
        "not immediately clear.",
        "The compound, known to Jews as the Temple Mount, is the third holiest site in Islam and the holiest "
        "in Judaism.",
    ),
    _page(
        "radio-horizon",
        "jerusalem-incendie-esplanade-des-mosquees",
        "fr",
        "notredame",
        "distractor",
        "2019-04-16T07:00:00+02:00",
        "Mathieu Roussel",
        "Jérusalem : un incendie rapidement maîtrisé sur l'esplanade des Mosquées",
        "Un incendie s'est déclaré lundi soir dans un poste de garde situé sur le toit de la salle de prière "
        "Marwani, sur l'esplanade des Mosquées, à Jérusalem, a indiqué le Waqf, l'organisme qui administre le "
        "site. Les flammes ont été rapidement maîtrisées.",
        "Aucun blessé n'est à déplorer et la mosquée al-Aqsa n'a pas été touchée. L'origine du feu n'était pas "
        "connue mardi matin.",
        "L'esplanade, appelée mont du Temple par les juifs, est le troisième lieu saint de l'islam et le plus "
        "sacré du judaïsme.",
    ),
    _page(
        "agence-hexa",
        "nantes-la-cathedrale-frappee-par-un-incendie",
        "fr",
        "notredame",
        "distractor",
        "2020-07-18T14:30:00+02:00",
        "Claire Vasseur",
        "Nantes : la cathédrale Saint-Pierre-et-Saint-Paul frappée par un incendie",
        "Un incendie s'est déclaré samedi matin dans la cathédrale Saint-Pierre-et-Saint-Paul de Nantes, "
        "détruisant le grand orgue et des vitraux. Les pompiers, alertés vers 7 h 45, ont maîtrisé le feu en "
        "milieu de matinée. Une centaine de sapeurs-pompiers ont été mobilisés.",
        "Le procureur de la République de Nantes, Pierre Sennès, a ouvert une enquête après la découverte de "
        "trois départs de feu distincts, l'un au niveau du grand orgue et deux autres dans la nef.",
        "La toiture a été épargnée, contrairement à l'incendie qui avait détruit la charpente de l'édifice en "
        "1972. Le sinistre ravive le souvenir de Notre-Dame de Paris, dont la charpente et la flèche avaient "
        "brûlé quinze mois plus tôt.",
    ),
    _page(
        "le-quotidien",
        "notre-dame-un-an-apres-l-incendie",
        "fr",
        "notredame",
        "distractor",
        "2020-04-15T08:00:00+02:00",
        "Julien Marchal",
        "Notre-Dame, un an après l'incendie : un chantier à l'arrêt",
        "Il y a un an, le 15 avril 2019, un incendie détruisait la charpente et la flèche de Notre-Dame de "
        "Paris. Mercredi à 20 heures, le bourdon Emmanuel sonnera pour rendre hommage aux soignants mobilisés "
        "contre l'épidémie de Covid-19, à l'heure des applaudissements.",
        "Le chantier est à l'arrêt depuis le confinement, à la mi-mars, alors que le démontage de l'échafaudage "
        "calciné, soit quelque 40 000 pièces de métal tordues par la chaleur, devait commencer. Le général "
        "Jean-Louis Georgelin, qui pilote la reconstruction, maintient l'objectif de rouvrir la cathédrale au "
        "culte en 2024, cinq ans après l'incendie.",
        "Les voûtes restent fragiles. Le Vendredi saint, l'archevêque de Paris, Michel Aupetit, a célébré dans "
        "la cathédrale une brève cérémonie devant la couronne d'épines, en présence d'une poignée de "
        "personnes.",
    ),
    _page(
        "atlantic-herald",
        "notre-dame-one-year-after-fire",
        "en",
        "notredame",
        "distractor",
        "2020-04-15T09:00:00-04:00",
        "Michael Grant",
        "A year after the fire, Notre-Dame's restoration is on hold",
        "One year ago today, on April 15, 2019, a fire tore through the roof of Notre-Dame cathedral in Paris "
        "and brought down its spire. Work on the cathedral has been halted since mid-March by the coronavirus "
        "lockdown.",
        "Before the pandemic, workers had been preparing to dismantle some 40,000 pieces of scaffolding that "
        "were twisted by the heat. Gen. Jean-Louis Georgelin, who leads the restoration, says the goal of "
        "reopening the cathedral for worship in 2024 still stands.",
        "On Wednesday evening, the cathedral's great bell, Emmanuel, was to ring at 8 p.m. to honor health "
        "workers fighting the virus.",
    ),
    _page(
        "agence-hexa",
        "notre-dame-de-paris-rouvre-ses-portes",
        "fr",
        "notredame",
        "distractor",
        "2024-12-07T22:30:00+01:00",
        "Antoine Ferrand",
        "Notre-Dame de Paris rouvre ses portes, cinq ans après l'incendie",
        "Plus de cinq ans après l'incendie d'avril 2019, Notre-Dame de Paris a rouvert ses portes samedi soir "
        "lors d'une cérémonie en présence d'Emmanuel Macron et d'environ 1 500 invités, dont Donald Trump et "
        "Volodymyr Zelensky. L'archevêque de Paris, Laurent Ulrich, a frappé trois fois à la grande porte avec "
        "sa crosse.",
        "Dans la nef, le président a remercié les pompiers, les artisans et les donateurs : 846 millions "
        "d'euros ont été collectés auprès de quelque 340 000 donateurs de 150 pays. La flèche, reconstruite à "
        "l'identique, domine de nouveau la cathédrale.",
        "Le chantier avait été dirigé par le général Jean-Louis Georgelin jusqu'à sa mort, en août 2023, puis "
        "par Philippe Jost. La première messe est célébrée dimanche.",
    ),
    _page(
        "world-broadcast",
        "notre-dame-reopens-five-years-after-fire",
        "en",
        "notredame",
        "distractor",
        "2024-12-07T23:00:00+00:00",
        "Tom Haskins",
        "Notre-Dame reopens five years after devastating fire",
        "Notre-Dame cathedral in Paris reopened on Saturday with a ceremony attended by President Emmanuel "
        "Macron and world leaders including US President-elect Donald Trump, more than five years after a fire "
        "destroyed its roof and spire.",
        "The Archbishop of Paris, Laurent Ulrich, knocked three times on the cathedral's great door with his "
        "crozier before entering. Mr Macron thanked the firefighters who saved the building in April 2019 and "
        "the craftspeople who restored it.",
        "About €846m was raised from some 340,000 donors in 150 countries. The spire, rebuilt as it was, again "
        "rises above the cathedral. The first Mass is to be held on Sunday.",
    ),
    _page(
        "journal-sports",
        "golf-tiger-woods-remporte-le-masters",
        "fr",
        "other",
        "unrelated",
        "2019-04-15T08:30:00+02:00",
        "Romain Lacoste",
        "Golf : Tiger Woods remporte le Masters, onze ans après son dernier titre majeur",
        "Tiger Woods a remporté dimanche le Masters d'Augusta, en Géorgie, son cinquième succès dans le tournoi "
        "et son quinzième titre du Grand Chelem, onze ans après sa dernière victoire dans un tournoi majeur, à "
        "l'US Open 2008.",
        "L'Américain de 43 ans a bouclé le parcours en 13 coups sous le par, un coup devant Dustin Johnson, "
        "Xander Schauffele et Brooks Koepka. Il a longtemps été à la lutte avec l'Italien Francesco Molinari, "
        "qui a perdu ses chances en envoyant sa balle dans l'eau au 12e trou.",
        "Opéré du dos à plusieurs reprises, Woods avait envisagé de mettre un terme à sa carrière. Il n'est "
        "plus qu'à une longueur de Jack Nicklaus, recordman avec six victoires au Masters.",
    ),
]

OTHER = [
    _page(
        "journal-sports",
        "rugby-bleus-battent-all-blacks",
        "fr",
        "other",
        "unrelated",
        "2023-09-08T23:35:00+02:00",
        "Romain Lacoste",
        "Coupe du monde de rugby : les Bleus dominent les All Blacks en ouverture",
        "Le XV de France a parfaitement lancé sa Coupe du monde à domicile en battant la Nouvelle-Zélande 27 "
        "à 13, vendredi soir au Stade de France, devant plus de 78 000 spectateurs. Un succès construit sur "
        "une défense solide et sur la précision au pied de Thomas Ramos.",
        "Les hommes de Fabien Galthié ont longtemps été bousculés en première période, avant de prendre le "
        "dessus après la pause grâce à un essai de Damian Penaud. Les All Blacks n'avaient jamais perdu un "
        "match de poule en Coupe du monde.",
        "Les Bleus affronteront l'Uruguay jeudi prochain à Lille, avant de retrouver la Namibie et l'Italie "
        "pour la suite de la phase de poules. Le sélectionneur a prévenu que la route vers le titre restait "
        "longue, mais la victoire a déclenché des scènes de liesse dans tout le pays.",
    ),
    _page(
        "journal-sports",
        "basket-allemagne-championne-du-monde",
        "fr",
        "other",
        "unrelated",
        "2023-09-10T17:00:00+02:00",
        "Romain Lacoste",
        "Basket : l'Allemagne sacrée championne du monde pour la première fois",
        "L'Allemagne a remporté dimanche à Manille la Coupe du monde de basket en battant la Serbie 83 à 77 "
        "en finale. C'est le premier titre mondial de l'histoire pour la sélection allemande, invaincue "
        "durant tout le tournoi. Elle s'était déjà imposée face aux Américains en demi-finale.",
        "Dennis Schröder, meneur et capitaine, a été le grand artisan de la victoire avec 28 points, et a été"
        " élu meilleur joueur de la compétition. La Serbie, privée de plusieurs cadres, a tenu tête jusque "
        "dans les dernières minutes. Franz Wagner a également brillé.",
        "Le Canada a décroché la médaille de bronze en s'imposant face aux États-Unis, une nouvelle "
        "désillusion pour les Américains. Le tournoi était organisé conjointement par les Philippines, le "
        "Japon et l'Indonésie, et la France avait été éliminée dès le premier tour.",
    ),
    _page(
        "journal-sports",
        "tour-de-france-vingegaard-double",
        "fr",
        "other",
        "unrelated",
        "2023-07-23T20:30:00+02:00",
        "Claire Bonnet",
        "Tour de France : Jonas Vingegaard remporte un deuxième titre consécutif",
        "Le Danois Jonas Vingegaard a remporté dimanche son deuxième Tour de France consécutif à l'issue de "
        "la dernière étape sur les Champs-Élysées. Il devance le Slovène Tadej Pogacar de plus de sept "
        "minutes au classement général. Son avance finale est de 7 minutes et 29 secondes.",
        "Le coureur de l'équipe Jumbo-Visma a creusé l'écart lors du contre-la-montre de Combloux puis dans "
        "l'ascension du col de la Loze, où son rival a craqué. Le Britannique Adam Yates complète le podium. "
        "Il s'est imposé avec une large avance.",
        "Côté français, la satisfaction est venue des victoires d'étape, tandis que le classement de la "
        "montagne est revenu à l'Italien Giulio Ciccone. Le Belge Jasper Philipsen, vainqueur de quatre "
        "étapes, s'adjuge le maillot vert du classement par points. Pogacar termine deuxième.",
    ),
    _page(
        "le-quotidien",
        "journees-du-patrimoine-2023",
        "fr",
        "other",
        "unrelated",
        "2023-09-15T08:00:00+02:00",
        "Pauline Garnier",
        "Journées européennes du patrimoine : des milliers de sites ouverts ce week-end",
        "Les Journées européennes du patrimoine se tiennent samedi 16 et dimanche 17 septembre dans toute la "
        "France. Châteaux, ministères, ateliers et lieux habituellement fermés au public ouvrent leurs "
        "portes, souvent gratuitement, pour des visites guidées et des animations. Plus de 20 000 lieux sont "
        "attendus.",
        "Cette édition met à l'honneur le patrimoine vivant et le patrimoine du sport, en écho à la Coupe du "
        "monde de rugby et aux Jeux olympiques de Paris l'an prochain. Plusieurs stades et piscines "
        "historiques proposent des visites exceptionnelles. Des animations sont prévues pour les familles.",
        "À Paris, l'Élysée et l'hôtel de Matignon figurent comme chaque année parmi les lieux les plus "
        "demandés, avec des réservations obligatoires pour certaines visites. Le ministère de la Culture "
        "recommande de consulter le programme en ligne pour vérifier les horaires et les conditions d'accès "
        "de chaque site.",
    ),
    _page(
        "agence-hexa",
        "bce-releve-ses-taux-septembre-2023",
        "fr",
        "other",
        "unrelated",
        "2023-09-14T14:30:00+02:00",
        "Antoine Ferrand",
        "La BCE relève ses taux pour la dixième fois d'affilée",
        "La Banque centrale européenne a relevé jeudi ses taux directeurs d'un quart de point, portant le "
        "taux de dépôt à 4 %, un niveau inédit depuis la création de l'euro. Il s'agit de la dixième hausse "
        "consécutive depuis juillet 2022.",
        "L'institution de Francfort a laissé entendre que ce niveau pourrait être maintenu suffisamment "
        "longtemps pour ramener l'inflation vers son objectif de 2 %. Elle a revu à la baisse ses prévisions "
        "de croissance pour la zone euro. Elle prévoit une inflation de 5,6 % cette année.",
        "Les marchés ont interprété ces propos comme le signal d'une pause prochaine dans le cycle de "
        "resserrement monétaire. La présidente Christine Lagarde a toutefois refusé d'affirmer que le pic des"
        " taux était atteint, soulignant que les décisions seraient prises réunion après réunion.",
    ),
    _page(
        "daily-chronicle",
        "england-beat-argentina-rugby-world-cup",
        "en",
        "other",
        "unrelated",
        "2023-09-09T22:45:00+01:00",
        "Oliver Grant",
        "Ford kicks 14-man England to victory over Argentina",
        "George Ford scored all of England's points as they beat Argentina 27-10 in Marseille in their "
        "opening Rugby World Cup match, despite playing most of the game with 14 men after Tom Curry was sent"
        " off in the third minute.",
        "Ford landed three drop goals in the first half and six penalties, controlling the game from fly-half"
        " as England's forwards dominated the set piece. He had been given the number 10 shirt because Owen "
        "Farrell was suspended, and he took his chance with a composed, tactically sharp performance.",
        "England face Japan in Nice next weekend. Argentina, who had hoped to top the pool, must now regroup "
        "against Samoa. Curry faces a disciplinary hearing after his red card for a high tackle, which left "
        "England short of a flanker for the coming weeks.",
    ),
    _page(
        "atlantic-herald",
        "fed-holds-rates-september-2023",
        "en",
        "other",
        "unrelated",
        "2023-09-20T15:30:00-04:00",
        "Michael Grant",
        "Fed holds rates steady but signals one more hike this year",
        "The Federal Reserve left its benchmark interest rate unchanged on Wednesday in a range of 5.25% to "
        "5.5%, the highest in 22 years, while signalling that one more increase could come before the end of "
        "the year. Officials noted that the economy was still growing solidly.",
        "Policymakers also said rates were likely to stay higher for longer, projecting fewer cuts in 2024 "
        "than they had expected in June. Stocks fell after the announcement. The decision was unanimous, and "
        "the new projections showed stronger growth and lower unemployment than previously forecast.",
        "Chair Jerome Powell said the central bank was prepared to raise rates further if inflation did not "
        "keep falling towards its 2% target. He added that a soft landing for the economy was plausible but "
        "not the Fed's baseline, and that officials would proceed carefully.",
    ),
    _page(
        "global-wire",
        "arm-shares-soar-nasdaq-debut",
        "en",
        "other",
        "unrelated",
        "2023-09-14T21:30:00+00:00",
        "Priya Natarajan",
        "Arm shares jump in Nasdaq debut, valuing chip designer at over $65 billion",
        "Shares of Arm Holdings rose about 25% on their first day of trading on the Nasdaq on Thursday, in "
        "the largest stock market listing of the year. The chip designer, owned by Japan's SoftBank, had "
        "priced its shares at $51.",
        "The stock opened at $56.10 and closed at $63.59, giving the company a market value of more than $65 "
        "billion. Arm's designs are used in almost all smartphones. SoftBank bought the British company in "
        "2016. Apple and Nvidia were among investors.",
        "Investors see the listing as a test of appetite for new technology flotations after a long slump in "
        "initial public offerings. Bankers said a strong debut could encourage other companies, including "
        "grocery delivery firm Instacart, to press ahead with their own listings.",
    ),
    _page(
        "world-broadcast",
        "apple-unveils-iphone-15-usb-c",
        "en",
        "other",
        "unrelated",
        "2023-09-12T19:30:00+01:00",
        "Tom Haskins",
        "Apple switches iPhone to USB-C charging",
        "Apple has unveiled the iPhone 15 with a USB-C charging port, replacing its own Lightning connector "
        "after more than a decade. The change follows European Union rules requiring a common charger for "
        "phones and other devices. The new phones go on sale later this month.",
        "The new Pro models have a titanium frame and, on the larger version, a longer-range camera zoom. "
        "Apple also presented new Apple Watch models at the event in Cupertino. Prices for the standard "
        "models are unchanged in the United States.",
        "Analysts said the switch to USB-C would be welcomed by consumers who already use the connector for "
        "laptops and tablets. Apple said some of its new Apple Watch models were its first carbon-neutral "
        "products, a claim that some environmental groups questioned.",
    ),
    _page(
        "radio-horizon",
        "inflation-france-aout-2023",
        "fr",
        "other",
        "unrelated",
        "2023-09-14T09:15:00+02:00",
        "Mathieu Roussel",
        "Inflation : les prix repartent à la hausse en août, tirés par l'énergie",
        "L'inflation en France a atteint 4,9 % sur un an en août, selon les chiffres définitifs publiés jeudi"
        " par l'Insee, après 4,3 % en juillet. La hausse s'explique surtout par le rebond des prix de "
        "l'énergie, en particulier de l'électricité et des carburants.",
        "Les prix de l'alimentation continuent en revanche de ralentir, même s'ils restent en forte "
        "progression sur un an. Les services augmentent à un rythme stable. L'indice harmonisé, utilisé pour "
        "les comparaisons européennes, progresse de 5,7 % sur un an. Les loyers progressent aussi.",
        "Le gouvernement espère une décrue de l'inflation d'ici la fin de l'année, grâce notamment aux "
        "négociations avec les industriels de l'agroalimentaire. La Banque de France table sur un retour "
        "progressif vers 2 % en 2025, à condition que les prix de l'énergie se stabilisent.",
    ),
]

from .pages_heldout import HELDOUT_PAGES  # noqa: E402 (it imports _page from here)
from .pages_heldout_c import HELDOUT_C_PAGES  # noqa: E402 (a third held-out event, in its own file too)

PAGES = KARABAKH + MOROCCO + DERNA + HUALIEN + MAUI + NOTREDAME + HELDOUT_PAGES + HELDOUT_C_PAGES + OTHER
