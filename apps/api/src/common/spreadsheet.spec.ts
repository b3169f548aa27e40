import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { readWorkbook } from './spreadsheet';

async function xlsx(build: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('readWorkbook (streamed)', () => {
  it('reads every sheet in tab order by its name, cells as text (dates, formulas, rich text), keeping empty rows so row numbers stay the user’s', async () => {
    const file = await xlsx((book) => {
      const a = book.addWorksheet('Onderdelen');
      a.addRow(['referentie', 'datum', 'som', 'naam']);
      a.addRow(['A-1', new Date(Date.UTC(2026, 0, 31)), { formula: '1+1', result: 2 }, { richText: [{ text: 'Rijk ' }, { text: 'tekst', font: { bold: true } }] }]);
      a.getRow(4).values = ['A-3', '', 3.5, ' spaties '];
      book.addWorksheet('Leveranciers').addRow(['referentie']);
    });
    const progress: [number, number][] = [];
    const sheets = await readWorkbook('ketendata.xlsx', file, (rows, fraction) => progress.push([rows, fraction]));
    expect(sheets.map((s) => s.name)).toEqual(['Onderdelen', 'Leveranciers']);
    expect(sheets[0]!.rows).toEqual([
      { referentie: 'A-1', datum: '2026-01-31', som: '2', naam: 'Rijk tekst' },
      {},
      { referentie: 'A-3', datum: '', som: '3.5', naam: 'spaties' },
    ]);
    expect(sheets[1]!.rows).toEqual([]);
    expect(progress.at(-1)).toEqual([2, 1]);
  });

  it('reads a valid workbook whole when the streaming reader trips over its known race (exceljs#3064), instead of calling it unreadable', async () => {
    const file = await xlsx((book) => {
      const a = book.addWorksheet('Onderdelen');
      a.addRow(['referentie', 'datum']);
      a.addRow(['A-1', new Date(Date.UTC(2026, 0, 31))]);
      a.getRow(4).values = ['A-3', ''];
      book.addWorksheet('Leveranciers').addRow(['referentie']);
    });
    const race = vi.spyOn(ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Record<symbol, () => unknown>, Symbol.asyncIterator).mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
    });
    try {
      const progress: [number, number][] = [];
      const sheets = await readWorkbook('ketendata.xlsx', file, (rows, fraction) => progress.push([rows, fraction]));
      expect(race).toHaveBeenCalled();
      expect(sheets.map((s) => s.name)).toEqual(['Onderdelen', 'Leveranciers']);
      expect(sheets[0]!.rows).toEqual([{ referentie: 'A-1', datum: '2026-01-31' }, {}, { referentie: 'A-3', datum: '' }]);
      expect(sheets[1]!.rows).toEqual([]);
      expect(progress.at(-1)).toEqual([2, 1]);
      // A file that is no workbook is still refused once the whole read fails too.
      await expect(readWorkbook('ketendata.xlsx', Buffer.from('geen werkboek').toString('base64'))).rejects.toMatchObject({ field: 'file' });
    } finally {
      race.mockRestore();
    }
  });

  it('reads a CSV with semicolons as one sheet named after the file, reporting the rows at the end', async () => {
    const csv = Buffer.from('\uFEFFreferentie;aandeel %\r\nL-1;42,5\r\n\r\nL-2;10\r\n').toString('base64');
    const progress: [number, number][] = [];
    expect(await readWorkbook('Leveranciers.csv', csv, (rows, fraction) => progress.push([rows, fraction]))).toEqual([
      { name: 'Leveranciers.csv', rows: [{ referentie: 'L-1', 'aandeel %': '42,5' }, { referentie: 'L-2', 'aandeel %': '10' }] },
    ]);
    expect(progress).toEqual([[2, 1]]);
  });

  it('refuses a file that is not a workbook with one BAD_USER_INPUT on file', async () => {
    await expect(readWorkbook('kapot.xlsx', Buffer.from('geen zip').toString('base64'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    await expect(readWorkbook('kapot.csv', Buffer.from('a;b\n"open').toString('base64'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });
});
