import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { asksRoleHolder, deedOfRoleAsked, namesDoerOf, namesPersonInRole } from '../../src/answer/askedPerson.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

const heldOut = async (folder: string): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL(`../../eval/${folder}/reports/`, import.meta.url))));

describe('a person asked for the first deed of a kind', () => {
  it('reads "who <verb> the first X" as asking a person, and no ranking', () => {
    for (const question of [
      'hey, do we know who actually ran the first trials showing oral fluids could replace IV drips for cholera?',
      'Who made the first recording of The Rite of Spring?',
    ]) {
      expect(askedAnswerKinds(question), question).toContain('person');
      expect(askedAnswerKinds(question), question).not.toContain('ranking');
    }
    expect(askedAnswerKinds('Who was the first woman to win the Tour?')).not.toContain('person');
    expect(givesAnswerKind('In 1968 David Nalin and Richard Cash showed in Dhaka that an oral solution worked.', 'person')).toBe(true);
    expect(givesAnswerKind('A captive breeding programme has returned thousands of young tortoises to the wild.', 'person')).toBe(false);
  });

  // Held-out 61 (answerable, declined): "went and" before the deed's verb read "the first toads" as
  // a ranking asked, which the claim naming the entomologist who fetched them does not give.
  it('reads the deed after "went and" or "came (out) and" as the verb: a person asked, no ranking', () => {
    for (const question of [
      'quick q, who actually went and fetched the first toads? heard they came via hawaii',
      'who went out and bought the first electric car?',
      'who came over and built the first mill?',
    ]) {
      expect(askedAnswerKinds(question), question).toContain('person');
      expect(askedAnswerKinds(question), question).not.toContain('ranking');
    }
    expect(askedAnswerKinds('who went and became the first woman to fly the Atlantic?')).toContain('ranking');
  });

  // Held-out 27 (answerable): the claim names Nalin and Cash and says no "first". Held-out 35
  // (unanswerable): the claims name the premiere's performers, no recording's.
  it('answers it with the claim naming who did it, and declines it where no claim shown names one', async () => {
    const cholera = answerQuestion(await heldOut('holdout27'), 'hey, do we know who actually ran the first trials showing oral fluids could replace IV drips for cholera?');
    expect(cholera.answered).toBe(true);
    expect(cholera.items[0]?.claim.text).toMatch(/^In 1968 David Nalin and Richard Cash/);
    expect(answerQuestion(await heldOut('holdout35'), 'Who made the first recording of The Rite of Spring?').answered).toBe(false);
  });

  // Review 1 item 17 (thirty-seventh session): a body's or a place's name of three capitalised
  // words named no person only by its second word.
  it('reads no person in the name of a body or a place, by its second or third capitalised word', () => {
    for (const text of [
      "Eggs are hatched at the Galapagos National Park's breeding centres.",
      'He jumped for Oregon State University.',
      'Crowds gathered at Hoover Dam.',
      'Tolls are collected at the Millau Viaduct Bridge.',
    ])
      expect(givesAnswerKind(text, 'person'), text).toBe(false);
    for (const text of ['In 1968 David Nalin and Richard Cash showed it.', 'The fire was tracked by Christopher Wren later.', 'Scholars cite Claude Debussy.'])
      expect(givesAnswerKind(text, 'person'), text).toBe(true);
  });

  // "Whose idea was…" is asked in held-out 47, 48, 55 and 57, and each answer names a person; it read
  // no kind, so a claim naming no one (Vasa's stability test) answered it as well as one naming who.
  it('reads "whose idea was…" opening the question or a clause as asking a person, and "whose" describing someone as none', () => {
    for (const question of [
      'Whose idea was the ship in the first place, and what conflict was it meant for?',
      'Where exactly is the Svalbard seed vault, when did it open, and whose idea was it?',
      'whose idea was the walkman originally, like which sony exec',
      'Whose brainchild is the museum?',
    ])
      expect(askedAnswerKinds(question), question).toContain('person');
    for (const question of ['do the diabetes shots help people whose kidneys are failing?', 'Is there any mammal whose chance of dying does not go up as it ages?', 'Whose decision was it to close the plant?'])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });

  // Read whatever followed the verb, "whose plan is cheaper…" asked a person, and a heat-pump question answered before was declined.
  it('reads "whose plan / scheme… is" as asking a person only when the thing follows, not which plan', () => {
    for (const question of ['Whose brainchild is Bitcoin?', 'Whose plan was it to build the barrier?', 'So whose idea was the 4-day week trial?'])
      expect(askedAnswerKinds(question), question).toContain('person');
    for (const question of ['Whose plan is cheaper, Octopus or British Gas?', 'Whose plan was adopted at COP28?', 'Whose scheme was extended, the heat pump grant or the insulation one?'])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });

  // Review 59: "who's idea was…", chat's spelling of "whose", asked no one.
  it('reads "who\'s / whos idea was…" as "whose idea was…"', () => {
    for (const question of ["who's idea was the canal?", 'whos idea was the walkman', "so who’s idea was it?", "Who's brainchild is Bitcoin?"])
      expect(askedAnswerKinds(question), question).toContain('person');
    for (const question of ["who's idea is cheaper?", "who's the idea man behind it?"]) expect(askedAnswerKinds(question), question).not.toContain('person');
  });

  // Held-out 57's "King Gustav II Adolf commissioned Vasa…" named no one (a name opening a sentence
  // is none, and "King" was no title); held-out 48's and 53's popes and king the same.
  it('reads a royal title and a name as a person, opening a sentence or not, and none in a place named after one', () => {
    for (const text of [
      "King Gustav II Adolf commissioned Vasa as part of Sweden's naval build-up.",
      'Pope Julius II sanctioned the treaty in a new papal bull issued in 1506.',
      'The barrier was opened by Queen Elizabeth II in 1984.',
      'Prince Charles opened the concert at noon.',
    ])
      expect(givesAnswerKind(text, 'person'), text).toBe(true);
    for (const text of ['The ferry sails to Prince Edward Island.', 'She studied at Queen Mary University of London.', 'The route runs along King Street.', "Queen's set lasted about 21 minutes."])
      expect(givesAnswerKind(text, 'person'), text).toBe(false);
  });

  // Review 59: "Duke", "Kaiser", "Prince" and "King" open companies' and places' names too, which
  // read as a royal title and a name.
  it("reads no person in a company's, a place's or a thing's name that opens with a royal title", () => {
    for (const text of [
      'Duke Energy plans to retire its last coal plant by 2035.',
      'Kaiser Permanente researchers found a 12% rise in asthma visits.',
      'Among 1.2 million Kaiser Permanente members, Kaiser Permanente found 18% higher odds.',
      "Prince George's County installed 40 chargers.",
      'The King County health department recorded 300 cases.',
      'King County Metro added 40 electric buses.',
      'The Queen Mary 2 carries 2,600 passengers.',
      'King Salmon returns fell by half.',
      'Prince George has the highest particulate levels in the province. Air quality in Prince George worsened in 2023.',
    ])
      expect(givesAnswerKind(text, 'person'), text).toBe(false);
    for (const text of ["King John's barons met him at Runnymede.", 'The letter was written at King George III\'s court.', 'Pope Innocent III annulled the charter.', 'Queen Victoria reopened it in 1870.'])
      expect(givesAnswerKind(text, 'person'), text).toBe(true);
  });

  // Review 60: each royal title and name was read over the whole text again at each of its matches,
  // in time growing with their square (its time: bench/longReadings.ts); read once, the same.
  it('reads a royal title and name once over every place a long text has it', () => {
    expect(givesAnswerKind('King Gustav and '.repeat(500), 'person')).toBe(true);
    expect(givesAnswerKind(`${'Kaiser Permanente and '.repeat(400)}Kaiser Permanente researchers found it.`, 'person')).toBe(false);
    expect(givesAnswerKind(`${'Queen Victoria and '.repeat(300)}King County Metro and Prince George's County.`, 'person')).toBe(true);
    expect(givesAnswerKind(`${'Prince George and '.repeat(300)}air quality in Prince George worsened.`, 'person')).toBe(false);
  });

  it('declines "who found the first galapagos tortoise?", whose claims name only the park, on the real reports', async () => {
    expect(answerQuestion(await heldOut('holdout37'), 'who found the first galapagos tortoise?').answered).toBe(false);
  });
});

