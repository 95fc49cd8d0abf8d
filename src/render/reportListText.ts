// Renders the list of served reports as a plain-text table for a terminal; topics as short titles.

import type { Report } from '../reports/model.js';
import { reportTitle } from './reportTitle.js';

export function reportListText(reports: Report[]): string {
  if (reports.length === 0) return 'No reports loaded.\n';
  const rows = reports.map((r) => [
    r.id,
    r.date || '-',
    String(r.claims.length),
    r.sourcesAnalyzed === undefined ? '-' : String(r.sourcesAnalyzed),
    reportTitle(r.topic),
  ]);
  const header = ['REPORT', 'DATE', 'CLAIMS', 'SOURCES', 'TOPIC'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}
