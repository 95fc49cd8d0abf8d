"""Content and per-report style options for the holdout43 reports.

Each report:
  slug      file stem (report id)
  alias     short name used by questions_data.py
  subject, field   for the README table
  style     rendering options, see build.py
  front     front-matter as (key, value) pairs; a list value is rendered as wrapped Topic lines
  summary   paragraphs of the Executive Summary
  angles    Research Angles bullets, or None to leave the section out
  sections  (heading, [claims]); claim = (key, text, [evidence]); evidence = (source, "q"|"f", text)
  focus     Focus Areas as (title, [(label, text)]), or None
  conclusions  paragraphs, or None
  references   (title, url or "Unknown")

Near-topic facts that questions_data.py asks about (and that no claim gives) are deliberately left
out of every section of the reports; they are listed in README.md.
"""

PONY = dict(
    slug="pony-express-1860-61",
    alias="pony",
    subject="The Pony Express horseback mail relay (1860-61)",
    field="History",
    style=dict(crlf=True, bom=False, curly=True, blank_between=True),
    front=[
        ("Research Date", "2026-01-21 09:12"),
        ("Topic", [
            "How did the Pony Express operate between 1860 and 1861, and why did it ",
            "fail so quickly despite its lasting fa",
        ]),
        ("Sources Analyzed", "18"),
    ],
    summary=[
        "This report examines the Pony Express, the horseback mail relay that linked Missouri and "
        "California for about a year and a half before the American Civil War. It looks at how the "
        "relay system worked, why the business behind it struggled, and how its reputation grew long "
        "after the last rider finished.",
    ],
    angles=["Route and operations", "Business and finance", "Memory and myth"],
    sections=[
        ("Route and Operations", [
            ("start",
             "The Pony Express began service on 3 April 1860, with riders setting out from St. Joseph, "
             "Missouri, and Sacramento, California, at roughly the same time.",
             [("The Pony Express: A Postal History", "q",
               "On April 3, 1860, the first riders left St. Joseph and Sacramento almost simultaneously, "
               "each carrying the mail toward the other end of the line.")]),
            ("route",
             "The route ran for roughly 1,900 miles through land that now belongs to Kansas, Nebraska, "
             "Colorado, Wyoming, Utah and Nevada before reaching California.",
             [("Pony Express National Historic Trail - National Park Service", "q",
               "The trail stretched nearly 1,900 miles across what are today eight states.")]),
            ("stations",
             "Relay stations were placed about 10 to 15 miles apart so that riders could swap to fresh "
             "horses without losing speed.",
             [("Pony Express National Historic Trail - National Park Service", "q",
               "Relay stations, spaced 10 to 15 miles apart, allowed riders to change to a fresh mount "
               "in a matter of minutes."),
              ("Saddles and Stations: Daily Life on the Pony Express", "f",
               "Station keepers kept a saddled horse waiting so that the exchange took about two minutes.")]),
            ("legs",
             "A single rider usually covered 75 to 100 miles before passing the mochila, the leather mail "
             "cover, to the next rider.",
             [("Saddles and Stations: Daily Life on the Pony Express", "q",
               "Riders generally rode between 75 and 100 miles, handing the mochila to a fresh rider at a "
               "home station.")]),
            ("timing",
             "Mail normally took about ten days to cross the whole route in summer, stretching to between "
             "twelve and sixteen days in winter.",
             [("The Pony Express: A Postal History", "q",
               "Schedules promised ten days in summer; in winter the trip took twelve to sixteen days.")]),
            ("lincoln",
             "The fastest recorded run carried Abraham Lincoln's inaugural address to California in about "
             "seven days and seventeen hours.",
             [("The Pony Express: A Postal History", "q",
               "Lincoln's inaugural address of March 1861 reached Sacramento in 7 days and 17 hours, the "
               "best time the service ever made.")]),
            ("riders",
             "Riders were chosen for being young and light, and strict weight limits on riders and mail "
             "helped keep the horses fast.",
             [("Saddles and Stations: Daily Life on the Pony Express", "q",
               "Most riders were in their teens or early twenties and weighed little, since every pound "
               "slowed the horse.")]),
            ("paiute",
             "The Paiute War in Nevada in 1860 destroyed several relay stations and interrupted the service "
             "for weeks.",
             [("Conflict on the Central Route: The Pyramid Lake War", "q",
               "Raids during the Pyramid Lake conflict burned stations along the Nevada stretch and halted "
               "the mail for nearly a month.")]),
        ]),
        ("Business and Finance", [
            ("founders",
             "The service was launched by the freighting firm Russell, Majors and Waddell, which hoped to "
             "win a lucrative federal mail contract for the central route.",
             [("Russell, Majors and Waddell: Freighting Empire of the West", "q",
               "William H. Russell saw the express as proof that the central route could carry the mail "
               "year-round, and a government contract was the real prize.")]),
            ("price",
             "Postage was first set at five dollars per half ounce, which restricted customers mostly to "
             "newspapers, businesses and government offices.",
             [("The Pony Express: A Postal History", "q",
               "At $5 for each half ounce, letters were written on thin tissue paper and sent mostly by "
               "newspapers, merchants and officials.")]),
            ("losses",
             "The Pony Express never turned a profit, and its debts helped bring down Russell, Majors and "
             "Waddell.",
             [("Russell, Majors and Waddell: Freighting Empire of the West", "f",
               "Losses on the express compounded the firm's debts, and the partnership collapsed soon after "
               "the line closed.")]),
            ("telegraph",
             "The completion of the first transcontinental telegraph line in October 1861 made the "
             "horseback relay obsolete almost overnight.",
             [("The Transcontinental Telegraph and the End of the Pony", "q",
               "Once the wires were joined at Salt Lake City in October 1861, a message could cross the "
               "continent in minutes rather than days.")]),
        ]),
        ("Memory and Myth", [
            ("cody_shows",
             "Much of the popular image of the Pony Express was shaped decades later by Buffalo Bill "
             "Cody's Wild West shows and dime novels.",
             [("Inventing the Pony Express: Memory and Myth", "q",
               "The Wild West arena, not the trail itself, fixed the image of the lone rider galloping "
               "ahead of pursuers in the public mind.")]),
            ("cody_doubt",
             "Historians doubt several famous rider stories, including the tale that Cody himself made an "
             "exceptionally long emergency ride as a teenager.",
             [("Inventing the Pony Express: Memory and Myth", "q",
               "No contemporary record places the young Cody on the express payroll, and his celebrated "
               "marathon ride rests on his own later accounts.")]),
            ("legacy",
             "Although it lasted only about eighteen months, the Pony Express is remembered as a symbol of "
             "speed and of the bond between East and West on the eve of the Civil War.",
             [("Inventing the Pony Express: Memory and Myth", "f",
               "The express became a national symbol because it briefly tied California to the Union at a "
               "time of secession.")]),
        ]),
    ],
    focus=[
        ("Speed Versus Cost", [
            ("Risks", "High fixed costs for stations, stock and staff that postage alone could not cover."),
            ("Benefits", "News from the East reached California days sooner than by stagecoach or ship."),
        ]),
        ("Why the Service Ended", [
            ("Risks", "Dependence on a government contract that never materialised."),
            ("Benefits", "Showed that the central route could be used in every season."),
        ]),
    ],
    conclusions=[
        "The Pony Express was an operational success and a financial failure. Its relay system delivered "
        "mail at unprecedented speed, but the telegraph removed its purpose within months, and the legend "
        "that survives owes as much to later showmen as to the riders themselves.",
    ],
    references=[
        ("The Pony Express: A Postal History", "Unknown"),
        ("Pony Express National Historic Trail - National Park Service", "https://www.nps.gov/poex/index.htm"),
        ("Saddles and Stations: Daily Life on the Pony Express", "Unknown"),
        ("Conflict on the Central Route: The Pyramid Lake War", "Unknown"),
        ("Russell, Majors and Waddell: Freighting Empire of the West", "Unknown"),
        ("The Transcontinental Telegraph and the End of the Pony", "Unknown"),
        ("Inventing the Pony Express: Memory and Myth", "Unknown"),
    ],
)

