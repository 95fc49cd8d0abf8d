import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksAdvice } from '../../src/answer/asksAdvice.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { plainQuestion } from '../../src/search/chatQuestion.js';

describe('asksAdvice', () => {
  it('hears a request for instructions or for a pick', () => {
    for (const question of [
      'how do I reset my Slack password?',
      'how to make cold brew coffee at home',
      "what's the best video conferencing software for remote teams?",
      'which python library is best for parsing PDFs?',
      'Which cover crop mix works best ahead of cotton in Georgia?',
      'Can anyone recommend a project management tool for a small team?',
      'best way to learn python as a beginner?',
      'What is the best laptop for a data science student?',
      'Which heat pumps are best for cold climates?',
      'Which running shoes hold up best on rocky trails?',
      'could you recommend a good book on climate policy?',
      'Best budget mic for podcasting?',
    ])
      expect(asksAdvice(question), question).toBe(true);
  });

  // "how do you…" with the generic "you" asks findings the reports
  // give as often as steps; it is not read as instructions.
  it('does not hear instructions in "how do you…", and answers such questions from the bundled reports', async () => {
    for (const question of ['how do you keep weight off after stopping semaglutide?', 'how do you tell if generated training data is any good?', 'how do you feel about remote work?'])
      expect(asksAdvice(question), question).toBe(false);
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../reports/', import.meta.url))));
    for (const question of ['how do you keep weight off after stopping semaglutide?', 'how do you keep a heat pump working in very cold weather?'])
      expect(answerQuestion(library, question).answered, question).toBe(true);
  });

  // "how do we know…" asks the evidence for a finding, not steps (held-out 50's "If no skeleton
  // turned up in the ship grave, how do we know anyone was buried there at all?" was declined with
  // its claim third, asksAdvice weighing most).
  it('does not hear instructions in "how do / can we know…", and still in "how do we get…"', () => {
    for (const question of ['how do we know anyone was buried there at all?', 'quick q - how do we know old ocean crust dives down under the trenches?', 'How can we know the age of the rocks?', 'how do we even know the ship held a king?'])
      expect(asksAdvice(question), question).toBe(false);
    for (const question of ['how do we get a refund?', 'how should we choose a heat pump?', 'how do I know if my visa is valid?', 'how do we know which heat pump to buy?', 'how can we know if the water is safe to drink?', 'how do we know when to replace the batteries?'])
      expect(asksAdvice(question), question).toBe(true);
  });

  // An invitation asks people to come (held-out 14 and 15: "anyone up for lunch at 12:30?" was
  // answered by a claim with "12" in it).
  it('hears an invitation to the room, and not "up for" or "invited" asked about others', () => {
    for (const question of ['anyone up for lunch at 12:30?', 'hey all, anybody free for coffee?', 'anyone up for lunch at the taco place at 12:30?', 'you are all invited to the team offsite on Friday, RSVP by Wednesday please'])
      expect(asksAdvice(question), question).toBe(true);
    for (const question of [
      'is anyone up for parole under the new bail law?',
      'are councillors up for re-election more likely to back the bike lanes?',
      'were residents invited to comment on the congestion charge?',
      'did anyone up the dose of semaglutide in the trials?',
      // A question after the invitation asks the reports
      'Anyone up for lunch? Also, do heat pumps work below -20C?',
      'hey all, anyone free for coffee? also do protected bike lanes reduce cyclist deaths?',
      // …put with any auxiliary (src/search/auxiliaryVerbs.ts), a modal too
      'anyone up for lunch? might the heat pump grant end next year?',
      'anyone free for coffee? must landlords fit heat pumps by 2030?',
    ])
      expect(asksAdvice(question), question).toBe(false);
  });

  // A greeting's "!" or ".", an abbreviation's dots or a remark around the invitation
  // leave it one; only a question to the reports beside it (put with a question word, not about
  // the people in the room) asks them.
  it('hears an invitation with a greeting, an abbreviation or a remark around it, and a question about it after it', () => {
    for (const question of [
      "you're all invited to the team offsite on Friday. RSVP by Wednesday please",
      'Hi all! Anyone up for lunch at the taco place at 12:30?',
      'anyone up for lunch at 12 p.m. tomorrow?',
      'anyone up for drinks after work? Friday 5 p.m. at the pub',
      'Hi all! Anyone up for lunch?',
      'hey everyone. anybody free for coffee?',
      'You are all invited to the launch party! Drinks at 6.',
      'anyone up for lunch?? pls',
      'anyone up for lunch? Thai place on 5th.',
      "anyone up for lunch? who's in?",
      'anyone free for coffee? can I bring a friend?',
      'anyone up for lunch? tacos or pizza?',
      'anyone up for lunch? how about the taco place at noon?',
    ])
      expect(asksAdvice(plainQuestion(question)), question).toBe(true);
    for (const question of ['Anyone up for lunch! Also, do heat pumps work below -20C?', 'anyone up for lunch at 12 p.m.? does anyone know if heat pumps work below -20C?', 'Do heat pumps work below -20C? You are all invited to the launch party.'])
      expect(asksAdvice(plainQuestion(question)), question).toBe(false);
  });

  it("declines held-out 15's invitations with a greeting's \"!\" or a second sentence, on its reports", async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout15/reports/', import.meta.url))));
    for (const question of ["you're all invited to the team offsite on Friday. RSVP by Wednesday please", 'Hi all! Anyone up for lunch at the taco place at 12:30?'])
      expect(answerQuestion(library, question).answered, question).toBe(false);
  });

  it('answers the question after an invitation from the bundled reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../reports/', import.meta.url))));
    expect(answerQuestion(library, 'Anyone up for lunch? Also, do heat pumps work below -20C?').answered).toBe(true);
  });

  it('declines "anyone up for lunch at 12:30?" and "…at 12 p.m. tomorrow?" on held-out 14\'s reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout14/reports/', import.meta.url))));
    for (const question of ['anyone up for lunch at 12:30?', 'anyone up for lunch at 12 p.m. tomorrow?'])
      expect(answerQuestion(library, question).answered, question).toBe(false);
  });

  // "a good X" asked for is a pick (12 development questions, all unanswerable); "is there a good
  // example of…" and "any good" ask a finding.
  it('hears "what\'s a good X", "anyone know a good X", "got a good X" as a pick, and not "is there a good example"', () => {
    for (const question of ["What's a good recipe for banana bread?", 'hey anyone know a good ramen place near the office', 'got a good banana bread recipe?'])
      expect(asksAdvice(question), question).toBe(true);
    for (const question of ['Is there a good example of test data ending up in official figures?', 'are heat pumps any good when it is -20 out?', 'is hydrogen a good way to store renewable energy?'])
      expect(asksAdvice(question), question).toBe(false);
  });

  // "a good" asking a finding (a threshold, a track record, a dose) is no pick.
  it('does not hear a pick in "a good" that asks a finding', () => {
    for (const question of [
      "what's a good COP for a heat pump in freezing weather?",
      'has remote work got a good track record on productivity?',
      'did the studies recommend a good dose of semaglutide?',
      'what is a good level of microplastics in bottled water?',
      'do we know a good deal about microplastics?',
    ])
      expect(asksAdvice(question), question).toBe(false);
  });

  // "have a good" asks the bot for a finding; "a good way to" is how to, a gift a pick.
  it('hears "what\'s a good way to" and a good gift or laptop as a pick, and not "do you have a good estimate"', () => {
    for (const question of ["what's a good way to cut my heating bill?", "what's a good gift for a cyclist?", "what's a good laptop for coding?", 'anyone know a good ramen place?'])
      expect(asksAdvice(question), question).toBe(true);
    for (const question of ['do you have a good estimate of what a heat pump costs to run in the cold?', 'does anyone have a good number for heat pump COP at -20?'])
      expect(asksAdvice(question), question).toBe(false);
  });

  it("answers what's a good COP for a heat pump in freezing weather from the bundled reports", async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../reports/', import.meta.url))));
    expect(answerQuestion(library, "what's a good COP for a heat pump in freezing weather?").answered).toBe(true);
  });

  it('answers "does anyone have a good number for…" and declines "what\'s a good way to…", from the bundled reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../reports/', import.meta.url))));
    expect(answerQuestion(library, 'does anyone have a good number for heat pump COP at -20?').answered).toBe(true);
    expect(answerQuestion(library, "what's a good way to cut my heating bill?").answered).toBe(false);
  });

  // The development sets' questions asking how something works in general (all unanswerable).
  it('hears a request for a lesson: how something works, or an explanation', () => {
    for (const question of [
      'how do vaccines work?',
      'how do mRNA vaccines work?',
      'How does photosynthesis work?',
      'Can you explain how a blockchain works?',
      "can someone explain quantum entanglement like I'm five",
      'can someone explain the offside rule in football? :soccer:',
    ])
      expect(asksAdvice(question), question).toBe(true);
  });

  it('does not hear a lesson in a finding asked about how something works, why, or what someone explained', () => {
    for (const question of [
      'how do heat pumps work in the cold?',
      "How do restoration projects work out how much gas they've saved without measuring it directly?",
      'does having an expert explain memory to the jury actually help them sort good witnesses from bad ones? pls lmk',
      'What explains the drop in turnout?',
      'Did the four-day week work for the companies in the UK trial?',
      'can someone explain why people stop taking GLP-1 drugs?',
      'can you explain why heat pumps underperform in real homes?',
      'could anyone explain whether the four-day week lasted?',
      'explain if bike lanes cut crashes',
      // Everyday questions the bundled reports answer (review).
      'how do employees feel about remote work?',
      'how do managers rate hybrid work?',
      'explain the findings on heat pumps in cold climates',
      'can you explain what the research says about remote work and burnout?',
    ])
      expect(asksAdvice(question), question).toBe(false);
  });

  it('does not hear it where "best" or "recommend" is what the question is about', () => {
    for (const question of [
      "How much more efficient are today's best LED fixtures than the old high-pressure sodium lamps?",
      'What did the Register of Copyrights recommend on game preservation?',
      "What's the single biggest risk factor for dementia that people could actually change?",
      'how do heat pumps work in the cold?',
      'What is the best evidence on screen time and sleep?',
      'Which countries have the best cancer survival rates?',
      'What was the best year for solar installs?',
      'What are the best-performing heat pumps in cold climates?',
      'Did the panel recommend a ban on sugary drinks?',
      'Do the experts recommend any changes to the screening age?',
    ])
      expect(asksAdvice(question), question).toBe(false);
  });

  it('hears "what should I / we do" and "what do I do if…" as advice, and not a finding, a pick of what to wear or the bot\'s help', () => {
    for (const question of ['What should I do if my dog mouths a cane toad?', 'my laptop fan is super loud all of a sudden, what should i do', 'what do we do if the pump fails?', 'What ought we to do about it?'])
      expect(asksAdvice(question), question).toBe(true);
    for (const question of ['what should I wear on my face when the air is smoky outside?', 'What do we know about the Phnom Kulen plateau?', 'What do people do with the time they used to spend on trains and buses?', 'what can you do?', 'What should you do if bitten?'])
      expect(asksAdvice(question), question).toBe(false);
  });

  // Held-out 61 (unanswerable): the cane toad claims say what the toad's poison does, not what an owner should do.
  it("declines held-out 61's \"What should I do if my dog mouths a cane toad?\" on its reports", async () => {
    const toads = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout61/reports/', import.meta.url))));
    expect(answerQuestion(toads, 'What should I do if my dog mouths a cane toad?').answered).toBe(false);
  });
});
