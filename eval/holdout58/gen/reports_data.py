"""Content of the seven holdout58 reports.

Each report: stem, field, fmt (format variations), front (front-matter items in order; the
value of "Topic" is a list of lines: one line = same line as the key, several = wrapped),
summary, angles (or None), sections [(heading, [(key, claim, [evidence...])])], focus (or None),
conclusions (or None), refs [(title, url)].
Evidence: ("q", source, quote) -> Relevant quote, ("f", source, text) -> Key finding.
"""


def Q(src, text):
    return ("q", src, text)


def F(src, text):
    return ("f", src, text)


# --------------------------------------------------------------------------- history
GP_WIKI = "Gunpowder Plot - Wikipedia"
GP_TRIV = "11:55 PM: Guy Fawkes Arrested - Trivia Library"
GP_TEMP = "Guy Fawkes - The Unknown Templar"
GP_KING = "The King's Book - X. The Siege at Holbeache - Gunpowder Plot Society"
GP_CATE = "Robert Catesby - WikiMili"
GP_BLOG = "Remember, remember (conclusion) - rndman blog"
GP_POD = "Short History Of... The Gunpowder Plot - Podscripts"
GP_BRIT = "Gunpowder Plot | Facts, History, & Guy Fawkes | Britannica"

GUNPOWDER = dict(
    stem="gunpowder-plot-1605",
    field="History",
    fmt=dict(crlf=False, bom=False, curly=True, trailing=False),
    front=[
        ("Research Date", "2026-01-22 09:41"),
        ("Topic", ["How did the Gunpowder Plot of 1605 come together, how was it discovered,",
                   "and how is it remembered today?"]),
        ("Sources Analyzed", "19"),
    ],
    summary=[
        "This report examines the Gunpowder Plot of 1605, the failed conspiracy by a small group of "
        "English Catholics to blow up the House of Lords during the State Opening of Parliament. It "
        "looks at the plotters' aims, the anonymous warning that exposed them, the fate of the "
        "conspirators and the ways the events of 5 November are still observed.",
    ],
    angles=["Conspiracy and motives perspective", "Discovery and arrest perspective",
            "Punishment and aftermath perspective", "Commemoration perspective"],
    sections=[
        ("Conspiracy and Motives Perspective", [
            ("g_plot", "The Gunpowder Plot was a failed attempt by a group of English Catholics led by Robert Catesby to kill King James I at the State Opening of Parliament on 5 November 1605.",
             [F(GP_WIKI, "The plot is described as a failed assassination attempt against King James I by English Catholics led by Robert Catesby, timed for the State Opening of Parliament on 5 November 1605.")]),
            ("g_revolt", "The conspirators planned to follow the explosion with a popular revolt in the Midlands and to install James's nine-year-old daughter Elizabeth as a Catholic head of state.",
             [F(GP_WIKI, "The explosion was meant as the prelude to a popular revolt in the Midlands, during which the king's nine-year-old daughter Elizabeth would be installed as head of state.")]),
            ("g_fawkes_mil", "Guy Fawkes brought about ten years of military experience from fighting in the Spanish Netherlands to the conspiracy.",
             [F(GP_WIKI, "Fawkes had some ten years of military experience fighting in the Spanish Netherlands before joining the plotters.")]),
            ("g_cellar", "The plotters stored their gunpowder in a cellar directly beneath the House of Lords chamber.",
             [F(GP_TRIV, "Fawkes was arrested in the cellars directly beneath the Lords' Chamber, where the powder had been smuggled in.")]),
            ("g_barrels", "Thirty-six barrels of gunpowder were hidden in the cellar under bundles of firewood.",
             [F(GP_TRIV, "Fawkes had smuggled 36 barrels of gunpowder into the vaulted cellars and hidden them under bundles of wood.")]),
        ]),
        ("Discovery and Arrest Perspective", [
            ("g_letter", "On 26 October 1605 Lord Monteagle received an anonymous letter warning him not to attend the opening of Parliament.",
             [F(GP_TEMP, "On 26 October an anonymous letter to Lord Monteagle told him to avoid attending parliament."),
              Q(GP_TRIV, "they shall receive a terrible blow this Parliament")]),
            ("g_cecil", "Monteagle passed the warning letter to Robert Cecil, who later showed it to the King.",
             [F(GP_TEMP, "Fearing its significance, Monteagle passed the letter to Sir Robert Cecil, who later showed it to the king."),
              F(GP_BLOG, "Monteagle handed the letter to Robert Cecil, the King's spymaster, who had already heard rumours of a plot.")]),
            ("g_arrest", "Fawkes was arrested in the cellar just before midnight on 4 November 1605, when a second search uncovered the barrels of gunpowder.",
             [F(GP_TRIV, "Just before midnight Fawkes was found in the cellar; the woodpile looked suspicious, the explosives were found and he was arrested."),
              F(GP_TEMP, "A first search paid Fawkes little attention; a second search of the vaults, hours before the match was to be lit, led to his arrest.")]),
            ("g_author", "Who wrote the Monteagle letter has never been established, and some historians suspect Cecil himself.",
             [F(GP_BLOG, "The writer of the Monteagle letter was never discovered; modern thought holds it may have been written by Cecil to justify moving against suspects.")]),
        ]),
        ("Punishment and Aftermath Perspective", [
            ("g_torture", "King James authorised the torture of Fawkes, ordering that the gentler tortures be used first.",
             [Q(GP_TRIV, "The gentler tortours are to be first usid unto him")]),
            ("g_holbeche", "Catesby was shot dead on 8 November 1605 when the Sheriff of Worcestershire's men besieged the fugitives at Holbeche House in Staffordshire.",
             [F(GP_CATE, "Catesby died of gunshot wounds at Holbeche House, Staffordshire, on 8 November 1605."),
              F(GP_KING, "The King's Book describes Sir Richard Walsh, Sheriff of Worcestershire, hotly pursuing the fugitives to Holbeache.")]),
            ("g_exec", "Fawkes was sentenced to be hanged, drawn and quartered and was executed at Westminster in January 1606.",
             [F(GP_TRIV, "The following January he was hanged, drawn and quartered in front of the Houses of Parliament.")]),
            ("g_scaffold", "Fawkes broke his neck in a fall from the scaffold, escaping the worst of the drawing and quartering.",
             [F(GP_BLOG, "On the scaffold Fawkes threw himself off headlong and the fall broke his neck, sparing him the rest of the sentence.")]),
        ]),
        ("Commemoration Perspective", [
            ("g_search", "Parliament's cellars are still ceremonially searched before every State Opening.",
             [F(GP_BLOG, "To this day the cellars under the Houses of Parliament are ceremonially searched before the State Opening.")]),
            ("g_bonfire", "The foiling of the plot is still marked across England on 5 November with bonfires and fireworks.",
             [F(GP_POD, "On 5 November the plot is commemorated across England, with fireworks and bonfires in every town and village.")]),
        ]),
    ],
    focus=[
        ("Why the Plot Failed", [("Key factors", "An anonymous warning, a second search of the cellar and the quick pursuit of the fugitives.")]),
        ("How the Plot Is Remembered", [("Traditions", "Bonfire Night and the ceremonial search of the Westminster cellars.")]),
    ],
    conclusions=[
        "The plot collapsed because its secrecy failed, not because its means were inadequate. Its "
        "memory has outlasted its politics, surviving as a national festival and as a piece of "
        "parliamentary ceremony.",
    ],
    refs=[(GP_WIKI, "https://en.wikipedia.org/wiki/Gunpowder_Plot"),
          (GP_TRIV, "https://trivia-library.com/c/time-and-history-1155-pm-guy-fawkes-arrested.htm"),
          (GP_TEMP, "https://www.theunknowntemplar.com/section513902_186463.html"),
          (GP_KING, "http://gunpowder-plot.org/kb10.asp"),
          (GP_CATE, "https://wikimili.com/en/Robert_Catesby"),
          (GP_BLOG, "http://rndman.blogspot.com/2014/11/remember-remember-conclusion.html"),
          (GP_POD, "https://podscripts.co/podcasts/short-history-of/the-gunpowder-plot-repeat"),
          (GP_BRIT, "https://www.britannica.com/event/Gunpowder-Plot")],
)

