import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { allText, button, buttonsOf, escaped, expectOnlyOurMarkup, expectWithinSlackLimits, textsOf } from './support/messages.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

async function ask(text: string, id: string): Promise<Record<string, unknown>> {
  const reply = await bot.sender.command(text, bot.slack.responseUrl(id));
  expect(reply).toEqual({ status: 200, body: '' });
  return (await bot.slack.waitForResponse(id)).body;
}

describe('/reports <question>', () => {
  it('answers privately with the top 3 claims, their perspective, report, quotes and sources', async () => {
    const question = 'what are the risks of synthetic data?';
    const message = await ask(question, 'ask-1');
    const expected = answerQuestion(bot.library, question).items.slice(0, 3);
    expect(expected).toHaveLength(3);

    expect(message.response_type).toBe('ephemeral');
    expect(message.unfurl_links).toBe(false);
    expect(message.unfurl_media).toBe(false);
    expect(message).not.toHaveProperty('link_names');
    expect(textsOf(message)[0]).toBe(`*You asked:* ${question}`);
    const text = allText(message);
    expected.forEach(({ claim, report }, i) => {
      expect(text).toContain(`*${i + 1}.* ${escaped(claim.text)}`);
      expect(text).toContain(escaped(claim.perspective));
      expect(text).toContain(`*${escaped(report.topic)}* · ${report.date}`);
      for (const evidence of claim.evidence.slice(0, 3)) {
        if (evidence.quote) expect(text).toContain(`> “${escaped(evidence.quote)}”`);
        if (evidence.finding) expect(text).toContain(`> Key finding: ${escaped(evidence.finding)}`);
        const ref = evidence.reference;
        if (ref?.url) expect(text).toContain(`[${ref.n}] <${ref.url}|${escaped(ref.title)}>`);
        else if (ref) expect(text).toContain(`[${ref.n}] ${escaped(ref.title)}`);
      }
    });
    expect(text).not.toContain(escaped(answerQuestion(bot.library, question).items[3]!.claim.text));
    expect(buttonsOf(message).map((b) => b.action_id)).toEqual(['answer_show_more', 'answer_share', 'answer_vote_up', 'answer_vote_down']);
    expect(JSON.parse(button(message, 'answer_show_more').value)).toEqual({ q: question, o: 3 });
    expectWithinSlackLimits(message);
    for (const t of textsOf(message)) expectOnlyOurMarkup(t);
  });

  it('says plainly when the reports do not answer, shows the closest claims as related, and offers no buttons', async () => {
    const question = 'how do vaccines work?';
    const related = answerQuestion(bot.library, question).related;
    expect(related.length).toBeGreaterThan(0);
    const message = await ask(question, 'ask-unanswered');
    const text = allText(message);
    expect(text).toContain("The reports don't answer “how do vaccines work?”.");
    expect(text).toContain('*Related claims* (close to your question, but they do not answer it):');
    related.forEach(({ claim }, i) => expect(text).toContain(`*${i + 1}.* ${escaped(claim.text)}`));
    expect(buttonsOf(message)).toEqual([]);
    expectWithinSlackLimits(message);
    for (const t of textsOf(message)) expectOnlyOurMarkup(t);
  });

  it('says when nothing matches and offers the suggestions', async () => {
    const message = await ask('xylophone zeppelin', 'ask-none');
    const text = allText(message);
    expect(text).toContain('Nothing in the reports matches “xylophone zeppelin”.');
    for (const report of bot.library.reports) expect(text).toContain(`\`${report.id}\``);
    expect(text).toContain('*Perspectives:*');
    expect(buttonsOf(message)).toEqual([]);
  });

  it('shows problems with the question as a hint next to the answer', async () => {
    const message = await ask('heat pumps colour:blue', 'ask-problem');
    expect(allText(message)).toContain(':warning: Unknown filter `colour:`');
    expect(allText(message)).toContain('*1.*');
  });

  it('keeps within Slack limits however many problems a question has', async () => {
    const message = await ask(`heat pumps ${Array.from({ length: 80 }, (_, i) => `bad${i}:x`).join(' ')}`, 'ask-problems');
    expectWithinSlackLimits(message);
    expect(textsOf(message).filter((t) => t.startsWith(':warning: Unknown filter'))).toHaveLength(1);
  });
});

describe('/reports subcommands', () => {
  it('help explains the subcommands and the question syntax', async () => {
    const text = allText(await ask('help', 'help'));
    for (const usage of ['/reports &lt;question&gt;', '/reports list', '/reports show &lt;report&gt;', 'report:&lt;id&gt;', 'since:YYYY-MM-DD']) {
      expect(text).toContain(usage);
    }
  });

  it('an empty /reports shows the help', async () => {
    expect(allText(await ask('', 'empty'))).toContain('/reports list');
  });

  it('list shows every report with its date and counts', async () => {
    const message = await ask('list', 'list');
    const text = allText(message);
    expect(text).toContain(`*${bot.library.reports.length} reports* to ask about`);
    for (const report of bot.library.reports) {
      expect(text).toContain(`\`${report.id}\` · ${report.date} · ${report.claims.length} claims`);
    }
    expectWithinSlackLimits(message);
  });

  it('show <report> gives the summary, research angles and conclusions of the one report it names', async () => {
    const report = bot.library.report('heat-pumps-cold-climates')!;
    const text = allText(await ask('show heat-pumps', 'show'));
    expect(text).toContain(`*${escaped(report.topic)}*`);
    expect(text).toContain(`*Executive summary*\n${escaped(report.summary.slice(0, 80))}`);
    expect(text).toContain(`• ${escaped(report.angles[0]!)}`);
    expect(text).toContain(`*Conclusions*\n${escaped(report.conclusions.slice(0, 80))}`);
  });

  it('show with a name that is no report lists the reports', async () => {
    const text = allText(await ask('show nonexistent', 'show-none'));
    expect(text).toContain('No report is called `nonexistent`');
    expect(text).toContain('`heat-pumps-cold-climates`');
  });

  it('"show me …" is a question, not a subcommand', async () => {
    const text = allText(await ask('show me the risks of heat pumps', 'show-question'));
    expect(text).toContain('*You asked:* show me the risks of heat pumps');
    expect(text).toContain('*1.*');
  });
});
