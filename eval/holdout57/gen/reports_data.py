"""Reports as data. Each claim: (id, text, [evidence]) where evidence is (ref_key, kind, text[, title_override]).
kind 'q' renders as `Relevant quote: "..."`, 'f' as `Key finding: ...`."""

REPORTS = {}

# ---------------------------------------------------------------- history
REPORTS["vasa-warship-1628"] = dict(
    field="history",
    date="2026-02-03 10:42",
    topic="Why did the Swedish warship Vasa sink on its maiden voyage in 1628, and how was the\nwreck found, raised and preserved?",
    sources=24,
    extra_keys=[],
    summary=[
        "This report examines the short life and long afterlife of Vasa, the royal Swedish warship that capsized in Stockholm harbour minutes into its first voyage. It covers the design decisions behind the ship, the sinking and the inquest that followed, the twentieth-century search and salvage, and the conservation work that keeps the hull intact today.",
        "Sources include the Vasa Museum's own history pages and audio guide, museum and conservation literature, and press coverage of the 1961 raising.",
    ],
    angles=["Construction and design perspective", "Sinking and inquiry perspective", "Discovery and salvage perspective", "Conservation perspective"],
    refs={
        "vrak": ("The Vasa ship - Vrak Museum of Wrecks", "https://www.vrakmuseum.se/en/wrecks-and-remains/shipwrecks/the-vasa-ship"),
        "milwiki": ("Vasa (ship) - Military Wiki", "https://military.wikia.org/wiki/Vasa_(ship)"),
        "inquest": ("Vasa Museum: The inquest", "https://staging.vasamuseet.se/en/explore/vasa-history/inquest"),
        "audio8": ("Vasa Museum audio guide: The inquiry", "https://www.vasamuseet.se/besok/audioguide/audioguide-english/textversion/8.-the-inquiry"),
        "newsci": ("Letter: That sinking feeling - New Scientist", "Unknown"),
        "connell": ("Aztec Treasure House (Evan S. Connell)", "Unknown"),
        "search": ("Vasa Museum: The search for Vasa", "https://staging.vasamuseet.se/en/explore/vasa-history/search-for-vasa"),
        "mentalfloss": ("Vasa: the quest to save the most famous shipwreck - Mental Floss", "https://www.mentalfloss.com/article/568289/vasa-quest-to-save-most-famous-shipwreck"),
        "taipei": ("Sweden celebrates 50 years since raising of Vasa - Taipei Times", "https://www.taipeitimes.com/News/world/archives/2011/04/24/2003501588"),
        "unesco": ("Manual for Activities directed at the Underwater Cultural Heritage - UNESCO", "Unknown"),
        "audio6": ("Vasa Museum audio guide: Preserve the Vasa", "https://www.vasamuseet.se/besok/audioguide/audioguide-english/textversion/6.-preserve-the-vasa"),
        "sulphur": ("The sulphur threat to the 17th century warship Vasa", "Unknown"),
        "hocker": ("The Vasa experience with polyethylene glycol: A conservator's perspective", "https://publications.slu.se/?file=publ/show&id=39868&lang=en"),
    },
    claims=[
        ("Construction and Design Perspective", [
            ("v1", "King Gustav II Adolf commissioned Vasa as part of Sweden's naval build-up during its war with Poland-Lithuania.", [
                ("vrak", "f", "The client was King Gustav II Adolf, and the fleet's main task was to secure supply shipments for the Swedish field army fighting Poland across the Baltic."),
                ("milwiki", "f", "The ship was built on the king's orders as part of the military expansion he began in the war with Poland-Lithuania (1621-1629)."),
            ]),
            ("v2", "The Dutch shipwright Henrik Hybertsson directed the construction but died before the ship was finished, leaving the yard to his widow Margareta Nilsdotter.", [
                ("vrak", "f", "Hybertsson, responsible for the whole shipyard, died before Vasa was completed; management passed to his widow Margareta Nilsdotter."),
            ]),
            ("v3", "Vasa carried 64 bronze guns, 48 of them 24-pounders weighing about 1,200 kilograms each.", [
                ("vrak", "f", "Vasa was fitted with 64 bronze guns, of which 48 were 24-pound guns of roughly 1,200 kg each."),
                ("milwiki", "f", "Armament listed as 64 guns: 48 24-pounders, 8 3-pounders, 2 1-pounders and 6 howitzers."),
            ]),
            ("v4", "The hull was decorated with more than 700 carved wooden sculptures and ornaments.", [
                ("vrak", "f", "The ship had three masts, ten sails and more than 700 carved wooden sculptures and ornaments."),
            ]),
            ("v5", "Vasa was top-heavy, and its ballast of about 120 tonnes of stone was not enough to keep it upright.", [
                ("milwiki", "f", "Vasa was built top-heavy and had insufficient ballast, and was allowed to sail despite an obvious lack of stability in port."),
                ("inquest", "f", "The master, Jöran Matsson, was responsible for stowing the ballast: 120 tons of stone in the bottom of the ship."),
            ]),
        ]),
        ("Sinking and Inquiry Perspective", [
            ("v6", "Vasa capsized on 10 August 1628 after sailing only about 1,300 metres from its mooring in Stockholm.", [
                ("milwiki", "f", "The ship foundered after sailing ca 1,300 metres into her maiden voyage on 10 August 1628."),
                ("taipei", "f", "After a few minutes and barely 1 km out, the ship proved not to have enough ballast to counteract the weight of its 64 guns."),
            ]),
            ("v7", "A sudden gust of wind toppled the ship, which sank to a depth of about 32 metres off Tegelviken.", [
                ("vrak", "f", "Spectators on the quays saw a gust of wind topple the warship, sending it down 32 metres outside Tegelviken."),
            ]),
            ("v8", "Around 30 of the 150 to 250 people on board died in the sinking.", [
                ("vrak", "f", "Between 150 and 250 men and women, including invited family members of the crew, were aboard; about 30 people died."),
            ]),
            ("v9", "Before departure a stability test with about 30 men running across the deck was halted because the ship rolled so badly it risked capsizing.", [
                ("audio8", "f", "Thirty men ran back and forth over the deck to make the ship roll; after three rounds Vice Admiral Klas Fleming stopped them or the ship would have capsized."),
                ("newsci", "f", "A museum booklet describes thirty-five sailors running from the port to the starboard railing until the heel forced the test to be broken off."),
            ]),
            ("v10", "An inquest chaired by the Admiral of the Realm opened on 5 September 1628, but nobody was ever punished for the loss.", [
                ("inquest", "f", "A commission of 17 councillors and naval officers under Karl Karlsson Gyllenhielm met on 5 September at the Tre Kronor palace; nobody was ever punished."),
                ("audio8", "f", "The shipyard men said Vasa was built to dimensions the King had approved, and nothing was ever clarified."),
            ]),
        ]),
        ("Discovery and Salvage Perspective", [
            ("v11", "Most of the valuable bronze cannons were recovered in the 17th century by divers working from a diving bell.", [
                ("milwiki", "f", "Vasa fell into obscurity after most of her valuable bronze cannons were salvaged in the 17th century."),
                ("connell", "f", "Syndicate divers using a lead diving bell brought up about fifty cannons, most of which were sold abroad."),
            ]),
            ("v12", "Anders Franzén located the wreck on 25 August 1956 when his coring device brought up a piece of black oak.", [
                ("search", "f", "On 25 August 1956 a small piece of black oak stuck in a coring device dropped into Stockholm's harbour by Franzén, a fuel engineer and amateur archaeologist."),
                ("mentalfloss", "f", "Franzén spent five years of spare time dragging the harbour; diver Per Edvin Fälting then felt two rows of gun ports on the wreck."),
            ]),
            ("v13", "The hull was lifted to the surface largely intact on 24 April 1961 after 333 years on the seabed.", [
                ("taipei", "f", "Crowds in Stockholm harbour and about 100 million people following on television and radio watched the raising on April 24, 1961."),
                ("sulphur", "f", "After 333 years at the bottom of Stockholm harbour, the ship was salvaged in 1961."),
            ]),
        ]),
        ("Conservation Perspective", [
            ("v14", "Conservators sprayed the timbers with polyethylene glycol (PEG) for 17 years, from April 1962 to January 1979, and then let them dry slowly.", [
                ("unesco", "f", "PEG spraying ran from April 1962 to January 1979, rising from a 5% to a 40% solution, followed by nine years of slow air-drying."),
                ("audio6", "f", "The ship was sprayed for 17 years with polyethylene glycol and then dried for a further 9 years."),
                ("hocker", "f", "Vasa is the largest wooden shipwreck ever conserved with PEG, now a standard treatment for waterlogged wood."),
            ]),
            ("v15", "Rusting iron bolts and acid-forming sulphur compounds in the wood still threaten the ship, so its movements are tracked at more than 400 measurement points.", [
                ("audio6", "f", "Over 400 measurement points show the hull sinking about a millimetre a year; corroded original iron bolts are being replaced with stainless steel and carbon fibre."),
                ("sulphur", "f", "In the wet summer of 2000 a yellow-white precipitate appeared on the wood, launching an international research programme."),
            ]),
            ("v16", "The purpose-built Vasa Museum opened in 1990 and is among the most visited museums in Scandinavia.", [
                ("sulphur", "f", "The new Vasa museum opened in 1990 and is the most visited museum in Scandinavia, with about 750,000 visitors each year."),
                ("taipei", "f", "The museum's head described Vasa as by far Sweden's most visited museum."),
            ]),
        ]),
    ],
    focus=[
        ("Design Under Royal Pressure", [("Risks", "Late changes to armament and an impatient royal client left the ship unstable."), ("Lessons", "Stability testing matters only if its results are acted on.")]),
        ("Preservation of Waterlogged Wood", [("Risks", "Iron corrosion, sulphur acids and slow deformation of the hull."), ("Benefits", "PEG treatment kept the hull intact and became a model for later wrecks.")]),
    ],
    conclusions=[
        "Vasa sank because it was built top-heavy and sailed despite a failed stability demonstration. The same cold, dark harbour water that swallowed it preserved it for more than three centuries, and the salvage and conservation work since 1956 turned a naval fiasco into one of Sweden's best-known historical sites.",
    ],
)

