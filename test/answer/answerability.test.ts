import { beforeAll, describe, expect, it } from 'vitest';
import { answerFeatures, CLAIMS_SHOWN } from '../../src/answer/answerability.js';
import { askedAnswerKinds } from '../../src/answer/askedAnswerKind.js';
import { ANSWER_MODEL, confidence, isAnswer, MISSING_ANSWER_PAIRS, PAIRED_SIGNALS } from '../../src/answer/answerModel.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { RERANK_TOP } from '../../src/answer/rerankClaims.js';
import { dictionaryWords, EVERYDAY_WEIGHT, isMainlyNoun, wordWeights } from '../../src/answer/everydayWords.js';
import { Library } from '../../src/library/library.js';
import type { Claim } from '../../src/reports/model.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { fileURLToPath } from 'node:url';
import { termsOfClaim } from '../../src/search/claimTerms.js';
import { expandQuestion } from '../../src/search/expandQuestion.js';
import { questionCoverage, withinEdits } from '../../src/search/questionCoverage.js';
import { termsOf } from '../../src/search/termsOf.js';
import { featuresOf, rankedOf } from '../support/answerFeaturesOf.js';
import { bundledLibrary } from '../support/reportsFolders.js';

let library: Library;
beforeAll(async () => {
  library = await bundledLibrary();
});

