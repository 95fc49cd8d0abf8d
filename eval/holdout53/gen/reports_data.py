"""Content of the seven held-out reports, as data. Rendered by render.py, built by build.py.

Each claim is (text, [evidence...]); evidence is (source title, "q" | "f", text):
"q" renders as `Relevant quote: "..."`, "f" as `Key finding: ...`.
`fmt` picks the format variations for the report.
"""

TORDESILLAS = dict(
    slug="treaty-of-tordesillas-1494",
    field="history",
    fmt=dict(crlf=True),
    date="2026-01-21 09:40",
    topic=["How did the 1494 Treaty of Tordesillas divide newly found lands between",
           "Spain and Portugal, and how well did the dividing line hold?"],
    sources=18,
    extra={},
    summary=("This report looks at the Treaty of Tordesillas, the agreement by which the crowns of Castile "
             "and Portugal split the lands found by their navigators along a north-south meridian in the "
             "Atlantic. It covers the diplomacy that produced the treaty, the practical problem of fixing a "
             "line at sea, and what the division meant for the Americas."),
    angles=["Diplomatic perspective", "Geographic line perspective", "Long-term consequences perspective"],
    groups=[
        ("Diplomatic Perspective", [
            ("The Treaty of Tordesillas was signed on 7 June 1494 at Tordesillas, a Castilian town now in the province of Valladolid.", [
                ("Essays in Historical Criticism", "q", "Three plenipotentiaries from each kingdom met at Tordesillas, and June 7, 1494, signed the treaty of that name."),
                ("Treaty of Tordesillas - metaglossary", "f", "The treaty was signed at Tordesillas, which lies in today's province of Valladolid, Spain."),
            ]),
            ("In May 1493 Pope Alexander VI issued the bull Inter caetera, which gave Spain the lands west of a meridian 100 leagues from the Cape Verde Islands.", [
                ("Treaty of Tordesillas - Museo Galileo", "q", "Pope Alexander VI (1431-1503) issued the bull Inter Caetera in May 1493, assigning to the Spanish crown all the lands discovered west of a meridian set at 100 leagues from the Cape Verde Islands."),
            ]),
            ("King John II of Portugal was unhappy with the papal line and opened negotiations with Ferdinand and Isabella to move it further west.", [
                ("Treaty of Tordesillas - encyclopedia.kids.net.au", "q", "the Portuguese King John II was not happy, so he opened negotiations with King Ferdinand and Queen Isabella of Spain to move the line to the west"),
            ]),
            ("The Spanish negotiators at Tordesillas were Don Enrique Enríquez, Don Gutierre de Cárdenas and Dr. Rodrigo Maldonado.", [
                ("European treaties bearing on the history of the United States and its dependencies", "q", "the Spanish representatives, Don Enrique Enriques, Don Gutierre de Cardenas, and Dr. Rodrigo Maldonado, concluded a treaty"),
            ]),
            ("Spain ratified the treaty on 2 July 1494 and Portugal ratified it on 5 September 1494.", [
                ("Treaty of Tordesillas - encyclopedia.kids.net.au", "q", "The treaty was ratified by Spain, July 2, and by Portugal, September 5, 1494."),
            ]),
            ("Pope Julius II sanctioned the treaty in a new papal bull issued in 1506.", [
                ("Treaty of Tordesillas - encyclopedia.kids.net.au", "q", "it was sanctioned by Pope Julius II in a new bull of 1506"),
                ("Portugal e Espanha assinam o Tratado de Tordesilhas", "f", "The agreement was sanctioned by Pope Julius II in 1506."),
            ]),
        ]),
        ("Geographic Line Perspective", [
            ("The treaty fixed the dividing meridian 370 leagues west of the Cape Verde Islands, 270 leagues further west than the papal line.", [
                ("Essays in Historical Criticism", "q", "The new dividing line was drawn 370 leagues west of the Cape Verd Islands"),
                ("Essays in Historical Criticism", "f", "A footnote citing Gomara says Ferdinand and Isabella gave King John two hundred and seventy more leagues at Tordesillas."),
            ]),
            ("The meridian is usually placed at about 46°37′ west, roughly 1,770 km west of the Cape Verde Islands.", [
                ("Treaty of Tordesillas - Museo Galileo", "q", "The meridian marking the boundary was shifted to 370 leagues (1,770 km) west of the Cape Verde Islands, or longitude 46°37' west."),
            ]),
            ("Within ten months each side was to send one or two caravels to meet at Grand Canary and measure out the line together.", [
                ("European treaties bearing on the history of the United States and its dependencies", "q", "Within ten months after the date of the treaty each party was to send one or two caravels with pilots, astrologers, and mariners"),
            ]),
            ("Where the line crossed any land, the treaty required boundary towers or other markers to be built.", [
                ("European treaties bearing on the history of the United States and its dependencies", "q", "if the line should intersect land, boundary towers or marks were to be erected"),
            ]),
            ("Lands found by Spain in the first 20 days after the signing were to go to Portugal if they lay within 250 leagues of the Cape Verde Islands.", [
                ("European treaties bearing on the history of the United States and its dependencies", "f", "Spanish discoveries made in the twenty days after the treaty went to Portugal when they lay within the first 250 leagues west of the Cape Verde Islands."),
            ]),
            ("Because longitude could not be measured accurately, the line's true position stayed disputed, and Portugal at times claimed different Cape Verde islands as the starting point.", [
                ("European treaties bearing on the history of the United States and its dependencies", "q", "Portugal claimed now one and now another of the Cape Verde group as the point of departure for measurement westwards."),
            ]),
        ]),
        ("Long-term Consequences Perspective", [
            ("Portugal was granted Brazil after Pedro Álvares Cabral reached it in 1500, because it lay east of the line.", [
                ("Treaty of Tordesillas - encyclopedia.kids.net.au", "q", "Brazil, when it was discovered in 1500 by Pedro Alvarez Cabral, was granted to Portugal."),
            ]),
            ("Other exploring nations such as France, England and the Netherlands were shut out of the division and did not accept it.", [
                ("Treaty of Tordesillas - encyclopedia.kids.net.au", "f", "France, England and the Netherlands, the remaining exploring nations of Europe, were explicitly excluded from the Spanish-Portuguese duopoly."),
            ]),
            ("The line was never strictly enforced, and Spain did not resist Portuguese expansion of Brazil west of the meridian.", [
                ("Treaty of Tordesillas - encyclopedia.kids.net.au", "q", "The line was not strictly enforced - the Spanish did not resist the Portuguese expansion of Brazil across the meridian."),
            ]),
        ]),
    ],
    focus=[
        ("How the Line Was Negotiated", [("Risks", "A line drawn before anyone had surveyed the ocean invited later quarrels."),
                                         ("Benefits", "Direct talks between the two crowns settled a dispute the papal bull had left open.")]),
        ("Fixing a Meridian at Sea", [("Risks", "No reliable way to measure longitude, and no agreed length for a league."),
                                      ("Benefits", "A joint survey by both crowns was written into the text.")]),
    ],
    conclusions=("The treaty turned a papal grant into a bilateral bargain and moved the line far enough west to "
                 "give Portugal a foothold in South America. Its weakness was practical: neither side could say "
                 "exactly where the meridian ran, and powers outside the agreement never felt bound by it."),
    refs=[
        ("Treaty of Tordesillas - Museo Galileo", "https://exhibits.museogalileo.it/waldseemuller/ewal.php?c%5B%5D=54054"),
        ("Treaty of Tordesillas - encyclopedia.kids.net.au", "http://encyclopedia.kids.net.au/page/tr/Treaty_of_Tordesillas"),
        ("European treaties bearing on the history of the United States and its dependencies", "https://en.m.wikisource.org/wiki/Page:European_treaties_bearing_on_the_history_of_the_United_States_and_its_dependencies.djvu/95"),
        ("Essays in Historical Criticism", "https://en.wikisource.org/wiki/Page:Essays_in_Historical_Criticism.djvu/222"),
        ("Portugal e Espanha assinam o Tratado de Tordesilhas", "https://cultura.avancada.info/historia/popup/till16text30.htm"),
        ("Treaty of Tordesillas - metaglossary", "https://www.metaglossary.com/define/treaty+of+tordesillas"),
    ],
)

