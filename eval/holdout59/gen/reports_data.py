"""Content of the seven holdout59 reports.

Each claim: (key, text, [evidence...]); evidence: (source title as written, "KF"|"Q", text).
Formatting options are applied by render.py.
"""

REPORTS = []

# ---------------------------------------------------------------- 1 Titanic (transport)
REPORTS.append(dict(
    id="titanic-sinking-1912",
    field="Transport / maritime history",
    crlf=True, bom=False, curly=True, trailing=False,
    front=[
        "Research Date: 2026-01-21 09:42",
        "Topic: ",
        "    How did the RMS Titanic sink in April 1912, how were survivors rescued, and what",
        "    changed afterwards at sea and on the sea floor?",
        "Sources Analyzed: 24",
    ],
    summary=[
        "This report reviews the loss of RMS Titanic on her maiden voyage in April 1912: the collision, the shortage of lifeboat places, the rescue by Carpathia, the official inquiries and the rediscovery of the wreck in 1985.",
        "Most accounts agree on the timeline and the broad death count, while the exact number of survivors differs slightly from one source to another.",
    ],
    angles=["Collision perspective", "Lifeboats and rescue perspective", "Inquiry and regulation perspective", "Wreck discovery perspective"],
    sections=[
        ("Collision Perspective", [
            ("t_strike", "RMS Titanic struck an iceberg at about 23:40 ship's time on 14 April 1912, four days into her maiden voyage from Southampton to New York.", [
                ("Sinking of the Titanic - Wikipedia", "KF", "The liner, carrying an estimated 2,224 people, hit the iceberg at 23:40 ship's time on 14 April, four days out of Southampton."),
            ]),
            ("t_sank", "The ship went down two hours and forty minutes after the collision, at about 02:20 ship's time on 15 April.", [
                ("Sinking of the Titanic - Wikipedia", "KF", "The sinking is dated to 02:20 ship's time (05:18 GMT) on 15 April 1912."),
            ]),
            ("t_warn", "Titanic had received six warnings of sea ice that day but was steaming at roughly 22 knots when her lookouts spotted the iceberg.", [
                ("Sinking of the Titanic - Wikipedia", "KF", "Six sea-ice warnings were received on 14 April, yet the ship was making about 22 knots (41 km/h) when the berg was sighted."),
            ]),
            ("t_compart", "The glancing blow opened six of her sixteen compartments to the sea, although she had been built to stay afloat with at most four forward compartments flooded.", [
                ("Sinking of the Titanic - Wikipedia", "KF", "Unable to turn quickly enough, the ship took a glancing blow that buckled her starboard side and opened six of sixteen compartments."),
            ]),
        ]),
        ("Lifeboats and Rescue", [
            ("t_boats", "Titanic's lifeboats had room for only about 1,178 people, roughly half of those on board.", [
                ("Sinking of the Titanic - Wikipedia", "KF", "The twenty boats carried had a combined capacity of 1,178, far short of the number of people aboard."),
                ("The Titanic Disaster - Naval History Blog", "Q", "she lacked sufficient life-saving equipment, which resulted in the unnecessary loss of many lives"),
            ]),
            ("t_halfempty", "Many lifeboats were launched only partly filled because the evacuation was badly organised.", [
                ("How many people survived the Titanic? - 411answers", "KF", "The first lifeboat left roughly half full, and the same happened with most of the boats that followed."),
            ]),
            ("t_carpathia", "The Cunard liner Carpathia, commanded by Captain Arthur Rostron, reached the lifeboats about two hours after the sinking and rescued around 705 survivors.", [
                ("RMS Carpathia - Wikipedia", "KF", "Carpathia picked her way through the ice fields, arrived two hours after Titanic went down and took 705 survivors from the boats."),
                ("Aftermath - Titanic Connections", "KF", "This account gives a slightly higher figure: 13 of Titanic's boats recovered and 712 survivors taken aboard."),
            ]),
            ("t_deaths", "More than 1,500 people died, making the sinking one of the deadliest peacetime maritime disasters in history.", [
                ("Sinking of the Titanic - Wikipedia", "KF", "Published estimates of the dead range from 1,490 to 1,635."),
            ]),
            ("t_torpedo", "Carpathia was herself sunk by torpedoes from the German submarine U-55 off the southern Irish coast on 17 July 1918.", [
                ("RMS Carpathia - Wikipedia", "KF", "She was hit by three torpedoes from U-55 while sailing in convoy; five crew members were lost."),
                ("Aftermath - Titanic Connections", "Q", "Ironically, Carpathia herself would be lost to a torpedo in July of 1918."),
            ]),
        ]),
        ("Inquiry and Regulation Perspective", [
            ("t_mersey", "The British Wreck Commissioner's inquiry, led by Lord Mersey, opened in London on 2 May 1912 and sat for 36 days.", [
                ("Lord Mersey and the British Wreck Commissioner's Inquiry into the Loss of Titanic", "KF", "The inquiry ran for 36 non-consecutive days, ending on 3 July, and put more than 25,000 questions to about 98 witnesses."),
            ]),
            ("t_witness", "Witnesses at the British inquiry included Second Officer Charles Lightoller, lookout Frederick Fleet and Carpathia's captain Arthur Rostron.", [
                ("Lord Mersey and the British Wreck Commissioner's Inquiry into the Loss of Titanic", "KF", "Surviving crew who testified included Lightoller, Fleet and wireless operator Harold Bride; Rostron testified for Carpathia."),
            ]),
            ("t_solas", "The disaster prompted major changes in maritime policy, including the International Convention for the Safety of Life at Sea (SOLAS).", [
                ("Sinking of the Titanic - Wikipedia", "KF", "The article's summary lists the outcome as maritime policy changes and SOLAS."),
            ]),
        ]),
        ("The Wreck", [
            ("t_found", "A joint American-French expedition led by Robert Ballard found the wreck on 1 September 1985, about 73 years after the sinking.", [
                ("Titanic Discovered - Answers.com", "KF", "A joint American-French expedition led by marine geologist Robert Ballard located the wreck on 1 September 1985."),
                ("The real story behind how Titanic was found - RealClearHistory", "Q", "We were embarrassed we were celebrating"),
            ]),
            ("t_depth", "The wreck lies about 12,500 feet (3,800 metres) down, roughly 370 miles south-southeast of Newfoundland.", [
                ("The Wreckage of the RMS Titanic - World History Edu", "KF", "The wreck was found at about 3,800 metres, around 600 km south-southeast of Newfoundland."),
                ("Titanic Discovered - Answers.com", "KF", "The liner rests on the ocean floor 12,500 feet down."),
            ]),
            ("t_twopieces", "The first images of the wreck showed one of Titanic's boilers, and later footage revealed the hull lying upright in two pieces.", [
                ("When was the Titanic discovered? - Zhiapp", "KF", "The Argo sled's camera first recorded a boiler; later video showed the ship upright in two pieces, the stern badly damaged."),
                ("The real story behind how Titanic was found - RealClearHistory", "KF", "The grainy live video showed an unmistakable boiler shortly before 2:20 a.m."),
            ]),
            ("t_1986", "Ballard returned in July 1986 aboard Atlantis II to explore the wreck with underwater robots and left two memorial plaques on the deck.", [
                ("Titanic Discovered - Answers.com", "KF", "In July 1986 Ballard went back aboard Atlantis II with underwater robots and left two bronze plaques on the deck."),
            ]),
        ]),
    ],
    focus=[
        ("Why the Loss of Life Was So High", [("Key Factors", "Speed despite ice warnings, too few lifeboat places and a disorganised evacuation."), ("Lessons", "Lifeboat places for everyone on board and better wireless watch-keeping.")]),
        ("Finding the Wreck", [("Key Factors", "Towed camera sleds made a search at 3,800 metres practical in 1985.")]),
    ],
    conclusions=[
        "The Titanic disaster combined a navigational risk taken at speed with a lifeboat provision that could never have saved everyone aboard. The inquiries that followed, and the SOLAS convention, reshaped safety at sea, while the 1985 discovery of the wreck opened a new chapter of study.",
    ],
    references=[
        ("Sinking of the Titanic - Wikipedia", "https://en.wikipedia.org/wiki/Sinking_of_the_Titanic"),
        ("RMS Carpathia - Wikipedia", "https://en.wikipedia.org/wiki/RMS_Carpathia"),
        ("Aftermath - Titanic Connections", "https://www.titanicconnections.com/aftermath/"),
        ("Lord Mersey and the British Wreck Commissioner's Inquiry into the Loss of Titanic", "https://www.jmilford-titanic.com/search/label/Titanic"),
        ("The Titanic Disaster - Naval History Blog", "https://www.navalhistory.org/2012/04/15/the-titanic-disaster"),
        ("How many people survived the Titanic? - 411answers", "https://es.411answers.com/a/cuantas-personas-sobrevivieron-al-titanic.html"),
        ("Titanic Discovered - Answers.com", "http://www.answers.com/topic/titanic-discovered"),
        ("The real story behind how Titanic was found - RealClearHistory", "https://www.realclearhistory.com/2022/09/01/the_real_story_behind_how_titanic_was_found_851214.html"),
        ("The Wreckage of the RMS Titanic - World History Edu", "https://worldhistoryedu.com/the-wreckage-of-the-rms-titanic/"),
        ("When was the Titanic discovered? - Zhiapp", "https://zhiapp.uk/question/When-was-the-Titanic-discovered"),
    ],
))

