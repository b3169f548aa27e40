import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendLiveFigures } from '../live-figure-fixtures';

/**
 * What other organisations keep from an observer in the harness's world B, written straight into
 * the database as those organisations (so no API path can be blamed for putting it there). Each
 * kind of secret the design names (DESIGN.md §5) is here:
 * - OWNER supply links with shares, countries and supplier names, on items the observer can see and
 *   on the observer's own items, from two organisations (fewer than the 3 an aggregate may combine);
 * - a link shared with one other organisation, and one visible to government participants only;
 * - hidden items placed between visible ones: a visible system -> hidden module -> the observer's
 *   visible magnet, and a hidden housing that uses one of the observer's own items;
 * - material content of a hidden item; a user of another organisation;
 * - (industry observers) a second roadmap of the same product group the observer does not take part
 *   in, with participants, a document with a version and a saved scenario;
 * - an event on a hidden item in a saved scenario the observer can read;
 * - (industry observers) another company's response to a visible capacity demand, and what the radar
 *   maker's supplier profile holds in the parts it keeps for government; government's candidate
 *   suppliers of a visible intervention (the observer among them) and of a hidden one.
 */
export interface DemoSecrets {
  /** Ids of records that exist in world B only, by kind, to probe with. */
  hidden: {
    items: string[];
    supplyLinks: string[];
    compositions: string[];
    roadmaps: string[];
    documents: string[];
    versions: string[];
    scenarios: string[];
    users: string[];
    risks: string[];
    interventions: string[];
    responses: string[];
  };
  /** Text of the secrets, which must never appear in an answer. */
  words: string[];
  /** A dependency key that names a hidden item. */
  hiddenDependencyKey: string;
}

/** Names and ids of demo records both worlds share (same ids: one template). */
export interface DemoPlaces {
  productGroupId: string;
  roadmapId: string;
  documentId: string;
  platformId: string;
  /** A shipyard system the observer can see (parent of the hidden module). */
  systemId: string;
  /** The observer's sintered magnet (child of the hidden module). */
  magnetId: string;
  /** One of the magnet maker's own raw-material items. */
  cobaltId: string;
  /** A visible supply link of the shipyard, and one of the magnet maker's own. */
  visibleLinkId: string;
  ownLinkId: string;
  /** A visible assembly edge. */
  edgeId: string;
  materialId: string;
  exportRestrictionId: string;
  organisations: Record<'ez' | 'defensie' | 'nmo' | 'werf' | 'radar' | 'magneet', string>;
  users: Record<'ez' | 'werf' | 'magneet', string>;
  /** A saved scenario of the ship roadmap, made by the shipyard in both worlds. */
  scenarioId: string;
  /** A risk of the ship roadmap and an agreed intervention of the radar maker against it, in both worlds. */
  riskId: string;
  interventionId: string;
  /** A capacity demand Defence published (about the magnet), in both worlds. */
  demandId: string;
  /** The supplier profiles of the magnet maker and the radar maker. */
  profiles: Record<'magneet' | 'radar', string>;
}

const one = async <T>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T> => {
  const [row] = await ds.query(sql, params);
  if (!row) throw new Error(`demo data lacks: ${sql}`);
  return row as T;
};