# --------------------------------------------------------------------------- nature
WP_FACT = "Wollemi Pine Facts and Figures - Royal Botanic Garden Sydney"
WP_FAQ = "When was it discovered? - Wollemi Pine FAQs - Royal Botanic Garden Sydney"
WP_SMITH = "The Living Fossil - Smith Journal"
WP_EARTH = "Wollemi Pine: Cretaceous Survivor of Australia - Earth Archives"
WP_FANBG = "Friends of the Australian National Botanic Gardens - Newsletter October 2004"
WP_LP = "Firefighters save prehistoric Wollemi pines - Lonely Planet"
WP_NEWS = "Wollemi pines known as dinosaur trees saved from NSW bushfires - news.com.au"
WP_MED = "Back From Extinction - Medium"

WOLLEMI = dict(
    stem="wollemi-pine-discovery",
    field="Nature",
    fmt=dict(crlf=True, bom=True, curly=False, trailing=True),
    front=[
        ("Research Date", "2026-02-03 17:05"),
        ("Topic", ["What is known about the Wollemi pine since its discovery in 1994, and how are the wild trees protected?"]),
        ("Agent Version", "0.9.4"),
        ("Locale", "en-AU"),
        ("Sources Analyzed", "14"),
    ],
    summary=[
        "The Wollemi pine, a conifer known only from fossils until a ranger came across it in a "
        "remote canyon, is one of the rarest trees on Earth. This report gathers what is known about "
        "its discovery, its biology and ancestry, and the measures used to keep the wild population "
        "alive, including the operation that shielded it from the 2019 bushfires.",
        "Most sources agree on the basic facts of the find; figures such as the age of the lineage "
        "vary more between sources and are reported here with that caveat.",
    ],
    angles=None,
    sections=[
        ("Discovery", [
            ("w_found", "David Noble, an officer with the NSW National Parks and Wildlife Service, discovered the Wollemi pine in September 1994.",
             [F(WP_FAQ, "In September 1994 David Noble, an officer with the NSW National Parks & Wildlife Service, discovered trees he did not recognise."),
              F(WP_FACT, "The discoverer is listed as David Noble, a National Parks & Wildlife Service officer, who found the trees while canyoning.")]),
            ("w_canyon", "The trees were found in a remote rainforest canyon of Wollemi National Park, north-west of Sydney.",
             [F(WP_SMITH, "Noble stopped for lunch deep in a dark, narrow rainforest canyon in Wollemi National Park, north-west of Sydney, and noticed the unfamiliar conifers.")]),
            ("w_branch", "Noble took a small branch home to identify it, but it did not match any plant he could find in reference books.",
             [F(WP_SMITH, "Noble snapped off a small branch and put it in his backpack to identify later."),
              Q(WP_MED, "They just looked a bit out of the ordinary")]),
            ("w_name", "The species was named Wollemia nobilis after the national park and after its discoverer, David Noble.",
             [F(WP_EARTH, "The new species was given the scientific name Wollemia nobilis, for the national park and for Noble himself."),
              F(WP_FANBG, "The genus refers to Wollemi National Park and the species name honours its discoverer David Noble.")]),
            ("w_third", "A third wild population was found in 2000, adding to the two groups located in 1994.",
             [F(WP_FACT, "Discovery: 1994 (two populations), 2000 (one further population) in the Wollemi National Park.")]),
        ]),
        ("Biology and Ancestry", [
            ("w_family", "Despite its common name, the Wollemi pine is not a true pine but a member of the Araucariaceae family, alongside kauri and monkey puzzle trees.",
             [F(WP_EARTH, "Wollemi pines are not true pines of the family Pinaceae but members of the Araucariaceae, which includes monkey puzzle trees and kauris."),
              F(WP_FACT, "Closest relatives are Agathis (kauri pines) and Araucaria, all in the family Araucariaceae.")]),
            ("w_fossil", "The oldest fossil attributed to a close relative of the Wollemi pine is pollen about 90 million years old.",
             [F(WP_FACT, "Oldest known fossil of a close relative: 90 million years (fossil pollen of dubious identity, known as Dilwynites).")]),
            ("w_height", "Mature Wollemi pines can reach about 40 metres and have knobbly bark that Noble likened to Coco Pops.",
             [F(WP_SMITH, "The mature trunks had a strange, bubbly bark that looked like Coco Pops, and the tallest trees stood nearly 40 metres."),
              F(WP_FANBG, "The distinctive bubbly bark was described as being like coco-pops by David Noble.")]),
            ("w_coppice", "Wollemi pines often develop several trunks by coppicing, which is very unusual for a conifer.",
             [F(WP_FANBG, "Mature trees often develop many stems after the original trunk has died, termed coppicing, which is very unusual for a conifer.")]),
            ("w_genetic", "Genetic studies found no detectable genetic variation among the wild adult trees.",
             [F(WP_FANBG, "Investigation of its genetic make-up found no genetic variability between the roughly 100 adult trees and 200 seedlings known in the wild.")]),
        ]),
        ("Threats and Conservation", [
            ("w_pop", "Fewer than 100 mature Wollemi pines are known to survive in the wild.",
             [F(WP_FACT, "Population size: fewer than 100 trees."),
              F(WP_FANBG, "The find consisted of fewer than one hundred trees of a type thought to be long extinct.")]),
            ("w_secret", "The location of the wild groves is kept secret to protect the trees from visitors and introduced disease.",
             [F(WP_LP, "The exact location of the trees is kept secret to prevent contamination."),
              Q(WP_NEWS, "Illegal visitation remains a significant threat")]),
            ("w_irrig", "During the 2019 Gospers Mountain fire, firefighters winched in by helicopter set up an irrigation system to keep the gorge moist.",
             [F(WP_LP, "Remote area firefighters were winched into the site from helicopters to set up an irrigation system that raised the moisture of the ground fuels."),
              F(WP_NEWS, "Specialist firefighters were dropped into the site from helicopters to lay an irrigation system during the Gospers Mountain megablaze.")]),
            ("w_retard", "Air tankers laid fire retardant ahead of the blaze, and although some trees were charred the wild population survived.",
             [F(WP_LP, "Large air tankers laid fire retardant in advance of the fire; some trees were charred but the species survived."),
              F(WP_NEWS, "The NSW Environment Minister said some trees were damaged but the species would survive.")]),
            ("w_planted", "The first Wollemi pine planted in cultivation went into the ground at the Royal Botanic Gardens Sydney on 9 February 1998.",
             [F(WP_FACT, "First planting: 9 February 1998, in the Rare & Threatened Plant Garden at the Royal Botanic Gardens Sydney.")]),
        ]),
    ],
    focus=[
        ("Protecting a Single Wild Population", [
            ("Risks", "Wildfire, trampling and pathogens carried in by unauthorised visitors."),
            ("Benefits", "Cultivated trees in botanic gardens act as an insurance population."),
        ]),
    ],
    conclusions=[
        "The Wollemi pine survives in the wild only because its few groves are remote, secret and "
        "actively defended. The 2019 fire showed that such defence can work, but also how narrow the "
        "margin is for a species with so few individuals and so little genetic diversity.",
    ],
    refs=[(WP_FACT, "http://www.rbgsyd.nsw.gov.au/plant_info/wollemi_pine/facts_and_figures"),
          (WP_FAQ, "https://www.rbgsyd.nsw.gov.au/science/our-work-discoveries/germplasm-conservation-horticulture/wollemi-pine-conservation-program/wollemi-pine-faqs/when-was-it-discovered"),
          (WP_SMITH, "http://michaelbgreen.com.au/the-living-fossil"),
          (WP_EARTH, "https://eartharchives.org/articles/wollemi-pine-cretaceous-survivor-of-australia/index.html"),
          (WP_FANBG, "https://friendsanbg.org.au/sites/default/files/archives/newsletter/articlesoct04.html"),
          (WP_LP, "https://www.lonelyplanet.com/articles/australia-dinosaur-trees"),
          (WP_NEWS, "https://www.news.com.au/technology/environment/wollemi-pines-known-as-dinosaur-trees-saved-from-nsw-bushfires-thanks-to-a-secret-firefighting-mission/news-story/e22b9bc8e2ff0bafe51a95853b64a3f6"),
          (WP_MED, "https://medium.com/illumination-curated/back-from-extinction-discovering-the-jurassic-pines-8b58c1552be")],
)