# ---------------------------------------------------------------- nature
REPORTS["kakapo-recovery"] = dict(
    field="nature",
    date="2026-02-05 09:17",
    topic="How has New Zealand's flightless kākāpō parrot been brought back from the edge of extinction?",
    sources=18,
    extra_keys=[("Model", "deep-research-2"), ("Region", "New Zealand")],
    summary=[
        "The kākāpō is one of the most intensively managed bird species on Earth. This report summarises its unusual biology, the causes of its near extinction, and the work of the recovery programme, with particular attention to the record 2019 breeding season.",
    ],
    angles=["Biology and behaviour", "Decline", "Recovery programme", "The 2019 breeding season"],
    refs={
        "wiki": ("Kakapo - Wikipedia", "https://wiki-gateway.eudic.net/wikipedia_en/Strigopidae.html"),
        "owiki": ("Kakapo - owiki", "http://chaos.owiki.org/wiki/Kakapo"),
        "tvnz": ("Critically endangered kākāpō population reaches 200, highest number in 70 years - TVNZ", "https://www.tvnz.co.nz/one-news/new-zealand/critically-endangered-k-p-population-reaches-200-highest-number-in-70-years"),
        "tn100": ("Kakapo population passes 100 - TerraNature", "http://terranature.org/kakapoPopulation100.htm"),
        "tn2014": ("Kakapo chicks on Little Barrier 2014 - TerraNature", "https://terranature.org/kakapoChicksLittleBarrier2014.htm"),
        "nznews": ("Counting kākāpō: Breeding boom for New Zealand's quirky parrot", "https://media.newzealand.com/en/story-ideas/counting-kakapo-breeding-boom-for-new-zealands-qu/"),
        "newsletter": ("Kākāpō Recovery newsletter, August 2019", "Unknown"),
        "zoochat": ("Kakapo season 2019 - ZooChat", "https://www.zoochat.dev/threads/kakapo-season-2019.472033/"),
        "podcast": ("Voice of the Kākāpō, episode 8", "Unknown"),
    },
    claims=[
        ("Biology and Behaviour", [
            ("k1", "The kākāpō is the world's only flightless parrot and also the heaviest of all parrots.", [
                ("wiki", "f", "Its combination of traits is unique: it is the world's only flightless parrot, the heaviest parrot, nocturnal and herbivorous."),
                ("nznews", "q", "the world's largest, fattest, least able-to-fly parrot"),
            ]),
            ("k2", "Kākāpō are nocturnal plant-eaters and the only parrots known to breed in a lek, where males gather and display to attract females.", [
                ("wiki", "f", "The kākāpō has no male parental care and is the only parrot to have a polygynous lek breeding system."),
                ("owiki", "f", "It is a large, flightless, nocturnal, ground-dwelling parrot endemic to New Zealand."),
            ]),
            ("k3", "The birds breed only every few years, in seasons when the native rimu trees produce a heavy crop of fruit.", [
                ("tvnz", "f", "The critically endangered birds only breed once every three to four years."),
                ("tn2014", "f", "In 2011 rimu masting failed to ripen fruit, and without supplementary food all eleven chicks would have died."),
            ]),
        ]),
        ("Decline", [
            ("k4", "Predators brought in by settlers, such as cats, rats, ferrets and stoats, almost wiped out the species.", [
                ("owiki", "f", "The introduction of predators such as cats, rats, ferrets, and stoats during British colonisation almost wiped out the kākāpō."),
            ]),
            ("k5", "Efforts to protect the bird began in the 1890s but achieved little until the modern recovery programme.", [
                ("owiki", "f", "Conservation efforts began in the 1890s, but they were not very successful until the Kakapo Recovery Programme was implemented."),
            ]),
            ("k6", "Six males found in Fiordland in the 1960s all died after being moved to the Mount Bruce wildlife centre.", [
                ("tn100", "f", "During the 1960s six male kākāpō were found in the Tutuko Valley and Sinbad Gully; all died after transfer to the Mount Bruce National Wildlife Centre."),
            ]),
        ]),
        ("Recovery Programme", [
            ("k7", "The Kākāpō Recovery Programme was launched in 1995 and is run by New Zealand's Department of Conservation.", [
                ("owiki", "f", "Efforts were not very successful until the implementation of the Kakapo Recovery Programme in 1995."),
                ("nznews", "f", "Andrew Digby is science advisor of the Department of Conservation's Kākāpō Recovery Programme."),
            ]),
            ("k8", "Most of the birds live on predator-free offshore islands, chiefly Whenua Hou (Codfish Island) and Anchor Island.", [
                ("owiki", "f", "Most kākāpō are kept on two predator-free islands, Codfish / Whenua Hou and Anchor, where they are closely monitored."),
            ]),
            ("k9", "Only 62 kākāpō were alive in 2001, and 24 chicks raised in 2002 lifted the total to 86.", [
                ("tn2014", "f", "In 2001 there were 62 birds; 24 new chicks in 2002 brought the total to 86."),
            ]),
            ("k10", "A record 34 chicks hatched in 2009, pushing the population above 100 for the first time in the programme.", [
                ("tn2014", "f", "A record 34 chicks hatched in the 2009 breeding season, bringing the population to 125 and passing the 100 mark."),
            ]),
            ("k11", "Every surviving kākāpō has a name and carries a transmitter so that rangers can follow it.", [
                ("owiki", "f", "All of the living individuals are named and tagged and confined to small predator-free islands."),
                ("nznews", "f", "The team uses smart transmitters and data loggers to follow the birds."),
            ]),
        ]),
        ("The 2019 Breeding Season", [
            ("k12", "The 2019 season began with 147 adult birds and became the biggest breeding event since the recovery programme started.", [
                ("newsletter", "f", "The 2019 breeding season was the most significant breeding event since the Kākāpō Recovery Programme began."),
                ("zoochat", "f", "The season started with 147 adult birds."),
            ]),
            ("k13", "Rangers used double clutching, artificial insemination and a drone that carried sperm between sites to raise chick numbers.", [
                ("newsletter", "f", "Removing first clutches for artificial incubation let females lay a second clutch, and artificial insemination fathered chicks for the first time in 10 years."),
                ("tvnz", "f", "A drone was used to transport semen for artificial insemination on Codfish Island."),
            ]),
            ("k14", "A fungal disease, aspergillosis, infected 21 birds during 2019 and killed nine of them.", [
                ("zoochat", "f", "48 birds were taken to mainland veterinary clinics; 21 were infected and nine died, two adults and seven chicks."),
            ]),
            ("k15", "By September 2019 the population had reached 211 birds, up from 148 in December 2018.", [
                ("podcast", "f", "Since September 2019 the population has remained steady at 211 birds, up from 148 alive in December 2018."),
            ]),
        ]),
    ],
    focus=None,
    conclusions=[
        "The kākāpō's recovery rests on predator-free islands, intensive monitoring of every individual and a growing toolkit of reproductive technology. Numbers have more than tripled since 2001, but the species still depends on rimu fruiting years, remains genetically narrow and can be set back sharply by disease.",
    ],
)

