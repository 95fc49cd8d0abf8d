// Writes the text of one research report in the real format (DESIGN.md §1), with the variations
// real research tools produce: CRLF, BOM, curly quotes, Key finding, several evidence items,
// claims without evidence, missing sections, Unknown and real URLs, headings without
// "Perspective", wrapped or cut-off topics, extra front-matter keys.

import { Random, seedFor } from './random.js';
import { AMOUNTS, DOMAINS, EFFECTS, HEDGES, PERSPECTIVES, PUBLISHERS, STUDY_KINDS, surname, URL_HOSTS, type Domain } from './vocabulary.js';

export interface GeneratedReport {
  /** The file name: `<domain>-<index>.md`. */
  name: string;
  text: string;
}

export interface ReportShape {
  /** Claims in the report; by default 6-14 (about 10). */
  claims?: number;
  /** Evidence items per claim drawn evenly from 1-3 (about 2) instead of mostly 1 (about 1.65). */
  richEvidence?: boolean;
}

interface Source {
  title: string;
  /** The title as evidence items name it (sometimes without the " - Publisher" tail). */
  citedAs: string;
  url: string;
}

export function reportName(seed: number, index: number): string {
  const domain = new Random(seedFor(seed, index)).pick(DOMAINS);
  return `${domain.slug}-${String(index).padStart(5, '0')}.md`;
}

/** Report `index` of the corpus seeded with `seed`: the same text on every run. */
export function generateReport(seed: number, index: number, shape: ReportShape = {}): GeneratedReport {
  const rng = new Random(seedFor(seed, index));
  const domain = rng.pick(DOMAINS);
  const name = `${domain.slug}-${String(index).padStart(5, '0')}.md`;
  const writer = new ReportWriter(rng, domain);
  return { name, text: writer.write(shape.claims ?? rng.int(6, 14), shape.richEvidence ?? false) };
}

class ReportWriter {
  private readonly curlyQuotes: boolean;
  private readonly perspectiveWord: boolean;
  private readonly sources: Source[];

  constructor(
    private readonly rng: Random,
    private readonly domain: Domain,
  ) {
    this.curlyQuotes = rng.chance(0.12);
    this.perspectiveWord = rng.chance(0.75);
    const unknownUrls = rng.chance(0.5);
    this.sources = Array.from({ length: rng.int(6, 14) }, () => this.source(unknownUrls));
  }

  write(claimCount: number, richEvidence: boolean): string {
    const { rng } = this;
    const perspectives = rng.sample(PERSPECTIVES, claimCount > 100 ? PERSPECTIVES.length : rng.int(2, 4));
    const lines: string[] = [...this.frontMatter(), ''];
    if (!rng.chance(0.1)) lines.push('# Executive Summary', '', this.summary(perspectives), '');
    if (!rng.chance(0.1)) {
      lines.push('## Research Angles', '', ...perspectives.map((p) => `- **${p} perspective**`), '');
    }
    lines.push('## Claims and Supporting Evidence', '');
    const perSection = Math.ceil(claimCount / perspectives.length);
    for (let written = 0, section = 0; written < claimCount; section++) {
      const perspective = perspectives[section % perspectives.length] as string;
      const suffix = section >= perspectives.length ? ` (part ${Math.floor(section / perspectives.length) + 1})` : '';
      lines.push(`### ${perspective}${this.perspectiveWord ? ' Perspective' : ''}${suffix}`, '');
      for (let i = 0; i < perSection && written < claimCount; i++, written++) lines.push(...this.claim(richEvidence));
      lines.push('');
    }
    if (!rng.chance(0.15)) lines.push(...this.focusAreas());
    if (!rng.chance(0.1)) lines.push('## Conclusions', '', this.conclusions(), '');
    if (!rng.chance(0.05)) {
      lines.push('## References', '', ...this.sources.map((s, i) => `${i + 1}. [${s.title}](${s.url})`), '');
    }
    let text = lines.join('\n');
    if (rng.chance(0.1)) text = text.replace(/\n/g, '\r\n');
    if (rng.chance(0.08)) text = `\uFEFF${text}`;
    return text;
  }

