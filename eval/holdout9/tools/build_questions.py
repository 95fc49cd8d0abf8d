"""Build questions.json (beside reports/) from the question list below.

Each expected claim is written as (report stem, distinctive substring of the claim). The script
finds the one claim line in that report containing the substring and stores the claim prefix the
validator expects: the shortest prefix of at least 40 characters, cut at a word boundary, that no
other claim in the same report starts with.

Run from anywhere: python3 eval/holdout9/tools/build_questions.py (paths are relative to this file)
"""
import collections, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
REPORTS = HERE / "reports"

B = "buy-now-pay-later"
C = "cgm-without-diabetes"
N = "european-night-trains"
NC = "noncompete-agreements"
R = "science-of-reading"
S = "seaweed-carbon-removal"
V = "voice-cloning-fraud"

QUESTIONS = [
    # ---------------- keyword: short search-box queries in the claim's own terms
    ("keyword", "Stelo over-the-counter CGM FDA", [(C, "Dexcom’s Stelo")]),
    ("keyword", "BNPL merchant fees interchange", [(B, "Merchants pay BNPL providers")]),
    ("keyword", "night train track access charges", [(N, "Track access charges")]),
    ("keyword", "garden leave UK financial sector", [(NC, "Garden-leave clauses")]),
    ("keyword", "three-cueing ban Ohio", [(R, "three-cueing")]),
    ("keyword", "seaweed carbon removal cost per tonne", [(S, "Published cost estimates")]),
    ("keyword", "voice-print authentication banks cloned audio", [(V, "voice-print authentication")]),
    ("keyword", "Lingo MARD accuracy", [(C, "Abbott’s Lingo")]),
    ("keyword", "European Sleeper Brussels Amsterdam Berlin", [(N, "European Sleeper")]),
    ("keyword", "Phonics Screening Check Year 1", [(R, "England has required all Year 1")]),
    ("keyword", "London Protocol dumping permit seaweed", [(S, "London Protocol")]),
    ("keyword", "BNPL loan stacking", [(B, "Loan stacking")]),

    # ---------------- paraphrase: everyday wording, little overlap with the claim
    ("paraphrase", "If my blood sugar jumps after lunch, does that mean I'm heading for diabetes?", [(C, "Short spikes above 140")]),
    ("paraphrase", "What does a normal day of blood sugar look like for a healthy person?", [(C, "median of about 96%")]),
    ("paraphrase", "Does an eating plan tailored to how my own body reacts to food help me slim down more than the usual healthy-eating tips?", [(C, "Personalised diets")]),
    ("paraphrase", "How long do people actually keep those arm patches on before they give up?", [(C, "one in three first-time buyers")]),
    ("paraphrase", "For someone who is borderline diabetic, does wearing a sugar tracker with a coach bring their long-term blood sugar down by much?", [(C, "modest HbA1c reductions")]),
    ("paraphrase", "Are people who split purchases into instalments usually struggling with other debts as well?", [(B, "more likely than non-users")]),
    ("paraphrase", "Do shoppers spend more per basket when a pay-in-four button shows up at the till?", [(B, "average order values")]),
    ("paraphrase", "Could lots of people missing their instalments bring down the wider financial system?", [(B, "systemic risk")]),
    ("paraphrase", "What fraction of American employees have signed something stopping them from going to work for a rival?", [(NC, "one in five US workers")]),
    ("paraphrase", "Do employers usually spring the restriction on you only after you've said yes to the job?", [(NC, "after they have accepted the job offer")]),
    ("paraphrase", "Why do software engineers in the Bay Area switch employers so easily?", [(NC, "California’s long refusal")]),
    ("paraphrase", "If you can't easily leave for a competitor, are ex-staff less likely to launch their own companies?", [(NC, "fewer former employees go on to found")]),
    ("paraphrase", "What else can a company use to protect its secrets and clients without stopping people from changing jobs?", [(NC, "Non-solicitation and confidentiality")]),
    ("paraphrase", "Why is it so hard to make money from sleeper services compared with daytime trains?", [(N, "sell its berths only once per night")]),
    ("paraphrase", "How much better for the climate is taking the sleeper instead of flying?", [(N, "emits only a small fraction")]),
    ("paraphrase", "For what trip lengths can an overnight rail journey really compete with planes?", [(N, "600 to 1,500 km")]),
    ("paraphrase", "Why does a train from Paris to Vienna have to swap engines at the borders?", [(N, "multi-system engines")]),
    ("paraphrase", "Who runs the most sleeper trains in Europe?", [(N, "largest night-train operator")]),
    ("paraphrase", "Does teaching letter sounds still help kids who are older and already behind in reading?", [(R, "largest in kindergarten and first grade")]),
    ("paraphrase", "Can a child who sounds out every word perfectly still not understand the story?", [(R, "background knowledge and vocabulary")]),
    ("paraphrase", "Are trainee teachers actually being taught how to teach kids to sound out words?", [(R, "teacher preparation programmes")]),
    ("paraphrase", "Do kids from poorer homes and kids still learning English get as much out of sounding-out lessons?", [(R, "low-income families and English learners")]),
    ("paraphrase", "Could dropping huge amounts of kelp into the deep sea starve the animals down there of oxygen?", [(S, "reduce oxygen in deep-water layers")]),
    ("paraphrase", "Why would growers rather sell their harvest than send it to the bottom of the sea?", [(S, "animal feed or bioplastics")]),
    ("paraphrase", "Is anyone actually checking whether the sunk kelp makes it all the way to the ocean floor?", [(S, "reaches the seafloor intact")]),
    ("paraphrase", "How much recording of someone talking does a crook need to fake their voice?", [(V, "A few seconds of recorded speech")]),
    ("paraphrase", "Can the software that flags fake audio cope with new voice generators it has never seen before?", [(V, "Automatic deepfake-audio detectors")]),
    ("paraphrase", "Do pensioners lose more cash than young people when they're hit by a fake-relative phone call?", [(V, "Older adults lose more money")]),

    # ---------------- conversational: Slack style
    ("conversational", "hey team, quick q – does the glucose sensor report say if insurance pays for these when you're not diabetic? :thinking_face:", [(C, "$89–$99 a month")]),
    ("conversational", "<@U123ABC> iirc the fda said something about smartwatches that read your blood sugar?? can u check", [(C, "smartwatches or smart rings")]),
    ("conversational", "anyone know if the otc glucose sensors can be used to diagnose diabetes? asking for <#C123|health-team> pls", [(C, "not intended to diagnose")]),
    ("conversational", "quick q: are those corporate wellness glucose programmes actually shown to cut claims costs? :eyes:", [(C, "Employer wellness programmes")]),
    ("conversational", "hey does the report mention klarna / affirm getting squeezed by higher interest rates?", [(B, "securitisation")]),
    ("conversational", "<@U9X2Q7> what's the uk doing about bnpl, the fca stuff? ty", [(B, "Financial Conduct Authority")]),
    ("conversational", "iirc the eu is changing its consumer credit rules so pay-later is covered — when does that kick in?", [(B, "Consumer Credit Directive")]),
    ("conversational", "quick q for <#C777|fintech>: do bnpl loans even show up on your credit file?", [(B, "not been reported to credit bureaus")]),
    ("conversational", "hey team :wave: how big is the us bnpl market these days", [(B, "transaction volume")]),
    ("conversational", "pls remind me what happened to the ftc noncompete ban in court :scales:", [(NC, "federal court in Texas")]),
    ("conversational", "<@U123ABC> are doctors exempt from noncompetes anywhere? :hospital:", [(NC, "exempt physicians")]),
    ("conversational", "hey quick q – which states only allow noncompetes above a salary level, like WA?", [(NC, "pay threshold")]),
    ("conversational", "what happened to the paris–berlin night train? saw <https://example.org/news/sleeper|this article> and got confused", [(N, "end of French state funding")]),
    ("conversational", "<#C555|travel> anyone know why the nightjet is always late lol :sleeping:", [(N, "poor reliability")]),
    ("conversational", "hey team is there anything in the night train doc about eu money for sleepers?", [(N, "European Commission's plan")]),
    ("conversational", "hey, whatever happened to midnight trains, that french startup? :train:", [(N, "Midnight Trains")]),
    ("conversational", "<@U04ZZ> does the reading report say if mississippi's jump was partly from holding kids back a year?", [(R, "third-grade retention policy")]),
    ("conversational", "anyone got the LETRS training time/cost numbers handy? pls :pray:", [(R, "LETRS")]),
    ("conversational", "hey how many states have passed science of reading laws by now?", [(R, "More than 40 US states")]),
    ("conversational", "hey team – anything in there on running tide shutting down? <https://example.org/rt|link>", [(S, "Running Tide")]),
    ("conversational", "quick q: has any registry actually signed off a method for crediting seaweed sinking yet?", [(S, "No major carbon registry")]),
    ("conversational", "yo <@U123ABC> can finance teams stop the fake-ceo phone call scam somehow? callbacks etc :money_with_wings:", [(V, "Calling back on a known number")]),
    ("conversational", "iirc denmark did something about people owning their own voice? pls confirm :flag-dk:", [(V, "Denmark has proposed")]),

    # ---------------- multi: 2-3 claims together answer it
    ("multi", "What has the FDA said about consumer glucose gadgets, both the stick-on sensors and the watches?", [(C, "Dexcom’s Stelo"), (C, "smartwatches or smart rings")]),
    ("multi", "How accurate and how up to date are the readings from consumer glucose sensors?", [(C, "Abbott’s Lingo"), (C, "trail blood glucose")]),
    ("multi", "Where do US and UK regulators stand on buy now, pay later?", [(B, "Consumer Financial Protection Bureau"), (B, "Financial Conduct Authority")]),
    ("multi", "What happened to the federal noncompete ban, and which states have banned them on their own?", [(NC, "final rule in April 2024"), (NC, "federal court in Texas"), (NC, "Minnesota banned")]),
    ("multi", "Why do night trains get cancelled or run so late?", [(N, "poor reliability"), (N, "Overnight engineering works")]),
    ("multi", "How permanent is the carbon storage you get from sinking seaweed?", [(S, "Only part of the carbon"), (S, "below roughly 1,000 metres")]),
    ("multi", "What do the test results from Mississippi and England tell us about phonics reforms?", [(R, "Mississippi's fourth-grade"), (R, "58% in 2012 to 82%")]),
    ("multi", "Can either people or machines reliably tell a cloned voice from a real one?", [(V, "Automatic deepfake-audio detectors"), (V, "Human listeners")]),
    ("multi", "What did US federal agencies do in 2024 about AI voices in robocalls and about non-compete clauses?", [(V, "Federal Communications Commission"), (NC, "final rule in April 2024")]),

    # ---------------- cross: the answer sits in a report the question's words do not point to
    ("cross", "My nephew wants to leave his salon for the one across the street – how would a judge decide whether his old boss can stop him?", [(NC, "reasonableness")]),
    ("cross", "What kind of extra help do children who keep mixing up letters need at school?", [(R, "dyslexia")]),
    ("cross", "Is there a greener way than flying to get from Munich to Rome for a weekend?", [(N, "emits only a small fraction")]),
    ("cross", "Should my grandmother worry if her grandson rings in a panic asking for bail money?", [(V, "family emergency")]),
    ("cross", "What's a simple way for our family to make sure a caller is really who they say they are?", [(V, "safe word")]),
    ("cross", "Have any companies selling carbon credits gone bust?", [(S, "Running Tide")]),
    ("cross", "Can tracking your body with a gadget make people obsessive about what they eat?", [(C, "Clinicians warn")]),
    ("cross", "Could splitting the cost of trainers into four payments online affect my credit score when I apply for a mortgage?", [(B, "FICO")]),
    ("cross", "Is the US government putting any money into ocean-based climate fixes?", [(S, "Department of Energy")]),
    ("cross", "Which US state's schools made the biggest leap in test scores in the 2010s?", [(R, "Mississippi's fourth-grade")]),

    # ---------------- evidence: answerable only from a quote or key finding
    ("evidence", "What share of workers earning under $40,000 a year have signed a noncompete?", [(NC, "one in five US workers")]),
    ("evidence", "How many transfers did the Arup employee make, and to how many bank accounts?", [(V, "Arup")]),
    ("evidence", "How much did the FTC expect a ban to add to each worker's pay per year?", [(NC, "Stricter enforcement of non-competes")]),
    ("evidence", "How many words are in England's phonics check, and how many of them are made-up words?", [(R, "England has required all Year 1")]),
    ("evidence", "How many minutes does interstitial glucose lag behind blood glucose when you're at rest?", [(C, "trail blood glucose")]),
    ("evidence", "What are the chances of getting money back if an authorised push payment fraud is reported within a day?", [(V, "Shame leads many victims")]),
    ("evidence", "How many new seven-car trainsets did ÖBB order, and what was the order worth?", [(N, "New sleeper carriages cost")]),
    ("evidence", "What share of pay-later users reported a late payment the year before the latest survey?", [(B, "four in ten BNPL users")]),
    ("evidence", "How many more invertebrate species turned up at kelp farm sites than at reference sites?", [(S, "habitat for juvenile fish")]),
    ("evidence", "How accurate were listeners when the cloned voice belonged to someone they knew?", [(V, "Human listeners")]),

    # ---------------- source: names a cited source or organisation
    ("source", "What did the National Reading Panel conclude about phonics?", [(R, "Systematic phonics instruction produces")]),
    ("source", "What does the NCTQ review of teacher prep programmes say?", [(R, "teacher preparation programmes")]),
    ("source", "What was the U.S. Chamber of Commerce's argument in favour of noncompetes?", [(NC, "Employers argue")]),
    ("source", "What did the Back on Track passenger survey find?", [(N, "strong stated interest")]),
    ("source", "What did the LendingTree survey find about pay-later users?", [(B, "four in ten BNPL users"), (B, "groceries")]),
    ("source", "What does the FTC's Consumer Sentinel Network Data Book say about impostor calls?", [(V, "family emergency"), (V, "Older adults lose more money")]),
    ("source", "What did the Sold a Story podcast by Emily Hanford uncover?", [(R, "Units of Study")]),
    ("source", "What do the International Dyslexia Association's standards say?", [(R, "dyslexia")]),
    ("source", "What did the open letter from ocean scientists ask for?", [(S, "pause on large-scale sinking")]),
    ("source", "What did the study 'Continuous Glucose Monitoring Profiles in Healthy Nondiabetic Participants' find?", [(C, "median of about 96%")]),

    # ---------------- typo: realistic misspellings
    ("typo", "are nightjet sleepr compartments sold out in the sumer?", [(N, "sold out weeks in advance")]),
    ("typo", "does the reprot say glucose monitors chnage what people eat?", [(C, "refined carbohydrates")]),
    ("typo", "do buy now pay latter users have more credit crad debt", [(B, "more likely than non-users")]),
    ("typo", "wich states banned noncompetes like minesota", [(NC, "Minnesota banned")]),
    ("typo", "does sytematic fonics beat other methods for word reading", [(R, "Systematic phonics instruction produces")]),
    ("typo", "seawead farms competing with phytoplancton for nutrients", [(S, "nitrate and phosphate")]),
    ("typo", "does phone line compresion make deepfake audio harder to detetc", [(V, "Telephone compression")]),
    ("typo", "can audio watermarcks on ai voices be removd", [(V, "Inaudible watermarks")]),
    ("typo", "kelp air-sea gas exchnage delay in carbon removel", [(S, "air–sea gas exchange")]),
    ("typo", "FCC fine for the Bidn deepfake robocall in New Hampshir", [(V, "President Biden")]),

    # ---------------- unanswerable: general knowledge, unrelated to the reports
    ("unanswerable", "What is the boiling point of water at the top of Mount Everest?", []),
    ("unanswerable", "Who wrote the novel Middlemarch?", []),
    ("unanswerable", "How do I reset my home router's admin password?", []),
    ("unanswerable", "What's the capital of Mongolia?", []),
    ("unanswerable", "How many moons does Jupiter have?", []),
    ("unanswerable", "What's a good recipe for banana bread?", []),
    ("unanswerable", "When did the Berlin Wall fall?", []),
    ("unanswerable", "How do I convert Celsius to Fahrenheit?", []),
    ("unanswerable", "who won the 2018 FIFA World Cup", []),
    ("unanswerable", "hey team, what time is the all-hands tomorrow? :calendar:", []),
    ("unanswerable", "What is the difference between a virus and a bacterium?", []),
    ("unanswerable", "How long should I boil an egg for a runny yolk?", []),
    # ---------------- unanswerable: near the reports' topics, but no claim answers
    ("unanswerable", "Can you wear a glucose sensor while swimming or in a sauna?", []),
    ("unanswerable", "Is it safe to keep a CGM on during an MRI scan?", []),
    ("unanswerable", "Which phone apps work with the Lingo sensor?", []),
    ("unanswerable", "What interest rate does Klarna charge on its longer-term financing plans?", []),
    ("unanswerable", "Which BNPL provider has the most users in Australia?", []),
    ("unanswerable", "How much is Afterpay's late fee for a missed instalment?", []),
    ("unanswerable", "Can a non-compete be enforced against someone who was fired rather than someone who quit?", []),
    ("unanswerable", "How long can a non-compete last in Florida?", []),
    ("unanswerable", "Who was the judge in the Texas case that struck down the FTC noncompete rule?", []),
    ("unanswerable", "How much does a couchette berth on the Vienna–Rome Nightjet cost?", []),
    ("unanswerable", "Can I bring my dog or my bike on a night train?", []),
    ("unanswerable", "What food is served in the Nightjet dining car?", []),
    ("unanswerable", "Which phonics programme did Mississippi put into its classrooms?", []),
    ("unanswerable", "At what age do children in Finland start learning to read?", []),
    ("unanswerable", "How much does the Phonics Screening Check cost to run each year?", []),
    ("unanswerable", "What are the best decodable book series for five-year-olds?", []),
    ("unanswerable", "Which seaweed species grows fastest in tropical waters?", []),
    ("unanswerable", "How many people work on seaweed farms in Indonesia?", []),
    ("unanswerable", "Where is the world's largest kelp farm?", []),
    ("unanswerable", "Which voice-cloning app did the scammers in the Arup case use?", []),
    ("unanswerable", "How much does a commercial voice-cloning subscription cost per month?", []),
    ("unanswerable", "Is it illegal in the UK to clone someone's voice without their consent?", []),
    ("unanswerable", "Which phone carriers block AI robocalls automatically?", []),
]

