import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import { redactFields, type Actor, type AppAbility, type Visibility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import {
  DomainError,
  forbidden,
  quarterOf,
  recordsForViewer,
  validateDisruptionReport,
  type DisruptionCause,
  type DisruptionMeasure,
  type MonitoringFieldError,
} from '@routekaart/domain';
import { recordAudit } from '../audit/audit';
import { checkOrganisations, readableItem } from '../chain/chain.queries';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import type { DisruptionAggregateModel, DisruptionGrouping, DisruptionReportInput, DisruptionReportModel, DisruptionSignalModel } from './disruption.models';

/** A report as the rules see it and the queries select it. */
interface ReportRow {
  id: string;
  reportingOrgId: string;
  materialId: string | null;
  itemId: string | null;
  startedOn: string;
  durationWeeks: number | null;
  delayWeeks: number | null;
  priceEffectPct: number | null;
  cause: DisruptionCause;
  measures: DisruptionMeasure[];
  description: string;
  visibility: Visibility;
  sharedWith: string[];
  roadmapIds: string[];
}

/** Several reports on one material in one quarter make a signal (in the figures the reader may see). */
const SIGNAL_MIN_REPORTS = 3;

const COLUMNS = `
  d.id, d.reporting_org_id AS "reportingOrgId", d.material_id AS "materialId", d.item_id AS "itemId",
  to_char(d.started_on, 'YYYY-MM-DD') AS "startedOn", d.duration_weeks::float8 AS "durationWeeks", d.delay_weeks::float8 AS "delayWeeks",
  d.price_effect_pct::float8 AS "priceEffectPct", d.cause, d.measures, d.description, d.visibility, d.shared_with AS "sharedWith",
  ARRAY(SELECT r.id FROM roadmap r WHERE r.product_group_id = (SELECT di.product_group_id FROM item di WHERE di.id = d.item_id)) AS "roadmapIds"`;

const average = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 10) / 10 : null;
};

function invalid(errors: readonly MonitoringFieldError[]): DomainError {
  const field = (name: string) => (name === 'priceEffectPercent' ? 'priceEffectPct' : name);
  return new DomainError('BAD_USER_INPUT', errors[0]?.message ?? 'Invalid input', field(errors[0]?.field ?? ''), {
    errors: errors.map((e) => ({ ...e, field: field(e.field) })),
  });
}

/**
 * Disruption reports, the company network's shared memory. A report is chain data of the company
 * that filed it (visibility OWNER by default, widened or shared at will); everyone else sees figures
 * over reports under the suppression rule (`recordsForViewer`), per material, cause, measure and
 * quarter, and the signals those figures make — never one company's reports through them.
 */
@Injectable()
export class DisruptionService {
  constructor(private readonly ds: DataSource) {}

  /** The reports the reader may read, newest first, each with the fields it may see. */
  async reports(ability: AppAbility): Promise<DisruptionReportModel[]> {
    const f = accessibleWhere(ability, 'read', 'DisruptionReport', 'd');
    const rows = await queryNamed<ReportRow>(this.ds, `SELECT ${COLUMNS} FROM disruption_report d WHERE (${f.sql}) ORDER BY d.started_on DESC, d.id`, f.params);
    return Promise.all(rows.map((row) => this.asSeenBy(ability, row)));
  }

