import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/**
 * Leak tests: whatever path a user takes through the API, another company's OWNER supply links
 * (and their supplier names) stay out of every answer. Each case runs both ways.
 */
interface Secret {
  id: string;
  item_id: string;
  supplier_name: string;
}

const cases = [
  { viewer: 'verkoop@magneet.example', owner: 'keten@werf.example', label: 'the magnet maker reading the shipyard' },
  { viewer: 'keten@werf.example', owner: 'verkoop@magneet.example', label: 'the shipyard reading the magnet maker' },
];

describe.each(cases)('confidential chain data: $label', ({ viewer, owner }) => {
  let t: TestPlatform;
  let token: string;
  let secrets: Secret[];
  let groupId: string;

  const leaks = (payload: unknown) => {
    const text = JSON.stringify(payload);
    return secrets.filter((s) => text.includes(s.id) || text.includes(s.supplier_name)).map((s) => s.supplier_name);
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    token = await t.login(viewer);
    secrets = await t.platform.dataSource.query(
      `SELECT sl.id, sl.item_id, sl.supplier_name FROM supply_link sl
       WHERE sl.visibility = 'OWNER'
         AND sl.contributed_by_org_id = (SELECT organisation_id FROM app_user WHERE email = $1)
         AND NOT (SELECT organisation_id FROM app_user WHERE email = $2) = ANY(sl.shared_with)`,
      [owner, viewer],
    );
    // Supplier names that also appear on links the viewer may see would make the name check meaningless.
    const visibleNames: { supplier_name: string }[] = await t.platform.dataSource.query(
      `SELECT supplier_name FROM supply_link WHERE NOT (id = ANY($1::uuid[]))`,
      [secrets.map((s) => s.id)],
    );
    const shared = new Set(visibleNames.map((r) => r.supplier_name));
    secrets = secrets.filter((s) => !shared.has(s.supplier_name));
    [{ id: groupId }] = await t.platform.dataSource.query('SELECT id FROM product_group LIMIT 1');
  });
  afterAll(async () => t?.close());

  it('has secrets to protect in the demo data', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps them out of the list of an item’s supply links', async () => {
    for (const itemId of new Set(secrets.map((s) => s.item_id))) {
      const res = await t.gql('query($i: ID) { supplyLinks(itemId: $i, first: 200) { totalCount nodes { id supplierName country share } } }', { i: itemId }, token);
      expect(res.errors).toBeUndefined();
      expect(leaks(res.data)).toEqual([]);
    }
  });

  it('answers NOT_FOUND by id, for reading, changing and deleting, so their existence stays hidden', async () => {
    for (const s of secrets) {
      const read = await t.gql('query($id: ID!) { supplyLink(id: $id) { id supplierName } }', { id: s.id }, token);
      const update = await t.gql('mutation($id: ID!) { updateSupplyLink(id: $id, input: { share: 0.01 }) { id } }', { id: s.id }, token);
      const remove = await t.gql('mutation($id: ID!) { deleteSupplyLink(id: $id) }', { id: s.id }, token);
      for (const res of [read, update, remove]) {
        expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
        expect(leaks(res)).toEqual([]);
      }
    }
  });

  it('keeps them out of nested fields: product group, items, children, parents, explosion', async () => {
    const res = await t.gql(
      `query($g: ID!) { productGroup(id: $g) { items(first: 200) { nodes { id
         supplyLinks { id supplierName supplier { name } contributedBy { name } }
         children { child { supplyLinks { id supplierName } } }
         parents { parent { supplyLinks { id supplierName } } }
       } } } }`,
      { g: groupId },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(leaks(res.data)).toEqual([]);
    const [platform] = await t.platform.dataSource.query(`SELECT id FROM item WHERE kind = 'PLATFORM' LIMIT 1`);
    const explosion = await t.gql('query($id: ID!) { item(id: $id) { explosion { item { supplyLinks { id supplierName } } } } }', { id: platform.id }, token);
    expect(explosion.errors).toBeUndefined();
    expect(leaks(explosion.data)).toEqual([]);
  });

  it('keeps them out of where-used answers', async () => {
    for (const itemId of new Set(secrets.map((s) => s.item_id))) {
      const res = await t.gql('query($i: ID) { whereUsed(itemId: $i) { id name supplyLinks { id supplierName } } }', { i: itemId }, token);
      expect(leaks(res)).toEqual([]);
    }
  });

  it('finds nothing when searching for their supplier names', async () => {
    for (const s of secrets) {
      const res = await t.gql<{ supplyLinks: { totalCount: number } }>(
        'query($q: String) { supplyLinks(search: $q) { totalCount nodes { id supplierName } } }',
        { q: s.supplier_name.slice(0, 12) },
        token,
      );
      expect(leaks(res)).toEqual([]);
      const items = await t.gql('query($g: ID!, $q: String) { productGroup(id: $g) { items(search: $q) { nodes { name supplyLinks { supplierName } } } } }', { g: groupId, q: s.supplier_name }, token);
      expect(leaks(items)).toEqual([]);
    }
  });

  it('keeps them out of exports, and records the export in the audit log', async () => {
    const res = await t.gql<{ exportSupplyLinks: { csv: string; rows: number } }>(
      'mutation($g: ID!) { exportSupplyLinks(productGroupId: $g) { csv rows } }',
      { g: groupId },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportSupplyLinks.rows).toBeGreaterThan(0);
    expect(leaks(res.data)).toEqual([]);
    const [audit] = await t.platform.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE action = 'export' AND actor_user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [viewer],
    );
    expect(audit.changes).toMatchObject({ productGroupId: groupId, rows: res.data!.exportSupplyLinks.rows, format: 'csv' });
  });

  it('shows no aggregate that would single them out', async () => {
    for (const itemId of new Set(secrets.map((s) => s.item_id))) {
      const res = await t.gql<{ item: { supplyCountries: { suppressed: boolean; contributors: number | null } } }>(
        'query($i: ID!) { item(id: $i) { supplyCountries { suppressed reason contributors countries { country share } } } }',
        { i: itemId },
        token,
      );
      const [{ orgs }] = await t.platform.dataSource.query('SELECT count(DISTINCT contributed_by_org_id)::int AS orgs FROM supply_link WHERE item_id = $1', [itemId]);
      if (orgs < 3) expect(res.data!.item.supplyCountries.suppressed).toBe(true);
    }
  });
});