# --------------------------------------------------------------------------- engineering
CT_BBC = "Channel Tunnel is 20 years old: In numbers - BBC News"
CT_TEL = "Channel Tunnel Factfile - The Telegraph"
CT_MW = "1 December 1990: breakthrough in the Channel tunnel - MoneyWeek"
CT_UPI = "Workers break through in first Channel Tunnel - UPI Archives"
CT_JT = "Channel Tunnel marks 20 years - The Japan Times"
CT_DESI = "Channel Tunnel - Desi Engine"
CT_BREX = "The Channel Tunnel Opens - Brexit Chronicles"

CHANNEL = dict(
    stem="channel-tunnel-construction",
    field="Engineering",
    fmt=dict(crlf=False, bom=False, curly=False, trailing=True),
    front=[
        ("Research Date", "2026-01-29 11:20"),
        ("Topic", ["How was the Channel Tunnel between England and France designed, built and fin",]),
        ("Sources Analyzed", "23"),
    ],
    summary=[
        "This report reviews the construction of the Channel Tunnel, the rail link under the Strait "
        "of Dover between Kent and the Pas-de-Calais. It covers the layout of the three tunnels, the "
        "boring campaign and the 1990 breakthrough, the private financing and overruns, and the "
        "tunnel's record since it opened.",
    ],
    angles=["Route and design perspective", "Construction perspective", "Financing",
            "Operations and legacy perspective"],
    sections=[
        ("Route and Design Perspective", [
            ("c_length", "The Channel Tunnel is about 50.5 km (31.4 miles) long and links Folkestone in Kent with Coquelles near Calais.",
             [F("channel tunnel is 20 years old: in numbers - BBC news", "The tunnel is 31.4 miles, or 50.5 km, long."),
              F("Channel tunnel - Desi Engine", "The tunnel connects Folkestone, Kent in England to Coquelles near Calais in northern France.")]),
            ("c_undersea", "About 38 km of the tunnel runs beneath the sea, the longest undersea section of any tunnel in the world.",
             [F("Channel tunnel marks 20 years - The Japan Times", "The project created the world's longest underwater tunnel, over nearly 38 kilometres from northern France to southern England."),
              F("Channel Tunnel factfile - The Telegraph", "There are 24 miles of tunnel under the sea, making it the world's longest undersea tunnel.")]),
            ("c_three", "The tunnel system consists of three bores: two single-track rail tunnels and a central service tunnel.",
             [F("Channel Tunnel factfile - The Telegraph", "There are three tunnels, two for trains and a third service tunnel wide enough to carry rescue vehicles."),
              F(CT_MW, "The design was a two-bore rail tunnel with a smaller service tunnel between them.")]),
            ("c_depth", "On average the tunnels run about 45 metres (150 feet) below the seabed.",
             [F(CT_BREX, "The tunnel runs under water for 23 miles, with an average depth of 150 feet below the seabed."),
              F("Channel tunnel - Desi Engine", "Its average depth is 150 feet under the seabed.")]),
        ]),
        ("Construction Perspective", [
            ("c_start", "Tunnelling began in 1988, two years after Britain and France signed the agreement that allowed the project to go ahead.",
             [F(CT_MW, "In 1988 work began for a third time, after the government declared it had no objection to a privately funded tunnel."),
              F("Channel tunnel marks 20 years - The Japan Times", "In January 1986 Mitterrand and Thatcher officially signed an agreement to kick-start construction.")]),
            ("c_tbm", "Eleven tunnel boring machines were used, and more than 12,000 engineers, technicians and workers were employed on the project.",
             [F(CT_MW, "Some 13,000 engineers worked with 11 tunnel boring machines, digging 76 m a day."),
              F("Channel tunnel marks 20 years - The Japan Times", "The project mobilised 12,000 engineers, technicians and workers.")]),
            ("c_break", "British and French crews broke through the service tunnel on 1 December 1990, about 40 metres below the seabed.",
             [F(CT_MW, "On 1 December 1990 the two sides broke through the service tunnel and shook hands 40 m below the sea bed."),
              F("workers break through in first channel tunnel - UPI archives", "Two construction workers shook hands and embraced beneath the Channel after breaking through.")]),
            ("c_hands", "Graham Fagg and Philippe Cozette marked the breakthrough by shaking hands and swapping national flags.",
             [F("workers break through in first channel tunnel - UPI archives", "Philippe Cozette of France and his British counterpart shook hands through an 11-inch hole and exchanged their national flags."),
              F(CT_MW, "Graham Fagg and Philippe Cozette broke through the service tunnel and shook hands.")]),
            ("c_deaths", "By the time of the breakthrough, seven workers had died on the British side and two on the French side.",
             [F("workers break through in first channel tunnel - UPI archives", "Trade unions were aggrieved by the number of accidents: seven workers had died on the British side and two on the French.")]),
        ]),
        ("Financing", [
            ("c_private", "The tunnel was built with private money after Margaret Thatcher insisted that no public funds would be used.",
             [Q("Channel tunnel marks 20 years - The Japan Times", "not a public penny")]),
            ("c_overrun", "The final construction cost was far above the original estimate, with overruns reported at 80% or more.",
             [F(CT_MW, "The completed tunnel cost 4.65 billion pounds, 80% more than originally estimated."),
              F("Channel Tunnel factfile - The Telegraph", "When it opened in 1994 the project had cost 10 billion pounds, double the original estimate.")]),
            ("c_profit", "Eurotunnel struggled financially for years and only described its situation as satisfactory after making a net profit of 101 million euros in 2013.",
             [F("Channel tunnel marks 20 years - The Japan Times", "Financial problems almost tore Eurotunnel apart; after a 2013 net profit of 101 million euros its chief executive called the situation altogether satisfactory for the first time.")]),
        ]),
        ("Operations and Legacy Perspective", [
            ("c_open", "Queen Elizabeth II and President François Mitterrand officially opened the tunnel on 6 May 1994.",
             [F("channel tunnel is 20 years old: in numbers - BBC news", "Both Queen Elizabeth II and President François Mitterrand attended the opening ceremony in Calais on 6 May 1994.")]),
            ("c_fire", "The worst fire in the tunnel's history broke out on 18 November 1996.",
             [F("Channel Tunnel factfile - The Telegraph", "The worst fire in the tunnel's history took place on November 18 1996.")]),
            ("c_asce", "The American Society of Civil Engineers has named the Channel Tunnel one of the seven wonders of the modern world.",
             [F("channel tunnel is 20 years old: in numbers - BBC news", "It was voted one of the seven wonders of the modern world by the American Society of Civil Engineers.")]),
            ("c_shuttle", "Eurotunnel's car-carrying shuttle trains are about 830 metres long, which the operator says makes them the longest in Europe.",
             [F("channel tunnel is 20 years old: in numbers - BBC news", "At around 830 m, Eurotunnel says its car trains are the longest in Europe.")]),
        ]),
    ],
    focus=None,
    conclusions=[
        "The Channel Tunnel is an engineering success built on a shaky financial footing. The boring "
        "campaign met its geological and logistical challenges within six years, but the private "
        "financing model left the operator carrying the overruns for two decades.",
    ],
    refs=[(CT_BBC, "https://www.bbc.com/news/business-27247032"),
          (CT_TEL, "https://www.telegraph.co.uk/travel/travelnews/2800231/Channel-Tunnel-Factfile.html"),
          (CT_MW, "http://moneyweek.com/1-december-1990-breakthrough-in-the-channel-tunnel/"),
          (CT_UPI, "https://www.upi.com/Archives/1990/12/01/Workers-break-through-in-first-Channel-Tunnel/6599660027600/"),
          (CT_JT, "http://www.japantimes.co.jp/news/2014/05/05/world/channel-tunnel-marks-20-years/"),
          (CT_DESI, "https://www.desiengine.com.au/channel-tunnel/"),
          (CT_BREX, "https://brexitchronicles.co.uk/ec/et/")],
)