  async create(actor: Actor, ability: AppAbility, input: DisruptionReportInput): Promise<DisruptionReportModel> {
    if (!ability.can('create', subject('DisruptionReport', { reportingOrgId: actor.organisationId } as never))) throw forbidden('Only companies report disruptions');
    const id = await this.ds.transaction(async (em) => {
      const v = await this.check(em, ability, input);
      const [row] = (await em.query(
        `INSERT INTO disruption_report (reporting_org_id, reported_by, material_id, item_id, started_on, duration_weeks, delay_weeks, price_effect_pct,
                                        cause, measures, description, visibility, shared_with)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [actor.organisationId, actor.userId, ...v],
      )) as { id: string }[];
      await recordAudit(em, actor, 'disruption.create', 'DisruptionReport', row!.id, { startedOn: input.startedOn, cause: input.cause });
      return row!.id;
    });
    return this.readable(ability, id);
  }

  async update(actor: Actor, ability: AppAbility, id: string, input: DisruptionReportInput): Promise<DisruptionReportModel> {
    await this.ds.transaction(async (em) => {
      const row = await this.readableRow(em, ability, id);
      if (!ability.can('update', subject('DisruptionReport', row))) throw forbidden('Only the reporting company changes its report');
      const v = await this.check(em, ability, input, row);
      await em.query(
        `UPDATE disruption_report SET material_id = $2, item_id = $3, started_on = $4, duration_weeks = $5, delay_weeks = $6, price_effect_pct = $7,
                cause = $8, measures = $9, description = $10, visibility = $11, shared_with = $12, updated_at = now() WHERE id = $1`,
        [id, ...v],
      );
      await recordAudit(em, actor, 'disruption.update', 'DisruptionReport', id, { startedOn: input.startedOn, cause: input.cause });
    });
    return this.readable(ability, id);
  }

  async delete(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    await this.ds.transaction(async (em) => {
      const row = await this.readableRow(em, ability, id);
      if (!ability.can('delete', subject('DisruptionReport', row))) throw forbidden('Only the reporting company deletes its report');
      await em.query('DELETE FROM disruption_report WHERE id = $1', [id]);
      await recordAudit(em, actor, 'disruption.delete', 'DisruptionReport', id, {});
    });
    return true;
  }

  /**
   * Figures per group (material, cause, measure or quarter), optionally for reports started in
   * [from, to]: each group over the reports the reader may read, plus the others' only when the
   * suppression rule lets them be combined. A group with nothing to show is left out.
   */
  async aggregates(ability: AppAbility, by: DisruptionGrouping, from?: string | null, to?: string | null): Promise<DisruptionAggregateModel[]> {
    const rows = await this.allRows(from, to);
    const groups = new Map<string, ReportRow[]>();
    for (const row of rows) for (const key of this.keysOf(row, by)) groups.set(key, [...(groups.get(key) ?? []), row]);
    const out: DisruptionAggregateModel[] = [];
    for (const [key, members] of groups) {
      const figure = this.figureFor(ability, members);
      if (figure.reports.length) {
        out.push({
          key,
          reports: figure.reports.length,
          organisations: figure.contributors,
          averageDelayWeeks: average(figure.reports.map((r) => r.delayWeeks)),
          averagePriceEffectPct: average(figure.reports.map((r) => r.priceEffectPct)),
          includesOthers: figure.includesOthers,
        });
      }
    }
    return out.sort((a, b) => b.reports - a.reports || a.key.localeCompare(b.key));
  }

  /** Materials with several reports in one quarter, in the figures the reader may see; newest quarter first. */
  async signals(ability: AppAbility): Promise<DisruptionSignalModel[]> {
    const rows = (await this.allRows()).filter((r) => r.materialId);
    const groups = new Map<string, ReportRow[]>();
    for (const row of rows) {
      const key = `${row.materialId}|${quarterOf(row.startedOn)}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const out: DisruptionSignalModel[] = [];
    for (const [key, members] of groups) {
      const figure = this.figureFor(ability, members);
      if (figure.reports.length < SIGNAL_MIN_REPORTS) continue;
      const [materialId, quarter] = key.split('|') as [string, string];
      out.push({ materialId, quarter, reports: figure.reports.length, organisations: figure.contributors, includesOthers: figure.includesOthers });
    }
    return out.sort((a, b) => b.quarter.localeCompare(a.quarter) || b.reports - a.reports || a.materialId.localeCompare(b.materialId));
  }

  // ---- internals --------------------------------------------------------------------------------

  /** The reports of a group the reader's figure is computed over (see `recordsForViewer`). */
  private figureFor(ability: AppAbility, members: readonly ReportRow[]) {
    const { records, includesOthers, contributors } = recordsForViewer(
      members.map((row) => ({ row, organisationId: row.reportingOrgId, weight: 1, visibleToViewer: ability.can('read', subject('DisruptionReport', row)) })),
    );
    return { reports: records.map((r) => r.row), includesOthers, contributors };
  }

  private keysOf(row: ReportRow, by: DisruptionGrouping): string[] {
    switch (by) {
      case 'MATERIAL':
        return row.materialId ? [row.materialId] : [];
      case 'CAUSE':
        return [row.cause];
      case 'MEASURE':
        return row.measures;
      case 'QUARTER':
        return [quarterOf(row.startedOn)];
    }
  }

  /** Every report (for figures computed per reader; never returned as rows). */
  private allRows(from?: string | null, to?: string | null): Promise<ReportRow[]> {
    return this.ds.query(
      `SELECT ${COLUMNS} FROM disruption_report d WHERE ($1::date IS NULL OR d.started_on >= $1) AND ($2::date IS NULL OR d.started_on <= $2) ORDER BY d.id`,
      [from ?? null, to ?? null],
    ) as Promise<ReportRow[]>;
  }

  /** The columns from `material_id` to `shared_with`, checked; visibility and sharing left out keep those of `existing`. */
  private async check(em: EntityManager, ability: AppAbility, input: DisruptionReportInput, existing?: ReportRow): Promise<unknown[]> {
    const checked = validateDisruptionReport({ ...input, priceEffectPercent: input.priceEffectPct }, { today: new Date().toISOString().slice(0, 10) });
    if (!checked.ok) throw invalid(checked.errors);
    const v = checked.value;
    if (v.materialId) {
      const [material] = isUuid(v.materialId) ? ((await em.query('SELECT id FROM material WHERE id = $1', [v.materialId])) as unknown[]) : [];
      if (!material) throw new DomainError('BAD_USER_INPUT', 'Choose a material from the catalogue', 'materialId');
    }
    // An item the reporter may not read is "not found", exactly like one that does not exist.
    if (v.itemId) await readableItem(em, ability, v.itemId, 'itemId');
    const sharedWith = input.sharedWith == null ? (existing?.sharedWith ?? []) : await checkOrganisations(em, input.sharedWith, 'sharedWith');
    return [
      v.materialId,
      v.itemId,
      v.startedOn,
      v.durationWeeks,
      v.delayWeeks,
      v.priceEffectPercent,
      v.cause,
      v.measures,
      v.description ?? '',
      input.visibility ?? existing?.visibility ?? 'OWNER',
      sharedWith,
    ];
  }

  private async readableRow(em: EntityManager | DataSource, ability: AppAbility, id: string): Promise<ReportRow> {
    const f = accessibleWhere(ability, 'read', 'DisruptionReport', 'd');
    const [row] = isUuid(id)
      ? await queryNamed<ReportRow>(em, `SELECT ${COLUMNS} FROM disruption_report d WHERE (${f.sql}) AND d.id = CAST(:id AS uuid)`, { ...f.params, id })
      : [];
    if (!row) throw new DomainError('NOT_FOUND', 'disruption report not found', 'id');
    return row;
  }

  private async readable(ability: AppAbility, id: string): Promise<DisruptionReportModel> {
    return this.asSeenBy(ability, await this.readableRow(this.ds, ability, id));
  }

  /** The row with the fields the reader may not see set to null; the item only when the reader may read it. */
  private async asSeenBy(ability: AppAbility, row: ReportRow): Promise<DisruptionReportModel> {
    const shown = redactFields(ability, 'read', subject('DisruptionReport', { ...row }));
    let itemId = shown.itemId;
    if (itemId) itemId = await readableItem(this.ds.manager, ability, itemId, 'itemId').then(() => itemId, () => null);
    return {
      id: row.id,
      materialId: shown.materialId,
      itemId,
      startedOn: row.startedOn,
      durationWeeks: shown.durationWeeks,
      delayWeeks: shown.delayWeeks,
      priceEffectPct: shown.priceEffectPct,
      cause: row.cause,
      measures: row.measures,
      description: shown.description,
      visibility: row.visibility,
      reportingOrgId: shown.reportingOrgId,
      canUpdate: ability.can('update', subject('DisruptionReport', row)),
    };
  }
}
