import { normaliseHeader, type ImportLanguage } from '../imports/template';
import { parseLocaleNumber } from '../monitoring/observations';
import {
  CAPABILITIES,
  CERTIFICATIONS,
  CLEARANCES,
  DEFENCE_CATEGORIES,
  PROFILE_SECTIONS,
  PROVINCES,
  SECTORS,
  SIZE_CLASSES,
  type Capability,
  type Certification,
  type Clearance,
  type DefenceCategory,
  type ProfileSection,
  type Province,
  type Sector,
  type SizeClass,
} from './vocabulary';

/**
 * The bulk import of supplier profiles by a trade association (issue 19): one row per member company,
 * matched by its KvK number. Pure: the API reads the file (apps/api/src/common/spreadsheet.ts) into
 * header -> cell text, and writes what `planMemberProfiles` decides. Every problem of every row is
 * reported at once, with the row and the column as the spreadsheet shows them, like the chain-data
 * import (libs/domain/src/imports).
 */

export const MEMBER_PROFILE_ERROR_CODES = [
  'MISSING_COLUMN',
  'NO_ROWS',
  'REQUIRED',
  'TOO_LONG',
  'UNKNOWN_VALUE',
  'BAD_KVK',
  'DUPLICATE_KVK',
  'NOT_A_NUMBER',
  'NOT_A_WHOLE_NUMBER',
  'OUT_OF_RANGE',
  'BAD_DATE',
  'SELF_MANAGED',
  'KEPT_ELSEWHERE',
] as const;
export type MemberProfileErrorCode = (typeof MEMBER_PROFILE_ERROR_CODES)[number];

export interface MemberProfileError {
  /** The sheet's name as written in the file. */
  sheet: string;
  /** The row as the spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The header as written in the file (the template's Dutch header when the column is missing). */
  column: string;
  code: MemberProfileErrorCode;
  /** English; the web app words it from `code` and `params`. */
  message: string;
  params?: Readonly<Record<string, string | number>>;
}

/** The vocabularies a column takes its values from (the template lists each on its own sheet). */
export type MemberProfileVocabulary = 'capabilities' | 'certifications' | 'sectors' | 'provinces' | 'sizeClasses' | 'categories' | 'clearances' | 'audiences';

type Labels = Readonly<Record<ImportLanguage, string>>;

