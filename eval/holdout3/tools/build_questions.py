"""Builds ../questions.json from the question list below. Claims are named by (report stem, a
distinctive substring); the expected prefix is copied from the report text so it is exact."""
import json, pathlib, re
here = pathlib.Path(__file__).resolve().parent.parent
claims = {}
for p in sorted((here / "reports").glob("*.md")):
    t = p.read_text(encoding="utf-8-sig")
    claims[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", t, re.M)]
ALIAS = {"C": "coastal-erosion-defenses", "R": "remote-work-productivity", "B": "lithium-battery-recycling",
         "L": "childhood-bilingualism", "H": "hospital-ransomware", "S": "sourdough-fermentation"}

def ref(key):
    r, sub = key.split(":", 1)
    stem = ALIAS[r]
    hits = [c for c in claims[stem] if sub in c]
    assert len(hits) == 1, (key, hits)
    c = hits[0]
    cut = c.find(" ", 48)
    prefix = c if cut < 0 else c[:cut]
    return {"report": stem, "claim": prefix}

Q = []
def add(kind, q, *keys):
    Q.append({"q": q, "kind": kind, "expect": [ref(k) for k in keys]})

# keyword (12)
add("keyword", "seawall flanking erosion", "C:flanking")
add("keyword", "beach nourishment renourishment interval", "C:repeated every 3 to 10")
add("keyword", "Isle de Jean Charles resettlement", "C:Isle de Jean Charles")
add("keyword", "hybrid work attrition quit rates", "R:quitting")
add("keyword", "Zoom fatigue self-view", "R:Zoom")
add("keyword", "pyrometallurgy slag lithium loss", "B:Pyrometallurgical")
add("keyword", "direct recycling cathode regeneration", "B:Direct recycling")
add("keyword", "code-mixing bilingual children", "L:Mixing the two languages")
add("keyword", "heritage language attrition", "L:Heritage languages")
add("keyword", "Change Healthcare breach", "H:Change Healthcare")
add("keyword", "legacy medical devices unpatched", "H:Legacy medical devices")
add("keyword", "sourdough phytate mineral absorption", "S:phytase")

# paraphrase (22)
add("paraphrase", "Why does the sand in front of a sea wall slowly vanish over the years?", "C:passive erosion")
add("paraphrase", "Can wetlands keep up if the ocean keeps getting higher?", "C:Salt marshes can keep pace")
add("paraphrase", "Does pumping sand onto a beach hurt the little critters that live in it?", "C:Dredging sand")
add("paraphrase", "Who really foots the bill when the government tops up a town's beach?", "C:Federal cost-sharing")
add("paraphrase", "Is it smarter to offer to buy people's houses before a big storm or after one?", "C:Voluntary buyout")
add("paraphrase", "In that experiment at the travel company, did the staff sent home actually get more done?", "R:Chinese travel agency")
add("paraphrase", "Do people doing routine typing jobs get less done when they're at their kitchen table instead of the office?", "R:data-entry workers in India")
add("paraphrase", "Is brainstorming on a screen as good as getting together in one room?", "R:creative ideas")
add("paraphrase", "Do newer programmers learn more when they sit right next to the rest of their group?", "R:Junior engineers")
add("paraphrase", "When staff say they're more efficient at home, can we take their word for it?", "R:Self-reported productivity")
add("paraphrase", "How much is being allowed to stay home a few days a week worth to staff in salary terms?", "R:pay raise of about 8")
add("paraphrase", "Why is it so hard to take apart a car's battery pack by hand?", "B:Manual disassembly")
add("paraphrase", "Does whether recycling old batteries pays off depend on what the raw materials sell for?", "B:swings with metal prices")
add("paraphrase", "Is reusing old battery metals kinder to the climate than digging up fresh ones?", "B:carbon footprint")
add("paraphrase", "Will my toddler start talking later because we speak two languages at home?", "L:early language milestones")
add("paraphrase", "What matters more for a kid picking up a language: how early they start hearing it or how much they hear it?", "L:amount of exposure")
add("paraphrase", "Should a family with an autistic child stop speaking their native tongue at home?", "L:autism")
add("paraphrase", "Are kids who grow up with two languages better at working out what someone else is thinking?", "L:theory-of-mind")
add("paraphrase", "If a hospital's computers go down, how do the doctors and nurses keep track of things?", "H:electronic health record (EHR)")
add("paraphrase", "How long does it take a hospital to get back on its feet after hackers lock up its systems?", "H:Full recovery of clinical systems")
add("paraphrase", "If we hand over the money the criminals ask for, will we get our files back for sure?", "H:Paying the ransom")
add("paraphrase", "Is the tangy bread on supermarket shelves actually made the old-fashioned way?", "S:sourfaking")

# conversational (18)
add("conversational", "hi all, quick q — do the nature-based shoreline thingies actually come out cheaper than a concrete wall? :thinking_face:", "C:Nature-based defenses")
add("conversational", "<@U04KX9PLM2> iirc we had something on why coastal towns refuse to move even when the govt offers decent money? pls", "C:Managed retreat is often opposed")
add("conversational", "does anyone remember the number for how much time ppl get back by not commuting", "R:70 minutes")
add("conversational", "hey <#C02H7QJ4RZ|research> what was the deal with teams at msft getting cut off from each other when everyone went home?", "R:Microsoft")
add("conversational", "quick q for the office move <https://example.com/deck|the deck> — if we go hybrid do we actually save much on rent??", "R:real-estate costs")
add("conversational", "anyone know if wfh folks get passed over when promotions come around? asking for a friend :sweat_smile:", "R:less likely to be promoted", "R:quitting")
add("conversational", "lol why does nobody bother recycling lfp cells, is it just money", "B:Recycling LFP")
add("conversational", "<@U0123ABCD> do we have anything on how much of the recycling bill is just picking up + shipping the batteries?", "B:Collection, transport")
add("conversational", "hi! pls remind me what brussels wants in terms of recycled stuff in new batteries :battery:", "B:EU Batteries Regulation")
add("conversational", "does anyone remember the thing about manufacturers paying for battery take-back and it not covering the cost $$", "B:extended producer responsibility")
add("conversational", "hey team is the 'bilingual kids are better at multitasking' thing actually legit? :thinking_face:", "L:executive function")
add("conversational", "iirc there was a study showing babies from two-language homes watch people's lips more? cc <@U09ZZTOP1>", "L:Infants raised in bilingual homes")
add("conversational", "quick q: do we really need the each-parent-sticks-to-one-language rule or is that a myth", "L:one parent, one language")
add("conversational", "anyone got the stat on patients dying more often when a hospital gets hit by ransomware?? need it for <https://example.com/slides|the board slides>", "H:in-hospital mortality")
add("conversational", "hey <#C0123ABCD|research> how do these gangs usually get their foot in the door at hospitals in the first place", "H:phishing emails")
add("conversational", "sorry if dumb q but why are little country hospitals such easy targets for hackers", "H:Rural and small hospitals")
add("conversational", "does anyone remember if sourdough is ok for my coeliac cousin? :bread:", "S:celiac disease")
add("conversational", "hi all, is there any good live bacteria left in sourdough once it comes out of the oven, or nah", "S:no live probiotic")

# multi (7)
add("multi", "What are the downsides of building seawalls?", "C:flanking", "C:passive erosion")
add("multi", "What are the main industrial processes for recovering metals from spent lithium-ion batteries?", "B:Hydrometallurgical", "B:Pyrometallurgical", "B:Direct recycling")
add("multi", "What should a hospital do to limit the damage from a ransomware attack?", "H:Offline, immutable backups", "H:Multi-factor authentication", "H:tabletop exercises")
add("multi", "Does working from home make people more or less productive?", "R:Chinese travel agency", "R:data-entry workers in India")
add("multi", "What are the nutritional advantages of sourdough over regular bread?", "S:glycemic response", "S:phytase")
add("multi", "Does raising a child bilingual slow down their language development or vocabulary?", "L:early language milestones", "L:total vocabulary")
add("multi", "What have we learned from trying to move coastal communities away from eroding shorelines?", "C:Voluntary buyout", "C:Managed retreat is often opposed", "C:Isle de Jean Charles")

# cross (7)
add("cross", "Why do garbage trucks and recycling centres keep catching fire?", "B:garbage trucks")
add("cross", "Is the housing market underpricing climate risk anywhere?", "C:property values")
add("cross", "Is there anything that pushes back the age at which people get diagnosed with dementia?", "L:dementia")
add("cross", "What do people do with the time they used to spend on trains and buses?", "R:70 minutes")
add("cross", "Why would an ER suddenly get flooded with extra ambulances when nothing happened locally?", "H:neighboring an attacked hospital")
add("cross", "Which everyday foods might be gentler on the stomach for people with IBS?", "S:irritable bowel")
add("cross", "Is there a cheap way for a solar farm to get storage capacity from second-hand equipment?", "B:retired EV batteries")

# evidence (8)
add("evidence", "What share of bulkheads were damaged during Hurricane Irene?", "C:Living shorelines")
add("evidence", "Did the call-center staff who worked from home take fewer sick days?", "R:Chinese travel agency")
add("evidence", "How much did the WannaCry attack cost the NHS in pounds?", "H:WannaCry")
add("evidence", "What recycled cobalt share does the EU require in new batteries from 2036?", "B:EU Batteries Regulation")
add("evidence", "How many starters from around the world were sampled to study where sourdough microbes come from?", "S:baker’s hands")
add("evidence", "How many colony-forming units of lactic acid bacteria per gram are in a mature sourdough?", "S:100 to 1")
add("evidence", "Did the ABCD study of 9- and 10-year-olds find bilingual children better at executive function?", "L:executive function")
add("evidence", "How much money did Scripps Health lose from its 2021 cyberattack?", "H:Full recovery of clinical systems")

# source (6)
add("source", "What does the International Journal of Food Microbiology review say about sourdough lactobacilli?", "S:sanfranciscensis")
add("source", "What did the National Audit Office investigation find about WannaCry and the NHS?", "H:WannaCry")
add("source", "What does the University of Minnesota working paper say about ransomware and patient outcomes?", "H:in-hospital mortality")
add("source", "What did the Nature paper on hybrid working and retention at Trip.com find?", "R:quitting")
add("source", "What does the First Street Foundation say about overvalued homes?", "C:property values")
add("source", "What did Argonne's EverBatt model conclude about recycled cathode materials?", "B:carbon footprint")

# typo (8)
add("typo", "do dual langauge imersion programs hurt english readng scores", "L:dual-language immersion")
add("typo", "does sourdouhg bread stay fresh longer becuase its acidic", "S:acidity of sourdough")
add("typo", "why does my starter tast more vinegary when i keep it in the frige", "S:refrigerator")
add("typo", "what makes sourdough crumb softer, exopolysacharides?", "S:Exopolysaccharides")
add("typo", "bilingal kids vocabluary counted across both langauges", "L:total vocabulary")
add("typo", "hydrometalurgical recyling recovery rate cobalt nickle", "B:Hydrometallurgical")
add("typo", "best defence against ransomwear, offline bakups?", "H:Offline, immutable backups")
add("typo", "does multifactor authentcation stop hospital ransomeware", "H:Multi-factor authentication")

# unanswerable: general knowledge (10)
for q in ["What's the capital of Australia?", "how do I reset my Slack password", "Who won the 2022 FIFA World Cup?",
          "At what temperature does water boil at high altitude?", "how to make cold brew coffee at home",
          "When was the Eiffel Tower built?", "What's the tallest mountain in Africa?", "how many moons does jupiter have",
          "best way to learn python as a beginner?", "what's the weather in Berlin tomorrow"]:
    add("unanswerable", q)
# unanswerable: near the reports' domains, answered by no claim (20)
for q in ["How many miles of US coastline are lost to erosion every year?",
          "Do offshore wind farms change coastal erosion patterns?",
          "Which countries have the fastest-eroding coastlines?",
          "Is a four-day work week more productive than a five-day week?",
          "Does working from home reduce a company's carbon emissions?",
          "What percentage of US jobs can be done fully remotely?",
          "Are sodium-ion batteries going to replace lithium-ion in cars?",
          "How much lithium is in a typical smartphone battery?",
          "Is deep-sea mining for nickel and cobalt harmful to ocean life?",
          "Do bilingual people have an accent in both of their languages?",
          "What is the best app for teaching a toddler a second language?",
          "Does learning Latin improve children's English grammar?",
          "How many children in the US speak a language other than English at home?",
          "What was the average ransom demanded from hospitals in 2023?",
          "Which ransomware group attacked Ireland's health service?",
          "Is it legal for a US hospital to pay a ransom to hackers?",
          "What hydration percentage should I use for a beginner sourdough loaf?",
          "Is gluten-free bread healthier for people who don't have celiac disease?",
          "Does kombucha contain alcohol?",
          "How do I rescue a sourdough starter that has gone moldy?"]:
    add("unanswerable", q)

(here / "questions.json").write_text(json.dumps(Q, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(Q))
