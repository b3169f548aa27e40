import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

const REPORT = 'id startedOn delayWeeks priceEffectPct cause measures description visibility canUpdate material { symbol } item { name } reportingOrganisation { name }';
interface Report {
  id: string;
  description: string | null;
  visibility: string;
  canUpdate: boolean;
  material: { symbol: string } | null;
  item: { name: string } | null;
  reportingOrganisation: { name: string } | null;
}
interface Aggregate {
  key: string;
  reports: number;
  organisations: number;
  averageDelayWeeks: number | null;
  includesOthers: boolean;
}

/**
 * Disruption reports over GraphQL on the demo data: the shipyard, the radar maker and the magnet
 * maker each reported magnet trouble in spring 2025; the shipyard alone reported nickel.
 */
describe('disruption reports of the company network over GraphQL', () => {
  let t: TestPlatform;
  let yard: string;
  let radar: string;
  let magnets: string;
  let policy: string;
  let analyst: string;
  let nickel: string;
  let gallium: string;

  const report = (input: Record<string, unknown>, token: string) =>
    t.gql<{ reportDisruption: Report }>(`mutation($i: DisruptionReportInput!) { reportDisruption(input: $i) { ${REPORT} } }`, { i: input }, token);
  const reports = async (token: string) => (await t.gql<{ disruptionReports: Report[] }>(`{ disruptionReports { ${REPORT} } }`, {}, token)).data!.disruptionReports;
  const aggregates = async (token: string, by: string) =>
    (await t.gql<{ disruptionAggregates: Aggregate[] }>('query($b: DisruptionGrouping!) { disruptionAggregates(by: $b) { key reports organisations averageDelayWeeks includesOthers } }', { b: by }, token))
      .data!.disruptionAggregates;
  const signals = async (token: string) =>
    (await t.gql<{ disruptionSignals: { material: { symbol: string }; quarter: string; reports: number; organisations: number }[] }>(
      '{ disruptionSignals { material { symbol } quarter reports organisations } }',
      {},
      token,
    )).data!.disruptionSignals;

  beforeAll(async () => {
    t = await startTestPlatform();
    [yard, radar, magnets, policy, analyst] = await Promise.all(
      ['keten@werf.example', 'inkoop@radar.example', 'verkoop@magneet.example', 'beleid@ez.example', 'analist@nmo.example'].map((email) => t.login(email)),
    );
    const ids = await t.platform.dataSource.query(`SELECT id, symbol FROM material WHERE symbol IN ('Ni', 'Ga')`);
    nickel = ids.find((m: { symbol: string }) => m.symbol === 'Ni').id;
    gallium = ids.find((m: { symbol: string }) => m.symbol === 'Ga').id;
  });
  afterAll(() => t?.close());

  it('lets a company report a disruption, confidential to itself by default', async () => {
    const res = await report(
      { materialId: gallium, startedOn: '2026-10-05', delayWeeks: 6, priceEffectPct: 20, cause: 'GEOPOLITICAL', measures: ['OWN_STOCK'], description: 'Vertraagde wafers' },
      radar,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportDisruption).toMatchObject({ visibility: 'OWNER', description: 'Vertraagde wafers', canUpdate: true, material: { symbol: 'Ga' }, reportingOrganisation: { name: 'Delta Radar Systems B.V.' } });
    const id = res.data!.reportDisruption.id;
    expect((await reports(radar)).map((r) => r.id)).toContain(id);
    for (const other of [yard, magnets, policy, analyst]) expect((await reports(other)).map((r) => r.id)).not.toContain(id);
    // Each company reads its own demo reports in full.
    expect((await reports(magnets)).map((r) => [r.material?.symbol, r.reportingOrganisation?.name])).toEqual([
      ['Nd', 'Brabant Magneettechniek B.V.'],
      ['Dy', 'Brabant Magneettechniek B.V.'],
    ]);
    // Changing or deleting it is for the reporter only; to others it does not exist.
    const byYard = await t.gql('mutation($id: ID!) { deleteDisruptionReport(id: $id) }', { id }, yard);
    expect(errorOf(byYard)).toEqual(['NOT_FOUND', 'id']);
  });

  it('shares a report in full with the organisations its reporter names, and keeps the sharing when a change leaves it out', async () => {
    const [werf] = await t.platform.dataSource.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'keten@werf.example'`);
    const shared = await report({ materialId: gallium, startedOn: '2026-08-03', cause: 'NATURAL', measures: ['OWN_STOCK'], description: 'Overstroming', sharedWith: [werf.id] }, radar);
    const id = shared.data!.reportDisruption.id;
    const seenByYard = async () => (await reports(yard)).find((r) => r.id === id);
    expect(await seenByYard()).toMatchObject({ description: 'Overstroming', reportingOrganisation: { name: 'Delta Radar Systems B.V.' } });
    const changed = await t.gql('mutation($id: ID!, $i: DisruptionReportInput!) { updateDisruptionReport(id: $id, input: $i) { id } }', {
      id,
      i: { materialId: gallium, startedOn: '2026-08-03', cause: 'NATURAL', measures: ['OWN_STOCK'], description: 'Overstroming bij de waferfabriek' },
    }, radar);
    expect(changed.errors).toBeUndefined();
    expect(await seenByYard()).toMatchObject({ description: 'Overstroming bij de waferfabriek', canUpdate: false });
  });

  it('names the field of bad input, and treats an item the reporter may not read as unknown', async () => {
    const empty = await report({ startedOn: '2026-10-05', cause: 'GEOPOLITICAL', measures: [] }, radar);
    expect(errorOf(empty)).toEqual(['BAD_USER_INPUT', 'materialId']);
    expect((empty.errors![0]!.extensions!.errors as { field: string }[]).map((e) => e.field)).toEqual(['materialId', 'measures']);
    const none = await report({ materialId: gallium, startedOn: '2026-10-05', cause: 'NATURAL', measures: ['NONE', 'OWN_STOCK'] }, radar);
    expect(errorOf(none)).toEqual(['BAD_USER_INPUT', 'measures']);
    const price = await report({ materialId: gallium, startedOn: '2026-10-05', cause: 'NATURAL', measures: ['NONE'], priceEffectPct: -120 }, radar);
    expect(errorOf(price)).toEqual(['BAD_USER_INPUT', 'priceEffectPct']);
    // The shipyard's own rotor (OWNER items of another company are unreadable to the radar maker).
    const [secret] = await t.platform.dataSource.query(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility)
       SELECT product_group_id, 'COMPONENT', 'Geheime rotor', owner_org_id, 'OWNER' FROM item WHERE name = 'Rotor met NdFeB-magneten' RETURNING id`,
    );
    const hidden = await report({ itemId: secret.id, startedOn: '2026-10-05', cause: 'NATURAL', measures: ['NONE'] }, radar);
    const unknown = await report({ itemId: '00000000-0000-4000-8000-000000000000', startedOn: '2026-10-05', cause: 'NATURAL', measures: ['NONE'] }, radar);
    expect(errorOf(hidden)).toEqual(['NOT_FOUND', 'itemId']);
    expect(hidden.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(errorOf(await report({ materialId: gallium, startedOn: '2026-10-05', cause: 'NATURAL', measures: ['NONE'] }, policy))).toEqual(['FORBIDDEN', undefined]);
  });

  it('shows government the magnet trouble of spring 2025, reported by three companies, but not one company’s nickel reports', async () => {
    expect(await signals(policy)).toContainEqual({ material: { symbol: 'Nd' }, quarter: '2025-Q2', reports: 3, organisations: 3 });
    const byMaterial = await aggregates(policy, 'MATERIAL');
    const [nd] = await t.platform.dataSource.query(`SELECT id FROM material WHERE symbol = 'Nd'`);
    expect(byMaterial.find((a) => a.key === nd.id)).toMatchObject({ reports: 3, organisations: 3, includesOthers: true });
    // Nickel: the shipyard alone. Government gets nothing on it, not even that it exists.
    expect(byMaterial.some((a) => a.key === nickel)).toBe(false);
    // The shipyard sees its own nickel reports in its figure, and no one else's.
    const yards = await aggregates(yard, 'MATERIAL');
    expect(yards.find((a) => a.key === nickel)).toMatchObject({ reports: 2, organisations: 1, includesOthers: false });
  });

  it('groups by cause, measure and quarter under the same rule', async () => {
    for (const by of ['CAUSE', 'MEASURE', 'QUARTER']) {
      for (const a of await aggregates(policy, by)) {
        expect(a.includesOthers, `${by} ${a.key}`).toBe(true);
        expect(a.organisations).toBeGreaterThanOrEqual(3);
      }
    }
    expect((await aggregates(policy, 'QUARTER')).map((a) => a.key)).toEqual(['2025-Q2']);
  });
});
