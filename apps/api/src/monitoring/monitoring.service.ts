import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import {
  changeOverPeriod,
  detectCrossings,
  DomainError,
  forbidden,
  graphSubjects,
  newCrossings,
  parseObservationRows,
  validateObservation,
  validateSeriesInput,
  validateThreshold,
  type GraphSubjects,
  type MonitoringFieldError,
  type Observation,
  type Threshold,
} from '@routekaart/domain';
import { AnalysisService } from '../analysis/analysis.service';
import { recordAudit } from '../audit/audit';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import { readableItem } from '../chain/chain.queries';
import { readSpreadsheet } from '../common/spreadsheet';
import { MonitoringEvents } from './monitoring.events';
import {
  SERIES_SUBJECT_KINDS,
  type MonitoringAlertModel,
  type MonitoringSeriesInput,
  type MonitoringSeriesModel,
  type ObservationImportResultModel,
  type ObservationInput,
  type ObservationModel,
  type SeriesChangeModel,
  type ThresholdInput,
  type ThresholdModel,
} from './monitoring.models';

/** A roadmap an alert concerns, as the viewer knows it. */
export interface RoadmapRef {
  id: string;
  title: string;
}

/** A series that moved in a period, for a roadmap's overview. */
export interface SeriesMovement {
  series: MonitoringSeriesModel;
  change: SeriesChangeModel | null;
  alerts: MonitoringAlertModel[];
}

/**
 * How far back the dashboard looks for alerts. Older crossings are history, shown on the charts —
 * unless the series is still beyond the line (the latest crossing of an ABOVE or BELOW threshold
 * whose latest observation still passes it): that is news until someone acknowledges it.
 */
const ALERT_WINDOW_DAYS = 90;
const ALERT_PAGE = 200;

const SERIES_COLUMNS = `
  s.id, s.name, s.subject_kind AS "subjectKind", s.material_id AS "materialId", s.item_id AS "itemId", s.country, s.indicator,
  s.custom_name AS "customName", s.unit, s.frequency, s.source, s.licence, s.demo,
  s.publisher_org_id AS "publisherOrgId", s.updated_at AS "updatedAt"`;

const ALERT_COLUMNS = `
  a.id, a.series_id AS "seriesId", a.threshold_id AS "thresholdId", to_char(a.crossed_on, 'YYYY-MM-DD') AS date,
  a.value, a.severity, a.raised_at AS "raisedAt"`;

/** Whether the alert's series is still beyond its line: it is its threshold's latest crossing and the latest observation passes the line. */
const ONGOING = `(
  t.kind IN ('ABOVE', 'BELOW')
  AND a.crossed_on = (SELECT max(a2.crossed_on) FROM monitoring_alert a2 WHERE a2.threshold_id = a.threshold_id)
  AND EXISTS (
    SELECT 1 FROM (SELECT o.value FROM monitoring_observation o WHERE o.series_id = a.series_id ORDER BY o.observed_on DESC LIMIT 1) latest
    WHERE (t.kind = 'ABOVE' AND latest.value > t.value) OR (t.kind = 'BELOW' AND latest.value < t.value)))`;

const toThreshold = (t: ThresholdModel): Threshold =>
  t.kind === 'CHANGE' ? { kind: 'CHANGE', percent: t.percent!, periods: t.periods!, severity: t.severity } : { kind: t.kind, value: t.value!, severity: t.severity };

const today = () => new Date().toISOString().slice(0, 10);

/** Whether a chain (its subjects as one reader sees it) depends on a series' material, item or country. */
function concerns(subjects: GraphSubjects, series: Pick<MonitoringSeriesModel, 'subjectKind' | 'materialId' | 'itemId' | 'country'>): boolean {
  switch (series.subjectKind) {
    case 'MATERIAL':
      return subjects.materialIds.has(series.materialId!);
    case 'ITEM':
      return subjects.itemIds.has(series.itemId!);
    case 'COUNTRY':
      return subjects.countries.has(series.country!);
    case 'NONE':
      return true;
  }
}

/** Field errors of a validator as one BAD_USER_INPUT: the first names the field, all are in `details.errors`. */
function invalid(errors: readonly MonitoringFieldError[], prefix = ''): DomainError {
  const [first] = errors;
  const field = `${prefix}${first?.field ?? ''}`;
  return new DomainError('BAD_USER_INPUT', first?.message ?? 'Invalid input', field, {
    errors: errors.map((e) => ({ ...e, field: `${prefix}${e.field}` })),
  });
}