export async function demoPlaces(ds: DataSource): Promise<DemoPlaces> {
  const org = async (prefix: string) => (await one<{ id: string }>(ds, 'SELECT id FROM organisation WHERE name LIKE $1', [`${prefix}%`])).id;
  const organisations = {
    ez: await org('Ministerie van Economische'),
    defensie: await org('Ministerie van Defensie'),
    nmo: await org('Nationaal Materialen'),
    werf: await org('Noordzee'),
    radar: await org('Delta Radar'),
    magneet: await org('Brabant'),
  };
  const user = async (email: string) => (await one<{ id: string }>(ds, 'SELECT id FROM app_user WHERE email = $1', [email])).id;
  const item = async (name: string) => (await one<{ id: string }>(ds, 'SELECT id FROM item WHERE name = $1', [name])).id;
  const magnetId = await item('Gesinterde NdFeB-magneet (N42SH)');
  const systemId = await item('Elektrische voortstuwing met permanentmagneetmotoren');
  return {
    productGroupId: (await one<{ id: string }>(ds, 'SELECT id FROM product_group ORDER BY name LIMIT 1')).id,
    roadmapId: (await one<{ id: string }>(ds, 'SELECT id FROM roadmap ORDER BY title LIMIT 1')).id,
    documentId: (await one<{ id: string }>(ds, 'SELECT id FROM document ORDER BY title LIMIT 1')).id,
    platformId: await item('ASW-fregat'),
    systemId,
    magnetId,
    cobaltId: await item('Kobaltmetaal'),
    visibleLinkId: (await one<{ id: string }>(ds, `SELECT id FROM supply_link WHERE item_id = $1 AND visibility = 'ROADMAP' ORDER BY id LIMIT 1`, [magnetId])).id,
    ownLinkId: (
      await one<{ id: string }>(ds, 'SELECT id FROM supply_link WHERE contributed_by_org_id = $1 ORDER BY id LIMIT 1', [organisations.magneet])
    ).id,
    edgeId: (await one<{ id: string }>(ds, 'SELECT id FROM composition WHERE child_id = $1 ORDER BY id LIMIT 1', [magnetId])).id,
    materialId: (await one<{ id: string }>(ds, `SELECT id FROM material WHERE symbol = 'Nd'`)).id,
    exportRestrictionId: (await one<{ id: string }>(ds, 'SELECT id FROM export_restriction ORDER BY id LIMIT 1')).id,
    organisations,
    users: { ez: await user('beleid@ez.example'), werf: await user('keten@werf.example'), magneet: await user('verkoop@magneet.example') },
    scenarioId: '5ce0a10c-0000-4000-8000-000000000001',
    riskId: '5ce0a10c-0000-4000-8000-000000000011',
    interventionId: '5ce0a10c-0000-4000-8000-000000000012',
    demandId: '5ce0a10c-0000-4000-8000-000000000021',
    profiles: {
      magneet: (await one<{ id: string }>(ds, 'SELECT id FROM supplier_profile WHERE organisation_id = $1', [organisations.magneet])).id,
      radar: (await one<{ id: string }>(ds, 'SELECT id FROM supplier_profile WHERE organisation_id = $1', [organisations.radar])).id,
    },
  };
}

/**
 * Data the observer may see, put into both worlds alike: a saved scenario of the ship roadmap by the
 * shipyard, live figures in the roadmap's document, and a risk with an agreed intervention of the
 * radar maker (whose confidential details world B adds).
 */