describe('knowing when the reports do not answer a question', () => {
  it('says so, and gives the closest claims as related, never as answers', () => {
    const answer = answerQuestion(library, 'how do vaccines work?');
    expect(answer.answered).toBe(false);
    expect(answer.items).toEqual([]);
    expect(answer.related.length).toBeGreaterThan(0);
    expect(answer.related.length).toBeLessThanOrEqual(3);
  });

  it('still answers questions in the reports, in their words or in other words', () => {
    for (const question of ['grid forming inverters', 'does stopping the medication make you regain weight?', 'upfornt cost of heat pumps']) {
      const answer = answerQuestion(library, question);
      expect(answer.answered, question).toBe(true);
      expect(answer.items.length, question).toBeGreaterThan(0);
      expect(answer.related).toEqual([]);
    }
  });

  it('answers a search for one word the reports use, at any score', () => {
    for (const question of ['microplastics', 'wegovy', 'sharrows']) expect(answerQuestion(library, question).answered, question).toBe(true);
    // However weakly and evenly the first claims match, as among thousands of claims.
    const weak = { typed: 1, otherWords: 0, unknown: 0, strength: Math.log(0.01), margin: 0, words: 1, asksAdvice: 0, uncoveredNames: 0, uncoveredNouns: 0, answerKindMissing: 0, outcomeMissing: 0, yearMissing: 0, besidesNames: 1, kindMissingShownFirst: 0, twoClaimsGain: 0, thingMissing: 0, countMissing: 0, priceMissing: 0, speedMissing: 0, laterStepMissing: 0, eventUntold: 0, alternativesUntold: 0, kindAskedCovered: 0, thingAskedCovered: 0, yesNoCovered: 0, oneWordCovered: 0, plainCoverage: 1, mentionNamed: -1 };
    expect(isAnswer(weak)).toBe(true);
    // That is the rule for a claim with every word, not the model: a model that answers nothing
    // still answers it, and not a claim with nine tenths of the question.
    const never = { ...ANSWER_MODEL, constant: -100 };
    expect(isAnswer(weak, never)).toBe(true);
    expect(isAnswer({ ...weak, typed: 0.5, otherWords: 0.4 }, never)).toBe(false);
    // Unless the kind of answer asked (a price, a date…) is in neither the best claim nor the
    // claim shown first: the model decides then. Given by one of them, the rule stands.
    expect(isAnswer({ ...weak, answerKindMissing: 1, kindMissingShownFirst: 1 }, never)).toBe(false);
    expect(isAnswer({ ...weak, answerKindMissing: 1, kindMissingShownFirst: 1 }, { ...ANSWER_MODEL, constant: 100 })).toBe(true);
    expect(isAnswer({ ...weak, answerKindMissing: 1 }, never)).toBe(true);
    expect(isAnswer({ ...weak, kindMissingShownFirst: 1 }, never)).toBe(true);
  });

  it('does not answer a request for instructions, or a long question no claim covers a tenth of', () => {
    for (const question of ['how do I reset my Slack password?', 'how to make cold brew coffee at home']) expect(answerQuestion(library, question).answered, question).toBe(false);
    const long = 'which football club won the most trophies in the last twenty seasons of the premier league championship';
    expect(answerQuestion(library, long).answered).toBe(false);
  });

  it('takes a word capitalised inside the question for a name, not for a misspelt word', async () => {
    const farms = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout4/reports/', import.meta.url))));
    const features = (text: string) => featuresOf(farms, text);
    // No claim names Singapore; "singapore" typed in lower case may be a misspelling, "Singapore" is a name.
    expect(features('how many vertical farms are there in Singapore?')?.typed).toBeLessThan(0.5);
    expect(features('how many vertical farms are there in singapore?')?.typed).toBeCloseTo(1);
  });

  it('does not answer a question naming a place the best claim does not name', () => {
    // The heat pump report speaks of Norway, not of Canada: the same question is answered for one, not the other.
    expect(answerQuestion(library, 'do heat pumps work in Norway?').answered).toBe(true);
    const canada = featuresOf(library, 'do heat pumps work in Canada?');
    expect(canada?.uncoveredNames).toBeGreaterThan(0.5);
    expect(answerQuestion(library, 'do heat pumps work in Canada?').answered).toBe(false);
    // The name is the only word no claim has (read as a name, and as a noun).
    expect(canada?.uncoveredNouns).toBeCloseTo(canada?.uncoveredNames ?? NaN);
    // A word typed in lower case is not taken for a name; nor is an acronym, which reports spell out.
    expect(featuresOf(library, 'do heat pumps work in canada?')?.uncoveredNames).toBe(0);
    const acronym = featuresOf(library, 'do heat pumps work in the UK?');
    expect(acronym?.typed).toBeLessThan(0.5);
    expect(acronym?.uncoveredNames).toBe(0);
  });

  it('reads the names of a question across the claims shown: several places, each in its own claim', async () => {
    const pricing = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout7/reports/', import.meta.url))));
    const says = saysName;
    // Each city's figures are in a claim of its own: no one claim names all three, the three the
    // answer shows together do.
    const cities = 'How did congestion charging change traffic in Stockholm, London and New York?';
    const answer = answerQuestion(pricing, cities);
    const shown = answer.items.slice(0, CLAIMS_SHOWN);
    const cityNames = ['Stockholm', 'London', 'New York'];
    expect(cityNames.every((city) => shown.some((item) => says(item, city)))).toBe(true);
    expect(shown.every((item) => cityNames.filter((city) => says(item, city)).length < cityNames.length)).toBe(true);
    expect(featuresOf(pricing, cities)?.uncoveredNames).toBe(0);
    expect(answer.answered).toBe(true);
    // A place no claim shown names still counts against an answer.
    expect(featuresOf(pricing, 'How did congestion charging change traffic in Singapore?')?.uncoveredNames).toBeGreaterThan(0.2);
  });

  it('reads the names over the claims the answer shows, not the ones the search found first', async () => {
    const pricing = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout7/reports/', import.meta.url))));
    const says = saysName;
    // The search's first claims name Gothenburg (a claim on public support, citing it); the
    // reranker shows others, none naming it: the page would answer with no word on Gothenburg.
    const cities = 'How did congestion charging change traffic in London, Gothenburg and New York?';
    expect(rankedOf(pricing, cities).slice(0, RERANK_TOP).some((item) => says(item, 'Gothenburg'))).toBe(true);
    // The claims shown first, answered or not (the decision on them is the models' to weigh).
    const answer = answerQuestion(pricing, cities);
    const shown = (answer.answered ? answer.items : answer.related).slice(0, CLAIMS_SHOWN);
    expect(shown.length).toBe(CLAIMS_SHOWN);
    expect(shown.some((item) => says(item, 'Gothenburg'))).toBe(false);
    expect(featuresOf(pricing, cities)?.uncoveredNames).toBeGreaterThan(0.2);
    // The claims shown are given to the decision as answerQuestion shows them: named there, it counts as named.
    const ranked = rankedOf(pricing, cities);
    const naming = ranked.filter((item) => says(item, 'Gothenburg')).slice(0, 1);
    const withIt = answerFeatures(pricing, cities, ranked, cities, [...naming, ...shown.slice(0, CLAIMS_SHOWN - 1)]);
    expect(withIt?.uncoveredNames).toBe(0);
  });

  it('reads what a question asks beside a name: the share of it the best claim covers when it has the name', () => {
    // The South Australia claim is on the battery's cost of frequency control: a question on that
    // is covered beside the name, one on when the battery opened is not.
    expect(featuresOf(library, 'did the South Australia battery cut frequency control costs?')?.besidesNames).toBeGreaterThan(0.7);
    expect(featuresOf(library, 'when did the South Australia battery open?')?.besidesNames).toBeLessThan(0.3);
    // The whole rest covered: 1.
    expect(featuresOf(library, 'did protected lanes in New York make streets safer?')?.besidesNames).toBe(1);
    // A question naming nothing, a name no claim has, or only an acronym (reports spell those out)
    // is left to the other signals.
    expect(featuresOf(library, 'do heat pumps work in the cold?')?.besidesNames).toBe(1);
    expect(featuresOf(library, 'do heat pumps work in Canada?')?.besidesNames).toBe(1);
    expect(featuresOf(library, 'did the SA battery pay off?')?.besidesNames).toBe(1);
  });

  it('answers questions about a named thing, in chat wording, that a claim naming it answers', () => {
    for (const question of [
      'did protected lanes in New York make streets safer?',
      'do heat pumps work in Victorian terraces?',
      'did the South Australia battery cut frequency control costs?',
      'how is storage in California used in the evening?',
      'hey, any news on the California batteries?',
    ]) {
      const answer = answerQuestion(library, question);
      expect(answer.answered, question).toBe(true);
    }
  });

  it('reads a plural acronym as an acronym, not as a spelt-out name', () => {
    // "EVs", "GPUs": capitals with a plural s, which reports spell out ("graphics processors").
    expect(featuresOf(library, 'do heat pumps need GPUs?')?.uncoveredNames).toBe(0);
    expect(featuresOf(library, 'do heat pumps need Gpus?')?.uncoveredNames).toBeGreaterThan(0);
  });

  it('counts against an answer the things a question names that the best claim does not speak of', () => {
    // Words whose main use is as a noun name things; verbs and adjectives are often the asker's own words.
    for (const word of ['neighbours', 'noise', 'tinnitus', 'allergies']) expect(isMainlyNoun(word), word).toBe(true);
    for (const word of ['bad', 'afford', 'stopping', 'rough', 'dangerous', 'xylophonezz']) expect(isMainlyNoun(word), word).toBe(false);
    // The heat pump report says nothing of noise: the question is declined, for its uncovered nouns.
    const noise = featuresOf(library, 'do heat pumps make a lot of noise for the neighbours?');
    expect(noise?.uncoveredNouns).toBeGreaterThan(0.5);
    expect(answerQuestion(library, 'do heat pumps make a lot of noise for the neighbours?').answered).toBe(false);
    // The same in other chat wording: things the reports never say of heat pumps.
    for (const question of ['are heat pumps loud for the neighbours lol', 'does a heat pump need a permit in the UK?']) {
      expect(featuresOf(library, question)?.uncoveredNouns, question).toBeGreaterThan(0.3);
      expect(answerQuestion(library, question).answered, question).toBe(false);
    }
    // An adjective the best claim lacks is not counted as a thing lacking ("dangerous" here; "bits",
    // a noun, is). That question sits at the cut: answered after one refit, declined after the
    // next (eval/README.md, sixteenth session, decline18 step 3).
    const plastic = featuresOf(library, 'is drinking plastic bits actually dangerous for you');
    expect(plastic?.uncoveredNouns).toBeLessThan(0.3);
    // A paraphrase whose one word no claim shown has is an adjective ("bad": the claim says sales
    // are "stable or higher") loses nothing for it, and the model answers it with room to spare.
    const shops = 'are bike lanes bad for local businesses?';
    const business = featuresOf(library, shops);
    expect(business && business.typed + business.otherWords).toBeLessThan(1);
    expect(business && confidence({ ...business, uncoveredNouns: 0 }) - confidence(business)).toBeLessThan(0.1);
    expect(business && confidence(business)).toBeGreaterThan(1);
    expect(answerQuestion(library, shops).answered).toBe(true);
    // A word naming the kind of finding asked ("downsides", askedAspect.ts) is no thing lacking:
    // the claims on remote work's cost to collaboration never call it a downside.
    const downsides = featuresOf(library, 'what are the downsides of fully remote work for collaboration and innovation?');
    expect(downsides && downsides.typed + downsides.otherWords).toBeLessThan(0.5);
    expect(downsides?.uncoveredNouns).toBe(0);
    expect(answerQuestion(library, 'what are the downsides of fully remote work for collaboration and innovation?').answered).toBe(true);
  });

  it('counts against an answer a price, a date or the law the question asks for and the best claim does not give', () => {
    // The battery report speaks of costs but gives no price of a home battery; the heat pump report
    // does not say when Norway acted; the claim on compounded semaglutide says nothing of the law.
    for (const question of ['how much does a home battery cost?', 'what year did Norway ban oil boilers?', 'is it legal to sell compounded semaglutide?']) {
      const features = featuresOf(library, question);
      expect(features?.answerKindMissing, question).toBe(1);
      expect(answerQuestion(library, question).answered, question).toBe(false);
    }
    // The same asked in chat: a date, and a price of a thing named in other words. The claim the
    // search and the reranker put first for the battery covers nearly as much as the best and
    // quotes grid storage at "$20/kWh": a price of another thing, which gives no price asked, there
    // or as the claim shown first (the fifty-ninth session's models answered it on that price).
    expect(featuresOf(library, 'when did Norway start pushing heat pumps?')?.answerKindMissing).toBe(1);
    const battery = featuresOf(library, 'what does a home battery cost these days?');
    expect(battery?.answerKindMissing).toBe(1);
    expect(battery?.kindMissingShownFirst).toBe(1);
    expect(answerQuestion(library, 'when did Norway start pushing heat pumps?').answered).toBe(false);
    // A claim giving a price (its evidence quotes dollars) answers the price asked.
    const price = 'how much does ozempic cost in the US?';
    expect(featuresOf(library, price)?.answerKindMissing).toBe(0);
    expect(answerQuestion(library, price).answered).toBe(true);
    // A claim on legal limits speaks of the law.
    expect(featuresOf(library, 'is it legal to release microplastics into rivers?')?.answerKindMissing).toBe(0);
  });

  // "How fast can an Arctic tern fly?" (held-out 52): how fast is read by the reranker, which lifts
  // a claim giving a speed, a rate or a span; the decision reads no kind asked there (a span on the
  // same thing gives it as often, and fitted so it declined more answerable questions than not).
  it('reads no kind asked in "how fast" for the decision, while the reranker reads it', () => {
    const question = 'how fast are sharrows installed?';
    expect(askedAnswerKinds(question)).toEqual(['pace']);
    const features = featuresOf(library, question);
    expect(features?.answerKindMissing).toBe(0);
    expect(features?.kindAskedCovered).toBe(0);
  });

  it('reads the kind of answer asked on the claim shown first too, which may give it when the best claim by coverage does not', () => {
    // The claim the reranker shows first on grid batteries' life gives a span (eval/questions.json,
    // unanswerable: a span of another thing). The first claims cover the question alike, and on such
    // a tie the best claim by coverage is the one shown first: the span is given by both.
    const life = featuresOf(library, 'how many years does a grid battery last before it has to be replaced?');
    expect(life?.answerKindMissing).toBe(0);
    expect(life?.kindMissingShownFirst).toBe(0);
    // Neither gives a home battery's price; a question asking for no kind has none missing.
    expect(featuresOf(library, 'how much does a home battery cost?')?.kindMissingShownFirst).toBe(1);
    expect(featuresOf(library, 'does stopping the medication make you regain weight?')?.kindMissingShownFirst).toBe(0);
  });

  it('reads the kinds a question asking two things asks over the claims together, each given by one of them', async () => {
    // The Falkirk Wheel's opening date is in one claim, its cost in another (eval/holdout31, answerable).
    const wheel = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout31/reports/', import.meta.url))));
    const both = featuresOf(wheel, 'When did the Falkirk Wheel open and how much did the wheel itself cost?');
    expect(both?.answerKindMissing).toBe(0);
    expect(both?.kindMissingShownFirst).toBe(0);
    // Asked as one question, both kinds must be given by the best claim, and by the claim shown first.
    const one = featuresOf(wheel, 'When did the Falkirk Wheel open, how much did the wheel itself cost?');
    expect(one?.answerKindMissing).toBe(1);
    expect(one?.kindMissingShownFirst).toBe(1);
  });

  it('reads how much more of a question asking two things two of the first claims cover together than the best alone', () => {
    // The best claim says what decides the running cost; another says who saves most
    // (eval/questions.json: two claims answer it).
    const both = featuresOf(library, 'what decides whether a heat pump is cheaper to run than a gas boiler, and who saves most?');
    expect(both?.twoClaimsGain).toBeGreaterThan(0.05);
    expect(both?.twoClaimsGain).toBeLessThanOrEqual(1 - (both?.typed ?? 0) - (both?.otherWords ?? 0) + 1e-9);
    // Asked as one question it is 0, however the claims cover it; and 0 when one claim covers both parts as well as two.
    expect(featuresOf(library, 'what decides whether a heat pump is cheaper to run than a gas boiler, who saves most?')?.twoClaimsGain).toBe(0);
    expect(featuresOf(library, 'which kinds of bike infrastructure improve safety and which do not?')?.twoClaimsGain).toBe(0);
  });

  it('counts against an answer an outcome the question asks about that the best claim does not speak of', () => {
    // The cycling report's claims on new lanes say nothing of house prices (eval/questions.json, unanswerable).
    const prices = 'do new bike lanes push up house prices nearby?';
    const features = featuresOf(library, prices);
    // All of it: "house" does not reach the claims' "York", which is New York there, not the royal
    // house of York WordNet defines (glossedTerms.ts reads the phrase first).
    expect(features?.outcomeMissing).toBe(1);
    expect(answerQuestion(library, prices).answered).toBe(false);
    // The same in chat: a cause the reports speak of, an outcome they never tie to it.
    for (const question of ['do bike lanes raise rents nearby?', 'does remote work raise divorce rates?']) {
      expect(featuresOf(library, question)?.outcomeMissing, question).toBe(1);
      expect(answerQuestion(library, question).answered, question).toBe(false);
    }
    // Where the best claim has the outcome, in the question's words or others, it answers.
    const trap = 'does calcium carbonate trap nanoplastics';
    expect(featuresOf(library, trap)?.outcomeMissing).toBe(0);
    expect(answerQuestion(library, trap).answered).toBe(true);
    // Where it has part of the outcome ("kidneys", not "failing"), the part it lacks counts: here
    // not enough to decline (eval/questions.json, answerable).
    const kidneys = 'do the diabetes shots help people whose kidneys are failing?';
    const partly = featuresOf(library, kidneys)?.outcomeMissing ?? 0;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(1);
    expect(answerQuestion(library, kidneys).answered).toBe(true);
  });

  it('answers a question browsing the reports for a thing when the claims name it, and declines it when none names it', async () => {
    // Held-out 18 (answerable): places asked about across the reports, each named by claims in two reports.
    const eighteen = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout18/reports/', import.meta.url))));
    const browsed = { 'Anything in our research involving Singapore?': 'Singapore', 'Do any of the reports mention Utah?': 'Utah', 'What do the reports say about California specifically?': 'California' };
    for (const [question, place] of Object.entries(browsed)) {
      const answer = answerQuestion(eighteen, question);
      expect(answer.answered, question).toBe(true);
      expect(answer.items[0]?.claim.text, question).toContain(place);
      expect(featuresOf(eighteen, question)?.mentionNamed, question).toBe(1);
    }
    // A name no claim has declines, however the question's other words match ("heat pumps").
    for (const question of ['anything on heat pumps in Canada?', 'do the reports mention Tesla?', 'What do we know about Mars?', 'anything on bike lanes in Paris?']) {
      expect(answerQuestion(library, question).answered, question).toBe(false);
    }
    expect(featuresOf(library, 'anything on heat pumps in Canada?')?.mentionNamed).toBe(0);
    // Named in a claim's evidence or sources counts: the heat pump claims cite the IEA and speak of Norway.
    for (const question of ['do the reports mention Norway?', 'any mention of the IEA?', 'anything on Norway or Canada?']) {
      expect(answerQuestion(library, question).answered, question).toBe(true);
    }
    expect(answerQuestion(library, 'anything on Norway and Canada?').answered).toBe(false);
    expect(answerQuestion(library, 'anything on heat pumps and/or Canada?').answered).toBe(false);
    // An alias the reports define names the thing in full: the GLP-1 report's "semaglutide (Wegovy, Ozempic)".
    const wegovy = answerQuestion(library, 'anything on Wegovy?');
    expect(wegovy.answered).toBe(true);
    expect(wegovy.items[0]?.claim.text).toMatch(/semaglutide/);
    // A WordNet relative does not: "Georgia" reaches the gas-stove claims only through WordNet's
    // "GA" (a stem of "gas"), and "team" has loose relatives in every report (held-out 6 and 18).
    const stoves = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout6/reports/', import.meta.url))));
    expect(answerQuestion(stoves, 'anything on Georgia?').answered).toBe(false);
    expect(answerQuestion(eighteen, 'any mention of the team?').answered).toBe(false);
    // A thing in everyday words, which claims may say otherwise, is left to the model; a question asking something else is not read so.
    expect(featuresOf(library, 'anything on cycling helmets?')?.mentionNamed).toBe(-1);
    expect(featuresOf(library, 'do heat pumps work in Canada?')?.mentionNamed).toBe(-1);
  });

  it('leaves to the model a browsed everyday word the claims have only as a near spelling, and a generic thing they name', async () => {
    const eighteen = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout18/reports/', import.meta.url))));
    // No report mentions bats: "bats" is a real word, no typo of "battery" nor its start.
    for (const question of ['any mention of bats?', 'do we cover bats?']) {
      expect(featuresOf(library, question)?.mentionNamed, question).toBe(-1);
      expect(featuresOf(eighteen, question)?.mentionNamed, question).toBe(-1);
    }
    // Not even beside a name the claims have ("South Australia's" battery claim).
    expect(featuresOf(library, 'anything on South Australia and bats?')?.mentionNamed).toBe(-1);
    // "the" and one word points back, as "that" does; a thing in everyday words alone is no name.
    expect(featuresOf(eighteen, 'any references to the study?')?.mentionNamed).toBe(-1);
    expect(featuresOf(library, 'any info on the data?')?.mentionNamed).toBe(-1);
    expect(featuresOf(library, 'anything on the price?')?.mentionNamed).toBe(-1);
    // A name, or a word no everyday word, named by the claims still answers.
    expect(featuresOf(library, 'any mention of the IEA?')?.mentionNamed).toBe(1);
    expect(featuresOf(library, 'any mention of microplastics?')?.mentionNamed).toBe(1);
  });

  it('counts against an answer a year the question names that the best claim does not state', async () => {
    const chess = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout17/reports/', import.meta.url))));
    // The chess report gives Chess.com's members in 2022 and its games against their 2019 level,
    // never its members in 2019 (held-out 17, unanswerable).
    const members = 'How many members did Chess.com have in 2019, before the pandemic?';
    const features = featuresOf(chess, members);
    expect(features?.yearMissing).toBe(1);
    // The missing year lowers the confidence (whether this question, near the cut, is then declined
    // moves with each refit).
    if (!features) throw new Error(members);
    expect(confidence(features)).toBeLessThan(confidence({ ...features, yearMissing: 0 }));
    // The same in chat, on the bundled reports: a year no claim on the bike lanes states.
    expect(featuresOf(library, 'how many people used bike lanes in 2009?')?.yearMissing).toBe(1);
    expect(answerQuestion(library, 'how many people used bike lanes in 2009?').answered).toBe(false);
    // A claim stating the year asked answers (held-out 17, answerable).
    for (const question of ['How many deceased donors did Spain have in total in 2023, as a headcount rather than a rate?', 'Which countries were hit hardest by the West African cable outage in March 2024?', 'What did the Dutch Senate pass by 38 votes to 37 in 2018?']) {
      expect(featuresOf(chess, question)?.yearMissing, question).toBe(0);
      expect(answerQuestion(chess, question).answered, question).toBe(true);
    }
    // A question naming no year has none missing.
    expect(featuresOf(library, 'do heat pumps work in cold climates?')?.yearMissing).toBe(0);
    // Years offered as a choice: a claim stating one of them speaks of it (held-out 54's "when did the
    // ikea catalogue actually die? 2020 or 2021?", against "In December 2020 IKEA announced…").
    for (const question of ['How many deceased donors did Spain have in 2023 or 2024?', 'How many deceased donors did Spain have, was it 2022 or 2023?']) {
      expect(featuresOf(chess, question)?.yearMissing, question).toBe(0);
    }
    expect(featuresOf(chess, 'How many members did Chess.com have, 2017 or 2018?')?.yearMissing).toBe(1);
  });

  it('counts against an answer a thing the question asks for that neither the best claim nor the claim shown first names', async () => {
    const ho33 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout33/reports/', import.meta.url))));
    // Held-out 33, unanswerable: claims on the bridge and the stone give its span and where it is
    // shown, never a toll or a room.
    for (const question of ['What was the toll to cross the original Tacoma Narrows Bridge?', 'Which room of the British Museum is the Rosetta Stone displayed in?']) {
      expect(featuresOf(ho33, question)?.thingMissing, question).toBe(1);
    }
    // The thing asked named by the claim (its span; the museum), or none asked.
    for (const question of ['What was the main span of the original Tacoma Narrows Bridge?', 'Which museum displays the Rosetta Stone?', 'When did the Tacoma Narrows Bridge collapse?']) {
      expect(featuresOf(ho33, question)?.thingMissing, question).toBe(0);
    }
  });

  it('counts against an answer a "how many" question whose thing neither the best claim nor the claim shown first gives a number of', async () => {
    const ho35 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout35/reports/', import.meta.url))));
    const ho36 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout36/reports/', import.meta.url))));
    // Unanswerable: the claims on pulsars and Pluto give the year found, a period, a vote; no count of them.
    expect(featuresOf(ho36, 'How many pulsars have been discovered so far?')?.countMissing).toBe(1);
    expect(featuresOf(ho35, 'How many moons does Pluto have in total?')?.countMissing).toBe(1);
    // Answerable: the claims count the entries and the astronomers; people at large are not read.
    for (const question of ['How many entries were submitted to the Sydney Opera House design competition?', 'How many astronomers actually voted on the Pluto decision in Prague?', 'How many people visit the Sydney Opera House each year?', 'When was the Sydney Opera House opened?']) {
      expect(featuresOf(ho35, question)?.countMissing, question).toBe(0);
    }
  });

  it('counts against an answer a price question whose thing neither the best claim nor the claim shown first gives a sum of money beside', async () => {
    const ho22 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout22/reports/', import.meta.url))));
    const ho12 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout12/reports/', import.meta.url))));
    // Unanswerable: the claims give the museum's build cost, not a ticket's price.
    expect(featuresOf(ho22, 'How much does a ticket to the Mary Rose Museum cost?')?.priceMissing).toBe(1);
    // Answerable: the claim gives what libraries pay beside the word; no thing priced ("it").
    expect(featuresOf(ho12, 'How much did libraries pay for a two-year licence to an audiobook?')?.priceMissing).toBe(0);
    expect(featuresOf(ho22, 'How much does it cost?')?.priceMissing).toBe(0);
    // Held-out 34, unanswerable: "cost approximately €394 million to build, with a toll plaza…"
    // prices the building; the toll is past the deed's clause.
    const ho34 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout34/reports/', import.meta.url))));
    expect(featuresOf(ho34, 'How much is the toll for a car crossing the Millau Viaduct?')?.priceMissing).toBe(1);
  });

  it('reads how much of a question asking a kind of answer the best claim covers, and nothing for one asking none', async () => {
    const ho33 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout33/reports/', import.meta.url))));
    // A year asked, the claims on Champollion date his decipherment, not his birth (held-out 33's
    // question on his death reads a death asked too: askedDeath.ts).
    const question = 'In what year was Jean-François Champollion born?';
    const features = featuresOf(ho33, question);
    expect(features?.answerKindMissing).toBe(0);
    expect(features?.kindAskedCovered).toBeCloseTo((features?.typed ?? 0) + (features?.otherWords ?? 0), 9);
    expect(features?.kindAskedCovered).toBeGreaterThan(0.5);
    // Whether it is declined is the fitted model's call (answered since the 49-set fit): a year is
    // given, only not the one asked.
    // No kind asked: a yes/no question, a question on a cause.
    for (const other of ['Did Champollion read Coptic?', 'Why was the Rosetta Stone important?']) expect(featuresOf(ho33, other)?.kindAskedCovered, other).toBe(0);
  });

  it('reads how much of a yes/no question the best claim covers, and nothing for another question', async () => {
    const ho32 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout32/reports/', import.meta.url))));
    // Held-out 32, unanswerable: the claims on the devils' facial tumour disease say how it spreads among devils, never whether it infects quolls.
    const question = 'Does the facial tumour disease also infect quolls?';
    const features = featuresOf(ho32, question);
    expect(features?.yesNoCovered).toBeCloseTo((features?.typed ?? 0) + (features?.otherWords ?? 0), 9);
    expect(features?.yesNoCovered).toBeGreaterThan(0.5);
    // The signal lowers the confidence (whether this question is then declined moves with each refit).
    if (!features) throw new Error(question);
    expect(confidence(features)).toBeLessThan(confidence({ ...features, yesNoCovered: 0 }));
    // Not a yes/no question: a wh-question, a question on a cause.
    for (const other of ['How is the facial tumour disease spread?', 'Why do devils get the facial tumour disease?']) expect(featuresOf(ho32, other)?.yesNoCovered, other).toBe(0);
  });

  it('reads a best claim covering one word of the question alone, beside two or more it leaves uncovered', async () => {
    const ho48 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout48/reports/', import.meta.url))));
    // Held-out 48, unanswerable office chat: "time" is covered by a claim, "zone" and "standup" by none.
    const question = 'what time zone is standup in';
    const features = featuresOf(ho48, question);
    expect(features?.oneWordCovered).toBe(1);
    if (!features) throw new Error(question);
    expect(confidence(features)).toBeLessThan(confidence({ ...features, oneWordCovered: 0 }));
    // One word covered beside one uncovered is half a two-word question; two covered is more than one.
    for (const other of ['what time zone?', 'what time zone did the Curiosity landing happen in?']) expect(featuresOf(ho48, other)?.oneWordCovered, other).toBe(0);
  });

  it('reads nothing of the best claim\'s cover for a yes/no question checking something heard', async () => {
    const ho32 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout32/reports/', import.meta.url))));
    // Asked whether what was heard holds, a claim on the subject speaks to it with its evidence.
    for (const question of ['Does the facial tumour disease actually infect quolls?', 'is it true the facial tumour disease infects quolls?']) {
      const features = featuresOf(ho32, question);
      expect(features?.typed, question).toBeGreaterThan(0.3);
      expect(features?.yesNoCovered, question).toBe(0);
    }
  });

  it('reads how much of a question asking a thing by its wh-phrase the best claim covers, and nothing for one asking none', async () => {
    const ho30 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout30/reports/', import.meta.url))));
    // Held-out 30, unanswerable: a company asked, the claims on the Changsha maglev give its line and speed, no maker.
    const question = 'Which company built the trains for the Changsha maglev?';
    const features = featuresOf(ho30, question);
    expect(features?.thingAskedCovered).toBeCloseTo((features?.typed ?? 0) + (features?.otherWords ?? 0), 9);
    expect(features?.thingAskedCovered).toBeGreaterThan(0.5);
    // The signal lowers the confidence (whether this question is then declined moves with each refit).
    if (!features) throw new Error(question);
    expect(confidence(features)).toBeLessThan(confidence({ ...features, thingAskedCovered: 0 }));
    // No thing asked: a yes/no question, a question on a cause.
    for (const other of ['Is the Changsha maglev fast?', 'Why did Changsha build a maglev?']) expect(featuresOf(ho30, other)?.thingAskedCovered, other).toBe(0);
  });

  it('reads a price beside the thing priced only where the best claim gives a price: none given at all is the kind of answer missing', async () => {
    const ho24 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout24/reports/', import.meta.url))));
    // Held-out 24, unanswerable: the claims on the rats give their search speed, no sum of money.
    const features = featuresOf(ho24, 'How much does it cost to train one APOPO mine detection rat?');
    expect(features?.answerKindMissing).toBe(1);
    expect(features?.priceMissing).toBe(0);
  });

  it('reads a speed asked that no claim shown gives: a length or a lifetime is no speed', async () => {
    const ho56 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout56/reports/', import.meta.url))));
    // Held-out 56, unanswerable: the claims on the dragon give its length, its prey, its venom.
    const features = featuresOf(ho56, 'How fast can a komodo dragon run?');
    expect(features?.speedMissing).toBe(1);
    expect(features?.answerKindMissing).toBe(0);
    // The same claims asked how long the lizard is: no speed asked.
    expect(featuresOf(ho56, 'How long can a komodo dragon grow?')?.speedMissing).toBe(0);
  });

  it('reads a later step in a story asked that no claim shown tells: the event itself tells none', async () => {
    const ho57 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout57/reports/', import.meta.url))));
    // Held-out 57, unanswerable: the claims on Louise Brown tell her birth, not her work now.
    expect(featuresOf(ho57, 'What does Louise Brown do for a living now?')?.laterStepMissing).toBe(1);
    // Held-out 31, answerable: "Two of the discoverers … later became guides at Lascaux."
    const ho31 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout31/reports/', import.meta.url))));
    expect(featuresOf(ho31, 'What did Jacques Marsal and Marcel Ravidat do for work later in life?')?.laterStepMissing).toBe(0);
    // No later step asked: the same claims asked when she was born.
    expect(featuresOf(ho57, 'When was Louise Brown born?')?.laterStepMissing).toBe(0);
  });

  it('reads an event asked of something named that no claim shown tells: the claims on the subject share its names, not its verb', async () => {
    const ho58 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout58/reports/', import.meta.url))));
    // Held-out 58, unanswerable: the claims on the Bubble Act tell its passing and the crash, no repeal.
    expect(featuresOf(ho58, 'Was the Bubble Act ever repealed?')?.eventUntold).toBe(1);
    // Typed in lower case, as chat types names: the claims write "Bubble Act" with capitals.
    expect(featuresOf(ho58, 'was the bubble act ever repealed?')?.eventUntold).toBe(1);
    // Held-out 46, answerable: a claim tells Robinson's championship win.
    const ho46 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout46/reports/', import.meta.url))));
    expect(featuresOf(ho46, 'Did Jackie Robinson ever win a championship?')?.eventUntold).toBe(0);
    // Held-out 45, answerable, asked of anyone: a claim tells its case in its own words.
    const ho45 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout45/reports/', import.meta.url))));
    expect(featuresOf(ho45, 'Had anybody ever been killed on a paying zeppelin flight before that?')?.eventUntold).toBe(0);
    // Held-out 62, unanswerable: "disciplined" reaches the claims shown only through far relatives in other senses ("train", "student").
    const ho62 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout62/reports/', import.meta.url))));
    expect(featuresOf(ho62, 'Was Donald Currey ever disciplined for it, or did he say he regretted it?')?.eventUntold).toBe(1);
  });

  it('reads a yes/no question between two things that no claim shown names, asked of anyone too', async () => {
    const ho61 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout61/reports/', import.meta.url))));
    // Held-out 61, unanswerable: the cane toad claims tell the toads' spread and harm, no virus or gene technology.
    expect(featuresOf(ho61, 'Has anyone tried a virus or gene technology to wipe out cane toads?')?.alternativesUntold).toBe(1);
    // Held-out 61, answerable: the canal's claims tell the forced labour, then the machines.
    expect(featuresOf(ho61, 'was it mostly machines or people doing the digging? iirc it was forced labour at first')?.alternativesUntold).toBe(0);
    // Not a yes/no question: what it asks is weighed by the kind asked.
    expect(featuresOf(ho61, 'When did the toads reach Darwin or Kimberley?')?.alternativesUntold).toBe(0);
  });

  it('reads a count of a kind of person or a body of people under any word for people: people, staff, jobs or pilots', async () => {
    const headcounts = Library.from(await loadReports(fileURLToPath(new URL('../fixtures/headcounts/companies/', import.meta.url))));
    for (const question of ['How many employees does Dell have?', 'How many seasonal workers does Amazon hire?', 'How many employees were laid off at the car plant?', 'How many staff does Dell have?', 'How many staff does the Oakville car plant employ?', 'How many crew fly on each FedEx cargo jet?']) {
      expect(featuresOf(headcounts, question)?.countMissing, question).toBe(0);
      expect(answerQuestion(headcounts, question).answered, question).toBe(true);
    }
  });

  it('reads the noun naming the date asked as no thing the claim lacks where the claim dates it', async () => {
    // Held-out 37: the quote dates Goering's death ("on 15 October 1946"): "date" is no uncovered noun.
    const ho37 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout37/reports/', import.meta.url))));
    expect(featuresOf(ho37, 'On what date did Hermann Goering die?')?.uncoveredNouns).toBe(0);
    // Held-out 33, unanswerable: no claim dates the surcharge's end, so "date" still counts.
    const ho33 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout33/reports/', import.meta.url))));
    const nixon = featuresOf(ho33, "On what date was Nixon's 10 percent import surcharge lifted?");
    expect(nixon?.answerKindMissing).toBe(1);
    expect(nixon?.uncoveredNouns).toBeGreaterThan(0);
  });

  it('looks for a count of the thing right after "how many", a noun there though mostly a verb', async () => {
    // Held-out 39, unanswerable: the claims count towns, never Lübeck's ships ("ships" is mostly a verb).
    const ho39 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout39/reports/', import.meta.url))));
    expect(featuresOf(ho39, 'How many ships did Lübeck have in its fleet around 1400?')?.countMissing).toBe(1);
    // Held-out 37, answerable: the claim counts Jim Craig's saves.
    const ho37 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout37/reports/', import.meta.url))));
    expect(featuresOf(ho37, 'How many saves did Jim Craig make against the Soviets?')?.countMissing).toBe(0);
  });

  it('reads a number in words as no thing the claim lacks', async () => {
    // Held-out 38 (emperor penguins): WordNet lists "eighty" as a noun; the claims give no year
    // count in words, and it was most of the question uncovered.
    const ho38 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    expect(featuresOf(ho38, 'Will there still be any of them around in eighty years?')?.uncoveredNouns).toBe(0);
    // A noun beside it still counts: no claim speaks of rookeries.
    expect(featuresOf(ho38, 'Will there still be any rookeries around in eighty years?')?.uncoveredNouns).toBeGreaterThan(0);
  });

  it('reads a word standing for someone unnamed as no thing the claim lacks', async () => {
    // Held-out 30: the claims count sumo wrestlers, never "guys", which was the question's one uncovered noun.
    const ho30 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout30/reports/', import.meta.url))));
    expect(featuresOf(ho30, 'How many guys are in pro sumo these days compared with the all-time high?')?.uncoveredNouns).toBe(0);
    // "kids" names children: held-out 38's Owens report never speaks of them.
    const ho38 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    expect(featuresOf(ho38, 'what did owens tell kids about racism?')?.uncoveredNouns).toBeGreaterThan(0);
  });

  it('reads "these days" as when, no thing the claim lacks, and a day asked beside it as one', async () => {
    // Held-out 22: the claim counts Estonia's e-residents and says nothing of days, which were most of the question uncovered.
    const ho22 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout22/reports/', import.meta.url))));
    expect(featuresOf(ho22, 'hey, how many e-residents does estonia have these days?')?.uncoveredNouns).toBe(0);
    expect(featuresOf(ho22, 'how many days a year do e-residents spend in estonia these days?')?.uncoveredNouns).toBeGreaterThan(0);
  });

  it('reads people at large and a kind of person asked, not counted, as no thing a claim must name', async () => {
    // Held-out 33: the claim speaks of those the cloud "killed", never of people who "died".
    const ho33 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout33/reports/', import.meta.url))));
    expect(featuresOf(ho33, 'Which people died when Lake Nyos let out its gas?')?.thingMissing).toBe(0);
    // Held-out 35: a claim names the cyclist, never calls him one.
    const ho35 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout35/reports/', import.meta.url))));
    expect(featuresOf(ho35, 'Which cyclist lost all his Tour wins because of drugs?')?.thingMissing).toBe(0);
    // Counted, they stay a thing the claim must name: countMissing reads no count of people at
    // large, and any count of people passes it for a kind of person. (Held-out 33's "How many people
    // died when Lake Nyos let out its gas?" was the example here while its best claim had no people:
    // searched as a killing too, it finds "…killed about 1,746 people", which names them.)
    const ho38 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    expect(featuresOf(ho38, 'how many people were born with thalidomide defects in the uk?')?.thingMissing).toBe(1);
    const ho36 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout36/reports/', import.meta.url))));
    expect(featuresOf(ho36, 'how many staff did the lion brewery employ in 1900?')?.thingMissing).toBe(1);
  });

  it('reads a kind of person asked what they said as a thing a claim, its evidence or its source must name', async () => {
    // No president speaks in the bundled reports: a claim on remote work lacks the speaker.
    expect(featuresOf(library, 'what did the president say about remote work?')?.thingMissing).toBe(1);
    // Held-out 36: the claim names the thief who claimed it.
    const ho36 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout36/reports/', import.meta.url))));
    expect(featuresOf(ho36, 'what did the thief say about why he did it?')?.thingMissing).toBe(0);
  });

  it('counts against an answer a "how many" question on a kind of person that no claim shown gives a number of people for', async () => {
    const landmarks = Library.from(await loadReports(fileURLToPath(new URL('../fixtures/headcounts/landmarks/', import.meta.url))));
    // The tower's claims give its cost in francs and its years of building: no visitors.
    expect(featuresOf(landmarks, 'How many visitors does the Eiffel Tower get?')?.countMissing).toBe(1);
    expect(answerQuestion(landmarks, 'How many visitors does the Eiffel Tower get?').answered).toBe(false);
    // The Louvre's claim counts its visitors.
    expect(featuresOf(landmarks, 'How many visitors does the Louvre get?')?.countMissing).toBe(0);
    expect(answerQuestion(landmarks, 'How many visitors does the Louvre get?').answered).toBe(true);
  });

  it("counts as stated a year the report's date or a source states, and reads no year in an amount", async () => {
    const reports = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout17/reports/', import.meta.url))));
    // The reports are dated 2026 (Research Date): a question naming the report by its year asks
    // what it says, as the same question without the year does.
    for (const question of [
      'does the 2026 report on organ donation say opt-out raises donor numbers?',
      'anything in the 2026 doc about how many bats wind turbines kill?',
      // an amount or a measure between 1500 and 2099 is no year
      'Does a tourist tax of 2000 euros reduce visitors?',
    ]) {
      expect(featuresOf(reports, question)?.yearMissing, question).toBe(0);
    }
    // "anything in the 2026 doc about how many bats wind turbines kill?" is not asserted answered:
    // its year is read as stated (above), but "2026" still counts as a word its claim lacks in the
    // coverage (typed 0.45), which leaves it at the cut (confidence +0.015 at 12decf8's model, -0.018
    // at decline47's refit on a52ab51): the refit decides it, not the year's reading.
    for (const question of ['does the 2026 report on organ donation say opt-out raises donor numbers?', 'Does a tourist tax of 2000 euros reduce visitors?', 'anything in the doc about how many bats wind turbines kill?']) {
      expect(answerQuestion(reports, question).answered, question).toBe(true);
    }
    expect(featuresOf(reports, 'How many birds does a 2000 MW wind farm kill?')?.yearMissing).toBe(0);
    // A year neither the claim, its sources nor its report's date states is still missing.
    expect(featuresOf(reports, 'does the 1995 report on organ donation say opt-out raises donor numbers?')?.yearMissing).toBe(1);
  });

  it("counts half missing a year only the report's topic states, where its claims do not repeat it", async () => {
    // "Topic: Why is the 1904 St. Louis Olympic marathon remembered as the strangest Olympic race…":
    // the claim on Hicks's winning time says "3:28:53", not 1904 (held-out 40, answerable).
    const marathon = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout40/reports/', import.meta.url))));
    expect(featuresOf(marathon, "What was Thomas Hicks's winning time in the 1904 marathon?")?.yearMissing).toBe(0.5);
    // Another year is missing still: the report states 1904, 1905 and 1921, never 1912.
    expect(featuresOf(marathon, "What was the winning time in the 1912 Olympic marathon?")?.yearMissing).toBe(1);
  });

  it('checks the outcome against the best claim without the verb: a rare verb alone does not pick it', () => {
    // "improve" is rarer in the bundled reports than "health": the claim covering most of the
    // question is the sharrows one ("…do little or nothing to improve safety"); the claim on
    // health gains from cycling, second, has the outcome.
    const question = 'does cycling improve health?';
    expect(featuresOf(library, question)?.outcomeMissing).toBe(0);
    expect(answerQuestion(library, question).answered).toBe(true);
  });

  it('answers a finding asked politely: "can you explain why…" asks for no lesson', () => {
    for (const question of ['can someone explain why people stop taking GLP-1 drugs?', 'can you explain why heat pumps underperform in real homes?']) {
      expect(featuresOf(library, question)?.asksAdvice, question).toBe(0);
      expect(answerQuestion(library, question).answered, question).toBe(true);
    }
  });

  it('leaves a question asking for advice to the model even where a claim has every word of it', async () => {
    const ho41 = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout41/reports/', import.meta.url))));
    // Held-out 41, unanswerable: the claim on De Beers' lab-grown brand has "tell", "diamond",
    // "lab grown" and "mined", and says nothing of how to tell the two apart.
    const question = 'how can i tell whether a diamond is lab grown or mined?';
    const features = featuresOf(ho41, question);
    expect(features?.asksAdvice).toBe(1);
    expect((features?.typed ?? 0) + (features?.otherWords ?? 0)).toBeGreaterThan(1 - 1e-9);
    // The rule for a claim with every word does not answer it: a model answering nothing declines
    // it. Whether the fitted model answers it is the model's call (it did until the forty-second
    // session's refit, and does since: eval/README.md).
    expect(features !== null && isAnswer(features, { ...ANSWER_MODEL, constant: -Infinity })).toBe(false);
    // A finding asked in the same words is answered.
    expect(answerQuestion(ho41, 'did De Beers launch a lab-grown diamond brand?').answered).toBe(true);
  });

  it('weighs the signals together as well as apart: each product of two has its weight', () => {
    const signals = { typed: 0.3, otherWords: 0.2, unknown: 0.5, strength: 1.5, margin: 0.4, words: 6, asksAdvice: 0, uncoveredNames: 0, uncoveredNouns: 0, answerKindMissing: 0, outcomeMissing: 0, yearMissing: 0, besidesNames: 1, kindMissingShownFirst: 0, twoClaimsGain: 0, thingMissing: 0, countMissing: 0, priceMissing: 0, speedMissing: 0, laterStepMissing: 0, eventUntold: 0, alternativesUntold: 0, kindAskedCovered: 0, thingAskedCovered: 0, yesNoCovered: 0, oneWordCovered: 0 };
    const zero = { typed: 0, otherWords: 0, unknown: 0, strength: 0, margin: 0, words: 0, asksAdvice: 0, uncoveredNames: 0, uncoveredNouns: 0, answerKindMissing: 0, outcomeMissing: 0, yearMissing: 0, besidesNames: 0, kindMissingShownFirst: 0, twoClaimsGain: 0, thingMissing: 0, countMissing: 0, priceMissing: 0, speedMissing: 0, laterStepMissing: 0, eventUntold: 0, alternativesUntold: 0, kindAskedCovered: 0, thingAskedCovered: 0, yesNoCovered: 0, oneWordCovered: 0 };
    expect(confidence(signals, { constant: 1, weights: zero, pairs: [['typed', 'unknown', 2]] })).toBeCloseTo(1 + 2 * 0.3 * 0.5);
    expect(confidence(signals, { constant: 0, weights: { ...zero, words: 0.5 }, pairs: [['margin', 'margin', -1]] })).toBeCloseTo(0.5 * 6 - 0.4 * 0.4);
    // The fitted model has a weight for every pair of paired signals and each pair with the missing kind of answer or outcome, each pair once.
    const pairs = new Set(ANSWER_MODEL.pairs.map(([a, b]) => `${a}*${b}`));
    expect(pairs.size).toBe((PAIRED_SIGNALS.length * (PAIRED_SIGNALS.length + 1)) / 2 + MISSING_ANSWER_PAIRS.length);
    expect(ANSWER_MODEL.pairs.length).toBe(pairs.size);
  });

  it('is not answered, with nothing related, when nothing matches at all', () => {
    const answer = answerQuestion(library, 'xylophone zeppelin');
    expect(answer).toMatchObject({ answered: false, items: [], related: [] });
  });

  it('lists what filters allow, as answers', () => {
    const answer = answerQuestion(library, 'report:heat-pumps');
    expect(answer.answered).toBe(true);
    expect(answer.items.length).toBeGreaterThan(0);
  });

  // review57's musts on next58: the age asked of one by name is told of them in the wider look too
  // (held-out 55: Truman's age is no answer on Tutankhamun), a name typed with a typo is still them
  // (held-out 35: "Bantng" is Banting, "aged 32"), and a roar that "drowned the rest" kills no one
  // (held-out 33: the announcer Norris McWhirter).
  it('reads an age or a death asked of one by name as told of them: across the first claims, with a typo, and not in a noise', async () => {
    const kindMissing = async (folder: string, text: string) => {
      const set = Library.from(await loadReports(fileURLToPath(new URL(`../../eval/${folder}/reports/`, import.meta.url))));
      return featuresOf(set, text)?.answerKindMissing;
    };
    expect(await kindMissing('holdout55', 'How old was Tutankhamun when he became king?')).toBe(1);
    expect(await kindMissing('holdout35', 'How old was Bantng when he got the Nobel?')).toBe(0);
    expect(await kindMissing('holdout33', 'When did Norris McWhirter die?')).toBe(1);
  });
});

