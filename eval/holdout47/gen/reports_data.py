"""Source data for the seven holdout47 reports.

Each report is a dict: id, style (rendering options), front (raw front-matter lines), summary, angles,
perspectives [(heading, [claim, ...])], focus [(title, [(label, text), ...])], conclusions, references.
A claim is (key, text, [evidence, ...]); an evidence item is (source, [("q"|"f", text), ...]).
Quotes are worded by the author (not copied from the sources); they restate well-documented facts.
"""


def C(key, text, *evidence):
    return (key, text, list(evidence))


def E(source, *items):
    return (source, list(items))


def q(text):
    return ("q", text)


def f(text):
    return ("f", text)


# ---------------------------------------------------------------- 1. Kon-Tiki (history / exploration)
KT_MUSEUM = "Heyerdahl's Expeditions - Kon-Tiki Museum"
KT_BRIT = "Kon-Tiki expedition - Encyclopaedia Britannica"
KT_NATURE = "Native American gene flow into Polynesia predating Easter Island settlement"
KT_BOOK = "The Kon-Tiki Expedition: By Raft Across the South Seas"
KT_OSCAR = "Kon-Tiki (1950 film) - Academy Awards Database"
KT_GUARD = "Thor Heyerdahl obituary - The Guardian"
KT_NFI = "Kon-Tiki (2012) - Norwegian Film Institute"
KT_SMITH = "The Voyage of the Kon-Tiki - Smithsonian Magazine"

KONTIKI = dict(
    id="kon-tiki-expedition-1947",
    style=dict(newline="\n", bom=False, curly=False, final_newline=True, packed=False,
               levels=dict(summary=1, section=2, persp=3, focus=3),
               claim_indent="", ev_indent="  ", item_indent="    ", ev_bullet="-", item_bullet="-",
               angle_bullet="-", focus_bullet="-"),
    front=[
        "Research Date: 2026-01-19 10:42",
        "Topic: ",
        "    What did the 1947 Kon-Tiki raft expedition achieve, and how has its theory of ",
        "    South American settlement of Polynesia held up against later resea",
        "Sources Analyzed: 18",
    ],
    summary=("This report reviews Thor Heyerdahl's 1947 Kon-Tiki voyage from Peru to the Tuamotu "
             "archipelago: how the raft was built and crewed, how the crossing unfolded, how scholars "
             "received the migration theory behind it, and what the expedition left behind in books, "
             "film and museums."),
    angles=["Voyage logistics perspective", "Raft and crew perspective",
            "Scientific reception perspective", "Cultural legacy perspective"],
    perspectives=[
        ("Voyage Logistics Perspective", [
            C("K1", "The Kon-Tiki raft left the Peruvian port of Callao on 28 April 1947 and ended its voyage 101 days later on the reef of Raroia atoll in the Tuamotus.",
              E(KT_MUSEUM, q("The raft set out from Callao in Peru on 28 April 1947 and, after 101 days at sea, ran aground on the reef at Raroia in French Polynesia.")),
              E(KT_BRIT, f("Britannica dates the wreck on the Raroia reef to 7 August 1947; all six men reached shore unhurt."))),
            C("K2", "The raft covered roughly 6,900 kilometres (about 4,300 miles) across the Pacific, carried mainly by the Humboldt Current and the trade winds.",
              E(KT_SMITH, q("Pushed west by the Humboldt Current and the trade winds, the six men drifted and sailed some 6,900 kilometres, roughly 4,300 miles."))),
            C("K6", "The United States Army supplied field rations and other equipment, which the crew tested during the crossing.",
              E(KT_BRIT, f("The trip was paid for with private loans, while the US Army donated field rations, waterproof gear and other equipment for the crew to try out."))),
            C("K7", "The crew supplemented their stored food with fish caught at sea, especially flying fish that landed on the deck at night.",
              E(KT_BOOK, q("Flying fish landed on the deck nearly every night, and the cook only had to gather them up at dawn.")),
              E(KT_SMITH, f("Dorado and tuna hooked from the raft added to the army rations, coconuts and sweet potatoes carried on board."))),
        ]),
        ("Raft and Crew Perspective", [
            C("K3", "The hull was built from nine balsa logs lashed together with hemp rope, and no nails, wire or other metal were used in the raft's structure.",
              E(KT_BOOK, f("Heyerdahl describes binding nine large balsa trunks with hemp ropes and deliberately avoiding nails and wire.")),
              E(KT_BRIT, q("Not a single piece of metal went into the raft's construction."))),
            C("K4", "The crew of six comprised five Norwegians and one Swede, the sociologist Bengt Danielsson.",
              E(KT_MUSEUM, q("Five of the men were Norwegian; the sixth, Bengt Danielsson, came from Sweden."))),
            C("K5", "Two crew members, Knut Haugland and Torstein Raaby, were wartime resistance radio operators who kept in contact with amateur radio stations during the crossing.",
              E(KT_GUARD, f("Haugland and Raaby had run clandestine transmitters for the Norwegian resistance in the Second World War; on the raft they reported to radio amateurs ashore."))),
        ]),
        ("Scientific Reception Perspective", [
            C("K8", "Heyerdahl organised the voyage to show that people from South America could have reached and settled Polynesia in pre-Columbian times.",
              E(KT_MUSEUM, q("Heyerdahl wanted to show that nothing technical prevented South Americans from reaching Polynesia before Columbus."))),
            C("K9", "Most anthropologists rejected Heyerdahl's theory, holding that Polynesia was settled from the west by seafarers with roots in island Southeast Asia.",
              E(KT_SMITH, f("Linguistic, archaeological and genetic evidence led most researchers to conclude that Polynesians descend from Austronesian voyagers who came from the west."))),
            C("K10", "A 2020 genetic study found traces of Native American ancestry in some eastern Polynesian populations dating to around AD 1200, suggesting limited contact between the two regions.",
              E(KT_NATURE, f("Genome-wide data from present-day Pacific islanders revealed a Native American component introduced around AD 1200, most likely through a single contact event."),
                q("The signal appears in eastern islands such as the southern Marquesas, not only on Rapa Nui."))),
        ]),
        ("Cultural Legacy Perspective", [
            C("K11", "Heyerdahl's book about the expedition became an international bestseller and was translated into dozens of languages.",
              E(KT_GUARD, f("The expedition book became a worldwide bestseller and appeared in roughly seventy languages."))),
            C("K12", "The documentary film made from the crew's own footage won the Academy Award for Best Documentary Feature.",
              E(KT_OSCAR, q("Kon-Tiki, edited from the 16mm footage the crew shot on the raft, received the Oscar for Documentary Feature."))),
            C("K13", "The original raft is displayed at the Kon-Tiki Museum on the Bygdøy peninsula in Oslo.",
              E(KT_MUSEUM, f("The original balsa raft is the centrepiece of the museum's exhibition at Bygdøy in Oslo."))),
            C("K14", "A 2012 Norwegian feature film dramatising the voyage was nominated for the Academy Award for Best Foreign Language Film.",
              E(KT_NFI, f("The 2012 dramatisation directed by Joachim Rønning and Espen Sandberg was Norway's entry and earned an Oscar nomination for best foreign-language film."))),
        ]),
    ],
    focus=[
        ("Feasibility of Pre-Columbian Raft Voyages", [
            ("Risks", "Treating a successful modern drift as proof of an ancient migration overstates what one voyage can show."),
            ("Benefits", "The crossing demonstrated that a balsa raft could stay afloat for more than three months in the open Pacific."),
        ]),
        ("Public Reception", [
            ("Benefits", "Book, film and museum turned an academic dispute into a popular story about ocean travel."),
        ]),
    ],
    conclusions=("The Kon-Tiki voyage proved that a balsa raft could cross from Peru to Polynesia, but it did "
                 "not settle the question of who first peopled the islands. Mainstream research still points "
                 "west, while recent genetic work allows for limited early contact with South America."),
    references=[
        ("heyerdahl's expeditions - kon-tiki museum", "https://www.kon-tiki.no/expeditions/"),
        ("Kon-Tiki Expedition - Encyclopaedia Britannica", "Unknown"),
        ("Native American gene flow into Polynesia predating Easter Island settlement - Nature", "https://www.nature.com/articles/s41586-020-2487-2"),
        ("The Kon-Tiki Expedition: By Raft Across the South Seas", "Unknown"),
        ("KON-TIKI (1950 FILM) - ACADEMY AWARDS DATABASE", "Unknown"),
        ("Thor Heyerdahl obituary - The Guardian", "Unknown"),
        ("Kon-Tiki (2012) - Norwegian Film Institute", "Unknown"),
        ("The voyage of the Kon-Tiki - Smithsonian Magazine", "Unknown"),
    ],
)

