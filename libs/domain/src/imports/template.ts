import type { AnalysisItemKind } from '../analysis/analysis-types';

/**
 * The chain-data import template: four sheets, their columns in Dutch and English, a one-line
 * explanation per column and an example row. The API writes the downloadable template from this and
 * `parseImport` reads with it, so the two cannot drift apart.
 *
 * Every row is keyed by the company's own reference (items and supply links by their `referentie`,
 * composition by parent and child, materials by item and material), so importing the same file twice
 * changes nothing.
 */
export type ImportLanguage = 'nl' | 'en';

export type ImportSheetKey = 'items' | 'compositions' | 'itemMaterials' | 'supplyLinks';

export type ImportVisibility = 'OWNER' | 'GOVERNMENT' | 'ROADMAP';

export const IMPORT_ITEM_KINDS: readonly AnalysisItemKind[] = ['PLATFORM', 'SYSTEM', 'COMPONENT', 'SEMI_FINISHED', 'MATERIAL_FORM'];
export const IMPORT_VISIBILITIES: readonly ImportVisibility[] = ['OWNER', 'GOVERNMENT', 'ROADMAP'];

/** The words a spreadsheet shows for an item kind; the enum code itself is accepted too. */
export const ITEM_KIND_LABELS: Readonly<Record<AnalysisItemKind, Readonly<Record<ImportLanguage, string>>>> = {
  PLATFORM: { nl: 'Platform', en: 'Platform' },
  SYSTEM: { nl: 'Systeem', en: 'System' },
  COMPONENT: { nl: 'Component', en: 'Component' },
  SEMI_FINISHED: { nl: 'Halffabricaat', en: 'Semi-finished product' },
  MATERIAL_FORM: { nl: 'Materiaalvorm', en: 'Material form' },
};

/** The words a spreadsheet shows for a visibility; the enum code itself is accepted too. */
export const VISIBILITY_LABELS: Readonly<Record<ImportVisibility, Readonly<Record<ImportLanguage, string>>>> = {
  OWNER: { nl: 'Alleen eigen organisatie', en: 'Own organisation only' },
  GOVERNMENT: { nl: 'Overheid', en: 'Government' },
  ROADMAP: { nl: 'Routekaart', en: 'Roadmap' },
};

/** The default unit of a composition line, in the language of the sheet. */
export const DEFAULT_UNIT: Readonly<Record<ImportLanguage, string>> = { nl: 'stuks', en: 'pcs' };

export interface ImportColumn {
  /** The field name in code (stable, English). */
  key: string;
  /** The header as the template writes it. */
  header: Readonly<Record<ImportLanguage, string>>;
  /** Further headers read as this column (compared trimmed and case-insensitively). */
  aliases?: readonly string[];
  required: boolean;
  /** One line for the template's explanation row or sheet. */
  help: Readonly<Record<ImportLanguage, string>>;
  /** The example row's cell. */
  example: Readonly<Record<ImportLanguage, string>>;
}

export interface ImportSheet {
  key: ImportSheetKey;
  name: Readonly<Record<ImportLanguage, string>>;
  /** Further sheet names read as this sheet (e.g. the CSV file name a user gives). */
  aliases?: readonly string[];
  columns: readonly ImportColumn[];
  /** Example rows before the columns' own example, by column key (so the other sheets' examples refer to items that exist). */
  moreExamples?: readonly Readonly<Record<string, Readonly<Record<ImportLanguage, string>>>>[];
}

const both = (text: string) => ({ nl: text, en: text });
const VISIBILITY_HELP = {
  nl: 'Alleen eigen organisatie, Overheid of Routekaart; leeg = alleen eigen organisatie',
  en: 'Own organisation only, Government or Roadmap; empty = own organisation only',
};
const SHARED_WITH_HELP = {
  nl: 'Namen van organisaties die dit ook mogen zien, gescheiden door ;',
  en: 'Names of organisations that may also see this, separated by ;',
};

