import type { DisruptionCause, DisruptionMeasure, IndicatorKind, SeriesFrequency, Severity } from '@routekaart/domain';
import type { DemoIndustryOrgKey } from './demo-fleet';
import { DEMO_ORGANISATIONS } from './demo-organisations';

/**
 * Demo monitoring data (issue 17): the indicator series the materials observatory (NMO) publishes,
 * with thresholds, and the disruption reports the three demo companies filed. Pure data, no database
 * access; all of it is labelled demo in names and sources.
 *
 * The series are monthly, on the first of the month, from January 2020 to November 2026. Their shape
 * follows what happened, in round numbers and not as a price record: gallium and germanium jump after
 * China's export licensing (announced July, in force August 2023) and again after the ban on exports
 * to the United States (December 2024); neodymium and dysprosium magnet lead times shoot up after the
 * rare earth licensing of April 2025; antimony triples over 2024-2025; cobalt falls from its 2022 peak
 * to early 2025 and rises again after the DRC export ban (February 2025); nickel spikes in March 2022.
 * Between hand-set anchor points the values are interpolated, with a little noise from a seeded hash
 * (no Math.random), so every seeding gives the same numbers.
 */

export type DemoThreshold =
  | { kind: 'ABOVE'; value: number; severity: Severity }
  | { kind: 'BELOW'; value: number; severity: Severity }
  | { kind: 'CHANGE'; percent: number; periods: number; severity: Severity };

export interface DemoSeries {
  key: string;
  /** Dutch, as the overview shows it. */
  name: string;
  subjectKind: 'MATERIAL' | 'NONE';
  /** A material symbol of the catalogue (crm-materials.ts), for subject kind MATERIAL. */
  materialCode?: string;
  indicator: IndicatorKind;
  unit: string;
  frequency: SeriesFrequency;
  source: string;
  licence: string;
  observations: { date: string; value: number }[];
  thresholds: DemoThreshold[];
}

export interface DemoDisruptionReport {
  key: string;
  orgKey: DemoIndustryOrgKey;
  /** The demo user who filed it (demo-organisations.ts). */
  reporterEmail: string;
  /** A material symbol of the catalogue. */
  materialCode: string;
  /** A demo item key (demo-fleet.ts), when the report is about an item made of the material. */
  itemKey: string | null;
  startedOn: string;
  durationWeeks: number | null;
  delayWeeks: number | null;
  priceEffectPercent: number | null;
  cause: DisruptionCause;
  measures: DisruptionMeasure[];
  description: string;
}

export const DEMO_SERIES_FIRST_MONTH = '2020-01';
export const DEMO_SERIES_LAST_MONTH = '2026-11';

const PRICE_SOURCE = 'Demo — afgeleid van openbare prijsreeksen';
const LEAD_TIME_SOURCE = 'Demo — samengesteld uit leveranciersopgaven';
const PMI_SOURCE = 'Demo — naar het patroon van de PMI-deelindex leveringstijden (eurozone)';
const LICENCE = 'Demodata, vrij te gebruiken (CC BY 4.0)';

/** Months since January 2020 of 'YYYY-MM'. */
const monthIndex = (ym: string) => (Number(ym.slice(0, 4)) - 2020) * 12 + Number(ym.slice(5, 7)) - 1;
const monthDate = (i: number) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;

/** A deterministic number in [-1, 1] for (key, i): FNV-1a, then a murmur-style finaliser. */
export function demoNoise(key: string, i: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${key}:${i}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return ((h >>> 0) / 0xffffffff) * 2 - 1;
}

/**
 * Monthly values through the anchors ('YYYY-MM' -> value, the first at 2020-01 and the last at
 * 2026-11), linearly between them, times (1 + noise x `noise`), rounded to `decimals`.
 */
