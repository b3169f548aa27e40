import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AppAbility } from '@routekaart/access';
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
  s.id, s.name, s.subject_kind AS "subjectKind", s.material_id AS "materialId", s.country, s.indicator,
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

/** Field errors of a validator as one BAD_USER_INPUT: the first names the field, all are in `details.errors`. */
function invalid(errors: readonly MonitoringFieldError[], prefix = ''): DomainError {
  const [first] = errors;
  const field = `${prefix}${first?.field ?? ''}`;
  return new DomainError('BAD_USER_INPUT', first?.message ?? 'Invalid input', field, {
    errors: errors.map((e) => ({ ...e, field: `${prefix}${e.field}` })),
  });
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

  /** Every series (or those about one material or country), by name. */
  async seriesList(filter: { materialId?: string | null; country?: string | null } = {}): Promise<MonitoringSeriesModel[]> {
    if (filter.materialId && !isUuid(filter.materialId)) return [];
    return this.ds.query(
      `SELECT ${SERIES_COLUMNS} FROM monitoring_series s
       WHERE ($1::uuid IS NULL OR s.material_id = $1) AND ($2::text IS NULL OR s.country = upper($2))
       ORDER BY s.name, s.id`,
      [filter.materialId ?? null, filter.country ?? null],
    ) as Promise<MonitoringSeriesModel[]>;
  }

  /** One series; NOT_FOUND on `seriesId`. */
  async series(id: string, db: DataSource | EntityManager = this.ds): Promise<MonitoringSeriesModel> {
    const [row] = isUuid(id) ? ((await db.query(`SELECT ${SERIES_COLUMNS} FROM monitoring_series s WHERE s.id = $1`, [id])) as MonitoringSeriesModel[]) : [];
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
  alertsOfSeries(actor: Actor, seriesId: string): Promise<MonitoringAlertModel[]> {
    return this.findAlerts(actor, { seriesId });
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
    const alerts = await this.findAlerts(actor, { sinceDays: ALERT_WINDOW_DAYS, unacknowledgedOnly: !includeAcknowledged });
    const series = new Map<string, Promise<RoadmapRef[]>>();
    const concerned = await Promise.all(
      alerts.map((alert) => {
        let roadmaps = series.get(alert.seriesId);
        if (!roadmaps) series.set(alert.seriesId, (roadmaps = this.series(alert.seriesId).then((s) => this.concernedRoadmaps(actor, ability, requestKey, s))));
        return roadmaps;
      }),
    );
    return alerts.filter((_, i) => concerned[i]!.length > 0);
  }

  /** Alerts by id (facts about public series), newest first; for links made by users, e.g. to risks. */
  alertsByIds(actor: Actor, ids: readonly string[]): Promise<MonitoringAlertModel[]> {
    return this.findAlerts(actor, { ids: [...ids] });
  }

  /** One alert as the viewer gets it, or null when it does not concern the viewer (or is gone). */
  async alertFor(actor: Actor, ability: AppAbility, requestKey: object, alertId: string): Promise<MonitoringAlertModel | null> {
    const [alert] = await this.findAlerts(actor, { ids: [alertId] });
    if (!alert) return null;
    const roadmaps = await this.concernedRoadmaps(actor, ability, requestKey, await this.series(alert.seriesId));
    return roadmaps.length ? alert : null;
  }

  /**
   * The viewer's roadmaps whose chain, as the viewer sees it, depends on the series' subject: a
   * material one of its items contains, or a country its materials or supply links come from. A
   * series about no subject concerns every roadmap of the viewer.
   */
  async concernedRoadmaps(actor: Actor, ability: AppAbility, requestKey: object, series: Pick<MonitoringSeriesModel, 'subjectKind' | 'materialId' | 'country'>): Promise<RoadmapRef[]> {
    const roadmaps = await this.roadmapsOf(actor);
    if (series.subjectKind === 'NONE') return roadmaps.map(({ id, title }) => ({ id, title }));
    const concerned = await Promise.all(
      roadmaps.map(async (roadmap) => {
        const subjects = await this.subjectsOf(ability, roadmap.productGroupId, requestKey);
        return series.subjectKind === 'MATERIAL' ? subjects.materialIds.has(series.materialId!) : subjects.countries.has(series.country!);
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
    const series = (await this.seriesList()).filter(
      (s) => s.subjectKind === 'NONE' || (s.subjectKind === 'MATERIAL' ? subjects.materialIds.has(s.materialId!) : subjects.countries.has(s.country!)),
    );
    const alerts = await this.findAlerts(actor, { from, to });
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
    const definition = await this.checkDefinition(input);
    const id = await this.ds.transaction(async (em) => {
      const [row] = (await em.query(
        `INSERT INTO monitoring_series (subject_kind, material_id, country, indicator, custom_name, name, unit, frequency, source, licence, publisher_org_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [...definition, actor.organisationId, actor.userId],
      )) as { id: string }[];
      await recordAudit(em, actor, 'monitoring.series.create', 'MonitoringSeries', row!.id, { name: input.name });
      return row!.id;
    });
    this.events.publish({ seriesId: id, alertIds: [] });
    return this.series(id);
  }

  async updateSeries(actor: Actor, ability: AppAbility, id: string, input: MonitoringSeriesInput): Promise<MonitoringSeriesModel> {
    this.assertMay(ability, 'update');
    await this.series(id);
    const definition = await this.checkDefinition(input);
    await this.ds.transaction(async (em) => {
      await em.query(
        `UPDATE monitoring_series SET subject_kind = $1, material_id = $2, country = $3, indicator = $4, custom_name = $5, name = $6, unit = $7,
                frequency = $8, source = $9, licence = $10, updated_at = now() WHERE id = $11`,
        [...definition, id],
      );
      await recordAudit(em, actor, 'monitoring.series.update', 'MonitoringSeries', id, { name: input.name });
    });
    this.events.publish({ seriesId: id, alertIds: [] });
    return this.series(id);
  }

  async deleteSeries(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    this.assertMay(ability, 'delete');
    const series = await this.series(id);
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
    await this.series(seriesId);
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
    await this.series(seriesId);
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
    await this.series(seriesId);
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
    await this.series(seriesId);
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

  /** The columns of a series definition, in INSERT order (subject_kind … licence). */
  private async checkDefinition(input: MonitoringSeriesInput): Promise<unknown[]> {
    const subjectId = input.subjectKind === 'MATERIAL' ? input.materialId : input.subjectKind === 'COUNTRY' ? input.country : null;
    const checked = validateSeriesInput({ ...input, subjectId });
    if (!checked.ok) throw invalid(checked.errors.map((e) => (e.field === 'subjectId' ? { ...e, field: input.subjectKind === 'COUNTRY' ? 'country' : 'materialId' } : e)));
    const d = checked.value;
    if (!(SERIES_SUBJECT_KINDS as readonly string[]).includes(d.subjectKind)) throw new DomainError('BAD_USER_INPUT', 'Choose a material, a country or no subject', 'subjectKind');
    let materialId: string | null = null;
    let country: string | null = null;
    if (d.subjectKind === 'MATERIAL') {
      const [material] = isUuid(d.subjectId!) ? ((await this.ds.query('SELECT id FROM material WHERE id = $1', [d.subjectId])) as { id: string }[]) : [];
      if (!material) throw new DomainError('BAD_USER_INPUT', 'Choose a material from the catalogue', 'materialId');
      materialId = material.id;
    } else if (d.subjectKind === 'COUNTRY') {
      country = d.subjectId!.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) throw new DomainError('BAD_USER_INPUT', 'Give the country as a two-letter ISO code, e.g. CN', 'country');
    }
    return [d.subjectKind, materialId, country, d.indicator, d.customName, d.name, d.unit, d.frequency, d.source, d.licence];
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

  private async findAlerts(
    actor: Actor,
    filter: { seriesId?: string; ids?: string[]; sinceDays?: number; from?: string; to?: string; unacknowledgedOnly?: boolean },
  ): Promise<MonitoringAlertModel[]> {
    const ids = filter.ids?.filter(isUuid) ?? null;
    if (ids && ids.length === 0) return [];
    return this.ds.query(
      `SELECT ${ALERT_COLUMNS}, ${ONGOING} AS ongoing,
              EXISTS (SELECT 1 FROM monitoring_alert_ack k WHERE k.alert_id = a.id AND k.user_id = $1) AS acknowledged
       FROM monitoring_alert a JOIN monitoring_threshold t ON t.id = a.threshold_id
       WHERE ($2::uuid IS NULL OR a.series_id = $2)
         AND ($3::uuid[] IS NULL OR a.id = ANY($3))
         AND ($4::int IS NULL OR a.crossed_on >= current_date - $4::int OR ${ONGOING})
         AND ($5::date IS NULL OR a.crossed_on >= $5) AND ($6::date IS NULL OR a.crossed_on <= $6)
         AND (NOT $7 OR NOT EXISTS (SELECT 1 FROM monitoring_alert_ack k WHERE k.alert_id = a.id AND k.user_id = $1))
       ORDER BY a.crossed_on DESC, a.raised_at DESC, a.id
       LIMIT ${ALERT_PAGE}`,
      [actor.userId, filter.seriesId ?? null, ids, filter.sinceDays ?? null, filter.from ?? null, filter.to ?? null, filter.unacknowledgedOnly ?? false],
    ) as Promise<MonitoringAlertModel[]>;
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
