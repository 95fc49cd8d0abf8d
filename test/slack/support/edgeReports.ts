// Reports written for the Slack limits: far too long for one message, and with source URLs that
// try to break out of a link. Written to a temporary folder per test file.

import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_REPORTS } from './startBot.js';

/** A family emoji: 5 code points joined by ZWJ; cutting inside it would show broken glyphs. */
export const FAMILY = '👩‍👩‍👧';

function hugeReport(): string {
  const claims = [1, 2, 3, 4].map((n) => {
    const evidence = [1, 2, 3, 4, 5, 6].map(
      (e) => `  - **Evidence**: Giant source ${e}\n    - Relevant quote: "${`${FAMILY} `.repeat(900).trim()}"`,
    );
    return `- **Claim**: Zebrafish claim ${n} ${'regenerates fins and hearts '.repeat(200).trim()}\n${evidence.join('\n')}`;
  });
  const references = [1, 2, 3, 4, 5, 6].map((e) => `${e}. [Giant source ${e}](https://example.org/giant/${e})`);
  return [
    '---',
    'Research Date: 2026-03-01 09:00',
    `Topic: ${'A very long topic about zebrafish regeneration '.repeat(10).trim()}`,
    '---',
    '',
    '# Executive Summary',
    '',
    'Zebrafish summary. '.repeat(2000).trim(),
    '',
    '## Research Angles',
    '',
    '- **Giant perspective**',
    '',
    '## Claims and Supporting Evidence',
    '',
    '### Giant Perspective',
    '',
    ...claims,
    '',
    '## Conclusions',
    '',
    'Zebrafish conclusions. '.repeat(2000).trim(),
    '',
    '## References',
    '',
    ...references,
    '',
  ].join('\n');
}

const LINKS_REPORT = `---
Research Date: 2026-02-01 10:00
Topic: Links that try to break out
---

# Executive Summary

Sources with awkward URLs.

## Claims and Supporting Evidence

### Link Perspective

- **Claim**: Pipe characters in kingfisher source links must not split the link label.
  - **Evidence**: Pipe source
    - Relevant quote: "A pipe in a URL."
  - **Evidence**: Angle <b> source
    - Relevant quote: "Angles in a URL."
  - **Evidence**: Script source
    - Relevant quote: "A script URL."

## References

1. [Pipe source](https://example.com/a|b?x=1&y=2)
2. [Angle <b> source](https://example.com/<b>?q=a>b)
3. [Script source](javascript:alert(1))
`;

/** A folder with the huge report, the links report and one ordinary bundled report. */
export async function writeEdgeReports(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-bot-edge-'));
  await writeFile(join(dir, 'zebrafish-huge.md'), hugeReport());
  await writeFile(join(dir, 'kingfisher-links.md'), LINKS_REPORT);
  await copyFile(join(BUNDLED_REPORTS, 'heat-pumps-cold-climates.md'), join(dir, 'heat-pumps-cold-climates.md'));
  return dir;
}
