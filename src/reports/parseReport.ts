// Parses one report's text into a Report, or says why it is not one. Pure: no file system.

import { readFrontMatter } from './frontMatter.js';
import { listItems, type MarkdownItem } from './markdownItems.js';
import type { Claim, Evidence, FocusArea, ParseResult, Reference, Report, ReportIssue } from './model.js';
import { referenceMatcher } from './references.js';
import { reportIdOf } from './reportId.js';
import { splitReportText, type Section, type SplitReport, type TextChunk } from './splitReportText.js';

type SectionKind = 'summary' | 'angles' | 'claims' | 'focus' | 'conclusions' | 'references' | 'other';

function sectionKind(title: string): SectionKind {
  const t = title.toLowerCase();
  if (/\bexecutive summary\b|^summary$/.test(t)) return 'summary';
  if (/\bresearch angles?\b|^angles$/.test(t)) return 'angles';
  if (/\bclaims?\b/.test(t)) return 'claims';
  if (/\bfocus areas?\b/.test(t)) return 'focus';
  if (/\bconclusions?\b/.test(t)) return 'conclusions';
  if (/\breferences\b|^sources$|\bbibliography\b/.test(t)) return 'references';
  return 'other';
}

function topicFromId(id: string): string {
  const words = (id.split('/').pop() ?? id).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * `file` names the report in errors and gives its id (the file stem). `split` cuts the body into
 * sections and chunks (a test passes one that parses the body whole, to compare); `items` lists a
 * chunk's items (a test passes remark's reading, to compare with the line scanner).
 */
export function parseReport(
  text: string,
  file: string,
  split: (body: string, firstLine: number) => SplitReport = splitReportText,
  items: (chunk: TextChunk) => MarkdownItem[] = listItems,
): ParseResult {
  const id = reportIdOf(file);
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') return fail(file, 'file is empty');
  if (normalized.includes('\u0000')) return fail(file, 'looks binary (contains NUL bytes)');

  const front = readFrontMatter(normalized, file);
  const warnings: ReportIssue[] = [...front.warnings];
  if (front.body.trim() === '') return fail(file, 'has front matter but no report body', front.bodyLine);

  const { sections: bodySections, deepLines } = split(front.body, front.bodyLine);
  if (deepLines.length > 0) {
    const n = deepLines.length;
    warnings.push({ file, line: deepLines[0], reason: `${n} line${n === 1 ? '' : 's'} nested too deep to read; left out` });
  }
  const sections = groupSections(bodySections);
  const itemsOf: ItemsOf = (section) => section.chunks.flatMap((chunk) => items(chunk));
  const references = readReferences(sections.get('references') ?? [], itemsOf);
  const claims = readClaims(sections, id, referenceMatcher(references), file, warnings, itemsOf);
  if (claims.length === 0) {
    const claimsHeading = sections.get('claims')?.[0];
    return fail(
      file,
      claimsHeading
        ? 'no claims under the claims heading (expected "- **Claim**: ..." list items)'
        : 'no claims found (expected a "## Claims and Supporting Evidence" section with "- **Claim**: ..." items)',
      claimsHeading?.line,
    );
  }

  let topic = front.topic;
  if (!topic) {
    topic = topicFromId(id);
    if (!warnings.some((w) => w.reason.includes('topic taken from the file name'))) {
      warnings.push({ file, line: 1, reason: 'no Topic in the front matter; topic taken from the file name' });
    }
  }

  const report: Report = {
    id,
    file: file.replace(/\\/g, '/'),
    topic,
    date: front.date ?? '',
    ...(front.sourcesAnalyzed !== undefined ? { sourcesAnalyzed: front.sourcesAnalyzed } : {}),
    summary: sectionText(sections.get('summary')),
    angles: readAngles(sections.get('angles') ?? [], itemsOf),
    claims,
    focusAreas: readFocusAreas(sections.get('focus') ?? [], itemsOf),
    conclusions: sectionText(sections.get('conclusions')),
    references,
  };
  return { ok: true, report, warnings };
}

function fail(file: string, reason: string, line?: number): ParseResult {
  return { ok: false, error: { file, ...(line !== undefined ? { line } : {}), reason } };
}

/**
 * Groups each top-level section (heading depth 1-2) with the subsections under it, by kind.
 * Sections before any known heading, or under unknown ones, are 'other' (claims may live there).
 */
function groupSections(sections: Section[]): Map<SectionKind, Section[]> {
  const groups = new Map<SectionKind, Section[]>();
  let kind: SectionKind = 'other';
  for (const section of sections) {
    if (section.depth > 0 && section.depth <= 2) kind = sectionKind(section.title);
    const group = groups.get(kind) ?? [];
    group.push(section);
    groups.set(kind, group);
  }
  return groups;
}

