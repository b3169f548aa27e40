import { subject } from '@casl/ability';
import type { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import { toSavedScenarioModel, type SavedScenarioRow } from './scenario.mappers';
import type { SavedScenarioModel } from './scenario.models';

export const savedScenarioColumns = `id, roadmap_id AS "roadmapId", name, input, created_by_org_id AS "createdByOrgId", created_at AS "createdAt"`;

/** Saved scenarios per roadmap (newest first), as the reader sees them; only of roadmaps whose content it may read. */
export async function savedScenariosOf(ds: DataSource, ability: AppAbility, roadmapIds: readonly string[]): Promise<SavedScenarioModel[][]> {
  const readable = roadmapIds.filter((id) => isUuid(id) && ability.can('read', subject('Risk', { roadmapId: id })));
  const rows = readable.length
    ? await ds.query<SavedScenarioRow[]>(
        `SELECT ${savedScenarioColumns} FROM scenario WHERE roadmap_id = ANY($1::uuid[]) ORDER BY created_at DESC, id`,
        [readable],
      )
    : [];
  const saved = await asReadBy(ds, ability, rows);
  return roadmapIds.map((id) => saved.filter((r) => r.roadmapId === id));
}

/**
 * Saved scenarios as one reader sees them: an event about an item the reader may not read is
 * left out of the question and of the result, name and all (the name is free text that may carry
 * what the item is), so the scenario reads as if that event had never been part of it.
 */
export async function asReadBy(ds: DataSource, ability: AppAbility, rows: SavedScenarioRow[]): Promise<SavedScenarioModel[]> {
  const itemIds = [...new Set(rows.flatMap((r) => r.input.events.map((e) => e.itemId).filter((id): id is string => !!id)))];
  const readable = new Set<string>();
  if (itemIds.length) {
    const f = accessibleWhere(ability, 'read', 'Item', 'i');
    const found = await queryNamed<{ id: string }>(ds, `SELECT i.id FROM item i WHERE (${f.sql}) AND i.id = ANY(CAST(:ids AS uuid[]))`, {
      ...f.params,
      ids: itemIds,
    });
    for (const { id } of found) readable.add(id);
  }
  return rows.map((row) =>
    toSavedScenarioModel({ ...row, input: { ...row.input, events: row.input.events.filter((e) => !e.itemId || readable.has(e.itemId)) } }),
  );
}
