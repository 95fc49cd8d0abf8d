"""Build questions.json from the reports: each expected claim is named by a distinctive substring,
and the claim prefix written to questions.json is copied from the report text, so it cannot be mistyped.

usage: python3 tools/build_questions.py   (run from /work/holdout5 or anywhere)
"""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
claims = {}
for p in sorted((HERE / "reports").glob("*.md")):
    text = p.read_text(encoding="utf-8-sig")
    claims[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]

ALIAS = {"rcv": "ranked-choice-voting", "loot": "loot-box-regulation", "desal": "seawater-desalination",
         "fish": "invasive-lionfish", "lib": "library-fine-free", "coffee": "coffee-leaf-rust",
         "tip": "restaurant-tipping"}

def prefix(stem, sub):
    cs = claims[stem]
    hits = [c for c in cs if sub in c]
    if len(hits) != 1:
        sys.exit(f"{stem}: substring {sub!r} matches {len(hits)} claims")
    claim = hits[0]
    words = claim.split(" ")
    for n in range(1, len(words) + 1):
        pre = " ".join(words[:n]).rstrip(",;:")
        if len(pre) >= 40 and sum(c.startswith(pre) for c in cs) == 1:
            return pre
    return claim

Q = []
def q(kind, text, *refs):
    exp = []
    for r in refs:
        alias, sub = r.split(":", 1)
        stem = ALIAS[alias]
        exp.append({"report": stem, "claim": prefix(stem, sub)})
    Q.append({"q": text, "kind": kind, "expect": exp})

# ---------------- keyword ----------------
q("keyword", "ranked choice ballot exhaustion rate", "rcv:Ballot exhaustion is real")
q("keyword", "loot box drop probabilities disclosure China", "loot:China has required")
q("keyword", "global desalination brine production per day", "desal:142 million cubic metres")
q("keyword", "lionfish ciguatoxin FDA guidance level", "fish:ciguatoxin")
q("keyword", "ALA resolution library fines social inequity", "lib:ALA Council")
q("keyword", "Hemileia vastatrix leaf shedding yield loss", "coffee:Hemileia vastatrix")
q("keyword", "federal tipped minimum cash wage $2.13", "tip:$2.13 an hour since 1991")
q("keyword", "Sorek 2 record low tariff", "desal:Sorek 2")
q("keyword", "NYC Board of Elections test ballots preliminary tally", "rcv:135,000 test ballots")
q("keyword", "Castillo variety Cenicafé Colombia renovation", "coffee:Castillo")
q("keyword", "lionfish derby Lionfish Challenge removals", "fish:Single-weekend derbies")
q("keyword", "loot box heavy spenders 5% of buyers revenue", "loot:concentrated among a small group")

