"""Questions for holdout42. expect: list of claim keys; the key prefix picks the report."""
Q = []
def add(kind, q, *keys): Q.append((kind, q, list(keys)))

# keyword 12
add("keyword", "Frau Troffea", "d_start")
add("keyword", "Dicke Peebles companion letter 1965", "c_companion")
add("keyword", "Holmdel horn antenna", "c_holmdel")
add("keyword", "COBE blackbody 2.725 K", "c_cobe")
add("keyword", "Eiffel Tower rivets", "e_parts")
add("keyword", "Groningen low-calorific gas nitrogen blending", "g_lgas")
add("keyword", "Castle Fire sequoia mortality", "s_castle")
add("keyword", "General Sherman structure wrap", "s_sherman")
add("keyword", "karaoke Ig Nobel", "k_ig_nobel")
add("keyword", "Huizinge earthquake 2012", "g_huizinge")
add("keyword", "Borrelia burgdorferi name", "l_name")
add("keyword", "white-footed mouse Lyme reservoir", "l_mice")

# paraphrase 28
add("paraphrase", "How did the Strasbourg authorities first try to deal with the people who couldn't stop dancing?", "d_council_more")
add("paraphrase", "Where were the dancers sent in the end to be cured?", "d_saverne")
add("paraphrase", "What did doctors at the time think was behind the dancing outbreak?", "d_hot_blood")
add("paraphrase", "Was the 1518 outbreak a one-off, or did similar things happen elsewhere in that region?", "d_rhine")
add("paraphrase", "What did the famous Renaissance physician who came to Strasbourg a few years later call the condition?", "d_paracelsus")
add("paraphrase", "Who originally forecast that leftover heat from the Big Bang should exist, and at what temperature?", "c_alpher")
add("paraphrase", "What did the discovery of the background radiation mean for the competing cosmology that said the universe has no beginning?", "c_steady")
add("paraphrase", "How uneven is the microwave background across the sky?", "c_anisotropy")
add("paraphrase", "Is any of the snow on an old TV really from the Big Bang?", "c_tv_static")
add("paraphrase", "Who actually came up with the Eiffel Tower's design in the first place?", "e_designers")
add("paraphrase", "Why does the Eiffel Tower have that curved shape?", "e_wind")
add("paraphrase", "How long did it take to put up the Eiffel Tower?", "e_timeline")
add("paraphrase", "Why wasn't the Eiffel Tower torn down once its original permit ran out?", "e_radio")
add("paraphrase", "How much does the top of the Eiffel Tower move in a big storm?", "e_sway")
add("paraphrase", "How often did fire naturally go through sequoia groves in the past?", "s_historic_fire")
add("paraphrase", "How do sequoias manage to reproduce after a fire?", "s_cones")
add("paraphrase", "Why do old sequoias normally survive a fire?", "s_bark")
add("paraphrase", "Did earlier controlled burns or thinning make any difference to how many sequoias died?", "s_treatments")
add("paraphrase", "Did the person who created karaoke get rich from it?", "k_patent")
add("paraphrase", "What does the word karaoke literally translate to?", "k_name")
add("paraphrase", "When did the private rooms you rent to sing in first show up, and what were they made from?", "k_boxes")
add("paraphrase", "How did singing machines start getting their songs over the phone network?", "k_online")
add("paraphrase", "How much money did the Dutch government make from the Groningen gas over the years?", "g_revenue")
add("paraphrase", "How was the price of Groningen gas originally set?", "g_pricing")
add("paraphrase", "What did the Dutch do with the gas money back in the seventies?", "g_welfare")
add("paraphrase", "How long does a tick need to be latched on before it can pass on Lyme?", "l_attach")
add("paraphrase", "Which stage of tick is responsible for most people getting Lyme?", "l_nymphs")
add("paraphrase", "What pills do you usually get for early Lyme disease, and for how long?", "l_doxy")

