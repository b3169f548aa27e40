import { randomUUID } from 'node:crypto';
import { createMongoAbility, subject, type MongoQuery } from '@casl/ability';
import {
  defineAbilityFor,
  rulesToPositionalSql,
  rulesToSql,
  type Action,
  type Actor,
  type SqlColumns,
  type SupplyLinkSubject,
  type Visibility,
} from '@routekaart/access';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { createTestDatabase, type TestDatabase } from '../testing';

// Proof that the SQL translation of the CASL rules and the in-memory check agree, on a real
// PostgreSQL: for every demo actor and action, `WHERE <rulesToSql>` returns exactly the rows
// `ability.can(action, subject('SupplyLink', row))` allows. The tables are ordinary tables in this
// file's throwaway database (not TEMP tables), so TypeORM's pooled connections see them too.

const ORG = {
  ez: randomUUID(),
  defensie: randomUUID(),
  nmo: randomUUID(),
  werf: randomUUID(),
  radar: randomUUID(),
  magneet: randomUUID(),
  beheer: randomUUID(),
};
const ROADMAP = { ships: randomUUID(), other: randomUUID() };
/** Items and the roadmaps whose product group uses them (what the DB layer computes). */
const ITEMS = [
  { id: randomUUID(), roadmapIds: [ROADMAP.ships] },
  { id: randomUUID(), roadmapIds: [ROADMAP.other] },
  { id: randomUUID(), roadmapIds: [ROADMAP.ships, ROADMAP.other] },
  { id: randomUUID(), roadmapIds: [] as string[] },
];

function actor(org: keyof typeof ORG, kind: Actor['organisationKind'], role: Actor['role'], participations: Actor['participations'], platformOperator = false): Actor {
  return { userId: randomUUID(), organisationId: ORG[org], organisationKind: kind, role, participations, platformOperator };
}

const ACTORS: Record<string, Actor> = {
  'industry member (radar)': actor('radar', 'INDUSTRY', 'EDITOR', [{ roadmapId: ROADMAP.ships, role: 'MEMBER' }]),
  'industry viewer (radar)': actor('radar', 'INDUSTRY', 'VIEWER', [{ roadmapId: ROADMAP.ships, role: 'MEMBER' }]),
  'industry in two roadmaps (werf)': actor('werf', 'INDUSTRY', 'ADMIN', [
    { roadmapId: ROADMAP.ships, role: 'MEMBER' },
    { roadmapId: ROADMAP.other, role: 'MEMBER' },
  ]),
  'government lead (ez)': actor('ez', 'GOVERNMENT', 'EDITOR', [{ roadmapId: ROADMAP.ships, role: 'LEAD' }]),
  'government observer (defensie)': actor('defensie', 'GOVERNMENT', 'VIEWER', [{ roadmapId: ROADMAP.other, role: 'OBSERVER' }]),
  'knowledge institute member (nmo)': actor('nmo', 'KNOWLEDGE_INSTITUTE', 'EDITOR', [{ roadmapId: ROADMAP.ships, role: 'MEMBER' }]),
  'outsider (magneet)': actor('magneet', 'INDUSTRY', 'ADMIN', []),
  'platform operator (beheer)': actor('beheer', 'GOVERNMENT', 'ADMIN', [], true),
};

/** Every combination of contributor, visibility, sharing list and item (so roadmaps). */
const LINKS: SupplyLinkSubject[] = [];
for (const by of [ORG.radar, ORG.werf, ORG.magneet]) {
  for (const visibility of ['OWNER', 'GOVERNMENT', 'ROADMAP'] as Visibility[]) {
    for (const sharedWith of [[], [ORG.werf], [ORG.radar, ORG.nmo], [ORG.ez]]) {
      for (const item of ITEMS) {
        LINKS.push({
          id: randomUUID(),
          itemId: item.id,
          contributedByOrgId: by,
          supplierName: 'Ningbo Magnetics',
          supplierOrgId: null,
          country: 'CN',
          share: 0.8,
          tier: 2,
          leadTimeWeeks: 26,
          stockMonths: 2,
          singleSource: true,
          visibility,
          sharedWith,
          roadmapIds: item.roadmapIds,
        });
      }
    }
  }
}