# ---------------------------------------------------------------- engineering
REPORTS["thames-barrier"] = dict(
    field="engineering",
    date="2026-02-06 14:03",
    topic="How does the Thames Barrier protect London from tidal flooding, and how\n    long can it keep doing s",
    sources=None,
    extra_keys=[],
    summary=[
        "The Thames Barrier is London's main defence against storm surges driven up the estuary from the North Sea. This report traces why it was built, how it is designed, how it is operated and what is planned for its replacement.",
    ],
    angles=None,
    refs={
        "c4": ("Ten pictures that show what flooding looked like in 1953 - Channel 4 News", "https://www.channel4.com/news/uk-weather-storms-1953-floods-norfolk-suffolk-essex"),
        "iet": ("How protected is London from flooding? - IET", "https://engx.theiet.org/b/articles/posts/how-protected-is-london-from-flooding"),
        "owiki": ("Thames Barrier - owiki", "http://w.owiki.org/wiki/Thames_Barrier"),
        "metoffice": ("Floods and flooding - Met Office", "https://www.metoffice.gov.uk/weather/learn-about/weather/case-studies/floods"),
        "londonist": ("Secrets of the Thames Barrier - Londonist", "https://londonist.com/2015/01/secrets-of-the-thames-barrier"),
        "saville": ("The Thames Barrier - J R Saville", "http://jrsaville.co.uk/thames_barrier.htm"),
        "forty": ("London plans future flood protection as Thames Barrier turns 40", "https://theindiancommunity.org/news/london-plans-future-flood-protection-as-thames-barrier-turns-40.31493"),
        "frontiers": ("A comparison of the 1953 and 2013 coastal flood events around the UK - Frontiers in Marine Science", "https://doi.org/10.3389/fmars.2015.00084"),
    },
    claims=[
        ("Origins Perspective", [
            ("t1", "The North Sea flood of 31 January to 1 February 1953 killed 307 people in England and more than 1,800 in the Netherlands.", [
                ("c4", "f", "In England 307 people were killed in Lincolnshire, Norfolk, Suffolk and Essex; 1,800 died in the Netherlands."),
                ("iet", "f", "58 people died on Canvey Island alone, and 1,836 lost their lives in the Netherlands."),
                ("frontiers", "f", "The 1953 surge led to major defence upgrades such as the Thames Barrier."),
            ]),
            ("t2", "In 1954 the Waverley Committee urged that a closable structure across the Thames be investigated as an alternative to raising the banks.", [
                ("owiki", "q", "as an alternative to raising the banks, the possibility and cost of erecting a structure across the Thames which could be closed in a surge should be urgently investigated"),
            ]),
            ("t3", "A Thames flood in January 1928 overtopped embankments in central London and drowned 14 people.", [
                ("metoffice", "f", "In January 1928 a northerly gale raised water levels in the estuary; water overtopped embankments and 14 people drowned."),
                ("londonist", "f", "The Thames flood of 1928 killed 14 and made thousands homeless."),
            ]),
            ("t4", "In 1966 Sir Hermann Bondi weighed construction costs against flood risk and strongly recommended a barrier, and a site at Woolwich was agreed.", [
                ("owiki", "f", "Bondi was asked for an independent view, considered costs and the probability of damage, and strongly recommended a barrier; a site was agreed at Woolwich."),
            ]),
        ]),
        ("Design and Construction Perspective", [
            ("t5", "The barrier spans the river with 10 steel gates, and each of the four large central gates is 61 metres long and weighs about 1,500 tonnes.", [
                ("saville", "f", "There are 10 steel gates; the four large central gates are 61 metres long, 10.5 metres high and weigh 1,500 tonnes."),
            ]),
            ("t6", "The main gates are rotating radial gates that rest in sills on the riverbed and swing upright to shut the river.", [
                ("saville", "f", "The radial, half-cylindrical gates rotate, raised hydraulically out of a horizontal sill below the water to form the barrier."),
            ]),
            ("t7", "Construction took about eight years and cost £535 million, roughly £2.4 billion in today's money.", [
                ("forty", "f", "The structure took eight years to build at a cost of £535 million, about £2.4 billion today."),
            ]),
            ("t8", "The barrier became operational in 1982 and was officially opened by Queen Elizabeth II on 8 May 1984.", [
                ("owiki", "f", "It has been operational since 1982."),
                ("forty", "f", "Officially opened by Queen Elizabeth II on May 8, 1984, and operated by the Environment Agency."),
            ]),
        ]),
        ("Operations Perspective", [
            ("t9", "Operators raise the gates around high tide when a surge is forecast and open them again at low tide so the river can drain to the sea.", [
                ("owiki", "f", "When needed it is closed during high tide; at low tide it can be opened to restore the river's flow towards the sea."),
            ]),
            ("t10", "By its 40th anniversary in 2024 the barrier had been closed 221 times to keep floodwater out of London.", [
                ("forty", "f", "Since its construction it has been closed 221 times to prevent flooding of the capital."),
            ]),
            ("t11", "It shields about 1.4 million people and £321 billion of residential property.", [
                ("forty", "f", "Closures protect 1.4 million people, £321 billion of residential property, hundreds of schools and hospitals, and four World Heritage Sites."),
            ]),
            ("t12", "Each gate has its own motor with spares, and three backup generators could keep the barrier working for up to a month if the national grid failed.", [
                ("londonist", "f", "Each flood gate has a dedicated motor and five spares; three backup generators could operate for up to a month."),
            ]),
            ("t13", "When a 3,000-tonne dredger hit the barrier in 1997 the ship sank, while the barrier lost only a ladder.", [
                ("londonist", "f", "When a 3,000-tonne dredger hit the Barrier in 1997, the ship sank. The Barrier lost a ladder."),
            ]),
        ]),
        ("Future Perspective", [
            ("t14", "Designed to protect London until 2030, the barrier is now expected to stay in service until 2070.", [
                ("forty", "f", "It was designed to protect London until 2030, but the 'sleeping giant' is now expected to operate until 2070."),
            ]),
            ("t15", "A decision on whether to upgrade the barrier or build a replacement is due by 2040.", [
                ("forty", "f", "A decision will need to be made by 2040 about what to do with the barrier by 2070, including upgrading it or building a new barrier."),
            ]),
        ]),
    ],
    focus=[
        ("Rising Sea Levels", [("Risks", "More frequent closures as sea levels rise and storms intensify."), ("Responses", "Raising river walls and choosing a long-term option by 2040.")]),
        ("Resilience of the Structure", [("Strengths", "Duplicated systems, spare motors and backup power.")]),
    ],
    conclusions=[
        "Built in response to the 1953 disaster, the Thames Barrier has performed well beyond its original design life. Its future depends on how quickly sea levels rise and on a replacement decision that must be taken within the next two decades.",
    ],
)