# --------------------------------------------------------------------------- medicine
LS_MUN = "Karl Landsteiner - Memorial University Biology"
LS_AJ = "Pioneer: Karl Landsteiner - Al Jazeera"
LS_IMM = "1930 Nobel Prize - Immunopaedia"
LS_SAND = "Nobel Laureate: Karl Landsteiner - Sandwalk"
LS_FACT = "Karl Landsteiner - The 1930 Nobel Prize in Physiology or Medicine"
LS_RICH = "June 14th: World Blood Donor Day - Richmond"
LS_PLAN = "World Blood Donor Day - Planetary Project"
LS_MAB = "June 14 is celebrated every year as World Blood Donor Day"
LS_WHO = "Who Discovered Blood Types? - InternetDict"
LS_NOT = "Karl Landsteiner, la scoperta dei gruppi sanguigni - Notizie Web Live"

LANDSTEINER = dict(
    stem="landsteiner-blood-groups",
    field="Medicine",
    fmt=dict(crlf=True, bom=False, curly=True, trailing=False),
    front=[
        ("Research Date", "2026-02-11 08:58"),
        ("Topic", ["How did Karl Landsteiner's discovery of blood groups change transfusion medicine?"]),
    ],
    summary=[
        "This report traces Karl Landsteiner's discovery of the human blood groups at the start of the "
        "twentieth century and its consequences for transfusion medicine. It summarises what he "
        "observed, how the ABO system was completed and explained, and the later work and honours "
        "that followed.",
    ],
    angles=["Discovery perspective", "Clinical impact perspective", "Later career and legacy"],
    sections=[
        ("Discovery Perspective", [
            ("l_1901", "In 1901 the Viennese pathologist Karl Landsteiner showed that human blood falls into distinct groups.",
             [F(LS_AJ, "In 1901 the Viennese pathologist Karl Landsteiner discovered that blood falls into distinct groups."),
              F(LS_FACT, "He explained in 1901 that people have different types of blood cells, that is, different blood types.")]),
            ("l_clump", "Landsteiner found that when blood from different people was mixed, the red cells sometimes clumped together.",
             [F(LS_FACT, "When the blood of different people was mixed, the blood cells sometimes coagulated.")]),
            ("l_abc", "He first described three groups, which he called A, B and C, with C later renamed O.",
             [F(LS_MUN, "Landsteiner discovered what he called the ABC blood type system; it was later renamed the ABO system."),
              F(LS_WHO, "Landsteiner discovered blood types A, B and O; type AB came later.")]),
            ("l_ab", "The rarer fourth group, AB, was described in 1902 by Alfred von Decastello and Adriano Sturli.",
             [F(LS_WHO, "Type AB was not discovered until two years later, in 1902, by Alfred von Decastello and Adriano Sturli.")]),
            ("l_serum", "He showed that a person's serum does not clump their own red cells or those of people in the same group.",
             [F(LS_SAND, "The Nobel presentation speech notes that serum will not agglutinate the red cells of the same individual or of others with the same structure.")]),
        ]),
        ("Clinical Impact Perspective", [
            ("l_transf", "His findings explained why many earlier attempts at person-to-person blood transfusion had ended in disaster.",
             [F(LS_AJ, "Landsteiner discovered that centuries of attempted transfusions had failed because practitioners had overlooked that blood falls into distinct groups."),
              F(LS_FACT, "Person-to-person transfusions were often disastrous before the discovery of blood types.")]),
            ("l_1907", "The discovery led to the first successful transfusions between people of identical blood type in 1907.",
             [F(LS_MUN, "The ABC system led to the first successful blood transfusions between persons of identical blood type in 1907.")]),
            ("l_inherit", "In 1911 the ABO system was shown to be inherited through three alleles, with A and B co-dominant and both dominant over O.",
             [F(LS_MUN, "The ABO system was demonstrated in 1911 to be inherited as a three-allele system, with A and B co-dominant and each dominant to O.")]),
            ("l_donor", "Because type O red cells carry no A or B antigens, people with type O blood are called universal donors.",
             [F(LS_MUN, "As the O allele produces no surface antigens, persons with type O blood are universal donors.")]),
        ]),
        ("Later Career and Legacy", [
            ("l_nobel", "Landsteiner received the 1930 Nobel Prize in Physiology or Medicine for his discovery of human blood groups.",
             [Q(LS_IMM, "for his discovery of human blood groups"),
              F(LS_FACT, "Award motivation: for his discovery of human blood groups; prize share 1/1.")]),
            ("l_polio", "He also took part in the discovery of the poliomyelitis virus in 1909.",
             [F(LS_MUN, "He participated in the discovery of the poliomyelitis virus in 1909.")]),
            ("l_rock", "In 1922 he joined the Rockefeller Institute for Medical Research in New York, where he remained for the rest of his career.",
             [F(LS_MAB, "In 1922 he joined the Rockefeller Institute for Medical Research in New York, where he remained for the rest of his life."),
              F(LS_FACT, "Affiliation at the time of the award: Rockefeller Institute for Medical Research, New York.")]),
            ("l_mnp", "After moving to the United States he discovered the MN and P blood group systems.",
             [F(LS_MUN, "After he moved to the United States he discovered the MN and P blood type systems.")]),
            ("l_rh", "With Alexander Wiener he identified the Rh factor, with sources dating the work to 1937 or 1940.",
             [F(LS_MAB, "Alexander S. Wiener and Landsteiner identified the Rh factor in 1937."),
              F(LS_NOT, "Together with his colleague Alexander Wiener he identified the Rh blood factor in 1940.")]),
            ("l_day", "Landsteiner's birthday, 14 June, is marked each year as World Blood Donor Day.",
             [F(LS_RICH, "The 14 June date of World Blood Donor Day commemorates the birthday of Karl Landsteiner."),
              F(LS_PLAN, "World Blood Donor Day is celebrated on the anniversary of Landsteiner's birth on 14 June 1868.")]),
        ]),
    ],
    focus=[
        ("Safe Transfusion", [("Benefits", "Matching donor and recipient by group made transfusion routine."),
                              ("Open questions", "Sources differ on some dates, such as the Rh work.")]),
    ],
    conclusions=[
        "Landsteiner's observation turned transfusion from a gamble into a routine procedure. Later "
        "discoveries by him and his colleagues filled in the ABO system and added further group "
        "systems, and his birthday is now used to honour blood donors worldwide.",
    ],
    refs=[(t, "Unknown") for t in (LS_MUN, LS_AJ, LS_IMM, LS_SAND, LS_FACT, LS_RICH, LS_PLAN,
                                   LS_MAB, LS_WHO, LS_NOT)],
)

