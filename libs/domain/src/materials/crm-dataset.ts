import { resolveCountry } from './countries';
import {
  ALL_CRM_MATERIALS,
  ASSESSED_MATERIALS,
  ASSESSED_NON_METALS,
  CRM_LIST_MATERIALS,
  resolveMaterialName,
  type CrmListing,
  type CrmMaterialDefinition,
  type CrmStatus,
  type SupplyScope,
  type SupplyStage,
} from './crm-materials';
import { parseCsv, type CsvRecord } from './csv';
import { parseShare } from './parse-share';

/** The four tables of the EU CRM 2023 extract that make up the materials catalogue, by input key. */
export const CRM_DATASET_FILES = {
  crmList: 'crm-list-2023.csv',
  globalSupply: 'global-supply-shares.csv',
  euSourcing: 'eu-sourcing-shares.csv',
  scoresOverTime: 'crm-scores-over-time.csv',
} as const;

export type CrmDatasetInput = Record<keyof typeof CRM_DATASET_FILES, string>;
export type CrmDatasetFile = (typeof CRM_DATASET_FILES)[keyof typeof CRM_DATASET_FILES];

export const CRM_LIST_YEAR = 2023;
export const CRM_SOURCE = 'European Commission, Study on the critical raw materials for the EU 2023';

export interface CrmTopSupplier {
  scope: SupplyScope;
  stage: SupplyStage;
  /** The material the entry is about: the row's own material, or the element named before a colon. */
  materialSymbol: string;
  country: string | null;
  countryName: string;
  share: number;
  shareIsUpperBound: boolean;
}

export interface CrmMaterial {
  symbol: string;
  name: string;
  /** The name on the CRM list; null for group members and assessed materials. */
  listName: string | null;
  listing: CrmListing;
  /** The listed group of a member (LREE, HREE, PGM). */
  groupSymbol: string | null;
  crmStatus: CrmStatus;
  /** Year of the CRM list the material is on; null for assessed materials that are not on it. */
  listYear: number | null;
  /** SR and EI of the 2023 assessment; null for group members (assessed as a group only). */
  supplyRisk: number | null;
  economicImportance: number | null;
  /** End-of-life recycling input rate, 0..1. */
  eolRecyclingRate: number | null;
  /** Import reliance, 0..1, per stage where the list gives it. */
  importRelianceExtraction: number | null;
  importRelianceProcessing: number | null;
  /** Not in this extract: always null here. */
  substitutionIndex: number | null;
  /** The stage where the supply risk is highest (CritMAT). */
  bottleneckStage: SupplyStage | null;
  /** The top suppliers the CRM list names, for cross-checking against the supply tables. */
  topSuppliers: CrmTopSupplier[];
}

export interface CrmSupply {
  materialSymbol: string;
  materialName: string;
  /** The material name as printed in the file. */
  sourceMaterialName: string;
  stage: SupplyStage;
  scope: SupplyScope;
  /** ISO 3166-1 alpha-2; null for a residual or region entry. */
  country: string | null;
  countryName: string;
  /** The country name as printed in the file. */
  sourceCountryName: string;
  share: number;
  /** True when printed as `<x%`: `share` is then the bound x, the true value lies below it. */
  shareIsUpperBound: boolean;
  /** Trade-related variable t of the EU method (export restrictions, trade agreements). */
  t: number | null;
  source: string;
  file: CrmDatasetFile;
  line: number;
}

export interface CrmScore {
  materialSymbol: string;
  /** The series name as printed: the aluminium material has both an 'Aluminium' and a 'Bauxite' series. */
  assessedName: string;
  year: number;
  /** Null where the assessment printed '-' (not assessed that year). */
  supplyRisk: number | null;
  economicImportance: number | null;
  file: CrmDatasetFile;
  line: number;
}

/** A row that could not be read or mapped (problem), or was read on an assumption the reader should know (warning). */
export interface CrmDatasetIssue {
  file: CrmDatasetFile;
  /** 1-based line where the record starts; 0 for a finding about the file as a whole. */
  line: number;
  raw: string;
  reason: string;
}

/** Rows of materials that are not CRMs: counted, not imported. */
export interface CrmSkipped {
  file: CrmDatasetFile;
  materialName: string;
  rows: number;
}

