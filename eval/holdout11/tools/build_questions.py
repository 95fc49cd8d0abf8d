"""Build ../questions.json from the question list below.

Each answerable question names its claims as (report key, 1-based claim ordinal); the expected
claim prefix (first 70 characters of the claim text as written) is read from ../reports/*.md so
it cannot drift from the reports.
"""
import json, pathlib, re

here = pathlib.Path(__file__).resolve().parent.parent
R = {"F": "community-water-fluoridation", "D": "medical-drone-delivery",
     "T": "dynamic-ticket-pricing", "L": "light-pollution-wildlife",
     "P": "participatory-budgeting", "V": "permeable-pavement", "S": "subtitle-viewing-habits"}
claims = {}
for key, stem in R.items():
    text = (here / "reports" / f"{stem}.md").read_text(encoding="utf-8-sig")
    claims[key] = [m.group(1).strip() for m in re.finditer(r"^\s*- \*\*Claim\*\*:\s*(.+)$", text, re.M)]

Q = [
 # ---- keyword (12)
 ("keyword", "fluoridated salt Europe", ["F12"]),
 ("keyword", "fluoridation cessation votes US municipalities", ["F13"]),
 ("keyword", "Rwanda drone blood delivery time", ["D1"]),
 ("keyword", "drone hub noise complaints", ["D12"]),
 ("keyword", "drone postpartum haemorrhage maternal deaths", ["D7"]),
 ("keyword", "ticket pricing algorithm queue length", ["T4"]),
 ("keyword", "dynamic pricing low-income fans", ["T7"]),
 ("keyword", "horseshoe bats lit commuting routes", ["L10"]),
 ("keyword", "participatory budgeting turnout", ["P2"]),
 ("keyword", "permeable pavement runoff reduction", ["V1"]),
 ("keyword", "permeable pavement heavy trucks", ["V12"]),
 ("keyword", "non-English series streaming subtitles", ["S11"]),
 # ---- paraphrase (28)
 ("paraphrase", "Is putting fluoride in tap water still worth much now that everybody brushes with fluoride toothpaste?", ["F1"]),
 ("paraphrase", "What happened to kids' teeth after a Canadian city took the fluoride out of its water supply?", ["F2"]),
 ("paraphrase", "Can fluoridated water leave marks on children's teeth, and how bad do those marks usually get?", ["F3"]),
 ("paraphrase", "Does fluoride in the water do anything for pensioners' teeth, or is it only for kids?", ["F4"]),
 ("paraphrase", "Which reaches more children from families that skip the dentist: fluoride in the water or fluoride painted on at a clinic?", ["F15"]),
 ("paraphrase", "Does flying in blood only when it's needed mean hospitals bin fewer units that have gone out of date?", ["D2"]),
 ("paraphrase", "Can sending patient samples by air get lab results back faster for clinics in the middle of nowhere?", ["D5"]),
 ("paraphrase", "Which is cheaper for getting medicines to health centres, a drone or a guy on a motorbike?", ["D9"]),
 ("paraphrase", "Why is it so much harder to get permission for hospital drone flights in a city than out in the countryside?", ["D11"]),
 ("paraphrase", "Do baseball clubs that change prices from game to game manage to fill more seats on quiet weeknights?", ["T2"]),
 ("paraphrase", "When the original seller charges more for hot shows, do scalpers end up making less?", ["T3"]),
 ("paraphrase", "If the checkout shows the total with all charges from the first screen, do people end up spending less?", ["T9"]),
 ("paraphrase", "Are street lamps bad for moths along country roads?", ["L1"]),
 ("paraphrase", "Does lighting at night get in the way of flowers being pollinated after dark?", ["L3"]),
 ("paraphrase", "Why do bugs spin around a porch light instead of just flying straight into it?", ["L5"]),
 ("paraphrase", "Is there any colour of outdoor lamp that is harmless to every kind of animal?", ["L12"]),
 ("paraphrase", "Do hoods that aim outdoor lamps at the ground make a real difference for the night sky, and are they pricey?", ["L15"]),
 ("paraphrase", "If somebody votes on neighbourhood projects, are they more likely to turn up at the next election?", ["P3"]),
 ("paraphrase", "What sort of projects usually win when locals get to vote on how city money is spent?", ["P7"]),
 ("paraphrase", "Does giving residents a say over spending make them more confident in their council?", ["P10"]),
 ("paraphrase", "Does letting pupils decide how part of their school's money gets spent make them feel they can change things?", ["P14"]),
 ("paraphrase", "Does porous paving actually clean rainwater, for example taking out metals and fertiliser nitrogen?", ["V2"]),
 ("paraphrase", "Could rain soaking down through porous paving end up polluting the water underground?", ["V3"]),
 ("paraphrase", "Which kind of draining surface keeps letting water through the longest: block pavers, porous asphalt or pervious concrete?", ["V7"]),
 ("paraphrase", "Is porous paving more expensive to lay than normal blacktop, and can it still work out cheaper for the whole site?", ["V11"]),
 ("paraphrase", "Why is the talking on TV shows so hard to hear these days that people need captions?", ["S2"]),
 ("paraphrase", "Do people put captions on so they can keep up with a show while they scroll on their phone?", ["S3"]),
 ("paraphrase", "In which big countries do audiences still mostly go for voice-over in their own language instead of reading text on screen?", ["S14"]),
 # ---- conversational (23)
 ("conversational", "hey all :wave: does putting fluoride in the water actually pay for itself in saved dentist bills?", ["F5"]),
 ("conversational", "quick q for <#C0123|parenting> - is it ok to make up the baby's bottles with tap water if our town fluoridates", ["F10"]),
 ("conversational", "anyone know if the medical drones can still fly in the wet season :cloud_with_rain: asking for a project in west africa", ["D3"]),
 ("conversational", "<@U024BE7LH> do nurses actually end up relying on the drone deliveries or do they keep not trusting them?", ["D8"]),
 ("conversational", "iirc a bunch of the african drone delivery programs folded once the money ran out? anyone got numbers", ["D13"]),
 ("conversational", "random one: how much can those medical drones actually carry, and how far can they go before the battery dies", ["D14"]),
 ("conversational", "ugh :face_with_rolling_eyes: sat in the online queue for 2 hrs and the price had gone up by the time i got in. is that a common thing??", ["T6"]),
 ("conversational", "does anyone remember which bands gave money back to fans after the crazy demand-based prices", ["T10"]),
 ("conversational", "hey team, are ticket ballots / lotteries any good at keeping the bots out? thx :pray:", ["T14"]),
 ("conversational", "random one but :sparkles: are fireflies struggling bc of all the lights at night?", ["L4"]),
 ("conversational", "yo are migrating birds drawn to big lit-up cities? :bird:", ["L6"]),
 ("conversational", "does the lights-out thing for skyscrapers during bird migration actually work? asking for <#C0456|urban-ecology>", ["L7"]),
 ("conversational", "tbh i feel like the same organised neighbourhood groups always win these community budget things, is there data on that", ["P4"]),
 ("conversational", "our PB project from 2023 still isn't built lol :upside_down_face: is that normal, and does it put people off voting again?", ["P9"]),
 ("conversational", "do these resident-led budget schemes ever survive a change of party at city hall? :thinking_face:", ["P11"]),
 ("conversational", "hi! quick q - does moving community budget voting online just bring in richer, more educated folks?", ["P12"]),
 ("conversational", "does anyone know if vacuuming a clogged permeable car park actually fixes it :broom:", ["V6"]),
 ("conversational", "lol apparently our landlord repaved the permeable lot with regular asphalt. do owners just not look after these things", ["V10"]),
 ("conversational", "hey, is there a kind of road surface that makes traffic quieter for people living on the street? <@U024BE7LH>", ["V14"]),
 ("conversational", "ok genuinely curious :thinking_face: why does everyone under 30 watch netflix with subtitles on", ["S1"]),
 ("conversational", "subtitles flying by too fast drive me nuts, do people actually miss stuff on screen when that happens", ["S7"]),
 ("conversational", "learning spanish rn, should i watch shows with spanish subs or english subs? :flag-es:", ["S9"]),
 ("conversational", "<@U024BE7LH> is it true subtitle translators are getting paid less now bc of machine translation", ["S13"]),
 # ---- evidence (10)
 ("evidence", "Above what fluoride concentration in drinking water did the NTP find a consistent link with lower IQ?", ["F6"]),
 ("evidence", "How well did repeat spot urine samples from the same pregnant women agree with each other (the intraclass correlation)?", ["F8"]),
 ("evidence", "Did vaccines freeze more often on motorcycle trips with cool boxes than on drone routes?", ["D4"]),
 ("evidence", "How much did acceptance of demand-based pricing go up when people were told unsold seats would be marked down?", ["T8"]),
 ("evidence", "How many minutes earlier did blue tits near streetlights begin their dawn song?", ["L9"]),
 ("evidence", "What share of participatory budgeting administrative costs went on running the actual vote?", ["P13"]),
 ("evidence", "After ten winters in New Hampshire, did the porous asphalt show any frost heave?", ["V8"]),
 ("evidence", "What percentage of inspected permeable pavement sites had never been vacuumed?", ["V10"]),
 ("evidence", "In the eye-tracking study, how much less time did viewers spend looking at characters' faces with subtitles on?", ["S6"]),
 ("evidence", "What share of foreign-language viewing in Brazil is with dubbed audio?", ["S14"]),
 # ---- source (10)
 ("source", "What does the Water fluoridation health monitoring report for England 2022 say about deprived neighbourhoods?", ["F11"]),
 ("source", "What did the study 'Drone delivery and maternal mortality from postpartum haemorrhage in Rwanda' find?", ["D7"]),
 ("source", "What did the Logan, Australia study of community response to drone delivery operations report?", ["D12"]),
 ("source", "What did the government accountability report on ticket fees and hidden charges conclude?", ["T12"]),
 ("source", "What did the evaluation of the Sale of Tickets Act in Ireland find?", ["T13"]),
 ("source", "What does 'Citizen scientists report global rapid reductions in the visibility of stars' say about how fast the sky is brightening?", ["L13"]),
 ("source", "What does the World Bank case study of Porto Alegre say about where the money went?", ["P5"]),
 ("source", "What did the New York City voter surveys on participatory budgeting show about who votes?", ["P1"]),
 ("source", "According to 'Stormwater utility credits and green infrastructure adoption', do fee credits pay for a permeable parking lot?", ["V13"]),
 ("source", "What did the longitudinal evaluation of Same Language Subtitling on Bollywood film songs find?", ["S8"]),
 # ---- typo (10)
 ("typo", "skeletel flourosis in countries that fluoridate thier water", ["F9"]),
 ("typo", "does flouride in tap water lower kids IQ at the normal 0.7 levle", ["F7"]),
 ("typo", "whats the biggest regulatry hurdle for beyond visual line of sight drone flihgts", ["D10"]),
 ("typo", "which company has a monopolly on primary ticketing for big US venus", ["T11"]),
 ("typo", "do LED steetlights atract more bugs than the old orange sodium ones", ["L2"]),
 ("typo", "are dark sky ordinences actualy enforced", ["L14"]),
 ("typo", "how much of a citys total budjet goes thru participatory budgetting", ["P8"]),
 ("typo", "how fast does porus asphalt clog up without maintainance", ["V5"]),
 ("typo", "do subtitels ruin the imersion when watching a movie", ["S5"]),
 ("typo", "are auto-generated captons acurate enough for deaf veiwers", ["S12"]),
 # ---- multi (9)
 ("multi", "What are the possible downsides of fluoridated water, both for the look of teeth and for children's brains?", ["F3", "F6"]),
 ("multi", "What regulatory and funding problems are holding back medical drone programmes?", ["D10", "D13"]),
 ("multi", "How does demand-based ticket pricing change what fans pay, and how do fans feel about it?", ["T1", "T5"]),
 ("multi", "How does artificial light at night affect bats and fireflies?", ["L10", "L4"]),
 ("multi", "How big is participatory budgeting really, in terms of turnout and share of the city budget?", ["P2", "P8"]),
 ("multi", "What goes wrong with permeable pavement over time, and how do you fix it?", ["V5", "V6"]),
 ("multi", "What are the learning benefits of subtitles, for children's reading and for picking up a foreign language?", ["S8", "S9"]),
 ("multi", "Which findings are there about noise, from delivery drones and from road surfaces?", ["D12", "V14"]),
 ("multi", "What has been shown to reduce deaths of mothers or babies, whether from bleeding after birth or infant mortality?", ["D7", "P6"]),
 # ---- cross (10)
 ("cross", "How does framing a policy debate around children's brains change public support for it?", ["F14"]),
 ("cross", "Is there any way to get a defibrillator to someone who collapses at home before the paramedics arrive?", ["D6"]),
 ("cross", "Why do people think surge pricing is unfair even when the final price is the same?", ["T5"]),
 ("cross", "Why do baby sea turtles sometimes head inland instead of to the ocean after hatching?", ["L8"]),
 ("cross", "Does switching off streetlights late at night lead to more crime or car crashes?", ["L11"]),
 ("cross", "What has helped bring down infant mortality in Brazilian cities?", ["P6"]),
 ("cross", "Which parking lot surfaces stay coolest during a heatwave?", ["V4"]),
 ("cross", "How can a supermarket car park cut down on road salt in winter?", ["V9"]),
 ("cross", "How do I get people to keep watching my marketing videos on Instagram for longer?", ["S4"]),
 ("cross", "Why are Dutch and Scandinavian people so good at English?", ["S10"]),
 # ---- unanswerable: general knowledge (12)
 ("unanswerable", "What is the capital of Australia?", []),
 ("unanswerable", "who wrote pride and prejudice", []),
 ("unanswerable", "How many players are on a football team on the pitch?", []),
 ("unanswerable", "What's the tallest mountain in Africa?", []),
 ("unanswerable", "convert 5 miles to km pls", []),
 ("unanswerable", "In what year did the Berlin Wall fall?", []),
 ("unanswerable", "What is the chemical symbol for gold?", []),
 ("unanswerable", "Who painted the ceiling of the Sistine Chapel?", []),
 ("unanswerable", "how fast does light travel in a vacuum", []),
 ("unanswerable", "hey <@U024BE7LH> how do i reset my slack password", []),
 ("unanswerable", "What time zone is Tokyo in?", []),
 ("unanswerable", "good recipe for fluffy pancakes?", []),
 # ---- unanswerable: near the topics (23)
 ("unanswerable", "Is fluoride in drinking water linked to bone cancer in teenage boys?", []),
 ("unanswerable", "Does a reverse osmosis filter take fluoride out of tap water?", []),
 ("unanswerable", "When did the first US city start fluoridating its water?", []),
 ("unanswerable", "Does fluoride toothpaste work better than fluoride mouthwash?", []),
 ("unanswerable", "Can drones be used to fly donor organs to transplant centres?", []),
 ("unanswerable", "do medical drones land to drop off packages or use parachutes", []),
 ("unanswerable", "Have medical delivery drones ever been shot down or stolen?", []),
 ("unanswerable", "Do airlines use the same kind of pricing algorithms as concert ticket sellers?", []),
 ("unanswerable", "How much did the average Eras Tour ticket cost?", []),
 ("unanswerable", "Is it legal to resell concert tickets above face value in Australia?", []),
 ("unanswerable", "what refund rights do fans have when a concert gets cancelled", []),
 ("unanswerable", "Does light pollution affect human sleep and melatonin levels?", []),
 ("unanswerable", "Which town was the first to be named an International Dark Sky Community?", []),
 ("unanswerable", "Do solar-powered garden lights harm hedgehogs?", []),
 ("unanswerable", "How many cities around the world run participatory budgeting today?", []),
 ("unanswerable", "Is approval voting or ranked voting better for participatory budgeting ballots?", []),
 ("unanswerable", "Has any country used participatory budgeting for its national budget?", []),
 ("unanswerable", "What is the typical design life of pervious concrete in years?", []),
 ("unanswerable", "Do weeds grow in the gaps between permeable pavers?", []),
 ("unanswerable", "how thick should the stone base layer under porous asphalt be", []),
 ("unanswerable", "Do subtitles help people with dyslexia follow films?", []),
 ("unanswerable", "What font size do accessibility guidelines recommend for subtitles?", []),
 ("unanswerable", "Who invented closed captioning for television?", []),
]

out = []
for kind, q, refs in Q:
    expect = []
    for ref in refs:
        text = claims[ref[0]][int(ref[1:]) - 1]
        expect.append({"report": R[ref[0]], "claim": text[:70]})
    out.append({"q": q, "kind": kind, "expect": expect})
(here / "questions.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(out), "questions written")
