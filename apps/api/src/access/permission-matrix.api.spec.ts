import { subject } from '@casl/ability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAbilityFor, type Actor, type Action, type AppAbility, type SubjectType } from '@routekaart/access';
import { hashPassword, type OrganisationKind, type UserRole } from '@routekaart/db';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/**
 * The API against the permission matrix: for every organisation kind x role and every write the API
 * offers, the API allows exactly what `defineAbilityFor` (built from PERMISSION_MATRIX) allows, and
 * refuses the rest with FORBIDDEN (or NOT_FOUND where the record is not even readable).
 */
const ORGS: Record<OrganisationKind, string> = {
  GOVERNMENT: 'beleid@ez.example',
  INDUSTRY: 'keten@werf.example',
  KNOWLEDGE_INSTITUTE: 'analist@nmo.example',
};
const ROLES: UserRole[] = ['ADMIN', 'EDITOR', 'VIEWER'];

interface Fixture {
  /** The record the rules judge, tagged as CASL sees it. */
  record: Record<string, unknown>;
  subject: SubjectType;
  action: Action;
  field?: string;
  run(token: string): Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>;
}

describe('the API follows the permission matrix', () => {
  let t: TestPlatform;
  let werfOrg: string;
  let nmoOrg: string;
  let groupId: string;
  let roadmapId: string;
  let seq = 0;
  const users: { kind: OrganisationKind; role: UserRole; token: string; ability: AppAbility; actor: Actor }[] = [];

  const q = <T = Record<string, string>>(sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params) as Promise<T[]>;

  /** A day no other fixture used, so restrictions never collide on (material, country, measure, since). */
  const freshDate = () => new Date(Date.UTC(2001, 0, 1 + ++seq)).toISOString().slice(0, 10);

  const freshItem = async () => {
    const [row] = await q<{ id: string }>(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) VALUES ($1, 'COMPONENT', $2, $3, 'ROADMAP') RETURNING id`,
      [groupId, `Matrixtest ${++seq}`, werfOrg],
    );
    return { id: row.id, ownerOrgId: werfOrg, visibility: 'ROADMAP', sharedWith: [] as string[], roadmapIds: [roadmapId] };
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: werfOrg }] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'keten@werf.example'`);
    [{ id: nmoOrg }] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'analist@nmo.example'`);
    [{ id: groupId }] = await q('SELECT id FROM product_group LIMIT 1');
    [{ id: roadmapId }] = await q('SELECT id FROM roadmap LIMIT 1');
    const hash = await hashPassword('matrix-password');
    for (const [kind, adminEmail] of Object.entries(ORGS) as [OrganisationKind, string][]) {
      for (const role of ROLES) {
        let email = adminEmail;
        if (role !== 'ADMIN') {
          email = `${role.toLowerCase()}.${adminEmail}`;
          await q(`INSERT INTO app_user (email, name, role, organisation_id, password_hash) SELECT $1, $2, $3, organisation_id, $4 FROM app_user WHERE email = $5`, [
            email,
            `${kind} ${role}`,
            role,
            hash,
            adminEmail,
          ]);
        }
        const token = await t.login(email, role === 'ADMIN' ? undefined : 'matrix-password');
        const [u] = await q<{ id: string; organisation_id: string }>('SELECT id, organisation_id FROM app_user WHERE email = $1', [email]);
        const participations = await q<{ roadmapId: string; role: 'LEAD' | 'MEMBER' | 'OBSERVER' }>(
          'SELECT roadmap_id AS "roadmapId", role FROM participant WHERE organisation_id = $1',
          [u.organisation_id],
        );
        const actor: Actor = { userId: u.id, organisationId: u.organisation_id, organisationKind: kind, role, participations };
        users.push({ kind, role, token, actor, ability: defineAbilityFor(actor) });
      }
    }
  });
  afterAll(async () => t?.close());

  const fixtures: Record<string, (u: (typeof users)[number]) => Promise<Fixture>> = {
    'Item create': async (u) => ({
      subject: 'Item',
      action: 'create',
      record: { id: '', ownerOrgId: u.actor.organisationId, visibility: 'ROADMAP', sharedWith: [], roadmapIds: [roadmapId] },
      run: (token) =>
        t.gql('mutation($i: CreateItemInput!) { createItem(input: $i) { id } }', { i: { productGroupId: groupId, kind: 'COMPONENT', name: `Nieuw ${++seq}`, visibility: 'ROADMAP' } }, token),
    }),
    'Item update': async () => {
      const item = await freshItem();
      return { subject: 'Item', action: 'update', record: item, run: (token) => t.gql('mutation($id: ID!) { updateItem(id: $id, input: { name: "Hernoemd" }) { id } }', { id: item.id }, token) };
    },
    'Item delete': async () => {
      const item = await freshItem();
      return { subject: 'Item', action: 'delete', record: item, run: (token) => t.gql('mutation($id: ID!) { deleteItem(id: $id) }', { id: item.id }, token) };
    },
    'Composition create': async () => {
      const [parent, child] = [await freshItem(), await freshItem()];
      return {
        subject: 'Composition',
        action: 'create',
        record: { parentId: parent.id, childId: child.id, ...parent },
        run: (token) =>
          t.gql('mutation($i: AddCompositionInput!) { addComposition(input: $i) { id } }', { i: { parentId: parent.id, childId: child.id, quantity: 2, unit: 'pcs' } }, token),
      };
    },
    'Composition delete': async () => {
      const [parent, child] = [await freshItem(), await freshItem()];
      const [edge] = await q(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 1, 'pcs') RETURNING id`, [parent.id, child.id]);
      return { subject: 'Composition', action: 'delete', record: { parentId: parent.id, childId: child.id, ...parent }, run: (token) => t.gql('mutation($id: ID!) { removeComposition(id: $id) }', { id: edge.id }, token) };
    },
    'SupplyLink create': async (u) => {
      const item = await freshItem();
      return {
        subject: 'SupplyLink',
        action: 'create',
        record: { id: '', itemId: item.id, contributedByOrgId: u.actor.organisationId, visibility: 'ROADMAP', sharedWith: [], roadmapIds: [roadmapId] },
        run: (token) =>
          t.gql('mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }', { i: { itemId: item.id, supplierName: 'Matrix B.V.', country: 'NL', share: 0.1, visibility: 'ROADMAP' } }, token),
      };
    },
    ...Object.fromEntries(
      (['update', 'delete'] as const).map((action) => [
        `SupplyLink ${action}`,
        async (): Promise<Fixture> => {
          const item = await freshItem();
          const [link] = await q(
            `INSERT INTO supply_link (item_id, supplier_name, country, share, visibility, contributed_by_org_id) VALUES ($1, 'Matrix B.V.', 'NL', 0.1, 'ROADMAP', $2) RETURNING id`,
            [item.id, werfOrg],
          );
          return {
            subject: 'SupplyLink',
            action,
            record: { id: link.id, itemId: item.id, contributedByOrgId: werfOrg, visibility: 'ROADMAP', sharedWith: [], roadmapIds: [roadmapId] },
            run: (token) =>
              action === 'update'
                ? t.gql('mutation($id: ID!) { updateSupplyLink(id: $id, input: { share: 0.2 }) { id } }', { id: link.id }, token)
                : t.gql('mutation($id: ID!) { deleteSupplyLink(id: $id) }', { id: link.id }, token),
          };
        },
      ]),
    ),
    'Material update': async () => {
      const [ga] = await q(`SELECT id FROM material WHERE symbol = 'Ga'`);
      return { subject: 'Material', action: 'update', record: { id: ga.id }, run: (token) => t.gql('mutation($id: ID!) { updateMaterial(id: $id, input: { substitutionIndex: 0.95 }) { id } }', { id: ga.id }, token) };
    },
    'MaterialSupply create': async () => {
      const [sn] = await q(`SELECT id FROM material WHERE symbol = 'Sn'`);
      return {
        subject: 'MaterialSupply',
        action: 'create',
        record: { materialId: sn.id },
        run: (token) =>
          t.gql('mutation($i: ReplaceMaterialSuppliesInput!) { replaceMaterialSupplies(input: $i) { share } }', {
            i: { materialId: sn.id, stage: 'PROCESSING', scope: 'GLOBAL', source: 'matrix test', supplies: [{ country: 'ID', countryName: 'Indonesia', share: 0.3 }] },
          }, token),
      };
    },
    'ExportRestriction create': async () => {
      const [sn] = await q(`SELECT id FROM material WHERE symbol = 'Sn'`);
      return {
        subject: 'ExportRestriction',
        action: 'create',
        record: { materialId: sn.id, country: 'MM' },
        run: (token) =>
          t.gql('mutation($i: RecordExportRestrictionInput!) { recordExportRestriction(input: $i) { id } }', {
            i: { materialId: sn.id, country: 'MM', measure: 'BAN', since: freshDate(), description: 'matrix test', source: 'matrix test' },
          }, token),
      };
    },
    ...Object.fromEntries(
      (['update', 'delete'] as const).map((action) => [
        `ExportRestriction ${action}`,
        async (): Promise<Fixture> => {
          const [sn] = await q(`SELECT id FROM material WHERE symbol = 'Sn'`);
          const [restriction] = await q(
            `INSERT INTO export_restriction (material_id, country, measure, since, description, source) VALUES ($1, 'MM', 'QUOTA', $2, 'matrix test', 'matrix test') RETURNING id`,
            [sn.id, freshDate()],
          );
          return {
            subject: 'ExportRestriction',
            action,
            record: { materialId: sn.id, country: 'MM' },
            run: (token) =>
              action === 'update'
                ? t.gql('mutation($id: ID!) { updateExportRestriction(id: $id, input: { until: "2099-12-31" }) { id } }', { id: restriction.id }, token)
                : t.gql('mutation($id: ID!) { deleteExportRestriction(id: $id) }', { id: restriction.id }, token),
          };
        },
      ]),
    ),
    'Participant update': async () => ({
      subject: 'Participant',
      action: 'update',
      record: { roadmapId, organisationId: nmoOrg },
      run: (token) => t.gql('mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: MEMBER) { id } }', { r: roadmapId, o: nmoOrg }, token),
    }),
    'User create': async (u) => ({
      subject: 'User',
      action: 'create',
      record: { id: '', organisationId: u.actor.organisationId },
      run: (token) =>
        t.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email: `nieuw${++seq}@matrix.example`, name: 'Nieuw', role: 'VIEWER', password: 'a-long-password' } }, token),
    }),
    'Export create': async () => ({
      subject: 'Export',
      action: 'create',
      record: {},
      run: (token) => t.gql('mutation($g: ID!) { exportSupplyLinks(productGroupId: $g) { rows } }', { g: groupId }, token),
    }),
  };

  it.each(Object.keys(fixtures))('%s: allowed and refused exactly as the matrix says, for every kind and role', async (name) => {
    const outcomes: string[] = [];
    for (const u of users) {
      const fixture = await fixtures[name](u);
      const target = fixture.subject === 'Export' ? 'Export' : subject(fixture.subject as never, { ...fixture.record } as never);
      const expected = u.ability.can(fixture.action, target as never);
      const readable = fixture.subject === 'Export' || u.ability.can('read', target as never);
      const res = await fixture.run(u.token);
      const code = res.errors?.[0]?.extensions?.code ?? 'OK';
      outcomes.push(`${u.kind}/${u.role}: ${code}`);
      expect(code, `${name} as ${u.kind} ${u.role}: ${JSON.stringify(res.errors)}`).toBe(expected ? 'OK' : readable ? 'FORBIDDEN' : 'NOT_FOUND');
    }
    // Every row of the matrix used here both allows someone and refuses someone.
    expect(outcomes.some((o) => o.endsWith('OK')), outcomes.join('; ')).toBe(true);
    expect(outcomes.some((o) => !o.endsWith('OK')), outcomes.join('; ')).toBe(true);
  });
});
