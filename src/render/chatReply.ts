// What the bot says to chat (the Answer's `chat`: a greeting, small talk or a request no report
// meets), in words written once for every surface: Slack's Block Kit (slack/chatReplyBlocks.ts)
// and the terminal (answerText.ts) each only dress them. Not "Nothing in the reports matches …"
// with tips on other words, which reads as a search gone wrong; nothing of the message is repeated.
// Plain text: each surface escapes it as its markup needs (Slack's mrkdwn: escapeMrkdwn).

/** What the bot does, and the invitation the perspectives and reports it reads follow. */
export const CHAT_REPLY =
  "Hi! I answer questions from the team's research reports with the reports' own claims, each with its quote and source; small talk and tasks such as writing code, converting or translating are beyond me. Ask me about a topic the reports cover:";

/** The commands, each written as the surface types it (`command("list")`). */
export function chatCommands(command: (words: string) => string): string {
  return `${command('list')} shows the reports, ${command('show <report>')} one of them, ${command('help')} the question syntax.`;
}
