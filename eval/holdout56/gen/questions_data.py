"""Questions for the held-out set, as data. `expect` lists claim ids from reports_data.py; build.py
turns them into {"report", "claim": <claim's first 40+ characters>}. Unanswerable questions carry
`absent`: regexes (case-insensitive) for words an answer would need. Near-topic ones name their
`report` and must not match that report's text; general ones (report None) must match no report."""

Q = []
def q(kind, text, *expect, absent=None, report=None):
    Q.append(dict(kind=kind, q=text, expect=list(expect), absent=absent or [], report=report))

# ---------------------------------------------------------------- keyword (12)
q("keyword", "domesday book number of places", "D7")
q("keyword", "BBC Domesday laserdisc 1986", "D14")
q("keyword", "komodo dragon red list endangered", "K11")
q("keyword", "komodo size largest lizard", "K1")
q("keyword", "Kiruna church move weight", "R11")
q("keyword", "Kristallen city hall architect", "R6")
q("keyword", "typhoid mary healthy carrier first", "T7")
q("keyword", "typhoid mary death date", "T13")
q("keyword", "isner mahut final score", "W1")
q("keyword", "longest wimbledon match umpire", "W7")
q("keyword", "barings account 88888", "B5")
q("keyword", "barings ING £1", "B12")

# ---------------------------------------------------------------- paraphrase (28)
q("paraphrase", "Why did English people start calling William's land register after the end-of-the-world reckoning?", "D11")
q("paraphrase", "Which parts of the north of England never got visited by the Norman inspectors, and why not?", "D10")
q("paraphrase", "How long is the Norman land register once you count it all up?", "D6")
q("paraphrase", "Up to what year were English officials still pulling out William the Conqueror's register for court cases and tax?", "D13")
q("paraphrase", "Did London and Winchester ever actually get written up, or did the clerks leave gaps and give up?", "D5")
q("paraphrase", "About how many grown-up dragons are thought to be left out there?", "K12")
q("paraphrase", "What do the giant Indonesian lizards usually hunt, and what helps them kill big animals?", "K4")
q("paraphrase", "When did European naturalists first find out these huge lizards existed?", "K3")
q("paraphrase", "Can a dragon mum who breeds on her own ever have daughters?", "K8")
q("paraphrase", "Why does a whole Arctic town in Sweden have to pack up and shift?", "R2")
q("paraphrase", "How far from the old downtown is the replacement one going up?", "R3")
q("paraphrase", "Who is footing the bill for rehousing everybody up there, and roughly what will it come to?", "R4")
q("paraphrase", "Did they keep any bits of the old municipal building when they put up the new one?", "R10")
q("paraphrase", "Where in Ireland did the cook come from, and when was she born?", "T1")
q("paraphrase", "How old was she when she crossed the Atlantic, and who put her up when she arrived?", "T2")
q("paraphrase", "How bad was the fever across the city overall in the year of the Long Island outbreak?", "T14")
q("paraphrase", "Why did the landlords of that summer house bother paying for an outside investigator?", "T5")
q("paraphrase", "How long were the two players actually out there playing, all told?", "W2")
q("paraphrase", "What was the longest major-tournament match on record before that one?", "W12")
q("paraphrase", "Did the winner actually take more rallies than the guy he beat?", "W11")
q("paraphrase", "How highly rated were the American and the Frenchman going into the tournament?", "W8")
q("paraphrase", "How old was the bank when it went under: when did it start and who started it?", "B1")
q("paraphrase", "What natural disaster wrecked the trader's bets on Japanese shares?", "B6")
q("paraphrase", "How big was the hole in sterling compared with what the bank had in reserve?", "B8")
q("paraphrase", "Which regulator took the blame afterwards, and who ended up supervising banks instead?", "B13")
q("paraphrase", "Was the stunt meant to chop up the entire picture?", "A4")
q("paraphrase", "Did the person who won the bidding back out after seeing it cut to ribbons?", "A6")
q("paraphrase", "By how much did the value jump at the resale compared with before it was sliced up?", "A13")

