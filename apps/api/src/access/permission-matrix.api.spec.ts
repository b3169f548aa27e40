import { ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, SubjectType } from '@routekaart/access';
import { expectedAllowed, type What, type Who } from '@routekaart/access/src/expected-permissions';
import { hashPassword, type OrganisationKind, type ParticipantRole, type UserRole } from '@routekaart/db';
import { listEndpoints } from '../common/endpoint-access';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/**
 * The API against the hand-written table of expected permissions (libs/access/src/expected-permissions.ts,
 * written from the design, not from PERMISSION_MATRIX): for every organisation kind x role of the demo
 * organisations, plus an industry observer, an industry organisation in no roadmap and a platform
 * operator, and every write below, the API allows exactly what the table allows, answers FORBIDDEN
 * where the user may read the record named but not take the action, and NOT_FOUND where the user may
 * not even read it — except that an endpoint declaring `@Requires(action, subject)` answers FORBIDDEN
 * first to a kind and role the table never lets take that action (whatever the record or roadmap).
 */
const PARTS: Who['participation'][] = ['LEAD', 'MEMBER', 'OBSERVER', 'none'];
const ANY_RECORD: What[] = (['OWNER', 'GOVERNMENT', 'ROADMAP'] as const).map((visibility) => ({
  ownOrganisation: true,
  self: true,
  sharedWithActor: true,
  visibility,
}));

/** Whether the table lets this kind and role take the action on some record, in some part of some roadmap. */
function mayEver(subject: SubjectType, action: Action, u: { kind: OrganisationKind; role: UserRole; operator: boolean }): boolean {
  return PARTS.some((participation) => ANY_RECORD.some((what) => expectedAllowed(subject, action, { ...u, participation }, what)));
}
const DEMO_ADMINS: Record<OrganisationKind, string> = {
  GOVERNMENT: 'beleid@ez.example',
  INDUSTRY: 'keten@werf.example',
  KNOWLEDGE_INSTITUTE: 'analist@nmo.example',
};
const ROLES: UserRole[] = ['ADMIN', 'EDITOR', 'VIEWER'];
const PASSWORD = 'matrix-password';

/** Organisations the demo lacks, made here so the users also cover the other parts in a roadmap. */
const EXTRA: { label: string; org: string; kind: OrganisationKind; role: UserRole; part: ParticipantRole | null; operator: boolean }[] = [
  { label: 'INDUSTRY EDITOR, OBSERVER', org: 'Observant Metaal B.V.', kind: 'INDUSTRY', role: 'EDITOR', part: 'OBSERVER', operator: false },
  { label: 'INDUSTRY ADMIN, in no roadmap', org: 'Buitenstaander Techniek B.V.', kind: 'INDUSTRY', role: 'ADMIN', part: null, operator: false },
  { label: 'GOVERNMENT ADMIN operator, in no roadmap', org: 'Platformbeheer', kind: 'GOVERNMENT', role: 'ADMIN', part: null, operator: true },
];

interface TestUser {
  label: string;
  kind: OrganisationKind;
  role: UserRole;
  operator: boolean;
  organisationId: string;
  /** The organisation's part in the demo roadmap, the one every roadmap-bound record below is in. */
  inRoadmap: ParticipantRole | 'none';
  token: string;
}

type Result = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

interface Fixture {
  subject: SubjectType;
  action: Action;
  /** The record the action is judged on, as the table describes it from this user's side. */
  what: What;
  /** Whether that record belongs to, or is used in, the demo roadmap. */
  inRoadmap: boolean;
  /** The existing record the mutation names by id, when there is one: unreadable means NOT_FOUND. */
  named?: { subject: SubjectType; what: What; inRoadmap: boolean };
  run(token: string): Promise<Result>;
}

