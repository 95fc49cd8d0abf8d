import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { FAMILY, writeEdgeReports } from './support/edgeReports.js';
import { allText, expectOnlyOurMarkup, expectOnlyOurRichText, expectWithinSlackLimits, richLinksOf, richTextsOf, textsOf } from './support/messages.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
let reportsDir: string;
beforeAll(async () => {
  reportsDir = await writeEdgeReports();
  bot = await startBot({ reportsDir });
});
afterAll(async () => {
  await bot?.stop();
  await rm(reportsDir, { recursive: true, force: true });
});

async function ask(text: string, id: string): Promise<Record<string, unknown>> {
  await bot.sender.command(text, bot.slack.responseUrl(id));
  return (await bot.slack.waitForResponse(id)).body;
}

let mentions = 0;
async function mention(question: string, channel: string): Promise<void> {
  mentions += 1;
  const ts = `1700001000.${String(mentions).padStart(6, '0')}`;
  await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> ${question}`, ts, channel, event_ts: ts }, `EvLIMIT${mentions}`);
}

function postsTo(channel: string): Array<Record<string, unknown>> {
  return bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => c.body);
}

describe('an answer too long for one Slack message', () => {
  it('is cut to Slack limits on character boundaries, and says so', async () => {
    const message = await ask('zebrafish regenerates', 'huge');
    expectWithinSlackLimits(message);
    expectOnlyOurRichText(message);
    const text = allText(message);
    expect(textsOf(message)[0]).toMatch(/^\*3 of [4-9] claims\* for “zebrafish regenerates”$/); // the report's 4 claims, and any another report's words relate to
    expect(text).toContain('Some long text was cut to fit in Slack (marked …)');
    expect(text).toContain('+3 more sources in the report.');
    const quotes = richTextsOf(message).flatMap((t) => t.split('\n')).filter((line) => line.startsWith('> '));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      // Whole family emoji only, then the cut mark: no emoji split between its code points.
      expect(quote).toMatch(new RegExp(`^> (?:${FAMILY} )*${FAMILY}…$`, 'u'));
    }
    const claims = richTextsOf(message).filter((t) => /^\d\. Zebrafish/.test(t));
    expect(claims).toHaveLength(3);
    for (const claim of claims) expect(claim).toMatch(/ \w+…$/);
    // The report is named once for its three claims, by a title short enough to scan.
    expect(textsOf(message).filter((t) => t.startsWith(':page_facing_up:'))).toEqual([
      ':page_facing_up: *A very long topic about zebrafish regeneration A very long topic…*\n2026-03-01 · `zebrafish-huge`',
    ]);
    for (const t of textsOf(message)) expectOnlyOurMarkup(t);
  });

  it('a long report is cut the same way by show', async () => {
    const message = await ask('show zebrafish-huge', 'huge-show');
    expectWithinSlackLimits(message);
    expect(allText(message)).toContain('*Executive summary*\nZebrafish summary.');
    expect(allText(message)).toContain('Some long text was cut to fit in Slack');
  });
});

describe('source links', () => {
  it('stay one link when the URL holds |, < or >, and are not made for non-web URLs', async () => {
    const message = await ask('kingfisher', 'links');
    expect(richLinksOf(message)).toEqual([
      { url: 'https://example.com/a%7Cb?x=1&y=2', text: 'Pipe source' },
      { url: 'https://example.com/%3Cb%3E?q=a%3Eb', text: 'Angle <b> source' },
    ]);
    expect(richTextsOf(message).join('\n')).toContain('— [3] Script source');
    expect(JSON.stringify(message)).not.toContain('javascript:');
  });
});

describe('when Slack rejects the blocks', () => {
  it('a mention answer is sent again as plain text', async () => {
    bot.slack.failApi('chat.postMessage', 'invalid_blocks');
    await mention('heat pump efficiency', 'C0000FALL');
    await bot.slack.waitFor(() => postsTo('C0000FALL')[1]);
    const [rejected, fallback] = postsTo('C0000FALL');
    expect(rejected!.blocks).toBeDefined();
    expect(fallback).not.toHaveProperty('blocks');
    expect(fallback!.thread_ts).toBe(rejected!.thread_ts);
    expect(fallback!.text).toContain('*1.* ');
    expect(fallback!.text).toMatch(/^> \S/m);
    expect(fallback!.text).toMatch(/^— \[\d+\] <https:\/\/[^|]+\|[^>]+>$/m);
    expect(bot.logger.at('warn')).toContain('Slack rejected the message blocks (invalid_blocks); sending it as plain text instead');
  });

  it.each([
    ['an ok:false reply', 200, 'msg_too_long'],
    ['an HTTP error', 400, 'invalid_blocks'],
  ])('a private answer is sent again as plain text after %s', async (_, status, error) => {
    bot.slack.failResponse(error, status);
    await bot.sender.command('heat pump efficiency', bot.slack.responseUrl(`fallback-${status}`));
    const fallback = (await bot.slack.waitForResponse(`fallback-${status}`, 2)).body;
    expect(fallback).not.toHaveProperty('blocks');
    expect(fallback.response_type).toBe('ephemeral');
    expect(fallback.text).toMatch(/^\*\d+ of \d+ claims\* for “heat pump efficiency”\n/);
    expect(fallback.text).toContain('*1.* ');
  });
});

describe('when something else fails', () => {
  it('the person gets a short apology and the error is logged', async () => {
    bot.slack.failResponse('internal_error', 500);
    await bot.sender.command('heat pump efficiency', bot.slack.responseUrl('apology'));
    const apology = (await bot.slack.waitForResponse('apology', 2)).body;
    expect(apology.text).toBe('Sorry, something went wrong while answering. It has been logged; please try again in a moment.');
    expect(apology.response_type).toBe('ephemeral');
    expect(bot.logger.at('error').some((line) => line.startsWith('Failed to answer /reports from U0000ASKER'))).toBe(true);
  });

  it('a Slack API error is logged, and the bot keeps serving', async () => {
    bot.slack.failApi('chat.postMessage', 'channel_not_found', 2);
    await mention('heat pump efficiency', 'C0000GONE');
    await bot.logger.waitFor('error', /^Could not send the apology after failing to answer a mention in C0000GONE/);
    expect(bot.logger.at('error').some((line) => line.startsWith('Failed to answer a mention in C0000GONE'))).toBe(true);

    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    await mention('heat pump efficiency', 'C0000BACK');
    await bot.slack.waitFor(() => postsTo('C0000BACK')[0]);
  });
});

describe('GET /healthz', () => {
  it('answers 200 with the reports, claims and errors being served', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ status: 'ok', reports: 3, claims: bot.library.claimCount, errors: [], lastReload: bot.library.updatedAt.toISOString() });
  });
});