# ---------------------------------------------------------------- conversational (23)
q("conversational", "quick q - where was william when he decided on the big land survey? some christmas thing iirc", "D1")
q("conversational", "anyone know how many people wrote out great domesday? heard it was basically one guy", "D9")
q("conversational", "was the domesday thing popular with ordinary folks back then or did people push back", "D4")
q("conversational", "hey do komodos live on just one island or a few? trying to settle a bet", "K2")
q("conversational", "lol apparently a zoo dragon had babies with no dad?? which zoo was that and when", "K5")
q("conversational", "iirc there was an american zoo with a virgin birth komodo too, even though a male was in there with her?", "K9")
q("conversational", "do komodos go up into the mountains at all or stay low down? asking for a trip", "K14")
q("conversational", "morning! how slow did that church actually go when they trucked it across town?", "R12")
q("conversational", "anyone remember who opened the new town hall up in kiruna? was it the king?", "R8")
q("conversational", "how much did moving the kiruna church cost roughly, and who paid", "R14")
q("conversational", "quick q, where did they actually keep typhoid mary locked up? some island?", "T8")
q("conversational", "did mallon ever try to fight it in court or nah", "T9")
q("conversational", "how many people did typhoid mary actually make sick? and how many died", "T12")
q("conversational", "who was the doctor that first grabbed mallon in 1907? i forget her name", "T15")
q("conversational", "wait how many games did they play in that isner match lol", "W6")
q("conversational", "hey does anyone know what isner said about the 70-68 thing afterwards", "W14")
q("conversational", "how did mahut even get into the main draw, he wasn't seeded was he?", "W9")
q("conversational", "random one but didn't barings help pay for the louisiana purchase??", "B2")
q("conversational", "where'd they finally catch leeson? germany?", "B10")
q("conversational", "is there a movie about the barings guy? who played him", "B14")
q("conversational", "did sotheby's know about the shredder beforehand? banksy said something about that right", "A5")
q("conversational", "what was sotheby's expecting the shredded banksy to go for in 2021?", "A10")
q("conversational", "hey what did the auctioneer say at the 2021 banksy sale, something funny?", "A12")

# ---------------------------------------------------------------- evidence (10)
q("evidence", "How do we know the survey was so thorough that individual farm animals were counted?", "D3")
q("evidence", "What's the basis for saying royal commissioners went round every county asking questions?", "D2")
q("evidence", "What's the source for the idea that higher seas will eat into where the dragons can live?", "K13")
q("evidence", "How do we know the road had to be made wider for the Kiruna church convoy?", "R13")
q("evidence", "What's the evidence that six people in the Oyster Bay household got sick?", "T4")
q("evidence", "How do we know Mallon was the first symptom-free carrier found in North America?", "T7")
q("evidence", "How do we know the last set of the Isner match went on longer than any whole match before it?", "W5")
q("evidence", "How do we know Leeson was handling both the trades and the back-office paperwork?", "B4")
q("evidence", "What's the source for the claim that the shredding gadget hadn't been taken out of the frame by the time of the resale?", "A14")
q("evidence", "Where does the figure for the 2021 Banksy sale price come from?", "A9")

# ---------------------------------------------------------------- source (10)
q("source", "What does the National Archives say about Little Domesday?", "D8")
q("source", "What does the Anglo-Saxon Chronicle say about the king's meeting at Gloucester?", "D1")
q("source", "What does the Natural History Museum article say about Komodo eggs and how many young survive?", "K10")
q("source", "What did Chester Zoo announce in 2014 about its dragons?", "K15")
q("source", "What does the PMI article say about Kiruna's new city hall and the wider building programme?", "R9", "R5")
q("source", "What does Judith Leavitt's book say about George Soper's background?", "T6")
q("source", "What does RMF24 report about the old Wimbledon record?", "W13")
q("source", "What does Britannica say about 1993 and about February 1995 at Barings?", "B15", "B7")
q("source", "What does the Telegraph say happened to Barings after the collapse?", "B12", "B13")
q("source", "What does the ITV News piece say about when the painting was made and what it was renamed?", "A8", "A7")

# ---------------------------------------------------------------- typo (10)
q("typo", "what was the domsday book called before, the winchestr roll?", "D12")
q("typo", "how big do komodo dragns get, are they the largest lizzard?", "K1")
q("typo", "is kiruna realy the worlds bigest undergound iron mine?", "R1")
q("typo", "when did henning larsen win the competiton for the kiruna town hal", "R7")
q("typo", "who was the helth commisioner who said exile for life for typhiod mary", "T11")
q("typo", "what was mary malons job in oyster bay in 1906 and who was she cooking for", "T3")
q("typo", "how many aces did mahut serv in the isner mach", "W10")
q("typo", "how long was leesons prison sentance", "B11")
q("typo", "what was the pre-sale estimat for girl with baloon in 2018", "A2")
q("typo", "how many biders were their for the banksy in 2021 and how long did it take", "A11")