# ---------------------------------------------------------------- 2 Platypus (nature)
REPORTS.append(dict(
    id="platypus-biology",
    field="Nature / zoology",
    crlf=False, bom=True, curly=False, trailing=False,
    front=[
        "Research Date: 2026-01-22 14:05",
        "Topic:",
        "    What makes the platypus biologically unusual (senses, reproduction, venom), how was it",
        "    first described by European science, and how secure are its wild popula",
        "Language: en-AU",
    ],
    summary=[
        "The platypus is an egg-laying, milk-producing, venomous mammal that hunts by sensing electricity. This report gathers what popular science and research sources say about its senses, breeding and venom, the early doubts about whether it was real, and the evidence that its numbers are falling.",
    ],
    angles=["Senses and hunting perspective", "Reproduction perspective", "Venom perspective", "Discovery history perspective", "Conservation perspective"],
    sections=[
        ("Senses and Hunting", [
            ("p_five", "The platypus is one of only five living species of egg-laying mammal, the others being the echidnas.", [
                ("Platypus electroreception - Watts & Wild", "KF", "It is one of only five surviving species of egg-laying mammal in the world; the rest are its cousins the echidnas."),
            ]),
            ("p_shut", "When it dives, a platypus closes its eyes, ears and nostrils and hunts using its bill.", [
                ("Platypus electroreception - Watts & Wild", "KF", "Underwater it shuts its eyes, ears and nostrils completely and relies on a sense built into its bill."),
                ("What does the Platypus Use its Bill for and is the Egg Laying Mammal Venomous?", "KF", "It closes both its eyes and its ears when it hunts underwater."),
            ]),
            ("p_sensors", "The bill carries around 40,000 sensors that pick up the faint electric fields produced by the muscles of prey.", [
                ("Platypus electroreception - Watts & Wild", "KF", "Its bill carries around 40,000 sensors that detect the faint electric fields made by prey muscles, so it can find shrimp and larvae in murky water."),
                ("Mammal Monday: Venom, Eggs and Mammalianess", "KF", "Prey is located partly by detecting electric fields generated by muscular contractions."),
            ]),
            ("p_mechano", "Besides electroreceptors, the bill contains mechanoreceptors that detect movement in the water.", [
                ("Underwater Fact: The Venomous Platypus - Aqua Marine Life", "KF", "Two types of receptor in the bill are used together: mechanoreceptors for movement and electroreceptors for the signals of live prey."),
            ]),
        ]),
        ("Reproduction Perspective", [
            ("p_milk", "Female platypuses have no nipples and instead secrete milk through patches of skin on the belly for their young to lap up.", [
                ("Mammal Monday: Venom, Eggs and Mammalianess", "KF", "Mothers have mammary glands but no teats; milk seeps through pores into grooves on the abdomen."),
                ("Platypus electroreception - Watts & Wild", "KF", "The female sweats milk through patches of skin for her young to lap."),
            ]),
            ("p_eggs", "Platypus eggs spend about 28 days inside the mother and only about ten days being incubated outside.", [
                ("Mammal Monday: Venom, Eggs and Mammalianess", "KF", "Eggs are retained for 28 days and incubated externally for only ten."),
            ]),
        ]),
        ("Venom Perspective", [
            ("p_spurs", "Both male and female platypuses are born with ankle spurs, but only the males' spurs produce venom.", [
                ("Mammal Monday: Venom, Eggs and Mammalianess", "KF", "Both sexes are born with ankle spurs, but only males actually produce venom."),
                ("Underwater Fact: The Venomous Platypus - Aqua Marine Life", "KF", "All adult males have a spur above the heel that receives venom from a gland."),
            ]),
            ("p_pain", "Platypus venom is not deadly to humans but can cause severe pain and a heightened sensitivity to pain lasting days or even months.", [
                ("Mammal Monday: Venom, Eggs and Mammalianess", "KF", "The venom will not kill a person but can cause hyperalgesia that persists for days or months."),
            ]),
            ("p_season", "Males produce more venom during the mating season.", [
                ("Mammal Monday: Venom, Eggs and Mammalianess", "KF", "Venom output rises during the mating season."),
            ]),
        ]),
        ("Discovery History", [
            ("p_shaw", "When George Shaw published the first scientific description of the platypus in 1799, he suspected the specimen might be a hoax.", [
                ("The platypus is so weird that scientists thought the first specimen was a hoax - The Washington Post", "Q", "It naturally excites the idea of some deceptive preparation by artificial means"),
                ("Life on the move III - vertebrates and other chordates - Cambridge Core", "KF", "Until more specimens arrived the following year, Shaw worried the animal was a surgically prepared fake."),
            ]),
            ("p_beetle", "Shaw's original name, Platypus anatinus, was replaced by Ornithorhynchus anatinus because the genus name Platypus had already been given to a beetle.", [
                ("Monotremes: Introduction - GUWS Medical", "KF", "The genus name Platypus turned out to be taken by a flat-footed beetle, so the animal became Ornithorhynchus anatinus."),
            ]),
            ("p_caldwell", "Egg-laying in the platypus was confirmed only in 1884, when William Caldwell telegraphed the message \"monotremes oviparous, ovum meroblastic\" to a British Association meeting.", [
                ("Life on the move III - vertebrates and other chordates - Cambridge Core", "Q", "monotremes oviparous, ovum meroblastic"),
            ]),
        ]),
        ("Conservation Perspective", [
            ("p_iucn", "The IUCN Red List classes the platypus as Near Threatened, a status set after a 2016 reassessment.", [
                ("Are platypus endangered species?", "KF", "The 2016 IUCN reassessment estimated an average drop of about 30 percent since European arrival, enough for Near Threatened status."),
                ("A stitch in time - Synergistic impacts to platypus metapopulation extinction risk", "KF", "The paper notes the species is listed as Near-Threatened on the IUCN Red List."),
            ]),
            ("p_decline", "A 2020 population viability study projected platypus numbers could fall by 47-66% over 50 years under current threats.", [
                ("A stitch in time - Synergistic impacts to platypus metapopulation extinction risk", "KF", "Under current climate and threats, abundance was predicted to decline by 47%-66% over 50 years, with local extinctions across about 40% of the range."),
            ]),
            ("p_habitat", "Researchers at UNSW estimated that platypus habitat in eastern Australia shrank by up to 22% over 30 years because of land clearing, river regulation and drought.", [
                ("Platypus in peril: Australian egg-laying mammals' habitat shrunk by 22% in 30 years - Daily Sabah", "KF", "The UNSW report found habitat in eastern Australia had shrunk by up to 22% over three decades and recommended a threatened listing."),
            ]),
        ]),
    ],
    focus=[
        ("Sensory Biology", [("Findings", "Electroreception and touch receptors in the bill let the animal hunt blind in murky streams.")]),
        ("Population Outlook", [("Risks", "Land clearing, dams and water extraction, extreme drought and bushfire."), ("Opportunities", "Better river flows and national threat assessment.")]),
    ],
    conclusions=[
        "The platypus remains a biological outlier, and much of what made it a puzzle in 1799 is now well described. Its conservation picture is less settled: modelling and field reports point to substantial decline in eastern Australian rivers.",
    ],
    references=[
        ("Platypus electroreception - Watts & Wild", "Unknown"),
        ("Mammal Monday: Venom, Eggs and Mammalianess", "Unknown"),
        ("Underwater Fact: The Venomous Platypus - Aqua Marine Life", "Unknown"),
        ("What does the Platypus Use its Bill for and is the Egg Laying Mammal Venomous?", "Unknown"),
        ("The platypus is so weird that scientists thought the first specimen was a hoax - The Washington Post", "Unknown"),
        ("Life on the move III - vertebrates and other chordates - Cambridge Core", "Unknown"),
        ("Monotremes: Introduction - GUWS Medical", "Unknown"),
        ("Are platypus endangered species?", "Unknown"),
        ("A stitch in time - Synergistic impacts to platypus metapopulation extinction risk", "Unknown"),
        ("Platypus in peril: Australian egg-laying mammals' habitat shrunk by 22% in 30 years - Daily Sabah", "Unknown"),
        ("Did People Really Think the Platypus was Fake? - Medium", "Unknown"),
    ],
))

