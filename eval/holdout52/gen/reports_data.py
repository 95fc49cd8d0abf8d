# -*- coding: utf-8 -*-
"""Data for the 7 holdout52 reports. Each claim has a stable key used by questions_data.py."""

WIKI_STINK = "Great Stink - Wikipedia"
HC_STINK = "18 Facts About the 1858 Great Stink of London - History Collection"
ICE = "Joseph Bazalgette - Institution of Civil Engineers"

GREAT_STINK = {
    "id": "great-stink-1858",
    "field": "history",
    "style": {"newline": "\n", "quotes": "straight"},
    "front": [
        "Research Date: 2026-02-03 10:42",
        "Topic: ",
        "    What caused London's Great Stink of 1858 and how did it lead to ",
        "    Bazalgette's sewer system?",
        "Sources Analyzed: 18",
    ],
    "sections": ["summary", "angles", "claims", "focus", "conclusions", "references"],
    "summary": [
        "This report examines the Great Stink of 1858, when the smell of sewage on the River Thames became "
        "unbearable during a hot London summer, and traces how the crisis pushed Parliament to fund Joseph "
        "Bazalgette's intercepting sewer network.",
    ],
    "angles": ["Causes perspective", "Political response perspective", "Engineering solution perspective",
               "Legacy perspective"],
    "groups": [
        {"heading": "### Causes Perspective", "claims": [
            {"key": "gs1", "text": "The Great Stink occurred in central London in July and August 1858, when hot weather worsened the smell of untreated sewage on the banks of the Thames.",
             "ev": [{"src": WIKI_STINK, "quote": "The Great Stink was an event in Central London during July and August 1858 in which the hot weather exacerbated the smell of untreated human waste and industrial effluent that was present on the banks of the River Thames."}]},
            {"key": "gs2", "text": "London's ageing sewers emptied directly into the Thames, and the spread of flushing water closets sent ever more waste into the river.",
             "ev": [{"src": "London's sewers and the Great Stink - Science Museum", "quote": "The spread of the flushing water closet sent ever more waste through old sewers that discharged straight into the river."}]},
            {"key": "gs3", "text": "Under the miasma theory, many Victorians believed that foul air from the river spread diseases, and earlier cholera outbreaks were blamed on the Thames.",
             "ev": [{"src": WIKI_STINK, "quote": "The miasma from the effluent was thought to transmit contagious diseases, and three outbreaks of cholera before the Great Stink were blamed on the ongoing problems with the river."}]},
        ]},
        {"heading": "### Political Response Perspective", "claims": [
            {"key": "gs4", "text": "Curtains in the Houses of Parliament were soaked in chloride of lime in an attempt to keep out the stench from the river.",
             "ev": [{"src": "The Great Stink - UK Parliament Living Heritage", "quote": "the curtains of the committee rooms were soaked in chloride of lime in an attempt to keep out the smell"}]},
            {"key": "gs5", "text": "Benjamin Disraeli, then Chancellor of the Exchequer, told the Commons that the Thames had become a Stygian pool reeking with intolerable horrors.",
             "ev": [{"src": "House of Commons debate, 15 July 1858 (Hansard)", "quote": "that noble river, so long the pride and joy of Englishmen, has become a Stygian pool, reeking with ineffable and intolerable horrors"}]},
            {"key": "gs6", "text": "An amending act passed in 1858 allowed the Metropolitan Board of Works to borrow £3 million for a new drainage scheme.",
             "ev": [{"src": HC_STINK, "quote": "More importantly, it allowed the Board to borrow the huge amount of £3 million, plus it gave the board the ability to levy a small charge on London's households."}]},
            {"key": "gs7", "text": "The same act made the Board responsible for the state of the Thames, with the loan repaid through a household charge over the next 40 years.",
             "ev": [{"src": HC_STINK, "quote": "It gave the Metropolitan Board of Works (MBW) full responsibility for the state of the Thames."},
                    {"src": HC_STINK, "quote": "This way, the money could be paid back to the government over the next 40 years."}]},
        ]},
        {"heading": "### Engineering Solution Perspective", "claims": [
            {"key": "gs8", "text": "Civil engineer Joseph Bazalgette designed interconnecting sewers that carried London's effluent eastwards to outfalls beyond the metropolitan area.",
             "ev": [{"src": WIKI_STINK, "quote": "The authorities accepted a proposal from the civil engineer Joseph Bazalgette to move the effluent eastwards along a series of interconnecting sewers that sloped towards outfalls beyond the metropolitan area."}]},
            {"key": "gs9", "text": "The network comprised about 82 miles of main intercepting sewers fed by roughly 1,100 miles of street sewers.",
             "ev": [{"src": ICE, "quote": "Bazalgette's scheme comprised 82 miles of main intercepting sewers, fed by 1,100 miles of street sewers."}]},
            {"key": "gs10", "text": "Building the sewer network consumed an estimated 318 million bricks.",
             "ev": [{"src": ICE, "quote": "Some 318 million bricks were used in the construction."}]},
            {"key": "gs11", "text": "Bazalgette deliberately doubled the pipe sizes his calculations called for, so the system could cope with the city's later growth.",
             "ev": [{"src": "How Bazalgette built London's first super-sewer - BBC History", "finding": "Bazalgette doubled the pipe diameters his calculations required, reasoning that the work would only be done once and that future demand was unforeseeable."}]},
            {"key": "gs12", "text": "Pumping stations such as Abbey Mills and Crossness lifted sewage from lower levels into higher sewers, and both buildings are now listed for protection.",
             "ev": [{"src": WIKI_STINK, "quote": "To aid the drainage, pumping stations were placed to lift the sewage from lower levels into higher pipes. Two of the more ornate stations, Abbey Mills in Stratford and Crossness on the Erith Marshes, with architectural designs from the consultant engineer, Charles Driver, are listed for protection by English Heritage."}]},
            {"key": "gs13", "text": "Edward, Prince of Wales, officially opened the Crossness Pumping Station on 4 April 1865.",
             "ev": [{"src": "History of the Crossness Engines - Crossness Engines Trust", "quote": "The station was officially opened by Edward, Prince of Wales, on 4 April 1865."}]},
        ]},
        {"heading": "### Legacy Perspective", "claims": [
            {"key": "gs14", "text": "Bazalgette's plan gave London three embankments in which the sewers ran: the Victoria, Chelsea and Albert Embankments.",
             "ev": [{"src": WIKI_STINK, "quote": "Bazalgette's plan introduced the three embankments to London in which the sewers ran\u2014the Victoria, Chelsea and Albert Embankments."}]},
            {"key": "gs15", "text": "The new sewers stopped sewage being dumped on the Thames shore, ended the cholera outbreaks, and still serve a city of over eight million people.",
             "ev": [{"src": WIKI_STINK, "quote": "Bazalgette's work ensured that sewage was no longer dumped onto the shores of the Thames and brought an end to the cholera outbreaks"},
                    {"src": WIKI_STINK, "quote": "His sewer system operates into the 21st century, servicing a city that has grown to a population of over eight million."}]},
        ]},
    ],
    "focus": [
        {"title": "Why the Crisis Forced Action", "items": [
            ("Risks", "Continued pollution of the river, fear of disease, and an unusable Parliament building."),
            ("Benefits", "A rare moment of political will that unlocked funding for a city-wide scheme.")]},
        {"title": "Long-Term Value of the Sewer Network", "items": [
            ("Benefits", "Durable infrastructure sized generously enough to serve a much larger city."),
            ("Risks", "Combined sewers still overflow into the river during heavy rain.")]},
    ],
    "conclusions": [
        "The Great Stink turned a long-running sanitation problem into a political emergency. The legislation "
        "and borrowing it prompted allowed Bazalgette to build a network whose scale and generous sizing still "
        "shape London's drainage today.",
    ],
    "references": [
        (WIKI_STINK, None),
        ("London's sewers and the Great Stink - Science Museum", None),
        ("The Great Stink - UK Parliament Living Heritage", None),
        ("House of Commons debate, 15 July 1858 (Hansard)", None),
        (HC_STINK, None),
        (ICE, None),
        ("How Bazalgette built London's first super-sewer - BBC History", None),
        ("History of the Crossness Engines - Crossness Engines Trust", None),
        ("The Great Stink of London - Stephen Halliday", None),
    ],
}

