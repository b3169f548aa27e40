import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/collab-client';
import { subscribeIn } from '../testing/noninterference/twin-worlds';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorOf = (res: Answer) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

interface Alert {
  id: string;
  date: string;
  value: number;
  severity: string;
  acknowledged: boolean;
  series: { id: string; name: string };
  roadmaps: { id: string; title: string }[];
}
const ALERT = 'id date value severity acknowledged series { id name } roadmaps { id title }';

/**
 * Monitoring over GraphQL, on a small chain of its own: a roadmap whose platform (visible to the
 * roadmap) holds a bronze fitting with tin, and a sonar component only its maker "Geheim BV" may see,
 * with hafnium in it. Who gets which alert follows from what each reader sees of that chain.
 */
describe('monitoring series, thresholds and alerts over GraphQL', () => {
  let t: TestPlatform;
  let analyst: string;
  let policy: string;
  let maker: string;
  let outsider: string;
  let roadmapId: string;
  let platformId: string;
  let makerOrgId: string;
  const material: Record<'Sn' | 'Hf' | 'Ga', string> = { Sn: '', Hf: '', Ga: '' };

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function orgWithUser(name: string, email: string, kind = 'INDUSTRY'): Promise<string> {
    const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, $2) RETURNING id`, [name, kind]);
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
      [email, org.id],
    );
    return org.id;
  }

  async function item(kind: string, name: string, owner: string, visibility: string, parentId: string | null, materialId: string | null): Promise<string> {
    const [row] = await q(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) SELECT product_group_id, $2, $3, $4, $5 FROM roadmap WHERE id = $1 RETURNING id`,
      [roadmapId, kind, name, owner, visibility],
    );
    if (parentId) await q(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 1, 'pcs')`, [parentId, row.id]);
    if (materialId) await q(`INSERT INTO item_material (item_id, material_id, quantity_kg) VALUES ($1, $2, 1)`, [row.id, materialId]);
    return row.id;
  }

  const createSeries = (input: Record<string, unknown>, token = analyst) =>
    t.gql<{ createMonitoringSeries: { id: string } }>(`mutation($i: MonitoringSeriesInput!) { createMonitoringSeries(input: $i) { id } }`, { i: input }, token);
  const priceSeries = async (symbol: keyof typeof material, name: string) => {
    const res = await createSeries({
      name,
      subjectKind: 'MATERIAL',
      materialId: material[symbol],
      indicator: 'PRICE',
      unit: 'USD/kg',
      frequency: 'MONTHLY',
      source: 'Test',
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createMonitoringSeries.id;
  };
  const add = (seriesId: string, observations: { date: string; value: number; note?: string }[], token = analyst) =>
    t.gql<{ addObservations: { imported: number; alertsRaised: number } }>(
      `mutation($s: ID!, $o: [ObservationInput!]!) { addObservations(seriesId: $s, observations: $o) { imported alertsRaised } }`,
      { s: seriesId, o: observations },
      token,
    );
  const threshold = (seriesId: string, input: Record<string, unknown>) =>
    t.gql<{ createThreshold: { id: string } }>(`mutation($s: ID!, $i: ThresholdInput!) { createThreshold(seriesId: $s, input: $i) { id } }`, { s: seriesId, i: input }, analyst);
  const myAlerts = async (token: string, includeAcknowledged = false): Promise<Alert[]> => {
    const res = await t.gql<{ myAlerts: Alert[] }>(`query($a: Boolean!) { myAlerts(includeAcknowledged: $a) { ${ALERT} } }`, { a: includeAcknowledged }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.myAlerts;
  };
  const seriesAlerts = async (seriesId: string) => {
    const res = await t.gql<{ monitoringSeriesById: { alerts: { date: string; value: number }[]; observations: { date: string }[] } }>(
      `query($id: ID!) { monitoringSeriesById(id: $id) { alerts { date value } observations { date } } }`,
      { id: seriesId },
      analyst,
    );
    return res.data!.monitoringSeriesById;
  };
  const month = (offset: number) => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + offset);
    return d.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    for (const symbol of Object.keys(material) as (keyof typeof material)[]) {
      const [row] = await q('SELECT id FROM material WHERE symbol = $1', [symbol]);
      material[symbol] = row.id;
    }
    const [group] = await q(`INSERT INTO product_group (name) VALUES ('Mijnenbestrijders') RETURNING id`);
    const [roadmap] = await q(`INSERT INTO roadmap (product_group_id, title, phase) VALUES ($1, 'Routekaart Mijnenbestrijding', 'MONITORING') RETURNING id`, [group.id]);
    roadmapId = roadmap.id;
    makerOrgId = await orgWithUser('Geheim BV', 'sonar@geheim.example');
    const yardOrgId = await orgWithUser('Open Werf BV', 'keten@openwerf.example');
    await orgWithUser('Buiten BV', 'buiten@buiten.example');
    const [ez] = await q(`SELECT organisation_id AS id FROM app_user WHERE email = 'beleid@ez.example'`);
    for (const [org, role] of [
      [ez.id, 'LEAD'],
      [makerOrgId, 'MEMBER'],
      [yardOrgId, 'MEMBER'],
    ]) {
      await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [roadmapId, org, role]);
    }
    platformId = await item('PLATFORM', 'Mijnenjager', yardOrgId, 'ROADMAP', null, null);
    await item('COMPONENT', 'Bronzen fitting', yardOrgId, 'ROADMAP', platformId, material.Sn);
    [analyst, policy, maker, outsider] = await Promise.all(
      ['analist@nmo.example', 'beleid@ez.example', 'sonar@geheim.example', 'buiten@buiten.example'].map((email) => t.login(email)),
    );
  });
  afterAll(() => t?.close());

  it('raises one alert per crossing, not one per observation beyond the line, and again after the series comes back and crosses anew', async () => {
    const seriesId = await priceSeries('Sn', 'Tinprijs (test)');
    expect((await threshold(seriesId, { kind: 'ABOVE', value: 40, severity: 'WARNING' })).errors).toBeUndefined();
    const first = await add(seriesId, [
      { date: month(-6), value: 30 },
      { date: month(-5), value: 38 },
      { date: month(-4), value: 45 },
      { date: month(-3), value: 48 },
    ]);
    expect(first.data!.addObservations).toEqual({ imported: 4, alertsRaised: 1 });
    // Further above the line, and exactly on it (not a crossing): no new alert.
    expect((await add(seriesId, [{ date: month(-2), value: 52 }])).data!.addObservations.alertsRaised).toBe(0);
    expect((await add(seriesId, [{ date: month(-1), value: 40 }])).data!.addObservations.alertsRaised).toBe(0);
    // Back above after being on it: a new crossing.
    expect((await add(seriesId, [{ date: month(0), value: 41 }])).data!.addObservations.alertsRaised).toBe(1);
    const { alerts } = await seriesAlerts(seriesId);
    expect(alerts).toEqual([
      { date: month(0), value: 41 },
      { date: month(-4), value: 45 },
    ]);
  });

  it('delivers an alert to the participants whose own view of the chain uses the material, and to no one else', async () => {
    const tin = await priceSeries('Sn', 'Tin, levertijd (test)');
    await add(tin, [
      { date: month(-2), value: 10 },
      { date: month(-1), value: 20 },
    ]);
    await threshold(tin, { kind: 'ABOVE', value: 15, severity: 'CRITICAL' });
    const alertOn = async (token: string) => (await myAlerts(token)).filter((a) => a.series.id === tin);
    // The bronze fitting (tin) is visible to the roadmap: the lead and the member companies get it, with the roadmap named
    // (the ministry also leads the demo roadmap, whose ships contain tin too).
    for (const token of [policy, maker]) {
      const [alert] = await alertOn(token);
      expect(alert).toMatchObject({ date: month(-1), value: 20, severity: 'CRITICAL', acknowledged: false });
      expect(alert!.roadmaps).toContainEqual({ id: roadmapId, title: 'Routekaart Mijnenbestrijding' });
    }
    expect((await alertOn(maker))[0]!.roadmaps).toEqual([{ id: roadmapId, title: 'Routekaart Mijnenbestrijding' }]);
    // An organisation in no roadmap that uses tin does not.
    expect(await alertOn(outsider)).toEqual([]);
  });

  it("does not tell anyone about a company's confidential item through an alert: only the company itself gets it", async () => {
    const hafnium = await priceSeries('Hf', 'Hafniumprijs (test)');
    await threshold(hafnium, { kind: 'BELOW', value: 100, severity: 'INFO' });
    const beforeLead = await myAlerts(policy);
    // The sonar maker's component with hafnium, visible to its owner only.
    await item('COMPONENT', 'Sonar-transducer', makerOrgId, 'OWNER', platformId, material.Hf);
    await add(hafnium, [
      { date: month(-2), value: 120 },
      { date: month(-1), value: 90 },
    ]);
    expect((await myAlerts(maker)).filter((a) => a.series.id === hafnium)).toHaveLength(1);
    // The lead's answer is exactly what it was: nothing about hafnium, and nothing else changed.
    expect(await myAlerts(policy)).toEqual(beforeLead);
    // Nor can the lead acknowledge it, as if it did not exist.
    const [makerAlert] = (await myAlerts(maker)).filter((a) => a.series.id === hafnium);
    const ack = await t.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: makerAlert!.id }, policy);
    const unknown = await t.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, policy);
    expect(errorOf(ack)).toEqual(['NOT_FOUND', 'alertId']);
    expect(ack.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it('keeps an old crossing on the dashboard while the series stays beyond the line, and leaves it to the chart once it came back', async () => {
    const still = await priceSeries('Sn', 'Tin, nog steeds hoog (test)');
    const back = await priceSeries('Sn', 'Tin, weer gezakt (test)');
    for (const id of [still, back]) await threshold(id, { kind: 'ABOVE', value: 100, severity: 'WARNING' });
    await add(still, [
      { date: month(-30), value: 90 },
      { date: month(-29), value: 120 },
      { date: month(-1), value: 130 },
    ]);
    await add(back, [
      { date: month(-30), value: 90 },
      { date: month(-29), value: 120 },
      { date: month(-1), value: 80 },
    ]);
    const mine = await myAlerts(maker);
    expect(mine.filter((a) => a.series.id === still).map((a) => a.date)).toEqual([month(-29)]);
    expect(mine.some((a) => a.series.id === back)).toBe(false);
    // The chart keeps both.
    expect((await seriesAlerts(back)).alerts.map((a) => a.date)).toEqual([month(-29)]);
  });

  it('lets a reader acknowledge an alert for itself only', async () => {
    const gallium = await priceSeries('Ga', 'Galliumprijs (PMI-achtig, test)');
    // A series about no subject concerns every roadmap.
    const pmi = await createSeries({ name: 'PMI levertijden (test)', subjectKind: 'NONE', indicator: 'PMI_DELIVERY_TIMES', unit: 'index', frequency: 'MONTHLY', source: 'Test' });
    const pmiId = pmi.data!.createMonitoringSeries.id;
    await threshold(pmiId, { kind: 'CHANGE', percent: 10, periods: 1, severity: 'WARNING' });
    await add(pmiId, [
      { date: month(-2), value: 50 },
      { date: month(-1), value: 60 },
    ]);
    expect(gallium).toBeTruthy();
    const [mine] = (await myAlerts(maker)).filter((a) => a.series.id === pmiId);
    expect(mine).toBeDefined();
    const ack = await t.gql<{ acknowledgeAlert: { acknowledged: boolean } }>(`mutation($id: ID!) { acknowledgeAlert(id: $id) { acknowledged } }`, { id: mine!.id }, maker);
    expect(ack.data!.acknowledgeAlert.acknowledged).toBe(true);
    expect((await myAlerts(maker)).some((a) => a.id === mine!.id)).toBe(false);
    expect((await myAlerts(maker, true)).find((a) => a.id === mine!.id)?.acknowledged).toBe(true);
    expect((await myAlerts(policy)).some((a) => a.id === mine!.id)).toBe(true);
  });

  it('announces a new alert live to exactly those it concerns, judged with each subscriber\'s own view', async () => {
    const SUB = `subscription { myAlertRaised { id series { name } } }`;
    const lead = subscribeIn(t, policy, SUB, {});
    const company = subscribeIn(t, maker, SUB, {});
    const outside = subscribeIn(t, outsider, SUB, {});
    const names = (s: { received: unknown[] }) =>
      s.received.map((r) => (r as { data?: { myAlertRaised: { series: { name: string } } } }).data?.myAlertRaised.series.name).filter(Boolean);
    const pmi = (await createSeries({ name: 'Levertijdindex (live)', subjectKind: 'NONE', indicator: 'PMI_DELIVERY_TIMES', unit: 'index', frequency: 'MONTHLY', source: 'Test' }))
      .data!.createMonitoringSeries.id;
    await threshold(pmi, { kind: 'ABOVE', value: 50, severity: 'WARNING' });
    try {
      await Promise.all([lead.started, company.started, outside.started]);
      // graphql-ws acknowledges the connection before the subscription is registered: a first alert proves it is live.
      await add(pmi, [{ date: month(-3), value: 55 }]);
      await waitFor(() => names(lead).length > 0 && names(company).length > 0, 'the first alert');
      // Hafnium is only in the sonar maker's own component: its alert reaches the maker alone.
      const hafnium = await priceSeries('Hf', 'Hafnium (live)');
      await threshold(hafnium, { kind: 'ABOVE', value: 10, severity: 'CRITICAL' });
      await add(hafnium, [{ date: month(-1), value: 12 }]);
      // A marker after it: each subscriber gets its events in order, so once the marker arrived the hafnium alert was judged.
      await add(pmi, [
        { date: month(-2), value: 45 },
        { date: month(-1), value: 60 },
      ]);
      await waitFor(() => names(lead).length === 2 && names(company).length === 3, 'the marker');
      expect(names(company)).toEqual(['Levertijdindex (live)', 'Hafnium (live)', 'Levertijdindex (live)']);
      expect(names(lead)).toEqual(['Levertijdindex (live)', 'Levertijdindex (live)']);
      // In no roadmap: nothing concerns it.
      expect(names(outside)).toEqual([]);
    } finally {
      await Promise.all([lead.close(), company.close(), outside.close()]);
    }
  });

  it('seeds the demo: the knowledge institute\'s gallium price series, whose crossings reach the demo roadmap\'s lead', async () => {
    const res = await t.gql<{ monitoringSeries: { name: string; demo: boolean; observations: { date: string }[]; alerts: { date: string }[]; publisher: { name: string } }[] }>(
      `query($m: ID) { monitoringSeries(materialId: $m) { name demo publisher { name } observations { date } alerts { date } } }`,
      { m: material.Ga },
      policy,
    );
    const demo = res.data!.monitoringSeries.filter((s) => s.demo);
    expect(demo.length).toBeGreaterThanOrEqual(2);
    for (const series of demo) {
      expect(series.observations.length).toBeGreaterThan(60);
      expect(series.alerts.length).toBeGreaterThan(0);
    }
  });

  it("links an alert to a risk of the roadmap it concerns, as evidence every reader of the risk sees", async () => {
    const tin = await priceSeries('Sn', 'Tin voor het risicoregister (test)');
    await threshold(tin, { kind: 'ABOVE', value: 5, severity: 'WARNING' });
    await add(tin, [{ date: month(-1), value: 6 }]);
    const [alert] = (await myAlerts(policy)).filter((a) => a.series.id === tin);
    const created = await t.gql<{ createRisk: { id: string } }>(
      'mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }',
      { i: { roadmapId, title: 'Tinprijs loopt op', likelihood: 3, impact: 2 } },
      policy,
    );
    const riskId = created.data!.createRisk.id;
    const link = (alertId: string, token = policy) =>
      t.gql<{ linkAlertToRisk: { alerts: { id: string; series: { name: string } }[] } }>(
        'mutation($r: ID!, $a: ID!) { linkAlertToRisk(riskId: $r, alertId: $a) { alerts { id series { name } } } }',
        { r: riskId, a: alertId },
        token,
      );
    const linked = await link(alert!.id);
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkAlertToRisk.alerts).toEqual([{ id: alert!.id, series: { name: 'Tin voor het risicoregister (test)' } }]);
    // Linking again changes nothing; a member company may not change the lead's risk.
    expect((await link(alert!.id)).data!.linkAlertToRisk.alerts).toHaveLength(1);
    expect(errorOf(await link(alert!.id, maker))).toEqual(['FORBIDDEN', undefined]);
    // An alert that does not concern the lead (hafnium: only the sonar maker's own item) is as unknown as a made-up id.
    const [hafniumAlert] = (await myAlerts(maker)).filter((a) => a.series.name === 'Hafniumprijs (test)');
    const hidden = await link(hafniumAlert!.id);
    expect(errorOf(hidden)).toEqual(['NOT_FOUND', 'alertId']);
    expect(hidden.errors![0]!.message).toBe((await link('00000000-0000-4000-8000-000000000000')).errors![0]!.message);
    // The member reads the link on the risk, and the risk on the alert.
    const seen = await t.gql<{ risks: { id: string; alerts: { id: string }[] }[] }>('query($r: ID!) { risks(roadmapId: $r) { id alerts { id } } }', { r: roadmapId }, maker);
    expect(seen.data!.risks.find((r) => r.id === riskId)!.alerts).toEqual([{ id: alert!.id }]);
    const onAlert = await t.gql<{ myAlerts: { id: string; risks: { title: string }[] }[] }>('{ myAlerts(includeAcknowledged: true) { id risks { title } } }', {}, maker);
    expect(onAlert.data!.myAlerts.find((a) => a.id === alert!.id)!.risks).toEqual([{ title: 'Tinprijs loopt op' }]);
    const unlinked = await t.gql<{ unlinkAlertFromRisk: { alerts: unknown[] } }>(
      'mutation($r: ID!, $a: ID!) { unlinkAlertFromRisk(riskId: $r, alertId: $a) { alerts { id } } }',
      { r: riskId, a: alert!.id },
      policy,
    );
    expect(unlinked.data!.unlinkAlertFromRisk.alerts).toEqual([]);
  });

  it('keeps a series about an item to those who may read the item, and reaches them with its alerts', async () => {
    const create = (itemId: string) =>
      createSeries({ name: 'Levertijd fregat (test)', subjectKind: 'ITEM', itemId, indicator: 'LEAD_TIME', unit: 'weken', frequency: 'MONTHLY', source: 'Test' });
    // The sonar maker's own component is hidden from the analyst: "not found", like an unknown item.
    const [sonar] = await q(`SELECT id FROM item WHERE name = 'Sonar-transducer'`);
    const hidden = await create(sonar.id);
    expect(errorOf(hidden)).toEqual(['NOT_FOUND', 'itemId']);
    expect(hidden.errors![0]!.message).toBe((await create('00000000-0000-4000-8000-000000000000')).errors![0]!.message);
    // A frigate of the demo roadmap, which the institute takes part in.
    const [frigate] = await q(`SELECT i.id FROM item i JOIN roadmap r ON r.product_group_id = i.product_group_id
                               WHERE r.title = 'Routekaart Militaire schepen 2026' AND i.kind = 'PLATFORM' AND i.visibility = 'ROADMAP' ORDER BY i.name LIMIT 1`);
    const created = await create(frigate.id);
    expect(created.errors).toBeUndefined();
    const seriesId = created.data!.createMonitoringSeries.id;
    await threshold(seriesId, { kind: 'ABOVE', value: 20, severity: 'WARNING' });
    await add(seriesId, [{ date: month(-1), value: 26 }]);
    // The ministry leads that roadmap: it sees the series and gets the alert.
    expect((await myAlerts(policy)).some((a) => a.series.id === seriesId)).toBe(true);
    // The outsider may not read the frigate: no series, "not found" for its id, no alert.
    const list = await t.gql<{ monitoringSeries: { id: string }[] }>('{ monitoringSeries { id } }', {}, outsider);
    expect(list.data!.monitoringSeries.some((x) => x.id === seriesId)).toBe(false);
    const byId = await t.gql('query($id: ID!) { monitoringSeriesById(id: $id) { id } }', { id: seriesId }, outsider);
    expect(errorOf(byId)).toEqual(['NOT_FOUND', 'seriesId']);
    expect(byId.errors![0]!.message).toBe(
      (await t.gql('query($id: ID!) { monitoringSeriesById(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, outsider)).errors![0]!.message,
    );
    expect((await myAlerts(outsider)).some((a) => a.series.id === seriesId)).toBe(false);
  });

  it('lets only knowledge institutes publish, and names the field of bad input', async () => {
    const byIndustry = await createSeries({ name: 'x', subjectKind: 'NONE', indicator: 'PRICE', unit: 'x', frequency: 'MONTHLY', source: 'x' }, maker);
    expect(errorOf(byIndustry)).toEqual(['FORBIDDEN', undefined]);
    const noUnit = await createSeries({ name: 'Zonder eenheid', subjectKind: 'MATERIAL', materialId: material.Sn, indicator: 'PRICE', unit: ' ', frequency: 'MONTHLY', source: 'x' });
    expect(errorOf(noUnit)).toEqual(['BAD_USER_INPUT', 'unit']);
    const custom = await createSeries({ name: 'Eigen', subjectKind: 'COUNTRY', country: 'cn', indicator: 'CUSTOM', unit: 'x', frequency: 'MONTHLY', source: 'x' });
    expect(errorOf(custom)).toEqual(['BAD_USER_INPUT', 'customName']);
    const seriesId = await priceSeries('Sn', 'Tin voor invoerfouten (test)');
    const bad = await add(seriesId, [
      { date: month(-1), value: 1 },
      { date: '2026-02-30', value: 2 },
      { date: month(-1), value: 3 },
    ]);
    expect(errorOf(bad)).toEqual(['BAD_USER_INPUT', 'observations.1.date']);
    expect((bad.errors![0]!.extensions!.errors as { field: string }[]).map((e) => e.field)).toEqual(['observations.1.date', 'observations.2.date']);
    expect((await seriesAlerts(seriesId)).observations).toEqual([]);
  });

  it('imports a CSV with Dutch numbers, and writes nothing from a file with bad rows but reports every one of them', async () => {
    const seriesId = await priceSeries('Sn', 'Tin uit bestand (test)');
    const upload = (fileName: string, content: Buffer | string) =>
      t.gql<{ importObservations: { imported: number } }>(
        `mutation($s: ID!, $f: String!, $c: String!) { importObservations(seriesId: $s, fileName: $f, contentBase64: $c) { imported } }`,
        { s: seriesId, f: fileName, c: Buffer.from(content).toString('base64') },
        analyst,
      );
    const bad = await upload('tin.csv', `datum;waarde;toelichting\n2025-01-01;1,5;goed\n2025-02-30;2,5;\n2025-03-01;veel;\n2025-04-01;3,5;goed\n2025-04-01;4;dubbel\n`);
    expect(errorOf(bad)).toEqual(['BAD_USER_INPUT', 'file']);
    expect((bad.errors![0]!.extensions!.rows as { row: number; field: string; code: string }[]).map((r) => [r.row, r.field, r.code])).toEqual([
      [3, 'date', 'INVALID_DATE'],
      [4, 'value', 'NOT_A_NUMBER'],
      [6, 'date', 'DUPLICATE'],
    ]);
    expect((await seriesAlerts(seriesId)).observations).toEqual([]);

    const good = await upload('tin.csv', `datum;waarde;toelichting\n2025-01-01;1.234,5;jan\n1-2-2025;1.300,25;feb\n`);
    expect(good.data!.importObservations.imported).toBe(2);
    const series = await t.gql<{ monitoringSeriesById: { observations: { date: string; value: number; note: string | null }[] } }>(
      `query($id: ID!) { monitoringSeriesById(id: $id) { observations { date value note } } }`,
      { id: seriesId },
      analyst,
    );
    expect(series.data!.monitoringSeriesById.observations).toEqual([
      { date: '2025-01-01', value: 1234.5, note: 'jan' },
      { date: '2025-02-01', value: 1300.25, note: 'feb' },
    ]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Reeks');
    sheet.addRow(['Date', 'Value']);
    sheet.addRow([new Date(Date.UTC(2025, 2, 1)), 1400.75]);
    const xlsx = await upload('tin.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(xlsx.data!.importObservations.imported).toBe(1);
    expect(errorOf(await upload('tin.pdf', 'x'))).toEqual(['BAD_USER_INPUT', 'file']);
  });

  it('shows a roadmap what moved in a period, from its own view of the chain', async () => {
    const res = await t.gql<{ monitoringOverview: { series: { name: string }; change: { percent: number } | null; alerts: { date: string }[] }[] }>(
      `query($r: ID!, $f: String!, $t: String!) { monitoringOverview(roadmapId: $r, from: $f, to: $t) { series { name } change { percent } alerts { date } } }`,
      { r: roadmapId, f: month(-1), t: month(0) },
      policy,
    );
    const names = res.data!.monitoringOverview.map((m) => m.series.name);
    expect(names).toContain('Tinprijs (test)');
    expect(names).not.toContain('Hafniumprijs (test)');
    const outsiderView = await t.gql(`query($r: ID!, $f: String!, $t: String!) { monitoringOverview(roadmapId: $r, from: $f, to: $t) { series { name } } }`, {
      r: roadmapId,
      f: month(-1),
      t: month(0),
    }, outsider);
    expect(errorOf(outsiderView)).toEqual(['NOT_FOUND', 'roadmapId']);
  });
});
