"""Structured content of the 7 reports of holdout46. build.py renders them to reports/*.md.

Evidence items are dicts: {"source": title, "quote": text} or {"source": title, "finding": text}.
Exactly one claim in the whole set has no evidence (wall-street-crash-1929, the 1954 recovery).
Quotes are worded for this test fixture to match well-documented facts; they are not copied from
the named pages and are not guaranteed to be their verbatim text.
"""


def Q(source, text):
    return {"source": source, "quote": text}


def F(source, text):
    return {"source": source, "finding": text}


def C(text, *evidence):
    return {"text": text, "evidence": list(evidence)}


REPORTS = []

# ---------------------------------------------------------------------------------------------
# 1. History: Lewis and Clark Expedition. Plain LF, wrapped Topic cut mid-word, "Perspective"
#    headings, straight quotes, mostly real URLs.
# ---------------------------------------------------------------------------------------------
NPS = "Lewis and Clark National Historic Trail - National Park Service"
REPORTS.append({
    "id": "lewis-clark-expedition",
    "field": "History",
    "subject": "The Lewis and Clark Expedition (Corps of Discovery), 1804-1806",
    "style": {},
    "front": [
        "Research Date: 2026-02-11 09:42",
        "Topic: ",
        "    What did the Lewis and Clark Expedition of 1804-1806 accomplish, and what ",
        "    happened to its members along the w",
        "Sources Analyzed: 22",
    ],
    "summary": (
        "This report reviews the Lewis and Clark Expedition, the US Army's Corps of Discovery sent "
        "by President Thomas Jefferson to explore the Missouri River and reach the Pacific. It covers "
        "how the journey was funded and led, the route and its hardest stretches, the people who "
        "travelled with and met the expedition, and the scientific record it left behind."
    ),
    "angles": ["Planning and funding perspective", "Route and logistics perspective",
               "People and encounters perspective", "Scientific legacy perspective"],
    "sections": [
        {"heading": "Planning and Funding Perspective", "claims": [
            C("In a confidential message to Congress on January 18, 1803, President Thomas Jefferson requested $2,500 to fund an expedition up the Missouri River.",
              Q("Jefferson's Secret Message to Congress",
                "In a confidential message dated January 18, 1803, Jefferson asked Congress to appropriate $2,500 for an expedition to the Missouri River and the country beyond it.")),
            C("Meriwether Lewis invited William Clark to share command in June 1803, but the War Department commissioned Clark only as a second lieutenant.",
              Q("Discovering Lewis & Clark",
                "Lewis wrote to Clark on June 19, 1803, offering him an equal share of the command."),
              Q("Discovering Lewis & Clark",
                "When Clark's commission finally arrived it named him only a second lieutenant; Lewis kept this from the men and treated Clark as a full captain throughout.")),
            C("The Corps of Discovery set out from Camp River Dubois, near the confluence of the Mississippi and Missouri rivers, on May 14, 1804.",
              Q(NPS, "On May 14, 1804, the Corps of Discovery left Camp River Dubois, near the meeting of the Mississippi and Missouri rivers, and started up the Missouri.")),
        ]},
        {"heading": "Route and Logistics Perspective", "claims": [
            C("The expedition spent the winter of 1804-05 at Fort Mandan, which it built near the Mandan and Hidatsa villages close to present-day Washburn, North Dakota.",
              Q(NPS, "The men built Fort Mandan beside the Mandan and Hidatsa villages, not far from present-day Washburn, North Dakota, and wintered there in 1804-1805.")),
            C("The portage around the Great Falls of the Missouri in June and July 1805 covered about 18 miles and held the party up for roughly a month.",
              F("Lewis and Clark Expedition - Wikipedia",
                "Carrying the canoes and baggage around the five cascades of the Great Falls took the party about 18 miles (29 km) overland and delayed it for roughly a month in June and July 1805.")),
            C("William Clark wrote \"Ocian in view! O! the joy\" on November 7, 1805, when the party first saw what he took to be the Pacific Ocean.",
              Q("Journals of the Lewis and Clark Expedition", "Ocian in view! O! the joy."),
              F("Journals of the Lewis and Clark Expedition",
                "Clark's entry is dated November 7, 1805; the water he saw was in fact the wide estuary of the Columbia River.")),
            C("The expedition built Fort Clatsop near present-day Astoria, Oregon, and wintered there until March 23, 1806.",
              Q("Lewis and Clark Expedition - Wikipedia",
                "The Corps built Fort Clatsop near present-day Astoria and stayed there through the wet winter, leaving on March 23, 1806.")),
            C("The expedition returned to St. Louis on September 23, 1806, after about 28 months and roughly 8,000 miles of travel.",
              Q("Monticello: Lewis and Clark Expedition",
                "The party arrived back at St. Louis on September 23, 1806, some 28 months and about 8,000 miles after setting out.")),
        ]},
        {"heading": "People and Encounters Perspective", "claims": [
            C("Sergeant Charles Floyd died on August 20, 1804, most likely of a ruptured appendix, the only member of the Corps of Discovery to die during the expedition.",
              Q(NPS, "Sergeant Charles Floyd died on August 20, 1804, probably of a ruptured appendix; he was the only member of the Corps to die on the journey.")),
            C("Sacagawea, a Lemhi Shoshone woman travelling with her husband Toussaint Charbonneau, gave birth to her son Jean Baptiste at Fort Mandan on February 11, 1805.",
              Q(NPS, "At Fort Mandan on February 11, 1805, Sacagawea gave birth to a son, Jean Baptiste Charbonneau.")),
            C("In August 1805 Sacagawea recognized the Shoshone chief Cameahwait as her brother, which helped the captains obtain the horses they needed to cross the Rocky Mountains.",
              Q("Discovering Lewis & Clark",
                "Sacagawea recognized the chief, Cameahwait, as her brother, and the reunion eased the captains' bargaining for the horses they needed to cross the mountains.")),
            C("At Station Camp on November 24, 1805, the captains recorded the votes of York, Clark's enslaved man, and of Sacagawea on where to build the winter quarters.",
              Q("Lewis and Clark Expedition - Wikipedia",
                "On November 24, 1805, at Station Camp, the captains polled the whole party on where to spend the winter, recording the votes of both York and Sacagawea.")),
            C("On July 27, 1806, Lewis's small party killed two Piegan Blackfeet warriors who tried to take their guns and horses, the only violent deaths of the expedition.",
              Q("Lewis and Clark Expedition - Wikipedia",
                "In the fight on July 27, 1806, two Piegan Blackfeet warriors were killed after trying to take the party's rifles and horses; they were the only people killed by the expedition.")),
            C("Lewis was accidentally shot through the buttocks by Private Pierre Cruzatte, who was blind in one eye and near-sighted, while the two were hunting elk on August 11, 1806.",
              F("Journals of the Lewis and Clark Expedition",
                "Lewis recorded on August 11, 1806 that a ball had passed through his left thigh and buttock, fired by Cruzatte, who saw poorly, while they hunted elk.")),
        ]},
        {"heading": "Scientific Legacy Perspective", "claims": [
            C("The expedition's journals describe about 178 plants and 122 animals that were previously unknown to science.",
              Q("The Plants and Animals of Lewis and Clark - Smithsonian Magazine",
                "In all, the captains described some 178 plants and 122 animals that science had not yet recorded.")),
            C("The first authorized account of the expedition, edited by Nicholas Biddle, was published in two volumes in 1814.",
              Q("Lewis and Clark Expedition - Wikipedia",
                "The first authorized narrative, History of the Expedition Under the Command of Captains Lewis and Clark, edited by Nicholas Biddle, came out in two volumes in 1814.")),
        ]},
    ],
    "focus": [
        {"title": "Leadership and Logistics of a Two-Year Journey",
         "items": [("Risks", "Disease, accidents, river hazards and long delays at portages."),
                   ("Benefits", "Shared command and careful record-keeping kept the party together.")]},
        {"title": "Relations with Native Nations",
         "items": [("Risks", "Misunderstandings over trade and horses could turn violent."),
                   ("Benefits", "Guides, food and horses from the Mandan, Hidatsa and Shoshone made the crossing possible.")]},
    ],
    "conclusions": (
        "The expedition reached the Pacific and returned with the loss of a single member, mapped a "
        "route across the continent and documented hundreds of plants and animals. Its success rested "
        "heavily on the help of Native nations and on Sacagawea's presence in the party."
    ),
    "references": [
        ("Lewis and Clark Expedition - Wikipedia", "https://en.wikipedia.org/wiki/Lewis_and_Clark_Expedition"),
        ("Jefferson's Secret Message to Congress | National Archives", "https://www.archives.gov/milestone-documents/jeffersons-secret-message-to-congress"),
        ("Lewis and Clark National Historic Trail - National Park Service", "https://www.nps.gov/lecl/index.htm"),
        ("Journals of the Lewis and Clark Expedition", "https://lewisandclarkjournals.unl.edu/"),
        ("Discovering Lewis & Clark", "https://lewis-clark.org/"),
        ("Monticello: Lewis and Clark Expedition", "Unknown"),
        ("The Plants and Animals of Lewis and Clark - Smithsonian Magazine", "Unknown"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 2. Nature: giant panda conservation. CRLF line endings, one-line Topic, no Sources Analyzed,
#    unknown front-matter keys, headings without "Perspective".
# ---------------------------------------------------------------------------------------------
ZOO = "Giant Panda - Smithsonian's National Zoo"
REPORTS.append({
    "id": "giant-panda-conservation",
    "field": "Nature",
    "subject": "Giant panda conservation status, biology, habitat and panda diplomacy",
    "style": {"newline": "\r\n"},
    "front": [
        "Research Date: 2026-01-28 17:05",
        "Topic: How has the conservation status of the giant panda changed, and what still threatens it?",
        "Search Mode: deep",
        "Language: en",
    ],
    "summary": (
        "The giant panda has gone from a symbol of extinction risk to a partial conservation "
        "success. This report gathers the survey figures behind the change in its status, the "
        "biology that makes the species slow to recover, the reserve system that protects most "
        "wild pandas, and the history of pandas sent abroad as diplomatic gifts and loans."
    ),
    "angles": ["Population and status", "Biology and diet", "Habitat and protected areas",
               "Diplomacy and zoos"],
    "sections": [
        {"heading": "Population and Status", "claims": [
            C("The IUCN Red List moved the giant panda from Endangered to Vulnerable in September 2016, citing a rising wild population.",
              Q("Giant Panda - IUCN Red List",
                "The species has been downlisted from Endangered to Vulnerable, as the population appears to have grown thanks to forest protection and reforestation."),
              F("Giant Panda - IUCN Red List", "The reassessment was published in September 2016.")),
            C("China's Fourth National Giant Panda Survey, carried out from 2011 to 2014, counted 1,864 wild giant pandas, a 16.8% increase on the 1,596 recorded in the third survey.",
              Q("Fourth National Giant Panda Survey results - People's Daily",
                "The survey counted 1,864 wild giant pandas, 268 more than the 1,596 found in the third survey, an increase of 16.8 percent.")),
            C("China's own authorities reclassified the giant panda from endangered to vulnerable in July 2021, citing a wild population of about 1,800.",
              Q("China downgrades giant pandas from endangered to vulnerable - BBC News",
                "China's environment ministry said the number of pandas in the wild had reached about 1,800 and that the species was now classed as vulnerable rather than endangered.")),
            C("The fourth survey found the wild population split into 33 isolated subpopulations, 18 of which had fewer than 10 individuals and faced a high risk of local extinction.",
              Q("Giant Panda | WWF",
                "The survey identified 33 separate subpopulations, and 18 of them hold fewer than 10 pandas, leaving them at high risk of disappearing.")),
        ]},
        {"heading": "Biology and Diet", "claims": [
            C("Bamboo makes up about 99% of a giant panda's diet, and an adult eats between 12 and 38 kilograms of it a day.",
              F("Giant Panda | WWF", "Bamboo accounts for roughly 99 percent of the diet; an adult eats 12-38 kg every day.")),
            C("The panda's so-called pseudo-thumb is not a true digit but an enlarged wrist bone, the radial sesamoid, which it uses to grip bamboo stems.",
              Q("The Panda's Thumb - Stephen Jay Gould",
                "The panda's thumb is built from an enlarged radial sesamoid, ordinarily a small bone of the wrist, and not from a true finger.")),
            C("Female giant pandas ovulate only once a year and can conceive for just 24 to 72 hours.",
              Q(ZOO, "Females ovulate only once a year, and the window in which they can become pregnant lasts only 24 to 72 hours.")),
            C("A newborn giant panda cub weighs about 85 to 140 grams, roughly 1/900th of its mother's weight.",
              Q(ZOO, "At birth a cub weighs about 3 to 5 ounces (85 to 140 grams), about 1/900th of the size of its mother.")),
            C("The giant panda genome, published in Nature in January 2010, showed that the umami taste receptor gene Tas1r1 is a pseudogene in pandas.",
              F("The sequence and de novo assembly of the giant panda genome - Nature",
                "The Tas1r1 umami receptor gene is a pseudogene in the giant panda, which may help explain its shift to a bamboo diet.")),
        ]},
        {"heading": "Habitat and Protected Areas", "claims": [
            C("About 67% of wild giant pandas live inside China's 67 panda nature reserves, 27 of which were created after the previous survey.",
              Q("Wild Panda Population Up Dramatically in China, Government Says",
                "Roughly two-thirds of the wild pandas, about 67 percent, live inside the 67 nature reserves, and 27 of those reserves are new since the 2003 count.")),
            C("China formally established Giant Panda National Park in October 2021, covering about 22,000 square kilometres across Sichuan, Shaanxi and Gansu provinces.",
              Q("Giant Panda National Park formally established - Xinhua",
                "The national park, formally set up in October 2021, covers about 22,000 square kilometres in Sichuan, Shaanxi and Gansu.")),
        ]},
        {"heading": "Diplomacy and Zoos", "claims": [
            C("The first giant panda taken alive out of China, a cub named Su Lin, was brought to the United States by Ruth Harkness in 1936 and later exhibited at Chicago's Brookfield Zoo.",
              Q("Su Lin, the first giant panda in America - Brookfield Zoo",
                "Ruth Harkness carried the cub Su Lin from China to the United States in 1936; he went on show at Brookfield Zoo the next year.")),
            C("After President Nixon's 1972 visit to China, the pandas Ling-Ling and Hsing-Hsing arrived at the National Zoo in Washington, D.C., in April 1972.",
              Q(ZOO, "Ling-Ling and Hsing-Hsing arrived at the National Zoo on April 16, 1972, a gift from China following President Nixon's visit.")),
            C("Since the mid-1980s China has lent rather than given pandas abroad, typically charging host zoos about US$1 million a year per pair.",
              F("Panda diplomacy: how China lends its pandas - The Guardian",
                "Pandas sent overseas since the mid-1980s are on loan, and host zoos usually pay around $1m a year for a pair.")),
        ]},
    ],
    "focus": [
        {"title": "Fragmented Habitat",
         "items": [("Risks", "Small, isolated subpopulations, roads and hydropower projects."),
                   ("Benefits", "A national park and bamboo corridors linking reserves.")]},
        {"title": "Slow Reproduction",
         "items": [("Risks", "Very short fertile window and tiny, helpless cubs.")]},
    ],
    "conclusions": (
        "Wild panda numbers have risen since the early 2000s and the species is no longer rated "
        "Endangered, but small isolated populations and a very slow breeding rate mean its recovery "
        "depends on keeping reserves connected."
    ),
    "references": [
        ("Giant Panda - IUCN Red List", "https://www.iucnredlist.org/species/712/121745669"),
        ("Wild Panda Population Up Dramatically in China, Government Says - National Geographic", "Unknown"),
        ("Fourth National Giant Panda Survey results - People's Daily", "Unknown"),
        ("Giant panda | Smithsonian's National Zoo and Conservation Biology Institute", "https://nationalzoo.si.edu/animals/giant-panda"),
        ("Giant Panda | WWF", "https://www.worldwildlife.org/species/giant-panda"),
        ("The sequence and de novo assembly of the giant panda genome - Nature", "https://www.nature.com/articles/nature08696"),
        ("China downgrades giant pandas from endangered to vulnerable - BBC News", "Unknown"),
        ("Giant Panda National Park formally established - Xinhua", "Unknown"),
        ("Su Lin, the first giant panda in America - Brookfield Zoo", "Unknown"),
        ("The Panda's Thumb - Stephen Jay Gould", "Unknown"),
        ("Panda diplomacy: how China lends its pandas - The Guardian", "Unknown"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 3. Engineering: Hubble's flawed mirror. UTF-8 BOM, curly quotes, several evidence items per
#    claim, Topic cut mid-word.
# ---------------------------------------------------------------------------------------------
WIKI_HST = "Hubble Space Telescope - Wikipedia"
SM1 = "Servicing Mission 1 - NASA"
ALLEN = "The Hubble Space Telescope Optical Systems Failure Report"
REPORTS.append({
    "id": "hubble-mirror-flaw",
    "field": "Engineering",
    "subject": "The Hubble Space Telescope's flawed primary mirror and its 1993 repair",
    "style": {"bom": True, "curly": True},
    "front": [
        "Research Date: 2026-02-02 11:20",
        "Topic: ",
        "    How was the Hubble Space Telescope's flawed primary mirror diagnosed and correc",
        "Sources Analyzed: 31",
    ],
    "summary": (
        "Shortly after launch, the Hubble Space Telescope turned out to have a primary mirror of the "
        "wrong shape. This report follows the engineering story: how the mirror was made, how the "
        "investigation found the cause, how the first servicing mission installed corrective optics, "
        "and what became of that hardware later."
    ),
    "angles": ["Manufacturing perspective", "Investigation perspective",
               "Repair mission perspective", "Legacy perspective"],
    "sections": [
        {"heading": "Manufacturing Perspective", "claims": [
            C("Hubble's primary mirror, 2.4 metres (94.5 inches) across, was polished by Perkin-Elmer in Danbury, Connecticut, with the work completed in 1981.",
              Q(WIKI_HST, "The 2.4 m (94.5 in) primary mirror was ground and polished by Perkin-Elmer in Danbury, Connecticut, where polishing was finished in May 1981.")),
            C("A backup primary mirror made by Eastman Kodak was never flown and is now held by the Smithsonian's National Air and Space Museum.",
              Q("Backup mirror for the Hubble Space Telescope - National Air and Space Museum",
                "This backup mirror, ground by Eastman Kodak, was never flown; it is now in the collection of the National Air and Space Museum.")),
            C("Hubble was launched on April 24, 1990, aboard Space Shuttle Discovery on mission STS-31 and deployed the following day.",
              Q("STS-31 - Wikipedia", "Discovery lifted off on April 24, 1990, and the crew released Hubble into orbit on April 25."),
              F(WIKI_HST, "Launch on STS-31 came after years of delay, partly caused by the 1986 Challenger accident.")),
        ]},
        {"heading": "Investigation Perspective", "claims": [
            C("In June 1990, about two months after launch, NASA announced that Hubble's images were blurred by spherical aberration in the primary mirror.",
              Q("Hubble's Mirror Flaw - NASA", "In June 1990 NASA announced that the telescope's images were blurred by spherical aberration in the primary mirror."),
              F(WIKI_HST, "Engineers first noticed that the best images were far less sharp than expected within weeks of the first light.")),
            C("The mirror had been ground too flat at its edge by about 2.2 micrometres, roughly one-fiftieth of the thickness of a human hair.",
              Q("Hubble's Mirror Flaw - NASA", "The mirror had been ground too flat at its edge by about 2.2 microns, roughly one-fiftieth the thickness of a human hair.")),
            C("The investigation board chaired by Lew Allen of the Jet Propulsion Laboratory traced the error to a reflective null corrector in which a lens was 1.3 millimetres out of position.",
              F(ALLEN, "The field lens of the reflective null corrector used to test the mirror was spaced 1.3 mm from its correct position."),
              Q(WIKI_HST, "A board chaired by Lew Allen, director of the Jet Propulsion Laboratory, was set up to find out how the error had happened.")),
            C("The Allen board's final report, issued in November 1990, found that Perkin-Elmer had dismissed results from two other null correctors that showed the spherical aberration.",
              Q(ALLEN, "Two other null correctors gave results that indicated spherical aberration, but those results were set aside as less reliable than the reflective null corrector."),
              F(ALLEN, "The final report was released in November 1990.")),
            C("In October 1993 Perkin-Elmer and Hughes Danbury Optical Systems agreed to a $25 million settlement with the US government, including a $15 million cash payment from Perkin-Elmer.",
              Q("Mirror makers to pay $25 million - Hartford Courant",
                "Under the agreement, Perkin-Elmer pays $15 million in cash, and Hughes Danbury Optical Systems gives up $3.5 million in outstanding fees and refunds $6.5 million, for a total of $25 million.")),
        ]},
        {"heading": "Repair Mission Perspective", "claims": [
            C("The first servicing mission, STS-61 aboard Space Shuttle Endeavour, launched on December 2, 1993, and its crew carried out five spacewalks.",
              Q("STS-61 - Wikipedia", "Endeavour launched on December 2, 1993, and the crew made five spacewalks to service the telescope.")),
            C("COSTAR, the Corrective Optics Space Telescope Axial Replacement, was installed in place of the High Speed Photometer to correct the light reaching three instruments.",
              Q("Corrective Optics Space Telescope Axial Replacement - Wikipedia",
                "COSTAR took the bay of the High Speed Photometer and put corrective mirrors in the light path of the Faint Object Camera, the Faint Object Spectrograph and the Goddard High Resolution Spectrograph."),
              F(SM1, "COSTAR was about the size of a telephone booth.")),
            C("The Wide Field and Planetary Camera 2, which had the correction built into its own optics, replaced the original Wide Field/Planetary Camera during the same mission.",
              Q(SM1, "WFPC2 carried its own corrective optics and replaced the original Wide Field/Planetary Camera.")),
            C("The five STS-61 spacewalks totalled 35 hours and 28 minutes.",
              F("STS-61 - Wikipedia", "The five EVAs lasted 35 hours and 28 minutes in all.")),
            C("The first servicing mission also replaced Hubble's solar arrays, whose flexing as the telescope moved between sunlight and shadow had made it jitter.",
              Q(SM1, "The crew also replaced the solar arrays, whose flexing as Hubble passed in and out of Earth's shadow had made the telescope jitter.")),
            C("NASA released the first images taken after the repair on January 13, 1994 and declared the mission a success.",
              Q(SM1, "On January 13, 1994, NASA released the first images taken after the repair and declared the mission a complete success."),
              F(WIKI_HST, "Before-and-after pictures of the galaxy M100 were used to show the improvement.")),
        ]},
        {"heading": "Legacy Perspective", "claims": [
            C("COSTAR was removed during Servicing Mission 4 in May 2009 and replaced by the Cosmic Origins Spectrograph, because every later instrument had its own corrective optics.",
              Q("Servicing Mission 4 - NASA", "Astronauts removed COSTAR in May 2009 to make room for the Cosmic Origins Spectrograph; all instruments installed after 1993 carried their own correction."),
              F("Corrective Optics Space Telescope Axial Replacement - Wikipedia", "The removed unit was returned to Earth.")),
        ]},
    ],
    "focus": [
        {"title": "Testing Before Launch",
         "items": [("Risks", "Relying on a single test instrument let a large error go unnoticed."),
                   ("Benefits", "The precise measurement of the error made a corrective prescription possible.")]},
        {"title": "Designing for Servicing in Orbit",
         "items": [("Benefits", "Modular instrument bays let astronauts swap in corrective optics.")]},
    ],
    "conclusions": (
        "Hubble's mirror flaw was a manufacturing and testing failure, not a design failure. Because "
        "the error was known precisely and the telescope was built to be serviced, a single shuttle "
        "mission in December 1993 restored its intended sharpness."
    ),
    "references": [
        ("Hubble Space Telescope - Wikipedia", "https://en.wikipedia.org/wiki/Hubble_Space_Telescope"),
        ("Hubble's Mirror Flaw - NASA", "Unknown"),
        ("The Hubble Space Telescope Optical Systems Failure Report (Allen Report)", "Unknown"),
        ("STS-31 - Wikipedia", "https://en.wikipedia.org/wiki/STS-31"),
        ("STS-61 - Wikipedia", "https://en.wikipedia.org/wiki/STS-61"),
        ("Corrective Optics Space Telescope Axial Replacement - Wikipedia", "https://en.wikipedia.org/wiki/Corrective_Optics_Space_Telescope_Axial_Replacement"),
        ("Servicing Mission 1 - NASA", "Unknown"),
        ("Servicing Mission 4 - NASA", "Unknown"),
        ("Mirror makers to pay $25 million - Hartford Courant", "Unknown"),
        ("Backup mirror for the Hubble Space Telescope - National Air and Space Museum", "Unknown"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 4. Sport: Jackie Robinson. Headings one level up (# sections, ## angle headings), "*" bullets
#    outside the claims, an unknown front-matter key, trailing whitespace, all references Unknown.
# ---------------------------------------------------------------------------------------------
SABR = "Jackie Robinson - Society for American Baseball Research"
HOF = "Jackie Robinson | Baseball Hall of Fame"
BREF = "Jackie Robinson Stats - Baseball-Reference.com"
MLB = "Jackie Robinson Day - MLB.com"
REPORTS.append({
    "id": "jackie-robinson-1947",
    "field": "Sport",
    "subject": "Jackie Robinson's 1947 debut, his career and his legacy in Major League Baseball",
    "style": {"levels": ("#", "#", "##"), "angle_marker": "*", "focus_marker": "*",
              "trailing_ws": True},
    "front": [
        "Research Date: 2026-01-19 08:30",
        "Topic: ",
        "    Jackie Robinson's 1947 debut: how it came about and what followed for Major League Baseball",
        "Sources Analyzed: 18",
        "Model: research-agent-v2",
    ],
    "summary": (
        "Jackie Robinson broke the modern major-league color line when he played for the Brooklyn "
        "Dodgers in April 1947. This report traces the path that led him there, his playing record, "
        "and the ways the sport has honored him since."
    ),
    "angles": ["Road to the majors perspective", "Debut season perspective",
               "Career record perspective", "Legacy perspective"],
    "sections": [
        {"heading": "Road to the Majors", "claims": [
            C("Robinson was the first athlete at UCLA to earn varsity letters in four sports: baseball, basketball, football and track.",
              Q(SABR,
                "At UCLA he became the school's first athlete to win varsity letters in four sports: baseball, basketball, football and track.")),
            C("As an Army lieutenant at Camp Hood, Texas, Robinson was court-martialed in 1944 for refusing to move to the back of a bus, and was acquitted by an all-white panel of officers.",
              Q("The Court-Martial of Jackie Robinson - National Archives",
                "Lt. Jackie Robinson was tried by court-martial at Camp Hood, Texas, in August 1944 after he refused to move to the back of an Army bus, and he was acquitted."),
              F("The Court-Martial of Jackie Robinson - National Archives", "The nine officers who heard the case were all white.")),
            C("Robinson played shortstop for the Kansas City Monarchs of the Negro American League in 1945.",
              F(SABR, "He spent the 1945 season at shortstop for the Kansas City Monarchs of the Negro American League.")),
            C("Branch Rickey announced on October 23, 1945, that Robinson had signed with the Montreal Royals, the Dodgers' top minor-league affiliate.",
              Q(HOF, "On October 23, 1945, Branch Rickey announced that Robinson had signed a contract with the Montreal Royals, Brooklyn's top farm club.")),
            C("Playing for Montreal in 1946, Robinson led the International League with a .349 batting average.",
              F(BREF, "1946 Montreal Royals: .349 batting average, first in the International League.")),
        ]},
        {"heading": "Debut Season", "claims": [
            C("Robinson made his major-league debut at first base for the Brooklyn Dodgers against the Boston Braves at Ebbets Field on April 15, 1947.",
              Q("Jackie Robinson - Library of Congress",
                "On April 15, 1947, Robinson played first base for the Brooklyn Dodgers against the Boston Braves at Ebbets Field, the first Black player in the modern major leagues.")),
            C("The crowd at Ebbets Field for his debut numbered 26,623, of whom more than 14,000 were reportedly Black fans.",
              Q(SABR, "The attendance was 26,623, and contemporary estimates put the number of Black fans at more than 14,000.")),
            C("Robinson won the first Major League Baseball Rookie of the Year award in 1947, batting .297 and leading the National League with 29 stolen bases.",
              F(BREF, "1947: .297 batting average, 29 stolen bases (first in the NL); Rookie of the Year in the award's first year.")),
        ]},
        {"heading": "Career Record", "claims": [
            C("Robinson was named National League Most Valuable Player in 1949 after winning the batting title with a .342 average.",
              Q(HOF, "In 1949 he won the National League batting title with a .342 average and was named the league's Most Valuable Player.")),
            C("The Dodgers beat the New York Yankees in the 1955 World Series, the only championship of Robinson's career, and he stole home in Game 1.",
              Q(SABR, "Brooklyn finally beat the Yankees in the 1955 World Series; in the opener Robinson stole home in the eighth inning.")),
            C("Over 10 major-league seasons, all with Brooklyn, Robinson batted .311 and was selected to six All-Star Games.",
              F(BREF, "10 seasons (1947-1956), all with Brooklyn; .311 career batting average; six All-Star selections (1949-1954).")),
            C("After the Dodgers traded him to the New York Giants in December 1956, Robinson retired rather than report, announcing his decision in Look magazine in January 1957.",
              Q("Robinson retires rather than accept trade - The New York Times",
                "Robinson, traded to the Giants last month, announced in an article in Look magazine that he was quitting baseball.")),
        ]},
        {"heading": "Legacy", "claims": [
            C("Robinson was elected to the Baseball Hall of Fame in 1962, his first year of eligibility, becoming the first Black player inducted.",
              Q(HOF, "Robinson was elected to the Hall of Fame in 1962, his first year on the ballot, the first Black player so honored.")),
            C("Major League Baseball retired Robinson's number 42 across all teams on April 15, 1997, the 50th anniversary of his debut.",
              Q(MLB, "On April 15, 1997, the 50th anniversary of his debut, Robinson's No. 42 was retired throughout Major League Baseball.")),
            C("Since 2009 every major-league player and coach has worn number 42 on Jackie Robinson Day, April 15, which was first held in 2004.",
              Q(MLB, "Jackie Robinson Day was first celebrated across the majors in 2004; since 2009 every player and coach has worn No. 42 on April 15.")),
            C("Robinson died on October 24, 1972, at the age of 53.",
              Q("Jackie Robinson Dies at 53 - The New York Times",
                "Jackie Robinson, who broke baseball's color line, died on October 24, 1972, at his home in Stamford, Conn. He was 53.")),
        ]},
    ],
    "focus": [
        {"title": "Integration of the Major Leagues",
         "items": [("Risks", "Hostility from opponents, some teammates and segregated travel."),
                   ("Benefits", "Opened the majors to Black players and drew large new crowds.")]},
        {"title": "Commemoration",
         "items": [("Benefits", "League-wide retirement of No. 42 and an annual Jackie Robinson Day.")]},
    ],
    "conclusions": (
        "Robinson's debut was the product of a deliberate plan by Branch Rickey and of Robinson's own "
        "record in college, the Army, the Negro leagues and Montreal. His playing career justified the "
        "plan, and the league now marks the date of his debut every season."
    ),
    "references": [
        ("Jackie Robinson | Baseball Hall of Fame", "Unknown"),
        ("Jackie Robinson - Society for American Baseball Research", "Unknown"),
        ("Jackie Robinson Stats - Baseball-Reference.com", "Unknown"),
        ("Jackie Robinson Day - MLB.com", "Unknown"),
        ("The Court-Martial of Jackie Robinson - National Archives", "Unknown"),
        ("Jackie Robinson - Library of Congress", "Unknown"),
        ("Robinson retires rather than accept trade - The New York Times", "Unknown"),
        ("Jackie Robinson Dies at 53 - The New York Times", "Unknown"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 5. Economics: the 1929 Wall Street Crash. 4-space nested indentation, no Focus Areas section,
#    an unknown front-matter key, and the set's only claim without evidence.
# ---------------------------------------------------------------------------------------------
WIKI_CRASH = "Wall Street Crash of 1929 - Wikipedia"
GALB = "The Great Crash, 1929 - John Kenneth Galbraith"
FDIC = "A Brief History of Deposit Insurance - FDIC"
REPORTS.append({
    "id": "wall-street-crash-1929",
    "field": "Economics",
    "subject": "The Wall Street Crash of 1929, the Depression that followed and the US regulatory response",
    "style": {"indent": ("    ", "        "), "no_focus": True},
    "front": [
        "Research Date: 2026-02-07 14:55",
        "Topic: ",
        "    What happened in the Wall Street Crash of 1929 and how did US lawmakers respond?",
        "Sources Analyzed: 19",
        "Research Depth: 3",
    ],
    "summary": (
        "The stock market crash of October 1929 ended a decade-long boom built partly on borrowed "
        "money. This report sets out the market's peak and the days of the crash, the economic damage "
        "of the early 1930s, and the laws and agencies Congress created in response."
    ),
    "angles": ["Market mechanics perspective", "Economic fallout perspective",
               "Regulatory response perspective"],
    "sections": [
        {"heading": "Market Mechanics Perspective", "claims": [
            C("The Dow Jones Industrial Average reached its pre-crash peak of 381.17 on September 3, 1929.",
              Q(WIKI_CRASH, "The Dow Jones Industrial Average peaked at 381.17 on September 3, 1929.")),
            C("In mid-October 1929, days before the crash, Yale economist Irving Fisher said stock prices had reached what looked like a permanently high plateau.",
              F(GALB, "Irving Fisher's remark that stocks stood at \"what looks like a permanently high plateau\" was made in mid-October 1929.")),
            C("Loans to brokers, which financed buying on margin, exceeded $8.5 billion by 1929, more than the entire amount of currency circulating in the United States.",
              Q("Stock Market Crash of 1929 - History.com",
                "By 1929, loans to brokers had passed $8.5 billion, more than all the currency then circulating in the United States.")),
            C("On Black Thursday, October 24, 1929, a record 12.9 million shares changed hands on the New York Stock Exchange.",
              Q(WIKI_CRASH, "On October 24, 1929, a record 12.9 million shares were traded.")),
            C("That afternoon Richard Whitney, acting for a pool of leading bankers, bid $205 a share for 10,000 shares of U.S. Steel, above the market price, to steady the market.",
              F(GALB, "Whitney, acting for the bankers' pool, bid 205 for 10,000 shares of Steel, above the last sale, and placed similar orders for other leading stocks.")),
            C("On Black Monday, October 28, 1929, the Dow fell 38.33 points, or about 12.8%.",
              Q(WIKI_CRASH, "On Black Monday, October 28, the Dow declined a record 38.33 points, or 12.82%.")),
            C("On Black Tuesday, October 29, 1929, about 16.4 million shares were traded and the Dow lost a further 11.7%.",
              Q(WIKI_CRASH, "On Black Tuesday some 16.4 million shares were traded, and the Dow lost another 30.57 points, or 11.73%.")),
            C("The Dow bottomed at 41.22 on July 8, 1932, about 89% below its 1929 peak.",
              Q("Stock Market Crash of 1929 - History.com", "The Dow reached its low of 41.22 on July 8, 1932, roughly 89 percent below its peak.")),
            C("The Dow did not close above its September 1929 peak again until November 23, 1954."),
        ]},
        {"heading": "Economic Fallout Perspective", "claims": [
            C("US unemployment reached about 25% in 1933.",
              F("Unemployment during the Great Depression - Bureau of Labor Statistics", "Unemployment peaked at about 25 percent (24.9%) in 1933.")),
            C("Roughly 9,000 US banks failed between 1930 and 1933.",
              Q(FDIC, "Between 1930 and 1933, about 9,000 banks suspended operations.")),
            C("President Herbert Hoover signed the Smoot-Hawley Tariff Act on June 17, 1930, raising duties on more than 20,000 imported goods.",
              Q("Protectionism in the Interwar Period - Office of the Historian",
                "The Smoot-Hawley Tariff, signed by President Hoover on June 17, 1930, raised duties on over 20,000 imported goods.")),
        ]},
        {"heading": "Regulatory Response Perspective", "claims": [
            C("The Senate Banking and Currency Committee inquiry of 1932-1934, known as the Pecora Commission after its chief counsel Ferdinand Pecora, exposed abusive practices by major banks and their executives.",
              Q("The Pecora Investigation - U.S. Senate",
                "Led by chief counsel Ferdinand Pecora, the committee's investigation of 1932-1934 exposed a wide range of abusive practices by banks and their officers.")),
            C("The Banking Act of 1933, known as Glass-Steagall, separated commercial and investment banking and created the Federal Deposit Insurance Corporation.",
              Q(FDIC, "The Banking Act of 1933, often called Glass-Steagall, separated commercial from investment banking and established the FDIC as a temporary agency.")),
            C("The Securities Exchange Act of 1934 created the Securities and Exchange Commission, with Joseph P. Kennedy as its first chairman.",
              Q("About the SEC - U.S. Securities and Exchange Commission",
                "Congress created the Securities and Exchange Commission in the Securities Exchange Act of 1934; President Roosevelt named Joseph P. Kennedy its first chairman.")),
        ]},
    ],
    "focus": None,
    "conclusions": (
        "The crash was short but its consequences were long: stock prices took a quarter of a century "
        "to recover, and the inquiries that followed produced the deposit insurance system, the "
        "separation of commercial and investment banking, and a federal securities regulator."
    ),
    "references": [
        ("Wall Street Crash of 1929 - Wikipedia", "https://en.wikipedia.org/wiki/Wall_Street_crash_of_1929"),
        ("Stock Market Crash of 1929 - History.com", "https://www.history.com/topics/great-depression/1929-stock-market-crash"),
        ("The Great Crash, 1929 - John Kenneth Galbraith", "Unknown"),
        ("A Brief History of Deposit Insurance - FDIC", "Unknown"),
        ("The Pecora Investigation - U.S. Senate", "Unknown"),
        ("About the SEC - U.S. Securities and Exchange Commission", "Unknown"),
        ("Protectionism in the Interwar Period - Office of the Historian", "https://history.state.gov/milestones/1921-1936/protectionism"),
        ("Unemployment during the Great Depression - Bureau of Labor Statistics", "Unknown"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 6. Medicine: the first human heart transplant. No Research Angles section, mostly "Key finding",
#    claims packed without blank lines, headings without "Perspective", Topic cut mid-word.
# ---------------------------------------------------------------------------------------------
MUSEUM = "Heart of Cape Town Museum - Groote Schuur Hospital"
WIKI_CB = "Christiaan Barnard - Wikipedia"
REPORTS.append({
    "id": "first-heart-transplant-1967",
    "field": "Medicine",
    "subject": "The first human heart transplant (Cape Town, December 1967) and the early years of heart transplantation",
    "style": {"no_angles": True, "tight": True},
    "front": [
        "Research Date: 2026-01-23 10:12",
        "Topic:",
        "    First human heart transplant in Cape Town in 1967 - the surgery, the patients and",
        "    what came after for transpl",
        "Sources Analyzed: 14",
    ],
    "summary": (
        "On 3 December 1967 a surgical team in Cape Town carried out the first transplant of a heart "
        "from one person to another. This report summarises the operation and its patients, the rival "
        "programmes that followed within weeks, the ethical and medical problems that slowed the field, "
        "and the drug that eventually made the operation routine."
    ),
    "angles": None,
    "sections": [
        {"heading": "The Operation", "claims": [
            C("Christiaan Barnard performed the first human-to-human heart transplant at Groote Schuur Hospital in Cape Town on December 3, 1967.",
              F(MUSEUM, "The operation took place at Groote Schuur Hospital in the early hours of 3 December 1967, led by Christiaan Barnard.")),
            C("The recipient, Louis Washkansky, was a Cape Town grocer suffering from diabetes and incurable heart disease.",
              F(MUSEUM, "Louis Washkansky, a grocer, had diabetes and heart disease that no other treatment could help.")),
            C("The donor heart came from Denise Darvall, a 25-year-old woman fatally injured in a road accident, after her father Edward Darvall gave consent.",
              Q(WIKI_CB, "The donor, Denise Darvall, had been fatally injured in a car accident; her father gave permission for her heart to be used."),
              F(MUSEUM, "Denise Darvall was 25 years old.")),
            C("Barnard led a surgical team of about 30 people that included his brother Marius Barnard.",
              F(MUSEUM, "Around 30 staff took part; Barnard's brother Marius was among the surgeons.")),
        ]},
        {"heading": "Patients and Outcomes", "claims": [
            C("Washkansky died of pneumonia 18 days after the operation, on December 21, 1967, his immune system weakened by the anti-rejection drugs.",
              Q(WIKI_CB, "Washkansky died of pneumonia 18 days after the transplant, the drugs that suppressed his immune system having left him open to infection."),
              F(MUSEUM, "He died on 21 December 1967.")),
            C("The second recipient, dentist Philip Blaiberg, was operated on on January 2, 1968, and lived for about 19 months, until August 17, 1969.",
              F(MUSEUM, "Philip Blaiberg, a dentist, received a new heart on 2 January 1968 and lived for 19 months, until 17 August 1969.")),
        ]},
        {"heading": "Competing Programmes", "claims": [
            C("Barnard had trained in surgery at the University of Minnesota under Owen Wangensteen before returning to Cape Town.",
              F(WIKI_CB, "Barnard studied at the University of Minnesota under Owen Wangensteen, where he was introduced to the heart-lung machine.")),
            C("On December 6, 1967, three days after the Cape Town operation, Adrian Kantrowitz transplanted a heart into an infant in Brooklyn, who died about six and a half hours later.",
              F("Surgeon Puts Heart in Infant - The New York Times",
                "Adrian Kantrowitz's team at Maimonides Medical Center in Brooklyn transplanted a heart into an infant on 6 December 1967; the baby lived about six and a half hours.")),
            C("Norman Shumway performed the first adult heart transplant in the United States at Stanford on January 6, 1968.",
              F("Norman Shumway, heart transplant pioneer - Stanford Medicine",
                "Shumway carried out the first adult human heart transplant in the United States at Stanford on 6 January 1968.")),
            C("Barnard had performed South Africa's first kidney transplant in October 1967, weeks before the heart operation.",
              F(WIKI_CB, "Barnard performed the first kidney transplant in South Africa on 23 October 1967.")),
        ]},
        {"heading": "Ethics and Later Developments", "claims": [
            C("About 105 heart transplants were carried out worldwide in 1968, which the press dubbed the Year of the Transplant, but poor survival led many centres to stop by 1970.",
              F("The Courage to Fail - Renee Fox and Judith Swazey",
                "The press heralded 1968 as the \"Year of the Transplant\", when 105 heart transplants were performed; by 1970 many programmes had stopped."),
              F("Evolution of heart transplantation since Barnard's first - Cardiovascular Diagnosis and Therapy",
                "Most early recipients died within months, largely from rejection and infection.")),
            C("An ad hoc committee of Harvard Medical School published criteria for irreversible coma, or brain death, in JAMA in August 1968.",
              F("A Definition of Irreversible Coma - JAMA",
                "The Ad Hoc Committee of the Harvard Medical School published its definition of irreversible coma on 5 August 1968.")),
            C("The immunosuppressant ciclosporin, approved by the US FDA in 1983, sharply improved survival after heart transplants.",
              Q("Ciclosporin - Wikipedia", "Ciclosporin was approved for use in the United States in 1983 and transformed survival after organ transplantation.")),
            C("Barnard retired from surgery in 1983 because of rheumatoid arthritis in his hands.",
              Q(WIKI_CB, "Barnard retired as head of cardiothoracic surgery in Cape Town in 1983 after developing rheumatoid arthritis in his hands.")),
        ]},
    ],
    "focus": [
        {"title": "Rejection and Infection",
         "items": [("Risks", "Early immunosuppression left patients open to fatal infections."),
                   ("Benefits", "Ciclosporin made long-term survival common.")]},
        {"title": "Defining Death",
         "items": [("Risks", "Public unease about when organs could be taken."),
                   ("Benefits", "Brain-death criteria gave surgeons and families a clear standard.")]},
    ],
    "conclusions": (
        "The Cape Town operation proved that a human heart could be transplanted, but the first wave "
        "of copies showed the limits of 1960s immunosuppression. Heart transplantation became a "
        "standard treatment only after brain-death criteria and ciclosporin arrived."
    ),
    "references": [
        ("Christiaan Barnard - Wikipedia", "https://en.wikipedia.org/wiki/Christiaan_Barnard"),
        ("Heart of Cape Town Museum - Groote Schuur Hospital", "Unknown"),
        ("Evolution of heart transplantation since Barnard's first - Cardiovascular Diagnosis and Therapy", "https://cdt.amegroups.org/article/view/41818/html"),
        ("The Courage to Fail - Renee Fox and Judith Swazey", "Unknown"),
        ("A Definition of Irreversible Coma - JAMA", "Unknown"),
        ("Surgeon Puts Heart in Infant - The New York Times", "Unknown"),
        ("Norman Shumway, heart transplant pioneer - Stanford Medicine", "Unknown"),
        ("Ciclosporin - Wikipedia", "https://en.wikipedia.org/wiki/Ciclosporin"),
    ],
})

# ---------------------------------------------------------------------------------------------
# 7. Culture: the Oxford English Dictionary. Unknown key before Research Date, numbered Research
#    Angles, mixed-case "perspective" headings, curly apostrophes in prose, no final newline.
# ---------------------------------------------------------------------------------------------
WIKI_OED = "Oxford English Dictionary - Wikipedia"
HIST_OED = "History of the OED - Oxford English Dictionary"
WINCH = "The Meaning of Everything - Simon Winchester"
REPORTS.append({
    "id": "oxford-english-dictionary",
    "field": "Culture",
    "subject": "The making of the Oxford English Dictionary, from 1857 to OED Online",
    "style": {"angle_numbered": True, "final_newline": False},
    "front": [
        "Tool Version: 0.9.4",
        "Research Date: 2026-02-14 16:48",
        "Topic: ",
        "    How was the Oxford English Dictionary compiled, and how has it changed since the first edition?",
        "Sources Analyzed: 16",
    ],
    "summary": (
        "The Oxford English Dictionary took seventy years to go from a Philological Society proposal "
        "to a completed first edition. This report looks at the project’s origins, the people and "
        "methods behind the compilation, the publication of the first edition, and the dictionary’s "
        "later editions in print and online."
    ),
    "angles": ["Origins perspective", "Compilation perspective", "Publication perspective",
               "Modern editions perspective"],
    "sections": [
        {"heading": "Origins Perspective", "claims": [
            C("The project began in November 1857, when Richard Chenevix Trench presented two papers to the Philological Society in London on the deficiencies of existing English dictionaries.",
              Q(WIKI_OED, "In November 1857 Richard Chenevix Trench read two papers to the Philological Society, On Some Deficiencies in Our English Dictionaries.")),
            C("Herbert Coleridge, the project's first editor, died of tuberculosis in 1861 at the age of 30, and Frederick Furnivall took over.",
              F(WINCH, "Coleridge died of consumption in April 1861, aged 30, and Furnivall became editor.")),
            C("Under the agreement with Oxford University Press of March 1, 1879, James Murray was expected to produce a four-volume dictionary of 6,400 pages within ten years.",
              Q(HIST_OED, "The agreement of 1 March 1879 envisaged a dictionary of 6,400 pages in four volumes, to be finished in ten years.")),
        ]},
        {"heading": "Compilation perspective", "claims": [
            C("Murray worked in a corrugated-iron shed he called the Scriptorium, which from 1885 stood in the garden of his house at 78 Banbury Road, Oxford.",
              F("Caught in the Web of Words - K. M. Elisabeth Murray",
                "After moving to Sunnyside, 78 Banbury Road, in 1885, Murray put up an iron Scriptorium in the garden.")),
            C("Volunteer readers sent in quotations on 6-by-4-inch paper slips, and the Scriptorium eventually held more than a million of them.",
              F(WINCH, "Quotations arrived on slips six inches by four; the pigeon-holes of the Scriptorium came to hold well over a million.")),
            C("One of the most prolific volunteers was William Chester Minor, a former US Army surgeon who sent his quotations from Broadmoor asylum, where he was confined after a killing in 1872.",
              F("The Professor and the Madman - Simon Winchester",
                "Dr William Chester Minor, confined to Broadmoor after killing George Merrett in Lambeth in 1872, was one of the dictionary's most productive readers.")),
            C("Henry Bradley became a second editor in 1888, followed by William Craigie in 1901 and C. T. Onions in 1914.",
              Q("Murray Scriptorium - Introduction",
                "Over the years Murray was joined by three co-editors: Henry Bradley from 1888, William Alexander Craigie from 1901 and Charles Talbut Onions from 1914.")),
            C("J. R. R. Tolkien worked on the dictionary's staff in 1919 and 1920, researching words beginning with W such as warm, wasp and water.",
              F("Tolkien and the OED - OUP blog", "Tolkien worked at the dictionary in 1919-1920 on words beginning with W, including warm, wasp and water.")),
        ]},
        {"heading": "Publication Perspective", "claims": [
            C("The first instalment, or fascicle, covering A to Ant, was published on February 1, 1884 and ran to 352 pages.",
              Q(HIST_OED, "The first fascicle, A-Ant, appeared on 1 February 1884 and ran to 352 pages.")),
            C("James Murray died on July 26, 1915, aged 78, with the dictionary still unfinished.",
              Q(WINCH, "Murray died on 26 July 1915, at the age of seventy-eight, with the great work still incomplete.")),
            C("The final fascicle was published in April 1928, completing a ten-volume first edition that defined 414,825 words with 1,827,306 quotations.",
              Q(WIKI_OED, "The last fascicle appeared in April 1928; the ten completed volumes defined 414,825 words and contained 1,827,306 quotations.")),
            C("The word bondmaid was accidentally left out of the first edition because its slip was lost, and it was added in the 1933 supplement.",
              F(WIKI_OED, "Bondmaid is the only word known to have been lost: its slip went missing, and it was included in the 1933 supplement.")),
            C("The 1933 reissue, in 12 volumes with a one-volume supplement, was the first published officially under the title The Oxford English Dictionary.",
              Q(WIKI_OED, "In 1933 the work was reissued as The Oxford English Dictionary in twelve volumes, with a one-volume supplement.")),
        ]},
        {"heading": "Modern Editions Perspective", "claims": [
            C("The second edition, published in 1989, filled 20 volumes and 21,728 pages with about 291,500 entries.",
              Q(WIKI_OED, "Published in 1989, the second edition ran to 20 volumes and 21,728 pages, containing some 291,500 entries.")),
            C("OED Online was launched in March 2000, and revised entries have since been published there in regular updates.",
              F(HIST_OED, "OED Online launched in March 2000; revised entries appear there in quarterly updates rather than in a new printed edition.")),
            C("In 2010 Oxford University Press said it did not expect the third edition ever to be printed.",
              Q("Oxford English Dictionary may never be printed again - The Guardian",
                "Nigel Portwood, chief executive of Oxford University Press, said he did not think the third edition would ever appear in print.")),
        ]},
    ],
    "focus": [
        {"title": "Crowdsourcing Before the Internet",
         "items": [("Benefits", "Thousands of volunteer readers supplied quotations no staff could have found."),
                   ("Risks", "Slips could be lost, as happened with bondmaid.")]},
        {"title": "From Print to Online",
         "items": [("Benefits", "Continuous revision instead of decades between printed editions.")]},
    ],
    "conclusions": (
        "The dictionary’s first edition was late and far larger than planned, yet its method of "
        "documenting every word with dated quotations set the standard for historical lexicography. "
        "Its move online has turned it into a work under constant revision."
    ),
    "references": [
        ("Oxford English Dictionary - Wikipedia", "https://en.wikipedia.org/wiki/Oxford_English_Dictionary"),
        ("History of the OED - Oxford English Dictionary", "Unknown"),
        ("The Meaning of Everything - Simon Winchester", "Unknown"),
        ("Caught in the Web of Words - K. M. Elisabeth Murray", "Unknown"),
        ("The Professor and the Madman - Simon Winchester", "Unknown"),
        ("Tolkien and the OED - OUP blog", "Unknown"),
        ("Murray Scriptorium - Introduction", "https://www.murrayscriptorium.org/introduction/"),
        ("Oxford English Dictionary may never be printed again - The Guardian", "Unknown"),
    ],
})
