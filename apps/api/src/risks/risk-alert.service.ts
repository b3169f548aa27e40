import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { Actor, AppAbility } from '@routekaart/access';
import { DomainError, forbidden } from '@routekaart/domain';
import { recordActivity } from '../activity/activity';
import { ActivityEvents } from '../activity/activity.events';
import { recordAudit } from '../audit/audit';
import { isUuid } from '../common/ids';
import type { MonitoringAlertModel } from '../monitoring/monitoring.models';
import { MonitoringService } from '../monitoring/monitoring.service';
import type { RiskModel } from './risk.models';
import { RiskService } from './risk.service';

/**
 * Monitoring alerts linked to risks of a register: the signal a risk is watched by. Whoever may change
 * the risk links an alert that concerns the risk's roadmap as the linker sees that roadmap's chain;
 * every reader of the risk then sees the link (it is the register's content, like its text).
 */
@Injectable()
export class RiskAlertService {
  constructor(
    private readonly ds: DataSource,
    private readonly risks: RiskService,
    private readonly monitoring: MonitoringService,
    private readonly activity: ActivityEvents,
  ) {}

  /** The alerts linked to a risk, newest crossing first. */
  async alertsOf(actor: Actor, ability: AppAbility, riskId: string): Promise<MonitoringAlertModel[]> {
    const rows = (await this.ds.query('SELECT alert_id AS id FROM monitoring_alert_risk WHERE risk_id = $1', [riskId])) as { id: string }[];
    // Alerts of a series about an item the reader may not read are left out, as for any such series.
    return rows.length ? this.monitoring.alertsByIds(actor, ability, rows.map((r) => r.id)) : [];
  }

  /** The risks linked to an alert that the reader may read. */
  async risksOf(ability: AppAbility, alertId: string): Promise<RiskModel[]> {
    const rows = (await this.ds.query('SELECT risk_id AS id FROM monitoring_alert_risk WHERE alert_id = $1', [alertId])) as { id: string }[];
    return rows.length ? this.risks.find(ability, { ids: rows.map((r) => r.id) }) : [];
  }

  async link(actor: Actor, ability: AppAbility, requestKey: object, riskId: string, alertId: string): Promise<RiskModel> {
    const { risk, alert } = await this.check(actor, ability, requestKey, riskId, alertId);
    const entry = await this.ds.transaction(async (em) => {
      const inserted = (await em.query(
        'INSERT INTO monitoring_alert_risk (alert_id, risk_id, linked_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING alert_id',
        [alert.id, risk.id, actor.userId],
      )) as unknown[];
      if (!inserted.length) return null;
      await recordAudit(em, actor, 'risk.alert.link', 'Risk', risk.id, { roadmapId: risk.roadmapId, alertId: alert.id });
      const series = await this.monitoring.series(ability, alert.seriesId, em);
      return recordActivity(em, actor, {
        roadmapId: risk.roadmapId,
        kind: 'RISK_UPDATED',
        subject: 'RISK',
        subjectId: risk.id,
        title: risk.title,
        // The feed reaches every participant: a series about an item some may not read is not named.
        note: series.subjectKind === 'ITEM' ? null : `${series.name} (${alert.date})`,
      });
    });
    if (entry) this.activity.publish(entry);
    return this.risks.risk(ability, risk.id);
  }

  async unlink(actor: Actor, ability: AppAbility, riskId: string, alertId: string): Promise<RiskModel> {
    const risk = await this.risks.risk(ability, riskId);
    this.assertMayChange(ability, risk);
    await this.ds.transaction(async (em) => {
      const deleted = (await em.query('DELETE FROM monitoring_alert_risk WHERE alert_id = $1 AND risk_id = $2 RETURNING alert_id', [
        isUuid(alertId) ? alertId : null,
        risk.id,
      ])) as unknown[];
      const removed = Array.isArray(deleted[0]) ? (deleted[0] as unknown[]).length : deleted.length;
      if (!removed) throw new DomainError('NOT_FOUND', 'alert not linked to this risk', 'alertId');
      await recordAudit(em, actor, 'risk.alert.unlink', 'Risk', risk.id, { roadmapId: risk.roadmapId, alertId });
    });
    return this.risks.risk(ability, risk.id);
  }

  /** The risk (readable, changeable by the actor) and the alert (concerning the risk's roadmap as the actor sees it). */
  private async check(actor: Actor, ability: AppAbility, requestKey: object, riskId: string, alertId: string) {
    const risk = await this.risks.risk(ability, riskId);
    this.assertMayChange(ability, risk);
    const alert = isUuid(alertId) ? await this.monitoring.alertFor(actor, ability, requestKey, alertId) : null;
    if (!alert) throw new DomainError('NOT_FOUND', 'alert not found', 'alertId');
    const roadmaps = await this.monitoring.concernedRoadmaps(actor, ability, requestKey, await this.monitoring.series(ability, alert.seriesId));
    if (!roadmaps.some((r) => r.id === risk.roadmapId)) {
      throw new DomainError('BAD_USER_INPUT', "The alert is about a subject this roadmap's chain does not depend on", 'alertId');
    }
    return { risk, alert };
  }

  private assertMayChange(ability: AppAbility, risk: RiskModel): void {
    if (!ability.can('update', subject('Risk', { roadmapId: risk.roadmapId, ownerOrgId: risk.ownerOrgId }))) {
      throw forbidden('Only a roadmap lead or the owning organisation may change this risk');
    }
  }
}