// prettier-ignore
/** The words a spreadsheet shows for each code, Dutch and English; the code itself is accepted too. */
export const MEMBER_PROFILE_LABELS: Readonly<Record<MemberProfileVocabulary, Readonly<Record<string, Labels>>>> = {
  capabilities: {
    FIVE_AXIS_MACHINING: { nl: '5-assig verspanen', en: '5-axis machining' },
    CASTING: { nl: 'gieten', en: 'casting' },
    FORGING: { nl: 'smeden', en: 'forging' },
    WELDING_EXC3: { nl: 'lassen EN 1090-2 EXC3', en: 'welding EN 1090-2 EXC3' },
    WELDING_EXC4: { nl: 'lassen EN 1090-2 EXC4', en: 'welding EN 1090-2 EXC4' },
    COMPOSITES: { nl: 'composieten', en: 'composites' },
    ELECTRONICS_ASSEMBLY: { nl: 'elektronica-assemblage (IPC-A-610)', en: 'electronics assembly (IPC-A-610)' },
    PCB: { nl: 'printplaten', en: 'printed circuit boards' },
    CABLE_HARNESSES: { nl: 'kabelbomen', en: 'cable harnesses' },
    SURFACE_TREATMENT: { nl: 'oppervlaktebehandeling', en: 'surface treatment' },
    PRECISION_SHEET_METAL: { nl: 'precisieplaatwerk', en: 'precision sheet metal' },
    ADDITIVE_MANUFACTURING: { nl: 'additive manufacturing', en: 'additive manufacturing' },
    MAGNET_ASSEMBLY: { nl: 'magneetassemblage', en: 'magnet assembly' },
    EMBEDDED_SOFTWARE: { nl: 'embedded software', en: 'embedded software' },
  },
  certifications: {
    ISO_9001: { nl: 'ISO 9001', en: 'ISO 9001' },
    AQAP_2110: { nl: 'AQAP 2110', en: 'AQAP 2110' },
    EN_9100: { nl: 'EN 9100', en: 'EN 9100' },
    ISO_3834_2: { nl: 'ISO 3834-2', en: 'ISO 3834-2' },
    EN_1090_2: { nl: 'EN 1090-2', en: 'EN 1090-2' },
    ISO_14001: { nl: 'ISO 14001', en: 'ISO 14001' },
    ISO_27001: { nl: 'ISO 27001', en: 'ISO 27001' },
    IPC_J_STD_001: { nl: 'IPC J-STD-001', en: 'IPC J-STD-001' },
    NADCAP: { nl: 'Nadcap', en: 'Nadcap' },
    ISO_13485: { nl: 'ISO 13485', en: 'ISO 13485' },
  },
  sectors: {
    DEFENCE: { nl: 'defensie', en: 'defence' },
    MARITIME: { nl: 'maritiem', en: 'maritime' },
    AEROSPACE: { nl: 'lucht- en ruimtevaart', en: 'aerospace' },
    SEMICONDUCTOR: { nl: 'halfgeleiders', en: 'semiconductors' },
    HEALTHCARE: { nl: 'zorg', en: 'healthcare' },
    ENERGY: { nl: 'energie', en: 'energy' },
    AUTOMOTIVE: { nl: 'automotive', en: 'automotive' },
    RAIL: { nl: 'spoor', en: 'rail' },
    MACHINE_BUILDING: { nl: 'machinebouw', en: 'machine building' },
    INFRASTRUCTURE: { nl: 'infrastructuur', en: 'infrastructure' },
  },
  provinces: {
    GRONINGEN: { nl: 'Groningen', en: 'Groningen' },
    FRIESLAND: { nl: 'Friesland', en: 'Friesland' },
    DRENTHE: { nl: 'Drenthe', en: 'Drenthe' },
    OVERIJSSEL: { nl: 'Overijssel', en: 'Overijssel' },
    FLEVOLAND: { nl: 'Flevoland', en: 'Flevoland' },
    GELDERLAND: { nl: 'Gelderland', en: 'Gelderland' },
    UTRECHT: { nl: 'Utrecht', en: 'Utrecht' },
    NOORD_HOLLAND: { nl: 'Noord-Holland', en: 'North Holland' },
    ZUID_HOLLAND: { nl: 'Zuid-Holland', en: 'South Holland' },
    ZEELAND: { nl: 'Zeeland', en: 'Zeeland' },
    NOORD_BRABANT: { nl: 'Noord-Brabant', en: 'North Brabant' },
    LIMBURG: { nl: 'Limburg', en: 'Limburg' },
  },
  sizeClasses: {
    MICRO: { nl: 'micro', en: 'micro' },
    SMALL: { nl: 'klein', en: 'small' },
    MEDIUM: { nl: 'middelgroot', en: 'medium' },
    LARGE: { nl: 'groot', en: 'large' },
  },
  categories: {
    A: { nl: 'A', en: 'A' },
    B: { nl: 'B', en: 'B' },
    C: { nl: 'C', en: 'C' },
    D: { nl: 'D', en: 'D' },
  },
  clearances: {
    NONE: { nl: 'geen', en: 'none' },
    APPLIED: { nl: 'aangevraagd', en: 'applied for' },
    CLEARED: { nl: 'ABDO-gecertificeerd', en: 'ABDO cleared' },
  },
  audiences: {
    ALL: { nl: 'iedereen', en: 'everyone' },
    GOVERNMENT: { nl: 'alleen overheid', en: 'government only' },
  },
};

