import sys, json, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from reports_data import R
C = {}
for stem, d in R.items():
    for _, claims in d["sections"]:
        for cid, text, _ in claims:
            C[cid] = (stem, text)
def ex(*ids):
    out = []
    for i in ids:
        stem, text = C[i]
        p = text[:60] if len(text) > 60 else text
        out.append({"report": stem, "claim": p})
    return out
Q = []
def add(kind, q, *ids): Q.append({"q": q, "kind": kind, "expect": ex(*ids)})

# keyword 12
add("keyword", "antikythera CT inscriptions", "A5")
add("keyword", "pin slot lunar gearing", "A9")
add("keyword", "pulsar nature paper 1968", "P6")
add("keyword", "snow cholera death map", "C4")
add("keyword", "broad street pump memorial", "C15")
add("keyword", "brooklyn bridge steel wire", "B3")
add("keyword", "ginger beer snail", "D2")
add("keyword", "atkin neighbour principle", "D8")
add("keyword", "leg side fielders law", "L13")
add("keyword", "louvre thief glazier", "M2")
add("keyword", "caisson disease workers", "B7")
add("keyword", "empty wall crowds Louvre", "M8")

# paraphrase 28 (4 per report)
add("paraphrase", "How did the ancient Greek calculating gadget first come to light?", "A1")
add("paraphrase", "Could the old Greek gear device warn people when the sun or moon was going to go dark?", "A7")
add("paraphrase", "Did the Greek bronze contraption also show where Mars, Venus and the others were in the sky?", "A10")
add("paraphrase", "Did any classical authors mention gadgets like the Antikythera one?", "A13")
add("paraphrase", "Was the Cambridge instrument that picked up the first pulsar a big dish, or something else?", "P2")
add("paraphrase", "Did the Cambridge astronomers really think they'd heard from ET?", "P5")
add("paraphrase", "What is actually sending out those regular radio blips from space?", "P7")
add("paraphrase", "Did Jocelyn Bell Burnell ever get a big cash award later in life, and what did she do with it?", "P13")
add("paraphrase", "How deadly was the 1854 Soho epidemic, and how quickly did it strike?", "C1")
add("paraphrase", "Why did the men making beer on Broad Street not catch it?", "C6")
add("paraphrase", "In south London, did it matter which firm piped your drinking supply when it came to who died?", "C10")
add("paraphrase", "When did anyone actually identify the germ behind cholera?", "C12")
add("paraphrase", "When the East River crossing opened in 1883, was there any longer one of its type anywhere on earth?", "B2")
add("paraphrase", "How did Washington Roebling keep running the job after he got sick?", "B8")
add("paraphrase", "Was there a scandal over dodgy materials going into the Brooklyn Bridge?", "B10")
add("paraphrase", "Did people get crushed on the Brooklyn Bridge soon after it was first used?", "B13")
add("paraphrase", "Why couldn't Mrs Donoghue simply go after the café for selling her a bad product?", "D4")
add("paraphrase", "How close was the vote among the law lords in the Paisley snail appeal?", "D7")
add("paraphrase", "Did anyone ever prove the mollusc was actually in her drink?", "D11")
add("paraphrase", "How do judges nowadays work out whether one party has to look out for another?", "D13")
add("paraphrase", "What exactly were the English quicks doing in 1932-33 that made everyone so angry?", "L2")
add("paraphrase", "Did the English plan actually stop Bradman making runs?", "L4")
add("paraphrase", "Who came out on top in the 1932-33 Ashes?", "L5")
add("paraphrase", "Did Larwood keep his place in the England side after that tour?", "L11")
add("paraphrase", "What day of the week did the Mona Lisa go missing, and were there any visitors around?", "M1")
add("paraphrase", "How long did it take Louvre staff to realise the Leonardo had gone?", "M4")
add("paraphrase", "Why did the Italian say he took La Gioconda?", "M11")
add("paraphrase", "Was the Mona Lisa already a superstar before it was stolen?", "M14")

