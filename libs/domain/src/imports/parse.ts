import type { AnalysisItemKind } from '../analysis/analysis-types';
import { isIsoCountryCode, SHARE_TOLERANCE, formatPercent } from '../chain/chain-validation';
import { COUNTRY_NAMES, normaliseName, resolveCountry } from '../materials/countries';
import { inferDecimalSeparator, parseLocaleNumber, type DecimalSeparator } from '../monitoring/observations';
import { textLength } from '../monitoring/validation';
import {
  DEFAULT_UNIT,
  IMPORT_SHEETS,
  ITEM_KIND_LABELS,
  VISIBILITY_LABELS,
  matchImportSheet,
  normaliseHeader,
  type ImportColumn,
  type ImportLanguage,
  type ImportSheet,
  type ImportSheetKey,
  type ImportVisibility,
} from './template';

/**
 * Reads an imported workbook (or one CSV per sheet) into chain data, reporting every problem of every
 * row at once, with the row and column the user sees in the spreadsheet, so that one round of
 * corrections suffices. The file arrives as cell text (the API's XLSX/CSV reader gives header -> text);
 * nothing here reads a file.
 *
 * Rows with a problem are reported and left out of `data`; the API applies nothing while `errors` is
 * not empty, and shows `data` planned (`planImport`) as the dry run's "what would change".
 */
export const IMPORT_ERROR_CODES = [
  'MISSING_COLUMN',
  'REQUIRED',
  'TOO_LONG',
  'UNKNOWN_VALUE',
  'NOT_A_NUMBER',
  'AMBIGUOUS_NUMBER',
  'OUT_OF_RANGE',
  'DUPLICATE',
  'DUPLICATE_SHEET',
  'UNKNOWN_REFERENCE',
  'UNKNOWN_COUNTRY',
  'UNKNOWN_MATERIAL',
  'SHARE_TOTAL',
  'CYCLE',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  /** The sheet's name as written in the file. */
  sheet: string;
  /** The row as the spreadsheet numbers it: the header is row 1, the first data row is 2. */
  row: number;
  /** The header as written in the file, or the template's Dutch header when the column is missing. */
  column: string;
  code: ImportErrorCode;
  /** English; the web app words it in the user's language from `code` and `params`. */
  message: string;
  /** The facts the message is made of (the value, the other row, the total), for translation. */
  params?: Readonly<Record<string, string | number>>;
}

/** Where a parsed row came from, for errors found later (the plan's cycle check). */
export interface ImportRowSource {
  sheet: string;
  row: number;
}

export interface ParsedItem extends ImportRowSource {
  ref: string;
  name: string;
  kind: AnalysisItemKind;
  description: string | null;
  visibility: ImportVisibility;
  /** Organisation names as written (deduplicated); the API resolves them. */
  sharedWith: string[];
}

export interface ParsedComposition extends ImportRowSource {
  parentRef: string;
  childRef: string;
  quantity: number;
  unit: string;
}

export interface ParsedItemMaterial extends ImportRowSource {
  itemRef: string;
  materialId: string;
  kgPerUnit: number | null;
}

export interface ParsedSupplyLink extends ImportRowSource {
  ref: string;
  itemRef: string;
  supplierName: string;
  /** ISO 3166-1 alpha-2, or null when not given. */
  country: string | null;
  /** A fraction 0..1 as stored elsewhere (the sheet's 62,5 is 0.625), or null when not given. */
  share: number | null;
  tier: number | null;
  leadTimeWeeks: number | null;
  stockMonths: number | null;
  singleSource: boolean;
  visibility: ImportVisibility;
  sharedWith: string[];
}

export interface ParsedImport {
  items: ParsedItem[];
  compositions: ParsedComposition[];
  itemMaterials: ParsedItemMaterial[];
  supplyLinks: ParsedSupplyLink[];
  /** The sheets recognised: name as written, language, and each column's header as written (or the Dutch one). */
  sheets: { key: ImportSheetKey; name: string; language: ImportLanguage; columns: Readonly<Record<string, string>> }[];
}

export interface ImportCatalogueMaterial {
  id: string;
  symbol: string;
  name: string;
}

export interface ParseImportOptions {
  catalogue: { materials: readonly ImportCatalogueMaterial[] };
  /** The file's decimal separator when the user chose it; otherwise the file's numbers tell (or each number must). */
  decimalSeparator?: DecimalSeparator;
  /** References of the company's items already stored: a file may refer to them without listing them. */
  existingItemRefs?: Iterable<string>;
}

export interface ImportSheetInput {
  name: string;
  rows: readonly Record<string, string>[];
}