function monthly(key: string, anchors: Record<string, number>, noise: number, decimals: number): { date: string; value: number }[] {
  const points = Object.entries(anchors)
    .map(([ym, v]) => [monthIndex(ym), v] as const)
    .sort((a, b) => a[0] - b[0]);
  const last = monthIndex(DEMO_SERIES_LAST_MONTH);
  const scale = 10 ** decimals;
  const out: { date: string; value: number }[] = [];
  for (let i = monthIndex(DEMO_SERIES_FIRST_MONTH); i <= last; i++) {
    const k = points.findIndex(([m]) => m >= i);
    const [m1, v1] = points[k];
    const [m0, v0] = k > 0 ? points[k - 1] : points[k];
    const base = m1 === m0 ? v1 : v0 + ((v1 - v0) * (i - m0)) / (m1 - m0);
    out.push({ date: monthDate(i), value: Math.round(base * (1 + noise * demoNoise(key, i)) * scale) / scale });
  }
  return out;
}

interface MaterialSpec {
  code: string;
  /** Dutch name of the material, lower case. */
  dutch: string;
  price: Record<string, number>;
  priceThresholds: DemoThreshold[];
  leadTime: Record<string, number>;
  leadTimeThresholds: DemoThreshold[];
}

const MATERIALS: readonly MaterialSpec[] = [
  {
    code: 'Ga',
    dutch: 'gallium',
    price: { '2020-01': 290, '2021-06': 340, '2022-12': 355, '2023-06': 350, '2023-07': 365, '2023-09': 520, '2023-12': 560, '2024-06': 620, '2024-11': 700, '2025-01': 980, '2025-06': 1080, '2026-11': 1040 },
    priceThresholds: [
      { kind: 'ABOVE', value: 500, severity: 'WARNING' },
      { kind: 'ABOVE', value: 900, severity: 'CRITICAL' },
      { kind: 'CHANGE', percent: 25, periods: 3, severity: 'CRITICAL' },
    ],
    leadTime: { '2020-01': 6, '2023-06': 6, '2023-08': 10, '2023-10': 16, '2024-11': 14, '2025-01': 22, '2025-06': 24, '2026-11': 20 },
    leadTimeThresholds: [{ kind: 'ABOVE', value: 12, severity: 'WARNING' }],
  },
  {
    code: 'Ge',
    dutch: 'germanium',
    price: { '2020-01': 1200, '2021-12': 1260, '2023-06': 1300, '2023-07': 1330, '2023-09': 1600, '2024-06': 1850, '2024-11': 2000, '2025-01': 2750, '2025-06': 3100, '2026-11': 3250 },
    priceThresholds: [
      { kind: 'ABOVE', value: 2500, severity: 'CRITICAL' },
      { kind: 'CHANGE', percent: 20, periods: 3, severity: 'WARNING' },
    ],
    leadTime: { '2020-01': 8, '2023-06': 8, '2023-09': 14, '2024-11': 15, '2025-02': 22, '2026-11': 20 },
    leadTimeThresholds: [{ kind: 'ABOVE', value: 18, severity: 'WARNING' }],
  },
  {
    code: 'Nd',
    dutch: 'neodymium',
    price: { '2020-01': 60, '2020-12': 80, '2021-12': 140, '2022-03': 175, '2022-09': 125, '2023-06': 90, '2024-06': 70, '2025-03': 75, '2025-06': 92, '2026-11': 95 },
    priceThresholds: [{ kind: 'ABOVE', value: 150, severity: 'WARNING' }],
    leadTime: { '2020-01': 10, '2021-06': 12, '2022-03': 16, '2023-06': 12, '2025-03': 11, '2025-04': 14, '2025-05': 26, '2025-07': 32, '2025-12': 24, '2026-11': 18 },
    leadTimeThresholds: [
      { kind: 'ABOVE', value: 20, severity: 'CRITICAL' },
      { kind: 'CHANGE', percent: 50, periods: 2, severity: 'WARNING' },
    ],
  },
  {
    code: 'Dy',
    dutch: 'dysprosium',
    price: { '2020-01': 250, '2021-12': 380, '2022-06': 410, '2023-06': 330, '2024-06': 240, '2025-03': 230, '2025-04': 300, '2025-06': 820, '2025-10': 900, '2026-11': 850 },
    priceThresholds: [
      { kind: 'CHANGE', percent: 50, periods: 3, severity: 'CRITICAL' },
      { kind: 'ABOVE', value: 600, severity: 'WARNING' },
    ],
    leadTime: { '2020-01': 12, '2022-03': 16, '2023-06': 13, '2025-03': 12, '2025-04': 16, '2025-05': 30, '2025-07': 40, '2025-12': 30, '2026-11': 24 },
    leadTimeThresholds: [{ kind: 'ABOVE', value: 24, severity: 'CRITICAL' }],
  },
  {
    code: 'W',
    dutch: 'wolfraam',
    price: { '2020-01': 30, '2021-12': 36, '2022-06': 40, '2023-12': 41, '2024-12': 46, '2025-02': 52, '2025-09': 78, '2026-11': 92 },
    priceThresholds: [{ kind: 'ABOVE', value: 60, severity: 'WARNING' }],
    leadTime: { '2020-01': 8, '2024-12': 9, '2025-03': 14, '2025-09': 18, '2026-11': 16 },
    leadTimeThresholds: [{ kind: 'ABOVE', value: 14, severity: 'INFO' }],
  },
  {
    code: 'Co',
    dutch: 'kobalt',
    price: { '2020-01': 33, '2020-06': 30, '2021-06': 48, '2022-04': 80, '2022-12': 50, '2023-06': 33, '2024-06': 27, '2025-01': 23, '2025-02': 24, '2025-04': 33, '2025-10': 48, '2026-11': 52 },
    priceThresholds: [
      { kind: 'BELOW', value: 28, severity: 'INFO' },
      { kind: 'ABOVE', value: 45, severity: 'WARNING' },
      { kind: 'CHANGE', percent: 30, periods: 3, severity: 'WARNING' },
    ],
    leadTime: { '2020-01': 8, '2022-04': 12, '2023-06': 8, '2025-01': 6, '2025-04': 10, '2025-10': 14, '2026-11': 13 },
    leadTimeThresholds: [{ kind: 'ABOVE', value: 12, severity: 'WARNING' }],
  },
  {
    code: 'Ni',
    dutch: 'nikkel',
    price: { '2020-01': 14, '2020-04': 12, '2021-06': 18, '2022-02': 24, '2022-03': 33, '2022-04': 27, '2022-12': 28, '2023-06': 22, '2024-06': 18, '2025-06': 15.5, '2026-11': 16 },
    priceThresholds: [
      { kind: 'ABOVE', value: 30, severity: 'CRITICAL' },
      { kind: 'CHANGE', percent: 25, periods: 1, severity: 'WARNING' },
    ],
    leadTime: { '2020-01': 6, '2022-02': 7, '2022-04': 11, '2022-12': 8, '2023-06': 6, '2026-11': 6 },
    leadTimeThresholds: [{ kind: 'ABOVE', value: 10, severity: 'INFO' }],
  },
  {
    code: 'Sb',
    dutch: 'antimoon',
    price: { '2020-01': 6, '2021-06': 10, '2022-06': 13, '2023-06': 12, '2023-12': 12.5, '2024-06': 22, '2024-09': 28, '2024-12': 38, '2025-06': 58, '2025-12': 55, '2026-11': 48 },
    priceThresholds: [
      { kind: 'ABOVE', value: 30, severity: 'WARNING' },
      { kind: 'CHANGE', percent: 50, periods: 6, severity: 'CRITICAL' },
    ],
    leadTime: { '2020-01': 6, '2023-12': 7, '2024-09': 14, '2025-03': 24, '2025-12': 22, '2026-11': 18 },
    leadTimeThresholds: [{ kind: 'ABOVE', value: 16, severity: 'WARNING' }],
  },
];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The demo indicator series: price and lead time per material, and the PMI suppliers' delivery times. */
export function demoMonitoringSeries(): DemoSeries[] {
  const series: DemoSeries[] = [];
  for (const m of MATERIALS) {
    const key = m.code.toLowerCase();
    series.push({
      key: `${key}-price`,
      name: `${capitalised(m.dutch)}prijs (demo)`,
      subjectKind: 'MATERIAL',
      materialCode: m.code,
      indicator: 'PRICE',
      unit: 'USD/kg',
      frequency: 'MONTHLY',
      source: PRICE_SOURCE,
      licence: LICENCE,
      observations: monthly(`${key}-price`, m.price, 0.02, 2),
      thresholds: m.priceThresholds,
    });
    series.push({
      key: `${key}-lead-time`,
      name: `Levertijd ${m.dutch} (demo)`,
      subjectKind: 'MATERIAL',
      materialCode: m.code,
      indicator: 'LEAD_TIME',
      unit: 'weken',
      frequency: 'MONTHLY',
      source: LEAD_TIME_SOURCE,
      licence: LICENCE,
      observations: monthly(`${key}-lead-time`, m.leadTime, 0.04, 0),
      thresholds: m.leadTimeThresholds,
    });
  }
  series.push({
    key: 'pmi-delivery-times',
    name: 'PMI leveringstijden leveranciers, eurozone (demo)',
    subjectKind: 'NONE',
    indicator: 'PMI_DELIVERY_TIMES',
    // Below 50: delivery times lengthen; the lower, the longer.
    unit: 'index (50 = gelijk)',
    frequency: 'MONTHLY',
    source: PMI_SOURCE,
    licence: LICENCE,
    observations: monthly(
      'pmi-delivery-times',
      { '2020-01': 47, '2020-04': 27, '2020-07': 45, '2021-01': 31, '2021-05': 19, '2021-12': 22, '2022-06': 28, '2022-12': 45, '2023-06': 62, '2023-12': 58, '2024-06': 51, '2024-12': 49, '2025-06': 46, '2026-11': 47 },
      0.02,
      1,
    ),
    thresholds: [
      { kind: 'BELOW', value: 35, severity: 'WARNING' },
      { kind: 'BELOW', value: 25, severity: 'CRITICAL' },
    ],
  });
  return series;
}