/** What each label means, for the template's vocabulary sheet (one line per vocabulary). */
export const MEMBER_PROFILE_VOCABULARY_NAMES: Readonly<Record<MemberProfileVocabulary, Labels>> = {
  capabilities: { nl: 'Capaciteiten', en: 'Capabilities' },
  certifications: { nl: 'Certificeringen', en: 'Certifications' },
  sectors: { nl: 'Sectoren', en: 'Sectors' },
  provinces: { nl: 'Provincies', en: 'Provinces' },
  sizeClasses: { nl: 'Grootteklassen (werknemers: micro < 10, klein 10-49, middelgroot 50-249, groot 250+)', en: 'Size classes (employees: micro < 10, small 10-49, medium 50-249, large 250+)' },
  categories: { nl: 'Categorieën (A direct aan Defensie, B aan A, C mogelijk A, D mogelijk B)', en: 'Categories (A direct to Defence, B to A, C potential A, D potential B)' },
  clearances: { nl: 'Beveiliging (ABDO)', en: 'Security clearance (ABDO)' },
  audiences: { nl: 'Zichtbaarheid', en: 'Visibility' },
};

const VOCABULARY_CODES: Readonly<Record<MemberProfileVocabulary, readonly string[]>> = {
  capabilities: CAPABILITIES,
  certifications: CERTIFICATIONS,
  sectors: SECTORS,
  provinces: PROVINCES,
  sizeClasses: SIZE_CLASSES,
  categories: DEFENCE_CATEGORIES,
  clearances: CLEARANCES,
  audiences: ['ALL', 'GOVERNMENT'],
};

/** A column of the import; the visibility columns carry the profile section they set. */
export interface MemberProfileColumn {
  key: string;
  header: Labels;
  required: boolean;
  /** The vocabulary its values come from, and whether a cell may list several (separated by `;`). */
  vocabulary?: MemberProfileVocabulary;
  list?: boolean;
  section?: ProfileSection;
  help: Labels;
  example: Labels;
}

const SECTION_HEADERS: Readonly<Record<ProfileSection, Labels>> = {
  KVK: { nl: 'KvK-nummer', en: 'KvK number' },
  CERTIFICATIONS: { nl: 'certificeringen', en: 'certifications' },
  SECTORS: { nl: 'sectoren', en: 'sectors' },
  CLEARANCE: { nl: 'beveiliging', en: 'clearance' },
  CAPACITY: { nl: 'capaciteit', en: 'capacity' },
  DESCRIPTION: { nl: 'beschrijving', en: 'description' },
};

const VISIBILITY_COLUMNS: readonly MemberProfileColumn[] = PROFILE_SECTIONS.map((section) => ({
  key: `visibility.${section}`,
  header: { nl: `Zichtbaarheid ${SECTION_HEADERS[section].nl}`, en: `Visibility ${SECTION_HEADERS[section].en}` },
  required: false,
  vocabulary: 'audiences' as const,
  section,
  help: {
    nl: 'iedereen of alleen overheid; leeg = iedereen. Naam, provincie, grootte, categorie en capaciteiten ziet altijd iedereen',
    en: 'everyone or government only; empty = everyone. Name, province, size, category and capabilities are always shown to everyone',
  },
  example: section === 'CAPACITY' ? { nl: 'alleen overheid', en: 'government only' } : { nl: 'iedereen', en: 'everyone' },
}));

