import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';

/**
 * Appends an audit event inside the caller's transaction, so the record and the change it
 * describes commit or roll back together. Every write and every export calls this. A change the
 * platform makes to an organisation's data on someone else's action (a part withdrawn by its owner)
 * is recorded for that organisation, without a user.
 */
export async function recordAudit(
  em: EntityManager,
  actor: Pick<Actor, 'userId' | 'organisationId'> | { userId: null; organisationId: string } | null,
  action: string,
  subjectType: string,
  subjectId: string | null,
  changes: Record<string, unknown> = {},
): Promise<void> {
  await em.query(
    `INSERT INTO audit_event (actor_user_id, actor_organisation_id, action, subject_type, subject_id, changes)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [actor?.userId ?? null, actor?.organisationId ?? null, action, subjectType, subjectId, JSON.stringify(changes)],
  );
}