export async function addSharedFixtures(ds: DataSource, places: DemoPlaces): Promise<void> {
  await ds.query(
    `INSERT INTO scenario (id, roadmap_id, name, input, created_by, created_by_org_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      places.scenarioId,
      places.roadmapId,
      'China halveert neodymium',
      JSON.stringify({
        productGroupId: places.productGroupId,
        startDate: '2027-01-01',
        horizonMonths: 24,
        scope: 'GLOBAL',
        itemLimit: 100,
        events: [{ id: 'Nd-halvering', materialId: places.materialId, country: 'CN', cutFraction: 0.5, start: '2027-01-01', durationMonths: 12 }],
      }),
      places.users.werf,
      places.organisations.werf,
    ],
  );
  await ds.query(
    `INSERT INTO risk (id, roadmap_id, title, likelihood, impact, material_id, created_by_org_id) VALUES ($1, $2, 'Neodymium uit China', 4, 5, $3, $4)`,
    [places.riskId, places.roadmapId, places.materialId, places.organisations.ez],
  );
  await ds.query(
    `INSERT INTO intervention (id, roadmap_id, title, type, instrument, impact, effort, horizon, proposed_by_org_id, owner_org_id, owner_kind, status, due_date, deliverable)
     VALUES ($1, $2, 'Voorraad magneten bij de radarbouwer', 'STOCKPILING', 'COVENANT', 4, 2, 'SHORT', $3, $3, 'INDUSTRY', 'AGREED', '2027-06-30', 'Zes maanden voorraad')`,
    [places.interventionId, places.roadmapId, places.organisations.radar],
  );
  await ds.query(`INSERT INTO intervention_risk (intervention_id, risk_id) VALUES ($1, $2)`, [places.interventionId, places.riskId]);
  await ds.query(
    // A fixed uid: both worlds are prepared apart, and ids from before the run are compared as they are.
    `INSERT INTO intervention_event (uid, intervention_id, kind, from_status, to_status, actor_org_id)
     VALUES ('5ce0a10c-0000-4000-8000-000000000013', $1, 'STATUS', 'PROPOSED', 'AGREED', $2)`,
    [places.interventionId, places.organisations.ez],
  );
  // Capacity demand Defence published for the magnet: public to every platform user.
  await ds.query(
    `INSERT INTO capacity_demand (id, owner_org_id, title, capabilities, quantity, hours_per_month, window_start, window_end, required_certifications, item_id)
     VALUES ($1, $2, 'Magneetsamenstellingen', ARRAY['MAGNET_ASSEMBLY','ELECTRONICS_ASSEMBLY'], 20, 200, '2027-03-01', '2027-12-31', ARRAY['ISO_9001'], $3)`,
    [places.demandId, places.organisations.defensie, places.magnetId],
  );
  // Live figures in the visible document: its exports compute them on the chain each reader may see.
  await appendLiveFigures(ds, places.documentId, [
    { figure: 'dependencies', productGroupId: places.productGroupId, itemId: null, dependencyKind: null, limit: 50 },
    { figure: 'dependencies', productGroupId: null, itemId: places.platformId, dependencyKind: 'ITEM', limit: 20 },
    { figure: 'material', materialId: places.materialId },
    { figure: 'scenario', scenarioId: places.scenarioId },
  ]);
}

/**
 * Adds to world B what the observer may not see. `observerKind` decides what counts as hidden:
 * government observers read every roadmap, so for them no roadmap is added (its existence would be
 * visible), only what its participants keep.
 */
export async function addSecrets(ds: DataSource, places: DemoPlaces, observerKind: 'INDUSTRY' | 'GOVERNMENT'): Promise<DemoSecrets> {
  const { organisations: o } = places;
  const words = ['Geheime Leverancier Shenzhen', 'Geheim Kobalt Katanga', 'Gedeelde Leverancier Osaka', 'Geheime tussenmodule', 'Geheime magneetbehuizing'];
  const insertItem = async (name: string, kind: string, owner: string, sharedWith: string[] = []) =>
    (
      await one<{ id: string }>(
        ds,
        `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility, shared_with) VALUES ($1, $2, $3, $4, 'OWNER', $5) RETURNING id`,
        [places.productGroupId, kind, name, owner, sharedWith],
      )
    ).id;
  const edge = async (parent: string, child: string, quantity: number) =>
    (await one<{ id: string }>(ds, `INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, $3, 'pcs') RETURNING id`, [parent, child, quantity])).id;
  const link = async (itemId: string, by: string, supplier: string, country: string, share: number, visibility: string, sharedWith: string[] = []) =>
    (
      await one<{ id: string }>(
        ds,
        `INSERT INTO supply_link (item_id, supplier_name, country, share, tier, lead_time_weeks, stock_months, single_source, visibility, shared_with, contributed_by_org_id)
         VALUES ($1, $2, $3, $4, 2, 40, 1, true, $5, $6, $7) RETURNING id`,
        [itemId, supplier, country, share, visibility, sharedWith, by],
      )
    ).id;

  // Hidden items between visible ones.
  const module = await insertItem('Geheime tussenmodule', 'COMPONENT', o.werf);
  const housing = await insertItem('Geheime magneetbehuizing', 'COMPONENT', o.werf, [o.radar]);
  const compositions = [await edge(places.systemId, module, 1), await edge(module, places.magnetId, 2), await edge(housing, places.cobaltId, 3)];
  await ds.query(`INSERT INTO item_material (item_id, material_id, quantity_kg) VALUES ($1, $2, 7.5)`, [module, places.materialId]);

  // Supply links of other organisations, never more than two hidden ones per item counting the demo's
  // own secrets (an aggregate combines 3 or more: that is declassified on purpose, tested elsewhere).
  const supplyLinks = [
    await link(places.magnetId, o.radar, 'Geheime Leverancier Shenzhen', 'CN', 0.65, 'OWNER'),
    await link(places.cobaltId, o.werf, 'Geheim Kobalt Katanga', 'CD', 0.9, 'OWNER'),
    await link(places.magnetId, o.radar, 'Gedeelde Leverancier Osaka', 'JP', 0.2, 'OWNER', [o.werf]),
    await link(module, o.werf, 'Geheime Leverancier Shenzhen', 'CN', 1, 'OWNER'),
  ];
  if (observerKind === 'INDUSTRY') supplyLinks.push(await link(places.cobaltId, o.radar, 'Geheim Kobalt Katanga', 'CD', 0.5, 'GOVERNMENT'));

  const users = [
    (
      await one<{ id: string }>(
        ds,
        `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
         SELECT 'geheim@werf.example', 'Geheime Gebruiker', 'EDITOR', $1, password_hash FROM app_user WHERE email = 'keten@werf.example' RETURNING id`,
        [o.werf],
      )
    ).id,
  ];

  // An event on a hidden item in a saved scenario the observer reads.
  await ds.query(
    `UPDATE scenario SET input = jsonb_set(input, '{events}', input->'events' || $2::jsonb) WHERE id = $1`,
    [places.scenarioId, JSON.stringify([{ id: 'Geheime tussenmodule valt uit', itemId: module, country: null, cutFraction: 1, start: '2027-03-01', durationMonths: 6 }])],
  );

  // The radar maker's confidential details of its visible intervention: for government only when the
  // observer is a company, for itself only when the observer is government.
  await ds.query(`UPDATE intervention SET details = 'Geheime voorraad 1.200 kg NdFeB', details_visibility = $2, details_org_id = $3 WHERE id = $1`, [
    places.interventionId,
    observerKind === 'INDUSTRY' ? 'GOVERNMENT' : 'OWNER',
    o.radar,
  ]);
  words.push('Geheime voorraad');

  const secrets: DemoSecrets = {
    hidden: { items: [module, housing], supplyLinks, compositions, roadmaps: [], documents: [], versions: [], scenarios: [], users, risks: [], interventions: [], responses: [] },
    words,
    hiddenDependencyKey: `${places.platformId}|ITEM|${module}`,
  };
  if (observerKind === 'INDUSTRY') {
    // The radar maker's response to the visible demand (for government and itself only), and what its
    // profile holds in the parts it keeps for government (certifications, capacity, description).
    const response = (
      await one<{ id: string }>(
        ds,
        `INSERT INTO demand_response (demand_id, organisation_id, profile_id, hours_per_month, available_from, message)
         VALUES ($1, $2, $3, 450, '2027-02-01', 'Geheim aanbod van de radarbouwer') RETURNING id`,
        [places.demandId, o.radar, places.profiles.radar],
      )
    ).id;
    await ds.query(
      `UPDATE supplier_profile SET description = 'Geheime radarbeschrijving', certifications = certifications || ARRAY['NADCAP','EN_9100'],
              capacity_hours_per_month = 9000, capacity_from = '2026-12-01' WHERE id = $1`,
      [places.profiles.radar],
    );
    secrets.hidden.responses.push(response);
    secrets.words.push('Geheim aanbod', 'Geheime radarbeschrijving');
    // Government's candidate suppliers for the visible intervention, the observer's own profile among
    // them: a company must not learn whether it (or anyone) is a candidate.
    await ds.query(`INSERT INTO intervention_candidate (intervention_id, profile_id, added_by_org_id) VALUES ($1, $2, $3), ($1, $4, $5)`, [
      places.interventionId,
      places.profiles.magneet,
      o.defensie,
      places.profiles.radar,
      o.ez,
    ]);
    // A second roadmap of the product group, without the observer.
    const roadmap = (
      await one<{ id: string }>(ds, `INSERT INTO roadmap (product_group_id, title, phase) VALUES ($1, 'Geheime routekaart', 'SCOPING') RETURNING id`, [
        places.productGroupId,
      ])
    ).id;
    await ds.query(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, 'LEAD'), ($1, $3, 'MEMBER')`, [roadmap, o.werf, o.defensie]);
    const document = (await one<{ id: string }>(ds, `INSERT INTO document (roadmap_id, title) VALUES ($1, 'Geheim plan') RETURNING id`, [roadmap])).id;
    const version = (
      await one<{ id: string }>(ds, `INSERT INTO document_version (document_id, name, state) VALUES ($1, 'Geheime versie', '\\x0000') RETURNING id`, [document])
    ).id;
    const scenario = (
      await one<{ id: string }>(
        ds,
        `INSERT INTO scenario (roadmap_id, name, input, created_by_org_id) SELECT $1, 'Geheim scenario', input, $2 FROM scenario WHERE id = $3 RETURNING id`,
        [roadmap, o.werf, places.scenarioId],
      )
    ).id;
    const work = await addRoadmapWork(ds, roadmap, o.werf);
    await ds.query(`INSERT INTO intervention_candidate (intervention_id, profile_id, added_by_org_id) VALUES ($1, $2, $3)`, [work.interventionId, places.profiles.magneet, o.defensie]);
    secrets.hidden.roadmaps.push(roadmap);
    secrets.hidden.documents.push(document);
    secrets.hidden.versions.push(version);
    secrets.hidden.scenarios.push(scenario);
    secrets.hidden.risks.push(work.riskId);
    secrets.hidden.interventions.push(work.interventionId);
    secrets.words.push('Geheime routekaart', 'Geheim plan', 'Geheim scenario', ...work.words);
  }
  return secrets;
}

