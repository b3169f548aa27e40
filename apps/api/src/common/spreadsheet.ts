import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { badInput } from '@routekaart/domain';

let excelJs: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs, loaded when a spreadsheet is first read or written rather than at start-up: it is about
 * 28 MiB of the API's resident memory, and only imports and exports use it.
 */
function loadExcelJs(): Promise<typeof ExcelJS> {
  // A CommonJS module: its exports are the default of the namespace `import()` gives.
  excelJs ??= import('exceljs').then((module) => (module as { default?: typeof ExcelJS }).default ?? (module as unknown as typeof ExcelJS));
  return excelJs;
}

/** A new, empty workbook to write (exceljs loaded on first use). */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJs();
  return new Workbook();
}

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

/**
 * Told as a file is read: how many rows so far, and how much of the file (0..1) the reader has taken
 * in — a streamed file's row count is known only at its end.
 */
export type ReadProgress = (rows: number, fraction: number) => void;

/** Rows between two progress reports. */
const REPORT_EVERY_ROWS = 500;

/**
 * Every sheet of an XLSX workbook, or a CSV file as one sheet named after the file; errors as
 * `readSpreadsheet`. Both are streamed (exceljs' WorkbookReader, csv-parse's stream API): memory holds
 * the file and its rows, never a whole workbook model — for a 5 MB workbook a tenth of it.
 */
