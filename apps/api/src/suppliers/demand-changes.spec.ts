import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

const DEMAND = {
  title: 'Kabelbomen voor de sonarmast',
  capabilities: ['CABLE_HARNESSES'],
  quantity: 12,
  hoursPerMonth: 120,
  windowStart: '2027-05-01',
  windowEnd: '2027-11-30',
  requiredCertifications: ['ISO_9001'],
  requiredClearance: 'NONE',
};
const UPDATE = 'mutation($id: ID!, $i: CapacityDemandInput!) { updateCapacityDemand(id: $id, input: $i) { id title windowEnd canUpdate } }';
const DELETE = 'mutation($id: ID!) { deleteCapacityDemand(id: $id) }';
const RESPOND = 'mutation($d: ID!, $i: DemandResponseInput!) { respondToDemand(demandId: $d, input: $i) { id hoursPerMonth availableFrom message isOwn } }';

/**
 * What the web app's edit and withdraw buttons send: Defence (the publisher) changes and withdraws
 * its demand, a company changes (by responding again) and withdraws its own response.
 */
describe('changing and withdrawing capacity demand and responses over GraphQL', () => {
  let t: TestPlatform;
  let defence: string;
  let ez: string;
  let magnets: string;
  let demandId: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    [defence, ez, magnets] = await Promise.all(['beleid@defensie.example', 'beleid@ez.example', 'verkoop@magneet.example'].map((email) => t.login(email)));
    const res = await t.gql<{ publishCapacityDemand: { id: string } }>('mutation($i: CapacityDemandInput!) { publishCapacityDemand(input: $i) { id } }', { i: DEMAND }, defence);
    expect(res.errors).toBeUndefined();
    demandId = res.data!.publishCapacityDemand.id;
  });
  afterAll(() => t?.close());

  it('lets the publishing organisation change its demand, audited; refuses others and names the field at fault', async () => {
    expect(errorOf(await t.gql(UPDATE, { id: demandId, i: { ...DEMAND, windowEnd: '2027-01-01' } }, defence))).toEqual(['BAD_USER_INPUT', 'windowEnd']);
    expect(errorOf(await t.gql(UPDATE, { id: demandId, i: { ...DEMAND, title: ' ' } }, defence))).toEqual(['BAD_USER_INPUT', 'title']);
    // Another government organisation reads it but may not change it; a company is refused outright.
    expect(errorOf(await t.gql(UPDATE, { id: demandId, i: DEMAND }, ez))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await t.gql(UPDATE, { id: demandId, i: DEMAND }, magnets))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await t.gql(UPDATE, { id: '00000000-0000-4000-8000-0000000000ff', i: DEMAND }, defence))).toEqual(['NOT_FOUND', 'id']);
    const changed = await t.gql<{ updateCapacityDemand: { title: string; windowEnd: string; canUpdate: boolean } }>(
      UPDATE,
      { id: demandId, i: { ...DEMAND, title: 'Kabelbomen voor de sonarmast (gewijzigd)', windowEnd: '2028-03-31' } },
      defence,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateCapacityDemand).toEqual({ id: demandId, title: 'Kabelbomen voor de sonarmast (gewijzigd)', windowEnd: '2028-03-31', canUpdate: true });
    const seen = await t.gql<{ capacityDemand: { title: string; canUpdate: boolean } }>('query($id: ID!) { capacityDemand(id: $id) { title canUpdate } }', { id: demandId }, ez);
    expect(seen.data!.capacityDemand).toEqual({ title: 'Kabelbomen voor de sonarmast (gewijzigd)', canUpdate: false });
    const audit = await t.platform.dataSource.query(`SELECT action FROM audit_event WHERE subject_type = 'CapacityDemand' AND subject_id = $1 ORDER BY id`, [demandId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['capacityDemand.publish', 'capacityDemand.update']);
  });

  it("lets a company change its response by responding again, and withdraw it; the field at fault is named", async () => {
    expect(errorOf(await t.gql(RESPOND, { d: demandId, i: { hoursPerMonth: 0, availableFrom: '2027-06-01' } }, magnets))).toEqual(['BAD_USER_INPUT', 'hoursPerMonth']);
    expect(errorOf(await t.gql(RESPOND, { d: demandId, i: { hoursPerMonth: 60, availableFrom: '' } }, magnets))).toEqual(['BAD_USER_INPUT', 'availableFrom']);
    const first = await t.gql<{ respondToDemand: { id: string } }>(RESPOND, { d: demandId, i: { hoursPerMonth: 60, availableFrom: '2027-06-01', message: 'Eerste aanbod' } }, magnets);
    const second = await t.gql<{ respondToDemand: { id: string; hoursPerMonth: number; message: string } }>(
      RESPOND,
      { d: demandId, i: { hoursPerMonth: 90, availableFrom: '2027-05-15', message: 'Meer uren' } },
      magnets,
    );
    // The same response, changed.
    expect(second.data!.respondToDemand).toMatchObject({ id: first.data!.respondToDemand.id, hoursPerMonth: 90, message: 'Meer uren' });
    const responses = async () =>
      (await t.gql<{ capacityDemand: { responses: { hoursPerMonth: number }[] } }>('query($id: ID!) { capacityDemand(id: $id) { responses { hoursPerMonth } } }', { id: demandId }, defence)).data!
        .capacityDemand.responses;
    expect(await responses()).toEqual([{ hoursPerMonth: 90 }]);
    // Government may read the response but only the company withdraws it.
    expect(errorOf(await t.gql('mutation($id: ID!) { withdrawDemandResponse(id: $id) }', { id: first.data!.respondToDemand.id }, defence))).toEqual(['FORBIDDEN', undefined]);
    const withdrawn = await t.gql<{ withdrawDemandResponse: boolean }>('mutation($id: ID!) { withdrawDemandResponse(id: $id) }', { id: first.data!.respondToDemand.id }, magnets);
    expect(withdrawn.data!.withdrawDemandResponse).toBe(true);
    expect(await responses()).toEqual([]);
  });

  it('withdraws the demand with its responses and shortlist, only by its publisher, audited', async () => {
    await t.gql(RESPOND, { d: demandId, i: { hoursPerMonth: 30, availableFrom: '2027-06-01' } }, magnets);
    const [{ id: profileId }] = await t.platform.dataSource.query(`SELECT p.id FROM supplier_profile p JOIN organisation o ON o.id = p.organisation_id WHERE o.name LIKE 'Brabant%'`);
    expect((await t.gql('mutation($d: ID!, $p: ID!) { shortlistSupplier(demandId: $d, profileId: $p) }', { d: demandId, p: profileId }, defence)).errors).toBeUndefined();
    expect(errorOf(await t.gql(DELETE, { id: demandId }, ez))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await t.gql(DELETE, { id: demandId }, magnets))).toEqual(['FORBIDDEN', undefined]);
    expect((await t.gql<{ deleteCapacityDemand: boolean }>(DELETE, { id: demandId }, defence)).data!.deleteCapacityDemand).toBe(true);
    expect(errorOf(await t.gql('query($id: ID!) { capacityDemand(id: $id) { id } }', { id: demandId }, defence))).toEqual(['NOT_FOUND', 'id']);
    const left = await t.platform.dataSource.query(
      `SELECT (SELECT count(*) FROM demand_response WHERE demand_id = $1::uuid)::int AS responses, (SELECT count(*) FROM supplier_shortlist WHERE demand_id = $1::uuid)::int AS shortlist,
              (SELECT count(*) FROM audit_event WHERE action = 'capacityDemand.delete' AND subject_id::text = $1::text)::int AS audited`,
      [demandId],
    );
    expect(left).toEqual([{ responses: 0, shortlist: 0, audited: 1 }]);
    expect(errorOf(await t.gql(DELETE, { id: demandId }, defence))).toEqual(['NOT_FOUND', 'id']);
  });
});