# ---------------------------------------------------------------- 2. Old Faithful (nature)
OF_NPS = "Old Faithful Geyser - Yellowstone National Park (U.S. National Park Service)"
OF_PRED = "Predicting Old Faithful Geyser Eruptions - Yellowstone Park"
OF_YVO = "Yellowstone Volcano Observatory - USGS"
OF_BRIT = "Old Faithful - Encyclopaedia Britannica"
OF_GT = "Predicting Geysers - GeyserTimes"
OF_HEB = "Hydrothermal effects of the 1959 Hebgen Lake earthquake - USGS"
OF_LOC = "Act Establishing Yellowstone National Park (1872) - Library of Congress"

OLDFAITHFUL = dict(
    id="old-faithful-geyser",
    style=dict(newline="\r\n", bom=True, curly=True, final_newline=True, packed=False,
               levels=dict(summary=1, section=2, persp=4, focus=3),
               claim_indent="", ev_indent="  ", item_indent="    ", ev_bullet="-", item_bullet="-",
               angle_bullet="-", focus_bullet="-"),
    front=[
        "Research Date: 2026-02-03 08:15",
        "Model: research-agent-0.9",
        "Topic: How does Old Faithful geyser in Yellowstone behave, how are its eruptions predicted, and what drives them?",
        "Sources Analyzed: 22",
        "Run ID: 7f3c2a",
    ],
    summary=("Old Faithful is the best-known geyser in Yellowstone National Park. This report gathers what "
             "park and geological sources say about its eruptions, how rangers forecast them, the plumbing "
             "and heat source behind them, and the history of the geyser and the park around it."),
    angles=["Eruption behaviour perspective", "Prediction perspective", "Geology perspective",
            "History and visitors perspective"],
    perspectives=[
        ("Eruption Behaviour Perspective", [
            C("O1", "Old Faithful erupts roughly 20 times a day, with intervals between eruptions that usually range from about 60 to 110 minutes.",
              E(OF_NPS, q("The geyser currently goes off around 20 times daily, and the gap between eruptions generally falls between 60 and 110 minutes."))),
            C("O2", "A typical eruption lasts between about one and a half and five minutes and sends water to heights of roughly 32 to 56 metres (106 to 185 feet).",
              E(OF_NPS, f("Eruptions run from 1.5 to 5 minutes and reach 106 to 185 feet."))),
            C("O3", "Each eruption discharges an estimated 14,000 to 32,000 litres of boiling water.",
              E(OF_BRIT, q("A single eruption releases between about 3,700 and 8,400 gallons (14,000 to 32,000 litres) of water."))),
            C("O7", "Old Faithful is not the tallest or the most regular geyser in Yellowstone, but it is the most predictable of the park's large geysers.",
              E(OF_BRIT, q("Other geysers in the park shoot higher or keep steadier time, yet none of the big ones can be forecast as reliably as Old Faithful."))),
        ]),
        ("Prediction Perspective", [
            C("O4", "Park rangers predict the next eruption from the duration of the previous one, and about 90 percent of predictions fall within ten minutes either side.",
              E(OF_PRED, q("Rangers time each eruption and use its length to forecast the next one; nine out of ten forecasts land inside a ten-minute margin.")),
              E(OF_GT, f("The Park Service has traditionally held its Old Faithful forecasts to a 90 percent accuracy standard at plus or minus ten minutes."))),
            C("O5", "Eruption intervals are bimodal: eruptions shorter than about two and a half minutes are followed by shorter waits than long eruptions.",
              E(OF_GT, f("The interval distribution has two peaks; knowing whether the last eruption was short or long narrows the next interval to a roughly normal spread.")),
              E(OF_PRED, q("An eruption under two and a half minutes is usually followed by a wait of about an hour, a longer one by roughly an hour and a half."))),
            C("O12", "Rangers record eruption times with stopwatches and log books during visitor centre hours, and predictions are posted in park buildings and online.",
              E(OF_PRED, f("Staff log each eruption by stopwatch and notebook while the visitor centre is open, and post the forecast in nearby buildings and on the webcam page."))),
        ]),
        ("Geology Perspective", [
            C("O8", "The 1959 Hebgen Lake earthquake and later earthquakes lengthened the average interval between eruptions.",
              E(OF_HEB, f("After the magnitude 7.3 Hebgen Lake earthquake of 1959 the mean interval increased, and it lengthened again after the 1983 Borah Peak earthquake in Idaho."))),
            C("O9", "Yellowstone holds roughly half of the world's active geysers, with more than 500 in the park.",
              E(OF_NPS, q("Yellowstone contains more than 500 active geysers, about half of all those known worldwide."))),
            C("O10", "Old Faithful is a cone geyser that has built a mound of siliceous sinter around its vent.",
              E(OF_GT, f("Cone geysers such as Old Faithful erupt in a narrow jet from a mound of geyserite, a form of siliceous sinter, deposited around the opening."))),
            C("O11", "Water in the geyser's plumbing is heated by the magma system beneath Yellowstone and rises above the surface boiling point under pressure before flashing to steam.",
              E(OF_YVO, q("Heat from the magma body under Yellowstone warms groundwater, which becomes superheated under pressure in the conduit and flashes to steam once the pressure drops."))),
        ]),
        ("History and Visitors Perspective", [
            C("O6", "The geyser was named in 1870 by members of the Washburn expedition, who were impressed by the frequency and regularity of its eruptions.",
              E(OF_NPS, f("Members of the 1870 Washburn-Langford-Doane party named the geyser for its frequent, dependable eruptions."))),
            C("O13", "Early visitors and soldiers sometimes used Old Faithful for laundry, putting clothes into the crater and letting the eruption throw them out clean.",
              E(OF_NPS, f("Accounts from the park's early years describe garments pushed into the vent and thrown out washed by the next eruption, though some came out torn."))),
            C("O14", "Yellowstone, where the geyser is located, was established in 1872 as the world's first national park.",
              E(OF_LOC, q("Congress set Yellowstone aside in 1872 as a public park, the first national park anywhere in the world."))),
        ]),
    ],
    focus=None,
    conclusions=("Old Faithful owes its fame less to size than to predictability. Its eruptions follow the "
                 "length of the previous one closely enough for rangers to publish forecasts, although "
                 "earthquakes have shifted its rhythm over the decades."),
    references=[
        ("Old Faithful Geyser - Yellowstone National Park (U.S. National Park Service)", "https://www.nps.gov/yell/planyourvisit/exploreoldfaithful.htm"),
        ("Predicting Old Faithful geyser eruptions - Yellowstone Park", "https://www.yellowstonepark.com/things-to-do/predicting-old-faithful-eruptions"),
        ("Yellowstone Volcano Observatory - USGS", "Unknown"),
        ("Old Faithful - Encyclopaedia Britannica", "Unknown"),
        ("predicting geysers - geysertimes", "https://geysertimes.org/predict"),
        ("Hydrothermal Effects of the 1959 Hebgen Lake Earthquake - USGS", "Unknown"),
        ("Act Establishing Yellowstone National Park (1872) - Library of Congress", "Unknown"),
    ],
)

