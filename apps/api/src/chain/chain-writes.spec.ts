import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@routekaart/db';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/**
 * The chain's writes over GraphQL, by their results: what each mutation returns, what it leaves in
 * the database and in the audit log, and how it refuses (validation on the field at fault, NOT_FOUND
 * for what the actor may not read, FORBIDDEN for what it may read but not change, CONFLICT).
 */
interface AuditRow {
  action: string;
  subject_type: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  changes: Record<string, unknown>;
}

describe('writing the chain', () => {
  let t: TestPlatform;
  let werf: string;
  let ez: string;
  let werfViewer: string;
  let werfOrg: string;
  let werfUser: string;
  let radarOrg: string;
  let groupId: string;
  let seq = 0;

  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params) as Promise<T[]>;
  const audit = (subjectId: string) =>
    q<AuditRow>('SELECT action, subject_type, actor_user_id, actor_organisation_id, changes FROM audit_event WHERE subject_id = $1 ORDER BY id', [subjectId]);
  const count = async (sql: string, params: unknown[] = []) => (await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

  /** An item straight into the database, so each test starts from rows it made itself. */
  const item = async (ownerOrgId: string, visibility: 'OWNER' | 'GOVERNMENT' | 'ROADMAP' = 'ROADMAP') => {
    const [row] = await q<{ id: string }>(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) VALUES ($1, 'COMPONENT', $2, $3, $4) RETURNING id`,
      [groupId, `Schrijftest ${++seq}`, ownerOrgId, visibility],
    );
    return row.id;
  };
  const edge = async (parentId: string, childId: string) =>
    (await q<{ id: string }>(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 2, 'pcs') RETURNING id`, [parentId, childId]))[0].id;
  const link = async (itemId: string, contributedBy: string, visibility: 'OWNER' | 'GOVERNMENT' | 'ROADMAP', share = 0.3) =>
    (
      await q<{ id: string }>(
        `INSERT INTO supply_link (item_id, supplier_name, country, share, tier, lead_time_weeks, stock_months, single_source, visibility, contributed_by_org_id)
         VALUES ($1, 'Zeeland Kabelwerk B.V.', 'NL', $2, 1, 12, 3, false, $3, $4) RETURNING id`,
        [itemId, share, visibility, contributedBy],
      )
    )[0].id;
  const linkRow = async (id: string) =>
    (
      await q(
        `SELECT supplier_name, supplier_org_id, country, share::float AS share, tier, lead_time_weeks::float AS lead_time_weeks,
                stock_months::float AS stock_months, single_source, visibility, shared_with, contributed_by_org_id, item_id
         FROM supply_link WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestPlatform();
    [werf, ez] = await Promise.all([t.login('keten@werf.example'), t.login('beleid@ez.example')]);
    [{ id: werfUser, organisation_id: werfOrg }] = await q<{ id: string; organisation_id: string }>(`SELECT id, organisation_id FROM app_user WHERE email = 'keten@werf.example'`);
    [{ organisation_id: radarOrg }] = await q<{ organisation_id: string }>(`SELECT organisation_id FROM app_user WHERE email = 'inkoop@radar.example'`);
    [{ id: groupId }] = await q<{ id: string }>('SELECT id FROM product_group LIMIT 1');
    await q(`INSERT INTO app_user (email, name, role, organisation_id, password_hash) VALUES ('kijker@werf.example', 'Kijker', 'VIEWER', $1, $2)`, [
      werfOrg,
      await hashPassword('viewer-password'),
    ]);
    werfViewer = await t.login('kijker@werf.example', 'viewer-password');
  });
  afterAll(async () => t?.close());

  describe('createItem', () => {
    const createItem = (input: Record<string, unknown>, token = werf) =>
      t.gql<{ createItem: Record<string, unknown> & { id: string } }>(
        'mutation($i: CreateItemInput!) { createItem(input: $i) { id kind name description visibility productGroupId owner { name } } }',
        { i: { productGroupId: groupId, kind: 'COMPONENT', name: `Nieuw ${++seq}`, visibility: 'ROADMAP', ...input } },
        token,
      );
    const itemsCreated = () => count(`audit_event WHERE action = 'item.create'`);

    it("returns the new item with its fields, owned by the actor's organisation, and audits item.create with the actor and the values", async () => {
      const res = await createItem({ kind: 'SYSTEM', name: '  Koelwaterpomp  ', description: 'Zeewater, 40 m3/h', visibility: 'GOVERNMENT', sharedWith: [radarOrg] });
      expect(res.errors).toBeUndefined();
      const created = res.data!.createItem;
      expect(created).toEqual({
        id: expect.any(String),
        kind: 'SYSTEM',
        name: 'Koelwaterpomp',
        description: 'Zeewater, 40 m3/h',
        visibility: 'GOVERNMENT',
        productGroupId: groupId,
        owner: { name: 'Noordzee Marinewerf B.V.' },
      });
      expect(await q('SELECT name, owner_org_id, shared_with, product_group_id FROM item WHERE id = $1', [created.id])).toEqual([
        { name: 'Koelwaterpomp', owner_org_id: werfOrg, shared_with: [radarOrg], product_group_id: groupId },
      ]);
      expect(await audit(created.id)).toEqual([
        {
          action: 'item.create',
          subject_type: 'Item',
          actor_user_id: werfUser,
          actor_organisation_id: werfOrg,
          changes: { name: 'Koelwaterpomp', kind: 'SYSTEM', visibility: 'GOVERNMENT' },
        },
      ]);
    });

    it.each(['', '   '])('refuses the name %j as BAD_USER_INPUT on name, and writes nothing', async (name) => {
      const before = await itemsCreated();
      const res = await createItem({ name });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(await itemsCreated()).toBe(before);
    });

    it('refuses an unknown product group as NOT_FOUND on productGroupId, and writes nothing', async () => {
      const before = await itemsCreated();
      const res = await createItem({ productGroupId: randomUUID() });
      expect(res.errors![0]).toMatchObject({ message: 'product group not found', extensions: { code: 'NOT_FOUND', field: 'productGroupId' } });
      expect(await itemsCreated()).toBe(before);
    });

    // KNOWN BUG, reported: an id that is not a uuid reaches PostgreSQL and answers INTERNAL_SERVER_ERROR.
    // Remove `.fails` once createItem answers it like an unknown product group.
    it('answers NOT_FOUND on productGroupId for a product group id that is not a uuid', async () => {
      const res = await createItem({ productGroupId: 'not-a-product-group' });
      expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'productGroupId' });
    });

    it('refuses to share with an organisation that does not exist, on field sharedWith', async () => {
      const res = await createItem({ sharedWith: [randomUUID()] });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sharedWith' });
    });

    it('refuses government users and industry viewers with FORBIDDEN, and writes nothing', async () => {
      const before = await itemsCreated();
      for (const token of [ez, werfViewer]) {
        const res = await createItem({}, token);
        expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
      expect(await itemsCreated()).toBe(before);
    });
  });

  describe('deleteItem', () => {
    const deleteItem = (id: string, token = werf) => t.gql<{ deleteItem: boolean }>('mutation($id: ID!) { deleteItem(id: $id) }', { id }, token);
    const exists = async (id: string) => (await count('item WHERE id = $1', [id])) === 1;

    it("deletes an unused item of the actor's organisation and audits item.delete with its name", async () => {
      const id = await item(werfOrg);
      const [{ name }] = await q<{ name: string }>('SELECT name FROM item WHERE id = $1', [id]);
      const res = await deleteItem(id);
      expect(res.errors).toBeUndefined();
      expect(res.data!.deleteItem).toBe(true);
      expect(await exists(id)).toBe(false);
      expect(await audit(id)).toEqual([
        { action: 'item.delete', subject_type: 'Item', actor_user_id: werfUser, actor_organisation_id: werfOrg, changes: { name } },
      ]);
    });

    it('refuses with CONFLICT on id while the item is used in assemblies the actor can see, saying in how many; deletes it once they let go', async () => {
      const part = await item(werfOrg);
      const edges = [await edge(await item(werfOrg), part), await edge(await item(werfOrg), part)];
      const refused = await deleteItem(part);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(refused.errors![0].message).toMatch(/is still used in 2 assemblies/);
      expect(await exists(part)).toBe(true);
      expect(await audit(part)).toEqual([]);

      for (const id of edges) expect((await t.gql('mutation($id: ID!) { removeComposition(id: $id) }', { id }, werf)).errors).toBeUndefined();
      expect((await deleteItem(part)).data).toEqual({ deleteItem: true });
      expect(await exists(part)).toBe(false);
    });

    it("answers NOT_FOUND on id, with the same message, for an unknown id and for another company's OWNER item, which stays", async () => {
      const hidden = await item(radarOrg, 'OWNER');
      const unknown = await deleteItem(randomUUID());
      const other = await deleteItem(hidden);
      expect(unknown.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(other.errors![0].extensions).toEqual(unknown.errors![0].extensions);
      expect(other.errors![0].message).toBe(unknown.errors![0].message);
      expect(await exists(hidden)).toBe(true);
    });

    it("refuses another company's item the actor can read, and the actor's own item to a viewer, with FORBIDDEN", async () => {
      const radars = await item(radarOrg, 'ROADMAP');
      const own = await item(werfOrg);
      expect((await deleteItem(radars)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await deleteItem(own, werfViewer)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(await exists(radars)).toBe(true);
      expect(await exists(own)).toBe(true);
    });
  });

  describe('removeComposition', () => {
    const removeComposition = (id: string, token = werf) => t.gql<{ removeComposition: boolean }>('mutation($id: ID!) { removeComposition(id: $id) }', { id }, token);
    const edgeExists = async (id: string) => (await count('composition WHERE id = $1', [id])) === 1;

    it('removes the edge, so the assembly no longer lists the part, and audits composition.delete with parent and child', async () => {
      const [parentId, childId] = [await item(werfOrg), await item(werfOrg)];
      const id = await edge(parentId, childId);
      const res = await removeComposition(id);
      expect(res.errors).toBeUndefined();
      expect(res.data!.removeComposition).toBe(true);
      expect(await edgeExists(id)).toBe(false);
      const children = await t.gql<{ item: { children: unknown[] } }>('query($id: ID!) { item(id: $id) { children { id } } }', { id: parentId }, werf);
      expect(children.data!.item.children).toEqual([]);
      expect(await audit(id)).toEqual([
        { action: 'composition.delete', subject_type: 'Composition', actor_user_id: werfUser, actor_organisation_id: werfOrg, changes: { parentId, childId } },
      ]);
    });

    it("answers NOT_FOUND on id, with the same message, for an unknown id and for an edge of another company's OWNER assembly, which stays", async () => {
      const hidden = await edge(await item(radarOrg, 'OWNER'), await item(radarOrg, 'OWNER'));
      const unknown = await removeComposition(randomUUID());
      const other = await removeComposition(hidden);
      expect(unknown.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(other.errors![0]).toMatchObject({ message: unknown.errors![0].message, extensions: unknown.errors![0].extensions });
      expect(await edgeExists(hidden)).toBe(true);
    });

    it("refuses an edge of another company's assembly the actor can read, and a viewer, with FORBIDDEN; the edges stay", async () => {
      const radars = await edge(await item(radarOrg), await item(radarOrg));
      const own = await edge(await item(werfOrg), await item(werfOrg));
      expect((await removeComposition(radars)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await removeComposition(own, werfViewer)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(await edgeExists(radars)).toBe(true);
      expect(await edgeExists(own)).toBe(true);
    });
  });

  describe('updateSupplyLink', () => {
    const updateSupplyLink = (id: string, input: Record<string, unknown>, token = werf) =>
      t.gql<{ updateSupplyLink: Record<string, unknown> }>(
        'mutation($id: ID!, $i: SupplyLinkInput!) { updateSupplyLink(id: $id, input: $i) { id itemId supplierName country share tier leadTimeWeeks stockMonths singleSource visibility } }',
        { id, i: input },
        token,
      );

    it('changes exactly the given fields, answers with the link as changed, and audits the difference', async () => {
      const id = await link(await item(werfOrg), werfOrg, 'OWNER');
      const before = await linkRow(id);
      const res = await updateSupplyLink(id, { share: 0.35, country: 'DE', tier: 1 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateSupplyLink).toEqual({
        id,
        itemId: before.item_id,
        supplierName: 'Zeeland Kabelwerk B.V.',
        country: 'DE',
        share: 0.35,
        tier: 1,
        leadTimeWeeks: 12,
        stockMonths: 3,
        singleSource: false,
        visibility: 'OWNER',
      });
      expect(await linkRow(id)).toEqual({ ...before, country: 'DE', share: 0.35 });
      // tier was given but did not change, so it is not part of the recorded difference.
      expect(await audit(id)).toEqual([
        {
          action: 'supplyLink.update',
          subject_type: 'SupplyLink',
          actor_user_id: werfUser,
          actor_organisation_id: werfOrg,
          changes: { share: { from: 0.3, to: 0.35 }, country: { from: 'NL', to: 'DE' } },
        },
      ]);
    });

    it.each([
      [{ share: 1.5 }, 'share'],
      [{ share: -0.2 }, 'share'],
      [{ country: 'XX' }, 'country'],
      [{ tier: 0 }, 'tier'],
      [{ leadTimeWeeks: -1 }, 'leadTimeWeeks'],
      [{ stockMonths: -0.5 }, 'stockMonths'],
      [{ visibility: null }, 'visibility'],
      [{ supplierName: null }, 'supplierName'],
      [{ sharedWith: ['00000000-0000-4000-8000-000000000000'] }, 'sharedWith'],
    ])('refuses %o as BAD_USER_INPUT on %s, and changes and audits nothing', async (input, field) => {
      const id = await link(await item(werfOrg), werfOrg, 'OWNER');
      const before = await linkRow(id);
      const res = await updateSupplyLink(id, input);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await linkRow(id)).toEqual(before);
      expect(await audit(id)).toEqual([]);
    });

    it("refuses a share that would take the actor's own links of the item above 100%, on share", async () => {
      const itemId = await item(werfOrg);
      const [first] = [await link(itemId, werfOrg, 'OWNER', 0.4), await link(itemId, werfOrg, 'ROADMAP', 0.5)];
      const res = await updateSupplyLink(first, { share: 0.6 });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'share' });
      expect(res.errors![0].message).toMatch(/would add up to 110%, more than 100%/);
      expect((await linkRow(first)).share).toBe(0.4);
    });

    it("answers NOT_FOUND on id, with the same message, for an unknown id and for another company's OWNER link, which stays as it was", async () => {
      const hidden = await link(await item(radarOrg, 'OWNER'), radarOrg, 'OWNER');
      const before = await linkRow(hidden);
      const unknown = await updateSupplyLink(randomUUID(), { share: 0.1 });
      const other = await updateSupplyLink(hidden, { share: 0.1 });
      expect(unknown.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(other.errors![0]).toMatchObject({ message: unknown.errors![0].message, extensions: unknown.errors![0].extensions });
      expect(await linkRow(hidden)).toEqual(before);
    });

    it("refuses another company's link the actor can read, and a viewer of the contributor, with FORBIDDEN", async () => {
      const radars = await link(await item(werfOrg), radarOrg, 'ROADMAP');
      const own = await link(await item(werfOrg), werfOrg, 'OWNER');
      expect((await updateSupplyLink(radars, { share: 0.1 })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await updateSupplyLink(own, { share: 0.1 }, werfViewer)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await linkRow(radars)).share).toBe(0.3);
      expect((await linkRow(own)).share).toBe(0.3);
    });
  });

  describe('deleteSupplyLink', () => {
    const deleteSupplyLink = (id: string, token = werf) => t.gql<{ deleteSupplyLink: boolean }>('mutation($id: ID!) { deleteSupplyLink(id: $id) }', { id }, token);
    const linkExists = async (id: string) => (await count('supply_link WHERE id = $1', [id])) === 1;

    it('removes the link, so its item no longer lists it, and audits supplyLink.delete with the item', async () => {
      const itemId = await item(werfOrg);
      const id = await link(itemId, werfOrg, 'GOVERNMENT');
      const res = await deleteSupplyLink(id);
      expect(res.errors).toBeUndefined();
      expect(res.data!.deleteSupplyLink).toBe(true);
      expect(await linkExists(id)).toBe(false);
      const listed = await t.gql<{ item: { supplyLinks: unknown[] } }>('query($id: ID!) { item(id: $id) { supplyLinks { id } } }', { id: itemId }, werf);
      expect(listed.data!.item.supplyLinks).toEqual([]);
      expect(await audit(id)).toEqual([
        { action: 'supplyLink.delete', subject_type: 'SupplyLink', actor_user_id: werfUser, actor_organisation_id: werfOrg, changes: { itemId } },
      ]);
    });

    it("answers NOT_FOUND on id, with the same message, for an unknown id and for another company's OWNER link, which stays", async () => {
      const hidden = await link(await item(radarOrg, 'OWNER'), radarOrg, 'OWNER');
      const unknown = await deleteSupplyLink(randomUUID());
      const other = await deleteSupplyLink(hidden);
      expect(unknown.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(other.errors![0]).toMatchObject({ message: unknown.errors![0].message, extensions: unknown.errors![0].extensions });
      expect(await linkExists(hidden)).toBe(true);
      expect(await audit(hidden)).toEqual([]);
    });

    it('answers NOT_FOUND for a ROADMAP-visible link on an item the actor may not read, which stays', async () => {
      // The link's own visibility would let the shipyard read it; its item's does not.
      const onHiddenItem = await link(await item(radarOrg, 'OWNER'), radarOrg, 'ROADMAP');
      const res = await deleteSupplyLink(onHiddenItem);
      expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(await linkExists(onHiddenItem)).toBe(true);
    });

    it("refuses another company's link the actor can read, and a viewer of the contributor, with FORBIDDEN; the links stay", async () => {
      const radars = await link(await item(werfOrg), radarOrg, 'ROADMAP');
      const own = await link(await item(werfOrg), werfOrg, 'OWNER');
      expect((await deleteSupplyLink(radars)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await deleteSupplyLink(own, werfViewer)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(await linkExists(radars)).toBe(true);
      expect(await linkExists(own)).toBe(true);
    });
  });
});
