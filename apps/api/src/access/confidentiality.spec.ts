import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { exportedFileText } from '../testing/exported-file';

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
    const res = await t.gql<{ exportSupplyLinks: { contentType: string; base64: string; rows: number } }>(
      'mutation($g: ID!) { exportSupplyLinks(productGroupId: $g, format: CSV) { contentType base64 rows } }',
      { g: groupId },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportSupplyLinks.rows).toBeGreaterThan(0);
    expect(leaks(exportedFileText(res.data!.exportSupplyLinks.contentType, res.data!.exportSupplyLinks.base64))).toEqual([]);
    const [audit] = await t.platform.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE action = 'export' AND actor_user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [viewer],
    );
    expect(audit.changes).toMatchObject({ productGroupId: groupId, rows: res.data!.exportSupplyLinks.rows, format: 'csv' });
  });

  it('shows aggregates over their items exactly as if the secrets did not exist', async () => {
    const viewerOrg = (await t.platform.dataSource.query('SELECT organisation_id AS id FROM app_user WHERE email = $1', [viewer]))[0].id;
    for (const itemId of new Set(secrets.map((s) => s.item_id))) {
      const res = await t.gql<{ item: { supplyCountries: { includesOthers: boolean; countries: { country: string; share: number }[] } } | null }>(
        'query($i: ID!) { item(id: $i) { supplyCountries { includesOthers contributors countries { country share } } } }',
        { i: itemId },
        token,
      );
      if (!res.data?.item) continue; // the item itself is hidden from the viewer
      // The demo data keeps each item's secrets to fewer than 3 organisations, so nothing may be combined.
      const [{ orgs }] = await t.platform.dataSource.query(
        `SELECT count(DISTINCT contributed_by_org_id)::int AS orgs FROM supply_link WHERE item_id = $1 AND contributed_by_org_id <> $2`,
        [itemId, viewerOrg],
      );
      expect(orgs).toBeLessThan(3);
      const seen = await t.gql<{ supplyLinks: { nodes: { country: string | null; share: number | null }[] } }>(
        'query($i: ID) { supplyLinks(itemId: $i, first: 200) { nodes { country share } } }',
        { i: itemId },
        token,
      );
      const expected = new Map<string | null, number>();
      for (const l of seen.data!.supplyLinks.nodes) if (l.share !== null) expected.set(l.country, (expected.get(l.country) ?? 0) + l.share);
      expect(res.data.item.supplyCountries.includesOthers).toBe(false);
      expect(Object.fromEntries(res.data.item.supplyCountries.countries.map((c) => [c.country, c.share]))).toEqual(
        Object.fromEntries([...expected].map(([c, v]) => [c, Math.round(v * 1e6) / 1e6])),
      );
    }
  });
});