# --------------------------------------------------------------------------- sport
AO_DPA = "Spiridon Louis delights Greece at the first Olympics - dpa"
AO_RED = "ATHENS 1896 - Rediff Sports"
AO_BALT = "First Games had fairy-tale ending - Baltimore Sun"
AO_CIT = "1896 Summer Olympics - Citizendium"
AO_WT = "Athens old stadium recalls the first modern Games - The Washington Times"
AO_PIN = "1896 Olympics - Pinterest"

ATHENS = dict(
    stem="athens-1896-olympics",
    field="Sport",
    fmt=dict(crlf=False, bom=True, curly=False, trailing=False),
    front=[
        ("Research Date", "2026-02-06 14:12"),
        ("Topic", ["How were the first modern Olympic Games in Athens in 1896 organised, and what happened",
                   "in the marathon?"]),
        ("Sources Analyzed", "16"),
        ("Search Depth", "standard"),
        ("Language", "en"),
    ],
    summary=[
        "The 1896 Athens Games were the first Olympics of the modern era. This report covers how "
        "the revival came about, who took part and how the competition was run, and the marathon "
        "that made a national hero of a Greek runner.",
    ],
    angles=["Origins perspective", "The competition", "The marathon perspective"],
    sections=[
        ("Origins Perspective", [
            ("a_coub", "The idea of reviving the Olympic Games came from the French baron Pierre de Coubertin in the early 1890s.",
             [F(AO_DPA, "The idea to revive the Games came from French Baron Pierre de Coubertin in the early 1890s.")]),
            ("a_paris", "The first modern Games were originally meant to be held in Paris in 1900 but were brought forward to Athens in 1896.",
             [F(AO_DPA, "Originally due to take place in 1900 in Paris, the first edition was brought forward to Athens because of strong support from Greece.")]),
            ("a_stamps", "Crown Prince Constantine's organising committee raised money partly by selling commemorative stamps.",
             [F(AO_DPA, "Prince Constantine's organising committee raised the necessary funds through the sale of souvenir stamps.")]),
            ("a_averoff", "A donation from the Greek businessman George Averoff paid for the marble renovation of the ancient Panathenaic Stadium.",
             [F(AO_RED, "Greek businessman Georges Averoff from Alexandria paid for the restoration of the stadium."),
              F(AO_CIT, "The main venue was the marble-built Panathenaic Stadium.")]),
        ]),
        ("The Competition", [
            ("a_open", "King George I opened the Games on 6 April 1896, and competition continued until 15 April.",
             [F(AO_DPA, "On Easter Monday, April 6, 1896, George I officially declared open the first Olympics of the modern era."),
              F(AO_CIT, "The first Olympic Games of the modern era were held in Athens from 6 to 15 April 1896.")]),
            ("a_241", "Around 241 athletes, all men, from 14 nations took part in 43 events.",
             [F(AO_RED, "Only 241 competitors, all men, from 14 countries turned up."),
              F(AO_DPA, "The Games brought together about 245 athletes (all men) from 14 countries in 43 events.")]),
            ("a_julian", "The American team nearly missed the start because Greece still used the Julian calendar.",
             [F(AO_WT, "US organizers miscalculated the starting date by relying on the Julian calendar used by Greece and arrived just a day before the opening."),
              F(AO_BALT, "Connolly found on arrival that it was already April 5, not March 24 as he had thought, and he was due to jump the next day.")]),
            ("a_connolly", "James Connolly of the United States became the first modern Olympic champion by winning the triple jump.",
             [F(AO_RED, "American James Connolly won the triple jump to become the first champion since the ancient Games."),
              Q(AO_BALT, "It was a moment in a young man's life")]),
            ("a_silver", "Event winners received a silver medal and an olive branch, as gold medals were not awarded until 1904.",
             [F(AO_RED, "Winners were awarded a silver medal and olive branches."),
              F(AO_BALT, "Gold was considered vulgar and did not become the winner's medal until 1904.")]),
            ("a_discus", "The discus throw was revived in a nod to the ancient Games and won by Robert Garrett of the United States.",
             [F(AO_CIT, "In another nod to ancient times the discus was resurrected and won by Robert Garrett of the USA.")]),
        ]),
        ("The Marathon Perspective", [
            ("a_route", "The marathon was run over roughly 40 km from the town of Marathon to the Panathenaic Stadium.",
             [F(AO_RED, "The race was named after a village in Attica, approximately 40 km north-east of Athens, and finished in the Olympic stadium.")]),
            ("a_louis", "Spyridon Louis won the marathon, giving Greece its only track and field victory of the 1896 Games.",
             [F(AO_PIN, "His unexpected triumph gave Greece its only victory in a track and field event at the 1896 Games."),
              F(AO_DPA, "Louis became the biggest hero of the first modern Olympics by winning the marathon.")]),
            ("a_lerm", "The Frenchman Albin Lermusiaux set a fast early pace in the marathon but collapsed after about 32 km.",
             [F(AO_RED, "Albin Lermusiaux set a scorching early pace but collapsed after 32 km, allowing Louis to take the lead.")]),
            ("a_princes", "Two Greek princes left their seats to run beside Louis on his way to the finish.",
             [F(AO_RED, "Two Greek princes left their seats to jog alongside their new hero on his way to the finish."),
              F(AO_DPA, "Legend has it that the Crown Prince accompanied Louis over the final metres to the finish line.")]),
            ("a_stadium", "The main stadium built for the 2004 Athens Olympics was named after Spyridon Louis.",
             [F(AO_PIN, "He remained an Olympic legend and the 2004 Olympic Stadium was named after him.")]),
        ]),
    ],
    focus=[
        ("A Small Beginning", [("Observations", "A modest field of athletes, mostly from Europe and the United States."),
                               ("Legacy", "The format of a multi-sport international festival survived and grew.")]),
    ],
    conclusions=None,
    refs=[(AO_DPA, "https://www.armenianclub.com/2004/07/24/spiridon-louis-delights-greece-at-the-first-olympics/"),
          (AO_RED, "http://world.rediff.com/sports/ath041896.htm"),
          (AO_BALT, "http://articles.baltimoresun.com/1996-02-18/sports/1996049156_1_athens-to-announce-center-of-athens-vulgar"),
          (AO_CIT, "http://locke.citizendium.org/wiki/1896_Summer_Olympics"),
          (AO_WT, "https://www.washingtontimes.com/news/2004/aug/12/20040812-125916-6288r/"),
          (AO_PIN, "https://za.pinterest.com/explore/1896-olympics/")],
)