// prettier-ignore
export const MEMBER_PROFILE_COLUMNS: readonly MemberProfileColumn[] = [
  { key: 'kvkNumber', header: { nl: 'KvK-nummer', en: 'KvK number' }, required: true, help: { nl: '8 cijfers; hiermee wordt een bestaand profiel bijgewerkt', en: '8 digits; an existing profile with it is updated' }, example: { nl: '30123456', en: '30123456' } },
  { key: 'name', header: { nl: 'Bedrijfsnaam', en: 'Company name' }, required: true, help: { nl: 'Ten hoogste 200 tekens', en: 'At most 200 characters' }, example: { nl: 'Van Dijk Precisietechniek B.V.', en: 'Van Dijk Precisietechniek B.V.' } },
  { key: 'province', header: { nl: 'Provincie', en: 'Province' }, required: true, vocabulary: 'provinces', help: { nl: 'Een provincie van het tabblad Woordenlijst', en: 'A province from the Vocabulary sheet' }, example: { nl: 'Gelderland', en: 'Gelderland' } },
  { key: 'sizeClass', header: { nl: 'Grootteklasse', en: 'Size class' }, required: true, vocabulary: 'sizeClasses', help: { nl: 'micro, klein, middelgroot of groot', en: 'micro, small, medium or large' }, example: { nl: 'klein', en: 'small' } },
  { key: 'category', header: { nl: 'Categorie', en: 'Category' }, required: true, vocabulary: 'categories', help: { nl: 'A, B, C of D', en: 'A, B, C or D' }, example: { nl: 'C', en: 'C' } },
  { key: 'capabilities', header: { nl: 'Capaciteiten', en: 'Capabilities' }, required: true, vocabulary: 'capabilities', list: true, help: { nl: 'Eén of meer, gescheiden door ;', en: 'One or more, separated by ;' }, example: { nl: '5-assig verspanen; precisieplaatwerk', en: '5-axis machining; precision sheet metal' } },
  { key: 'certifications', header: { nl: 'Certificeringen', en: 'Certifications' }, required: false, vocabulary: 'certifications', list: true, help: { nl: 'Gescheiden door ;', en: 'Separated by ;' }, example: { nl: 'ISO 9001; ISO 14001', en: 'ISO 9001; ISO 14001' } },
  { key: 'sectors', header: { nl: 'Sectoren', en: 'Sectors' }, required: false, vocabulary: 'sectors', list: true, help: { nl: 'Gescheiden door ;', en: 'Separated by ;' }, example: { nl: 'maritiem; machinebouw', en: 'maritime; machine building' } },
  { key: 'clearance', header: { nl: 'Beveiliging', en: 'Security clearance' }, required: false, vocabulary: 'clearances', help: { nl: 'geen, aangevraagd of ABDO-gecertificeerd; leeg = geen', en: 'none, applied for or ABDO cleared; empty = none' }, example: { nl: 'geen', en: 'none' } },
  { key: 'capacityHoursPerMonth', header: { nl: 'Capaciteit (uur per maand)', en: 'Capacity (hours per month)' }, required: false, help: { nl: 'Heel getal van 0 tot 100.000', en: 'Whole number from 0 to 100,000' }, example: { nl: '400', en: '400' } },
  { key: 'capacityFrom', header: { nl: 'Capaciteit vanaf', en: 'Capacity from' }, required: false, help: { nl: 'Datum als JJJJ-MM-DD of DD-MM-JJJJ', en: 'Date as YYYY-MM-DD or DD-MM-YYYY' }, example: { nl: '2027-03-01', en: '2027-03-01' } },
  { key: 'description', header: { nl: 'Beschrijving', en: 'Description' }, required: false, help: { nl: 'Ten hoogste 2.000 tekens', en: 'At most 2,000 characters' }, example: { nl: 'Verspaning van precisiedelen in kleine series.', en: 'Machining of precision parts in small series.' } },
  ...VISIBILITY_COLUMNS,
];

/** The sheet names the template writes (the rows sheet, the vocabulary sheet). */
export const MEMBER_PROFILE_SHEETS = {
  profiles: { nl: 'Leveranciers', en: 'Suppliers' },
  vocabulary: { nl: 'Woordenlijst', en: 'Vocabulary' },
} as const;

/** A profile as a row of the file gives it (and as the API writes it). */
export interface MemberProfileFields {
  kvkNumber: string;
  name: string;
  province: Province;
  sizeClass: SizeClass;
  category: DefenceCategory;
  capabilities: Capability[];
  certifications: Certification[];
  sectors: Sector[];
  clearance: Clearance;
  capacityHoursPerMonth: number | null;
  capacityFrom: string | null;
  description: string;
  /** Sections shown to government readers only, in PROFILE_SECTIONS order. */
  governmentOnly: ProfileSection[];
}

export interface ParsedMemberProfile extends MemberProfileFields {
  sheet: string;
  row: number;
}

export interface ParsedMemberProfiles {
  profiles: ParsedMemberProfile[];
  errors: MemberProfileError[];
  /** The file's header of each column key, as written (or the Dutch header when missing). */
  columns: Readonly<Record<string, string>>;
  /** Data rows read (blank rows left out). */
  rows: number;
}