export async function readWorkbook(fileName: string, base64: string, onProgress: ReadProgress = () => undefined): Promise<SpreadsheetSheet[]> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw badInput('file', 'The file is empty');
  if (bytes.length > IMPORT_MAX_BYTES) throw badInput('file', `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return [{ name: fileName, rows: await readCsv(bytes, onProgress) }];
  if (!name.endsWith('.xlsx')) throw badInput('file', 'Upload a .csv or .xlsx file');
  return readXlsx(bytes, onProgress);
}

/** The bytes as a stream of 64 kB chunks, telling how far the reader has pulled. */
function chunked(bytes: Buffer, pulled: (fraction: number) => void): Readable {
  const size = 64 * 1024;
  function* chunks() {
    for (let at = 0; at < bytes.length; at += size) {
      pulled(Math.min(1, (at + size) / bytes.length));
      yield bytes.subarray(at, at + size);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

async function readCsv(bytes: Buffer, onProgress: ReadProgress): Promise<Record<string, string>[]> {
  const headerLine = bytes.subarray(0, 64 * 1024).toString('utf8').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = headerLine.includes(';') ? ';' : headerLine.includes('\t') ? '\t' : ',';
  let fraction = 0;
  const rows: Record<string, string>[] = [];
  try {
    const parser = chunked(bytes, (f) => (fraction = f)).pipe(parse({ bom: true, columns: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true }));
    for await (const record of parser) {
      rows.push(record as Record<string, string>);
      if (rows.length % REPORT_EVERY_ROWS === 0) onProgress(rows.length, fraction);
    }
  } catch (error) {
    throw badInput('file', `The CSV file cannot be read: ${(error as Error).message}`);
  }
  onProgress(rows.length, 1);
  return rows;
}

/** What the streaming reader knows of a worksheet and the workbook, beyond exceljs' declared types. */
interface StreamedSheet {
  id: number | string;
  name: string;
  [Symbol.asyncIterator](): AsyncGenerator<ExcelJS.Row>;
}
interface StreamedBook {
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** Collects a sheet's rows keyed by its header row; rows without cells stay empty so numbers stay the user's. */
class SheetRows {
  private header: string[] = [];
  readonly rows: Record<string, string>[] = [];
  private last = 1;

  add(row: ExcelJS.Row): void {
    if (row.number === 1) {
      row.eachCell({ includeEmpty: true }, (cell, column) => (this.header[column] = cellText(cell.value)));
      return;
    }
    for (; this.last + 1 < row.number; this.last++) this.rows.push({});
    const record: Record<string, string> = {};
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (this.header[column]) record[this.header[column]] = cellText(cell.value);
    });
    this.rows.push(record);
    this.last = row.number;
  }
}

async function readXlsx(bytes: Buffer, onProgress: ReadProgress): Promise<SpreadsheetSheet[]> {
  try {
    return await streamXlsx(bytes, onProgress);
  } catch {
    // exceljs' streaming reader has a known race (exceljs#3064: "reading 'sheets'" of a workbook not
    // parsed yet) that fails a valid file now and then, more often on a busy machine. Before calling
    // a file unreadable, read it whole — files are at most IMPORT_MAX_BYTES, so this only costs memory.
    return loadXlsx(bytes, onProgress);
  }
}

async function streamXlsx(bytes: Buffer, onProgress: ReadProgress): Promise<SpreadsheetSheet[]> {
  let fraction = 0;
  let read = 0;
  // Styles are read so that date cells come as dates; shared strings are kept (cells refer to them).
  const { stream } = await loadExcelJs();
  const reader = new stream.xlsx.WorkbookReader(chunked(bytes, (f) => (fraction = f)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: { id: string; name: string; rows: Record<string, string>[] }[] = [];
  for await (const emitted of reader) {
    const sheet = emitted as unknown as StreamedSheet;
    const collected = new SheetRows();
    for await (const row of sheet) {
      collected.add(row);
      if (row.number > 1 && ++read % REPORT_EVERY_ROWS === 0) onProgress(read, fraction);
    }
    sheets.push({ id: String(sheet.id), name: sheet.name, rows: collected.rows });
  }
  onProgress(read, 1);
  return inWorkbookOrder(sheets, reader as unknown as StreamedBook);
}

async function loadXlsx(bytes: Buffer, onProgress: ReadProgress): Promise<SpreadsheetSheet[]> {
  const book = await newWorkbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput('file', 'The file is not an Excel workbook (.xlsx)');
  }
  let read = 0;
  const sheets = book.worksheets.map((sheet) => {
    const collected = new SheetRows();
    sheet.eachRow((row) => {
      collected.add(row);
      if (row.number > 1) read++;
    });
    return { name: sheet.name, rows: collected.rows };
  });
  onProgress(read, 1);
  return sheets;
}

/**
 * The sheets in the workbook's tab order, each with its name. exceljs names a sheet when the workbook
 * refers to it as "worksheets/sheetN.xml"; other writers refer to "/xl/worksheets/sheetN.xml", and
 * such a sheet is named here (it came as "SheetN", N its number in the file).
 */
function inWorkbookOrder(sheets: { id: string; name: string; rows: Record<string, string>[] }[], book: StreamedBook): SpreadsheetSheet[] {
  const listed = book.model?.sheets ?? [];
  const rels = book.workbookRels ?? [];
  const entryOf = (target: string) => /worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1];
  const named = sheets.map((sheet) => {
    const byId = listed.find((l) => String(l.id) === sheet.id && l.name === sheet.name);
    if (byId) return { ...sheet, position: listed.indexOf(byId) };
    const rel = rels.find((r) => entryOf(r.Target) === sheet.id);
    const entry = rel && listed.find((l) => l.rId === rel.Id);
    return entry ? { ...sheet, name: entry.name, position: listed.indexOf(entry) } : { ...sheet, position: listed.length };
  });
  return named.sort((a, b) => a.position - b.position).map(({ name, rows }) => ({ name, rows }));
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

/** The content type of an XLSX workbook. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet to write: a bold, frozen header and its rows (numbers stay numbers, text stays text). */
export interface SheetToWrite {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** An XLSX workbook of these sheets, base64-encoded (as GraphQL carries files). */
export async function xlsxBase64(sheets: readonly SheetToWrite[]): Promise<string> {
  const workbook = await newWorkbook();
  workbook.creator = 'Routekaart';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...sheet.header]);
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow([...row]);
    ws.columns.forEach((column) => (column.width = 24));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
