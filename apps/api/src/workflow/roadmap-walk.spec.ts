import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

/**
 * Issue 16, "done when": the demo roadmap walked through all six phases by users of every kind,
 * each doing only what its role allows, through the real API. After each step the test reads the
 * phases with their open points, the intervention history, the audit log and the activity feed.
 *
 * Who takes part (demo-organisations.ts): EZ and Defensie are government leads; the NMO (knowledge
 * institute), the shipyard, Delta Radar and the magnet maker are members; the test adds a cable
 * maker as observer, and a company outside the roadmap.
 */

type Gql = Awaited<ReturnType<TestPlatform['gql']>>;
interface Phase {
  phase: string;
  current: boolean;
  done: boolean;
  openPoints: { code: string; count: number }[];
}
interface FeedEntry {
  id: string;
  kind: string;
  title: string;
  from: string | null;
  to: string | null;
  note: string | null;
  actor: { organisationName: string | null };
}
interface HistoryEvent {
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  note: string | null;
  progressPct: number | null;
  actor: { organisationName: string | null };
}

const ORG = {
  ez: 'Ministerie van Economische Zaken',
  defensie: 'Ministerie van Defensie',
  nmo: 'Nationaal Materialen Observatorium',
  werf: 'Noordzee Marinewerf B.V.',
  radar: 'Delta Radar Systems B.V.',
  magneet: 'Brabant Magneettechniek B.V.',
  observer: 'Zeeuwse Kabelfabriek B.V.',
};
const TERFENOL_STOCK = 'Voorraad bij Delta Radar: 24 Terfenol-D-staven, ca. 5 maanden productie.';