# ---------------------------------------------------------------- 3 Golden Gate (engineering)
REPORTS.append(dict(
    id="golden-gate-bridge-construction",
    field="Engineering / civil",
    crlf=False, bom=False, curly=False, trailing=True,
    front=[
        "Research Date: 2026-01-23 11:17",
        "Topic: How was the Golden Gate Bridge designed and built, and how were its workers protected?",
        "Sources Analyzed: 19",
        "Model: research-agent-2.3",
    ],
    summary=[
        "This report examines the design history of the Golden Gate Bridge, the safety measures used during its construction between 1933 and 1937, and the records it set on opening.",
        "Sources disagree in places on who deserves credit for the design, a question that was contested at the time.",
    ],
    angles=None,
    sections=[
        ("Design Perspective", [
            ("g_hybrid", "Joseph Strauss's first concept, unveiled in 1921, was a hybrid cantilever and suspension design that critics called awkward and ugly.", [
                ("bridging the golden gate strait: joseph strauss and the building of the golden gate bridge - the epoch times", "KF", "Strauss presented a hybrid cantilevered truss and suspension design in 1921; the public reaction was that it was awkward and ugly."),
            ]),
            ("g_moisseiff", "Consulting engineer Leon Moisseiff pushed for a pure suspension bridge, and Charles Ellis produced much of the structural design.", [
                ("Bridging the Golden Gate Strait: Joseph Strauss and the Building of the Golden Gate Bridge - The Epoch Times", "KF", "Moisseiff raised concerns about the hybrid and suggested a suspension bridge; Ellis created the design with its two great towers."),
                ("The Construction of San Francisco's Golden Gate Bridge - PE Impact", "KF", "Ellis worked out the complex engineering equations as the primary structural designer."),
            ]),
            ("g_ellis", "Charles Ellis was let go before construction started and so did not receive credit for his work at the time.", [
                ("the construction of san francisco's golden gate bridge - pe impact", "KF", "Ellis was dismissed before building began and did not receive recognition for his contribution."),
            ]),
            ("g_morrow", "Architect Irving Morrow designed the Art Deco detailing of the towers and chose the colour called International Orange.", [
                ("The Construction of San Francisco's Golden Gate Bridge - PE Impact", "KF", "Morrow conceptualised the Art Deco towers and settled on the colour he called International Orange."),
                ("What Safety Feature Saved 19 Lives During the Construction of the Golden Gate Bridge? - wiseGEEK", "KF", "Morrow contributed the Art Deco style and the famous orange colour."),
            ]),
            ("g_couldnt", "The crossing was long regarded as \"the bridge that couldn't be built\" because of strong tides, wind, fog and the nearby San Andreas Fault.", [
                ("The Construction of San Francisco's Golden Gate Bridge - PE Impact", "KF", "Strong tides, wind, fog and the San Andreas Fault just 7 miles offshore earned it that nickname."),
            ]),
        ]),
        ("Worker Safety Perspective", [
            ("g_start", "Construction work began on 5 January 1933, in the middle of the Great Depression.", [
                ("What Safety Feature Saved 19 Lives During the Construction of the Golden Gate Bridge? - wiseGEEK", "KF", "Workers began digging on 5 January 1933, in the midst of the Great Depression."),
            ]),
            ("g_hats", "Strauss required workers to wear hard hats and goggles.", [
                ("What Safety Feature Saved 19 Lives During the Construction of the Golden Gate Bridge? - wiseGEEK", "KF", "Strauss imposed numerous precautions, including hard hats and goggles."),
                ("Brilliant Lifesaving Feature of the Golden Gate Bridge - Past Factory", "KF", "Strauss set out to show that working on a tall bridge need not be a death sentence."),
            ]),
            ("g_net", "A movable safety net was strung under the whole length of the bridge, extending about 10 feet beyond each side.", [
                ("WHAT SAFETY FEATURE SAVED 19 LIVES DURING THE CONSTRUCTION OF THE GOLDEN GATE BRIDGE? - WISEGEEK", "KF", "He ordered a rope mesh net along the entire length of the bridge and around 10 feet beyond each side of its width."),
                ("The Net [an excerpt]", "KF", "The net hung beneath the deck and was inched outward as the structure grew."),
            ]),
            ("g_halfway", "The net saved 19 men, who became known as the \"Halfway to Hell Club\".", [
                ("What Safety Feature Saved 19 Lives During the Construction of the Golden Gate Bridge? - wiseGEEK", "KF", "It saved the lives of 19 men, who became known as the Halfway to Hell Club."),
                ("The Net [an excerpt]", "KF", "The nineteen men formed an informal group on the premise that they had all cheated death."),
            ]),
            ("g_deaths", "Eleven men died during construction, ten of them in February 1937 when a falling scaffold tore through the net.", [
                ("Golden Gate Bridge | 12 i karakter", "KF", "Ten of the eleven men killed died in mid-February 1937, when a fallen scaffold tore through the net."),
                ("The Net [an excerpt]", "KF", "Ten of the eleven casualties fell at once along with a five-ton platform."),
            ]),
            ("g_balestreri", "Jack Balestreri, the last surviving worker from the original construction crew, died in April 2012.", [
                ("Golden Gate Bridge | 12 i karakter", "KF", "With Balestreri's death in April 2012, all the workers involved in the original construction had died."),
            ]),
        ]),
        ("Opening and Records Perspective", [
            ("g_opening", "The bridge opened to pedestrians on 27 May 1937, when about 200,000 people crossed on foot, and to vehicles the following day.", [
                ("What Safety Feature Saved 19 Lives During the Construction of the Golden Gate Bridge? - wiseGEEK", "KF", "Around 200,000 people crossed on foot or roller skates on 27 May; vehicles began crossing the following day."),
            ]),
            ("g_span", "Its 4,200-foot main span was the longest suspension span in the world until 1964.", [
                ("23 Amazing Photography of the Golden Gate Bridge - Style Motivation", "KF", "Until 1964 it had the longest suspension bridge main span in the world, at 4,200 feet (1,280 m)."),
                ("golden gate bridge - looking for adventure", "KF", "It is now shorter than the Verrazano-Narrows Bridge in New York, which opened on 21 November 1964."),
            ]),
            ("g_towers", "The towers rise 746 feet above the water and the bridge is about 8,980 feet long in total.", [
                ("Golden Gate Bridge - Looking For Adventure", "KF", "The bridge is 8,981 feet long, 90 feet wide and 746 feet high."),
            ]),
            ("g_photo", "The bridge is often called the most photographed bridge in the world, and the American Society of Civil Engineers named it one of the Wonders of the Modern World.", [
                ("Brilliant Lifesaving Feature of the Golden Gate Bridge - Past Factory", "KF", "It is the most photographed bridge on earth and was named one of the Wonders of the Modern World by the ASCE."),
                ("23 Amazing Photography of the Golden Gate Bridge - Style Motivation", "KF", "Frommer's calls it possibly the most beautiful, certainly the most photographed bridge in the world."),
            ]),
        ]),
    ],
    focus=[
        ("Safety Innovation", [("Benefits", "The movable net and mandatory hard hats set a new standard for high steelwork."), ("Limitations", "The net could not hold a falling scaffold platform.")]),
        ("Design Credit", [("Open Questions", "The relative roles of Strauss, Ellis and Moisseiff were disputed for decades.")]),
    ],
    conclusions=[
        "The Golden Gate Bridge was an engineering and safety landmark. Its design drew on several engineers whose credit was unevenly shared, and its construction record, though marred by the February 1937 accident, showed what systematic protection of workers could achieve.",
    ],
    references=[
        ("Bridging the Golden Gate Strait: Joseph Strauss and the Building of the Golden Gate Bridge - The Epoch Times", "https://www.theepochtimes.com/bridging-the-golden-gate-strait-joseph-strauss-and-the-building-of-the-golden-gate-bridge_4978687.html"),
        ("The Construction of San Francisco's Golden Gate Bridge - PE Impact", "https://peimpact.com/the-construction-of-san-franciscos-golden-gate-bridge"),
        ("What Safety Feature Saved 19 Lives During the Construction of the Golden Gate Bridge? - wiseGEEK", "https://www.wisegeek.com/what-safety-feature-saved-19-lives-during-the-construction-of-the-golden-gate-bridge.htm"),
        ("The Net [an excerpt]", "https://candacejaneopper.com/2011/08/16/the-net-an-excerpt/"),
        ("Golden Gate Bridge | 12 i karakter", "https://inspo.dk/golden-gate-bridge-12-i-karakter/"),
        ("Brilliant Lifesaving Feature of the Golden Gate Bridge - Past Factory", "https://pastfactory.com/history/brilliant-lifesaving-feature-golden-gate-bridge"),
        ("23 Amazing Photography of the Golden Gate Bridge - Style Motivation", "https://stylemotivation.com/23-amazing-photography-of-the-golden-gate-bridge-san-francisco/amp"),
        ("Golden Gate Bridge - Looking For Adventure", "https://www.lookingforadventure.com/photopages/goldengatebridge.htm"),
    ],
))