describe('a person asked by the verb of commanding, captaining or managing', () => {
  // Held-out 37 and 46 (unanswerable): the best claims tell the mission's changes and the debut, no commander or manager.
  it('reads "who commanded / captained / skippered / managed…" as asking a person, not "who ran / led / manages…"', () => {
    for (const question of ['Who commanded Apollo 14?', "Who managed the Dodgers in Jackie Robinson's first season?", 'who captained the side in 1954?', 'Who skippered the yacht?'])
      expect(askedAnswerKinds(question), question).toContain('person');
    for (const question of ['Who ran the simulation showing most Philadelphia homeowners would pay less?', "Who led the Peasants' Revolt of 1381?", 'Who manages the reserve today?'])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });

  // Held-out 61 (unanswerable, answered): "who refereed the decider?" read no kind, and the claims on
  // the match, naming no referee, answered it.
  // Review63's should 2: a court referees disputes between states, a panel umpires trade disputes.
  it('reads "who refereed / umpired / officiated…" as asking a person, not "who referees / umpires…" in the present', () => {
    for (const question of ['Who refereed the Uruguay-Brazil decider?', 'who umpired the 1980 Wimbledon final?', 'Who officiated the match?'])
      expect(askedAnswerKinds(question), question).toContain('person');
    for (const question of ['Who referees disputes between EU states?', 'who umpires the trade disputes?'])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });

  // Held-out 62 (unanswerable, answered +2.39): "Who was driving the train that night?" read no kind,
  // and the claims on the train's fall, naming no driver, answered it.
  // review64 (SHOULD 10): a vehicle's verb read a person before anything driven: a cause drives a
  // rise, a council pilots a scheme, a country steers talks.
  it('reads "who drove / piloted / steered" as asking a person only before the vehicle, by its noun or its name', () => {
    for (const question of ['Who drove the rise in house prices?', 'who was driving the decline in birth rates?', 'Who piloted the scheme?', 'who steered the negotiations?'])
      expect(askedAnswerKinds(question), question).not.toContain('person');
    for (const question of ['who drove the getaway car?', 'Who was actually driving Rocket at Rainhill?', 'who was driving the train that night?'])
      expect(askedAnswerKinds(question), question).toContain('person');
  });

  it('reads "who drove / piloted / steered…" and a role\'s verb as it went on ("who was driving…") as asking a person, where "who" asks', () => {
    for (const question of ['Who was driving the train that night?', 'Who was actually driving Rocket at Rainhill?', 'who drove the engine?', 'Who piloted the U-2 over Cuba?', 'so who was captaining the side that day?', 'anyone know who was refereeing the final?'])
      expect(askedAnswerKinds(question), question).toContain('person');
    for (const question of ['Who is building new record presses?', 'Who is footing the bill for rehousing everybody?', 'How did they choose the guy who steered the sled?', 'Who drives the scheme today?'])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });

  it('reads no person in a ground or a stadium by its name', () => {
    for (const text of ['Robinson made his major-league debut for the Brooklyn Dodgers against the Boston Braves at Ebbets Field on April 15, 1947.', 'They played at Wembley Stadium.'])
      expect(givesAnswerKind(text, 'person'), text).toBe(false);
    expect(givesAnswerKind('The Dodgers were managed by Burt Shotton that season.', 'person')).toBe(true);
  });
});