export interface CrmShareTotal {
  materialSymbol: string;
  scope: SupplyScope;
  stage: SupplyStage;
  rows: number;
  /** Sum of the shares as printed (bounds at their bound). */
  printedSum: number;
  /** Lowest possible true sum: bounds count 0, the others their value minus half the last printed digit. */
  sumMin: number;
  /** Highest possible true sum: bounds at their bound, the others plus half the last printed digit. */
  sumMax: number;
  /** OK when 100% lies within [sumMin, sumMax]; BELOW means countries are missing, ABOVE double counting. */
  status: 'OK' | 'BELOW' | 'ABOVE';
}

export interface CrmFileCount {
  file: CrmDatasetFile;
  /** Data records (header excluded). */
  rows: number;
  parsed: number;
  skipped: number;
  problems: number;
}

export interface CrmDataset {
  materials: CrmMaterial[];
  supplies: CrmSupply[];
  scores: CrmScore[];
  problems: CrmDatasetIssue[];
  warnings: CrmDatasetIssue[];
  skipped: CrmSkipped[];
  shareTotals: CrmShareTotal[];
  fileCounts: CrmFileCount[];
  /**
   * Country names of the files that map to no current ISO 3166 code (sorted, each once); their rows are
   * in `problems`. Obsolete and historical names are mapped to current codes and are not listed here.
   */
  unmappedCountryNames: string[];
}

const SUPPLY_HEADER = ['Material', 'Stage', 'Country', 'Share', 't'];
const SCORES_HEADER = ['Material', 'Year', 'SR', 'EI'];
const LIST_HEADER = [
  'Material',
  'strategic(CRMA AnnexI)',
  'global_top_E',
  'global_top_P',
  'EU_sourcing_top_E',
  'EU_sourcing_top_P',
  'SR_2023',
  'EI_2023',
  'SR_bottleneck_stage(CritMAT)',
  'IR_%_E/P(CritMAT)',
  'EoL-RIR_%(CritMAT)',
];
const STAGES: Record<string, SupplyStage> = { E: 'EXTRACTION', P: 'PROCESSING' };
const SUPPLY_SOURCES: Record<SupplyScope, string> = {
  GLOBAL: `${CRM_SOURCE}, Appendix 7: global supply`,
  EU_SOURCING: `${CRM_SOURCE}, Appendix 7: EU sourcing`,
};

/** Collects issues and per-file counts while the tables are read. */
class Report {
  readonly problems: CrmDatasetIssue[] = [];
  readonly warnings: CrmDatasetIssue[] = [];
  readonly unmappedCountries = new Set<string>();
  private readonly skippedCounts = new Map<string, CrmSkipped>();
  private readonly counts = new Map<CrmDatasetFile, CrmFileCount>();

  count(file: CrmDatasetFile): CrmFileCount {
    let c = this.counts.get(file);
    if (!c) this.counts.set(file, (c = { file, rows: 0, parsed: 0, skipped: 0, problems: 0 }));
    return c;
  }
  problem(file: CrmDatasetFile, record: Pick<CsvRecord, 'line' | 'raw'>, reason: string, isDataRow = true): void {
    this.problems.push({ file, line: record.line, raw: record.raw, reason });
    if (isDataRow) this.count(file).problems++;
  }
  warning(file: CrmDatasetFile, record: Pick<CsvRecord, 'line' | 'raw'>, reason: string): void {
    this.warnings.push({ file, line: record.line, raw: record.raw, reason });
  }
  skip(file: CrmDatasetFile, materialName: string): void {
    const name = materialName.replace(/\s+/g, ' ').trim();
    const key = `${file}\u0000${name}`;
    const s = this.skippedCounts.get(key) ?? { file, materialName: name, rows: 0 };
    s.rows++;
    this.skippedCounts.set(key, s);
    this.count(file).skipped++;
  }
  get skipped(): CrmSkipped[] {
    return [...this.skippedCounts.values()];
  }
  get fileCounts(): CrmFileCount[] {
    return [...this.counts.values()];
  }
}

/**
 * Reads one table: checks its header, yields the data records, and reports CSV syntax errors and records
 * with the wrong number of fields as problems. A header it does not recognise turns every row into a
 * problem, so the counts still account for each row.
 */