PNAS = "Tracking of Arctic terns Sterna paradisaea reveals longest animal migration (PNAS, 2010)"
EGEVANG = "The Arctic Tern - extreme migration from pole to pole - Carsten Egevang"

ARCTIC_TERN = {
    "id": "arctic-tern-migration",
    "field": "nature",
    "style": {"newline": "\r\n", "bom": True, "quotes": "curly", "angle_marker": "*"},
    "front": [
        "Research Date: 2026-02-11 08:05",
        "Topic: How far do Arctic terns migrate and what do tracking studies reveal?",
        "Sources Analyzed: 14",
    ],
    "sections": ["summary", "angles", "claims", "focus", "conclusions", "references"],
    "summary": [
        "The Arctic tern (Sterna paradisaea) is famous for its pole-to-pole migration. This report collects "
        "what miniature tracking devices, ringing records and field observations say about the distances "
        "involved, the routes taken, and the bird's life history.",
        "Most of the evidence comes from geolocator studies of birds breeding in Greenland, Iceland and the "
        "Netherlands.",
    ],
    "angles": ["Migration distances", "Routes and stopovers", "Life history"],
    "groups": [
        {"heading": "### Migration Distances", "claims": [
            {"key": "at1", "text": "The Arctic tern's annual migration between Arctic breeding grounds and the Southern Ocean may be the longest seasonal movement of any animal.",
             "ev": [{"src": PNAS, "quote": "despite its small size (<125 g), banding recoveries and at-sea surveys suggest that its annual migration from boreal and high Arctic breeding grounds to the Southern Ocean may be the longest seasonal movement of any animal."}]},
            {"key": "at2", "text": "Birds tracked from Greenland and Iceland to the Weddell Sea flew an average round trip of 70,900 km, ranging from 59,500 to 81,600 km.",
             "ev": [{"src": EGEVANG, "quote": "The average roundtrip distance from Greenland/Iceland to the Weddell Sea (Antarctica) and back again, was of 70,900 km, with a range of 59,500 to 81,600 km."}]},
            {"key": "at3", "text": "The 2010 tracking study fitted 11 Arctic terns with miniature geolocators weighing only 1.4 grams.",
             "ev": [{"src": PNAS, "quote": "Our tracking of 11 Arctic terns fitted with miniature (1.4 g) geolocators revealed that these birds do indeed travel huge distances (more than 80,000 km annually for some individuals)."}]},
            {"key": "at10", "text": "Over its lifetime an Arctic tern may fly more than 2.4 million km, equivalent to about three return journeys to the Moon.",
             "ev": [{"src": EGEVANG, "quote": "As Arctic terns can live for over 30 years, the total distance flown in a tern\u2019s lifetime may exceed 2.4 million km, that\u2019s equivalent to around 3 return journeys to the Moon!"}]},
        ]},
        {"heading": "### Routes and Stopovers", "claims": [
            {"key": "at4", "text": "Tracking revealed a previously unknown oceanic stopover area in the North Atlantic used by birds from Greenland and Iceland.",
             "ev": [{"src": PNAS, "quote": "we also identified a previously unknown oceanic stopover area in the North Atlantic used by birds from at least two breeding populations (from Greenland and Iceland)."}]},
            {"key": "at5", "text": "Southbound birds followed either the African or the South American coast, but all returned north on a broadly similar S-shaped route.",
             "ev": [{"src": PNAS, "quote": "Although birds from the same colony took one of two alternative southbound migration routes following the African or South American coast, all returned on a broadly similar, sigmoidal trajectory"}]},
            {"key": "at6", "text": "The terns target productive ocean regions and exploit prevailing global wind systems to cut the energy cost of their flights.",
             "ev": [{"src": PNAS, "quote": "Arctic terns clearly target regions of high marine productivity both as stopover and wintering areas, and exploit prevailing global wind systems to reduce flight costs on long-distance commutes."}]},
            {"key": "at7", "text": "Terns tracked from the Netherlands crossed into the Indian Ocean and spent the austral summer off Wilkes Land in East Antarctica.",
             "ev": [{"src": "Arctic Terns from The Netherlands migrate record distances across three oceans to Wilkes Land (Ardea, 2013)", "quote": "Eventually, all five birds spent the Austral summer in Wilkes Land, Antarctica, before flying back to the breeding colonies"},
                    {"src": "Arctic Terns from The Netherlands migrate record distances across three oceans to Wilkes Land (Ardea, 2013)", "finding": "The Dutch birds used a previously unknown staging area in the central Indian Ocean, and one bird travelled as far as New Zealand."}]},
        ]},
        {"heading": "### Life History", "claims": [
            {"key": "at9", "text": "Ringing recoveries show that Arctic terns can live for more than 30 years.",
             "ev": [{"src": EGEVANG, "quote": "From ringing recoveries, it is known that Arctic terns can reach an age of more than 30 years."}]},
            {"key": "at11", "text": "Because it spends both the Arctic and the Antarctic summers under near-constant daylight, the Arctic tern probably receives more daylight than any other animal.",
             "ev": [{"src": EGEVANG, "quote": "This makes the Arctic tern the animal that probably receives most day light in the World."}]},
            {"key": "at12", "text": "An adult Arctic tern has a body mass of little more than 100 grams.",
             "ev": [{"src": EGEVANG, "quote": "A mind-blowing achievement by a bird with a body mass of little over 100 grams."}]},
            {"key": "at13", "text": "Arctic terns defend their nests fiercely and will dive at humans and large predators, often striking the head.",
             "ev": [{"src": "Arctic Tern Life History - All About Birds, Cornell Lab of Ornithology", "finding": "Arctic terns are fiercely defensive of their nests and young and will attack humans and large predators, usually striking the top or back of the head."}]},
            {"key": "at14", "text": "Iceland is a key breeding area, with an estimated 20 to 30 percent of the global Arctic tern population returning there each year.",
             "ev": [{"src": "Unravelling the foraging behaviour of the world's longest migrant - Morten et al.", "quote": "Iceland provides important breeding grounds for arctic terns with 20-30% of the global population returning here annually"}]},
            {"key": "at15", "text": "The species is listed as Least Concern on the IUCN Red List, although its population trend is described as decreasing.",
             "ev": [{"src": "Sterna paradisaea - The IUCN Red List of Threatened Species", "finding": "Assessed as Least Concern by BirdLife International; the global population trend is listed as decreasing."}]},
        ]},
    ],
    "focus": [
        {"title": "What Tracking Technology Changed", "items": [
            ("Benefits", "Light-level geolocators revealed actual routes and stopovers instead of inferring them from scattered ring recoveries."),
            ("Risks", "Small samples of tracked birds may not represent every breeding population.")]},
        {"title": "Conservation Outlook", "items": [
            ("Risks", "Dependence on a few productive ocean areas and on Antarctic sea-ice zones."),
            ("Benefits", "A very large range and long life span buffer the species against local losses.")]},
    ],
    "conclusions": [
        "Tracking studies have roughly doubled the distance generally cited for the Arctic tern's migration and "
        "shown that populations from different colonies use different wintering regions.",
    ],
    "references": [
        (PNAS, "https://www.pnas.org/doi/10.1073/pnas.0909493107"),
        (EGEVANG, "https://carstenegevang.com/single-post/the-arctic-tern-extreme-migration-from-pole-to-pole"),
        ("Arctic Terns from The Netherlands migrate record distances across three oceans to Wilkes Land (Ardea, 2013)", None),
        ("Arctic Tern Life History - All About Birds, Cornell Lab of Ornithology", "https://www.allaboutbirds.org/guide/Arctic_Tern/lifehistory"),
        ("Unravelling the foraging behaviour of the world's longest migrant - Morten et al.", None),
        ("Sterna paradisaea - The IUCN Red List of Threatened Species", "https://www.iucnredlist.org/species/22694629/132065088"),
        ("Hypotheses and tracking results about the longest migration: the case of the arctic tern (Ecology and Evolution, 2019)", None),
    ],
}

