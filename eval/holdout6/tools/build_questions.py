"""Build ../questions.json from the question list below.

Each expected claim is named by (report, distinctive substring). The script finds the one claim in
that report containing the substring and copies the shortest prefix of the claim text that is at
least 40 characters long, ends at a word boundary, and starts no other claim in the report. Claim
lines are read exactly as tools/validateSet.py reads them, so no prefix can be mistyped.
Run: python3 tools/build_questions.py   (from anywhere)
"""
import json, pathlib, re, collections

HERE = pathlib.Path(__file__).resolve().parent.parent
R = {"sc": "automated-speed-cameras", "my": "childhood-myopia", "cc": "cover-crops",
     "gs": "gas-stoves-induction", "tu": "high-dosage-tutoring", "pt": "pay-transparency",
     "rr": "right-to-repair"}

claims = {}
for p in sorted((HERE / "reports").glob("*.md")):
    text = p.read_text(encoding="utf-8-sig")
    claims[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]

def prefix(stem, sub):
    hits = [c for c in claims[stem] if sub in c]
    assert len(hits) == 1, (stem, sub, len(hits))
    c = hits[0]
    for k in range(40, len(c) + 1):
        if k < len(c) and c[k] != " ":
            continue
        p = c[:k].rstrip()
        if len(p) >= 40 and sum(x.startswith(p) for x in claims[stem]) == 1:
            return p
    raise AssertionError((stem, sub))