export const REF_MAX = 100;
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const UNIT_MAX = 30;
export const TIER_MIN = 1;
export const TIER_MAX = 10;

const YES = new Set(['ja', 'j', 'yes', 'y', 'waar', 'true', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'onwaar', 'false', '0']);

/** Labels and codes compare without case, spaces, hyphens or underscores ("semi-finished" = "SEMI_FINISHED"). */
const labelKey = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

function labelLookup<T extends string>(labels: Readonly<Record<T, Readonly<Record<ImportLanguage, string>>>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, names] of Object.entries(labels) as [T, Record<ImportLanguage, string>][]) {
    map.set(labelKey(code), code);
    map.set(labelKey(names.nl), code);
    map.set(labelKey(names.en), code);
  }
  return map;
}
const KINDS = labelLookup(ITEM_KIND_LABELS);
const VISIBILITIES = labelLookup(VISIBILITY_LABELS);
VISIBILITIES.set(labelKey('Eigen organisatie'), 'OWNER');
VISIBILITIES.set(labelKey('Alleen eigen'), 'OWNER');

/** Country names in Dutch and English for every code the country table knows, built on first use. */
let countryByName: Map<string, string> | null = null;
function countryLookup(): Map<string, string> {
  if (countryByName) return countryByName;
  const map = new Map<string, string>();
  const displayNames = (['nl', 'en'] as const).map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (const code of Object.keys(COUNTRY_NAMES)) {
    for (const names of displayNames) {
      const name = names.of(code);
      if (name) map.set(normaliseName(name), code);
    }
  }
  countryByName = map;
  return map;
}

/** An ISO code (any case) or a Dutch or English country name -> ISO 3166-1 alpha-2, or null. */
export function resolveImportCountry(text: string): string | null {
  const trimmed = text.trim();
  // Names and aliases first: "UK" is the alias of GB, not a code of its own.
  const resolved = resolveCountry(trimmed);
  if (resolved.kind === 'COUNTRY') return resolved.iso2;
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && (isIsoCountryCode(upper) || COUNTRY_NAMES[upper] !== undefined)) return upper;
  return countryLookup().get(normaliseName(trimmed)) ?? null;
}

/** `;`-separated organisation names, trimmed, empty ones dropped, repeated ones (ignoring case) once. */
export function splitSharedWith(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(';')) {
    const name = part.trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** A sheet's header (as written) for each column key; absent columns are missing from the map. */
function matchColumns(sheet: ImportSheet, rows: readonly Record<string, string>[]): Map<string, string> {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const h of Object.keys(row)) {
      if (!seen.has(h)) {
        seen.add(h);
        headers.push(h);
      }
    }
  }
  const found = new Map<string, string>();
  for (const column of sheet.columns) {
    const accepted = new Set([column.header.nl, column.header.en, ...(column.aliases ?? [])].map(normaliseHeader));
    const header = headers.find((h) => accepted.has(normaliseHeader(h)));
    if (header !== undefined) found.set(column.key, header);
  }
  return found;
}

const NUMERIC_COLUMNS: Readonly<Record<ImportSheetKey, readonly string[]>> = {
  items: [],
  compositions: ['quantity'],
  itemMaterials: ['kgPerUnit'],
  supplyLinks: ['share', 'tier', 'leadTimeWeeks', 'stockMonths'],
};

/** Reads a sheet's row cell by cell, collecting the row's problems. */
class RowReader {
  readonly errors: ImportError[] = [];

  constructor(
    private readonly sheetName: string,
    readonly row: number,
    private readonly cells: Readonly<Record<string, string>>,
    private readonly headers: ReadonlyMap<string, string>,
    private readonly decimal: DecimalSeparator | null,
  ) {}

  column(key: string): string {
    return this.headers.get(key) ?? key;
  }

  raw(key: string): string {
    const header = this.headers.get(key);
    return header === undefined ? '' : (this.cells[header] ?? '').trim();
  }

  error(key: string, code: ImportErrorCode, message: string, params?: Record<string, string | number>): void {
    this.errors.push({ sheet: this.sheetName, row: this.row, column: this.column(key), code, message, ...(params ? { params } : {}) });
  }

  text(key: string, max: number, required: boolean): string | null {
    const value = this.raw(key);
    if (value === '') {
      if (required) this.error(key, 'REQUIRED', 'Fill in this cell');
      return null;
    }
    if (textLength(value) > max) {
      this.error(key, 'TOO_LONG', `Use at most ${max} characters`, { max });
      return null;
    }
    return value;
  }