const STORED_ROADMAP_IDS: SqlColumns = {
  contributedByOrgId: 'sl.contributed_by_org_id',
  visibility: 'sl.visibility',
  sharedWith: { sql: 'sl.shared_with', array: true, type: 'uuid' },
  roadmapIds: { sql: 'sl.roadmap_ids', array: true, type: 'uuid' },
};

/** The way the DB layer will compute it: NULL (not '{}') for an item no roadmap uses. */
const COMPUTED_ROADMAP_IDS: SqlColumns = {
  ...STORED_ROADMAP_IDS,
  roadmapIds: {
    sql: 'SELECT array_agg(ri.roadmap_id) FROM access_test_roadmap_item ri WHERE ri.item_id = sl.item_id',
    array: true,
  },
};

const ACTIONS: Action[] = ['read', 'create', 'update', 'delete'];

describe('rulesToSql against PostgreSQL', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      CREATE TYPE access_test_visibility AS ENUM ('OWNER', 'GOVERNMENT', 'ROADMAP');
      CREATE TABLE access_test_supply_link (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL,
        contributed_by_org_id uuid NOT NULL,
        supplier_name text,
        supplier_org_id uuid,
        country text,
        share numeric,
        tier int,
        lead_time_weeks int,
        stock_months numeric,
        single_source boolean,
        visibility access_test_visibility NOT NULL,
        shared_with uuid[] NOT NULL,
        roadmap_ids uuid[]
      );
      CREATE TABLE access_test_roadmap_item (roadmap_id uuid NOT NULL, item_id uuid NOT NULL);
    `);
    for (const l of LINKS) {
      await client.query(
        `INSERT INTO access_test_supply_link VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          l.id, l.itemId, l.contributedByOrgId, l.supplierName, l.supplierOrgId, l.country, l.share, l.tier,
          l.leadTimeWeeks, l.stockMonths, l.singleSource, l.visibility, l.sharedWith,
          // an item no roadmap uses is stored as NULL, as array_agg would give it
          l.roadmapIds.length ? l.roadmapIds : null,
        ],
      );
    }
    for (const item of ITEMS) {
      for (const roadmapId of item.roadmapIds) {
        await client.query(`INSERT INTO access_test_roadmap_item VALUES ($1, $2)`, [roadmapId, item.id]);
      }
    }
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function idsWhere(filter: { sql: string; params: unknown[] }): Promise<string[]> {
    const { rows } = await client.query<{ id: string }>(
      `SELECT sl.id FROM access_test_supply_link sl WHERE ${filter.sql} ORDER BY sl.id`,
      filter.params,
    );
    return rows.map((r) => r.id);
  }

  function idsInMemory(a: Actor, action: Action): string[] {
    const ability = defineAbilityFor(a);
    return LINKS.filter((l) => ability.can(action, subject('SupplyLink', { ...l })))
      .map((l) => l.id)
      .sort();
  }

  describe.each(Object.entries(ACTORS))('%s', (_, a) => {
    it.each(ACTIONS)('%s: the SQL filter returns exactly the rows the ability allows', async (action) => {
      const expected = idsInMemory(a, action);
      const ability = defineAbilityFor(a);
      expect(await idsWhere(rulesToPositionalSql(ability, action, 'SupplyLink', STORED_ROADMAP_IDS))).toEqual(expected);
      expect(await idsWhere(rulesToPositionalSql(ability, action, 'SupplyLink', COMPUTED_ROADMAP_IDS))).toEqual(expected);
    });
  });

  it('is not vacuous: readers see some links and not others, and only owners write', () => {
    const read = Object.fromEntries(Object.entries(ACTORS).map(([name, a]) => [name, idsInMemory(a, 'read').length]));
    expect(read['industry member (radar)']).toBeGreaterThan(0);
    expect(read['industry member (radar)']).toBeLessThan(LINKS.length);
    expect(read['government lead (ez)']).toBeGreaterThan(read['knowledge institute member (nmo)']!);
    expect(read['platform operator (beheer)']).toBe(0);
    expect(idsInMemory(ACTORS['industry member (radar)']!, 'update')).toHaveLength(LINKS.length / 3);
    expect(idsInMemory(ACTORS['industry viewer (radar)']!, 'update')).toHaveLength(0);
  });

  it('works as a TypeORM where with named parameters, before other conditions', async () => {
    const ds: DataSource = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
    try {
      for (const a of Object.values(ACTORS)) {
        const filter = rulesToSql(defineAbilityFor(a), 'read', 'SupplyLink', COMPUTED_ROADMAP_IDS);
        const rows = await ds
          .createQueryBuilder()
          .select('sl.id', 'id')
          .from('access_test_supply_link', 'sl')
          .where(filter.sql, filter.params)
          .andWhere('sl.tier >= :minTier', { minTier: 0 })
          .orderBy('sl.id')
          .getRawMany<{ id: string }>();
        expect(rows.map((r) => r.id)).toEqual(idsInMemory(a, 'read'));
      }
    } finally {
      await ds.destroy();
    }
  });

  describe('every operator, inverted rules and NULLs', () => {
    const T = [randomUUID(), randomUUID()];
    type Row = { id: number; a: string | null; n: number | null; tags: string[] | null; ids: string[] | null };
    const ROWS: Row[] = [];
    for (const a of ['v', 'w', 'x', null]) {
      for (const n of [1, 2, 3, null]) {
        for (const tags of [[], ['t'], ['t', 'u'], null]) {
          for (const ids of [[], [T[0]!], [T[0]!, T[1]!], null]) {
            ROWS.push({ id: ROWS.length, a, n, tags, ids });
          }
        }
      }
    }
    const X: SqlColumns = {
      a: 'x.a',
      n: 'x.n',
      tags: { sql: 'x.tags', array: true },
      ids: { sql: 'x.ids', array: true, type: 'uuid' },
    };

    beforeAll(async () => {
      await client.query(`CREATE TABLE access_test_x (id int PRIMARY KEY, a text, n int, tags text[], ids uuid[])`);
      for (const r of ROWS) {
        await client.query(`INSERT INTO access_test_x VALUES ($1, $2, $3, $4, $5)`, [r.id, r.a, r.n, r.tags, r.ids]);
      }
    });

    type R = { can?: MongoQuery | true; cannot?: MongoQuery | true };
    const CASES: [string, R[]][] = [
      ['equality bounded by a cannot', [{ can: { a: 'v' } }, { cannot: { n: 3 } }]],
      ['contains, $ne, and a cannot with $nin on an array', [{ can: { tags: 't' } }, { can: { a: { $ne: 'v' } } }, { cannot: { tags: { $nin: ['u'] } } }]],
      ['everything but NULL', [{ can: true }, { cannot: { a: null } }]],
      ['$ne null', [{ can: { a: { $ne: null } } }]],
      ['$in, overlap in a cannot, then a can after it', [{ can: { n: { $in: [1, 2] } } }, { cannot: { ids: { $in: [T[0]!] } } }, { can: { tags: { $ne: 't' } } }]],
      ['$nin and $ne together', [{ can: { a: { $nin: ['v', 'w'] }, n: { $ne: 2 } } }]],
      ['array does not overlap', [{ can: { ids: { $nin: [T[1]!] } } }]],
      ['a cannot on two fields under an unconditional can', [{ can: true }, { cannot: { a: 'w', tags: 'u' } }]],
      ['nothing granted', []],
      ['everything forbidden', [{ can: { a: 'v' } }, { cannot: true }]],
    ];

    it.each(CASES)('%s', async (_, rules) => {
      const ability = createMongoAbility(
        rules.map((r) => {
          const inverted = r.cannot !== undefined;
          const conditions = inverted ? r.cannot : r.can;
          return { action: 'read', subject: 'X', inverted, ...(conditions === true ? {} : { conditions }) };
        }),
      );
      const expected = ROWS.filter((r) => ability.can('read', subject('X', { ...r }))).map((r) => r.id);
      const filter = rulesToPositionalSql(ability, 'read', 'X', X);
      const { rows } = await client.query<{ id: number }>(`SELECT x.id FROM access_test_x x WHERE ${filter.sql} ORDER BY x.id`, filter.params);
      expect(rows.map((r) => r.id)).toEqual(expected);
    });
  });
});