RED_CRABS = dict(
    slug="christmas-island-red-crab-migration",
    field="nature",
    fmt=dict(bom=True),
    date="2026-01-22 14:05",
    topic=["What drives the annual red crab migration on Christmas Island, and how has the",
           "population fared against invasive yellow crazy ants?"],
    sources=22,
    extra={},
    summary=("Christmas Island's red crabs are best known for their mass march from the rainforest to the "
             "shore to breed. This report describes the timing and stages of that migration, the crabs' role "
             "in the forest, and the damage done by invasive yellow crazy ants together with the biological "
             "control programme that followed."),
    angles=["Breeding migration", "Forest ecology", "Invasive ants and recovery"],
    groups=[
        ("Breeding Migration", [
            ("The red crab Gecarcoidea natalis lives only on Christmas Island, an Australian territory in the Indian Ocean.", [
                ("Red Crab - National Geographic Channel", "f", "Gecarcoidea natalis is a Christmas Island, Australia, original found nowhere else in the world."),
            ]),
            ("The breeding migration from the forest to the coast begins with the first heavy rains of the wet season, usually in October or November.", [
                ("Red Crab Migration on Christmas Island: A Stunning Sight", "f", "The march to the sea is triggered by the first heavy rains of the wet season, usually in October or November."),
            ]),
            ("Males lead the first wave of the migration, and the larger males reach the sea after about five to seven days.", [
                ("Red Crab Migration - tuanhakim blog", "f", "Males lead the first wave down; larger males arrive at the sea first, after about five to seven days, and are soon outnumbered by females."),
            ]),
            ("On the lower terraces males dig burrows at densities of one to two per square metre and fight each other for them.", [
                ("Red Crab Migration - tuanhakim blog", "f", "Males retreat to the lower terraces to dig burrows at one to two per square metre and fight for them."),
            ]),
            ("After mating, females brood their eggs in moist burrows for 12 to 13 days.", [
                ("Red Crab Mothers - National Geographic Education", "f", "Females brood their eggs in dirt or coastal rock burrows for 12 to 13 days."),
            ]),
            ("A single female can carry up to 100,000 eggs in her abdominal brood pouch.", [
                ("Red Crab Mothers - National Geographic Education", "f", "A female red crab can lay up to 100,000 eggs, which she holds in her abdominal sac."),
            ]),
            ("Females release their eggs into the sea at the turn of the high tide during the moon's last quarter, when sea level varies least.", [
                ("Red Crab Migration - tuanhakim blog", "f", "Eggs are released precisely at the turn of the high tide during the last lunar quarter, when sea level at the cliffs and beaches varies least."),
            ]),
            ("The eggs hatch on contact with seawater, and the larvae spend about a month at sea before returning as prawn-like megalopae.", [
                ("Million Red Crabs Cross the Road to Sea in Christmas Island", "f", "Eggs hatch as soon as they meet seawater; after about a month and several larval stages the young return as megalopae, which look like prawns."),
            ]),
        ]),
        ("Forest Ecology", [
            ("Christmas Island lies 489 kilometres south of Jakarta and about 2,600 kilometres northwest of mainland Australia.", [
                ("Saving Christmas Island: Sarah Wilson's Fight Against Yellow Crazy Ants", "f", "The island lies 489 kilometres south of Jakarta, Indonesia, and 2,600 kilometres northwest of mainland Australia."),
            ]),
            ("About 63% of Christmas Island is protected as a national park.", [
                ("Saving Christmas Island: Sarah Wilson's Fight Against Yellow Crazy Ants", "f", "63% of the island is protected as a National Park."),
            ]),
            ("Red crabs feed on fallen leaves, seedlings, fruits and flowers, recycling nutrients and shaping which plants grow on the forest floor.", [
                ("Red Crab - National Geographic Channel", "f", "The crabs scavenge fallen leaves, seedlings, fruits and flowers, recycling nutrients and helping set the spread and make-up of native plants."),
            ]),
            ("During peak migration, stretches of road are closed to traffic and crab tunnels have been built under roads.", [
                ("Red Crab - National Geographic Channel", "f", "The moving crabs wash over roads, which has made crab tunnels and road closures necessary."),
                ("Red Crab Migration - tuanhakim blog", "f", "Road sections with heavy crab crossings may be closed to vehicles for short periods at peak times."),
            ]),
        ]),
        ("Invasive Ants and Recovery", [
            ("Yellow crazy ants, which probably arrived in the 1990s, are believed to have killed about 30 million red crabs.", [
                ("Christmas Island's red crabs need new solution to control crazy ants - ABC News", "f", "Crazy ants are believed to have reached the island in the 1990s; about 30 million red crabs are thought to have died from them."),
            ]),
            ("In 2016 scientists released a Malaysian micro-wasp to control the yellow lac scale, an insect whose honeydew feeds the crazy ants.", [
                ("Christmas Island's red crabs need new solution to control crazy ants - ABC News", "f", "A Malaysian micro-wasp introduced in 2016 targets the yellow lac scale, whose honeydew is a food source for the ants."),
            ]),
            ("Red crab numbers were reported in 2025 to possibly exceed 180 million, after about two-thirds of the population was lost between the early 2000s and mid-2010s.", [
                ("Red Crab Migration on Christmas Island: A Stunning Sight", "f", "Roughly two-thirds of the population was lost between the early 2000s and mid-2010s; by 2025 numbers may exceed 180 million."),
            ]),
        ]),
    ],
    focus=[
        ("Timing of the March", [("Risks", "Dry weather can delay the march to the next lunar month."),
                                 ("Benefits", "Lunar timing gives the females calm water at the shoreline.")]),
        ("Managing the Ant Invasion", [("Risks", "Ant colonies can switch to other sugar sources."),
                                       ("Benefits", "Biological control spread across the island on its own.")]),
    ],
    conclusions=("The migration is tightly tied to rain, moon and tide. After heavy losses to invasive ants, the "
                 "red crab population appears to be recovering, though park staff say the ants have not been beaten."),
    refs=[
        ("Saving Christmas Island: Sarah Wilson's Fight Against Yellow Crazy Ants", "https://www.shechangesclimate.org/edges-of-earth/saving-christmas-island-sarah-wilsons-fight-against-yellow-crazy-ants-for-the-love-of-red-crabs"),
        ("Red Crab - National Geographic Channel", "http://channel.nationalgeographic.com/animals/invertebrates/articles/red-crab/"),
        ("Red Crab Mothers - National Geographic Education", "https://www.nationalgeographic.org/media/red-crab-mothers/"),
        ("Red Crab Migration - tuanhakim blog", "http://tuanhakim.blogspot.com/2011/10/red-crab-migration.html"),
        ("Million Red Crabs Cross the Road to Sea in Christmas Island", "https://osjar.net/million-red-crabs-cross-the-road-to-sea-in-christmas-island/"),
        ("Christmas Island's red crabs need new solution to control crazy ants - ABC News", "https://www.abc.net.au/news/2021-05-25/scientists-work-to-curb-crazy-ants-on-christmas-island/100161132"),
        ("Red Crab Migration on Christmas Island: A Stunning Sight", "https://www.newsdirectory3.com/red-crab-migration-on-christmas-island-a-stunning-sight/"),
    ],
)

