import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere, OrganisationEntity, ParticipantEntity, RoadmapEntity, type ParticipantRole } from '@routekaart/db';
import { DomainError, forbidden } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { AccessChanges } from '../common/access-changes';
import { queryNamed } from '../common/sql';
import { isUuid } from '../common/ids';

/** Roadmaps and who takes part in them. Participation decides what chain data an organisation sees. */
@Injectable()
export class RoadmapService {
  constructor(
    private readonly ds: DataSource,
    private readonly accessChanges: AccessChanges,
  ) {}

  roadmaps(ability: AppAbility): Promise<RoadmapEntity[]> {
    const f = accessibleWhere(ability, 'read', 'Roadmap', 'r');
    return queryNamed<RoadmapEntity>(
      this.ds,
      `SELECT r.id, r.title, r.phase, r.product_group_id AS "productGroupId" FROM roadmap r WHERE (${f.sql}) ORDER BY r.title`,
      f.params,
    );
  }

  async roadmap(ability: AppAbility, id: string): Promise<RoadmapEntity> {
    const f = accessibleWhere(ability, 'read', 'Roadmap', 'r');
    const [row] = await queryNamed<RoadmapEntity>(
      this.ds,
      `SELECT r.id, r.title, r.phase, r.product_group_id AS "productGroupId" FROM roadmap r WHERE (${f.sql}) AND r.id = CAST(:id AS uuid)`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'roadmap not found', 'roadmapId');
    return row;
  }

  participants(ability: AppAbility, roadmapId: string): Promise<ParticipantEntity[]> {
    const f = accessibleWhere(ability, 'read', 'Participant', 'p');
    return queryNamed<ParticipantEntity>(
      this.ds,
      `SELECT p.id, p.role, p.roadmap_id AS "roadmapId", p.organisation_id AS "organisationId"
       FROM participant p JOIN organisation o ON o.id = p.organisation_id
       WHERE (${f.sql}) AND p.roadmap_id = :roadmapId ORDER BY o.name`,
      { ...f.params, roadmapId },
    );
  }

  /** Adds an organisation to a roadmap, or changes its role; only the roadmap's leads may. */
  async setParticipant(actor: Actor, ability: AppAbility, roadmapId: string, organisationId: string, role: ParticipantRole): Promise<ParticipantEntity> {
    const roadmap = await this.roadmap(ability, roadmapId);
    const participant = await this.ds.transaction(async (em) => {
      if (!isUuid(organisationId) || !(await em.existsBy(OrganisationEntity, { id: organisationId }))) {
        throw new DomainError('NOT_FOUND', 'organisation not found', 'organisationId');
      }
      const existing = await em.findOneBy(ParticipantEntity, { roadmapId: roadmap.id, organisationId });
      const action = existing ? 'update' : 'create';
      if (!ability.can(action, subject('Participant', { roadmapId: roadmap.id, organisationId }))) {
        throw forbidden('Only the roadmap lead may change who takes part');
      }
      if (existing?.role === 'LEAD' && role !== 'LEAD') await this.assertAnotherLead(em, roadmap.id, organisationId);
      const saved = await em.save(
        ParticipantEntity,
        existing ? { ...existing, role } : em.create(ParticipantEntity, { roadmapId: roadmap.id, organisationId, role }),
      );
      await recordAudit(em, actor, existing ? 'participant.update' : 'participant.add', 'Roadmap', roadmap.id, {
        organisationId,
        from: existing?.role ?? null,
        to: role,
      });
      return saved;
    });
    // Committed: the organisation's open collaboration sockets on this roadmap are re-checked before this returns.
    await this.accessChanges.publish({ kind: 'participant', roadmapId: roadmap.id, organisationId });
    return participant;
  }

  async removeParticipant(actor: Actor, ability: AppAbility, roadmapId: string, organisationId: string): Promise<boolean> {
    const roadmap = await this.roadmap(ability, roadmapId);
    // Who may remove is decided before looking: someone who may not read the participants (a
    // government reader of the roadmap) must not learn from the answer whether an organisation takes part.
    if (!ability.can('delete', subject('Participant', { roadmapId: roadmap.id, organisationId }))) {
      throw forbidden('Only the roadmap lead may change who takes part');
    }
    const removed = await this.ds.transaction(async (em) => {
      const existing = isUuid(organisationId) ? await em.findOneBy(ParticipantEntity, { roadmapId: roadmap.id, organisationId }) : null;
      if (!existing) throw new DomainError('NOT_FOUND', 'participant not found', 'organisationId');
      if (existing.role === 'LEAD') await this.assertAnotherLead(em, roadmap.id, organisationId);
      await em.delete(ParticipantEntity, { id: existing.id });
      await recordAudit(em, actor, 'participant.remove', 'Roadmap', roadmap.id, { organisationId, role: existing.role });
      return true;
    });
    // Committed: the organisation's open collaboration sockets on this roadmap are closed before this returns.
    await this.accessChanges.publish({ kind: 'participant', roadmapId: roadmap.id, organisationId });
    return removed;
  }

  private async assertAnotherLead(em: import('typeorm').EntityManager, roadmapId: string, leavingOrgId: string): Promise<void> {
    const [{ leads }] = await em.query(
      `SELECT count(*)::int AS leads FROM participant WHERE roadmap_id = $1 AND role = 'LEAD' AND organisation_id <> $2`,
      [roadmapId, leavingOrgId],
    );
    if (leads === 0) throw new DomainError('CONFLICT', 'a roadmap needs at least one lead', 'role');
  }
}
