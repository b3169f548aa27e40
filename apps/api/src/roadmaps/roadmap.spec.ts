import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

describe('roadmaps and participants', () => {
  let t: TestPlatform;
  let lead: string;
  let magneet: string;
  let roadmapId: string;
  let magneetOrg: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    lead = await t.login('beleid@ez.example');
    magneet = await t.login('verkoop@magneet.example');
    [{ id: roadmapId }] = await t.platform.dataSource.query('SELECT id FROM roadmap LIMIT 1');
    [{ id: magneetOrg }] = await t.platform.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'verkoop@magneet.example'`);
  });
  afterAll(async () => t?.close());

  it('lists the roadmap with its participants for a participant', async () => {
    const res = await t.gql<{ roadmaps: { title: string; productGroup: { name: string }; participants: { role: string; organisation: { name: string } }[] }[] }>(
      '{ roadmaps { title productGroup { name } participants { role organisation { name } } } }',
      {},
      magneet,
    );
    expect(res.data!.roadmaps).toHaveLength(1);
    expect(res.data!.roadmaps[0].productGroup.name).toBe('Militaire schepen');
    expect(res.data!.roadmaps[0].participants.map((p) => p.organisation.name)).toContain('Brabant Magneettechniek B.V.');
  });

  it('applies a removal on the very next request, without logging out, and records it in the audit log', async () => {
    const roadmapLinks = async () =>
      (await t.gql<{ supplyLinks: { totalCount: number } }>('{ supplyLinks(search: "a", first: 1) { totalCount } }', {}, magneet)).data;
    const before = await t.gql<{ item: { id: string } | null }>(
      'query($id: ID!) { item(id: $id) { id } }',
      { id: (await t.platform.dataSource.query(`SELECT id FROM item WHERE visibility = 'ROADMAP' AND kind = 'PLATFORM' LIMIT 1`))[0].id },
      magneet,
    );
    expect(before.data!.item).not.toBeNull();
    expect(await roadmapLinks()).not.toBeNull();

    const removed = await t.gql('mutation($r: ID!, $o: ID!) { removeParticipant(roadmapId: $r, organisationId: $o) }', { r: roadmapId, o: magneetOrg }, lead);
    expect(removed.data).toEqual({ removeParticipant: true });

    const roadmaps = await t.gql<{ roadmaps: unknown[] }>('{ roadmaps { id } }', {}, magneet);
    expect(roadmaps.data!.roadmaps).toEqual([]);
    const platform = await t.gql(
      'query($id: ID!) { item(id: $id) { id } }',
      { id: (await t.platform.dataSource.query(`SELECT id FROM item WHERE visibility = 'ROADMAP' AND kind = 'PLATFORM' LIMIT 1`))[0].id },
      magneet,
    );
    expect(platform.errors![0].extensions!.code).toBe('NOT_FOUND');

    const [audit] = await t.platform.dataSource.query(`SELECT action, subject_id, changes FROM audit_event WHERE action = 'participant.remove'`);
    expect(audit).toMatchObject({ subject_id: roadmapId, changes: { organisationId: magneetOrg, role: 'MEMBER' } });

    const back = await t.gql('mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: OBSERVER) { role } }', { r: roadmapId, o: magneetOrg }, lead);
    expect(back.data).toEqual({ setParticipant: { role: 'OBSERVER' } });
    expect((await t.gql<{ roadmaps: unknown[] }>('{ roadmaps { id } }', {}, magneet)).data!.roadmaps).toHaveLength(1);
  });

  it('refuses participant changes by a member with FORBIDDEN', async () => {
    const werf = await t.login('keten@werf.example');
    const res = await t.gql('mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: LEAD) { role } }', { r: roadmapId, o: magneetOrg }, werf);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('keeps at least one lead', async () => {
    const [{ id: ez }] = await t.platform.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'beleid@ez.example'`);
    const [{ id: defensie }] = await t.platform.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'beleid@defensie.example'`);
    expect((await t.gql('mutation($r: ID!, $o: ID!) { removeParticipant(roadmapId: $r, organisationId: $o) }', { r: roadmapId, o: defensie }, lead)).data).toEqual({ removeParticipant: true });
    const res = await t.gql('mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: MEMBER) { role } }', { r: roadmapId, o: ez }, lead);
    expect(res.errors![0]).toMatchObject({ message: 'a roadmap needs at least one lead', extensions: { code: 'CONFLICT', field: 'role' } });
  });
});

describe('organisation users', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('lets an organisation admin add a viewer, who can log in but not write, and disable them again', async () => {
    const admin = await t.login('keten@werf.example');
    const created = await t.gql<{ createUser: { id: string; role: string; organisation: { name: string } } }>(
      'mutation { createUser(input: { email: "lezer@werf.example", name: "Lotte Lezer", role: VIEWER, password: "een-lang-wachtwoord" }) { id role organisation { name } } }',
      {},
      admin,
    );
    expect(created.data!.createUser).toMatchObject({ role: 'VIEWER', organisation: { name: 'Noordzee Marinewerf B.V.' } });
    const viewer = await t.login('lezer@werf.example', 'een-lang-wachtwoord');
    const [item] = await t.platform.dataSource.query(`SELECT id FROM item WHERE owner_org_id = (SELECT organisation_id FROM app_user WHERE email = 'keten@werf.example') LIMIT 1`);
    const write = await t.gql('mutation($id: ID!) { updateItem(id: $id, input: { name: "x" }) { id } }', { id: item.id }, viewer);
    expect(write.errors![0].extensions!.code).toBe('FORBIDDEN');

    const members = await t.gql<{ organisations: { name: string; members: { email: string }[] }[] }>('{ organisations { name members { email } } }', {}, viewer);
    const own = members.data!.organisations.find((o) => o.name === 'Noordzee Marinewerf B.V.')!;
    expect(own.members.map((m) => m.email).sort()).toEqual(['keten@werf.example', 'lezer@werf.example']);
    expect(members.data!.organisations.filter((o) => o.name !== own.name).every((o) => o.members.length === 0)).toBe(true);

    const disabled = await t.gql('mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }', { id: created.data!.createUser.id }, admin);
    expect(disabled.errors).toBeUndefined();
    expect((await t.gql('{ me { email } }', {}, viewer)).data).toEqual({ me: null });
  });

  it("refuses another organisation's admin, and a too short password", async () => {
    const other = await t.login('inkoop@radar.example');
    const [{ id }] = await t.platform.dataSource.query(`SELECT id FROM app_user WHERE email = 'keten@werf.example'`);
    const res = await t.gql('mutation($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { id } }', { id }, other);
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    const short = await t.gql('mutation { createUser(input: { email: "k@radar.example", name: "K", role: EDITOR, password: "kort" }) { id } }', {}, other);
    expect(short.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});