# ---------------------------------------------------------------- multi (9)
q("multi", "What did the BBC's 1986 remake of Domesday come out on, and how many people chipped in?", "D14", "D15")
q("multi", "Little versus Great Domesday: which counties does the small one cover, and who wrote each?", "D8", "D9")
q("multi", "Tell me about the Chester Zoo hatchlings, when they came out and how big they were, and who the other virgin mother in the Nature paper was", "K7", "K6")
q("multi", "What changed for the Komodo dragon's threat status in 2021, and how many adults are left?", "K11", "K12")
q("multi", "What's the deal with Kiruna church: how old and heavy is it, and how many people came out to watch it move?", "R11", "R15")
q("multi", "Who was Mallon cooking for in 1906, and when was she locked up for good?", "T3", "T10")
q("multi", "When was the Isner match halted with the last set level, and how long did it stretch from first ball to last in clock time?", "W4", "W15")
q("multi", "On what date did Barings go bust, and what happened to the trader a few days later?", "B9", "B10")
q("multi", "What happened the moment the hammer came down in 2018, and what was the piece called afterwards?", "A3", "A7")

# ---------------------------------------------------------------- cross (10)
q("cross", "Which came first, the Barings collapse or the BBC's Domesday laserdiscs?", "B9", "D14")
q("cross", "For a pub quiz on slow things: what time did the Isner-Mahut match start, and how fast did the Kiruna church travel?", "W3", "R12")
q("cross", "Two London addresses: where was Barings' head office, and at which auction house was the Banksy shredded?", "B3", "A1")
q("cross", "Which island was Typhoid Mary kept on, and which islands do Komodo dragons live on?", "T8", "K2")
q("cross", "What did the Dutch bank pay for Barings, and what did the shredded Banksy fetch in 2021?", "B12", "A9")
q("cross", "How many people watched the Kiruna church move, and how many contributed to the BBC Domesday Project?", "R15", "D15")
q("cross", "Which king opened Kiruna's new city hall, and which king ordered the Domesday survey?", "R8", "D1")
q("cross", "What records were set at Wimbledon in 2010 and at Sotheby's in 2021?", "W2", "A9")
q("cross", "When was Leeson arrested, and when was Mary Mallon first taken into custody?", "B10", "T15")
q("cross", "How long a sentence did Leeson get, and what did New York decide about Mallon in 1915?", "B11", "T10")

# ---------------------------------------------------------------- unanswerable, general chat (6)
q("unanswerable", "hi there!", absent=[r"\bhello\b", r"\bhi\b", r"\bhey\b", r"good morning"])
q("unanswerable", "thanks so much, that was really helpful", absent=[r"you'?re welcome", r"no problem", r"\bthanks\b"])
q("unanswerable", "anyone want to grab lunch at 12:30?", absent=[r"\blunch\b", r"restaurant", r"canteen", r"12:30"])
q("unanswerable", "ok bye all, have a good weekend", absent=[r"\bbye\b", r"weekend", r"see you"])
q("unanswerable", "how's everyone doing today?", absent=[r"doing (well|fine|good)", r"\bfeeling\b", r"\bgreat day\b"])
q("unanswerable", "ugh this friday is dragging, is it 5 yet", absent=[r"\bfriday\b", r"5 ?pm", r"o'clock"])
# ---------------------------------------------------------------- unanswerable, general off-topic (6)
q("unanswerable", "what's the capital of Australia?", absent=[r"canberra", r"capital of australia", r"australia"])
q("unanswerable", "how do I reverse a list in python", absent=[r"python", r"\.reverse\(", r"\[::-1\]", r"reversed\("])
q("unanswerable", "what's the weather forecast for tomorrow?", absent=[r"forecast", r"\bweather\b", r"\brain\b", r"degrees"])
q("unanswerable", "how many tablespoons are in a cup?", absent=[r"tablespoon", r"\bcups?\b", r"\bml\b"])
q("unanswerable", "who won the 2022 world cup final?", absent=[r"argentina", r"messi", r"qatar", r"world cup"])
q("unanswerable", "how do I reset my VPN password?", absent=[r"\bvpn\b", r"password", r"\breset\b"])

# ---------------------------------------------------------------- unanswerable, near-topic (23)
D, K, R, T, W, B, A = ("domesday-book-1086", "komodo-dragon-conservation", "kiruna-town-relocation",
                       "typhoid-mary-mallon", "isner-mahut-wimbledon-2010", "barings-bank-collapse-1995",
                       "banksy-love-is-in-the-bin")
q("unanswerable", "Can you go and see the original Domesday Book on display somewhere?", report=D,
  absent=[r"on (public )?display", r"exhibit", r"\bKew\b", r"on view", r"can be seen", r"visit(ed|ors)? (it|the book)"])
