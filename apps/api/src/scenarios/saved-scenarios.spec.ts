import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

// Saved scenarios are roadmap content like the risk register: participants read them, co-editors
// (LEAD, MEMBER) save them, the lead or the organisation that saved one deletes it. Each reader's
// result is computed on the chain they may see.

const SAVE = `mutation($roadmapId: ID!, $name: String!, $input: ScenarioInput!) {
  saveScenario(roadmapId: $roadmapId, name: $name, input: $input) {
    id name roadmapId createdAt createdBy { name }
    input { productGroupId horizonMonths scope startDate events { id country cutFraction cutPercent start durationMonths material { symbol } item { name } } } } }`;
const DELETE = 'mutation($id: ID!) { deleteScenario(id: $id) }';
const LIST = `query($id: ID!) { roadmap(id: $id) { scenarios { id name createdBy { name }
  result { name months platforms { platform { name } firstShortfall } warnings } } } }`;

interface Saved {
  id: string;
  name: string;
  roadmapId: string;
  createdAt: string;
  createdBy: { name: string };
  input: { productGroupId: string; horizonMonths: number; scope: string; startDate: string | null; events: { id: string | null; country: string | null; cutFraction: number; cutPercent: number; start: string; durationMonths: number | null; material: { symbol: string } | null; item: { name: string } | null }[] };
}