function* dataRecords(report: Report, file: CrmDatasetFile, text: string, header: string[]): Generator<CsvRecord> {
  const { records, errors } = parseCsv(text);
  const count = report.count(file);
  for (const e of errors) {
    count.rows++;
    report.problem(file, e, `CSV syntax: ${e.reason}`);
  }
  const [head, ...rows] = records;
  if (!head) {
    report.problem(file, { line: 0, raw: '' }, 'file is empty', false);
    return;
  }
  // Column names are compared case-insensitively: the extract's own capitalisation varies between files.
  const headerOk =
    head.fields.length === header.length && head.fields.every((f, i) => f.trim().toLowerCase() === header[i].toLowerCase());
  if (!headerOk) report.problem(file, head, `header not recognised, expected: ${header.join(',')}`, false);
  for (const r of rows) {
    count.rows++;
    if (!headerOk) report.problem(file, r, 'not read: the file header is not recognised');
    else if (r.fields.length !== header.length) report.problem(file, r, `expected ${header.length} fields, found ${r.fields.length}`);
    else yield r;
  }
}

const numberOrNull = (raw: string): number | null | undefined => {
  const t = raw.trim();
  if (t === '' || t === '-') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined; // undefined: not a number
};

const percentToFraction = (n: number) => Number(`${n}e-2`);

/**
 * Parses the EU CRM 2023 extract into a materials catalogue with country supply shares and a validation
 * report. Nothing is dropped silently: each data row ends up parsed, skipped (a non-CRM material, counted
 * in `skipped`) or in `problems` with its file, line, text and reason; `fileCounts` sums it up per file.
 */
export function parseCrmDataset(input: CrmDatasetInput): CrmDataset {
  const report = new Report();
  const listRows = new Map<string, Pick<CsvRecord, 'line' | 'raw'>>();
  const materials = readCrmList(report, input.crmList, listRows);
  // Half the last printed digit of each share ('62.8%' -> 0.0005, '4%' -> 0.005), for the share totals.
  const rounding = new Map<CrmSupply, number>();
  const supplies = [
    ...readSupply(report, CRM_DATASET_FILES.globalSupply, 'GLOBAL', input.globalSupply, rounding),
    ...readSupply(report, CRM_DATASET_FILES.euSourcing, 'EU_SOURCING', input.euSourcing, rounding),
  ];
  const scores = readScores(report, input.scoresOverTime);
  materials.push(...assessedMaterials(scores));
  crossCheck(report, materials, supplies, scores, listRows);
  return {
    materials,
    supplies,
    scores,
    problems: report.problems,
    warnings: report.warnings,
    skipped: report.skipped,
    shareTotals: shareTotals(supplies, rounding),
    fileCounts: report.fileCounts,
    unmappedCountryNames: [...report.unmappedCountries].sort(),
  };
}

