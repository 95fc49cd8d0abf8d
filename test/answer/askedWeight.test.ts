import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

const heldOut = async (folder: string): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL(`../../eval/${folder}/reports/`, import.meta.url))));

describe('a weight asked and given', () => {
  // Held-out 37 (unanswerable): the tortoise claims give ages and numbers, no weight.
  it('reads a weight asked by "how heavy" and "how much / what does … weigh"', () => {
    for (const question of [
      'How much does an adult Galapagos giant tortoise weigh?',
      'How heavy is the Taipei 101 damper, and how far did it move in Typhoon Soudelor?',
      'what did the first iPhone weigh?',
    ])
      expect(askedAnswerKinds(question), question).toContain('weight');
  });

  it('reads none in a say, a burden or a choice, in weight lost, in "the weight of" evidence, in "weighs" without do-support, nor in "how heavy" after a preposition', () => {
    for (const question of [
      'has the supreme court weighed in on the anti-SLAPP law?',
      'what worries weigh on investors this year?',
      'how much weight do people lose on semaglutide?',
      'How much can estimates of how heavy these distant galaxies are swing?',
      // figurative: no do-support before "weigh", or "the weight of" evidence (review 1 item 7)
      "what's the weight of evidence for microplastics harming health?",
      'what weighs most heavily against heat pumps in cold climates?',
      'what is the weight of the evidence on glp-1 drugs and muscle loss?',
      'what weighed most heavily against the nuremberg defendants?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('weight');
  });

  it('reads a weight given by a number and a unit, in figures or words, and none in "5G" or "tons of"', () => {
    for (const text of ['An adult male can weigh up to 250 kilograms.', 'The damper weighs 660 tonnes.', 'It weighs 5 kg.', 'a 12 lb turkey', 'Each stone weighs about two tonnes.'])
      expect(givesAnswerKind(text, 'weight'), text).toBe(true);
    for (const text of ['5G networks reached 80% of homes.', 'Tons of plastic reach the sea.', 'The tortoises live for more than 100 years.'])
      expect(givesAnswerKind(text, 'weight'), text).toBe(false);
  });

  // Review 1 item 8 (thirty-seventh session). Held-out 27: a claim gives the weight of Taipei 101's
  // steel sphere ("a 660-tonne steel sphere"), none the Shanghai Tower damper's; held-out 37: the
  // tortoise claims give ages, no weight.
  it('answers a weight a claim gives and declines one no claim gives, on the real reports', async () => {
    const dampers = await heldOut('holdout27');
    const taipei = answerQuestion(dampers, 'How much does the steel sphere in Taipei 101 weigh?');
    expect(taipei.answered).toBe(true);
    expect(taipei.items[0]?.claim.text).toMatch(/660-tonne steel sphere/);
    expect(answerQuestion(dampers, 'How much does the damper in the Shanghai Tower weigh?').answered).toBe(false);
    expect(answerQuestion(await heldOut('holdout37'), 'How much does an adult Galapagos giant tortoise weigh?').answered).toBe(false);
  });

  // "0.7 mg/L", "140 mg/dL" and "3 mg per kilogram" were read as weights: a claim on fluoride in water
  // or a dose by body mass answered "how heavy…" as a claim giving a weight does.
  it('reads no weight in a weight to a measure (a concentration, a dose by body mass, a yield), and one in a weight a day, a year or a person', () => {
    for (const text of ['Fluoride at the usual 0.7 mg/L level.', 'Spikes above 140 mg/dL after meals.', 'Doses of 3 to 6 mg per kilogram of body mass.', 'A dose of 9 mg/kg.', 'Yields of 5,000 kg/ha.', '10 to 20 tonnes per hectare.', 'A BMI of 30 kg/m².', 'The roof carries 30 kg per m² of snow.'])
      expect(givesAnswerKind(text, 'weight'), text).toBe(false);
    for (const text of ['The catch was 300,000 tonnes a year.', 'A dose of 10 mg/day.', 'Each resident throws away 5 kg per person a week.', 'Each resident throws away 5 kg/person.', 'The line packs 500 kg/h.', 'Each blade weighs 12 tonnes/blade.', 'It weighs 250 kilograms.'])
      expect(givesAnswerKind(text, 'weight'), text).toBe(true);
  });

  // review54's should on e89ad53: a multiplier between the number and the unit, as a length reads
  // it ("2.4 million km"), gave no weight ("236 million kg", "2m tonnes"). Pounds after a multiplier
  // are money as often, and weigh only before "of" or after "weighs".
  it('reads a weight with a multiplier between number and unit, and pounds after one only before "of" or after "weighs"', () => {
    for (const text of ['Tobacco output fell from about 236 million kg in 2000.', 'The harvest reached 2m tonnes.', 'Exports were 1.5bn tonnes.', 'Plastic waste reached 3 billion kg.', 'The plant makes 1.5 million tons of steel.', 'Farms shed 2 million pounds of plastic a year.', 'Pando weighs an estimated 13 million pounds.', 'It weighs three million pounds.'])
      expect(givesAnswerKind(text, 'weight'), text).toBe(true);
    for (const text of ['The stadium cost 40 million pounds.', 'The levy raised 40m pounds.', 'Stamps worth about three million pounds were left untouched.', 'Councils spent a billion pounds.', 'Yields of 3 million kg/ha.'])
      expect(givesAnswerKind(text, 'weight'), text).toBe(false);
  });

  it('reads "in tonnes / kg" as a weight asked, not "in pounds" (money as often) nor a rate', () => {
    expect(askedAnswerKinds("What was Iceland's total allowable catch of cod in tonnes for 2020?")).toEqual(['weight']);
    expect(askedAnswerKinds('how big is the stone in kg?')).toEqual(['weight']);
    for (const question of ['How much did the WannaCry attack cost the NHS in pounds?', 'how much co2 in tonnes per year?'])
      expect(askedAnswerKinds(question), question).not.toContain('weight');
  });

  // Held-out 31 (unanswerable): the cod claims give no catch in tonnes.
  it('declines a weight asked in its unit that no claim gives, on the real reports', async () => {
    expect(answerQuestion(await heldOut('holdout31'), "What was Iceland's total allowable catch of cod in tonnes for 2020?").answered).toBe(false);
  });
});