# ---------------- paraphrase ----------------
q("paraphrase", "Do people actually bother putting more than one name in order when the ballot lets them?", "rcv:83% of surveyed voters")
q("paraphrase", "Are elderly voters more likely to spoil their ballot when they have to number candidates?", "rcv:Overvotes and other marking errors")
q("paraphrase", "Has an instant-runoff count ever changed who won a seat in Congress?", "rcv:Maine's 2018 race")
q("paraphrase", "Do politicians attack each other less when voters get to order their preferences?", "rcv:Voters in California cities using RCV")
q("paraphrase", "Did the new way of voting coincide with more women getting onto the city council in New York?", "rcv:women won 31 of the 51")
q("paraphrase", "Have rival candidates ever told their own supporters to put the other person second?", "rcv:cross-endorsements")
q("paraphrase", "Has ranking candidates helped people of color and women win local office in the San Francisco area?", "rcv:Bay Area cities")
q("paraphrase", "Does buying random prize packs in games lead people into gambling, or is it the other way round?", "loot:Evidence on causation remains weak")
q("paraphrase", "How many British teenagers have spent money on mystery boxes in their games?", "loot:UK Gambling Commission's 2019")
q("paraphrase", "What did Britain decide to do instead of treating paid mystery boxes as betting?", "loot:In July 2022 the UK government")
q("paraphrase", "Do the age ratings printed on games warn parents about paid random rewards?", "loot:Age-rating bodies")
q("paraphrase", "How much electricity does it take nowadays to turn ocean water into a cubic metre of drinking water?", "desal:roughly 3 to 4 kWh")
q("paraphrase", "How much of Israel's tap water comes out of the sea?", "desal:Israel now gets around 70%")
q("paraphrase", "How much damage can a single one of these invasive fish do to a reef's young fish?", "fish:cut the recruitment")
q("paraphrase", "Won't big native predators like groupers eventually start eating enough of them to keep numbers down?", "fish:Native groupers do not")
q("paraphrase", "Is there a supermarket chain that sells lionfish?", "fish:Whole Foods")
q("paraphrase", "Why is lionfish so rarely a regular item on restaurant menus?", "fish:rarely take baited hooks")
q("paraphrase", "Once late charges were dropped, did people stop bringing books back on time?", "lib:most items still came back")
q("paraphrase", "If I lose a book from a library that doesn't charge late fees, do I still have to pay for it?", "lib:replacement costs")
q("paraphrase", "Does chasing people for a few dollars of late charges cost more than it brings in?", "lib:staff time and card-processing")
q("paraphrase", "What's the case made by people who want to keep charging for late returns?", "lib:Opposition to fine-free")
q("paraphrase", "Are coffee farms high up in the mountains still safe from the rust disease?", "coffee:above 1,500 metres")
q("paraphrase", "What does it cost a small grower to replace old coffee bushes with disease-proof ones?", "coffee:US$3,000 to US$4,000")
q("paraphrase", "Do the disease-resistant coffee plants stay resistant for good?", "coffee:Timor Hybrid")
q("paraphrase", "Does growing coffee under trees make the leaf fungus better or worse?", "coffee:Shade has mixed")
q("paraphrase", "Do waiters who do a better job actually get bigger tips?", "tip:less than 2% of the variation")
q("paraphrase", "Whatever happened to the New York restaurant group that tried to get rid of tipping?", "tip:Hospitality Included")
q("paraphrase", "Can a restaurant share the servers' tips with the kitchen crew?", "tip:2018 amendment to the FLSA")
q("paraphrase", "Do diners tip waitstaff differently depending on their race?", "tip:Black servers")

# ---------------- conversational ----------------
q("conversational", "hey all, quick q — anyone know how many states have outlawed ranked ballots? :ballot_box_with_ballot:", "rcv:at least ten states")
q("conversational", "<@U04KQ2M9X> iirc peltola's win in alaska came down to second choices, do we have numbers on that? thx", "rcv:Mary Peltola")
q("conversational", "morning! does ranked choice actually change how many ppl show up to vote or nah :thinking_face:", "rcv:Turnout effects are contested")
q("conversational", "anyone got a number for how much $$ people spend on loot boxes worldwide? need it for a slide pls", "loot:Juniper Research")
q("conversational", "hey <#C03RSRCH|research> was the belgian loot box ban ever actually enforced? :eyes:", "loot:Belgium's Gaming Commission")
q("conversational", "quick q: what was the genshin impact ftc thing about? thx :pray:", "loot:HoYoverse")
q("conversational", "yo did brazil just ban loot boxes for kids?? saw something on <https://www.theverge.com|the verge>", "loot:Brazil's Digital Statute")
q("conversational", "hey team, is the aussie desal plant the one that sat there unused for years? :droplet:", "desal:Wonthaggi")
q("conversational", "anyone know of a desal plant that runs on solar? cc <@U02ABCD12>", "desal:Al Khafji")
q("conversational", "quick q re california — what are the rules for how desal plants suck in seawater? :ocean:", "desal:2015 Desalination Amendment")
q("conversational", "hi all :wave: when did lionfish first turn up in florida?", "fish:Dania Beach")
q("conversational", "pls remind me what to do if i get stung by a lionfish, off to roatan next wk :scuba_diver:", "fish:stings are very painful")
q("conversational", "anyone seen anything on lionfish traps that work deeper than divers can go? <#C0FISH22|reef-team>", "fish:Steve Gittings")
q("conversational", "hey, when did the nyc libraries drop late fees and how many ppl got their cards back? thx!", "lib:400,000 cards")
q("conversational", "iirc chicago got a ton of overdue books back after they stopped charging fines, what was the number? :books:", "lib:240%")
q("conversational", "does anyone know what happened at the salt lake city library after they ditched fines?", "lib:Salt Lake City")
q("conversational", "hey all, do the librarians at the front desk actually like not having to collect late fees? anyone heard anything", "lib:Front-desk staff")
q("conversational", "hey all, what's the story with la roya in central america back in 2012? how bad was it :coffee:", "coffee:374,000 jobs")
q("conversational", "quick q — is the H1 hybrid coffee any good? <https://worldcoffeeresearch.org|wcr> keeps pushing it", "coffee:Centroamericano")
q("conversational", "<@U0TIPS99> which states make restaurants pay the full min wage before tips? need it for the policy memo", "tip:Seven states")
q("conversational", "lol is it just me or does every coffee shop ipad ask for a tip now? any data on that? :money_with_wings:", "tip:72% of US adults")
q("conversational", "anyone know where tipping in the US even came from? kinda curious thx", "tip:Pullman")
q("conversational", "hey quick one — do those 20/25/30% buttons on the card reader actually make ppl tip more?", "tip:Default tip suggestions")