describe('aggregates over chain data of several organisations', () => {
  let t: TestPlatform;
  let orgs: Record<'werf' | 'radar' | 'magneet', string>;
  let itemId: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    const ds = t.platform.dataSource;
    const org = async (email: string) => (await ds.query('SELECT organisation_id AS id FROM app_user WHERE email = $1', [email]))[0].id as string;
    orgs = { werf: await org('keten@werf.example'), radar: await org('inkoop@radar.example'), magneet: await org('verkoop@magneet.example') };
    [{ id: itemId }] = await ds.query(
      `SELECT i.id FROM item i WHERE i.visibility = 'ROADMAP' AND NOT EXISTS (SELECT 1 FROM supply_link WHERE item_id = i.id) ORDER BY i.name LIMIT 1`,
    );
  });
  afterAll(async () => t?.close());

  const hiddenLink = (by: string, country: string, share: number) =>
    t.platform.dataSource.query(
      `INSERT INTO supply_link (item_id, supplier_name, country, share, visibility, contributed_by_org_id) VALUES ($1, 'Leverancier ' || $2, $2, $3, 'OWNER', $4) RETURNING id`,
      [itemId, country, share, by],
    );
  const ask = async (token: string) =>
    (
      await t.gql<{ item: { supplyCountries: unknown; supplierConcentration: { includesOthers: boolean; concentration: { hhi: number } | null } } }>(
        'query($i: ID!) { item(id: $i) { supplyCountries { includesOthers contributors countries { country share } } supplierConcentration { includesOthers concentration { hhi } } } }',
        { i: itemId },
        token,
      )
    ).data!.item;

  it('combines the links of at least 3 other organisations where none makes up more than 70%, and otherwise answers as if they did not exist', async () => {
    const ez = await t.login('beleid@ez.example');
    const nothing = await ask(ez);
    expect(nothing).toEqual({ supplyCountries: { includesOthers: false, contributors: 0, countries: [] }, supplierConcentration: { includesOthers: false, concentration: null } });
    const [werf] = await hiddenLink(orgs.werf, 'CN', 0.4);
    const [radar] = await hiddenLink(orgs.radar, 'JP', 0.3);
    expect(await ask(ez)).toEqual(nothing); // two organisations
    const [magneet] = await hiddenLink(orgs.magneet, 'DE', 0.3);
    const three = await ask(ez);
    expect(three.supplyCountries).toEqual({
      includesOthers: true,
      contributors: 3,
      countries: [
        { country: 'CN', share: 0.4 },
        { country: 'DE', share: 0.3 },
        { country: 'JP', share: 0.3 },
      ],
    });
    expect(three.supplierConcentration.includesOthers).toBe(true);
    expect(three.supplierConcentration.concentration!.hhi).toBeCloseTo(0.4 ** 2 + 0.3 ** 2 + 0.3 ** 2, 12);
    // 0.7 of the three together: still combined; above it, one company dominates and nothing is told.
    await t.platform.dataSource.query('UPDATE supply_link SET share = $2 WHERE id = $1', [werf.id, 0.7]);
    await t.platform.dataSource.query('UPDATE supply_link SET share = 0.15 WHERE id = ANY($1::uuid[])', [[radar.id, magneet.id]]);
    expect((await ask(ez)).supplyCountries).toMatchObject({ includesOthers: true, contributors: 3 });
    await t.platform.dataSource.query('UPDATE supply_link SET share = 0.8 WHERE id = $1', [werf.id]);
    await t.platform.dataSource.query('UPDATE supply_link SET share = 0.1 WHERE id = ANY($1::uuid[])', [[radar.id, magneet.id]]);
    expect(await ask(ez)).toEqual(nothing);
    await t.platform.dataSource.query('DELETE FROM supply_link WHERE item_id = $1', [itemId]);
  });

  it("cannot be lifted by the asker's own links, empty or not: the figure shows them and nothing of the others", async () => {
    const magneet = await t.login('verkoop@magneet.example');
    await hiddenLink(orgs.werf, 'CN', 0.65);
    await hiddenLink(orgs.radar, 'MY', 0.3);
    const before = await ask(magneet);
    expect(before).toEqual({ supplyCountries: { includesOthers: false, contributors: 0, countries: [] }, supplierConcentration: { includesOthers: false, concentration: null } });
    const create = (input: Record<string, unknown>) =>
      t.gql('mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }', { i: { itemId, visibility: 'OWNER', ...input } }, magneet);
    expect((await create({ supplierName: 'Eigen lege schakel' })).errors).toBeUndefined();
    const withEmpty = await ask(magneet);
    expect(withEmpty.supplyCountries).toEqual({ includesOthers: false, contributors: 1, countries: [] });
    expect(withEmpty.supplierConcentration.includesOthers).toBe(false);
    expect((await create({ supplierName: 'Eigen leverancier', country: 'DE', share: 0.05 })).errors).toBeUndefined();
    const withOwn = await ask(magneet);
    expect(withOwn.supplyCountries).toEqual({ includesOthers: false, contributors: 1, countries: [{ country: 'DE', share: 0.05 }] });
    expect(withOwn.supplierConcentration.includesOthers).toBe(false);
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