WIKI_OB = "\u00d8resund Bridge - Wikipedia"
GLOBE = "Oresund Bridge, Oresund Strait - Globe Bridges"
ALLUR = "Oresund Bridge - Alluring World"

ORESUND = {
    "id": "oresund-bridge",
    "field": "engineering",
    "style": {"newline": "\n", "quotes": "straight", "blank_between_claims": True},
    "front": [
        "Research Date: 2026-01-28 17:31",
        "Topic: ",
        "    How was the \u00d8resund Bridge between Denmark and Sweden designed and built, and what ",
        "    engineering choices shaped the bridge-tunnel cro",
        "Sources Analyzed: 21",
        "Model: research-agent-v3",
        "Search Depth: advanced",
    ],
    "sections": ["summary", "angles", "claims", "conclusions", "references"],
    "summary": [
        "The \u00d8resund link joins Copenhagen and Malm\u00f6 with a bridge, an artificial island and an immersed "
        "tunnel. This report reviews its dimensions, the reasons for its mixed bridge-and-tunnel layout, and the "
        "history of its construction and opening.",
    ],
    "angles": ["Structural design perspective", "Route and environment perspective", "Construction history perspective"],
    "groups": [
        {"heading": "### Structural Design Perspective", "claims": [
            {"key": "ob1", "text": "The \u00d8resund Bridge is the longest combined road and rail bridge in Europe, linking Copenhagen in Denmark with Malm\u00f6 in Sweden.",
             "ev": [{"src": WIKI_OB, "quote": "The \u00d8resund Bridge is the longest combined road and rail bridge in Europe and connects two major metropolitan areas: Copenhagen, the Danish capital city, and the Swedish city of Malm\u00f6."}]},
            {"key": "ob2", "text": "The bridge itself is 7,845 metres long, roughly half the distance between the Swedish and Danish coasts.",
             "ev": [{"src": GLOBE, "quote": "The total length of the bridge is 7,845 metres (25,738 ft), which is approximately half the distance between the Swedish and Danish landmasses, and its weight is 82,000 tonnes."}]},
            {"key": "ob7", "text": "Its cable-stayed main span of 490 metres is one of the longest of its type in the world.",
             "ev": [{"src": GLOBE, "quote": "The bridge has one of the longest cable-stayed main spans in the world at 490 metres (1,608 ft)."},
                    {"src": "Oresund Bridge - Mega Bridges", "quote": "Its 491 m cable-stayed main span is one of the longest of this type in the world."}]},
            {"key": "ob8", "text": "The two pairs of free-standing pylons that carry the cables are 204 metres high.",
             "ev": [{"src": "Oresund Bridge - Mega Bridges", "quote": "The two pairs of free-standing cable supporting towers are 204 m high allowing shipping 57 m of head room under the main span."}]},
            {"key": "ob9", "text": "The main span leaves a vertical clearance of 57 metres for shipping.",
             "ev": [{"src": GLOBE, "quote": "The bridge has a vertical clearance of 57 metres (187 ft), although most boat traffic across Oresund still passes over the Drogden strait (where the tunnel lies)."}]},
            {"key": "ob10", "text": "The double-track railway runs on the lower deck while the four-lane motorway runs on the upper deck.",
             "ev": [{"src": ALLUR, "quote": "On the bridge, the railway and motorway run on separate levels with the railway on the lower deck and vehicle traffic on the upper deck."}]},
            {"key": "ob14", "text": "The bridge's architecture is credited to Georg Rotne, with the structural design carried out by Arup.",
             "ev": [{"src": GLOBE, "quote": "The bridge's architecture is by Georg Rotne, with structural design made by Arup."}]},
        ]},
        {"heading": "### Route and Environment Perspective", "claims": [
            {"key": "ob3", "text": "From the artificial island of Peberholm the crossing continues through the 4 km Drogden Tunnel to the Danish island of Amager.",
             "ev": [{"src": WIKI_OB, "quote": "The crossing is completed by the 4 km (2.5-mile) Drogden Tunnel from Peberholm to the Danish island of Amager."}]},
            {"key": "ob4", "text": "Peberholm was built from material dredged from the seabed of the strait.",
             "ev": [{"src": "The \u00d8resund Bridge: the bridge that turns into a tunnel - ZME Science", "quote": "The man-made island of Peberholm is quite spectacular in itself. It was constructed from material dredged from the seabed."}]},
            {"key": "ob5", "text": "Left to develop freely, Peberholm now supports more than 500 plant species and is a habitat for the rare green toad.",
             "ev": [{"src": "The \u00d8resund Bridge: the bridge that turns into a tunnel - ZME Science", "quote": "The Lund\u2019s Botanical Association has identified more than 500 different species of plants, as well as a popular breeding ground for birds and a habitat for the rare green toad."}]},
            {"key": "ob6", "text": "A tunnel was used across the Drogden strait because a bridge there would have interfered with air traffic at nearby Copenhagen Airport and obstructed shipping.",
             "ev": [{"src": WIKI_OB, "quote": "A bridge across the Drogden strait would have interfered with air traffic from nearby Copenhagen Airport, and would also have created an obstacle for ships in the busy channel."}]},
            {"key": "ob15", "text": "The link was designed so that it would not reduce the flow of oxygen-rich water from the \u00d8resund into the Baltic Sea.",
             "ev": [{"src": "\u00d8resund Bridge - Enjoy the Tours", "quote": "The bridge has been designed so it doesn't alter the flow of oxygen in the water, from the \u00d8resund into the Baltic, so as not to damage fish stocks."}]},
            {"key": "ob16", "text": "Around 19,000 road vehicles crossed the bridge each day in 2014.",
             "ev": [{"src": WIKI_OB, "finding": "Daily traffic is given as about 19,000 road vehicles (2014)."}]},
        ]},
        {"heading": "### Construction History Perspective", "claims": [
            {"key": "ob11", "text": "A joint venture of Hochtief, Skanska, H\u00f8jgaard & Schultz and Monberg & Thorsen began building the bridge in 1995.",
             "ev": [{"src": ALLUR, "quote": "A joint venture of Hochtief, Skanska, H\u00f8jgaard & Schultz and Monberg & Thorsen, began construction of the bridge in 1995 and completed it 14 August 1999."}]},
            {"key": "ob12", "text": "Crown Prince Frederik of Denmark and Crown Princess Victoria of Sweden met midway across the link on 14 August 1999 to mark its completion.",
             "ev": [{"src": ALLUR, "quote": "Crown Prince Frederik of Denmark and Crown Princess Victoria of Sweden met midway across the bridge-tunnel on 14 August 1999 to celebrate its completion."}]},
            {"key": "ob13", "text": "The official dedication took place on 1 July 2000, hosted by Queen Margrethe II and King Carl XVI Gustaf.",
             "ev": [{"src": ALLUR, "quote": "The official dedication took place on 1 July 2000, with Queen Margrethe II, and King Carl XVI Gustaf as the host and hostess of the ceremony."},
                    {"src": WIKI_OB, "finding": "Opened 1 July 2000."}]},
        ]},
    ],
    "conclusions": [
        "The \u00d8resund link's bridge-island-tunnel layout was a response to aviation, shipping and "
        "environmental constraints rather than a purely structural choice. Its cable-stayed main span and "
        "double-deck design made it a landmark of combined road and rail engineering.",
    ],
    "references": [
        (WIKI_OB, "https://en.wikipedia.org/wiki/%C3%98resund_Bridge"),
        (GLOBE, "http://globebridges.blogspot.com/2009/06/oresund-bridge-oresund-strait.html"),
        ("Oresund Bridge - Mega Bridges", "http://megabridges.blogspot.com/p/oresund-bridge.html"),
        (ALLUR, "https://alluringworld.com/oresund-bridge"),
        ("The \u00d8resund Bridge: the bridge that turns into a tunnel - ZME Science", "https://www.zmescience.com/research/technology/oresunt-bridge-sweden-denmark/"),
        ("\u00d8resund Bridge - Enjoy the Tours", "https://enjoythetours.dk/attractions/oresund-bridge/"),
        ("\u00d8resundsbron - official site", None),
    ],
}