# ---------------- multi ----------------
q("multi", "What has gone wrong or slowed things down when officials counted ranked ballots?", "rcv:Alaska's first statewide RCV general", "rcv:135,000 test ballots")
q("multi", "What penalties have authorities actually imposed on game companies over loot boxes and in-game purchases?", "loot:Kansspelautoriteit", "loot:Epic Games to pay $245", "loot:HoYoverse")
q("multi", "In what ways can desalination plants harm sea life?", "desal:2015 Desalination Amendment", "desal:Posidonia oceanica")
q("multi", "What do the numbers say about the link between spending on loot boxes and problem gambling?", "loot:survey of 7,422 gamers", "loot:meta-analysis pooling 17", "loot:concentrated among a small group")
q("multi", "Does removing lionfish actually help native reef fish, and what limits how well it works?", "fish:24 Bahamian reefs", "fish:about 300 metres")
q("multi", "What are the health risks of handling or eating lionfish?", "fish:ciguatoxin", "fish:stings are very painful")
q("multi", "What did Chicago's library see, in returns and in money, after it got rid of fines?", "lib:240%", "lib:less than 1% of")
q("multi", "Why was the 2012 coffee rust outbreak so severe?", "coffee:copper fungicide", "coffee:warm nights")
q("multi", "How does the wage floor for servers differ between states, and does it make a difference to whether they end up poor?", "tip:Seven states", "tip:Poverty rates among tipped")

# ---------------- cross ----------------
q("cross", "Has any Latin American country recently passed a law to protect children in digital products?", "loot:Brazil's Digital Statute")
q("cross", "What pushed people from Honduras and Guatemala to head north to the US in the last decade?", "coffee:migration toward")
q("cross", "Which seagrass is sensitive to changes in salinity in the Mediterranean?", "desal:Posidonia oceanica")
q("cross", "Is there a good example of test data accidentally ending up in published official figures?", "rcv:135,000 test ballots")
q("cross", "Are there women's cooperatives in Central America making jewellery out of marine by-products?", "fish:jewellery")
q("cross", "What are examples of public-private partnership contracts that cost taxpayers even when the asset sits unused?", "desal:Wonthaggi")
q("cross", "Have regulators taken action against dark patterns that trick people into buying things in apps?", "loot:Epic Games to pay $245")
q("cross", "Is there research on sexual harassment of workers in the hospitality sector?", "tip:sexual harassment")

# ---------------- evidence ----------------
q("evidence", "How many of Nick Begich's first-round ballots went to Sarah Palin in the 2022 special election?", "rcv:Mary Peltola")
q("evidence", "What share of the first-round vote did Bruce Poliquin get in 2018?", "rcv:Maine's 2018 race")
q("evidence", "How many RCV cities did Kimball and Anthony compare with plurality cities?", "rcv:Turnout effects are contested")
q("evidence", "Out of the 100 top-grossing iPhone games in China, how many had loot boxes?", "loot:China has required")
q("evidence", "What did San Diego pay per acre-foot for desalinated water in 2023, compared with imported water?", "desal:Carlsbad")
q("evidence", "What's the deepest lionfish have been seen off Roatán, Honduras?", "fish:about 300 metres")
q("evidence", "How many coffee trees did Colombia renew between 2008 and 2016?", "coffee:Castillo")
q("evidence", "In dollars, how much did diners leave when the waitress told them her name?", "tip:introduced themselves by name")
q("evidence", "What percentage of the world's brine comes from the United Arab Emirates?", "desal:Four Gulf countries")

