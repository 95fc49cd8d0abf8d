"""Build ../questions.json from (report stem, distinctive substring) pairs.

Each answer is named by a substring found in exactly one `- **Claim**:` line of the report; the
script writes the start of that claim (70 characters, at least 40) as the validator expects.
"""
import json, pathlib, re, sys, collections
HERE = pathlib.Path(__file__).resolve().parent.parent
A = {"M": "malaria-vaccine-rollout-africa", "P": "post-quantum-crypto-migration",
     "C": "eu-carbon-border-adjustment", "B": "peatland-rewetting",
     "S": "social-prescribing-loneliness", "T": "mass-timber-buildings", "V": "vinyl-record-revival"}
claims = {}
for p in sorted((HERE / "reports").glob("*.md")):
    text = p.read_text(encoding="utf-8-sig")
    claims[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]

def prefix(stem, claim):
    cs = claims[stem]
    n = min(len(claim), 70)
    while n < len(claim) and (sum(c.startswith(claim[:n].rstrip()) for c in cs) != 1 or len(claim[:n].rstrip()) < 40):
        n += 1
    return claim[:n].rstrip()

Q = []
def q(kind, text, *answers):
    exp = []
    for a in answers:
        alias, sub = a.split(":", 1)
        stem = A[alias]
        hits = [c for c in claims[stem] if sub in c]
        if len(hits) != 1:
            sys.exit(f"{stem}: {len(hits)} claims contain {sub!r} (question {text!r})")
        exp.append({"report": stem, "claim": prefix(stem, hits[0])})
    Q.append({"q": text, "kind": kind, "expect": exp})

# keyword
q("keyword", "R21 efficacy seasonal malaria", "M:R21/Matrix-M vaccine cut")
q("keyword", "malaria vaccine price per dose UNICEF", "M:less than half as much per dose")
q("keyword", "FIPS 203 ML-KEM Kyber", "P:FIPS 203 specifies")
q("keyword", "harvest now decrypt later", "P:harvest now, decrypt later")
q("keyword", "CBAM certificate price ETS", "C:price of CBAM certificates")
q("keyword", "CBAM covered goods cement steel fertiliser", "C:CBAM applies to imports")
q("keyword", "peatland carbon stock vs forests", "B:twice as much carbon")
q("keyword", "paludiculture reed cattail", "B:Paludiculture")
q("keyword", "link worker caseload burnout", "S:caseloads")
q("keyword", "CLT charring fire", "T:char on the outside")
q("keyword", "IBC 2021 mass timber storeys", "T:International Building Code")
q("keyword", "RIAA vinyl revenue 2023", "V:US vinyl revenues")