describe('everyday words in the decision', () => {
  it('counts words of many meanings less than telling ones, read from WordNet', () => {
    const weights = wordWeights('is the stuff they get from keto and hydrogen bad for lots of people at the Smithsonian');
    for (const everyday of ['stuff', 'get', 'bad', 'lot']) expect(weights.get(everyday), everyday).toBe(EVERYDAY_WEIGHT);
    for (const telling of ['keto', 'hydrogen', 'smithsonian']) expect(weights.get(telling), telling).toBe(1);
    expect(EVERYDAY_WEIGHT).toBeLessThan(1);
    // Without WordNet every word counts in full.
    expect([...wordWeights('bad stuff', null).values()]).toEqual([1, 1]);
  });

  it('leaves less of a question uncovered when the word no claim has is an everyday one', () => {
    // "bad" and "keto" are both in no claim (the same IDF): only how everyday they are differs.
    const features = (text: string) => featuresOf(library, text);
    expect(library.index.claimsWith('bad') + library.index.claimsWith('keto')).toBe(0);
    const everyday = features('is microplastic in bottled water bad');
    const telling = features('is microplastic in bottled water keto');
    expect(everyday?.typed).toBeGreaterThan((telling?.typed ?? 1) + 0.05);
    expect(everyday?.unknown).toBeLessThan(telling?.unknown ?? 0);
  });
});