/** A sheet as the API's reader gives it: header -> cell text. */
export interface MemberProfileSheet {
  name: string;
  rows: readonly Readonly<Record<string, string>>[];
}

/** Blank-insensitive, case-insensitive form of a label or code ("Noord-Holland", "noord_holland"). */
const simplify = (text: string) => normaliseHeader(text).replace(/[\s_-]+/g, ' ');

const LOOKUP: Readonly<Record<MemberProfileVocabulary, ReadonlyMap<string, string>>> = Object.fromEntries(
  (Object.keys(VOCABULARY_CODES) as MemberProfileVocabulary[]).map((vocabulary) => {
    const map = new Map<string, string>();
    for (const code of VOCABULARY_CODES[vocabulary]) {
      const labels = MEMBER_PROFILE_LABELS[vocabulary][code];
      for (const word of [code, labels?.nl, labels?.en]) if (word) map.set(simplify(word), code);
    }
    return [vocabulary, map];
  }),
) as unknown as Record<MemberProfileVocabulary, ReadonlyMap<string, string>>;

/** The code a cell names in `vocabulary` (its code or its Dutch or English label), or null. */
export function vocabularyCode(vocabulary: MemberProfileVocabulary, text: string): string | null {
  return LOOKUP[vocabulary].get(simplify(text)) ?? null;
}

/** The headers each column is read under: Dutch, English, and "Dutch / English" as one cell. */
function headerKeys(column: MemberProfileColumn): string[] {
  return [column.header.nl, column.header.en, `${column.header.nl} / ${column.header.en}`].map(normaliseHeader);
}

/** The sheet with the rows: the one named like the template's, else the first that is not the vocabulary sheet. */
export function memberProfileSheet<T extends { name: string }>(sheets: readonly T[]): T | null {
  const names = (labels: Labels) => [labels.nl, labels.en].map(normaliseHeader);
  const named = sheets.find((s) => names(MEMBER_PROFILE_SHEETS.profiles).includes(normaliseHeader(s.name).replace(/\.(csv|txt)$/, '')));
  return named ?? sheets.find((s) => !names(MEMBER_PROFILE_SHEETS.vocabulary).includes(normaliseHeader(s.name))) ?? null;
}