BISHOP = "Reception of the stethoscope and Laennec's book - Thorax (1981)"
TREATISE = "A Treatise on the Diseases of the Chest and on Mediate Auscultation - R. T. H. Laennec"
CUNI = "Laennec and auscultation - Charles University"

STETHOSCOPE = {
    "id": "laennec-stethoscope",
    "field": "medicine",
    "style": {"newline": "\n", "quotes": "straight", "angle_marker": "-"},
    "front": [
        "Research Date: 2026-02-19 13:58",
        "Topic: How did Ren\u00e9 Laennec invent the stethoscope and how was it received?",
    ],
    "sections": ["summary", "angles", "claims", "focus", "conclusions", "references"],
    "summary": [
        "In 1816 the Paris physician Ren\u00e9 Laennec improvised an instrument for listening to the chest that "
        "became the stethoscope. This report reconstructs the invention from Laennec's own account and from "
        "historical studies of how the device and his book were received.",
    ],
    "angles": ["Invention", "Development of the instrument", "Reception and legacy"],
    "groups": [
        {"heading": "### Invention",
         "prose": ["Laennec's own description of the first use survives in the English translation of his treatise, which is quoted below where possible."],
         "claims": [
            {"key": "st1", "text": "Laennec's invention of the stethoscope dates from about September 1816, when he demonstrated it at the Necker Hospital in Paris.",
             "ev": [{"src": BISHOP, "quote": "His invention of the stethoscope dates from about September 1816 as we know from AB Granville that he was present at the Necker on 13 September when Laennec demonstrated his newly discovered instrument, making use of some tightly rolled sheets of paper."}]},
            {"key": "st2", "text": "For his first attempt Laennec rolled a quire of paper into a tight cylinder and placed one end over a young woman's heart.",
             "ev": [{"src": TREATISE, "quote": "I took a quire of paper which I rolled together as closely as possible, and applied one end to the precordial region"}]},
            {"key": "st3", "text": "He turned to the paper roll because the patient's age and sex made direct ear-to-chest listening inappropriate and her stoutness made percussion uninformative.",
             "ev": [{"src": TREATISE, "quote": "in whose case the application of the hand and percussion gave but slight indications, on account of her corpulency. On account of the age and sex of the patient, the common modes of exploration being inapplicable"}]},
            {"key": "st4", "text": "The idea came from a familiar acoustic effect: a pin scratched at one end of a wooden beam can be heard distinctly by an ear at the other end.",
             "ev": [{"src": TREATISE, "quote": "if the ear is applied to one extremity of a beam, a person can, very distinctly, hear the scratching of a pin at the other end."}]},
            {"key": "st5", "text": "Through the paper roll Laennec heard the heartbeat more clearly than he ever had by putting his ear directly on a chest.",
             "ev": [{"src": TREATISE, "quote": "by placing my ear at the other end, I was agreeably surprised at hearing the pulsation of the heart much more clearly and distinctly than I had ever been able to do by the immediate application of the ear."}]},
        ]},
        {"heading": "### Development of the Instrument", "claims": [
            {"key": "st6", "text": "The day after the first demonstration Laennec switched to cylinders of thick pasteboard, and soon afterwards to a wooden model.",
             "ev": [{"src": BISHOP, "quote": "The next day he had procured cylinders of thick pasteboard, and soon afterwards he substituted a wooden model for these."}]},
            {"key": "st7", "text": "After extensive trials with many materials, Laennec concluded that wooden instruments worked best.",
             "ev": [{"src": BISHOP, "quote": "by this date Laennec had carried out extensive investigations with many materials and had concluded that wooden models were the best."},
                    {"src": CUNI, "finding": "Paper, wood and Indian cane transmitted sound best; Laennec finally chose wood as the preferred material."}]},
            {"key": "st8", "text": "Laennec at first called his listening device simply le cylindre, and the name stethoscope was adopted later.",
             "ev": [{"src": CUNI, "finding": "He labelled his listening instrument le cylindre; only later was the name stethoscope, from the Greek for chest and to examine, adopted."}]},
            {"key": "st13", "text": "Binaural stethoscopes with two earpieces appeared in the early 1850s, and George Cammann's 1852 design became the model that was produced commercially.",
             "ev": [{"src": "The history of the stethoscope - Antique Stethoscopes", "finding": "Arthur Leared showed a binaural instrument in 1851, and George P. Cammann's 1852 binaural stethoscope was the first to be manufactured commercially."}]},
        ]},
        {"heading": "### Reception and Legacy", "claims": [
            {"key": "st9", "text": "Laennec published his method in 1819 in a treatise on mediate auscultation and diseases of the lungs and heart.",
             "ev": [{"src": "Stethoscope, manufacturer unknown - Google Arts & Culture", "finding": "In 1819 Laennec published a treatise on his findings about diseases of the lungs and heart, gathered from numerous examinations."}]},
            {"key": "st10", "text": "Laennec checked his diagnoses against autopsies of patients who had died.",
             "ev": [{"src": "Stethoscope, manufacturer unknown - Google Arts & Culture", "finding": "He verified his diagnoses through autopsies of deceased patients."}]},
            {"key": "st11", "text": "Most contemporaries welcomed the stethoscope as medicine's first major diagnostic tool, although some London doctors initially mocked it.",
             "ev": [{"src": BISHOP, "quote": "It is quite clear from these that the stethoscope was welcomed with enthusiasm by most people who saw it as the first major diagnostic tool medicine had ever had."},
                    {"src": BISHOP, "quote": "most of his contemporaries-to whom it was exhibited and explained-\"made themselves merry at the credulity of French doctors and my own.\""}]},
            {"key": "st12", "text": "Laennec died of advanced tuberculosis on 13 August 1826 in Kerlouan, aged 45.",
             "ev": [{"src": CUNI, "quote": "He died on 13 August 1826 in Kerlouan of advanced tuberculosis. He is considered the father of clinical auscultation."}]},
            {"key": "st14", "text": "The stethoscope replaced the urine flask as the characteristic symbol of the physician.",
             "ev": [{"src": "Laennec and the Stethoscope - History of Medicine, CMC Vellore", "quote": "During the past century, perhaps the most characteristic symbol associated with physicians has been the stethoscope. It replaced the urine glass, the symbol which had prevailed since medieval times."}]},
        ]},
    ],
    "focus": [
        {"title": "From Improvisation to Instrument", "items": [
            ("Benefits", "Mediate auscultation let physicians hear heart and lung sounds clearly without direct contact."),
            ("Risks", "Early users needed training to interpret sounds, and sceptics dismissed the method.")]},
    ],
    "conclusions": [
        "Laennec's improvised paper roll turned into a systematic diagnostic method within three years, "
        "supported by careful correlation with autopsy findings.",
        "Later binaural designs changed the instrument's form, but the principle of mediate auscultation remained.",
    ],
    "references": [
        (BISHOP, None),
        (TREATISE, None),
        (CUNI, "https://explorer.cuni.cz/publication/633826"),
        ("The history of the stethoscope - Antique Stethoscopes", "https://antique-stethoscopes.com/history"),
        ("Stethoscope, manufacturer unknown - Google Arts & Culture", None),
        ("Laennec and the Stethoscope - History of Medicine, CMC Vellore", None),
    ],
}

