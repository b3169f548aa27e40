import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

// The analysis reads only what the viewer may read, so two viewers can get different answers, and
// nothing in an answer points at a supply link (or its supplier) the viewer may not see.

const EVERYTHING = `query($pg: ID, $item: ID, $after: String) {
  dependencies(productGroupId: $pg, itemId: $item, first: 200, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { key kind target { id name } platform { id }
      score { value coverage factors { key raw normalized contribution source { country stage supplyLinkId item { id name } material { id } } } }
      weakestLink { kind value country item { id } material { id } }
      weakLinks { kind value country item { id } material { id } }
      quantity { value unit complete } itemCount pathCount paths { quantity items { id name } } } } }`;

interface Node {
  key: string;
  kind: string;
  target: { id: string; name: string };
  score: { value: number | null; factors: { key: string; source: { supplyLinkId: string | null } | null }[] };
  paths: { items: { id: string; name: string }[] }[];
}

describe('the analysis with the permissions of the viewer', () => {
  let t: TestPlatform;
  let werf: string;
  let magneet: string;
  let pg: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestPlatform();
    [werf, magneet] = await Promise.all([t.login('keten@werf.example'), t.login('verkoop@magneet.example')]);
    [{ id: pg }] = await t.platform.dataSource.query(`SELECT id FROM product_group`);
    const items: { id: string; name: string }[] = await t.platform.dataSource.query('SELECT id, name FROM item');
    ids = Object.fromEntries(items.map((r) => [r.name, r.id]));
  });
  afterAll(async () => t?.close());

  /** Every dependency of the product group (or item) as the viewer gets them, with the raw responses. */
  async function all(token: string, variables: Record<string, unknown> = { pg }): Promise<{ nodes: Node[]; json: string }> {
    const nodes: Node[] = [];
    const bodies: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof t.gql<{ dependencies: { nodes: Node[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>>> = await t.gql(
        EVERYTHING,
        { ...variables, after },
        token,
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      bodies.push(JSON.stringify(res.data));
      nodes.push(...res.data!.dependencies.nodes);
      if (!res.data!.dependencies.pageInfo.hasNextPage) return { nodes, json: bodies.join('\n') };
      after = res.data!.dependencies.pageInfo.endCursor;
    }
  }

  /**
   * The supply links (ids and supplier names) a demo user may not read, from the design written as
   * plain SQL (not the production accessibleWhere): a link is readable when its organisation is the
   * reader's, shares it with the reader, or made it visible to the participants (ROADMAP; GOVERNMENT
   * for government readers) of a roadmap on the item's product group — and its item is readable by
   * the same rule.
   */
  async function hiddenFrom(email: string): Promise<{ ids: string[]; suppliers: string[] }> {
    const rows: { id: string; supplierName: string }[] = await t.platform.dataSource.query(
      `WITH me AS (SELECT u.organisation_id AS org, o.kind FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1),
       participates AS (SELECT DISTINCT r.product_group_id FROM roadmap r JOIN participant p ON p.roadmap_id = r.id, me WHERE p.organisation_id = me.org),
       readable_item AS (
         SELECT i.id FROM item i, me
         WHERE i.owner_org_id = me.org OR me.org = ANY(i.shared_with)
            OR (i.product_group_id IN (SELECT product_group_id FROM participates)
                AND (i.visibility = 'ROADMAP' OR (i.visibility = 'GOVERNMENT' AND me.kind = 'GOVERNMENT'))))
       SELECT sl.id, sl.supplier_name AS "supplierName" FROM supply_link sl JOIN item i ON i.id = sl.item_id, me
       WHERE NOT (
         (sl.contributed_by_org_id = me.org OR me.org = ANY(sl.shared_with)
          OR (i.product_group_id IN (SELECT product_group_id FROM participates)
              AND (sl.visibility = 'ROADMAP' OR (sl.visibility = 'GOVERNMENT' AND me.kind = 'GOVERNMENT'))))
         AND sl.item_id IN (SELECT id FROM readable_item))`,
      [email],
    );
    return { ids: rows.map((r) => r.id), suppliers: [...new Set(rows.map((r) => r.supplierName))] };
  }

  it("does not change the magnet maker's results when the shipyard's OWNER single-source link goes, but changes the shipyard's", async () => {
    const ds = t.platform.dataSource;
    // The shipyard's only graphite anode supplier: Chinese, single source, visible to the shipyard alone.
    const [link] = await ds.query(
      `SELECT * FROM supply_link WHERE item_id = $1 AND visibility = 'OWNER' AND single_source`,
      [ids['Sferoïdaal grafiet (anodekwaliteit)']],
    );
    expect(link).toBeDefined();
    const before = { werf: await all(werf), magneet: await all(magneet) };
    // Asked by key, the magnet maker learns nothing more than from the list.
    const byKey = async (token: string, key: string) =>
      (await t.gql<{ dependency: { key: string } | null }>('query($key: String!) { dependency(key: $key) { key } }', { key }, token)).data!.dependency;
    const anodeKey = before.werf.nodes.find((d) => d.kind === 'ITEM' && d.target.id === link.item_id)!.key;
    expect(await byKey(werf, anodeKey)).toEqual({ key: anodeKey });
    expect(await byKey(magneet, anodeKey)).toBeNull();
    await ds.query('DELETE FROM supply_link WHERE id = $1', [link.id]);
    try {
      const after = { werf: await all(werf), magneet: await all(magneet) };
      expect(after.magneet.json).toBe(before.magneet.json);
      expect(after.werf.json).not.toBe(before.werf.json);
      // For the shipyard the anode was a single-sourced item dependency of each platform that uses it.
      const anode = (nodes: Node[]) => nodes.filter((d) => d.kind === 'ITEM' && d.target.id === link.item_id);
      expect(anode(before.werf.nodes).length).toBeGreaterThan(0);
      expect(anode(after.werf.nodes)).toHaveLength(0);
      expect(anode(before.magneet.nodes)).toHaveLength(0);
      const graphite = (nodes: Node[]) => nodes.filter((d) => d.kind === 'MATERIAL' && d.target.name.toLowerCase().includes('graphite')).map((d) => d.score.value);
      expect(graphite(after.werf.nodes)).not.toEqual(graphite(before.werf.nodes));
    } finally {
      const columns = Object.keys(link);
      await ds.query(
        `INSERT INTO supply_link (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        columns.map((c) => link[c]),
      );
    }
  });

  it('never names a supply link or supplier the viewer may not see, in any path, factor or weak link', async () => {
    for (const [email, token] of [
      ['verkoop@magneet.example', magneet],
      ['keten@werf.example', werf],
    ] as const) {
      const hidden = await hiddenFrom(email);
      expect(hidden.ids.length, email).toBeGreaterThan(0);
      const { nodes, json } = await all(token);
      expect(nodes.length).toBeGreaterThan(50);
      for (const id of hidden.ids) expect(json, `${email} sees link ${id}`).not.toContain(id);
      for (const name of hidden.suppliers) expect(json, `${email} sees ${name}`).not.toContain(name);
      const linkIds = nodes.flatMap((d) => d.score.factors.map((f) => f.source?.supplyLinkId)).filter(Boolean);
      expect(linkIds.length).toBeGreaterThan(0);
      for (const id of linkIds) expect(hidden.ids).not.toContain(id);
    }
  });

  it("gives two viewers different answers: only the shipyard sees its Chinese magnet source", async () => {
    const magnet = ids['Gesinterde NdFeB-magneet (N42SH)'];
    const china = async (token: string) => (await all(token, { item: magnet })).nodes.find((d) => d.kind === 'COUNTRY' && d.target.id === 'CN')!;
    const [forShipyard, forMagnetMaker] = await Promise.all([china(werf), china(magneet)]);
    // The magnet itself is supplied from China only in the shipyard's (OWNER) link.
    const carriesMagnet = (d: Node) => d.paths.some((p) => p.items.length === 1 && p.items[0].id === magnet);
    expect(carriesMagnet(forShipyard)).toBe(true);
    expect(carriesMagnet(forMagnetMaker)).toBe(false);
    expect(forShipyard.score.value).not.toBe(forMagnetMaker.score.value);
  });

  it('compares suppliers only where the viewer may know who they are', async () => {
    // The shipyard sees two control-board links to Eindhoven Electronics: its own, and the radar
    // maker's, whose supplier it may not know. Treating them as one supplier would reveal the radar
    // maker's supplier and flag a single source; they count as two.
    const board = ids['Besturingsprintplaat (geassembleerd)'];
    const { nodes } = await all(werf);
    expect(nodes.filter((d) => d.kind === 'ITEM' && d.target.id === board)).toHaveLength(0);
    const links = await t.gql<{ supplyLinks: { nodes: { supplierName: string | null }[] } }>(
      'query($id: ID) { supplyLinks(itemId: $id) { nodes { supplierName } } }',
      { id: board },
      werf,
    );
    expect(links.data!.supplyLinks.nodes.map((l) => l.supplierName).sort()).toEqual(['Eindhoven Electronics Manufacturing B.V.', null]);
  });
});
