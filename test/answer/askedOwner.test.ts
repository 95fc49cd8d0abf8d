import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchedClaims } from '../../eval/evaluate.js';
import { answerFeatures } from '../../src/answer/answerability.js';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { namesOwner, OWNER_ASKED } from '../../src/answer/askedOwner.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

describe('who bought or owns something, asked and given', () => {
  // Held-out 26's, 29's, 56's and 57's unanswerable buyer and owner questions were answered by
  // claims on the sale or the club that name no buyer or owner: no kind of answer was read.
  it('reads an owner asked by "who bought / owns / owned / acquired", "who is the owner of" and "which company bought"', () => {
    for (const question of [
      'Who bought the Lady Blunt Stradivarius in 2011?',
      'Who owned Leicester City when they won the league?',
      'so who actually owns the seeds in the svalbard vault, could norway just take them?',
      'How many of those hydraulic economy models got made, and who bought them?',
      'heya, who trained secretariat? and who owned him',
      'Who is the majority owner of the famous diamond firm, and do they want to offload it?',
      "who's the new owner of the club?",
      'Which museum owns The Milkmaid?',
      'Which German company acquired the reserve?',
      'anyone know who owns the Koh-i-Noor these days?',
      'Who took over the club in 2010?',
      'Who holds the rights to the song now?',
    ])
      expect(askedAnswerKinds(question), question).toContain('owner');
  });

  it('reads no owner asked in a "who" describing someone, a post taken over, a record held, a seller or what kind of people buy', () => {
    for (const question of [
      'Who took over as boss of the Foxes before their championship year?',
      'Who took over from Ferguson at United?',
      'quick one: who was the businessman who bought into the struggling swiss watch conglomerate in the mid 80s?',
      'Compare how Yap kept track of who owned the stones with what Vermeer left.',
      'Do people who buy LPs actually play them?',
      'lol who holds the womens high jump record now, mahuchikh??',
      'Which boat took overall honours on handicap in the 1979 Fastnet?',
      'Which stores sold the poisoned Tylenol bottles?',
      'Which museums hold Gage\'s skull today?',
    ])
      expect(OWNER_ASKED.test(question), question).toBe(false);
  });

  // Read an owner asked, "Who took over the manager's job at Leicester in 2015?" was declined on
  // held-out 57's reports, where "Claudio Ranieri replaced Nigel Pearson as manager…" answered it.
  it('reads no owner asked or given where a post or a role is taken over', () => {
    for (const question of [
      "Who took over the manager's job at Leicester in 2015?",
      'Who took over the job of Leicester manager from Pearson?',
      'Who took over the leadership of the party?',
      'Who took over the CEO role at Twitter?',
      'who took over the reins at Twitter?',
      'Who took over the presidency after Kennedy?',
    ])
      expect(OWNER_ASKED.test(question), question).toBe(false);
    expect(OWNER_ASKED.test('Who took over the club in 2010?')).toBe(true);
    expect(namesOwner('Linda Yaccarino took over the CEO role in June 2023.')).toBe(false);
    expect(namesOwner('Musk took over Twitter in October 2022.')).toBe(true);
  });

  // A participle after "which …" describes the things chosen among, and the owner is named.
  it('reads no owner asked in "which of the things bought / owned by…" asking which one', () => {
    for (const question of ['Which of the heat pumps bought in 2022 qualify for the grant?', 'Which of the paintings owned by the Met were stolen?', 'Which of the drugs bought by the NHS is cheapest?'])
      expect(OWNER_ASKED.test(question), question).toBe(false);
    for (const question of ['Which company bought Twitter?', 'which firm bought it in 2010?']) expect(OWNER_ASKED.test(question), question).toBe(true);
  });

  // Review 59: "owned up to" (admitted) and "bought into" (believed) read an owner asked.
  it('reads no owner asked or given where a particle makes the verb another: "owned up to", "bought into", "bought off"', () => {
    for (const question of ['who owned up to the mistake?', 'Who owned up to the data breach?', 'who bought into the hype?', 'who bought into the hype around crypto?', 'who bought off the judges?'])
      expect(askedAnswerKinds(question), question).not.toContain('owner');
    for (const question of ['who bought up the shares?', 'who owns the canal?']) expect(askedAnswerKinds(question), question).toContain('owner');
    expect(givesAnswerKind('Musk bought into the hype early.', 'owner')).toBe(false);
    expect(givesAnswerKind('Equifax owned up to the breach in September.', 'owner')).toBe(false);
  });

  it('reads an owner given by a sale to one, "owned by", a name that owns, belonging to a name, ownership kept or a buyer named', () => {
    for (const text of [
      'The United States Federal Helium Reserve near Amarillo, Texas, was sold to Messer in 2024 for about $460 million.',
      'The reserve was sold in 2024 to Messer.',
      'Kays holds the exclusive rights to harvest granite from Ailsa Craig, which is owned by the Marquess of Ailsa.',
      'Anglo American, which owns 85 percent of De Beers, announced plans in 2024 to sell the business.',
      'Around a dozen copies were made, and buyers included universities and the Ford Motor Company.',
      'A treasure trove inquest in August 1939 ruled that the finds belonged to Edith Pretty.',
      'The vault works as a backup: depositing genebanks keep ownership of their seeds.',
      'He was a son of Bold Ruler, raced by Penny Chenery’s Meadow Stable and trained by Lucien Laurin.',
      'The Dutch bank ING bought what was left of Barings for a token 1 pound.',
      'The club was bought by a Thai consortium in 2010.',
    ])
      expect(namesOwner(text), text).toBe(true);
  });

  // Held-out 62's "Who bought up the pieces of Lehman after it failed?" was declined: its claim
  // shown first names the buyer by a sale agreed ("Barclays agreed … to buy"), read as no owner.
  it('reads an owner given by a sale agreed, told from the buyer\'s side, and reads it given for the Lehman question on held-out 62\'s reports', async () => {
    for (const text of [
      "Barclays agreed the day after the filing to buy Lehman's North American investment banking and trading divisions and its New York headquarters.",
      'Nomura agreed to acquire the Asian business.',
      'Deutsche Bank has agreed to take over Postbank.',
    ])
      expect(namesOwner(text), text).toBe(true);
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout62/reports/', import.meta.url))));
    const { text, typed, found } = searchedClaims(library, 'Who bought up the pieces of Lehman after it failed?');
    const features = answerFeatures(library, text, found, typed);
    expect(features?.answerKindMissing).toBe(0);
    expect(features?.kindMissingShownFirst).toBe(0);
  });

  it('reads no owner in a sale told without a buyer, a buyer unnamed, a class one belongs to or "by" a time', () => {
    for (const text of [
      "Love Is In The Bin sold at Sotheby's London on 14 October 2021 for 18,582,000 pounds including the buyer's premium.",
      'A single Semper Augustus bulb was reportedly offered for 10,000 guilders in 1625.',
      'The 1721 Lady Blunt fetched about 15.9 million in a 2011 charity auction.',
      'Prices collapsed after an auction in Haarlem failed to attract buyers.',
      'It belongs to a series of landscape prints centred on a single famous mountain.',
      'The plant was acquired by March 2021.',
      'The site was bought by the end of the decade.',
      'Bookmakers priced Leicester at 5,000-1 to win the Premier League.',
    ])
      expect(namesOwner(text), text).toBe(false);
    expect(givesAnswerKind('Winning the title earned Leicester a place in the Champions League.', 'owner')).toBe(false);
    expect(namesOwner('Barclays offered to buy the bank, but the deal fell through.')).toBe(false);
    expect(givesAnswerKind('The club was sold to King Power in 2010.', 'owner')).toBe(true);
  });

  // review64 (SHOULD 12): "agreed not to buy" named an owner, and so did a duty taken over.
  it('reads no owner in a sale agreed not to be made, nor in a duty taken over', () => {
    for (const text of ['Barclays agreed not to buy Lehman without a government guarantee.', 'Regulators agreed to take over supervision.'])
      expect(givesAnswerKind(text, 'owner'), text).toBe(false);
    for (const text of ["Barclays agreed to take over Lehman's North American business.", "Nomura agreed to take over the bank's European operations."])
      expect(givesAnswerKind(text, 'owner'), text).toBe(true);
  });
});