/**
 * A series about a country: new Chinese export-control measures on critical raw materials per quarter
 * (2020–2026, in round numbers): gallium and germanium (2023 Q3), graphite (2023 Q4), the ban on exports of
 * gallium, germanium and antimony to the United States (2024 Q4), rare earths (2025 Q2 and Q4). A threshold
 * of more than one measure in a quarter marks the bursts.
 */
export function demoCountrySeries(): DemoCountrySeries[] {
  const measures: Record<string, number> = { '2020-Q4': 1, '2023-Q3': 2, '2023-Q4': 1, '2024-Q3': 1, '2024-Q4': 3, '2025-Q1': 1, '2025-Q2': 2, '2025-Q4': 2 };
  const observations: { date: string; value: number }[] = [];
  for (let year = 2020; year <= 2026; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (year === 2026 && quarter === 4) break;
      observations.push({ date: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`, value: measures[`${year}-Q${quarter}`] ?? 0 });
    }
  }
  return [
    {
      key: 'cn-export-controls',
      name: 'Nieuwe exportbeperkingen China op kritieke grondstoffen (demo)',
      country: 'CN',
      indicator: 'EXPORT_RESTRICTION_EVENTS',
      unit: 'maatregelen per kwartaal',
      frequency: 'QUARTERLY',
      source: 'Demo — samengesteld uit MOFCOM-aankondigingen',
      licence: LICENCE,
      observations,
      thresholds: [{ kind: 'ABOVE', value: 1, severity: 'WARNING' }],
    },
  ];
}

export interface DemoCountrySeries extends Omit<DemoSeries, 'subjectKind' | 'materialCode'> {
  /** ISO 3166-1 alpha-2. */
  country: string;
}

const emailOf = (orgKey: DemoIndustryOrgKey): string => {
  const org = DEMO_ORGANISATIONS.find((o) => o.key === orgKey);
  if (!org) throw new Error(`demo organisation ${orgKey} missing`);
  return org.users[0].email;
};

/** Disruption reports the demo companies filed, from 2022 to 2025. */
export function demoDisruptionReports(): DemoDisruptionReport[] {
  const report = (r: Omit<DemoDisruptionReport, 'reporterEmail'>): DemoDisruptionReport => ({ ...r, reporterEmail: emailOf(r.orgKey) });
  return [
    report({
      key: 'werf-ni-rvs-2022',
      orgKey: 'werf',
      materialCode: 'Ni',
      itemKey: null,
      startedOn: '2022-03-14',
      durationWeeks: 10,
      delayWeeks: 4,
      priceEffectPercent: 35,
      cause: 'GEOPOLITICAL',
      measures: ['PURCHASE_TERMS', 'SALES_TERMS'],
      description: 'Demo: prijzen voor RVS-leidingwerk verhoogd na de nikkelpiek van maart 2022; leverancier hield offertes maar een week geldig.',
    }),
    report({
      key: 'radar-ga-mmic-2023',
      orgKey: 'radar',
      materialCode: 'Ga',
      itemKey: 'C_GAN_MMIC',
      startedOn: '2023-09-18',
      durationWeeks: 30,
      delayWeeks: 10,
      priceEffectPercent: 45,
      cause: 'GEOPOLITICAL',
      measures: ['LONG_TERM_AGREEMENTS', 'OWN_STOCK'],
      description: 'Demo: levering van GaN-op-SiC MMIC’s vertraagd nadat de waferleverancier op Chinese exportvergunningen voor gallium moest wachten.',
    }),
    report({
      key: 'werf-ni-casting-2024',
      orgKey: 'werf',
      materialCode: 'Ni',
      itemKey: 'SF_NAB_CASTING',
      startedOn: '2024-02-05',
      durationWeeks: 12,
      delayWeeks: 6,
      priceEffectPercent: null,
      cause: 'IDIOSYNCRATIC',
      measures: ['MORE_SUPPLIERS', 'ACCEPT_LATER_DELIVERY'],
      description: 'Demo: brand in de gieterij van de enige leverancier van schroefgietstukken in nikkel-aluminiumbrons.',
    }),
    report({
      key: 'radar-ge-lens-2024',
      orgKey: 'radar',
      materialCode: 'Ge',
      itemKey: 'C_IR_LENS',
      startedOn: '2024-12-09',
      durationWeeks: 26,
      delayWeeks: 16,
      priceEffectPercent: 60,
      cause: 'GEOPOLITICAL',
      measures: ['ALTERNATIVE_MATERIALS', 'MORE_SUPPLIERS'],
      description: 'Demo: germaniumlenzen voor de IRST schaars na het Chinese exportverbod naar de VS; chalcogenideglas wordt getest.',
    }),
    report({
      key: 'magneet-dy-2025',
      orgKey: 'magneet',
      materialCode: 'Dy',
      itemKey: 'MF_DYFE',
      startedOn: '2025-04-14',
      durationWeeks: 20,
      delayWeeks: 14,
      priceEffectPercent: 180,
      cause: 'GEOPOLITICAL',
      measures: ['OWN_STOCK', 'ACCEPT_LATER_DELIVERY', 'PRODUCT_DESIGN'],
      description: 'Demo: geen dysprosium-ijzer meer geleverd sinds de Chinese vergunningplicht voor zware zeldzame aarden (april 2025).',
    }),
    report({
      key: 'magneet-nd-2025',
      orgKey: 'magneet',
      materialCode: 'Nd',
      itemKey: 'MF_NDPR_METAL',
      startedOn: '2025-04-28',
      durationWeeks: 16,
      delayWeeks: 10,
      priceEffectPercent: 25,
      cause: 'GEOPOLITICAL',
      measures: ['OWN_STOCK', 'SALES_TERMS'],
      description: 'Demo: NdPr-metaal alleen nog met vergunning; levertijden van magneten naar klanten verlengd.',
    }),
    report({
      key: 'werf-nd-rotor-2025',
      orgKey: 'werf',
      materialCode: 'Nd',
      itemKey: 'C_ROTOR',
      startedOn: '2025-05-12',
      durationWeeks: 24,
      delayWeeks: 12,
      priceEffectPercent: 15,
      cause: 'GEOPOLITICAL',
      measures: ['ACCEPT_LATER_DELIVERY', 'SUPPLIER_KNOWLEDGE'],
      description: 'Demo: rotoren voor de voortstuwingsmotor later geleverd omdat de magneetleverancier op vergunningen wacht.',
    }),
    report({
      key: 'radar-nd-cooling-2025',
      orgKey: 'radar',
      materialCode: 'Nd',
      itemKey: 'C_RADAR_COOLING',
      startedOn: '2025-06-02',
      durationWeeks: 16,
      delayWeeks: 8,
      priceEffectPercent: 25,
      cause: 'GEOPOLITICAL',
      measures: ['OWN_STOCK', 'MORE_SUPPLIERS'],
      description: 'Demo: pompmotoren met NdFeB-magneten voor de antennekoeling schaars; de bufferpompen uit eigen voorraad zijn ingezet.',
    }),
  ];
}