const KVK = /^\d{8}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** A date cell as YYYY-MM-DD (from YYYY-MM-DD or DD-MM-YYYY), or null when it is no real date. */
export function memberProfileDate(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  const dutch = DUTCH_DATE.exec(text);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dutch ? [dutch[3]!, dutch[2]!.padStart(2, '0'), dutch[1]!.padStart(2, '0')] : [];
  if (!y) return null;
  const value = `${y}-${m}-${d}`;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** A KvK number as written (spaces and dots left out), or null when it is not 8 digits. */
export function memberProfileKvk(text: string): string | null {
  const digits = text.replace(/[\s.]/g, '');
  return KVK.test(digits) ? digits : null;
}

/**
 * Reads the rows of the file into profiles, every problem of every row at once: missing columns,
 * required cells, unknown vocabulary values (per value), KvK numbers that are not 8 digits or occur
 * twice in the file, hours that are not whole numbers from 0 to 100,000, dates that do not exist.
 * A row with a problem is reported and left out of `profiles`.
 */
export function parseMemberProfiles(sheet: MemberProfileSheet): ParsedMemberProfiles {
  const errors: MemberProfileError[] = [];
  const firstColumn = MEMBER_PROFILE_COLUMNS[0]!.header.nl;
  // No rows at all: the reader gives no headers either, so there is nothing else to say.
  if (sheet.rows.length === 0) {
    const columns = Object.fromEntries(MEMBER_PROFILE_COLUMNS.map((c) => [c.key, c.header.nl]));
    return { profiles: [], errors: [{ sheet: sheet.name, row: 1, column: firstColumn, code: 'NO_ROWS', message: 'The file has no rows below its header' }], columns, rows: 0 };
  }
  const first = sheet.rows[0] ?? {};
  const byHeader = new Map(Object.keys(first).map((h) => [normaliseHeader(h), h]));
  const columns: Record<string, string> = {};
  const present = new Set<string>();
  for (const column of MEMBER_PROFILE_COLUMNS) {
    const header = headerKeys(column).map((k) => byHeader.get(k)).find((h) => h !== undefined);
    columns[column.key] = header ?? column.header.nl;
    if (header !== undefined) present.add(column.key);
    else if (column.required) {
      errors.push({ sheet: sheet.name, row: 1, column: column.header.nl, code: 'MISSING_COLUMN', message: `The column "${column.header.nl}" (${column.header.en}) is missing`, params: { value: column.header.nl } });
    }
  }
  const dataRows = sheet.rows.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => Object.values(cells).some((v) => v.trim() !== ''));
  if (dataRows.length === 0) {
    errors.push({ sheet: sheet.name, row: 1, column: columns['kvkNumber']!, code: 'NO_ROWS', message: 'The file has no rows below its header' });
  }
  if (errors.some((e) => e.code === 'MISSING_COLUMN')) return { profiles: [], errors, columns, rows: dataRows.length };

  const profiles: ParsedMemberProfile[] = [];
  const kvkRows = new Map<string, number>();
  for (const { cells, row } of dataRows) {
    const rowErrors: MemberProfileError[] = [];
    const cell = (key: string) => (present.has(key) ? (cells[columns[key]!] ?? '').trim() : '');
    const fail = (key: string, code: MemberProfileErrorCode, message: string, params?: Record<string, string | number>) =>
      rowErrors.push({ sheet: sheet.name, row, column: columns[key]!, code, message, ...(params ? { params } : {}) });
    const required = (key: string): string | null => {
      const text = cell(key);
      if (text === '') fail(key, 'REQUIRED', `Fill in "${columns[key]}"`);
      return text === '' ? null : text;
    };
    const one = <T extends string>(key: string, vocabulary: MemberProfileVocabulary, fallback: T | null): T | null => {
      const text = cell(key);
      if (text === '') {
        if (fallback === null) fail(key, 'REQUIRED', `Fill in "${columns[key]}"`);
        return fallback;
      }
      const code = vocabularyCode(vocabulary, text);
      if (!code) fail(key, 'UNKNOWN_VALUE', `"${text}" is not in the list of ${vocabulary}`, { value: text, vocabulary });
      return code as T | null;
    };
    const many = <T extends string>(key: string, vocabulary: MemberProfileVocabulary): T[] => {
      const out: T[] = [];
      for (const part of cell(key).split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
        const code = vocabularyCode(vocabulary, part);
        if (!code) fail(key, 'UNKNOWN_VALUE', `"${part}" is not in the list of ${vocabulary}`, { value: part, vocabulary });
        else if (!out.includes(code as T)) out.push(code as T);
      }
      // Kept in the vocabulary's order, so the same set always compares (and is stored) the same.
      return out.sort((a, b) => VOCABULARY_CODES[vocabulary].indexOf(a) - VOCABULARY_CODES[vocabulary].indexOf(b));
    };

    let kvkNumber: string | null = null;
    const kvkText = required('kvkNumber');
    if (kvkText !== null) {
      kvkNumber = memberProfileKvk(kvkText);
      if (!kvkNumber) fail('kvkNumber', 'BAD_KVK', `"${kvkText}" is not a KvK number: it has 8 digits`, { value: kvkText });
      else if (kvkRows.has(kvkNumber)) fail('kvkNumber', 'DUPLICATE_KVK', `KvK number ${kvkNumber} is in row ${kvkRows.get(kvkNumber)} too`, { value: kvkNumber, otherRow: kvkRows.get(kvkNumber)! });
      else kvkRows.set(kvkNumber, row);
    }
    const name = required('name');
    if (name !== null && name.length > 200) fail('name', 'TOO_LONG', 'At most 200 characters', { max: 200 });
    const province = one<Province>('province', 'provinces', null);
    const sizeClass = one<SizeClass>('sizeClass', 'sizeClasses', null);
    const category = one<DefenceCategory>('category', 'categories', null);
    const capabilities = many<Capability>('capabilities', 'capabilities');
    if (cell('capabilities') === '') fail('capabilities', 'REQUIRED', `Fill in "${columns['capabilities']}": at least one capability`);
    const certifications = many<Certification>('certifications', 'certifications');
    const sectors = many<Sector>('sectors', 'sectors');
    const clearance = one<Clearance>('clearance', 'clearances', 'NONE');

    let capacityHoursPerMonth: number | null = null;
    const hoursText = cell('capacityHoursPerMonth');
    if (hoursText !== '') {
      const parsed = parseLocaleNumber(hoursText);
      if (!parsed.ok) fail('capacityHoursPerMonth', 'NOT_A_NUMBER', `"${hoursText}" is not a number of hours`, { value: hoursText });
      else if (!Number.isInteger(parsed.value)) fail('capacityHoursPerMonth', 'NOT_A_WHOLE_NUMBER', `"${hoursText}" is not a whole number of hours`, { value: hoursText });
      else if (parsed.value < 0 || parsed.value > 100_000) fail('capacityHoursPerMonth', 'OUT_OF_RANGE', `${parsed.value} hours is outside 0 to 100,000`, { value: hoursText, min: 0, max: 100_000 });
      else capacityHoursPerMonth = parsed.value;
    }
    let capacityFrom: string | null = null;
    const fromText = cell('capacityFrom');
    if (fromText !== '') {
      capacityFrom = memberProfileDate(fromText);
      if (!capacityFrom) fail('capacityFrom', 'BAD_DATE', `"${fromText}" is not a date (YYYY-MM-DD or DD-MM-YYYY)`, { value: fromText });
    }
    const description = cell('description');
    if (description.length > 2000) fail('description', 'TOO_LONG', 'At most 2,000 characters', { max: 2000 });
    const governmentOnly = PROFILE_SECTIONS.filter((section) => one<'ALL' | 'GOVERNMENT'>(`visibility.${section}`, 'audiences', 'ALL') === 'GOVERNMENT');

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    profiles.push({
      sheet: sheet.name,
      row,
      kvkNumber: kvkNumber!,
      name: name!,
      province: province!,
      sizeClass: sizeClass!,
      category: category!,
      capabilities,
      certifications,
      sectors,
      clearance: clearance!,
      capacityHoursPerMonth,
      capacityFrom,
      description,
      governmentOnly,
    });
  }
  return { profiles, errors, columns, rows: dataRows.length };
}