# conversational 23
add("conversational", "hi all :wave: quick q, who actually spotted the weird signal in the cambridge radio data first?", "P1")
add("conversational", "btw does anyone know where the antikythera thing was made? iirc something about corinth :thinking_face:", "A11")
add("conversational", "<@U0123ABC> did anyone build anything as fancy as the antikythera gears again or was it a one off for like a thousand yrs?", "A14")
add("conversational", "quick q for <#C0456DEF|research> - did bell burnell ever say she was bitter about the nobel snub?", "P12")
add("conversational", "anyone know if the board of health bought john snow's water idea back then? :thinking_face:", "C11")
add("conversational", "hi all, when they took the handle off the broad st pump was the outbreak already dying down anyway?", "C5")
add("conversational", "<@U0456XYZ> iirc the guy who designed the brooklyn bridge died before they even started?? how", "B1")
add("conversational", "btw how long did the brooklyn bridge take to build and did ppl die building it :grimacing:", "B11")
add("conversational", "quick q: what cafe was the snail-in-ginger-beer thing at?? somewhere in paisley right", "D1")
add("conversational", "anyone know what the judges who disagreed in donoghue said? asking for a tort essay :sweat_smile:", "D10")
add("conversational", "hi all, was it just woodfull who got hit at adelaide or somone else too? <#C0456DEF|research>", "L6")
add("conversational", "<@U0123ABC> how did the bodyline row end up dragging in actual govts lol", "L9")
add("conversational", "btw didnt the paris cops have the mona lisa thief's prints on file?? how did they miss him :face_palm:", "M7")
add("conversational", "quick q where did the mona lisa go after they found it, straight back to paris?", "M13")
add("conversational", "hi all :wave: anyone know if the antikythera device had the olympic games on it?", "A12")
add("conversational", "anyone know how they read the worn letering on the outside of the antikythera bits? not the ct stuff, the surface", "A6")
add("conversational", "btw is anyone still diving the antikythera wreck or was it all cleared out back in 1901?", "A15")
add("conversational", "anyone been to the snail case memorial in paisley? where exactly is it <@U0789QRS>", "D14")
add("conversational", "hi all, what did emily roebling actually do on the bridge project? heard she basically ran it", "B9")
add("conversational", "btw did anyone at the louvre get fired over the mona lisa going missing?", "M5")
add("conversational", "iirc william farr didn't buy the water theory at first - did he ever come round? :thinking_face:", "C14")
add("conversational", "<#C0456DEF|research> anyone know which pulsar is in the crab nebula and how fast it spins", "P8")
add("conversational", "btw does the snail case actually matter outside the uk? like australia etc :thinking_face:", "D12")

# evidence 10 (detail only in the quote)
add("evidence", "Who noticed the first toothed wheel among the Antikythera finds, and in what year?", "A2")
add("evidence", "What was the pulse period of the first pulsar?", "P4")
add("evidence", "What word did Jocelyn Bell use for the odd mark she saw on the chart?", "P3")
add("evidence", "On what date was the Broad Street pump handle taken off?", "C5")
add("evidence", "Which part of London did the widow who had Broad Street water carted to her live in?", "C8")
add("evidence", "By what factor did Roebling make the Brooklyn Bridge stronger than it needed to be?", "B4")
add("evidence", "How much did May Donoghue claim from the ginger beer manufacturer?", "D3")
add("evidence", "Which batsman was bodyline meant to stop, and what had he averaged in the 1930 series?", "L1")
add("evidence", "Which journalist is credited with coining the word bodyline?", "L3")
add("evidence", "How big is the Mona Lisa panel the thief smuggled out?", "M3")