# ---------------------------------------------------------------- 3. Svalbard Global Seed Vault (engineering / agriculture)
SV_CT = "Svalbard Global Seed Vault - Crop Trust"
SV_MIN = "About the Seed Vault - Norwegian Ministry of Agriculture and Food"
SV_NG = "Svalbard Global Seed Vault - NordGen"
SV_REU = "Syrian war spurs first withdrawal from Arctic seed vault - Reuters"
SV_GUA = "Arctic stronghold of world's seeds hit by meltwater - The Guardian"
SV_WFP = "Cary Fowler, 2024 laureate - World Food Prize Foundation"

SVALBARD = dict(
    id="svalbard-global-seed-vault",
    style=dict(newline="\n", bom=False, curly=False, final_newline=False, packed=False,
               levels=dict(summary=1, section=2, persp=3, focus=3),
               claim_indent="", ev_indent="    ", item_indent="        ", ev_bullet="*", item_bullet="*",
               angle_bullet="*", focus_bullet="-"),
    front=[
        "Research Date: 2026-01-27 16:05",
        "Topic:",
        "  How is the Svalbard Global Seed Vault built, run and protected, and how well has it",
        "  coped with climate risk?",
    ],
    summary=("The Svalbard Global Seed Vault stores duplicate seed samples from genebanks around the world "
             "inside an Arctic mountain. This report looks at the site and its construction, storage "
             "conditions, who governs and pays for it, and the climate-related problems it has faced."),
    angles=["Site and construction", "Storage conditions", "Governance and access", "Climate risk"],
    perspectives=[
        ("Site and Construction Perspective", [
            C("S1", "The vault opened on 26 February 2008 inside a sandstone mountain near Longyearbyen on the Norwegian island of Spitsbergen.",
              E(SV_MIN, q("The vault was officially opened on 26 February 2008, cut into a sandstone mountain close to Longyearbyen on Spitsbergen."))),
            C("S2", "The Norwegian government paid the full construction cost of about 45 million Norwegian kroner (around US$9 million at the time).",
              E(SV_MIN, f("Construction costs of roughly NOK 45 million were paid entirely by the Norwegian state."))),
            C("S3", "The storage chambers lie about 130 metres above sea level, high enough to stay dry even if the polar ice caps melted completely.",
              E(SV_NG, q("Placed around 130 metres above sea level, the chambers would remain dry even if all the ice caps melted."))),
            C("S13", "The idea of a global backup vault for crop seeds is credited to conservationist Cary Fowler, working with the CGIAR research centres.",
              E(SV_WFP, f("Fowler, working with CGIAR and later the Crop Trust, championed a single global safety backup for the world's genebanks."))),
        ]),
        ("Storage Conditions Perspective", [
            C("S4", "Seeds are kept at minus 18 degrees Celsius in sealed, multi-layer foil packets stored in boxes on shelves.",
              E(SV_CT, q("Samples are held at -18C in three-ply foil packages, sealed and stacked in boxes on shelving.")),
              E(SV_NG, f("At that temperature metabolic activity stays low enough for many seeds to remain viable for decades or even centuries."))),
            C("S5", "The surrounding permafrost is meant to keep the samples frozen even if the refrigeration equipment fails.",
              E(SV_NG, f("The permafrost and rock act as natural cooling, so the samples would stay frozen without electricity."))),
            C("S6", "The facility has room for about 4.5 million seed samples, each typically holding around 500 seeds.",
              E(SV_CT, q("The vault can hold 4.5 million crop varieties; with an average of 500 seeds per sample, that is up to about 2.5 billion seeds."))),
        ]),
        ("Governance and Access Perspective", [
            C("S7", "The vault works as a \"black box\" backup: depositing genebanks keep ownership of their seeds and only they can withdraw them.",
              E(SV_NG, q("Depositors retain ownership; staff do not open the boxes, and only the depositing genebank may take its material out."))),
            C("S8", "Depositing seeds is free of charge for genebanks, with operating costs shared by Norway and the Crop Trust.",
              E(SV_CT, f("Storage costs depositors nothing; Norway pays for the facility while the Crop Trust contributes to yearly operations and helps genebanks prepare and ship seeds."))),
            C("S9", "The vault is run under a three-way agreement among the Norwegian government, the Crop Trust and the Nordic Genetic Resource Center (NordGen).",
              E(SV_MIN, q("The Seed Vault is managed under a tripartite agreement between the Ministry, the Crop Trust and NordGen."))),
            C("S10", "The first withdrawal came in 2015, when the ICARDA research centre, forced out of Aleppo by the Syrian civil war, retrieved samples to rebuild its collections.",
              E(SV_REU, f("ICARDA, which had moved its headquarters from Aleppo to Beirut, asked for its duplicates back in 2015, the first withdrawal since the vault opened."),
                q("The returned seeds were grown out in Lebanon and Morocco to rebuild the working collection."))),
            C("S14", "Deposits have come from almost every country, and the collection now holds more than a million samples.",
              E(SV_CT, q("Seeds have arrived from nearly every country on earth, and the collection has passed one million samples."))),
        ]),
        ("Climate Risk Perspective", [
            C("S11", "In late 2016 meltwater from thawing permafrost and heavy rain leaked into the front of the entrance tunnel and froze there, though no seeds were harmed.",
              E(SV_GUA, q("Unusual warmth in late 2016 brought rain and meltwater into the start of the access tunnel, where it froze, but the seeds themselves were untouched."))),
            C("S12", "After the leak, Norway funded upgrades including a new waterproof access tunnel and moving heat-producing equipment out of the tunnel.",
              E(SV_MIN, f("The upgrade replaced the original entrance with a new watertight concrete access tunnel and moved electrical and heat-producing equipment into a separate service building."))),
        ]),
    ],
    focus=[
        ("Resilience of the Facility", [
            ("Risks", "Warmer Arctic winters threaten the permafrost that was meant to act as a passive backup."),
            ("Benefits", "A remote, cold, geologically stable site protects duplicates from war and local disasters."),
        ]),
        ("Access and Ownership", [
            ("Benefits", "Genebanks keep full control of their material and pay nothing to deposit it."),
        ]),
    ],
    conclusions=("The vault has already proved its worth as a backup, most visibly when Syrian collections "
                 "were restored from it. Its designers did not expect the permafrost to warm so soon, and the "
                 "entrance has had to be rebuilt to keep water out."),
    references=[
        ("Svalbard Global Seed Vault - Crop Trust", "https://www.croptrust.org/work/svalbard-global-seed-vault/"),
        ("About the Seed Vault - Norwegian Ministry of Agriculture and Food", "Unknown"),
        ("svalbard global seed vault - nordgen", "Unknown"),
        ("Syrian War Spurs First Withdrawal From Arctic Seed Vault - Reuters", "Unknown"),
        ("Arctic stronghold of world's seeds hit by meltwater - The Guardian", "Unknown"),
        ("Cary Fowler, 2024 Laureate - World Food Prize Foundation", "Unknown"),
    ],
)