/**
 * Who else holds a KvK number, as far as the importing association may know it: only numbers the
 * directory shows every platform user. A number kept for government readers must not be here (the
 * API leaves it out), so a row's outcome never depends on what the association may not see.
 */
export type KvkHolder = 'SELF_MANAGED' | 'KEPT_ELSEWHERE';

/** A profile the association keeps already, as stored. */
export interface KeptMemberProfile extends MemberProfileFields {
  id: string;
}

export interface MemberProfilePlan {
  create: ParsedMemberProfile[];
  update: { id: string; after: ParsedMemberProfile; fields: (keyof MemberProfileFields)[] }[];
  unchanged: ParsedMemberProfile[];
  errors: MemberProfileError[];
}

const COMPARED: readonly (keyof MemberProfileFields)[] = [
  'name',
  'province',
  'sizeClass',
  'category',
  'capabilities',
  'certifications',
  'sectors',
  'clearance',
  'capacityHoursPerMonth',
  'capacityFrom',
  'description',
  'governmentOnly',
];

/** A field's value for comparison: lists as sets (stored profiles may list capabilities in any order). */
const comparable = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...(value as string[])].sort() : value);

/**
 * What the import does with each row: a KvK number the association keeps -> update (or unchanged);
 * one the directory shows for a company that keeps its own profile -> SELF_MANAGED, for a profile
 * another keeper holds -> KEPT_ELSEWHERE (refused: the association may change only what it keeps);
 * otherwise -> create.
 */
