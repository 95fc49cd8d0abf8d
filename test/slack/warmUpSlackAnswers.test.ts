import { describe, expect, it } from 'vitest';
import { collectionsScope } from '../../src/access/channelScope.js';
import { SCOPED_EVERY } from '../../src/answer/warmUp.js';
import { warmUpQuestions } from '../../src/answer/warmUpQuestions.js';
import { Library } from '../../src/library/library.js';
import { libraryCollections } from '../../src/library/libraryCollections.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { warmUpSlackAnswers } from '../../src/slack/warmUpSlackAnswers.js';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';

describe("the bot's warm-up", () => {
  it("asks some questions through a channel's view (its first collection and the top-level reports), not the whole library", async () => {
    const library = Library.from(await loadReports(COLLECTION_FIXTURES, { workers: 0 }));
    const own = warmUpQuestions(library).length;
    const channel = warmUpQuestions(library.view(collectionsScope(libraryCollections(library).slice(0, 1)))).length;
    // The view has fewer questions than the library, so asking the library again would ask more.
    expect(Math.ceil(channel / SCOPED_EVERY)).toBeLessThan(Math.ceil(own / SCOPED_EVERY));
    expect(await warmUpSlackAnswers(library)).toBe(own + Math.ceil(channel / SCOPED_EVERY));
  });
});