# ---------------------------------------------------------------- 4. 1979 Fastnet Race (sport)
FN_INQ = "1979 Fastnet Race Inquiry Report - Royal Yachting Association and Royal Ocean Racing Club"
FN_YM = "1979 Fastnet Race: The race that changed everything - Yachting Monthly"
FN_RORC = "Rolex Fastnet Race history - Royal Ocean Racing Club"
FN_ROUS = "Fastnet, Force 10 - John Rousmaniere"
FN_BBC = "The Fastnet disaster, 40 years on - BBC News"
FN_RN = "Fleet Air Arm rescues in the Fastnet storm - Royal Navy"

FASTNET = dict(
    id="fastnet-race-1979",
    style=dict(newline="\n", bom=False, curly=False, final_newline=True, packed=True,
               levels=dict(summary=1, section=2, persp=3, focus=3),
               claim_indent="", ev_indent="  ", item_indent="    ", ev_bullet="-", item_bullet="-",
               angle_bullet="-", focus_bullet="-"),
    front=[
        "Research Date: 2026-02-11 19:30",
        "Topic: What happened in the 1979 Fastnet Race storm and how did it change offshore sailing safety?",
        "Sources Analyzed: 14",
        "Language: en-GB",
    ],
    summary=("The 1979 Fastnet Race was struck by a severe storm in the Celtic Sea, with heavy loss of life and "
             "boats. This report covers the race and the weather, the casualties and rescue, the inquiry and "
             "the reforms that followed, and some of the people and boats involved."),
    angles=["The race and the storm", "Casualties and rescue", "Inquiry and reform", "Competitors"],
    perspectives=[
        ("The Race and the Storm", [
            C("F1", "The 1979 race started from Cowes on 11 August with 303 yachts, then the largest fleet in the event's history.",
              E(FN_RORC, q("A record entry of 303 yachts crossed the start line at Cowes on 11 August 1979."))),
            C("F2", "The course ran about 605 nautical miles from Cowes around the Fastnet Rock off southern Ireland and back to finish at Plymouth.",
              E(FN_RORC, f("The race covers 605 nautical miles from Cowes out to the Fastnet Rock and back to Plymouth, passing south of the Isles of Scilly."))),
            C("F3", "Forecasts at the start predicted moderate winds, but a rapidly deepening depression brought Force 10 winds with gusts of Force 11 to the fleet on 13-14 August.",
              E(FN_ROUS, f("The shipping forecast on the first day promised south-westerly force four to five, rising to six or seven; by the night of 13-14 August the low had brought force 10 with gusts of force 11.")),
              E(FN_BBC, q("The depression deepened far faster than the forecasters had expected."))),
        ]),
        ("Casualties and Rescue", [
            C("F4", "Fifteen competitors died in the storm, making it the deadliest event in the history of ocean yacht racing.",
              E(FN_INQ, q("Fifteen crew members lost their lives during the race.")),
              E(FN_BBC, f("The 1979 race is still described as the worst disaster in the history of offshore racing."))),
            C("F5", "Five yachts sank and 24 were abandoned by their crews, many of which were later recovered still afloat.",
              E(FN_INQ, f("Five yachts were lost and 24 abandoned; a large share of the abandoned boats were later found afloat and towed in."))),
            C("F6", "Only 85 of the starting yachts finished the race.",
              E(FN_YM, q("Just 85 boats completed the course."))),
            C("F7", "The rescue involved some 4,000 people, including Royal Navy and RAF helicopters, lifeboats and the Irish Naval Service, and was the largest peacetime rescue operation up to that time.",
              E(FN_BBC, f("Around 4,000 people took part in the search and rescue, among them navy and air force helicopter crews, RNLI lifeboats and the entire Irish Naval Service fleet."))),
            C("F8", "About 136 sailors were rescued, many of them lifted from yachts and life rafts by helicopter winchmen.",
              E(FN_RN, q("Naval helicopters winched 74 survivors to safety over three days; in all, about 136 sailors were rescued."))),
        ]),
        ("Inquiry and Reform", [
            C("F10", "The joint inquiry by the Royal Yachting Association and the Royal Ocean Racing Club found that several of the dead had left their yacht for a life raft while the yacht itself stayed afloat.",
              E(FN_INQ, q("Several of those who died had abandoned yachts that were later recovered; a damaged yacht was often safer than a life raft."))),
            C("F11", "The inquiry highlighted failures of safety harnesses and their tethers, leading to stronger equipment standards.",
              E(FN_INQ, f("Harness lines, clips and attachment points broke under shock loads, and the report called for stronger standards for safety harnesses."))),
            C("F12", "The disaster prompted new stability requirements and rating rules that penalised light, beamy designs prone to capsize.",
              E(FN_YM, f("After 1979, rating and safety rules brought in stability indices and minimum righting requirements that discouraged the light, wide designs most likely to capsize."))),
        ]),
        ("Competitors", [
            C("F9", "The race was the final event of the Admiral's Cup series, so many elite international crews were at sea.",
              E(FN_RORC, f("The Fastnet was the fifth and last race of the 1979 Admiral's Cup, which brought national teams of top offshore crews into the fleet."))),
            C("F13", "Former British prime minister Edward Heath was among the competitors, racing his yacht Morning Cloud.",
              E(FN_BBC, q("Former prime minister Edward Heath was racing his yacht Morning Cloud when the storm struck."))),
            C("F14", "Ted Turner's yacht Tenacious won the race on corrected time.",
              E(FN_RORC, f("Ted Turner's 61-foot Tenacious took first place overall on corrected time."))),
        ]),
    ],
    focus=[
        ("Seamanship Lessons", [
            ("Risks", "Abandoning a damaged but floating yacht for a life raft proved more dangerous than staying aboard."),
            ("Benefits", "Clearer guidance on when to abandon ship and stronger harness standards."),
        ]),
        ("Yacht Design", [
            ("Risks", "Light, wide boats built to the rating rule were easy to capsize and slow to right themselves."),
            ("Benefits", "Stability requirements now weed out the least seaworthy designs."),
        ]),
    ],
    conclusions=("The 1979 Fastnet storm exposed weaknesses in forecasting, boat design and safety gear at the "
                 "same time. The inquiry's findings reshaped offshore racing rules and are still cited in "
                 "safety training today."),
    references=[
        ("1979 Fastnet Race Inquiry Report - Royal Yachting Association and Royal Ocean Racing Club", "Unknown"),
        ("1979 Fastnet race: the race that changed everything - Yachting Monthly", "Unknown"),
        ("Rolex Fastnet Race History - Royal Ocean Racing Club", "https://www.rorc.org/"),
        ("Fastnet, Force 10 - John Rousmaniere", "Unknown"),
        ("The Fastnet disaster, 40 years on - BBC News", "Unknown"),
        ("Fleet Air Arm rescues in the Fastnet storm - Royal Navy", "Unknown"),
        ("1979 Fastnet Race - Wikipedia", "https://en.wikipedia.org/wiki/1979_Fastnet_Race"),
    ],
)