# conversational 23
add("conversational", "hey bot, how many people ended up dancing in strasbourg back then?", "d_numbers")
add("conversational", "ok so was it actually ergot poisoning or what lol", "d_ergot")
add("conversational", "quick one - did people really die at 15 a day in the dancing plague thing?", "d_deaths")
add("conversational", "so what's the current theory on why everyone started dancing, stress or something?", "d_psychogenic")
add("conversational", "ugh is karaoke in japan basically a work thing? like drinking with ur boss", "k_salarymen")
add("conversational", "lol is the pigeon poop story about the big bang antenna real?", "c_pigeons")
add("conversational", "did the princeton people get scooped on the cmb or am i misremembering", "c_scooped")
add("conversational", "who got the nobel for cobe again?", "c_nobel2006")
add("conversational", "hey, how old is the universe supposed to be according to wmap/planck?", "c_wmap")
add("conversational", "did anyone actually die building the eiffel tower?", "e_workers")
add("conversational", "heard the eiffel tower grows in summer, true?", "e_thermal")
add("conversational", "how much paint do they need for the eiffel tower, asking for a friend", "e_paint")
add("conversational", "hey bot how many sequoias did the 2021 fires kill", "s_knp")
add("conversational", "wait, are they actually planting sequoias by hand now?", "s_planting")
add("conversational", "where do giant sequoias even grow naturally?", "s_groves")
add("conversational", "yo who invented karaoke", "k_inoue")
add("conversational", "is it true ppl got killed over my way at karaoke??", "k_my_way")
add("conversational", "when did karaoke peak in japan, it's kinda dead now right?", "k_participants")
add("conversational", "hey bot when did korea get its singing rooms", "k_noraebang")
add("conversational", "so is groningen still pumping gas or did they shut it", "g_closure")
add("conversational", "how big was the groningen field anyway?", "g_size")
add("conversational", "my cousin still feels wiped out months after lyme treatment, is that a known thing?", "l_ptlds")
add("conversational", "is there a lyme vaccine coming or nah", "l_vla15")

# evidence 10
add("evidence", "What's the source for the claim that the council banned drums and pipes during the dancing plague? Quote it please.", "d_council_ban")
add("evidence", "Can you show me the quote proving the CMB signal didn't change with the seasons?", "c_excess")
add("evidence", "What evidence is there that the Eiffel Tower parts were made off-site?", "e_prefab")
add("evidence", "Give me the exact quote behind the claim that Eiffel used jacks to line up the legs.", "e_jacks")
add("evidence", "What's the evidence that fire suppression made the sequoia fires worse?", "s_suppression")
add("evidence", "What evidence backs the claim that federal agencies want emergency fuel work in the sequoia groves?", "s_emergency")
add("evidence", "What's the proof that Inoue's first machines went to bars in Kobe?", "k_inoue")
add("evidence", "Show me the quote about the Groningen inquiry saying residents were ignored.", "g_inquiry")
add("evidence", "What does the evidence say about how many damage claims Groningen residents filed?", "g_claims")
add("evidence", "Can I see the quote behind the 476,000 Lyme cases a year figure?", "l_476k")

# source 10 (three expect two claims)
add("source", "What does Waller's book A Time to Dance, a Time to Die say about the dancing plague?", "d_start", "d_psychogenic")
add("source", "What does the Strasbourg council minutes source say in the dancing plague report?", "d_council_more", "d_council_ban")
add("source", "What does the National Park Service article say about sequoias killed by wildfires?", "s_castle", "s_knp")
add("source", "What does the 1978 Nobel Prize page say about the CMB?", "c_nobel1978")
add("source", "According to Structurae, how long was the Eiffel Tower the tallest structure?", "e_height")
add("source", "What does the Le Temps protest against the tower say?", "e_protest")
add("source", "What does the All-Japan Karaoke Industrialists Association white paper say about karaoke boxes?", "k_boxes")
add("source", "What does the Philippine IP office case digest say about karaoke?", "k_del_rosario")
add("source", "What does the Economist's 1977 article say about the Netherlands?", "g_dutch_disease")
add("source", "What did Burgdorfer's Science paper on ticks find?", "l_burgdorfer")

# typo 10
add("typo", "what did paracelcus say about the strasburg dancing?", "d_paracelsus")
add("typo", "wich saint was blamed for the danceing curse?", "d_vitus_belief")
add("typo", "penzias and wilsen nobel prize", "c_nobel1978")
add("typo", "cosmic microwave backround temprature first measured", "c_excess")
add("typo", "eifel tower hieght record chrysler", "e_height")
add("typo", "sequioa drougt bark beatles", "s_drought")
add("typo", "karoke laser disk pioneer", "k_laserdisc")
add("typo", "groningin gas field discovred when", "g_discovery")
add("typo", "lyme artritis yale steer 1977", "l_steere")
add("typo", "erythema migrens afzelius", "l_rash")