/**
 * A risk and an intervention (with its history and feed entries) in a roadmap the observer does not
 * take part in, written as `organisationId`.
 */
export async function addRoadmapWork(ds: DataSource, roadmapId: string, organisationId: string): Promise<{ riskId: string; interventionId: string; words: string[] }> {
  const riskId = (
    await one<{ id: string }>(
      ds,
      `INSERT INTO risk (roadmap_id, title, rationale, likelihood, impact, created_by_org_id) VALUES ($1, 'Geheim risico', 'Geheime onderbouwing', 5, 5, $2) RETURNING id`,
      [roadmapId, organisationId],
    )
  ).id;
  const interventionId = (
    await one<{ id: string }>(
      ds,
      `INSERT INTO intervention (roadmap_id, title, type, impact, effort, horizon, proposed_by_org_id, owner_org_id) VALUES ($1, 'Geheime maatregel', 'STOCKPILING', 5, 1, 'SHORT', $2, $2) RETURNING id`,
      [roadmapId, organisationId],
    )
  ).id;
  await ds.query(`INSERT INTO intervention_risk (intervention_id, risk_id) VALUES ($1, $2)`, [interventionId, riskId]);
  await ds.query(`INSERT INTO intervention_event (intervention_id, kind, to_status, actor_org_id) VALUES ($1, 'STATUS', 'PROPOSED', $2)`, [interventionId, organisationId]);
  await ds.query(
    `INSERT INTO roadmap_activity (roadmap_id, actor_org_id, kind, subject_type, subject_id, title)
     VALUES ($1, $2, 'RISK_CREATED', 'RISK', $3, 'Geheim risico'), ($1, $2, 'INTERVENTION_PROPOSED', 'INTERVENTION', $4, 'Geheime maatregel')`,
    [roadmapId, organisationId, riskId, interventionId],
  );
  return { riskId, interventionId, words: ['Geheim risico', 'Geheime onderbouwing', 'Geheime maatregel'] };
}

/** An id no world has. */
export const UNKNOWN_ID = randomUUID();