// Held-out 47's unanswerable Saudi minister, the Globe's architect and artistic director; held-out
// 45's Hindenburg captain; held-out 46's answerable first head of the SEC and first OED editor.
describe('the holder of a role asked, given by a person named in a role', () => {
  it('reads the role up to three words after "the", and an event named by a body word as no person', () => {
    expect(askedAnswerKinds("who was the globe's first artistic director after it reopened, was it mark rylance?")).toContain('person');
    expect(givesAnswerKind('The embargo was imposed against countries that supported Israel during the Yom Kippur War.', 'person')).toBe(false);
    expect(givesAnswerKind('Talks collapsed before the Camp David Accords were signed.', 'person')).toBe(false);
  });

  it('tells the holder of a role from the doer of a deed', () => {
    for (const question of ['Who was the architect of the reconstructed Globe?', 'Who was the captain of the Hindenburg on its last flight?', 'the CEO of the firm, who is it now?'])
      expect(asksRoleHolder(question), question).toBe(true);
    for (const question of ['who coached bannister?', 'Who made the first recording of The Rite of Spring?'])
      expect(asksRoleHolder(question), question).toBe(false);
  });

  it('gives the holder by a sentence naming a person and a role, not by a person named for another deed', () => {
    for (const text of ['The Securities Exchange Act of 1934 created the Securities and Exchange Commission, with Joseph P. Kennedy as its first chairman.', "Herbert Coleridge, the project's first editor, died in 1861, and Frederick Furnivall took over."])
      expect(namesPersonInRole(text), text).toBe(true);
    for (const text of ["The design drew on historical drawings such as Wenceslaus Hollar's view of London.", 'Public confidence collapsed after the fire, and the original Graf Zeppelin was withdrawn from service within weeks.'])
      expect(namesPersonInRole(text), text).toBe(false);
  });
});