WAVES = dict(
    slug="rogue-waves-draupner",
    alias="waves",
    subject="Rogue ocean waves since the 1995 Draupner record",
    field="Science (oceanography)",
    style=dict(crlf=False, bom=True, curly=False, blank_between=False),
    front=[
        ("Research Date", "2026-02-02 14:30"),
        ("Topic", "What do scientists now know about rogue waves since the Draupner measurement, and can they be forecast?"),
        ("Sources Analyzed", "31"),
        ("Model", "deep-research-2"),
        ("Status", "complete"),
    ],
    summary=[
        "This report reviews the science of rogue waves, the unexpectedly large waves that can appear "
        "in the open ocean. It covers the observations that established them as real, the physical "
        "mechanisms proposed to explain them, and efforts to forecast the risk they pose to ships and "
        "offshore structures.",
        "The evidence base has grown quickly since the mid-1990s, combining platform sensors, buoys, "
        "satellites, wave tanks and, most recently, machine learning.",
    ],
    angles=["Observations perspective", "Wave physics perspective", "Forecasting and safety perspective"],
    sections=[
        ("Observations Perspective", [
            ("draupner",
             "The Draupner platform in the North Sea recorded a single wave about 25.6 metres high on "
             "1 January 1995, while the significant wave height around it was close to 12 metres.",
             [("The Draupner wave: 25 years on - Ocean Engineering", "q",
               "The laser sensor at Draupner E registered a crest-to-trough height of 25.6 m against a "
               "significant wave height of about 12 m."),
              ("Freak waves: rare realisations of a typical population - Philosophical Transactions", "f",
               "The record came from a downward-looking laser, which ruled out a fault in a single floating "
               "buoy.")]),
            ("turning",
             "The Draupner record is widely regarded as the first instrument measurement that convinced "
             "scientists rogue waves were real rather than sailors' exaggerations.",
             [("The Draupner wave: 25 years on - Ocean Engineering", "q",
               "Before 1995 reports of walls of water were often dismissed as anecdote; Draupner changed "
               "that almost overnight.")]),
            ("definition",
             "A rogue wave is usually defined as one whose height is more than twice the significant wave "
             "height of the surrounding sea.",
             [("Rogue waves - NOAA Ocean Service", "q",
               "Oceanographers call a wave rogue when its height exceeds twice the significant wave height.")]),
            ("maxwave",
             "Satellite radar surveys such as the European MaxWave project found many more extreme "
             "individual waves across the world's oceans than older models had predicted.",
             [("Ship-sinking monster waves revealed by ESA satellites - European Space Agency", "q",
               "Radar images from the ERS satellites showed that individual giant waves occur far more "
               "often than traditional models suggested.")]),
            ("modest",
             "Buoy records show that rogue waves also occur in relatively calm or moderate seas, not only "
             "in severe storms.",
             [("Rogue wave occurrence in a large buoy dataset - Scientific Reports", "f",
               "A significant fraction of the recorded rogue waves occurred when significant wave heights "
               "were below 4 m.")]),
        ]),
        ("Wave Physics Perspective", [
            ("linear",
             "Linear superposition of many smaller waves that happen to line up in phase can produce a "
             "rogue wave without any exotic mechanism.",
             [("Freak waves: rare realisations of a typical population - Philosophical Transactions", "q",
               "Much of the observed statistics can be reproduced by linear focusing of dispersive wave "
               "components.")]),
            ("nonlinear",
             "Modulational instability, described by the nonlinear Schrödinger equation, can focus wave "
             "energy and make extreme waves more likely in narrow-banded seas.",
             [("Oceanic rogue waves - Annual Review of Fluid Mechanics", "q",
               "In long-crested, narrow-banded seas the Benjamin–Feir instability can lead to a marked "
               "increase in the probability of extreme waves."),
              ("Freak waves: rare realisations of a typical population - Philosophical Transactions", "f",
               "In short-crested, directionally spread seas the nonlinear contribution is much weaker.")]),
            ("currents",
             "Waves running against a strong current, such as the Agulhas Current off South Africa, can "
             "steepen sharply and raise the risk of extreme waves.",
             [("Oceanic rogue waves - Annual Review of Fluid Mechanics", "q",
               "The Agulhas Current is notorious for the abnormal waves encountered when swell opposes the "
               "current.")]),
            ("lab",
             "A 2019 wave-tank study at the University of Edinburgh reproduced the Draupner wave and showed "
             "that two wave systems crossing at a wide angle could explain its shape.",
             [("Laboratory recreation of the Draupner wave and the role of breaking in crossing seas - Journal of Fluid Mechanics", "q",
               "We reproduce the Draupner wave in a circular wave basin and show that it is consistent with "
               "crossing wave systems."),
              ("Scientists recreate infamous Draupner freak wave - University of Oxford News", "f",
               "The experiments were run in the FloWave Ocean Energy Research Facility in Edinburgh with "
               "Oxford collaborators.")]),
            ("breaking",
             "The same experiments found that crossing seas let waves grow steeper than usual before "
             "breaking, so breaking limits their height less.",
             [("Laboratory recreation of the Draupner wave and the role of breaking in crossing seas - Journal of Fluid Mechanics", "q",
               "When waves cross at large angles, breaking behaviour changes and the wave can attain a "
               "steepness that would otherwise be impossible.")]),
        ]),
        ("Forecasting and Safety Perspective", [
            ("design",
             "Ship design rules historically assumed wave loads that rogue waves can exceed, which prompted "
             "reviews of structural standards.",
             [("Ship-sinking monster waves revealed by ESA satellites - European Space Agency", "q",
               "Ships are built to withstand waves well below what many of these rogue waves deliver.")]),
            ("bfi",
             "Forecast indicators based on spectral parameters such as the Benjamin–Feir index are now "
             "issued experimentally by some weather centres to flag rogue-wave risk.",
             [("Freak wave forecasting at ECMWF - ECMWF Technical Memorandum", "f",
               "The operational wave model outputs the Benjamin–Feir index and an estimate of the expected "
               "maximum wave height.")]),
            ("ml",
             "A 2023 machine-learning study trained on buoy data found that crest-trough correlation was the "
             "strongest single predictor of rogue wave occurrence.",
             [("Machine-guided discovery of a real-world rogue wave model - PNAS", "q",
               "Crest-trough correlation emerges as the most important parameter for predicting rogue "
               "waves."),
              ("Machine-guided discovery of a real-world rogue wave model - PNAS", "f",
               "The model was trained on about a billion waves recorded by coastal and offshore buoys.")]),
            ("dawn",
             "Rogue waves have been blamed for damage to cruise ships such as the Norwegian Dawn in 2005, "
             "when windows were broken high above the waterline.",
             [("Cruise ship hit by freak wave off Georgia coast - Associated Press", "q",
               "The wave smashed windows on the ship's upper decks and flooded dozens of cabins.")]),
            ("lifetime",
             "Although rogue waves are rare on any single voyage, the cumulative chance of meeting one over "
             "a ship's service life is significant.",
             [("Rogue waves - NOAA Ocean Service", "q",
               "Over the lifetime of a vessel, encountering at least one rogue wave becomes a real "
               "possibility rather than a remote one.")]),
        ]),
    ],
    focus=[
        ("Explaining Extreme Waves", [
            ("Open questions", "How linear focusing, nonlinear instability, currents and crossing seas combine in real oceans."),
            ("Practical implications", "No single mechanism is enough; risk depends on the local sea state."),
        ]),
        ("Protecting Ships and Platforms", [
            ("Risks", "Structures designed to older wave statistics may be under-designed."),
            ("Benefits", "Spectral indicators and learned models offer early, if experimental, warnings."),
        ]),
    ],
    conclusions=[
        "Rogue waves are no longer in doubt. The remaining questions concern how often they occur in "
        "different sea states and how well that risk can be forecast far enough ahead to matter for "
        "ships and offshore operators.",
    ],
    references=[
        ("The Draupner wave: 25 years on - Ocean Engineering", "https://doi.org/10.1016/j.oceaneng.2020.107412"),
        ("Freak waves: rare realisations of a typical population - Philosophical Transactions", "https://royalsocietypublishing.org/doi/10.1098/rsta.2002.1061"),
        ("Rogue waves - NOAA Ocean Service", "https://oceanservice.noaa.gov/facts/roguewaves.html"),
        ("Ship-sinking monster waves revealed by ESA satellites - European Space Agency", "https://www.esa.int/Applications/Observing_the_Earth/Ship-sinking_monster_waves_revealed_by_ESA_satellites"),
        ("Rogue wave occurrence in a large buoy dataset - Scientific Reports", "https://www.nature.com/articles/s41598-020-71324-6"),
        ("Oceanic rogue waves - Annual Review of Fluid Mechanics", "https://doi.org/10.1146/annurev.fluid.40.111406.102203"),
        ("Laboratory recreation of the Draupner wave and the role of breaking in crossing seas - Journal of Fluid Mechanics", "https://doi.org/10.1017/jfm.2018.954"),
        ("Scientists recreate infamous Draupner freak wave - University of Oxford News", "https://www.ox.ac.uk/news/2019-01-23-scientists-recreate-infamous-draupner-freak-wave"),
        ("Freak wave forecasting at ECMWF - ECMWF Technical Memorandum", "https://www.ecmwf.int/en/elibrary/freak-wave-forecasting"),
        ("Machine-guided discovery of a real-world rogue wave model - PNAS", "https://doi.org/10.1073/pnas.2306275120"),
        ("Cruise ship hit by freak wave off Georgia coast - Associated Press", "https://apnews.com/article/norwegian-dawn-freak-wave-2005"),
    ],
)