describe('saved scenarios of a roadmap', () => {
  let t: TestPlatform;
  let tokens: Record<'werf' | 'magneet' | 'ez' | 'nmo', string>;
  let roadmapId: string;
  let pg: string;
  let ga: string;
  const input = () => ({
    productGroupId: pg,
    horizonMonths: 18,
    events: [{ id: 'ga', country: 'CN', materialId: ga, cutPercent: 50, start: '2027-01-01', durationMonths: 6 }],
  });
  const save = (token: string, name = 'Galliumstop', scenario: Record<string, unknown> = input(), roadmap = roadmapId) =>
    t.gql<{ saveScenario: Saved }>(SAVE, { roadmapId: roadmap, name, input: scenario }, token);
  const audit = (action: string, id: string) =>
    t.platform.dataSource.query(`SELECT actor_organisation_id AS "org", changes FROM audit_event WHERE action = $1 AND subject_id = $2`, [action, id]);

  beforeAll(async () => {
    t = await startTestPlatform();
    const [werf, magneet, ez, nmo] = await Promise.all(
      ['keten@werf.example', 'verkoop@magneet.example', 'beleid@ez.example', 'analist@nmo.example'].map((e) => t.login(e)),
    );
    tokens = { werf, magneet, ez, nmo };
    [{ id: roadmapId }] = await t.platform.dataSource.query('SELECT id FROM roadmap');
    [{ id: pg }] = await t.platform.dataSource.query('SELECT id FROM product_group');
    [{ id: ga }] = await t.platform.dataSource.query(`SELECT id FROM material WHERE symbol = 'Ga'`);
  });
  afterAll(async () => t?.close());

  it('lets a co-editor save a scenario, normalised, and records it in the audit log', async () => {
    const res = await save(tokens.werf);
    expect(res.errors).toBeUndefined();
    const saved = res.data!.saveScenario;
    expect(saved).toMatchObject({ name: 'Galliumstop', roadmapId, createdBy: { name: 'Noordzee Marinewerf B.V.' } });
    expect(saved.input).toEqual({
      productGroupId: pg,
      horizonMonths: 18,
      scope: 'GLOBAL',
      startDate: null,
      events: [{ id: 'ga', country: 'CN', cutFraction: 0.5, cutPercent: 50, start: '2027-01-01', durationMonths: 6, material: { symbol: 'Ga' }, item: null }],
    });
    const [event] = await audit('scenario.create', saved.id);
    expect(event.changes).toEqual({ roadmapId, name: 'Galliumstop', events: 1 });
  });

  it("lists a roadmap's scenarios to its participants, each with the result on the chain they may see", async () => {
    await save(tokens.werf, 'Tweede');
    for (const token of [tokens.magneet, tokens.ez]) {
      const res = await t.gql<{ roadmap: { scenarios: { name: string; createdBy: { name: string }; result: { name: string; months: string[]; platforms: { firstShortfall: string | null }[] } }[] } }>(
        LIST,
        { id: roadmapId },
        token,
      );
      expect(res.errors).toBeUndefined();
      const scenarios = res.data!.roadmap.scenarios;
      expect(scenarios.map((s) => s.name)).toEqual(['Tweede', 'Galliumstop']);
      for (const s of scenarios) {
        expect(s.result.name).toBe(s.name);
        expect(s.result.months).toHaveLength(18);
        expect(s.result.platforms.length).toBe(3);
        // The magnet maker sees no stock or lead time between the gallium precursor and the platforms, so
        // the precursor's shortfall reaches all three; the ministry reads the GaN wafer link's stock, which absorbs it.
        const shortPlatforms = s.result.platforms.filter((p) => p.firstShortfall !== null).length;
        expect(shortPlatforms).toBe(token === tokens.magneet ? 3 : 0);
      }
    }
  });

  it("opens one saved scenario by id with the reader's result, and hides it from organisations outside the roadmap", async () => {
    const { id } = (await save(tokens.werf, 'Eén scenario')).data!.saveScenario;
    const ONE = `query($id: ID!) { savedScenario(id: $id) { id name createdBy { name } result { name months platforms { platform { name } firstShortfall } warnings } } }`;
    const listed = (await t.gql<{ roadmap: { scenarios: { id: string }[] } }>(LIST, { id: roadmapId }, tokens.ez)).data!.roadmap.scenarios.find((x) => x.id === id);
    const one = await t.gql<{ savedScenario: { id: string } }>(ONE, { id }, tokens.ez);
    expect(one.errors).toBeUndefined();
    expect(one.data!.savedScenario).toEqual(listed);

    const magneetOrg = (await t.platform.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'verkoop@magneet.example'`))[0].id;
    const [{ role }] = await t.platform.dataSource.query(`SELECT role FROM participant WHERE roadmap_id = $1 AND organisation_id = $2`, [roadmapId, magneetOrg]);
    const removed = await t.gql('mutation($r: ID!, $o: ID!) { removeParticipant(roadmapId: $r, organisationId: $o) }', { r: roadmapId, o: magneetOrg }, tokens.ez);
    expect(removed.errors).toBeUndefined();
    try {
      expect((await t.gql(ONE, { id }, tokens.magneet)).errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    } finally {
      await t.gql('mutation($r: ID!, $o: ID!, $role: ParticipantRole!) { setParticipant(roadmapId: $r, organisationId: $o, role: $role) { role } }', { r: roadmapId, o: magneetOrg, role }, tokens.ez);
    }
    expect((await t.gql(ONE, { id }, tokens.magneet)).errors).toBeUndefined();
    expect((await t.gql(ONE, { id: 'nonsense' }, tokens.ez)).errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses to save for an observer of the roadmap, who may still read', async () => {
    const demote = await t.gql(
      `mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: OBSERVER) { role } }`,
      { r: roadmapId, o: (await t.platform.dataSource.query(`SELECT id FROM organisation WHERE name = 'Nationaal Materialen Observatorium'`))[0].id },
      tokens.ez,
    );
    expect(demote.errors).toBeUndefined();
    const nmo = tokens.nmo; // the ability is rebuilt per request, so the same session now acts as an observer
    const refused = await save(nmo);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const read = await t.gql<{ roadmap: { scenarios: unknown[] } }>(LIST, { id: roadmapId }, nmo);
    expect(read.data!.roadmap.scenarios.length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty name', { name: '  ' }, 'BAD_USER_INPUT', 'name'],
    ['a cut above 100%', { scenario: { events: [{ materialId: 'x', cutPercent: 150, start: '2027-01-01' }] } }, 'BAD_USER_INPUT', 'events[0].cutPercent'],
    ['an unknown material', { scenario: { events: [{ materialId: '00000000-0000-0000-0000-000000000000', cutPercent: 10, start: '2027-01-01' }] } }, 'BAD_USER_INPUT', 'events[0].materialId'],
    ['an unknown roadmap', { roadmap: '00000000-0000-0000-0000-000000000000' }, 'NOT_FOUND', 'roadmapId'],
  ])('refuses to save %s', async (_what, args: { name?: string; scenario?: Record<string, unknown>; roadmap?: string }, code, field) => {
    const scenario = args.scenario ? { ...input(), ...args.scenario } : input();
    const res = await save(tokens.werf, args.name ?? 'x', scenario, args.roadmap ?? roadmapId);
    expect(res.errors![0].extensions).toEqual({ code, field });
  });

  it("refuses a scenario about another product group than the roadmap's", async () => {
    const [other] = await t.platform.dataSource.query(`INSERT INTO product_group (name) VALUES ('Onderzeeboten') RETURNING id`);
    const res = await save(tokens.werf, 'x', { ...input(), productGroupId: other.id });
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.productGroupId' });
  });

  it('lets only the lead or the organisation that saved it delete a scenario, and records the deletion', async () => {
    const mine = (await save(tokens.werf, 'Van de werf')).data!.saveScenario;
    const other = (await save(tokens.werf, 'Ook van de werf')).data!.saveScenario;

    const refused = await t.gql(DELETE, { id: mine.id }, tokens.magneet);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');

    expect((await t.gql(DELETE, { id: mine.id }, tokens.werf)).data).toEqual({ deleteScenario: true });
    expect((await t.gql(DELETE, { id: other.id }, tokens.ez)).data).toEqual({ deleteScenario: true });
    const [event] = await audit('scenario.delete', other.id);
    expect(event.changes).toEqual({ roadmapId, name: 'Ook van de werf' });

    const gone = await t.gql(DELETE, { id: mine.id }, tokens.werf);
    expect(gone.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const nonsense = await t.gql(DELETE, { id: 'nonsense' }, tokens.werf);
    expect(nonsense.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });
});