  private frontMatter(): string[] {
    const { rng } = this;
    const month = rng.int(1, 12);
    const year = month > 6 ? 2025 : rng.pick([2025, 2026]);
    const date = `${year}-${pad(month)}-${pad(rng.int(1, 28))}`;
    const lines = ['---', `Research Date: ${rng.chance(0.85) ? `${date} ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}` : date}`];
    const topic = rng.pick(this.domain.topics);
    const style = rng.next();
    if (style < 0.5) {
      lines.push(`Topic: ${topic}`);
    } else {
      // Research tools wrap long topics, and some cut them off mid-word.
      const cut = style > 0.9 ? topic.slice(0, Math.max(12, topic.length - rng.int(3, 9))) : topic;
      const words = cut.split(' ');
      const half = Math.ceil(words.length / 2);
      lines.push('Topic: ', `    ${words.slice(0, half).join(' ')} `, `    ${words.slice(half).join(' ')}`);
    }
    if (!rng.chance(0.1)) lines.push(`Sources Analyzed: ${this.sources.length + rng.int(0, 20)}`);
    if (rng.chance(0.1)) lines.push(`Model: ${rng.pick(['gpt-4o', 'claude-sonnet', 'llama-3-70b'])}`, `Search Depth: ${rng.int(1, 4)}`);
    lines.push('---');
    return lines;
  }

  private claim(richEvidence: boolean): string[] {
    const { rng, domain } = this;
    const subject = rng.pick(domain.subjects);
    const measure = rng.pick(domain.measures);
    const setting = rng.pick(domain.settings);
    const hedge = rng.pick(HEDGES);
    const amount = rng.pick(AMOUNTS);
    const label = rng.chance(0.05) ? '**Claim:**' : '**Claim**:';
    const text = `${capitalize(subject)} ${rng.pick(EFFECTS)} ${measure} ${setting}${amount ? ` ${amount}` : ''}${hedge ? `, ${hedge}` : ''}.`;
    const lines = [`- ${label} ${text}`];
    if (rng.chance(0.02)) return lines; // a claim without evidence
    const evidenceCount = richEvidence ? rng.int(1, 3) : rng.chance(0.5) ? 1 : rng.chance(0.7) ? 2 : 3;
    for (const source of rng.sample(this.sources, evidenceCount)) {
      lines.push(`  - **Evidence**: ${source.citedAs}`);
      const kind = rng.next();
      if (kind < 0.65 || kind >= 0.95) lines.push(`    - Relevant quote: ${this.quoted(this.quote(subject, measure, setting))}`);
      if (kind >= 0.65) lines.push(`    - Key finding: ${this.finding(subject, measure)}`);
    }
    return lines;
  }

  private quote(subject: string, measure: string, setting: string): string {
    const { rng, domain } = this;
    const jargon = rng.pick(domain.jargon);
    const other = rng.pick(domain.measures);
    const pct = rng.int(2, 80);
    const templates = [
      `In a ${rng.pick(STUDY_KINDS)} of ${rng.int(12, 4800)} participants ${setting}, ${measure} changed by ${pct}% after ${subject} were introduced.`,
      `${capitalize(subject)} ${rng.pick(EFFECTS)} ${measure}, but the effect depends strongly on ${jargon}.`,
      `Across ${rng.int(3, 60)} sites, ${measure} ${setting} ${rng.pick(['fell', 'rose', 'did not change'])} once ${subject} were in place.`,
      `${capitalize(jargon)} is the main reason ${subject} perform differently ${setting}.`,
      `We observed ${pct} percent ${rng.pick(['lower', 'higher'])} ${measure} among those using ${subject}, while ${other} stayed roughly flat.`,
      `None of the ${rng.int(3, 30)} programmes we reviewed reported a clear change in ${measure}; ${jargon} was rarely tracked.`,
      `The data suggest ${subject} matter less for ${measure} than ${jargon} does.`,
      `When ${subject} were rolled out ${setting}, ${other} improved first and ${measure} followed about ${rng.int(2, 9)} months later.`,
      `Estimates of ${measure} range from ${pct} to ${pct + rng.int(5, 60)} percent depending on assumptions about ${jargon}.`,
      `Most of the benefit came from ${jargon}, not from ${subject} themselves.`,
      `${capitalize(measure)} ${setting} were ${rng.int(2, 6)} times higher where ${subject} were absent.`,
      `Critics argue that ${subject} shift ${measure} onto other groups rather than reducing it.`,
      `Our model projects that ${subject} could cut ${other} by ${pct}% by ${rng.int(2028, 2050)}, with ${measure} as the main constraint.`,
      `Reported ${measure} ${setting} varied widely, and ${jargon} made comparisons between sites difficult.`,
      `According to ${this.name()} and colleagues, ${subject} ${rng.pick(EFFECTS)} ${measure} only where ${jargon} was addressed.`,
      `Data from the ${this.name()} cohort show ${measure} ${rng.pick(['declining', 'rising', 'unchanged'])} ${setting}.`,
    ];
    return rng.pick(templates);
  }

  private finding(subject: string, measure: string): string {
    const { rng, domain } = this;
    const setting = rng.pick(domain.settings);
    const jargon = rng.pick(domain.jargon);
    return rng.pick([
      `The ${rng.pick(STUDY_KINDS)} found that ${subject} ${rng.pick(EFFECTS)} ${measure} ${setting} (n = ${rng.int(40, 90000)}).`,
      `${capitalize(measure)} ${rng.pick(['fell', 'rose', 'was unchanged'])} ${setting} after ${subject} were adopted; ${jargon} explained part of the gap.`,
      `${capitalize(subject)} were linked to ${rng.pick(['better', 'worse', 'mixed'])} ${measure}, but only ${rng.int(2, 12)} of the included studies were rated high quality.`,
      `Uptake of ${subject} ${setting} doubled between ${rng.int(2015, 2020)} and ${rng.int(2021, 2025)}.`,
      `${capitalize(jargon)} accounted for about ${rng.int(10, 70)}% of the variation in ${measure}.`,
      `Authors caution that ${measure} ${setting} may be overstated because of ${jargon}.`,
    ]);
  }

  private name(): string {
    return surname((items) => this.rng.pick(items));
  }

  private quoted(text: string): string {
    return this.curlyQuotes ? `“${text}”` : `"${text}"`;
  }

  private source(unknownUrl: boolean): Source {
    const { rng, domain } = this;
    const subject = capitalize(rng.pick(domain.subjects));
    const measure = rng.pick(domain.measures);
    const base = rng.pick([
      `${subject} and ${measure}: a ${rng.pick(STUDY_KINDS)}`,
      `The effect of ${rng.pick(domain.subjects)} on ${measure} ${rng.pick(domain.settings)}`,
      `${capitalize(measure)} ${rng.pick(domain.settings)}: evidence from ${rng.int(2, 40)} countries`,
      `What we know about ${rng.pick(domain.jargon)} and ${rng.pick(domain.subjects)}`,
      `${subject}: ${rng.int(2015, 2026)} update`,
      `${this.name()} et al. (${rng.int(2012, 2026)}): ${measure} and ${rng.pick(domain.subjects)}`,
      `${capitalize(measure)} in the ${this.name()} study`,
    ]);
    const publisher = rng.chance(0.7) ? rng.pick(PUBLISHERS) : '';
    const title = publisher ? `${base} - ${publisher}` : base;
    const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const url = unknownUrl || rng.chance(0.3) ? 'Unknown' : `https://${rng.pick(URL_HOSTS)}/articles/${slug}-${rng.int(1000, 99999)}`;
    // Evidence items often name the source without its publisher, or in lower case.
    const citedAs = rng.chance(0.4) ? base : rng.chance(0.1) ? title.toLowerCase() : title;
    return { title, citedAs, url };
  }

  private summary(perspectives: string[]): string {
    const { domain, rng } = this;
    return `This research report examines ${rng.pick(domain.subjects)} and ${rng.pick(domain.subjects)}, with attention to ${rng.pick(domain.measures)} and ${rng.pick(domain.measures)}. It looks at the question from ${perspectives.length} angles: ${perspectives.map((p) => p.toLowerCase()).join(', ')}.`;
  }

  private focusAreas(): string[] {
    const { rng, domain } = this;
    const lines = ['## Focus Areas', ''];
    for (let i = rng.int(1, 4); i > 0; i--) {
      lines.push(`### ${rng.pick(['Understanding', 'Assessing', 'Comparing', 'Evaluating'])} ${rng.pick(domain.measures)} ${rng.pick(domain.settings)}`, '');
      lines.push(`- **Risks**: ${capitalize(rng.pick(domain.measures))}, ${rng.pick(domain.jargon)}, uncertain long-term effects.`);
      if (rng.chance(0.8)) lines.push(`- **Benefits**: ${capitalize(rng.pick(domain.measures))}, lower ${rng.pick(domain.measures)}.`);
      lines.push('');
    }
    return lines;
  }

  private conclusions(): string {
    const { rng, domain } = this;
    return `${capitalize(rng.pick(domain.subjects))} bring both risks and benefits. Decisions should weigh ${rng.pick(domain.measures)} against ${rng.pick(domain.measures)}, and further research on ${rng.pick(domain.jargon)} is needed.`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