# ---------------------------------------------------------------- 5. 1973 oil crisis (economics)
OC_HIST = "Oil Embargo, 1973-1974 - Office of the Historian, U.S. Department of State"
OC_IEA = "History of the IEA - International Energy Agency"
OC_DOE = "Strategic Petroleum Reserve - U.S. Department of Energy"
OC_EIA = "Retail gasoline prices, 1973-1974 - U.S. Energy Information Administration"
OC_NHTSA = "Corporate Average Fuel Economy - NHTSA"
OC_FED = "Oil Shock of 1973-74 - Federal Reserve History"
OC_DW = "When Germany had car-free Sundays - Deutsche Welle"
OC_FHWA = "Emergency Highway Energy Conservation Act - Federal Highway Administration"

OILCRISIS = dict(
    id="oil-crisis-1973",
    style=dict(newline="\r\n", bom=False, curly=True, final_newline=True, packed=False,
               levels=dict(summary=1, section=1, persp=2, focus=2),
               claim_indent="", ev_indent="  ", item_indent="    ", ev_bullet="-", item_bullet="-",
               angle_bullet="-", focus_bullet="-"),
    front=[
        "Research Date: 2026-01-08 11:20",
        "Generator: deep-research 2.3",
        "Topic: ",
        "    What caused the 1973 oil crisis, how large was the price shock, and which policy ",
        "    responses outlasted the embar",
        "Sources Analyzed: 31",
        "Reviewed: no",
    ],
    summary=("The 1973-74 oil embargo turned a Middle East war into a worldwide economic shock. This report "
             "traces the origins of the embargo, the size of the price increase, the emergency measures "
             "governments took, and the lasting institutions and rules that came out of it."),
    angles=["Origins perspective", "Price shock perspective", "Policy response perspective",
            "Long-term effects perspective"],
    perspectives=[
        ("Origins Perspective", [
            C("E1", "In October 1973 the Arab members of OPEC announced an oil embargo against the United States and other countries that supported Israel during the Yom Kippur War.",
              E(OC_HIST, q("During the October 1973 Arab-Israeli War, Arab members of OPEC declared an embargo on oil shipments to the United States in retaliation for its resupply of the Israeli military."))),
            C("E2", "The embargo also targeted the Netherlands, and was later extended to Portugal, Rhodesia and South Africa.",
              E(OC_HIST, f("The embargo was applied to the Netherlands as well, and later widened to Portugal, Rhodesia and South Africa."))),
            C("E4", "Arab producers combined the embargo with production cuts of around 5 percent a month.",
              E(OC_FED, f("Alongside the embargo, the Arab producers announced progressive output cuts of about 5 percent per month."))),
        ]),
        ("Price Shock Perspective", [
            C("E3", "The price of oil roughly quadrupled, from about US$3 a barrel to nearly US$12 by early 1974.",
              E(OC_HIST, q("By the time the embargo ended in March 1974, the price of oil had climbed from about $3 a barrel to almost $12.")),
              E(OC_FED, f("The roughly fourfold jump fed quickly into fuel and energy costs across import-dependent economies."))),
            C("E6", "The average US retail gasoline price rose from about 38.5 cents a gallon in May 1973 to 55.1 cents in June 1974.",
              E(OC_EIA, q("The average retail price of gasoline went from 38.5 cents per gallon in May 1973 to 55.1 cents in June 1974."))),
            C("E11", "The price shock contributed to stagflation, combining high inflation with recession in many industrialised economies.",
              E(OC_FED, f("Higher energy costs pushed inflation up while output fell, producing the stagflation of the mid-1970s."))),
            C("E5", "The embargo was lifted in March 1974, after US-brokered disengagement talks between Israel and Egypt.",
              E(OC_HIST, q("The embargo was lifted in March 1974 amid American shuttle diplomacy that had produced a disengagement agreement between Egypt and Israel."))),
        ]),
        ("Policy Response Perspective", [
            C("E7", "Long queues formed at US filling stations, and some states used odd-even rationing based on the last digit of a car's licence plate.",
              E(OC_FED, f("Lines at gas stations became common, and several states allotted purchase days by odd or even licence-plate numbers."))),
            C("E8", "The United States introduced a national 55 mph speed limit in January 1974 to save fuel; it was repealed in 1995.",
              E(OC_FHWA, q("The Emergency Highway Energy Conservation Act, signed in January 1974, set a national maximum speed of 55 mph; Congress repealed the limit in 1995."))),
            C("E13", "Several European countries, including the Netherlands and West Germany, imposed car-free Sundays to conserve fuel.",
              E(OC_DW, q("West Germany ordered four car-free Sundays in late 1973, and the Netherlands also banned most Sunday driving."))),
        ]),
        ("Long-term Effects Perspective", [
            C("E9", "The International Energy Agency was founded in 1974 to coordinate oil stockholding and emergency responses among consuming nations.",
              E(OC_IEA, f("The IEA was set up in November 1974 within the OECD framework to coordinate emergency oil stocks and collective responses to supply disruptions."))),
            C("E10", "Congress created the US Strategic Petroleum Reserve in 1975 as a buffer against future supply disruptions.",
              E(OC_DOE, q("The Energy Policy and Conservation Act of 1975 established the Strategic Petroleum Reserve to reduce the country's vulnerability to supply interruptions."))),
            C("E12", "The crisis pushed carmakers toward smaller, more fuel-efficient vehicles and helped Japanese manufacturers gain US market share.",
              E(OC_FED, f("Demand shifted toward smaller cars, and Japanese compact models gained ground in the American market."))),
            C("E14", "The US Congress adopted Corporate Average Fuel Economy (CAFE) standards for new cars in 1975.",
              E(OC_NHTSA, f("Fuel economy standards for passenger cars were enacted by Congress in 1975 in direct response to the embargo."))),
        ]),
    ],
    focus=[
        ("Energy Security", [
            ("Risks", "Heavy dependence on imported oil left consumer economies exposed to supply decisions made abroad."),
            ("Benefits", "Emergency stocks and coordinated sharing arrangements reduced the impact of later disruptions."),
        ]),
        ("Fuel Efficiency", [
            ("Benefits", "Speed limits and fuel economy rules cut consumption and pushed the car industry toward efficiency."),
        ]),
    ],
    conclusions=None,
    references=[
        ("Oil Embargo, 1973-1974 - Office of the Historian, U.S. Department of State", "https://history.state.gov/milestones/1969-1976/oil-embargo"),
        ("History of the IEA - International Energy Agency", "Unknown"),
        ("strategic petroleum reserve - u.s. department of energy", "Unknown"),
        ("Retail Gasoline Prices, 1973-1974 - U.S. Energy Information Administration", "Unknown"),
        ("Corporate Average Fuel Economy - NHTSA", "https://www.nhtsa.gov/laws-regulations/corporate-average-fuel-economy"),
        ("Oil Shock of 1973-74 - Federal Reserve History", "https://www.federalreservehistory.org/essays/oil-shock-of-1973-74"),
        ("When Germany had car-free Sundays - Deutsche Welle", "Unknown"),
        ("Emergency Highway Energy Conservation Act - Federal Highway Administration", "Unknown"),
    ],
)

