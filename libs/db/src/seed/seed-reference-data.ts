import type { DataSource, EntityManager } from 'typeorm';
import { MaterialEntity, MaterialSupplyEntity } from '../entities';
import { loadCrmDataset } from './crm-data';
import { loadMaterialNames } from './material-names';

export interface ReferenceDataResult {
  /** False when the catalogue already held every material of the data with its published figures. */
  loaded: boolean;
  /** Materials added, and existing ones that had no figures of their own and got the published ones. */
  materials: number;
  supplies: number;
  /** Rows of the source files that could not be read; they are reported, never silently dropped. */
  problems: { file: string; line: number; reason: string }[];
  /** Country names of the source files that map to no current ISO 3166 code (their rows are among the problems). */
  unmappedCountries: string[];
  /** Materials that got their Dutch name (new ones, and ones an earlier version left without). */
  namesAdded: number;
}

/**
 * Loads the EU critical raw materials 2023 catalogue (materials, country shares per stage), in one
 * transaction, on every start. On a new database it loads everything; on one created by an earlier
 * version it adds the materials that are missing and completes those that exist with no figures at
 * all (no supply shares, no SR, no EI: a placeholder), so an upgrade gets newer reference data
 * without touching anything a knowledge institute has maintained.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<ReferenceDataResult> {
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['routekaart.reference-data']);
    const dataset = loadCrmDataset();
    const names = loadMaterialNames();
    const existing: { id: string; symbol: string; bare: boolean }[] = await em.query(
      `SELECT m.id, m.symbol,
              (m.supply_risk IS NULL AND m.economic_importance IS NULL
               AND NOT EXISTS (SELECT 1 FROM material_supply ms WHERE ms.material_id = m.id)) AS bare
       FROM material m`,
    );
    const bySymbol = new Map(existing.map((m) => [m.symbol, m]));
    const withSupplies = new Set(dataset.supplies.map((s) => s.materialSymbol));
    const ids = new Map<string, string>();
    for (const m of dataset.materials) {
      const found = bySymbol.get(m.symbol);
      const published = m.supplyRisk !== null || m.economicImportance !== null || withSupplies.has(m.symbol);
      if (found && !(found.bare && published)) continue;
      ids.set(m.symbol, found ? await completeMaterial(em, found.id, m) : await insertMaterial(em, m));
    }
    const namesAdded = await addDutchNames(em, names);
    const unmappedCountries = dataset.unmappedCountryNames;
    if (ids.size === 0) return { loaded: false, materials: 0, supplies: 0, problems: [], unmappedCountries, namesAdded };
    const rows = dataset.supplies
      .filter((s) => ids.has(s.materialSymbol))
      .map((s) => ({
        materialId: ids.get(s.materialSymbol)!,
        stage: s.stage,
        scope: s.scope,
        country: s.country,
        countryName: s.countryName,
        share: s.share,
        shareIsUpperBound: s.shareIsUpperBound,
        year: null,
        source: s.source,
        t: s.t,
      }));
    for (let i = 0; i < rows.length; i += 500) await em.insert(MaterialSupplyEntity, rows.slice(i, i + 500));
    return {
      loaded: true,
      materials: ids.size,
      supplies: rows.length,
      problems: dataset.problems.map((p) => ({ file: p.file, line: p.line, reason: p.reason })),
      unmappedCountries,
      namesAdded,
    };
  });
}

type CrmMaterial = ReturnType<typeof loadCrmDataset>['materials'][number];

function materialFields(m: CrmMaterial) {
  // The EU method takes import reliance at the stage where supply risk is highest.
  const importReliance =
    m.bottleneckStage === 'EXTRACTION'
      ? (m.importRelianceExtraction ?? m.importRelianceProcessing)
      : (m.importRelianceProcessing ?? m.importRelianceExtraction);
  return {
    crmStatus: m.crmStatus,
    listYear: m.listYear,
    eolRecyclingRate: m.eolRecyclingRate,
    substitutionIndex: m.substitutionIndex,
    importReliance,
    supplyRisk: m.supplyRisk,
    economicImportance: m.economicImportance,
    parentSymbol: m.groupSymbol,
  };
}

async function insertMaterial(em: EntityManager, m: CrmMaterial): Promise<string> {
  const saved = await em.save(em.create(MaterialEntity, { name: m.name, symbol: m.symbol, nameNl: null, ...materialFields(m) }));
  return saved.id;
}

/** Gives every material without a Dutch name the one of the name table (a name set through the API stays). */
async function addDutchNames(em: EntityManager, names: ReturnType<typeof loadMaterialNames>): Promise<number> {
  const rows = [...names.values()];
  // TypeORM answers an UPDATE with [rows, count].
  const [updated]: [unknown[], number] = await em.query(
    `UPDATE material m SET name_nl = n.nl
     FROM unnest($1::text[], $2::text[]) AS n(key, nl)
     WHERE m.symbol = n.key AND m.name_nl IS NULL
     RETURNING m.id`,
    [rows.map((r) => r.key), rows.map((r) => r.nl)],
  );
  return updated.length;
}

/** Fills in a placeholder material; its name stays as the users know it. */
async function completeMaterial(em: EntityManager, id: string, m: CrmMaterial): Promise<string> {
  await em.update(MaterialEntity, { id }, materialFields(m));
  return id;
}