describe('aggregate suppression', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('hides the country split of a component with 2 contributors and shows it with 3', async () => {
    const ds = t.platform.dataSource;
    const org = async (email: string) => (await ds.query('SELECT organisation_id AS id FROM app_user WHERE email = $1', [email]))[0].id as string;
    const [werf, radar, magneet] = [await org('keten@werf.example'), await org('inkoop@radar.example'), await org('verkoop@magneet.example')];
    const [item] = await ds.query(
      `SELECT i.id FROM item i WHERE i.visibility = 'ROADMAP' AND NOT EXISTS (SELECT 1 FROM supply_link WHERE item_id = i.id) LIMIT 1`,
    );
    const link = (by: string, country: string, share: number) =>
      ds.query(
        `INSERT INTO supply_link (item_id, supplier_name, country, share, visibility, contributed_by_org_id) VALUES ($1, 'Leverancier ' || $2, $2, $3, 'OWNER', $4)`,
        [item.id, country, share, by],
      );
    await link(werf, 'CN', 0.4);
    await link(radar, 'JP', 0.3);
    const viewer = await t.login('beleid@ez.example');
    const ask = () =>
      t.gql<{ item: { supplyCountries: { suppressed: boolean; reason: string | null; contributors: number | null; countries: { country: string; share: number }[] | null } } }>(
        'query($i: ID!) { item(id: $i) { supplyCountries { suppressed reason contributors countries { country share } } } }',
        { i: item.id },
        viewer,
      );
    expect((await ask()).data!.item.supplyCountries).toMatchObject({
      suppressed: true,
      reason: 'hidden: fewer than 3 organisations contribute to this figure',
      contributors: null,
      countries: null,
    });
    await link(magneet, 'DE', 0.3);
    expect((await ask()).data!.item.supplyCountries).toMatchObject({
      suppressed: false,
      reason: null,
      contributors: 3,
      countries: [
        { country: 'CN', share: 0.4 },
        { country: 'DE', share: 0.3 },
        { country: 'JP', share: 0.3 },
      ],
    });
  });
});

describe('platform operators', () => {
  let t: TestPlatform;
  let operator: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    const ds = t.platform.dataSource;
    const [org] = await ds.query(`INSERT INTO organisation (name, kind) VALUES ('Routekaart Platformbeheer', 'GOVERNMENT') RETURNING id`);
    await ds.query(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash, platform_operator)
       SELECT 'beheer@routekaart.example', 'Beheerder', 'ADMIN', $1, password_hash, true FROM app_user WHERE email = 'beleid@ez.example'`,
      [org.id],
    );
    operator = await t.login('beheer@routekaart.example');
  });
  afterAll(async () => t?.close());

  it("manage every organisation's users but read no confidential chain data", async () => {
    const orgs = await t.gql<{ organisations: { name: string; members: { email: string }[] }[] }>('{ organisations { name members { email } } }', {}, operator);
    expect(orgs.data!.organisations.find((o) => o.name === 'Noordzee Marinewerf B.V.')!.members.map((m) => m.email)).toEqual(['keten@werf.example']);

    const [secret] = await t.platform.dataSource.query(`SELECT id, supplier_name FROM supply_link WHERE visibility = 'OWNER' LIMIT 1`);
    const byId = await t.gql('query($id: ID!) { supplyLink(id: $id) { id } }', { id: secret.id }, operator);
    expect(byId.errors![0].extensions!.code).toBe('NOT_FOUND');
    const search = await t.gql<{ supplyLinks: { totalCount: number } }>('query($q: String) { supplyLinks(search: $q) { totalCount } }', { q: 'a' }, operator);
    expect(search.data!.supplyLinks.totalCount).toBe(0);
    const [{ id: groupId }] = await t.platform.dataSource.query('SELECT id FROM product_group LIMIT 1');
    const items = await t.gql<{ productGroup: { items: { totalCount: number } } }>('query($g: ID!) { productGroup(id: $g) { items { totalCount } } }', { g: groupId }, operator);
    expect(items.data!.productGroup.items.totalCount).toBe(0);
  });
});
