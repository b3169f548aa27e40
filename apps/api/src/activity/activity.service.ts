import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import type { ActivityKind, ActivitySubject } from '@routekaart/db';
import { badInput, DomainError } from '@routekaart/domain';
import { isUuid } from '../common/ids';
import type { ActivityRef } from './activity';
import type { ActivityEntryModel } from './activity.models';

/** Default and largest page of a feed. */
export const ACTIVITY_PAGE = 30;
export const ACTIVITY_PAGE_MAX = 100;

interface EntryRow {
  id: string;
  roadmapId: string;
  roadmapTitle: string;
  at: Date;
  kind: ActivityKind;
  subject: ActivitySubject;
  subjectId: string;
  title: string;
  from: string | null;
  to: string | null;
  note: string | null;
  actorName: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
}

/**
 * The activity feeds: of one roadmap, and across the roadmaps of the viewer. A roadmap's feed is
 * read by whoever may read its interventions (every participant); entries never carry more than
 * what every participant reads on the risk register and the interventions.
 */
@Injectable()
export class ActivityService {
  constructor(private readonly ds: DataSource) {}

  /** A roadmap's entries, newest first; NOT_FOUND (on `roadmapId`) unless the viewer may read its interventions. */
  async roadmapActivity(ability: AppAbility, roadmapId: string, first?: number | null, before?: string | null): Promise<ActivityEntryModel[]> {
    const id = this.assertReadableRoadmap(ability, roadmapId);
    return this.load([id], first, before);
  }

  /** Entries of every roadmap whose interventions the viewer may read, newest first. */
  async myActivity(ability: AppAbility, first?: number | null): Promise<ActivityEntryModel[]> {
    const limit = pageOf(first);
    const ids = await this.readableRoadmapIds(ability);
    return ids.length === 0 ? [] : this.load(ids, limit, null);
  }

  /** Fails with NOT_FOUND (on `roadmapId`) unless the viewer may read the roadmap's interventions. */
  assertReadableRoadmap(ability: AppAbility, roadmapId: string): string {
    if (!isUuid(roadmapId) || !ability.can('read', subject('Intervention', { roadmapId }))) {
      throw new DomainError('NOT_FOUND', 'roadmap not found', 'roadmapId');
    }
    return roadmapId.toLowerCase();
  }

  /** One new entry as a subscriber sees it: null (not delivered) when it may not read it (any more). */
  async entryAsSeenBy(ability: AppAbility, ref: ActivityRef): Promise<ActivityEntryModel | null> {
    if (!ability.can('read', subject('Intervention', { roadmapId: ref.roadmapId }))) return null;
    const [row] = await this.ds.query<EntryRow[]>(`${SELECT} WHERE a.uid = $1 AND a.roadmap_id = $2`, [ref.id, ref.roadmapId]);
    return row ? toModel(row) : null;
  }

  private async readableRoadmapIds(ability: AppAbility): Promise<string[]> {
    const roadmaps = await this.ds.query<{ id: string }[]>(`SELECT id FROM roadmap ORDER BY id`);
    return roadmaps.map((r) => r.id).filter((roadmapId) => ability.can('read', subject('Intervention', { roadmapId })));
  }

  private async load(roadmapIds: string[], first: number | null | undefined, before: string | null | undefined): Promise<ActivityEntryModel[]> {
    const limit = pageOf(first);
    let beforeSerial: string | null = null;
    if (before != null) {
      // Only an entry of the same feed counts: one elsewhere answers as one that does not exist.
      const [entry] = isUuid(before)
        ? await this.ds.query<{ serial: string }[]>(`SELECT id::text AS serial FROM roadmap_activity WHERE uid = $1 AND roadmap_id = ANY($2::uuid[])`, [
            before,
            roadmapIds,
          ])
        : [];
      if (!entry) throw badInput('before', 'Give the id of an entry of this feed');
      beforeSerial = entry.serial;
    }
    const rows = await this.ds.query<EntryRow[]>(
      `${SELECT} WHERE a.roadmap_id = ANY($1::uuid[]) AND ($2::bigint IS NULL OR a.id < $2::bigint) ORDER BY a.id DESC LIMIT $3`,
      [roadmapIds, beforeSerial, limit],
    );
    return rows.map(toModel);
  }
}

const SELECT = `
  SELECT a.uid::text AS id, a.roadmap_id AS "roadmapId", r.title AS "roadmapTitle", a.at, a.kind, a.subject_type AS subject,
         a.subject_id AS "subjectId", a.title, a.from_value AS "from", a.to_value AS "to", a.note,
         u.name AS "actorName", a.actor_org_id AS "actorOrgId", o.name AS "actorOrgName"
  FROM roadmap_activity a
  JOIN roadmap r ON r.id = a.roadmap_id
  LEFT JOIN app_user u ON u.id = a.actor_user_id
  LEFT JOIN organisation o ON o.id = a.actor_org_id`;

function pageOf(first: number | null | undefined): number {
  const n = first ?? ACTIVITY_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > ACTIVITY_PAGE_MAX) throw badInput('first', `Ask for 1 to ${ACTIVITY_PAGE_MAX} entries`);
  return n;
}

function toModel(r: EntryRow): ActivityEntryModel {
  return {
    id: r.id,
    roadmapId: r.roadmapId,
    roadmapTitle: r.roadmapTitle,
    at: r.at,
    kind: r.kind,
    subject: r.subject,
    subjectId: r.subjectId,
    title: r.title,
    from: r.from,
    to: r.to,
    note: r.note,
    actor: { name: r.actorName, organisationId: r.actorOrgId, organisationName: r.actorOrgName },
  };
}