# ---------------------------------------------------------------- medicine
REPORTS["first-ivf-baby-1978"] = dict(
    field="medicine",
    date="2026-02-09 16:30",
    topic="How did the birth of Louise Brown in 1978 turn in vitro fertilisation into a\n    working medical treatment?",
    sources=21,
    extra_keys=[],
    summary=[
        "Louise Brown, born in Oldham in July 1978, was the first person conceived by in vitro fertilisation. This report reviews the clinical details of her birth, the research that made it possible, the public and religious reaction, and the legacy of the technique.",
    ],
    angles=["Clinical perspective", "Scientific perspective", "Ethical and public reaction perspective", "Legacy perspective"],
    refs={
        "bbc": ("World's first IVF baby Louise Brown celebrates 40th birthday - BBC News", "https://www.bbc.co.uk/news/av/uk-england-bristol-44946192/world-s-first-ivf-baby-louise-brown-marks-40th-birthday"),
        "hsj": ("Born on the 25th of July - HSJ", "https://www.hsj.co.uk/comment/born-on-the-25th-of-july/5004385.article"),
        "post": ("Laid-back Louise was world's first test tube baby - The Sunday Post", "http://www.pressreader.com/uk/the-sunday-post-inverness/20180722/282918091246358"),
        "lawblog": ("UK Medical Decision Law Blog", "https://ukmedicaldecisionlawblog.co.uk/page/8"),
        "nss": ("Professor Robert Edwards awarded Nobel Prize - News Starts Here", "http://www.newsstartshere.co.uk/article/professor-robert-edwards-awarded-nobel-prize_567.htm"),
        "telegraph": ("Professor Sir Robert Edwards - obituary - The Telegraph", "http://telegraph.co.uk/news/obituaries/medicine-obituaries/9984988/Professor-Sir-Robert-Edwards.html"),
        "ourchemist": ("British IVF pioneer Robert Edwards wins Nobel prize for medicine", "http://ourchemist.com/2010/10/british-ivf-pioneer-robert-edwards-wins-nobel-prize-for-medicine"),
        "bmj": ("Robert Edwards: Pioneer of in vitro fertilisation - BMJ obituary", "https://docslib.org/doc/6692717/robert-edwards-pioneer-of-in-vitro-fertilisation"),
        "examiner": ("IVF creator wins Nobel Prize for medicine - Irish Examiner", "https://www.irishexaminer.com/world/arid-20132594.html"),
        "blog": ("Test tube baby pioneer Professor Sir Robert Edwards dies", "Unknown"),
    },
    claims=[
        ("Clinical Perspective", [
            ("i1", "Louise Joy Brown, the first baby conceived through IVF, was born at Oldham General Hospital shortly before midnight on 25 July 1978.", [
                ("hsj", "f", "The world's first test tube baby was born shortly before midnight in Oldham and District General Hospital on 25 July 1978."),
                ("bbc", "f", "Louise Brown's birth at Oldham General Hospital on 25 July 1978 made her the world's first successful IVF baby."),
            ]),
            ("i2", "She was delivered by caesarean section at 5 lb 12 oz (2.61 kg) because her mother had developed toxaemia.", [
                ("hsj", "f", "Weighing 5lb 12oz (2.61 kg), the baby was delivered by caesarean section because Lesley Brown was suffering from toxaemia."),
            ]),
            ("i3", "Lesley Brown had blocked fallopian tubes, and she and her husband John had tried for a baby for about nine years.", [
                ("post", "f", "Mrs Brown, 29 at the time, had blocked fallopian tubes and had undergone IVF treatment."),
                ("lawblog", "f", "The couple had battled for nearly a decade to conceive before investigations showed the tubes were blocked."),
            ]),
            ("i4", "The embryo was placed in Lesley Brown's womb in November 1977 after her egg was fertilised in the laboratory.", [
                ("post", "f", "The previous November her egg, fertilised in a laboratory with her husband's sperm, had been implanted in her womb."),
                ("lawblog", "f", "In 1977 Steptoe and Edwards fertilised Lesley Brown's eggs in a petri dish and implanted a two-and-a-half-day-old embryo."),
            ]),
        ]),
        ("Scientific Perspective", [
            ("i5", "Gynaecologist Patrick Steptoe and Cambridge physiologist Robert Edwards began working together after a chance meeting in 1968.", [
                ("nss", "f", "A chance meeting in 1968 between Steptoe and Edwards, a research fellow in Cambridge's physiology department, led to the collaboration."),
            ]),
            ("i6", "Steptoe's skill in laparoscopy, or keyhole surgery, gave the team access to ripe eggs that Edwards could fertilise in a dish.", [
                ("telegraph", "f", "Steptoe routinely encountered ripe eggs in his pioneering laparoscopy work, which suggested the answer to the problem of immature eggs."),
            ]),
            ("i7", "In 1969 Edwards and his colleagues first fertilised human eggs outside the body.", [
                ("ourchemist", "f", "It took almost two decades of basic research before Edwards and colleagues, in 1969, fertilised human eggs outside the body."),
                ("telegraph", "f", "Edwards recalled seeing a human blastocyst under the microscope in 1969: 'We've done it.'"),
            ]),
            ("i8", "Jean Purdy, an embryologist and nurse, was the third member of the team alongside Steptoe and Edwards.", [
                ("bbc", "f", "The birth marked the end of research by the scientists Robert Edwards, Patrick Steptoe and Jean Purdy."),
                ("bmj", "f", "Edwards, his clinical colleague Steptoe and laboratory assistant Jean Purdy achieved the first birth after IVF in 1978."),
            ]),
            ("i9", "The success came after about ten years of research and hundreds of failed attempts.", [
                ("bbc", "f", "The birth marked the end of 10 years of research and hundreds of failed attempts."),
            ]),
            ("i10", "Steptoe and Edwards reported the birth in a letter to The Lancet in 1978.", [
                ("hsj", "f", "Steptoe and Edwards reported the clinical details in a letter to The Lancet 1978, ii, p. 366."),
            ]),
        ]),
        ("Ethical and Public Reaction Perspective", [
            ("i11", "The research met fierce hostility: a spokesman for Cardinal Heenan called it murder, and James Watson warned Edwards about infanticide.", [
                ("telegraph", "f", "Peers scarred by thalidomide were hostile; James Watson warned Edwards he was dabbling with infanticide and a spokesman for Cardinal Heenan described the work as murder."),
            ]),
            ("i12", "Cardinal Gordon Gray, Archbishop of St Andrews and Edinburgh, said he had grave misgivings about where the technique might lead.", [
                ("post", "q", "I have grave misgivings about the possible implications and consequences for the future."),
            ]),
        ]),
        ("Legacy Perspective", [
            ("i13", "Steptoe and Edwards founded the world's first IVF clinic at Bourn Hall near Cambridge in 1980.", [
                ("nss", "f", "Steptoe and Edwards founded the world's first IVF clinic at Bourn Hall Cambridge in 1980.", "Professor Robert Edwards Awarded Nobel Prize - news starts here"),
                ("blog", "f", "Sir Robert co-founded the world's first IVF clinic, Bourn Hall, with Patrick Steptoe in 1980."),
            ]),
            ("i14", "Robert Edwards received the 2010 Nobel Prize in Physiology or Medicine; Steptoe had died in 1988 and could not share it.", [
                ("examiner", "f", "Edwards won the 2010 Nobel Prize in medicine for developing IVF together with Patrick Steptoe, who died in 1988."),
            ]),
            ("i15", "By Louise Brown's 40th birthday in 2018, more than six million babies had been born through IVF worldwide.", [
                ("bbc", "f", "Since 1978 more than six million IVF babies have been born around the world."),
            ]),
        ]),
    ],
    focus=[
        ("From Experiment to Routine Treatment", [("Benefits", "Infertile couples gained a treatment where previously little could be offered."), ("Risks", "Early public fears about safety and the moral status of embryos.")]),
        ("Recognition of the Pioneers", [("Observations", "Recognition came decades later and only to the surviving pioneer.")]),
    ],
    conclusions=[
        "Louise Brown's birth was the outcome of a decade of collaboration between a surgeon, a physiologist and a laboratory scientist working against strong opposition. The technique they proved has since become a routine part of reproductive medicine.",
    ],
)

