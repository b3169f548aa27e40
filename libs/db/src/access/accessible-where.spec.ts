import { subject as tag } from '@casl/ability';
import { defineAbilityFor, permittedFields, type Actor, type SubjectType } from '@routekaart/access';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { createTestDatabase, type TestDatabase } from '../testing';
import { accessibleWhere } from './accessible-where';

// `accessibleWhere(..., { productGroupId })` must select exactly the rows the plain condition
// selects within that product group, for every demo user, and never a row of another group.

const QUERIES: Record<'Item' | 'Composition' | 'SupplyLink', { from: string; alias: string; groupOf: string }> = {
  Item: { from: 'item i', alias: 'i', groupOf: 'i.product_group_id' },
  Composition: { from: 'composition c JOIN item c_parent ON c_parent.id = c.parent_id', alias: 'c', groupOf: 'c_parent.product_group_id' },
  SupplyLink: { from: 'supply_link sl JOIN item sl_item ON sl_item.id = sl.item_id', alias: 'sl', groupOf: 'sl_item.product_group_id' },
};

describe('accessibleWhere scoped to one product group', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let actors: { email: string; actor: Actor }[];
  let ships: string;
  let other: string;

  async function ids(sql: string, params: Record<string, unknown>): Promise<string[]> {
    const [query, positional] = ds.driver.escapeQueryWithParameters(sql, params);
    const rows: { id: string }[] = await ds.query(query, positional);
    return rows.map((r) => r.id).sort();
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
    [{ id: ships }] = await ds.query(`SELECT id FROM product_group`);
    // A second product group whose roadmap has the shipyard as its only participant, with a
    // composition and a supply link visible to that roadmap.
    const [yard] = await ds.query(`SELECT id FROM organisation WHERE name LIKE 'Noordzee%'`);
    [{ id: other }] = await ds.query(`INSERT INTO product_group (name) VALUES ('Onderzeeboten') RETURNING id`);
    const [roadmap] = await ds.query(`INSERT INTO roadmap (product_group_id, title, phase) VALUES ($1, 'Onderzeeboten', 'SCOPING') RETURNING id`, [other]);
    await ds.query(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, 'LEAD')`, [roadmap.id, yard.id]);
    const [boat] = await ds.query(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) VALUES ($1, 'PLATFORM', 'Onderzeeboot', $2, 'ROADMAP') RETURNING id`,
      [other, yard.id],
    );
    const [sonar] = await ds.query(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) VALUES ($1, 'SYSTEM', 'Sonar', $2, 'ROADMAP') RETURNING id`,
      [other, yard.id],
    );
    await ds.query(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 1, 'pcs')`, [boat.id, sonar.id]);
    await ds.query(
      `INSERT INTO supply_link (item_id, supplier_name, country, share, visibility, contributed_by_org_id) VALUES ($1, 'Kiel Sonar GmbH', 'DE', 1, 'ROADMAP', $2)`,
      [sonar.id, yard.id],
    );

    const users: { email: string; userId: string; organisationId: string; kind: Actor['organisationKind']; role: Actor['role'] }[] = await ds.query(
      `SELECT u.email, u.id AS "userId", u.organisation_id AS "organisationId", o.kind, u.role FROM app_user u JOIN organisation o ON o.id = u.organisation_id`,
    );
    const participations: { organisationId: string; roadmapId: string; role: 'LEAD' | 'MEMBER' | 'OBSERVER' }[] = await ds.query(
      `SELECT organisation_id AS "organisationId", roadmap_id AS "roadmapId", role FROM participant`,
    );
    actors = users.map((u) => ({
      email: u.email,
      actor: {
        userId: u.userId,
        organisationId: u.organisationId,
        organisationKind: u.kind,
        role: u.role,
        participations: participations.filter((p) => p.organisationId === u.organisationId).map(({ roadmapId, role }) => ({ roadmapId, role })),
      },
    }));
    expect(actors.length).toBeGreaterThanOrEqual(6);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  for (const subject of Object.keys(QUERIES) as (keyof typeof QUERIES)[]) {
    it(`selects the same ${subject} rows as the plain condition within the product group, for every demo user`, async () => {
      const { from, alias, groupOf } = QUERIES[subject];
      let compared = 0;
      for (const { email, actor } of actors) {
        const ability = defineAbilityFor(actor);
        for (const group of [ships, other]) {
          const plain = accessibleWhere(ability, 'read', subject, alias);
          const scoped = accessibleWhere(ability, 'read', subject, alias, { productGroupId: group });
          const expected = await ids(`SELECT ${alias}.id FROM ${from} WHERE (${plain.sql}) AND ${groupOf} = CAST(:g AS uuid)`, { ...plain.params, g: group });
          // No explicit product group condition here: the scoped condition must keep the rest out itself.
          const actual = await ids(`SELECT ${alias}.id FROM ${from} WHERE (${scoped.sql})`, scoped.params);
          expect(actual, `${email}, ${subject}, ${group === ships ? 'ships' : group ? 'other group' : 'every group'}`).toEqual(expected);
          compared += expected.length;
        }
      }
      expect(compared, 'rows compared').toBeGreaterThan(50);
    });
  }

  it('with a field, selects the readable rows on which field access reveals it, as permittedFields does in memory', async () => {
    let withName = 0;
    let withoutName = 0;
    for (const { email, actor } of actors) {
      const ability = defineAbilityFor(actor);
      const plain = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
      const readable: { id: string; contributedByOrgId: string; visibility: string; sharedWith: string[]; roadmapIds: string[] }[] = await ds.query(
        ...ds.driver.escapeQueryWithParameters(
          `SELECT sl.id, sl.contributed_by_org_id AS "contributedByOrgId", sl.visibility, sl.shared_with AS "sharedWith",
                  ARRAY(SELECT r.id FROM roadmap r JOIN item li ON li.product_group_id = r.product_group_id WHERE li.id = sl.item_id) AS "roadmapIds"
           FROM supply_link sl WHERE (${plain.sql})`,
          plain.params,
        ),
      );
      const expected = readable.filter((row) => permittedFields(ability, 'read', tag('SupplyLink', { ...row })).includes('supplierName')).map((r) => r.id).sort();
      const named = accessibleWhere(ability, 'read', 'SupplyLink', 'sl', { field: 'supplierName' });
      expect(await ids(`SELECT sl.id FROM supply_link sl WHERE (${named.sql})`, named.params), email).toEqual(expected);
      withName += expected.length;
      withoutName += readable.length - expected.length;
    }
    // Not vacuous: some readers see links whose supplier they may not know.
    expect(withName).toBeGreaterThan(0);
    expect(withoutName).toBeGreaterThan(0);
  });

  it('shows the shipyard the other group only through its own participation', async () => {
    const yard = actors.find((a) => a.email.endsWith('@werf.example'))!;
    const magnets = actors.find((a) => a.email.endsWith('@magneet.example'))!;
    const { from, alias } = QUERIES.SupplyLink;
    const count = async (actor: Actor) => {
      const f = accessibleWhere(defineAbilityFor(actor), 'read', 'SupplyLink', alias, { productGroupId: other });
      return (await ids(`SELECT ${alias}.id FROM ${from} WHERE (${f.sql})`, f.params)).length;
    };
    expect(await count(yard.actor)).toBe(1);
    expect(await count(magnets.actor)).toBe(0);
  });

  it('with itemsJoinedReadable, selects the same edges and links once joined to the readable items (of a group or of all), for every demo user', async () => {
    // What the analysis' load and the supply-link list do: rows joined to the readable items, checked by their own rules only.
    const joinedFrom = {
      Composition: (a: string, b: string) =>
        `composition c JOIN item c_parent ON c_parent.id = c.parent_id JOIN item ${a} ON ${a}.id = c.parent_id JOIN item ${b} ON ${b}.id = c.child_id`,
      SupplyLink: (a: string) => `supply_link sl JOIN item ${a} ON ${a}.id = sl.item_id`,
    };
    let compared = 0;
    for (const { email, actor } of actors) {
      const ability = defineAbilityFor(actor);
      for (const group of [ships, other, undefined]) {
        const readable = (alias: string) => accessibleWhere(ability, 'read', 'Item', alias, { productGroupId: group });
        for (const subject of ['Composition', 'SupplyLink'] as const) {
          const { from, alias } = QUERIES[subject];
          const full = accessibleWhere(ability, 'read', subject, alias, { productGroupId: group });
          const own = accessibleWhere(ability, 'read', subject, alias, { productGroupId: group, itemsJoinedReadable: true });
          expect(own.sql).not.toMatch(/FROM item \w+_with|pg_item/);
          const [a, b] = [readable('ra'), readable('rb')];
          const items = subject === 'Composition' ? `(${a.sql}) AND (${b.sql})` : `(${a.sql})`;
          const expected = await ids(`SELECT ${alias}.id FROM ${from} WHERE (${full.sql})`, full.params);
          const actual = await ids(`SELECT ${alias}.id FROM ${joinedFrom[subject]('ra', 'rb')} WHERE ${items} AND (${own.sql})`, { ...a.params, ...b.params, ...own.params });
          expect(actual, `${email}, ${subject}, ${group === ships ? 'ships' : group ? 'other group' : 'every group'}`).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared, 'rows compared').toBeGreaterThan(50);
    // Only for rows read with their item.
    const ability = defineAbilityFor(actors[0]!.actor);
    expect(() => accessibleWhere(ability, 'read', 'Item', 'i', { productGroupId: ships, itemsJoinedReadable: true })).toThrow(/itemsJoinedReadable/);
  });

  it('refuses a subject that does not belong to a product group', () => {
    const ability = defineAbilityFor(actors[0]!.actor);
    expect(() => accessibleWhere(ability, 'read', 'Material' as SubjectType, 'm', { productGroupId: ships })).toThrow(/product group/);
  });
});
