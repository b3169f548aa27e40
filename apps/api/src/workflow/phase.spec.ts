import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROADMAP_PHASES } from '@routekaart/db';
import { PHASE_NOTE_MAX, PHASE_ORDER } from '@routekaart/domain';
import { waitFor } from '../testing/collab-client';
import { subscribeIn } from '../testing/noninterference/twin-worlds';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface Point {
  code: string;
  message: string;
  count: number;
  link: string | null;
}
interface Phase {
  phase: string;
  current: boolean;
  done: boolean;
  openPoints: Point[];
}
type Res = Awaited<ReturnType<TestPlatform['gql']>>;

const PHASES = 'query($r: ID!) { roadmapPhases(roadmapId: $r) { phase current done openPoints { code message count link } } }';
const MOVE = 'mutation($r: ID!, $to: RoadmapPhase!, $note: String) { moveRoadmapPhase(roadmapId: $r, to: $to, note: $note) { id phase } }';
const TASKS = `{ myTasks {
  ownedInterventions { title status dueDate canUpdate }
  awaitingDecision { title status canDecide }
  risksToReview { title reviewDate }
} }`;
const code = (res: Res) => res.errors?.[0]?.extensions?.code;

it("keeps the domain's phase order the database's list of phases", () => {
  expect([...PHASE_ORDER]).toEqual([...ROADMAP_PHASES]);
});