# ---------------------------------------------------------------- sport
REPORTS["leicester-city-2016-title"] = dict(
    field="sport",
    date="2026-02-11 11:55",
    topic="How did Leicester City win the 2015-16 Premier League as 5,000-1 outsiders?",
    sources=15,
    extra_keys=[("Language", "en-GB")],
    summary=[
        "Leicester City's 2015-16 Premier League title is widely described as one of the biggest shocks in sporting history. This report looks at the pre-season expectations, the players who drove the campaign, the shape of the season, and the consequences for the betting industry.",
    ],
    angles=["Odds and expectations perspective", "Players perspective", "Season perspective", "Betting and finance perspective"],
    refs={
        "hos": ("Leicester City wins Premier League 2015/16 - History of Sport", "https://historyofsport.org/football/leicester-city-wins-premier-league-2015-16/"),
        "goalprofits": ("Against all odds: remembering Leicester City's unbelievable 2015/16 campaign - Goal Profits", "Unknown"),
        "obo": ("Leicester defy 5000-1 odds to win the Premier League - Online Bookies Offers", "https://www.onlinebookiesoffers.co.uk/blog/leicester-defy-5000-1-odds-to-win-the-premier-league/"),
        "888": ("888sport blog: Leicester's great escape", "Unknown"),
        "sportslumo": ("May 2, 2016 - Leicester City defy 5000-1 odds - Sportslumo", "https://sportslumo.com/football/may-2-2016-leicester-city-defy-5000-1-odds-to-become-premier-league-champions/"),
        "toffee": ("Leicester City stuns world by winning Premier League at 5000-1 odds", "Unknown"),
        "espn": ("Premier League champions Leicester enjoy fairy-tale season with Ranieri - ESPN", "https://www.espn.in/football/story/_/id/37447504/premier-league-champions-leicester-enjoy-fairy-tale-season"),
        "season": ("2015-16 Leicester City F.C. season", "https://profilpelajar.com/article/2015%E2%80%9316_Leicester_City_F.C._season"),
        "facts": ("Leicester City won EPL this way - Facts on Football", "Unknown"),
    },
    claims=[
        ("Odds and Expectations Perspective", [
            ("l1", "Bookmakers priced Leicester at 5,000-1 to win the Premier League before the 2015-16 season began.", [
                ("hos", "f", "Bookmakers offered 5,000/1 against the team winning the top tier for the first time, and the same odds were still available on October 6."),
                ("obo", "f", "For the next season, the bookies had Leicester at odds of 5,000/1 to win the Premier League."),
            ]),
            ("l2", "At those odds Leicester were rated less likely to win than Elvis Presley being found alive (2,000-1) or the Loch Ness monster being discovered (500-1).", [
                ("goalprofits", "f", "Bookmakers rated Piers Morgan becoming Arsenal manager (2500/1), Elvis Presley coming back from the dead (2000/1) and the Loch Ness monster being found alive (500/1) as more likely."),
            ]),
            ("l3", "The club had spent much of 2014-15 bottom of the table and survived by winning seven of its last nine matches to finish 14th.", [
                ("obo", "f", "They were in the relegation zone for 20 weeks, but 7 wins from the last 9 games saw them finish 14th."),
                ("888", "f", "Leicester won seven of their final nine top flight matches in 2014/15."),
            ]),
            ("l4", "Claudio Ranieri replaced Nigel Pearson as manager in the summer of 2015.", [
                ("hos", "f", "By the start of the 2015/16 season Claudio 'The Tinkerman' Ranieri had replaced Nigel Pearson as manager."),
                ("sportslumo", "f", "Pearson was sacked ahead of the season; Ranieri's reputation had suffered after a disastrous spell with Greece."),
            ]),
        ]),
        ("Players Perspective", [
            ("l5", "Jamie Vardy set a Premier League record by scoring in 11 consecutive league matches between 29 August and 28 November 2015.", [
                ("toffee", "f", "Vardy netted in 11 straight games from August 29 to November 28, 2015."),
                ("hos", "f", "Vardy broke the Premier League record by scoring for the eleventh consecutive game in a 1-1 draw with Manchester United."),
            ]),
            ("l6", "Vardy finished with 24 league goals and was named the Football Writers' Association Footballer of the Year.", [
                ("espn", "f", "Ranieri fielded Vardy through the centre, which led to 24 goals."),
                ("hos", "f", "Vardy was named Football Writers' Association Footballer of the Year."),
            ]),
            ("l7", "Riyad Mahrez became the first African and first Algerian winner of the PFA Players' Player of the Year award.", [
                ("season", "f", "Mahrez became both the first African and Algerian player to receive the PFA Players' Player of the Year."),
            ]),
            ("l8", "Midfielder N'Golo Kanté and captain Wes Morgan joined Vardy and Mahrez in the PFA Team of the Year.", [
                ("hos", "f", "Kante and Wes Morgan were both named, alongside Vardy and Mahrez, in the PFA Team of the Year."),
            ]),
        ]),
        ("Season Perspective", [
            ("l9", "Leicester went top of the table on 16 January 2016 and stayed there for the rest of the season.", [
                ("sportslumo", "f", "They returned to the top on January 16 after a 1-1 draw with Aston Villa and never relinquished the top spot."),
            ]),
            ("l10", "The title was confirmed on 2 May 2016 when Tottenham drew 2-2 with Chelsea at Stamford Bridge.", [
                ("goalprofits", "f", "The 2-2 draw between Chelsea and Tottenham confirmed Leicester as champions with two games left to play."),
                ("toffee", "f", "On May 2, 2016, a 2-2 draw at Stamford Bridge handed the title to Leicester."),
            ]),
            ("l11", "Leicester finished on 81 points, ten points clear of runners-up Arsenal, and lost only three league games.", [
                ("facts", "f", "Leicester won the league with 81 points; Arsenal came second with 71; Leicester lost only three matches."),
            ]),
            ("l12", "It was the first top-flight championship in the club's 132-year history.", [
                ("hos", "f", "Leicester won the top tier of English football for the first time in their 132-year history."),
            ]),
            ("l13", "Winning the title earned Leicester a place in the UEFA Champions League for the first time.", [
                ("season", "f", "The feat meant Leicester would play in the UEFA Champions League the following season, a first in the club's history."),
            ]),
        ]),
        ("Betting and Finance Perspective", [
            ("l14", "Sky Bet paid out £4.6 million, its biggest ever payout, and William Hill said it would never again offer odds above 1000-1 on a title winner.", [
                ("goalprofits", "f", "Sky Bet took the biggest hit in its history with a £4.6 million payout, while William Hill announced it would never again offer more than 1000/1 on title winners."),
            ]),
            ("l15", "The win was estimated to have cost bookmakers around £50 million in total.", [
                ("obo", "f", "The upset cost the bookies an estimated £50 million."),
            ]),
            ("l16", "Leicester's title-winning squad was assembled for a fraction of the transfer spending of rivals such as Manchester City.", []),
        ]),
    ],
    focus=[
        ("Underdog Economics", [("Observations", "A modest squad outperformed far richer clubs."), ("Risks", "Bookmakers' exposure to long-odds bets.")]),
    ],
    conclusions=None,
)