# ---------------- source ----------------
q("source", "What did the Pew Research Center find about tipping?", "tip:72% of US adults")
q("source", "What did ROC United's 'The Glass Floor' report find?", "tip:sexual harassment")
q("source", "What does the Electoral Studies paper by Donovan, Tolbert and Gracey conclude?", "rcv:Voters in California cities using RCV")
q("source", "What did the Gambling Commission's young people survey show about loot boxes?", "loot:UK Gambling Commission's 2019")
q("source", "What does the World Food Programme say about coffee and emigration?", "coffee:migration toward")
q("source", "What did Jones et al. in Science of the Total Environment estimate about desalination?", "desal:142 million cubic metres", "desal:Four Gulf countries")
q("source", "What does the Urban Libraries Council's map show?", "lib:more than 200 public library systems")

# ---------------- typo ----------------
q("typo", "ranked choise voting bans by state", "rcv:at least ten states")
q("typo", "lootbox problem gambling corelation meta analisys", "loot:meta-analysis pooling 17")
q("typo", "desalinaton energy recovery devise efficency", "desal:Isobaric energy recovery")
q("typo", "lion fish densitys on bahamas reefs", "fish:390 fish per hectare")
q("typo", "libary fines bayveiw blocked cards", "lib:Bayview")
q("typo", "cofee rust resistent varietys parainema cup quallity", "coffee:Parainema")
q("typo", "tipped minimun wage job losses resturants", "tip:0.3% to 0.5%")
q("typo", "electrochemcial brine to sodium hydroxyde", "desal:sodium hydroxide")

# ---------------- unanswerable: general knowledge ----------------
for t in [
    "What's the boiling point of water at the top of Mount Everest?",
    "How do I reset my VPN password?",
    "Who won the 2022 FIFA World Cup?",
    "What's the capital of Kazakhstan?",
    "How many calories are in a banana?",
    "When is the next total solar eclipse visible from Europe?",
    "What's the best way to learn Rust coming from Python?",
    "How does compound interest work on a savings account?",
    "Can anyone recommend a project management tool for a small team?",
    "What year did the Berlin Wall fall?",
    "how do you make a proper risotto? asking for a dinner party lol",
    "What's the half-life of carbon-14?",
]:
    q("unanswerable", t)

# ---------------- unanswerable: near the reports' domains ----------------
for t in [
    # ranked-choice voting
    "Does ranked-choice voting save money compared with holding separate runoff elections?",
    "Which countries use preferential voting to elect their national parliament?",
    "How did ranked-choice voting play out in Alaska's 2024 Senate race?",
    "Do voters trust election results more under ranked-choice voting than under plurality voting?",
    # loot boxes
    "Has Australia changed its game classification rules for titles with paid loot boxes?",
    "Is skin gambling on third-party CS:GO sites legal in the US?",
    "Does Japan regulate kompu gacha mechanics in mobile games?",
    "How much revenue does EA make each year from Ultimate Team?",
    # desalination
    "What does it cost to build a large reverse osmosis plant per cubic metre of daily capacity?",
    "How often do reverse osmosis membranes need replacing?",
    "is desalinated water bad for you because it lacks minerals like magnesium?",
    "Does Cape Town have a desalination plant?",
    # lionfish
    "Are lionfish invading the Mediterranean as well?",
    "How many eggs does a female lionfish release, and how often does she spawn?",
    "Is it legal to keep lionfish in a home aquarium in Florida?",
    # libraries
    "Did e-book borrowing change after libraries dropped late fees?",
    "Do public libraries in the UK still charge late fees?",
    "How do fine-free policies handle items borrowed through interlibrary loan?",
    # coffee
    "How will climate change affect Robusta coffee growing in Vietnam?",
    "Which biological control agents are used against coffee leaf rust?",
    "Did the 2012 rust outbreak push up coffee prices in US supermarkets?",
    # tipping
    "How does tipping culture in Japan compare with the US?",
    "Are tips taxed as income by the IRS, and what would the 'no tax on tips' proposal change?",
    "What share of US restaurants now add an automatic service charge to the bill?",
    "What is the tipped minimum wage in New York State?",
]:
    q("unanswerable", t)

texts = [x["q"] for x in Q]
assert len(texts) == len(set(texts)), "duplicate question"
(HERE / "questions.json").write_text(json.dumps(Q, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
import collections
print(len(Q), dict(collections.Counter(x["kind"] for x in Q)))
