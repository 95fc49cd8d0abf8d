"""Content of the seven held-out reports, as data. Rendered by render.py, built by build.py.

Each report: slug, field, format options, front matter, summary, angles, perspectives (heading +
claims), focus areas, conclusions, references. A claim is (key, text, [evidence]); an evidence item
is (source title, "quote" | "finding", text). Claim keys (kl1, bk2, ...) are used by questions_data.py.
"""

REPORTS = [
    # ------------------------------------------------------------------ history
    dict(
        slug="klondike-gold-rush",
        field="History",
        variations="CRLF line endings; topic wrapped over two lines and cut off mid-word; all reference URLs `Unknown`; standard `... Perspective` headings; `Relevant quote` throughout",
        newline="\r\n", bom=False, curly=False,
        date="2026-02-03 10:42",
        topic_lines=[
            "What happened during the Klondike Gold Rush of 1896-1899, who found the gold,",
            "how did the stampeders reach Dawson City and what did the rush leave beh",
        ],
        sources_analyzed=19, extra_keys=[],
        summary=[
            "This report reviews the Klondike Gold Rush in Canada's Yukon, from the first strike on a small tributary of the Klondike River to the exodus that emptied Dawson City a few years later. It covers the discovery, the routes and rules that shaped the stampede, and what the rush left behind.",
        ],
        angles=["Discovery perspective", "Stampede logistics perspective", "Aftermath perspective"],
        omit=[],
        perspectives=[
            ("Discovery Perspective", [
                ("kl1", "Gold was found on Rabbit Creek, a tributary of the Klondike River, on 16 August 1896 by George Carmack, Skookum Jim Mason and Dawson Charlie.", [
                    ("Klondike Gold Rush - Wikipedia", "quote", "Gold was discovered in large quantities in the Klondike on 16 August 1896 and, when news of the finds reached Seattle and San Francisco in July 1897, it triggered a stampede."),
                    ("August 16, 1896: Discovery Day on Rabbit Creek", "quote", "Skookum Jim Mason, George Carmack, and Dawson Charlie discovered gold on Rabbit Creek, a small stream feeding into the Klondike River."),
                ]),
                ("kl2", "Rabbit Creek was renamed Bonanza Creek, and by the end of August 1896 the whole creek had been staked with claims.", [
                    ("August 16, 1896: Discovery Day on Rabbit Creek", "quote", "By the end of August, the whole Rabbit Creek area had been claimed, and the stream had already been renamed Bonanza Creek."),
                ]),
                ("kl3", "Skookum Jim's Tagish name was Keish, and he was the brother of Carmack's wife Kate, while Dawson Charlie was their nephew.", [
                    ("August 16, 1896: Discovery Day on Rabbit Creek", "quote", "Skookum Jim's real name was Keish ... Keish was her brother, and Kaa Goox was their nephew."),
                ]),
                ("kl4", "Nova Scotian prospector Robert Henderson had found gold on nearby Gold Bottom Creek in 1896 and urged Carmack to stake a claim there.", [
                    ("The Klondike Stampede, Part I - Chronicles Magazine", "quote", "Henderson told Carmack about his strike and urged him to get up to Gold Bottom Creek and stake a claim."),
                ]),
                ("kl5", "The steamer Portland reached Seattle on 17 July 1897 with returning miners and what newspapers called a ton of gold, setting off the stampede.", [
                    ("The Chilkoot Pass and the Great Gold Rush of 1898", "quote", "When the Portland docked at Seattle on 17 July 1897 the newspapers reported that she carried a ton of gold, and the rush was on."),
                ]),
            ]),
            ("Stampede Logistics Perspective", [
                ("kl6", "An estimated 100,000 people set out for the Klondike, but only about 30,000 to 40,000 of them reached Dawson City.", [
                    ("Klondike Gold Rush - Wikipedia", "quote", "Prospectors: 100,000 of whom 30,000 - 40,000 arrived."),
                ]),
                ("kl7", "From February 1898 the North-West Mounted Police at the Chilkoot and White Pass summits let in only gold seekers carrying a ton of goods, enough for a year.", [
                    ("Skagway & the Chilkoot Trail - The Force in the North", "quote", "In February 1898, the police began collecting Canadian customs duties and ensured that all gold seekers had a ton of goods necessary for a year's survival in the harsh Canadian North."),
                ]),
                ("kl8", "The Chilkoot Trail runs 33 miles (53 km) from Dyea, Alaska, to Bennett, British Columbia, over a summit of about 1,067 m.", [
                    ("Chilkoot Trail - Wikipedia", "quote", "The Chilkoot Trail is a 33-mile (53 km) trail through the Coast Mountains that leads from Dyea, Alaska, in the United States, to Bennett, British Columbia, in Canada."),
                ]),
                ("kl9", "A year's provisions weighed about 1,150 pounds, so each stampeder had to climb the Chilkoot Pass many times carrying loads on his back.", [
                    ("Canada's Visual History: The Chilkoot Pass, 1898-1899", "quote", "Each man had to make several trips, for he had to carry a total of 1,150 pounds up the slope on his own back."),
                ]),
                ("kl10", "Between 1898 and 1903 the Mounted Police in the Yukon never numbered more than 300 men, and only twelve murders were reported in thirteen years.", [
                    ("Canada's Visual History: The Chilkoot Pass, 1898-1899", "quote", "Between 1898 and 1903 the force never totaled more than 300 men in a population of over 40,000 ... Only twelve murders in thirteen years were reported in the Yukon."),
                ]),
            ]),
            ("Aftermath Perspective", [
                ("kl11", "Only around 4,000 of the stampeders ever struck gold, because most arrived after the richest ground had been claimed.", [
                    ("Klondike Gold Rush - Wikipedia", "quote", "The majority arrived after the best of the gold fields had been claimed and only around 4,000 miners ultimately struck gold."),
                ]),
                ("kl12", "The Klondike rush ended in 1899, when gold was discovered at Nome, Alaska, and prospectors left Dawson for the new field.", [
                    ("Klondike Gold Rush - Wikipedia", "quote", "The Klondike Gold Rush ended in 1899, after gold was discovered in Nome, prompting an exodus from the Klondike."),
                ]),
                ("kl13", "The Chilkoot Trail fell out of use in 1899 after a railway was built from Skagway along the parallel White Pass route.", [
                    ("Chilkoot Trail - Wikipedia", "quote", "The trail became obsolete in 1899 when a railway was built from Dyea's neighbor port Skagway along the parallel White Pass trail."),
                ]),
                ("kl14", "In June 1898 the Yukon was split from the North-West Territories as a separate territory, with Dawson City as its capital.", [
                    ("The Chilkoot Pass and the Great Gold Rush of 1898", "quote", "In June 1898 Parliament created the Yukon Territory, and Dawson City became its seat of government."),
                ]),
                ("kl15", "The rush was immortalised in Jack London's novel The Call of the Wild and in Charlie Chaplin's film The Gold Rush.", [
                    ("Klondike Gold Rush - Wikipedia", "quote", "The Klondike Gold Rush was immortalized by the photographs of the prospectors ascending the Chilkoot Pass, by books like The Call of the Wild, and films such as The Gold Rush."),
                ]),
            ]),
        ],
        focus=[
            ("The discovery and its claimants", [("Risks", "Competing accounts of who saw the gold first."), ("Benefits", "Well documented dates and claim records.")]),
            ("Getting to Dawson", [("Risks", "Steep passes, heavy loads and a long river journey."), ("Benefits", "Police supply rules kept unprepared travellers out.")]),
        ],
        conclusions=[
            "The Klondike strike drew a vast crowd north, but the geography and the police rules filtered it hard, and the richest claims were gone before most people arrived. The rush was short, ending within three years, yet it created a territory and a lasting popular image.",
        ],
        references=[
            ("Klondike Gold Rush - Wikipedia", "Unknown"),
            ("August 16, 1896: Discovery Day on Rabbit Creek", "Unknown"),
            ("The Klondike Stampede, Part I - Chronicles Magazine", "Unknown"),
            ("The Chilkoot Pass and the Great Gold Rush of 1898", "Unknown"),
            ("Skagway & the Chilkoot Trail - The Force in the North", "Unknown"),
            ("Chilkoot Trail - Wikipedia", "Unknown"),
            ("Canada's Visual History: The Chilkoot Pass, 1898-1899", "Unknown"),
        ],
    ),
    # ------------------------------------------------------------------ nature
    dict(
        slug="lake-baikal",
        field="Nature",
        variations="UTF-8 BOM; headings without the word Perspective; `Key finding` instead of `Relevant quote` throughout; extra front-matter keys (`Model`, `Language`); real URLs",
        newline="\n", bom=True, curly=False,
        date="2026-01-28 08:05",
        topic_lines=["Lake Baikal: depth, water volume, endemic wildlife and threats to the lake"],
        sources_analyzed=14, extra_keys=[("Model", "research-assistant-v3"), ("Language", "en")],
        summary=[
            "Lake Baikal in southern Siberia is a lake of superlatives: the deepest, the oldest and by volume the largest body of liquid fresh water on Earth. This report gathers figures on its size and hydrology, its endemic animals, and the main steps taken to protect it.",
            "The sources broadly agree on the headline numbers, with small differences in the quoted maximum depth depending on the survey used.",
        ],
        angles=["Geography and hydrology", "Endemic wildlife", "Protection and threats"],
        omit=[],
        perspectives=[
            ("Geography and Hydrology", [
                ("bk1", "Lake Baikal in southern Siberia is the deepest lake in the world, with a maximum depth of 1,642 m.", [
                    ("State Nature Biosphere Reserve Barguzinsky - Lake Baikal", "finding", "The maximum depth of 1,642 m was established by a 1983 survey and confirmed in 2002 by a Belgian-Spanish-Russian bathymetric mapping project."),
                ]),
                ("bk2", "Baikal holds about 23,600 cubic kilometres of water, roughly 20% of the world's unfrozen surface fresh water.", [
                    ("Lake Baikal - Greenpeace Russia", "finding", "The lake contains 23.6 thousand cubic km of fresh water, more than 20% of the world's fresh water stock."),
                    ("World Heritage Datasheet: Lake Baikal", "finding", "It contains a fifth of the world's unfrozen surface freshwater."),
                ]),
                ("bk3", "The lake is 636 km long and its water surface covers about 31,722 square kilometres.", [
                    ("Lake Baikal - UNESCO Russia", "finding", "Baikal is 636 kilometres in length and is the biggest lake in Russia by area."),
                    ("State Nature Biosphere Reserve Barguzinsky - Lake Baikal", "finding", "The water surface of the lake covers an area of 31,722 square kilometres."),
                ]),
                ("bk4", "Baikal is regarded as the oldest lake on Earth, with an age usually estimated at 25 to 30 million years.", [
                    ("Lake Baikal - UNESCO Russia", "finding", "It is the oldest freshwater reservoir of the planet, usually determined as 25 million years of age."),
                ]),
                ("bk5", "More than 300 rivers and streams flow into Baikal, but only one river, the Angara, flows out of it.", [
                    ("Where is the deepest lake in the world?", "finding", "More than 300 rivers and streams flow into the lake, but only one, the Angara, flows out of it."),
                ]),
                ("bk6", "Baikal fills an ancient rift valley whose lowest point lies 1,187 m below sea level.", [
                    ("State Nature Biosphere Reserve Barguzinsky - Lake Baikal", "finding", "Baikal lies in a continental rift basin whose lowest point is 1,187 m below the level of the world ocean."),
                ]),
                ("bk7", "Baikal's water is so transparent that objects can be seen at depths of up to 40 metres.", [
                    ("Lake Baikal - UNESCO Russia", "finding", "The transparency of Baikal water is remarkable: objects are visible at a depth of up to 40 metres."),
                ]),
            ]),
            ("Endemic Wildlife", [
                ("bk8", "The Baikal seal, or nerpa, is the world's only exclusively freshwater seal species.", [
                    ("Lake Baikal - Wikipedia summary", "finding", "Among the best-known inhabitants is the Baikal seal, the only seal species that lives exclusively in fresh water."),
                ]),
                ("bk9", "Of the roughly 2,630 plant and animal species and subspecies recorded in the lake, about 80% are found nowhere else.", [
                    ("Lake Baikal - Greenpeace Russia", "finding", "Of the 2,630 plant and animal species and subspecies discovered in the lake to date, about 80% cannot be found anywhere else."),
                ]),
                ("bk10", "The golomyanka, or Baikal oilfish, is an endemic fish that gives birth to live young instead of laying eggs.", [
                    ("Lake Baikal - UNESCO Russia", "finding", "Endemics include the Baikal cisco, the Baikal seal and the viviparous Baikal oilfish."),
                ]),
                ("bk11", "The endemic copepod Epischura filters up to 1,000 cubic kilometres of water a year, equal to the lake's whole volume about every 23 years.", [
                    ("Deepest lakes of the world", "finding", "Epischurans are estimated to filter as much as a thousand cubic kilometres of water a year, the lake's entire volume every twenty-three years."),
                ]),
                ("bk12", "More than 350 species and subspecies of amphipod crustaceans are endemic to Lake Baikal.", [
                    ("Deepest lakes of the world", "finding", "More than 350 species and subspecies of amphipods are endemic to the lake."),
                ]),
            ]),
            ("Protection and Threats", [
                ("bk13", "UNESCO inscribed Lake Baikal on the World Heritage List in 1996 under all four natural criteria, (vii) to (x).", [
                    ("World Heritage Datasheet: Lake Baikal", "finding", "1996: Inscribed on the World Heritage List under Natural Criteria vii, viii, ix and x."),
                ]),
                ("bk14", "The Baikalsk pulp and cellulose mill on the southern shore, which had polluted about 200 square kilometres of the lake, closed in 2009.", [
                    ("World Heritage Datasheet: Lake Baikal", "finding", "The pulp and cellulose mill on the southern shore, which polluted 200 sq. km of the lake, was closed in 2009 as no longer profitable to run."),
                ]),
                ("bk15", "A planned oil pipeline along Baikal's northern shore was averted by a presidential decree in 2006.", [
                    ("World Heritage Datasheet: Lake Baikal", "finding", "The threat of an oil pipeline along the lake's north shore was averted in 2006 by Presidential decree."),
                ]),
            ]),
        ],
        focus=[
            ("Hydrology", [("Benefits", "A huge, clear and well-mixed reservoir of fresh water.")]),
            ("Endemism", [("Risks", "Untreated waste from the Selenga river and shoreline pollution."), ("Benefits", "An evolutionary laboratory compared with the Galapagos.")]),
        ],
        conclusions=[
            "Baikal's depth, age and isolation explain both its water reserve and its unusual fauna. The main industrial threats of the 2000s were removed, but pollution along the shore remains a concern in the sources.",
        ],
        references=[
            ("State Nature Biosphere Reserve Barguzinsky - Lake Baikal", "https://anime-net.ru/en/gosudarstvennyi-prirodnyi-biosfernyi-zapovednik-barguzinskii-ozero-baikal/"),
            ("Lake Baikal - Greenpeace Russia", "http://www.greenpeace.org/russia/en/campaigns/world-natural-heritage/lake-baikal/"),
            ("World Heritage Datasheet: Lake Baikal", "https://yichuans.github.io/datasheet/output/site/lake-baikal"),
            ("Lake Baikal - UNESCO Russia", "http://www.unesco.ru/en/?module=objects&action=view&id=11"),
            ("Where is the deepest lake in the world?", "https://factspage.blogspot.com/2012/09/where-is-deepest-lake-in-world.html"),
            ("Lake Baikal - Wikipedia summary", "https://hx.cz/wiki/Lake_Baikal"),
            ("Deepest lakes of the world", "Unknown"),
        ],
    ),
    # ------------------------------------------------------------------ engineering
    dict(
        slug="jacquard-loom",
        field="Engineering",
        variations="curly quotes and apostrophes; several evidence items on most claims; no `Sources Analyzed` key; `## Focus Areas` section missing",
        newline="\n", bom=False, curly=True,
        date="2026-02-11 16:20",
        topic_lines=["How did the Jacquard loom work, how was it received in Lyon, and how did its punched cards influence early computing?"],
        sources_analyzed=None, extra_keys=[],
        summary=[
            "The Jacquard mechanism turned patterned silk weaving into a process driven by a chain of punched cards. This report looks at how the device was invented, how Napoleon's government and the weavers of Lyon reacted, and why Babbage and Lovelace saw in it the germ of a programmable machine.",
        ],
        angles=["Invention perspective", "Industrial impact perspective", "Computing legacy perspective"],
        omit=["focus"],
        perspectives=[
            ("Invention Perspective", [
                ("jq1", "Joseph Marie Jacquard was born in Lyon in 1752 into a family of silk weavers.", [
                    ("Jacquard Patents His First Loom - History Today", "quote", "Jacquard was born in Lyon in 1752 into a family of silk weavers."),
                    ("Book of Days Tales: Joseph Marie Jacquard", "quote", "He was one of nine children of Jean Charles dit Jacquard, a master weaver of Lyon."),
                ]),
                ("jq2", "Jacquard built on earlier loom controls: Basile Bouchon's punched paper tape of 1725, Jean-Baptiste Falcon's improvement of 1728 and Jacques de Vaucanson's automated loom of 1745.", [
                    ("The Jacquard Loom and the Punch Card", "quote", "In 1725, Basile Bouchon, also from Lyon, devised a method to control a loom using punched paper tape. His assistant, Jean-Baptiste Falcon, further refined the machine three years later."),
                    ("The Jacquard Loom and the Punch Card", "quote", "Jacques de Vaucanson developed an advanced automation system based on Bouchon's design in 1745."),
                ]),
                ("jq3", "Jacquard patented his first loom on 23 December 1800, before punched cards were added to his design.", [
                    ("Jacquard Patents His First Loom - History Today", "quote", "He patented his first loom on 23 December 1800. Punch cards were a later innovation."),
                ]),
                ("jq4", "The card-driven Jacquard mechanism was patented in 1804, and historian James Essinger calls it the most complex mechanism in the world at that time.", [
                    ("Jacquard's Web - James Essinger", "quote", "When it was patented in 1804, it was unquestionably the most complex mechanism in the world."),
                ]),
                ("jq5", "Each punched card encodes one row of the design: where the card has a hole, a hook lifts the matching warp thread, and where it has none, the thread stays down.", [
                    ("Weaving the Code: A Brief History of the Jacquard Loom", "quote", "Each card, perforated with a series of holes, corresponds to one row of the design. Where a hole exists, a corresponding hook on the loom lifts a warp thread."),
                    ("The French Connection", "quote", "Whenever a rod came into contact with solid cardboard, its associated warp thread stayed in place."),
                ]),
                ("jq6", "With the Jacquard mechanism a single weaver could control every warp thread without a draw-boy assistant.", [
                    ("Jacquard's Web - James Essinger", "quote", "Using it, the weaver did not need an assistant at all."),
                    ("Jacquard Patents His First Loom - History Today", "quote", "Weaving had been a two-person job; Jacquard's loom only needed one."),
                ]),
                ("jq7", "The Jacquard loom wove decorated fabric about 24 times faster than the drawloom, around 48 picks a minute instead of two.", [
                    ("Jacquard's Web - James Essinger", "quote", "The Jacquard loom enabled decorated fabric to be woven about twenty-four times more quickly than the drawloom ... an average of about forty-eight picks per minute."),
                ]),
            ]),
            ("Industrial Impact Perspective", [
                ("jq8", "Napoleon and Josephine saw the loom in Lyon on 12 April 1805, and three days later the emperor granted its patent to the city of Lyon.", [
                    ("Joseph Marie Jacquard (nonfiction) - Gnomon Chronicles", "quote", "On April 12, 1805, Emperor Napoleon and Empress Josephine visited Lyon and viewed Jacquard's new loom. On April 15, 1805, the emperor granted the patent for Jacquard's loom to the city of Lyon."),
                    ("Jacquard Patents His First Loom - History Today", "quote", "Jacquard's card-driven loom was operational by April 1805 when Napoleon made it public property."),
                ]),
                ("jq9", "In return Jacquard received a lifelong pension of 3,000 francs and a royalty of 50 francs on each loom bought and used from 1805 to 1811.", [
                    ("Joseph Marie Jacquard (nonfiction) - Gnomon Chronicles", "quote", "Jacquard received a lifelong pension of 3,000 francs; furthermore, he received a royalty of 50 francs for each loom that was bought and used during the period from 1805 to 1811."),
                ]),
                ("jq10", "Silk weaving was Lyon's principal trade, involving some 40 per cent of the city's workforce.", [
                    ("Jacquard Patents His First Loom - History Today", "quote", "It was the city's principal trade, involving some 40 per cent of the workforce."),
                ]),
                ("jq11", "Lyon's silk weavers feared the loom would put them out of work, and according to tradition they threw Jacquard into one of the city's rivers.", [
                    ("The Jacquard Loom and the Punch Card", "quote", "Initially, silk weavers in France opposed the loom, fearing that it would make them redundant."),
                    ("Jacquard Patents His First Loom - History Today", "quote", "Lyon's weavers were so unhappy it is said they threw Jacquard into one of the city's rivers."),
                ]),
            ]),
            ("Computing Legacy Perspective", [
                ("jq12", "In 1839 a silk portrait of Jacquard was woven on his loom from 24,000 punched cards, each with more than 1,000 hole positions.", [
                    ("Joseph-Marie Jacquard's Loom Uses Punched Cards - HistoryOfInformation", "quote", "Producing the image required 24,000 punched cards. Each card had over 1,000 hole positions."),
                    ("Jacquard Patents His First Loom - History Today", "quote", "Jacquard's portrait required 24,000 individual cards, each with 1,050 hole positions."),
                ]),
                ("jq13", "Charles Babbage displayed a copy of the woven portrait to his guests, and the Duke of Wellington took it for an engraving.", [
                    ("Jacquard Patents His First Loom - History Today", "quote", "Oh, that engraving? the duke of Wellington asked when his attention was drawn to it. But it wasn't an engraving. It was a sheet of finely woven silk."),
                ]),
                ("jq14", "Babbage adopted Jacquard's punched cards as the way to feed instructions and numbers into his proposed Analytical Engine.", [
                    ("Jacquard Patents His First Loom - History Today", "quote", "It also held the secret to Babbage's analytical engine: Jacquard's right hand rests on a stack of punch cards."),
                    ("Joseph Marie Jacquard (nonfiction) - Gnomon Chronicles", "quote", "One of these portraits in the possession of Charles Babbage inspired him in using perforated cards in his analytical engine."),
                ]),
                ("jq15", "Ada Lovelace wrote in 1843 that the Analytical Engine weaves algebraical patterns just as the Jacquard loom weaves flowers and leaves.", [
                    ("Ada Lovelace: Notes on the Analytical Engine (1843)", "quote", "We may say most aptly that the Analytical Engine weaves algebraical patterns just as the Jacquard-loom weaves flowers and leaves."),
                ]),
            ]),
        ],
        focus=[],
        conclusions=[
            "Jacquard's contribution was less the punched card itself than making cards drive the loom automatically and reliably. Its economic effect in Lyon was large and contested, and its conceptual effect reached far beyond textiles.",
        ],
        references=[
            ("Jacquard Patents His First Loom - History Today", "https://www.historytoday.com/node/57538"),
            ("Book of Days Tales: Joseph Marie Jacquard", "https://www.bookofdaystales.com/tag/punched-card/"),
            ("The Jacquard Loom and the Punch Card", "Unknown"),
            ("Jacquard's Web - James Essinger", "Unknown"),
            ("Weaving the Code: A Brief History of the Jacquard Loom", "https://allhist.com/doku.php?id=jacquard_loom"),
            ("The French Connection", "Unknown"),
            ("Joseph Marie Jacquard (nonfiction) - Gnomon Chronicles", "http://fiction.karljones.com/index.php?title=Joseph_Marie_Jacquard_(nonfiction)"),
            ("Joseph-Marie Jacquard's Loom Uses Punched Cards - HistoryOfInformation", "http://www.historyofinformation.com/detail.php?id=441"),
            ("Ada Lovelace: Notes on the Analytical Engine (1843)", "Unknown"),
        ],
    ),
    # ------------------------------------------------------------------ medicine
    dict(
        slug="first-implantable-pacemaker",
        field="Medicine",
        variations="the set's one claim without evidence; `## Research Angles` section missing; `Relevant quote` and `Key finding` mixed; references mixing real URLs and `Unknown`",
        newline="\n", bom=False, curly=False,
        date="2026-01-19 13:58",
        topic_lines=["The first implantable cardiac pacemaker (Stockholm, 1958) and the early years of implanted pacing"],
        sources_analyzed=11, extra_keys=[],
        summary=[
            "In October 1958 a Swedish engineer with a failing heart rhythm became the first person to receive a fully implanted pacemaker. This report follows the patient, the device and its immediate successors, up to the battery change that made pacemakers last for years.",
        ],
        angles=[],
        omit=["angles"],
        perspectives=[
            ("Clinical History Perspective", [
                ("pm1", "The first fully implanted pacemaker was placed in Arne Larsson, a 43-year-old engineer, at the Karolinska Hospital in Stockholm on 8 October 1958.", [
                    ("Cardiac pacing: the Stockholm pioneers", "quote", "On October 8, 1958 the world's first pacemaker implantation was performed at the Karolinska Hospital in Stockholm, Sweden ... The patient was a 43-year-old engineer suffering from Stokes-Adams syndrome."),
                ]),
                ("pm2", "The operation was performed by cardiac surgeon Åke Senning with a device designed by physician-engineer Rune Elmqvist of Elema-Schönander.", [
                    ("Cardiac pacing: the Stockholm pioneers", "finding", "Senning ran the experimental laboratory of the new thoracic surgery department; Elmqvist headed the electromedical division at Elema Schonander and had designed the first portable ECG recorder in 1931."),
                ]),
                ("pm3", "Larsson suffered from Stokes-Adams attacks, with his heart at times beating as slowly as 28 times a minute.", [
                    ("Arne H. W. Larsson, 86; Had First Internal Pacemaker - The New York Times", "quote", "The heart beat as slowly as 28 times a minute, causing decreased blood flow to the brain and producing potentially fatal fainting spells, known as Stokes-Adams attacks."),
                ]),
                ("pm4", "Larsson's heart block developed after he caught hepatitis in 1956, reportedly from eating tainted oysters.", [
                    ("Arne Larsson, 86; Had First Pacemaker - Los Angeles Times", "quote", "Larsson became ill in 1956, after contracting hepatitis from eating tainted oysters."),
                ]),
                ("pm5", "His wife Else-Marie pressed the doctors to make a device even though they did not consider their experimental model ready for human use.", [
                    ("Arne H. W. Larsson, 86; Had First Internal Pacemaker - The New York Times", "quote", "They did not consider their experimental model ready for human use, but with each of her husband's fainting spells, Mrs. Larsson pleaded, Make one."),
                ]),
                ("pm6", "In the worst periods before the operation, his wife and aides revived him by thumping on his chest 20 to 30 times a day.", [
                    ("Arne H. W. Larsson, 86; Had First Internal Pacemaker - The New York Times", "quote", "During some periods, his wife and aides resuscitated him by thumping on his chest 20 to 30 times a day."),
                ]),
            ]),
            ("Device Engineering Perspective", [
                ("pm7", "Elmqvist's first pacemaker used two transistors and was about the size of a hockey puck, cast in epoxy resin.", [
                    ("Arne Larsson, 86; Had First Pacemaker - Los Angeles Times", "quote", "It used two transistors and was the size of a hockey puck."),
                    ("Pulsgeber fuers Leben - wissen.de", "finding", "Elmqvist built the device from two transistors and a battery, cast in resin inside a shoe-polish tin used as the mould."),
                ]),
                ("pm8", "The first unit stopped working within hours, and Senning implanted a second unit that Elmqvist had built.", [
                    ("Arne Larsson, 86; Had First Pacemaker - Los Angeles Times", "quote", "But within five hours, the history-making pacemaker stopped. Senning implanted a second pacemaker that Elmqvist had built."),
                ]),
                ("pm9", "The Swedish pacemakers ran on rechargeable nickel-cadmium batteries.", [
                    ("Wilson Greatbatch (1919-2011) - Clinical Cardiology", "finding", "The Swedish pacemakers contained rechargeable nickel-cadmium batteries, whereas Greatbatch used non-rechargeable cells."),
                ]),
                ("pm10", "In April 1960 surgeon William Chardack implanted a Greatbatch pacemaker at the Buffalo Veterans Hospital in a 77-year-old patient who lived for 18 months afterwards.", [
                    ("Wilson Greatbatch (1919-2011) - Clinical Cardiology", "quote", "The first successful implantation took place in April 1960 by Chardack at the Buffalo Veterans' Hospital ... The 77-year-old patient lived for 18 months after the device was implanted."),
                ]),
                ("pm11", "The Chardack-Greatbatch pacemaker ran on non-rechargeable mercury-zinc cells that lasted about two years.", [
                    ("Wilson Greatbatch (1919-2011) - Clinical Cardiology", "quote", "Greatbatch grew increasingly frustrated with battery technology and mercury-zinc power sources (longevity, 2 years)."),
                    ("Wilson Greatbatch: First Fully Implantable Pacemaker - HRS", "finding", "The generator used Mallory mercuric oxide-zinc cells driving a two-transistor blocking oscillator, all encapsulated in epoxy."),
                ]),
                ("pm12", "In the 1970s Greatbatch introduced the lithium-iodide battery, which became the standard power cell for pacemakers.", [
                    ("Wilson Greatbatch: First Fully Implantable Pacemaker - HRS", "quote", "In the 1970s, Greatbatch introduced the lithium-iodide battery, which greatly extended the longevity of pacemakers and is now a standard cell for pacemakers."),
                ]),
            ]),
            ("Patient Outcomes Perspective", [
                ("pm13", "Larsson went through 26 pacemakers over the rest of his life.", [
                    ("8 October 1958 - BirthFactDeath", "quote", "Larsson lived for another forty-three years and during that time went through twenty-six pacemakers."),
                ]),
                ("pm14", "Larsson died of melanoma at his home near Stockholm on 28 December 2001, aged 86.", [
                    ("Arne H. W. Larsson, 86; Had First Internal Pacemaker - The New York Times", "quote", "Mr. Larsson died at his home near Stockholm on Dec. 28 of melanoma skin cancer that he developed two years ago."),
                ]),
                ("pm15", "By the time Larsson died, an estimated 3 million people worldwide, about 1.5 million of them Americans, were living with pacemakers.", []),
            ]),
        ],
        focus=[
            ("Moving from external to implanted pacing", [("Risks", "Untested devices, short battery life, repeated surgery."), ("Benefits", "Patients could leave hospital and live normally.")]),
        ],
        conclusions=[
            "The Stockholm implant was improvised and short-lived, but it showed that a self-contained device could keep a heart in rhythm. Better batteries, first mercury-zinc and then lithium-iodide, turned the idea into routine treatment.",
        ],
        references=[
            ("Cardiac pacing: the Stockholm pioneers", "Unknown"),
            ("Arne H. W. Larsson, 86; Had First Internal Pacemaker - The New York Times", "https://www.nytimes.com/2002/01/18/world/arne-h-w-larsson-86-had-first-internal-pacemaker.html"),
            ("Arne Larsson, 86; Had First Pacemaker - Los Angeles Times", "https://www.latimes.com/archives/la-xpm-2002-jan-16-me-22952-story.html"),
            ("Pulsgeber fuers Leben - wissen.de", "https://www.wissen.de/pulsgeber-fuers-leben"),
            ("Wilson Greatbatch (1919-2011) - Clinical Cardiology", "Unknown"),
            ("Wilson Greatbatch: First Fully Implantable Pacemaker - HRS", "https://www.hrssessions.org/40th-Anniversary/Wilson-Greatbatch"),
            ("8 October 1958 - BirthFactDeath", "https://www.birthfactdeathcalendar.net/events/8-october-1958/"),
        ],
    ),
    # ------------------------------------------------------------------ sport
    dict(
        slug="secretariat-triple-crown-1973",
        field="Sport",
        variations="curly quotes and apostrophes; topic wrapped over three lines and cut off mid-word; extra front-matter key (`Search Depth`); one claim with three evidence items",
        newline="\n", bom=False, curly=True,
        date="2026-02-20 19:31",
        topic_lines=[
            "How did Secretariat win the 1973 Triple Crown, what records did he set in the",
            "Kentucky Derby, Preakness and Belmont Stakes, and what explained his speed",
            "and his enduring fa",
        ],
        sources_analyzed=16, extra_keys=[("Search Depth", "advanced")],
        summary=[
            "Secretariat's 1973 season is still the benchmark for American thoroughbred racing. This report collects the facts about the horse and his connections, his three Triple Crown races, the physiology found after his death, and the press attention he received.",
        ],
        angles=["Racing record perspective", "Physiology perspective", "Media perspective"],
        omit=[],
        perspectives=[
            ("Racing Record Perspective", [
                ("sc1", "Secretariat was foaled on 30 March 1970 at Meadow Stud in Doswell, Virginia.", [
                    ("Secretariat Belmont Stakes time", "quote", "Secretariat was born on March 30, 1970, at the Meadow Stud in Doswell, Va."),
                ]),
                ("sc2", "He was a son of Bold Ruler, raced by Penny Chenery's Meadow Stable and trained by Lucien Laurin.", [
                    ("Belmont Stakes 1973 - Horse Racing Replays", "quote", "Owned by Christopher and Penny Chenery, under the Meadow Stable banner, and trained by Lucien Laurin ... the son of Bold Ruler galloped on in splendid isolation."),
                ]),
                ("sc3", "Jockey Ron Turcotte rode him in all but three of his 21 races.", [
                    ("Secretariat Had the Heart of a Champion - Los Angeles Times", "quote", "Jockey Ron Turcotte, who rode Secretariat in all but three of his 21 races, eventually learned that the chestnut colt marched to his own drumbeat."),
                ]),
                ("sc4", "He won the 1973 Kentucky Derby over 1 1/4 miles in 1:59 2/5, a race record that still stands, running each quarter faster than the one before.", [
                    ("Heart of a champion - St. Petersburg Times", "quote", "The amazing colt won the 11/4-mile Kentucky Derby in 1:592/5 - a mark that still stands."),
                    ("Secretariat's Triple Crown Cover to Cover - Secretariat.com", "quote", "He won the Run for the Roses in track-record time, running each quarter faster than the one before."),
                ]),
                ("sc5", "In 2012 the Maryland Racing Commission revised his 1973 Preakness time, which gave him the record in all three Triple Crown races.", [
                    ("1973 Belmont Stakes", "quote", "With the June 19 2012 announcement that the Maryland Racing Commission had reviewed the evidence and revised the official winning time for the 1973 Preakness Stakes, Secretariat now holds the record for the fastest time for all three Triple Crown races."),
                ]),
                ("sc6", "On 9 June 1973 he won the Belmont Stakes by 31 lengths in 2:24, a world record for 1 1/2 miles on dirt.", [
                    ("Heart of a champion - St. Petersburg Times", "quote", "Secretariat won by a mind-boggling 31 lengths June 9, setting a world record of 2:24, a mark that still stands for 11/2 miles on a dirt track."),
                    ("1973 Belmont Stakes", "quote", "A record crowd saw him win by thirty-one horse lengths in a time of 2:24."),
                    ("Belmont Stakes 1973 - Horse Racing Replays", "quote", "His winning margin was, and still is, the widest in the history of the Belmont Stakes."),
                ]),
                ("sc7", "A record crowd of 69,138 watched that Belmont, where he faced only four rivals and started at odds of 1-10.", [
                    ("1973 Belmont Stakes", "quote", "A record crowd of 69138 saw him win."),
                    ("Belmont Stakes 1973 - Horse Racing Replays", "quote", "Secretariat faced just four rivals ... Consequently, Secretariat was sent off at 1/10 to complete the Triple Crown."),
                ]),
                ("sc8", "He became the first Triple Crown winner since Citation in 1948, and only the ninth in history.", [
                    ("Belmont Stakes 1973 - Horse Racing Replays", "quote", "Thereby becoming the ninth horse in history to win the American Triple Crown."),
                ]),
                ("sc9", "Secretariat won 16 of his 21 races and earned $1,316,808.", [
                    ("Belmont Stakes 1973 - Horse Racing Replays", "quote", "Secretariat won 16 of his 21 races and just over $1.3 million in prize money."),
                    ("Secretariat Belmont Stakes time", "quote", "He won the Canadian International by 6 1/2 lengths, raising his career earnings to $1,316,808."),
                ]),
            ]),
            ("Physiology Perspective", [
                ("sc10", "After he was euthanised because of laminitis on 4 October 1989, a necropsy found that his heart weighed about 22 pounds.", [
                    ("Secretariat Had the Heart of a Champion - Los Angeles Times", "quote", "They found a heart that weighed 22 pounds."),
                    ("Front Page News - June 11, 1973", "quote", "When Secretariat was euthanized because of laminitis on October 4 1989 ... an autopsy was performed."),
                ]),
                ("sc11", "The necropsy was done at the University of Kentucky, where pathologist Thomas Swerczek compared the heart with the 8.5-pound average for a horse.", [
                    ("Secretariat Had the Heart of a Champion - Los Angeles Times", "quote", "The average horse's heart weighs 8 1/2 pounds. This was a heart completely out of anybody's league, pathologist Thomas Swerczek told writer Marianna Haun."),
                ]),
                ("sc12", "Secretariat stood 16.2 hands high and weighed about 1,200 pounds.", [
                    ("Heart of a champion - St. Petersburg Times", "quote", "It wasn't only his impressive size: 16.2 hands (with a hand measuring 4 inches) and 1,200 pounds."),
                ]),
            ]),
            ("Media Perspective", [
                ("sc13", "Before the Belmont he was on the covers of Time, Newsweek and Sports Illustrated in the same week.", [
                    ("Secretariat's Triple Crown Cover to Cover - Secretariat.com", "quote", "Newsweek, Time and Sports Illustrated all agreed to put a photo of a racehorse on the cover before he was scheduled to prove himself worthy."),
                    ("Front Page News - June 11, 1973", "quote", "Secretariat appeared on both the covers of Time and Newsweek for the week."),
                ]),
                ("sc14", "Track announcer Chic Anderson called out that he was moving like a tremendous machine as he reached the home turn.", [
                    ("Belmont Stakes 1973 - Horse Racing Replays", "quote", "He is moving like a tremendous machine! exclaimed announcer Chic Anderson as Secretariat approached the home turn."),
                ]),
                ("sc15", "Daily Racing Form columnist Charles Hatton wrote that he could not have moved faster if he had fallen off the grandstand roof.", [
                    ("Belmont Stakes 1973 - Horse Racing Replays", "quote", "Led Charles Hatton, columnist for the Daily Racing Form, to proclaim, He could not have moved faster if he had fallen off the grandstand roof."),
                ]),
            ]),
        ],
        focus=[
            ("Records that still stand", [("Benefits", "Clear, timed benchmarks that later champions have not beaten.")]),
            ("The heart", [("Risks", "A single necropsy; no comparable measurements for rivals.")]),
        ],
        conclusions=[
            "Secretariat's Triple Crown was remarkable for margins and times that have not been matched in fifty years. The size of his heart offers a plausible physical explanation, and the magazine covers show how much attention he drew even before the Belmont.",
        ],
        references=[
            ("Secretariat Belmont Stakes time", "Unknown"),
            ("Belmont Stakes 1973 - Horse Racing Replays", "https://horseracingreplays.co.uk/category/uncategorized/page/4"),
            ("Secretariat Had the Heart of a Champion - Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1998-jun-04-sp-56605-story.html"),
            ("Heart of a champion - St. Petersburg Times", "http://www.sptimes.com/2007/04/29/news_pf/Sports/Heart_of_a_champion.shtml"),
            ("Secretariat's Triple Crown Cover to Cover - Secretariat.com", "https://www.secretariat.com/askin-haskin/05/29/2023/secretariats-triple-crown-cover-to-cover/"),
            ("1973 Belmont Stakes", "https://the-meaning.com/1973_belmont_stakes.html"),
            ("Front Page News - June 11, 1973", "https://theraceisnottotheswift.blogspot.com/2007/06/front-page-news-june-11-1973.html"),
        ],
    ),
    # ------------------------------------------------------------------ business
    dict(
        slug="ikea-flat-pack-origins",
        field="Business",
        variations="headings without the word Perspective (`Founding Years`, ...); `## Conclusions` section missing; several evidence items on a claim; evidence source titles differing in case from their References entries",
        newline="\n", bom=False, curly=False,
        date="2026-02-06 09:12",
        topic_lines=["How did IKEA grow from a mail-order business into a flat-pack furniture retailer, and what role did its catalogue play?"],
        sources_analyzed=22, extra_keys=[],
        summary=[
            "IKEA began as a teenager's mail-order business in rural Sweden and became the best-known seller of self-assembly furniture. This report traces the founding years, the origin of the flat pack and the rise and end of the printed catalogue.",
        ],
        angles=["Founding years", "Flat-pack model", "Catalogue and products"],
        omit=["conclusions"],
        perspectives=[
            ("Founding Years", [
                ("ik1", "Ingvar Kamprad founded IKEA in 1943 at the age of 17, with money his father gave him for doing well at school.", [
                    ("IKEA and the flatpack revolution - sweden.se", "quote", "In 1943, a 17-year-old named Ingvar Feodor Kamprad got some money from his father for doing well in school, despite being dyslexic."),
                ]),
                ("ik2", "The IKEA name combines Kamprad's initials with Elmtaryd, the farm where he grew up, and the nearby village of Agunnaryd.", [
                    ("IKEA and the flatpack revolution - sweden.se", "quote", "An abbreviation for Ingvar Kamprad from Elmtaryd, Agunnaryd, his childhood home."),
                ]),
                ("ik3", "IKEA started out as a mail-order business selling small goods such as pens, watches and nylon stockings.", [
                    ("IKEA and the flatpack revolution - sweden.se", "quote", "At first, IKEA was a mail order business, and the range consisted of things like pens, watches and nylon stockings."),
                ]),
                ("ik4", "Two years after founding the company, Kamprad began using milk trucks to deliver his goods.", [
                    ("IKEA and the flatpack revolution - sweden.se", "quote", "Two years after starting the company, Kamprad began using milk trucks to deliver his goods."),
                    ("Warrington IKEA", "quote", "Using a simple catalogue he started a mail order system with deliveries via the county milk van."),
                ]),
                ("ik5", "IKEA began selling furniture made by local manufacturers in 1948, the same year it took on its first employee, a bookkeeper.", [
                    ("IKEA and the flatpack revolution - sweden.se", "quote", "In 1948, the company started selling furniture made by local manufacturers. The same year, the company took on its first employee, a bookkeeper."),
                ]),
                ("ik6", "In 1955 the established Swedish furniture industry boycotted IKEA over its low prices, which forced the company to design its own furniture.", [
                    ("IKEA and the flatpack revolution - sweden.se", "quote", "In 1955, the established furniture industry initiated a boycott against IKEA, protesting against the company's low-priced furniture ... This forced the company to start designing their own furniture."),
                ]),
            ]),
            ("Flat-pack Model", [
                ("ik7", "In 1956 IKEA designer Gillis Lundgren took the legs off a table so that it would fit into a car, which gave rise to the flat-pack idea.", [
                    ("Ingvar Kamprad obituary - The Times", "quote", "In 1956 Gillis Lundgren, a designer at Ikea, worked through the night with Kamprad photographing a table."),
                    ("IKEA founder Ingvar Kamprad dies - Architectural Digest India", "quote", "An IKEA employee, Gillis Lundgren, had the idea of removing the legs from a table and tucking them under its top to create the firm's trademark flat-pack furniture."),
                    ("Designing your dream home - NewsBreak", "quote", "Realizing that it was way too bulky to fit cleanly into the car's boot, Gillis removed the table's legs."),
                ]),
                ("ik8", "The first IKEA showroom opened in Älmhult in 1953 and was turned into a full store in 1958.", [
                    ("IKEA founder Ingvar Kamprad dies - Architectural Digest India", "quote", "In 1953, the first IKEA showroom opened its doors to the public in Almhult; this was converted into a store in 1958."),
                ]),
                ("ik9", "Flat packing kept prices low by cutting transport and storage costs and letting customers assemble the furniture themselves.", [
                    ("Flat-pack empire: 5 things to know about Kamprad and Ikea", "finding", "The concept keeps prices low by letting customers put furniture together themselves, and the self-assembly model cuts transport and storage costs."),
                ]),
            ]),
            ("Catalogue and Products", [
                ("ik10", "Kamprad compiled the first IKEA catalogue in 1951, and 285,000 copies were distributed in southern Sweden.", [
                    ("IKEA to drop printed catalogue after 70 years - The Nomad Today", "quote", "The first edition of the catalogue appeared in 1951, and was compiled by the late IKEA founder Ingvar Kamprad. About 285,000 copies were distributed in southern Sweden."),
                ]),
                ("ik11", "At its 2016 peak, 200 million printed copies of the catalogue were distributed in 69 versions across more than 50 markets.", [
                    ("IKEA to drop printed catalogue after 70 years - The Nomad Today", "quote", "In 2016, the peak year, 200 million hard copies of the catalogue were distributed in 69 different versions, in 22 languages and more than 50 markets."),
                    ("IKEA is retiring its iconic catalog - Gear Patrol", "quote", "According to the BBC documentary Flatpack Empire, the Ikea catalog out-printed the Bible and the Quran."),
                ]),
                ("ik12", "In December 2020 IKEA announced it would stop publishing its catalogue after 70 years because customers had moved online.", [
                    ("IKEA to drop printed catalogue after 70 years - The Nomad Today", "quote", "Swedish furniture retail giant IKEA on Monday announced it was to cease publishing the print version of its well-known catalogue after 70 years, citing changing consumer habits."),
                    ("IKEA is retiring its iconic catalog - Gear Patrol", "quote", "Consumers' shift towards online drove over four billion visits to its website."),
                ]),
                ("ik13", "The Poäng armchair, one of IKEA's best-known products, was created by Japanese designer Noboru Nakamura.", [
                    ("IKEA founder Ingvar Kamprad dies - Architectural Digest India", "quote", "The Poang chair created by Japanese designer Noboru Nakamura."),
                ]),
                ("ik14", "Kamprad died at his home in Småland on 27 January 2018, aged 91.", [
                    ("Flat-pack empire: 5 things to know about Kamprad and Ikea", "quote", "Ingvar Kamprad, has peacefully passed away, at his home in Smaland, Sweden, on the 27th of January."),
                ]),
                ("ik15", "Kamprad described his youthful contact with the Swedish fascist leader Per Engdahl as a part of his life that he bitterly regretted.", [
                    ("Remembering the legacy of Ingvar Kamprad - Guestlist", "quote", "Ingvar Kamprad had contact with Swedish fascist leader Per Engdahl. He apologised in a letter to his employees."),
                    ("Flat-pack empire: 5 things to know about Kamprad and Ikea", "quote", "Kamprad later said that it was a part of my life which I bitterly regret."),
                ]),
            ]),
        ],
        focus=[
            ("Cost leadership", [("Risks", "Supplier boycotts and assembly frustration for customers."), ("Benefits", "Lower shipping volume and lower shelf prices.")]),
            ("The catalogue", [("Benefits", "Reached a huge audience for decades before online channels took over.")]),
        ],
        conclusions=[],
        references=[
            ("IKEA and the flatpack revolution - Sweden.se", "https://sweden.se/business/ingvar-kamprad-founder-of-ikea"),
            ("Warrington IKEA", "https://rashbre2.blogspot.com/2005/08/warrington-ikea.html"),
            ("Ingvar Kamprad obituary - The Times", "https://www.thetimes.co.uk/article/obituary-ingvar-kamprad-s6rpvjfxm"),
            ("IKEA founder Ingvar Kamprad dies - Architectural Digest India", "https://www.architecturaldigest.in/content/ikea-founder-ingvar-kamprad-dies-sweden/"),
            ("Designing your dream home - NewsBreak", "Unknown"),
            ("Flat-pack empire: 5 things to know about Kamprad and IKEA", "http://cbsport.org/2018/01/flat-pack-empire-5-things-to-know-about-kamprad-and-ikea/"),
            ("IKEA to drop printed catalogue after 70 years - The Nomad Today", "https://www.thenomadtoday.com/articulo/world/swedish-furniture-giant-ikea-to-drop-printed-catalogue-after-70-years/20201207184859009436.html"),
            ("IKEA is retiring its iconic catalog - Gear Patrol", "https://www.gearpatrol.com/home/a34904649/ikea-catalog/"),
            ("Remembering the legacy of Ingvar Kamprad - Guestlist", "https://guestlist.net/article/92761/remembering-the-legacy-of-ingvar-kamprad"),
        ],
    ),
    # ------------------------------------------------------------------ culture
    dict(
        slug="first-academy-awards-1929",
        field="Culture",
        variations="CRLF line endings and UTF-8 BOM together; `Key finding` throughout; extra front-matter keys (`Report Version`, `Tags`); all reference URLs `Unknown`",
        newline="\r\n", bom=True, curly=False,
        date="2026-01-30 21:47",
        topic_lines=["The first Academy Awards ceremony of May 1929: venue, rules, winners and how it differed from later ceremonies"],
        sources_analyzed=12, extra_keys=[("Report Version", "2"), ("Tags", "film, awards, 1920s")],
        summary=[
            "The first Academy Awards were a short private dinner rather than a televised show. This report sets out how the evening was run, who won, and the rules of the first year that were changed soon after.",
        ],
        angles=["Ceremony perspective", "Winners perspective", "Rules perspective"],
        omit=[],
        perspectives=[
            ("Ceremony Perspective", [
                ("aa1", "The first Academy Awards were presented on 16 May 1929 at a private dinner in the Blossom Room of the Hollywood Roosevelt Hotel.", [
                    ("1st Academy Awards - World History Project", "finding", "The 1st Academy Awards were presented on May 16, 1929, at a private dinner held at the Hollywood Roosevelt Hotel."),
                    ("This Day in History: May 16, 1929", "finding", "A dinner party for around 250 people held in the Blossom Room of the Roosevelt Hotel in Hollywood."),
                ]),
                ("aa2", "About 270 guests attended the dinner, and tickets cost $5 each.", [
                    ("The First Oscars Ceremony Lasted Only 15 Minutes - Missed History", "finding", "Just 270 guests gathered at 36 banquet tables; a seat cost $5."),
                ]),
                ("aa3", "The whole presentation lasted only about 15 minutes.", [
                    ("The First Oscars Ceremony Lasted Only 15 Minutes - Missed History", "finding", "At just 15 minutes long, the first ceremony was the briefest in the Academy's history."),
                ]),
                ("aa4", "Douglas Fairbanks, the Academy's first president, hosted the ceremony.", [
                    ("This Day in History: May 16, 1929", "finding", "Its first president and the host of the May 1929 ceremony was the actor Douglas Fairbanks, Sr."),
                ]),
                ("aa5", "The winners had been announced to the press three months before the dinner.", [
                    ("The Oscars - first presentation", "finding", "Winners had been announced to media three months earlier; that was changed for the second ceremony in 1930."),
                ]),
                ("aa6", "It is the only Academy Awards ceremony that was broadcast neither on radio nor on television.", [
                    ("1st Academy Awards - World History Project", "finding", "This was also the only Academy Award ceremony not to be broadcast either on radio or television."),
                ]),
            ]),
            ("Winners Perspective", [
                ("aa7", "Wings, a First World War flying drama directed by William Wellman, won the top award for Outstanding Picture.", [
                    ("This Day in History: May 16, 1929", "finding", "The first official Best Picture winner was Wings, directed by William Wellman, about two World War I pilots who fall for the same woman."),
                ]),
                ("aa8", "F. W. Murnau's Sunrise: A Song of Two Humans won a separate award for Unique and Artistic Production.", [
                    ("1st Academy Awards - World History Project", "finding", "Picture (Unique and Artistic Production): Sunrise: A Song of Two Humans."),
                ]),
                ("aa9", "German actor Emil Jannings won Best Actor for The Last Command and The Way of All Flesh and, because he was returning to Europe, received it early as the first Academy Award winner.", [
                    ("The Oscars - first presentation", "finding", "Jannings had to return to Europe before the ceremony, so the Academy agreed to give him the prize earlier; this made him the first Academy Award winner in history."),
                ]),
                ("aa10", "Janet Gaynor won Best Actress for three films at once: Seventh Heaven, Street Angel and Sunrise.", [
                    ("1st Academy Awards - World History Project", "finding", "Actress: Janet Gaynor (Seventh Heaven; Street Angel; Sunrise)."),
                ]),
                ("aa11", "The directing award was split between Frank Borzage for Seventh Heaven and Lewis Milestone for the comedy Two Arabian Knights.", [
                    ("1st Academy Awards - World History Project", "finding", "Director: Frank Borzage (Seventh Heaven) / Lewis Milestone (Two Arabian Knights)."),
                ]),
                ("aa12", "Charlie Chaplin was removed from the competitive categories for The Circus and given a special honorary award instead.", [
                    ("This Day in History: May 16, 1929", "finding", "Originally a nominee for Best Actor, Best Writer and Best Comedy Director for The Circus, Chaplin was removed from these categories so he could receive the special award."),
                ]),
            ]),
            ("Rules Perspective", [
                ("aa13", "Films released between 1 August 1927 and 31 July 1928 were eligible for the first awards.", [
                    ("1st Academy Awards - World History Project", "finding", "Films that had been released between August 1, 1927 and July 31, 1928 were eligible for awards."),
                ]),
                ("aa14", "The Jazz Singer was kept out of the Best Picture race because the Academy thought it unfair for a sound film to compete with silent ones.", [
                    ("This Day in History: May 16, 1929", "finding", "The Jazz Singer was not allowed to compete for Best Picture because the Academy decided it was unfair to let movies with sound compete with silent films."),
                ]),
                ("aa15", "The Academy has used sealed envelopes since 1941, after the Los Angeles Times printed the winners before the ceremony began.", [
                    ("The Oscars - first presentation", "finding", "This method was used until the Los Angeles Times announced the winners before the ceremony began; as a result, the Academy has since 1941 used a sealed envelope."),
                ]),
            ]),
        ],
        focus=[
            ("A dinner, not a show", [("Benefits", "Low cost and a relaxed evening for the industry."), ("Risks", "No suspense, since the results were already public.")]),
            ("Rules of the first year", [("Risks", "Awards for several films at once blurred what was being honoured.")]),
        ],
        conclusions=[
            "The first ceremony was small, quick and without suspense, and several of its rules, from multi-film awards to advance announcements, were dropped within a few years.",
        ],
        references=[
            ("1st Academy Awards - World History Project", "Unknown"),
            ("This Day in History: May 16, 1929", "Unknown"),
            ("The First Oscars Ceremony Lasted Only 15 Minutes - Missed History", "Unknown"),
            ("The Oscars - first presentation", "Unknown"),
        ],
    ),
]