PISA = dict(
    slug="pisa-tower-stabilisation",
    alias="pisa",
    subject="Stabilising the Leaning Tower of Pisa (1990-2001)",
    field="Engineering (geotechnical)",
    style=dict(crlf=False, bom=False, curly=False, blank_between=False),
    front=[
        ("Research Date", "2026-01-28 16:47"),
        ("Topic", [
            "How was the Leaning Tower of Pisa stabilised between 1990 and 2001, and",
            "what did engineers learn from the project?",
        ]),
    ],
    summary=[
        "This report looks at why the bell tower of Pisa cathedral leans, how close it came to failure in "
        "the late twentieth century, and how an international team reduced the lean without destroying the "
        "character of the monument.",
    ],
    angles=["Geotechnical causes perspective", "Stabilisation works perspective", "Outcomes perspective"],
    sections=[
        ("Geotechnical Causes Perspective", [
            ("soil",
             "The tower began to lean during construction in the twelfth century because its foundation "
             "rests on soft, compressible silts and clays.",
             [("The stabilisation of the Leaning Tower of Pisa - Soils and Foundations", "q",
               "The tower is founded on weak, highly compressible soils, and it started to tilt when "
               "construction had reached the third storey.")]),
            ("pauses",
             "Long interruptions in the building work gave the soil time to consolidate and strengthen, "
             "which probably saved the tower from toppling before it was finished.",
             [("The stabilisation of the Leaning Tower of Pisa - Soils and Foundations", "q",
               "Had construction continued without interruption, the foundation soils would almost "
               "certainly have failed.")]),
            ("banana",
             "Masons tried to correct the tilt by making the upper storeys slightly taller on the leaning "
             "side, giving the tower a subtle banana-shaped curve.",
             [("Pisa: the tower that would not fall - New Civil Engineer", "f",
               "Successive builders adjusted the masonry to bring the upper floors back towards vertical, "
               "producing a curved axis.")]),
            ("closure",
             "By 1990 the inclination had reached about 5.5 degrees and the tower was closed to the public "
             "over fears that it could collapse.",
             [("Pisa: the tower that would not fall - New Civil Engineer", "q",
               "With the lean at some five and a half degrees, the authorities shut the doors in January "
               "1990.")]),
        ]),
        ("Stabilisation Works Perspective", [
            ("committee",
             "An international committee chaired by the geotechnical engineer Michele Jamiolkowski was set "
             "up to find a way to stabilise the tower.",
             [("Saving the Leaning Tower - Proceedings of the ICE", "q",
               "The Commission, under the chairmanship of Professor Jamiolkowski, brought together "
               "specialists in geotechnics, structures and restoration.")]),
            ("lead",
             "As a temporary measure, about 600 tonnes of lead ingots were stacked on the north side of the "
             "foundation in 1993 to counter the lean.",
             [("Saving the Leaning Tower - Proceedings of the ICE", "q",
               "Some 600 tonnes of lead ingots placed on the north side produced a small but valuable "
               "reduction in inclination.")]),
            ("freeze",
             "A 1995 attempt to replace the lead with ground anchors, which involved freezing the soil, "
             "triggered a sudden southward movement and was abandoned.",
             [("The stabilisation of the Leaning Tower of Pisa - Soils and Foundations", "q",
               "Ground freezing on the south side in September 1995 caused the tower to move southward more "
               "in one night than it had in a year.")]),
            ("underexc",
             "The final solution was soil under-excavation, removing small amounts of soil with inclined "
             "drills from beneath the north side.",
             [("Saving the Leaning Tower - Proceedings of the ICE", "q",
               "Small quantities of soil were extracted through inclined drill holes beneath the north "
               "foundation, allowing the ground to settle gently."),
              ("Under-excavation at Pisa: a technical note - Geotechnique", "f",
               "Extraction was carried out in small increments, with each step checked against the "
               "monitoring data before the next.")]),
            ("models",
             "Physical and computer models of the tower and its soil were used to test under-excavation "
             "before it was tried on the monument itself.",
             [("Under-excavation at Pisa: a technical note - Geotechnique", "q",
               "Finite element analyses and large-scale trials on a test footing gave confidence that the "
               "method would not destabilise the tower.")]),
            ("cables",
             "Steel cables anchored to the tower during the works acted as a safety harness in case the "
             "excavation caused unexpected movement.",
             [("Pisa: the tower that would not fall - New Civil Engineer", "f",
               "Two cables attached at first-floor level stood ready to restrain the tower if it began to "
               "move the wrong way.")]),
        ]),
        ("Outcomes Perspective", [
            ("reduced",
             "Under-excavation reduced the lean by roughly 44 centimetres at the top, returning the tower to "
             "the inclination it had in the early nineteenth century.",
             [("The stabilisation of the Leaning Tower of Pisa - Soils and Foundations", "q",
               "The inclination was reduced by about half a degree, corresponding to a movement at the top "
               "of some 44 cm.")]),
            ("reopen",
             "The tower reopened to visitors in December 2001 after more than a decade of closure.",
             [("Leaning Tower of Pisa reopens - BBC News", "q",
               "After eleven years behind scaffolding, the tower welcomed its first visitors on Saturday.")]),
            ("settling",
             "Monitoring after the works showed the tower kept straightening slightly for several years "
             "before it settled.",
             [("Monitoring the Leaning Tower of Pisa after stabilisation - Structural Control and Health Monitoring", "f",
               "Inclination continued to decrease by a few centimetres until around 2008 and has since been "
               "essentially stable.")]),
            ("future",
             "Engineers expect the tower to remain stable for at least two hundred years, although it will "
             "never be made fully upright because the lean is part of its value.",
             []),
        ]),
    ],
    focus=None,
    conclusions=[
        "The Pisa project showed that a monument on very soft ground can be stabilised by working with the "
        "soil rather than against it. Careful monitoring, trial models and small reversible steps mattered "
        "as much as the final technique, and the failed 1995 intervention is a reminder of how sensitive "
        "the tower remains.",
    ],
    references=[
        ("The stabilisation of the Leaning Tower of Pisa - Soils and Foundations", "Unknown"),
        ("Pisa: the tower that would not fall - New Civil Engineer", "Unknown"),
        ("Saving the Leaning Tower - Proceedings of the ICE", "Unknown"),
        ("Under-excavation at Pisa: a technical note - Geotechnique", "Unknown"),
        ("Leaning Tower of Pisa reopens - BBC News", "Unknown"),
        ("Monitoring the Leaning Tower of Pisa after stabilisation - Structural Control and Health Monitoring", "Unknown"),
    ],
)

