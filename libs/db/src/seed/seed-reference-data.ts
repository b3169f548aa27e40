import type { DataSource, EntityManager } from 'typeorm';
import { MaterialEntity, MaterialSupplyEntity } from '../entities';
import { loadCrmDataset } from './crm-data';

export interface ReferenceDataResult {
  /** False when the catalogue was already there. */
  loaded: boolean;
  materials: number;
  supplies: number;
  /** Rows of the source files that could not be read; they are reported, never silently dropped. */
  problems: { file: string; line: number; reason: string }[];
}

/**
 * Loads the EU critical raw materials 2023 catalogue (materials, country shares per stage) into an
 * empty catalogue, in one transaction. Runs on every start and does nothing once loaded.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<ReferenceDataResult> {
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['routekaart.reference-data']);
    if ((await em.count(MaterialEntity)) > 0) return { loaded: false, materials: 0, supplies: 0, problems: [] };
    const dataset = loadCrmDataset();
    const ids = await insertMaterials(em, dataset);
    const rows = dataset.supplies.map((s) => ({
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
    };
  });
}

async function insertMaterials(em: EntityManager, dataset: ReturnType<typeof loadCrmDataset>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const m of dataset.materials) {
    // The EU method takes import reliance at the stage where supply risk is highest.
    const importReliance =
      m.bottleneckStage === 'EXTRACTION'
        ? (m.importRelianceExtraction ?? m.importRelianceProcessing)
        : (m.importRelianceProcessing ?? m.importRelianceExtraction);
    const saved = await em.save(
      em.create(MaterialEntity, {
        name: m.name,
        symbol: m.symbol,
        crmStatus: m.crmStatus,
        listYear: m.listYear,
        eolRecyclingRate: m.eolRecyclingRate,
        substitutionIndex: m.substitutionIndex,
        importReliance,
        supplyRisk: m.supplyRisk,
        economicImportance: m.economicImportance,
        parentSymbol: m.groupSymbol,
      }),
    );
    ids.set(m.symbol, saved.id);
  }
  return ids;
}
