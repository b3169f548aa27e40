import type { AnalysisItemKind } from '../analysis/analysis-types';
import { ITEM_KIND_LABELS, VISIBILITY_LABELS, type ImportLanguage, type ImportVisibility } from './template';

/**
 * The "everything I may see" export of a product group's supply links (issue 18): one row per link the
 * reader may read, in words a person reads in Excel — headers in the reader's language, the item kind
 * and visibility as words, shares as percentages, the country as its name and code, single source as
 * yes/no — and who contributed it. Identities arrive already redacted by the reader's field access:
 * a contributor or supplier the reader may not know is `null` and shows as the same neutral text for
 * every hidden one, so nothing in the file tells one hidden company from another.
 */

/** What a cell shows for a contributor or supplier the reader may not know (the same for all of them). */
export const HIDDEN_IDENTITY = '—';

/** A supply link as the reader may see it, with its item; `null` identities are hidden (or unknown). */
export interface VisibleLinkRow {
  itemName: string;
  itemKind: AnalysisItemKind;
  supplierName: string | null;
  country: string | null;
  /** A fraction 0..1. */
  share: number | null;
  tier: number | null;
  leadTimeWeeks: number | null;
  stockMonths: number | null;
  singleSource: boolean;
  visibility: ImportVisibility;
  /** The contributing organisation's name, or null when the reader may not know it. */
  contributedBy: string | null;
}

/** A cell: text, or a number (XLSX keeps it a number; CSV writes it with a decimal comma in Dutch). */
export type ExportCell = string | number;

export const VISIBLE_EXPORT_COLUMNS = [
  { key: 'item', nl: 'Onderdeel', en: 'Item' },
  { key: 'itemKind', nl: 'Soort onderdeel', en: 'Item kind' },
  { key: 'supplier', nl: 'Leverancier', en: 'Supplier' },
  { key: 'country', nl: 'Land', en: 'Country' },
  { key: 'share', nl: 'Aandeel (%)', en: 'Share (%)' },
  { key: 'tier', nl: 'Tier', en: 'Tier' },
  { key: 'leadTime', nl: 'Levertijd (weken)', en: 'Lead time (weeks)' },
  { key: 'stock', nl: 'Voorraad (maanden)', en: 'Stock (months)' },
  { key: 'singleSource', nl: 'Enige bron', en: 'Single source' },
  { key: 'visibility', nl: 'Zichtbaarheid', en: 'Visibility' },
  { key: 'contributedBy', nl: 'Bijgedragen door', en: 'Contributed by' },
] as const satisfies readonly { key: string; nl: string; en: string }[];

const YES_NO: Readonly<Record<ImportLanguage, readonly [string, string]>> = { nl: ['Ja', 'Nee'], en: ['Yes', 'No'] };

/** A country as "name (code)" in the language, e.g. "Duitsland (DE)"; the code alone when no name is known. */
export function countryLabel(code: string, language: ImportLanguage): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([language], { type: 'region' }).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** Rounds away binary noise (0.425 * 100 = 42.49999…) so a share reads as it was entered. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The header and rows of the export in a language; empty cells are ''. */
export function visibleLinksTable(links: readonly VisibleLinkRow[], language: ImportLanguage): { header: string[]; rows: ExportCell[][] } {
  const number = (value: number | null): ExportCell => (value === null ? '' : tidy(value));
  const [yes, no] = YES_NO[language];
  const rows = links.map((l): ExportCell[] => [
    l.itemName,
    ITEM_KIND_LABELS[l.itemKind][language],
    l.supplierName ?? HIDDEN_IDENTITY,
    l.country ? countryLabel(l.country, language) : '',
    number(l.share === null ? null : l.share * 100),
    number(l.tier),
    number(l.leadTimeWeeks),
    number(l.stockMonths),
    l.singleSource ? yes : no,
    VISIBILITY_LABELS[l.visibility][language],
    l.contributedBy ?? HIDDEN_IDENTITY,
  ]);
  return { header: VISIBLE_EXPORT_COLUMNS.map((c) => c[language]), rows };
}

/** A cell as CSV text: numbers with a decimal comma for Dutch Excel, a point in English. */
export function csvCellText(cell: ExportCell, language: ImportLanguage): string {
  if (typeof cell === 'string') return cell;
  const text = String(cell);
  return language === 'nl' ? text.replace('.', ',') : text;
}