LYRE = dict(
    slug="lyrebird-vocal-mimicry",
    alias="lyre",
    subject="Superb lyrebird song, mimicry and ecology",
    field="Nature (ornithology)",
    style=dict(crlf=True, bom=True, curly=False, blank_between=False),
    front=[
        ("Research Date", "2026-02-06 08:05"),
        ("Topic", "How and why do superb lyrebirds mimic other sounds, and what does recent research reveal about their behaviour and ecology?"),
        ("Sources Analyzed", "22"),
        ("Language", "en-AU"),
    ],
    summary=[
        "This report summarises research on the superb lyrebird, an Australian songbird famous for "
        "imitating other sounds. It covers what the birds copy and how they learn it, the role of mimicry "
        "and dance in courtship, and the species' place in forest ecology and conservation.",
    ],
    angles=None,
    sections=[
        ("Song and Mimicry Perspective", [
            ("range",
             "The superb lyrebird is a large ground-dwelling songbird of the wet forests of south-eastern "
             "Australia.",
             [("Superb Lyrebird (Menura novaehollandiae) - Birds of the World", "f",
               "Superb lyrebirds occupy moist eucalypt forest and temperate rainforest from south-eastern "
               "Queensland to Victoria.")]),
            ("season",
             "Males sing for hours each day during the winter breeding season, when most of their displays "
             "take place.",
             [("Superb Lyrebird (Menura novaehollandiae) - Birds of the World", "f",
               "Song output peaks in June and July, when males may sing for up to four hours a day.")]),
            ("share",
             "As much as 70 to 80 percent of a male's song is made up of imitations of other bird species.",
             [("Vocal mimicry in the superb lyrebird - Australian Journal of Zoology", "f",
               "Mimetic elements accounted for roughly 70-80% of male song, the remainder being "
               "species-specific lyrebird calls.")]),
            ("learning",
             "Young lyrebirds learn much of their mimicry from older lyrebirds rather than only from the "
             "species being copied, so local populations share a recognisable repertoire.",
             [("Vocal mimicry in the superb lyrebird - Australian Journal of Zoology", "f",
               "Mimicked calls in a population are delivered in a stereotyped order, consistent with "
               "learning from other lyrebirds.")]),
            ("machines",
             "Imitations of chainsaws, car alarms and camera shutters come mostly from captive birds and are "
             "rarely heard from wild lyrebirds.",
             [("Separating myth from mimicry - Australian Geographic", "f",
               "The best-known recordings of mechanical sounds were made at zoos and wildlife parks, not in "
               "the bush.")]),
        ]),
        ("Courtship Behaviour Perspective", [
            ("mobbing",
             "A 2021 study found that males imitate the sound of a mixed flock of birds mobbing a predator "
             "when a female tries to leave during courtship.",
             [("Male lyrebirds create a complex acoustic illusion of a mobbing flock during courtship and copulation - Current Biology", "f",
               "Males produced a mimetic chorus resembling a mobbing flock specifically when females moved to "
               "leave the display.")]),
            ("deceive",
             "This mimicked mobbing chorus may trick the female into believing a predator is close by, "
             "encouraging her to stay with the male.",
             [("Male lyrebirds create a complex acoustic illusion of a mobbing flock during courtship and copulation - Current Biology", "f",
               "The authors propose that the illusion exploits the female's anti-predator response to "
               "prolong mating opportunities.")]),
            ("mounds",
             "Males display on several earth mounds that they clear on the forest floor, dancing with their "
             "tail feathers fanned forward over their heads.",
             [("Superb Lyrebird (Menura novaehollandiae) - Birds of the World", "f",
               "Each male maintains a number of display mounds within his territory.")]),
            ("dance",
             "Lyrebird dances are choreographed to their song, with specific movements paired to specific "
             "song types.",
             [("Dance choreography is coordinated with song repertoire in a complex avian display - Current Biology", "f",
               "Males matched four distinct movement types to four song types during their displays.")]),
            ("females",
             "Female superb lyrebirds also sing and mimic, although researchers overlooked their vocal "
             "behaviour for a long time.",
             [("Elaborate mimetic vocal displays by female superb lyrebirds - Frontiers in Ecology and Evolution", "f",
               "Females produced complex mimicry both in nest defence and while foraging alone.")]),
            ("flute",
             "Lyrebirds in New England National Park were reported to sing flute-like tunes thought to trace "
             "back to a captive bird raised by a flute-playing farmer in the 1930s.",
             [("The flute lyrebird story revisited - Emu", "f",
               "Analysis of recordings suggests the tunes are consistent with a learned human melody passed "
               "on through generations, though the historical trail is incomplete.")]),
        ]),
        ("Ecology and Conservation Perspective", [
            ("engineers",
             "By raking through leaf litter as they forage, lyrebirds move large amounts of soil, making them "
             "important ecosystem engineers.",
             [("Lyrebirds as ecosystem engineers - Ecosphere", "f",
               "Foraging lyrebirds displaced more soil and litter than any other ground-dwelling animal "
               "studied in these forests.")]),
            ("fire",
             "Lyrebird foraging reduces the amount of leaf litter on the forest floor, which may lower the "
             "intensity of bushfires.",
             [("Lyrebirds as ecosystem engineers - Ecosphere", "f",
               "Litter loads were lower where lyrebirds foraged, suggesting a role in reducing surface "
               "fuel.")]),
            ("blacksummer",
             "The 2019-2020 Black Summer bushfires burned a large share of the superb lyrebird's habitat.",
             [("Impact of the 2019-20 fires on Australian birds - Emu", "f",
               "The superb lyrebird was among the species with the greatest overlap between its range and "
               "the burnt area.")]),
            ("albert",
             "Albert's lyrebird, the smaller and rarer of the two lyrebird species, lives only in a small "
             "area of rainforest on the Queensland-New South Wales border.",
             [("Albert's Lyrebird - BirdLife Australia", "f",
               "The species is confined to subtropical rainforest of the McPherson Range and nearby "
               "ranges.")]),
            ("coin",
             "The superb lyrebird appears on the reverse of the Australian ten-cent coin.",
             [("Australian decimal coin designs - Royal Australian Mint", "f",
               "Stuart Devlin's 10c design shows a male superb lyrebird in display.")]),
        ]),
    ],
    focus=[
        ("Mimicry and Mate Choice", [
            ("Findings", "Mimicry is learned, culturally shared and used tactically during courtship."),
            ("Open questions", "How females judge mimicry quality, and why females mimic at all."),
        ]),
        ("Lyrebirds and Fire", [
            ("Risks", "Large fires remove the litter layer and shelter the birds depend on."),
            ("Benefits", "Foraging birds reduce surface fuel and turn over forest soils."),
        ]),
    ],
    conclusions=[
        "The superb lyrebird is both a remarkable vocal learner and a key shaper of its forest floor. "
        "Recent work has moved beyond anecdotes of copied chainsaws to show how mimicry functions in "
        "courtship, while the Black Summer fires have raised new questions about the species' resilience.",
    ],
    references=[
        ("Superb Lyrebird (Menura novaehollandiae) - Birds of the World", "https://birdsoftheworld.org/bow/species/suplyr1/cur/introduction"),
        ("Vocal mimicry in the superb lyrebird - Australian Journal of Zoology", "Unknown"),
        ("Separating myth from mimicry - Australian Geographic", "Unknown"),
        ("Male lyrebirds create a complex acoustic illusion of a mobbing flock during courtship and copulation - Current Biology", "https://doi.org/10.1016/j.cub.2021.02.003"),
        ("Dance choreography is coordinated with song repertoire in a complex avian display - Current Biology", "https://doi.org/10.1016/j.cub.2013.04.063"),
        ("Elaborate mimetic vocal displays by female superb lyrebirds - Frontiers in Ecology and Evolution", "Unknown"),
        ("The flute lyrebird story revisited - Emu", "Unknown"),
        ("Lyrebirds as ecosystem engineers - Ecosphere", "Unknown"),
        ("Impact of the 2019-20 fires on Australian birds - Emu", "Unknown"),
        ("Albert's Lyrebird - BirdLife Australia", "https://www.birdlife.org.au/bird-profile/alberts-lyrebird"),
        ("Australian decimal coin designs - Royal Australian Mint", "Unknown"),
    ],
)

