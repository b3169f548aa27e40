import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DataSource } from 'typeorm';
import { parseExportRestrictions } from '@routekaart/domain';
import { ExportRestrictionEntity, MaterialEntity } from '../entities';

/** The reference file (see data/README.md); copied next to the compiled API like the CRM data. */
export const EXPORT_RESTRICTIONS_FILE = join(__dirname, 'data', 'export-restrictions.csv');

export interface ExportRestrictionsSeedResult {
  /** False when the table already held restrictions. */
  loaded: boolean;
  /** Restrictions inserted: one per material of each line. */
  rows: number;
  /** Lines of the file that could not be read; reported, never silently dropped. */
  problems: { file: string; line: number; raw: string; reason: string }[];
}

/**
 * Loads the export restrictions in force into an empty `export_restriction` table, in one
 * transaction. Runs on every start after `seedReferenceData` (the symbols refer to its catalogue),
 * so databases created before this table existed get the records too; once knowledge institutes
 * maintain them, it does nothing.
 */
export async function seedExportRestrictions(dataSource: DataSource, file: string = EXPORT_RESTRICTIONS_FILE): Promise<ExportRestrictionsSeedResult> {
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['routekaart.export-restrictions']);
    if ((await em.count(ExportRestrictionEntity)) > 0) return { loaded: false, rows: 0, problems: [] };
    const materials = await em.find(MaterialEntity, { select: { id: true, symbol: true } });
    const idOf = new Map(materials.map((m) => [m.symbol, m.id]));
    const { rows, problems } = parseExportRestrictions(readFileSync(file, 'utf8'), new Set(idOf.keys()));
    if (rows.length > 0) {
      await em.insert(
        ExportRestrictionEntity,
        rows.map((r) => ({
          materialId: idOf.get(r.materialSymbol)!,
          country: r.country,
          measure: r.measure,
          since: r.since,
          until: r.until,
          description: r.description,
          source: r.source,
        })),
      );
    }
    return { loaded: true, rows: rows.length, problems: problems.map((p) => ({ file: basename(file), ...p })) };
  });
}