# ---------------------------------------------------------------- business
REPORTS["enron-collapse-2001"] = dict(
    field="business",
    date="2026-02-12 08:21",
    topic="What caused the collapse of Enron in 2001, and what happened to the people and firms involved?",
    sources=30,
    extra_keys=[("Status", "final"), ("Reviewer", "finance-desk")],
    summary=[
        "Enron went from one of America's most admired companies to bankruptcy within a year. This report covers the accounting practices that hid its problems, the warnings and disclosures of 2001, the prosecutions that followed and the cost to employees.",
    ],
    angles=["Accounting practices", "Whistleblowing and collapse", "Legal aftermath", "Human cost"],
    refs={
        "wiki": ("Enron scandal - Wikipedia", "Unknown"),
        "brit": ("Enron: downfall and bankruptcy - Britannica", "Unknown"),
        "hsw": ("How Cooking the Books Works - HowStuffWorks", "Unknown"),
        "cfo": ("Watkins: Lay Lied - CFO", "Unknown"),
        "ww": ("Sherron Watkins: The Smartest Woman in the Room - Women Whistleblowers", "Unknown"),
        "aavus": ("Arthur Andersen LLP v. United States - Wikipedia", "Unknown"),
        "lvsun": ("Supreme Court overturns Arthur Andersen conviction - Las Vegas Sun", "Unknown"),
        "wlf": ("Arthur Andersen v. United States - Washington Legal Foundation", "Unknown"),
        "hpm": ("Skilling sentence - Houston Public Media", "Unknown"),
        "kuff": ("Enron, 20 years later - Off the Kuff", "Unknown"),
    },
    claims=[
        ("Accounting Practices", [
            ("e1", "Enron was created in 1985 when Kenneth Lay merged Houston Natural Gas with InterNorth.", [
                ("wiki", "f", "Enron was formed in 1985 by Kenneth Lay after merging Houston Natural Gas and InterNorth."),
            ]),
            ("e2", "Executives used special purpose entities to keep billions of dollars of debt from failed deals off the company's balance sheet.", [
                ("wiki", "f", "Through accounting loopholes, special purpose entities and poor financial reporting, executives hid billions of dollars in debt from failed deals and projects."),
                ("hsw", "f", "The Raptor vehicles, controlled by CFO Andrew Fastow, were backed with Enron stock, so losses would surface once the share price fell."),
            ]),
            ("e3", "Mark-to-market accounting allowed Enron to book expected future gains from trading contracts as current income.", [
                ("brit", "f", "Mark-to-market accounting let the company write unrealized future gains from some trading contracts into current income statements, giving the illusion of higher profits."),
            ]),
            ("e4", "The share price peaked at $90.75 in mid-2000 and had fallen below $1 by the end of November 2001.", [
                ("wiki", "f", "The stock price, which reached US$90.75 in mid-2000, plummeted to less than $1 by the end of November 2001."),
                ("hsw", "f", "During 2001 Enron's stock fell from $86 to 30 cents."),
            ]),
        ]),
        ("Whistleblowing and Collapse", [
            ("e5", "Vice president Sherron Watkins warned Kenneth Lay in August 2001 that the company could collapse in accounting scandals.", [
                ("ww", "q", "I am incredibly nervous we will implode in a wave of accounting scandals."),
                ("cfo", "f", "Watkins wrote the memo to Lay on Aug. 15, 2001 and delivered it anonymously at an all-employee meeting the next day."),
            ]),
            ("e6", "Jeffrey Skilling quit as chief executive in August 2001 after only about six months in the post.", [
                ("cfo", "f", "Watkins testified she was alarmed when Skilling chose to leave after serving as CEO for only six months."),
            ]),
            ("e7", "On 16 October 2001 Enron announced a third-quarter loss of $618 million, and the SEC opened an investigation days later.", [
                ("hsw", "f", "On October 16 Enron announced a third quarter loss of $618 million; on October 22 the SEC began an investigation."),
            ]),
            ("e8", "A rescue takeover by Houston rival Dynegy fell through, and Enron filed for Chapter 11 bankruptcy on 2 December 2001.", [
                ("wiki", "f", "Dynegy offered to buy the company at a very low price; the deal failed and Enron filed under Chapter 11 on December 2, 2001."),
            ]),
            ("e9", "With $63.4 billion in assets, Enron was the largest corporate bankruptcy in US history until WorldCom failed the following year.", [
                ("wiki", "f", "Enron's $63.4 billion in assets made it the largest corporate bankruptcy in U.S. history until WorldCom the next year."),
            ]),
        ]),
        ("Legal Aftermath", [
            ("e10", "Arthur Andersen was convicted in June 2002 of obstructing justice by destroying Enron audit documents, and the firm collapsed.", [
                ("aavus", "f", "Charges were filed in the Southern District of Texas and a guilty verdict followed on June 15, 2002."),
                ("lvsun", "f", "Andersen was accused of illegally urging employees to shred documents connected to its Enron audits."),
            ]),
            ("e11", "The US Supreme Court unanimously overturned Andersen's conviction on 31 May 2005, too late for a firm that had shrunk from 85,000 staff to about 200.", [
                ("lvsun", "f", "The decision came too late to revive a firm that once had 85,000 employees worldwide and now had only 200."),
                ("wlf", "f", "On May 31, 2005 the Court unanimously held that the jury instructions failed to require proof of criminal intent."),
            ]),
            ("e12", "Former finance chief Andrew Fastow pleaded guilty to two conspiracy counts in 2004 and received a six-year sentence after cooperating with prosecutors.", [
                ("hsw", "f", "Fastow accepted a plea agreement in January 2004, pleading guilty to two counts of conspiracy."),
                ("hpm", "f", "Fastow was given a six-year term after cooperating with prosecutors and helping secure Skilling's conviction."),
            ]),
            ("e13", "Skilling was sentenced in October 2006 to 24 years and four months in prison, the longest term of any Enron defendant.", [
                ("hpm", "f", "Judge Sim Lake sentenced Skilling to 24 years and four months; it was the longest sentence received by any Enron defendant."),
            ]),
            ("e14", "Kenneth Lay was convicted in May 2006 but died of heart disease that July before he could be sentenced.", [
                ("ww", "f", "Lay and Skilling were found guilty in 2006; Lay died of heart disease two months later while awaiting sentence."),
                ("hpm", "f", "Enron founder Ken Lay died of heart disease in July."),
            ]),
        ]),
        ("Human Cost", [
            ("e15", "About 20,000 employees lost their jobs, along with roughly $1.2 billion in retirement savings held in company stock.", [
                ("kuff", "f", "Enron's 20,000 employees lost their jobs and $1.2 billion in retirement funds tied up in company stock."),
                ("ww", "f", "The bankruptcy wiped out more than 5,000 jobs and $1 billion in employee retirement funds."),
            ]),
        ]),
    ],
    focus=[
        ("Audit Independence", [("Risks", "An auditor under pressure from a large client ignored warning signs.")]),
        ("Employee Exposure", [("Risks", "Retirement savings concentrated in the employer's own stock.")]),
    ],
    conclusions=[
        "Enron's failure combined aggressive accounting, off-balance-sheet vehicles and weak oversight. Its collapse destroyed its auditor, sent its leaders to court and left thousands of employees without jobs or savings.",
    ],
)

