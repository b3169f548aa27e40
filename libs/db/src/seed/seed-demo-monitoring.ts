import type { EntityManager } from 'typeorm';
import { detectCrossings, newCrossings, type Threshold } from '@routekaart/domain';
import { demoCountrySeries, demoDisruptionReports, demoMonitoringSeries, type DemoSeries } from './demo-monitoring';

/**
 * Writes the demo indicator series (demo-monitoring.ts) as the knowledge institute's, with their
 * thresholds and the alerts their crossings raised, as the API would have recorded them. Series of
 * a material missing from the catalogue are skipped (a trimmed catalogue in tests).
 */
export async function seedDemoMonitoring(em: EntityManager, options: { publisherOrgId: string; userId: string | null }): Promise<void> {
  const materials = new Map(((await em.query('SELECT id, symbol FROM material')) as { id: string; symbol: string }[]).map((m) => [m.symbol, m.id]));
  const all: (Omit<DemoSeries, 'subjectKind'> & { subjectKind: 'MATERIAL' | 'COUNTRY' | 'NONE'; country?: string })[] = [
    ...demoMonitoringSeries(),
    ...demoCountrySeries().map((series) => ({ ...series, subjectKind: 'COUNTRY' as const })),
  ];
  for (const series of all) {
    const materialId = series.materialCode ? materials.get(series.materialCode) : null;
    if (series.subjectKind === 'MATERIAL' && !materialId) continue;
    const [row] = (await em.query(
      `INSERT INTO monitoring_series (subject_kind, material_id, country, indicator, name, unit, frequency, source, licence, demo, publisher_org_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, $10, $11) RETURNING id`,
      [series.subjectKind, materialId ?? null, series.country ?? null, series.indicator, series.name, series.unit, series.frequency, series.source, series.licence, options.publisherOrgId, options.userId],
    )) as { id: string }[];
    const seriesId = row!.id;
    await em.query(
      `INSERT INTO monitoring_observation (series_id, observed_on, value, created_by)
       SELECT $1, d, v, $4 FROM unnest($2::date[], $3::float8[]) AS o(d, v)`,
      [seriesId, series.observations.map((o) => o.date), series.observations.map((o) => o.value), options.userId],
    );
    for (const threshold of series.thresholds) {
      const change = threshold.kind === 'CHANGE';
      const [t] = (await em.query(
        `INSERT INTO monitoring_threshold (series_id, kind, value, percent, periods, severity, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [seriesId, threshold.kind, change ? null : threshold.value, change ? threshold.percent : null, change ? threshold.periods : null, threshold.severity, options.userId],
      )) as { id: string }[];
      for (const crossing of newCrossings([], detectCrossings(series.observations, threshold as Threshold))) {
        await em.query(
          `INSERT INTO monitoring_alert (threshold_id, series_id, crossed_on, value, severity, raised_at) VALUES ($1, $2, $3, $4, $5, $3::date + time '09:00')`,
          [t!.id, seriesId, crossing.date, crossing.value, threshold.severity],
        );
      }
    }
  }
}

/**
 * Writes the demo companies' disruption reports (demo-monitoring.ts), confidential to each company
 * (visibility OWNER): others see them only in the figures the suppression rule allows.
 */
export async function seedDemoDisruptions(em: EntityManager, options: { orgIds: ReadonlyMap<string, string>; itemName: (key: string) => string }): Promise<void> {
  const materials = new Map(((await em.query('SELECT id, symbol FROM material')) as { id: string; symbol: string }[]).map((m) => [m.symbol, m.id]));
  for (const report of demoDisruptionReports()) {
    const orgId = options.orgIds.get(report.orgKey);
    const materialId = materials.get(report.materialCode) ?? null;
    if (!orgId || !materialId) continue;
    const [item] = report.itemKey
      ? ((await em.query('SELECT id FROM item WHERE name = $1 AND owner_org_id = $2 LIMIT 1', [options.itemName(report.itemKey), orgId])) as { id: string }[])
      : [];
    const [user] = (await em.query('SELECT id FROM app_user WHERE email = $1 AND organisation_id = $2', [report.reporterEmail, orgId])) as { id: string }[];
    await em.query(
      `INSERT INTO disruption_report (reporting_org_id, reported_by, material_id, item_id, started_on, duration_weeks, delay_weeks, price_effect_pct, cause, measures, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [orgId, user?.id ?? null, materialId, item?.id ?? null, report.startedOn, report.durationWeeks, report.delayWeeks, report.priceEffectPercent, report.cause, report.measures, report.description],
    );
  }
}