# --------------------------------------------------------------------------- business
SS_SMI = "The Market Crash That Cost Newton a Fortune - Smithsonian Magazine"
SS_OX = "Newton and the South Sea Bubble - Newton and the Mint, University of Oxford"
SS_CNBC = "Market Mania: The South Sea Bubble that ensnared even Sir Isaac Newton - CNBC TV18"
SS_TRAD = "Isaac Newton's Nightmare - A Trader's Notes"
SS_MED = "The South Sea Bubble that Cost Isaac Newton $3 Millions - Medium"
SS_THOR = "Old and New London, Volume I - Walter Thornbury"
SS_NAV = "The South Sea Bubble that ruined an entire society's wealth - Navexa"

SOUTHSEA = dict(
    stem="south-sea-bubble-1720",
    field="Business",
    fmt=dict(crlf=False, bom=False, curly=True, trailing=False),
    front=[
        ("Research Date", "2026-01-27 16:33"),
        ("Topic", ["What caused the South Sea Bubble of 1720, who lost money in it, and how did",
                   "Parliament respond to the coll"]),
        ("Sources Analyzed", "21"),
    ],
    summary=[
        "The South Sea Bubble is often cited as the first great stock-market mania. This report "
        "examines how the South Sea Company was set up, how its shares soared and collapsed in 1720, "
        "what happened to its most famous investor, Isaac Newton, and how Parliament punished those "
        "held responsible.",
    ],
    angles=None,
    sections=[
        ("Company Origins Perspective", [
            ("s_found", "The South Sea Company was founded in 1711 by an Act of Parliament to trade with Spain's colonies in South America.",
             [F(SS_SMI, "The company was founded in 1711 to trade with the Spanish South American colonies."),
              F(SS_NAV, "The South Sea Company was founded in 1711 by an Act of Parliament.")]),
            ("s_harley", "Robert Harley, then Chancellor of the Exchequer, was a central figure in setting up the company.",
             [F(SS_MED, "Robert Harley was one of two men pivotal in founding the South Sea Company and, as Chancellor of the Exchequer, had to keep a war-indebted government afloat.")]),
            ("s_asiento", "Under the 1713 Treaty of Utrecht the company received the asiento, a monopoly contract to ship enslaved Africans to Spanish America.",
             [F(SS_OX, "Under the Treaty of Utrecht Britain was awarded the Assiento, monopoly rights to import African slaves into Spanish-held America, and the right was given to the company."),
              F(SS_NAV, "The monopoly was granted as part of the Treaty of Utrecht, which ended the War of the Spanish Succession.")]),
            ("s_debt", "In exchange for its trading privileges the company took over between 9.5 and 11 million pounds of government debt.",
             [F(SS_OX, "The right was given in return for the company's agreement to buy up 11 million pounds of Britain's outstanding debt."),
              F(SS_NAV, "The company agreed to buy up 9.5 million pounds (some sources say 11 million) of Britain's outstanding debt.")]),
        ]),
        ("Boom and Crash Perspective", [
            ("s_rise", "South Sea shares rose from about 128 pounds in January 1720 to around 1,050 pounds by June.",
             [F(SS_SMI, "Between January and June the shares skyrocketed from 128 pounds each to 1,050 pounds."),
              F(SS_TRAD, "Starting at 128 pounds in January, the price rose to 175 in February and 330 in March before tripling between April and June.")]),
            ("s_fall", "By September 1720 the share price had collapsed to roughly 175 pounds.",
             [F(SS_SMI, "By September the shares were again worth 175 pounds.")]),
            ("s_act", "The Bubble Act of June 1720 required any company selling shares to the public to hold a royal charter.",
             [F(SS_SMI, "In June 1720 Parliament passed the Bubble Act, requiring all companies that sold stock to the public to hold a royal charter.")]),
            ("s_actsource", "The Bubble Act had been promoted by the South Sea Company itself, apparently to limit competition for investors' money.",
             [F(SS_SMI, "The legislation had been introduced by the South Sea Company, presumably as a means of controlling competition.")]),
            ("s_word", 'The year 1720 saw the first use of the word "bubble" for publicly traded companies.',
             [F(SS_SMI, "That year was the first time bubble was used in reference to publicly traded companies; 1720 was sometimes called the Bubble Year.")]),
        ]),
        ("Isaac Newton", [
            ("s_newton_sold", "Isaac Newton sold his South Sea shares at a profit in April 1720 but bought back in near the top of the market.",
             [F(SS_TRAD, "Newton sold in April, content with his gains, then bought again at the very top and bought more after a slight decline in July."),
              F(SS_SMI, "Newton's problems started when he re-bought some of the volatile stock that he had sold at a profit.")]),
            ("s_newton_loss", "Newton's losses in the crash are reported to have reached as much as 20,000 pounds.",
             [F(SS_CNBC, "According to Jason Zweig, Newton lost 20,000 pounds, though the anecdote has been disputed."),
              F(SS_TRAD, "Newton's losses totalled as much as 20,000 pounds.")]),
            ("s_madness", "Newton is said to have remarked that he could calculate the motions of the heavenly bodies but not the madness of the people.",
             [Q(SS_SMI, "could calculate the motions of the heavenly bodies, but not the madness of the people")]),
        ]),
        ("Aftermath Perspective", [
            ("s_aislabie", "John Aislabie, the Chancellor of the Exchequer, was expelled from the House of Commons and sent to the Tower of London.",
             [F(SS_THOR, "Aislabie was expelled the House, sent to the Tower, and compelled to devote his estate to the relief of the sufferers.")]),
            ("s_fines", "The company's directors were fined a combined 2 million pounds or more and allowed to keep only a small part of their fortunes.",
             [F(SS_THOR, "Eventually the directors were fined 2,014,000 pounds, each man being allowed a small part of his fortune.")]),
            ("s_walpole", "Robert Walpole's handling of the crisis helped him become the dominant politician of the following two decades.", []),
        ]),
    ],
    focus=None,
    conclusions=[
        "The South Sea Bubble combined a debt-for-equity scheme, political favours and a public eager "
        "for quick gains. Its collapse produced a law against unchartered companies, the disgrace of "
        "senior ministers and one of the most repeated anecdotes in finance.",
    ],
    refs=[(SS_SMI, "http://www.smithsonianmag.com/smart-news/market-crash-cost-newton-fortune-180961655/"),
          (SS_OX, "https://newtonandthemint.history.ox.ac.uk/global-financial-world/newton-and-the-south-sea-bubble"),
          (SS_CNBC, "https://www.cnbctv18.com/economy/market-mania-the-south-sea-bubble-that-ensnared-even-sir-isaac-newton-8304691.htm"),
          (SS_TRAD, "https://www.atradernotes.com/single-post/2017/01/08/isaac-newtons-nightmare"),
          (SS_MED, "https://ringgit-insider.medium.com/the-south-sea-bubble-that-cost-isaac-newton-3-millions-f9fea9885686"),
          (SS_THOR, "http://www.free-books.at/book_7419/Thornbury%2C%20Walter/Old%20and%20New%20London%0AVolume%20I.phtml?offset=2237500"),
          (SS_NAV, "https://blog-api.navexa.io/the-south-sea-bubble-that-ruined-an-entire-societys-wealth")],
)