  /** A number within [min, max] (min exclusive when `aboveMin`), an integer when asked; null when empty or bad. */
  number(key: string, range: { min: number; max?: number; aboveMin?: boolean; integer?: boolean; percentSign?: boolean }, required = false): number | null {
    let value = this.raw(key);
    if (value === '') {
      if (required) this.error(key, 'REQUIRED', 'Fill in this cell');
      return null;
    }
    if (range.percentSign) value = value.replace(/\s*%$/, '');
    const parsed = parseLocaleNumber(value, this.decimal);
    if (!parsed.ok) {
      if (parsed.code === 'AMBIGUOUS_NUMBER') {
        this.error(key, 'AMBIGUOUS_NUMBER', `"${value}" can be read two ways; write it without a thousands separator`, { value });
      } else this.error(key, 'NOT_A_NUMBER', `"${value}" is not a number`, { value });
      return null;
    }
    const n = parsed.value;
    const tooLow = range.aboveMin ? n <= range.min : n < range.min;
    const tooHigh = range.max !== undefined && n > range.max;
    if (tooLow || tooHigh || (range.integer && !Number.isInteger(n))) {
      const what = range.integer ? 'a whole number' : 'a number';
      const bounds =
        range.max !== undefined ? `from ${range.min} to ${range.max}` : range.aboveMin ? `more than ${range.min}` : `of ${range.min} or more`;
      this.error(key, 'OUT_OF_RANGE', `Give ${what} ${bounds}, not ${value}`, { value, min: range.min, ...(range.max !== undefined ? { max: range.max } : {}) });
      return null;
    }
    return n;
  }

  label<T extends string>(key: string, lookup: ReadonlyMap<string, T>, fallback: T | null, accepted: string): T | null {
    const value = this.raw(key);
    if (value === '') {
      if (fallback === null) this.error(key, 'REQUIRED', 'Fill in this cell');
      return fallback;
    }
    const code = lookup.get(labelKey(value));
    if (code === undefined) this.error(key, 'UNKNOWN_VALUE', `"${value}" is not one of ${accepted}`, { value, accepted });
    return code ?? null;
  }
}

interface SheetContext {
  sheet: ImportSheet;
  name: string;
  language: ImportLanguage;
  rows: readonly Record<string, string>[];
  headers: Map<string, string>;
}

/**
 * Imported sheets (header -> cell text) to chain data and every problem found. Sheets are recognised
 * by their Dutch or English name (a CSV's file name works too) and other sheets are ignored; headers
 * are matched trimmed and case-insensitively in either language. A missing required column is one
 * error on row 1 and the sheet's rows are not read. Blank rows are skipped.
 */
