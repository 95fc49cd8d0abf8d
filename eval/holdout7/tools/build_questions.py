"""Build questions.json for holdout7.

Each question names its expected claims as (report alias, distinctive substring). The script finds
the single `- **Claim**:` line in that report containing the substring and copies the claim's
prefix straight from the file: the shortest prefix of at least 40 characters, cut at a word
boundary, that no other claim in the same report starts with. Run:
    python3 tools/build_questions.py    (from /work/holdout7)
"""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
R = {"cp": "congestion-pricing", "hear": "otc-hearing-aids", "gi": "guaranteed-income-pilots",
     "bv": "beaver-reintroduction", "pk": "passkeys", "ms": "music-streaming-royalties",
     "bwc": "police-body-cameras"}

CLAIMS = {}
for p in sorted((HERE / "reports").glob("*.md")):
    text = p.read_text(encoding="utf-8-sig")
    CLAIMS[p.stem] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]


def prefix(stem, needle):
    hits = [c for c in CLAIMS[stem] if needle in c]
    if len(hits) != 1:
        sys.exit(f"{stem}: {len(hits)} claims contain {needle!r}")
    claim = hits[0]
    n = 40
    while True:
        while n < len(claim) and claim[n] != " ":
            n += 1
        cand = claim[:n]
        if sum(c.startswith(cand) for c in CLAIMS[stem]) == 1 or n >= len(claim):
            return cand
        n += 1


Q = []
def add(kind, q, *exp):
    Q.append({"q": q, "kind": kind, "expect": [{"report": R[a], "claim": prefix(R[a], s)} for a, s in exp]})

# ---------------- keyword (12)
add("keyword", "congestion charge retail sales", ("cp", "retail sales"))
add("keyword", "Stockholm congestion charge cordon traffic", ("cp", "cut traffic across the cordon"))
add("keyword", "OTC hearing aid maximum output limit", ("hear", "maximum sound output"))
add("keyword", "ACHIEVE trial cognitive decline", ("hear", "In the ACHIEVE trial"))
add("keyword", "unconditional cash physical health", ("gi", "physical health"))
add("keyword", "Switzerland basic income referendum", ("gi", "Switzerland"))
add("keyword", "beaver dam analogues incised streams", ("bv", "analogues"))
add("keyword", "beaver ponds methane emissions", ("bv", "methane"))
add("keyword", "passkey account recovery SMS fallback", ("pk", "Account recovery"))
add("keyword", "Credential Exchange Protocol", ("pk", "CXP"))
add("keyword", "user-centric payment model", ("ms", "user-centric"))
add("keyword", "body camera facial recognition ban", ("bwc", "facial recognition"))