# multi 9
add("multi", "When did the Strasbourg dancing start, and how did the city end up stopping it?", "d_start", "d_council_ban")
add("multi", "Which details of the dancing plague are shaky, and could some of the dancers have been doing it on purpose?", "d_late_sources", "d_skeptics")
add("multi", "What temperature did Penzias and Wilson measure, and what did COBE later pin it down to?", "c_excess", "c_cobe")
add("multi", "How many pieces is the Eiffel Tower made of, and how many people worked on it?", "e_parts", "e_workers")
add("multi", "What share of large sequoias died across the 2020 and 2021 fires, and why are fires now so much more deadly to them?", "s_combined", "s_suppression")
add("multi", "What recognition did Daisuke Inoue get from Time magazine and from the Ig Nobel people?", "k_time", "k_ig_nobel")
add("multi", "When did Groningen production peak, and how far had it been cut by 2022?", "g_peak", "g_cap")
add("multi", "Who first spotted the Lyme cluster and who at Yale wrote it up?", "l_mothers", "l_steere")
add("multi", "What happened to the first Lyme vaccine and what is the newer candidate?", "l_lymerix", "l_vla15")

# cross 10
add("cross", "Both the Eiffel Tower and the Groningen gas field faced public anger - what form did the backlash take in each case?", "e_protest", "g_inquiry")
add("cross", "Who won a real Nobel and who won an Ig Nobel among the people in our reports on the CMB and karaoke?", "c_nobel1978", "k_ig_nobel")
add("cross", "What part did antennas play in saving the Eiffel Tower and in finding the cosmic background radiation?", "e_radio", "c_holmdel")
add("cross", "Animals got in the way in two of the reports - the pigeons in the Bell Labs antenna and the ticks carrying Lyme. What happened in each?", "c_pigeons", "l_burgdorfer")
add("cross", "Which came first: the first karaoke machine or the Connecticut arthritis cluster that led to Lyme disease?", "k_inoue", "l_mothers")
add("cross", "What happened in 1977 in the Groningen and Lyme reports?", "g_dutch_disease", "l_steere")
add("cross", "How does heat affect the Eiffel Tower compared with sequoia cones?", "e_thermal", "s_cones")
add("cross", "Hard times seem to play a role in both the dancing plague and the sequoia deaths - what hardship is mentioned in each?", "d_psychogenic", "s_drought")
add("cross", "Compare the peak year of Groningen gas output with the peak year of karaoke participation in Japan.", "g_peak", "k_participants")
add("cross", "Which lasted longer, the Strasbourg dancing outbreak or the construction of the Eiffel Tower?", "d_numbers", "e_timeline")

# unanswerable 35: 12 general, then 23 near-topic
for q in ["what's for lunch today?",
          "can someone book the big meeting room for thursday at 2",
          "What's the capital of Australia?",
          "how do I reset my VPN password",
          "who won the 2018 world cup",
          "whats the guest wifi password",
          "how many ounces are in a cup?",
          "is the office closed on friday for the holiday?",
          "any good podcast recommendations for the commute?",
          "what's 15% of 240",
          "how do you say good morning in spanish",
          "when is the next all-hands meeting?"]:
    add("unanswerable", q)
for q in ["What was Frau Troffea's first name?",
          "How many people lived in Strasbourg in 1518?",
          "Was anyone put on trial or punished because of the 1518 dancing plague?",
          "Did the dancing plague spread to other cities like Basel or Zurich in 1518?",
          "How much did the Holmdel horn antenna cost to build?",
          "Is the Holmdel horn antenna still standing today?",
          "What value of the Hubble constant did the Planck mission measure?",
          "How many people visit the Eiffel Tower every year?",
          "How much is a ticket to the top of the Eiffel Tower?",
          "What colour was the Eiffel Tower originally painted?",
          "How tall is the General Sherman Tree?",
          "How many coast redwoods burned in the 2020 CZU Lightning Complex fire?",
          "Can I buy giant sequoia seedlings to plant in my garden?",
          "What's the most popular karaoke song in Japan?",
          "How much does a karaoke room cost per hour in Tokyo?",
          "Who founded the first noraebang in Busan?",
          "How much gas does the Netherlands import from Norway now?",
          "Who is the current CEO of NAM?",
          "How many houses in Groningen have been demolished because of earthquake damage?",
          "What will happen to the Groningen gas infrastructure after the closure?",
          "Is there a Lyme disease vaccine for dogs?",
          "How many Lyme disease cases are reported in Europe each year?",
          "Can Lyme disease be passed from person to person?"]:
    add("unanswerable", q)
