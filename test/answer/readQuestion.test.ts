import { beforeAll, describe, expect, it } from 'vitest';
import { collectionsScope } from '../../src/access/channelScope.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { MAX_QUESTION_LENGTH } from '../../src/answer/limitQuestion.js';
import { readQuestion } from '../../src/answer/readQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';
import { bundledLibrary, COLLECTION_FIXTURES } from '../support/reportsFolders.js';

describe('readQuestion', () => {
  const asked = '  hi all, quick q: what was that stat on <https://example.org/a|heat pumps> in "cold climates" report:heat-pumps :fire: iirc?  ';

  it('keeps the question as asked, trimmed, with no note when it is not cut', () => {
    const read = readQuestion(asked, null);
    expect(read.question).toBe(asked.trim());
    expect(read).not.toHaveProperty('note');
  });

  it('searches the question without its chat wrapping, markup and emoji; phrases and filters parsed', () => {
    const { query } = readQuestion(asked, null);
    expect(query.text).toBe(', : what was heat pumps in cold climates ?');
    expect(query.phrases).toEqual(['cold climates']);
    expect(query.filters).toEqual({ report: 'heat-pumps' });
    expect(query.problems).toEqual([]);
  });

  it('searches a question browsing the reports for a thing for the thing alone, after a stop word so a capitalised first word stays a name', () => {
    expect(readQuestion('Do any of the reports mention Utah?', null).query.text).toBe('about Utah');
    expect(readQuestion('hey all, anything in our research on heat pumps in Norway? thx', null).query.text).toBe('about heat pumps in Norway');
    const { query, typed } = readQuestion('What do the reports say about California specifically?', null);
    expect(query.text).toBe('about California');
    expect(typed).toBe('What do the reports say about California specifically?');
    expect(readQuestion('do heat pumps work in Norway?', null).query.text).toBe('do heat pumps work in Norway?');
  });

  it('keeps a quoted phrase in a question browsing the reports, so that it must still appear', () => {
    for (const [question, phrase] of [['do the reports mention "cold climate"?', 'cold climate'], ['anything on "heat pumps"?', 'heat pumps']] as const) {
      const { query } = readQuestion(question, null);
      expect(query.phrases, question).toEqual([phrase]);
      expect(query.text, question).not.toMatch(/"/);
    }
  });

  it('keeps the question as typed for what reads how it asks: the filler stays, the markup and emoji go', () => {
    const { typed } = readQuestion(asked, null);
    expect(typed).toBe('hi all, quick q: what was that stat on heat pumps in "cold climates" report:heat-pumps iirc?');
    expect(readQuestion("isn’t vaping legal in Japan?", null).typed).toBe('is not vaping legal in Japan?');
  });

  it('cuts a long question, says so, and searches and reads only what was kept', () => {
    const long = `what's the payback of heat pumps? ${'really '.repeat(200)}zebras`;
    const read = readQuestion(long, null);
    expect(read.note).toMatch(/cut to its first 1000 characters/);
    expect(read.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(long.startsWith(read.question)).toBe(true);
    expect(read.query.text).toMatch(/^what the payback of heat pumps\? really/);
    expect(read.query.text).not.toContain('zebras');
    expect(read.typed).toMatch(/^what's the payback of heat pumps\? really/);
    expect(read.typed).not.toContain('zebras');
  });

  it("searches a word typed with two letters swapped as the word the library's claims have, and keeps it as typed", async () => {
    // The bundled reports say "report", not "reprot".
    const read = readQuestion('does the heat pump reprot mention installers?', await bundledLibrary());
    expect(read.query.text).toBe('does the heat pump report mention installers?');
    expect(read.queryAsTyped).toBe('does the heat pump reprot mention installers?');
    expect(read.typed).toBe('does the heat pump reprot mention installers?');
    expect(read.question).toBe('does the heat pump reprot mention installers?');
  });

  it("searches a name typed as its initials as the name the library's claims write, and keeps it as typed", async () => {
    // The bundled reports write "New York" (and "NYC"), never "ny".
    const read = readQuestion('did the bike lanes in ny cut injuries?', await bundledLibrary());
    expect(read.query.text).toBe('did the bike lanes in new york cut injuries?');
    expect(read.queryAsTyped).toBe('did the bike lanes in ny cut injuries?');
    expect(read.typed).toBe('did the bike lanes in ny cut injuries?');
  });

  it('reads every word as typed with no library (null)', () => {
    const read = readQuestion('does the heat pump reprot mention installers?', null);
    expect(read.query.text).toBe('does the heat pump reprot mention installers?');
    expect(read.queryAsTyped).toBe(read.query.text);
  });

  // Only engineering/incident-review.md says "outage": a channel that cannot see engineering must
  // not have its question read by what that report says.
  describe('in a channel that sees some collections (test/fixtures/collections)', () => {
    const asked = 'was there a payment outgae last quarter?';
    let library: Library;
    beforeAll(async () => {
      library = Library.from(await loadReports(COLLECTION_FIXTURES, { workers: 0 }));
    });

    it('swaps back to a word only claims the channel sees have', () => {
      expect(readQuestion(asked, library).query.text).toBe('was there a payment outage last quarter?');
      expect(readQuestion(asked, library.view(collectionsScope(['engineering']))).query.text).toBe('was there a payment outage last quarter?');
    });

    it('leaves the word as typed when only a collection the channel cannot see has the word meant', () => {
      const marketing = library.view(collectionsScope(['marketing']));
      expect(library.index.claimsWith(normalizeTerm('outage') ?? '')).toBeGreaterThan(0);
      expect(readQuestion(asked, marketing).query.text).toBe(asked);
      expect(answerQuestion(marketing, asked).query.text).toBe(asked);
    });
  });
});
