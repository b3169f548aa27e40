import { subject } from '@casl/ability';
import { In, type EntityManager } from 'typeorm';
import { defineAbilityFor, permittedFields, type AppAbility } from '@routekaart/access';
import { accessibleWhere, OrganisationEntity, type ParticipantRole, type Visibility } from '@routekaart/db';
import { queryNamed } from '../common/sql';
import type { ItemRow } from './chain.queries';

// "Who sees this": who reads a company's contribution, judged by the rules that guard it, for each
// organisation as far as the asking company may know it. The preview of the contribution form, the
// `audience` of each listed link and the page "what others see of my data" all go through here, so
// they cannot disagree.

/** A participation the asker may read (the asker's `read Participant` rules decide which). */
export interface KnownParticipation {
  organisationId: string;
  roadmapId: string;
  role: ParticipantRole;
}

/** A supply link the asker contributes (or is about to): what the rules read of it, and its item as the asker reads it. */
export interface Contribution {
  visibility: Visibility;
  sharedWith: readonly string[];
  item: ItemRow;
}

export interface Audience {
  /** Read the link with its supplier and its contributor. */
  seeEverything: OrganisationEntity[];
  /** Read its figures only. */
  seeFigures: OrganisationEntity[];
}

/**
 * The participations in `roadmapIds` the asker may read. Only these feed another organisation's
 * simulated ability, so no answer built on them depends on a roadmap hidden from the asker.
 */
export async function knownParticipations(db: EntityManager, ability: AppAbility, roadmapIds: readonly string[]): Promise<KnownParticipation[]> {
  if (roadmapIds.length === 0) return [];
  const p = accessibleWhere(ability, 'read', 'Participant', 'p');
  return queryNamed<KnownParticipation>(
    db,
    `SELECT p.organisation_id AS "organisationId", p.roadmap_id AS "roadmapId", p.role FROM participant p
     WHERE (${p.sql}) AND p.roadmap_id = ANY(CAST(:roadmapIds AS uuid[]))`,
    { ...p.params, roadmapIds: [...new Set(roadmapIds)] },
  );
}

/**
 * The ability a user of `organisation` would have, as far as the asker knows its participations
 * (only those in `roadmapIds`, when given). Reading rules do not differ by user role, so a viewer
 * stands in for every user of the organisation.
 */
export function readerAbilityOf(
  organisation: Pick<OrganisationEntity, 'id' | 'kind'>,
  known: readonly KnownParticipation[],
  roadmapIds?: readonly string[],
): AppAbility {
  return defineAbilityFor({
    userId: '',
    organisationId: organisation.id,
    organisationKind: organisation.kind,
    role: 'VIEWER',
    participations: known
      .filter((k) => k.organisationId === organisation.id && (!roadmapIds || roadmapIds.includes(k.roadmapId)))
      .map(({ roadmapId, role }) => ({ roadmapId, role })),
  });
}

/**
 * The subjects the rules judge a contribution of `contributorOrgId` by. The item's own sharing
 * list counts only when the item is the contributor's: someone else's item's sharing list is not
 * the contributor's to read.
 */
export function contributionSubjects(contributorOrgId: string, c: Contribution) {
  return {
    link: subject('SupplyLink', {
      id: '',
      itemId: c.item.id,
      contributedByOrgId: contributorOrgId,
      visibility: c.visibility,
      sharedWith: [...c.sharedWith],
      roadmapIds: c.item.roadmapIds,
    }),
    item: subject('Item', { ...c.item, sharedWith: c.item.ownerOrgId === contributorOrgId ? c.item.sharedWith : [] }),
  };
}

/**
 * Who would see each contribution of the asker's organisation: for each organisation the asker may
 * know of (its own, those the link is shared with, the participants it may read of the item's
 * roadmaps), whether the ability that organisation would have reads the link and its item, and
 * whether it reads the supplier. Two statements for any number of contributions; organisations by name.
 */
export async function contributionAudiences(
  db: EntityManager,
  contributorOrgId: string,
  ability: AppAbility,
  contributions: readonly Contribution[],
): Promise<Audience[]> {
  if (contributions.length === 0) return [];
  const known = await knownParticipations(db, ability, contributions.flatMap((c) => c.item.roadmapIds));
  const candidateIds = [...new Set([contributorOrgId, ...contributions.flatMap((c) => c.sharedWith), ...known.map((k) => k.organisationId)])];
  const organisations = await db.getRepository(OrganisationEntity).find({ where: { id: In(candidateIds) }, order: { name: 'ASC' } });
  // The items of a product group share their roadmaps, so a few abilities serve every link.
  const abilities = new Map<string, AppAbility>();
  const readerFor = (organisation: OrganisationEntity, roadmapIds: readonly string[]) => {
    const key = `${organisation.id}|${[...roadmapIds].sort().join(',')}`;
    let reader = abilities.get(key);
    if (!reader) abilities.set(key, (reader = readerAbilityOf(organisation, known, roadmapIds)));
    return reader;
  };
  return contributions.map((c) => {
    const { link, item } = contributionSubjects(contributorOrgId, c);
    const candidates = new Set([
      contributorOrgId,
      ...c.sharedWith,
      ...known.filter((k) => c.item.roadmapIds.includes(k.roadmapId)).map((k) => k.organisationId),
    ]);
    const audience: Audience = { seeEverything: [], seeFigures: [] };
    for (const organisation of organisations) {
      if (!candidates.has(organisation.id)) continue;
      const reader = readerFor(organisation, c.item.roadmapIds);
      if (!reader.can('read', link) || !reader.can('read', item)) continue;
      (permittedFields(reader, 'read', link).includes('supplierName') ? audience.seeEverything : audience.seeFigures).push(organisation);
    }
    return audience;
  });
}