# ---------------------------------------------------------------- 4 Aspirin (medicine)
REPORTS.append(dict(
    id="aspirin-history",
    field="Medicine / pharmacology",
    crlf=True, bom=True, curly=True, trailing=False,
    front=[
        "Research Date: 2026-01-24 16:30",
        "Topic: How did aspirin develop from willow bark into a modern drug, and how was its mechanism discovered?",
        "Sources Analyzed: 31",
    ],
    summary=[
        "Aspirin has a history that runs from ancient plant remedies through nineteenth-century chemistry to a Nobel Prize. This report traces the salicylate remedies that came before it, the 1897 synthesis at Bayer and the disputes over who deserves credit, the discovery of how the drug works, and the fate of Bayer's trademark after the First World War.",
    ],
    angles=["Early remedies", "Synthesis at Bayer", "Mechanism of action", "Trademark history"],
    sections=[
        ("From Willow Bark to Salicylates", [
            ("a_willow", "Willow bark, which contains salicylic acid, was used to treat pain and fever by the ancient Egyptians and Greeks.", [
                ("Aspirin: From Willow Bark to Wonder Drug - SciTeach", "KF", "Use of salicylates goes back to the ancient Egyptians and Greeks, who used willow bark against fever and pain."),
            ]),
            ("a_hippo", "Hippocrates is said to have used willow bark to relieve pain and fevers.", [
                ("Aspirin: From Willow Bark to Wonder Drug - SciTeach", "KF", "Hippocrates, the father of medicine, is credited with using willow bark for pain and fevers."),
            ]),
            ("a_stone", "The Reverend Edward Stone of Chipping Norton tried willow bark after noticing that its bitterness resembled that of cinchona bark, the source of quinine.", [
                ("Did Felix Hoffmann invent aspirin? - Cosmos Magazine", "KF", "Stone nibbled willow bark, was struck by its bitterness and, knowing cinchona bark was bitter too, guessed it might have therapeutic properties."),
            ]),
            ("a_maclagan", "In 1876 the Dundee physician Thomas Maclagan reported in The Lancet that salicin helped patients with rheumatism.", [
                ("Why did Bayer lose aspirin and heroin trademarks under the 1919 Treaty of Versailles? - History Facts", "KF", "Maclagan used salicin on rheumatism patients and reported the benefit in The Lancet in 1876."),
            ]),
            ("a_kolbe", "Hermann Kolbe devised a laboratory synthesis of salicylic acid in 1859, but the drug often caused stomach problems.", [
                ("Interesting Facts #10 - Learn Something Interesting", "KF", "Kolbe worked out an artificial synthesis in 1859; the resulting medicine caused stomach issues for many people."),
            ]),
        ]),
        ("Synthesis at Bayer", [
            ("a_gerhardt", "French chemist Charles Gerhardt first synthesised acetylsalicylic acid in 1853.", [
                ("Did Felix Hoffmann invent aspirin? - Cosmos Magazine", "KF", "Gerhardt first synthesised the compound in 1853, and Merck marketed it in the 1880s."),
            ]),
            ("a_hoffmann", "Bayer chemist Felix Hoffmann produced a pure and stable form of acetylsalicylic acid on 10 August 1897.", [
                ("The invention of aspirin - Jeffrey W. Massey", "KF", "On 10 August 1897 Hoffmann, working for Bayer, synthesised the first pure and stable form."),
            ]),
            ("a_father", "Hoffmann's motivation is usually told as a search for a gentler remedy for his father's rheumatism.", [
                ("Felix Hoffmann - Fact Monster", "KF", "Hoffmann sought to relieve his father's arthritis pain with a derivative of salicylic acid."),
                ("The invention of aspirin - Jeffrey W. Massey", "KF", "The only early trial was Hoffmann giving the compound to his father."),
            ]),
            ("a_eichengruen", "Some accounts credit Arthur Eichengrün as co-developer of the compound alongside Hoffmann.", [
                ("Was wäre die Welt ohne Aspirin? - Markteinblicke", "KF", "The article describes the acid as developed by Arthur Eichengrün and Felix Hoffmann."),
            ]),
            ("a_heroin", "According to Bayer's archives, Hoffmann synthesised heroin in the same summer of 1897.", [
                ("Why did Bayer lose aspirin and heroin trademarks under the 1919 Treaty of Versailles? - History Facts", "KF", "Bayer's archives place Hoffmann's synthesis of heroin in the summer of 1897, the same summer as aspirin."),
            ]),
            ("a_patent", "Acetylsalicylic acid was registered under the name Aspirin on 6 March 1899.", [
                ("Aspirin is patented by Felix Hoffmann at German company Bayer - bfirst.news", "KF", "On 6 March 1899 Bayer secured protection for acetylsalicylic acid, known today as aspirin."),
                ("Was wäre die Welt ohne Aspirin? - Markteinblicke", "KF", "Bayer entered the name Aspirin in the register of the Imperial Patent Office in Berlin on 6 March 1899."),
            ]),
        ]),
        ("How Aspirin Works", [
            ("a_vane", "In 1971 John Vane showed that aspirin works by blocking the body's production of prostaglandins.", [
                ("Sir John Robert Vane and aspirin", "KF", "Three 1971 papers in Nature showed that aspirin inhibits prostaglandin biosynthesis."),
                ("John R. Vane, 77; Aspirin Research Earned Nobel - The Washington Post", "KF", "Vane showed that aspirin blocks the enzyme cyclooxygenase, which the body needs to make most prostaglandins."),
            ]),
            ("a_nobel", "Vane shared the 1982 Nobel Prize in Physiology or Medicine with Sune Bergström and Bengt Samuelsson.", [
                ("John R. Vane, 77; Aspirin Research Earned Nobel - The Washington Post", "KF", "He shared the 1982 prize with the Swedish researchers Bergström and Samuelsson."),
                ("Sir John Robert Vane and aspirin", "KF", "The findings, and the discovery of prostacyclin five years later, were honoured with the 1982 Nobel Prize."),
            ]),
            ("a_platelet", "Aspirin irreversibly blocks the COX-1 enzyme in platelets, so each platelet's clotting ability stays impaired for the rest of its 8-10 day lifespan.", [
                ("Aspirin, NSAIDs and platelet aggregation - Hormones Pathway", "KF", "Aspirin irreversibly acetylates platelet COX-1; having no nucleus, the platelet cannot replace it for its remaining 8-10 days."),
            ]),
            ("a_craven", "In 1948 the California physician Lawrence Craven recommended an aspirin a day to reduce the risk of heart attack.", [
                ("The invention of aspirin - Jeffrey W. Massey", "KF", "Craven recommended a daily aspirin in 1948 on the basis of what he saw among his own patients."),
            ]),
        ]),
        ("Trademark Battles", [
            ("a_versailles", "After the First World War Bayer lost the Aspirin trademark in the United States, Britain and France, where the name became generic.", [
                ("How Did Bayer Lose Its Aspirin Trademark? - wiseGEEK", "KF", "As part of war reparations Bayer gave up the trademark in the US, the UK and France but kept it elsewhere."),
                ("Why did Bayer lose aspirin and heroin trademarks under the 1919 Treaty of Versailles? - History Stack Exchange", "KF", "The answer argues the treaty story is oversimplified: the British patent had already fallen in 1905 and the trademark stayed Bayer's in Germany."),
            ]),
        ]),
    ],
    focus=None,
    conclusions=[
        "Aspirin's story is one of gradual chemical refinement of an old plant remedy, followed by a long gap before its mechanism was understood. The credit for its synthesis and the ownership of its name have both been contested.",
    ],
    references=[
        ("Aspirin: From Willow Bark to Wonder Drug - SciTeach", "https://www.sciteachonline.com/post/aspirin-from-willow-bark-to-wonder-drug"),
        ("Did Felix Hoffmann invent aspirin? - Cosmos Magazine", "https://cosmosmagazine.com/health/medicine/did-felix-hoffmann-invent-aspirin/"),
        ("The invention of aspirin - Jeffrey W. Massey", "https://jeffreywmassey.substack.com/p/the-invention-of-aspirin"),
        ("Aspirin is patented by Felix Hoffmann at German company Bayer - bfirst.news", "https://bfirst.news/news/17332/aspirin-is-patented-by-felix-hoffmann-at-german-company-bayer"),
        ("Sir John Robert Vane and aspirin", "https://world-medicinehistory.com/2016/06/sir-john-robert-vane-and-aspirin.html"),
        ("John R. Vane, 77; Aspirin Research Earned Nobel - The Washington Post", "http://www.washingtonpost.com/wp-dyn/articles/A8946-2004Nov23.html"),
        ("How Did Bayer Lose Its Aspirin Trademark? - wiseGEEK", "https://www.wisegeek.com/how-did-bayer-lose-its-aspirin-trademark.htm"),
        ("Why did Bayer lose aspirin and heroin trademarks under the 1919 Treaty of Versailles? - History Stack Exchange", "https://history.stackexchange.com/questions/55729/why-did-bayer-lose-aspirin-and-heroin-trademarks-under-the-1919-treaty-of-versai"),
        ("Why did Bayer lose aspirin and heroin trademarks under the 1919 Treaty of Versailles? - History Facts", "https://historyfacts.blog/why-did-bayer-lose-aspirin-and-heroin-trademarks-under-the-1919-treaty-of-versailles_8746/"),
        ("Felix Hoffmann - Fact Monster", "https://factmonster.com/biographies/science-technology/felix-hoffmann"),
        ("Interesting Facts #10 - Learn Something Interesting", "https://learnsomethinginteresting.com/2021/05/12/interesting-facts-10/"),
        ("Was wäre die Welt ohne Aspirin? - Markteinblicke", "https://markteinblicke.de/99193/2023/03/was-waere-die-welt-ohne-aspirin/"),
        ("Aspirin, NSAIDs and platelet aggregation - Hormones Pathway", "https://hormonespathway.com/?p=5101"),
    ],
))