describe('walking the demo roadmap through its six phases', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let productGroupId: string;
  const token: Record<keyof typeof ORG | 'stranger', string> = {} as never;
  const orgId: Record<string, string> = {};
  let lastAuditId = 0;
  let lastFeedId: string | null = null;

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function ok<T>(query: string, variables: Record<string, unknown>, as: string): Promise<T> {
    const res = await t.gql<T>(query, variables, as);
    if (res.errors || !res.data) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  const code = (res: Gql) => res.errors?.[0]?.extensions?.code;

  const phases = async (as: string) => (await ok<{ roadmapPhases: Phase[] }>(PHASES, { r: roadmapId }, as)).roadmapPhases;
  const openPoints = async (as: string) => Object.fromEntries((await phases(as)).flatMap((p) => p.openPoints.map((o) => [o.code, o.count])));
  const currentPhase = async (as: string) => {
    const all = await phases(as);
    const at = all.findIndex((p) => p.current);
    expect(all.map((p) => p.done)).toEqual(all.map((_, i) => i < at));
    return all[at]!.phase;
  };

  /** Audit rows written since the last call, oldest first, as (action, organisation). */
  async function newAudit(): Promise<[string, string][]> {
    const rows: { id: string; action: string; organisation: string | null }[] = await q(
      `SELECT a.id, a.action, o.name AS organisation FROM audit_event a LEFT JOIN organisation o ON o.id = a.actor_organisation_id
       WHERE a.id > $1 ORDER BY a.id`,
      [lastAuditId],
    );
    if (rows.length) lastAuditId = Number(rows.at(-1)!.id);
    return rows.map((r) => [r.action, r.organisation ?? '']);
  }

  /** Feed entries since the last call, oldest first, as a participant reads them through the API. */
  async function newFeed(as: string): Promise<FeedEntry[]> {
    const { roadmapActivity } = await ok<{ roadmapActivity: FeedEntry[] }>(
      'query($r: ID!) { roadmapActivity(roadmapId: $r, first: 100) { id kind title from to note actor { organisationName } } }',
      { r: roadmapId },
      as,
    );
    const seen = lastFeedId === null ? -1 : roadmapActivity.findIndex((e) => e.id === lastFeedId);
    const fresh = roadmapActivity.slice(0, seen === -1 ? undefined : seen).reverse();
    if (roadmapActivity.length) lastFeedId = roadmapActivity[0]!.id;
    return fresh;
  }
  const brief = (entries: FeedEntry[]) => entries.map((e) => [e.kind, e.actor.organisationName, e.from, e.to]);

  const history = async (id: string, as: string) =>
    (
      await ok<{ intervention: { history: HistoryEvent[] } }>(
        'query($i: ID!) { intervention(id: $i) { history { kind fromStatus toStatus reason note progressPct actor { organisationName } } } }',
        { i: id },
        as,
      )
    ).intervention.history.map((h) => [h.kind, h.fromStatus, h.toStatus ?? h.progressPct, h.actor.organisationName]);

  const move = (to: string, as: string, note?: string) => t.gql<{ moveRoadmapPhase: { phase: string } }>(MOVE, { r: roadmapId, to, note }, as);

  /** The lead moves on, and the move shows in the phases, the audit log and the feed. */
  async function leadMovesTo(to: string, note: string) {
    const [{ phase: from }] = await q('SELECT phase FROM roadmap WHERE id = $1', [roadmapId]);
    expect((await move(to, token.ez, note)).data).toEqual({ moveRoadmapPhase: { phase: to } });
    for (const as of [token.werf, token.observer, token.defensie]) expect(await currentPhase(as)).toBe(to);
    expect(await newAudit()).toEqual([['roadmap.phase', ORG.ez]]);
    const feed = await newFeed(token.observer);
    expect(feed.map((e) => ({ kind: e.kind, from: e.from, to: e.to, note: e.note, by: e.actor.organisationName }))).toEqual([
      { kind: 'PHASE_CHANGED', from, to, note, by: ORG.ez },
    ]);
  }

  const riskId = async (title: string) => (await q('SELECT id FROM risk WHERE title = $1', [title]))[0].id as string;
  const interventionId = async (title: string) => (await q('SELECT id FROM intervention WHERE title = $1', [title]))[0].id as string;
  const day = (offset: number) => {
    const d = new Date();
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + offset)).toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId, productGroupId }] = await q(`SELECT id, product_group_id AS "productGroupId" FROM roadmap`);
    const logins = {
      ez: 'beleid@ez.example',
      defensie: 'beleid@defensie.example',
      nmo: 'analist@nmo.example',
      werf: 'keten@werf.example',
      radar: 'inkoop@radar.example',
      magneet: 'verkoop@magneet.example',
    } as const;
    for (const [key, email] of Object.entries(logins)) token[key as keyof typeof logins] = await t.login(email);
    // Organisations are made by platform operators; these two are put in as such.
    for (const [key, name, email] of [
      ['observer', ORG.observer, 'inkoop@kabel.example'],
      ['stranger', 'Buitenstaander B.V.', 'info@buiten.example'],
    ] as const) {
      const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, 'INDUSTRY') RETURNING id`, [name]);
      orgId[key] = org.id;
      await q(
        `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
         SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
        [email, org.id],
      );
      token[key] = await t.login(email);
    }
    for (const row of await q('SELECT id, name FROM organisation')) orgId[row.name] = row.id;
    [{ id: lastAuditId }] = await q('SELECT coalesce(max(id), 0)::int AS id FROM audit_event');
    await newFeed(token.ez);
  });
  afterAll(async () => t?.close());

  it('0. the lead lets an observer in; nobody else may', async () => {
    const add = 'mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: OBSERVER) { role } }';
    expect(code(await t.gql(add, { r: roadmapId, o: orgId.observer }, token.werf))).toBe('FORBIDDEN');
    expect(await ok(add, { r: roadmapId, o: orgId.observer }, token.ez)).toEqual({ setParticipant: { role: 'OBSERVER' } });
    expect(await newAudit()).toEqual([['participant.add', ORG.ez]]);
    expect(code(await t.gql(PHASES, { r: roadmapId }, token.stranger))).toBe('NOT_FOUND');
    expect(await currentPhase(token.observer)).toBe('INTERVENTIONS');
  });

  it('1. scoping: the lead reopens the first phase; members, the observer and outsiders may not move it', async () => {
    for (const as of [token.werf, token.nmo, token.observer]) expect(code(await move('SCOPING', as))).toBe('FORBIDDEN');
    expect(code(await move('SCOPING', token.stranger))).toBe('NOT_FOUND');
    expect(await newAudit()).toEqual([]);
    await leadMovesTo('SCOPING', 'We lopen de routekaart opnieuw door, fase voor fase.');
    // Companies take part and the roadmap has its document: nothing open in scoping.
    expect((await phases(token.werf))[0]).toEqual({ phase: 'SCOPING', current: true, done: false, openPoints: [] });
  });

  it('2. chain mapping: the shipyard adds a system, which stays open until its supply is on record', async () => {
    await leadMovesTo('CHAIN_MAPPING', 'Ketendata aanvullen voor de mijnenbestrijding.');
    expect((await openPoints(token.observer)).ITEMS_WITHOUT_CHAIN_DATA).toBeUndefined();
    const { createItem } = await ok<{ createItem: { id: string } }>(
      'mutation($i: CreateItemInput!) { createItem(input: $i) { id } }',
      { i: { productGroupId, kind: 'SYSTEM', name: 'Mijnenjachtsonar', visibility: 'ROADMAP' } },
      token.werf,
    );
    const [asw] = await q(`SELECT id FROM item WHERE name = 'ASW-fregat'`);
    await ok('mutation($i: AddCompositionInput!) { addComposition(input: $i) { id } }', { i: { parentId: asw.id, childId: createItem.id, quantity: 1, unit: 'pcs' } }, token.werf);
    for (const as of [token.werf, token.observer, token.ez]) expect((await openPoints(as)).ITEMS_WITHOUT_CHAIN_DATA).toBe(1);
    await ok(
      'mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }',
      { i: { itemId: createItem.id, supplierOrgId: orgId[ORG.radar], country: 'NL', share: 1, tier: 1, visibility: 'ROADMAP' } },
      token.werf,
    );
    for (const as of [token.werf, token.observer, token.ez]) expect((await openPoints(as)).ITEMS_WITHOUT_CHAIN_DATA).toBeUndefined();
    expect(await newAudit()).toEqual([
      ['item.create', ORG.werf],
      ['composition.create', ORG.werf],
      ['supplyLink.create', ORG.werf],
    ]);
    // Chain edits are not roadmap activity.
    expect(await newFeed(token.werf)).toEqual([]);
  });

  let dependencyRisk: string;

  it('3. risk analysis: a member takes a top dependency into the register; the observer may not', async () => {
    await leadMovesTo('RISK_ANALYSIS', 'De grootste afhankelijkheden beoordelen.');
    const before = await openPoints(token.radar);
    expect(before.TOP_DEPENDENCIES_NOT_IN_REGISTER).toBe(10);
    // One of the member's top ten that every participant can see (it is in the observer's top ten too):
    // the register reads the same for all, so a dependency on a confidential item needs a title of its own.
    const topTen = async (as: string) =>
      (
        await ok<{ dependencies: { nodes: { key: string }[] } }>(
          'query($g: ID!) { dependencies(productGroupId: $g, first: 10, orderBy: SCORE) { nodes { key } } }',
          { g: productGroupId },
          as,
        )
      ).dependencies.nodes.map((n) => n.key);
    const shared = new Set(await topTen(token.observer));
    const key = (await topTen(token.radar)).find((k) => shared.has(k))!;
    expect(key).toBeDefined();
    const create = 'mutation($r: ID!, $k: String!) { createRiskFromDependency(roadmapId: $r, dependencyKey: $k, likelihood: 4, impact: 4) { id title level evidence { score } liveScore } }';
    expect(code(await t.gql(create, { r: roadmapId, k: key }, token.observer))).toBe('FORBIDDEN');
    expect(code(await t.gql(create, { r: roadmapId, k: key }, token.stranger))).toBe('NOT_FOUND');
    const { createRiskFromDependency: risk } = await ok<{
      createRiskFromDependency: { id: string; title: string; level: number; evidence: { score: number } | null; liveScore: number | null };
    }>(create, { r: roadmapId, k: key }, token.radar);
    dependencyRisk = risk.id;
    expect(risk.level).toBe(16);
    // The evidence is the common view, so it matches the live score in that view right after.
    expect(risk.evidence?.score ?? null).toBe(risk.liveScore);
    expect((await openPoints(token.radar)).TOP_DEPENDENCIES_NOT_IN_REGISTER).toBe(9);
    // The register reads the same for every participant.
    const read = 'query($i: ID!) { risk(id: $i) { title level evidence { score } liveScore } }';
    const seen = await ok(read, { i: risk.id }, token.radar);
    for (const as of [token.ez, token.observer, token.magneet]) expect(await ok(read, { i: risk.id }, as)).toEqual(seen);
    expect(await newAudit()).toEqual([['risk.create', ORG.radar]]);
    expect(brief(await newFeed(token.observer))).toEqual([['RISK_CREATED', ORG.radar, null, null]]);
  });

  let terfenolStock: string;
  let alternativeSource: string;

  it('4. interventions: members propose against the high risks, with government-only stock figures; nobody but a government lead agrees', async () => {
    await leadMovesTo('INTERVENTIONS', 'Interventies voorstellen voor de hoge risico’s.');
    expect((await openPoints(token.nmo)).HIGH_RISKS_WITHOUT_INTERVENTION).toBe(2);
    const propose =
      'mutation($i: ProposeInterventionInput!) { proposeIntervention(input: $i) { id status details detailsVisibility canDecide allowedTransitions } }';
    const terbium = await riskId('Terbium in laagfrequente sonarprojectoren (Terfenol-D)');
    const stockInput = {
      roadmapId,
      title: 'Voorraad Terfenol-D-staven bij de sonarbouwer',
      description: 'Delta Radar houdt een voorraad Terfenol-D-staven aan voor de sleepsonar.',
      type: 'STOCKPILING',
      instrument: 'STRATEGIC_STOCKPILE',
      impact: 4,
      effort: 2,
      horizon: 'SHORT',
      riskIds: [terbium],
      ownerOrgId: orgId[ORG.radar],
      details: TERFENOL_STOCK,
      detailsVisibility: 'GOVERNMENT',
    };
    expect(code(await t.gql(propose, { i: stockInput }, token.observer))).toBe('FORBIDDEN');
    expect(code(await t.gql(propose, { i: stockInput }, token.stranger))).toBe('NOT_FOUND');
    expect(await newAudit()).toEqual([]);
    const stock = (await ok<{ proposeIntervention: { id: string; details: string; detailsVisibility: string; canDecide: boolean; allowedTransitions: string[] } }>(propose, { i: stockInput }, token.radar))
      .proposeIntervention;
    terfenolStock = stock.id;
    expect(stock).toMatchObject({ details: TERFENOL_STOCK, detailsVisibility: 'GOVERNMENT', canDecide: false, allowedTransitions: ['WITHDRAWN'] });
    expect((await openPoints(token.nmo)).HIGH_RISKS_WITHOUT_INTERVENTION).toBe(1);
    const research = await ok<{ proposeIntervention: { id: string } }>(
      propose,
      {
        i: {
          roadmapId,
          title: 'Onderzoek naar alternatieve bronnen voor de grootste afhankelijkheid',
          type: 'RESEARCH',
          instrument: 'RESEARCH_PROGRAMME',
          impact: 3,
          effort: 3,
          horizon: 'MEDIUM',
          riskIds: [dependencyRisk],
          ownerOrgId: orgId[ORG.nmo],
        },
      },
      token.nmo,
    );
    alternativeSource = research.proposeIntervention.id;
    expect((await openPoints(token.nmo)).HIGH_RISKS_WITHOUT_INTERVENTION).toBeUndefined();

    // The stock figures: Delta Radar and government read them; other companies, the institute and the observer do not
    // (and cannot tell there are any).
    const details = 'query($i: ID!) { intervention(id: $i) { details detailsVisibility } }';
    for (const as of [token.radar, token.ez, token.defensie]) {
      expect(await ok(details, { i: terfenolStock }, as)).toEqual({ intervention: { details: TERFENOL_STOCK, detailsVisibility: 'GOVERNMENT' } });
    }
    for (const as of [token.werf, token.magneet, token.nmo, token.observer]) {
      expect(await ok(details, { i: terfenolStock }, as)).toEqual({ intervention: { details: null, detailsVisibility: null } });
    }

    // A member cannot agree, not even its own proposal; the institute and the observer neither.
    const agree = 'mutation($i: ID!) { setInterventionStatus(id: $i, to: AGREED) { status } }';
    for (const as of [token.werf, token.radar, token.nmo, token.observer]) expect(code(await t.gql(agree, { i: terfenolStock }, as))).toBe('FORBIDDEN');
    expect(code(await t.gql(agree, { i: terfenolStock }, token.stranger))).toBe('NOT_FOUND');

    expect(await history(terfenolStock, token.observer)).toEqual([['STATUS', null, 'PROPOSED', ORG.radar]]);
    expect(await newAudit()).toEqual([
      ['intervention.propose', ORG.radar],
      ['intervention.propose', ORG.nmo],
    ]);
    const feed = await newFeed(token.werf);
    expect(brief(feed)).toEqual([
      ['INTERVENTION_PROPOSED', ORG.radar, null, 'PROPOSED'],
      ['INTERVENTION_PROPOSED', ORG.nmo, null, 'PROPOSED'],
    ]);
    expect(JSON.stringify(feed)).not.toContain('Terfenol-D-staven, ca.');
  });

  it('5. agreements: a government lead agrees and sets the terms; the open agreements close', async () => {
    await leadMovesTo('AGREEMENTS', 'Afspraken maken over wie wat oppakt.');
    expect(await openPoints(token.magneet)).toMatchObject({ AGREEMENTS_WITHOUT_DUE_DATE: 1 });
    const status = 'mutation($i: ID!, $to: InterventionStatus!, $reason: String) { setInterventionStatus(id: $i, to: $to, reason: $reason) { status } }';
    expect(await ok(status, { i: terfenolStock, to: 'AGREED' }, token.defensie)).toEqual({ setInterventionStatus: { status: 'AGREED' } });
    expect(await ok(status, { i: alternativeSource, to: 'AGREED' }, token.ez)).toEqual({ setInterventionStatus: { status: 'AGREED' } });
    expect(await openPoints(token.magneet)).toMatchObject({ AGREEMENTS_WITHOUT_DUE_DATE: 3 });

    // A proposal that is not taken up: a rejection needs a reason.
    const premium = await interventionId('Geopolitieke premie bij gunning');
    expect((await t.gql(status, { i: premium, to: 'REJECTED' }, token.ez)).errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    await ok(status, { i: premium, to: 'REJECTED', reason: 'Eerst de CRM-criteria invoeren en evalueren.' }, token.ez);

    const terms = 'mutation($i: ID!, $d: String, $what: String) { setAgreement(interventionId: $i, dueDate: $d, deliverable: $what) { dueDate overdue responsible { name } } }';
    expect(code(await t.gql(terms, { i: terfenolStock, d: day(90) }, token.werf))).toBe('FORBIDDEN');
    expect(code(await t.gql(terms, { i: terfenolStock, d: day(90) }, token.radar))).toBe('FORBIDDEN');
    expect(await ok(terms, { i: terfenolStock, d: day(90), what: 'Voorraad van 24 staven aangelegd en gerapporteerd' }, token.ez)).toEqual({
      setAgreement: { dueDate: day(90), overdue: false, responsible: { name: ORG.radar } },
    });
    await ok(terms, { i: alternativeSource, d: day(365), what: 'Rapport met alternatieve bronnen' }, token.ez);
    await ok(terms, { i: await interventionId('Tweede, niet-Chinese bron voor NdFeB-magneten'), d: day(180) }, token.defensie);
    expect((await openPoints(token.magneet)).AGREEMENTS_WITHOUT_DUE_DATE).toBeUndefined();
    expect((await phases(token.observer)).find((p) => p.phase === 'AGREEMENTS')!.openPoints).toEqual([]);

    const { agreements } = await ok<{ agreements: { intervention: { title: string }; dueDate: string | null; overdue: boolean }[] }>(
      'query($r: ID!) { agreements(roadmapId: $r) { intervention { title } dueDate overdue } }',
      { r: roadmapId },
      token.observer,
    );
    expect(agreements.find((a) => a.intervention.title === 'Voorraad Terfenol-D-staven bij de sonarbouwer')).toEqual({
      intervention: { title: 'Voorraad Terfenol-D-staven bij de sonarbouwer' },
      dueDate: day(90),
      overdue: false,
    });
    expect(agreements.filter((a) => a.overdue).map((a) => a.intervention.title)).toEqual(['CRM-criteria in Defensie-aanbestedingen']);

    expect(await history(terfenolStock, token.magneet)).toEqual([
      ['STATUS', null, 'PROPOSED', ORG.radar],
      ['STATUS', 'PROPOSED', 'AGREED', ORG.defensie],
    ]);
    expect(await newAudit()).toEqual([
      ['intervention.status', ORG.defensie],
      ['intervention.status', ORG.ez],
      ['intervention.status', ORG.ez],
      ['intervention.agreement', ORG.ez],
      ['intervention.agreement', ORG.ez],
      ['intervention.agreement', ORG.defensie],
    ]);
    expect(brief(await newFeed(token.nmo))).toEqual([
      ['INTERVENTION_STATUS_CHANGED', ORG.defensie, 'PROPOSED', 'AGREED'],
      ['INTERVENTION_STATUS_CHANGED', ORG.ez, 'PROPOSED', 'AGREED'],
      ['INTERVENTION_STATUS_CHANGED', ORG.ez, 'PROPOSED', 'REJECTED'],
      ['AGREEMENT_UPDATED', ORG.ez, null, day(90)],
      ['AGREEMENT_UPDATED', ORG.ez, null, day(365)],
      ['AGREEMENT_UPDATED', ORG.defensie, null, day(180)],
    ]);
  });

  it('6. monitoring: each owner names what it watches, and reports progress on what it carries out', async () => {
    await leadMovesTo('MONITORING', 'Afspraken volgen.');
    // The terbium risk, the new risk and the demo's germanium and dysprosium risks lack an indicator.
    expect((await openPoints(token.werf)).RISKS_WITHOUT_INDICATOR).toBe(4);
    const indicator = 'mutation($i: ID!, $m: String) { updateRisk(id: $i, input: { monitoringIndicator: $m }) { monitoringIndicator } }';
    const terbium = await riskId('Terbium in laagfrequente sonarprojectoren (Terfenol-D)');
    expect(code(await t.gql(indicator, { i: terbium, m: 'Levertijd Terfenol-D' }, token.werf))).toBe('FORBIDDEN');
    expect(code(await t.gql(indicator, { i: terbium, m: 'Levertijd Terfenol-D' }, token.observer))).toBe('FORBIDDEN');
    await ok(indicator, { i: terbium, m: 'Levertijd en voorraad Terfenol-D-staven, per kwartaal' }, token.radar);
    expect((await openPoints(token.werf)).RISKS_WITHOUT_INDICATOR).toBe(3);
    await ok(indicator, { i: await riskId('Germanium voor infraroodoptiek onder Chinese exportvergunning'), m: 'Germaniumprijs en vergunningen' }, token.radar);
    await ok(indicator, { i: await riskId('Dysprosium voor hittebestendige magneten'), m: 'Dysprosiumprijs (oxide, FOB China)' }, token.werf);
    // Nobody owns the new risk yet: only a lead may change it.
    expect(code(await t.gql(indicator, { i: dependencyRisk, m: 'Score van de afhankelijkheid' }, token.radar))).toBe('FORBIDDEN');
    await ok(indicator, { i: dependencyRisk, m: 'Score van de afhankelijkheid in de analyse' }, token.ez);
    expect((await phases(token.werf)).find((p) => p.phase === 'MONITORING')).toEqual({ phase: 'MONITORING', current: true, done: false, openPoints: [] });

    // The owner carries the agreement out and reports; others may not report for it.
    const status = 'mutation($i: ID!) { setInterventionStatus(id: $i, to: IN_PROGRESS) { status } }';
    expect(code(await t.gql(status, { i: terfenolStock }, token.magneet))).toBe('FORBIDDEN');
    await ok(status, { i: terfenolStock }, token.radar);
    const progress = 'mutation($i: ID!, $p: Int!, $n: String!) { reportInterventionProgress(id: $i, progressPct: $p, note: $n) { progressPct } }';
    for (const as of [token.magneet, token.observer]) expect(code(await t.gql(progress, { i: terfenolStock, p: 40, n: 'x' }, as))).toBe('FORBIDDEN');
    expect(await ok(progress, { i: terfenolStock, p: 40, n: 'Tien staven op voorraad.' }, token.radar)).toEqual({ reportInterventionProgress: { progressPct: 40 } });
    expect(await history(terfenolStock, token.observer)).toEqual([
      ['STATUS', null, 'PROPOSED', ORG.radar],
      ['STATUS', 'PROPOSED', 'AGREED', ORG.defensie],
      ['STATUS', 'AGREED', 'IN_PROGRESS', ORG.radar],
      ['PROGRESS', null, 40, ORG.radar],
    ]);
    expect(await newAudit()).toEqual([
      ['risk.update', ORG.radar],
      ['risk.update', ORG.radar],
      ['risk.update', ORG.werf],
      ['risk.update', ORG.ez],
      ['intervention.status', ORG.radar],
      ['intervention.progress', ORG.radar],
    ]);
    const feed = await newFeed(token.observer);
    expect(brief(feed)).toEqual([
      ['RISK_UPDATED', ORG.radar, null, null],
      ['RISK_UPDATED', ORG.radar, null, null],
      ['RISK_UPDATED', ORG.werf, null, null],
      ['RISK_UPDATED', ORG.ez, null, null],
      ['INTERVENTION_STATUS_CHANGED', ORG.radar, 'AGREED', 'IN_PROGRESS'],
      ['INTERVENTION_PROGRESS', ORG.radar, '0', '40'],
    ]);
    expect(feed.at(-1)!.note).toBe('Tien staven op voorraad.');
  });

  it('ends in monitoring with every phase before it done, and only the untouched top dependencies still open', async () => {
    const end = await phases(token.radar);
    expect(end.map((p) => [p.phase, p.current, p.done])).toEqual([
      ['SCOPING', false, true],
      ['CHAIN_MAPPING', false, true],
      ['RISK_ANALYSIS', false, true],
      ['INTERVENTIONS', false, true],
      ['AGREEMENTS', false, true],
      ['MONITORING', true, false],
    ]);
    expect(await openPoints(token.radar)).toEqual({ TOP_DEPENDENCIES_NOT_IN_REGISTER: 9 });
    // The whole walk as the feed tells it, newest first, the same for a member and the observer.
    const feed = 'query($r: ID!) { roadmapActivity(roadmapId: $r, first: 40) { id kind } }';
    expect(await ok(feed, { r: roadmapId }, token.observer)).toEqual(await ok(feed, { r: roadmapId }, token.magneet));
    expect(code(await t.gql(feed, { r: roadmapId }, token.stranger))).toBe('NOT_FOUND');
  });
});

const PHASES = 'query($r: ID!) { roadmapPhases(roadmapId: $r) { phase current done openPoints { code count } } }';
const MOVE = 'mutation($r: ID!, $to: RoadmapPhase!, $note: String) { moveRoadmapPhase(roadmapId: $r, to: $to, note: $note) { phase } }';
