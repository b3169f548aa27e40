import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const INTERVENTION = `id roadmapId title description type instrument impact effort quadrant horizon
  proposedBy { name organisationId organisationName } owner { id name } ownerKind status statusReason progressPct dueDate deliverable
  details detailsVisibility risks { id title } history { id kind fromStatus toStatus reason note progressPct actor { name organisationName } at }
  createdAt updatedAt canUpdate canDecide allowedTransitions`;

interface Intervention {
  id: string;
  roadmapId: string;
  title: string;
  description: string;
  type: string;
  instrument: string;
  impact: number;
  effort: number;
  quadrant: string;
  horizon: string;
  proposedBy: { name: string | null; organisationId: string | null; organisationName: string | null };
  owner: { id: string; name: string } | null;
  ownerKind: string | null;
  status: string;
  statusReason: string | null;
  progressPct: number;
  dueDate: string | null;
  deliverable: string | null;
  details: string | null;
  detailsVisibility: string | null;
  risks: { id: string; title: string }[];
  history: {
    id: string;
    kind: string;
    fromStatus: string | null;
    toStatus: string | null;
    reason: string | null;
    note: string | null;
    progressPct: number | null;
    actor: { name: string | null; organisationName: string | null };
    at: string;
  }[];
  createdAt: string;
  updatedAt: string;
  canUpdate: boolean;
  canDecide: boolean;
  allowedTransitions: string[];
}

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