# paraphrase
q("paraphrase", "Does the older malaria jab stop working as well after a few years?", "M:Protection from the older RTS,S")
q("paraphrase", "Did fewer kids die in the places that got the malaria shot?", "M:deaths from any cause")
q("paraphrase", "Once their kids were jabbed, did families stop sleeping under mosquito nets?", "M:bed nets")
q("paraphrase", "Why do parents not bring their children back for the last malaria jab?", "M:Caregivers said")
q("paraphrase", "Is the malaria shot good value compared with what other health spending buys?", "M:cost-effective")
q("paraphrase", "When will the US stop allowing RSA and similar older encryption?", "P:NIST proposes to deprecate")
q("paraphrase", "How likely are experts to think a code-breaking quantum machine shows up within a decade?", "P:Only about a third of experts")
q("paraphrase", "Are companies actually prepared to switch to quantum-safe encryption?", "P:only 7% of firms")
q("paraphrase", "What's the bill for upgrading US government computer systems against quantum attacks?", "P:US$7.1 billion")
q("paraphrase", "Why does the new quantum-resistant handshake upset some firewalls and network boxes?", "P:ML-KEM keys and ciphertexts")
q("paraphrase", "Do foreign producers get credit for carbon charges they already paid back home?", "C:Exporters can deduct")
q("paraphrase", "When do importers actually have to start paying money for the carbon in their goods, rather than just filling in forms?", "C:A transitional phase starting")
q("paraphrase", "Will the EU's carbon import fee make much of a difference to pollution worldwide?", "C:Model estimates suggest")
q("paraphrase", "Could a foreign mill just ship its greenest metal to Europe and sell the dirty stuff elsewhere?", "C:resource shuffling")
q("paraphrase", "Are tiny importers who only bring in a bit of steel let off the carbon border rules?", "C:less than 50 tonnes")
q("paraphrase", "How much greenhouse gas do dried-out bogs give off around the world each year?", "B:1.9 billion tonnes")
q("paraphrase", "Does flooding a bog again make it burp out some other greenhouse gas?", "B:increases methane")
q("paraphrase", "What happens to what a dairy farm is worth if its fields are turned back into wetland?", "B:Dairy and grassland farmers")
q("paraphrase", "How do restoration projects work out how much gas they've saved without measuring it directly?", "B:flux towers")
q("paraphrase", "Do these GP referrals to community activities actually make people feel less alone?", "S:Reviews find")
q("paraphrase", "Do people sent to community activities by their doctor end up in hospital less often?", "S:Rotherham")
q("paraphrase", "Are men and poorer people less likely to get sent to these community programmes?", "S:Men and people in the most deprived")
q("paraphrase", "Do wooden tower blocks really have a smaller climate footprint than concrete ones?", "T:embodied carbon")
q("paraphrase", "Is it faster to put up a building from factory-made wood panels?", "T:Prefabricated timber panels")
q("paraphrase", "Is building the frame out of engineered wood pricier than using concrete?", "T:structural cost")
q("paraphrase", "Do people who buy LPs actually play them?", "V:collectibles")
q("paraphrase", "Can listeners really hear a difference between a record and a high-quality digital file?", "V:blind listening tests")
q("paraphrase", "Is it mostly old classic albums that people are buying on vinyl?", "V:Catalogue albums")

# conversational
q("conversational", "hey all, quick q — which country was first to make the malaria vaccine part of its normal baby jabs? thx", "M:Cameroon")
q("conversational", "<@U0123ABC> can the Serum Institute actually churn out enough R21 doses? :thinking_face:", "M:100 million doses")
q("conversational", "does anyone remember who pays for the malaria vaccine doses — the countries themselves or Gavi?", "M:co-finances")
q("conversational", "iirc there's a mosquito spreading in Ethiopia that likes towns and cities, anyone know which one?", "M:Anopheles stephensi")
q("conversational", "anyone know if the main malaria drugs are starting to stop working in Africa? asking for <#C0123|research>", "M:artemisinin")
q("conversational", "hey, when did NIST finalize the post-quantum standards? pretty sure it was 2024 but can't find it", "P:first three finalized")
q("conversational", "quick one: what's the UK NCSC's deadline for being fully done with the PQC migration? thx!", "P:National Cyber Security Centre")
q("conversational", "is the UK doing its own version of the EU carbon border thing? when does it start?", "C:United Kingdom will introduce")
q("conversational", "iirc India complained about CBAM at the WTO? anyone got the details", "C:India has called")
q("conversational", "folks, are EU companies that make bolts and car parts covered by CBAM or not? :thinking_face:", "C:downstream products")
q("conversational", "does anyone remember why the CBAM default values are so high? someone said it's on purpose", "C:default values")
q("conversational", "anyone know what Germany's target is for cutting emissions from peat soils? thx", "B:National Peatland Protection Strategy")
q("conversational", "quick q: doesn't Indonesia have an agency just for restoring peat? how many hectares were they going for?", "B:Peatland Restoration Agency")
q("conversational", "hey all :wave: is there a rare bird that does better when fens get rewetted?", "B:aquatic warbler")
q("conversational", "<@U0123ABC> how many social prescribing link workers has the NHS got now?", "S:3,500")
q("conversational", "didn't the US surgeon general say being lonely is as bad as smoking? when was that?", "S:Surgeon General")
q("conversational", "hey, are the charities taking social prescribing referrals actually getting paid for it? feels like they're not", "S:funding doesn't follow")
q("conversational", "can't remember — which loneliness questionnaire do most of these schemes use? UCLA something?", "S:UCLA Loneliness Scale")
q("conversational", "hey all, what's the tallest timber building right now? the one in Milwaukee?", "T:Ascent")
q("conversational", "wooden apartment floors are super noisy right? how do designers deal with footsteps from upstairs :ear:", "T:footstep noise")
q("conversational", "iirc Taylor Swift put out like four vinyl versions of one album?? why do artists do that", "V:multiple variants")
q("conversational", "hey, is Record Store Day actually helping indie shops or is it just hype?", "V:Record Store Day")
q("conversational", "anyone know if selling records at gigs is worth it for small bands? <#C0999|music-biz>", "V:merch table")