# ---------------- paraphrase (28)
add("paraphrase", "Do police departments actually hand over the video when something controversial happens?", ("bwc", "release footage"))
add("paraphrase", "Do buses get quicker when a city makes drivers pay to come downtown?", ("cp", "Bus services"))
add("paraphrase", "Are the lawyers on both sides of a criminal case drowning in hours of police video?", ("bwc", "workload"))
add("paraphrase", "Does making people pay to drive into town hit poorer people hardest?", ("cp", "Low-income drivers"))
add("paraphrase", "If residents get a big discount on the driving fee, does the whole scheme stop working as well?", ("cp", "Broad discounts"))
add("paraphrase", "What do farmers usually complain about when beavers move onto their land?", ("bv", "Flooded farmland"))
add("paraphrase", "How many people who'd benefit from help hearing actually end up wearing a device?", ("hear", "small minority"))
add("paraphrase", "Should cops be allowed to rewatch the tape before they write up what happened?", ("bwc", "before writing their reports"))
add("paraphrase", "Can you set one up yourself with an app and get as good a result as going to a hearing specialist?", ("hear", "Self-fitted"))
add("paraphrase", "Do lots of people buy devices to help them hear and then just stop putting them in?", ("hear", "stop wearing them"))
add("paraphrase", "Do normal people understand where these new fingerprint logins are kept and how to use them on a different laptop?", ("pk", "confused"))
add("paraphrase", "How much of what I pay for my music subscription actually ends up with the music industry?", ("ms", "two-thirds"))
add("paraphrase", "Can I just walk into a pharmacy and buy something for my hearing without seeing a doctor first?", ("hear", "2022 final rule"))
add("paraphrase", "Did people in the American no-strings cash trials end up working fewer hours?", ("gi", "slightly reduced"))
add("paraphrase", "Could getting free cash make a family lose their housing help or childcare support?", ("gi", "means-tested"))
add("paraphrase", "Does getting regular cash help people cope with a surprise bill like a car repair?", ("gi", "unexpected expenses"))
add("paraphrase", "If you want villagers to start small shops, is it better to give them one big payment or a bit every month?", ("gi", "Kenya"))
add("paraphrase", "Do people still like the idea of free money for everyone once they hear their taxes would go up?", ("gi", "Support for basic income"))
add("paraphrase", "Are voters more OK with a driving fee if the money goes to trains and buses?", ("cp", "Earmarking"))
add("paraphrase", "Do those dam-building animals help stop towns further down the river from flooding?", ("bv", "flood peaks"))
add("paraphrase", "Why do people who listen to music all day get to decide where my subscription money goes?", ("ms", "pro-rata"))
add("paraphrase", "Are the animals that build dams bad news for salmon and trout trying to swim upstream?", ("bv", "salmon"))
add("paraphrase", "What's the cheapest way to stop beavers flooding a field without getting rid of them?", ("bv", "Flow devices"))
add("paraphrase", "Overall, are beavers worth more than the trouble they cause?", ("bv", "ecosystem services"))
add("paraphrase", "Did one small California police force see officers get rough with people much less often once they wore cameras?", ("bwc", "Rialto"))
add("paraphrase", "If a website gets hacked, can the crooks reuse my login from the stolen data?", ("pk", "no shared secret"))
add("paraphrase", "Do record companies make most of their money from apps like Spotify these days?", ("ms", "majority of recorded music revenue"))
add("paraphrase", "Why does it seem like only the superstars get rich from people playing songs online?", ("ms", "highly concentrated"))

# ---------------- conversational (22)
add("conversational", "hey team, quick q — did the stockholm toll actually do anything for kids with asthma? iirc there was a study :thinking_face:", ("cp", "asthma"))
add("conversational", "<@U0123ABCD> anyone know if the milan charge did anything for air pollution? soot specifically", ("cp", "Milan"))
add("conversational", "pls can someone remind me whether people hate congestion charges less once they're actually running :pray:", ("cp", "Public support"))
add("conversational", "quick q for <#C0123ABCD|civil-liberties>: can a victim ask the officer to switch the bodycam off inside their house?", ("bwc", "inside homes"))
add("conversational", "hey all, is it true airpods can be used as hearing aids now?? :ear:", ("hear", "AirPods"))
add("conversational", "anyone know if the UK ever brought in that equitable remuneration thing for session musicians on streams? :musical_note:", ("ms", "equitable remuneration"))
add("conversational", "<@U0123ABCD> is there a difference between PSAPs and actual hearing aids or are they the same thing lol", ("hear", "PSAPs"))
add("conversational", "iirc people don't wear hearing aids bc they look old — do the earbud style ones help with that?", ("hear", "Earbud-style"))
add("conversational", "what do ppl actually compare when picking an otc hearing aid? battery? bluetooth? asking for my mum :sweat_smile:", ("hear", "Battery life"))
add("conversational", "hey team, did stockton's guaranteed income thing get people into full time jobs? <https://example.com/seed|SEED writeup>", ("gi", "Stockton"))
add("conversational", "quick q: are some states banning cities from doing guaranteed income pilots? saw something in <#C0123ABCD|policy-news>", ("gi", "barring local governments"))
add("conversational", "anyone know if the cash pilots help with stress / anxiety? :brain:", ("gi", "lower stress"))
add("conversational", "sooo are beavers legal to release in england now? <@U0123ABCD>", ("bv", "England approved"))
add("conversational", "hey team how many people are actually using passkeys vs passwords? feels like nobody :shrug:", ("pk", "Major platforms"))
add("conversational", "hey, are beavers protected in scotland? can farmers just shoot them", ("bv", "protected species"))
add("conversational", "quick q — do passkeys actually stop phishing or is that marketing :fishing_pole_and_fish:", ("pk", "resist phishing"))
add("conversational", "if my apple/google account gets hijacked do my synced passkeys go with it? asking for <#C0123ABCD|security>", ("pk", "Synced passkeys"))
add("conversational", "ugh the QR code passkey login on my desktop keeps failing, anyone know why? bluetooth?", ("pk", "QR code"))
add("conversational", "pls remind me — does spotify still pay out on tracks with under 1000 plays? my friend's band is tiny", ("ms", "fewer than 1,000 streams"))
add("conversational", "hey team what's this deezer 'artist-centric' thing, who actually benefits?", ("ms", "artist-centric model"))
add("conversational", "anyone know if bodycam footage actually helps get convictions in DV cases? <https://example.com/dv-report|this report> says yes", ("bwc", "domestic violence"))
add("conversational", "<@U0123ABCD> our passwordless rollout is stuck bc of old apps that can't do modern auth, is that a common problem?", ("pk", "legacy applications"))