CROSS = dict(
    slug="crossword-puzzle-history",
    alias="cross",
    subject="The crossword puzzle from 1913 to the app era",
    field="Culture",
    style=dict(crlf=False, bom=False, curly=True, blank_between=False),
    front=[
        ("Research Date", "2026-01-30 13:20"),
        ("Topic", [
            "How did the crossword puzzle emerge in the early twentieth century, spread",
            "across the English-speaking world, and diverge into distinct styles?",
        ]),
        ("Sources Analyzed", "26"),
        ("Reviewer", "none"),
        ("Version", "2"),
    ],
    summary=[
        "This report traces the crossword from a single newspaper feature in 1913 to a global pastime with "
        "its own national traditions. It covers the puzzle's origins, the craze of the 1920s, the split "
        "between American and British styles, and how the puzzle is made and sold today.",
    ],
    angles=["Origins perspective", "Spread and craze perspective", "Styles and wartime perspective",
            "Modern puzzle-making perspective"],
    sections=[
        ("Origins Perspective", [
            ("first",
             "The first published crossword, which its creator Arthur Wynne called a “word-cross”, appeared "
             "in the New York World on 21 December 1913.",
             [("The Crossword Century - Alan Connor", "q",
               "Wynne's puzzle in the World's Sunday supplement of December 21, 1913 is generally accepted "
               "as the first crossword."),
              ("Crossword - Encyclopaedia Britannica", "f",
               "Britannica credits Wynne, a Liverpool-born journalist, with the first crossword.")]),
            ("diamond",
             "Wynne's first puzzle was diamond-shaped and had none of the black squares that later became "
             "standard.",
             [("The Crossword Century - Alan Connor", "q",
               "It was a diamond, with a hollow centre, and no black squares at all.")]),
        ]),
        ("Spread and Craze Perspective", [
            ("book",
             "Simon & Schuster's very first book, published in 1924, was a collection of crossword puzzles, "
             "and it became a best-seller.",
             [("How a crossword book launched a publishing house - Publishers Weekly", "q",
               "The Cross Word Puzzle Book sold hundreds of thousands of copies within months and put the "
               "young firm on its feet."),
              ("The Crossword Century - Alan Connor", "f",
               "Each copy was sold with a pencil attached.")]),
            ("craze",
             "During the mid-1920s crossword craze, newspapers reported rising dictionary sales and critics "
             "warned that the puzzles wasted people's time.",
             [("The crossword craze of 1924 - Smithsonian Magazine", "q",
               "Libraries complained of crowds around the dictionaries, and editorialists fretted about "
               "hours lost to the new mania."),
              ("A Familiar Menace - The New York Times archive, 1924", "q",
               "The crossword puzzle is a sinful waste in the utterly futile finding of words.")]),
            ("nyt",
             "The New York Times at first dismissed crosswords as a passing fad and did not start its own "
             "Sunday puzzle until 1942.",
             [("The crossword craze of 1924 - Smithsonian Magazine", "q",
               "The Times, which had scorned the puzzle as a primitive form of mental exercise, finally "
               "relented in February 1942.")]),
            ("times",
             "British newspapers took up crosswords in the 1920s, and The Times of London printed its first "
             "crossword in 1930.",
             [("The Times crossword: a history - The Times", "f",
               "The first Times crossword appeared on 1 February 1930.")]),
        ]),
        ("Styles and Wartime Perspective", [
            ("cryptic",
             "Cryptic crosswords, in which each clue combines a definition with wordplay, became the "
             "dominant style in Britain and several Commonwealth countries.",
             [("The Crossword Century - Alan Connor", "q",
               "Every cryptic clue is a little sentence with a definition at one end and a piece of "
               "wordplay at the other.")]),
            ("grids",
             "American-style grids are usually fully interlocked, while British cryptic grids leave many "
             "letters unchecked.",
             [("Crossword - Encyclopaedia Britannica", "f",
               "In American puzzles every letter belongs to both an across and a down answer, whereas British "
               "blocked grids typically check only about half of the letters.")]),
            ("bletchley",
             "In 1942 a Daily Telegraph crossword was used in a contest whose fastest solvers were later "
             "approached about working at Bletchley Park.",
             [("Bletchley Park and the Telegraph crossword - Bletchley Park Trust", "q",
               "Several of those who completed the puzzle under test conditions were subsequently invited to "
               "interview for code-breaking work.")]),
            ("dday",
             "Several Daily Telegraph crosswords printed shortly before D-Day in 1944 contained code words "
             "such as Overlord and Omaha, prompting an MI5 investigation of the compiler.",
             [("Bletchley Park and the Telegraph crossword - Bletchley Park Trust", "f",
               "MI5 concluded that the appearance of the words in the puzzles was a coincidence.")]),
        ]),
        ("Modern Puzzle-Making Perspective", [
            ("software",
             "American constructors increasingly rely on software and large word-list databases to help fill "
             "their grids.",
             [("The Puzzle Makers: inside modern crossword construction - The Atlantic", "q",
               "Almost every working constructor now fills grids with the help of software and a personally "
               "curated word list.")]),
            ("diversity",
             "Analyses of bylines at major American outlets found that women and people of colour were "
             "historically underrepresented among published puzzle constructors.",
             [("Who gets to make the crossword? - FiveThirtyEight", "q",
               "Women made up a small fraction of the constructors published in the country's most "
               "prominent puzzle."),
              ("The Puzzle Makers: inside modern crossword construction - The Atlantic", "f",
               "Newer outlets and mentoring schemes have begun to widen the pool of constructors.")]),
            ("revenue",
             "Digital subscriptions and the crossword app have turned the New York Times puzzle into a "
             "significant source of revenue for the paper.",
             [("How games became a pillar of The New York Times' business - Nieman Lab", "q",
               "Games subscriptions have become one of the company's most reliable growth engines, with the "
               "crossword at their core.")]),
            ("cognition",
             "Research on older adults links regular crossword solving with better cognitive performance, "
             "though it does not show that puzzles prevent dementia.",
             [("Crossword puzzle use and cognitive function in older adults - Journal of the International Neuropsychological Society", "q",
               "More frequent puzzle use was associated with better performance, but the observational "
               "design cannot establish causation.")]),
        ]),
    ],
    focus=[
        ("Two Traditions", [
            ("American style", "Dense, fully checked grids with definition-style clues and themed entries."),
            ("British style", "Blocked grids with cryptic clues that reward knowledge of conventions."),
        ]),
        ("The Puzzle as a Business", [
            ("Benefits", "Loyal daily solvers support subscriptions and apps."),
            ("Risks", "A narrow pool of constructors can narrow the vocabulary and culture a puzzle reflects."),
        ]),
    ],
    conclusions=[
        "Within a decade of its invention the crossword had become a mass craze, and within three decades "
        "it had a role in wartime intelligence. Today it is both a cultural institution and a product, "
        "shaped by software, subscription economics and debates about who gets to write it.",
    ],
    references=[
        ("The Crossword Century - Alan Connor", "Unknown"),
        ("Crossword - Encyclopaedia Britannica", "https://www.britannica.com/topic/crossword-puzzle"),
        ("How a crossword book launched a publishing house - Publishers Weekly", "Unknown"),
        ("The crossword craze of 1924 - Smithsonian Magazine", "https://www.smithsonianmag.com/history/crossword-craze-1924"),
        ("A Familiar Menace - The New York Times archive, 1924", "Unknown"),
        ("The Times crossword: a history - The Times", "Unknown"),
        ("Bletchley Park and the Telegraph crossword - Bletchley Park Trust", "https://bletchleypark.org.uk/our-story/the-telegraph-crossword"),
        ("The Puzzle Makers: inside modern crossword construction - The Atlantic", "Unknown"),
        ("Who gets to make the crossword? - FiveThirtyEight", "https://fivethirtyeight.com/features/who-gets-to-make-the-crossword"),
        ("How games became a pillar of The New York Times' business - Nieman Lab", "https://www.niemanlab.org/games-new-york-times-business"),
        ("Crossword puzzle use and cognitive function in older adults - Journal of the International Neuropsychological Society", "Unknown"),
    ],
)