# --------------------------------------------------------------------------- space
SP_PIG = "Sputnik 1 - piglix"
SP_VIB = "Sputnik - Vibrationdata"
SP_GEO = "Sputnik 1 - GeoAstro"
SP_WON = "October 4, 1957: Sputnik 1 Is Launched - Wonderspawn"
SP_BRI = "Sputnik | Britannica"
SP_CRI = "Sputnik crisis - MakeLoveNotSpam"
SP_NASA = "NASA established: Jul 29, 1958 - History.com"
SP_JUS = "National Aeronautics and Space Act - Justia Legal Dictionary"

SPUTNIK = dict(
    stem="sputnik-1-launch",
    field="Space",
    fmt=dict(crlf=True, bom=True, curly=False, trailing=True),
    front=[
        ("Research Date", "2026-02-14 10:07"),
        ("Topic", ["What was Sputnik 1, how did its mission unfold, and what were the political",
                   "consequences of the launch?"]),
        ("Sources Analyzed", "18"),
        ("Model", "research-agent-large"),
    ],
    summary=[
        "Sputnik 1 opened the space age in October 1957. This report describes the satellite itself, "
        "the launch and its short operational life, and the political shock it caused in the United "
        "States.",
    ],
    angles=["The satellite", "Launch and orbit", "Political fallout"],
    sections=[
        ("The Satellite", [
            ("p_launch", "Sputnik 1, the first artificial Earth satellite, was launched by the Soviet Union on 4 October 1957.",
             [F("sputnik 1 - Piglix", "The Soviet Union launched the first artificial Earth satellite into an elliptical low Earth orbit on 4 October 1957."),
              F("October 4, 1957: Sputnik 1 is launched - Wonderspawn", "Sputnik 1 was launched from the Baikonur Cosmodrome on 4 October 1957.")]),
            ("p_sphere", "The satellite was a polished metal sphere 58 cm across, fitted with four external radio antennas.",
             [F(SP_GEO, "It was a 58 cm (23 in) diameter polished metal sphere with four external radio antennas to broadcast radio pulses.")]),
            ("p_mass", "Sputnik 1 had a launch mass of 83.6 kg (184 lb).",
             [F("sputnik 1 - Piglix", "Launch mass 83.6 kg (184 lb)."),
              F("SPUTNIK | BRITANNICA", "Sputnik 1 was an 83.6-kg (184-pound) capsule.")]),
            ("p_beep", "Its simple beeping radio signal was picked up by scientists and amateur radio operators around the world.",
             [F("sputnik - vibrationdata", "Its beep-beep signal was received by scientists and ham radio operators throughout the world.")]),
            ("p_drag", "Although it carried no scientific sensors, tracking the drag on its orbit revealed the density of the upper atmosphere.",
             [F("sputnik 1 - Piglix", "The satellite had no sensors, but the density of the upper atmosphere could be deduced from its drag on the orbit.")]),
        ]),
        ("Launch and Orbit", [
            ("p_r7", "It was launched from Baikonur on an R-7 Semyorka, a rocket developed as an intercontinental ballistic missile.",
             [F("sputnik - vibrationdata", "The booster rocket was an ICBM called a Semiorka R-7, launched from the Baikonur Cosmodrome near Tyuratam in Kazakhstan.")]),
            ("p_korolev", "Sergei Korolev led the team that developed both the R-7 rocket and the satellite.",
             [F("sputnik - vibrationdata", "Sergei Korolev was the leader of the team that developed both the booster and the satellite.")]),
            ("p_orbit", "Sputnik 1 circled the Earth about every 96 minutes in an elliptical orbit between roughly 215 km and 939 km up.",
             [F("sputnik 1 - Piglix", "Perigee 215 km, apogee 939 km, period 96.2 minutes."),
              F("SPUTNIK | BRITANNICA", "It circled the Earth every 96 minutes.")]),
            ("p_battery", "Its transmitter batteries ran out on 26 October 1957, about three weeks after launch.",
             [F("sputnik - vibrationdata", "The signal continued until the transmitter batteries ran out on October 26, 1957."),
              F("October 4, 1957: Sputnik 1 is launched - Wonderspawn", "After three weeks Sputnik's transmitter batteries died.")]),
            ("p_reentry", "Sputnik 1 burned up on re-entry on 4 January 1958 after completing about 1,440 orbits.",
             [F("October 4, 1957: Sputnik 1 is launched - Wonderspawn", "By its re-entry on January 4, 1958, Sputnik 1 had completed 1440 orbits of Earth."),
              F("sputnik 1 - Piglix", "Decay date 4 January 1958; orbits completed 1440.")]),
            ("p_booster", "Most people who thought they had seen Sputnik were actually watching the rocket's empty core stage, which followed it into orbit.",
             [F("sputnik - vibrationdata", "Most people who thought they saw the satellite actually saw the booster stage that followed it into orbit.")]),
        ]),
        ("Political Fallout", [
            ("p_crisis", "The launch set off the Sputnik crisis, a period of public anxiety in the West about a technology gap with the Soviet Union.",
             [F(SP_CRI, "The Sputnik crisis was a period of public fear and anxiety in Western nations about the perceived technological gap between the United States and Soviet Union."),
              F("sputnik 1 - Piglix", "The surprise success precipitated the American Sputnik crisis and triggered the Space Race.")]),
            ("p_iota", 'Five days after the launch, President Eisenhower said the satellite did not raise his apprehensions "one iota".',
             [Q(SP_CRI, "Now, so far as the satellite itself is concerned, that does not raise my apprehensions, not one iota")]),
            ("p_nasa", "Congress passed legislation in July 1958 establishing NASA to coordinate the US space programme.",
             [F(SP_NASA, "In July 1958 Congress passed legislation establishing NASA as the coordinating body of the U.S. space program."),
              F(SP_JUS, "The National Aeronautics and Space Act, largely triggered by Sputnik I, led to the establishment of NASA.")]),
            ("p_ndea", "The National Defense Education Act gave federal funds to improve science and mathematics teaching in American schools.",
             [F(SP_NASA, "The National Defense Education Act provided federal funds for improving the teaching of science and mathematics in public schools."),
              F(SP_JUS, "The National Defense Education Act provided substantial support to educational institutions and students, especially in the sciences.")]),
            ("p_laika", "Sputnik 2, launched on 3 November 1957, carried the dog Laika into orbit.",
             [F("SPUTNIK | BRITANNICA", "Sputnik 2, launched on Nov. 3, 1957, carried the dog Laika, the first living creature to orbit Earth.")]),
        ]),
    ],
    focus=[
        ("Scientific Return", [("Findings", "Orbital tracking gave data on atmospheric density and the ionosphere.")]),
        ("Political Impact", [("Consequences", "New agencies, new education funding and an accelerated missile programme.")]),
    ],
    conclusions=[
        "A simple radio beacon had consequences far beyond its engineering. Sputnik 1 showed that the "
        "Soviet Union could put an object into orbit with a missile-derived rocket, and the American "
        "response reshaped its space, defence and education policies.",
    ],
    refs=[(SP_PIG, "http://piglix.com/piglix/Sputnik_1"),
          (SP_VIB, "http://www.vibrationdata.com/Sputnik.htm"),
          (SP_GEO, "http://www.geoastro.de/briefmarken/institutionen17.html"),
          (SP_WON, "https://wonderspawn.com/tag/sputnik-1/"),
          (SP_BRI, "https://www.britannica.com/technology/Sputnik"),
          (SP_CRI, "http://makelovenotspam.com/sputnik-crisis.html"),
          (SP_NASA, "https://www.rallypoint.com/shared-links/nasa-established-jul-29-1958-history-com"),
          (SP_JUS, "https://dictionary.justia.com/national-aeronautics-and-space-act")],
)

REPORTS = [GUNPOWDER, WOLLEMI, CHANNEL, LANDSTEINER, ATHENS, SOUTHSEA, SPUTNIK]