# ---------------- multi (9)
add("multi", "Did the ACHIEVE hearing trial slow cognitive decline, both overall and for people at higher risk?",
    ("hear", "In the ACHIEVE trial"), ("hear", "higher risk of cognitive decline"))
add("multi", "What did the Rialto and Washington DC body camera trials each find about use of force?",
    ("bwc", "Rialto"), ("bwc", "Washington, DC"))
add("multi", "What happened when congestion charging and basic income were put to a public vote?",
    ("cp", "Edinburgh"), ("gi", "Switzerland"))
add("multi", "How did congestion charging change traffic in Stockholm, London and New York?",
    ("cp", "cut traffic across the cordon"), ("cp", "London's central"), ("cp", "New York"))
add("multi", "What did Finland's basic income experiment and the big US cash study find about employment?",
    ("gi", "Finland"), ("gi", "slightly reduced"))
add("multi", "How much streaming money goes to songwriters compared with labels, and what did the US regulator do about songwriter rates?",
    ("ms", "Songwriters and publishers"), ("ms", "Copyright Royalty Board"))
add("multi", "What do beavers do for water levels during floods and during droughts?",
    ("bv", "flood peaks"), ("bv", "during drought"), ("bv", "groundwater"))
add("multi", "What do body camera programmes cost to run, and do they pay for themselves?",
    ("bwc", "Data storage"), ("bwc", "cost-benefit"))
add("multi", "How are fake streams and AI-generated songs affecting royalty payouts?",
    ("ms", "Fraudulent"), ("ms", "AI-generated tracks"))

# ---------------- cross (9)
add("cross", "Does cutting city air pollution reduce young kids' hospital visits for breathing problems?", ("cp", "asthma"))
add("cross", "Can rodents make a landscape more resistant to wildfires?", ("bv", "drought"))
add("cross", "Is there a natural way to stop soil and fertiliser from farms washing into rivers?", ("bv", "trap sediment"))
add("cross", "Do older people with arthritis or bad eyesight manage to configure medical devices through a smartphone app?", ("hear", "dexterity"))
add("cross", "What's the single biggest risk factor for dementia that people could actually change?", ("hear", "Lancet"))
add("cross", "Did the big department stores on Oxford Street see their sales drop in the 2000s?", ("cp", "retail sales"))
add("cross", "Has California ever put a pause on police using biometric surveillance?", ("bwc", "facial recognition"))
add("cross", "Does bundling audiobooks into a subscription change what writers get paid?", ("ms", "audiobooks"))
add("cross", "If my phone and laptop both get stolen on holiday, will I still be able to get into my online accounts?", ("pk", "Losing every device"))

# ---------------- evidence (9): only a quote or key finding answers these
add("evidence", "How much did peak crossing times on the Holland Tunnel drop after tolling began?", ("cp", "New York"))
add("evidence", "What share of gross revenue did London spend on running the charge in its early years?", ("cp", "Net revenue"))
add("evidence", "What's the maximum decibel output allowed for an OTC hearing aid?", ("hear", "maximum sound output"))
add("evidence", "What was the median price per pair in the survey of 52 OTC hearing aid models?", ("hear", "lowered the entry price"))
add("evidence", "What percentage of tracked spending in the Stockton pilot went on food?", ("gi", "basic needs"))
add("evidence", "By what percentage did hospitalisation rates fall in Dauphin?", ("gi", "Mincome"))
add("evidence", "How many active beaver territories did the Tay and Forth survey count?", ("bv", "Scotland have spread"))
add("evidence", "How many Google employees were covered by the security key requirement?", ("pk", "Google reported"))
add("evidence", "By how much did use of force rise when officers turned their cameras on and off at their own discretion?", ("bwc", "choose when to record"))

