import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsProgress, flowStep, isAgreed, riskLevel, HIGH_RISK_LEVEL, type FlowStatus } from '@routekaart/domain';
import { createDataSource } from '../data-source';
import { createTestDatabase, DEMO_PASSWORD_FOR_TESTS, type TestDatabase } from '../testing';
import { loadCrmDataset } from './crm-data';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_INTERVENTIONS, DEMO_PHASE_HISTORY, DEMO_RISKS, finalState, seedDemoRoadmapWork } from './demo-roadmap-work';
import { seedDemoData } from './seed-demo';

const LEADS = new Set(['ez', 'defensie']);
const GOVERNMENT = new Set(DEMO_ORGANISATIONS.filter((o) => o.kind === 'GOVERNMENT').map((o) => o.key));
const riskKeys = new Set(DEMO_RISKS.map((r) => r.key));

describe('demo roadmap work: the story as data', () => {
  it('has unique keys and titles, and names only known risks and catalogue materials', () => {
    expect(riskKeys.size).toBe(DEMO_RISKS.length);
    expect(new Set(DEMO_INTERVENTIONS.map((i) => i.key)).size).toBe(DEMO_INTERVENTIONS.length);
    expect(new Set(DEMO_INTERVENTIONS.map((i) => i.title)).size).toBe(DEMO_INTERVENTIONS.length);
    const symbols = new Set(loadCrmDataset().materials.map((m) => m.symbol));
    for (const r of DEMO_RISKS) expect(symbols.has(r.materialSymbol), r.materialSymbol).toBe(true);
    for (const i of DEMO_INTERVENTIONS) {
      expect(i.riskKeys.length, i.key).toBeGreaterThan(0);
      for (const key of i.riskKeys) expect(riskKeys.has(key), `${i.key} -> ${key}`).toBe(true);
    }
  });

  it('keeps every value within the limits the tables check', () => {
    for (const r of DEMO_RISKS) {
      expect([r.likelihood, r.impact].every((v) => Number.isInteger(v) && v >= 1 && v <= 5), r.key).toBe(true);
      expect(r.title.length).toBeLessThanOrEqual(200);
      expect((r.monitoringIndicator ?? '').length).toBeLessThanOrEqual(500);
    }
    for (const i of DEMO_INTERVENTIONS) {
      expect([i.impact, i.effort].every((v) => Number.isInteger(v) && v >= 1 && v <= 5), i.key).toBe(true);
      expect(i.title.length).toBeLessThanOrEqual(200);
      expect((i.deliverable ?? '').length).toBeLessThanOrEqual(2000);
    }
  });

  it('moves each intervention only along the status flow, by whom the flow allows, in order', () => {
    for (const i of DEMO_INTERVENTIONS) {
      let status: FlowStatus = 'PROPOSED';
      let last = i.proposedDaysAgo;
      for (const step of i.steps) {
        expect(step.daysAgo, `${i.key}: steps go forward in time`).toBeLessThanOrEqual(last);
        last = step.daysAgo;
        const by = step.byOrgKey;
        // The powers of the flow (libs/domain intervention-flow) as the demo organisations have them.
        const powers = { decide: LEADS.has(by) && GOVERNMENT.has(by), update: by === i.ownerOrgKey || LEADS.has(by), proposer: by === i.proposedByOrgKey };
        if (step.kind === 'STATUS') {
          const rule = flowStep(status, step.to);
          expect(rule, `${i.key}: ${status} -> ${step.to}`).not.toBeNull();
          expect(rule!.who.some((w) => powers[w]), `${i.key}: ${by} may not move ${status} -> ${step.to}`).toBe(true);
          expect(!!step.reason, `${i.key}: a reason for ${step.to}`).toBe(rule!.reasonRequired);
          status = step.to;
        } else if (step.kind === 'PROGRESS') {
          expect(acceptsProgress(status), `${i.key}: progress while ${status}`).toBe(true);
          expect(powers.update, `${i.key}: progress by ${by}`).toBe(true);
        } else {
          expect(powers.decide, `${i.key}: agreement terms by ${by}`).toBe(true);
          expect(isAgreed(status), `${i.key}: terms while ${status}`).toBe(true);
        }
      }
      expect(finalState(i).status).toBe(status);
      // Agreement terms exist exactly for interventions that got as far as an agreement.
      expect(i.steps.some((s) => s.kind === 'AGREEMENT'), i.key).toBe(isAgreed(status));
      if (isAgreed(status)) expect(i.ownerOrgKey, `${i.key}: an agreement names who takes it up`).not.toBeNull();
      if (i.details) expect(i.details.text.length).toBeLessThanOrEqual(10_000);
    }
  });

  it('tells the story in several statuses, with an overdue agreement, one without a due date and government-only details', () => {
    const statuses = DEMO_INTERVENTIONS.map((i) => finalState(i).status);
    for (const s of ['PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'REJECTED', 'WITHDRAWN']) expect(statuses, s).toContain(s);
    const open = DEMO_INTERVENTIONS.filter((i) => ['AGREED', 'IN_PROGRESS'].includes(finalState(i).status));
    expect(open.some((i) => i.dueInDays !== null && i.dueInDays < 0)).toBe(true);
    expect(open.some((i) => i.dueInDays === null)).toBe(true);
    expect(DEMO_INTERVENTIONS.some((i) => i.details?.visibility === 'GOVERNMENT' && i.details.orgKey === 'magneet')).toBe(true);
    for (const type of ['STOCKPILING', 'PROCUREMENT_CRITERIA', 'GEOPOLITICAL_PREMIUM', 'DIVERSIFICATION', 'SUBSTITUTION', 'DESIGN_CHANGE', 'RECYCLING', 'LONG_TERM_CONTRACT', 'INTERNATIONAL_COOPERATION']) {
      expect(DEMO_INTERVENTIONS.map((i) => i.type), type).toContain(type);
    }
  });

  it('leaves open points for the phase stepper: a high risk without an intervention', () => {
    const live = DEMO_INTERVENTIONS.filter((i) => !['REJECTED', 'WITHDRAWN'].includes(finalState(i).status));
    const highWithout = DEMO_RISKS.filter(
      (r) => riskLevel(r.likelihood, r.impact) >= HIGH_RISK_LEVEL && ['OPEN', 'MITIGATING'].includes(r.status) && !live.some((i) => i.riskKeys.includes(r.key)),
    );
    expect(highWithout.map((r) => r.key)).toEqual(['R_TERBIUM']);
  });
});

describe('demo roadmap work in the database', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let roadmapId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
    [{ id: roadmapId }] = await ds.query('SELECT id FROM roadmap');
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const counts = async () =>
    (
      await ds.query(
        `SELECT (SELECT count(*)::int FROM risk) AS risks, (SELECT count(*)::int FROM intervention) AS interventions,
                (SELECT count(*)::int FROM intervention_risk) AS links, (SELECT count(*)::int FROM intervention_event) AS events,
                (SELECT count(*)::int FROM roadmap_activity) AS activity`,
      )
    )[0];

  it('holds the register, the interventions with their risks and history, and the roadmap in its phase', async () => {
    const steps = DEMO_INTERVENTIONS.flatMap((i) => i.steps);
    expect(await counts()).toEqual({
      risks: DEMO_RISKS.length,
      interventions: DEMO_INTERVENTIONS.length,
      links: DEMO_INTERVENTIONS.reduce((n, i) => n + i.riskKeys.length, 0),
      // one event for the proposal, one per transition or progress report
      events: DEMO_INTERVENTIONS.length + steps.filter((s) => s.kind !== 'AGREEMENT').length,
      activity: DEMO_RISKS.length + DEMO_INTERVENTIONS.length + steps.length + DEMO_PHASE_HISTORY.length,
    });
    const [roadmap] = await ds.query('SELECT phase FROM roadmap WHERE id = $1', [roadmapId]);
    expect(roadmap.phase).toBe('INTERVENTIONS');
    const rows: { title: string; status: string; progress: number; history: string[] }[] = await ds.query(
      `SELECT i.title, i.status, i.progress_pct AS progress,
              array_agg(coalesce(e.from_status, '-') || '>' || coalesce(e.to_status, e.progress_pct || '%') ORDER BY e.id) AS history
       FROM intervention i JOIN intervention_event e ON e.intervention_id = i.id GROUP BY i.id`,
    );
    for (const demo of DEMO_INTERVENTIONS) {
      const row = rows.find((r) => r.title === demo.title)!;
      expect(row.status).toBe(finalState(demo).status);
      expect(row.progress).toBe(finalState(demo).progressPct);
      let status = 'PROPOSED';
      const expected = ['->PROPOSED'];
      for (const step of demo.steps) {
        if (step.kind === 'STATUS') expected.push(`${status}>${(status = step.to)}`);
        if (step.kind === 'PROGRESS') expected.push(`->${step.progressPct}%`);
      }
      expect(row.history, demo.key).toEqual(expected);
    }
  });

  it('numbers the activity feed in the order things happened, and never copies confidential details into it', async () => {
    const feed: { id: string; at: Date; note: string | null; title: string }[] = await ds.query('SELECT id, at, note, title FROM roadmap_activity ORDER BY id');
    for (let i = 1; i < feed.length; i++) expect(feed[i]!.at.getTime()).toBeGreaterThanOrEqual(feed[i - 1]!.at.getTime());
    expect(feed.at(-1)!.at.getTime()).toBeLessThanOrEqual(Date.now());
    const details = DEMO_INTERVENTIONS.flatMap((i) => (i.details ? [i.details.text] : []));
    for (const row of feed) for (const text of details) expect(`${row.title} ${row.note ?? ''}`).not.toContain(text.slice(0, 30));
  });

  it('dates agreements and reviews from the day of seeding', async () => {
    const [overdue] = await ds.query(`SELECT count(*)::int AS n FROM intervention WHERE status IN ('AGREED','IN_PROGRESS') AND due_date < current_date`);
    const [undated] = await ds.query(`SELECT count(*)::int AS n FROM intervention WHERE status IN ('AGREED','IN_PROGRESS') AND due_date IS NULL`);
    const [reviewSoon] = await ds.query(`SELECT count(*)::int AS n FROM risk WHERE review_date <= current_date + 30`);
    expect({ overdue: overdue.n, undated: undated.n }).toEqual({ overdue: 1, undated: 1 });
    expect(reviewSoon.n).toBe(DEMO_RISKS.filter((r) => r.reviewInDays !== null && r.reviewInDays <= 30).length);
  });

  it('changes nothing when seeded again', async () => {
    const before = await counts();
    const orgIds = new Map<string, string>((await ds.query('SELECT id, name FROM organisation')).map((o: { id: string; name: string }) => [DEMO_ORGANISATIONS.find((d) => d.name === o.name)!.key, o.id]));
    const seeded = await ds.transaction((em) => seedDemoRoadmapWork(em, { roadmapId, roadmapTitle: 'x', orgIds, userIds: new Map() }));
    expect(seeded).toEqual({ seeded: false });
    expect(await seedDemoData(ds, { password: DEMO_PASSWORD_FOR_TESTS })).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});