describe('roadmap phases', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let productGroupId: string;
  let ez: string;
  let defensie: string;
  let werf: string;
  let radar: string;
  let magneet: string;
  let nmo: string;
  let observer: string;
  let stranger: string;
  let governmentOutsider: string;

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);
  const phases = async (token: string) => {
    const res = await t.gql<{ roadmapPhases: Phase[] }>(PHASES, { r: roadmapId }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.roadmapPhases;
  };
  const points = async (token: string) => Object.fromEntries((await phases(token)).flatMap((p) => p.openPoints.map((o) => [o.code, o.count])));

  /** A user of a new organisation of `kind`, observing the roadmap or not taking part. */
  async function userIn(email: string, kind: 'INDUSTRY' | 'GOVERNMENT', participation: 'OBSERVER' | null): Promise<string> {
    const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, $2) RETURNING id`, [`Org ${email}`, kind]);
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
      [email, org.id],
    );
    if (participation) await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [roadmapId, org.id, participation]);
    return t.login(email);
  }

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId, productGroupId }] = await q(`SELECT id, product_group_id AS "productGroupId" FROM roadmap`);
    [ez, defensie, werf, radar, magneet, nmo] = await Promise.all(
      ['beleid@ez.example', 'beleid@defensie.example', 'keten@werf.example', 'inkoop@radar.example', 'verkoop@magneet.example', 'analist@nmo.example'].map((e) =>
        t.login(e),
      ),
    );
    observer = await userIn('waarnemer@fasen.example', 'INDUSTRY', 'OBSERVER');
    stranger = await userIn('vreemde@fasen.example', 'INDUSTRY', null);
    governmentOutsider = await userIn('beleid@provincie.example', 'GOVERNMENT', null);
  });
  afterAll(async () => t?.close());

  it("shows the demo roadmap's six phases with what is still open, the same for every participant", async () => {
    const seen = await phases(werf);
    expect(seen.map((p) => [p.phase, p.current, p.done])).toEqual([
      ['SCOPING', false, true],
      ['CHAIN_MAPPING', false, true],
      ['RISK_ANALYSIS', false, true],
      ['INTERVENTIONS', true, false],
      ['AGREEMENTS', false, false],
      ['MONITORING', false, false],
    ]);
    // The demo leaves a high risk (terbium) without an intervention, an agreement without a due date
    // and two risks under agreed interventions without an indicator; its risks were made by hand.
    expect(await points(werf)).toEqual({
      TOP_DEPENDENCIES_NOT_IN_REGISTER: 10,
      HIGH_RISKS_WITHOUT_INTERVENTION: 1,
      AGREEMENTS_WITHOUT_DUE_DATE: 1,
      RISKS_WITHOUT_INDICATOR: 2,
    });
    const interventions = seen.find((p) => p.phase === 'INTERVENTIONS')!.openPoints;
    expect(interventions).toEqual([
      { code: 'HIGH_RISKS_WITHOUT_INTERVENTION', message: '1 hoog risico heeft nog geen interventie', count: 1, link: `/roadmaps/${roadmapId}/risicos` },
    ]);
    expect(seen.find((p) => p.phase === 'RISK_ANALYSIS')!.openPoints[0]!.link).toBe(`/analyse?group=${productGroupId}`);
    for (const token of [observer, nmo, ez]) expect(await phases(token)).toEqual(seen);
    // The same through the roadmap itself, in one request with the list.
    const both = await t.gql<{ roadmapPhases: Phase[]; roadmap: { phaseStatuses: Phase[] } }>(
      'query($r: ID!) { roadmapPhases(roadmapId: $r) { phase current done openPoints { code message count link } } roadmap(id: $r) { phaseStatuses { phase current done openPoints { code message count link } } } }',
      { r: roadmapId },
      radar,
    );
    expect(both.data!.roadmap.phaseStatuses).toEqual(both.data!.roadmapPhases);
  });

  it("counts open points over what each viewer may read: a company's own items only for itself, nothing for a reader who sees no register", async () => {
    const item = (name: string, visibility: string) =>
      t.gql<{ createItem: { id: string } }>(
        'mutation($i: CreateItemInput!) { createItem(input: $i) { id } }',
        { i: { productGroupId, kind: 'SYSTEM', name, visibility } },
        werf,
      );
    const own = await item('Intern beproevingssysteem', 'OWNER');
    expect(own.errors).toBeUndefined();
    expect((await points(werf)).ITEMS_WITHOUT_CHAIN_DATA).toBe(1);
    expect((await points(radar)).ITEMS_WITHOUT_CHAIN_DATA).toBeUndefined();
    expect((await points(ez)).ITEMS_WITHOUT_CHAIN_DATA).toBeUndefined();
    const shared = await item('Mijnenjachtsonar', 'ROADMAP');
    expect((await points(werf)).ITEMS_WITHOUT_CHAIN_DATA).toBe(2);
    expect((await points(radar)).ITEMS_WITHOUT_CHAIN_DATA).toBe(1);
    const [one] = (await phases(radar)).find((p) => p.phase === 'CHAIN_MAPPING')!.openPoints;
    expect(one).toEqual({
      code: 'ITEMS_WITHOUT_CHAIN_DATA',
      message: '1 platform of systeem heeft nog geen leveranciers, onderdelen of materialen',
      count: 1,
      link: '/keten',
    });
    // A supply link on record closes the point for everyone who reads it.
    const link = await t.gql(
      'mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }',
      { i: { itemId: shared.data!.createItem.id, supplierName: 'Noordzee Sonar B.V.', country: 'NL', share: 1, visibility: 'ROADMAP' } },
      werf,
    );
    expect(link.errors).toBeUndefined();
    expect((await points(radar)).ITEMS_WITHOUT_CHAIN_DATA).toBeUndefined();
    expect((await points(werf)).ITEMS_WITHOUT_CHAIN_DATA).toBe(1);

    // A government reader outside the roadmap reads the roadmap, but not its participants,
    // documents, risks or interventions: no open point pretends they are missing.
    const outside = await phases(governmentOutsider);
    expect(outside.map((p) => p.current)).toEqual([false, false, false, true, false, false]);
    expect(outside.flatMap((p) => p.openPoints)).toEqual([]);
    expect(code(await t.gql(PHASES, { r: roadmapId }, stranger))).toBe('NOT_FOUND');
    expect(code(await t.gql(PHASES, { r: 'not-a-uuid' }, werf))).toBe('NOT_FOUND');
  });

  it('moves the phase for a lead, back and forward, audited, in the feed and live to a subscriber', async () => {
    const SUB = 'subscription($r: ID!) { roadmapActivityAdded(roadmapId: $r) { kind from to note title actor { organisationName } } }';
    const watcher = subscribeIn(t, observer, SUB, { r: roadmapId });
    try {
      await watcher.started;
      // graphql-ws acknowledges the connection before the subscription is registered: repeat a first move until one arrives.
      await waitFor(async () => {
        await t.gql(MOVE, { r: roadmapId, to: 'RISK_ANALYSIS', note: 'opwarmen' }, ez);
        await t.gql(MOVE, { r: roadmapId, to: 'INTERVENTIONS', note: 'opwarmen' }, ez);
        return watcher.received.length > 0;
      }, 'a first event');
      const back = await t.gql<{ moveRoadmapPhase: { id: string; phase: string } }>(
        MOVE,
        { r: roadmapId, to: 'RISK_ANALYSIS', note: '  Eerst de top-10 afhankelijkheden in het register.  ' },
        defensie,
      );
      expect(back.data).toEqual({ moveRoadmapPhase: { id: roadmapId, phase: 'RISK_ANALYSIS' } });
      const [audit] = await q(
        `SELECT a.action, a.changes, o.name AS organisation FROM audit_event a JOIN organisation o ON o.id = a.actor_organisation_id
         WHERE a.subject_type = 'Roadmap' AND a.subject_id = $1 ORDER BY a.id DESC LIMIT 1`,
        [roadmapId],
      );
      expect(audit).toEqual({
        action: 'roadmap.phase',
        changes: { from: 'INTERVENTIONS', to: 'RISK_ANALYSIS', note: 'Eerst de top-10 afhankelijkheden in het register.' },
        organisation: 'Ministerie van Defensie',
      });
      const feed = await t.gql<{ roadmapActivity: { kind: string; from: string; to: string; note: string; title: string; actor: { organisationName: string } }[] }>(
        'query($r: ID!) { roadmapActivity(roadmapId: $r, first: 1) { kind from to note title actor { organisationName } } }',
        { r: roadmapId },
        nmo,
      );
      const expected = {
        kind: 'PHASE_CHANGED',
        from: 'INTERVENTIONS',
        to: 'RISK_ANALYSIS',
        note: 'Eerst de top-10 afhankelijkheden in het register.',
        title: 'Routekaart Militaire schepen 2026',
        actor: { organisationName: 'Ministerie van Defensie' },
      };
      expect(feed.data!.roadmapActivity).toEqual([expected]);
      await waitFor(() => JSON.stringify(watcher.received).includes('Eerst de top-10'), 'the phase change to arrive');
      expect(watcher.received.at(-1)).toEqual({ data: { roadmapActivityAdded: expected } });

      const forward = await t.gql(MOVE, { r: roadmapId, to: 'MONITORING' }, ez);
      expect(forward.data).toEqual({ moveRoadmapPhase: { id: roadmapId, phase: 'MONITORING' } });
      expect((await phases(radar)).map((p) => [p.current, p.done])).toEqual([
        [false, true],
        [false, true],
        [false, true],
        [false, true],
        [false, true],
        [true, false],
      ]);
    } finally {
      await watcher.close();
    }
  });

  it('records nothing when the roadmap is already in the phase asked for', async () => {
    await t.gql(MOVE, { r: roadmapId, to: 'AGREEMENTS' }, ez);
    const count = async () => (await q(`SELECT (SELECT count(*)::int FROM audit_event) AS audit, (SELECT count(*)::int FROM roadmap_activity) AS activity`))[0];
    const before = await count();
    const again = await t.gql(MOVE, { r: roadmapId, to: 'AGREEMENTS', note: 'nog eens' }, defensie);
    expect(again.data).toEqual({ moveRoadmapPhase: { id: roadmapId, phase: 'AGREEMENTS' } });
    expect(await count()).toEqual(before);
  });

  it('refuses members and observers with FORBIDDEN, outsiders with NOT_FOUND, and a note that is too long', async () => {
    const before = (await q('SELECT phase FROM roadmap WHERE id = $1', [roadmapId]))[0].phase;
    for (const token of [werf, radar, magneet, nmo, observer]) expect(code(await t.gql(MOVE, { r: roadmapId, to: 'SCOPING' }, token))).toBe('FORBIDDEN');
    expect(code(await t.gql(MOVE, { r: roadmapId, to: 'SCOPING' }, stranger))).toBe('NOT_FOUND');
    expect(code(await t.gql(MOVE, { r: roadmapId, to: 'SCOPING' }, governmentOutsider))).toBe('FORBIDDEN');
    const [other] = await q(`SELECT gen_random_uuid() AS id`);
    expect(code(await t.gql(MOVE, { r: other.id, to: 'SCOPING' }, ez))).toBe('NOT_FOUND');
    const long = await t.gql(MOVE, { r: roadmapId, to: 'SCOPING', note: 'x'.repeat(PHASE_NOTE_MAX + 1) }, ez);
    expect(long.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(code(await t.gql(MOVE, { r: roadmapId, to: 'DONE' }, ez))).toBe('BAD_USER_INPUT');
    expect((await q('SELECT phase FROM roadmap WHERE id = $1', [roadmapId]))[0].phase).toBe(before);
  });
});

describe('my tasks', () => {
  let t: TestPlatform;
  const tasks = async (email: string) => {
    const res = await t.gql<{ myTasks: Record<string, Record<string, unknown>[]> }>(TASKS, {}, await t.login(email));
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.myTasks;
  };
  /**
   * The demo's dates count from the day it was seeded, which is the day the test run's template
   * database was made: a run that passes midnight UTC after that must count from it too.
   */
  let seeded = { year: 0, month: 0, date: 0 };
  const day = (offset: number) => new Date(Date.UTC(seeded.year, seeded.month, seeded.date + offset)).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestPlatform();
    const [{ at }] = await t.platform.dataSource.query(`SELECT min(created_at) AS at FROM organisation`);
    const when = new Date(at);
    seeded = { year: when.getUTCFullYear(), month: when.getUTCMonth(), date: when.getUTCDate() };
  });
  afterAll(async () => t?.close());

  it("lists what waits for each organisation: its agreements, the decisions a lead takes, its risks to review", async () => {
    expect(await tasks('verkoop@magneet.example')).toEqual({
      ownedInterventions: [{ title: 'Tweede, niet-Chinese bron voor NdFeB-magneten', status: 'AGREED', dueDate: null, canUpdate: true }],
      awaitingDecision: [],
      risksToReview: [{ title: 'Gesinterde NdFeB-magneten voor de voortstuwing uit één land', reviewDate: day(-5) }],
    });
    const proposals = [
      { title: 'Geopolitieke premie bij gunning', status: 'PROPOSED', canDecide: true },
      { title: 'Ontwerpwijziging: dysprosiumarme magneten', status: 'PROPOSED', canDecide: true },
      { title: 'Recycling van magneten bij einde levensduur', status: 'PROPOSED', canDecide: true },
    ];
    expect(await tasks('beleid@defensie.example')).toEqual({
      ownedInterventions: [{ title: 'CRM-criteria in Defensie-aanbestedingen', status: 'AGREED', dueDate: day(-10), canUpdate: true }],
      awaitingDecision: proposals,
      risksToReview: [{ title: 'Wolfraam voor CIWS-munitie', reviewDate: day(10) }],
    });
    // Delta Radar reviews two risks within 30 days (the third is months away) and decides nothing.
    const radar = await tasks('inkoop@radar.example');
    expect(radar.risksToReview.map((r) => r.reviewDate)).toEqual([day(14), day(20)]);
    expect(radar.awaitingDecision).toEqual([]);
    expect(radar.ownedInterventions).toEqual([]);
  });

  it("orders a lead's own agreements by due date, undated last, and drops what is done", async () => {
    const ez = await t.login('beleid@ez.example');
    const [{ ezId }] = await t.platform.dataSource.query(`SELECT id AS "ezId" FROM organisation WHERE name = 'Ministerie van Economische Zaken'`);
    const [magnets] = await t.platform.dataSource.query(`SELECT id FROM intervention WHERE title LIKE 'Tweede, niet-Chinese bron%'`);
    const [substitution] = await t.platform.dataSource.query(`SELECT id FROM intervention WHERE title LIKE 'Onderzoek naar substitutie%'`);
    const set = (id: string, dueDate: string | null) =>
      t.gql('mutation($i: ID!, $o: ID, $d: String) { setAgreement(interventionId: $i, responsibleOrgId: $o, dueDate: $d) { dueDate } }', { i: id, o: ezId, d: dueDate }, ez);
    expect((await set(magnets.id, null)).errors).toBeUndefined();
    expect((await set(substitution.id, day(3))).errors).toBeUndefined();
    expect((await tasks('beleid@ez.example')).ownedInterventions.map((i) => [i.title, i.dueDate])).toEqual([
      ['Onderzoek naar substitutie van gallium in radar', day(3)],
      ['Strategische voorraad gallium, germanium en NdFeB-magneten', day(120)],
      ['Tweede, niet-Chinese bron voor NdFeB-magneten', null],
    ]);
    // What the magnet maker no longer owns leaves its list.
    expect((await tasks('verkoop@magneet.example')).ownedInterventions).toEqual([]);
  });

  it('gives an observer and an organisation outside every roadmap nothing to do', async () => {
    const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);
    const [{ id: roadmapId }] = await q('SELECT id FROM roadmap');
    for (const [email, role] of [
      ['waarnemer@taken.example', 'OBSERVER'],
      ['vreemde@taken.example', null],
    ] as const) {
      const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, 'GOVERNMENT') RETURNING id`, [`Org ${email}`]);
      await q(
        `INSERT INTO app_user (email, name, role, organisation_id, password_hash) SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
        [email, org.id],
      );
      if (role) await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [roadmapId, org.id, role]);
      expect(await tasks(email)).toEqual({ ownedInterventions: [], awaitingDecision: [], risksToReview: [] });
    }
    expect(code(await t.gql(TASKS, {}))).toBe('UNAUTHENTICATED');
  });
});