RENT = dict(
    slug="berlin-rent-cap-mietendeckel",
    alias="rent",
    subject="Berlin's rent cap (Mietendeckel), 2020-21",
    field="Economics (housing)",
    style=dict(crlf=False, bom=False, curly=False, blank_between=True),
    front=[
        ("Research Date", "2026-02-10 11:05"),
        ("Topic", "What were the effects of Berlin's 2020 rent cap (Mietendeckel) on rents, housing supply and the wider housing mar"),
        ("Sources Analyzed", "24"),
    ],
    summary=[
        "This report reviews Berlin's rent cap, a state law that froze and in some cases cut rents for most "
        "of the city's rental apartments until it was struck down. It summarises how the policy was designed, "
        "what economists found about its effects on rents and supply, and how the legal and political fight "
        "over it unfolded.",
    ],
    angles=["Policy design perspective", "Market effects perspective", "Legal and political perspective"],
    sections=[
        ("Policy Design Perspective", [
            ("freeze",
             "Berlin's rent cap law took effect in February 2020 and froze rents for most apartments at the "
             "level they had reached in June 2019.",
             [("Act on Rent Limitation in Housing in Berlin (MietenWoG Bln) - explanatory memorandum", "q",
               "Rents for covered dwellings may not exceed the rent lawfully agreed on the reference date of "
               "18 June 2019.")]),
            ("pre2014",
             "The cap applied only to apartments built before 2014, leaving newer buildings outside the "
             "freeze so as not to discourage construction.",
             [("Act on Rent Limitation in Housing in Berlin (MietenWoG Bln) - explanatory memorandum", "q",
               "Dwellings first ready for occupancy from 1 January 2014 are excluded in order to preserve "
               "incentives for new construction.")]),
            ("reduce",
             "From November 2020, landlords had to reduce existing rents that were more than 20 percent "
             "above the legal ceiling.",
             [("Berlin's rent cap: what tenants need to know - Berliner Mieterverein", "q",
               "Since 23 November 2020, rents that exceed the permitted upper limit by more than 20 percent "
               "are prohibited and must be lowered.")]),
            ("table",
             "The legal ceilings came from a table that depended on the year the building was completed and "
             "on the apartment's facilities.",
             [("Berlin's rent cap: what tenants need to know - Berliner Mieterverein", "f",
               "Upper limits were fixed per square metre according to construction year, with surcharges for "
               "modern equipment.")]),
        ]),
        ("Market Effects Perspective", [
            ("rents",
             "Advertised rents for apartments covered by the cap fell, while rents for newer apartments "
             "outside it rose faster than before.",
             [("The Berlin rent cap: effects on rents and supply - DIW Weekly Report", "q",
               "Rents for regulated apartments fell by around 11 percent relative to comparable unregulated "
               "units."),
              ("Mietendeckel: effects on the Berlin rental market - ifo Schnelldienst", "f",
               "Asking rents for new-build apartments not subject to the cap increased markedly.")]),
            ("listings",
             "The number of rental apartments advertised in Berlin dropped sharply after the cap, as some "
             "owners sold units or stopped re-letting.",
             [("Mietendeckel: effects on the Berlin rental market - ifo Schnelldienst", "q",
               "The supply of advertised rental apartments in Berlin collapsed after the law was "
               "announced.")]),
            ("spillover",
             "Rents in towns just outside Berlin and in other large German cities rose faster during the cap "
             "period, suggesting that demand spilled over.",
             [("The Berlin rent cap: effects on rents and supply - DIW Weekly Report", "q",
               "In the surrounding municipalities, where the cap did not apply, rents increased noticeably "
               "faster.")]),
            ("shadow",
             "Many landlords wrote a second, higher 'shadow rent' into new leases, to be charged if the law "
             "was later struck down.",
             [("Berlin's rent cap: what tenants need to know - Berliner Mieterverein", "q",
               "Numerous new contracts contain a so-called shadow rent that would apply should the law be "
               "declared unconstitutional.")]),
            ("renovation",
             "Surveys of property owners reported that spending on renovation and modernisation fell in the "
             "segment covered by the cap.",
             [("Mietendeckel: effects on the Berlin rental market - ifo Schnelldienst", "f",
               "Owners of regulated buildings reported postponing maintenance and modernisation "
               "investments.")]),
            ("economists",
             "Most economists argued that the cap helped sitting tenants in the short run but made it harder "
             "for newcomers to find a home.",
             [("Rent control in Berlin: a natural experiment - VoxEU", "q",
               "Existing tenants gained, but households searching for an apartment faced a market with far "
               "fewer offers."),
              ("The Berlin rent cap: effects on rents and supply - DIW Weekly Report", "f",
               "The distributional effects favoured incumbents over movers.")]),
        ]),
        ("Legal and Political Perspective", [
            ("court",
             "Germany's Federal Constitutional Court declared the rent cap void in April 2021, ruling that "
             "Berlin lacked the power to pass it because federal rent law already covered the field.",
             [("Press release No. 28/2021 - Federal Constitutional Court", "q",
               "The Berlin rent cap is incompatible with the Basic Law and therefore void, since the federal "
               "legislator has exhaustively regulated rent law.")]),
            ("backpay",
             "After the ruling, many tenants faced demands to pay back the difference between the capped "
             "rent and the rent in their contracts.",
             [("Tenants face back payments after court scraps Berlin rent cap - Reuters", "q",
               "Landlords may now claim the difference for the months in which the lower capped rent was "
               "paid.")]),
            ("breathing",
             "Supporters presented the cap as a breathing space for tenants while the city worked to expand "
             "municipal and social housing.",
             [("Five years of breathing space: the case for the Mietendeckel - Berlin Senate Department for Urban Development", "q",
               "The rent cap gives tenants a pause for breath while we build and buy more affordable "
               "homes.")]),
            ("referendum",
             "The political fight over the cap fed into a 2021 Berlin referendum in which a majority voted "
             "to expropriate large corporate landlords.",
             [("Berliners vote to expropriate big landlords - The Guardian", "q",
               "A majority of voters backed the non-binding proposal to take over properties owned by "
               "companies with more than 3,000 apartments.")]),
            ("brake",
             "The federal rent brake, which limits rents on new leases relative to the local comparable "
             "rent, stayed in force alongside and after the Berlin cap.",
             [("The rent brake (Mietpreisbremse) explained - Federal Ministry of Justice", "q",
               "In designated tight markets, the rent at the start of a new tenancy may not exceed the local "
               "comparative rent by more than 10 percent.")]),
        ]),
    ],
    focus=[
        ("Tenants Versus Searchers", [
            ("Benefits", "Lower or frozen rents for households already holding a lease."),
            ("Risks", "Fewer apartments offered to people looking for a home."),
        ]),
        ("Legal Certainty", [
            ("Risks", "Tenants who relied on the cap faced back payments once it was voided."),
        ]),
    ],
    conclusions=None,
    references=[
        ("Act on Rent Limitation in Housing in Berlin (MietenWoG Bln) - explanatory memorandum", "Unknown"),
        ("Berlin's rent cap: what tenants need to know - Berliner Mieterverein", "Unknown"),
        ("The Berlin rent cap: effects on rents and supply - DIW Weekly Report", "https://www.diw.de/en/diw_01.c.berlin-rent-cap.html"),
        ("Mietendeckel: effects on the Berlin rental market - ifo Schnelldienst", "Unknown"),
        ("Rent control in Berlin: a natural experiment - VoxEU", "https://cepr.org/voxeu/columns/rent-control-berlin-natural-experiment"),
        ("Press release No. 28/2021 - Federal Constitutional Court", "https://www.bundesverfassungsgericht.de/SharedDocs/Pressemitteilungen/EN/2021/bvg21-028.html"),
        ("Tenants face back payments after court scraps Berlin rent cap - Reuters", "Unknown"),
        ("Five years of breathing space: the case for the Mietendeckel - Berlin Senate Department for Urban Development", "Unknown"),
        ("Berliners vote to expropriate big landlords - The Guardian", "Unknown"),
        ("The rent brake (Mietpreisbremse) explained - Federal Ministry of Justice", "Unknown"),
    ],
)