export const IMPORT_SHEETS: readonly ImportSheet[] = [
  {
    key: 'items',
    name: { nl: 'Onderdelen', en: 'Items' },
    // The system the composition example puts the pump in.
    moreExamples: [
      {
        ref: both('SYS-10'),
        name: { nl: 'Koelsysteem', en: 'Cooling system' },
        kind: { nl: 'Systeem', en: 'System' },
        visibility: { nl: 'Routekaart', en: 'Roadmap' },
      },
    ],
    columns: [
      {
        key: 'ref',
        header: { nl: 'referentie', en: 'reference' },
        required: true,
        help: { nl: 'Uw eigen code voor het onderdeel (uniek, max. 100 tekens)', en: 'Your own code for the item (unique, at most 100 characters)' },
        example: both('PMP-100'),
      },
      {
        key: 'name',
        header: { nl: 'naam', en: 'name' },
        required: true,
        help: { nl: 'Naam van het onderdeel (max. 200 tekens)', en: 'Name of the item (at most 200 characters)' },
        example: { nl: 'Koelwaterpomp', en: 'Cooling water pump' },
      },
      {
        key: 'kind',
        header: { nl: 'soort', en: 'kind' },
        required: true,
        help: {
          nl: 'Platform, Systeem, Component, Halffabricaat of Materiaalvorm',
          en: 'Platform, System, Component, Semi-finished product or Material form',
        },
        example: { nl: 'Component', en: 'Component' },
      },
      {
        key: 'description',
        header: { nl: 'omschrijving', en: 'description' },
        required: false,
        help: { nl: 'Toelichting (optioneel)', en: 'Explanation (optional)' },
        example: { nl: 'Centrifugaalpomp, 40 m³/h', en: 'Centrifugal pump, 40 m³/h' },
      },
      {
        key: 'visibility',
        header: { nl: 'zichtbaarheid', en: 'visibility' },
        required: false,
        help: VISIBILITY_HELP,
        example: { nl: 'Alleen eigen organisatie', en: 'Own organisation only' },
      },
      {
        key: 'sharedWith',
        header: { nl: 'gedeeld met', en: 'shared with' },
        required: false,
        help: SHARED_WITH_HELP,
        example: both(''),
      },
    ],
  },
  {
    key: 'compositions',
    name: { nl: 'Samenstelling', en: 'Composition' },
    columns: [
      {
        key: 'parentRef',
        header: { nl: 'ouder', en: 'parent' },
        required: true,
        help: { nl: 'Referentie van het onderdeel waar het in zit', en: 'Reference of the item it goes into' },
        example: both('SYS-10'),
      },
      {
        key: 'childRef',
        header: { nl: 'kind', en: 'child' },
        required: true,
        help: { nl: 'Referentie van het onderdeel dat erin zit', en: 'Reference of the item that goes into it' },
        example: both('PMP-100'),
      },
      {
        key: 'quantity',
        header: { nl: 'aantal', en: 'quantity' },
        required: true,
        help: { nl: 'Hoeveel erin zitten (groter dan 0)', en: 'How many go into it (more than 0)' },
        example: { nl: '2', en: '2' },
      },
      {
        key: 'unit',
        header: { nl: 'eenheid', en: 'unit' },
        required: false,
        help: { nl: 'Eenheid van het aantal; leeg = stuks', en: 'Unit of the quantity; empty = pcs' },
        example: { nl: 'stuks', en: 'pcs' },
      },
    ],
  },
  {
    key: 'itemMaterials',
    name: { nl: 'Materialen', en: 'Materials' },
    columns: [
      {
        key: 'itemRef',
        header: { nl: 'onderdeel', en: 'item' },
        required: true,
        help: { nl: 'Referentie van het onderdeel', en: 'Reference of the item' },
        example: both('PMP-100'),
      },
      {
        key: 'material',
        header: { nl: 'grondstof', en: 'material' },
        required: true,
        help: { nl: 'Symbool (bijv. Ga) of naam van de grondstof', en: 'Symbol (e.g. Ga) or name of the material' },
        example: both('Ni'),
      },
      {
        key: 'kgPerUnit',
        header: { nl: 'kg per stuk', en: 'kg per unit' },
        required: false,
        help: { nl: 'Kilogram per stuk (0 of meer, optioneel)', en: 'Kilograms per unit (0 or more, optional)' },
        example: { nl: '0,35', en: '0.35' },
      },
    ],
  },
  {
    key: 'supplyLinks',
    name: { nl: 'Leveranciers', en: 'Suppliers' },
    columns: [
      {
        key: 'ref',
        header: { nl: 'referentie', en: 'reference' },
        required: true,
        help: { nl: 'Uw eigen code voor deze levering (uniek)', en: 'Your own code for this supply link (unique)' },
        example: both('LEV-0001'),
      },
      {
        key: 'itemRef',
        header: { nl: 'onderdeel', en: 'item' },
        required: true,
        help: { nl: 'Referentie van het geleverde onderdeel', en: 'Reference of the item supplied' },
        example: both('PMP-100'),
      },
      {
        key: 'supplierName',
        header: { nl: 'leverancier', en: 'supplier' },
        required: true,
        help: { nl: 'Naam van de leverancier', en: 'Name of the supplier' },
        example: both('Pompen Holland B.V.'),
      },
      {
        key: 'country',
        header: { nl: 'land', en: 'country' },
        required: false,
        help: { nl: 'Land van de leverancier: code (NL) of naam', en: "Supplier's country: code (NL) or name" },
        example: { nl: 'Duitsland', en: 'Germany' },
      },
      {
        key: 'share',
        header: { nl: 'aandeel %', en: 'share %' },
        aliases: ['aandeel', 'share', 'aandeel (%)', 'share (%)'],
        required: false,
        help: { nl: 'Deel van de levering van dit onderdeel, 0 tot 100', en: "Part of this item's supply, 0 to 100" },
        example: { nl: '62,5', en: '62.5' },
      },
      {
        key: 'tier',
        header: { nl: 'tier', en: 'tier' },
        required: false,
        help: { nl: 'Schakel in de keten: 1 (directe leverancier) tot 10', en: 'Tier in the chain: 1 (direct supplier) to 10' },
        example: both('1'),
      },
      {
        key: 'leadTimeWeeks',
        header: { nl: 'levertijd weken', en: 'lead time weeks' },
        required: false,
        help: { nl: 'Levertijd in weken (0 of meer)', en: 'Lead time in weeks (0 or more)' },
        example: both('12'),
      },
      {
        key: 'stockMonths',
        header: { nl: 'voorraad maanden', en: 'stock months' },
        required: false,
        help: { nl: 'Voorraad in maanden (0 of meer)', en: 'Stock in months (0 or more)' },
        example: { nl: '1,5', en: '1.5' },
      },
      {
        key: 'singleSource',
        header: { nl: 'enige bron', en: 'single source' },
        required: false,
        help: { nl: 'ja of nee: is dit de enige leverancier? Leeg = nee', en: 'yes or no: is this the only supplier? Empty = no' },
        example: { nl: 'nee', en: 'no' },
      },
      {
        key: 'visibility',
        header: { nl: 'zichtbaarheid', en: 'visibility' },
        required: false,
        help: VISIBILITY_HELP,
        example: { nl: 'Overheid', en: 'Government' },
      },
      {
        key: 'sharedWith',
        header: { nl: 'gedeeld met', en: 'shared with' },
        required: false,
        help: SHARED_WITH_HELP,
        example: both(''),
      },
    ],
  },
];

/** Headers and sheet names compare trimmed, case-insensitively and with runs of spaces as one. */
export const normaliseHeader = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The sheet a name (as written in the file) stands for, and the language it is written in. */
export function matchImportSheet(name: string): { sheet: ImportSheet; language: ImportLanguage } | null {
  const wanted = normaliseHeader(name).replace(/\.csv$/, '');
  for (const sheet of IMPORT_SHEETS) {
    if (normaliseHeader(sheet.name.nl) === wanted) return { sheet, language: 'nl' };
    if (normaliseHeader(sheet.name.en) === wanted) return { sheet, language: 'en' };
    if (sheet.aliases?.some((a) => normaliseHeader(a) === wanted)) return { sheet, language: 'nl' };
  }
  return null;
}

/** The template of one sheet as rows of cells: the headers, then the example rows. */
export function templateRows(sheet: ImportSheet, language: ImportLanguage): string[][] {
  const more = (sheet.moreExamples ?? []).map((example) => sheet.columns.map((c) => example[c.key]?.[language] ?? ''));
  return [sheet.columns.map((c) => c.header[language]), ...more, sheet.columns.map((c) => c.example[language])];
}