describe('interventions and agreements over GraphQL', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let orgs: Record<'ez' | 'defensie' | 'nmo' | 'werf' | 'radar' | 'magneet', string>;
  let lead: string;
  let otherLead: string;
  let institute: string;
  let shipyard: string;
  let radar: string;
  let magnets: string;
  let viewer: string;
  let observer: string;
  let stranger: string;
  let riskId: string;

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

  const proposeAs = (input: Record<string, unknown>, token: string) =>
    t.gql<{ proposeIntervention: Intervention }>(
      `mutation($i: ProposeInterventionInput!) { proposeIntervention(input: $i) { ${INTERVENTION} } }`,
      { i: { roadmapId, type: 'STOCKPILING', impact: 4, effort: 2, horizon: 'SHORT', ...input } },
      token,
    );
  async function propose(input: Record<string, unknown>, token = shipyard): Promise<Intervention> {
    const res = await proposeAs(input, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.proposeIntervention;
  }
  const read = (id: string, token: string) => t.gql<{ intervention: Intervention }>(`query($id: ID!) { intervention(id: $id) { ${INTERVENTION} } }`, { id }, token);
  const seenBy = async (id: string, token: string) => {
    const res = await read(id, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.intervention;
  };
  const move = (id: string, to: string, token: string, reason?: string) =>
    t.gql<{ setInterventionStatus: Intervention }>(
      `mutation($id: ID!, $to: InterventionStatus!, $r: String) { setInterventionStatus(id: $id, to: $to, reason: $r) { ${INTERVENTION} } }`,
      { id, to, r: reason },
      token,
    );
  const progress = (id: string, pct: number, note: string, token: string) =>
    t.gql<{ reportInterventionProgress: Intervention }>(
      `mutation($id: ID!, $p: Int!, $n: String!) { reportInterventionProgress(id: $id, progressPct: $p, note: $n) { ${INTERVENTION} } }`,
      { id, p: pct, n: note },
      token,
    );
  const setAgreement = (id: string, terms: Record<string, unknown>, token: string) =>
    t.gql<{ setAgreement: { dueDate: string | null; deliverable: string | null; status: string; overdue: boolean; responsible: { id: string } | null } }>(
      `mutation($id: ID!, $o: ID, $d: String, $v: String) {
         setAgreement(interventionId: $id, responsibleOrgId: $o, dueDate: $d, deliverable: $v) { dueDate deliverable status overdue responsible { id } } }`,
      { id, ...terms },
      token,
    );
  const setDetails = (id: string, details: string | null, visibility: string, token: string) =>
    t.gql<{ setInterventionDetails: Intervention }>(
      `mutation($id: ID!, $d: String, $v: Visibility!) { setInterventionDetails(id: $id, details: $d, visibility: $v) { ${INTERVENTION} } }`,
      { id, d: details, v: visibility },
      token,
    );
  const list = (token: string, filter?: Record<string, unknown>) =>
    t.gql<{ interventions: Intervention[] }>(
      `query($r: ID!, $f: InterventionFilter) { interventions(roadmapId: $r, filter: $f) { id title status } }`,
      { r: roadmapId, f: filter },
      token,
    );
  const auditOf = async (id: string) =>
    ((await q(`SELECT action FROM audit_event WHERE subject_type = 'Intervention' AND subject_id = $1 ORDER BY id`, [id])) as { action: string }[]).map(
      (a) => a.action,
    );
  const feedOf = async (id: string) =>
    (await q(`SELECT kind, from_value AS "from", to_value AS "to", note FROM roadmap_activity WHERE subject_id = $1 ORDER BY id`, [id])) as {
      kind: string;
      from: string | null;
      to: string | null;
      note: string | null;
    }[];

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId }] = await q(`SELECT id FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'`);
    const orgOf = async (email: string) => (await q(`SELECT organisation_id AS id FROM app_user WHERE email = $1`, [email]))[0].id as string;
    orgs = {
      ez: await orgOf('beleid@ez.example'),
      defensie: await orgOf('beleid@defensie.example'),
      nmo: await orgOf('analist@nmo.example'),
      werf: await orgOf('keten@werf.example'),
      radar: await orgOf('inkoop@radar.example'),
      magneet: await orgOf('verkoop@magneet.example'),
    };
    lead = await t.login('beleid@ez.example');
    otherLead = await t.login('beleid@defensie.example');
    institute = await t.login('analist@nmo.example');
    shipyard = await t.login('keten@werf.example');
    radar = await t.login('inkoop@radar.example');
    magnets = await t.login('verkoop@magneet.example');
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT 'lezer@werf.example', 'Lezer', 'VIEWER', organisation_id, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
    );
    viewer = await t.login('lezer@werf.example');
    observer = await userIn('waarnemer@interventions.example', 'OBSERVER');
    stranger = await userIn('vreemde@interventions.example', null);
    const [ga] = await q(`SELECT id FROM material WHERE symbol = 'Ga'`);
    const risk = await t.gql<{ createRisk: { id: string } }>(
      `mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }`,
      { i: { roadmapId, title: 'Gallium voor radar', likelihood: 4, impact: 5, materialId: ga.id } },
      lead,
    );
    riskId = risk.data!.createRisk.id;
  });
  afterAll(async () => t?.close());

  it('lets a member propose an intervention, keeps who proposed it and when, and audits it and puts it in the feed', async () => {
    const i = await propose({
      title: ' Tweede, niet-Chinese magneetbron ',
      description: 'Een leverancier buiten China kwalificeren.',
      type: 'DIVERSIFICATION',
      instrument: 'COVENANT',
      impact: 4,
      effort: 4,
      horizon: 'MEDIUM',
      riskIds: [riskId],
      ownerOrgId: orgs.werf,
    });
    expect(i).toMatchObject({
      title: 'Tweede, niet-Chinese magneetbron',
      type: 'DIVERSIFICATION',
      instrument: 'COVENANT',
      quadrant: 'MAJOR_PROJECT',
      status: 'PROPOSED',
      progressPct: 0,
      proposedBy: { name: 'Willem Smit', organisationId: orgs.werf },
      owner: { id: orgs.werf },
      ownerKind: 'INDUSTRY',
      risks: [{ id: riskId, title: 'Gallium voor radar' }],
      canUpdate: true,
      canDecide: false,
      allowedTransitions: ['WITHDRAWN'],
      details: null,
      detailsVisibility: null,
    });
    expect(i.history).toEqual([
      { id: expect.any(String), kind: 'STATUS', fromStatus: null, toStatus: 'PROPOSED', reason: null, note: null, progressPct: null, actor: { name: 'Willem Smit', organisationName: expect.any(String) }, at: expect.any(String) },
    ]);
    expect(await auditOf(i.id)).toEqual(['intervention.propose']);
    expect(await feedOf(i.id)).toEqual([{ kind: 'INTERVENTION_PROPOSED', from: null, to: 'PROPOSED', note: null }]);
    // What the lead and an observer may do with it
    expect(await seenBy(i.id, lead)).toMatchObject({ canUpdate: true, canDecide: true, allowedTransitions: ['AGREED', 'REJECTED', 'WITHDRAWN'] });
    expect(await seenBy(i.id, observer)).toMatchObject({ canUpdate: false, canDecide: false, allowedTransitions: [] });
    expect(await seenBy(i.id, radar)).toMatchObject({ canUpdate: false, canDecide: false, allowedTransitions: [] });
  });

  it('refuses an observer and a viewer with FORBIDDEN, and answers NOT_FOUND outside the roadmap', async () => {
    expect(errorOf(await proposeAs({ title: 'Mag niet' }, observer))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await proposeAs({ title: 'Mag niet' }, viewer))[0]).toBe('FORBIDDEN');
    expect(errorOf(await proposeAs({ title: 'Mag niet' }, stranger))).toEqual(['NOT_FOUND', 'roadmapId']);
    expect(errorOf(await list(stranger))).toEqual(['NOT_FOUND', 'roadmapId']);
    const i = await propose({ title: 'Alleen voor deelnemers' });
    for (const res of [
      await read(i.id, stranger),
      await move(i.id, 'WITHDRAWN', stranger, 'weg'),
      await progress(i.id, 10, 'x', stranger),
      await setDetails(i.id, 'x', 'OWNER', stranger),
      await t.gql(`mutation($id: ID!) { deleteIntervention(id: $id) }`, { id: i.id }, stranger),
      await t.gql(`mutation($id: ID!) { updateIntervention(id: $id, input: { title: "x" }) { id } }`, { id: i.id }, stranger),
    ]) {
      expect(errorOf(res)).toEqual(['NOT_FOUND', 'interventionId']);
    }
    expect(errorOf(await read('nope', shipyard))).toEqual(['NOT_FOUND', 'interventionId']);
  });

  it('refuses invalid proposals with BAD_USER_INPUT on the field', async () => {
    expect(errorOf(await proposeAs({ title: '' }, shipyard))).toEqual(['BAD_USER_INPUT', 'title']);
    expect(errorOf(await proposeAs({ title: 'x', impact: 0 }, shipyard))).toEqual(['BAD_USER_INPUT', 'impact']);
    expect(errorOf(await proposeAs({ title: 'x', effort: 6 }, shipyard))).toEqual(['BAD_USER_INPUT', 'effort']);
    expect(errorOf(await proposeAs({ title: 'x', riskIds: [roadmapId] }, shipyard))).toEqual(['BAD_USER_INPUT', 'riskIds']);
    const [outsider] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'vreemde@interventions.example'`);
    expect(errorOf(await proposeAs({ title: 'x', ownerOrgId: outsider.id }, shipyard))).toEqual(['BAD_USER_INPUT', 'ownerOrgId']);
    expect(errorOf(await proposeAs({ title: 'x', details: 'd'.repeat(10_001) }, shipyard))).toEqual(['BAD_USER_INPUT', 'details']);
  });

  it("hides a company's government-only details from other companies exactly as if there were none, and shows them to government", async () => {
    const withDetails = await propose(
      { title: 'Magneetvoorraad bij de leverancier', ownerOrgId: orgs.magneet, details: 'Voorraad: 1.200 kg NdFeB (3 maanden)', detailsVisibility: 'GOVERNMENT' },
      magnets,
    );
    const without = await propose({ title: 'Magneetvoorraad bij de leverancier', ownerOrgId: orgs.magneet }, magnets);
    expect(withDetails).toMatchObject({ details: 'Voorraad: 1.200 kg NdFeB (3 maanden)', detailsVisibility: 'GOVERNMENT' });
    for (const token of [lead, otherLead]) {
      expect(await seenBy(withDetails.id, token)).toMatchObject({ details: 'Voorraad: 1.200 kg NdFeB (3 maanden)', detailsVisibility: 'GOVERNMENT' });
    }
    const comparable = (i: Intervention) => ({ ...i, id: '', history: i.history.map((h) => ({ ...h, id: '', at: '' })), createdAt: '', updatedAt: '' });
    for (const token of [radar, shipyard, institute, observer]) {
      const hidden = await seenBy(withDetails.id, token);
      expect(hidden).toMatchObject({ details: null, detailsVisibility: null });
      expect(comparable(hidden)).toEqual(comparable(await seenBy(without.id, token)));
    }
    // Shared with the whole roadmap, every participant reads them; kept to the owner, only it does.
    await setDetails(withDetails.id, 'Voorraad: 1.200 kg NdFeB (3 maanden)', 'ROADMAP', magnets);
    expect((await seenBy(withDetails.id, radar)).details).toBe('Voorraad: 1.200 kg NdFeB (3 maanden)');
    await setDetails(withDetails.id, 'Voorraad: 1.300 kg', 'OWNER', magnets);
    expect((await seenBy(withDetails.id, lead)).details).toBeNull();
    expect(await seenBy(withDetails.id, magnets)).toMatchObject({ details: 'Voorraad: 1.300 kg', detailsVisibility: 'OWNER' });
  });

  it('lets only the organisation the intervention is with write its details, and keeps that out of the feed and updatedAt', async () => {
    const i = await propose({ title: 'Details bij de eigenaar', ownerOrgId: orgs.magneet }, shipyard);
    const before = await feedOf(i.id);
    for (const token of [shipyard, lead, radar]) expect(errorOf(await setDetails(i.id, 'x', 'OWNER', token))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await setDetails(i.id, 'x', 'OWNER', observer))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await t.gql(`mutation($id: ID!) { updateIntervention(id: $id, input: { details: "x" }) { id } }`, { id: i.id }, lead))).toEqual([
      'FORBIDDEN',
      undefined,
    ]);
    const written = (await setDetails(i.id, 'Levertijd 40 weken', 'GOVERNMENT', magnets)).data!.setInterventionDetails;
    expect(written).toMatchObject({ details: 'Levertijd 40 weken', detailsVisibility: 'GOVERNMENT', updatedAt: i.updatedAt });
    expect(await feedOf(i.id)).toEqual(before);
    expect(await auditOf(i.id)).toEqual(['intervention.propose', 'intervention.details']);
    const cleared = (await setDetails(i.id, null, 'GOVERNMENT', magnets)).data!.setInterventionDetails;
    expect(cleared).toMatchObject({ details: null, detailsVisibility: null });
  });

  it('walks the status flow: a member cannot agree, the lead agrees, the owner carries it out, every step with who and when', async () => {
    const i = await propose({ title: 'Strategische voorraad gallium', ownerOrgId: orgs.radar, riskIds: [riskId] });
    expect(errorOf(await move(i.id, 'AGREED', shipyard))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await move(i.id, 'AGREED', radar))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await move(i.id, 'AGREED', observer))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await move(i.id, 'DONE', lead))).toEqual(['CONFLICT', 'status']);
    expect(errorOf(await move(i.id, 'REJECTED', lead))).toEqual(['BAD_USER_INPUT', 'reason']);
    expect(errorOf(await progress(i.id, 10, 'te vroeg', radar))).toEqual(['CONFLICT', 'status']);

    const agreed = (await move(i.id, 'AGREED', lead)).data!.setInterventionStatus;
    expect(agreed).toMatchObject({ status: 'AGREED', allowedTransitions: ['IN_PROGRESS', 'WITHDRAWN'] });
    expect(await seenBy(i.id, radar)).toMatchObject({ canUpdate: true, canDecide: false, allowedTransitions: ['IN_PROGRESS'] });
    expect(errorOf(await progress(i.id, 20, 'Niet mijn maatregel', shipyard))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await progress(i.id, 101, 'te veel', radar))).toEqual(['BAD_USER_INPUT', 'progressPct']);
    expect(errorOf(await progress(i.id, 20, '  ', radar))).toEqual(['BAD_USER_INPUT', 'note']);
    await progress(i.id, 25, 'Leverancier gekozen', radar);
    await move(i.id, 'IN_PROGRESS', radar);
    const done = (await move(i.id, 'DONE', radar)).data!.setInterventionStatus;
    expect(done).toMatchObject({ status: 'DONE', progressPct: 25 });
    const reopened = (await move(i.id, 'IN_PROGRESS', otherLead)).data!.setInterventionStatus;
    expect(reopened.history.map((h) => [h.kind, h.fromStatus, h.toStatus, h.progressPct, h.note, h.actor.name])).toEqual([
      ['STATUS', null, 'PROPOSED', null, null, 'Willem Smit'],
      ['STATUS', 'PROPOSED', 'AGREED', null, null, 'Eva de Vries'],
      ['PROGRESS', null, null, 25, 'Leverancier gekozen', 'Rosa Visser'],
      ['STATUS', 'AGREED', 'IN_PROGRESS', null, null, 'Rosa Visser'],
      ['STATUS', 'IN_PROGRESS', 'DONE', null, null, 'Rosa Visser'],
      ['STATUS', 'DONE', 'IN_PROGRESS', null, null, 'Daan Bakker'],
    ]);
    const times = reopened.history.map((h) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(await auditOf(i.id)).toEqual([
      'intervention.propose',
      'intervention.status',
      'intervention.progress',
      'intervention.status',
      'intervention.status',
      'intervention.status',
    ]);
    expect((await feedOf(i.id)).map((e) => [e.kind, e.from, e.to])).toEqual([
      ['INTERVENTION_PROPOSED', null, 'PROPOSED'],
      ['INTERVENTION_STATUS_CHANGED', 'PROPOSED', 'AGREED'],
      ['INTERVENTION_PROGRESS', '0', '25'],
      ['INTERVENTION_STATUS_CHANGED', 'AGREED', 'IN_PROGRESS'],
      ['INTERVENTION_STATUS_CHANGED', 'IN_PROGRESS', 'DONE'],
      ['INTERVENTION_STATUS_CHANGED', 'DONE', 'IN_PROGRESS'],
    ]);
  });

  it('lets the proposer or a lead withdraw a proposal with a reason, and a lead reject and reopen it', async () => {
    const mine = await propose({ title: 'Eigen voorstel' });
    expect(errorOf(await move(mine.id, 'WITHDRAWN', radar, 'niet van jou'))).toEqual(['FORBIDDEN', undefined]);
    const withdrawn = (await move(mine.id, 'WITHDRAWN', shipyard, 'Dubbel met een ander voorstel')).data!.setInterventionStatus;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', statusReason: 'Dubbel met een ander voorstel', allowedTransitions: [] });
    const other = await propose({ title: 'Te duur' }, institute);
    const rejected = (await move(other.id, 'REJECTED', lead, 'Past niet in het budget')).data!.setInterventionStatus;
    expect(rejected.history.at(-1)).toMatchObject({ fromStatus: 'PROPOSED', toStatus: 'REJECTED', reason: 'Past niet in het budget' });
    expect((await move(other.id, 'PROPOSED', lead)).data!.setInterventionStatus).toMatchObject({ status: 'PROPOSED', statusReason: null });
    expect((await feedOf(other.id)).at(-2)).toEqual({ kind: 'INTERVENTION_STATUS_CHANGED', from: 'PROPOSED', to: 'REJECTED', note: 'Past niet in het budget' });
  });

  it('sets an agreement as a government lead only, on agreed interventions, and lists agreements by due date with overdue ones marked', async () => {
    const late = await propose({ title: 'Langetermijncontract germanium', type: 'LONG_TERM_CONTRACT' });
    const open = await propose({ title: 'Inkoopcriteria CRM', type: 'PROCUREMENT_CRITERIA', instrument: 'PROCUREMENT' });
    expect(errorOf(await setAgreement(late.id, { d: '2027-01-01' }, lead))).toEqual(['CONFLICT', 'status']);
    await move(late.id, 'AGREED', lead);
    await move(open.id, 'AGREED', lead);
    expect(errorOf(await setAgreement(late.id, { d: '2027-01-01' }, shipyard))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await setAgreement(late.id, { d: '2027-01-01' }, observer))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await setAgreement(late.id, { d: '1 januari' }, lead))).toEqual(['BAD_USER_INPUT', 'dueDate']);
    expect(errorOf(await setAgreement(late.id, { o: roadmapId }, lead))).toEqual(['BAD_USER_INPUT', 'responsibleOrgId']);
    const set = (await setAgreement(late.id, { o: orgs.werf, d: '2020-06-30', v: 'Contract voor 5 jaar' }, lead)).data!.setAgreement;
    expect(set).toEqual({ dueDate: '2020-06-30', deliverable: 'Contract voor 5 jaar', status: 'AGREED', overdue: true, responsible: { id: orgs.werf } });
    // Left out stays; null clears.
    const kept = (await setAgreement(late.id, { v: null }, otherLead)).data!.setAgreement;
    expect(kept).toMatchObject({ dueDate: '2020-06-30', deliverable: null, responsible: { id: orgs.werf } });
    expect((await feedOf(late.id)).filter((e) => e.kind === 'AGREEMENT_UPDATED')).toHaveLength(2);
    expect((await auditOf(late.id)).filter((a) => a === 'intervention.agreement')).toHaveLength(2);

    const agreements = (
      await t.gql<{ agreements: { intervention: { id: string; title: string }; dueDate: string | null; overdue: boolean; status: string }[] }>(
        `query($r: ID!) { agreements(roadmapId: $r) { intervention { id title } dueDate overdue status responsible { name } } }`,
        { r: roadmapId },
        observer,
      )
    ).data!.agreements;
    const mine = agreements.filter((a) => [late.id, open.id].includes(a.intervention.id));
    expect(mine.map((a) => [a.intervention.title, a.dueDate, a.overdue])).toEqual([
      ['Langetermijncontract germanium', '2020-06-30', true],
      ['Inkoopcriteria CRM', null, false],
    ]);
    expect(agreements.every((a) => ['AGREED', 'IN_PROGRESS', 'DONE'].includes(a.status))).toBe(true);
    const dues = agreements.map((a) => a.dueDate ?? '9999');
    expect([...dues].sort()).toEqual(dues);
  });

  it('filters by type, status, owner, risk and material', async () => {
    const [ga] = await q(`SELECT id FROM material WHERE symbol = 'Ga'`);
    const a = await propose({ title: 'Filter A', type: 'RECYCLING', ownerOrgId: orgs.nmo, riskIds: [riskId] });
    const b = await propose({ title: 'Filter B', type: 'RESEARCH', ownerOrgId: orgs.nmo });
    await move(b.id, 'AGREED', lead);
    const ids = async (filter: Record<string, unknown>) => (await list(observer, filter)).data!.interventions.map((i) => i.id).filter((id) => [a.id, b.id].includes(id));
    expect(await ids({ types: ['RECYCLING'] })).toEqual([a.id]);
    expect(await ids({ statuses: ['AGREED'] })).toEqual([b.id]);
    expect(await ids({ ownerOrgId: orgs.nmo })).toEqual([a.id, b.id]);
    expect(await ids({ riskId })).toEqual([a.id]);
    expect(await ids({ materialId: ga.id })).toEqual([a.id]);
    expect(await ids({ ownerOrgId: 'not-a-uuid' })).toEqual([]);
    expect(await ids({ types: ['RESEARCH'], statuses: ['PROPOSED'] })).toEqual([]);
  });

  it('lets the owner change its intervention but not hand it to another organisation, and only a lead delete one', async () => {
    const i = await propose({ title: 'Ontwerpwijziging', type: 'DESIGN_CHANGE', ownerOrgId: orgs.werf, impact: 2, effort: 1 });
    expect(i.quadrant).toBe('FILL_IN');
    const upd = (input: string, token: string) => t.gql<{ updateIntervention: Intervention }>(`mutation($id: ID!) { updateIntervention(id: $id, input: ${input}) { ${INTERVENTION} } }`, { id: i.id }, token);
    const changed = (await upd(`{ impact: 5, riskIds: ["${riskId}"], description: "Minder dysprosium" }`, shipyard)).data!.updateIntervention;
    expect(changed).toMatchObject({ impact: 5, quadrant: 'QUICK_WIN', description: 'Minder dysprosium', risks: [{ id: riskId }], status: 'PROPOSED' });
    expect(errorOf(await upd(`{ title: "Van mij" }`, radar))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await upd(`{ ownerOrgId: "${orgs.radar}" }`, shipyard))).toEqual(['FORBIDDEN', undefined]);
    expect(errorOf(await upd(`{ effort: 9 }`, shipyard))).toEqual(['BAD_USER_INPUT', 'effort']);
    expect((await feedOf(i.id)).map((e) => e.kind)).toEqual(['INTERVENTION_PROPOSED', 'INTERVENTION_UPDATED']);
    const del = (token: string) => t.gql<{ deleteIntervention: boolean }>(`mutation($id: ID!) { deleteIntervention(id: $id) }`, { id: i.id }, token);
    expect(errorOf(await del(shipyard))).toEqual(['FORBIDDEN', undefined]);
    expect((await del(lead)).data).toEqual({ deleteIntervention: true });
    expect(errorOf(await read(i.id, lead))).toEqual(['NOT_FOUND', 'interventionId']);
    expect(await q(`SELECT 1 FROM intervention_event WHERE intervention_id = $1`, [i.id])).toEqual([]);
    expect((await feedOf(i.id)).at(-1)).toEqual({ kind: 'INTERVENTION_UPDATED', from: 'PROPOSED', to: 'DELETED', note: null });
    expect((await auditOf(i.id)).at(-1)).toBe('intervention.delete');
  });

  it('exports the agreements as CSV and XLSX for those who may export, and audits each export', async () => {
    const i = await propose({ title: '=Gevaarlijke, "titel"', type: 'STOCKPILING', instrument: 'STRATEGIC_STOCKPILE' });
    await move(i.id, 'AGREED', lead);
    await setAgreement(i.id, { o: orgs.defensie, d: '2027-06-30', v: 'Voorraad voor 6 maanden' }, lead);
    const exportAs = (format: string, token: string) =>
      t.gql<{ exportAgreements: { filename: string; contentType: string; base64: string } }>(
        `mutation($r: ID!, $f: AgreementExportFormat!) { exportAgreements(roadmapId: $r, format: $f) { filename contentType base64 } }`,
        { r: roadmapId, f: format },
        token,
      );
    expect(errorOf(await exportAs('CSV', viewer))[0]).toBe('FORBIDDEN');
    // An observer reads the agreements, so (as an editor of its organisation) it may take them along.
    expect((await exportAs('CSV', observer)).data?.exportAgreements.contentType).toBe('text/csv; charset=utf-8');
    expect(errorOf(await exportAs('CSV', stranger))).toEqual(['NOT_FOUND', 'roadmapId']);
    const auditsBefore = (await q(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'export' AND subject_type = 'Agreement'`))[0].n;

    const csv = (await exportAs('CSV', shipyard)).data!.exportAgreements;
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.filename).toMatch(/^afspraken-routekaart-militaire-schepen-2026-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Interventie,Type,Instrument,Verantwoordelijke organisatie,Deadline,Resultaat,Status,Voortgang (%),Te laat');
    expect(lines).toContain(`"'=Gevaarlijke, ""titel""",Voorraadvorming,Strategische voorraad,Ministerie van Defensie,2027-06-30,Voorraad voor 6 maanden,Afgesproken,0,nee`);
    const agreements = (await t.gql<{ agreements: unknown[] }>(`query($r: ID!) { agreements(roadmapId: $r) { status } }`, { r: roadmapId }, shipyard)).data!.agreements;
    expect(lines.filter((l) => l !== '')).toHaveLength(agreements.length + 1);

    const xlsx = (await exportAs('XLSX', lead)).data!.exportAgreements;
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Afspraken')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Interventie', 'Type', 'Instrument', 'Verantwoordelijke organisatie', 'Deadline', 'Resultaat', 'Status', 'Voortgang (%)', 'Te laat']);
    expect(rows).toContainEqual(['=Gevaarlijke, "titel"', 'Voorraadvorming', 'Strategische voorraad', 'Ministerie van Defensie', '2027-06-30', 'Voorraad voor 6 maanden', 'Afgesproken', 0, 'nee']);
    expect(rows).toHaveLength(agreements.length + 1);
    // Written as text, never as a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    const audits = await q(
      `SELECT actor_organisation_id AS org, changes FROM audit_event WHERE action = 'export' AND subject_type = 'Agreement' ORDER BY id OFFSET $1`,
      [auditsBefore],
    );
    expect(audits).toEqual([
      { org: orgs.werf, changes: { roadmapId, rows: agreements.length, format: 'csv' } },
      { org: orgs.ez, changes: { roadmapId, rows: agreements.length, format: 'xlsx' } },
    ]);
  });

  it('writes nothing when a later statement of the write fails', async () => {
    const count = async () =>
      (
        await q(`SELECT (SELECT count(*) FROM intervention)::int AS interventions, (SELECT count(*) FROM intervention_risk)::int AS links,
                        (SELECT count(*) FROM audit_event)::int AS audits, (SELECT count(*) FROM roadmap_activity)::int AS feed`)
      )[0];
    const before = await count();
    await q(`CREATE FUNCTION fail_history() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'history unavailable'; END $$`);
    await q(`CREATE TRIGGER fail_history BEFORE INSERT ON intervention_event FOR EACH ROW EXECUTE FUNCTION fail_history()`);
    try {
      const res = await proposeAs({ title: 'Half voorstel', riskIds: [riskId] }, shipyard);
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const i = await propose({ title: 'Nog een voorstel' }).catch(() => null);
      expect(i).toBeNull();
    } finally {
      await q(`DROP TRIGGER fail_history ON intervention_event`);
      await q(`DROP FUNCTION fail_history()`);
    }
    expect(await count()).toEqual(before);
  });
});