# ---------------------------------------------------------------- 5 Rumble in the Jungle (sport)
REPORTS.append(dict(
    id="rumble-in-the-jungle-1974",
    field="Sport / boxing",
    crlf=False, bom=False, curly=False, trailing=False,
    front=[
        "Research Date: 2026-01-25 08:55",
        "Topic: ",
        "    How was the 1974 Ali-Foreman heavyweight title fight in Kinshasa organised, how did Ali win,",
        "    and what is its legacy?",
        "Sources Analyzed: 22",
        "Research Depth: 3",
        "Reviewer: none",
    ],
    summary=[
        "The Rumble in the Jungle, fought in Kinshasa in October 1974, is one of the most retold events in boxing. This report covers how the bout was promoted and staged, how Muhammad Ali beat the favoured George Foreman, and how the fight has been remembered.",
    ],
    angles=["Promotion perspective", "In-the-ring perspective", "Legacy perspective"],
    sections=[
        ("Promotion and Build-up", [
            ("r_date", "The fight took place on 30 October 1974 at the 20th of May Stadium in Kinshasa, Zaire, now the Democratic Republic of the Congo.", [
                ("Rumble in the Jungle - WOW.Com Content Network", "KF", "The bout was held on 30 October 1974 at the 20th of May Stadium (now Stade Tata Raphael) in Kinshasa."),
            ]),
            ("r_king", "Promoter Don King signed both fighters on the promise of a $5 million purse each, and Zaire's president Mobutu Sese Seko guaranteed the money so the fight would be held in his country.", [
                ("Muhammad Ali vs George Foreman - BoxeSport", "KF", "King had both men sign separate blank contracts as long as he could get $5 million for each; Mobutu guaranteed the sum on condition the fight took place in Zaire."),
            ]),
            ("r_africa", "It was the first heavyweight championship fight ever staged in Africa.", []),
            ("r_postpone", "An injury to Foreman forced the fight to be postponed by six weeks.", [
                ("Rumble in the Jungle - WOW.Com Content Network", "KF", "When an injury forced Foreman to postpone the fight by six weeks, the promotional festival went ahead on its original dates."),
            ]),
            ("r_festival", "A three-day music festival featuring James Brown, B.B. King and Miriam Makeba was held in Kinshasa in September 1974 to promote the bout.", [
                ("Foreman vs Ali: Rumble in the Jungle - Do Rzeczy", "KF", "A promotional concert ran from 22 to 24 September 1974 with James Brown, BB King, Miriam Makeba, The Spinners and Bill Withers."),
                ("In 1974, the heavyweight boxing match in Zaire combined music, sports and culture - Max Sports", "KF", "The fight was preceded by a concert festival with musical legends in the lineup."),
            ]),
            ("r_masekela", "The festival was conceived by South African trumpeter Hugh Masekela and record producer Stewart Levine.", [
                ("Rumble in the Jungle - WOW.Com Content Network", "KF", "The concert was conceived by Hugh Masekela and Stewart Levine as a promotional event for the fight."),
            ]),
        ]),
        ("In the Ring Perspective", [
            ("r_record", "Foreman came into the fight as the undefeated champion with a record of 40 wins and 37 knockouts.", [
                ("The Top 10 Heavyweight Title Fights to Ever Go Down in History - AskMen", "KF", "Few pundits gave Ali a chance against Foreman, who had 37 knockouts in his 40 fights."),
                ("Muhammad Ali vs George Foreman - BoxeSport", "KF", "Foreman was 25 with a 40-0 record (37 KOs)."),
            ]),
            ("r_underdog", "Ali, then 32 and seven years older than Foreman, was widely seen as a heavy underdog.", [
                ("This Moment in Sports History for 10/30/2024", "KF", "Ali, 32, had been stripped of his titles in 1967 and was considered the underdog against the younger, stronger Foreman."),
                ("The Top 10 Heavyweight Title Fights to Ever Go Down in History - AskMen", "KF", "Ali was seven years Foreman's senior and coming off two defeats."),
            ]),
            ("r_4am", "The bout began before dawn, at around 4 a.m. local time, which was prime time in the eastern United States.", [
                ("The Greatest, George Foreman and a boxing pageant - Abraham's Arena", "KF", "The fight unfolded in the darkness of equatorial Africa at 4 a.m."),
                ("Rumble in the Jungle - WOW.Com Content Network", "KF", "It started at 4:30 a.m. local time, 10:30 p.m. Eastern."),
            ]),
            ("r_rope", "Ali spent long stretches leaning back on the ropes and covering up while Foreman tired himself out, a tactic Ali called the \"rope-a-dope\".", [
                ("This Moment in Sports History for 10/30/2024", "KF", "In the early rounds Ali leaned back against the ropes and covered up, a plan designed to exhaust Foreman."),
                ("The Top 10 Heavyweight Title Fights to Ever Go Down in History - AskMen", "KF", "Ali goaded Foreman and covered up on the ropes until Foreman punched himself out."),
            ]),
            ("r_taunt", "Ali taunted Foreman during the fight, asking whether that was all he had.", [
                ("This Moment in Sports History for 10/30/2024", "Q", "Is that all you got, George?"),
            ]),
            ("r_ko", "Ali knocked Foreman down late in the eighth round with a fast combination, and Foreman was counted out.", [
                ("The Top 10 Heavyweight Title Fights to Ever Go Down in History - AskMen", "KF", "Ali pounced at the end of round eight with a five-punch flurry that put Foreman down."),
                ("Muhammad Ali vs George Foreman - BoxeSport", "KF", "A quick combination in the eighth sent Foreman down and he was counted out."),
            ]),
        ]),
        ("Legacy", [
            ("r_draft", "The win restored the heavyweight title to Ali, who had been stripped of it in 1967 for refusing to be drafted into the US military.", [
                ("This Moment in Sports History for 10/30/2024", "KF", "Ali regained the heavyweight title he had lost in 1967 after refusing the draft."),
            ]),
            ("r_kings", "Leon Gast's documentary When We Were Kings, about the fight, won an Academy Award.", [
                ("The Top 10 Heavyweight Title Fights to Ever Go Down in History - AskMen", "KF", "When We Were Kings, the documentary about the fight, won an Oscar."),
                ("Rumble in the Jungle - WOW.Com Content Network", "KF", "The 1996 documentary was directed by Leon Gast."),
            ]),
            ("r_friends", "By the time of the Oscar ceremony Foreman and Ali had become firm friends, and Foreman helped Ali up the steps to collect the statuette.", [
                ("The Top 10 Heavyweight Title Fights to Ever Go Down in History - AskMen", "KF", "By then firm friends, Foreman helped the ailing Ali up the steps to collect the statuette."),
            ]),
        ]),
    ],
    focus=[
        ("Staging a Title Fight in Zaire", [("Benefits", "Global television exposure for the host government and a record purse for the fighters."), ("Risks", "Dependence on an authoritarian sponsor and delays after the injury.")]),
        ("Ali's Tactics", [("Key Points", "Absorbing punches on the ropes to drain an opponent's stamina, then counter-attacking.")]),
    ],
    conclusions=None,
    references=[
        ("This Moment in Sports History for 10/30/2024", "https://podcastdetails.com/episode?podcast=https%3A%2F%2Fwww.spreaker.com%2Fshow%2F6120061%2Fepisodes%2Ffeed&title=this_moment_in_sports_history_for_10_30_2024"),
        ("The Top 10 Heavyweight Title Fights to Ever Go Down in History - AskMen", "https://in.askmen.com/lifestyle/1116556/article/the-top-10-heavyweight-title-fights-to-ever-go-down-in-history?p=9"),
        ("Muhammad Ali vs George Foreman - BoxeSport", "http://boxesport.com/muhammad-ali-vs-george-foreman"),
        ("In 1974, the heavyweight boxing match in Zaire combined music, sports and culture - Max Sports", "https://maxsportstz.blogspot.com/2024/10"),
        ("The Greatest, George Foreman and a boxing pageant - Abraham's Arena", "https://abrahamsarena.blogspot.com/2014/10/the-greatest-george-foreman-and-boxing.html"),
        ("Rumble in the Jungle - WOW.Com Content Network", "https://enow.com/content?q=ali+foreman+rumble+in+jungle+zone"),
        ("Foreman vs Ali: Rumble in the Jungle - Do Rzeczy", "https://dorzeczy.pl/historia/219472/foreman-vs-ali-rumble-in-the-jungle-najslynniejsza-walka-w-historii.html"),
    ],
))

