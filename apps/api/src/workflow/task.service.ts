import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import type { Actor } from '../common/actor';
import { queryNamed } from '../common/sql';
import { InterventionService } from '../interventions/intervention.service';
import { RiskService } from '../risks/risk.service';
import type { MyTasksModel } from './task.models';

/** A risk is due for review from this many days before its review date. */
export const REVIEW_WINDOW_DAYS = 30;

/**
 * The dashboard's "my tasks": what waits for the viewer's organisation. Each list is selected
 * through the viewer's rules (and for decisions, where its ability says it decides) and then read
 * through the risk and intervention services, so the rows look exactly as on the roadmap pages.
 */
@Injectable()
export class TaskService {
  constructor(
    private readonly ds: DataSource,
    private readonly risks: RiskService,
    private readonly interventions: InterventionService,
  ) {}

  async myTasks(actor: Actor, ability: AppAbility): Promise<MyTasksModel> {
    const read = accessibleWhere(ability, 'read', 'Intervention', 'i');
    const decide = accessibleWhere(ability, 'decide', 'Intervention', 'i');
    const readRisk = accessibleWhere(ability, 'read', 'Risk', 'k');
    const [owned, awaiting, toReview] = await Promise.all([
      this.ids(
        `SELECT i.id FROM intervention i
         WHERE (${read.sql}) AND i.owner_org_id = CAST(:org AS uuid) AND i.status IN ('AGREED', 'IN_PROGRESS')
         ORDER BY i.due_date ASC NULLS LAST, i.title, i.id`,
        { ...read.params, org: actor.organisationId },
      ),
      this.ids(
        `SELECT i.id FROM intervention i
         WHERE (${read.sql}) AND (${decide.sql}) AND i.status = 'PROPOSED'
         ORDER BY i.created_at, i.id`,
        { ...read.params, ...decide.params },
      ),
      this.ids(
        `SELECT k.id FROM risk k
         WHERE (${readRisk.sql}) AND k.owner_org_id = CAST(:org AS uuid) AND k.status <> 'CLOSED'
           AND k.review_date <= current_date + CAST(:days AS int)
         ORDER BY k.review_date, k.title, k.id`,
        { ...readRisk.params, org: actor.organisationId, days: REVIEW_WINDOW_DAYS },
      ),
    ]);
    const [ownedInterventions, awaitingDecision, risksToReview] = await Promise.all([
      this.interventions.find(actor, ability, { ids: owned }).then((rows) => inOrder(owned, rows)),
      this.interventions.find(actor, ability, { ids: awaiting }).then((rows) => inOrder(awaiting, rows)),
      this.risks.find(ability, { ids: toReview }).then((rows) => inOrder(toReview, rows)),
    ]);
    return { ownedInterventions, awaitingDecision, risksToReview };
  }

  private async ids(sql: string, params: Record<string, unknown>): Promise<string[]> {
    return (await queryNamed<{ id: string }>(this.ds, sql, params)).map((r) => r.id);
  }
}

/** The rows in the order of `ids` (the services order by their own criteria). */
function inOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