# ---------------------------------------------------------------- 6. Public-access defibrillators (medicine)
AED_AHA = "Cardiac arrest survival greatly increases when bystanders use an AED - American Heart Association"
AED_JAMA = "Bystander Defibrillation for Out-of-Hospital Cardiac Arrest in Public vs Residential Locations - JAMA Cardiology"
AED_NEJM = "Outcomes of Rapid Defibrillation by Security Officers after Cardiac Arrest in Casinos - New England Journal of Medicine"
AED_BHF = "What is an AED? - British Heart Foundation"
AED_UMJ = "Frank Pantridge and mobile coronary care - Ulster Medical Journal"
AED_ERC = "European Resuscitation Council Guidelines 2021: Systems Saving Lives"
AED_RES = "Accessibility of registered AEDs at night and at weekends - Resuscitation"
AED_RCUK = "Public access defibrillation and the law - Resuscitation Council UK"

DEFIB = dict(
    id="public-access-defibrillators",
    style=dict(newline="\n", bom=True, curly=False, final_newline=True, packed=False,
               levels=dict(summary=1, section=2, persp=3, focus=3),
               claim_indent="", ev_indent="    ", item_indent="        ", ev_bullet="-", item_bullet="-",
               angle_bullet="-", focus_bullet="-"),
    front=[
        "Research Date: 2026-02-19 09:02",
        "Topic: Do public-access defibrillators improve survival from out-of-hospital cardiac arrest?",
        "Confidence: medium",
    ],
    summary=("Automated external defibrillators (AEDs) placed in public spaces let bystanders shock a heart in "
             "cardiac arrest before an ambulance arrives. This report summarises why time matters, how the "
             "devices work, what programmes have achieved and what keeps the devices from being used."),
    angles=["Time and physiology perspective", "Device design perspective",
            "Programmes and outcomes perspective", "Barriers perspective"],
    perspectives=[
        ("Time and Physiology Perspective", [
            C("D1", "Survival from out-of-hospital cardiac arrest drops by about 7 to 10 percent for each minute that passes without CPR and defibrillation.",
              E(AED_AHA, q("With every minute that passes without CPR and defibrillation, the chance of survival falls by roughly 7 to 10 percent."))),
            C("D5", "Emergency crews typically take between four and ten minutes to reach a patient in cardiac arrest, which is why devices are placed in public.",
              E(AED_AHA, f("Emergency responders need on average four to ten minutes to reach someone in cardiac arrest, longer than the brain can go without circulation."))),
            C("D14", "Cardiac arrest is different from a heart attack: an arrest is an electrical failure that stops the heart pumping, whereas a heart attack is caused by a blocked artery.",
              E(AED_BHF, q("A heart attack is a circulation problem caused by a blocked artery; a cardiac arrest is an electrical problem in which the heart suddenly stops pumping."))),
        ]),
        ("Device Design Perspective", [
            C("D3", "AEDs analyse the heart's rhythm automatically and give spoken instructions, so people without training can use them.",
              E(AED_BHF, q("The machine checks the heart rhythm itself and talks you through every step, so no training is needed to use it."))),
            C("D4", "An AED only delivers a shock for shockable rhythms such as ventricular fibrillation and pulseless ventricular tachycardia, and will not shock a heart in asystole.",
              E(AED_BHF, f("AEDs shock only ventricular fibrillation or pulseless ventricular tachycardia; asystole, the flat line, is not a shockable rhythm."))),
            C("D9", "The first portable defibrillator was developed by Frank Pantridge in Belfast in the 1960s, paving the way for mobile coronary care.",
              E(AED_UMJ, f("Pantridge and colleagues at the Royal Victoria Hospital in Belfast put a portable defibrillator into a mobile coronary care ambulance in 1966."))),
        ]),
        ("Programmes and Outcomes Perspective", [
            C("D2", "When a bystander uses a public AED before emergency crews arrive, the chance of survival roughly doubles compared with waiting for responders.",
              E(AED_AHA, q("Survival to hospital discharge nearly doubled when a bystander applied a public AED before emergency crews arrived."),
                f("The analysis covered 49,555 out-of-hospital cardiac arrests in cities in the United States and Canada."))),
            C("D7", "In Denmark, bystander defibrillation in public locations rose from about 1 percent in 2001 to 15 percent in 2012 after national initiatives.",
              E(AED_JAMA, q("Among 18,688 patients, bystander defibrillation in public locations increased from 1.2% in 2001 to 15.3% in 2012."))),
            C("D8", "In a US study of casinos, about three quarters of patients with ventricular fibrillation survived when security staff shocked them within three minutes of collapse.",
              E(AED_NEJM, q("Of the patients defibrillated by security officers within three minutes of a witnessed collapse, 74 percent survived to hospital discharge."),
                f("Across all patients in ventricular fibrillation, 53 percent survived to discharge."))),
            C("D10", "Smartphone apps that alert nearby volunteer responders and guide them to the nearest AED have been introduced in countries such as Denmark, the Netherlands and the UK.",
              E(AED_ERC, f("Systems such as HeartRunner in Denmark, HartslagNu in the Netherlands and GoodSAM in the UK alert volunteers near a suspected arrest and direct them to the closest AED."))),
        ]),
        ("Barriers Perspective", [
            C("D6", "Only a small share of out-of-hospital cardiac arrests involve a bystander AED, partly because most arrests happen at home where devices are rarely nearby.",
              E(AED_JAMA, f("Bystander defibrillation in residential locations stayed at about 1 percent over the decade, and most arrests occurred in homes."))),
            C("D11", "Many registered AEDs are locked away or unavailable outside business hours, limiting their use at night and at weekends.",
              E(AED_RES, q("A large share of registered AEDs were inside buildings with restricted opening hours, leaving them out of reach on evenings and weekends."))),
            C("D12", "Good Samaritan laws in many jurisdictions protect lay people who use an AED in good faith from legal liability.",
              E(AED_RCUK, f("In the UK and many US states, lay rescuers acting in good faith are shielded from liability when they use an AED."))),
            C("D13", "Mapping where cardiac arrests occur helps place devices in high-risk public spaces such as railway stations, airports and sports venues."),
        ]),
    ],
    focus=None,
    conclusions=("Public AEDs save lives when they are close at hand and used within minutes. The evidence "
                 "supports wider placement, round-the-clock access and volunteer alert systems, but most "
                 "arrests still happen at home, out of reach of public devices."),
    references=[
        ("Cardiac arrest survival greatly increases when bystanders use an AED - American Heart Association", "Unknown"),
        ("bystander defibrillation for out-of-hospital cardiac arrest in public vs residential locations - JAMA cardiology", "Unknown"),
        ("Outcomes of Rapid Defibrillation by Security Officers after Cardiac Arrest in Casinos - New England Journal of Medicine", "https://www.nejm.org/doi/full/10.1056/NEJM200010263431701"),
        ("What is an AED? - British Heart Foundation", "Unknown"),
        ("Frank Pantridge and Mobile Coronary Care - Ulster Medical Journal", "Unknown"),
        ("European Resuscitation Council Guidelines 2021: Systems Saving Lives", "Unknown"),
        ("Accessibility of registered AEDs at night and at weekends - Resuscitation", "Unknown"),
        ("Public access defibrillation and the law - Resuscitation Council UK", "Unknown"),
    ],
)