RAINHILL = dict(
    slug="rainhill-trials-1829",
    field="engineering",
    fmt=dict(curly=True),
    date="2026-01-23 11:30",
    topic=["What happened at the 1829 Rainhill Trials and why did Rocket win?"],
    sources=15,
    extra={"Research Tool": "deep-research 2.3", "Language": "en-GB"},
    summary=("In October 1829 the Liverpool and Manchester Railway staged a public contest at Rainhill to find "
             "out whether steam locomotives could work its new line. This report covers the rules set for the "
             "contest, the five machines that took part and what survives of them."),
    angles=["Competition rules perspective", "Competing locomotives perspective", "Legacy perspective"],
    groups=[
        ("Competition Rules Perspective", [
            ("The Rainhill Trials ran from 6 to 14 October 1829 on a level stretch of the Liverpool and Manchester Railway at Rainhill, Lancashire.", [
                ("Rainhill trials - Wikipedia", "q", "The Rainhill trials were a competition run from 6 to 14 October 1829"),
                ("Rainhill Trials - Ron Smith's Liverpool pages", "q", "A two mile stretch of track was chosen because it was straight and level."),
            ]),
            ("The railway's directors held the trials to decide whether trains should be hauled by locomotives or by stationary steam engines with cables.", [
                ("Rainhill trials - Wikipedia", "q", "The directors of the Liverpool and Manchester Railway had originally intended to use stationary steam engines to haul trains along the railway using cables."),
                ("Rainhill Trials - Spartacus Educational", "q", "The directors of the Liverpool & Manchester company were unsure whether to use locomotives or stationary engines on their line."),
            ]),
            ("The Liverpool and Manchester Railway offered a £500 prize to the winning locomotive.", [
                ("Rainhill Trials - Spartacus Educational", "q", "it was decided to hold a competition where the winning locomotive would be awarded £500"),
                ("Rainhill trials - Wikipedia", "f", "A prize of £500 was offered to the winner of the trials."),
            ]),
            ("The judges were John Urpeth Rastrick of Stourbridge, Nicholas Wood of Killingworth and John Kennedy, a Manchester cotton spinner.", [
                ("Rainhill trials - Wikipedia", "q", "John Urpeth Rastrick, a locomotive engineer of Stourbridge; Nicholas Wood, a mining engineer from Killingworth"),
                ("The People - Judges and Entrants of the Rainhill Trials", "f", "The reports of Wood and Rastrick suggest that Kennedy, a former improver of spinning machinery, had little real role in the trials."),
            ]),
            ("Under the rules an engine could weigh no more than six tons and had to cost less than £550.", [
                ("Rainhill Trials - Spartacus Educational", "q", "the maximum weight was to be six tons. All wheels had to be sprung and the cost of the locomotive had to be less than £550."),
            ]),
            ("Each engine had to haul three times its own weight at a speed of at least 10 mph.", [
                ("Rainhill Trials - Spartacus Educational", "q", "The gross weight of the train was stated to be not less than three times the engine's weight. To qualify for the first prize the locomotive had to reach speeds of 10 mph"),
                ("Rainhill Trials - everything2", "f", "Engines had to pull at least three times their own weight on level ground at 10 miles per hour or more."),
            ]),
        ]),
        ("Competing Locomotives Perspective", [
            ("Ten locomotives were entered, but only five were ready to run when the trials opened.", [
                ("Rainhill trials - Wikipedia", "q", "Ten locomotives were officially entered for the trials, but on the day the competition began – 6 October 1829 – only five were available to run"),
            ]),
            ("Thomas Brandreth's Cycloped was powered by a horse walking on a belt and was withdrawn after the horse fell through the floor.", [
                ("Rainhill Trials - Spartacus Educational", "q", "Cycloped was owned by Thomas Brandreth, was powered by a horse walking on a drive belt."),
                ("Rainhill Trials - fact-index", "f", "Cycloped was withdrawn after an accident in which the horse burst through the floor of the engine."),
            ]),
            ("Timothy Burstall's Perseverance was damaged when the wagon carrying it overturned, and he was given a £25 consolation prize.", [
                ("Rainhill Trials - Spartacus Educational", "q", "Perseverance, owned by Timothy Burstall of Leith, was damaged on the way to the Rainhill Trials when the wagon that was carrying it overturned."),
                ("Rainhill Trials - fact-index", "q", "It was granted a 25 consolation prize."),
            ]),
            ("Timothy Hackworth's Sans Pareil was found to be overweight and broke down after eight trips when a cylinder cracked.", [
                ("Rainhill Trials - fact-index", "q", "it did eventually complete eight trips before cracking a cylinder"),
                ("Rainhill Trials - everything2", "q", "Timothy Hackworth's Sans Pareil was judged to be overweight, but was permitted to take part anyway."),
            ]),
            ("Novelty, built by Braithwaite and Ericsson in London, was the world's first tank locomotive and the crowd's favourite.", [
                ("Rainhill trials - Wikipedia", "q", "Novelty, the world's first tank locomotive"),
                ("The People - Judges and Entrants of the Rainhill Trials", "q", "Its sleek appearance made it the public's favourite."),
            ]),
            ("Rocket was the only locomotive to complete the trials and was declared the winner.", [
                ("Rainhill trials - Wikipedia", "q", "Stephenson's Rocket was the only locomotive to complete the trials and was declared the winner."),
                ("The People - Judges and Entrants of the Rainhill Trials", "f", "Rocket alone completed the distance and met all the other requirements."),
            ]),
        ]),
        ("Legacy Perspective", [
            ("Between 10,000 and 15,000 spectators were recorded at Rainhill on some days of the trials.", [
                ("Rainhill Trials - Ron Smith's Liverpool pages", "q", "On a number of days it is recorded there were 10 to 15,000 spectators present."),
                ("Rainhill Trials - Spartacus Educational", "q", "On the first day over 10,000 people turned up to watch the competitors."),
            ]),
            ("The original Sans Pareil is preserved at Locomotion, the National Railway Museum's out-station at Shildon.", [
                ("The Rainhill Trials by Anthony Dawson", "q", "The original Sans Pareil as preserved at Locomotion, the NRM out-station at Shildon"),
            ]),
            ("A full-scale re-enactment of the trials was staged in 2002, and a more faithful replica of Rocket was built in 2010.", [
                ("The Rainhill Trials by Anthony Dawson", "f", "The book draws on the building in 2010 of a more faithful Rocket replica and on a full-scale re-enactment of the trials in 2002."),
            ]),
        ]),
    ],
    focus=[
        ("Rules of the Contest", [("Risks", "Rules changed several times before the contest began."),
                                  ("Benefits", "Clear weight, load and speed tests let the judges compare very different machines.")]),
        ("Why the Contest Mattered", [("Benefits", "It settled the argument over cable haulage and gave the Stephensons the contract for the line's engines.")]),
    ],
    conclusions=("Rainhill was as much a public demonstration as an engineering test. Rocket won because it was the "
                 "one entrant that ran the full distance within the rules, while its rivals failed through damage, "
                 "weight or breakdowns."),
    refs=[
        ("Rainhill trials - Wikipedia", "https://en.wikipedia.org/wiki/Rainhill_trials"),
        ("Rainhill Trials - Spartacus Educational", "http://spartacus-educational.com/RArainhill.htm"),
        ("Rainhill Trials - Ron Smith's Liverpool pages", "http://www.ronsmith.clara.net/liverpool/rainhill_trials.htm"),
        ("The Rainhill Trials by Anthony Dawson", "https://www.amberley-books.com/blog/2019/01/the-rainhill-trials-by-anthony-dawson/"),
        ("Rainhill Trials - fact-index", "Unknown"),
        ("The People - Judges and Entrants of the Rainhill Trials", "Unknown"),
        ("Rainhill Trials - everything2", "Unknown"),
    ],
)

