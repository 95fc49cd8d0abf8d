// The library as one scope sees it (a channel's collections): nothing built from the view lists,
// finds, quotes, suggests or names a report outside the scope, and it follows the library live.

import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionsScope } from '../../src/access/channelScope.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { handleRequest, type Reply } from '../../src/answer/handleRequest.js';
import { Library } from '../../src/library/library.js';
import { libraryStatus } from '../../src/library/libraryStatus.js';
import type { LibraryView } from '../../src/library/libraryView.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { reportText } from '../support/reportText.js';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';

let scratch: string;
let library: Library;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-view-'));
  await cp(COLLECTION_FIXTURES, scratch, { recursive: true });
  await writeFile(join(scratch, 'engineering', 'broken.md'), 'not a report');
  library = Library.from(await loadReports(scratch, { workers: 0 }));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const marketing = (): LibraryView => library.view(collectionsScope(['marketing']));
const reportIds = (view: LibraryView): string[] => view.reports.map((report) => report.id);
/** Every report id a reply's JSON mentions, to check none outside the scope is named. */
const named = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/engineering\/[a-z-]+/g)].map((match) => match[0]);

/** A reply without what echoes the question back, as JSON. */
function shown(reply: Reply): string {
  if (reply.kind === 'answer') return JSON.stringify({ ...reply.answer, question: '', query: null });
  if (reply.kind === 'no-such-report') return JSON.stringify({ ...reply, name: '' });
  return JSON.stringify(reply);
}

describe('a view of the library restricted to collections', () => {
  it('lists the reports of its collections, those inside them, and the top-level ones', () => {
    expect(reportIds(library)).toEqual(['engineering/incident-review', 'general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(reportIds(marketing())).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(reportIds(library.view(collectionsScope(['marketing/emea'])))).toEqual(['general', 'marketing/emea/launch']);
    expect(reportIds(library.view(collectionsScope([])))).toEqual(['general']);
    expect(library.view(collectionsScope('all'))).toBe(library);
    expect(marketing()).toBe(marketing());
  });

  it('answers, counts and names problems from its reports only', () => {
    const view = marketing();
    const answer = answerQuestion(view, 'budget');
    expect(answer.items.map((item) => item.report.id).sort()).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(answer.reportCount).toBe(3);
    expect(view.claimCount).toBe(3);
    expect(view.perspectives).not.toContain('Reliability Perspective');
    expect(view.report('engineering/incident-review')).toBeUndefined();
    expect(view.claim('engineering/incident-review#1')).toBeUndefined();
    expect(view.errors).toEqual([]);
    expect(library.errors.map((error) => error.file)).toEqual(['engineering/broken.md']);
    expect(libraryStatus(view)).toMatchObject({ reports: 3, claims: 3, errors: [], collections: ['marketing'] });
    expect(libraryStatus(library)).not.toHaveProperty('collections');
  });

  it('never names a report outside it: not as an answer, related claim, suggestion, filter hint or list', async () => {
    const view = marketing();
    const context = { library: view, now: Date.now };
    for (const text of [
      'payment outage database failover',
      'the payment outage',
      'report:engineering/incident-review budget',
      'report:incident budget',
      'perspective:reliability budget',
      'payment outgae',
      'show engineering/incident-review',
      'show incident-review',
      'list',
      'status',
    ]) {
      const reply = await handleRequest(context, 'U1', text);
      // What the person typed may be said back ("No report is called …"); nothing else may name it.
      const typed = /(?:report:|perspective:|show )(\S+)/.exec(text)?.[1] ?? '\0';
      const said = shown(reply).replace(new RegExp(typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '');
      expect(named(said), text).toEqual([]);
      expect(said, text).not.toMatch(/payment|outage|failover|Reliability/i);
    }
    // The whole library does name it, so the checks above can fail.
    expect(named(await handleRequest({ library, now: Date.now }, 'U1', 'payment outage'))).toContain('engineering/incident-review');
  });

  it('follows the library as reports come and go', () => {
    const view = marketing();
    library.put({ ...library.report('marketing/q3-survey')!, id: 'marketing/new', file: 'marketing/new.md', claims: [] });
    expect(reportIds(view)).toContain('marketing/new');
    library.forget('marketing/new.md');
    expect(reportIds(view)).not.toContain('marketing/new');
  });

  it('counts the reports it lists (what each answer reads), as they come, are replaced, clash and go', () => {
    const counted = (): void => {
      for (const view of [library, marketing(), library.view(collectionsScope(['engineering']))]) {
        expect(view.reportCount).toBe(view.reports.length);
        expect(answerQuestion(view, 'budget').reportCount).toBe(view.reports.length);
      }
    };
    counted();
    const survey = library.report('marketing/q3-survey')!;
    library.put({ ...survey, id: 'marketing/new', file: 'marketing/new.md', claims: [] });
    expect(library.reportCount).toBe(5);
    counted();
    library.put({ ...survey, id: 'marketing/new', file: 'marketing/new.md', claims: [] }); // replaced
    library.put({ ...survey, id: 'marketing/new', file: 'marketing/NEW.MD', claims: [] }); // same id, another file: not served
    library.put({ ...survey, id: 'engineering/other', file: 'engineering/other.md', claims: [] });
    counted();
    library.forget('marketing/new.md');
    library.forget('engineering/other.md');
    library.forget('marketing/NEW.MD');
    expect(library.reportCount).toBe(4);
    counted();
    expect(answerQuestion(library.view(collectionsScope(['nothing-here'])), 'report:x').problems.join(' ')).not.toContain('No reports are loaded');
  });
});

describe('a view searching for a word only a report outside it has', () => {
  // "picket" is a key of the library's claims, of none the fares channel sees: there it is a typo,
  // one edit from "ticket". On both engines (the public API searches as MiniSearch does).
  for (const engine of [{}, { publicApiOnly: true }]) {
    it(`forgives a typo in it, as in a library without that report (${engine.publicApiOnly ? "MiniSearch's public API" : 'the compact engine'})`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'report-bot-view-typo-'));
      try {
        await mkdir(join(dir, 'fares'));
        await mkdir(join(dir, 'unions'));
        await writeFile(join(dir, 'fares', 'fares.md'), reportText('Fares', ['Tickets got cheaper in 2020.']));
        await writeFile(join(dir, 'unions', 'strikes.md'), reportText('Strikes', ['Workers joined the picket outside.']));
        const whole = new Library(new ClaimIndex(engine));
        whole.add(await loadReports(dir, { workers: 0 }));
        const found = (view: LibraryView): string[] => view.index.search('were pickets refunded', undefined, { aliases: view.aliases }).map((hit) => view.claim(hit.id)?.text ?? '');
        expect(found(whole)).toEqual(['Workers joined the picket outside.']);
        expect(found(whole.view(collectionsScope(['fares'])))).toEqual(['Tickets got cheaper in 2020.']);
        expect(found(whole.view(collectionsScope(['unions'])))).toEqual(['Workers joined the picket outside.']);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('a view loaded from reports written later', () => {
  it('sees a collection made after it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-bot-view-late-'));
    try {
      const later = Library.from(await loadReports(dir, { workers: 0 }));
      const view = later.view(collectionsScope(['sales']));
      expect(view.reports).toEqual([]);
      await cp(COLLECTION_FIXTURES, dir, { recursive: true });
      await writeFile(join(dir, 'general.md'), reportText('Sales plan', ['Sales planned their budget by region.']));
      later.add(await loadReports(dir, { workers: 0 }));
      expect(reportIds(view)).toEqual(['general']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