// Held-out 50's answerable Kansai architect ("designed by Renzo Piano": no role word); held-out 16's,
// 24's, 31's and 43's unanswerable architects, engineer, official and minister, whose claims name no
// doer of the deed asked.
describe('the holder of a role asked by a deed, given by the person who did it', () => {
  it('reads the deed typed after the role, and none without a verb', () => {
    expect(deedOfRoleAsked('Which architect designed the Kansai terminal, and how big is the building?')).toBe('designed');
    expect(deedOfRoleAsked('Who was the chief engineer who designed the Aswan High Dam?')).toBe('designed');
    expect(deedOfRoleAsked('Which German official ordered the food embargo on the western Netherlands?')).toBe('ordered');
    expect(deedOfRoleAsked('Who was the architect of Taipei 101?')).toBeNull();
    expect(deedOfRoleAsked('Which minister is in charge of fisheries?')).toBeNull();
  });

  it('gives the holder by a person named as the doer, not by a deed done to no one named', () => {
    expect(namesDoerOf('The main terminal, designed by Renzo Piano, is about 1.7 kilometres long.', 'designed')).toBe(true);
    expect(namesDoerOf('The terminal that Renzo Piano designed is 1.7 kilometres long.', 'designed')).toBe(true);
    for (const text of ["Seoul's Cheonggyecheon was designed to carry a 200-year flood.", 'The stream was designed by the city in 2003.', 'The main terminal, built by Renzo Piano, is long.'])
      expect(namesDoerOf(text, 'designed'), text).toBe(false);
  });

  it('answers the Kansai architect, and still declines the architects, engineer, official and minister no claim names, on the real reports', async () => {
    const kansai = answerQuestion(await heldOut('holdout50'), 'Which architect designed the Kansai terminal, and how big is the building?');
    expect(kansai.answered).toBe(true);
    expect(kansai.items[0]?.claim.text).toMatch(/designed by Renzo Piano/);
    expect(answerQuestion(await heldOut('holdout16'), 'Which architect designed the Cheonggyecheon restoration?').answered).toBe(false);
    const set24 = await heldOut('holdout24');
    expect(answerQuestion(set24, 'Who was the chief engineer who designed the Aswan High Dam?').answered).toBe(false);
    expect(answerQuestion(set24, 'Which German official ordered the food embargo on the western Netherlands?').answered).toBe(false);
    expect(answerQuestion(await heldOut('holdout43'), 'Who was the architect who designed the Leaning Tower of Pisa?').answered).toBe(false);
  });
});

// Held-out 31's unanswerable Y-Foundation head, asked as "chief executive", read as "CEO" is. A
// current operator, sponsor or host is as often a company, a team or a country (review52): "current"
// alone asks no person.
describe('a chief executive asked, read as a CEO is', () => {
  it('reads "who is the current chief executive of…" as the holder of a role, and "current" alone as none', () => {
    expect(asksRoleHolder('Who is the current chief executive of the Y-Foundation?')).toBe(true);
    for (const question of ['Who is the current operator of Kansai airport?', 'Who is the current sponsor of the race?'])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });
});

