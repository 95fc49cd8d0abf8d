import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { accessoriesOf, allText, button, buttonsOf, escaped, expectOnlyOurMarkup, expectOnlyOurRichText, expectWithinSlackLimits, richLinksOf, richTextsOf, textsOf } from './support/messages.js';
import { buttonClick } from './support/signedRequests.js';
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
  it('answers privately: how many claims for the question (said once), then the top 3 verbatim under their report', async () => {
    const question = 'what are the risks of synthetic data?';
    const message = await ask(question, 'ask-1');
    const answer = answerQuestion(bot.library, question);
    const expected = answer.items.slice(0, 3);
    expect(expected).toHaveLength(3);

    expect(message.response_type).toBe('ephemeral');
    expect(message.unfurl_links).toBe(false);
    expect(message.unfurl_media).toBe(false);
    expect(message).not.toHaveProperty('link_names');
    expect(message.text).toBe(`3 of ${answer.total} claims for “${question}”`);
    expect(textsOf(message)[0]).toBe(`*3 of ${answer.total} claims* for “${question}”`);
    expect(allText(message).split(question)).toHaveLength(3); // in the count line and the notification text only
    const verbatim = richTextsOf(message).join('\n');
    expected.forEach(({ claim }, i) => {
      expect(verbatim).toContain(`${i + 1}. ${claim.text}`);
      expect(textsOf(message)).toContain(`_${escaped(claim.perspective)}_`);
      for (const evidence of claim.evidence.slice(0, 3)) {
        if (evidence.quote) expect(verbatim).toContain(`> ${evidence.quote}\n`);
        if (evidence.finding) expect(verbatim).toContain(`> Key finding: ${evidence.finding}\n`);
        const ref = evidence.reference;
        if (ref) expect(verbatim).toContain(`— [${ref.n}] ${ref.title}`);
        if (ref?.url) expect(richLinksOf(message)).toContainEqual({ url: ref.url, text: ref.title });
      }
    });
    // Each report once, by its short title, beside a button that shows it.
    const reports = [...new Set(expected.map((item) => item.report.id))];
    expect(accessoriesOf(message)).toEqual(reports.map((id) => ({ action_id: 'report_show', value: id, text: 'About this report' })));
    const synthetic = bot.library.report('synthetic-data-llm-training')!;
    expect(textsOf(message)).toContain(`:page_facing_up: *What are the real-world risks and benefits of using synthetic data to train…*\n2026-01-15 · \`synthetic-data-llm-training\``);
    expect(allText(message)).not.toContain(synthetic.topic);
    expect(allText(message)).not.toContain(answer.items[3]!.claim.text);
    expect(buttonsOf(message).map((b) => b.action_id)).toEqual(['answer_show_more', 'answer_share', 'answer_vote_up', 'answer_vote_down']);
    expect(JSON.parse(button(message, 'answer_show_more').value)).toEqual({ q: question, o: 3 });
    expectWithinSlackLimits(message);
    expectOnlyOurRichText(message);
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
    expect(textsOf(message)[0]).toBe("The reports don't answer “how do vaccines work?”.");
    related.forEach(({ claim }, i) => expect(text).toContain(`${i + 1}. ${claim.text}`));
    expect(buttonsOf(message)).toEqual([]);
    expectWithinSlackLimits(message);
    expectOnlyOurRichText(message);
    for (const t of textsOf(message)) expectOnlyOurMarkup(t);
  });

  it('counts in words: one claim is "1 claim", all shown is "3 claims"', async () => {
    expect(textsOf(await ask('report:synthetic-data-llm-training', 'ask-all'))[0]).toBe('*3 claims* for “report:synthetic-data-llm-training”');
    const one = answerQuestion(bot.library, '"inconsistent tokenization"');
    expect(one.total).toBe(1);
    expect(textsOf(await ask('"inconsistent tokenization"', 'ask-one'))[0]).toBe('*1 claim* for “"inconsistent tokenization"”');
  });

  it('About this report shows the report privately to whoever clicked', async () => {
    const message = await ask('heat pumps in the cold', 'ask-about');
    const about = accessoriesOf(message)[0]!;
    await bot.sender.action(buttonClick({ action_id: about.action_id, value: about.value }, bot.slack.responseUrl('about-1'), { ephemeral: false }));
    const shown = (await bot.slack.waitForResponse('about-1')).body;
    expect(shown.response_type).toBe('ephemeral');
    expect(shown.replace_original).toBe(false);
    const report = bot.library.report('heat-pumps-cold-climates')!;
    expect(allText(shown)).toContain(`*Executive summary*\n${escaped(report.summary.slice(0, 80))}`);
  });

  it('says when nothing matches: why, then the 5 closest perspectives and reports and how many more, with nothing "cut to fit"', async () => {
    const message = await ask('perspective:zzz cost', 'ask-none');
    const [nothing, why, lists] = textsOf(message);
    expect(nothing).toBe('Nothing in the reports matches “perspective:zzz cost”.');
    expect(why).toBe('No perspective has the word `zzz`; see the perspectives below.');
    // The most relevant first (after the first few, the order follows the search's related words).
    expect(lists).toMatch(/^\*Perspectives:\* Household Economics, Cost and Economics, [^,\n]+, [^,\n]+, [^,\n]+ and 22 more\n\*Reports:\*\n/);
    const reportLines = lists!.split('\n').slice(2);
    expect(reportLines).toHaveLength(6);
    expect(reportLines.slice(0, 5).every((line) => /^• `[a-z0-9-]+` \S.{0,80}$/.test(line))).toBe(true);
    expect(reportLines).toContain('• `heat-pumps-cold-climates` How well do air-source heat pumps perform in cold climates, and what are…');
    expect(reportLines[5]).toBe('…and 2 more: `/reports list`');
    expect(allText(message)).not.toContain('cut to fit');
    expect(allText(message)).not.toContain('Did you mean');
    expect(buttonsOf(message)).toEqual([]);
    const typo = allText(await ask('mikroplastiks', 'ask-typo'));
    expect(typo).toContain('Did you mean *microplastic*');
  });

  it('shows problems with the question as a hint next to the answer', async () => {
    const message = await ask('heat pumps colour:blue', 'ask-problem');
    expect(allText(message)).toContain(':warning: Unknown filter `colour:`');
    expect(richTextsOf(message)[0]).toMatch(/^1\. /);
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

  it('show alone says how to name a report and lists them', async () => {
    const text = allText(await ask('show', 'show-alone'));
    expect(text).toContain('Say which report: `show <report>`');
    expect(text).toContain('`heat-pumps-cold-climates`');
  });

  it('"show me …" is a question, not a subcommand', async () => {
    const message = await ask('show me the risks of heat pumps', 'show-question');
    expect(textsOf(message)[0]).toMatch(/^\*\d+ of \d+ claims\* for “show me the risks of heat pumps”$/);
    expect(richTextsOf(message)[0]).toMatch(/^1\. /);
  });

  it('status says when the reports were last read, not when the files changed', async () => {
    const text = allText(await ask('status', 'status'));
    expect(text).toContain(`*${bot.library.reports.length} reports and ${bot.library.claimCount} claims served.*`);
    expect(text).toMatch(/Reports last read <!date\^\d+\^\{date_short_pretty\} at \{time_secs\}\|[^>]+>, at start or when a report file changed\./);
    expect(text).not.toContain('last changed');
  });

  it('show takes a report named in several words, and list takes `list all`', async () => {
    expect(allText(await ask('show heat pumps', 'show-words'))).toContain('*Executive summary*');
    expect(allText(await ask('list all', 'list-all'))).toContain(`*${bot.library.reports.length} reports* to ask about`);
  });
});