export function parseImport(sheets: readonly ImportSheetInput[], options: ParseImportOptions): { data: ParsedImport; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const data: ParsedImport = { items: [], compositions: [], itemMaterials: [], supplyLinks: [], sheets: [] };

  const contexts = new Map<ImportSheetKey, SheetContext>();
  for (const input of sheets) {
    const match = matchImportSheet(input.name);
    if (!match) continue;
    const earlier = contexts.get(match.sheet.key);
    if (earlier) {
      errors.push({
        sheet: input.name,
        row: 1,
        column: '',
        code: 'DUPLICATE_SHEET',
        message: `This sheet is the same as sheet "${earlier.name}"; keep one`,
        params: { other: earlier.name },
      });
      continue;
    }
    const headers = matchColumns(match.sheet, input.rows);
    const missing = match.sheet.columns.filter((c) => c.required && !headers.has(c.key));
    for (const column of missing) {
      errors.push({
        sheet: input.name,
        row: 1,
        column: column.header.nl,
        code: 'MISSING_COLUMN',
        message: `Add a column "${column.header.nl}" (or "${column.header.en}")`,
        params: { nl: column.header.nl, en: column.header.en },
      });
    }
    const columns = Object.fromEntries(match.sheet.columns.map((c: ImportColumn) => [c.key, headers.get(c.key) ?? c.header.nl]));
    data.sheets.push({ key: match.sheet.key, name: input.name, language: match.language, columns });
    if (missing.length > 0) continue;
    contexts.set(match.sheet.key, { sheet: match.sheet, name: input.name, language: match.language, rows: input.rows, headers });
  }

  // One file, one locale: the numbers of all sheets together tell the decimal separator.
  const decimal =
    options.decimalSeparator ??
    inferDecimalSeparator(
      [...contexts.values()].flatMap((c) =>
        NUMERIC_COLUMNS[c.sheet.key].flatMap((key) => {
          const header = c.headers.get(key);
          return header === undefined ? [] : c.rows.map((r) => (r[header] ?? '').replace(/\s*%$/, ''));
        }),
      ),
    );

  const eachRow = (key: ImportSheetKey, read: (r: RowReader) => void) => {
    const context = contexts.get(key);
    if (!context) return;
    context.rows.forEach((cells, index) => {
      if (Object.values(cells).every((c) => (c ?? '').trim() === '')) return;
      const reader = new RowReader(context.name, index + 2, cells, context.headers, decimal);
      read(reader);
      errors.push(...reader.errors);
    });
  };

  // Items first: the other sheets refer to them. A reference on an item row with other problems still
  // counts as known, so one bad cell is reported once and not again on every row that refers to it.
  const knownItemRefs = new Set(options.existingItemRefs ?? []);
  const itemsContext = contexts.get('items');
  if (itemsContext) {
    const header = itemsContext.headers.get('ref')!;
    for (const row of itemsContext.rows) {
      const ref = (row[header] ?? '').trim();
      if (ref !== '') knownItemRefs.add(ref);
    }
  }
  const checkItemRef = (r: RowReader, key: string, ref: string | null) => {
    if (ref !== null && !knownItemRefs.has(ref)) {
      r.error(key, 'UNKNOWN_REFERENCE', `No item has the reference "${ref}"`, { value: ref });
    }
  };
  const duplicate = (r: RowReader, key: string, seen: Map<string, number>, id: string | null, what: string) => {
    if (id === null) return;
    const first = seen.get(id);
    if (first !== undefined) r.error(key, 'DUPLICATE', `${what} is also on row ${first}`, { otherRow: first });
    else seen.set(id, r.row);
  };
  const kindsAccepted = Object.values(ITEM_KIND_LABELS)
    .map((l) => l.nl)
    .join(', ');
  const visibilitiesAccepted = Object.values(VISIBILITY_LABELS)
    .map((l) => l.nl)
    .join(', ');

  const itemRows = new Map<string, number>();
  eachRow('items', (r) => {
    const ref = r.text('ref', REF_MAX, true);
    const name = r.text('name', NAME_MAX, true);
    const kind = r.label('kind', KINDS, null, kindsAccepted);
    const description = r.text('description', DESCRIPTION_MAX, false);
    const visibility = r.label('visibility', VISIBILITIES, 'OWNER', visibilitiesAccepted);
    const sharedWith = sharedWithOf(r);
    duplicate(r, 'ref', itemRows, ref, `The reference "${ref}"`);
    if (r.errors.length > 0 || ref === null || name === null || kind === null || visibility === null || sharedWith === null) return;
    data.items.push({ sheet: itemsContext!.name, row: r.row, ref, name, kind, description, visibility, sharedWith });
  });

  const compositionRows = new Map<string, number>();
  const compositionContext = contexts.get('compositions');
  eachRow('compositions', (r) => {
    const parentRef = r.text('parentRef', REF_MAX, true);
    const childRef = r.text('childRef', REF_MAX, true);
    const quantity = r.number('quantity', { min: 0, aboveMin: true }, true);
    const unit = r.text('unit', UNIT_MAX, false) ?? (r.raw('unit') === '' ? DEFAULT_UNIT[compositionContext!.language] : null);
    checkItemRef(r, 'parentRef', parentRef);
    checkItemRef(r, 'childRef', childRef);
    duplicate(r, 'childRef', compositionRows, parentRef !== null && childRef !== null ? `${parentRef}\u0000${childRef}` : null, `"${childRef}" in "${parentRef}"`);
    if (r.errors.length > 0 || parentRef === null || childRef === null || quantity === null || unit === null) return;
    data.compositions.push({ sheet: compositionContext!.name, row: r.row, parentRef, childRef, quantity, unit });
  });

  const materialLookup = materialResolver(options.catalogue.materials);
  const itemMaterialRows = new Map<string, number>();
  const materialsContext = contexts.get('itemMaterials');
  eachRow('itemMaterials', (r) => {
    const itemRef = r.text('itemRef', REF_MAX, true);
    const materialText = r.text('material', NAME_MAX, true);
    const kgPerUnit = r.number('kgPerUnit', { min: 0 });
    checkItemRef(r, 'itemRef', itemRef);
    const material = materialText === null ? null : materialLookup(materialText);
    if (materialText !== null && material === null) {
      r.error('material', 'UNKNOWN_MATERIAL', `"${materialText}" is not a material in the catalogue; use its symbol (e.g. Ga) or name`, { value: materialText });
    }
    duplicate(r, 'material', itemMaterialRows, itemRef !== null && material !== null ? `${itemRef}\u0000${material.id}` : null, `${material?.name ?? ''} in "${itemRef}"`);
    if (r.errors.length > 0 || itemRef === null || material === null) return;
    data.itemMaterials.push({ sheet: materialsContext!.name, row: r.row, itemRef, materialId: material.id, kgPerUnit });
  });

  const linkRows = new Map<string, number>();
  const linksContext = contexts.get('supplyLinks');
  const shareTotals = new Map<string, { total: number; reported: boolean }>();
  eachRow('supplyLinks', (r) => {
    const ref = r.text('ref', REF_MAX, true);
    const itemRef = r.text('itemRef', REF_MAX, true);
    const supplierName = r.text('supplierName', NAME_MAX, true);
    const countryText = r.raw('country');
    const country = countryText === '' ? null : resolveImportCountry(countryText);
    if (countryText !== '' && country === null) {
      r.error('country', 'UNKNOWN_COUNTRY', `"${countryText}" is not a country; give its code (e.g. NL) or its name`, { value: countryText });
    }
    const percent = r.number('share', { min: 0, max: 100, percentSign: true });
    const tier = r.number('tier', { min: TIER_MIN, max: TIER_MAX, integer: true });
    const leadTimeWeeks = r.number('leadTimeWeeks', { min: 0 });
    const stockMonths = r.number('stockMonths', { min: 0 });
    const singleSourceText = r.raw('singleSource').toLowerCase();
    const singleSource = singleSourceText === '' || NO.has(singleSourceText) ? false : YES.has(singleSourceText) ? true : null;
    if (singleSource === null) {
      r.error('singleSource', 'UNKNOWN_VALUE', `"${r.raw('singleSource')}" is not ja or nee`, { value: r.raw('singleSource'), accepted: 'ja, nee' });
    }
    const visibility = r.label('visibility', VISIBILITIES, 'OWNER', visibilitiesAccepted);
    const sharedWith = sharedWithOf(r);
    checkItemRef(r, 'itemRef', itemRef);
    duplicate(r, 'ref', linkRows, ref, `The reference "${ref}"`);
    // Shift the exponent in the text so 62.8 becomes exactly the double nearest 0.628.
    const share = percent === null ? null : Number(`${percent}e-2`);
    if (share !== null && itemRef !== null) {
      const sum = shareTotals.get(itemRef) ?? { total: 0, reported: false };
      sum.total += share;
      shareTotals.set(itemRef, sum);
      if (sum.total > 1 + SHARE_TOLERANCE && !sum.reported) {
        sum.reported = true;
        r.error('share', 'SHARE_TOTAL', `With this row the shares of "${itemRef}" add up to more than 100% (${formatPercent(sum.total)})`, {
          item: itemRef,
          total: formatPercent(sum.total),
        });
      }
    }
    if (r.errors.length > 0 || ref === null || itemRef === null || supplierName === null || singleSource === null || visibility === null || sharedWith === null) {
      return;
    }
    data.supplyLinks.push({
      sheet: linksContext!.name,
      row: r.row,
      ref,
      itemRef,
      supplierName,
      country,
      share,
      tier,
      leadTimeWeeks,
      stockMonths,
      singleSource,
      visibility,
      sharedWith,
    });
  });

  return { data, errors };
}