Q = [
# ---------------- keyword (12)
("speed camera fatal serious injury crash reduction", "keyword", [("sc", "Cochrane systematic review")]),
("average speed cameras point-to-point", "keyword", [("sc", "Average-speed (point-to-point)")]),
("low-dose atropine myopia progression", "keyword", [("my", "concentration-dependent")]),
("orthokeratology axial elongation infection", "keyword", [("my", "Orthokeratology lenses")]),
("cover crops nitrate leaching", "keyword", [("cc", "nitrate leaching by about 70%")]),
("cover crop acres Census of Agriculture 2022", "keyword", [("cc", "18 million acres")]),
("gas stove childhood asthma", "keyword", [("gs", "12.7% of current childhood asthma"), ("gs", "42% higher risk")]),
("tutoring meta-analysis effect size", "keyword", [("tu", "96 randomized trials")]),
("high-impact tutoring sessions per week group size", "keyword", [("tu", "generally defined as at least three sessions")]),
("salary ranges job postings Colorado", "keyword", [("pt", "advertised salaries rose")]),
("EU Pay Transparency Directive joint pay assessment", "keyword", [("pt", "joint pay assessment")]),
("parts pairing ban Oregon", "keyword", [("rr", "Oregon's 2024")]),
# ---------------- paraphrase (28)
("Why do drivers slam on the brakes right before an enforcement box and then put their foot down again afterwards?", "paraphrase", [("sc", "kangaroo effect")]),
("Do people who hate automated tickets tend to come around once the system has been up and running for a while?", "paraphrase", [("sc", "Public support for speed cameras")]),
("Could a network of traffic enforcement cameras be used to track where ordinary people drive?", "paraphrase", [("sc", "number-plate recognition")]),
("How many people around the globe will be nearsighted a few decades from now?", "paraphrase", [("my", "4.8 billion")]),
("Does sending kids outside at break time keep them from needing glasses?", "paraphrase", [("my", "Guangzhou"), ("my", "Tian-Tian 120")]),
("If my daughter stops using her eye drops, will her eyes get worse faster than before?", "paraphrase", [("my", "rebound in progression")]),
("Should an optician give a child slightly weaker lenses on purpose so their eyes don't deteriorate?", "paraphrase", [("my", "under-correcting")]),
("How much extra carbon does growing something over the winter lock into farmland each year?", "paraphrase", [("cc", "0.32 tonnes")]),
("Does keeping fields green in the off-season stop the dirt from washing away in the rain?", "paraphrase", [("cc", "soil erosion by water")]),
("What does it cost a grower per acre to get a winter crop established, and when does it start paying for itself?", "paraphrase", [("cc", "$25 to $40 per acre")]),
("Is it a bad idea to plant a winter crop in the dry parts of the Great Plains before wheat?", "paraphrase", [("cc", "western Kansas")]),
("Can making dinner over a flame make the air in a tiny apartment dirtier than the air outside?", "paraphrase", [("gs", "nitrogen dioxide (NO2)")]),
("Does the extractor fan above my cooker actually do anything, and do people even bother switching it on?", "paraphrase", [("gs", "Range hoods")]),
("Will I need new pots and pans if I get one of those magnetic hobs?", "paraphrase", [("gs", "magnetic cookware")]),
("Is there federal money to help me swap my old cooker for an electric one?", "paraphrase", [("gs", "$840")]),
("How much of the heat actually ends up in the pan with a magnetic cooktop compared with a flame?", "paraphrase", [("gs", "85% of their energy")]),
("Why do the results get weaker when a district rolls a small successful pilot out to every school?", "paraphrase", [("tu", "scaled up quickly")]),
("Is it better to hold the extra help sessions during class time or after the final bell?", "paraphrase", [("tu", "Sessions scheduled during the school day")]),
("Who makes the better tutor: a trained classroom aide or a parent who volunteers?", "paraphrase", [("tu", "teachers and paraprofessionals")]),
("For which subjects does extra help pay off most in the early grades, and for which later on?", "paraphrase", [("tu", "Reading tutoring shows")]),
("Can letting colleagues compare paychecks end up dragging everyone's wages down?", "paraphrase", [("pt", "right to discuss pay")]),
("How do staff feel when they find out the people around them earn more than they do?", "paraphrase", [("pt", "below the median")]),
("Do companies get around the posting rules by listing absurdly broad ranges?", "paraphrase", [("pt", "very wide ranges")]),
("What happened to the earnings of top local government officials once their salaries had to be put online?", "paraphrase", [("pt", "city managers")]),
("If my washing machine breaks after the warranty runs out, can I make the manufacturer fix it in Europe?", "paraphrase", [("rr", "Right to Repair Directive")]),
("How much money would a typical household save by fixing its gadgets instead of buying new ones?", "paraphrase", [("rr", "$382")]),
("Is it actually cheaper to fix my own phone with the parts and tools Apple sells?", "paraphrase", [("rr", "Self Service Repair")]),
("Why can't the little phone shop on the corner get the components and manuals it needs?", "paraphrase", [("rr", "Independent repair shops")]),
# ---------------- conversational (22)
("hey all, quick q - did nyc's school zone cams actually slow ppl down? <@U0123ABC> mentioned something about them going 24/7 :thinking_face:", "conversational", [("sc", "New York City's school-zone")]),
("btw does anyone remember the stat on how much the maryland county program cut serious crashes? iirc it was an iihs study", "conversational", [("sc", "Montgomery County")]),
("anyone got something on whether putting up signs before the cameras matters? need it for the <#C0123|research> deck thx", "conversational", [("sc", "Warning signs")]),
("hey team :wave: is there anything on whether ipads/phones make kids shortsighted? my sister keeps asking lol", "conversational", [("my", "smartphones and tablets")]),
("iirc lockdown made kids' eyesight worse in china? anyone have the numbers handy", "conversational", [("my", "home confinement")]),
("quick q for <@U0456DEF>: those special glasses for kids, the hoya ones - do they actually work?", "conversational", [("my", "MiyoSmart")]),
("does anyone remember the taiwan program w/ the 120 in the name? did it actually turn anything around", "conversational", [("my", "Tian-Tian 120")]),
("morning! anyone know how long before planting corn you're supposed to kill off the rye? :corn:", "conversational", [("cc", "terminated too late")]),
("hey, does rye actually help w/ palmer amaranth or is that a myth? thx", "conversational", [("cc", "Palmer amaranth")]),
("iirc someone said the cover crop carbon numbers are inflated bc they only sample the topsoil? is that in one of the reports", "conversational", [("cc", "overstated")]),
("ok dumb q but do gas ranges leak even when they're off?? :grimacing: cc <@U0789GHI>", "conversational", [("gs", "leak methane")]),
("anyone remember what happened w/ berkeley's ban on gas hookups? i thought it got tossed in court", "conversational", [("gs", "Berkeley")]),
("hey all - does going induction mean i have to redo the wiring in my 1950s house? :house: thx", "conversational", [("gs", "240-volt")]),
("hey folks, quick one: how much does a program like saga cost per kid per yr? trying to budget :money_with_wings:", "conversational", [("tu", "$3,500 to $4,300")]),
("btw what happened to the uk's national tutoring programme? <https://www.gov.uk|gov.uk> says it ended but not why", "conversational", [("tu", "National Tutoring Programme")]),
("does anyone have anything on khanmigo? has it been properly tested yet?", "conversational", [("tu", "Khanmigo")]),
("hey <@U0123ABC> do we have anything on how many job ads actually show pay now vs before covid?", "conversational", [("pt", "Indeed")]),
("lol did companies really put 'anywhere except colorado' in remote job ads?? :joy:", "conversational", [("pt", "excluded Colorado residents")]),
("quick q: what's the fine for not posting salaries in nyc? asking for a friend in HR :sweat_smile:", "conversational", [("pt", "New York City's salary transparency law")]),
("hey all :wave: which us state has the strongest repair law rn? i heard minnesota beat new york", "conversational", [("rr", "Minnesota")]),
("anyone know why my iphone says 'unknown part' after i swapped in the screen from my old one? true tone stopped working too", "conversational", [("rr", "Parts pairing can disable")]),
("<#C0456|policy> fyi does the french repair score thing still exist or did they replace it?", "conversational", [("rr", "France's repairability index")]),
# ---------------- multi (9)
("What are the fairness problems with camera fines - who ends up paying most, and is there an alternative to flat fines?", "multi", [("sc", "Flat-rate camera fines"), ("sc", "day fines")]),
("Why are speed cameras so politically contentious - where are they outlawed, and has anyone physically fought back against them?", "multi", [("sc", "Roughly a dozen U.S. states"), ("sc", "gilets jaunes")]),
("Once a child is already short-sighted, what are the options to slow it down: drops, contact lenses, glasses?", "multi", [("my", "concentration-dependent"), ("my", "MiSight"), ("my", "MiyoSmart")]),
("Do cover crops raise or lower corn and soybean yields? I've heard both.", "multi", [("cc", "Farmers surveyed by the Sustainable"), ("cc", "satellite analysis")]),
("What have governments actually done about gas cooking - bans, court cases, official statements?", "multi", [("gs", "Berkeley"), ("gs", "Consumer Product Safety Commission"), ("gs", "New York became the first state")]),
("Is there good evidence that online or AI tutoring works as well as sitting with a tutor in person?", "multi", [("tu", "Italy's 2020"), ("tu", "Edo State"), ("tu", "Khanmigo")]),
("How much does tutoring cost and who has been paying for it?", "multi", [("tu", "$3,500 to $4,300"), ("tu", "National Tutoring Programme"), ("tu", "ESSER")]),
("Do gender pay gap reporting laws actually shrink the gap between men and women?", "multi", [("pt", "Denmark's 2006"), ("pt", "United Kingdom's gender pay gap")]),
("What's the state of repair rights for farmers and their tractors in the US?", "multi", [("rr", "agricultural right-to-repair"), ("rr", "Deere")]),
# ---------------- cross (9)
("Why might a town end up short of money when its drivers start behaving better?", "cross", [("sc", "conflict of interest")]),
("What happened to roadside equipment during the yellow vest protests?", "cross", [("sc", "gilets jaunes")]),
("Which health problem costs the world economy about a quarter of a trillion dollars a year in lost output?", "cross", [("my", "US$244 billion")]),
("How is what Iowa farmers plant in the autumn connected to the dead zone in the Gulf of Mexico?", "cross", [("cc", "Nutrient Reduction Strategy")]),
("Can farmers get a discount on their crop insurance for conservation practices?", "cross", [("cc", "premium discounts")]),
("Which carcinogen found in cigarette smoke can also build up in homes from making dinner?", "cross", [("gs", "benzene")]),
("What did a GPT-4 pilot in Nigeria find?", "cross", [("tu", "Edo State")]),
("What happened to people's happiness in Norway once anyone could look up their neighbour's income?", "cross", [("pt", "Norway")]),
("What's the climate benefit of hanging on to your phone for an extra year?", "cross", [("rr", "2.1 million tonnes")]),
# ---------------- evidence (9)
("How far past a fixed camera do drivers' speeds go back to what they were before?", "evidence", [("sc", "kangaroo effect")]),
("How fast was the businessman from Åland going when he got the record Finnish fine?", "evidence", [("sc", "day fines")]),
("How much did children on placebo progress in the LAMP trial?", "evidence", [("my", "concentration-dependent")]),
("How much do legume cover crops cut nitrate leaching, compared with grasses like rye?", "evidence", [("cc", "nitrate leaching by about 70%")]),
("How many cars' worth of climate impact does the methane leaking from US stoves amount to?", "evidence", [("gs", "leak methane")]),
("By how much did the Saga program cut math course failures?", "evidence", [("tu", "Chicago's Saga")]),
("By what date must EU member states transpose the pay transparency rules?", "evidence", [("pt", "EU Pay Transparency Directive")]),
("How many charge cycles does a phone battery have to survive under the EU's new rules?", "evidence", [("rr", "ecodesign rules")]),
("How much e-waste is the world expected to produce by 2030?", "evidence", [("rr", "62 million tonnes")]),
# ---------------- source (7)
("What did the Cochrane review conclude about speed cameras?", "source", [("sc", "Cochrane systematic review")]),
("What does the Lancet review by Morgan, Ohno-Matsui and Saw say about school leavers in East Asia?", "source", [("my", "urban East Asia")]),
("What did Deines and colleagues find using satellite data on Midwest fields?", "source", [("cc", "satellite analysis")]),
("What has the Consumer Product Safety Commission said about banning gas stoves?", "source", [("gs", "Consumer Product Safety Commission")]),
("What does NORC's evaluation of Minnesota Reading Corps show?", "source", [("tu", "Minnesota Reading Corps")]),
("What did Cullen and Pakzad-Hurson find in Econometrica?", "source", [("pt", "right to discuss pay")]),
("What did the FTC's Nixing the Fix report conclude about manufacturers' reasons for restricting repair?", "source", [("rr", "Manufacturers argue"), ("rr", "Independent repair shops")]),
# ---------------- typo (8)
("where shoud speed cameras be placed, crash data or ticket volumn?", "typo", [("sc", "high-crash corridors")]),
("does high myopya increase the risk of retinal detachmnet?", "typo", [("my", "High myopia of")]),
("do farmers keep planting cover crops after the EQIP cost-share paymnets stop?", "typo", [("cc", "EQIP")]),
("do chefs like induciton better than gas for cooking performace?", "typo", [("gs", "Chefs and testers")]),
("does the tutor-student relationshp actually matter or is it just something programs say?", "typo", [("tu", "relationship between tutor and student")]),
("do job seekers skip postings without a salery range? any survy data", "typo", [("pt", "most job seekers")]),
("washington state pay transparancy law class action lawsuts", "typo", [("pt", "Washington State's law")]),
("is the eu rite to repair directive only for phones or also washing machiens?", "typo", [("rr", "Right to Repair Directive")]),
# ---------------- unanswerable: general knowledge (12)
("Who won the men's singles at Wimbledon in 2019?", "unanswerable", []),
("How long should I rest a steak after grilling it?", "unanswerable", []),
("What's the longest river in South America?", "unanswerable", []),
("When did the Berlin Wall come down?", "unanswerable", []),
("How many bones are there in an adult human body?", "unanswerable", []),
("how do i reset my home wifi router", "unanswerable", []),
("Who painted Girl with a Pearl Earring?", "unanswerable", []),
("Why is the sky blue?", "unanswerable", []),
("What's a good substitute for buttermilk in pancakes?", "unanswerable", []),
("Which planet has the most moons?", "unanswerable", []),
("How old is Beyoncé?", "unanswerable", []),
("can someone explain the offside rule in football? :soccer:", "unanswerable", []),
# ---------------- unanswerable: near the reports' domains (23)
("How many fixed speed cameras are there in the United Kingdom?", "unanswerable", []),
("What's the fine for a speed camera ticket in New York City's school zones?", "unanswerable", []),
("Do red-light cameras increase rear-end crashes at intersections?", "unanswerable", []),
("Do speed cameras on motorways lower insurance premiums for drivers?", "unanswerable", []),
("Is repeated low-level red light therapy safe for treating myopia in children?", "unanswerable", []),
("How much does a year's supply of MiSight contact lenses cost?", "unanswerable", []),
("At what age can someone with myopia safely have LASIK surgery?", "unanswerable", []),
("Does eating carrots or taking vitamin A supplements prevent myopia?", "unanswerable", []),
("Which cover crop mix works best ahead of cotton in Georgia?", "unanswerable", []),
("How much do carbon credit programs pay farmers per acre for planting cover crops?", "unanswerable", []),
("Do cover crops increase nitrous oxide emissions from the soil?", "unanswerable", []),
("Do induction cooktops interfere with pacemakers?", "unanswerable", []),
("Is it safe to use a propane camping stove indoors during a power cut?", "unanswerable", []),
("Does cooking with gas raise the risk of dementia in older adults?", "unanswerable", []),
("Has the European Union proposed banning gas stoves in new homes?", "unanswerable", []),
("What hourly wage do Saga Education tutors earn?", "unanswerable", []),
("Does peer tutoring help the older students who do the tutoring?", "unanswerable", []),
("Does high-dosage tutoring improve high school graduation rates?", "unanswerable", []),
("Does pay transparency reduce the racial pay gap?", "unanswerable", []),
("What penalties does California impose on employers that leave salary ranges out of job postings?", "unanswerable", []),
("Does Canada have a federal pay transparency law for private employers?", "unanswerable", []),
("Does Massachusetts' right-to-repair law give independent mechanics access to car telematics data?", "unanswerable", []),
("How much does Samsung charge for a battery replacement through its self-repair program?", "unanswerable", []),
]

out, used = [], collections.Counter()
for q, kind, exp in Q:
    e = [{"report": R[r], "claim": prefix(R[r], s)} for r, s in exp]
    for x in e:
        used[(x["report"], next(c for c in claims[x["report"]] if c.startswith(x["claim"])))] += 1
    out.append({"q": q, "kind": kind, "expect": e})
(HERE / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(out), "questions", dict(collections.Counter(q["kind"] for q in out)))
missing = [(s, c[:60]) for s, cs in claims.items() for c in cs if (s, c) not in used]
print("claims never expected:", missing)
