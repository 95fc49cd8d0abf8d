/** A small valid report, as a file would hold it: one perspective, one quoted source per claim. */
export function reportText(topic: string, claims: string[]): string {
  return `---\nTopic: ${topic}\nResearch Date: 2026-03-01\n---\n## Claims and Supporting Evidence\n### Main Perspective\n${claims
    .map((c) => `- **Claim**: ${c}\n  - **Evidence**: A source\n    - Relevant quote: "A quote about ${c}"\n`)
    .join('')}`;
}
