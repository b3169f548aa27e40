import type { EntityManager } from 'typeorm';
import type { ActivityKind, ActivitySubject } from '@routekaart/db';
import type { Actor } from '../common/actor';

/** What happened in a roadmap, for its activity feed. Never carry what not every participant may read. */
export interface ActivityInput {
  roadmapId: string;
  kind: ActivityKind;
  subject: ActivitySubject;
  subjectId: string;
  /** The risk's, intervention's or roadmap's title at the time. */
  title: string;
  from?: string | null;
  to?: string | null;
  note?: string | null;
}

/** A recorded entry: publish it with `ActivityEvents.publish` once the transaction committed. */
export interface ActivityRef {
  /** The entry's `uid` (what clients see as its id). */
  id: string;
  roadmapId: string;
}

/**
 * Appends an entry to the roadmap's activity feed inside the caller's transaction (like
 * `recordAudit`), so the entry and the change it describes commit or roll back together.
 */
export async function recordActivity(
  em: EntityManager,
  actor: Pick<Actor, 'userId' | 'organisationId'> | null,
  entry: ActivityInput,
): Promise<ActivityRef> {
  const [row] = (await em.query(
    `INSERT INTO roadmap_activity (roadmap_id, actor_user_id, actor_org_id, kind, subject_type, subject_id, title, from_value, to_value, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING uid::text AS id`,
    [
      entry.roadmapId,
      actor?.userId ?? null,
      actor?.organisationId ?? null,
      entry.kind,
      entry.subject,
      entry.subjectId,
      entry.title,
      entry.from ?? null,
      entry.to ?? null,
      entry.note ?? null,
    ],
  )) as { id: string }[];
  return { id: row!.id, roadmapId: entry.roadmapId };
}