# evidence (answer only in the quote / finding)
q("evidence", "What was RTS,S efficacy in the first year, and what had it fallen to by the fourth year without a booster?", "M:Protection from the older RTS,S")
q("evidence", "In which two countries was the trial of seasonal malaria vaccination plus chemoprevention run?", "M:rainy season")
q("evidence", "What was fourth-dose coverage in the Ghana, Kenya and Malawi pilot areas?", "M:never get the fourth dose")
q("evidence", "How long did it take to break SIKEp434, and on what hardware?", "P:SIKE")
q("evidence", "What percentage of human HTTPS traffic to Cloudflare used X25519MLKEM768 in late 2025?", "P:Google Chrome and Cloudflare")
q("evidence", "What share of importers does the 50-tonne CBAM threshold exempt?", "C:less than 50 tonnes")
q("evidence", "How many hectares of former bogs is Bord na Móna rehabilitating?", "B:Bord na Móna")
q("evidence", "What percentage of allowances will still be allocated free in 2030 under the CBAM phase-in?", "C:Free ETS allowances")
q("evidence", "How many different outcome measures did the scoping review find in social prescribing studies?", "S:UCLA Loneliness Scale")
q("evidence", "How many vinyl copies did The Tortured Poets Department sell in its first week?", "V:multiple variants")

# source
q("source", "What did the phase 3 trial in The Lancet report about R21?", "M:R21/Matrix-M vaccine cut")
q("source", "What does the Office of Management and Budget report say about post-quantum migration?", "P:US$7.1 billion")
q("source", "What does the Global Risk Institute's Quantum Threat Timeline Report conclude?", "P:Only about a third of experts")
q("source", "What did the OECD working paper on border carbon adjustments find?", "C:Model estimates suggest")
q("source", "What does the World Bank's CBAM exposure index show?", "C:Mozambique")
q("source", "What did Evans et al. in Nature find about water tables and emissions from farmed peat?", "B:Raising the water table")
q("source", "What did the Holt-Lunstad meta-analysis find?", "S:26% higher likelihood")
q("source", "What did Defra's evaluation of green social prescribing find?", "S:Nature-based prescribing")
q("source", "What does the World Resources Institute say about carbon stored in timber buildings?", "T:forest management")
q("source", "What did The Verge report about vinyl pressing plants?", "V:Pressing plant capacity")

# typo
q("typo", "how much revnue will the carbon border adjustmnet bring in by 2030", "C:projected to raise")
q("typo", "what is crypto agilty and why does it matter for post quantum migraton", "P:crypto-agility")
q("typo", "moorfutures carbon credit pirce per tonne", "B:MoorFutures")
q("typo", "which country apointed a minster for lonelyness in 2021", "S:Japan appointed")
q("typo", "socail prescribing return on investmnet", "S:social return on investment")
q("typo", "peavy hall CLT pannel failure", "T:Peavy Hall")
q("typo", "did vinly outsell CDs in the US", "V:outsold CDs")
q("typo", "cross laminated timbr production austria germny share", "T:Austria and Germany")
q("typo", "UK vynil LP sales 2024 BPI", "V:UK vinyl LP sales")
q("typo", "are wodden buildings lighter so they need smaller foundatons?", "T:smaller foundations")