CLAIM_RE = re.compile(r"^\s*- \*\*Claim\*\*:\s*(.+)$", re.M)


def load_claims():
    claims = {}
    for p in sorted(REPORTS.glob("*.md")):
        text = p.read_text(encoding="utf-8-sig")
        claims[p.stem] = [m.group(1).strip() for m in CLAIM_RE.finditer(text)]
    return claims


def unique_prefix(claim, others):
    """Shortest prefix >= 40 chars, ending at a word boundary, that no other claim starts with."""
    ends = [i for i, ch in enumerate(claim) if ch == " "] + [len(claim)]
    for end in ends:
        if end < 40:
            continue
        prefix = claim[:end]
        if not any(o.startswith(prefix) for o in others):
            return prefix
    raise SystemExit(f"no unique prefix for {claim!r}")


def main():
    claims = load_claims()
    out, used, problems = [], collections.Counter(), []
    for kind, q, expect in QUESTIONS:
        exp = []
        for stem, sub in expect:
            if stem not in claims:
                problems.append(f"unknown report {stem} in {q!r}")
                continue
            hits = [c for c in claims[stem] if sub in c]
            if len(hits) != 1:
                problems.append(f"{stem}: {len(hits)} claims contain {sub!r} ({q!r})")
                continue
            claim = hits[0]
            used[(stem, claim)] += 1
            others = [c for c in claims[stem] if c != claim]
            exp.append({"report": stem, "claim": unique_prefix(claim, others)})
        out.append({"q": q, "kind": kind, "expect": exp})
    uncovered = [(s, c[:60]) for s, cs in claims.items() for c in cs if (s, c) not in used]
    for p in problems:
        print("PROBLEM", p)
    if uncovered:
        print("UNCOVERED", uncovered)
    if problems:
        sys.exit(1)
    (HERE / "questions.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", len(out), "questions:", dict(collections.Counter(k for k, _, _ in QUESTIONS)))


if __name__ == "__main__":
    main()