# ---------------- source (8)
add("source", "What did the Health Effects Institute find about London's congestion charge and air pollution?", ("cp", "Air quality gains"))
add("source", "What does the PCAST report say about what hearing aids cost?", ("hear", "Price has been"))
add("source", "What did the OECD conclude about the cost of a basic income?", ("gi", "poverty line"))
add("source", "What does the Stanford Basic Income Lab dashboard show about US pilots?", ("gi", "small, short and privately funded"))
add("source", "What did Pew Research find about public views on police body cameras?", ("bwc", "public overwhelmingly"))
add("source", "What did the Competition and Markets Authority find about how streaming revenue is split?", ("ms", "Songwriters and publishers"))
add("source", "What did the Campbell systematic review by Lum and colleagues find about complaints?", ("bwc", "Complaints against officers"))
add("source", "What does NIST SP 800-63B say about which passkeys can meet AAL3?", ("pk", "Device-bound"))
add("source", "What did the DCMS Committee conclude about the economics of music streaming?", ("ms", "complete reset"))

# ---------------- typo (9)
add("typo", "does congestoin pricing reduce trafic in stockholm", ("cp", "cut traffic across the cordon"))
add("typo", "hearing ades and dementia risk lancet comission", ("hear", "Lancet"))
add("typo", "guarenteed income and mental helth", ("gi", "lower stress"))
add("typo", "do beaver ponds increse biodiversty", ("bv", "more species"))
add("typo", "is passkey sign in faster than pasword plus MFA?", ("pk", "Signing in"))
add("typo", "are paskeys suported by password managrs", ("pk", "Password managers"))
add("typo", "spotfiy per strem payout", ("ms", "Per-stream"))
add("typo", "body cam complants against oficers", ("bwc", "Complaints against officers"))
add("typo", "how often do oficers actualy turn on there body cameras like they're suposed to", ("bwc", "activation rules"))

# ---------------- unanswerable: general knowledge (12)
GENERAL = [
    "Who won the 2018 FIFA World Cup?",
    "How long should I rest a steak after grilling it?",
    "What's the capital of Australia?",
    "When did the Berlin Wall fall?",
    "Why is the sky blue?",
    "How many Grammy awards has Taylor Swift won?",
    "How do I fix a flat bike tyre?",
    "What's a good substitute for buttermilk in pancakes?",
    "how do i set up a recurring reminder in slack? :calendar:",
    "What's the tallest mountain in Africa?",
    "Who painted the ceiling of the Sistine Chapel?",
    "At what temperature does water boil in Denver?",
]
# ---------------- unanswerable: near the reports' domains (23)
NEAR = [
    "How much does the London congestion charge cost per day now?",
    "Did Singapore's electronic road pricing reduce congestion?",
    "Does a congestion charge change house prices inside the zone?",
    "What happened to the congestion pricing proposal in San Francisco?",
    "Do OTC hearing aids help with tinnitus?",
    "Does untreated hearing loss increase the risk of falls in older adults?",
    "What's the typical return period or trial window for OTC hearing aids?",
    "quick q: does insurance cover cochlear implants for adults? <@U0123ABCD>",
    "Did Alaska's Permanent Fund Dividend change how much people work?",
    "Did the guaranteed income pilots improve children's school results?",
    "Did guaranteed income reduce homelessness in any of the pilots?",
    "Did the Kenya cash transfers push up local prices?",
    "Do beavers carry diseases like giardia that get into drinking water?",
    "How many beavers have been released in Wales?",
    "What do beavers eat in the winter?",
    "Are passkeys supported on Linux desktops?",
    "Can I share a passkey with my partner for a joint account?",
    "anyone know how much a yubikey costs? thinking of getting one for the team",
    "Do EU banks have to offer passkeys under PSD2?",
    "How much does YouTube Music pay per stream?",
    "Does TikTok pay royalties when a song is used in a video?",
    "How long do police departments keep body camera footage before it is deleted?",
    "Do body cameras reduce racial disparities in traffic stops?",
]
for q in GENERAL + NEAR:
    Q.append({"q": q, "kind": "unanswerable", "expect": []})

(HERE / "questions.json").write_text(json.dumps(Q, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
from collections import Counter
print(len(Q), dict(Counter(q["kind"] for q in Q)))