# ---------------------------------------------------------------- 6 Kodak (business)
REPORTS.append(dict(
    id="kodak-decline",
    field="Business / corporate history",
    crlf=False, bom=False, curly=False, trailing=True,
    front=[
        "Research Date: 2026-01-26 13:12",
        "Topic:",
        "    How did Eastman Kodak go from inventing mass-market photography and the digital camera",
        "    to filing for bankruptcy, and what remained of the comp",
    ],
    summary=[
        "Eastman Kodak built the mass market for amateur photography and later invented the digital camera, yet it filed for bankruptcy in 2012. This report sets out the company's early innovations, its handling of digital technology, and the restructuring that turned it into a commercial imaging business.",
    ],
    angles=["Mass-market photography perspective", "Digital invention perspective", "Bankruptcy perspective"],
    sections=[
        ("Mass-Market Photography Perspective", [
            ("k_1888", "George Eastman introduced the first Kodak camera in 1888, sold already loaded with film for 100 exposures.", [
                ("You Press the Button - You're On It", "KF", "In 1888 Eastman introduced the Kodak, loaded with enough film for 100 photos."),
                ("Kodak Brownie - InnoWiki", "KF", "In May 1888 Eastman sold a camera packed with film for 100 photographs."),
            ]),
            ("k_slogan", "Kodak's slogan \"You press the button, we do the rest\" described a service in which customers mailed the whole camera back for developing and reloading.", [
                ("You Press the Button - You're On It", "Q", "You press the button, we do the rest"),
                ("You push the button, we do the rest - Everything2", "KF", "Once the 100 pictures were used, owners sent the whole camera back to Rochester, where the film was developed and the camera reloaded."),
            ]),
            ("k_25", "The original Kodak camera cost $25, a hefty sum in 1888.", [
                ("You Press the Button - You're On It", "KF", "Despite the $25 price tag, a hefty amount in 1888, the Kodak was a success."),
            ]),
            ("k_brownie", "The Brownie, launched in 1900 at a price of $1, brought snapshot photography within reach of ordinary families.", [
                ("Kodak Brownie - InnoWiki", "KF", "The Brownie, marketed heavily to children, cost just $1 and brought photography to the masses."),
                ("You Press the Button - You're On It", "KF", "Its cardboard frame and simple lens brought the cost down to $1 plus 15 cents for film."),
            ]),
            ("k_150k", "Kodak sold about 150,000 Brownie cameras in the first year of production.", [
                ("Kodak Brownie - InnoWiki", "KF", "Kodak sold 150,000 Brownies in the first year."),
            ]),
        ]),
        ("Digital Invention Perspective", [
            ("k_sasson", "Kodak engineer Steven Sasson built the first digital camera prototype in December 1975.", [
                ("Invention of the first digital camera (Sasson 2007)", "KF", "The first digital camera was created in December 1975."),
                ("Kodak files for bankruptcy - The Unbroken Window", "Q", "In 1975, engineer Steven Sasson created the first digital camera"),
            ]),
            ("k_toaster", "The prototype was about the size of a toaster, weighed 8 pounds and needed 23 seconds to record a 0.01-megapixel black-and-white image.", [
                ("Invention of the first digital camera (Sasson 2007)", "KF", "8 pounds, 0.01 megapixels, 23 seconds per image."),
                ("Kodak about to go under? - Chris Blake Photography", "KF", "Reuters described a prototype as big as a toaster that captured black and white images."),
            ]),
            ("k_cassette", "Sasson's camera recorded its 100-by-100-pixel images on a cassette tape.", [
                ("Digital Camera - InnoWiki", "KF", "The camera used a CCD to capture 100x100 pixels and stored them on a cassette tape."),
            ]),
            ("k_megapixel", "Kodak scientists created the world's first megapixel sensor in 1986, capable of recording 1.4 million pixels.", [
                ("Kodak: an icon is bankrupt - Jaap Willem", "KF", "In 1986 Kodak scientists created the first megapixel sensor, recording 1.4 million pixels for a 5x7-inch print."),
            ]),
            ("k_reluctant", "Kodak's management held back on digital photography because it threatened the company's profitable film business.", [
                ("Digital Camera - InnoWiki", "KF", "Kodak spent little time developing the technology and focused instead on its film and chemical business."),
                ("Invention of the first digital camera (Sasson 2007)", "KF", "Kodak refused to cannibalise its film business; Sasson's 1976 demo was not popular with management."),
            ]),
            ("k_peak", "Kodak's market value peaked at around $30 billion in 1997.", [
                ("Digital Camera - InnoWiki", "KF", "In 1997 Kodak reached its peak valuation of about $30 billion."),
                ("Invention of the first digital camera (Sasson 2007)", "KF", "Market capitalisation peaked at $31 billion in 1997."),
            ]),
        ]),
        ("Bankruptcy Perspective", [
            ("k_chapter11", "Eastman Kodak filed for Chapter 11 bankruptcy protection in January 2012.", [
                ("Kodak files for bankruptcy - The Unbroken Window", "KF", "Kodak filed for bankruptcy protection and reorganisation in January 2012."),
                ("Eastman Kodak emerges from Chapter 11 - Reuters", "KF", "It filed a $6.75 billion bankruptcy in January 2012."),
            ]),
            ("k_liabilities", "Kodak entered bankruptcy with about $6.75 billion in liabilities against $5.1 billion in assets.", [
                ("Eastman Kodak to exit bankruptcy court - UPI", "KF", "Kodak filed for Chapter 11 with $6.75 billion in liabilities and $5.1 billion in assets."),
            ]),
            ("k_patents", "During bankruptcy Kodak sold its digital imaging patents for roughly $525 million to a group of buyers including Apple, Google and Microsoft.", [
                ("Kodak to exit bankruptcy - plans to move away from cameras to printers instead - Silicon Republic", "KF", "It sold many of its patents for $525m to companies including Google, Facebook, Amazon, Microsoft and Samsung."),
                ("Kodak to exit bankruptcy a different company - Sydney Morning Herald", "KF", "Some 7,500 patents went to a consortium including Apple, Google and Microsoft for $527 million."),
            ]),
            ("k_alaris", "Kodak's UK pension plan bought its personalised and document imaging businesses for $650 million, creating Kodak Alaris.", [
                ("Eastman Kodak emerges from Chapter 11 - Reuters", "KF", "The British pension fund dropped a $2.8 billion claim and bought the two businesses, to be named Kodak Alaris, for $650 million."),
                ("Eastman Kodak to exit bankruptcy court - UPI", "KF", "The sale to the UK Kodak Pension Plan allowed Kodak to dismiss a $2.8 billion claim."),
            ]),
            ("k_emerged", "Kodak stopped making digital cameras in 2012 and emerged from bankruptcy in September 2013 as a commercial imaging company.", [
                ("Kodak to exit bankruptcy - plans to move away from cameras to printers instead - Silicon Republic", "KF", "The company ceased making digital cameras in 2012."),
                ("Eastman Kodak emerges from Chapter 11 - Reuters", "KF", "Kodak emerged from Chapter 11 on 3 September 2013, focused on commercial printing and packaging."),
            ]),
        ]),
    ],
    focus=None,
    conclusions=[
        "Kodak's history shows a company that created two waves of consumer photography technology but could not bring itself to let the second replace the first. Its reorganisation left a much smaller business serving commercial printing markets.",
    ],
    references=[
        ("You Press the Button - You're On It", "http://youreonit.com/blog/archives/20"),
        ("You push the button, we do the rest - Everything2", "https://everything2.com/title/You+push+the+button%252C+we+do+the+rest"),
        ("Kodak Brownie - InnoWiki", "https://innowiki.org/tag/eastman-george/"),
        ("Digital Camera - InnoWiki", "https://www.innowiki.org/digital-camera/"),
        ("Invention of the first digital camera (Sasson 2007)", "https://alexdenne.com/citations/sasson-2007-digital-camera"),
        ("Kodak files for bankruptcy - The Unbroken Window", "http://theunbrokenwindow.com/2012/01/19/kodak-files-for-bankruptcy/"),
        ("Kodak about to go under? - Chris Blake Photography", "https://www.chrisblakephotography.co.uk/news/kodak-about-to-go-under/"),
        ("Kodak: an icon is bankrupt - Jaap Willem", "https://jaapwillem.com/2012/01/21/kodak-an-icon-is-bankrupt/"),
        ("Eastman Kodak to exit bankruptcy court - UPI", "https://www.upi.com/Business_News/2013/08/20/Eastman-Kodak-to-exit-bankruptcy-court/UPI-68901377035163/"),
        ("Kodak to exit bankruptcy - plans to move away from cameras to printers instead - Silicon Republic", "https://siliconrepublic.com/business/kodak-to-exit-bankruptcy-plans-to-move-away-from-cameras-to-printers-instead"),
        ("Kodak to exit bankruptcy a different company - Sydney Morning Herald", "https://smh.com.au/technology/kodak-to-exit-bankruptcy-a-different-company-20130506-2j282.html"),
        ("Eastman Kodak emerges from Chapter 11 - Reuters", "http://cn.reuters.com/article/eastmankodak-emergence-idCNL2N0GZ1JP20130903"),
    ],
))