HIP = dict(
    slug="charnley-hip-replacement",
    alias="hip",
    subject="Charnley's low-friction hip replacement and its outcomes",
    field="Medicine (orthopaedics)",
    style=dict(crlf=False, bom=False, curly=False, blank_between=False),
    front=[
        ("Research Date", "2026-02-12 17:58"),
        ("Topic", [
            "How did John Charnley's low-friction hip replacement change orthopaedic",
            "surgery, and what are the long-term outcomes of total hip arthropl",
        ]),
        ("Sources Analyzed", "20"),
        ("Tags", "orthopaedics, surgical history"),
    ],
    summary=[
        "This report follows total hip replacement from John Charnley's experiments in a Lancashire "
        "hospital to one of the most common elective operations in the world. It covers the design choices "
        "that made the operation work, what registries and long-term studies show about outcomes, and how "
        "the operation is delivered today.",
    ],
    angles=["Invention", "Clinical outcomes", "Modern practice"],
    sections=[
        ("Invention", [
            ("wrightington",
             "John Charnley developed his low-friction arthroplasty at Wrightington Hospital in Lancashire "
             "during the late 1950s and the 1960s.",
             [("Sir John Charnley and the low-friction arthroplasty - Journal of Bone and Joint Surgery", "q",
               "At Wrightington, Charnley built a biomechanical laboratory alongside the wards and refined "
               "the operation over more than a decade.")]),
            ("head",
             "Charnley's central idea was a small 22-millimetre metal femoral head moving in a plastic "
             "socket, which reduced frictional torque.",
             [("Sir John Charnley and the low-friction arthroplasty - Journal of Bone and Joint Surgery", "f",
               "The small-diameter head lowered the frictional torque transmitted to the cement-bone "
               "interface.")]),
            ("teflon",
             "His first socket material, PTFE (Teflon), wore away quickly and provoked severe tissue "
             "reactions, so many early patients needed further operations.",
             [("Lessons from the Teflon failure - Clinical Orthopaedics and Related Research", "q",
               "Within a few years nearly all the PTFE sockets showed heavy wear, and the debris caused "
               "massive granulomas."),
              ("Sir John Charnley and the low-friction arthroplasty - Journal of Bone and Joint Surgery", "f",
               "Charnley personally re-operated on hundreds of patients whose Teflon cups had failed.")]),
            ("polyethylene",
             "Switching to high-density polyethylene in 1962 gave the socket much better wear resistance and "
             "made the operation dependable.",
             [("Lessons from the Teflon failure - Clinical Orthopaedics and Related Research", "q",
               "High-molecular-weight polyethylene, introduced in November 1962, proved vastly more resistant "
               "to wear.")]),
            ("cement",
             "Charnley anchored the components to bone with acrylic cement, a material borrowed from "
             "dentistry.",
             [("Sir John Charnley and the low-friction arthroplasty - Journal of Bone and Joint Surgery", "q",
               "He borrowed self-curing acrylic from dental practice to grout the prosthesis into the "
               "bone.")]),
            ("cleanair",
             "He introduced clean-air enclosures and body-exhaust suits in the operating theatre to reduce the "
             "rate of deep infection.",
             [("Postoperative infection in total hip replacement - Clinical Orthopaedics and Related Research", "f",
               "Deep infection fell substantially after the clean-air enclosure and exhaust gowns were "
               "adopted.")]),
            ("knighted",
             "Charnley was knighted in 1977 in recognition of his contribution to orthopaedic surgery.",
             [("Charnley, Sir John - Oxford Dictionary of National Biography", "f",
               "He was elected a Fellow of the Royal Society in 1975 and knighted in 1977.")]),
        ]),
        ("Clinical Outcomes", [
            ("longevity",
             "Long-term follow-up shows that most modern total hip replacements are still working 15 to 20 "
             "years after surgery.",
             [("How long does a hip replacement last? - The Lancet", "q",
               "Approximately 89% of total hip replacements last 15 years and 70% last 20 years.")]),
            ("registries",
             "National joint registries have become the main tool for comparing how long different implant "
             "designs survive.",
             [("Annual Report - National Joint Registry", "q",
               "Registry data allow outlier implants to be identified far earlier than individual clinical "
               "studies.")]),
            ("mom",
             "Metal-on-metal hip implants, popular in the 2000s, showed high failure rates linked to metal "
             "debris and led to a major recall in 2010.",
             [("Annual Report - National Joint Registry", "f",
               "Large-head metal-on-metal resurfacing and total hips had revision rates several times higher "
               "than conventional bearings."),
              ("Metal-on-metal hip implants: safety communication - US FDA", "q",
               "Metal particles from these devices can cause damage to bone and soft tissue surrounding the "
               "implant.")]),
            ("loosening",
             "Aseptic loosening of the implant remains one of the most common reasons for revision "
             "surgery.",
             [("Annual Report - National Joint Registry", "f",
               "Aseptic loosening was the most frequently recorded indication for first revision.")]),
            ("costeff",
             "Hip replacement is among the most cost-effective operations in medicine, delivering large gains "
             "in quality of life for its cost.",
             [("Cost-effectiveness of total hip arthroplasty - Health Technology Assessment", "q",
               "Total hip replacement yields substantial gains in quality-adjusted life years at a cost well "
               "below usual thresholds.")]),
        ]),
        ("Modern Practice", [
            ("young",
             "Younger, more active patients face a higher lifetime risk of revision because their implants "
             "are exposed to more years of wear.",
             [("How long does a hip replacement last? - The Lancet", "f",
               "Patients operated on before the age of 55 had the highest lifetime risk of revision.")]),
            ("recovery",
             "Enhanced recovery programmes now let many patients walk on the day of surgery and go home "
             "within a few days.",
             [("Enhanced recovery after hip arthroplasty - Bone & Joint Journal", "q",
               "Mobilisation on the day of surgery and a median stay of two to three days are now routine in "
               "enhanced recovery pathways.")]),
        ]),
    ],
    focus=[
        ("Design Lessons", [
            ("Benefits", "Low friction, durable bearings and cemented fixation made the operation reliable."),
            ("Risks", "New bearing materials can fail in ways that only registries detect at scale."),
        ]),
        ("Patient Selection", [
            ("Risks", "Young, active patients wear implants out sooner."),
            ("Benefits", "Older patients gain large, lasting improvements in pain and mobility."),
        ]),
    ],
    conclusions=[
        "Charnley's combination of a small metal head, a polyethylene socket, acrylic cement and clean air "
        "set the template for modern hip replacement. Its success is now measured through registries, "
        "which have also exposed the failures of later designs.",
    ],
    references=[
        ("Sir John Charnley and the low-friction arthroplasty - Journal of Bone and Joint Surgery", "Unknown"),
        ("Lessons from the Teflon failure - Clinical Orthopaedics and Related Research", "Unknown"),
        ("Postoperative infection in total hip replacement - Clinical Orthopaedics and Related Research", "Unknown"),
        ("Charnley, Sir John - Oxford Dictionary of National Biography", "Unknown"),
        ("How long does a hip replacement last? - The Lancet", "https://doi.org/10.1016/S0140-6736(18)31665-9"),
        ("Annual Report - National Joint Registry", "https://reports.njrcentre.org.uk"),
        ("Metal-on-metal hip implants: safety communication - US FDA", "https://www.fda.gov/medical-devices/metal-metal-hip-implants"),
        ("Cost-effectiveness of total hip arthroplasty - Health Technology Assessment", "Unknown"),
        ("Enhanced recovery after hip arthroplasty - Bone & Joint Journal", "Unknown"),
    ],
)

REPORTS = [PONY, WAVES, PISA, LYRE, CROSS, RENT, HIP]
