import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface Row {
  id: string;
  name: string;
}

describe('chain and materials over GraphQL', () => {
  let t: TestPlatform;
  let nmo: string;
  let werf: string;
  let magneet: string;
  let frigate: Row;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestPlatform();
    [nmo, werf, magneet] = await Promise.all([
      t.login('analist@nmo.example'),
      t.login('keten@werf.example'),
      t.login('verkoop@magneet.example'),
    ]);
    [frigate] = await t.platform.dataSource.query(`SELECT id, name FROM item WHERE kind = 'PLATFORM' ORDER BY name LIMIT 1`);
    const rows: { id: string; name: string }[] = await t.platform.dataSource.query('SELECT id, name FROM item');
    ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });
  afterAll(async () => t?.close());

  describe('the materials catalogue', () => {
    it('lists the 34 materials of the EU 2023 CRM list, each with supply shares', async () => {
      const res = await t.gql<{
        materials: { totalCount: number; nodes: { symbol: string; crmStatus: string; supplies: { share: number }[]; members: { supplies: { share: number }[] }[] }[] };
      }>(
        '{ materials(crmList: true, first: 100) { totalCount nodes { symbol crmStatus supplies { share } members { supplies { share } } } } }',
        {},
        nmo,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.materials.totalCount).toBe(34);
      expect(res.data!.materials.nodes).toHaveLength(34);
      for (const m of res.data!.materials.nodes) {
        expect(['CRITICAL', 'STRATEGIC']).toContain(m.crmStatus);
        // Groups (LREE, HREE, PGM) are published per element: their members carry the shares.
        const shares = m.supplies.length + m.members.reduce((n, member) => n + member.supplies.length, 0);
        expect(shares, `${m.symbol} has supply shares`).toBeGreaterThan(0);
      }
      const strategic = res.data!.materials.nodes.filter((m) => m.crmStatus === 'STRATEGIC').map((m) => m.symbol);
      expect(strategic).toEqual(expect.arrayContaining(['Ga', 'Ge', 'Co', 'W', 'Ni', 'LREE', 'HREE']));
    });

    it("shows China first in gallium's global processing", async () => {
      const res = await t.gql<{ material: { name: string; supplies: { country: string; countryName: string; share: number }[] } }>(
        '{ material(symbol: "Ga") { name supplies(stage: PROCESSING, scope: GLOBAL) { country countryName share } } }',
        {},
        nmo,
      );
      const supplies = res.data!.material.supplies;
      expect(supplies[0]).toMatchObject({ country: 'CN', countryName: 'China' });
      expect(supplies[0].share).toBeGreaterThan(0.9);
      const shares = supplies.map((s) => s.share);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
    });

    it('pages through the whole catalogue with cursors, without repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { data: { materials: { nodes: { symbol: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } | null } =
          await t.gql('query($after: String) { materials(first: 7, after: $after) { nodes { symbol } pageInfo { endCursor hasNextPage } } }', { after }, nmo);
        seen.push(...res.data!.materials.nodes.map((n) => n.symbol));
        if (!res.data!.materials.pageInfo.hasNextPage) break;
        after = res.data!.materials.pageInfo.endCursor;
      }
      const [{ count }] = await t.platform.dataSource.query('SELECT count(*)::int AS count FROM material');
      expect(seen).toHaveLength(count);
      expect(new Set(seen).size).toBe(count);
    });

    it("lists the links the viewer's organisation contributed to a product group", async () => {
      const [{ id: g }] = await t.platform.dataSource.query('SELECT id FROM product_group LIMIT 1');
      const [{ n }] = await t.platform.dataSource.query(
        `SELECT count(*)::int AS n FROM supply_link WHERE contributed_by_org_id = (SELECT organisation_id FROM app_user WHERE email = 'keten@werf.example')`,
      );
      const res = await t.gql<{ supplyLinks: { totalCount: number; nodes: { supplierName: string }[] } }>(
        'query($g: ID) { supplyLinks(productGroupId: $g, mine: true, first: 200) { totalCount nodes { supplierName } } }',
        { g },
        werf,
      );
      expect(res.data!.supplyLinks.totalCount).toBe(n);
      expect(res.data!.supplyLinks.nodes.every((l) => l.supplierName !== null)).toBe(true);
    });

    it('refuses a page size above the limit as a field error', async () => {
      const res = await t.gql('{ materials(first: 100000) { totalCount } }', {}, nmo);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('asks for a login first', async () => {
      const res = await t.gql('{ materials { totalCount } }');
      expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('the bill of materials', () => {
    it('explodes a frigate through at least four tiers for the shipyard, down to raw materials', async () => {
      const res = await t.gql<{ item: { name: string; explosion: { depth: number; item: { kind: string; name: string; materials: { material: { symbol: string } }[] } }[] } }>(
        'query($id: ID!) { item(id: $id) { name explosion { depth item { kind name materials { material { symbol } } } } } }',
        { id: frigate.id },
        werf,
      );
      expect(res.errors).toBeUndefined();
      const lines = res.data!.item.explosion;
      expect(Math.max(...lines.map((l) => l.depth))).toBeGreaterThanOrEqual(4);
      expect(new Set(lines.map((l) => l.item.kind))).toEqual(new Set(['SYSTEM', 'COMPONENT', 'SEMI_FINISHED', 'MATERIAL_FORM']));
      const materials = new Set(lines.flatMap((l) => l.item.materials.map((m) => m.material.symbol)));
      expect([...materials]).toEqual(expect.arrayContaining(['Ga']));
    });

    it("lists an item's children and parents with quantities", async () => {
      const res = await t.gql<{ item: { children: { quantity: number; unit: string; child: { name: string; parents: { parent: { id: string } }[] } }[] } }>(
        'query($id: ID!) { item(id: $id) { children { quantity unit child { name parents { parent { id } } } } } }',
        { id: frigate.id },
        werf,
      );
      const children = res.data!.item.children;
      expect(children.length).toBeGreaterThan(2);
      for (const edge of children) {
        expect(edge.quantity).toBeGreaterThan(0);
        expect(edge.child.parents.map((p) => p.parent.id)).toContain(frigate.id);
      }
    });

    it('finds every platform that uses a shared system (where-used)', async () => {
      const [shared] = await t.platform.dataSource.query(
        `SELECT c.child_id AS id FROM composition c JOIN item p ON p.id = c.parent_id AND p.kind = 'PLATFORM'
         GROUP BY c.child_id HAVING count(*) >= 2 LIMIT 1`,
      );
      const res = await t.gql<{ whereUsed: { kind: string }[] }>('query($id: ID) { whereUsed(itemId: $id) { kind name } }', { id: shared.id }, werf);
      expect(res.data!.whereUsed.length).toBeGreaterThanOrEqual(2);
      expect(res.data!.whereUsed.every((i) => i.kind === 'PLATFORM')).toBe(true);
    });

    it('finds the platforms that contain gallium', async () => {
      const res = await t.gql<{ material: { usedIn: { name: string }[] } }>('{ material(symbol: "Ga") { usedIn { name } } }', {}, werf);
      expect(res.data!.material.usedIn.length).toBeGreaterThanOrEqual(1);
    });

    it('answers NOT_FOUND for an item id that does not exist', async () => {
      const res = await t.gql('{ item(id: "00000000-0000-0000-0000-000000000000") { name } }', {}, werf);
      expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it('names whose an item is only to whom may know it, on every path to the item', async () => {
      const ez = await t.login('beleid@ez.example');
      const orgOf = async (email: string): Promise<{ id: string; name: string }> =>
        (await t.platform.dataSource.query('SELECT o.id, o.name FROM organisation o JOIN app_user u ON u.organisation_id = o.id WHERE u.email = $1', [email]))[0];
      const [shipyard, ministry] = [await orgOf('keten@werf.example'), await orgOf('beleid@ez.example')];
      // A platform of the shipyard that the ministry reads through its visibility: not its own, not shared with it.
      const [platform]: { id: string; groupId: string }[] = await t.platform.dataSource.query(
        `SELECT id, product_group_id AS "groupId" FROM item
         WHERE kind = 'PLATFORM' AND owner_org_id = $1 AND visibility <> 'OWNER' AND NOT ($2::uuid = ANY(shared_with)) ORDER BY name LIMIT 1`,
        [shipyard.id, ministry.id],
      );
      const knownTo: { id: string }[] = await t.platform.dataSource.query('SELECT id FROM item WHERE owner_org_id = $1 OR $1::uuid = ANY(shared_with)', [ministry.id]);
      const query = `query($id: ID!, $g: ID!) {
        item(id: $id) { owner { name } usedIn { id owner { name } } explosion(maxDepth: 1) { item { id owner { name } } } }
        productGroup(id: $g) { items(first: 200) { nodes { id owner { name } } } }
      }`;
      type Owned = { id: string; owner: { name: string } | null };
      type Answer = { item: { owner: { name: string } | null; usedIn: Owned[]; explosion: { item: Owned }[] }; productGroup: { items: { nodes: Owned[] } } };
      const ownersOfPlatform = (a: Answer) => [
        a.item.owner,
        a.item.usedIn.find((p) => p.id === platform!.id)?.owner,
        a.productGroup.items.nodes.find((i) => i.id === platform!.id)?.owner,
      ];

      const asShipyard = await t.gql<Answer>(query, { id: platform!.id, g: platform!.groupId }, werf);
      expect(asShipyard.errors).toBeUndefined();
      expect(ownersOfPlatform(asShipyard.data!)).toEqual([{ name: shipyard.name }, { name: shipyard.name }, { name: shipyard.name }]);

      const asMinistry = await t.gql<Answer>(query, { id: platform!.id, g: platform!.groupId }, ez);
      expect(asMinistry.errors).toBeUndefined();
      expect(ownersOfPlatform(asMinistry.data!)).toEqual([null, null, null]);
      // Below the platform too: an owner is named only on the items the ministry owns or that are shared with it.
      const lines = asMinistry.data!.item.explosion;
      expect(lines.length).toBeGreaterThan(0);
      const known = new Set(knownTo.map((r) => r.id));
      for (const line of lines) expect(line.item.owner === null).toBe(!known.has(line.item.id));
    });
  });

  describe('changing the chain', () => {
    const add = (parentId: string, childId: string, token: string, quantity = 1) =>
      t.gql<{ addComposition: { id: string } }>(
        'mutation($i: AddCompositionInput!) { addComposition(input: $i) { id quantity unit } }',
        { i: { parentId, childId, quantity, unit: 'pcs' } },
        token,
      );

    it('refuses an edge that would close a cycle, naming the loop, and writes nothing', async () => {
      const [{ parent_id: parentId, child_id: childId }] = await t.platform.dataSource.query(
        `SELECT c.parent_id, c.child_id FROM composition c JOIN item p ON p.id = c.parent_id
         WHERE p.kind = 'SYSTEM' AND p.owner_org_id = (SELECT organisation_id FROM app_user WHERE email = 'keten@werf.example') LIMIT 1`,
      );
      const before = await t.platform.dataSource.query('SELECT count(*)::int AS n FROM composition');
      // Make the child contain its own parent: child -> parent closes parent -> child -> parent.
      const childOwner = await t.platform.dataSource.query('SELECT owner_org_id FROM item WHERE id = $1', [childId]);
      const token = childOwner[0].owner_org_id === (await t.platform.dataSource.query(`SELECT organisation_id FROM app_user WHERE email='keten@werf.example'`))[0].organisation_id ? werf : await t.login('inkoop@radar.example');
      const res = await add(childId, parentId, token);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'childId' });
      expect(res.errors![0].message).toMatch(/would create a cycle: .+ → .+ → .+/);
      expect(await t.platform.dataSource.query('SELECT count(*)::int AS n FROM composition')).toEqual(before);
    });

    it('adds a supply link with its share, records an audit event, and shows it to its contributor', async () => {
      const itemIdOwnedByWerf = await t.platform.dataSource.query(
        `SELECT i.id FROM item i WHERE i.owner_org_id = (SELECT organisation_id FROM app_user WHERE email = 'keten@werf.example')
         AND NOT EXISTS (SELECT 1 FROM supply_link sl WHERE sl.item_id = i.id) LIMIT 1`,
      );
      const res = await t.gql<{ createSupplyLink: { id: string; share: number; supplierName: string; country: string } }>(
        'mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id share supplierName country visibility } }',
        { i: { itemId: itemIdOwnedByWerf[0].id, supplierName: 'Zeeland Kabelwerk B.V.', country: 'NL', share: 0.4, tier: 1, visibility: 'OWNER' } },
        werf,
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data!.createSupplyLink).toMatchObject({ share: 0.4, supplierName: 'Zeeland Kabelwerk B.V.', country: 'NL' });
      const audit = await t.platform.dataSource.query(`SELECT action, subject_id FROM audit_event WHERE subject_id = $1`, [res.data!.createSupplyLink.id]);
      expect(audit).toEqual([{ action: 'supplyLink.create', subject_id: res.data!.createSupplyLink.id }]);

      const over = await t.gql(
        'mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }',
        { i: { itemId: itemIdOwnedByWerf[0].id, supplierName: 'Tweede Leverancier', country: 'BE', share: 0.7, visibility: 'OWNER' } },
        werf,
      );
      expect(over.errors![0]).toMatchObject({
        message: 'the shares of the supply links your organisation recorded for this item would add up to 110%, more than 100%',
        extensions: { code: 'BAD_USER_INPUT', field: 'share' },
      });
    });

    it.each([
      [{ share: 1.5 }, 'share'],
      [{ share: -0.1 }, 'share'],
      [{ country: 'XX' }, 'country'],
      [{ tier: 0 }, 'tier'],
      [{ supplierName: null }, 'supplierName'],
      [{ visibility: null }, 'visibility'],
    ])('rejects %o as an error on field %s', async (patch, field) => {
      const input = { itemId: frigate.id, supplierName: 'X', country: 'NL', share: 0.1, visibility: 'OWNER', ...patch };
      const res = await t.gql('mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }', { i: input }, werf);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    });

    it('refuses chain writes by a knowledge institute with FORBIDDEN', async () => {
      const res = await t.gql(
        'mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }',
        { i: { itemId: frigate.id, supplierName: 'X', country: 'NL', share: 0.01, visibility: 'ROADMAP' } },
        nmo,
      );
      expect(res.errors![0].extensions!.code, res.errors![0].message).toBe('FORBIDDEN');
    });

    it("refuses the magnet maker's change to the shipyard's item composition with FORBIDDEN", async () => {
      const [edge] = await t.platform.dataSource.query(
        `SELECT c.id FROM composition c JOIN item p ON p.id = c.parent_id
         WHERE p.owner_org_id = (SELECT organisation_id FROM app_user WHERE email = 'keten@werf.example') AND p.visibility = 'ROADMAP' LIMIT 1`,
      );
      const res = await t.gql('mutation($id: ID!) { removeComposition(id: $id) }', { id: edge.id }, magneet);
      expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('replaces a stage of supply shares as one change: an invalid row leaves all rows as they were', async () => {
      const ga = await t.gql<{ material: { id: string; supplies: { country: string; share: number }[] } }>(
        '{ material(symbol: "Ga") { id supplies(stage: EXTRACTION, scope: GLOBAL) { country share } } }',
        {},
        nmo,
      );
      const before = ga.data!.material.supplies;
      const bad = await t.gql(
        'mutation($i: ReplaceMaterialSuppliesInput!) { replaceMaterialSupplies(input: $i) { share } }',
        {
          i: {
            materialId: ga.data!.material.id,
            stage: 'EXTRACTION',
            scope: 'GLOBAL',
            source: 'NMO monitor 2026',
            supplies: [
              { country: 'CN', countryName: 'China', share: 0.9 },
              { country: 'JP', countryName: 'Japan', share: 1.2 },
            ],
          },
        },
        nmo,
      );
      expect(bad.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'supplies[1].share' });
      const after = await t.gql<{ material: { supplies: unknown[] } }>('{ material(symbol: "Ga") { supplies(stage: EXTRACTION, scope: GLOBAL) { country share } } }', {}, nmo);
      expect(after.data!.material.supplies).toEqual(before);

      const good = await t.gql<{ replaceMaterialSupplies: { country: string; share: number }[] }>(
        'mutation($i: ReplaceMaterialSuppliesInput!) { replaceMaterialSupplies(input: $i) { country share } }',
        {
          i: {
            materialId: ga.data!.material.id,
            stage: 'EXTRACTION',
            scope: 'GLOBAL',
            source: 'NMO monitor 2026',
            supplies: [
              { country: 'CN', countryName: 'China', share: 0.95 },
              { country: 'RU', countryName: 'Russia', share: 0.03 },
            ],
          },
        },
        nmo,
      );
      expect(good.data!.replaceMaterialSupplies).toEqual([
        { country: 'CN', share: 0.95 },
        { country: 'RU', share: 0.03 },
      ]);
      const shipyard = await t.gql('mutation($i: ReplaceMaterialSuppliesInput!) { replaceMaterialSupplies(input: $i) { share } }',
        { i: { materialId: ga.data!.material.id, stage: 'EXTRACTION', scope: 'GLOBAL', source: 'x', supplies: [] } }, werf);
      expect(shipyard.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('refuses updates and deletes of audit events at the database', async () => {
      await expect(t.platform.dataSource.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(t.platform.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    });
  });

  describe('batched loading', () => {
    it('answers a deeply nested query with a bounded number of SQL statements, however many items', async () => {
      const [{ id: groupId }] = await t.platform.dataSource.query('SELECT id FROM product_group LIMIT 1');
      const query = `query($g: ID!, $first: Int!) { productGroup(id: $g) { items(first: $first) { nodes {
        name owner { name }
        children { quantity child { name owner { name } supplyLinks { share country supplier { name } contributedBy { name } } } }
        parents { parent { name } }
        supplyLinks { share supplierName sharedWith { name } }
        materials { quantityKg material { symbol } }
      } } } }`;
      const small = await t.countQueries(() => t.gql(query, { g: groupId, first: 5 }, werf));
      const large = await t.countQueries(async () => {
        const res = await t.gql<{ productGroup: { items: { nodes: unknown[] } } }>(query, { g: groupId, first: 80 }, werf);
        expect(res.data!.productGroup.items.nodes).toHaveLength(80);
      });
      // 16 times the items, (nearly) the same statements: one per kind of nested field and batch,
      // not one per item; a field that went N+1 would add 80 here.
      expect(large.length - small.length).toBeLessThanOrEqual(2);
      expect(large.length).toBeLessThanOrEqual(20);
    });

    type LinkPage = {
      supplyLinks: {
        totalCount: number;
        nodes: { id: string; supplierName: string | null; item: { id: string; name: string; owner: { name: string } | null } | null }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const linkPage = `query($g: ID, $first: Int, $after: String) { supplyLinks(productGroupId: $g, first: $first, after: $after) {
      totalCount nodes { id supplierName item { id name owner { name } } } pageInfo { hasNextPage endCursor } } }`;

    it("lists a product group's supply links with their items in one statement besides the session's", async () => {
      const [{ id: g }] = await t.platform.dataSource.query('SELECT id FROM product_group LIMIT 1');
      let data: LinkPage | null = null;
      const statements = await t.countQueries(async () => {
        data = (await t.gql<LinkPage>(`query($g: ID) { supplyLinks(productGroupId: $g, first: 100) { totalCount nodes { id item { id name } } } }`, { g }, werf)).data;
      });
      expect(data!.supplyLinks.nodes.length).toBeGreaterThan(0);
      expect(data!.supplyLinks.totalCount).toBe(data!.supplyLinks.nodes.length);
      // The items come with the links: no statement of their own, and no count for a page that holds everything.
      expect(statements.filter((sql) => /\bFROM item i\b/.test(sql))).toEqual([]);
      expect(statements.filter((sql) => /count\(\*\)/i.test(sql))).toEqual([]);
      expect(statements.filter((sql) => /FROM supply_link sl/.test(sql))).toHaveLength(1);
    });

    it('gives each link the item and owner the item query gives, and the same total on every page', async () => {
      const [{ id: g }] = await t.platform.dataSource.query('SELECT id FROM product_group LIMIT 1');
      const all = (await t.gql<LinkPage>(linkPage, { g, first: 100 }, werf)).data!.supplyLinks;
      const paged: LinkPage['supplyLinks']['nodes'] = [];
      let after: string | null = null;
      for (;;) {
        const page: LinkPage['supplyLinks'] = (await t.gql<LinkPage>(linkPage, { g, first: 7, after }, werf)).data!.supplyLinks;
        expect(page.totalCount).toBe(all.totalCount);
        paged.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged).toEqual(all.nodes);
      for (const link of all.nodes.slice(0, 10)) {
        const item = await t.gql<{ item: { id: string; name: string; owner: { name: string } | null } }>(
          'query($id: ID!) { item(id: $id) { id name owner { name } } }',
          { id: link.item!.id },
          werf,
        );
        expect(link.item).toEqual(item.data!.item);
      }
    });
  });

  it('answers the materials catalogue with its shares and group members in a bounded number of statements', async () => {
    const q = (first: number) => t.gql(`{ materials(first: ${first}) { nodes { symbol supplies { share } members { symbol supplies { country } } usedIn { name } } } }`, {}, nmo);
    const small = await t.countQueries(() => q(3));
    const large = await t.countQueries(() => q(50));
    expect(large.length - small.length).toBeLessThanOrEqual(2);
    expect(large.length).toBeLessThanOrEqual(10);
  });

  it('keeps ids in the test stable', () => {
    expect(Object.keys(ids).length).toBeGreaterThanOrEqual(60);
  });
});
