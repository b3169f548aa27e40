import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badInput } from '@routekaart/domain';

/** Largest file an import accepts (decoded). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The rows of an uploaded table, header -> cell text, and how its numbers are written. */
export interface SpreadsheetRows {
  rows: Record<string, string>[];
  /** '.' for XLSX (cells hold numbers); null for CSV, whose decimal separator the caller infers. */
  decimalSeparator: '.' | null;
}

/**
 * Reads the first sheet of an XLSX file, or a CSV file (comma, semicolon — as Dutch Excel writes it —
 * or tab separated, the separator taken from the header line), into rows keyed by the header's cells.
 * The file comes as base64 because GraphQL carries text. A file that cannot be read is one
 * BAD_USER_INPUT on `file`; the rows themselves are the caller's to validate.
 */
export async function readSpreadsheet(fileName: string, base64: string): Promise<SpreadsheetRows> {
  const [first] = await readWorkbook(fileName, base64);
  if (!first) throw badInput('file', 'The workbook has no sheet');
  return { rows: first.rows, decimalSeparator: fileName.toLowerCase().endsWith('.xlsx') ? '.' : null };
}

/** A sheet of an uploaded workbook (a CSV file is one sheet named after the file). */
export interface SpreadsheetSheet {
  name: string;
  rows: Record<string, string>[];
}

/** Every sheet of an XLSX workbook, or a CSV file as one sheet named after the file; errors as `readSpreadsheet`. */
export async function readWorkbook(fileName: string, base64: string): Promise<SpreadsheetSheet[]> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw badInput('file', 'The file is empty');
  if (bytes.length > IMPORT_MAX_BYTES) throw badInput('file', `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return [{ name: fileName, rows: readCsv(bytes) }];
  if (!name.endsWith('.xlsx')) throw badInput('file', 'Upload a .csv or .xlsx file');
  const workbook = await loadWorkbook(bytes);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
}

function readCsv(bytes: Buffer): Record<string, string>[] {
  const text = bytes.toString('utf8');
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = headerLine.includes(';') ? ';' : headerLine.includes('\t') ? '\t' : ',';
  try {
    return parse(text, { bom: true, columns: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true }) as Record<string, string>[];
  } catch (error) {
    throw badInput('file', `The CSV file cannot be read: ${(error as Error).message}`);
  }
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput('file', 'The file is not an Excel workbook (.xlsx)');
  }
  return workbook;
}

/** A sheet's rows below its header, keyed by the header's cells; empty rows kept so row numbers stay the user's. */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, string>[] {
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (header[column] = cellText(cell.value)));
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const record: Record<string, string> = {};
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, column) => {
      if (header[column]) record[header[column]] = cellText(cell.value);
    });
    rows.push(record);
  }
  return rows;
}

/** A cell as text: dates as YYYY-MM-DD, numbers as JavaScript writes them, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  return '';
}