# ---------------------------------------------------------------- culture
REPORTS["live-aid-1985"] = dict(
    field="culture",
    date="2026-02-13 19:48",
    topic="What happened at Live Aid in July 1985, and what did the concerts\n    achieve?",
    sources=17,
    extra_keys=[],
    summary=[
        "Live Aid was a pair of benefit concerts for famine relief held on the same day in London and Philadelphia and broadcast around the world. This report covers how the event was organised, the most remembered performances, and its broadcast reach and fundraising.",
    ],
    angles=["Organisation perspective", "Performances perspective", "Broadcast and fundraising perspective"],
    refs={
        "sunny": ("On This Day, July 13, 1985 - Sunny 107.9", "https://www.sunny1079.com/on-this-day-july-13-1985-the-star-studded-live-aid-charity-concerts-are-held-in-london-and-philadelphia/"),
        "kbco": ("Live Aid 40th anniversary - KBCO", "https://kbco.iheart.com/content/2025-07-10-live-aid-40th-anniversary-on-sunday"),
        "idin": ("Queen - Live Aid", "http://idin.net/clipboard/tag/album-rock/"),
        "pennlive": ("Live Aid 1985: 'This is your Woodstock and it's long overdue' - PennLive", "https://www.pennlive.com/entertainment/2019/07/live-aid-1985-this-is-your-woodstock-and-its-long-overdue.html"),
        "brussels": ("Famous charity concert Live Aid celebrates its 40th anniversary - The Brussels Times", "https://www.brusselstimes.com/belgium/1662278/famous-charity-concert-live-aid-celebrates-its-40th-anniversary"),
        "whatculture": ("10 Most Iconic Live Music Performances Of All Time - WhatCulture", "https://whatculture.com/music/10-most-iconic-live-music-performances-of-all-time?page=9"),
        "playidy": ("Queen at Live Aid - 20 Minutes That Changed Music", "Unknown"),
        "wpdh": ("WPDH Soundcheck: Queen, Clapton, The Cars 35 years ago at Live Aid", "https://wpdh.com/wpdh-soundcheck-queen-clapton-the-cars-35-years-ago-at-live-aid/"),
    },
    claims=[
        ("Organisation Perspective", [
            ("a1", "Live Aid took place on Saturday 13 July 1985 at Wembley Stadium in London and JFK Stadium in Philadelphia.", [
                ("sunny", "f", "The charity concerts were held at Wembley Stadium in London and JFK Stadium in Philadelphia on July 13, 1985."),
                ("brussels", "f", "The London concert was followed later the same day by a second one at Philadelphia's JFK Stadium."),
            ]),
            ("a2", "Bob Geldof of the Boomtown Rats and Midge Ure of Ultravox organised the concerts to raise money for victims of the Ethiopian famine.", [
                ("idin", "f", "The event was organised by Bob Geldof and Midge Ure to raise funds for relief of the ongoing Ethiopian famine."),
            ]),
            ("a3", "The concerts followed the Band Aid single \"Do They Know It's Christmas?\", which became Britain's best-selling single to that date and raised more than $10 million.", [
                ("pennlive", "f", "The single, written by Geldof and Ure, was the best-selling single in Britain to that date and raised more than $10 million."),
            ]),
            ("a4", "Prince Charles and Princess Diana opened the Wembley concert at noon.", [
                ("brussels", "f", "At noon on 13 July 1985, Prince Charles and Princess Diana inaugurated the first concert before 72,000 people at Wembley."),
            ]),
            ("a5", "Joan Baez opened the Philadelphia show by telling the audience it was their Woodstock.", [
                ("pennlive", "q", "This is your Woodstock, and it's long overdue."),
            ]),
            ("a6", "Around 72,000 people attended at Wembley and about 100,000 at JFK Stadium.", [
                ("pennlive", "f", "About 72,000 people attended the London event while about 100,000 attended in Philadelphia."),
                ("idin", "f", "Wembley was attended by 72,000 people and JFK Stadium by about 100,000."),
            ]),
        ]),
        ("Performances Perspective", [
            ("a7", "Phil Collins performed at both venues, flying from London to New York on Concorde and then by helicopter to Philadelphia.", [
                ("sunny", "f", "Collins flew from London on a Concorde flight and travelled to and from each stadium by helicopter."),
            ]),
            ("a8", "Queen's set of about 21 minutes was later voted the greatest live rock performance of all time in an industry poll.", [
                ("whatculture", "f", "The 21-minute set Queen delivered at Live Aid completely, and somewhat unexpectedly, stole the show."),
                ("playidy", "f", "Queen's performance at Live Aid has been named the world's greatest rock gig in an industry poll."),
            ]),
            ("a9", "Geldof later said Queen were the best band of the day because they grasped that the event was a global jukebox.", [
                ("whatculture", "q", "Queen were absolutely the best band of the day, they played the best, had the best sound, used their time to the full. They understood the idea exactly, that it was a global jukebox."),
            ]),
            ("a10", "A reunited Led Zeppelin played in Philadelphia but was so unhappy with the performance that it kept it off the later DVD and CD releases.", [
                ("wpdh", "f", "The band complained about the drumming, critics about the vocals and out-of-tune guitar, and Led Zeppelin did not want to be on the DVD or CD release."),
            ]),
            ("a11", "Bob Dylan, joined by Keith Richards and Ronnie Wood of the Rolling Stones, closed the Philadelphia concert.", [
                ("brussels", "f", "Bob Dylan, with The Rolling Stones' Keith Richards and Ronnie Wood, closed the show."),
            ]),
        ]),
        ("Broadcast and Fundraising Perspective", [
            ("a12", "Linked by satellite, the concerts were watched by an estimated 1.9 billion people in about 150 countries.", [
                ("idin", "f", "It was one of the largest-scale satellite link-ups and television broadcasts of all time, with an estimated global audience of 1.9 billion across 150 nations."),
                ("pennlive", "f", "The concert was globally linked by satellite and watched on television by an estimated 1.9 billion people."),
            ]),
            ("a13", "Estimates of the money raised for famine relief range from about $125 million to $150 million.", [
                ("kbco", "f", "The broadcast reached about 1.9 billion people in 150 countries and raised an estimated $150 million for famine relief."),
                ("pennlive", "f", "The event raised more than $125 million."),
            ]),
            ("a14", "Geldof described the aim as confronting the threatened starvation of 30 million people in a world of surplus.", [
                ("kbco", "q", "It was an attempt to address clearly one of the great wounds of our time, which was the imminent death of 30 million people through starvation in a famine in Africa."),
            ]),
            ("a15", "Concerts inspired by Live Aid were held the same day in other countries, including Australia and Germany.", [
                ("idin", "f", "On the same day, concerts inspired by the initiative happened in other countries, such as Australia and Germany."),
            ]),
        ]),
    ],
    focus=None,
    conclusions=[
        "Live Aid combined a charity single's momentum with satellite television to create a global event on an unprecedented scale. It is remembered as much for individual performances, above all Queen's, as for the money it raised.",
    ],
)

# rendering variations per report (applied by render.py)
VARIANTS = {
    "vasa-warship-1628": dict(crlf=True, bom=False, curly=False, trailing_space=False),
    "kakapo-recovery": dict(crlf=False, bom=True, curly=True, trailing_space=False),
    "thames-barrier": dict(crlf=False, bom=False, curly=False, trailing_space=True),
    "first-ivf-baby-1978": dict(crlf=True, bom=True, curly=False, trailing_space=False),
    "leicester-city-2016-title": dict(crlf=False, bom=False, curly=True, trailing_space=False),
    "enron-collapse-2001": dict(crlf=False, bom=False, curly=False, trailing_space=False),
    "live-aid-1985": dict(crlf=False, bom=False, curly=False, trailing_space=True),
}
