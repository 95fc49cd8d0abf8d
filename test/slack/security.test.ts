import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { allText, escaped, expectOnlyOurMarkup, expectOnlyOurRichText, richLinksOf, richTextsOf, textsOf } from './support/messages.js';
import { buttonClick } from './support/signedRequests.js';
import { FIXTURE_REPORTS, startBot, type RunningBot } from './support/startBot.js';

// The parser fixtures: slack-markup.md holds text that looks like Slack markup; some files are
// broken on purpose and show up as errors.
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ reportsDir: FIXTURE_REPORTS });
});
afterAll(async () => {
  await bot?.stop();
});

describe('requests not signed by Slack', () => {
  it('are rejected with 401 and nothing is sent', async () => {
    const url = bot.slack.responseUrl('forged');
    const forged = [
      await bot.sender.command('heat pumps', url, { secret: 'not-the-signing-secret' }),
      await bot.sender.event({ type: 'app_mention', user: 'U0000EVIL', text: `<@${BOT_USER_ID}> heat`, ts: '1.1', channel: 'C0000EVIL', event_ts: '1.1' }, 'EvFORGED', { secret: 'not-the-signing-secret' }),
      await bot.sender.action(buttonClick({ action_id: 'answer_vote_up', value: '{"q":"x","ids":[]}' }, url), { secret: 'not-the-signing-secret' }),
      // Signed right, but too old to be anything but a replay.
      await bot.sender.command('heat pumps', url, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 }),
      await bot.sender.send('text=heat', 'application/x-www-form-urlencoded', { headers: { 'x-slack-signature': 'v0=00' } }),
    ];
    expect(forged.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);

    await bot.sender.command('list', bot.slack.responseUrl('genuine'));
    await bot.slack.waitForResponse('genuine');
    expect(bot.slack.responses.map((r) => r.id)).toEqual(['genuine']);
    expect(bot.slack.calls.filter((c) => !['auth.test', 'api.test'].includes(c.method))).toEqual([]);
  });
});

describe('text that looks like Slack markup', () => {
  it('from a report arrives exactly as written in rich text, which Slack does not parse: no @channel, no mention, no forged link', async () => {
    await bot.sender.command('report:slack-markup', bot.slack.responseUrl('markup'));
    const message = (await bot.slack.waitForResponse('markup')).body;
    const verbatim = richTextsOf(message).join('\n');
    expect(verbatim).toContain('1. Alerts using <!channel> and <!here> notify everyone, and <@U12345> mentions a user.');
    expect(verbatim).toContain('> Use <!channel> sparingly; <@U12345> will ping that user & <#C024BE7LR> links a channel.');
    expect(verbatim).toContain('Links written as <https://evil.example|click here> hide their real target.');
    expect(verbatim).toContain('Entities such as &amp; &lt; &gt; and comparisons like a < b > c must survive unchanged.');
    expect(richLinksOf(message)).toContainEqual({ url: 'https://api.slack.com/reference/surfaces/formatting', text: 'Formatting text for app surfaces | Slack' });
    expectOnlyOurRichText(message);
    for (const t of textsOf(message)) expectOnlyOurMarkup(t);
    expect(textsOf(message).join('\n')).not.toMatch(/<!|<@U12345|<#|<https:\/\/evil/);

    await bot.sender.command('report:slack-markup "plain text inside a claim"', bot.slack.responseUrl('markup-2'));
    const emphasis = (await bot.slack.waitForResponse('markup-2')).body;
    // In mrkdwn these would turn bold, italic, code and struck through.
    expect(richTextsOf(emphasis).join('\n')).toContain('1. Markup like *bold*, _italic_, `code` and ~strike~ is plain text inside a claim.\n> Write *bold*, _italic_, ~strike~ and `code` with mrkdwn.');
  });

  it('from a report is escaped in the plain-text fallback sent when Slack rejects the blocks', async () => {
    bot.slack.failResponse('invalid_blocks', 400);
    await bot.sender.command('report:slack-markup', bot.slack.responseUrl('markup-fallback'));
    const fallback = (await bot.slack.waitForResponse('markup-fallback', 2)).body;
    expect(fallback).not.toHaveProperty('blocks');
    const text = fallback.text as string;
    expect(text).toContain('*1.* Alerts using &lt;!channel&gt; and &lt;!here&gt; notify everyone, and &lt;@U12345&gt; mentions a user.');
    expect(text).toContain('> Use &lt;!channel&gt; sparingly; &lt;@U12345&gt; will ping that user &amp; &lt;#C024BE7LR&gt; links a channel.');
    expect(text).toContain('Entities such as &amp;amp; &amp;lt; &amp;gt; and comparisons like a &lt; b &gt; c must survive unchanged.');
    expect(text).toContain('— [1] <https://api.slack.com/reference/surfaces/formatting|Formatting text for app surfaces | Slack>');
    expectOnlyOurMarkup(text);
    expect(text).not.toMatch(/<!|<@U12345|<#|<https:\/\/evil/);
  });

  it('from the person asking arrives escaped where the question is repeated', async () => {
    const question = '<!channel> <@U0000EVIL> <https://evil.example|click> & links';
    await bot.sender.command(question, bot.slack.responseUrl('markup-question'));
    const message = (await bot.slack.waitForResponse('markup-question')).body;
    expect(allText(message)).toContain(`“${escaped(question)}”`);
    for (const t of textsOf(message)) expectOnlyOurMarkup(t);
    expect(textsOf(message).join('\n')).not.toMatch(/<!|<@U0000EVIL|<https:\/\/evil/);
  });

  it('in a mention is escaped in the public reply too', async () => {
    await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> <!here> zzqx & <@U0000EVIL>`, ts: '1700000800.000100', channel: 'C0000MRKP', event_ts: '1700000800.000100' }, 'EvMARKUP');
    const posted = await bot.slack.waitFor(() => bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0000MRKP')?.body);
    expect(allText(posted)).toContain('Nothing in the reports matches “&lt;!here&gt; zzqx &amp; &lt;@U0000EVIL&gt;”.');
    for (const t of textsOf(posted)) expectOnlyOurMarkup(t);
  });

  it('in a mention, as Slack sends it (&, < and > as entities), is repeated as the person wrote it, escaped once', async () => {
    // The person typed "zzqx R&D <3 spending": Slack's event text has &amp; and &lt;.
    await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> zzqx R&amp;D &lt;3 spending`, ts: '1700000850.000100', channel: 'C0000AMPS', event_ts: '1700000850.000100' }, 'EvAMPS');
    const posted = await bot.slack.waitFor(() => bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0000AMPS')?.body);
    // Shown in Slack as “zzqx R&D <3 spending”, not “zzqx R&amp;D &lt;3 spending”.
    expect(allText(posted)).toContain('“zzqx R&amp;D &lt;3 spending”');
    expect(allText(posted)).not.toContain('&amp;amp;');
    for (const t of textsOf(posted)) expectOnlyOurMarkup(t);
  });

  it('in report errors is escaped on the App Home, which lists every file not served', async () => {
    await bot.sender.event({ type: 'app_home_opened', user: 'U0000HOME', channel: 'D0000HOME', tab: 'home', event_ts: '1700000900.000100' }, 'EvHOME');
    const view = (await bot.slack.waitForCall('views.publish')).body.view as Record<string, unknown>;
    const text = allText(view);
    expect(bot.library.errors.length).toBeGreaterThan(0);
    for (const error of bot.library.errors) expect(text).toContain(`\`${escaped(error.file)}`);
    for (const t of textsOf(view)) expectOnlyOurMarkup(t);
  });
});