# multi
q("multi", "How do R21 and RTS,S compare on price, and how many doses of each can be supplied?", "M:less than half as much per dose", "M:100 million doses")
q("multi", "How much bigger are post-quantum keys and signatures than the ones we use today?", "P:ML-KEM keys and ciphertexts", "P:ML-DSA")
q("multi", "What deadlines have the US and UK set for moving off quantum-vulnerable cryptography?", "P:NIST proposes to deprecate", "P:National Cyber Security Centre")
q("multi", "How is the CBAM charge priced, and what happens to the free allowances EU plants get now?", "C:price of CBAM certificates", "C:Free ETS allowances")
q("multi", "What are the downsides of rewetting peatland, both for the climate and for farmers?", "B:increases methane", "B:Dairy and grassland farmers")
q("multi", "How common is loneliness in England, and how much does it raise the risk of dying early?", "S:About 7% of adults", "S:26% higher likelihood")
q("multi", "How does mass timber behave in a fire, and what went wrong with some early panels?", "T:char on the outside", "T:heat-sensitive adhesives")
q("multi", "What went wrong in the vinyl supply chain between 2020 and 2022?", "V:Apollo Masters", "V:Pressing plant capacity")
q("multi", "Who is building new record presses, and are there greener materials than PVC for records?", "V:Viryl Technologies", "V:polyvinyl chloride")

# cross (topic words point elsewhere)
q("cross", "How do rural clinics keep things cold when the power keeps cutting out?", "M:solar direct-drive")
q("cross", "Will the smart electricity meter in my house eventually need replacing for security reasons?", "P:smart electricity meters")
q("cross", "Which country's economy leans on one big aluminium smelter near Maputo?", "C:Mozambique")
q("cross", "How many people died because of the 2015 smoke haze over Singapore and Malaysia?", "B:Indonesia in 2015")
q("cross", "Why is the ground in the western Netherlands sinking every year?", "B:sink by around one to two")
q("cross", "Is England banning any kind of garden compost?", "B:England's promised ban")
q("cross", "Can doctors in Canada give patients free passes to an art museum?", "S:Montreal Museum")
q("cross", "Why are insurers charging builders more for some new apartment projects?", "T:Insurers often charge")
q("cross", "Has a ten-storey building ever been put through simulated earthquakes on a test rig?", "T:shake table")
q("cross", "Which factory fire in California in 2020 hit an entire industry's supply?", "V:Apollo Masters")

# unanswerable: general knowledge
for t in ["What's the capital of Peru?", "How do vaccines work?", "Who wrote Pride and Prejudice?",
          "How many bones are in the adult human body?", "What's a good recipe for lasagne?",
          "How does photosynthesis work?", "How do I change my display name in Slack?",
          "What time zone is Tokyo in?", "Who won the 2018 FIFA World Cup?", "how many km is 50 miles",
          "What's the tallest mountain in Africa?", "Can you explain how a blockchain works?"]:
    q("unanswerable", t)
# unanswerable: near the reports' topics, not answered by any claim
for t in ["What side effects were reported for the R21 vaccine in the trials?",
          "Is the malaria vaccine approved for adult travellers going to Africa?",
          "How many children in Nigeria have received a malaria vaccine so far?",
          "How much did GSK spend developing Mosquirix?",
          "Does Apple's iMessage already use post-quantum encryption?",
          "When does IBM expect to have a quantum computer that can break RSA-2048?",
          "What does the EU require banks to do about post-quantum cryptography, and by when?",
          "How much CBAM revenue will Germany get each year?",
          "What is the CBAM default emissions value for steel made in China?",
          "Is the United States planning its own carbon border tax?",
          "How many companies have registered as authorised CBAM declarants so far?",
          "How much peatland is there in Scotland?",
          "How much are farmers in Finland paid per hectare to rewet peat fields?",
          "How many peat fires were recorded in Indonesia in 2023?",
          "How many years does a rewetted bog take to start storing carbon again?",
          "How much does an NHS social prescribing link worker get paid?",
          "Is social prescribing covered by Medicare in Australia?",
          "Does social prescribing reduce antidepressant prescriptions?",
          "How much does a cubic metre of CLT cost in the UK?",
          "Has a finished mass timber building ever had a serious fire after people moved in?",
          "Are timber apartment blocks allowed in London after the post-Grenfell ban on combustible materials?",
          "How many vinyl records were sold in Japan last year?",
          "What's the most expensive vinyl record ever sold?"]:
    q("unanswerable", t)

(HERE / "questions.json").write_text(json.dumps(Q, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(Q), dict(collections.Counter(x["kind"] for x in Q)))
