import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerFeatures } from '../../src/answer/answerability.js';
import { MAX_ITEMS } from '../../src/answer/answerQuestion.js';
import { askedOutcome } from '../../src/answer/askedOutcome.js';
import { MAX_QUESTION_LENGTH } from '../../src/answer/limitQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

describe('askedOutcome', () => {
  // Questions of the development sets (eval/README.md, tenth session).
  it('reads the outcome a yes/no question asks whether something changes, and the verb', () => {
    const asked: [string, string, string][] = [
      ['Does raising the minimum wage affect crime rates?', 'affect', 'crime rates'],
      ['do new bike lanes push up house prices nearby?', 'push up', 'house prices nearby'],
      ['does melatonin help with jet lag?', 'help', 'with jet lag'],
      ['do payday loans trap people in debt in the UK?', 'trap', 'people in debt in the UK'],
      ["Does working from home reduce a company's carbon emissions?", 'reduce', "a company's carbon emissions"],
      ['Did the Kenya cash transfers push up local prices?', 'push up', 'local prices'],
      ['hey quick q, does untreated hearing loss increase the risk of falls?', 'increase', 'the risk of falls'],
      // The verb in any form; the outcome to a comma; of two verbs, after the second.
      ['do you think the new lanes pushed up prices?', 'pushed up', 'prices'],
      ['does anyone know if the charge pushes up rents?', 'pushes up', 'rents'],
      ['Did the ACHIEVE hearing trial slow cognitive decline, both overall and for people at higher risk?', 'slow', 'cognitive decline'],
      ['Do cover crops raise or lower corn and soybean yields? I have heard both.', 'lower', 'corn and soybean yields'],
      // "trap" doubles its p; a comma inside quoted words ends no clause (held-out 4, answerable).
      ['do payday loans keep people trapped in debt?', 'trapped', 'in debt'],
      ["Does it change anything if the cop says 'nice job, that's our guy' right after the witness picks someone?", 'change', "anything if the cop says 'nice job, that's our guy' right after the witness picks someone"],
      // An apostrophe after an "s" closes no quote: a plural's ("drivers' costs").
      ["Does the fee change fares 'cause, you know, drivers' costs rise?", 'change', "fares 'cause"],
      ['Did the rule change prices, "for the better", or not?', 'change', 'prices'],
    ];
    for (const [question, verb, outcome] of asked) expect(askedOutcome(question), question).toEqual({ verb, outcome });
  });

  // Every auxiliary of the active voice (auxiliaryVerbs.ts): "has" and any modal as "do" (held-out
  // 5, 21); not "be", after which the verb is passive and the cause follows it.
  it('reads a yes/no question put with "has" or any modal, not with "is"', () => {
    expect(askedOutcome('Has GPS spoofing caused any ships to run aground in the Black Sea?')).toEqual({ verb: 'caused', outcome: 'any ships to run aground in the Black Sea' });
    expect(askedOutcome('might the congestion charge push up rents?')).toEqual({ verb: 'push up', outcome: 'rents' });
    expect(askedOutcome('had test scores changed after the law?')).toEqual({ verb: 'changed', outcome: 'test scores' });
    expect(askedOutcome('is crime affected by the new lanes?')).toBeNull();
  });

  // The outcome named before the verb, then when it changed (held-out 5, 8, 14 unanswerable; the
  // tuning set, held-out 7, 8, 11 answerable). "Did e-book borrowing change after…" read the time
  // as the outcome.
  it('reads the outcome named before its verb: "what happened to X after…", "how did X change after…"', () => {
    const asked: [string, string, string][] = [
      ['How did test scores change in California after its 2022 start-time law?', 'change', 'test scores'],
      ['What happened to crime after California voters rejected Prop 25 on bail?', 'happened', 'crime'],
      ['Did e-book borrowing change after libraries dropped late fees?', 'change', 'e-book borrowing'],
      ['did weekend work go up when people went remote?', 'go up', 'weekend work'],
      ['By how much did use of force rise when officers turned their cameras on?', 'rise', 'use of force'],
    ];
    for (const [question, verb, outcome] of asked) expect(askedOutcome(question), question).toEqual({ verb, outcome });
    expect(askedOutcome('did the kids eat in the canteen?')).toBeNull();
  });

  // After a verb of change "in" names what changed, not when.
  it('reads "in" after a verb of change as what changed unless a year, a place or "the years" follows', () => {
    expect(askedOutcome('do heat pumps change in efficiency when it is cold?')?.outcome).not.toBe('heat pumps');
    expect(askedOutcome('what happened to people in the trial?')?.outcome).not.toBe('people');
    expect(askedOutcome('did crime fall in 2021?')).toEqual({ verb: 'fall', outcome: 'crime' });
    expect(askedOutcome('Did crime fall in the years after the law?')).toEqual({ verb: 'fall', outcome: 'crime' });
  });

  // "in" before a time phrase is when it changed; a question typed in capitals reads as
  // in lower case (the question words and verbs), and the outcome and verb are cut as typed.
  it('reads "in" before the 1990s, recent years, the last decade or lockdown as a time, whatever the case', () => {
    const asked: [string, string, string][] = [
      ['did crime fall in the 1990s?', 'fall', 'crime'],
      ['did crime fall in recent years?', 'fall', 'crime'],
      ['how did test scores change in the last decade?', 'change', 'test scores'],
      ['How did test scores change in the early 2000s?', 'change', 'test scores'],
      ['did use of force drop in the first year?', 'drop', 'use of force'],
      ['did crime rise in lockdown?', 'rise', 'crime'],
      ['HOW DID CRIME CHANGE AFTER THE LAW?', 'CHANGE', 'CRIME'],
      ['Did Crime Fall in Texas after the law?', 'Fall', 'Crime'],
    ];
    for (const [question, verb, outcome] of asked) expect(askedOutcome(question), question).toEqual({ verb, outcome });
    expect(askedOutcome('did heat pump running costs change in the last decade?')).toEqual({ verb: 'change', outcome: 'heat pump running costs' });
    expect(askedOutcome('DO HEAT PUMPS CHANGE IN EFFICIENCY WHEN IT IS COLD?')?.outcome).not.toBe('HEAT PUMPS');
  });

  // The trade-off of closing no quote opened by an apostrophe on an "s": the development questions
  // have several times more plurals' apostrophes ("kids' teeth", "drivers' speeds") than quotes
  // ending on an "s" word, and none of those holds a comma (eval/README.md, eleventh session,
  // fix13b). So a quoted list ending on a plural is not a quote, and its comma ends the outcome.
  it('cuts at the comma of a single-quoted phrase ending on a plural (read as a plural\'s apostrophe)', () => {
    expect(askedOutcome("does it change the 'wait times, costs' people report?")).toEqual({ verb: 'change', outcome: "the 'wait times" });
    expect(askedOutcome("does it change the 'wait times, delay' people report?")).toEqual({ verb: 'change', outcome: "the 'wait times, delay' people report" });
  });

  it('reads none in a question asking what, how or why, with no verb of change, or with "help" as a noun', () => {
    for (const question of [
      'what did cities do during covid that quickly changed how people got around?',
      'how does varicela zoster reactivaton damage the brain',
      'Why does water boil at a lower temperature at high altitude?',
      'does stopping the medication make you regain weight?',
      'How much does a heat pump cost?',
      'Congestion charges reduce traffic, do they?',
      'Did the pilots change how families spent the money?',
      'Could getting free cash make a family lose their housing help or childcare support?',
      // Verbs no development question asks so (eval/README.md, tenth session): not read.
      'do microplastics harm the heart?',
      'does boiling vegetables destroy the vitamins?',
      // A word of a hyphenated compound is no verb (held-out 30, answerable).
      'Do the lower-ranked sumo guys actually get paid?',
      'Does reduced-fat milk help?',
    ])
      expect(askedOutcome(question), question).toBeNull();
  });

  // Review item 15 (thirty-fifth session): the outcome-first reading opened on any active
  // auxiliary, also after a wh-word, where the subject is who changed a thing, not what changed
  // (held-out 4 "what did they change after that?", held-out 19 "What does UNCTAD say about the
  // drop in Panama…", both answerable).
  it('reads no outcome after a wh-word asking a thing before the auxiliary, but after one asking a degree or a time', () => {
    for (const question of [
      'what must cities change after a crash?',
      'What did Ofgem change after 2022?',
      'which rules did Ofgem change after 2022?',
      'so what did the council change after the crash?',
      'how many jobs did the law change after 2020?',
      'do you know what the council changed after the crash?',
      'What does UNCTAD say about the drop in Panama Canal transits?',
    ])
      expect(askedOutcome(question), question).toBeNull();
    expect(askedOutcome('By what percentage did hospitalisation rates fall in Dauphin?')).toEqual({ verb: 'fall', outcome: 'hospitalisation rates' });
    expect(askedOutcome('In what year did crime fall after the law?')).toEqual({ verb: 'fall', outcome: 'crime' });
    // Before a measure of the change they ask its degree (review 1 item 1); before "of", a part of a thing.
    expect(askedOutcome('How many points did test scores rise after the reform?')).toEqual({ verb: 'rise', outcome: 'test scores' });
    expect(askedOutcome('What percentage did hospitalisation rates fall after the program?')).toEqual({ verb: 'fall', outcome: 'hospitalisation rates' });
    expect(askedOutcome('What share did emissions drop after the carbon tax?')).toEqual({ verb: 'drop', outcome: 'emissions' });
    expect(askedOutcome('How much more did prices rise after the cap?')).toEqual({ verb: 'rise', outcome: 'prices' });
    expect(askedOutcome('what share of jobs did automation change after 2010?')).toBeNull();
    // "who" after a noun opens a relative clause in the outcome (held-out 20).
    expect(askedOutcome('Did infections among people who inject drugs drop after Portugal changed its law?')).toEqual({ verb: 'drop', outcome: 'infections among people who inject drugs' });
  });

  it('reads the asker and their verb of thinking as no part of the outcome: "should I expect my bills to change after…"', () => {
    expect(askedOutcome('should I expect my bills to change after switching?')).toEqual({ verb: 'change', outcome: 'my bills' });
    expect(askedOutcome('do you think crime fell after the law?')).toEqual({ verb: 'fell', outcome: 'crime' });
    // With another verb, or none, the asker is what changes: no report's outcome (review 1 item 2).
    expect(askedOutcome('Do I need to change after the update?')).toBeNull();
    expect(askedOutcome('did you change after the update?')).toBeNull();
  });

  it('reads "May" as the month, no auxiliary, capitalised inside a sentence or before a number', () => {
    expect(askedOutcome('May 2023 heatwave affect battery output?')).toBeNull();
    expect(askedOutcome('MAY 2023 HEATWAVE AFFECT BATTERY OUTPUT?')).toBeNull();
    expect(askedOutcome('DOES THE MAY HEATWAVE AFFECT BATTERY OUTPUT?')).toEqual({ verb: 'AFFECT', outcome: 'BATTERY OUTPUT' });
    expect(askedOutcome('Output of the May solar farms rose after the upgrade?')).toBeNull();
    expect(askedOutcome('In 2023, May heatwaves reduced battery output?')).toBeNull();
    expect(askedOutcome('Did the May 2023 heatwave affect battery output?')).toEqual({ verb: 'affect', outcome: 'battery output' });
    expect(askedOutcome('May higher fares reduce ridership?')).toEqual({ verb: 'reduce', outcome: 'ridership' });
  });

  it('reads a long message within the cut as the short one: after one auxiliary or comma, or hundreds of them', () => {
    // The bot reads a question cut to MAX_QUESTION_LENGTH (limitQuestion): the longest runs that fit.
    for (const [dos, commas] of [[1, 1], [300, 150]] as const) {
      const read: [string, { verb: string; outcome: string } | null][] = [
        [`${'do '.repeat(dos)}. Did crime change after the law?`, { verb: 'change', outcome: 'crime' }],
        [`${', do '.repeat(commas)}. Does the law affect crime?`, { verb: 'affect', outcome: 'crime' }],
        [`Does the law, ${'do '.repeat(dos)}affect crime?`, { verb: 'affect', outcome: 'crime' }],
        ['do '.repeat(dos), null],
        [`${', do '.repeat(commas)}what changed?`, null],
      ];
      for (const [question, outcome] of read) {
        expect(question.length, question).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
        expect(askedOutcome(question), `${dos}: ${question.slice(-30)}`).toEqual(outcome);
      }
    }
  });

  // review64: both readings looked ahead from every auxiliary to the sentence's end, and the one
  // naming the outcome first back from every word to its clause's start: a message of auxiliaries
  // or of plain words took time growing with its square, spaces after an auxiliary with their cube
  // ("do", 1,000 spaces and "x": a second). Each part is found once over the message now (its time:
  // bench/longReadings.ts); without that, none of these finishes.
  it('reads a long run of auxiliaries, words or spaces once, as a short one', () => {
    expect(askedOutcome('do '.repeat(70_000))).toBeNull();
    expect(askedOutcome(`${'do '.repeat(70_000)}. Did crime change after the law?`)).toEqual({ verb: 'change', outcome: 'crime' });
    expect(askedOutcome(`Does the law, ${'did it '.repeat(30_000)}affect crime?`)).toEqual({ verb: 'affect', outcome: 'crime' });
    expect(askedOutcome(`${', do '.repeat(40_000)}what changed?`)).toBeNull();
    expect(askedOutcome(`how did ${'the cat '.repeat(25_000)}change after the war?`)?.verb).toBe('change');
    expect(askedOutcome(`what did ${'the cat '.repeat(25_000)}change after the war?`)).toBeNull();
    expect(askedOutcome(`do${' '.repeat(20_000)}x`)).toBeNull();
  });

  // review64: the shapes that read from each auxiliary (or word) to its clause's or sentence's end,
  // so a message of them in time growing with its square: a look-around holding a run of a negated
  // class ("(?![^?.!]*…)", "(?<!…[^?.!,;:]*)") and a lazy run of one ("[^?.!]*?", tried from each
  // opening). Each part is found once over the question instead (matchesFrom.ts).
  it('holds no pattern reading from each opening to the end of its clause', () => {
    const source = readFileSync(fileURLToPath(new URL('../../src/answer/askedOutcome.ts', import.meta.url)), 'utf8');
    const lookAroundOverAClause = /\(\?<?[=!](?:[^()]|\((?:[^()]|\([^()]*\))*\))*?\[\^[^\]]*\][*+]/;
    const lazyRunOverAClause = /\[\^[^\]]*\]\)?[*+]\?/;
    expect(source.match(lookAroundOverAClause)?.[0]).toBeUndefined();
    expect(source.match(lazyRunOverAClause)?.[0]).toBeUndefined();
  });

  // The first opening an outcome named first follows is the one read, even where it reads none:
  // two spaces before "after" gave one of them to the time of change and read an empty outcome, so
  // the yes/no reading was read and the later "did crime change after" not (as before review64).
  it('reads the first opening an outcome named first follows, an empty outcome too', () => {
    expect(askedOutcome('did  after it, did crime change after the law?')).toEqual({ verb: 'change', outcome: 'after the law' });
    expect(askedOutcome('did after it, did crime change after the law?')).toEqual({ verb: 'change', outcome: 'crime' });
    expect(askedOutcome('what did they do, and did crime fall after the law?')).toEqual({ verb: 'fall', outcome: 'crime' });
    expect(askedOutcome('what did they say did crime fall after the law?')).toBeNull();
  });

  it('reads a verb of change or a when-word right after the auxiliary', () => {
    expect(askedOutcome('Will lower fares help?')).toEqual({ verb: 'lower', outcome: 'fares help' });
    expect(askedOutcome('Can, will lower fares?')).toEqual({ verb: 'lower', outcome: 'fares' });
    expect(askedOutcome('did  after the war')).toBeNull();
    expect(askedOutcome('how did crime  change  after the war?')).toEqual({ verb: 'change', outcome: 'crime' });
  });

  // "help someone out" is to assist them (held-out 38, answerable): "out" is no outcome the claim lacks.
  it('reads "help someone out" as asking of them, the particle no part of the outcome', () => {
    expect(askedOutcome('Did the German guy he was jumping against help him out?')).toEqual({ verb: 'help', outcome: 'him' });
    expect(askedOutcome('did the coach help the players out?')).toEqual({ verb: 'help', outcome: 'the players' });
    expect(askedOutcome('did the aid help out?')).toBeNull();
    // The particle of another verb, or "out of": the outcome.
    expect(askedOutcome('did the law help people get out?')).toEqual({ verb: 'help', outcome: 'people get out' });
    expect(askedOutcome('did the subsidy help them out of poverty?')).toEqual({ verb: 'help', outcome: 'them out of poverty' });
  });

  it('finds no outcome missing from the claim on the rival who helped, on the real reports', async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout38/reports/', import.meta.url))));
    const question = 'Did the German guy he was jumping against help him out?';
    const ranked = library.index.search(question, undefined, { limit: MAX_ITEMS, aliases: library.aliases }).flatMap((hit) => {
      const claim = library.claim(hit.id);
      const report = claim && library.report(claim.reportId);
      return claim && report ? [{ claim, report, score: hit.score }] : [];
    });
    expect(ranked[0]?.claim.text).toMatch(/^A German rival in the long jump gave him advice/);
    expect(answerFeatures(library, question, ranked, question)?.outcomeMissing).toBe(0);
  });
});