describe('the API follows the hand-written table of expected permissions', () => {
  let t: TestPlatform;
  let werfOrg: string;
  let nmoOrg: string;
  let groupId: string;
  let roadmapId: string;
  let seq = 0;
  const users: TestUser[] = [];
  const seen = new Set<string>();

  const q = <T = Record<string, string>>(sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params) as Promise<T[]>;
  const who = (u: TestUser, inRoadmap: boolean): Who => ({ kind: u.kind, role: u.role, operator: u.operator, participation: inRoadmap ? u.inRoadmap : 'none' });

  /** A day no other fixture used, so restrictions never collide on (material, country, measure, since). */
  const freshDate = () => new Date(Date.UTC(2001, 0, 1 + ++seq)).toISOString().slice(0, 10);

  /** A component of the shipyard, visible to the participants of the demo roadmap. */
  const shipyardItem = async () => {
    const [row] = await q<{ id: string }>(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) VALUES ($1, 'COMPONENT', $2, $3, 'ROADMAP') RETURNING id`,
      [groupId, `Matrixtest ${++seq}`, werfOrg],
    );
    return row.id;
  };
  /** The shipyard's ROADMAP-visible chain data, as the user sees it. */
  const shipyards = (u: TestUser): What => ({ ownOrganisation: u.organisationId === werfOrg, sharedWithActor: false, visibility: 'ROADMAP' });
  const anyone: What = { ownOrganisation: false };

  /** Whether some endpoint declares a role gate for this action on this subject (ENDPOINTS.md). */
  let roleGated: (subject: SubjectType, action: Action) => boolean = () => false;

  beforeAll(async () => {
    t = await startTestPlatform();
    const gates = listEndpoints(t.platform.app.get(ModulesContainer)).flatMap((e) => (e.access?.kind === 'requires' ? [`${e.access.action} ${e.access.subject}`] : []));
    roleGated = (subject, action) => gates.includes(`${action} ${subject}`);
    [{ id: werfOrg }] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'keten@werf.example'`);
    [{ id: nmoOrg }] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'analist@nmo.example'`);
    [{ id: groupId }] = await q('SELECT id FROM product_group LIMIT 1');
    [{ id: roadmapId }] = await q('SELECT id FROM roadmap WHERE product_group_id = $1', [groupId]);
    const hash = await hashPassword(PASSWORD);
    const partOf = async (organisationId: string) =>
      (await q<{ role: ParticipantRole }>('SELECT role FROM participant WHERE roadmap_id = $1 AND organisation_id = $2', [roadmapId, organisationId]))[0]?.role ?? 'none';
    const addUser = async (label: string, kind: OrganisationKind, role: UserRole, operator: boolean, organisationId: string, email: string) => {
      await q(`INSERT INTO app_user (email, name, role, organisation_id, password_hash, platform_operator) VALUES ($1, $2, $3, $4, $5, $6)`, [
        email,
        label,
        role,
        organisationId,
        hash,
        operator,
      ]);
      users.push({ label, kind, role, operator, organisationId, inRoadmap: await partOf(organisationId), token: await t.login(email, PASSWORD) });
    };
    for (const [kind, adminEmail] of Object.entries(DEMO_ADMINS) as [OrganisationKind, string][]) {
      const [{ id: organisationId }] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = $1`, [adminEmail]);
      for (const role of ROLES) {
        const label = `${kind} ${role}, ${await partOf(organisationId)}`;
        if (role === 'ADMIN') {
          users.push({ label, kind, role, operator: false, organisationId, inRoadmap: await partOf(organisationId), token: await t.login(adminEmail) });
        } else {
          await addUser(label, kind, role, false, organisationId, `${role.toLowerCase()}.${adminEmail}`);
        }
      }
    }
    for (const [i, extra] of EXTRA.entries()) {
      const [{ id: organisationId }] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, $2) RETURNING id`, [extra.org, extra.kind]);
      if (extra.part) await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [roadmapId, organisationId, extra.part]);
      await addUser(extra.label, extra.kind, extra.role, extra.operator, organisationId, `extra${i}@matrix.example`);
    }
  });
  afterAll(async () => t?.close());

  const fixtures: Record<string, (u: TestUser) => Promise<Fixture>> = {
    'Item create': async () => ({
      subject: 'Item',
      action: 'create',
      what: { ownOrganisation: true, sharedWithActor: false, visibility: 'ROADMAP' },
      inRoadmap: true,
      run: (token) =>
        t.gql('mutation($i: CreateItemInput!) { createItem(input: $i) { id } }', { i: { productGroupId: groupId, kind: 'COMPONENT', name: `Nieuw ${++seq}`, visibility: 'ROADMAP' } }, token),
    }),
    ...Object.fromEntries(
      (['update', 'delete'] as const).map((action) => [
        `Item ${action}`,
        async (u: TestUser): Promise<Fixture> => {
          const id = await shipyardItem();
          const item = { subject: 'Item' as const, what: shipyards(u), inRoadmap: true };
          return {
            ...item,
            action,
            named: item,
            run: (token) =>
              action === 'update'
                ? t.gql('mutation($id: ID!) { updateItem(id: $id, input: { name: "Hernoemd" }) { id } }', { id }, token)
                : t.gql('mutation($id: ID!) { deleteItem(id: $id) }', { id }, token),
          };
        },
      ]),
    ),
    'Composition create': async (u) => {
      const [parentId, childId] = [await shipyardItem(), await shipyardItem()];
      return {
        subject: 'Composition',
        action: 'create',
        what: shipyards(u),
        inRoadmap: true,
        named: { subject: 'Item', what: shipyards(u), inRoadmap: true },
        run: (token) => t.gql('mutation($i: AddCompositionInput!) { addComposition(input: $i) { id } }', { i: { parentId, childId, quantity: 2, unit: 'pcs' } }, token),
      };
    },
    'Composition delete': async (u) => {
      const [parentId, childId] = [await shipyardItem(), await shipyardItem()];
      const [edge] = await q(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 1, 'pcs') RETURNING id`, [parentId, childId]);
      const composition = { subject: 'Composition' as const, what: shipyards(u), inRoadmap: true };
      return { ...composition, action: 'delete', named: composition, run: (token) => t.gql('mutation($id: ID!) { removeComposition(id: $id) }', { id: edge.id }, token) };
    },
    'SupplyLink create': async (u) => {
      const itemId = await shipyardItem();
      return {
        subject: 'SupplyLink',
        action: 'create',
        // The user's own contribution, to the shipyard's item.
        what: { ownOrganisation: true, sharedWithActor: false, visibility: 'ROADMAP' },
        inRoadmap: true,
        named: { subject: 'Item', what: shipyards(u), inRoadmap: true },
        run: (token) =>
          t.gql('mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }', { i: { itemId, supplierName: 'Matrix B.V.', country: 'NL', share: 0.1, visibility: 'ROADMAP' } }, token),
      };
    },
    ...Object.fromEntries(
      (['update', 'delete'] as const).map((action) => [
        `SupplyLink ${action}`,
        async (u: TestUser): Promise<Fixture> => {
          const itemId = await shipyardItem();
          const [link] = await q(
            `INSERT INTO supply_link (item_id, supplier_name, country, share, visibility, contributed_by_org_id) VALUES ($1, 'Matrix B.V.', 'NL', 0.1, 'ROADMAP', $2) RETURNING id`,
            [itemId, werfOrg],
          );
          const supplyLink = { subject: 'SupplyLink' as const, what: shipyards(u), inRoadmap: true };
          return {
            ...supplyLink,
            action,
            named: supplyLink,
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
      const material = { subject: 'Material' as const, what: anyone, inRoadmap: false };
      return {
        ...material,
        action: 'update',
        named: material,
        run: (token) => t.gql('mutation($id: ID!) { updateMaterial(id: $id, input: { substitutionIndex: 0.95 }) { id } }', { id: ga.id }, token),
      };
    },
    'MaterialSupply create': async () => {
      const [sn] = await q(`SELECT id FROM material WHERE symbol = 'Sn'`);
      return {
        subject: 'MaterialSupply',
        action: 'create',
        what: anyone,
        inRoadmap: false,
        named: { subject: 'Material', what: anyone, inRoadmap: false },
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
        what: anyone,
        inRoadmap: false,
        named: { subject: 'Material', what: anyone, inRoadmap: false },
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
          const record = { subject: 'ExportRestriction' as const, what: anyone, inRoadmap: false };
          return {
            ...record,
            action,
            named: record,
            run: (token) =>
              action === 'update'
                ? t.gql('mutation($id: ID!) { updateExportRestriction(id: $id, input: { until: "2099-12-31" }) { id } }', { id: restriction.id }, token)
                : t.gql('mutation($id: ID!) { deleteExportRestriction(id: $id) }', { id: restriction.id }, token),
          };
        },
      ]),
    ),
    // setParticipant names the roadmap by id: a roadmap the user may not read answers NOT_FOUND.
    'Participant update': async (u) => ({
      subject: 'Participant',
      action: 'update',
      what: { ownOrganisation: u.organisationId === nmoOrg },
      inRoadmap: true,
      named: { subject: 'Roadmap', what: anyone, inRoadmap: true },
      run: (token) => t.gql('mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: MEMBER) { id } }', { r: roadmapId, o: nmoOrg }, token),
    }),
    // Comments name their document (or thread) by id: a roadmap the user does not take part in answers NOT_FOUND.
    'DocumentCommentThread create': async () => {
      const [doc] = await q(`INSERT INTO document (roadmap_id, title) VALUES ($1, $2) RETURNING id`, [roadmapId, `Matrixtest ${++seq}`]);
      return {
        subject: 'DocumentCommentThread',
        action: 'create',
        what: anyone,
        inRoadmap: true,
        named: { subject: 'Document', what: anyone, inRoadmap: true },
        run: (token) => t.gql('mutation($d: ID!) { startCommentThread(documentId: $d, quote: "passage", body: "Opmerking") { id } }', { d: doc.id }, token),
      };
    },
    'DocumentCommentThread update': async () => {
      const [doc] = await q(`INSERT INTO document (roadmap_id, title) VALUES ($1, $2) RETURNING id`, [roadmapId, `Matrixtest ${++seq}`]);
      const [thread] = await q(`INSERT INTO document_comment_thread (document_id, quote) VALUES ($1, 'passage') RETURNING id`, [doc.id]);
      await q(`INSERT INTO document_comment (thread_id, body) VALUES ($1, 'Opmerking')`, [thread.id]);
      const record = { subject: 'DocumentCommentThread' as const, what: anyone, inRoadmap: true };
      return { ...record, action: 'update', named: record, run: (token) => t.gql('mutation($t: ID!) { resolveCommentThread(threadId: $t) { id } }', { t: thread.id }, token) };
    },
    // The risk register and the interventions name their roadmap or record by id: outside the roadmap, NOT_FOUND.
    'Risk create': async () => ({
      subject: 'Risk',
      action: 'create',
      what: anyone,
      inRoadmap: true,
      named: { subject: 'Risk', what: anyone, inRoadmap: true },
      run: (token) =>
        t.gql('mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }', { i: { roadmapId, title: `Matrixrisico ${++seq}`, likelihood: 3, impact: 3 } }, token),
    }),
    ...Object.fromEntries(
      (['update', 'delete'] as const).map((action) => [
        `Risk ${action}`,
        async (u: TestUser): Promise<Fixture> => {
          const [risk] = await q(
            `INSERT INTO risk (roadmap_id, title, likelihood, impact, owner_org_id, created_by_org_id) VALUES ($1, $2, 3, 3, $3, $3) RETURNING id`,
            [roadmapId, `Matrixrisico ${++seq}`, werfOrg],
          );
          const record = { subject: 'Risk' as const, what: { ownOrganisation: u.organisationId === werfOrg }, inRoadmap: true };
          return {
            ...record,
            action,
            named: record,
            run: (token) =>
              action === 'update'
                ? t.gql('mutation($id: ID!) { updateRisk(id: $id, input: { likelihood: 4 }) { id } }', { id: risk.id }, token)
                : t.gql('mutation($id: ID!) { deleteRisk(id: $id) }', { id: risk.id }, token),
          };
        },
      ]),
    ),
    'Intervention create': async () => ({
      subject: 'Intervention',
      action: 'create',
      what: anyone,
      inRoadmap: true,
      named: { subject: 'Intervention', what: anyone, inRoadmap: true },
      run: (token) =>
        t.gql('mutation($i: ProposeInterventionInput!) { proposeIntervention(input: $i) { id } }', {
          i: { roadmapId, title: `Matrixmaatregel ${++seq}`, type: 'OTHER', impact: 3, effort: 3, horizon: 'SHORT' },
        }, token),
    }),
    ...Object.fromEntries(
      (['update', 'delete', 'decide'] as const).map((action) => [
        `Intervention ${action}`,
        async (u: TestUser): Promise<Fixture> => {
          // Agreed already, so that deciding on its terms (setAgreement) is a step the flow has.
          const [intervention] = await q(
            `INSERT INTO intervention (roadmap_id, title, type, impact, effort, horizon, proposed_by_org_id, owner_org_id, status)
             VALUES ($1, $2, 'OTHER', 3, 3, 'SHORT', $3, $3, 'AGREED') RETURNING id`,
            [roadmapId, `Matrixmaatregel ${++seq}`, werfOrg],
          );
          const record = { subject: 'Intervention' as const, what: { ownOrganisation: u.organisationId === werfOrg }, inRoadmap: true };
          const id = intervention.id;
          return {
            ...record,
            action,
            named: record,
            run: (token) =>
              action === 'update'
                ? t.gql('mutation($id: ID!) { updateIntervention(id: $id, input: { effort: 2 }) { id } }', { id }, token)
                : action === 'delete'
                  ? t.gql('mutation($id: ID!) { deleteIntervention(id: $id) }', { id }, token)
                  : t.gql('mutation($id: ID!) { setAgreement(interventionId: $id, dueDate: "2030-01-01") { dueDate } }', { id }, token),
          };
        },
      ]),
    ),
    ...Object.fromEntries(
      (['create', 'delete'] as const).map((action) => [
        `InterventionCandidate ${action}`,
        async (): Promise<Fixture> => {
          // A diversification of the shipyard's in the demo roadmap, and a supplier from the directory.
          const [intervention] = await q(
            `INSERT INTO intervention (roadmap_id, title, type, impact, effort, horizon, proposed_by_org_id, owner_org_id)
             VALUES ($1, $2, 'DIVERSIFICATION', 3, 3, 'SHORT', $3, $3) RETURNING id`,
            [roadmapId, `Matrixdiversificatie ${++seq}`, werfOrg],
          );
          const [profile] = await q(`SELECT id FROM supplier_profile ORDER BY name, id OFFSET $1 LIMIT 1`, [seq]);
          if (action === 'delete') {
            const [ez] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'beleid@ez.example'`);
            await q(`INSERT INTO intervention_candidate (intervention_id, profile_id, added_by_org_id) VALUES ($1, $2, $3)`, [intervention.id, profile.id, ez.id]);
          }
          const variables = { i: intervention.id, p: profile.id };
          return {
            subject: 'InterventionCandidate',
            action,
            what: anyone,
            inRoadmap: true,
            named: { subject: 'Intervention', what: anyone, inRoadmap: true },
            run: (token) =>
              action === 'create'
                ? t.gql('mutation($i: ID!, $p: ID!) { linkInterventionCandidate(interventionId: $i, profileId: $p) { id } }', variables, token)
                : t.gql('mutation($i: ID!, $p: ID!) { unlinkInterventionCandidate(interventionId: $i, profileId: $p) { id } }', variables, token),
          };
        },
      ]),
    ),
    'User create': async () => ({
      subject: 'User',
      action: 'create',
      what: { ownOrganisation: true },
      inRoadmap: false,
      run: (token) =>
        t.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email: `nieuw${++seq}@matrix.example`, name: 'Nieuw', role: 'VIEWER', password: 'a-long-password' } }, token),
    }),
    'Export create': async () => ({
      subject: 'Export',
      action: 'create',
      what: anyone,
      inRoadmap: false,
      run: (token) => t.gql('mutation($g: ID!) { exportSupplyLinks(productGroupId: $g) { rows } }', { g: groupId }, token),
    }),
  };

  it.each(Object.keys(fixtures))('%s: allowed, FORBIDDEN or NOT_FOUND exactly as the table says, for every kind, role and part', async (name) => {
    const outcomes: string[] = [];
    const wrong: string[] = [];
    for (const u of users) {
      const f = await fixtures[name](u);
      const readable = !f.named || expectedAllowed(f.named.subject, 'read', who(u, f.named.inRoadmap), f.named.what);
      const allowed = expectedAllowed(f.subject, f.action, who(u, f.inRoadmap), f.what);
      const refusedByRole = roleGated(f.subject, f.action) && !mayEver(f.subject, f.action, u);
      const expected = refusedByRole ? 'FORBIDDEN' : !readable ? 'NOT_FOUND' : allowed ? 'OK' : 'FORBIDDEN';
      const res = await f.run(u.token);
      const code = res.errors?.[0]?.extensions?.code ?? 'OK';
      outcomes.push(`${u.label}: ${code}`);
      seen.add(String(code));
      if (code !== expected) wrong.push(`${u.label}: expected ${expected}, got ${code} ${res.errors ? JSON.stringify(res.errors[0].message) : ''}`);
    }
    expect(wrong, outcomes.join('; ')).toEqual([]);
    // Every write used here both allows someone and refuses someone.
    expect(outcomes.some((o) => o.endsWith(': OK')), outcomes.join('; ')).toBe(true);
    expect(outcomes.some((o) => !o.endsWith(': OK')), outcomes.join('; ')).toBe(true);
  });

  it('met every kind of answer: allowed, FORBIDDEN and NOT_FOUND', () => {
    expect([...seen].sort()).toEqual(['FORBIDDEN', 'NOT_FOUND', 'OK']);
    expect(users.map((u) => u.label)).toHaveLength(9 + EXTRA.length);
  });
});