/**
 * The series (aliased `s`) the reader may see: every series but those about an item the reader may
 * not read, as SQL with named parameters. The one place that rule is written.
 */
function readableSeries(ability: AppAbility): { sql: string; params: Record<string, unknown> } {
  const item = accessibleWhere(ability, 'read', 'Item', 'si');
  return { sql: `(s.item_id IS NULL OR EXISTS (SELECT 1 FROM item si WHERE si.id = s.item_id AND (${item.sql})))`, params: item.params };
}

/**
 * Monitoring: indicator series (public reference data that knowledge institutes publish), their
 * observations and thresholds, and the alerts a crossing raises. Writing a series' observations or
 * thresholds re-evaluates its thresholds in the same transaction, so an alert exists exactly when its
 * crossing does (one per crossing). Who an alert concerns is worked out per reader from the reader's
 * own view of its roadmaps' chains, never stored, so it tells no one about chain data they may not see.
 */
@Injectable()
export class MonitoringService {
  private readonly subjectsByGraph = new WeakMap<object, GraphSubjects>();

  constructor(
    private readonly ds: DataSource,
    private readonly analysis: AnalysisService,
    private readonly events: MonitoringEvents,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  /** Every series the reader may see (or those about one material, item or country), by name. */
  async seriesList(ability: AppAbility, filter: { materialId?: string | null; itemId?: string | null; country?: string | null } = {}): Promise<MonitoringSeriesModel[]> {
    if ((filter.materialId && !isUuid(filter.materialId)) || (filter.itemId && !isUuid(filter.itemId))) return [];
    const f = readableSeries(ability);
    return queryNamed<MonitoringSeriesModel>(
      this.ds,
      `SELECT ${SERIES_COLUMNS} FROM monitoring_series s
       WHERE ${f.sql}
         AND (CAST(:materialId AS uuid) IS NULL OR s.material_id = CAST(:materialId AS uuid))
         AND (CAST(:itemId AS uuid) IS NULL OR s.item_id = CAST(:itemId AS uuid))
         AND (CAST(:country AS text) IS NULL OR s.country = upper(CAST(:country AS text)))
       ORDER BY s.name, s.id`,
      { ...f.params, materialId: filter.materialId ?? null, itemId: filter.itemId ?? null, country: filter.country ?? null },
    );
  }

  /** One series the reader may see; NOT_FOUND on `seriesId` (a series about an item it may not read is not found either). */
  async series(ability: AppAbility, id: string, db: DataSource | EntityManager = this.ds): Promise<MonitoringSeriesModel> {
    const f = readableSeries(ability);
    const [row] = isUuid(id)
      ? await queryNamed<MonitoringSeriesModel>(db, `SELECT ${SERIES_COLUMNS} FROM monitoring_series s WHERE ${f.sql} AND s.id = CAST(:id AS uuid)`, { ...f.params, id })
      : [];
    if (!row) throw new DomainError('NOT_FOUND', 'series not found', 'seriesId');
    return row;
  }

  observations(seriesId: string, db: DataSource | EntityManager = this.ds): Promise<ObservationModel[]> {
    return db.query(
      `SELECT to_char(observed_on, 'YYYY-MM-DD') AS date, value, note FROM monitoring_observation WHERE series_id = $1 ORDER BY observed_on`,
      [seriesId],
    ) as Promise<ObservationModel[]>;
  }

  thresholds(seriesId: string, db: DataSource | EntityManager = this.ds): Promise<ThresholdModel[]> {
    return db.query(
      `SELECT id, series_id AS "seriesId", kind, value, percent, periods, severity FROM monitoring_threshold WHERE series_id = $1 ORDER BY created_at, id`,
      [seriesId],
    ) as Promise<ThresholdModel[]>;
  }

  /** Every alert of a series (a fact about public data: whom it concerns is not part of it), newest first. */
  alertsOfSeries(actor: Actor, ability: AppAbility, seriesId: string): Promise<MonitoringAlertModel[]> {
    return this.findAlerts(actor, ability, { seriesId });
  }

  /** The latest observation of a series, or null for an empty one. */
  async latest(seriesId: string): Promise<ObservationModel | null> {
    const [row] = (await this.ds.query(
      `SELECT to_char(observed_on, 'YYYY-MM-DD') AS date, value, note FROM monitoring_observation WHERE series_id = $1 ORDER BY observed_on DESC LIMIT 1`,
      [seriesId],
    )) as ObservationModel[];
    return row ?? null;
  }

  /** The change of a series over a period (YYYY-MM-DD, both ends included); null without observations in it. */
  async change(seriesId: string, from: string, to: string): Promise<SeriesChangeModel | null> {
    return changeOverPeriod(await this.observations(seriesId), from, to);
  }

  /**
   * The alerts of the last 90 days, and older ones whose series is still beyond the line, that concern the viewer: those on series about a material or country
   * one of its roadmaps' chains depends on, as the viewer sees that chain (and every series about no
   * subject in particular, such as a PMI). Unacknowledged only unless asked.
   */
  async myAlerts(actor: Actor, ability: AppAbility, requestKey: object, includeAcknowledged: boolean): Promise<MonitoringAlertModel[]> {
    const alerts = await this.findAlerts(actor, ability, { sinceDays: ALERT_WINDOW_DAYS, unacknowledgedOnly: !includeAcknowledged });
    const series = new Map<string, Promise<RoadmapRef[]>>();
    const concerned = await Promise.all(
      alerts.map((alert) => {
        let roadmaps = series.get(alert.seriesId);
        if (!roadmaps) series.set(alert.seriesId, (roadmaps = this.series(ability, alert.seriesId).then((s) => this.concernedRoadmaps(actor, ability, requestKey, s))));
        return roadmaps;
      }),
    );
    return alerts.filter((_, i) => concerned[i]!.length > 0);
  }

  /** Alerts by id (facts about public series), newest first; for links made by users, e.g. to risks. */
  alertsByIds(actor: Actor, ability: AppAbility, ids: readonly string[]): Promise<MonitoringAlertModel[]> {
    return this.findAlerts(actor, ability, { ids: [...ids] });
  }

  /** One alert as the viewer gets it, or null when it does not concern the viewer (or is gone). */
  async alertFor(actor: Actor, ability: AppAbility, requestKey: object, alertId: string): Promise<MonitoringAlertModel | null> {
    const [alert] = await this.findAlerts(actor, ability, { ids: [alertId] });
    if (!alert) return null;
    const roadmaps = await this.concernedRoadmaps(actor, ability, requestKey, await this.series(ability, alert.seriesId));
    return roadmaps.length ? alert : null;
  }

  /**
   * The viewer's roadmaps whose chain, as the viewer sees it, depends on the series' subject: a
   * material one of its items contains, or a country its materials or supply links come from. A
   * series about no subject concerns every roadmap of the viewer.
   */
  async concernedRoadmaps(
    actor: Actor,
    ability: AppAbility,
    requestKey: object,
    series: Pick<MonitoringSeriesModel, 'subjectKind' | 'materialId' | 'itemId' | 'country'>,
  ): Promise<RoadmapRef[]> {
    const roadmaps = await this.roadmapsOf(actor);
    if (series.subjectKind === 'NONE') return roadmaps.map(({ id, title }) => ({ id, title }));
    const concerned = await Promise.all(
      roadmaps.map(async (roadmap) => {
        const subjects = await this.subjectsOf(ability, roadmap.productGroupId, requestKey);
        return concerns(subjects, series);
      }),
    );
    return roadmaps.filter((_, i) => concerned[i]).map(({ id, title }) => ({ id, title }));
  }

  /**
   * What moved in a roadmap's monitoring in a period: the series whose subject its chain (as the
   * viewer sees it) depends on, with their change and the alerts raised in the period, the series
   * with alerts first, then by the size of the change.
   */
  async roadmapOverview(actor: Actor, ability: AppAbility, requestKey: object, roadmapId: string, from: string, to: string): Promise<SeriesMovement[]> {
    const roadmap = (await this.roadmapsOf(actor)).find((r) => r.id === roadmapId.toLowerCase());
    if (!roadmap) throw new DomainError('NOT_FOUND', 'roadmap not found', 'roadmapId');
    const subjects = await this.subjectsOf(ability, roadmap.productGroupId, requestKey);
    const series = (await this.seriesList(ability)).filter(
      (s) => s.subjectKind === 'NONE' || concerns(subjects, s),
    );
    const alerts = await this.findAlerts(actor, ability, { from, to });
    const movements = await Promise.all(
      series.map(async (s) => ({ series: s, change: await this.change(s.id, from, to), alerts: alerts.filter((a) => a.seriesId === s.id) })),
    );
    const size = (m: SeriesMovement) => Math.abs(m.change?.percent ?? 0);
    return movements
      .filter((m) => m.change || m.alerts.length)
      .sort((a, b) => Number(b.alerts.length > 0) - Number(a.alerts.length > 0) || size(b) - size(a) || a.series.name.localeCompare(b.series.name));
  }

  // ---- writes -----------------------------------------------------------------------------------

  async createSeries(actor: Actor, ability: AppAbility, input: MonitoringSeriesInput): Promise<MonitoringSeriesModel> {
    this.assertMay(ability, 'create');
    const definition = await this.checkDefinition(ability, input);
    const id = await this.ds.transaction(async (em) => {
      const [row] = (await em.query(
        `INSERT INTO monitoring_series (subject_kind, material_id, item_id, country, indicator, custom_name, name, unit, frequency, source, licence,
                                        publisher_org_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [...definition, actor.organisationId, actor.userId],
      )) as { id: string }[];
      await recordAudit(em, actor, 'monitoring.series.create', 'MonitoringSeries', row!.id, { name: input.name });
      return row!.id;
    });
    this.events.publish({ seriesId: id, alertIds: [] });
    return this.series(ability, id);
  }

  async updateSeries(actor: Actor, ability: AppAbility, id: string, input: MonitoringSeriesInput): Promise<MonitoringSeriesModel> {
    this.assertMay(ability, 'update');
    await this.series(ability, id);
    const definition = await this.checkDefinition(ability, input);
    await this.ds.transaction(async (em) => {
      await em.query(
        `UPDATE monitoring_series SET subject_kind = $1, material_id = $2, item_id = $3, country = $4, indicator = $5, custom_name = $6, name = $7,
                unit = $8, frequency = $9, source = $10, licence = $11, updated_at = now() WHERE id = $12`,
        [...definition, id],
      );
      await recordAudit(em, actor, 'monitoring.series.update', 'MonitoringSeries', id, { name: input.name });
    });
    this.events.publish({ seriesId: id, alertIds: [] });
    return this.series(ability, id);
  }

  async deleteSeries(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    this.assertMay(ability, 'delete');
    const series = await this.series(ability, id);
    await this.ds.transaction(async (em) => {
      await em.query('DELETE FROM monitoring_series WHERE id = $1', [id]);
      await recordAudit(em, actor, 'monitoring.series.delete', 'MonitoringSeries', id, { name: series.name });
    });
    this.events.publish({ seriesId: id, alertIds: [] });
    return true;
  }

  /**
   * Adds observations (a date already there gets the new value and note), then raises the alerts of
   * any new crossing, all in one transaction: every input is checked first and one bad observation
   * writes nothing (each problem in `details.errors`, on `observations.<index>.<field>`).
   */
  async addObservations(actor: Actor, ability: AppAbility, seriesId: string, inputs: readonly ObservationInput[]): Promise<ObservationImportResultModel> {
    this.assertMay(ability, 'create', 'Observation');
    await this.series(ability, seriesId);
    if (inputs.length === 0) throw new DomainError('BAD_USER_INPUT', 'Give at least one observation', 'observations');
    const errors: MonitoringFieldError[] = [];
    const observations: Observation[] = [];
    const dates = new Map<string, number>();
    inputs.forEach((input, index) => {
      const checked = validateObservation(input, { today: today() });
      if (!checked.ok) return errors.push(...checked.errors.map((e) => ({ ...e, field: `observations.${index}.${e.field}` })));
      const earlier = dates.get(checked.value.date);
      if (earlier !== undefined) {
        return errors.push({ field: `observations.${index}.date`, code: 'DUPLICATE', message: `${checked.value.date} is also observation ${earlier + 1}` });
      }
      dates.set(checked.value.date, index);
      observations.push(checked.value);
    });
    if (errors.length) throw invalid(errors);
    return this.write(actor, seriesId, observations, 'monitoring.observations.add');
  }

  /**
   * Imports observations from a CSV or XLSX file (columns datum/date, waarde/value, toelichting/note).
   * Every bad row is reported at once (`details.rows`: row as the spreadsheet numbers it, field, code,
   * message) and then nothing is written.
   */
  async importObservations(actor: Actor, ability: AppAbility, seriesId: string, fileName: string, contentBase64: string): Promise<ObservationImportResultModel> {
    this.assertMay(ability, 'create', 'Observation');
    await this.series(ability, seriesId);
    const sheet = await readSpreadsheet(fileName, contentBase64);
    const parsed = parseObservationRows(sheet.rows, { today: today(), ...(sheet.decimalSeparator ? { decimalSeparator: sheet.decimalSeparator } : {}) });
    if (parsed.errors.length) {
      const rows = new Set(parsed.errors.map((e) => e.row)).size;
      throw new DomainError('BAD_USER_INPUT', `${rows === 1 ? '1 row has' : `${rows} rows have`} problems; nothing was imported`, 'file', { rows: parsed.errors });
    }
    if (parsed.observations.length === 0) throw new DomainError('BAD_USER_INPUT', 'The file has no observations', 'file');
    return this.write(actor, seriesId, parsed.observations, 'monitoring.observations.import', { fileName });
  }

  async deleteObservation(actor: Actor, ability: AppAbility, seriesId: string, date: string): Promise<boolean> {
    this.assertMay(ability, 'delete', 'Observation');
    await this.series(ability, seriesId);
    const alertIds = await this.ds.transaction(async (em) => {
      await this.lock(em, seriesId);
      const deleted = (await em.query('DELETE FROM monitoring_observation WHERE series_id = $1 AND observed_on = $2::date RETURNING 1', [seriesId, date]).catch(() => [])) as unknown[];
      const [rows] = Array.isArray(deleted[0]) ? (deleted as unknown[][]) : [deleted];
      if (!rows || rows.length === 0) throw new DomainError('NOT_FOUND', 'observation not found', 'date');
      await recordAudit(em, actor, 'monitoring.observation.delete', 'Observation', seriesId, { date });
      return this.evaluate(em, seriesId);
    });
    this.events.publish({ seriesId, alertIds });
    return true;
  }

  /** Adds a threshold; the crossings already in the series raise their alerts at once. */
  async createThreshold(actor: Actor, ability: AppAbility, seriesId: string, input: ThresholdInput): Promise<ThresholdModel> {
    this.assertMay(ability, 'update');
    await this.series(ability, seriesId);
    const checked = validateThreshold(input);
    if (!checked.ok) throw invalid(checked.errors);
    const t = checked.value;
    const [id, alertIds] = await this.ds.transaction(async (em) => {
      await this.lock(em, seriesId);
      const [row] = (await em.query(
        `INSERT INTO monitoring_threshold (series_id, kind, value, percent, periods, severity, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [seriesId, t.kind, t.kind === 'CHANGE' ? null : t.value, t.kind === 'CHANGE' ? t.percent : null, t.kind === 'CHANGE' ? t.periods : null, t.severity, actor.userId],
      )) as { id: string }[];
      await recordAudit(em, actor, 'monitoring.threshold.create', 'MonitoringSeries', seriesId, { threshold: t });
      return [row!.id, await this.evaluate(em, seriesId)] as const;
    });
    this.events.publish({ seriesId, alertIds });
    return (await this.thresholds(seriesId)).find((x) => x.id === id)!;
  }

  /** Deletes a threshold with its alerts. */
  async deleteThreshold(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    this.assertMay(ability, 'update');
    const [row] = isUuid(id) ? ((await this.ds.query('SELECT series_id AS "seriesId" FROM monitoring_threshold WHERE id = $1', [id])) as { seriesId: string }[]) : [];
    if (!row) throw new DomainError('NOT_FOUND', 'threshold not found', 'thresholdId');
    await this.ds.transaction(async (em) => {
      await em.query('DELETE FROM monitoring_threshold WHERE id = $1', [id]);
      await recordAudit(em, actor, 'monitoring.threshold.delete', 'MonitoringSeries', row.seriesId, { thresholdId: id });
    });
    this.events.publish({ seriesId: row.seriesId, alertIds: [] });
    return true;
  }

  /** Marks an alert as seen by the viewer (its own acknowledgement; others still get it). */
  async acknowledgeAlert(actor: Actor, ability: AppAbility, requestKey: object, alertId: string): Promise<MonitoringAlertModel> {
    const alert = isUuid(alertId) ? await this.alertFor(actor, ability, requestKey, alertId) : null;
    if (!alert) throw new DomainError('NOT_FOUND', 'alert not found', 'alertId');
    await this.ds.query('INSERT INTO monitoring_alert_ack (alert_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [alertId, actor.userId]);
    return { ...alert, acknowledged: true };
  }

  // ---- internals --------------------------------------------------------------------------------

  private assertMay(ability: AppAbility, action: 'create' | 'update' | 'delete', subject: 'MonitoringSeries' | 'Observation' = 'MonitoringSeries'): void {
    if (!ability.can(action, subject)) throw forbidden('Only knowledge institutes maintain monitoring series');
  }

  /**
   * The columns of a series definition, in INSERT order (subject_kind, material_id, item_id, country,
   * indicator … licence). An item must be one the publisher may read (else "not found", as unknown).
   */
  private async checkDefinition(ability: AppAbility, input: MonitoringSeriesInput): Promise<unknown[]> {
    const field = { MATERIAL: 'materialId', ITEM: 'itemId', COUNTRY: 'country', NONE: 'subjectKind' }[input.subjectKind] ?? 'subjectKind';
    const subjectId = { MATERIAL: input.materialId, ITEM: input.itemId, COUNTRY: input.country, NONE: null }[input.subjectKind] ?? null;
    const checked = validateSeriesInput({ ...input, subjectId });
    if (!checked.ok) throw invalid(checked.errors.map((e) => (e.field === 'subjectId' ? { ...e, field } : e)));
    const d = checked.value;
    if (!(SERIES_SUBJECT_KINDS as readonly string[]).includes(d.subjectKind)) throw new DomainError('BAD_USER_INPUT', 'Choose a material, an item, a country or no subject', 'subjectKind');
    let materialId: string | null = null;
    let itemId: string | null = null;
    let country: string | null = null;
    if (d.subjectKind === 'MATERIAL') {
      const [material] = isUuid(d.subjectId!) ? ((await this.ds.query('SELECT id FROM material WHERE id = $1', [d.subjectId])) as { id: string }[]) : [];
      if (!material) throw new DomainError('BAD_USER_INPUT', 'Choose a material from the catalogue', 'materialId');
      materialId = material.id;
    } else if (d.subjectKind === 'ITEM') {
      itemId = (await readableItem(this.ds.manager, ability, d.subjectId!, 'itemId')).id;
    } else if (d.subjectKind === 'COUNTRY') {
      country = d.subjectId!.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) throw new DomainError('BAD_USER_INPUT', 'Give the country as a two-letter ISO code, e.g. CN', 'country');
    }
    return [d.subjectKind, materialId, itemId, country, d.indicator, d.customName, d.name, d.unit, d.frequency, d.source, d.licence];
  }

  /** Upserts observations and raises new alerts in one transaction; announces them after the commit. */
  private async write(actor: Actor, seriesId: string, observations: readonly Observation[], action: string, extra: Record<string, unknown> = {}): Promise<ObservationImportResultModel> {
    const alertIds = await this.ds.transaction(async (em) => {
      await this.lock(em, seriesId);
      await em.query(
        `INSERT INTO monitoring_observation (series_id, observed_on, value, note, created_by)
         SELECT $1, d, v, n, $5 FROM unnest($2::date[], $3::float8[], $4::text[]) AS o(d, v, n)
         ON CONFLICT (series_id, observed_on) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note`,
        [seriesId, observations.map((o) => o.date), observations.map((o) => o.value), observations.map((o) => o.note), actor.userId],
      );
      await em.query('UPDATE monitoring_series SET updated_at = now() WHERE id = $1', [seriesId]);
      await recordAudit(em, actor, action, 'Observation', seriesId, { count: observations.length, ...extra });
      return this.evaluate(em, seriesId);
    });
    this.events.publish({ seriesId, alertIds });
    return { imported: observations.length, alertsRaised: alertIds.length };
  }

  /** Serialises writers of one series, so two at once cannot raise one crossing twice. */
  private async lock(em: EntityManager, seriesId: string): Promise<void> {
    await em.query('SELECT 1 FROM monitoring_series WHERE id = $1 FOR UPDATE', [seriesId]);
  }

  /** Raises an alert for every crossing of the series' thresholds that has none yet; returns the new alerts' ids. */
  private async evaluate(em: EntityManager, seriesId: string): Promise<string[]> {
    const [observations, thresholds] = await Promise.all([this.observations(seriesId, em), this.thresholds(seriesId, em)]);
    const raised: string[] = [];
    for (const threshold of thresholds) {
      const existing = (await em.query(`SELECT to_char(crossed_on, 'YYYY-MM-DD') AS date FROM monitoring_alert WHERE threshold_id = $1`, [threshold.id])) as { date: string }[];
      for (const crossing of newCrossings(
        existing.map((e) => e.date),
        detectCrossings(observations, toThreshold(threshold)),
      )) {
        const [row] = (await em.query(
          `INSERT INTO monitoring_alert (threshold_id, series_id, crossed_on, value, severity) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (threshold_id, crossed_on) DO NOTHING RETURNING id`,
          [threshold.id, seriesId, crossing.date, crossing.value, threshold.severity],
        )) as { id: string }[];
        if (row) raised.push(row.id);
      }
    }
    return raised;
  }

  /** Alerts of the series the reader may see (and the user's acknowledgement), newest crossing first. */
  private async findAlerts(
    actor: Actor,
    ability: AppAbility,
    filter: { seriesId?: string; ids?: string[]; sinceDays?: number; from?: string; to?: string; unacknowledgedOnly?: boolean },
  ): Promise<MonitoringAlertModel[]> {
    const ids = filter.ids?.filter(isUuid) ?? null;
    if (ids && ids.length === 0) return [];
    const f = readableSeries(ability);
    return queryNamed<MonitoringAlertModel>(
      this.ds,
      `SELECT ${ALERT_COLUMNS}, ${ONGOING} AS ongoing,
              EXISTS (SELECT 1 FROM monitoring_alert_ack k WHERE k.alert_id = a.id AND k.user_id = CAST(:userId AS uuid)) AS acknowledged
       FROM monitoring_alert a
       JOIN monitoring_threshold t ON t.id = a.threshold_id
       JOIN monitoring_series s ON s.id = a.series_id
       WHERE ${f.sql}
         AND (CAST(:seriesId AS uuid) IS NULL OR a.series_id = CAST(:seriesId AS uuid))
         AND (CAST(:ids AS uuid[]) IS NULL OR a.id = ANY(CAST(:ids AS uuid[])))
         AND (CAST(:sinceDays AS int) IS NULL OR a.crossed_on >= current_date - CAST(:sinceDays AS int) OR ${ONGOING})
         AND (CAST(:from AS date) IS NULL OR a.crossed_on >= CAST(:from AS date)) AND (CAST(:to AS date) IS NULL OR a.crossed_on <= CAST(:to AS date))
         AND (NOT CAST(:unacknowledgedOnly AS boolean)
              OR NOT EXISTS (SELECT 1 FROM monitoring_alert_ack k WHERE k.alert_id = a.id AND k.user_id = CAST(:userId AS uuid)))
       ORDER BY a.crossed_on DESC, a.raised_at DESC, a.id
       LIMIT ${ALERT_PAGE}`,
      {
        ...f.params,
        userId: actor.userId,
        seriesId: filter.seriesId ?? null,
        ids,
        sinceDays: filter.sinceDays ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        unacknowledgedOnly: filter.unacknowledgedOnly ?? false,
      },
    );
  }


  /** The roadmaps the viewer's organisation participates in, with their product groups. */
  private async roadmapsOf(actor: Actor): Promise<(RoadmapRef & { productGroupId: string })[]> {
    const ids = actor.participations.map((p) => p.roadmapId);
    if (!ids.length) return [];
    return this.ds.query(`SELECT id, title, product_group_id AS "productGroupId" FROM roadmap WHERE id = ANY($1::uuid[]) ORDER BY title, id`, [ids]) as Promise<
      (RoadmapRef & { productGroupId: string })[]
    >;
  }

  /** The materials and countries the viewer's view of a product group's chain depends on (cached with the graph). */
  private async subjectsOf(ability: AppAbility, productGroupId: string, requestKey: object): Promise<GraphSubjects> {
    const { graph } = await this.analysis.graph(ability, productGroupId, requestKey);
    let subjects = this.subjectsByGraph.get(graph);
    if (!subjects) this.subjectsByGraph.set(graph, (subjects = graphSubjects(graph)));
    return subjects;
  }
}