# source 10
add("source", "What does Derek de Solla Price's Gears from the Greeks say about the mechanism?", "A4")
add("source", "What did Jocelyn Bell Burnell say in 'Little Green Men, White Dwarfs or Pulsars?'", "P5", "P12")
add("source", "What does Snow's On the Mode of Communication of Cholera argue about how the disease spreads?", "C3")
add("source", "According to the Nature paper on calendars with Olympiad display, where was the Antikythera mechanism probably meant to be used?", "A11")
add("source", "What does David McCullough's The Great Bridge say about Washington Roebling's illness?", "B8")
add("source", "What did Lord Atkin's speech in Donoghue v Stevenson [1932] AC 562 lay down?", "D8", "D9")
add("source", "What did the New York Times report about the Brooklyn Bridge in May 1883?", "B12", "B13")
add("source", "What does Wisden 1934 say about the Australian Board of Control's cable?", "L8")
add("source", "What does Seymour Reit's The Day They Stole the Mona Lisa say about the Valfierno forgery story?", "M15")
add("source", "What does Edward Tufte's Visual Explanations say about Snow's map?", "C4")

# typo 10
add("typo", "how many peices of the antikythera mechanisim survive", "A3")
add("typo", "when did jon snow the cholera docter die", "C13")
add("typo", "what stone were the brooklyn brige towers made of", "B5")
add("typo", "jocelyn bel nobel prize snub", "P11")
add("typo", "donoghue v stevensen pauper apeal", "D6")
add("typo", "bodyline diplomatic incidnet goverments", "L9")
add("typo", "mona lisa theif sentance", "M12")
add("typo", "antikythera medival astronomical clocks", "A14")
add("typo", "did larwood emigrate to austrailia", "L12")
add("typo", "lord buckmasters disent in the snail case", "D10")

# multi 9
add("multi", "What did the two spiral dials on the back of the Antikythera mechanism keep track of?", "A7", "A8")
add("multi", "How have pulsars helped the hunt for gravitational waves?", "P9", "P10")
add("multi", "Which groups living or working right next to the Broad Street pump escaped cholera, and why?", "C6", "C7")
add("multi", "How were the Brooklyn Bridge's underwater foundations built, and what did that do to the men's health?", "B6", "B7")
add("multi", "What part did Emily Roebling play, both during construction and on opening day?", "B9", "B12")
add("multi", "What happened at the Adelaide Test, both on the field and in the dressing room?", "L6", "L7")
add("multi", "What became of Harold Larwood after the bodyline tour?", "L11", "L12")
add("multi", "Where was the Mona Lisa during its two years missing, and how was it finally got back?", "M9", "M10")
add("multi", "What exactly did Mrs Donoghue say was in the bottle and what harm did she say it did her?", "D2", "D3")

# cross 10 (starts from a passing mention; no word names the report's topic)
add("cross", "What did Cicero say Marcellus carried off after the fall of Syracuse?", "A13")
add("cross", "What's the picture on the cover of Joy Division's Unknown Pleasures?", "P14")
add("cross", "What does the plaque on Pioneer 10 show?", "P15")
add("cross", "What did Queen Victoria receive at the birth of Prince Leopold?", "C2")
add("cross", "What did the Reverend Henry Whitehead find out?", "C9")
add("cross", "What did P. T. Barnum do with Jumbo in 1884?", "B14")
add("cross", "What happened in Mullen v AG Barr?", "D5")
add("cross", "Why did the Nawab of Pataudi refuse to field where his captain wanted?", "L10")
add("cross", "Which role did Hugo Weaving play in a 1984 Australian miniseries?", "L14")
add("cross", "Why was Pablo Picasso questioned by the police in 1911?", "M6")

# unanswerable 35: 12 general, then 23 near-topic
G = ["How do I reset my VPN password?",
     "What's the guest wifi password in the office?",
     "How many days of annual leave do new starters get?",
     "Who do I call about the broken printer on the third floor?",
     "Can I expense a taxi home after working late?",
     "What time does the canteen close on Fridays?",
     "How do I share my calendar in Outlook?",
     "Who won the 2018 football World Cup?",
     "What's the best way to descale a kettle?",
     "How do I get red wine out of a carpet?",
     "How long should I boil an egg for a runny yolk?",
     "What is the tallest mountain in Africa?"]
