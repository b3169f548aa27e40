import { describe, expect, it } from 'vitest';
import { AGREEMENT_COLUMNS, agreementExportCells } from './agreement-export';

describe('a line of the agreements export', () => {
  it('says in Dutch what was agreed, with the percentage as a number', () => {
    const cells = agreementExportCells({
      title: 'Strategische voorraad gallium',
      type: 'STOCKPILING',
      instrument: 'STRATEGIC_STOCKPILE',
      responsible: 'Ministerie van Defensie',
      dueDate: '2027-06-30',
      deliverable: 'Voorraad voor 6 maanden',
      status: 'IN_PROGRESS',
      progressPct: 40,
      overdue: true,
    });
    expect(cells).toHaveLength(AGREEMENT_COLUMNS.length);
    expect(cells).toEqual([
      'Strategische voorraad gallium',
      'Voorraadvorming',
      'Strategische voorraad',
      'Ministerie van Defensie',
      '2027-06-30',
      'Voorraad voor 6 maanden',
      'In uitvoering',
      40,
      'ja',
    ]);
  });

  it('leaves cells empty for what is not agreed yet', () => {
    const cells = agreementExportCells({
      title: 'x',
      type: 'OTHER',
      instrument: 'NONE',
      responsible: null,
      dueDate: null,
      deliverable: null,
      status: 'AGREED',
      progressPct: 0,
      overdue: false,
    });
    expect(cells.slice(3, 6)).toEqual(['', '', '']);
    expect(cells[8]).toBe('nee');
  });
});
