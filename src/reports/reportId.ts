// A report's id, from its file's path: what the library keys reports by. Apart from the parser,
// so the library's main thread has it without loading the parser's modules (inProcessParser.ts).

/**
 * A report's id: its path in the reports folder without `.md`, `/`-separated: `heat-pumps` for
 * `heat-pumps.md`, `marketing/q3-survey` for `marketing/q3-survey.md` (see collections.ts).
 */
export function reportIdOf(file: string): string {
  return file.replace(/\\/g, '/').replace(/\.md$/i, '');
}
