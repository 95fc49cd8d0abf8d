"""Build questions.json. Each expected claim is given as (report alias, a distinctive substring of the
claim); the claim start written to questions.json is read from the report itself, so it cannot drift."""
import json, pathlib, re, sys
HERE = pathlib.Path(__file__).resolve().parent.parent
ALIAS = {"H": "hospital-at-home", "X": "industrial-exoskeletons", "S": "self-checkout-retail",
         "V": "disposable-vape-waste", "M": "universal-free-school-meals",
         "B": "bridge-structural-health-monitoring", "A": "audiobooks-vs-print"}
CLAIMS = {}
for p in sorted((HERE / "reports").glob("*.md")):
    t = p.read_text(encoding="utf-8-sig")
    CLAIMS[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", t, re.M)]

def start(rid, key):
    hits = [c for c in CLAIMS[rid] if key in c]
    if len(hits) != 1:
        sys.exit(f"{rid}: {len(hits)} claims contain {key!r}")
    c = hits[0]
    if len(c) <= 70:
        return c
    cut = c[:70]
    cut = cut[:cut.rfind(" ")] if " " in cut[40:] else cut
    return cut

Q = []
def add(kind, q, *exp):
    Q.append({"q": q, "kind": kind, "expect": [{"report": ALIAS[a], "claim": start(ALIAS[a], k)} for a, k in exp]})

# keyword
add("keyword", "national virtual ward programme bed capacity", ("H", "national virtual ward"))
add("keyword", "exoskeleton balance falls ladders", ("X", "balance"))
add("keyword", "self-checkout banana trick", ("S", "bananas"))
add("keyword", "vapes lithium electric cars batteries", ("V", "electric cars"))
add("keyword", "universal free school meals childhood obesity", ("M", "obesity"))
add("keyword", "digital twin finite element remaining load capacity", ("B", "Digital twins"))
add("keyword", "reading on paper recall order of events", ("A", "order of events"))
add("keyword", "virtual ward low occupancy savings", ("H", "low occupancy"))
add("keyword", "back-support exoskeleton lumbar asymmetric lifts", ("X", "Back-support"))
add("keyword", "distributed fibre-optic strain sensing girder", ("B", "fibre-optic"))
add("keyword", "school kitchens equipment extra staff meals", ("M", "kitchens"))
add("keyword", "producer responsibility fees vapes collection recycling", ("V", "Producer responsibility fees"))

# paraphrase
add("paraphrase", "If someone with a bad lung flare-up is looked after at home instead of on a ward, are they less likely to bounce back into hospital within a month?", ("H", "chronic obstructive"))
add("paraphrase", "Is anyone more likely to die if they're treated at home rather than admitted?", ("H", "Mortality at six months"))
add("paraphrase", "Does hearing a book read aloud while following the words help kids learn new words?", ("A", "read-along"))
add("paraphrase", "Is treating acutely ill people at home cheaper than keeping them in a hospital bed?", ("H", "about a third lower"))
add("paraphrase", "Do patients actually want to be looked after at home when they're seriously ill?", ("H", "preferred to be treated at home"))
add("paraphrase", "Who gets left out of home hospital schemes because of their living situation?", ("H", "living alone"))
add("paraphrase", "Why hasn't the home hospital model taken off across America?", ("H", "Payment rules"))
add("paraphrase", "Do those back-support suits really stop warehouse staff getting hurt over the long run?", ("X", "did not reliably translate"))
add("paraphrase", "Why do factory workers give up on the assist vests after a while?", ("X", "stopped wearing"))
add("paraphrase", "Do the wearable lifting aids fit women properly?", ("X", "male body dimensions"))
add("paraphrase", "Could a lift-assist suit just move the strain to another part of your body?", ("X", "Shifting load"))
add("paraphrase", "Are the battery-driven lifting suits better than the spring-loaded ones?", ("X", "Powered exoskeletons gave"))
add("paraphrase", "Do supermarkets really save on wages by putting in scan-it-yourself tills?", ("S", "fewer cashiers"))
add("paraphrase", "Did shops where most people scan their own shopping lose more stock?", ("S", "higher inventory loss"))
add("paraphrase", "Are people who leave the self-service till with unpaid items mostly thieves or just getting it wrong?", ("S", "honest mistakes"))
add("paraphrase", "Can a bad reader's voice ruin a book you listen to?", ("A", "poor narrator"))
add("paraphrase", "Do people with a full trolley avoid the machines and queue for a person instead?", ("S", "small baskets"))
add("paraphrase", "Where do most used throwaway e-cigarettes end up?", ("V", "household rubbish"))
add("paraphrase", "Can the batteries inside throwaway e-cigs be charged again?", ("V", "recharged hundreds"))
add("paraphrase", "Is it expensive to take apart and recycle a used e-cig?", ("V", "mostly manual"))
add("paraphrase", "Do lunchboxes from home measure up to the school's own food on nutrition?", ("M", "packed lunches brought"))
add("paraphrase", "Do kids turn up to school more often when lunch is free for everyone?", ("M", "Attendance improved"))
add("paraphrase", "How much money do parents keep in their pocket when every child eats lunch for free?", ("M", "saved several hundred"))
add("paraphrase", "Doesn't giving every pupil a free lunch mean handing money to families who don't need it?", ("M", "poorly targeted"))
add("paraphrase", "Could hackers get into the systems that keep an eye on bridges?", ("B", "cybersecurity"))
add("paraphrase", "Are the radio-linked gadgets bolted onto bridges cheaper to put in than wired ones?", ("B", "Wireless accelerometer"))
add("paraphrase", "Do bridges that have monitoring gear still get looked over by inspectors on a fixed schedule?", ("B", "every two years"))
add("paraphrase", "Do you take in a story as well through your ears as you do reading it on the page?", ("A", "narrative texts"))

# conversational
add("conversational", "hey all :wave: anyone else find their mind drifts way more with audiobooks than actual reading? is that a thing", ("A", "Minds wandered"))
add("conversational", "<@U04QX7KD2> iirc there was something about nurses drowning in false alarms from the home monitoring kit?? anyone know", ("H", "alarm fatigue"))
add("conversational", "anyone know if the home hospital stuff works out in the countryside, travel times must be brutal", ("H", "rural areas"))
add("conversational", "morning! do docs refer more to the home ward thing if there's a bed waiting when things go south", ("H", "ward bed was guaranteed"))
add("conversational", "quick q: the shoulder exo vests, do they actually take load off the muscles for overhead work :thinking_face:", ("X", "Passive shoulder"))
add("conversational", "hey <@U02ABCD9> does it matter if workers get a say in picking the exosuit? asking for a pilot we're planning", ("X", "involved in choosing"))
add("conversational", "lol are the exo vendors ROI numbers legit or just made up", ("X", "Vendor payback"))
add("conversational", "is it mostly warehouses trying out these exoskeletons or construction too", ("X", "Logistics and warehouse"))
add("conversational", "hey team did self checkouts actually cost cashier jobs overall :eyes:", ("S", "total store employment"))
add("conversational", "anyone seen anything on those AI cameras at self checkout wrongly accusing ppl", ("S", "Computer-vision"))
add("conversational", "so i heard some stores are ripping out the self checkouts?? true?", ("S", "capped self-checkout"))
add("conversational", "<@U0831PLM> random but isnt there a supermarket with a 'chat lane' for lonely old people", ("S", "chatty"))
add("conversational", "quick q how many disposable vapes get binned a week in the uk, ballpark", ("V", "Millions of single-use"))
add("conversational", "do vapes actually leak nasty stuff into the ground if ppl chuck them in hedges :face_with_raised_eyebrow:", ("V", "leach nicotine"))
add("conversational", "heyy when did the uk single use vape ban kick in again", ("V", "banned the sale"))
add("conversational", "anyone know if the 'reusable' vapes after the ban are basically the same thing lol", ("V", "'reusable' devices"))
add("conversational", "iirc free lunch for all made more kids actually eat the school lunch, even ones who already qualified? anyone", ("M", "Take-up rose"))
add("conversational", "quick one - did kids get suspended less once lunches were free for everybody :apple:", ("M", "suspensions"))
add("conversational", "is it true loads of food gets thrown away when lunch is free for everyone", ("M", "Food waste"))
add("conversational", "hey <@U077BRDG1> can sensors actually hear the wires snapping inside bridge cables or is that sci fi", ("B", "Acoustic emission"))
add("conversational", "do bridge owners even look at all that sensor data lol", ("B", "lack the staff"))
add("conversational", "anyone know if ai narrated audiobooks are taking off? narrator friend is worried :sweat_smile:", ("A", "AI-narrated"))
add("conversational", "quick q does listening while doing chores mean u remember less of the book", ("A", "retain less"))

# evidence (answer only in a quote or key finding)
add("evidence", "How many steps a day did patients treated at home take compared with those on the ward?", ("H", "physically active"))
add("evidence", "How long did the battery packs on powered exoskeletons last?", ("X", "Powered exoskeletons gave"))
add("evidence", "What percentage of workers at the car plant were still wearing their vest after three months?", ("X", "stopped wearing"))
add("evidence", "What did a bank of six self-checkout kiosks cost to install?", ("S", "installation costs"))
add("evidence", "What share of UK payments were made in cash in 2024?", ("S", "Card-only"))
add("evidence", "When did Belgium's ban on disposable vapes take effect?", ("V", "banned the sale"))
add("evidence", "How many children in poverty in England did not qualify for free school meals?", ("M", "just above the means-test"))
add("evidence", "How many US schools were using the Community Eligibility Provision in 2024-25?", ("M", "Community Eligibility Provision"))
add("evidence", "By how much did temperature change a bridge's first natural frequency?", ("B", "natural vibration"))
add("evidence", "How much did libraries pay for a two-year licence to an audiobook?", ("A", "libraries' digital"))

# source
add("source", "What did the Cochrane review find about admission avoidance hospital at home?", ("H", "Mortality at six months"))
add("source", "What does the Health Foundation say about the economics of virtual wards?", ("H", "low occupancy"))
add("source", "What did the BMJ Open study on carers' experiences find?", ("H", "Family carers"))
add("source", "What is the European Agency for Safety and Health at Work's position on exoskeletons?", ("X", "hierarchy of controls"))
add("source", "What did the Which? survey find about self-service tills?", ("S", "unexpected item"))
add("source", "What did the RNIB find about self-service technology in shops?", ("S", "visual impairments"))
add("source", "According to Keep Britain Tidy's litter survey, how common are vapes compared with other litter?", ("V", "Cigarette butts"))
add("source", "What did the Institute for Fiscal Studies find about universal infant free school meals?", ("M", "obesity"))
add("source", "What does the review of guidance on alarm thresholds in bridge monitoring say?", ("B", "closing a bridge"))
add("source", "What do the Audio Publishers Association sales figures show?", ("A", "Audiobook revenue"))

# typo
add("typo", "do hosptial at home patients get fewer infecions than on the ward", ("H", "Hospital-acquired infections"))
add("typo", "can exoskeltons help keep older workers from retiring early", ("X", "older employees"))
add("typo", "do vape shps have to tak back used vapes", ("V", "take back used devices"))
add("typo", "disposible vape deposit retrun scheme", ("V", "refundable deposit"))
add("typo", "ilegal vapes with oversized tanks sezied", ("V", "Illicit"))
add("typo", "univeral free school meals stigma in the lunch queu", ("M", "singled out"))
add("typo", "do brige sensors drift and give fasle alarms", ("B", "fail or drift"))
add("typo", "machine lerning anomaly detecton on bridges", ("B", "Machine-learning"))
add("typo", "audiobooks for kids with dyslexa, do they help motivaton", ("A", "dyslexia"))
add("typo", "are audibook listeners younger than print readrs?", ("A", "younger on average"))

# multi (two claims)
add("multi", "Where do the reports say that monitoring sensors, on patients or on structures, give lots of false alarms?", ("H", "alarm fatigue"), ("B", "fail or drift"))
add("multi", "What happens to used disposable vapes once they are thrown in the bin, and what trouble do they cause there?", ("V", "household rubbish"), ("V", "bin lorries"))
add("multi", "In what ways can self-checkout tills shut out older, disabled or cash-paying customers?", ("S", "visual impairments"), ("S", "Card-only"))
add("multi", "How do passive and powered exoskeletons compare on price and on how much help they give?", ("X", "few thousand dollars"), ("X", "Powered exoskeletons gave"))
add("multi", "Does free lunch for all pupils improve their grades and their attendance?", ("M", "test scores"), ("M", "Attendance improved"))
add("multi", "If I listen to a tough non-fiction book, will I get less out of it than reading, and does speeding up the audio make it worse?", ("A", "expository"), ("A", "one and a half times"))
add("multi", "How do people steal at self-checkout and what are shops doing about it with technology?", ("S", "bananas"), ("S", "Computer-vision"))
add("multi", "For which bridges does monitoring pay off, and what can it save an owner?", ("B", "most cost-effective"), ("B", "lengthen the interval"))
add("multi", "How do hospital-at-home patients fare physically and mentally compared with ward patients?", ("H", "physically active"), ("H", "delirium"))

# cross (the question's words do not point at the report's topic)
add("cross", "Do garbage trucks catch fire because of batteries people throw away?", ("V", "bin lorries"))
add("cross", "How long can a solar-assisted wireless sensor run before its battery needs replacing?", ("B", "energy harvesting"))
add("cross", "Is listening to something in the car as distracting as talking on a hands-free phone?", ("A", "while driving"))
add("cross", "Are there public purchasing rules that guarantee a market for family farms?", ("M", "Brazil"))
add("cross", "Can new technology help companies keep staff over 55 in manual jobs instead of losing them to retirement?", ("X", "older employees"))
add("cross", "Do employers that let staff choose their own protective equipment get better uptake?", ("X", "involved in choosing"))
add("cross", "Do public libraries pay more than ordinary customers for digital content?", ("A", "libraries' digital"))
add("cross", "Can radar satellites spot ground movement of structures from space?", ("B", "Satellite radar"))
add("cross", "Does 'shadow work', customers doing jobs staff used to be paid for, actually save them money?", ("S", "unpaid work"))
add("cross", "Do copper and lead leak out of small electronic gadgets left lying in water?", ("V", "leach nicotine"))

# unanswerable: general knowledge
for q in ["What is the boiling point of water at the top of Mount Everest?",
          "Who wrote the novel One Hundred Years of Solitude?",
          "How many players are on a rugby union team?",
          "What is the capital of Mongolia?",
          "how do i reset my wifi router password",
          "What's a good recipe for banana bread?",
          "When did the Berlin Wall fall?",
          "What is the speed of light in a vacuum?",
          "Which planet has the most moons?",
          "How do I convert Celsius to Fahrenheit?",
          "who won the 2018 FIFA World Cup",
          "What does DNA stand for?"]:
    add("unanswerable", q)
# unanswerable: near the reports' topics, not answered by any claim
for q in ["How many hospital-at-home programmes are running in Spain?",
          "Does hospital at home work for children too?",
          "Can chemotherapy be given to patients in a hospital-at-home programme?",
          "Which company makes the most popular warehouse exoskeleton?",
          "Do exoskeletons help people with spinal cord injuries walk again?",
          "How many self-checkout machines are there in the United States?",
          "What year was the first self-checkout machine invented?",
          "Which UK supermarket chain has the most self-checkout lanes?",
          "should i use the self checkout or a cashier if i've got a bunch of coupons?",
          "What flavours of disposable vape are most popular with teenagers?",
          "Is there more nicotine in a disposable vape or in a pack of cigarettes?",
          "Is it true that Australia banned vapes without a prescription?",
          "why do vapes sometimes explode in ppl's pockets",
          "How much would free school meals for every pupil cost London each year?",
          "Do universal free school meals include breakfast as well as lunch?",
          "Which US states have made school meals free for all students?",
          "anyone know what % of parents actually support free lunches for all kids",
          "How many bridges in the UK are officially classed as substandard?",
          "Why did the Genoa bridge collapse in the first place?",
          "Which bridge in the world has the most sensors installed on it?",
          "Should I listen to audiobooks at bedtime to help me fall asleep?",
          "Which audiobook app has the biggest catalogue?",
          "Why do audiobooks cost so much more than ebooks?"]:
    add("unanswerable", q)

(HERE / "questions.json").write_text(json.dumps(Q, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(Q), "questions written")
