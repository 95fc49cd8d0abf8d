"""Build questions.json for holdout4 from the reports in ../reports.

Each expected claim is named by (report stem, distinctive substring). The exact claim prefix
(>= 40 characters, cut at a word boundary, unique within the report) is copied from the report
text, so no prefix can be mistyped. Run: python3 tools/build_questions.py
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)

claims = {}
for p in sorted((HERE / "reports").glob("*.md")):
    text = p.read_text(encoding="utf-8-sig")
    claims[p.stem] = [m.group(1).strip() for m in CLAIM_RE.finditer(text)]

LEO = "leo-megaconstellations-astronomy"
EQ = "earthquake-early-warning"
EYE = "eyewitness-identification"
PRE = "preprints-in-science"
FARM = "vertical-farming-economics"
CON = "youth-sport-concussion"
MUS = "museum-restitution-colonial-objects"


def prefix(report, text):
    """Shortest prefix of `text` that is >= 40 chars, ends at a word boundary and starts one claim."""
    cut = 40
    while True:
        i = text.find(" ", cut)
        p = text if i < 0 else text[:i]
        if sum(c.startswith(p) for c in claims[report]) == 1:
            return p
        if i < 0:
            sys.exit(f"no unique prefix for {report}: {text!r}")
        cut = i + 1


def c(report, needle):
    hits = [t for t in claims[report] if needle in t]
    if len(hits) != 1:
        sys.exit(f"{report}: {len(hits)} claims contain {needle!r}")
    return {"report": report, "claim": prefix(report, hits[0])}


Q = []


def add(kind, q, *expect):
    Q.append({"q": q, "kind": kind, "expect": list(expect)})


# ---------------------------------------------------------------- keyword (12)
add("keyword", "satellite collision-avoidance manoeuvres", c(LEO, "collision-avoidance manoeuvres"))
add("keyword", "radio quiet zones transmitters overhead", c(LEO, "Radio quiet zones"))
add("keyword", "earthquake blind zone", c(EQ, "blind zone"))
add("keyword", "semiconductor factories early warning wafers", c(EQ, "Semiconductor factories"))
add("keyword", "double-blind lineup administration", c(EYE, "Double-blind administration"))
add("keyword", "weapon visible witnesses perpetrator", c(EYE, "weapon is visible"))
add("keyword", "preprint servers screening", c(PRE, "Screening by preprint servers"))
add("keyword", "eLife accept-or-reject decision", c(PRE, "accept-or-reject"))
add("keyword", "labour operating cost automation", c(FARM, "labour is the largest operating cost"))
add("keyword", "waterborne root disease recirculating system", c(FARM, "waterborne root disease"))
add("keyword", "banned heading the ball children", c(CON, "heading the ball"))
add("keyword", "human remains skulls Namibia", c(MUS, "Human remains"))

# ------------------------------------------------------------- paraphrase (25)
add("paraphrase", "Why do telescope pictures taken around dusk end up with lines scratched all over them?",
    c(LEO, "Satellite streaks"))
add("paraphrase", "Would handing back perfect digital copies be enough for the communities asking for their heritage?",
    c(MUS, "Digital scans and 3D-printed replicas"))
add("paraphrase", "Is the sky as a whole getting less dark because of all the stuff up in orbit, not just the visible trails?",
    c(LEO, "diffuse brightness of the night sky"))
add("paraphrase", "Do those orbiting internet boxes leak stray radio noise that bothers scientists listening to space?",
    c(LEO, "Unintended electromagnetic radiation"))
add("paraphrase", "When an internet satellite dies, how long does it hang around up there?",
    c(LEO, "below about 600 km"))
add("paraphrase", "Is there any chemical pollution high up in the air when old spacecraft fall back and burn?",
    c(LEO, "aluminium oxide"))
add("paraphrase", "How much heads-up would someone in Mexico's capital get before a big quake from the Pacific side?",
    c(EQ, "Mexico City"))
add("paraphrase", "Why would the first reading of how big a massive quake is come out way too small?",
    c(EQ, "first magnitude estimate"))
add("paraphrase", "If your phone buzzes that a quake is coming, do people actually get under a table?",
    c(EQ, "drop, cover and hold on"))
add("paraphrase", "Is the government emergency text slower to reach you than the quake app?",
    c(EQ, "cell-broadcast"))
add("paraphrase", "Can ordinary mobile phones act as a quake sensor network in places too poor to build one?",
    c(EQ, "Android Earthquake Alerts"))
add("paraphrase", "Does it change anything if the cop says 'nice job, that's our guy' right after the witness picks someone?",
    c(EYE, "confirming feedback"))
add("paraphrase", "Does it matter how young a kid is when they start tackle football, for their mood and memory as adults?",
    c(CON, "before the age of 12"))
add("paraphrase", "Is it the big knockouts that matter for long-term brain disease, or all the little knocks added up over the years?",
    c(CON, "total number and force of head impacts"))
add("paraphrase", "Is it better to show the suspects to the witness one by one or all standing in a row?",
    c(EYE, "one at a time"))
add("paraphrase", "Do juries fall for witnesses who just sound really sure of themselves?",
    c(EYE, "Mock jurors"))
add("paraphrase", "How often do research papers that go online early end up in a proper journal in the end?",
    c(PRE, "two-thirds of bioRxiv"))
add("paraphrase", "Once an early-release paper has been through the reviewers, do its main takeaways usually stay the same?",
    c(PRE, "main conclusions of most preprints"))
add("paraphrase", "Do reporters tell their readers when a study hasn't been vetted by other scientists yet?",
    c(PRE, "News stories based on preprints"))
add("paraphrase", "What eats up the most power in one of those indoor lettuce towers?",
    c(FARM, "Artificial lighting"))
add("paraphrase", "Do museums even know how most of their stuff from the colonies ended up with them?",
    c(MUS, "Provenance research"))
add("paraphrase", "Could you grow bread grain inside stacked grow rooms and still make money?",
    c(FARM, "staple crops such as wheat"))
add("paraphrase", "Do children who take a knock to the head at sport usually bounce back within a month?",
    c(CON, "within four weeks"))
add("paraphrase", "Will buying the fanciest football helmet keep my son from getting his bell rung?",
    c(CON, "No helmet can prevent concussion"))
add("paraphrase", "Why won't the British Museum just give the Parthenon marbles back - is it even allowed to?",
    c(MUS, "1963 act of Parliament"))

# --------------------------------------------------------- conversational (20)
add("conversational", "hi all, quick q: does anybody remember how many dodge maneuvers the starlink sats were doing? thx",
    c(LEO, "collision-avoidance manoeuvres"))
add("conversational", "<@U0123ABCD> btw what was that stat on the aluminium stuff from burnt-up satellites iirc?",
    c(LEO, "aluminium oxide"))
add("conversational", "anyone know if there's actually a law on how bright satellites are allowed to be? asking for the <#C0123ABCD|research> folks :telescope:",
    c(LEO, "No binding international limit"))
add("conversational", "hey team :wave: is the big rubin telescope going to get wrecked by satellite trails or nah",
    c(LEO, "Vera C. Rubin"))
add("conversational", "quick one pls - how can a quake alert even beat the shaking to you? feels like magic lol",
    c(EQ, "speed of electronic communication"))
add("conversational", "did the bullet train actually stop in time in that niigata quake? someone said nobody died <https://example.org/shinkansen|article>",
    c(EQ, "high-speed trains"))
add("conversational", "<@U0456EFGH> what was the price tag for building out the west coast quake sensor network again?",
    c(EQ, "dense network of seismic stations"))
add("conversational", "ugh, the tokyo thing where the quake alert went off for nothing :face_palm: what did they change after that?",
    c(EQ, "False alarms triggered"))
add("conversational", "hi all, is there actually a museum in nigeria ready to take the returned pieces? ty",
    c(MUS, "New museums are being built"))
add("conversational", "btw what % of dna exonerations involved a bad eyewitness id, was it like 70? iirc",
    c(EYE, "seven in ten wrongful convictions"))
add("conversational", "hey <#C0123ABCD|research> anyone remember what NJ did about jury instructions for eyewitness stuff?",
    c(EYE, "special jury instructions"))
add("conversational", "does having an expert explain memory to the jury actually help them sort good witnesses from bad ones? pls lmk",
    c(EYE, "Expert testimony"))
add("conversational", "quick q: how much earlier do preprints get out vs the journal version, roughly? :hourglass:",
    c(PRE, "half a year earlier"))
add("conversational", "<@U0789IJKL> remember the ivermectin preprint that got pulled? what was the deal with it",
    c(PRE, "ivermectin"))
add("conversational", "hiya, are funders like gates now making ppl post preprints? thx!",
    c(PRE, "Major research funders"))
add("conversational", "hey folks, what's the story with the oba of benin and who owns the returned bronzes now? :thinking_face:",
    c(MUS, "Oba of Benin"))
add("conversational", "lol who actually went bust in indoor farming in 2023, was it aerofarms?",
    c(FARM, "wave of bankruptcies"))
add("conversational", "hey all, is the advice still to sit in a dark room after a concussion or is exercise ok now? asking for my kid's coach :soccer:",
    c(CON, "Light aerobic exercise"))
add("conversational", "<@U0123ABCD> what was that ivy league kickoff thing and did it help? <https://example.org/kickoff|link>",
    c(CON, "kickoff line"))
add("conversational", "yo did germany actually hand over the benin bronzes or was it just talk? :eyes:",
    c(MUS, "Germany transferred ownership"))

# ------------------------------------------------------------------- multi (8)
add("multi", "What practical fixes - on the satellites themselves, in how they beam radio down, and in observatory scheduling - have been tried to reduce interference with astronomy?",
    c(LEO, "Darkening measures"), c(LEO, "Coordination agreements"), c(LEO, "Software that predicts"))
add("multi", "Which circumstances of the crime or of the witness make an eyewitness identification less trustworthy?",
    c(EYE, "faces of another ethnic group"), c(EYE, "weapon is visible"), c(EYE, "High stress"))
add("multi", "How much does a witness's certainty tell us, and how is it shaped by the police and read by juries?",
    c(EYE, "confidence at the very first identification"), c(EYE, "confirming feedback"), c(EYE, "Mock jurors"))
add("multi", "Why might some people get little or no useful warning from an earthquake alert system?",
    c(EQ, "blind zone"), c(EQ, "first magnitude estimate"), c(EQ, "cell-broadcast"))
add("multi", "Apart from journal peer review, what checks do preprints go through, and does their main message usually survive review?",
    c(PRE, "main conclusions of most preprints"), c(PRE, "Screening by preprint servers"), c(PRE, "Open community review"))
add("multi", "How do vertical farms compare with field farming on water, land and carbon?",
    c(FARM, "Recirculating hydroponic"), c(FARM, "carbon footprint"), c(FARM, "per square metre"))
add("multi", "Which changes to how youth or college games and practices are run have reduced head knocks?",
    c(CON, "heading the ball"), c(CON, "Limiting full-contact practices"), c(CON, "kickoff line"))
add("multi", "What concrete legal steps have France and Germany taken to give back colonial-era objects?",
    c(MUS, "legally inalienable"), c(MUS, "Germany transferred ownership"))

# ------------------------------------------------------------------- cross (8)
add("cross", "Was anyone hurt when a bullet train came off the rails in Japan in 2004?",
    c(EQ, "high-speed trains"))
add("cross", "Can lifts be set up to stop at the nearest floor by themselves before trouble hits?",
    c(EQ, "automated responses"))
add("cross", "How much more efficient are today's best LED fixtures than the old high-pressure sodium lamps?",
    c(FARM, "LED efficiency"))
add("cross", "Did former Scottish pro footballers end up with more dementia than everyone else?",
    c(CON, "Former professional soccer players"))
add("cross", "What are smart mouthguards used for in rugby?",
    c(CON, "Instrumented mouthguards"))
add("cross", "Are those fancy Japanese-style strawberries in US shops grown indoors, and what do they cost?",
    c(FARM, "strawberries"))
add("cross", "Is light pollution getting worse even at remote dark-sky sites far from any city?",
    c(LEO, "diffuse brightness of the night sky"))
add("cross", "Is the 'own-race effect' in face recognition a real thing?",
    c(EYE, "faces of another ethnic group"))

# ---------------------------------------------------------------- evidence (8)
add("evidence", "What share of ZTF twilight images had a satellite streak by August 2021?",
    c(LEO, "Satellite streaks"))
add("evidence", "How many of the 68 satellites observed with LOFAR showed emission outside their licensed bands?",
    c(LEO, "Unintended electromagnetic radiation"))
add("evidence", "what magnitude was first estimated for the 2011 Tohoku earthquake?",
    c(EQ, "first magnitude estimate"))
add("evidence", "Which sword did France give back to Senegal?",
    c(MUS, "legally inalienable"))
add("evidence", "What did Nigeria's museums commission say when offered its artefacts on loan?",
    c(MUS, "Long-term loans"))
add("evidence", "In the brain-bank study, how many former NFL players' brains showed signs of CTE?",
    c(CON, "Chronic traumatic encephalopathy (CTE)"))
add("evidence", "What share of a high-school football season's head impacts happen in practice rather than in games?",
    c(CON, "Limiting full-contact practices"))
add("evidence", "How many kWh does a plant factory need per kilogram of dry lettuce?",
    c(FARM, "fully enclosed plant factory"))

# ------------------------------------------------------------------ source (6)
add("source", "What does the ESA Space Environment Report say would happen if some constellation satellites fail?",
    c(LEO, "small failure rate"))
add("source", "What did the PLOS Biology study find about how much of the early COVID-19 literature came out as preprints?",
    c(PRE, "COVID-19, far more"))
add("source", "What does the Declaration on the Importance and Value of Universal Museums argue?",
    c(MUS, "universal museum"))
add("source", "What did Rabobank's research say about retail prices for vertically farmed greens?",
    c(FARM, "premium for freshness"))
add("source", "What does the Journal of Athletic Training report about high-school athletes playing on with symptoms?",
    c(CON, "hide concussion symptoms"))
add("source", "What does the Justice Department's 2017 photo array guidance say about choosing fillers?",
    c(EYE, "Fillers in a lineup"))

# -------------------------------------------------------------------- typo (8)
add("typo", "are show-ups more sugestive than a propper lineup?", c(EYE, "Showups"))
add("typo", "did the goverment use preprints for covid desicions", c(PRE, "government decisions"))
add("typo", "eyewitnes confidance at trial vs first identfication", c(EYE, "confidence at the very first identification"))
add("typo", "preprnt servers free vs artical processing charges", c(PRE, "free for authors"))
add("typo", "concusion lawz in all us states for young atheletes", c(CON, "Every US state"))
add("typo", "sarr savoy repport restitusion recomendations", c(MUS, "Sarr–Savoy report"))
add("typo", "benin bronzes lootted in the 1897 punative expedition", c(MUS, "punitive expedition"))
add("typo", "guardian cap helmet covr nfl concusions", c(CON, "Guardian Caps"))

# ------------------------------------------------------------ unanswerable (35)
for q in [
    # general knowledge (12)
    "What's the capital of France?",
    "How do vaccines work?",
    "who won the 2018 world cup",
    "How many bones are in the adult human body?",
    "what's a good recipe for banana bread",
    "How do I reset my home router's admin password?",
    "When did the Berlin Wall fall?",
    "why does water boil at a lower temperature up a mountain",
    "How far away is the Moon?",
    "how do you say good morning in Japanese",
    "What's the quickest way to learn to touch type?",
    "Who wrote Pride and Prejudice?",
    # near the reports' domains, answered by no claim (23)
    "How many Starlink satellites are in orbit right now?",
    "How much does a Starlink subscription cost per month?",
    "Has a Kessler-style collision cascade already started in low orbit?",
    "Can scientists predict earthquakes days before they happen?",
    "Does ShakeAlert also send tsunami warnings?",
    "What magnitude was the 2023 Turkey-Syria earthquake?",
    "Are lie detector results admissible in US courts?",
    "How reliable are police sketch-artist composite drawings?",
    "Does hypnosis help witnesses recall more details of a crime?",
    "How accurate is police facial recognition software at matching suspects?",
    "What is eLife's impact factor?",
    "Do papers that were posted as preprints get cited more than ones that weren't?",
    "Is double-blind peer review fairer to women authors?",
    "Which nutrients go into a hydroponic solution for lettuce?",
    "Is aquaponics with fish more profitable than plain hydroponics?",
    "How many vertical farms are there in Singapore?",
    "Does lettuce grown under LEDs taste different or have more vitamins?",
    "What's the concussion rate in women's ice hockey?",
    "Does taking creatine help kids recover from a concussion?",
    "What is the NHL's concussion protocol?",
    "How much does a single Benin Bronze sell for at auction?",
    "Which objects did the Netherlands send back to Indonesia?",
    "Does the Smithsonian have a policy on returning artefacts?",
]:
    add("unanswerable", q)

out = HERE / "questions.json"
out.write_text(json.dumps(Q, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(Q), "questions", dict(collections.Counter(q["kind"] for q in Q)))