# ---------------------------------------------------------------- 7 Challenger (space)
REPORTS.append(dict(
    id="challenger-disaster-1986",
    field="Space / spaceflight safety",
    crlf=True, bom=False, curly="quotes", trailing=False,
    front=[
        "Research Date: 2026-01-27 10:03",
        "Topic: What caused the loss of Space Shuttle Challenger in 1986 and what did the Rogers Commission find?",
        "Sources Analyzed: 17",
    ],
    summary=[
        "On 28 January 1986 Space Shuttle Challenger broke apart shortly after launch. This report summarises the technical cause, the findings of the presidential commission that investigated it, and the consequences for the shuttle programme.",
    ],
    angles=None,
    sections=[
        ("Launch Failure Perspective", [
            ("c_73", "Space Shuttle Challenger broke apart 73 seconds after liftoff on 28 January 1986, killing all seven people on board.", [
                ("IEEE Xplore Document 10188294", "KF", "Challenger exploded just 73 seconds after launch on 28 January 1986, killing all seven astronauts."),
                ("Remembering the Challenger - Yahoo News", "KF", "NASA lost seven of its own when a booster failed and the shuttle broke apart 73 seconds after launch."),
            ]),
            ("c_tenth", "The mission, STS-51-L, was Challenger's tenth flight.", [
                ("rogers commission report - wikipedia", "KF", "The commission investigated the disaster during Challenger's 10th mission, STS-51-L."),
            ]),
            ("c_mcauliffe", "Christa McAuliffe, selected through NASA's Teacher in Space program, was on board and was to have been the first teacher in space.", [
                ("Space Shuttle Challenger Explodes - Star Planete", "KF", "McAuliffe qualified through NASA's Teacher in Space program and was to be America's first schoolteacher in space."),
                ("Remembering the Challenger - Yahoo News", "KF", "McAuliffe was announced in July 1985 as the teacher who would fly on the shuttle."),
            ]),
            ("c_oring", "The failure began at the O-ring seals of a joint on the right solid rocket booster, which let hot pressurised gas escape and reach the external tank.", [
                ("Rogers Commission Space Shuttle Challenger disaster", "KF", "The O-rings sealing a joint on the right booster failed, letting hot gases and flame blow by and reach the adjacent external tank."),
                ("Rogers Commission Report - Wikipedia", "KF", "The report determined the cause of the disaster 73 seconds after liftoff."),
            ]),
            ("c_cold", "The low temperature on the morning of the launch compromised the O-rings' ability to seal.", [
                ("Rogers Commission Space Shuttle Challenger disaster", "KF", "The O-ring failure was attributed to a faulty design whose performance was compromised by factors including the low temperature on launch day."),
                ("IEEE Xplore Document 10188294", "KF", "Evidence that the O-rings could harden and fail at low temperatures was not thoroughly investigated."),
            ]),
        ]),
        ("Rogers Commission Perspective", [
            ("c_rogers", "President Ronald Reagan set up a commission chaired by former Secretary of State William P. Rogers to investigate the accident.", [
                ("Rogers Commission Report - Wikipedia", "KF", "William P. Rogers, a former Secretary of State and Attorney General, chaired the presidential commission."),
            ]),
            ("c_members", "Neil Armstrong served as vice-chairman, and the members included Sally Ride, Chuck Yeager and the physicist Richard Feynman.", [
                ("ROGERS COMMISSION REPORT - WIKIPEDIA", "KF", "The member list includes Armstrong as vice-chairman, Feynman, Ride and Yeager."),
                ("Rogers Commission Space Shuttle Challenger disaster", "KF", "Members included Armstrong, Feynman, Kutyna, Ride and Yeager."),
            ]),
            ("c_june", "The commission delivered its report to President Reagan on 9 June 1986.", [
                ("Rogers Commission Report - Wikipedia", "KF", "The report was released and submitted to President Ronald Reagan on 9 June 1986."),
            ]),
            ("c_icewater", "At a televised hearing Feynman put a piece of O-ring material in ice water to show that it lost its resilience at about 32°F.", [
                ("ROGERS COMMISSION - Speakola", "Q", "there's no resilience in this particular material, when it's at a temperature of thirty two degrees"),
                ("How Feynman Found Out the Cause of the Challenger Crash", "KF", "He squeezed the O-ring, put it into ice water, and it did not return to its original shape."),
            ]),
            ("c_1977", "The commission found that managers at NASA's Marshall center had known about the flawed joint design since 1977.", [
                ("Rogers Commission Space Shuttle Challenger disaster", "KF", "Managers at Marshall had known about the flawed design since 1977 but never discussed it outside their reporting channels with Thiokol."),
            ]),
            ("c_risk", "NASA and its contractor Morton Thiokol came to treat the joint problem as an acceptable flight risk rather than redesigning the joint.", [
                ("Rogers Commission Space Shuttle Challenger disaster", "KF", "Rather than redesigning the joint, both came to define the problem as an acceptable flight risk."),
            ]),
            ("c_waive", "Marshall managers issued and then waived six launch constraints related to the O-rings.", [
                ("Rogers Commission Space Shuttle Challenger disaster", "KF", "Marshall managers went as far as to issue and waive six launch constraints related to the O-rings."),
            ]),
        ]),
        ("Aftermath", [
            ("c_civilians", "The disaster ended NASA's plans to fly civilians as passengers on the shuttle.", [
                ("Space Shuttle Challenger Explodes - Star Planete", "KF", "The tragedy altered NASA's operations and ended plans to send civilians as passengers."),
            ]),
            ("c_sts26", "Crewed shuttle flights resumed more than two years later, when Discovery flew mission STS-26 in September 1988.", [
                ("Esplosione dello Shuttle Challenger - Travelmate", "KF", "Crewed flights resumed more than two years later with Discovery's STS-26 mission in September 1988."),
            ]),
            ("c_ride", "Sally Ride, who had flown on Challenger twice, later also served on the Columbia Accident Investigation Board.", [
                ("Rogers Commission Report - Wikipedia", "KF", "Ride flew on Challenger on STS-7 and STS-41-G and later served on the Columbia Accident Investigation Board."),
            ]),
        ]),
    ],
    focus=[
        ("Engineering Cause", [("Findings", "Booster field-joint O-rings lost resilience in the cold and failed to seal.")]),
        ("Organisational Cause", [("Findings", "Known joint problems were accepted as flight risk and launch constraints were waived."), ("Recommendations", "Redesign of the joint and changes to safety oversight and decision-making.")]),
    ],
    conclusions=None,
    references=[
        ("Rogers Commission Report - Wikipedia", "https://en.wikipedia.org/wiki/Rogers_Commission_Report"),
        ("Rogers Commission Space Shuttle Challenger disaster", "http://manicdeo11.blogspot.com/2011/03/rogers-commission-space-shuttle.html"),
        ("ROGERS COMMISSION - Speakola", "https://speakola.com/ideas/tag/ROGERS+COMMISSION"),
        ("How Feynman found out the cause of the Challenger crash", "http://theoring.com/recently-news/How-Feynman-found-out-the-cause-of-the-Challenger-crash.html"),
        ("Space Shuttle Challenger Explodes - Star Planete", "https://star-planete.net/tag/explodes/"),
        ("Esplosione dello Shuttle Challenger - Travelmate", "https://travelmate.tech/it/stati-uniti/washington/campidoglio-e-capitol-hill/campidoglio-interno/esplosione-dello-shuttle-challenger"),
        ("IEEE Xplore Document 10188294", "https://ieeexplore.ieee.org/document/10188294"),
        ("Remembering the Challenger - Yahoo News", "https://www.yahoo.com/news/photos/remembering-the-challenger-slideshow/roger-boisjoly-photo-1328732274.html"),
    ],
))