OLY = "Bob Beamon - Olympics.com"
DECCAN = "A grand leap into history - Deccan Herald"
UWIKI = "Bob Beamon - Wikipedia"

BEAMON = {
    "id": "beamon-long-jump-1968",
    "field": "sport",
    "style": {"newline": "\r\n", "quotes": "curly", "final_newline": False},
    "front": [
        "Research Date: 2026-02-22 19:47",
        "Topic: ",
        "    What made Bob Beamon's 1968 Olympic long jump world record so remarkable, and how long ",
        "    did it last?",
        "Sources Analyzed: 12",
        "Report Version: 2",
    ],
    "sections": ["summary", "claims", "conclusions", "references"],
    "summary": [
        "At the 1968 Mexico City Olympics Bob Beamon broke the long jump world record by an unprecedented margin. "
        "This report covers the qualifying drama, the jump and its measurement, the conditions that helped it, "
        "and its place in athletics history.",
    ],
    "groups": [
        {"heading": "### The Jump", "claims": [
            {"key": "bb1", "text": "On 18 October 1968 at the Mexico City Olympics, Bob Beamon jumped 8.90 metres (29 ft 2\u00bd in) to win the long jump and break the world record.",
             "ev": [{"src": DECCAN, "quote": "On October 18 at the Mexico 1968 Olympics, a magician was at its fluent best."},
                    {"src": DECCAN, "quote": "Robert Bob Beamon who eclipsed the then long jump world record by leaping to a distance of 8.90 metres (29 feet 2.5 inch)"}]},
            {"key": "bb2", "text": "Beamon's leap improved the existing world record by 55 centimetres in one jump.",
             "ev": [{"src": OLY, "quote": "Until that moment, it had taken 33 years for the long jump world record to progress 22 centimetres, but in one leap, Beamon added another 55 centimetres."}]},
            {"key": "bb3", "text": "Before Beamon, the long jump world record had taken 33 years to advance by only 22 centimetres.",
             "ev": [{"src": OLY, "quote": "Until that moment, it had taken 33 years for the long jump world record to progress 22 centimetres"}]},
            {"key": "bb6", "text": "The optical measuring device slid off its rail before reaching Beamon's mark, so officials measured the jump with a steel tape.",
             "ev": [{"src": OLY, "quote": "Beamon's first jump of the final was so long that the optical measuring device slid off its rail before reaching Beamon's mark. Using an old-fashioned steel tape, the officials announced the distance as 8.90m."},
                    {"src": DECCAN, "quote": "the optical device which had been installed to measure the distance wasn\u2019t enough to measure Beamon\u2019s jump. This forced the officials to measure the distance manually."}]},
            {"key": "bb7", "text": "Beamon, who was unfamiliar with metric measurements, collapsed to his knees in shock once Ralph Boston told him he had broken the record by nearly two feet.",
             "ev": [{"src": DECCAN, "quote": "But when his team-mate and coach Ralph Boston told him that he broke the world record by nearly 2 feet, an astonished Beamon collapsed to his knees and placed his hands over his face in shock."}]},
        ]},
        {"heading": "### Qualifying and Form", "claims": [
            {"key": "bb4", "text": "Beamon almost missed the final after overstepping the board on his first two qualifying jumps.",
             "ev": [{"src": OLY, "quote": "Beamon was the pre-tournament favourite but almost went out at the qualifying stage. He overstepped the mark on his first two jumps and with only one left, turned to a team-mate for help."}]},
            {"key": "bb5", "text": "On his last qualifying attempt he followed Ralph Boston's advice to take off well before the board and qualified easily.",
             "ev": [{"src": OLY, "quote": "Ralph Boston advised him to take off way before the board. Beamon did so and qualified easily for the final."}]},
            {"key": "bb15", "text": "Beamon arrived in Mexico City as the favourite, having won 22 of the 23 meets he had entered that year.",
             "ev": [{"src": "Beamon's long jump remains Olympic longest 47 years after - Cerebral Lemon", "quote": "Beamon entered the Games in Mexico City as the favourite having won in 22 of the 23 meets that he had competed in in that year"}]},
        ]},
        {"heading": "### Conditions", "claims": [
            {"key": "bb10", "text": "The tailwind for the jump was measured at exactly 2.0 metres per second, the maximum allowed for a record.",
             "ev": [{"src": UWIKI, "finding": "The tailwind was measured at 2.0 m/s, the maximum allowable for record purposes."}]},
            {"key": "bb11", "text": "The high altitude of Mexico City is widely credited with aiding the record.",
             "ev": [{"src": OLY, "quote": "This record, although aided by the high altitude of Mexico City, was one of the longest standing in history, lasting another 23 years."},
                    {"src": UWIKI, "quote": "The primary factor was the altitude of Mexico City \u2013 7400 feet."}]},
        ]},
        {"heading": "### Reaction and Legacy", "claims": [
            {"key": "bb8", "text": "The defending Olympic champion, Lynn Davies of Wales, told Beamon that he had destroyed the event.",
             "ev": [{"src": DECCAN, "quote": "The defending Olympic champion Lynn Davies, who couldn\u2019t believe, told Beamon \u201cYou have destroyed this event\u201d."}]},
            {"key": "bb9", "text": "The jump gave rise to the adjective Beamonesque, used for a feat far beyond anything that came before.",
             "ev": [{"src": OLY, "quote": "Bob Beamon\u2019s first leap at the 1968 Mexico City Games inspired a new word. \u2018Beamonesque\u2019 means an athletic feat so superior to what has come before, it is overwhelming."}]},
            {"key": "bb12", "text": "The world record stood for almost 23 years until Mike Powell jumped 8.95 metres at the 1991 World Championships in Tokyo.",
             "ev": [{"src": UWIKI, "quote": "Beamon\u2019s record was broken in 1991 when Mike Powell jumped 8.95 m (29 ft. 4-3/8 in.) at the World Championships in Tokyo."},
                    {"src": DECCAN, "quote": "The record stood for almost 23 years before until it was broken by his compatriot Mike Powell in 1991."}]},
            {"key": "bb13", "text": "Beamon's 8.90 metres is still the Olympic record for the men's long jump.",
             "ev": [{"src": "Beamon's long jump remains Olympic longest 47 years after - Cerebral Lemon", "quote": "American Robert Beamon\u2019s 8.90 metres long jump has remained the longest Olympic record after 47 years."}]},
            {"key": "bb14", "text": "Sports Illustrated named the jump one of the five greatest sports moments of the 20th century.",
             "ev": [{"src": UWIKI, "quote": "His world record stood for 23 years, and was named by Sports Illustrated magazine as one of the five greatest sports moments of the 20th century."}]},
        ]},
    ],
    "conclusions": [
        "Beamon's 8.90 m combined exceptional talent with favourable altitude and a maximum legal tailwind. "
        "It remains the Olympic record and a byword for performances that break a pattern of gradual progress.",
    ],
    "references": [
        (OLY, "https://olympics.com/en/athletes/bob-beamon"),
        (DECCAN, "https://www.deccanherald.com/sports/a-grand-leap-history-2348725"),
        (UWIKI, "https://en.wikipedia.org/wiki/Bob_Beamon"),
        ("Beamon's long jump remains Olympic longest 47 years after - Cerebral Lemon", "http://cerebrallemon.com/american-bob-beamons-long-jump-remains-olympic-longest-47-years-after/"),
        ("The Perfect Jump - Dick Schaap", None),
    ],
}