# ---------------------------------------------------------------- 7. Shakespeare's Globe (culture)
GL_GLOBE = "History of the Globe - Shakespeare's Globe"
GL_BL = "The burning of the Globe, 1613 - British Library"
GL_IND = "Obituary: Sam Wanamaker - The Independent"
GL_MOLA = "The Globe excavations, 1989 - Museum of London Archaeology"
GL_GURR = "Rebuilding Shakespeare's Globe - Andrew Gurr and John Orrell"
GL_BBC = "Candlelit Sam Wanamaker Playhouse opens - BBC News"
GL_GN = "Shakespeare's wooden O restored to life - Graphic News, June 1997"

GLOBE = dict(
    id="shakespeares-globe-reconstruction",
    style=dict(newline="\n", bom=False, curly=True, final_newline=False, packed=False,
               levels=dict(summary=1, section=2, persp=3, focus=3),
               claim_indent="", ev_indent="  ", item_indent="    ", ev_bullet="-", item_bullet="-",
               angle_bullet="-", focus_bullet="*"),
    front=[
        "Research Date: 2026-02-24 14:48",
        "Topic:",
        "    How was Shakespeare's Globe rebuilt on Bankside, and how faithfully does the",
        "    modern theatre reproduce the original Elizabethan play",
        "    hou",
        "Sources Analyzed: 16",
        "Tags: theatre, london, architecture",
    ],
    summary=("Shakespeare's Globe on London's Bankside is a modern reconstruction of the playhouse where many "
             "of Shakespeare's plays were first staged. This report covers the history of the original "
             "theatre, the campaign to rebuild it, the building methods used and how the modern theatre "
             "is run."),
    angles=None,
    perspectives=[
        ("The Original Playhouse", [
            C("G1", "The original Globe was built in 1599 on Bankside by Shakespeare's company, the Lord Chamberlain's Men, partly from the timbers of an older Shoreditch playhouse called The Theatre.",
              E(GL_GLOBE, q("The Lord Chamberlain's Men dismantled The Theatre in Shoreditch and reused its timbers to raise the Globe on Bankside in 1599."))),
            C("G2", "The first Globe burned down on 29 June 1613 when a stage cannon fired during a performance of Henry VIII set the thatched roof alight.",
              E(GL_BL, q("During a performance of Henry VIII on 29 June 1613, a cannon shot set the thatch alight, and the playhouse burned to the ground in under an hour."))),
            C("G3", "Nobody was killed in the 1613 fire, although one man's breeches caught fire and were reportedly put out with ale.",
              E(GL_BL, f("In a letter, Sir Henry Wotton reported that no one was hurt apart from a man whose breeches caught fire and were put out with a bottle of ale."))),
            C("G4", "The rebuilt Globe opened in 1614 with a tiled roof, was closed by the Puritans in 1642 and was pulled down around 1644.",
              E(GL_GLOBE, f("The second Globe rose on the same foundations with a tiled roof, opened in 1614, was shut by the Puritan authorities in 1642 and was demolished by 1644."))),
        ]),
        ("The Reconstruction Campaign", [
            C("G5", "American actor Sam Wanamaker began campaigning for a reconstruction after visiting London in 1949 and finding only a plaque on a brewery wall.",
              E(GL_IND, q("On his first visit to London in 1949 Wanamaker went looking for the Globe and found only a blackened plaque on a brewery wall."))),
            C("G6", "Wanamaker set up the Globe Playhouse Trust in 1970 and died in 1993, four years before the reconstructed theatre opened.",
              E(GL_IND, f("He established the Globe Playhouse Trust in 1970 and died in December 1993, before building work was complete."))),
            C("G7", "The reconstructed theatre opened in 1997 about 230 metres from the original site, and was officially opened by Queen Elizabeth II.",
              E(GL_GN, q("The Queen officially opened the reconstructed Globe on 12 June 1997.")),
              E(GL_GLOBE, f("The new building stands roughly 230 metres from where the original playhouse stood."))),
            C("G14", "The rebuilt theatre's opening season in 1997 began with Henry V and The Winter's Tale.",
              E(GL_GN, q("The opening season was launched with productions of Henry V and The Winter's Tale."))),
        ]),
        ("Building Methods", [
            C("G8", "The new Globe has the first thatched roof permitted in London since the Great Fire of 1666, protected by fire retardant and sprinklers.",
              E(GL_GLOBE, f("Special permission allowed the first thatched roof in London since 1666; the water-reed thatch is treated with fire retardant and fitted with sprinklers."))),
            C("G9", "The frame was built from green oak joined with wooden pegs rather than steel fastenings, using traditional carpentry methods.",
              E(GL_GURR, q("The frame is of green oak, cut and jointed by hand and held with oak pegs rather than metal."))),
            C("G10", "The design drew on archaeological evidence, including part of the original foundations uncovered in 1989, and on historical drawings such as Wenceslaus Hollar's view of London.",
              E(GL_MOLA, f("Excavations in 1989 exposed a small part of the first Globe's foundations under Anchor Terrace; with Hollar's 1647 Long View of London they guided the size and shape of the rebuild."))),
        ]),
        ("Performance Practice", [
            C("G11", "The theatre holds around 1,500 people, including about 700 \"groundlings\" standing in the open yard.",
              E(GL_GLOBE, q("The theatre can hold around 1,500 people, roughly 700 of them standing in the yard as groundlings."))),
            C("G12", "Performances use shared light, with no stage lighting to darken the auditorium, so actors and audience can see each other.",
              E(GL_GLOBE, f("With no lighting rig to darken the house, performers and spectators share the same light and can see one another throughout."))),
            C("G13", "An indoor candlelit theatre, the Sam Wanamaker Playhouse, opened next to the Globe in 2014 so that performances can continue through the winter.",
              E(GL_BBC, q("The Sam Wanamaker Playhouse, an indoor Jacobean-style theatre lit by candles, opened beside the Globe in January 2014."))),
        ]),
    ],
    focus=[
        ("Authenticity", [
            ("Benefits", "Traditional materials and evidence-led design give audiences a close approximation of Elizabethan staging."),
            ("Risks", "Modern fire rules, sprinklers and incomplete archaeology mean some details are informed guesses."),
        ]),
        ("Access", [
            ("Benefits", "Cheap standing places in the yard keep the theatre open to a wide audience."),
        ]),
    ],
    conclusions=("The Globe is a careful but not perfect copy: it follows the archaeology and period drawings "
                 "where they exist and uses traditional oak and thatch, while meeting modern safety rules. "
                 "Its shared-light, open-yard performances remain its main draw."),
    references=[
        ("history of the globe - shakespeare's globe", "https://www.shakespearesglobe.com/discover/about-us/"),
        ("the burning of the globe, 1613 - british library", "Unknown"),
        ("obituary: sam wanamaker - the independent", "Unknown"),
        ("the globe excavations, 1989 - museum of london archaeology", "Unknown"),
        ("rebuilding shakespeare's globe - andrew gurr and john orrell", "Unknown"),
        ("candlelit sam wanamaker playhouse opens - bbc news", "Unknown"),
        ("shakespeare's wooden o restored to life - graphic news, june 1997", "Unknown"),
    ],
)

REPORTS = [KONTIKI, OLDFAITHFUL, SVALBARD, FASTNET, OILCRISIS, DEFIB, GLOBE]
PREFIX = {"K": KONTIKI["id"], "O": OLDFAITHFUL["id"], "S": SVALBARD["id"], "F": FASTNET["id"],
          "E": OILCRISIS["id"], "D": DEFIB["id"], "G": GLOBE["id"]}