function sectionText(sections: Section[] | undefined): string {
  if (!sections) return '';
  return sections
    .flatMap((s) => s.chunks.map((c) => c.text.trim()))
    .filter((t) => t !== '')
    .join('\n\n');
}

type ItemsOf = (section: Section) => MarkdownItem[];

const CLAIM = /^claim\b/;
const EVIDENCE = /^(?:evidence|source)\b/;
const QUOTE = /^(?:relevant |supporting |key )?quote\b/;
const FINDING = /^(?:key |main )?finding\b/;

function readClaims(
  groups: Map<SectionKind, Section[]>,
  reportId: string,
  matchReference: (source: string) => Reference | undefined,
  file: string,
  warnings: ReportIssue[],
  itemsOf: ItemsOf,
): Claim[] {
  const claims: Claim[] = [];
  const sections = [...(groups.get('claims') ?? []), ...(groups.get('other') ?? [])].sort((a, b) => a.line - b.line);
  for (const section of sections) {
    // Subheadings name the perspective; a claim directly under an unknown section takes its title.
    const perspective = section.depth >= 3 || sectionKind(section.title) === 'other' ? section.title : '';
    let claim: Claim | undefined;
    let evidence: Evidence | undefined;
    for (const item of itemsOf(section)) {
      if (CLAIM.test(item.label)) {
        evidence = undefined;
        if (item.text === '') {
          warnings.push({ file, line: item.line, reason: 'claim has no text; skipped' });
          claim = undefined;
          continue;
        }
        claim = {
          id: `${reportId}#${claims.length + 1}`,
          reportId,
          text: item.text,
          perspective,
          evidence: [],
          line: item.line,
        };
        claims.push(claim);
      } else if (!claim) {
        continue;
      } else if (EVIDENCE.test(item.label)) {
        evidence = readSource(item, matchReference);
        claim.evidence.push(evidence);
      } else if (QUOTE.test(item.label) || FINDING.test(item.label)) {
        const field = QUOTE.test(item.label) ? 'quote' : 'finding';
        const value = field === 'quote' ? unquote(item.text) : item.text;
        // A second quote under the same source is a second piece of evidence from it.
        if (!evidence || evidence.quote !== undefined || evidence.finding !== undefined) {
          evidence = { source: evidence?.source ?? '', ...(evidence?.reference ? { reference: evidence.reference } : {}) };
          claim.evidence.push(evidence);
        }
        evidence[field] = value;
      }
    }
  }
  return claims;
}

function readSource(item: MarkdownItem, matchReference: (source: string) => Reference | undefined): Evidence {
  // `**Evidence**: [Title](url)` names the source by a link; its text is the title.
  const isLinkOnly = item.link && /^\[[\s\S]*\]\([^)]*\)$/.test(item.text);
  const source = isLinkOnly && item.link ? item.link.text : item.text;
  const reference = matchReference(source);
  return reference ? { source, reference } : { source };
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '”': '”', '„': '“', '«': '»', "'": "'", '‘': '’' };

/** Takes the quotation marks off a quote, and nothing else. */
function unquote(text: string): string {
  const close = QUOTE_PAIRS[text.charAt(0)];
  if (close && text.length >= 2 && text.endsWith(close)) return text.slice(1, -1).trim();
  return text;
}

function readAngles(sections: Section[], itemsOf: ItemsOf): string[] {
  return sections
    .flatMap(itemsOf)
    .map((item) => (item.label ? `${item.labelText}: ${item.text}` : stripStrong(item.text)))
    .filter((angle) => angle !== '');
}

function stripStrong(text: string): string {
  const match = /^(\*\*|__)([\s\S]+)\1$/.exec(text);
  return (match ? (match[2] as string) : text).trim();
}

function readFocusAreas(sections: Section[], itemsOf: ItemsOf): FocusArea[] {
  const areas: FocusArea[] = [];
  for (const section of sections) {
    const points = itemsOf(section).map((item) => ({
      label: item.labelText,
      text: item.text,
    }));
    if (section.depth >= 3 || points.length > 0) areas.push({ title: section.depth >= 3 ? section.title : '', points });
  }
  return areas.filter((area) => area.title !== '' || area.points.length > 0);
}

function readReferences(sections: Section[], itemsOf: ItemsOf): Reference[] {
  const references: Reference[] = [];
  for (const item of sections.flatMap(itemsOf)) {
    const n = item.number ?? references.length + 1;
    if (item.link) {
      const url = item.link.url.trim();
      references.push({ n, title: item.link.text, url: url === '' || /^unknown$/i.test(url) ? null : url });
    } else {
      const text = item.label ? `${item.labelText}: ${item.text}` : item.text;
      references.push({ n, title: text, url: null });
    }
  }
  return references;
}
