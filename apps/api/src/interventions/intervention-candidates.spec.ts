import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

const CANDIDATES = 'query($id: ID!) { intervention(id: $id) { id candidateSuppliers { profile { id name } linkedBy { name organisationName } linkedAt } } }';
const LINK = 'mutation($i: ID!, $p: ID!) { linkInterventionCandidate(interventionId: $i, profileId: $p) { id candidateSuppliers { profile { id name } } } }';
const UNLINK = 'mutation($i: ID!, $p: ID!) { unlinkInterventionCandidate(interventionId: $i, profileId: $p) { id candidateSuppliers { profile { id name } } } }';

interface Candidates {
  intervention: { id: string; candidateSuppliers: { profile: { id: string; name: string }; linkedBy: { name: string | null; organisationName: string | null }; linkedAt: string }[] };
}

/**
 * Candidate suppliers of a diversification intervention on the demo data: the ship roadmap's
 * "second, non-Chinese source for NdFeB magnets" (owned by the magnet maker), whose risks are about
 * neodymium and dysprosium. Defence and EZ lead the roadmap; the shipyard, radar and magnet makers
 * are members.
 */
describe('candidate suppliers of an intervention over GraphQL', () => {
  let t: TestPlatform;
  let defence: string;
  let ez: string;
  let shipyard: string;
  let magnets: string;
  let radar: string;
  let diversification: string;
  let stockpiling: string;
  let roadmapId: string;
  let radarProfile: string;
  let demoProfile: { id: string; name: string };

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);
  const candidatesSeenBy = async (token: string, id = diversification) => {
    const res = await t.gql<Candidates>(CANDIDATES, { id }, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.intervention.candidateSuppliers;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    [defence, ez, shipyard, magnets, radar] = await Promise.all(
      ['beleid@defensie.example', 'beleid@ez.example', 'keten@werf.example', 'verkoop@magneet.example', 'inkoop@radar.example'].map((email) => t.login(email)),
    );
    [{ id: diversification, roadmapId }] = await q(`SELECT id, roadmap_id AS "roadmapId" FROM intervention WHERE type = 'DIVERSIFICATION' ORDER BY created_at LIMIT 1`);
    [{ id: stockpiling }] = await q(`SELECT id FROM intervention WHERE type = 'STOCKPILING' AND roadmap_id = $1 ORDER BY created_at LIMIT 1`, [roadmapId]);
    [{ id: radarProfile }] = await q(`SELECT p.id FROM supplier_profile p JOIN organisation o ON o.id = p.organisation_id WHERE o.name LIKE 'Delta Radar%'`);
    [demoProfile] = await q(`SELECT id, name FROM supplier_profile WHERE demo AND 'MAGNET_ASSEMBLY' = ANY(capabilities) ORDER BY name LIMIT 1`);
  });
  afterAll(() => t?.close());

  it('names the at-risk items of a diversification about a material: the parts made from it first, only items the reader may read', async () => {
    const res = await t.gql<{ intervention: { atRiskItems: { name: string }[] } }>('query($id: ID!) { intervention(id: $id) { atRiskItems { name } } }', { id: diversification }, defence);
    expect(res.errors).toBeUndefined();
    const names = res.data!.intervention.atRiskItems.map((i) => i.name);
    // Neodymium and dysprosium: the magnet is made from the Dy-Fe alloy; raw material forms come last.
    expect(names[0]).toBe('Gesinterde NdFeB-magneet (N42SH)');
    expect(names).toEqual(expect.arrayContaining(['NdPr-oxide', 'Dysprosium-ijzerlegering (80% Dy)']));
    expect(names.indexOf('NdPr-oxide')).toBeGreaterThan(names.indexOf('Terfenol-D-staaf (1,2 kg)'));
  });

  it('lets a government lead link and unlink candidates, audited, and shows them to government participants', async () => {
    expect(await candidatesSeenBy(defence)).toEqual([]);
    const linked = await t.gql<{ linkInterventionCandidate: { candidateSuppliers: { profile: { id: string } }[] } }>(LINK, { i: diversification, p: demoProfile.id }, defence);
    expect(linked.errors, JSON.stringify(linked.errors)).toBeUndefined();
    expect(linked.data!.linkInterventionCandidate.candidateSuppliers.map((c) => c.profile.id)).toEqual([demoProfile.id]);
    // Linking again changes nothing and is not recorded twice.
    await t.gql(LINK, { i: diversification, p: demoProfile.id }, defence);
    await t.gql(LINK, { i: diversification, p: radarProfile }, ez);
    const seenByEz = await candidatesSeenBy(ez);
    expect(seenByEz.map((c) => [c.profile.name, c.linkedBy.organisationName])).toEqual([
      [demoProfile.name, 'Ministerie van Defensie'],
      [expect.stringMatching(/^Delta Radar/), 'Ministerie van Economische Zaken'],
    ]);
    expect(await candidatesSeenBy(defence)).toEqual(seenByEz);
    const audit = await q(`SELECT action, changes->>'profileId' AS "profileId" FROM audit_event WHERE subject_type = 'InterventionCandidate' AND subject_id = $1 ORDER BY id`, [diversification]);
    expect(audit).toEqual([
      { action: 'interventionCandidate.add', profileId: demoProfile.id },
      { action: 'interventionCandidate.add', profileId: radarProfile },
    ]);
    // Nothing in the roadmap's feed, which every participant reads.
    expect((await q(`SELECT count(*)::int AS n FROM roadmap_activity WHERE subject_id = $1 AND at > now() - interval '1 minute'`, [diversification]))[0].n).toBe(0);

    const unlinked = await t.gql<{ unlinkInterventionCandidate: { candidateSuppliers: { profile: { id: string } }[] } }>(UNLINK, { i: diversification, p: radarProfile }, defence);
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.unlinkInterventionCandidate.candidateSuppliers.map((c) => c.profile.id)).toEqual([demoProfile.id]);
    expect((await q(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'interventionCandidate.remove' AND subject_id = $1`, [diversification]))[0].n).toBe(1);
  });

  it('never shows an industry participant the candidates, not even the candidate itself or the owning company', async () => {
    await t.gql(LINK, { i: diversification, p: radarProfile }, defence);
    expect((await candidatesSeenBy(defence)).length).toBe(2);
    for (const token of [shipyard, magnets, radar]) {
      expect(await candidatesSeenBy(token)).toEqual([]);
      const board = await t.gql<{ interventions: { candidateSuppliers: unknown[] }[] }>('query($r: ID!) { interventions(roadmapId: $r) { candidateSuppliers { linkedAt } } }', { r: roadmapId }, token);
      expect(board.errors).toBeUndefined();
      expect(board.data!.interventions.every((i) => i.candidateSuppliers.length === 0)).toBe(true);
    }
  });

  it('refuses companies, other types, unknown profiles and interventions the reader may not read', async () => {
    // A company is refused before anything is looked up, like the shortlist: also for an unknown intervention.
    for (const [token, id] of [
      [radar, diversification],
      [magnets, diversification],
      [shipyard, '00000000-0000-4000-8000-0000000000ff'],
    ] as const) {
      expect(errorOf(await t.gql(LINK, { i: id, p: radarProfile }, token))).toEqual(['FORBIDDEN', undefined]);
      expect(errorOf(await t.gql(UNLINK, { i: id, p: radarProfile }, token))).toEqual(['FORBIDDEN', undefined]);
    }
    expect(errorOf(await t.gql(LINK, { i: stockpiling, p: radarProfile }, defence))).toEqual(['BAD_USER_INPUT', 'interventionId']);
    expect(errorOf(await t.gql(LINK, { i: diversification, p: '00000000-0000-4000-8000-0000000000ff' }, defence))).toEqual(['NOT_FOUND', 'profileId']);
    expect(errorOf(await t.gql(LINK, { i: diversification, p: 'not-an-id' }, defence))).toEqual(['NOT_FOUND', 'profileId']);
    expect(errorOf(await t.gql(LINK, { i: 'not-an-id', p: radarProfile }, defence))).toEqual(['NOT_FOUND', 'interventionId']);

    // Another roadmap: Defence observes it (reads, may not link); a third one Defence takes no part in.
    const [ezOrg, defenceOrg] = [
      (await q(`SELECT id FROM organisation WHERE name LIKE 'Ministerie van Economische%'`))[0].id,
      (await q(`SELECT id FROM organisation WHERE name LIKE 'Ministerie van Defensie%'`))[0].id,
    ];
    const [{ productGroupId }] = await q(`SELECT product_group_id AS "productGroupId" FROM roadmap WHERE id = $1`, [roadmapId]);
    const diversificationIn = async (title: string, defenceRole: string | null) => {
      const [{ id: rid }] = await q(`INSERT INTO roadmap (product_group_id, title, phase) VALUES ($1, $2, 'SCOPING') RETURNING id`, [productGroupId, title]);
      await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, 'LEAD')`, [rid, ezOrg]);
      if (defenceRole) await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [rid, defenceOrg, defenceRole]);
      const [{ id }] = await q(
        `INSERT INTO intervention (roadmap_id, title, type, impact, effort, horizon, proposed_by_org_id) VALUES ($1, 'Tweede bron', 'DIVERSIFICATION', 3, 3, 'SHORT', $2) RETURNING id`,
        [rid, ezOrg],
      );
      await q(`INSERT INTO intervention_candidate (intervention_id, profile_id, added_by_org_id) VALUES ($1, $2, $3)`, [id, radarProfile, ezOrg]);
      return id as string;
    };
    const observed = await diversificationIn('Routekaart als waarnemer', 'OBSERVER');
    const elsewhere = await diversificationIn('Routekaart zonder Defensie', null);
    expect(errorOf(await t.gql(LINK, { i: observed, p: demoProfile.id }, defence))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await t.gql(UNLINK, { i: observed, p: radarProfile }, defence))).toEqual(['FORBIDDEN', undefined]);
    // An observer reads the intervention, so it reads its candidates too, like the shortlist.
    expect((await candidatesSeenBy(defence, observed)).map((c) => c.profile.id)).toEqual([radarProfile]);
    expect(errorOf(await t.gql(LINK, { i: elsewhere, p: demoProfile.id }, defence))).toEqual(['NOT_FOUND', 'interventionId']);
    expect(errorOf(await t.gql(CANDIDATES, { id: elsewhere }, defence))).toEqual(['NOT_FOUND', 'interventionId']);
    expect((await q(`SELECT count(*)::int AS n FROM intervention_candidate WHERE intervention_id = ANY($1::uuid[])`, [[observed, elsewhere]]))[0].n).toBe(2);
  });
});