q("unanswerable", "How many months did the commissioners need to finish the whole survey?", report=D,
  absent=[r"\bmonths?\b", r"\bweeks\b", r"took (only )?(about )?\w+ (months|weeks|years)"])
q("unanswerable", "What was the total annual value of England according to Domesday, in pounds?", report=D,
  absent=[r"\u00a3", r"\bpounds\b", r"annual value", r"\bincome\b", r"\bshillings\b"])
q("unanswerable", "How long do Komodo dragons live?", report=K,
  absent=[r"lifespan", r"life span", r"life expectancy", r"live (for|up to|as long)", r"years in the wild", r"oldest"])
q("unanswerable", "How fast can a komodo dragon run?", report=K,
  absent=[r"km/h", r"kilometres per hour", r"\bmph\b", r"\bspeed\b", r"\brun(s|ning)?\b", r"sprint"])
q("unanswerable", "How much is the entrance ticket for Komodo National Park?", report=K,
  absent=[r"ticket", r"entry fee", r"entrance", r"rupiah", r"\bIDR\b", r"tourist", r"visitor"])
q("unanswerable", "How many tonnes of iron ore does the Kiruna mine produce a year?", report=R,
  absent=[r"tonnes (a|per) year", r"million tonnes", r"\bMt\b", r"per year", r"\bannual", r"a year"])
q("unanswerable", "Who was the architect of the original Kiruna Church?", report=R,
  absent=[r"wickman", r"church was designed", r"church'?s architect", r"designed the church"])
q("unanswerable", "When is the whole Kiruna move supposed to be finished?", report=R,
  absent=[r"\b2033\b", r"\b2035\b", r"completed by", r"finish(ed)? (by|in)", r"complete(d)? (by|in) 20\d\d", r"end date"])
q("unanswerable", "Where is Typhoid Mary buried?", report=T,
  absent=[r"buried", r"burial", r"cemetery", r"\bgrave\b", r"cremat"])
q("unanswerable", "Did Mary Mallon ever marry or have children?", report=T,
  absent=[r"married", r"husband", r"children", r"daughter", r"\bson\b", r"\bkids?\b"])
q("unanswerable", "Did doctors ever offer Mallon an operation to get rid of the bacteria?", report=T,
  absent=[r"gallbladder", r"surgery", r"surgical", r"operation", r"\bremov"])
q("unanswerable", "How much was Mallon paid as a cook?", report=T,
  absent=[r"\$\s?\d", r"\bwages?\b", r"salary", r"\bpaid\b", r"per month", r"\bearn(ed|ing|s)? \$", r"earnings"])
q("unanswerable", "How much prize money did Isner and Mahut get for that match?", report=W,
  absent=[r"prize", r"\u00a3", r"\$", r"money", r"\bpaid\b", r"\bearn"])
q("unanswerable", "Who went on to win the men's singles at Wimbledon that year?", report=W,
  absent=[r"nadal", r"berdych", r"champion\b", r"won the (title|tournament|championship)", r"singles title"])
q("unanswerable", "How did Isner do in his next match after beating Mahut?", report=W,
  absent=[r"second round", r"next round", r"de bakker", r"following match", r"next match"])
q("unanswerable", "What has Nick Leeson done since he got out of prison?", report=B,
  absent=[r"released", r"release", r"after prison", r"\bfreed\b", r"galway", r"speaker", r"since (his|he)"])
q("unanswerable", "Which accounting firm audited Barings?", report=B,
  absent=[r"coopers", r"deloitte", r"price ?waterhouse", r"kpmg", r"ernst", r"audit firm", r"accounting firm"])
q("unanswerable", "How big was Leeson's bonus the year before it all fell apart?", report=B,
  absent=[r"\bbonus", r"\bpay(ment)?\b", r"salary"])
q("unanswerable", "How many Barings employees lost their jobs when it collapsed?", report=B,
  absent=[r"\bjobs?\b", r"redundan", r"lay ?offs?", r"laid off", r"employees"])
q("unanswerable", "Who bought Love Is In The Bin at the 2021 auction?", report=A,
  absent=[r"\basia", r"2021 buyer", r"buyer in 2021", r"bought by", r"purchased by", r"new owner"])
q("unanswerable", "Is Love Is In The Bin on show in a museum now?", report=A,
  absent=[r"staatsgalerie", r"stuttgart", r"museum", r"on display", r"exhibit", r"on loan", r"on show"])
q("unanswerable", "How big is the Banksy canvas, what are its dimensions?", report=A,
  absent=[r"\bcm\b", r"centimetres", r"inches", r"dimensions", r"\d+\s?x\s?\d+"])