function sharedWithOf(r: RowReader): string[] | null {
  const names = splitSharedWith(r.raw('sharedWith'));
  const tooLong = names.find((n) => textLength(n) > NAME_MAX);
  if (tooLong !== undefined) {
    r.error('sharedWith', 'TOO_LONG', `An organisation name has at most ${NAME_MAX} characters`, { max: NAME_MAX, value: tooLong });
    return null;
  }
  return names;
}

/** Symbol first (exact case, then any case when that is unambiguous: "Co" is not "CO"), then name. */
function materialResolver(materials: readonly ImportCatalogueMaterial[]): (text: string) => ImportCatalogueMaterial | null {
  const bySymbol = new Map<string, ImportCatalogueMaterial>();
  const bySymbolLower = new Map<string, ImportCatalogueMaterial | null>();
  const byName = new Map<string, ImportCatalogueMaterial>();
  for (const m of materials) {
    bySymbol.set(m.symbol, m);
    const lower = m.symbol.toLowerCase();
    bySymbolLower.set(lower, bySymbolLower.has(lower) ? null : m);
    byName.set(normaliseName(m.name), m);
  }
  return (text) => bySymbol.get(text) ?? bySymbolLower.get(text.toLowerCase()) ?? byName.get(normaliseName(text)) ?? null;
}

/** The recognised sheets, in template order (for callers that list them). */
export const IMPORT_SHEET_KEYS: readonly ImportSheetKey[] = IMPORT_SHEETS.map((s) => s.key);