KOLFF = dict(
    slug="kolff-rotating-drum-kidney",
    field="medicine",
    fmt=dict(no_angles=True, no_focus=True),
    date="2026-01-24 16:50",
    topic=["How did Willem Kolff build the first working artificial kidney in occupied",
           "Netherlands, and what became of it?"],
    sources=12,
    extra={},
    summary=("Willem Kolff built a working dialysis machine in the Netherlands during the German occupation, "
             "using whatever materials he could find. This report traces why he started, how the rotating drum "
             "kidney was put together, its first clinical results and Kolff's later career in the United States."),
    angles=None,
    groups=[
        ("Invention Under Occupation Perspective", [
            ("Willem Kolff began working on an artificial kidney after watching a 22-year-old man die of kidney failure in Groningen in 1938.", [
                ("Willem Kolff - The Telegraph obituary", "q", "As a young physician in the Dutch city of Groningen before the war, Kolff had witnessed the death of a 22-year-old man from kidney failure."),
                ("The Artificial Kidney - Remedia", "f", "In 1938, while working in Groningen, Kolff saw a 22-year-old patient die of acute renal failure."),
            ]),
            ("The principle of dialysis had been described about 80 years earlier by the Scottish chemist Thomas Graham.", [
                ("Willem Kolff: Invented the kidney dialysis machine - BMJ", "q", "whose principles had been discovered by the Scottish chemist Thomas Graham 80 years before"),
            ]),
            ("In 1941 Kolff became head internist at the city hospital in Kampen, saying he did not want to work under a Nazi clinic director.", [
                ("Willem Kolff - Wikipedia (German)", "f", "In 1941 he became head internist at the Kampen city hospital because, by his own account, he did not want to keep working under a National Socialist clinic director."),
            ]),
            ("In May 1940, caught in The Hague as German bombers attacked nearby airfields, Kolff set up a blood bank at the municipal hospital.", [
                ("Willem Kolff: Invented the kidney dialysis machine - BMJ", "f", "Caught in The Hague while German bombers attacked nearby military airfields in May 1940, he offered to set up a blood bank in the municipal hospital."),
            ]),
            ("The rotating drum kidney wrapped cellophane sausage casing around a drum that turned in a bath of cleansing fluid.", [
                ("Willem Kolff - The Telegraph obituary", "q", "he fashioned a machine out of cellophane sausage skins wrapped around a cylinder, resting in an enamel bath of cleansing fluid"),
                ("16 medical procedures and devices from the early 1900s", "f", "A long tube of sausage casing was wound round a slatted drum turned by an electric motor."),
            ]),
            ("With materials scarce, Kolff used a Ford car's water pump, orange-juice cans, washing-machine parts and metal from a downed German plane.", [
                ("The Artificial Kidney - Remedia", "q", "Dr. Willem Kolff used parts from an old car motor, washing-machine components, orange-juice cans and sausage skins"),
                ("Willem Kolff: Invented the kidney dialysis machine - BMJ", "q", "used a water pump from a Ford model T, an aluminium drum made from a downed German warplane"),
            ]),
        ]),
        ("Clinical Results Perspective", [
            ("The first 15 patients Kolff connected to the drum kidney died.", [
                ("The history of the first kidney dialysis machine", "f", "None of the first 15 people Kolff hooked up to his artificial kidney survived."),
            ]),
            ("The first patient saved, in 1945 a few months after liberation, was a comatose woman who had been imprisoned as a Nazi collaborator.", [
                ("Willem Kolff - The Telegraph obituary", "q", "a woman who had been imprisoned as a Nazi collaborator but was in a coma due to renal failure"),
                ("Willem Kolff: Invented the kidney dialysis machine - BMJ", "f", "The last of the patients treated between 1943 and 1945 survived, a few months after liberation."),
            ]),
            ("After her treatment the woman opened her eyes and said she was going to divorce her husband, Kolff recalled.", [
                ("Willem Kolff - The Telegraph obituary", "f", "Kolff recalled that after many hours of treatment she slowly opened her eyes and announced she would divorce her husband."),
            ]),
            ("Kolff received his doctorate in Groningen in 1946 with a thesis titled De Kunstmatige Nier (The Artificial Kidney).", [
                ("Willem Kolff - Wikipedia (German)", "f", "In 1946 Kolff took his doctorate at Groningen with a treatise on De Kunstmatige Nier."),
            ]),
        ]),
        ("Later Career Perspective", [
            ("Kolff sent his first artificial kidney to the United States in 1947.", [
                ("The history of the first kidney dialysis machine", "q", "In 1947, Kolff sent his first artificial kidney to the United States."),
            ]),
            ("Kolff emigrated to the United States in 1950, worked at the Cleveland Clinic until 1967 and then moved to Salt Lake City.", [
                ("Willem Kolff - Wikipedia (German)", "q", "From 1950 to 1967 Kolff worked in Cleveland at the Cleveland Clinical Foundation, from 1967 in Salt Lake City."),
            ]),
            ("Kolff is widely referred to as the father of artificial organs.", []),
            ("Kolff received the Lasker Award for clinical medical research at the age of 91.", [
                ("Willem Kolff, The Dutch Tinkerer", "q", "Dr Kolff received many international awards, including the Lasker Award for Clinical Medical research, when he was... 91"),
            ]),
            ("Kolff died on 11 February 2009 in Newtown Square, Pennsylvania, three days before his 98th birthday.", [
                ("Willem Kolff - Wikipedia (German)", "f", "Born 14 February 1911 in Leiden; died 11 February 2009 in Newtown Square, Pennsylvania."),
            ]),
        ]),
    ],
    focus=None,
    conclusions=("Kolff's drum kidney showed that blood could be cleaned outside the body for long enough to carry a "
                 "patient through acute kidney failure. Its early record was grim, but the 1945 survivor proved the "
                 "principle, and Kolff spent the rest of his career on artificial organs."),
    refs=[
        ("Willem Kolff - The Telegraph obituary", "Unknown"),
        ("Willem Kolff: Invented the kidney dialysis machine - BMJ", "Unknown"),
        ("The history of the first kidney dialysis machine", "Unknown"),
        ("Willem Kolff - Wikipedia (German)", "Unknown"),
        ("Willem Kolff, The Dutch Tinkerer", "Unknown"),
        ("The Artificial Kidney - Remedia", "Unknown"),
        ("16 medical procedures and devices from the early 1900s", "Unknown"),
    ],
)

