import { describe, expect, it } from 'vitest';
import { askedMention } from '../../src/answer/askedMention.js';
import { plainQuestion } from '../../src/search/chatQuestion.js';

const thing = (question: string): string | undefined => askedMention(plainQuestion(question))?.thing;

describe('a question browsing the reports for a thing', () => {
  it('reads the thing in the ways people browse in chat', () => {
    expect(thing('Do any of the reports mention Utah?')).toBe('Utah');
    expect(thing('Anything in our research involving Singapore?')).toBe('Singapore');
    expect(thing('What do the reports say about California specifically?')).toBe('California');
    expect(thing('anything about Norway?')).toBe('Norway');
    expect(thing('hey all, anything on Temasek? thx')).toBe('Temasek');
    expect(thing('do we have anything on heat pumps')).toBe('heat pumps');
    expect(thing('what do we know about semaglutide?')).toBe('semaglutide');
    expect(thing('any mention of microplastics in the reports?')).toBe('microplastics');
    expect(thing('Is there anything in the reports about Japan?')).toBe('Japan');
    expect(thing("what's there on bike lanes")).toBe('bike lanes');
    expect(thing('what have we got on CBAM?')).toBe('CBAM');
    expect(thing('anything re: Ireland')).toBe('Ireland');
    expect(thing('do the docs cover sourdough at all?')).toBe('sourdough');
    expect(thing('Does anything mention Canada?')).toBe('Canada');
    // A word ending as a thanks word does ("ty") is read whole; a thanks word after a space or a mark closes.
    expect(thing('anything on productivity?')).toBe('productivity');
    expect(thing('any mention of Salt Lake City? ty')).toBe('Salt Lake City');
    expect(thing('anything on air quality')).toBe('air quality');
    // Which report names it, or whether one does, the thing before the verb.
    expect(thing('Which reports mention Norway?')).toBe('Norway');
    expect(thing('which report talks about semaglutide')).toBe('semaglutide');
    expect(thing('What studies cite the Cochrane review?')).toBe('the Cochrane review');
    expect(thing('Which study mentions Norway?')).toBe('Norway');
    expect(thing('Which papers cite Vitruvius?')).toBe('Vitruvius');
    expect(thing('do any of the papers mention Ohio?')).toBe('Ohio');
    expect(thing('Is Temasek cited anywhere in the reports?')).toBe('Temasek');
    expect(thing('are heat pumps mentioned in our research?')).toBe('heat pumps');
    expect(thing('is Utah mentioned anywhere?')).toBe('Utah');
    expect(thing('Is Norway covered anywhere in the reports?')).toBe('Norway');
    expect(thing('anything on the first lockdown?')).toBe('the first lockdown');
  });

  it('reads no thing in a finding asked, a pointer back, a long topic or a message that asks more', () => {
    for (const question of [
      'anything on how much heat pumps cost?',
      'anything on that?',
      'Heard taxi drivers in China are pretty upset about the robot cabs, anything on that?',
      'what do the reports say about the climate footprint of shared scooters and of recycled polyester?',
      'what do we know about heat pumps in cold countries',
      'do we have anything on khanmigo? has it been properly tested yet?',
      'kinda worried about what these therapy apps do with my data tbh, anything in the reports?',
      'What did the Cochrane review find about speed cameras?',
      'Do heat pumps work in Canada?',
      'What is the capital of France?',
      // Mentioned where? The news, a meeting: not the reports.
      'Is Utah mentioned?',
      'Was Norway discussed at the meeting?',
      'Which reports are the newest?',
      // A ranking asked, not a thing named.
      'Which report covers the most countries?',
      'which studies cite the fewest sources?',
      // Covered where? By insurance, at a meeting: only "in the reports" makes it a browse.
      'Are dental implants covered anywhere?',
      'Is the fee covered anywhere?',
      'Was Norway discussed anywhere?',
      // A case asked after the thing, not a thing named.
      'what do we say about pricing if a customer asks?',
      'anything on bike lanes when it snows?',
      // A meeting asked about, not the reports.
      'did we discuss the price?',
      'did we talk about Utah?',
      // A quoted phrase must appear as typed: the question is searched as it stands (readQuestion).
      'do the reports mention "cold climate"?',
      'anything on “heat pumps”?',
    ]) {
      expect(askedMention(plainQuestion(question)), question).toBeNull();
    }
  });

  it('splits a list of things, any one of them enough when they are listed with "or"', () => {
    expect(askedMention('anything on Norway and Sweden?')).toEqual({ thing: 'Norway and Sweden', parts: ['Norway', 'Sweden'], either: false });
    expect(askedMention('anything about Bali or Colombia?')).toEqual({ thing: 'Bali or Colombia', parts: ['Bali', 'Colombia'], either: true });
    expect(askedMention('anything on heat pumps and/or Canada?')).toEqual({ thing: 'heat pumps and/or Canada', parts: ['heat pumps', 'Canada'], either: false });
  });
});