export function planMemberProfiles(
  parsed: ParsedMemberProfiles,
  kept: ReadonlyMap<string, KeptMemberProfile>,
  publicHolders: ReadonlyMap<string, KvkHolder>,
): MemberProfilePlan {
  const plan: MemberProfilePlan = { create: [], update: [], unchanged: [], errors: [...parsed.errors] };
  const column = parsed.columns['kvkNumber'] ?? 'KvK-nummer';
  for (const row of parsed.profiles) {
    const existing = kept.get(row.kvkNumber);
    if (existing) {
      const fields = COMPARED.filter((f) => comparable(existing[f]) !== comparable(row[f]));
      if (fields.length === 0) plan.unchanged.push(row);
      else plan.update.push({ id: existing.id, after: row, fields });
      continue;
    }
    const holder = publicHolders.get(row.kvkNumber);
    if (holder === 'SELF_MANAGED') {
      plan.errors.push({
        sheet: row.sheet,
        row: row.row,
        column,
        code: 'SELF_MANAGED',
        message: `The company with KvK number ${row.kvkNumber} keeps its own profile on the platform; it cannot be imported`,
        params: { value: row.kvkNumber },
      });
    } else if (holder === 'KEPT_ELSEWHERE') {
      plan.errors.push({
        sheet: row.sheet,
        row: row.row,
        column,
        code: 'KEPT_ELSEWHERE',
        message: `The directory already has a profile with KvK number ${row.kvkNumber} that your organisation does not keep`,
        params: { value: row.kvkNumber },
      });
    } else {
      plan.create.push(row);
    }
  }
  plan.errors.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return plan;
}

/** A profile as a row of the template (the export writes these; importing them back changes nothing). */
export function memberProfileCells(p: MemberProfileFields, language: ImportLanguage): string[] {
  const label = (vocabulary: MemberProfileVocabulary, code: string) => MEMBER_PROFILE_LABELS[vocabulary][code]?.[language] ?? code;
  const list = (vocabulary: MemberProfileVocabulary, codes: readonly string[]) => codes.map((c) => label(vocabulary, c)).join('; ');
  const values: Record<string, string> = {
    kvkNumber: p.kvkNumber,
    name: p.name,
    province: label('provinces', p.province),
    sizeClass: label('sizeClasses', p.sizeClass),
    category: p.category,
    capabilities: list('capabilities', p.capabilities),
    certifications: list('certifications', p.certifications),
    sectors: list('sectors', p.sectors),
    clearance: label('clearances', p.clearance),
    capacityHoursPerMonth: p.capacityHoursPerMonth === null ? '' : String(p.capacityHoursPerMonth),
    capacityFrom: p.capacityFrom ?? '',
    description: p.description,
  };
  for (const section of PROFILE_SECTIONS) values[`visibility.${section}`] = label('audiences', p.governmentOnly.includes(section) ? 'GOVERNMENT' : 'ALL');
  return MEMBER_PROFILE_COLUMNS.map((c) => values[c.key] ?? '');
}

/** The template's rows sheet: the header row and one example row. */
export function memberProfileTemplateRows(language: ImportLanguage): string[][] {
  return [MEMBER_PROFILE_COLUMNS.map((c) => c.header[language]), MEMBER_PROFILE_COLUMNS.map((c) => c.example[language])];
}

/** The template's vocabulary sheet: per vocabulary every code with its Dutch and English label. */
export function memberProfileVocabularyRows(language: ImportLanguage): string[][] {
  const header = language === 'nl' ? ['Lijst', 'Code', 'Nederlands', 'Engels'] : ['List', 'Code', 'Dutch', 'English'];
  const rows = (Object.keys(VOCABULARY_CODES) as MemberProfileVocabulary[]).flatMap((vocabulary) =>
    VOCABULARY_CODES[vocabulary].map((code) => {
      const labels = MEMBER_PROFILE_LABELS[vocabulary][code]!;
      return [MEMBER_PROFILE_VOCABULARY_NAMES[vocabulary][language], code, labels.nl, labels.en];
    }),
  );
  return [header, ...rows];
}