BOBSLEIGH = dict(
    slug="jamaica-bobsleigh-calgary-1988",
    field="sport",
    fmt=dict(),
    date="2026-01-25 10:15",
    topic=["How did a Jamaican bobsleigh team come to compete at the 1988 Calgary",
           "Winter Olympics, what happened on the track, and what did the team lea"],
    sources=None,
    extra={},
    summary=("Jamaica sent a bobsleigh team to the 1988 Winter Olympics in Calgary, a first for a country with no "
             "snow. This report looks at how the team was put together, what happened in the four-man event and "
             "the team's long afterlife in film and later Games."),
    angles=["Origins perspective", "Building the team perspective", "Calgary 1988 perspective", "Legacy perspective"],
    groups=[
        ("Origins Perspective", [
            ("The Jamaica Bobsleigh Federation was set up in 1987 by two Americans living in Jamaica, George Fitch and William Maloney.", [
                ("Crashing Start - Jamaica Bobsleigh Team", "q", "Two American businessmen, George Fitch, the first President of the Jamaica Bobsleigh Federation and businessman William Maloney, who at the time both lived in Jamaica, formed the JBF."),
                ("Jamaican Bobsledders Hoping to Try It Again - Los Angeles Times", "f", "The federation grew from two men talking about the Olympics in the summer of 1987."),
            ]),
            ("Fitch and Maloney got the idea after watching a local pushcart derby and noticing how much it resembled bobsledding.", [
                ("Crashing Start - Jamaica Bobsleigh Team", "q", "Having seen the local pushcart derby and noting its similarity with bobsledding"),
            ]),
            ("Fitch, a former U.S. foreign service officer, spent more than $100,000 of his own money equipping and preparing the team.", [
                ("Jamaican Bobsledders Hoping to Try It Again - Los Angeles Times", "q", "Fitch spent more than $100,000 of his own money outfitting, equipping and preparing his team for the Olympics."),
            ]),
            ("At the first recruitment meeting most of the hopefuls walked out after Fitch showed them a video that included frightening bobsled crashes.", [
                ("Crashing Start - Jamaica Bobsleigh Team", "f", "After a video with some frightening crashes, Fitch found himself standing in an almost empty hall."),
            ]),
        ]),
        ("Building the Team Perspective", [
            ("Jamaica's top sprinters, then preparing for the 1988 Seoul Summer Olympics, turned down Fitch's invitation.", [
                ("Jamaican bobsled team returns to the Olympics - The Washington Post", "f", "Fitch first tried to recruit athletes preparing for the 1988 Seoul Summer Olympics but was dismissed."),
            ]),
            ("Michael White, the Jamaica Defence Force's sprint champion, and Devon Harris, an 800-metre runner, were recruited through the army.", [
                ("Jamaican bobsled team returns to the Olympics - The Washington Post", "q", "who's our current sprint champion?' and he said Mike White. Likewise with Devon Harris, who was 800 meters."),
            ]),
            ("Dudley Stokes was picked to drive the sled because he was an army helicopter pilot.", [
                ("Jamaican bobsled team returns to the Olympics - The Washington Post", "f", "Asked for someone with the hand-eye coordination to drive, the army named its helicopter pilot, Dudley Stokes."),
            ]),
            ("Howard Siler coached the team, and John Candy later played a character based on him, Irving Blitzer, in Cool Runnings.", [
                ("1988 Jamaican bobsled team crash injuries", "q", "John Candy played the role of Siler as the fictional character Irving Blitzer."),
            ]),
        ]),
        ("Calgary 1988 Perspective", [
            ("Jamaica made its Winter Olympic debut at the 1988 Calgary Games, entering both the two-man and four-man bobsleigh.", [
                ("1988 Winter Olympics Jamaican bobsled crash", "q", "They competed in one sport, Bobsledding, in both the two-man and four-man events"),
            ]),
            ("On its third run in the four-man event the sled, driven by Dudley Stokes, lost control and crashed at about 85 mph.", [
                ("1988 Winter Olympics Jamaican bobsled crash", "f", "On the third run Stokes lost control of the sled, which crashed while travelling at 85 mph."),
            ]),
            ("Stokes walked away from the crash with only a sore neck, although his head had been pinned against the wall of the run.", [
                ("Jamaican Bobsledders Hoping to Try It Again - Los Angeles Times", "q", "Stokes, who walked way from the run with only a sore neck"),
            ]),
            ("Before 1988 athletes from tropical countries, such as Arturo Kinch of Costa Rica in 1980 and Lamine Gueye of Senegal in 1984, had competed only as individuals at the Winter Olympics.", [
                ("Look-back: When four Jamaicans ran cool at the Winter Olympics", "f", "Earlier tropical entrants such as Arturo Kinch (1980) and Lamine Gueye (1984) competed individually; Jamaica was the first such team."),
            ]),
        ]),
        ("Legacy Perspective", [
            ("The 1993 Disney film Cool Runnings was inspired by the team and used footage of the real crash.", [
                ("Jamaican bobsled team returns to the Olympics - The Washington Post", "f", "The team inspired the 1993 film Cool Runnings."),
                ("1988 Jamaican bobsled team crash injuries", "q", "Cool Runnings used footage from the actual crash in the film."),
            ]),
            ("In 1991 Stokes said the team was aiming to crack the top 20 in the two-man and four-man events at the 1992 Albertville Games.", [
                ("Jamaican Bobsledders Hoping to Try It Again - Los Angeles Times", "q", "We're looking at cracking the top 20 in two-man and four-man"),
            ]),
            ("A Jamaican four-man sled qualified for the 2022 Beijing Winter Olympics, the country's first four-man entry at the Games in 24 years.", [
                ("Jamaican bobsled team returns to the Olympics - The Washington Post", "f", "Nearly 30 years after the film, another Jamaican four-man team qualified for the Beijing Games, the first in 24 years."),
            ]),
        ]),
    ],
    focus=[
        ("Putting a Team Together", [("Risks", "No ice, no sleds and no coaching tradition at home."),
                                     ("Benefits", "Army athletes brought speed, discipline and a pilot's steering skills.")]),
        ("Life After Calgary", [("Benefits", "The crash made the team famous and kept a Jamaican bobsleigh programme alive.")]),
    ],
    conclusions=("The 1988 team is remembered for a crash, but it also opened the Winter Games to tropical team entries "
                 "and left a programme that was still sending sleds to the Olympics more than thirty years later."),
    refs=[
        ("Jamaican Bobsledders Hoping to Try It Again - Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1991-09-15-sp-3625-story.html"),
        ("Crashing Start - Jamaica Bobsleigh Team", "http://www.jamaicabobsleighteam.com/index.php?option=com_content&view=article&id=53:crashing-start&catid=34:mens-history&Itemid=64"),
        ("Jamaican bobsled team returns to the Olympics - The Washington Post", "https://www.washingtonpost.com/sports/olympics/2022/02/13/jamaican-bobsled-team-beijing-olympics/"),
        ("Look-back: When four Jamaicans ran cool at the Winter Olympics", "https://sports-nova.com/2017/05/23/look-back-four-jamaicans-ran-cool-winter-olympics/"),
        ("1988 Winter Olympics Jamaican bobsled crash", "Unknown"),
        ("1988 Jamaican bobsled team crash injuries", "Unknown"),
    ],
)