TAT = "See Differently: Post-it Notes - Julie Powell"
LOGO = "Post-it logo and history - Logos Index"
BOOKRAGS = "Post-It Note - World of Invention (BookRags)"

POSTIT = {
    "id": "post-it-notes",
    "field": "business",
    "style": {"newline": "\n", "bom": True, "quotes": "straight", "focus_marker": "*"},
    "front": [
        "Research Date: 2026-03-02 09:12",
        "Topic: How did 3M turn a weak adhesive into the Post-it Note, and how was the product launched?",
        "Sources Analyzed: 16",
        "Depth: standard",
        "Language: en",
    ],
    "sections": ["summary", "angles", "claims", "focus", "conclusions", "references"],
    "summary": [
        "The Post-it Note is a classic case of a product that took years to find its market. This report follows "
        "it from Spencer Silver's accidental adhesive through Art Fry's bookmark idea to 3M's hesitant test "
        "launch and its eventual national rollout.",
        "The evidence is drawn from 3M's own historical material and secondary accounts of the product's launch.",
    ],
    "angles": ["Product development angle", "Go-to-market angle", "Later history angle"],
    "groups": [
        {"heading": "### Product Development Angle", "claims": [
            {"key": "pi1", "text": "3M scientist Spencer Silver discovered the low-tack, repositionable adhesive in 1968 while trying to make a super-strong adhesive.",
             "ev": [{"src": LOGO, "quote": "Dr. Spencer Silver, a 3M scientist, discovered the formula for the sticky stuff back in 1968."},
                    {"src": TAT, "quote": "In 1968, a scientist at 3M in the United States, Dr. Spencer Silver, was attempting to develop a super-strong adhesive."}]},
            {"key": "pi11", "text": "Silver's adhesive was made of tiny acrylate copolymer microspheres that stick lightly and can be peeled off without leaving residue.",
             "ev": [{"src": "Post-it Note - Wikipedia", "finding": "The adhesive consists of acrylate copolymer microspheres that allow notes to be attached, removed and re-posted without leaving residue."}]},
            {"key": "pi2", "text": "For five years Silver promoted his adhesive inside 3M as a solution without a problem, without winning acceptance.",
             "ev": [{"src": TAT, "quote": "For five years, Silver promoted his 'solution without a problem' within 3M both informally and through seminars but failed to gain acceptance."}]},
            {"key": "pi3", "text": "In 1974 Silver's colleague Art Fry thought of using the adhesive to anchor his bookmark in his church choir hymnal.",
             "ev": [{"src": BOOKRAGS, "quote": "One Sunday in 1974 at the North Presbyterian Church, Fry began considering better ways to mark his place in his hymnal; the slips of paper he used kept falling out"}]},
            {"key": "pi4", "text": "Fry developed the idea under 3M's bootlegging policy, which let staff spend part of their working hours on their own projects.",
             "ev": [{"src": LOGO, "quote": "So, taking advantage of a 3M policy known as the \u201cbootlegging\u201d policy, Fry used a portion of his working hours to develop a solution to his problem."}]},
            {"key": "pi5", "text": "The original yellow colour was chosen by accident, because the lab next door only had yellow scrap paper.",
             "ev": [{"src": TAT, "quote": "The original notes' yellow color was chosen by accident, as the lab next-door to the Post-It team had only yellow scrap paper to use."}]},
        ]},
        {"heading": "### Go-to-Market Angle", "claims": [
            {"key": "pi6", "text": "3M first launched the product as Press 'n Peel in stores in four cities in 1977, with disappointing results.",
             "ev": [{"src": TAT, "quote": "3M launched the product as \u201cPress \u2018n Peel\u201d in stores in four cities in 1977, but results were disappointing."}]},
            {"key": "pi10", "text": "Consumers did not take to the product in the first test markets because they had no samples in hand to try.",
             "ev": [{"src": LOGO, "quote": "After years of product development, 3M introduced the concept of Post-it\u00ae Notes in four major markets in 1977. But, without actual samples in hand to try, consumers didn't catch on."}]},
            {"key": "pi7", "text": "In 1978 3M gave free samples directly to consumers in Boise, Idaho, and 94 percent of those who tried them said they would buy the product.",
             "ev": [{"src": TAT, "quote": "A year later 3M instead issued free samples directly to consumers in Boise, Idaho, with 94 percent of those who tried them indicating they would buy the product."},
                    {"src": LOGO, "quote": "After trying the notes, more than 90 percent of users said they'd buy the product themselves."}]},
            {"key": "pi8", "text": "After a rollout that began in 1979, Post-it Notes were sold across the United States from 6 April 1980.",
             "ev": [{"src": TAT, "quote": "The product was sold as \u201cPost-Its\u201d in 1979 when the rollout introduction began, and was sold across the United States from April 6, 1980."}]},
            {"key": "pi9", "text": "Post-it Notes were launched in Canada and Europe in 1981, the year after the US launch.",
             "ev": [{"src": TAT, "quote": "The following year they were launched in Canada and Europe."}]},
        ]},
        {"heading": "### Later History Angle", "claims": [
            {"key": "pi12", "text": "Post-it Notes became one of 3M's best-known consumer products and helped define the sticky-note category."},
            {"key": "pi13", "text": "The notes grew from small yellow squares into a range of colours, shapes and sizes.",
             "ev": [{"src": TAT, "quote": "Originally small yellow squares, Post-It Notes and related products are now available in an array of colors, shapes and sizes."}]},
            {"key": "pi14", "text": "When Jack Truong took over 3M's office supplies division in 2003, BlackBerry devices and early digital tools were seen as an existential threat to the Post-it Note.",
             "ev": [{"src": "How the Post-it Note survived the digital age - news report", "quote": "When Jack Truong assumed leadership of 3M's office supplies division in 2003, the Post-it Note faced an existential threat. The rise of BlackBerry devices and early digital communication tools had"}]},
            {"key": "pi15", "text": "Spencer Silver, the chemist behind the Post-it adhesive, died in 2021 at the age of 80.",
             "ev": [{"src": "Spencer Silver, an Inventor of Post-it Notes, Is Dead at 80 - The New York Times", "finding": "Silver died in May 2021 at his home in St. Paul, Minnesota, aged 80."}]},
        ]},
    ],
    "focus": [
        {"title": "Lessons from the Launch", "items": [
            ("Risks", "A novel product can fail a conventional test market when buyers cannot see what it is for."),
            ("Benefits", "Direct sampling converted curiosity into demand once people had tried the notes.")]},
        {"title": "Internal Innovation Culture", "items": [
            ("Benefits", "Time set aside for personal projects let an overlooked adhesive find a use."),
            ("Risks", "Years passed between discovery and launch without a clear product champion.")]},
    ],
    "conclusions": [
        "The Post-it Note succeeded only after 3M matched an adhesive nobody wanted with a use people recognised "
        "once they held the product. Sampling, not advertising alone, made the difference.",
    ],
    "references": [
        (LOGO, "https://www.logosindex.com/P/Post-it-logo/"),
        (TAT, "https://juliepowell2014.wordpress.com/2016/10/11/see-differently-6-15/"),
        (BOOKRAGS, "https://bookrags.com/research/post-it-note-woi"),
        ("Post-it Note - Wikipedia", "https://en.wikipedia.org/wiki/Post-it_note"),
        ("How the Post-it Note survived the digital age - news report", None),
        ("Spencer Silver, an Inventor of Post-it Notes, Is Dead at 80 - The New York Times", None),
        ("Post-It Notes 30th Anniversary - InventLaw", "https://inventlaw.com/category/entertaining/significant-inventions/"),
    ],
}