// Held-out 37's, 43's and 53's unanswerable chief prosecutor, first rider and brakeman: their best
// claims share the topic and name no such person (eval/README.md, fifty-fourth session, decline56).
describe('who a kind of person was, asked by "who was the <kind>"', () => {
  it('reads a person asked of a kind WordNet has mostly as one person, beyond the roles listed', () => {
    for (const question of [
      "Who was the brakeman in Jamaica's 1988 four-man sled?",
      'Who was the British chief prosecutor at Nuremberg?',
      'Who was the first rider to leave St. Joseph on the opening day of the Pony Express?',
      "who was the sled's brakeman?",
    ])
      expect(askedAnswerKinds(question), question).toContain('person');
  });

  it('reads none of a party a company, a country or a team is as often, a word for anyone, a body of people, or "who is / were"', () => {
    for (const question of [
      'Who was the owner of the stadium?',
      'who was the winner of the 1973 Derby?',
      'Who was the buyer of the Tiffany stake?',
      'lol who was the dude w/ the ship who flooded yap w/ stones',
      'Who was the woman who sat for the Mona Lisa?',
      'Who was the crew of Apollo 11?',
      'Who is the typical rider of an e-bike?',
      'who were the luddites?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });
});

// Review56's open shoulds (eval/README.md, fifty-fifth session, decline57): a party of a contest, a
// lawsuit or a business is a company, a team or a horse as often as a person.
describe('a party of a contest, a lawsuit or a business asked by "who was the <party>"', () => {
  it('reads no person asked of the favourite, the challenger, the underdog, the plaintiff or the publisher', () => {
    for (const question of [
      'Who was the favourite in the 1973 Belmont?',
      'who was the challenger?',
      'Who was the underdog in the final?',
      'Who was the plaintiff in the Walkman lawsuit?',
      'Who was the publisher of the first crossword?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });
});

// Held-out 36's, 40's and 47's answerable journalist, curator and politician.
describe('which person did a deed, asked by "which <kind of person> <verb>"', () => {
  it('reads a person asked of a kind WordNet has mostly as one person, beyond the roles listed', () => {
    for (const question of [
      'Which curator linked Vermeer to the Jesuits?',
      'Which journalist is credited with coining the word bodyline?',
      'Which policeman was disciplined after the riot?',
      'Which child was the first to be vaccinated?',
    ])
      expect(askedAnswerKinds(question), question).toContain('person');
  });

  // review57's must on b8caac9: research questions ask which kind of people constantly (held-out
  // 25's and 26's answerable patients and adults were declined as a person asked).
  it('reads no person asked of a plural kind: which group of people, described by a claim, not named', () => {
    for (const question of [
      'Which adults are most at risk of falling?',
      'Which older adults benefited most from exercise programmes?',
      'Which patients are getting colorectal cancer earlier?',
      'Which workers were hit hardest by automation?',
      'Which actors played Fletcher Christian in the films about the mutiny?',
      // review57's should: a plural without an "s" is a group too.
      'Which children were most affected by the closures?',
      'Which women were elected in 1918?',
      'Which policemen were disciplined after the riot?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });

  it('reads none of a party a company is as often, a word for anyone, a thing, or a kind with no verb after it', () => {
    for (const question of [
      'What happened to FXCM after the franc shock, and which other brokers collapsed?',
      'Which BNPL provider has the most users in Australia?',
      'Which woman was the first to complete the Ironman?',
      'Which airlines have made big SAF moves?',
      'Which curator exhibitions are on now?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('person');
  });
});

// Held-out 30's businessman: "Nicolas Hayek, a Lebanese-born management consultant…" opens its
// claim, and a name opening a sentence is none by PERSON_NAMED.
describe('a name opening a sentence, said to be a person by what follows it', () => {
  it('reads a person named where the apposition after the name is a kind of one person', () => {
    for (const text of [
      'Nicolas Hayek, a Lebanese-born management consultant, bought into the watch group in 1985.',
      'Darwin, a naturalist who sailed on the Beagle, wrote it.',
      'The thief was a museum worker.\nVincenzo Peruggia, an Italian glazier, hid the painting.',
    ])
      expect(givesAnswerKind(text, 'person'), text).toBe(true);
  });

  it('reads none where the apposition is a company, a place, an animal, a party, people, or the word opens with an adverb', () => {
    for (const text of [
      'Sony, a Japanese company, launched it in 1979.',
      'Secretariat, a chestnut colt, won the Derby.',
      "Purity, the tank's owner, denied it.",
      'Near Riverside, the first settlers of the valley built a mill.',
      'However, a doctor who saw him disagreed.',
      'Apple, the maker of the iPhone, cut prices.',
      'Amazon, the online retailer, opened a store in 2015.',
      'Pfizer, the developer of the vaccine, reported results.',
      'Goldman Sachs, the underwriter, priced the shares.',
      'In Mali, the president of the junta took power.',
      'At Apple, the founder of the company was ousted in 1985.',
      'At Kestrel, the manager was a geologist.',
      "Ebbets Field, the Dodgers' first Black shortstop in 1947, was packed.",
    ])
      expect(givesAnswerKind(text, 'person'), text).toBe(false);
  });

  // review62: the word before each apposition was read over the whole text before it, each name's
  // index looked for among all the others, and each name's sentence found and read for a role
  // again: a claim of appositions took time growing with its square (its time: bench/longReadings.ts).
  // Read back from each, in a set, each sentence once: the same readings.
  it('reads the word before an apposition back from it, and a long text of appositions as one of a few', () => {
    for (const [text, person] of [
      ['in   Smith, a doctor, said so.', false],
      ['with\tSmith, a doctor, said so.', false],
      ['In\u00a0Mali, the president took power.', false],
      ['𝒜bc Smith, a doctor, said so.', true],
      ['Smith, a doctor, '.repeat(1000), true],
      ['In Mali, the president of the junta took power. '.repeat(300), false],
    ] as const)
      expect(givesAnswerKind(text, 'person'), text.slice(0, 60)).toBe(person);
    expect(namesPersonInRole('Smith, a baker. '.repeat(600))).toBe(false);
    expect(namesPersonInRole(`${'Smith, a baker. '.repeat(600)}Jones, the club chairman.`)).toBe(true);
  });
});
