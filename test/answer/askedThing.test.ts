import { describe, expect, it } from 'vitest';
import { askedThing } from '../../src/answer/askedThing.js';

describe('the thing a question asks for by its wh-phrase', () => {
  it('reads the noun after "what / which" (past a copula and an article) or "how many / much"', () => {
    expect(askedThing('What was the toll to cross the original Tacoma Narrows Bridge?')).toBe('toll');
    expect(askedThing('What brand were the spikes Bannister wore?')).toBe('brand');
    expect(askedThing("What's the surface area of Lake Nyos?")).toBe('area');
    expect(askedThing('How many WHO staff worked on the smallpox campaign in Somalia?')).toBe('staff');
    expect(askedThing('How many of the dial painters from the studio died?')).toBe('painters');
  });

  it('reads the word right after "how many" that ends the phrase as the thing counted, a noun there though mostly a verb', () => {
    // held-out 39: "ships" is mostly a verb in WordNet, so no thing was read and no count of ships looked for
    expect(askedThing('How many ships did Lübeck have in its fleet around 1400?')).toBe('ships');
    expect(askedThing('How many saves did Jim Craig make against the Soviets?')).toBe('saves');
    expect(askedThing('How many steals were there in 2023?')).toBe('steals');
    // review 41 item 3: a verb's base or past form leaves out the people counted
    expect(askedThing('how many work at the bergen kontor?')).toBeNull();
    expect(askedThing('how many left after the war?')).toBeNull();
    expect(askedThing('how many sail on the americas cup boats?')).toBeNull();
    // not a word of a difference, nor an auxiliary, nor a word after "of them"
    expect(askedThing('If buses were free, how many more would ride them?')).toBeNull();
    expect(askedThing('Out of the 100 top-grossing games, how many had loot boxes?')).toBeNull();
    expect(askedThing('so how many of them actually breed?')).toBeNull();
  });

  it('reads no thing the question names: the thing "called" or "named" a capitalised name', () => {
    // held-out 33: the claims name Undark, never a product
    expect(askedThing('What was the product called Undark used for?')).toBeNull();
    expect(askedThing('Which company named the ship?')).toBe('company');
  });

  it('reads the last noun of the phrase, up to a preposition, an auxiliary or a word that is no noun after one', () => {
    expect(askedThing('Which steel company fabricated the cables for the 1940 bridge?')).toBe('company');
    expect(askedThing('Which room of the British Museum is the Rosetta Stone displayed in?')).toBe('room');
  });

  // "use" after "Which airlines" was read as the thing (WordNet has it as a noun): held-out 50's
  // unanswerable "Which airlines use Kansai as a hub?" was answered, no thing missing.
  it('ends the phrase at a verb after a plural noun, its plain or past form, though WordNet has it as a noun', () => {
    expect(askedThing('Which airlines use Kansai as a hub?')).toBe('airlines');
    expect(askedThing('which tree species cope best with drought on city streets?')).toBe('species');
    expect(askedThing('How many submarine cables land in Australia?')).toBe('cables');
    expect(askedThing('Which countries use preferential voting to elect their national parliament?')).toBe('countries');
    expect(askedThing("What is the men's 10,000 metres track world record?")).toBe('record');
    expect(askedThing('How many GPS satellites are currently in orbit?')).toBe('satellites');
    expect(askedThing('Which steel company fabricated the cables?')).toBe('company');
  });

  // review52: a plural modifier before a noun WordNet also has as a verb was read as the thing.
  it('keeps a compound whole where a verb follows it: the plural names a kind of the noun', () => {
    expect(askedThing('Which pro sports league saw crowds jump after the lockout?')).toBe('league');
    expect(askedThing('Which sports team won the most titles?')).toBe('team');
    expect(askedThing('Which savings account pays the most interest?')).toBe('account');
    expect(askedThing('Which airlines use Kansai as a hub?')).toBe('airlines');
  });

  it('ends the phrase at every auxiliary (auxiliaryVerbs.ts): a modal after the thing is no thing', () => {
    for (const modal of ['may', 'might', 'must', 'shall', 'will', 'can', 'should']) {
      expect(askedThing(`Which company ${modal} buy the cable maker?`), modal).toBe('company');
    }
    expect(askedThing('Which companies have built the most bridges?')).toBe('companies');
    expect(askedThing('Which state had the first law?')).toBe('state');
  });

  it('skips a copula between the wh-word and the thing, every form of it', () => {
    expect(askedThing('What am I supposed to bring?')).toBeNull();
    expect(askedThing('What were the bolts made of?')).toBe('bolts');
  });

  it("reads the thing after a possessive past a copula, an article or \"how many of\", the possessor right after the wh-word", () => {
    expect(askedThing("What is the NHL's concussion protocol?")).toBe('protocol');
    expect(askedThing("How many of Nick Begich's first-round ballots went to Sarah Palin?")).toBe('ballots');
    expect(askedThing("so how much of zambia's debt was owed to china")).toBe('debt');
    expect(askedThing("What was Bannister's time at the three-quarter mark?")).toBeNull();
    expect(askedThing("Which country's seafood makes up 40% of its exports?")).toBe('country');
  });

  it('reads no figure as the thing, though WordNet lists "10" as a noun', () => {
    expect(askedThing("What is the men's 10,000 metres track world record?")).toBe('record');
    expect(askedThing("what's 15% of 240")).toBeNull();
  });

  it('reads a wh-phrase opening a later clause, after a comma or a preposition', () => {
    expect(askedThing('Who holds the record, and which room is it in?')).toBe('room');
    expect(askedThing('In which town did the gas cloud kill most people?')).toBe('town');
  });

  // Held-out 42's "Which stage of tick…" (the claim: "bites from tiny nymphal ticks"), 20's coral
  // "methods", 11's draining "surface", 39's "boats": every such development question is answerable.
  it('reads no thing for a class whose members a claim names, nor for a kind asked ("what kind of X")', () => {
    for (const question of [
      'Which stage of tick is responsible for most people getting Lyme?',
      "so what's the current theory on why everyone started dancing, stress or something?",
      'Which coral restoration methods are being used in Florida?',
      "what are the options if someone can't tolerate a CPAP mask?",
      'What concrete legal steps have France and Germany taken?',
      'what kind of battery does it use',
      'Which kind of draining surface keeps letting water through the longest?',
      'What kinds of aches do competitive gamers get?',
      'What sort of cell did the devil cancer come from?',
    ]) expect(askedThing(question), question).toBeNull();
    // counted, a class is the thing counted; a later wh-phrase still asks its thing
    expect(askedThing('How many stages are there in a modern Tour de France?')).toBe('stages');
    expect(askedThing('What kind of dam is it, and which company built it?')).toBe('company');
  });

  it('reads no thing when the wh-word asks none, or asks a figure the kind of answer reads', () => {
    for (const question of [
      'What happened to the head of the laboratory?',
      'What did the pacemakers get paid?',
      'How much is the Rosetta Stone insured for?',
      'In what year did Champollion die?',
      'On what date was the surcharge lifted?',
      'How many years does protection from a vaccination last?',
      'What share of the fund goes to hospitals?',
      'What was the price of gold in 1973?',
      'Who ran the first sub-four-minute mile?',
      'do heat pumps work in the cold?',
    ]) expect(askedThing(question), question).toBeNull();
  });

  // Held-out 41's "What causes the Earth's magnetic field to flip…" asked for "causes", and 3's "What
  // matters more…" (answerable) for "matters": the question's verb, "what" its subject.
  it('reads no thing when "what" is the subject of a verb WordNet has mostly as a noun, and the noun before an auxiliary', () => {
    for (const question of [
      "What causes the Earth's magnetic field to flip?",
      'What causes the northern lights?',
      'what limits how useful batteries are for running the grid?',
      'What matters more for a kid picking up a language: how early or how much?',
      'Does removing lionfish help reef fish, and what limits how well it works?',
    ]) expect(askedThing(question), question).toBeNull();
    expect(askedThing('what limits did World Athletics put on road shoes?')).toBe('limits');
    expect(askedThing('What causes of the fire did the inquiry name?')).toBe('causes');
  });

  // Held-out 43's "What ended the Pony Express, and what ended Berlin's rent cap?" asked for "berlin".
  it('reads no thing when "what / which" is the subject of the verb after it, but a participle describing the thing is read past', () => {
    for (const question of [
      "What ended the Pony Express, and what ended Berlin's rent cap?",
      'what destroyed Pompeii?',
      'What pushed people from Honduras and Guatemala to head north to the US in the last decade?',
      'what makes sourdough crumb softer, exopolysacharides?',
      'Which lasted longer, the Strasbourg dancing outbreak or the construction of the Eiffel Tower?',
    ]) expect(askedThing(question), question).toBeNull();
    expect(askedThing('What processed foods are linked to bowel cancer?')).toBe('foods');
    expect(askedThing('Which endangered wild cat depends on Iberian woodlands?')).toBe('cat');
    expect(askedThing('What running shoes did Kipchoge wear?')).toBe('shoes');
  });

  // review 44's coulds 4 and 7: "first" and "don" were read as the thing.
  it('reads past a superlative to the thing, and ends the phrase at a negated auxiliary', () => {
    expect(askedThing('what was the first lyme vaccine?')).toBe('vaccine');
    expect(askedThing('Which country first wrote protections for the environment into its charter?')).toBe('country');
    expect(askedThing('which came first, the jet engine or maggot therapy?')).toBeNull();
    expect(askedThing("which kinds of bike infrastructure improve safety and which don't?")).toBeNull();
    expect(askedThing("Which US states don't observe daylight saving time?")).toBe('states');
  });

  // Held-out 41's "What was the name of the ship that carried the Ross Sea party?" read no thing:
  // "name" is mostly a verb, and so is "ship".
  it('reads the thing whose name is asked, past "name of", and ends the phrase at a relative word', () => {
    expect(askedThing('What was the name of the ship that carried the Ross Sea party?')).toBe('ship');
    expect(askedThing('What was the name of the dog kept alive on the early insulin extract?')).toBe('dog');
    expect(askedThing("What was the name of Mont-Blanc's captain?")).toBe('captain');
    expect(askedThing("What's the name of the tattoo artist who started the petition?")).toBe('artist');
    expect(askedThing("What's the WHO's vaccination target for girls?")).toBe('target');
    expect(askedThing('what name did they give the ship?')).toBeNull();
  });

  it('reads no thing an answer shows: the claim, its source, its evidence, the study', () => {
    for (const question of ["What's the source for the claim that children work in the yards?", 'Which study estimated that lottery winners spend 11 cents per dollar on leisure?', 'What evidence is there that seagrass shields shellfish?', "Which claim comes from Bruce Bairnsfather's Bullets & Billets?", 'Which claims rely on Writers Write?']) {
      expect(askedThing(question), question).toBeNull();
    }
  });

  it('reads the thing after the last of many wh-words in a long message (its time: bench/longReadings.ts)', () => {
    const long = `${', what'.repeat(3000)}, and what brand were the spikes?`;
    expect(askedThing(long)).toBe('brand');
  });

  it('reads no relation a claim states without naming it: a difference, an effect, a way, a reason, a connection', () => {
    for (const question of ['What is the difference between semaglutide and tirzepatide?', 'What effect did pop-up lanes have?', "What's the best way to cut heat pump running costs?", 'What are the main reasons teens vape?', 'What is the main reason people stop GLP-1 treatment?', 'What is the connection between Claude Debussy and the Great Wave?']) {
      expect(askedThing(question), question).toBeNull();
    }
  });

  it('reads no word cut in half where the window after a wh-word ends', () => {
    // The window (120 characters after "what") ends after "pine" of "pineapples".
    const cut = `what${' the'.repeat(28)}    pineapples are sold?`;
    expect(askedThing(cut)).not.toBe('pine');
  });

  it('reads no "what" inside a clause, which asks for no thing', () => {
    expect(askedThing('did the warning labels change what people bought?')).toBeNull();
  });

  // Held-out 58's unanswerable "Did Lord Monteagle get any reward from the king…?" read no thing: the
  // claims on Monteagle and the letter, none naming a reward, answered it.
  it('reads the thing of a yes/no question asking whether someone got any of it', () => {
    expect(askedThing('Did Lord Monteagle get any reward from the king for passing on the letter?')).toBe('reward');
    expect(askedThing('quick q for <#C0123|research>: did Tottenham\'s new ground get any public subsidy?')).toBe('subsidy');
    expect(askedThing('were they paid any compensation?')).toBe('compensation');
    expect(askedThing('What did the king do? did Monteagle get any reward?')).toBe('reward');
    expect(askedThing('did they get any money back?')).toBeNull();
    expect(askedThing('The team that won any medal?')).toBeNull();
  });

  // "any sort / type of reward" read the kind as the thing, a word no claim has ("sort", "type").
  it('reads the thing got asked past a kind of it', () => {
    expect(askedThing('did she get any sort of reward?')).toBe('reward');
    expect(askedThing('were they given any type of compensation?')).toBe('compensation');
    expect(askedThing('did he get any kind of punishment?')).toBe('punishment');
  });

  // Review 60: "did he get any closer…?" read the thing "closer", a comparative WordNet has as a noun
  // too ("a closer"): getting any closer or better asks how far someone came, no thing got.
  it('reads no thing got after "get any" and a comparative', () => {
    for (const question of ['did he get any closer to the pole?', 'did the queues get any longer?', 'did the phones get any lighter after that?', 'did it get any better?'])
      expect(askedThing(question), question).toBeNull();
    expect(askedThing('did they get any longer holidays?')).toBe('holidays');
    expect(askedThing('did the road get any layer of asphalt?')).toBe('layer');
  });

  // Read from every "q did" or comma to its clause's end, a long clause took time growing with its
  // square (its time: bench/longReadings.ts); read from a clause's first opening, the same things.
  it('reads the thing got asked after a long run of openings, from the first opening of its clause', () => {
    expect(askedThing(`${'q did '.repeat(150)}get any reward?`)).toBe('reward');
    expect(askedThing(`${', '.repeat(450)}did Monteagle get any reward?`)).toBe('reward');
    expect(askedThing(`${'q did any '.repeat(90)}`)).toBeNull();
    expect(askedThing('wondering if the king paid him, wondering did he get any reward')).toBe('reward');
    expect(askedThing('did the king pay him, and the plotters get any reward?')).toBeNull();
  });
});