/** `rows` receives where each material's list row is, for the cross-check's warnings. */
function readCrmList(report: Report, text: string, rows: Map<string, Pick<CsvRecord, 'line' | 'raw'>>): CrmMaterial[] {
  const file = CRM_DATASET_FILES.crmList;
  const count = report.count(file);
  const bySymbol = new Map<string, CrmMaterial>();
  for (const r of dataRecords(report, file, text, LIST_HEADER)) {
    const [name, strategic, gTopE, gTopP, euTopE, euTopP, sr, ei, bottleneck, ir, eolRir] = r.fields;
    const resolved = resolveMaterialName(name);
    if (resolved.kind !== 'CATALOGUE' || resolved.definition.listing !== 'LISTED') {
      report.problem(file, r, `'${name}' is not one of the 34 materials of the 2023 CRM list`);
      continue;
    }
    const def = resolved.definition;
    if (bySymbol.has(def.symbol)) {
      report.problem(file, r, `duplicate entry for ${def.symbol}`);
      continue;
    }
    const fieldWarning = (what: string, raw: string) => report.warning(file, r, `${def.symbol}: ${what} '${raw}' not understood, left empty`);

    const flag = strategic.trim();
    if (flag !== '' && flag !== 'SRM') fieldWarning('strategic flag', flag);
    const supplyRisk = numberOrNull(sr);
    if (supplyRisk === undefined) fieldWarning('SR', sr);
    const economicImportance = numberOrNull(ei);
    if (economicImportance === undefined) fieldWarning('EI', ei);
    const eol = numberOrNull(eolRir);
    if (eol === undefined) fieldWarning('EoL-RIR', eolRir);

    // Import reliance is printed per stage as 'E/P' in percent, either side may be empty: '100/47', '/39', '74/'.
    let irE: number | null = null;
    let irP: number | null = null;
    const irMatch = /^\s*(\d+(?:\.\d+)?)?\s*\/\s*(\d+(?:\.\d+)?)?\s*$/.exec(ir);
    if (irMatch) {
      irE = irMatch[1] === undefined ? null : percentToFraction(Number(irMatch[1]));
      irP = irMatch[2] === undefined ? null : percentToFraction(Number(irMatch[2]));
    } else if (ir.trim() !== '') fieldWarning('import reliance', ir);

    const bottleneckStage = ({ extraction: 'EXTRACTION', processing: 'PROCESSING' } as const)[
      bottleneck.trim().toLowerCase() as 'extraction' | 'processing'
    ];
    if (!bottleneckStage && bottleneck.trim() !== '') fieldWarning('bottleneck stage', bottleneck);

    const topSuppliers: CrmTopSupplier[] = [];
    const tops: [SupplyScope, SupplyStage, string][] = [
      ['GLOBAL', 'EXTRACTION', gTopE],
      ['GLOBAL', 'PROCESSING', gTopP],
      ['EU_SOURCING', 'EXTRACTION', euTopE],
      ['EU_SOURCING', 'PROCESSING', euTopP],
    ];
    for (const [scope, stage, cell] of tops) {
      for (const entry of cell.split(';').map((s) => s.trim()).filter(Boolean)) {
        const top = parseTopSupplier(def, scope, stage, entry, report.unmappedCountries);
        if (typeof top === 'string') report.warning(file, r, `${def.symbol}: top supplier '${entry}': ${top}`);
        else topSuppliers.push(top);
      }
    }

    rows.set(def.symbol, { line: r.line, raw: r.raw });
    bySymbol.set(def.symbol, {
      symbol: def.symbol,
      name: def.name,
      listName: name.trim(),
      listing: 'LISTED',
      groupSymbol: null,
      crmStatus: flag === 'SRM' ? 'STRATEGIC' : 'CRITICAL',
      listYear: CRM_LIST_YEAR,
      supplyRisk: supplyRisk ?? null,
      economicImportance: economicImportance ?? null,
      eolRecyclingRate: eol == null ? null : percentToFraction(eol),
      importRelianceExtraction: irE,
      importRelianceProcessing: irP,
      substitutionIndex: null,
      bottleneckStage: bottleneckStage ?? null,
      topSuppliers,
    });
    count.parsed++;
  }
  for (const def of CRM_LIST_MATERIALS) {
    if (!bySymbol.has(def.symbol)) report.problem(file, { line: 0, raw: '' }, `CRM list has no row for ${def.listName}`, false);
  }

  // Group members: critical through their group; strategic where the group's strategic listing covers them.
  const members: CrmMaterial[] = [];
  for (const def of ALL_CRM_MATERIALS) {
    if (def.listing !== 'GROUP_MEMBER' || !def.groupSymbol) continue;
    const group = bySymbol.get(def.groupSymbol);
    if (!group) continue;
    members.push({
      symbol: def.symbol,
      name: def.name,
      listName: null,
      listing: 'GROUP_MEMBER',
      groupSymbol: def.groupSymbol,
      crmStatus: group.crmStatus === 'STRATEGIC' && def.strategicInGroup ? 'STRATEGIC' : 'CRITICAL',
      listYear: CRM_LIST_YEAR,
      supplyRisk: null,
      economicImportance: null,
      eolRecyclingRate: null,
      importRelianceExtraction: null,
      importRelianceProcessing: null,
      substitutionIndex: null,
      bottleneckStage: null,
      topSuppliers: group.topSuppliers.filter((t) => t.materialSymbol === def.symbol),
    });
  }
  return [...bySymbol.values(), ...members];
}

/** The assessed non-critical materials, with the SR and EI of their 2023 assessment where the score table has it. */
function assessedMaterials(scores: CrmScore[]): CrmMaterial[] {
  return [...ASSESSED_MATERIALS, ...ASSESSED_NON_METALS].map((def) => {
    const score = scores.find((s) => s.materialSymbol === def.symbol && s.year === CRM_LIST_YEAR);
    return {
      symbol: def.symbol,
      name: def.name,
      listName: null,
      listing: 'ASSESSED',
      groupSymbol: null,
      crmStatus: 'NONE',
      listYear: null,
      supplyRisk: score?.supplyRisk ?? null,
      economicImportance: score?.economicImportance ?? null,
      eolRecyclingRate: null,
      importRelianceExtraction: null,
      importRelianceProcessing: null,
      substitutionIndex: null,
      bottleneckStage: null,
      topSuppliers: [],
    };
  });
}