FORD = dict(
    slug="ford-five-dollar-day-1914",
    field="business",
    fmt=dict(crlf=True, bom=True),
    date="2026-01-26 08:20",
    topic=["Why did Ford introduce the five-dollar day in 1914 and did it pay off?"],
    sources=31,
    extra={"Report Version": "2"},
    summary=("In January 1914 the Ford Motor Company announced it would pay five dollars for an eight-hour day, "
             "roughly double the going rate. This report looks at the labour problems behind the decision, the "
             "public reaction, the conditions attached to the money and how the policy paid off."),
    angles=["Labour turnover perspective", "Announcement and public reaction perspective", "Conditions and payoff perspective"],
    groups=[
        ("Labour Turnover Perspective", [
            ("Turnover at Ford's plant had reached 370 percent by 1913.", [
                ("Henry Ford doubles his workers' wages - Delanceyplace", "q", "Turnover at the Ford plant had soared to 370 percent by 1913."),
                ("Railroading Economics - pen-l archive", "f", "Citing Raff and Summers, Perelman puts Ford's 1913 turnover at 370 percent."),
            ]),
            ("In 1913 Ford had to hire 50,448 men to keep an average workforce of 13,623.", [
                ("Henry Ford doubles his workers' wages - Delanceyplace", "q", "The company had to hire 50,448 men just to maintain the average labor force of 13,623."),
            ]),
            ("Absenteeism at the Ford plant in 1913 had reached 10.5 percent.", [
                ("Railroading Economics - pen-l archive", "q", "Absenteeism in the Ford plant in 1913 had reached 10.5 percent"),
            ]),
            ("The five-dollar day more than doubled the previous pay of $2.34 for unskilled workers, while the working day was cut from nine hours to eight.", [
                ("$5 a Day - Meechee Gander", "f", "The daily wage for qualifying unskilled employees rose from $2.34 to $5.00 and the workday fell from nine to eight hours."),
                ("1914 Seventy-five Years Ago - American Heritage", "q", "paying every Ford worker five dollars for a day's work, more than doubling the existing wage"),
            ]),
            ("The shorter day let the company run three shifts instead of two, and it said it would hire up to 5,000 more men.", [
                ("1914 Seventy-five Years Ago - American Heritage", "q", "his company would be hiring up to five thousand new men to accommodate its expansion from two shifts to three"),
            ]),
        ]),
        ("Announcement and Public Reaction Perspective", [
            ("Ford announced the five-dollar day on 5 January 1914, when general manager James Couzens read a statement to reporters at the Highland Park plant.", [
                ("Birth of the Middle Class - Hour Detroit", "f", "On Jan. 5, 1914, general manager James Couzens read a prepared statement to a swarm of reporters in the plant's executive offices while Henry Ford stood near a window."),
            ]),
            ("The new wage took effect on 12 January 1914.", [
                ("Birth of the Middle Class - Hour Detroit", "q", "will, on Jan. 12, inaugurate the greatest revolution in the matter of rewards for its workers"),
            ]),
            ("About 10,000 job seekers showed up at Highland Park the day after the announcement.", [
                ("$5 a Day - Meechee Gander", "q", "The day after the announcement came out, 10,000 applicants showed up at the Highland Park plant."),
            ]),
            ("With crowds threatening to overrun the factory, Ford turned a fire hose on them in nine-degree weather.", [
                ("1914 Seventy-five Years Ago - American Heritage", "q", "It took the full force of a fire hose in nine-degree weather to end the demonstration."),
                ("Henry Ford's Own Story", "f", "Ford's own account says he ordered the fire hose turned on the crowd before the police arrived."),
            ]),
            ("The moving assembly line at Highland Park, started about three months earlier, had cut Model T assembly time from 12 hours to about 90 minutes.", [
                ("Birth of the Middle Class - Hour Detroit", "q", "cut the production time for each car from 12 hours to about 90 minutes"),
            ]),
        ]),
        ("Conditions and Payoff Perspective", [
            ("To get the full five dollars, workers had to accept home visits from Ford's Sociological Department checking for clean homes, sobriety and no boarders.", [
                ("$5 for what we will - someprofessor", "f", "The Sociological Department visited workers' homes to make sure they kept a clean house, abstained from alcohol and took in no boarders."),
            ]),
            ("Immigrant workers had to attend Americanization classes as a condition of the five-dollar day.", [
                ("$5 for what we will - someprofessor", "f", "Immigrant workers had to take Americanization classes to receive the five-dollar day."),
            ]),
            ("Ford expected the higher payroll to cost $10 million a year, but productivity gains cut that figure in half.", [
                ("1914 Seventy-five Years Ago - American Heritage", "q", "Ford had estimated that increasing the payroll would cost his company ten million dollars a year, but the increased productivity of his uplifted work force cut that figure in half."),
            ]),
            ("Publicity from the five-dollar day helped push Ford's market share to almost 50 percent.", [
                ("1914 Seventy-five Years Ago - American Heritage", "q", "The massive amount of free publicity arising from the innovative labor policy pushed the company's market share to almost 50 percent"),
            ]),
            ("Economists Daniel Raff and Lawrence Summers concluded in 1987 that Ford's five-dollar day strongly supports efficiency wage theories.", [
                ("Did Henry Ford Pay Efficiency Wages? - Journal of Labor Economics", "q", "We conclude that the Ford experience strongly supports the relevance of these theories."),
            ]),
        ]),
    ],
    focus=[
        ("Cost of High Turnover", [("Risks", "Constant hiring and breaking in of new men slowed the lines."),
                                   ("Benefits", "A steadier workforce made the moving line pay off.")]),
        ("Strings Attached", [("Risks", "Home inspections and conduct rules intruded on workers' private lives."),
                              ("Benefits", "Workers who qualified saw their pay roughly double.")]),
    ],
    conclusions=("The five-dollar day was a response to a staffing crisis as much as an act of generosity. It brought "
                 "a flood of applicants and a great deal of publicity, and the company recovered much of its cost "
                 "through higher productivity."),
    refs=[
        ("Birth of the Middle Class - Hour Detroit", "https://www.hourdetroit.com/community/birth-of-the-middle-class/"),
        ("1914 Seventy-five Years Ago - American Heritage", "https://4score.org/node/6307"),
        ("Henry Ford doubles his workers' wages - Delanceyplace", "http://delanceyplace.com/view-archives.php?p=2991"),
        ("Did Henry Ford Pay Efficiency Wages? - Journal of Labor Economics", "http://www.jstor.org/stable/2534911"),
        ("$5 a Day - Meechee Gander", "Unknown"),
        ("$5 for what we will - someprofessor", "Unknown"),
        ("Railroading Economics - pen-l archive", "Unknown"),
        ("Henry Ford's Own Story", "Unknown"),
    ],
)