WIKI_WW = "The War of the Worlds (1938 radio drama) - Wikipedia"

WAR_WORLDS = {
    "id": "war-of-the-worlds-1938",
    "field": "culture",
    "style": {"newline": "\n", "quotes": "straight", "blank_lines": False,
              "trailing_ws": {"## ": " ", "- **Claim**: The episode": "  "}},
    "front": [
        "Research Date: 2026-03-09 21:26",
        "Topic: ",
        "    How was Orson Welles's 1938 War of the Worlds radio broadcast made, and did it really ",
        "    cause a pa",
        "Sources Analyzed: 19",
    ],
    "sections": ["summary", "angles", "claims", "focus", "conclusions", "references"],
    "summary": [
        "On the night before Halloween 1938, a radio adaptation of H. G. Wells's novel presented a Martian "
        "invasion as breaking news. This report looks at how the programme was produced, what the press said "
        "afterwards, and what later research concluded about the supposed mass panic.",
    ],
    "angles": ["Broadcast perspective", "Press reaction perspective", "Audience research perspective"],
    "groups": [
        {"heading": "### Broadcast Perspective", "claims": [
            {"key": "ww1", "text": "The War of the Worlds was performed live as a Halloween episode of The Mercury Theatre on the Air at 8 pm Eastern Time on 30 October 1938 over the CBS Radio Network.",
             "ev": [{"src": WIKI_WW, "quote": "performed and broadcast live at 8 pm ET on October 30, 1938, over the CBS Radio Network"}]},
            {"key": "ww2", "text": "The episode was directed and narrated by Orson Welles as an adaptation of H. G. Wells's 1898 novel.",
             "ev": [{"src": WIKI_WW, "quote": "Directed and narrated by actor and future filmmaker Orson Welles, the episode was an adaptation of H. G. Wells's novel The War of the Worlds (1898)."}]},
            {"key": "ww3", "text": "Orson Welles was 23 years old when he made the broadcast.",
             "ev": [{"src": "'War,' Panic and a One-Hour Broadcast: A Short Study - Charles Keller", "q": "curly", "quote": "The previous evening, a 23 year old Orson Welles brought the famous H.G. Wells novel to the airwaves"}]},
            {"key": "ww7", "text": "The radio script was written by Howard Koch, who adapted the novel for the Mercury Theatre.",
             "ev": [{"src": WIKI_WW, "finding": "The script is credited to Howard Koch, who wrote the adaptation for the Mercury Theatre on the Air."}]},
            {"key": "ww4", "text": "The first two-thirds of the hour were presented as simulated news bulletins suggesting that a Martian invasion was in progress.",
             "ev": [{"src": WIKI_WW, "quote": "The first two-thirds of the one-hour broadcast was presented as a series of simulated news bulletins, which suggested an actual alien invasion by Martians was currently in progress."}]},
            {"key": "ww5", "text": "Because The Mercury Theatre on the Air ran without commercial interruptions, the first break came almost 30 minutes into the programme.",
             "ev": [{"src": WIKI_WW, "quote": "The illusion of realism was furthered because the Mercury Theatre on the Air was a sustaining show without commercial interruptions, and the first break in the program came almost 30 minutes into the broadcast."}]},
            {"key": "ww6", "text": "In the story the Martians' first cylinder comes down on farmland at Grover's Mill, New Jersey.",
             "ev": [{"src": "Area 51: An Uncensored History - Annie Jacobsen", "q": "curly", "quote": "A huge, flaming meteorite had crashed into farmland at Grover\u2019s Mill"}]},
            {"key": "ww14", "text": "The programme's opening theme was Tchaikovsky's Piano Concerto No. 1.",
             "ev": [{"src": WIKI_WW, "finding": "Opening theme: Piano Concerto No. 1 by Pyotr Ilyich Tchaikovsky."}]},
            {"key": "ww15", "text": "The drama was performed at the Columbia Broadcasting Building, 485 Madison Avenue, New York.",
             "ev": [{"src": WIKI_WW, "finding": "Recording studio: Columbia Broadcasting Building, 485 Madison Avenue, New York."}]},
        ]},
        {"heading": "### Press Reaction Perspective", "claims": [
            {"key": "ww9", "text": "Newspapers the next day ran alarmed headlines such as Fake Radio War Stirs Terror Through U.S.",
             "ev": [{"src": "'War,' Panic and a One-Hour Broadcast: A Short Study - Charles Keller", "quote": "'FAKE RADIO WAR STIRS TERROR THROUGH U.S.,' or so went the headline on Halloween day 1938."}]},
            {"key": "ww10", "text": "In the days afterwards there was widespread outrage in the media, and some newspapers called the news-bulletin format cruelly deceptive.",
             "ev": [{"src": WIKI_WW, "quote": "In the days following the adaptation, there was widespread outrage in the media. The program's news-bulletin format was described as cruelly deceptive by some newspapers"}]},
            {"key": "ww12", "text": "On 31 October 1938 Welles told reporters that no one connected with the broadcast had any idea it would cause panic.",
             "ev": [{"src": WIKI_WW, "quote": "Orson Welles tells reporters that no one connected with the broadcast had any idea it would cause panic (October 31, 1938)"}]},
        ]},
        {"heading": "### Audience Research Perspective", "claims": [
            {"key": "ww11", "text": "The scale of the panic is disputed, because the programme had relatively few listeners.",
             "ev": [{"src": WIKI_WW, "quote": "The episode is infamous for inciting a panic by convincing some members of the listening audience that a Martian invasion was taking place, though the scale of panic is disputed, as the program had relatively few listeners."}]},
            {"key": "ww8", "text": "The legend that listeners switching over from The Chase and Sanborn Hour missed the opening announcement is, according to modern research, true only in rare cases.",
             "ev": [{"src": WIKI_WW, "quote": "Popular legend holds that some of the radio audience may have been listening to The Chase and Sanborn Hour with Edgar Bergen on NBC and tuned in to \u201cThe War of the Worlds\u201d during a musical interlude"},
                    {"src": WIKI_WW, "quote": "Modern research suggests that this happened only in rare instances."}]},
            {"key": "ww13", "text": "Hadley Cantril's 1940 study The Invasion from Mars estimated that about six million people heard the broadcast and roughly 1.2 million were frightened or disturbed.",
             "ev": [{"src": "The Invasion from Mars: A Study in the Psychology of Panic - Hadley Cantril (1940)", "finding": "Estimated some six million listeners, of whom about 1.2 million were frightened or disturbed; later historians regard these figures as unreliable."}]},
        ]},
    ],
    "focus": [
        {"title": "Realism of the Format", "items": [
            ("Risks", "News-bulletin drama can be mistaken for real news by listeners who miss the framing."),
            ("Benefits", "The format showed how radio could create immediacy and suspense."),
            ("Open Questions", "How many listeners actually believed the broadcast remains uncertain.")]},
    ],
    "conclusions": [
        "The broadcast's realism was real and deliberate, but the story of nationwide hysteria owes much to the "
        "newspaper coverage that followed it. Modern research treats the panic as far smaller than legend holds.",
    ],
    "references": [
        (WIKI_WW, "https://en.wikipedia.org/wiki/The_War_of_the_Worlds_(1938_radio_drama)"),
        ("'War,' Panic and a One-Hour Broadcast: A Short Study - Charles Keller", "https://charleskeller.net/category/grovers-mill/"),
        ("Area 51: An Uncensored History - Annie Jacobsen", None),
        ("The Invasion from Mars: A Study in the Psychology of Panic - Hadley Cantril (1940)", None),
        ("The Myth of the War of the Worlds Panic - Slate", None),
    ],
}

REPORTS = [GREAT_STINK, ARCTIC_TERN, ORESUND, STETHOSCOPE, BEAMON, POSTIT, WAR_WORLDS]
