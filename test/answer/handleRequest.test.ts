import { beforeAll, describe, expect, it } from 'vitest';
import { handleRequest, type RequestContext } from '../../src/answer/handleRequest.js';
import type { Library } from '../../src/library/library.js';
import { RateLimiter } from '../../src/limits/rateLimiter.js';
import { bundledLibrary } from '../support/reportsFolders.js';

let library: Library;
beforeAll(async () => {
  library = await bundledLibrary();
});

describe('handleRequest', () => {
  it('routes help, list, status and show to what the library holds', () => {
    const context: RequestContext = { library, now: () => 0 };
    expect(handleRequest(context, 'U1', '').kind).toBe('help');
    const list = handleRequest(context, 'U1', 'list');
    expect(list.kind === 'list' && list.reports.map((r) => r.id)).toEqual(library.reports.map((r) => r.id));
    const status = handleRequest(context, 'U1', 'status');
    expect(status.kind === 'status' && status.status.claims).toBe(library.claimCount);
    const show = handleRequest(context, 'U1', 'show heat-pumps');
    expect(show.kind === 'show' && show.report.id).toBe('heat-pumps-cold-climates');
    expect(handleRequest(context, 'U1', 'show zzz')).toMatchObject({ kind: 'no-such-report', name: 'zzz', candidates: [] });
  });

  it('shows a report named in several words, and takes `list all` for the list', () => {
    const context: RequestContext = { library, now: () => 0 };
    const show = handleRequest(context, 'U1', 'show heat pumps');
    expect(show.kind === 'show' && show.report.id).toBe('heat-pumps-cold-climates');
    expect(handleRequest(context, 'U1', 'list all').kind).toBe('list');
  });

  it('answers `show` and words that name no report as a question', () => {
    const reply = handleRequest({ library, now: () => 0 }, 'U1', 'show heat pump running costs');
    expect(reply.kind === 'answer' && reply.answer.question).toBe('show heat pump running costs');
    expect(reply.kind === 'answer' && reply.answer.items[0]?.report.id).toBe('heat-pumps-cold-climates');
    expect(handleRequest({ library, now: () => 0 }, 'U1', 'show grid')).toMatchObject({ kind: 'show' });
  });

  it('answers a question from the library', () => {
    const reply = handleRequest({ library, now: () => 0 }, 'U1', 'heat pumps in the cold');
    expect(reply.kind).toBe('answer');
    expect(reply.kind === 'answer' && reply.answer.items[0]?.report.id).toBe('heat-pumps-cold-climates');
  });

  it('counts only questions against a person’s limit, each person apart', () => {
    const context: RequestContext = { library, now: () => 1000, rateLimiter: new RateLimiter({ max: 1, windowMs: 60_000 }) };
    expect(handleRequest(context, 'U1', 'heat pumps').kind).toBe('answer');
    expect(handleRequest(context, 'U1', 'list').kind).toBe('list');
    expect(handleRequest(context, 'U1', 'help').kind).toBe('help');
    expect(handleRequest(context, 'U1', 'microplastics')).toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 });
    expect(handleRequest(context, 'U2', 'microplastics').kind).toBe('answer');
  });
});