BEATLES = dict(
    slug="beatles-ed-sullivan-1964",
    field="culture",
    fmt=dict(curly=True, no_conclusions=True),
    date="2026-01-27 13:45",
    topic=["The Beatles' first appearance on The Ed Sullivan Show in February 1964"],
    sources=16,
    extra={"Model": "research-assistant-large", "Search Depth": "3"},
    summary=("On 9 February 1964 the Beatles played live on American television for the first time. This report "
             "collects what is known about the audience, the running order of the evening and how the booking "
             "came about."),
    angles=["Audience and ratings", "On the night", "Booking and the following week"],
    groups=[
        ("Audience and Ratings", [
            ("The Beatles made their first live American television appearance on The Ed Sullivan Show on 9 February 1964.", [
                ("Record 73 million people watch The Beatles' first live American television appearance - RetroNewser", "f", "The band made its first live American television appearance on the CBS variety show on Sunday, 9 February 1964."),
            ]),
            ("An estimated 73 million people watched the broadcast.", [
                ("On This Day in 1964, 73 Million Americans Tuned in - Smithsonian Magazine", "q", "One hour. Five songs. Seventy-three million viewers."),
                ("On this day: The Beatles on The Ed Sullivan Show - Vancouver Sun", "q", "Never before had so many viewers tuned in to watch a live television program."),
            ]),
            ("The show came from CBS Studio 50 in New York, now known as the Ed Sullivan Theater.", [
                ("Record 73 million people watch The Beatles' first live American television appearance - RetroNewser", "q", "the 728-seat Studio 50 (now known as the Ed Sullivan Theater)"),
            ]),
            ("CBS received 50,000 ticket requests for the 728 seats in the studio.", [
                ("Today In Rock: February 9th, 1964 - The Beatles Make Their U.S. Debut", "q", "There were 50,000 ticket requests for the 728-seat Studio 50 where the Ed Sullivan Show originated."),
            ]),
            ("Richard Nixon's daughters Julie and Tricia were in the studio audience that night.", [
                ("Record 73 million people watch The Beatles' first live American television appearance - RetroNewser", "f", "Julie and Tricia Nixon attended, invited by Jack Paar's daughter Randy."),
            ]),
        ]),
        ("On the Night", [
            ("The band opened with \"All My Loving\", followed by \"Till There Was You\" and \"She Loves You\".", [
                ("America meets the Beatles - KFVS12", "f", "The band opened with All My Loving, then played the ballad Till There Was You and then She Loves You."),
            ]),
            ("They returned later in the show to play \"I Saw Her Standing There\" and \"I Want to Hold Your Hand\".", [
                ("America meets the Beatles - KFVS12", "f", "The Beatles came back later in the show to perform I Saw Her Standing There and I Want to Hold Your Hand."),
            ]),
            ("During \"Till There Was You\" each member's name appeared on screen, with the caption \"Sorry girls, he's married\" under John Lennon.", [
                ("Record 73 million people watch The Beatles' first live American television appearance - RetroNewser", "f", "Till There Was You featured the members' names over close-ups, including the caption SORRY GIRLS, HE'S MARRIED on John Lennon."),
            ]),
            ("Sullivan began by reading a telegram wishing the band success, sent in the names of Elvis Presley and Colonel Tom Parker.", [
                ("Record 73 million people watch The Beatles' first live American television appearance - RetroNewser", "f", "Sullivan opened by saying Presley and Parker had sent a good-luck telegram, though it was later reported that Parker sent it without Presley's knowledge."),
            ]),
            ("Magician Fred Kaps, who followed the Beatles, had been pre-recorded to leave time for an elaborate set change.", [
                ("Record 73 million people watch The Beatles' first live American television appearance - RetroNewser", "q", "The act that followed the Beatles in the broadcast, magician Fred Kaps, was pre-recorded in order to allow time for an elaborate set change."),
            ]),
            ("Davy Jones, later of the Monkees, played the Artful Dodger in the cast of Oliver! that appeared on the same programme.", [
                ("America meets the Beatles - KFVS12", "f", "The episode also featured the cast of the Broadway musical Oliver, including a young Davy Jones, later of the Monkees."),
            ]),
        ]),
        ("Booking and the Following Week", [
            ("Ed Sullivan became interested in booking the band after seeing about 1,500 fans waiting for them at Heathrow Airport on 31 October 1963.", [
                ("Today In Rock: February 9th, 1964 - The Beatles Make Their U.S. Debut", "f", "Sullivan saw a crowd of 1,500 fans at Heathrow on 31 October 1963 waiting for the band to return from Sweden."),
            ]),
            ("Capitol Records rush-released \"I Want to Hold Your Hand\" three weeks early, and it was No. 1 on the Billboard Hot 100 when the band appeared.", [
                ("Today In Rock: February 9th, 1964 - The Beatles Make Their U.S. Debut", "q", "As a result, the song sat at #1 on the Billboard Hot 100 when The Beatles performed on the Sullivan Show."),
            ]),
            ("The band's second Sullivan appearance, a week later, was broadcast from the Deauville Hotel in Miami Beach.", [
                ("The Beatles On The Ed Sullivan Show 1964 - History Things", "f", "The second performance the following week took place at the Deauville hotel in Miami."),
            ]),
            ("Boxers Joe Louis and Sonny Liston were in the audience at the Deauville.", [
                ("The Beatles On The Ed Sullivan Show 1964 - History Things", "q", "Boxers Joe Louis and Sonny Liston were both in the audience at the Deauville."),
            ]),
        ]),
    ],
    focus=[
        ("Why the Night Mattered", [("Benefits", "It was the largest audience yet for a live television programme and a starting point for Beatlemania in America.")]),
        ("Staging a Live Show", [("Risks", "A pre-recorded act was needed to cover a set change in a live broadcast.")]),
    ],
    conclusions=None,
    refs=[
        ("On This Day in 1964, 73 Million Americans Tuned in - Smithsonian Magazine", "https://www.smithsonianmag.com/smart-news/on-this-day-in-1964-73-million-americans-tuned-in-to-watch-the-biggest-act-in-music-180985986/"),
        ("Record 73 million people watch The Beatles' first live American television appearance - RetroNewser", "http://retronewser.com/?p=38291"),
        ("Today In Rock: February 9th, 1964 - The Beatles Make Their U.S. Debut", "https://rockintown.com/?p=58857"),
        ("The Beatles On The Ed Sullivan Show 1964 - History Things", "https://historythings.com/beatles-ed-sullivan-show-1964/"),
        ("America meets the Beatles - KFVS12", "http://www.kfvs12.com/story/34464186/america-meets-the-beatles-february-9-1964"),
        ("On this day: The Beatles on The Ed Sullivan Show - Vancouver Sun", "http://www.vancouversun.com/entertainment/music/this+Beatles+Sullivan+Show/9488017/story.html"),
    ],
)

REPORTS = [TORDESILLAS, RED_CRABS, RAINHILL, KOLFF, BOBSLEIGH, FORD, BEATLES]