describe('questionCoverage', () => {
  const idf = (term: string): number => ({ heat: 1, pump: 1, servic: 4 })[term] ?? 2;
  const question = { terms: ['heat', 'pump', 'servic'], expansions: [{ term: 'mainten', weight: 0.5, source: 'servic' }], idf };

  it('weighs each question word by how telling it is', () => {
    expect(questionCoverage(question, new Set(['heat', 'pump', 'cold']))).toBeCloseTo(2 / 6);
    expect(questionCoverage(question, new Set(['servic']))).toBeCloseTo(4 / 6);
  });

  it('counts a word said in other words, a typo, and the last word typed in part', () => {
    expect(questionCoverage(question, new Set(['heat', 'pump', 'mainten']))).toBeCloseTo(1);
    expect(questionCoverage({ ...question, expansions: [{ term: 'mainten', weight: 0.25, source: 'servic' }] }, new Set(['heat', 'pump', 'mainten']))).toBeCloseTo(4 / 6);
    expect(questionCoverage(question, new Set(['heat', 'pump', 'servis']))).toBeCloseTo(1);
    expect(questionCoverage({ ...question, terms: ['heat', 'pump', 'ser'] }, new Set(['heat', 'pump', 'servic']))).toBeCloseTo(1);
  });

  it('counts a long misspelt word that stems apart from the word meant', () => {
    // "resignaitons" stems to resignaiton, "resignations" to resign: too far apart for the typo test.
    const near = (term: string, maxEdits: number | false, prefix: boolean) => library.index.termsNear(term, maxEdits, prefix);
    const typo = { terms: termsOf('resignaitons'), expansions: [], idf: () => 1, near };
    expect(questionCoverage(typo, new Set(termsOf('resignations fell')))).toBe(1);
    expect(questionCoverage(typo, new Set(termsOf('designs fell')))).toBe(0);
  });

  it('does not read a name as a misspelt stem', () => {
    // "Singapore" stems to singapor, which starts with the stem of "single" give or take a letter.
    const near = (term: string, maxEdits: number | false, prefix: boolean) => library.index.termsNear(term, maxEdits, prefix);
    const question = { terms: termsOf('vertical farms Singapore'), expansions: [], idf: () => 1, near };
    const claim = new Set(termsOf('a single vertical farm'));
    expect(library.index.claimsWith('singapor')).toBe(0);
    expect(questionCoverage(question, claim)).toBeCloseTo(1);
    expect(questionCoverage({ ...question, names: new Set(['singapor']) }, claim)).toBeCloseTo(2 / 3);
  });

  it('does not read a real word as a typo of another, nor a name as the start of a longer word', () => {
    // "capital" stems to capit, one letter from capita ("per capita"); "France" to franc, which starts "Francisco".
    const question = { terms: termsOf('capital France'), expansions: [], idf: () => 1 };
    const claim = new Set(termsOf('deaths per capita in San Francisco'));
    expect(questionCoverage(question, claim)).toBeCloseTo(1);
    expect(questionCoverage({ ...question, dictionaryWords: new Set(['capit']) }, claim)).toBeCloseTo(1 / 2);
    expect(questionCoverage({ ...question, dictionaryWords: new Set(['capit']), names: new Set(['franc']) }, claim)).toBe(0);
    // The question as the bot reads it: both are words WordNet lists, and France is a name.
    expect(answerQuestion(library, 'what is the capital of France?').answered).toBe(false);
    // A typo that is no word is still forgiven.
    expect(questionCoverage({ ...question, terms: termsOf('capitla'), dictionaryWords: dictionaryWords('capitla') }, new Set(['capit']))).toBe(1);
  });

  it('knows edit distances', () => {
    expect(withinEdits('upfornt', 'upfront', 2)).toBe(true);
    expect(withinEdits('servic', 'servis', 1)).toBe(true);
    expect(withinEdits('risk', 'disks', 1)).toBe(false);
  });

  it('gives the same coverage from the index word lists as from comparing every word', () => {
    // Typos, a word typed in part, words said otherwise, words no claim has.
    const questions = ['upfornt cost of heat pumps', 'heat pum', 'grid forming invertrs', 'does stopping the medication make you regain weight?', 'microplastic bottled watr', 'xylophone zeppelin co'];
    const near = (term: string, maxEdits: number | false, prefix: boolean) => library.index.termsNear(term, maxEdits, prefix);
    let compared = 0;
    for (const text of questions) {
      const question = { terms: termsOf(text), expansions: expandQuestion(text, { aliases: library.aliases }), idf: () => 1 };
      for (const report of library.reports) {
        for (const claim of report.claims) {
          const terms = termsOfClaim(claim, report);
          expect(questionCoverage({ ...question, near }, terms), `${text} / ${claim.id}`).toBe(questionCoverage(question, terms));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(library.index.termsNear('servic', 1, false)).toContain('servic');
  });
});

/** Whether a claim names a place in its text or its evidence (quotes, findings, sources), as the decision reads a claim. */
function saysName({ claim }: { claim: Claim }, name: string): boolean {
  return claim.text.includes(name) || claim.evidence.some((e) => `${e.quote ?? ''} ${e.finding ?? ''} ${e.source}`.includes(name));
}

