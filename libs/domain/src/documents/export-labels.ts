/** The languages an export is written in (the web app's catalogues); Dutch unless asked otherwise. */
export const EXPORT_LOCALES = ['nl', 'en'] as const;
export type ExportLocale = (typeof EXPORT_LOCALES)[number];

export interface ExportLabels {
  /** "Cijfers per …": when the live figures were computed. */
  figuresAsOf: (when: string) => string;
  notVisible: string;
  invalidFigure: string;
  noRows: string;
}

const LABELS: Record<ExportLocale, ExportLabels> = {
  nl: {
    figuresAsOf: (when) => `Cijfers per ${when}`,
    notVisible: 'Dit figuur is niet zichtbaar voor u.',
    invalidFigure: 'Dit figuur kan niet worden getoond.',
    noRows: 'Geen gegevens.',
  },
  en: {
    figuresAsOf: (when) => `Figures as of ${when}`,
    notVisible: 'This figure is not visible to you.',
    invalidFigure: 'This figure cannot be shown.',
    noRows: 'No data.',
  },
};

export function exportLabels(locale: ExportLocale): ExportLabels {
  return LABELS[locale];
}

/** The time zone the platform's users work in (the ministries); exports show times in it. */
export const EXPORT_TIME_ZONE = 'Europe/Amsterdam';

/** A moment as the export line shows it: "5 december 2026 19:22" (nl) or "5 December 2026 19:22" (en). */
export function exportDateTime(at: Date, locale: ExportLocale): string {
  const date = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: EXPORT_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: EXPORT_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${date} ${time}`;
}

/** A number as a figure cell shows it: at most `digits` decimals, the locale's decimal separator. */
export function exportNumber(value: number | null | undefined, locale: ExportLocale, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, useGrouping: true }).format(value);
}

/** A fraction (0..1) as a percentage: "42,5%". */
export function exportPercent(value: number | null | undefined, locale: ExportLocale, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${exportNumber(value * 100, locale, digits)}%`;
}

/** A file name from a document title: ASCII letters and digits joined by dashes, the date, the extension. */
export function exportFilename(title: string, date: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'document'}-${date}.${extension}`;
}
