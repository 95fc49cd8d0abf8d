import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/reports/model.js';
import { findReport, parseRequest } from '../../src/answer/parseRequest.js';

describe('parseRequest', () => {
  it('knows the subcommands, and takes anything else as a question', () => {
    expect(parseRequest('')).toEqual({ kind: 'help' });
    expect(parseRequest('  HELP ')).toEqual({ kind: 'help' });
    expect(parseRequest('list')).toEqual({ kind: 'list' });
    expect(parseRequest('show heat-pumps')).toEqual({ kind: 'show', name: 'heat-pumps' });
    expect(parseRequest('show me the risks')).toEqual({ kind: 'ask', question: 'show me the risks' });
    expect(parseRequest('list the risks')).toEqual({ kind: 'ask', question: 'list the risks' });
  });

  it('takes `list all` and `list reports` for the list', () => {
    expect(parseRequest('list all')).toEqual({ kind: 'list' });
    expect(parseRequest('List Reports')).toEqual({ kind: 'list' });
  });

  it('takes the commands with trailing punctuation or please, but not questions starting with them', () => {
    expect(parseRequest('status?')).toEqual({ kind: 'status' });
    expect(parseRequest('Status.')).toEqual({ kind: 'status' });
    expect(parseRequest('list please')).toEqual({ kind: 'list' });
    expect(parseRequest('please list reports!')).toEqual({ kind: 'list' });
    expect(parseRequest('help?')).toEqual({ kind: 'help' });
    expect(parseRequest('help, please')).toEqual({ kind: 'help' });
    expect(parseRequest('status of heat pumps?')).toEqual({ kind: 'ask', question: 'status of heat pumps?' });
    expect(parseRequest('list the risks please')).toEqual({ kind: 'ask', question: 'list the risks please' });
    expect(parseRequest('help me compare heat pumps?')).toEqual({ kind: 'ask', question: 'help me compare heat pumps?' });
    expect(parseRequest('please?')).toEqual({ kind: 'ask', question: 'please?' });
  });

  it('takes `show` alone as asking which report, not as a question', () => {
    expect(parseRequest('show')).toEqual({ kind: 'show', name: '' });
    expect(parseRequest('Show?')).toEqual({ kind: 'show', name: '' });
  });

  it('takes a report name of several words after show, but not a question', () => {
    expect(parseRequest('show heat pumps')).toEqual({ kind: 'show', name: 'heat pumps' });
    expect(parseRequest('show heat-pumps?')).toEqual({ kind: 'show', name: 'heat-pumps' });
    expect(parseRequest('show heat pumps, please.')).toEqual({ kind: 'show', name: 'heat pumps' });
    expect(parseRequest('show me heat pumps')).toEqual({ kind: 'ask', question: 'show me heat pumps' });
    expect(parseRequest('show the evidence on heat pumps')).toEqual({ kind: 'ask', question: 'show the evidence on heat pumps' });
    expect(parseRequest('show one two three four five six seven')).toEqual({ kind: 'ask', question: 'show one two three four five six seven' });
  });

  // Each trailing run was once tried from every place inside it, reading the rest of it each time.
  it('reads a long run of spaces, punctuation or commas as any other', () => {
    const spaces = ' '.repeat(400_000);
    expect(parseRequest(`status${spaces}?`)).toEqual({ kind: 'status' });
    expect(parseRequest(`heat pumps${spaces}x`)).toEqual({ kind: 'ask', question: `heat pumps${spaces}x` });
    expect(parseRequest(`show ${','.repeat(400_000)}x`)).toEqual({ kind: 'show', name: `${','.repeat(400_000)}x` });
    expect(parseRequest(`show heat ${','.repeat(400_000)}please`)).toEqual({ kind: 'show', name: 'heat' });
  });
});

describe('findReport', () => {
  const reports = ['heat-pumps-cold-climates', 'grid-battery-storage', 'grid-solar'].map((id) => ({ id }) as Report);

  it('takes an exact id, or the only id containing the name', () => {
    expect(findReport(reports, 'Heat-Pumps-Cold-Climates').report?.id).toBe('heat-pumps-cold-climates');
    expect(findReport(reports, 'battery').report?.id).toBe('grid-battery-storage');
  });

  it('takes a name of several words as the report whose id has every word', () => {
    expect(findReport(reports, 'heat pumps').report?.id).toBe('heat-pumps-cold-climates');
    expect(findReport(reports, 'battery grid').report?.id).toBe('grid-battery-storage');
    expect(findReport(reports, 'heat batteries')).toEqual({ candidates: [] });
  });

  it('names the candidates when the name is ambiguous', () => {
    expect(findReport(reports, 'grid')).toEqual({ candidates: ['grid-battery-storage', 'grid-solar'] });
    expect(findReport(reports, 'nothing')).toEqual({ candidates: [] });
  });
});