/** 'China 93.8%', 'Congo, D.R. 62.8%', 'Dysprosium: China 84.4%' -> a top supplier, or the reason it is not one. */
function parseTopSupplier(
  def: CrmMaterialDefinition,
  scope: SupplyScope,
  stage: SupplyStage,
  entry: string,
  unmapped: Set<string>,
): CrmTopSupplier | string {
  const m = /^(?:([^:]+):\s*)?(.+?)\s+(<?\s*\d+(?:\.\d+)?%)$/.exec(entry);
  if (!m) return 'expected "[element:] country share%"';
  let materialSymbol = def.symbol;
  if (m[1] !== undefined) {
    const label = resolveMaterialName(m[1]);
    if (label.kind !== 'CATALOGUE' || (label.definition.symbol !== def.symbol && label.definition.groupSymbol !== def.symbol)) {
      return `'${m[1]}' is not ${def.name} or one of its elements`;
    }
    materialSymbol = label.definition.symbol;
  }
  const country = resolveCountry(m[2]);
  if (country.kind === 'UNKNOWN') {
    unmapped.add(country.displayName);
    return `unknown country '${m[2]}'`;
  }
  const share = parseShare(m[3]);
  if (!share.ok || share.share === null) return `share '${m[3]}' not understood`;
  return {
    scope,
    stage,
    materialSymbol,
    country: country.iso2,
    countryName: country.displayName,
    share: share.share,
    shareIsUpperBound: share.isUpperBound,
  };
}

