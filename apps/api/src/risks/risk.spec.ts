import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const RISK = `id roadmapId title rationale likelihood impact level status reviewDate monitoringIndicator dependencyKey
  owner { id name } material { symbol } evidence { score factors { name value } targetName kind platformName computedAt }
  liveScore scoreChange interventions { id title status } createdBy { name organisationName } canUpdate canDelete`;

interface Risk {
  id: string;
  roadmapId: string;
  title: string;
  rationale: string;
  likelihood: number;
  impact: number;
  level: number;
  status: string;
  reviewDate: string | null;
  monitoringIndicator: string | null;
  dependencyKey: string | null;
  owner: { id: string; name: string } | null;
  material: { symbol: string } | null;
  evidence: { score: number; factors: { name: string; value: number }[]; targetName: string; kind: string; platformName: string; computedAt: string } | null;
  liveScore: number | null;
  scoreChange: number | null;
  interventions: { id: string; title: string; status: string }[];
  createdBy: { name: string | null; organisationName: string | null } | null;
  canUpdate: boolean;
  canDelete: boolean;
}

interface Dependency {
  key: string;
  kind: string;
  target: { name: string };
  platform: { name: string } | null;
  score: { value: number | null };
}

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

describe('the risk register over GraphQL', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let productGroupId: string;
  let orgs: Record<'ez' | 'werf' | 'radar' | 'magneet', string>;
  let lead: string;
  let member: string;
  let otherMember: string;
  let viewer: string;
  let observer: string;
  let stranger: string;

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function userIn(email: string, participation: 'OBSERVER' | null): Promise<string> {
    const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, 'INDUSTRY') RETURNING id`, [`Org ${email}`]);
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
      [email, org.id],
    );
    if (participation) await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [roadmapId, org.id, participation]);
    return t.login(email);
  }

  const create = (input: Record<string, unknown>, token: string) =>
    t.gql<{ createRisk: Risk }>(`mutation($i: CreateRiskInput!) { createRisk(input: $i) { ${RISK} } }`, { i: { roadmapId, ...input } }, token);
  const update = (id: string, input: Record<string, unknown>, token: string) =>
    t.gql<{ updateRisk: Risk }>(`mutation($id: ID!, $i: UpdateRiskInput!) { updateRisk(id: $id, input: $i) { ${RISK} } }`, { id, i: input }, token);
  const fromDependency = (args: Record<string, unknown>, token: string) =>
    t.gql<{ createRiskFromDependency: Risk }>(
      `mutation($r: ID!, $k: String!, $l: Int, $i: Int, $t: String) {
         createRiskFromDependency(roadmapId: $r, dependencyKey: $k, likelihood: $l, impact: $i, title: $t) { ${RISK} } }`,
      { r: roadmapId, ...args },
      token,
    );
  const register = (token: string, r = roadmapId) => t.gql<{ risks: Risk[] }>(`query($r: ID!) { risks(roadmapId: $r) { ${RISK} } }`, { r }, token);
  const dependencies = async (token: string): Promise<Dependency[]> => {
    const res = await t.gql<{ dependencies: { nodes: Dependency[] } }>(
      `query($pg: ID) { dependencies(productGroupId: $pg, first: 200) { nodes { key kind target { name } platform { name } score { value } } } }`,
      { pg: productGroupId },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.dependencies.nodes;
  };
  async function created(input: Record<string, unknown>, token = member): Promise<Risk> {
    const res = await create(input, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createRisk;
  }

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId, productGroupId }] = await q(
      `SELECT id, product_group_id AS "productGroupId" FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'`,
    );
    const byEmail = async (email: string) => (await q(`SELECT organisation_id AS id FROM app_user WHERE email = $1`, [email]))[0].id as string;
    orgs = {
      ez: await byEmail('beleid@ez.example'),
      werf: await byEmail('keten@werf.example'),
      radar: await byEmail('inkoop@radar.example'),
      magneet: await byEmail('verkoop@magneet.example'),
    };
    lead = await t.login('beleid@ez.example');
    member = await t.login('keten@werf.example');
    otherMember = await t.login('inkoop@radar.example');
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT 'lezer@werf.example', 'Lezer', 'VIEWER', organisation_id, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
    );
    viewer = await t.login('lezer@werf.example');
    observer = await userIn('waarnemer@risks.example', 'OBSERVER');
    stranger = await userIn('vreemde@risks.example', null);
  });
  afterAll(async () => t?.close());

  it('records a risk by hand as a co-editor, shows it to every participant, and audits it and puts it in the feed', async () => {
    const [ga] = await q(`SELECT id FROM material WHERE symbol = 'Ga'`);
    const risk = await created({
      title: '  Gallium   voor radar ',
      rationale: 'China levert bijna alles.',
      likelihood: 4,
      impact: 5,
      ownerOrgId: orgs.radar,
      reviewDate: '2027-03-01',
      monitoringIndicator: 'Exportvergunningen gallium',
      materialId: ga.id,
    });
    expect(risk).toMatchObject({
      roadmapId,
      title: 'Gallium voor radar',
      likelihood: 4,
      impact: 5,
      level: 20,
      status: 'OPEN',
      reviewDate: '2027-03-01',
      monitoringIndicator: 'Exportvergunningen gallium',
      dependencyKey: null,
      evidence: null,
      liveScore: null,
      scoreChange: null,
      owner: { id: orgs.radar },
      material: { symbol: 'Ga' },
      interventions: [],
      createdBy: { name: 'Willem Smit' },
      // the creating member does not own it: changing is for the lead and the owner
      canUpdate: false,
      canDelete: false,
    });
    for (const [token, canUpdate, canDelete] of [
      [observer, false, false],
      [lead, true, true],
      [otherMember, true, false],
    ] as const) {
      const seen = (await register(token)).data!.risks.find((r) => r.id === risk.id);
      expect(seen).toMatchObject({ title: 'Gallium voor radar', level: 20, canUpdate, canDelete });
    }
    const [audit] = await q(`SELECT action, actor_organisation_id AS org, changes FROM audit_event WHERE subject_type = 'Risk' AND subject_id = $1`, [risk.id]);
    expect(audit).toMatchObject({ action: 'risk.create', org: orgs.werf, changes: { roadmapId, title: 'Gallium voor radar', likelihood: 4, impact: 5 } });
    const [activity] = await q(`SELECT kind, subject_type AS subject, title, actor_org_id AS org FROM roadmap_activity WHERE subject_id = $1`, [risk.id]);
    expect(activity).toEqual({ kind: 'RISK_CREATED', subject: 'RISK', title: 'Gallium voor radar', org: orgs.werf });
  });

  it('lists the register highest level first', async () => {
    await created({ title: 'Laag', likelihood: 1, impact: 2 });
    await created({ title: 'Hoog', likelihood: 5, impact: 5 });
    const levels = (await register(observer)).data!.risks.map((r) => r.level);
    expect(levels.length).toBeGreaterThanOrEqual(2);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
  });

  it('refuses invalid input with BAD_USER_INPUT on the field', async () => {
    expect(errorOf(await create({ title: ' ', likelihood: 3, impact: 3 }, member))).toEqual(['BAD_USER_INPUT', 'title']);
    expect(errorOf(await create({ title: 'x', likelihood: 6, impact: 3 }, member))).toEqual(['BAD_USER_INPUT', 'likelihood']);
    expect(errorOf(await create({ title: 'x', likelihood: 3, impact: 0 }, member))).toEqual(['BAD_USER_INPUT', 'impact']);
    expect(errorOf(await create({ title: 'x', likelihood: 3, impact: 3, reviewDate: '2027-02-30' }, member))).toEqual(['BAD_USER_INPUT', 'reviewDate']);
    const [outsider] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'vreemde@risks.example'`);
    expect(errorOf(await create({ title: 'x', likelihood: 3, impact: 3, ownerOrgId: outsider.id }, member))).toEqual(['BAD_USER_INPUT', 'ownerOrgId']);
    expect(errorOf(await create({ title: 'x', likelihood: 3, impact: 3, materialId: roadmapId }, member))).toEqual(['BAD_USER_INPUT', 'materialId']);
  });

  it('refuses an observer and a viewer with FORBIDDEN, and answers NOT_FOUND to an organisation outside the roadmap', async () => {
    expect(errorOf(await create({ title: 'x', likelihood: 3, impact: 3 }, observer))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await create({ title: 'x', likelihood: 3, impact: 3 }, viewer))[0]).toBe('FORBIDDEN');
    expect(errorOf(await create({ title: 'x', likelihood: 3, impact: 3 }, stranger))).toEqual(['NOT_FOUND', 'roadmapId']);
    expect(errorOf(await register(stranger))).toEqual(['NOT_FOUND', 'roadmapId']);
    const risk = await created({ title: 'Zichtbaar voor deelnemers', likelihood: 2, impact: 2 });
    expect(errorOf(await t.gql(`query($id: ID!) { risk(id: $id) { id } }`, { id: risk.id }, stranger))).toEqual(['NOT_FOUND', 'riskId']);
    expect(errorOf(await update(risk.id, { title: 'y' }, stranger))).toEqual(['NOT_FOUND', 'riskId']);
    expect(errorOf(await t.gql(`mutation($id: ID!) { deleteRisk(id: $id) }`, { id: risk.id }, stranger))).toEqual(['NOT_FOUND', 'riskId']);
    expect(errorOf(await t.gql(`query { risk(id: "not-a-uuid") { id } }`, {}, member))).toEqual(['NOT_FOUND', 'riskId']);
  });

  it('lets the owning organisation and the lead change a risk, but not another member, and keeps the owner from handing it on', async () => {
    const risk = await created({ title: 'Magneten', likelihood: 3, impact: 4, ownerOrgId: orgs.werf });
    expect(risk.canUpdate).toBe(true);
    const changed = (await update(risk.id, { status: 'MITIGATING', likelihood: 2, monitoringIndicator: '  Prijs NdFeB ' }, member)).data!.updateRisk;
    expect(changed).toMatchObject({ status: 'MITIGATING', likelihood: 2, impact: 4, level: 8, monitoringIndicator: 'Prijs NdFeB', title: 'Magneten' });
    expect(errorOf(await update(risk.id, { title: 'Niet van mij' }, otherMember))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await update(risk.id, { ownerOrgId: orgs.radar }, member))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await update(risk.id, { title: 'x' }, observer))).toEqual(['FORBIDDEN', undefined]);
    const handedOn = (await update(risk.id, { ownerOrgId: orgs.radar, reviewDate: null }, lead)).data!.updateRisk;
    expect(handedOn.owner?.id).toBe(orgs.radar);
    const audits = await q(`SELECT action, changes FROM audit_event WHERE subject_type = 'Risk' AND subject_id = $1 ORDER BY id`, [risk.id]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['risk.create', 'risk.update', 'risk.update']);
    expect(audits[1].changes.changes).toMatchObject({ status: { from: 'OPEN', to: 'MITIGATING' }, likelihood: { from: 3, to: 2 } });
    const feed = await q(`SELECT kind, from_value AS "from", to_value AS "to" FROM roadmap_activity WHERE subject_id = $1 ORDER BY id`, [risk.id]);
    expect(feed).toEqual([
      { kind: 'RISK_CREATED', from: null, to: null },
      { kind: 'RISK_UPDATED', from: 'OPEN', to: 'MITIGATING' },
      { kind: 'RISK_UPDATED', from: null, to: null },
    ]);
  });

  it('lets only a lead delete a risk, and keeps its deletion in the feed', async () => {
    const risk = await created({ title: 'Weg ermee', likelihood: 2, impact: 2, ownerOrgId: orgs.werf });
    const del = (token: string) => t.gql<{ deleteRisk: boolean }>(`mutation($id: ID!) { deleteRisk(id: $id) }`, { id: risk.id }, token);
    expect(errorOf(await del(member))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await del(observer))[0]).toBe('FORBIDDEN');
    expect((await del(lead)).data).toEqual({ deleteRisk: true });
    expect(errorOf(await t.gql(`query($id: ID!) { risk(id: $id) { id } }`, { id: risk.id }, lead))).toEqual(['NOT_FOUND', 'riskId']);
    const [entry] = await q(`SELECT kind, title FROM roadmap_activity WHERE subject_id = $1 ORDER BY id DESC LIMIT 1`, [risk.id]);
    expect(entry).toEqual({ kind: 'RISK_DELETED', title: 'Weg ermee' });
    const [audit] = await q(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id DESC LIMIT 1`, [risk.id]);
    expect(audit.action).toBe('risk.delete');
  });

  it('takes a dependency into the register with evidence as every participant sees it, and the live score in that view', async () => {
    // The observer owns no data and is shared nothing: its view is the common view.
    const common = (await dependencies(observer)).filter((d) => d.score.value !== null && d.platform);
    const material = common.find((d) => d.kind === 'MATERIAL')!;
    expect(material).toBeDefined();
    const risk = (await fromDependency({ k: material.key }, member)).data!.createRiskFromDependency;
    expect(risk).toMatchObject({
      dependencyKey: material.key,
      title: `Afhankelijkheid van ${material.target.name} (${material.platform!.name})`,
      evidence: { score: material.score.value, targetName: material.target.name, kind: 'MATERIAL', platformName: material.platform!.name },
      liveScore: material.score.value,
      scoreChange: 0,
      impact: 3,
    });
    expect(risk.material).not.toBeNull();
    expect(risk.likelihood).toBe(Math.min(5, Math.max(1, Math.ceil(material.score.value! / 20))));
    expect(risk.evidence!.factors.length).toBeGreaterThan(0);
    expect(risk.evidence!.factors.reduce((sum, f) => sum + f.value, 0)).toBeCloseTo(material.score.value!, 6);
    // Every reader gets the same register, whatever else it may see of the chain.
    for (const token of [lead, otherMember, observer]) {
      const seen = (await register(token)).data!.risks.find((r) => r.id === risk.id)!;
      expect([seen.evidence, seen.liveScore, seen.scoreChange]).toEqual([risk.evidence, risk.liveScore, risk.scoreChange]);
    }
    // The live score moves away from the snapshot: here by making the snapshot older.
    await q(`UPDATE risk SET evidence = jsonb_set(evidence, '{score}', to_jsonb((evidence->>'score')::numeric - 7.5)) WHERE id = $1`, [risk.id]);
    const moved = (await t.gql<{ risk: Risk }>(`query($id: ID!) { risk(id: $id) { ${RISK} } }`, { id: risk.id }, observer)).data!.risk;
    expect(moved.scoreChange).toBeCloseTo(7.5, 6);

    expect(errorOf(await fromDependency({ k: material.key }, lead))).toEqual(['CONFLICT', 'dependencyKey']);
  });

  it('records a dependency that not every participant sees without evidence, and refuses one the creator does not see', async () => {
    const common = new Set((await dependencies(observer)).map((d) => d.key));
    const ownOnly = (await dependencies(lead)).filter((d) => !common.has(d.key) && d.kind !== 'ITEM');
    expect(ownOnly.length).toBeGreaterThan(0);
    const risk = (await fromDependency({ k: ownOnly[0]!.key, l: 4, i: 5 }, lead)).data!.createRiskFromDependency;
    expect(risk).toMatchObject({ evidence: null, liveScore: null, scoreChange: null, likelihood: 4, impact: 5, title: `Afhankelijkheid van ${ownOnly[0]!.target.name}` });
    const visibleToMember = new Set((await dependencies(member)).map((d) => d.key));
    const hiddenFromMember = (await dependencies(lead)).find((d) => !visibleToMember.has(d.key));
    expect(hiddenFromMember).toBeDefined();
    expect(errorOf(await fromDependency({ k: hiddenFromMember!.key }, member))).toEqual(['NOT_FOUND', 'dependencyKey']);
    expect(errorOf(await fromDependency({ k: `${roadmapId}|MATERIAL|${roadmapId}` }, member))).toEqual(['NOT_FOUND', 'dependencyKey']);
    expect(errorOf(await fromDependency({ k: 'geen sleutel' }, member))).toEqual(['BAD_USER_INPUT', 'dependencyKey']);
    expect(errorOf(await fromDependency({ k: ownOnly[0]!.key }, observer))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await fromDependency({ k: ownOnly[0]!.key }, stranger))).toEqual(['NOT_FOUND', 'roadmapId']);
  });

  it('reads the register with its live scores in the same number of statements however many risks it holds', async () => {
    const statements = async () => {
      await register(lead);
      return (await t.countQueries(() => register(lead))).length;
    };
    const before = await statements();
    const common = (await dependencies(observer)).filter((d) => d.score.value !== null);
    const taken = new Set((await register(lead)).data!.risks.map((r) => r.dependencyKey));
    const fresh = common.filter((d) => !taken.has(d.key)).slice(0, 4);
    expect(fresh).toHaveLength(4);
    for (const d of fresh) expect((await fromDependency({ k: d.key }, member)).errors).toBeUndefined();
    const risks = (await register(lead)).data!.risks;
    expect(risks.filter((r) => r.liveScore !== null).length).toBeGreaterThanOrEqual(5);
    expect(await statements()).toBe(before);
  });

  it('shows the interventions that address a risk', async () => {
    const risk = await created({ title: 'Met maatregel', likelihood: 3, impact: 3 });
    const proposed = await t.gql<{ proposeIntervention: { id: string } }>(
      `mutation($i: ProposeInterventionInput!) { proposeIntervention(input: $i) { id } }`,
      { i: { roadmapId, title: 'Tweede bron', type: 'DIVERSIFICATION', impact: 4, effort: 3, horizon: 'MEDIUM', riskIds: [risk.id] } },
      otherMember,
    );
    const interventionId = proposed.data!.proposeIntervention.id;
    const seen = (await t.gql<{ risk: Risk }>(`query($id: ID!) { risk(id: $id) { ${RISK} } }`, { id: risk.id }, observer)).data!.risk;
    expect(seen.interventions).toEqual([{ id: interventionId, title: 'Tweede bron', status: 'PROPOSED' }]);
  });

  it('writes nothing when a later statement of the write fails', async () => {
    const count = async () => (await q(`SELECT (SELECT count(*) FROM risk)::int AS risks, (SELECT count(*) FROM audit_event)::int AS audits`))[0];
    const before = await count();
    await q(`CREATE FUNCTION fail_activity() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'feed unavailable'; END $$`);
    await q(`CREATE TRIGGER fail_activity BEFORE INSERT ON roadmap_activity FOR EACH ROW EXECUTE FUNCTION fail_activity()`);
    try {
      const res = await create({ title: 'Halve schrijfactie', likelihood: 3, impact: 3 }, member);
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await q(`DROP TRIGGER fail_activity ON roadmap_activity`);
      await q(`DROP FUNCTION fail_activity()`);
    }
    expect(await count()).toEqual(before);
    expect(await q(`SELECT id FROM risk WHERE title = 'Halve schrijfactie'`)).toEqual([]);
  });
});
