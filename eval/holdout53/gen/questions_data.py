"""Questions of the held-out set, as data. build.py turns them into ../questions.json.

`expect` names claims as (report alias, key): the key is a piece of text found in exactly one claim
of that report (checked by build.py), and build.py writes the claim's first 40+ characters exactly as
rendered. Unanswerable questions carry `absent`: regexes (case-insensitive) for words an answer
would need; `scope` is a report alias (near-topic: must not match that report's text) or "general"
(must not match any report's text).
"""

ALIAS = {
    "T": "treaty-of-tordesillas-1494",
    "C": "christmas-island-red-crab-migration",
    "R": "rainhill-trials-1829",
    "K": "kolff-rotating-drum-kidney",
    "J": "jamaica-bobsleigh-calgary-1988",
    "F": "ford-five-dollar-day-1914",
    "B": "beatles-ed-sullivan-1964",
}


def q(text, kind, *expect):
    return {"q": text, "kind": kind, "expect": list(expect)}


def u(text, scope, *absent):
    return {"q": text, "kind": "unanswerable", "expect": [], "scope": scope, "absent": list(absent)}


QUESTIONS = [
    # ---- keyword (12) ----
    q("Tordesillas line enforcement Brazil expansion", "keyword", ("T", "never strictly enforced")),
    q("Inter caetera 100 leagues", "keyword", ("T", "Inter caetera")),
    q("red crab eggs per female", "keyword", ("C", "100,000 eggs")),
    q("crazy ants micro-wasp 2016", "keyword", ("C", "micro-wasp")),
    q("Rainhill judges", "keyword", ("R", "John Urpeth Rastrick")),
    q("Perseverance consolation prize", "keyword", ("R", "£25 consolation")),
    q("Kolff Lasker Award", "keyword", ("K", "Lasker")),
    q("Kolff Cleveland Clinic Salt Lake City", "keyword", ("K", "Cleveland")),
    q("Jamaica bobsled crash Calgary 85 mph", "keyword", ("J", "85 mph")),
    q("Ford labour turnover 1913", "keyword", ("F", "370 percent")),
    q("Ed Sullivan Beatles viewers 73 million", "keyword", ("B", "73 million")),
    q("Ed Sullivan Theater CBS Studio 50", "keyword", ("B", "Studio 50")),

    # ---- paraphrase (28) ----
    q("On what day did Spain and Portugal put their names to the deal that split the New World?", "paraphrase", ("T", "signed on 7 June 1494")),
    q("Who sat at the table for the Castilian side when the line was agreed?", "paraphrase", ("T", "Spanish negotiators")),
    q("What happened to land the Spanish stumbled on in the few weeks right after the deal was done?", "paraphrase", ("T", "first 20 days")),
    q("How did the Portuguese end up holding Brazil?", "paraphrase", ("T", "Cabral")),
    q("How far is the crab island from Indonesia's capital?", "paraphrase", ("C", "489 kilometres")),
    q("How much of the island is set aside as protected parkland?", "paraphrase", ("C", "63%")),
    q("Which sex heads down to the shore first, and how long does the trip take them?", "paraphrase", ("C", "Males lead")),
    q("What do those crabs actually live on in the rainforest?", "paraphrase", ("C", "fallen leaves")),
    q("Why did the railway company bother holding an engine contest at all?", "paraphrase", ("R", "stationary steam engines")),
    q("What were the limits on how heavy and how pricey an entry could be?", "paraphrase", ("R", "six tons")),
    q("Which of the entries was actually powered by an animal?", "paraphrase", ("R", "Cycloped")),
    q("Where can you go to see Hackworth's original engine now?", "paraphrase", ("R", "Locomotion")),
    q("What pushed the Dutch doctor to try building a machine to clean the blood in the first place?", "paraphrase", ("K", "22-year-old")),
    q("Who worked out the science behind dialysis long before the Dutch machine existed?", "paraphrase", ("K", "Thomas Graham")),
    q("Did any of the early patients hooked up to the sausage-skin machine make it?", "paraphrase", ("K", "first 15 patients")),
    q("What did the kidney doctor write his PhD thesis on, and when did he get it?", "paraphrase", ("K", "De Kunstmatige Nier")),
    q("Who came up with the idea of a Caribbean sled team?", "paraphrase", ("J", "Jamaica Bobsleigh Federation was set up")),
    q("How did they choose the guy who steered the sled?", "paraphrase", ("J", "helicopter pilot")),
    q("Had any other warm-weather countries sent athletes to the winter games before the Jamaicans?", "paraphrase", ("J", "Arturo Kinch")),
    q("Has Jamaica got a four-person sled into the Olympics again in recent years?", "paraphrase", ("J", "Beijing")),
    q("How often were people just not showing up for their shift at Ford before the raise?", "paraphrase", ("F", "10.5 percent")),
    q("How many people did Ford have to take on in one year just to keep the lines staffed?", "paraphrase", ("F", "50,448")),
    q("Did the big raise end up costing the company as much as it feared?", "paraphrase", ("F", "$10 million")),
    q("How much quicker had the conveyor system made putting a car together?", "paraphrase", ("F", "90 minutes")),
    q("What was the very first song the band played that night?", "paraphrase", ("B", "opened with")),
    q("Which future TV-band pop star turned up on that same episode?", "paraphrase", ("B", "Davy Jones")),
    q("What made the host want to sign them up in the first place?", "paraphrase", ("B", "Heathrow")),
    q("Where did they do the follow-up show the week after?", "paraphrase", ("B", "Deauville Hotel")),

    # ---- conversational (23) ----
    q("hey quick q - did the pope ever actually sign off on the spain/portugal line thing?", "conversational", ("T", "Julius II")),
    q("anyone know what was supposed to happen if the line ran through actual land? like did they mark it somehow", "conversational", ("T", "boundary towers")),
    q("iirc both sides were meant to send ships out to measure the line together?", "conversational", ("T", "caravels")),
    q("morning! how long do the mum crabs sit on their eggs before they head into the sea", "conversational", ("C", "12 to 13 days")),
    q("do they actually shut roads on christmas island when the crabs are on the move?", "conversational", ("C", "crab tunnels")),
    q("roughly how many crabs did the ants wipe out", "conversational", ("C", "30 million")),
    q("so are the crab numbers bouncing back or not", "conversational", ("C", "180 million")),
    q("quick q, how much was the rainhill prize money", "conversational", ("R", "£500 prize")),
    q("anyone know how many engines actually turned up at rainhill", "conversational", ("R", "Ten locomotives were entered")),
    q("what went wrong with hackworth's engine again?", "conversational", ("R", "Sans Pareil was found")),
    q("how big were the crowds at rainhill, ballpark", "conversational", ("R", "spectators")),
    q("hey, where did kolff get the parts for his first machine during the war? heard it was car bits", "conversational", ("K", "orange-juice cans")),
    q("who was the first person the kidney machine actually saved? vaguely remember some controversy", "conversational", ("K", "imprisoned as a Nazi collaborator")),
    q("lol is it true the first survivor woke up and started talking about her husband", "conversational", ("K", "divorce her husband")),
    q("when did kolff die, anyone know?", "conversational", ("K", "Newtown Square")),
    q("did jamaica's fastest runners sign up for the bobsled thing or nah", "conversational", ("J", "Seoul")),
    q("who coached the cool runnings guys irl", "conversational", ("J", "Howard Siler")),
    q("was the driver ok after that crash?", "conversational", ("J", "sore neck")),
    q("hey all, when did the $5 day actually kick in", "conversational", ("F", "12 January 1914")),
    q("iirc ford hosed down the crowd of job seekers?? is that real", "conversational", ("F", "fire hose")),
    q("quick one - what strings came with ford's $5 wage, like home inspections or something?", "conversational", ("F", "Sociological Department")),
    q("was anyone famous in the studio audience for the sullivan show", "conversational", ("B", "Nixon")),
    q("was i want to hold your hand already number 1 when they did sullivan?", "conversational", ("B", "Capitol Records")),

    # ---- evidence (10) ----
    q("How do we know the line was set at 370 leagues - what's the source?", "evidence", ("T", "370 leagues")),
    q("What's the source for Portugal switching which Cape Verde island the line was measured from?", "evidence", ("T", "longitude could not be measured")),
    q("How do we know the females let their eggs go at the turn of the tide in the last lunar quarter?", "evidence", ("C", "turn of the high tide")),
    q("What's the evidence that the eggs hatch straight away and the young come back about a month later?", "evidence", ("C", "megalopae")),
    q("How do we know Novelty was the first tank engine?", "evidence", ("R", "Braithwaite and Ericsson")),
    q("What's the source for Rocket being the only engine to finish?", "evidence", ("R", "only locomotive to complete")),
    q("How do we know about the blood bank Kolff set up in 1940?", "evidence", ("K", "blood bank")),
    q("What's the source saying the Jamaican sled crashed on its third run?", "evidence", ("J", "85 mph")),
    q("How do we know the wage was announced on January 5th, and who read it out?", "evidence", ("F", "James Couzens read")),
    q("What's the source for the 'sorry girls, he's married' caption?", "evidence", ("B", "Sorry girls")),

    # ---- source (10) ----
    q("What does the Museo Galileo page say about the papal bull and where the line ended up?", "source", ("T", "Inter caetera"), ("T", "46°37")),
    q("What does the ABC News piece say about the crazy ants?", "source", ("C", "30 million")),
    q("What does the National Geographic Education page on red crab mothers report?", "source", ("C", "100,000 eggs"), ("C", "12 to 13 days")),
    q("According to Spartacus Educational, what load and speed did an engine have to manage?", "source", ("R", "three times its own weight")),
    q("What does Anthony Dawson's Amberley blog say about replicas, re-enactments and surviving engines?", "source", ("R", "re-enactment"), ("R", "Locomotion")),
    q("What does the BMJ obituary say about the parts Kolff used?", "source", ("K", "orange-juice cans")),
    q("What does the Telegraph obituary say about Kolff's first success?", "source", ("K", "imprisoned as a Nazi collaborator"), ("K", "divorce her husband")),
    q("What did Dudley Stokes tell the LA Times in 1991?", "source", ("J", "top 20"), ("J", "sore neck")),
    q("What does the Raff and Summers paper conclude about the five-dollar day?", "source", ("F", "Raff")),
    q("What does RetroNewser say about the telegram Sullivan read out?", "source", ("B", "telegram")),

    # ---- typo (10) ----
    q("tordesilas treaty signd date", "typo", ("T", "signed on 7 June 1494")),
    q("gecarcoidia natalis christmas iland only", "typo", ("C", "Gecarcoidea natalis")),
    q("rainhil trails 1829 dates", "typo", ("R", "6 to 14 October 1829")),
    q("kolf rotating drum kidny celophane", "typo", ("K", "cellophane sausage casing")),
    q("jamacia bobsleigh debut calgery olympcs", "typo", ("J", "Winter Olympic debut")),
    q("bobsled recruitmant meeting video of crashs", "typo", ("J", "recruitment meeting")),
    q("ford $5 day americanisation clases immigrants", "typo", ("F", "Americanization")),
    q("ford markit share almost 50 precent", "typo", ("F", "market share")),
    q("beatles ed sulivan febuary 9 1964 first apperance", "typo", ("B", "first live American television")),
    q("sonny liston joe louis beatels audiance", "typo", ("B", "Sonny Liston")),

    # ---- multi (9) ----
    q("When did each side ratify the Tordesillas treaty, and which pope later approved it?", "multi", ("T", "ratified"), ("T", "Julius II")),
    q("What was King John II after, and which countries never accepted the split?", "multi", ("T", "King John II"), ("T", "France, England")),
    q("When do the red crabs start their march, and what do the males do when they get to the coast?", "multi", ("C", "first heavy rains"), ("C", "one to two per square metre")),
    q("What happened to Cycloped and to Perseverance at Rainhill?", "multi", ("R", "Cycloped"), ("R", "£25 consolation")),
    q("How was Kolff's drum kidney put together, and how did his first patients fare on it?", "multi", ("K", "cellophane sausage casing"), ("K", "first 15 patients")),
    q("When did Kolff send a machine to America, and what is he often called?", "multi", ("K", "1947"), ("K", "father of artificial organs")),
    q("How were the Jamaican pushers found, and how was the driver chosen?", "multi", ("J", "Michael White"), ("J", "helicopter pilot")),
    q("What did the five-dollar day do to pay and hours, and how many shifts did Ford run afterwards?", "multi", ("F", "$2.34"), ("F", "three shifts")),
    q("What did the Beatles play in their second set that night, and which act came on right after their first?", "multi", ("B", "returned later"), ("B", "Fred Kaps")),

    # ---- cross (10) ----
    q("Compare the crowds: how many people watched the Beatles on Sullivan, and how many turned up at Rainhill?", "cross", ("B", "73 million"), ("R", "spectators")),
    q("How much prize money was on offer at Rainhill, and how much of his own money did Fitch put into the bobsled team?", "cross", ("R", "£500 prize"), ("J", "$100,000")),
    q("How many job seekers showed up at Highland Park, and how many ticket requests did CBS get for the Beatles?", "cross", ("F", "10,000 job seekers"), ("B", "50,000 ticket")),
    q("Which came first: Jamaica's first Winter Olympics or the Beatles' first live US TV show? Give both dates.", "cross", ("J", "Winter Olympic debut"), ("B", "first live American television")),
    q("Two quiz questions: where is the red crab found, and where was the Treaty of Tordesillas signed?", "cross", ("C", "Gecarcoidea natalis"), ("T", "signed on 7 June 1494")),
    q("Why did Kolff take the job in Kampen, and why did Fitch and Maloney think Jamaica suited bobsledding?", "cross", ("K", "Kampen, saying"), ("J", "pushcart derby")),
    q("Which film was made about the Jamaican bobsledders, and which future Monkee was on the Beatles' Sullivan show?", "cross", ("J", "1993 Disney film"), ("B", "Davy Jones")),
    q("Grim numbers for the deck: Ford's absenteeism rate in 1913 and how many of Kolff's first patients died?", "cross", ("F", "10.5 percent"), ("K", "first 15 patients")),
    q("Dates check: when did the Rainhill Trials run, and when was the five-dollar day announced?", "cross", ("R", "6 to 14 October 1829"), ("F", "James Couzens read")),
    q("Who judged the Rainhill Trials, and who coached the Jamaican bobsled team?", "cross", ("R", "John Urpeth Rastrick"), ("J", "Howard Siler")),

    # ---- unanswerable, general: chat-style (6) ----
    u("hi everyone! 👋", "general", r"\bhello\b", r"\bhi there\b", r"good morning"),
    u("thanks, that's exactly what I needed!", "general", r"you're welcome", r"no problem", r"glad (to|I could) help"),
    u("how's everyone doing today?", "general", r"doing (well|great|fine|good)", r"how are you"),
    u("anyone up for lunch? thinking tacos", "general", r"\blunch\b", r"\btacos?\b", r"burrito", r"restaurant"),
    u("did anyone catch the game last night?", "general", r"last night", r"highlights"),
    u("ok heading out, have a good weekend all", "general", r"\bweekend\b", r"goodbye", r"see you"),
    # ---- unanswerable, general: off-topic (6) ----
    u("what's the capital of australia?", "general", r"canberra", r"capital (city )?of australia"),
    u("how do I reset my VPN password?", "general", r"\bvpn\b", r"password"),
    u("what's the weather supposed to be like tomorrow?", "general", r"forecast", r"tomorrow", r"sunny"),
    u("can someone explain how kubernetes pods work?", "general", r"kubernetes", r"\bpods?\b", r"cluster"),
    u("anyone have a good banana bread recipe?", "general", r"banana", r"recipe", r"\bflour\b", r"\bbake"),
    u("how do I export a spreadsheet to PDF?", "general", r"spreadsheet", r"\bpdf\b", r"\bexcel\b"),

    # ---- unanswerable, near-topic (23) ----
    u("What did the later Treaty of Zaragoza settle about the Moluccas?", "T", r"zaragoza", r"saragossa", r"molucca", r"spice islands"),
    u("When was the Tordesillas treaty finally cancelled or replaced by a new agreement?", "T", r"annul", r"cancel", r"replaced", r"supersed", r"treaty of madrid", r"\b1750\b", r"\b1777\b"),
    u("Where is the original signed copy of the Tordesillas treaty kept today?", "T", r"archive", r"torre do tombo", r"archivo", r"unesco", r"memory of the world", r"kept (in|at)"),
    u("How long does a Christmas Island red crab live?", "C", r"lifespan", r"life span", r"live[sd]? (for |up to )?\d+ years", r"years old", r"longevity"),
    u("how big does a red crab's shell get, in cm?", "C", r"carapace", r"\d+ ?(mm|cm)\b", r"centimet", r"millimet"),
    u("Are the red crabs safe to eat?", "C", r"edible", r"eat them", r"poisonous", r"toxic", r"cooked"),
    u("What's the easiest way to fly to Christmas Island for the migration?", "C", r"\bfl(y|ights?)\b", r"airport", r"airline", r"\bperth\b"),
    u("What top speed did Rocket reach during the trials?", "R", r"top speed", r"maximum speed", r"\b(24|29|30|36)(\.\d+)? ?mph", r"reached \d+"),
    u("Who was actually driving Rocket at Rainhill?", "R", r"dewrance", r"footplate", r"driver of rocket", r"rocket.s driver", r"drove rocket"),
    u("What happened to William Huskisson when the line opened?", "R", r"huskisson", r"opening day", r"\b1830\b"),
    u("Which anticoagulant did Kolff use to stop the blood clotting in the drum?", "K", r"heparin", r"hirudin", r"anticoagul", r"\bclot"),
    u("Did Kolff ever win a Nobel Prize?", "K", r"nobel"),
    u("How many people around the world are on dialysis now?", "K", r"worldwide", r"\btoday\b", r"\d+ (million|thousand) (people|patients)", r"200,000"),
    u("What place did Jamaica finish in the two-man bobsleigh at Calgary?", "J", r"\d+(st|nd|rd|th) place", r"finished (\w+ )?\d", r"\bplaced\b", r"\branked\b", r"\b(30th|35th)\b"),
    u("Who was the brakeman in Jamaica's 1988 four-man sled?", "J", r"brake ?man", r"chris stokes", r"caswell allen", r"freddie powell"),
    u("Where did the team get its first sled - did they borrow one?", "J", r"borrow", r"\brented\b", r"\bbought\b", r"second-hand", r"sled (came|was) from"),
    u("How much did a Model T cost in 1914?", "F", r"\$\d{3}", r"model t (cost|price|sold)", r"price of (the |a )?model t", r"\b(440|490)\b"),
    u("Were women at Ford eligible for the five-dollar day?", "F", r"\bwomen\b", r"\bfemale"),
    u("How did General Motors and the other carmakers react to Ford's wage?", "F", r"general motors", r"\bgm\b", r"\brival", r"competitor", r"other (car|auto)makers", r"\bdodge\b", r"packard"),
    u("When did Ford go up to six dollars a day?", "F", r"\$6", r"six dollars", r"six-dollar", r"\b1919\b"),
    u("How much were the Beatles paid for their Sullivan appearances?", "B", r"\bpaid\b", r"\bfees?\b", r"\$\d", r"\bearn"),
    u("What songs did they play on the third Sullivan appearance?", "B", r"third (appearance|show)", r"february 23", r"23 february", r"twist and shout", r"please please me"),
    u("Which flight did the Beatles come in on when they landed at JFK?", "B", r"\bjfk\b", r"idlewild", r"kennedy airport", r"pan am", r"\bflight\b", r"landed in new york"),
]