function readSupply(
  report: Report,
  file: CrmDatasetFile,
  scope: SupplyScope,
  text: string,
  rounding: Map<CrmSupply, number>,
): CrmSupply[] {
  const count = report.count(file);
  const supplies: CrmSupply[] = [];
  const seen = new Map<string, number>();
  for (const r of dataRecords(report, file, text, SUPPLY_HEADER)) {
    const [materialName, stageCode, countryRaw, shareRaw, tRaw] = r.fields;
    const material = resolveMaterialName(materialName);
    if (material.kind === 'NON_CRM') {
      report.skip(file, materialName);
      continue;
    }
    if (material.kind === 'UNKNOWN') {
      report.problem(file, r, `unknown material '${materialName}' (neither a CRM nor a known non-critical material)`);
      continue;
    }
    const stage = STAGES[stageCode.trim().toUpperCase()];
    if (!stage) {
      report.problem(file, r, `unknown stage '${stageCode}' (expected E or P)`);
      continue;
    }
    const country = resolveCountry(countryRaw);
    if (country.kind === 'UNKNOWN') {
      report.unmappedCountries.add(country.displayName);
      report.problem(file, r, `unknown country '${countryRaw}'`);
      continue;
    }
    const share = parseShare(shareRaw, { bareNumber: 'percent' });
    if (!share.ok) {
      report.problem(file, r, share.reason);
      continue;
    }
    if (share.share === null) {
      report.problem(file, r, 'no share given');
      continue;
    }
    const t = numberOrNull(tRaw);
    if (t === undefined) {
      report.problem(file, r, `t '${tRaw}' is not a number`);
      continue;
    }
    const def = material.definition;
    const key = `${def.symbol}|${stage}|${country.iso2 ?? country.displayName}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report.problem(file, r, `duplicate of line ${earlier}: ${def.symbol} ${stage} ${country.displayName} listed twice`);
      continue;
    }
    seen.set(key, r.line);
    if (share.assumedPercent) report.warning(file, r, `share '${shareRaw}' has no percent sign; read as ${shareRaw.trim()}% like the rest of the column`);
    const supply: CrmSupply = {
      materialSymbol: def.symbol,
      materialName: def.name,
      sourceMaterialName: materialName.trim(),
      stage,
      scope,
      country: country.iso2,
      countryName: country.displayName,
      sourceCountryName: countryRaw.trim(),
      share: share.share,
      shareIsUpperBound: share.isUpperBound,
      t,
      source: SUPPLY_SOURCES[scope],
      file,
      line: r.line,
    };
    supplies.push(supply);
    rounding.set(supply, share.rounding);
    count.parsed++;
  }
  return supplies;
}

function readScores(report: Report, text: string): CrmScore[] {
  const file = CRM_DATASET_FILES.scoresOverTime;
  const count = report.count(file);
  const scores: CrmScore[] = [];
  for (const r of dataRecords(report, file, text, SCORES_HEADER)) {
    const [materialName, yearRaw, srRaw, eiRaw] = r.fields;
    const material = resolveMaterialName(materialName);
    if (material.kind === 'NON_CRM') {
      report.skip(file, materialName);
      continue;
    }
    if (material.kind === 'UNKNOWN') {
      report.problem(file, r, `unknown material '${materialName}'`);
      continue;
    }
    const year = Number(yearRaw.trim());
    const supplyRisk = numberOrNull(srRaw);
    const economicImportance = numberOrNull(eiRaw);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      report.problem(file, r, `year '${yearRaw}' is not a year`);
    } else if (supplyRisk === undefined || economicImportance === undefined) {
      report.problem(file, r, `SR '${srRaw}' or EI '${eiRaw}' is not a number`);
    } else {
      scores.push({
        materialSymbol: material.definition.symbol,
        assessedName: materialName.replace(/\s+/g, ' ').trim(),
        year,
        supplyRisk,
        economicImportance,
        file,
        line: r.line,
      });
      count.parsed++;
    }
  }
  return scores;
}

/** The CRM list was compiled from the other tables: where it disagrees with them, say so. */
function crossCheck(
  report: Report,
  materials: CrmMaterial[],
  supplies: CrmSupply[],
  scores: CrmScore[],
  listRows: Map<string, Pick<CsvRecord, 'line' | 'raw'>>,
): void {
  const file = CRM_DATASET_FILES.crmList;
  for (const m of materials) {
    if (m.listing !== 'LISTED') continue;
    const here = listRows.get(m.symbol) ?? { line: 0, raw: '' };
    const s2023 = scores.filter((s) => s.materialSymbol === m.symbol && s.year === CRM_LIST_YEAR && s.supplyRisk !== null);
    if (s2023.length > 0 && !s2023.some((s) => s.supplyRisk === m.supplyRisk && s.economicImportance === m.economicImportance)) {
      const printed = s2023.map((s) => `${s.assessedName} SR ${s.supplyRisk} EI ${s.economicImportance}`).join(', ');
      report.warning(file, here, `${m.symbol}: SR ${m.supplyRisk} / EI ${m.economicImportance} differ from the score table (${printed})`);
    }
    for (const top of m.topSuppliers) {
      const rows = supplies.filter((s) => s.materialSymbol === top.materialSymbol && s.scope === top.scope && s.stage === top.stage);
      const what = `${top.materialSymbol} ${top.scope} ${top.stage} top supplier ${top.countryName} ${+(top.share * 100).toFixed(1)}%`;
      const match = rows.find((s) => s.country === top.country);
      const largest = rows.reduce<CrmSupply | undefined>((a, s) => (!a || s.share > a.share ? s : a), undefined);
      if (!match) report.warning(file, here, `${what}: no such row in the supply table`);
      else if (Math.abs(match.share - top.share) > 0.0051) {
        report.warning(file, here, `${what}: the supply table says ${+(match.share * 100).toFixed(1)}%`);
      } else if (largest && largest.share > match.share) {
        report.warning(file, here, `${what}: the supply table's largest is ${largest.countryName} ${+(largest.share * 100).toFixed(1)}%`);
      }
    }
  }
}

function shareTotals(supplies: CrmSupply[], rounding: Map<CrmSupply, number>): CrmShareTotal[] {
  const totals = new Map<string, CrmShareTotal>();
  for (const s of supplies) {
    const key = `${s.materialSymbol}|${s.scope}|${s.stage}`;
    let t = totals.get(key);
    if (!t) {
      t = { materialSymbol: s.materialSymbol, scope: s.scope, stage: s.stage, rows: 0, printedSum: 0, sumMin: 0, sumMax: 0, status: 'OK' };
      totals.set(key, t);
    }
    // A '<x%' bound spans [0, x]; a printed value spans +- half its last digit.
    const r = rounding.get(s) ?? 0;
    t.rows++;
    t.printedSum += s.share;
    t.sumMin += s.shareIsUpperBound ? 0 : Math.max(0, s.share - r);
    t.sumMax += s.share + r;
  }
  const EPS = 1e-9;
  for (const t of totals.values()) {
    t.printedSum = round6(t.printedSum);
    t.sumMin = round6(t.sumMin);
    t.sumMax = round6(t.sumMax);
    t.status = t.sumMin > 1 + EPS ? 'ABOVE' : t.sumMax < 1 - EPS ? 'BELOW' : 'OK';
  }
  return [...totals.values()];
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