N = [
 ("Has anyone built a working replica of the Antikythera mechanism?", "No claim or quote mentions replicas or reconstructions built as physical models; A10 is a proposed display design, not a built replica."),
 ("Was the Antikythera mechanism turned by a hand crank or driven some other way?", "How the device was driven or turned is never stated in any claim or quote."),
 ("Was it Archimedes who built the Antikythera mechanism?", "A13's quote mentions Archimedes' sphere as a similar device; no claim or quote names the mechanism's maker."),
 ("How many pulsars have been discovered so far?", "No claim or quote gives a total count (P10's quote mentions only the 68 pulsars NANOGrav timed)."),
 ("Did Jocelyn Bell Burnell ever become president of the Royal Astronomical Society?", "Her later career posts are not mentioned; only the 1974 Nobel and the 2018 Breakthrough Prize are."),
 ("Could a pulsar be dangerous to Earth?", "Nothing on hazards from pulsars."),
 ("How many people died in the whole 1854 London cholera epidemic, not just around Broad Street?", "C1 gives Soho deaths only (616); no citywide figure."),
 ("How is cholera treated today?", "C12 covers identifying the bacterium; no claim or quote covers treatment."),
 ("Did John Snow ever marry or have children?", "His private life is not covered; C13 gives only his death."),
 ("How much was the toll to walk across the Brooklyn Bridge when it opened?", "Tolls are never mentioned."),
 ("How much did the Brooklyn Bridge cost to build?", "No claim or quote gives a cost; B11 gives duration and deaths only."),
 ("How many vehicles cross the Brooklyn Bridge every day now?", "No present-day traffic figures."),
 ("Have the Brooklyn Bridge's main cables ever had to be replaced?", "B10 says extra wires were added in 1878; nothing on replacing cables."),
 ("What happened to the Wellmeadow Café after the case?", "D1 and D14 mention the café and its site, not what became of the business."),
 ("Is Donoghue v Stevenson binding in the United States?", "D12 covers the Commonwealth (Grant v Australian Knitting Mills); no claim covers the US."),
 ("How much did the Donoghue appeal cost in legal fees?", "D6 says she appealed as a pauper exempt from fees; no cost figure is given."),
 ("Did Jardine ever captain England again after the 1932-33 tour?", "L11 covers Larwood's career after the tour, not Jardine's."),
 ("Were batting helmets introduced because of bodyline?", "Protective equipment is never mentioned; L13 covers only the fielding-restriction law."),
 ("Was Bradman ever hit by Larwood during the series?", "L6 names Woodfull and Oldfield as the batsmen hit; nothing says whether Bradman was."),
 ("Has the Mona Lisa been attacked or damaged since it came back in 1914?", "Nothing after its return to the Louvre on 4 January 1914 (M13)."),
 ("Why is the Mona Lisa kept behind bulletproof glass today?", "M2's quote mentions the protective glass cases of 1911, not today's bulletproof glass or why it was added."),
 ("What did Vincenzo Peruggia do after he got out of prison?", "M12 ends with his sentence; nothing on his later life."),
 ("Who was the woman who sat for the Mona Lisa?", "The sitter is never named."),
]
for g in G: Q.append({"q": g, "kind": "unanswerable", "expect": []})
for q, _ in N: Q.append({"q": q, "kind": "unanswerable", "expect": []})
p = pathlib.Path(__file__).parent.parent / "questions.json"
p.write_text(json.dumps(Q, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
json.dump(N, open(pathlib.Path(__file__).parent / "neartopic.json", "w"), indent=1, ensure_ascii=False)
print(len(Q))
