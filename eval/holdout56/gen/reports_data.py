"""Content of the seven held-out reports, as data. Rendered by render.py, built by build.py.

Each report: slug, field, front-matter options, summary, angles, sections (heading, claims),
focus areas, conclusions, references, and format switches (crlf, bom, curly, key finding).
Each claim: id, text, ev = list of (source title, "q" quote | "f" key finding, text).
"""

REPORTS = [
    # ------------------------------------------------------------------ history
    dict(
        slug="domesday-book-1086",
        field="History",
        date="2026-02-03 10:42",
        topic=("What was the Domesday survey of 1086, how was it carried out, what does the finished "
               "record contain and how has its legacy been used and remembered since the Norman period"),
        topic_cut=150,          # wrapped over lines and cut off mid-word
        sources=19,
        extra={},
        crlf=True, bom=False, curly=False,
        summary=[
            "This report examines the Domesday survey ordered by William the Conqueror, the two volumes "
            "that resulted from it, and the ways the record has been used and commemorated. It draws on "
            "archival descriptions, the Anglo-Saxon Chronicle and accounts of the 1986 BBC project.",
        ],
        angles=["Origins perspective", "Content and coverage perspective", "Legacy perspective"],
        sections=[
            ("Origins Perspective", [
                dict(id="D1", text="William the Conqueror ordered the Domesday survey after deep discussion with his council while holding his Christmas court at Gloucester in 1085.",
                     ev=[("The Anglo-Saxon Chronicle, Version E", "q", "Then at Christmas the king was at Gloucester with the council and held his court there for five days"),
                         ("Great and Little Domesday - The National Archives", "q", "At Christmas 1085 William the Conqueror commissioned a detailed survey")]),
                dict(id="D2", text="Royal commissioners visited every shire and asked about the extent, use, ownership and value of the land held by the king and his subjects.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "Each shire was visited by royal commissioners who asked searching questions")]),
                dict(id="D3", text="The Anglo-Saxon Chronicle complained that not a single ox, cow or pig was left out of the king's inquiry.",
                     ev=[("The Anglo-Saxon Chronicle, Version E", "q", "one ox nor one cow nor one pig which was there left out")]),
                dict(id="D4", text="The commissioners' questioning aroused widespread resentment among the population and led to rioting in some areas.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "which aroused widespread resentment, and in some areas rioting")]),
                dict(id="D5", text="Space was left in the record for important boroughs such as London, Winchester, Bristol and Tamworth, but work was abandoned in 1090 before they were filled in.",
                     ev=[("Great and Little Domesday - The National Archives", "f", "Entries for several major boroughs were never written because the project stopped in 1090.")]),
            ]),
            ("Content and Coverage Perspective", [
                dict(id="D6", text="The finished Domesday record runs to about 900 pages and roughly 2 million words of Latin.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "running to 900 pages and 2 million words of Latin")]),
                dict(id="D7", text="Domesday describes more than 13,000 places in England and Wales, the majority of which still exist today.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "describes more than 13,000 places in England and Wales, the majority of which survive today")]),
                dict(id="D8", text="Little Domesday covers only Essex, Norfolk and Suffolk and was written up by at least six scribes during 1086.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "written up, neatly though hurriedly, by at least six scribes"),
                         ("Little Domesday Book - Facsimile Finder", "f", "Little Domesday holds the detailed returns for Essex, Norfolk and Suffolk that Great Domesday lacks.")]),
                dict(id="D9", text="Great Domesday was written up by a single scribe, with annotations added by a second scribe.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "Great Domesday was written up by one scribe, with annotations by a second")]),
                dict(id="D10", text="Northumberland, Durham, Cumberland and Westmorland in the far north were largely left out of the survey because they had not yet been conquered.",
                     ev=[("Domesday Book - FamilySearch Wiki", "f", "The far northern counties had not yet been conquered in 1086 and were effectively a no man's land."),
                         ("Domesday Book - EncycloReader", "f", "County Durham and Northumberland do not appear, as the Scottish border then reached the Tees and Ribble.")]),
            ]),
            ("Legacy Perspective", [
                dict(id="D11", text="The native English nicknamed the record Domesday after the biblical Day of Judgement, a reckoning against which there could be no appeal.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "after the biblical Day of Judgement, when every soul would be assessed")]),
                dict(id="D12", text="The record was originally kept at Winchester, where it was known as the Winchester Roll or the King's Roll.",
                     ev=[("Great and Little Domesday - The National Archives", "q", "Originally it was kept at Winchester and was known as the Winchester Roll or King's Roll")]),
                dict(id="D13", text="The Domesday Book continued to be used for legal and taxation purposes until 1522.",
                     ev=[("Domesday Book - EncycloReader", "q", "It was used for legal and taxation purposes until 1522.")]),
                dict(id="D14", text="To mark the survey's 900th anniversary, the BBC published the Domesday Project on two laserdiscs, the National Disc and the Community Disc, on 25 November 1986.",
                     ev=[("The Domesday Discs - BeebMaster", "q", "The Domesday Discs were published by the BBC on 25th November 1986"),
                         ("BBC Domesday Project - Reloaded! - LearnICT", "f", "The project celebrated the 900th anniversary of the survey and was issued on two LV-ROM laserdiscs.")]),
                dict(id="D15", text="More than one million people took part in the 1986 BBC Domesday Project, contributing almost 150,000 pages of text and over 23,000 photographs to the Community Disc.",
                     ev=[("Domesday project revisited - TNMOC", "q", "More than one million people participated in recording what they thought might be of interest")]),
            ]),
        ],
        focus=[
            ("Administrative Purpose of the Survey", [
                ("Risks", "The record reflects what landholders and juries reported, so omissions and disputes are built into it."),
                ("Benefits", "It fixed who held which land and what dues were owed, giving the Crown a single reference."),
            ]),
            ("Survival and Reuse", [
                ("Benefits", "The two volumes remain a starting point for local histories of English places."),
            ]),
        ],
        conclusions=[
            "The Domesday survey was an unusually thorough exercise in royal administration, carried out "
            "quickly and resented by many. Its two volumes differ in detail and authorship, and its name "
            "and reputation have outlived the purpose it was made for.",
        ],
        references=[
            ("Great and Little Domesday - The National Archives", "Unknown"),
            ("The Anglo-Saxon Chronicle, Version E", "Unknown"),
            ("Little Domesday Book - Facsimile Finder", "Unknown"),
            ("Domesday Book - FamilySearch Wiki", "Unknown"),
            ("Domesday Book - EncycloReader", "Unknown"),
            ("The Domesday Discs - BeebMaster", "Unknown"),
            ("BBC Domesday Project - Reloaded! - LearnICT", "Unknown"),
            ("Domesday project revisited - TNMOC", "Unknown"),
        ],
    ),
    # ------------------------------------------------------------------ nature
    dict(
        slug="komodo-dragon-conservation",
        field="Nature",
        date="2026-01-28 09:05",
        topic="Komodo dragon biology, virgin births in captivity and the species' conservation status",
        topic_cut=None,
        sources=22,
        extra={},
        crlf=False, bom=True, curly=False,
        summary=[
            "The Komodo dragon is confined to a few islands in south-east Indonesia. This report collects "
            "what zoo records, museum writing and the IUCN say about its biology, its ability to reproduce "
            "without a male, and the threats it faces.",
            "Most findings below are summarised rather than quoted.",
        ],
        angles=["Biology perspective", "Reproduction perspective", "Conservation perspective"],
        sections=[
            ("Biology Perspective", [
                dict(id="K1", text="The Komodo dragon (Varanus komodoensis) is the largest living lizard, reaching lengths of about 3 metres.",
                     ev=[("Zoo celebrates virgin birth of Komodo dragons - NBC News", "f", "Fully grown dragons reach about 3 metres in length."),
                         ("New Komodo dragons arrive - Chester Zoo", "f", "The zoo's curator describes the Komodo dragon as the largest lizard in the world.")]),
                dict(id="K2", text="Wild Komodo dragons are found only on a handful of Indonesian islands, namely Komodo, Rinca, Flores, Gili Motang and Gili Dasami.",
                     ev=[("Breeding dragons in captivity - Reptile Expert", "f", "The species is native to Komodo and the neighbouring islands of Flores, Gili Dasami, Gili Motang and Rinca.")]),
                dict(id="K3", text="Western scientists first recorded the Komodo dragon in 1910, and Peter Ouwens formally described the species in 1912.",
                     ev=[("Komodo dragon joins the list of endangered species - Sydney Morning Herald", "f", "The lizards were only recorded by Western scientists in 1910."),
                         ("Komodo dragon - Wikipedia (2008 revision)", "f", "The binomial authority is given as Ouwens, 1912.")]),
                dict(id="K4", text="Komodo dragons prey on deer, pigs and water buffalo and use a venomous bite to help bring down their targets.",
                     ev=[("Komodo dragon is now listed as Endangered - Natural History Museum", "f", "The dragons take deer, pigs and water buffalo, aided by a venomous bite.")]),
                dict(id="K14", text="Komodo dragons live on forest edges or in open savannah and rarely venture higher than 700 metres above sea level.",
                     ev=[("Komodo dragon at risk of extinction as sea levels rise - SEJ / The Guardian", "f", "The species rarely goes above 700 metres and favours forest edge and savannah.")]),
            ]),
            ("Reproduction Perspective", [
                dict(id="K5", text="Parthenogenesis in Komodo dragons was first documented in 2006, when a female called Flora at Chester Zoo produced fertile eggs without ever having been kept with a male.",
                     ev=[("New Komodo dragons arrive - Chester Zoo", "f", "Flora reproduced without mating, the first time this had been witnessed in the species."),
                         ("5 Komodo Dragons Hatch at British Zoo - Mongabay", "f", "Flora became pregnant despite never having been in the presence of a male dragon.")]),
                dict(id="K6", text="A second female, Sungai, also reproduced without mating, and both virgin births were described in the journal Nature in December 2006.",
                     ev=[("5 Komodo Dragons Hatch at British Zoo - Mongabay", "f", "Sungai had a virginal conception the previous year, and both cases were published in Nature in December.")]),
                dict(id="K7", text="Flora's five hatchlings emerged at Chester Zoo in January 2007 after an eight-month gestation, each measuring 40 to 45 centimetres.",
                     ev=[("Zoo celebrates virgin birth of Komodo dragons - NBC News", "f", "The shells began cracking after an eight-month gestation; the young measured 40 to 45 cm."),
                         ("5 Komodo Dragons Hatch at British Zoo - Mongabay", "f", "Five dragons hatched at Chester Zoo in January 2007.")]),
                dict(id="K8", text="Because female Komodo dragons carry one W and one Z sex chromosome, parthenogenesis in the species produces only male offspring.",
                     ev=[("Baby Komodo dragons born without a father - Genome BC", "f", "Viable parthenogenetic eggs are ZZ, so they always hatch as males."),
                         ("Komodo dragon joins the list of endangered species - Sydney Morning Herald", "f", "Reproduction without males results only in male offspring and can lead to inbreeding.")]),
                dict(id="K9", text="In 2019 a female named Charlie at Chattanooga Zoo produced three male offspring by parthenogenesis even though she lived with a resident male called Kadal.",
                     ev=[("Baby Komodo dragons born without a father - Genome BC", "f", "DNA tests showed Charlie conceived on her own, without mating with Kadal.")]),
                dict(id="K10", text="Female Komodo dragons mature at around six years old and lay clutches of roughly 30 eggs, of which typically only two hatchlings reach adulthood.",
                     ev=[("Komodo dragon is now listed as Endangered - Natural History Museum", "f", "Of about 30 eggs, around 20 hatch and typically two survive to adulthood.")]),
                dict(id="K15", text="In February 2014 Chester Zoo received a male and a female Komodo dragon, named Jantan and Ora, from Prague Zoo.",
                     ev=[("New Komodo dragons arrive - Chester Zoo", "f", "The pair moved to Chester from Prague Zoo and were named Jantan and Ora.")]),
            ]),
            ("Conservation Perspective", [
                dict(id="K11", text="In September 2021 the IUCN moved the Komodo dragon from Vulnerable to Endangered on its Red List, the species' first status change since it was assessed in 1996.",
                     ev=[("Climate change or human activities? Scientists debate threats to Komodo dragons - Jakarta Post", "f", "The change was the first in 25 years since the 1996 assessment."),
                         ("Komodo dragon joins the list of endangered species - Sydney Morning Herald", "f", "The Red List update shifted the species from vulnerable to endangered.")]),
                dict(id="K12", text="Fewer than 1,400 adult Komodo dragons are estimated to remain in the wild.",
                     ev=[("Komodo dragon is now listed as Endangered - Natural History Museum", "f", "There are fewer than 1,400 adult dragons left in the world.")]),
                dict(id="K13", text="The IUCN expects rising sea levels to reduce the Komodo dragon's habitat by at least 30 percent over the next 45 years.",
                     ev=[("Komodo dragon joins the list of endangered species - Sydney Morning Herald", "f", "Sea-level rise will cut habitat on Komodo and neighbouring islands by at least 30 per cent in 45 years.")]),
            ]),
        ],
        focus=[
            ("Captive Breeding", [
                ("Risks", "Parthenogenesis yields only males and reduces genetic diversity."),
                ("Benefits", "Zoo populations act as an insurance population for an island-bound species."),
            ]),
            ("Habitat Loss", [
                ("Risks", "Rising seas and human pressure outside protected areas shrink the available range."),
            ]),
        ],
        conclusions=[
            "Komodo dragons combine a very small wild range with unusual reproductive biology. The 2021 "
            "Red List change reflects threats from climate change as much as from human activity.",
        ],
        references=[
            ("Zoo celebrates virgin birth of Komodo dragons - NBC News", "https://www.nbcnews.com/id/wbna16784022"),
            ("New Komodo dragons arrive - Chester Zoo", "https://www.chesterzoo.org/news/new-komodo-dragons-arrive/"),
            ("Breeding dragons in captivity - Reptile Expert", "https://reptileexpert.co.uk/breeding-dragons-captivity-case-study.html"),
            ("Komodo dragon joins the list of endangered species - Sydney Morning Herald", "https://www.smh.com.au/environment/conservation/komodo-dragon-joins-the-list-of-endangered-species-20210905-p58oxc.html"),
            ("Komodo dragon - Wikipedia (2008 revision)", "http://en.wikipedia.org/wiki/Komodo+dragon?diff=251806536"),
            ("Komodo dragon is now listed as Endangered - Natural History Museum", "http://nhm.ac.uk/discover/news/2021/september/komodo-dragon-is-now-listed-as-endangered-from-rising-sea-levels.html"),
            ("Komodo dragon at risk of extinction as sea levels rise - SEJ / The Guardian", "https://sej.org./headlines/komodo-dragon-danger-extinction-sea-levels-rise"),
            ("5 Komodo Dragons Hatch at British Zoo - Mongabay", "https://news.mongabay.com/2007/01/5-komodo-dragons-hatch-at-british-zoo/amp/"),
            ("Baby Komodo dragons born without a father - Genome BC", "https://www.genomebc.ca/blog/baby-komodo-dragons-born-without-a-father"),
            ("Climate change or human activities? Scientists debate threats to Komodo dragons - Jakarta Post", "https://asiaviews.net/indonesia-climate-change-or-human-activities-scientists-debate-threats-to-komodo-dragons/"),
        ],
    ),
    # ------------------------------------------------------------------ engineering
    dict(
        slug="kiruna-town-relocation",
        field="Engineering",
        date="2026-02-11 16:20",
        topic=("How is the Swedish mining town of Kiruna being moved away from the subsiding ground "
               "above the LKAB iron ore mine, and how was Kiruna Church relocated in 2025?"),
        topic_cut=None,
        sources=31,
        extra={"Model": "research-agent-v3", "Search Depth": "advanced", "Language": "en"},
        crlf=False, bom=False, curly=False,
        summary=[
            "Kiruna, in Swedish Lapland, is being rebuilt a few kilometres to the east because mining "
            "beneath it is destabilising the ground. This report covers the reasons for the move, the new "
            "city hall, and the 2025 transport of Kiruna Church.",
        ],
        angles=["Mining and ground movement", "The new city centre", "Moving Kiruna Church"],
        sections=[
            ("Mining and Ground Movement", [
                dict(id="R1", text="Kiruna sits beside the Kiirunavaara ore body, where state-owned LKAB operates the world's largest underground iron ore mine.",
                     ev=[("Kiruna Church set for Arctic journey - The Independent", "q", "the world's largest underground iron ore mine")]),
                dict(id="R2", text="In 2004 LKAB warned that iron ore mining was causing subsidence and cracks that threatened the city centre, and Kiruna Municipality announced the same year that the city would have to be relocated.",
                     ev=[("Kristallen now complete in Kiruna - Input interior", "q", "It was in 2004 that mining company LKAB warned that the mining of iron ore was affecting the ground")]),
                dict(id="R3", text="Kiruna's new city centre is being built about three kilometres east of the old one.",
                     ev=[("Kiruna City Hall - Henning Larsen", "q", "move Kiruna three kilometers east")]),
                dict(id="R4", text="LKAB is paying to relocate the town and its roughly 18,000 residents at an estimated cost of about 1 billion pounds.",
                     ev=[("A Henning Larsen-designed Town Hall marks the start of Kiruna's relocation - Wallpaper", "q", "pay for the entire town and its 18,000 citizens to be relocated")]),
                dict(id="R5", text="The plan moves 21 existing buildings from old Kiruna and adds about 3,000 new ones.",
                     ev=[("Signature Move: A New City Hall in Sweden - PMI", "q", "21 existing buildings to be relocated and 3,000 new ones to be built")]),
            ]),
            ("The New City Centre", [
                dict(id="R6", text="The first building completed in the new city centre was the city hall Kristallen (The Crystal), designed by the Danish practice Henning Larsen.",
                     ev=[("Kristallen now complete in Kiruna - Input interior", "q", "The first building to be completed is the new city hall, Kristallen")]),
                dict(id="R7", text="Henning Larsen won the competition to design the new Kiruna city hall in 2013.",
                     ev=[("Kiruna's new city hall by Henning Larsen opens to the public - Bustler", "q", "won the competition back in 2013")]),
                dict(id="R8", text="King Carl XVI Gustaf officially inaugurated the new Kiruna City Hall at a ceremony in November 2018.",
                     ev=[("Kiruna's new city hall by Henning Larsen opens to the public - Bustler", "f", "The King inaugurated the building at a ceremony in the week before 26 November 2018.")]),
                dict(id="R9", text="Building the new city hall was a five-year project costing about SEK 600 million.",
                     ev=[("Signature Move: A New City Hall in Sweden - PMI", "q", "The five-year, SEK600 million project")]),
                dict(id="R10", text="The new city hall incorporates the historic 1958 bell tower and the original entrance door handles from Arthur von Schmalensee's old town hall.",
                     ev=[("Kiruna's new city hall by Henning Larsen opens to the public - Bustler", "q", "incorporates the historic 1958 bell tower and the original door handles")]),
            ]),
            ("Moving Kiruna Church", [
                dict(id="R11", text="Kiruna Church, a 672-tonne wooden Lutheran church built in 1912, was moved five kilometres to the new centre over two days on 19 and 20 August 2025.",
                     ev=[("Historic Swedish church move a logistical feat - ECR", "q", "an imposing 672-tonne Swedish Lutheran church from 1912"),
                         ("Kiruna church rolls toward new site - Particle News", "f", "Day two of the 5 km relocation resumed on Wednesday 20 August 2025.")]),
                dict(id="R12", text="The church rode on remote-controlled flatbed trailers with 220 wheels, moving at about half a kilometre an hour.",
                     ev=[("Historic Swedish church move a logistical feat - ECR", "q", "inching along at a pace of half a kilometre an hour")]),
                dict(id="R13", text="Engineers widened sections of the route from 9 to 24 metres to make room for the 1,200-tonne convoy.",
                     ev=[("Kiruna church rolls toward new site - Particle News", "q", "Engineers widened sections of the route from 9 to 24 meters")]),
                dict(id="R14", text="The church move was budgeted at about 500 million kronor and paid for by LKAB.",
                     ev=[("Kiruna church rolls toward new site - Particle News", "q", "budgeted at about 500 million kronor and paid by LKAB")]),
                dict(id="R15", text="More than 10,000 people turned out to watch the church move, which Swedish television streamed live in full.",
                     ev=[("Kiruna church rolls toward new site - Particle News", "q", "Crowds topped 10,000 as Swedish TV live-streamed the event")]),
            ]),
        ],
        focus=None,   # section missing on purpose
        conclusions=[
            "The relocation of Kiruna shows a town reorganising itself around its mine rather than the "
            "other way round. The city hall and the church move are the most visible milestones so far.",
        ],
        references=[
            ("Kiruna Church set for Arctic journey - The Independent", "https://www.the-independent.com/news/world/europe/kiruna-church-sweden-arctic-journey-b2809627.html"),
            ("Kristallen now complete in Kiruna - Input interior", "https://www.inputinterior.com/news/kristallen-now-complete-in-kiruna/"),
            ("Kiruna City Hall - Henning Larsen", "https://www.henninglarsen.com/projects/kiruna-city-hall"),
            ("A Henning Larsen-designed Town Hall marks the start of Kiruna's relocation - Wallpaper", "https://wallpaper.com/architecture/kiruna-town-hall-henning-larsen-sweden"),
            ("Signature Move: A New City Hall in Sweden - PMI", "https://www.pmi.org/learning/library/kiruna-relocation-11546"),
            ("Kiruna's new city hall by Henning Larsen opens to the public - Bustler", "https://bustler.net/news/6982/kiruna-s-new-city-hall-by-henning-larsen-opens-to-the-public-as-sinking-mining-town-relocates"),
            ("Historic Swedish church move a logistical feat - ECR", "https://www.ecr.co.za/news/news/historic-swedish-church-move-logistical-feat/"),
            ("Kiruna church rolls toward new site - Particle News", "Unknown"),
        ],
    ),
    # ------------------------------------------------------------------ medicine
    dict(
        slug="typhoid-mary-mallon",
        field="Medicine",
        date="2026-01-19 13:58",
        topic="The case of Mary Mallon (\u201cTyphoid Mary\u201d), asymptomatic carriage, detention and public health powers",
        topic_cut=None,
        sources=None,           # Sources Analyzed missing
        extra={},
        crlf=False, bom=False, curly=True,
        summary=[
            "Mary Mallon, an Irish-born cook in New York, was identified in 1907 as a healthy carrier of "
            "typhoid fever and spent much of her later life in enforced isolation. This report reviews the "
            "investigation that found her, the legal and public health response, and her biography.",
        ],
        angles=["Epidemiology perspective", "Public health law perspective", "Biography perspective"],
        sections=[
            ("Epidemiology Perspective", [
                dict(id="T3", text="In the summer of 1906 Mary Mallon was working as a cook for the New York banker Charles Henry Warren, who had rented a house in Oyster Bay, Long Island.",
                     ev=[("Typhoid Mary: Captive to the Public's Health - Judith Walzer Leavitt", "q", "working in the rented summer home of a New York banker, Charles Henry Warren, in Oyster Bay")]),
                dict(id="T4", text="Between 27 August and 3 September 1906, six of the eleven people in the Warren household at Oyster Bay fell ill with typhoid fever.",
                     ev=[("The Discovery of Typhoid Mary - George Soper (1907)", "q", "six persons in a household of eleven were attacked"),
                         ("100 Years Ago - Typhoid Mary - Vermont Deadline", "q", "From August 27 to September 3, six of the eleven people in the family came down with typhoid fever.")]),
                dict(id="T5", text="The owners of the Oyster Bay house, George Thompson and his wife, hired George Soper to investigate because they feared they could not rent the property again.",
                     ev=[("Typhoid Mary: Captive to the Public's Health - Judith Walzer Leavitt", "f", "The Thompsons thought the house would be unrentable unless the cause of the cases was found.")]),
                dict(id="T6", text="George Soper had earned a PhD in sanitary engineering from Columbia University in 1899 and had previously investigated a typhoid outbreak in Ithaca.",
                     ev=[("Typhoid Mary: Captive to the Public's Health - Judith Walzer Leavitt", "q", "Columbia University (A.M., 1898; Ph.D., 1899) in sanitary engineering")]),
                dict(id="T7", text="Mallon was the first person in North America to be identified and reported in the medical literature as a healthy carrier of typhoid fever.",
                     ev=[("Typhoid Mary: Captive to the Public's Health - Judith Walzer Leavitt", "q", "the first person in North America to be identified, charted, and reported in the literature as a healthy typhoid fever carrier")]),
                dict(id="T12", text="Historians estimate that Mallon may have infected up to 53 people, three of whom died.",
                     ev=[("100 Years Ago - Typhoid Mary - Vermont Deadline", "q", "she may have infected up to 53 people, three of whom died")]),
                dict(id="T14", text="New York City recorded 3,467 typhoid fever cases and 639 typhoid deaths in 1906.",
                     ev=[("Annual Report of the Department of Health of the City of New York - Google Books", "f", "The borough table for 1906 lists 3,467 cases and 639 deaths for the whole city.")]),
            ]),
            ("Public Health Law Perspective", [
                dict(id="T15", text="Health department physician S. Josephine Baker was the official who cornered Mallon at a Park Avenue brownstone and took her into custody in 1907.",
                     ev=[]),   # the one claim in the set without evidence
                dict(id="T8", text="Mallon was isolated at Riverside Hospital on North Brother Island, which lies in the East River between the Bronx and Rikers Island.",
                     ev=[("Cooking up an epidemic with Typhoid Mary - Wednesday's Women", "q", "Riverside Hospital, whose most famous patient was Mary Mallon")]),
                dict(id="T9", text="In 1909 Mallon sought her release through a writ of habeas corpus in the New York Supreme Court, but the judge accepted the health department's laboratory results.",
                     ev=[("Typhoid Mary: Captive to the Public's Health - Judith Walzer Leavitt", "f", "The judge in the 1909 habeas corpus case took the laboratory results at face value.")]),
                dict(id="T10", text="On 30 March 1915 the New York City Board of Health approved Mallon's indefinite detention after she had resumed cooking and two people had died.",
                     ev=[("Island Exile - Typhoid Mary: An Urban Historical", "q", "approved the indefinite detention of \u2018Typhoid Mary\u2019 until such time as she should be declared no longer a public menace")]),
                dict(id="T11", text="Health Commissioner Sigismund S. Goldwater said the 1915 detention order probably meant exile for life.",
                     ev=[("Island Exile - Typhoid Mary: An Urban Historical", "q", "It probably means exile for life")]),
            ]),
            ("Biography Perspective", [
                dict(id="T1", text="Mary Mallon was born on 23 September 1869 in Cookstown, County Tyrone, in what is now Northern Ireland.",
                     ev=[("The cook who was quarantined for 26 years - My History Teacher Told Me", "q", "born in (no kidding) Cookstown in County Tyrone")]),
                dict(id="T2", text="Mallon emigrated alone to New York in 1883 at the age of 15 and stayed with an aunt and uncle there.",
                     ev=[("Cooking up an epidemic with Typhoid Mary - Wednesday's Women", "q", "she traveled alone to America at the age of 15, staying with an aunt and uncle")]),
                dict(id="T13", text="Mary Mallon died at the age of 69 on 11 November 1938.",
                     ev=[("100 Years Ago - Typhoid Mary - Vermont Deadline", "f", "Her dates are given as 23 September 1869 to 11 November 1938.")]),
            ]),
        ],
        focus=[
            ("Healthy Carriers and Civil Liberties", [
                ("Risks", "Indefinite isolation of a person who feels well raises hard questions about consent and due process."),
                ("Benefits", "Identifying carriers made it possible to explain outbreaks that water and milk could not account for."),
            ]),
        ],
        conclusions=[
            "Mallon's case set an early and much-debated precedent for how a city could restrict one "
            "healthy person to protect others. The investigation that found her also showed how household "
            "outbreaks could be traced to a single cook.",
        ],
        references=[
            ("Typhoid Mary: Captive to the Public's Health - Judith Walzer Leavitt", "https://bookreadfree.com/524318/12875095.amp"),
            ("The Discovery of Typhoid Mary - George Soper (1907)", "https://docslib.org/doc/9490089/discovery-of-typhoid-mary-pdf"),
            ("100 Years Ago - Typhoid Mary - Vermont Deadline", "http://vermontdeadline.blogspot.com/2014/"),
            ("Annual Report of the Department of Health of the City of New York - Google Books", "Unknown"),
            ("Cooking up an epidemic with Typhoid Mary - Wednesday's Women", "https://wednesdayswomen.com/cooking-up-an-epidemic-with-typhoid-mary/"),
            ("Island Exile - Typhoid Mary: An Urban Historical", "https://trantor.is/content/1aEIsfk4ScfboP6G/xhtml/chapter011.xhtml"),
            ("The cook who was quarantined for 26 years - My History Teacher Told Me", "https://myhistoryteachertoldme.blogspot.com/2020/03/the-cook-who-was-quarantined-for-26.html"),
        ],
    ),
    # ------------------------------------------------------------------ sport
    dict(
        slug="isner-mahut-wimbledon-2010",
        field="Sport",
        date="2026-02-07 20:31",
        topic="How the Isner-Mahut first-round match at Wimbledon 2010 unfolded and the records it set",
        topic_cut=None,
        sources=16,
        extra={"Report Version": "2"},
        crlf=True, bom=True, curly=False,
        summary=[
            "In June 2010 an unremarkable first-round pairing at Wimbledon became the longest tennis match "
            "ever played. This report reconstructs the match and the statistics it produced.",
        ],
        angles=None,            # Research Angles section missing
        sections=[
            ("Match Record Perspective", [
                dict(id="W1", text="John Isner beat Nicolas Mahut 6-4, 3-6, 6-7 (7-9), 7-6 (7-3), 70-68 in the first round of the 2010 Wimbledon Championships.",
                     ev=[("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "f", "The official result is 6-4, 3-6, 6-7(7-9), 7-6(7-3), 70-68 to Isner.")]),
                dict(id="W2", text="The match took 11 hours and 5 minutes of playing time spread over three days, from 22 to 24 June 2010.",
                     ev=[("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "f", "Play totalled 11 hours 5 minutes across three days."),
                         ("World Tennis Month: the longest tennis match in history - Indulge Express", "f", "The match began on 22 June 2010 and stretched over three days.")]),
                dict(id="W3", text="The match was played on Court 18 and began at 6:13 pm on Tuesday 22 June 2010.",
                     ev=[("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "f", "Play started at 6:13 pm British Summer Time on Court 18.")]),
                dict(id="W4", text="Play was suspended for fading light on Wednesday 23 June with the fifth set tied at 59 games all.",
                     ev=[("American Isner wins longest match in tennis history - Las Vegas Review-Journal", "f", "The match picked up again on Thursday at 59-59 in the fifth set.")]),
                dict(id="W7", text="The match was umpired by Mohamed Lahyani.",
                     ev=[("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "f", "The infobox lists Mohamed Lahyani as umpire.")]),
                dict(id="W8", text="Isner was the 23rd seed, while Mahut was an unseeded qualifier ranked 148th in the world.",
                     ev=[("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "f", "Isner was seeded 23; Mahut entered as a qualifier ranked 148.")]),
                dict(id="W9", text="Mahut reached the main draw by winning three qualifying matches, including a 24-22 final set against Alex Bogdanovic.",
                     ev=[("Wimbledon 2010 longest match notes", "f", "Mahut came through three qualifying rounds, beating Bogdanovic 3-6, 6-3, 24-22.")]),
            ]),
            ("Statistics Perspective", [
                dict(id="W5", text="The fifth set alone lasted 8 hours and 11 minutes, longer than any complete tennis match played before it.",
                     ev=[("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "f", "The final set was longer than the previous longest match."),
                         ("Wimbledon 2010 longest match notes", "f", "The final set lasted 8 hours and 11 minutes.")]),
                dict(id="W6", text="A total of 183 games were played in the match, 138 of them in the deciding set.",
                     ev=[("Wimbledon: Isner wygral najdluzszy mecz w historii tenisa - RMF24", "f", "The report counts 183 games in the match, 138 in the last set.")]),
                dict(id="W10", text="Both players served more than 100 aces in the match, with Mahut finishing on 103.",
                     ev=[("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "f", "Each player served over 100 aces."),
                         ("Wimbledon: Isner wygral najdluzszy mecz w historii tenisa - RMF24", "f", "Mahut is credited with 103 aces.")]),
                dict(id="W11", text="Although he won, Isner won fewer points than Mahut, 478 to 502.",
                     ev=[("Wimbledon: Isner wygral najdluzszy mecz w historii tenisa - RMF24", "f", "The American won fewer points than his opponent, 478 against 502.")]),
                dict(id="W12", text="Before 2010 the longest Grand Slam match had been Fabrice Santoro's win over Arnaud Clement at the 2004 French Open, which lasted 6 hours 33 minutes.",
                     ev=[("Wimbledon: Isner wygral najdluzszy mecz w historii tenisa - RMF24", "f", "The previous Grand Slam record was Santoro v Clement at Roland Garros in 2004, 6 hours 33 minutes.")]),
                dict(id="W13", text="The previous Wimbledon record for match length was 5 hours 28 minutes, set by Greg Holmes and Todd Witsken in 1989.",
                     ev=[("Wimbledon: Isner wygral najdluzszy mecz w historii tenisa - RMF24", "f", "At Wimbledon the record had been 5 hours 28 minutes, held by Holmes and Witsken from 1989.")]),
            ]),
            ("Aftermath Perspective", [
                dict(id="W14", text="Isner later called the 70-68 final-set score a basketball score and said he would never forget those two numbers.",
                     ev=[("When Isner beat Mahut 70-68 in the fifth - Tennis Majors", "f", "Isner told ESPN the score always reminds him of basketball.")]),
                dict(id="W15", text="From its first point to its last, the match spanned 46 hours and 34 minutes of elapsed time, finishing at 4.47pm on Thursday 24 June.",
                     ev=[("When Isner beat Mahut 70-68 in the fifth - Tennis Majors", "f", "The contest spanned 46 hours and 34 minutes and ended at 4.47pm on the Thursday.")]),
            ]),
        ],
        focus=None,             # Focus Areas missing
        conclusions=[
            "The Isner-Mahut match remains an outlier in tennis by duration and by number of games. Its "
            "numbers were only possible because the deciding set at Wimbledon then had no tie-break.",
        ],
        references=[
            ("Isner-Mahut match at the 2010 Wimbledon Championships - Wikipedia", "https://en.wikipedia.org/wiki/Isner%E2%80%93Mahut_match_at_the_2010_Wimbledon_Championships"),
            ("World Tennis Month: the longest tennis match in history - Indulge Express", "https://www.indulgexpress.com/entertainment/sports-entertainment/2025/May/07/world-tennis-month-story-of-the-longest-tennis-match-in-history-john-isner-vs-nicolas-mahut-at-wimbledon-2010"),
            ("American Isner wins longest match in tennis history - Las Vegas Review-Journal", "https://www.reviewjournal.com/sports/american-isner-wins-longest-match-in-tennis-history/"),
            ("Wimbledon 2010 longest match notes", "Unknown"),
            ("Wimbledon: Isner wygral najdluzszy mecz w historii tenisa - RMF24", "https://www.rmf24.pl/sport/news-wimbledon-isner-wygral-najdluzszy-mecz-w-historii-tenisa,nId,285263"),
            ("When Isner beat Mahut 70-68 in the fifth - Tennis Majors", "https://www.tennismajors.com/wimbledon-news/when-isner-beat-mahut-fifth-wimbledons-11-hour-epic-defies-belief-decade-266996.html"),
        ],
    ),
    # ------------------------------------------------------------------ business
    dict(
        slug="barings-bank-collapse-1995",
        field="Business",
        date="2026-02-14 08:12",
        topic=("How did a single trader in Singapore bring down Barings, Britain's oldest merchant bank, "
               "in February 1995, and what were the consequences for the bank, the trader and UK banking "
               "supervision?"),
        topic_cut=None,         # wrapped over three lines, complete
        sources=24,
        extra={"Depth": "deep", "Region Focus": "United Kingdom; Singapore"},
        crlf=False, bom=False, curly=True,
        summary=[
            "Barings, founded in the eighteenth century, collapsed in a matter of weeks in early 1995 after "
            "losses run up by Nick Leeson in Singapore came to light. This report traces the bank's history, "
            "the trading that broke it, and what followed.",
        ],
        angles=["History perspective", "Trading perspective", "Aftermath perspective"],
        sections=[
            ("History Perspective", [
                dict(id="B1", text="Barings was founded in 1762 by Francis Baring, with his elder brother John as a senior but largely silent partner.",
                     ev=[("On this day: The collapse of Barings Bank - City AM", "q", "by a young Exeter apprentice, Francis Baring, with his elder brother John as senior but largely silent partner"),
                         ("Bankruptcy of Barings Bank - Britannica", "q", "Barings had been founded in 1762 by Francis Baring")]),
                dict(id="B2", text="In 1803 Barings and Hope & Co. of Amsterdam helped finance the Louisiana Purchase by buying $11.25m of the US Treasury bonds issued for it.",
                     ev=[("On this day: The collapse of Barings Bank - City AM", "q", "Barings, together with Hope & Co. of Amsterdam, bought $11.25m of the total in US Treasury bonds")]),
                dict(id="B3", text="From 1806 until its collapse in 1995, Barings' formal address was 8 Bishopsgate in the City of London.",
                     ev=[("On this day: The collapse of Barings Bank - City AM", "q", "in 1806 acquired 8 Bishopsgate, which would remain its formal address until 1995")]),
                dict(id="B15", text="Barings staff called 1993 The Turbulence, the year an internal takeover left investment bankers supposedly overseeing the securities traders.",
                     ev=[("Bankruptcy of Barings Bank - Britannica", "q", "In 1993 (the year known by Barings\u2019 staff as \u201cThe Turbulence\u201d)")]),
            ]),
            ("Trading Perspective", [
                dict(id="B4", text="Nick Leeson, a 28-year-old trader in Barings' Singapore office, was in charge of both trading and settlement, so he could report his own results unchecked.",
                     ev=[("Bankruptcy of Barings Bank - Britannica", "q", "He was in charge of both buying and selling (\u201ctrading\u201d and \u201csettlement\u201d)"),
                         ("Nick Leeson and the collapse of Barings Bank - Devastating Disasters", "q", "28-year-old Nick Leeson in the Singapore office could trade securities without direct supervision")]),
                dict(id="B5", text="Leeson hid his losses in an account numbered 88888, which by December 1994 concealed losses of S$373.9 million.",
                     ev=[("Bankruptcy of Barings Bank - Britannica", "q", "hiding losses in what became the notorious account 88888")]),
                dict(id="B6", text="Leeson bet that the Nikkei index would stay above 19,000 points, but the Kobe earthquake of 17 January 1995 sent it crashing.",
                     ev=[("Bankruptcy of Barings Bank - Britannica", "q", "on January 17, the Kobe earthquake sent the Nikkei crashing"),
                         ("Barings Bank Collapse - Financial Dictionary", "f", "Leeson's unhedged Nikkei futures were exposed by large losses after an earthquake.")]),
                dict(id="B7", text="Leeson fled Singapore on 23 February 1995, leaving losses of S$2.2 billion for auditors to uncover.",
                     ev=[("Bankruptcy of Barings Bank - Britannica", "q", "on February 23 he fled Singapore, leaving losses of S$2.2 billion")]),
                dict(id="B8", text="Leeson's losses reached about 827 million pounds, roughly twice the bank's available capital.",
                     ev=[("9 banks we've lost over the years - Bedford Today", "q", "which totalled \u00a3827 million by the time he fled in February 1995"),
                         ("Barings Bank Collapse - Financial Dictionary", "q", "twice Barings' available capital")]),
            ]),
            ("Aftermath Perspective", [
                dict(id="B9", text="Barings was declared insolvent on 26 February 1995.",
                     ev=[("On this day: The collapse of Barings Bank - City AM", "q", "On 26 February 1995 ... Baring Bank, one of the City\u2019s most venerable institutions, was declared insolvent")]),
                dict(id="B10", text="German police arrested Leeson at Frankfurt airport on 2 March 1995 as he tried to make his way back to Britain.",
                     ev=[("The Barings Bank Collapse - History Daily", "f", "Leeson and his wife were met by German police on landing at Frankfurt on 2 March 1995.")]),
                dict(id="B11", text="In December 1995 Leeson was sentenced to six and a half years in prison.",
                     ev=[("Bankruptcy of Barings Bank - Britannica", "q", "In December 1995 he was sentenced to six-and-a-half years in prison"),
                         ("9 banks we've lost over the years - Bedford Today", "q", "Leeson was sentenced to six and a half years in prison")]),
                dict(id="B12", text="The Dutch bank ING bought what was left of Barings for a token 1 pound.",
                     ev=[("Barings: the collapse that erased 232 years of history", "q", "was sold to the Dutch bank ING for just \u00a31")]),
                dict(id="B13", text="After the collapse the Bank of England was roundly criticised and later stripped of some powers, which went to the new Financial Services Authority.",
                     ev=[("Barings: the collapse that erased 232 years of history", "q", "the Bank of England was roundly criticised, and later stripped of certain powers")]),
                dict(id="B14", text="Leeson's story inspired the 1999 film Rogue Trader, starring Ewan McGregor and Anna Friel.",
                     ev=[("9 banks we've lost over the years - Bedford Today", "q", "inspiring the 1999 film Rogue Trader, starring Ewan McGregor and Anna Friel")]),
            ]),
        ],
        focus=[
            ("Operational Risk Controls", [
                ("Risks", "Combining front-office and back-office roles let one person hide losses for years."),
                ("Lessons", "Segregation of duties and independent reconciliation are basic controls."),
            ]),
            ("Regulatory Response", [
                ("Risks", "Supervisors relied on the bank's own reporting."),
                ("Benefits", "The episode fed into the reorganisation of UK financial supervision."),
            ]),
        ],
        conclusions=[
            "Barings fell because weak internal controls let a single trader take positions far larger "
            "than the bank could absorb. The collapse ended an old City institution and changed how banks "
            "in the UK are supervised.",
        ],
        references=[
            ("On this day: The collapse of Barings Bank - City AM", "https://www.cityam.com/on-this-day-the-collapse-of-barings-bank"),
            ("Bankruptcy of Barings Bank - Britannica", "https://www.britannica.com/print/article/2209281"),
            ("Nick Leeson and the collapse of Barings Bank - Devastating Disasters", "Unknown"),
            ("Barings Bank Collapse - Financial Dictionary", "https://financial-dictionary.thefreedictionary.com/Barings+Bank+Collapse"),
            ("9 banks we've lost over the years - Bedford Today", "https://www.bedfordtoday.co.uk/retro/9-banks-weve-lost-over-the-years-5049321"),
            ("The Barings Bank Collapse - History Daily", "https://www.historydaily.com/the-barings-bank-collapse/"),
            ("barings: the collapse that erased 232 years of history - Telegraph", "https://telegraph.co.uk/finance/newsbysector/banksandfinance/11427501/Barings-the-collapse-that-erased-232-years-of-history.html"),
        ],
    ),
    # ------------------------------------------------------------------ culture
    dict(
        slug="banksy-love-is-in-the-bin",
        field="Culture",
        date="2026-01-30 17:47",
        topic="Banksy's self-shredding Girl with Balloon (2018) and its resale as Love Is In The Bin (2021)",
        topic_cut=None,
        sources=14,
        extra={},
        crlf=False, bom=False, curly=False,
        summary=[
            "In October 2018 a Banksy canvas partly shredded itself moments after it was sold at auction in "
            "London. Three years later the damaged work was sold again for many times the original price. "
            "This report sets out what happened at each sale.",
        ],
        angles=["The 2018 sale", "The shredder", "The 2021 resale"],
        sections=[
            ("The 2018 Sale", [
                dict(id="A1", text="Banksy's Girl with Balloon was sold at Sotheby's in London on 5 October 2018 for a hammer price of 860,000 pounds, about 1.04 million pounds including fees.",
                     ev=[("Banksy self-destructive art performance - Europe Diplomatic", "q", "raced up to a final deal of \u00a3860,000 or \u00a31 million including taxes"),
                         ("Banksy's shredded painting sells for \u00a318.5m - ITV News", "f", "The work sold in 2018 as Girl with Balloon for a record-breaking \u00a31.04m.")]),
                dict(id="A2", text="Before the 2018 auction the canvas had been listed at about 300,000 pounds, and bidding drove the price to more than double that figure.",
                     ev=[("Banksy self-destructive art performance - Europe Diplomatic", "q", "It was listed at \u00a3300,000 but it soon more than doubled the estimate")]),
                dict(id="A6", text="The 2018 buyer, a European collector, decided to go ahead with the purchase even after the work had been shredded.",
                     ev=[("Banksy's self-shredding print has doubled in value - Today FM", "q", "The woman who bid on Banksy's Girl With Balloon has decided to honour her bid"),
                         ("Shredded Banksy work Love is in the Bin sets record - ABC News", "f", "The 2018 buyer decided to go through with the purchase.")]),
                dict(id="A8", text="The painting that was shredded had been created in 2006.",
                     ev=[("Banksy's shredded painting sells for \u00a318.5m - ITV News", "q", "The piece, created in 2006")]),
            ]),
            ("The Shredder", [
                dict(id="A3", text="Seconds after the hammer fell, a shredder hidden in the bottom of the frame cut most of the canvas into strips, leaving a red balloon on a white background in the frame.",
                     ev=[("Banksy's shredded painting sells for \u00a318.5m - ITV News", "q", "Within seconds of the gavel striking, the majority of the work was cut into strips.")]),
                dict(id="A4", text="Banksy later admitted the whole work was supposed to be destroyed, but a problem with the shredder stopped the canvas from going all the way through.",
                     ev=[("Banksy's shredded painting sells for \u00a318.5m - ITV News", "q", "a problem with the shredder meant the canvas did not run all the way through")]),
                dict(id="A5", text="Banksy wrote on Instagram that the auction house had not been in on the stunt.",
                     ev=[("A shredded Banksy artwork sells for \u00a316million at auction - NME", "q", "Some people think the auction house were in on it, they weren't.")]),
                dict(id="A7", text="After the shredding the work was renamed Love Is In The Bin and given a certificate by Pest Control, Banksy's authentication body.",
                     ev=[("Banksy's self-shredding print has doubled in value - Today FM", "q", "The work has been given a new title, Love Is In The Bin"),
                         ("Banksy's shredded painting sells for \u00a318.5m - ITV News", "f", "The painting comes with a Pest Control certificate of authenticity.")]),
            ]),
            ("The 2021 Resale", [
                dict(id="A9", text="Love Is In The Bin sold at Sotheby's London on 14 October 2021 for 18,582,000 pounds including the buyer's premium, a record for Banksy.",
                     ev=[("Partially shredded Banksy painting sells for more than \u00a318m - NW Evening Mail", "q", "A partially shredded Banksy painting has sold for \u00a318,582,000 at auction."),
                         ("Shredded Banksy work Love is in the Bin sets record - ABC News", "f", "The price includes the buyer's premium and is a record for the artist.")]),
                dict(id="A10", text="Sotheby's pre-sale estimate for Love Is In The Bin in 2021 was 4 million to 6 million pounds.",
                     ev=[("Partially shredded Banksy painting sells for more than \u00a318m - NW Evening Mail", "q", "outperformed its price estimate of between \u00a34 million and \u00a36 million")]),
                dict(id="A11", text="The 2021 sale came after a 10-minute bidding war involving nine bidders in the room, online and by phone.",
                     ev=[("Shredded Banksy work Love is in the Bin sets record - ABC News", "q", "After a 10-minute bidding war involving nine bidders")]),
                dict(id="A12", text="Auctioneer Oliver Barker joked before the final hammer that he could not say how terrified he was to bring it down.",
                     ev=[("A shredded Banksy artwork sells for \u00a316million at auction - NME", "q", "I can't tell you how terrified I am to bring down this hammer.")]),
                dict(id="A13", text="The 2021 price was close to 20 times what the work had fetched before it was shredded.",
                     ev=[("Shredded Banksy work Love is in the Bin sets record - ABC News", "f", "The price was close to 20 times the pre-shredded price.")]),
                dict(id="A14", text="Sotheby's said the decommissioned remote-controlled shredding mechanism was still inside the frame when the work was offered in 2021.",
                     ev=[("A shredded Banksy artwork sells for \u00a316million at auction - NME", "q", "decommissioned, remote controlled shredding mechanism")]),
            ]),
        ],
        focus=[
            ("Value and Destruction", [
                ("Risks", "Auction houses can be caught out by works that alter themselves in the saleroom."),
                ("Benefits", "The stunt turned a single canvas into one of the artist's best-known works."),
            ]),
        ],
        conclusions=None,       # Conclusions missing
        references=[
            ("Banksy self-destructive art performance - Europe Diplomatic", "https://europediplomatic.com/2018/10/06/bansky-self-destructive-art-performance/"),
            ("Banksy's shredded painting sells for \u00a318.5m - ITV News", "https://www.itv.com/news/westcountry/2021-10-14/banksys-shredded-love-is-in-the-bin-painting-sells-for-16m"),
            ("Banksy's self-shredding print has doubled in value - Today FM", "Unknown"),
            ("Shredded Banksy work Love is in the Bin sets record - ABC News", "https://www.abc.net.au/news/2021-10-15/shredded-banksy-work-love-is-in-the-bin-sets-record/100541176"),
            ("A shredded Banksy artwork sells for \u00a316million at auction - NME", "https://www.nme.com/news/a-shredded-banksy-artwork-sells-for-16million-at-auction-3071928"),
            ("Partially shredded Banksy painting sells for more than \u00a318m - NW Evening Mail", "Unknown"),
        ],
    ),
]
