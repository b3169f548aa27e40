import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/collab-client';
import { subscribeIn } from '../testing/noninterference/twin-worlds';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const ENTRY = `id roadmapId roadmapTitle at kind subject subjectId title from to note actor { name organisationId organisationName }`;

interface Entry {
  id: string;
  roadmapId: string;
  roadmapTitle: string;
  at: string;
  kind: string;
  subject: string;
  subjectId: string;
  title: string;
  from: string | null;
  to: string | null;
  note: string | null;
  actor: { name: string | null; organisationId: string | null; organisationName: string | null };
}

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

describe('the activity feed over GraphQL', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let otherRoadmapId: string;
  let lead: string;
  let member: string;
  let observer: string;
  let observerOrgId: string;
  let stranger: string;

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function userIn(email: string, participation: 'OBSERVER' | null): Promise<{ token: string; orgId: string }> {
    const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, 'INDUSTRY') RETURNING id`, [`Org ${email}`]);
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
      [email, org.id],
    );
    if (participation) await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [roadmapId, org.id, participation]);
    return { token: await t.login(email), orgId: org.id };
  }

  const propose = async (title: string, token = member, roadmap = roadmapId) => {
    const res = await t.gql<{ proposeIntervention: { id: string } }>(
      `mutation($i: ProposeInterventionInput!) { proposeIntervention(input: $i) { id } }`,
      { i: { roadmapId: roadmap, title, type: 'RECYCLING', impact: 3, effort: 3, horizon: 'LONG' } },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.proposeIntervention.id;
  };
  const feed = (token: string, args: { first?: number; before?: string } = {}, roadmap = roadmapId) =>
    t.gql<{ roadmapActivity: Entry[] }>(
      `query($r: ID!, $first: Int, $before: ID) { roadmapActivity(roadmapId: $r, first: $first, before: $before) { ${ENTRY} } }`,
      { r: roadmap, ...args },
      token,
    );

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId }] = await q(`SELECT id FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'`);
    lead = await t.login('beleid@ez.example');
    member = await t.login('keten@werf.example');
    ({ token: observer, orgId: observerOrgId } = await userIn('waarnemer@activity.example', 'OBSERVER'));
    ({ token: stranger } = await userIn('vreemde@activity.example', null));
    // A second roadmap on the same product group, which only the lead's organisation takes part in.
    [{ id: otherRoadmapId }] = await q(
      `INSERT INTO roadmap (product_group_id, title, phase) SELECT product_group_id, 'Tweede routekaart', 'SCOPING' FROM roadmap WHERE id = $1 RETURNING id`,
      [roadmapId],
    );
    await q(`INSERT INTO participant (roadmap_id, organisation_id, role) SELECT $1, organisation_id, 'LEAD' FROM app_user WHERE email = 'beleid@ez.example'`, [
      otherRoadmapId,
    ]);
  });
  afterAll(async () => t?.close());

  it("lists a roadmap's activity newest first for its participants, page by page", async () => {
    const first = await propose('Eerste in de feed');
    const second = await propose('Tweede in de feed');
    const [werf] = await q(`SELECT u.name, o.id, o.name AS org FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = 'keten@werf.example'`);
    const entries = (await feed(observer, { first: 2 })).data!.roadmapActivity;
    expect(entries.map((e) => [e.kind, e.subject, e.subjectId, e.title, e.to])).toEqual([
      ['INTERVENTION_PROPOSED', 'INTERVENTION', second, 'Tweede in de feed', 'PROPOSED'],
      ['INTERVENTION_PROPOSED', 'INTERVENTION', first, 'Eerste in de feed', 'PROPOSED'],
    ]);
    expect(entries[0]).toMatchObject({ roadmapId, roadmapTitle: 'Routekaart Militaire schepen 2026', actor: { name: werf.name, organisationId: werf.id, organisationName: werf.org } });
    const older = (await feed(observer, { first: 1, before: entries[1]!.id })).data!.roadmapActivity;
    expect(older).toHaveLength(1);
    expect(older[0]!.id).not.toBe(entries[1]!.id);
    expect(Date.parse(older[0]!.at)).toBeLessThanOrEqual(Date.parse(entries[1]!.at));
  });

  it('answers NOT_FOUND to those outside the roadmap and refuses bad pages', async () => {
    expect(errorOf(await feed(stranger))).toEqual(['NOT_FOUND', 'roadmapId']);
    expect(errorOf(await feed(member, {}, otherRoadmapId))).toEqual(['NOT_FOUND', 'roadmapId']);
    expect(errorOf(await feed(member, { first: 0 }))).toEqual(['BAD_USER_INPUT', 'first']);
    expect(errorOf(await feed(member, { first: 101 }))).toEqual(['BAD_USER_INPUT', 'first']);
    // An entry of a feed the reader may not see answers as one that does not exist.
    await propose('Elders', lead, otherRoadmapId);
    const [elsewhere] = await q(`SELECT uid::text AS id FROM roadmap_activity WHERE roadmap_id = $1`, [otherRoadmapId]);
    expect(errorOf(await feed(member, { before: elsewhere.id }))).toEqual(['BAD_USER_INPUT', 'before']);
    expect(errorOf(await feed(member, { before: '00000000-0000-0000-0000-000000000000' }))).toEqual(['BAD_USER_INPUT', 'before']);
  });

  it('gathers the activity of every roadmap the viewer takes part in, and only those', async () => {
    const here = await propose('Voor iedereen hier');
    const there = await propose('Alleen voor de tweede', lead, otherRoadmapId);
    const mine = async (token: string) =>
      (await t.gql<{ myActivity: Entry[] }>(`query { myActivity(first: 100) { ${ENTRY} } }`, {}, token)).data!.myActivity.map((e) => e.subjectId);
    expect(await mine(lead)).toEqual(expect.arrayContaining([here, there]));
    expect(await mine(member)).toContain(here);
    expect(await mine(member)).not.toContain(there);
    expect(await mine(stranger)).toEqual([]);
  });

  it('delivers a new proposal live to a second user, refuses an outsider, and stops when the participation ends', async () => {
    const SUB = `subscription($r: ID!) { roadmapActivityAdded(roadmapId: $r) { ${ENTRY} } }`;
    const watcher = subscribeIn(t, lead, SUB, { r: roadmapId });
    const dashboard = subscribeIn(t, observer, `subscription { myActivityAdded { ${ENTRY} } }`, {});
    const outsider = subscribeIn(t, stranger, SUB, { r: roadmapId });
    const titles = (s: { received: unknown[] }, field: string) =>
      s.received.map((r) => (r as { data?: Record<string, Entry> }).data?.[field]?.title).filter((x): x is string => !!x);
    try {
      await Promise.all([watcher.started, dashboard.started, outsider.started]);
      // graphql-ws acknowledges the connection before the subscription is registered: a first event proves it is live.
      await propose('Opwarmen');
      await waitFor(() => titles(watcher, 'roadmapActivityAdded').includes('Opwarmen') && titles(dashboard, 'myActivityAdded').includes('Opwarmen'), 'the first event');
      await propose('Live voorstel');
      await propose('Niet voor deze roadmap', lead, otherRoadmapId);
      await waitFor(() => titles(watcher, 'roadmapActivityAdded').includes('Live voorstel'), 'the proposal');
      const entry = watcher.received
        .map((r) => (r as { data?: { roadmapActivityAdded: Entry } }).data?.roadmapActivityAdded)
        .find((e) => e?.title === 'Live voorstel');
      expect(entry).toMatchObject({ kind: 'INTERVENTION_PROPOSED', subject: 'INTERVENTION', roadmapId, to: 'PROPOSED', actor: { name: 'Willem Smit' } });
      await waitFor(() => titles(dashboard, 'myActivityAdded').includes('Live voorstel'), 'the proposal on the dashboard');
      // Entries are judged when they are delivered: a marker after the other roadmap's entry, before
      // the participation changes, proves that entry was judged while the observer was not in it.
      await propose('Merkteken in de eerste');
      await waitFor(() => titles(dashboard, 'myActivityAdded').includes('Merkteken in de eerste'), 'the marker in the first roadmap');
      await waitFor(() => outsider.received.length > 0, 'the outsider to be answered');
      expect(JSON.stringify(outsider.received)).toContain('NOT_FOUND');

      // The observer's organisation leaves the roadmap and joins the second one: entries of the
      // first no longer reach it, those of the second now do. Each subscriber gets its events in
      // order, so once the marker of the second arrived, the entry before it was judged.
      await q(`DELETE FROM participant WHERE roadmap_id = $1 AND organisation_id = $2`, [roadmapId, observerOrgId]);
      await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, 'OBSERVER')`, [otherRoadmapId, observerOrgId]);
      await propose('Na vertrek');
      await propose('Merkteken in de tweede', lead, otherRoadmapId);
      await waitFor(() => titles(watcher, 'roadmapActivityAdded').includes('Na vertrek'), 'the entry after leaving');
      await waitFor(() => titles(dashboard, 'myActivityAdded').includes('Merkteken in de tweede'), 'the marker in the second roadmap');
      expect(titles(dashboard, 'myActivityAdded')).not.toContain('Na vertrek');
      expect(titles(dashboard, 'myActivityAdded')).not.toContain('Niet voor deze roadmap');
      expect(titles(watcher, 'roadmapActivityAdded')).not.toContain('Niet voor deze roadmap');
    } finally {
      await Promise.all([watcher.close(), dashboard.close(), outsider.close()]);
    }
  });
});
