import { describe, expect, it } from 'vitest';
import { reportTitle } from '../../src/render/reportTitle.js';

describe('reportTitle', () => {
  it('keeps a topic that fits as it is', () => {
    expect(reportTitle('Do protected bike lanes make streets safer?')).toBe('Do protected bike lanes make streets safer?');
    expect(reportTitle('Battery storage economics')).toBe('Battery storage economics');
    expect(reportTitle('How heat pumps work')).toBe('How heat pumps work');
  });

  it('drops the last word of a topic the research tool cut off mid-word, and marks the cut', () => {
    expect(reportTitle('What are the real-world risks and benefits of using synthetic data to train or fine-tune l', 100)).toBe(
      'What are the real-world risks and benefits of using synthetic data to train or fine-tune…',
    );
  });

  it('shortens a long topic at a word boundary, not after a word like "and" or "of"', () => {
    const title = reportTitle('How well do air-source heat pumps perform in cold climates, and what are the costs, limitations and policy levers for adopting them in hea');
    expect(title).toBe('How well do air-source heat pumps perform in cold climates, and what are…');
    expect(reportTitle('What are the benefits, risks and costs of GLP-1 drugs such as semaglutide and tirzepatide for weight loss?')).toBe(
      'What are the benefits, risks and costs of GLP-1 drugs such as semaglutide…',
    );
    expect(reportTitle('What is known about microplastics and nanoplastics in drinking water, including tap and bottled water, their health effects')).toBe(
      'What is known about microplastics and nanoplastics in drinking water…',
    );
  });

  it('never passes the length asked for, even for one long word', () => {
    for (const topic of ['x'.repeat(300), `${'word '.repeat(60)}end`, '👩‍👩‍👧‍👦'.repeat(40)]) {
      expect(reportTitle(topic, 40).length).toBeLessThanOrEqual(40);
      expect(reportTitle(topic, 40).endsWith('…')).toBe(true);
    }
    expect(reportTitle('👩‍👩‍👧‍👦'.repeat(40), 40)).toMatch(/^(?:👩‍👩‍👧‍👦)+…$/u);
  });

  it('reads a long topic opening on an auxiliary as a question cut off, but not one opening on "May" the month', () => {
    expect(reportTitle('Had the Grand Canal silted up before the Ming rebuilt the locks a')).toBe('Had the Grand Canal silted up before the Ming rebuilt the locks…');
    expect(reportTitle('Shall we tax sugary drinks more heavily to cut childhood obesity rates acr')).toBe('Shall we tax sugary drinks more heavily to cut childhood obesity rates…');
    expect(reportTitle('May 2024 floods in Rio Grande do Sul and the rebuilding that followed')).toBe('May 2024 floods in Rio Grande do Sul and the rebuilding that followed');
  });

  it('reads a topic written over several lines as one line', () => {
    expect(reportTitle('Do four-day weeks\n    reduce burnout?')).toBe('Do four-day weeks reduce burnout?');
  });
});
