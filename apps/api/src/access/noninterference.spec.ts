import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_PROFILE_COLUMNS } from '@routekaart/domain';
import { xlsxBase64 } from '../common/spreadsheet';
import { openEditor, waitFor, within } from '../testing/collab-client';
import { addRoadmapWork, addSecrets, addSharedFixtures, demoPlaces, UNKNOWN_ID, type DemoPlaces, type DemoSecrets } from '../testing/noninterference/demo-secrets';
import { difference, poolsFor, startIndustryWorlds, sweep, type HiddenComments } from '../testing/noninterference/sweep';
import { startTwinWorlds, subscribeIn, type TwinAnswer, type TwinWorlds } from '../testing/noninterference/twin-worlds';
import { appendLiveFigures } from '../testing/live-figure-fixtures';

/**
 * NONINTERFERENCE (DESIGN.md §5): what a user gets back — data, errors, counts, aggregates,
 * validation messages, exports, subscription events, socket messages — is the same whether or not
 * data it may not see exists. Two worlds that differ only in what other organisations keep from the
 * observer (testing/noninterference/demo-secrets.ts); the observer sends the same requests to both;
 * the answers must be identical after normalising what was made during the run.
 *
 * 1. explicit cases for the answers that must look at hidden data: write validations, aggregates,
 *    cycle and delete errors, exports, saved scenarios, documents, subscriptions, the socket;
 * 2. a sweep of every query and mutation of the schema with ids of visible and hidden records
 *    (testing/noninterference/sweep.ts; the industry user's, the longest, runs in
 *    noninterference-sweep.spec.ts so that the two files run side by side).
 */

/** Fails with both answers when they differ. */
function same(answer: TwinAnswer, what: string): void {
  const a = JSON.stringify(answer.a);
  const b = JSON.stringify(answer.b);
  if (a !== b) expect.fail(`${what} differs ${difference(a, b)}`);
}

/** The body's data, asserting it had no errors. */
function data<T>(answer: TwinAnswer): T {
  const body = answer.a.body as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const SUPPLY_LINK = 'mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id itemId share country supplierName visibility } }';
const UPDATE_LINK = 'mutation($id: ID!, $i: SupplyLinkInput!) { updateSupplyLink(id: $id, input: $i) { id share } }';
const CREATE_ITEM = 'mutation($i: CreateItemInput!) { createItem(input: $i) { id name owner { name } } }';
const ADD = 'mutation($i: AddCompositionInput!) { addComposition(input: $i) { id quantity } }';
const AGGREGATES = `query($id: ID!) { item(id: $id) { supplyCountries { includesOthers contributors countries { country share } }
  supplierConcentration { includesOthers concentration { hhi band coverage shares { country share } } } } }`;

describe('noninterference for an industry user (the magnet maker) against what other companies keep to themselves', () => {
  let w: TwinWorlds;
  let places: DemoPlaces;
  let secrets: DemoSecrets;
  let hiddenComments: HiddenComments;
  /** Runs something as another organisation in world B only: a hidden act. */
  const inB = async (email: string, query: string, variables: Record<string, unknown>) => {
    const res = await w.b.gql<Record<string, { id: string }>>(query, variables, await w.b.login(email));
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return Object.values(res.data!)[0]!;
  };

  /** The id of an item made during the run, in each world (ids differ; names do not). */
  const idsByName = async (name: string) => {
    const id = async (t: TwinWorlds['a']) => (await t.platform.dataSource.query('SELECT id FROM item WHERE name = $1', [name]))[0].id as string;
    return { a: await id(w.a), b: await id(w.b) };
  };

  beforeAll(async () => {
    ({ w, places, secrets, hiddenComments } = await startIndustryWorlds());
  }, 120_000);
  afterAll(async () => w?.close());

  it('world B holds the secrets, world A does not', async () => {
    const count = async (ds: TwinWorlds['a']) => (await ds.platform.dataSource.query(`SELECT count(*)::int AS n FROM item WHERE id = ANY($1::uuid[])`, [secrets.hidden.items]))[0].n;
    expect(await count(w.a)).toBe(0);
    expect(await count(w.b)).toBe(secrets.hidden.items.length);
  });

  it('validates share totals over the links the asker may see: the hidden sum never decides', async () => {
    // The cobalt carries a hidden 90% and 20% in world B; the magnet maker's own 40% link is all it sees.
    const cobaltLinks = 'query($id: ID) { supplyLinks(itemId: $id, first: 50) { totalCount nodes { share country supplierName } } }';
    same(await w.ask(cobaltLinks, { id: places.cobaltId }), 'the links of the cobalt');
    for (const share of [0.3, 0.55, 0.7, 1]) {
      same(await w.ask(SUPPLY_LINK, { i: { itemId: places.cobaltId, supplierName: `Eigen leverancier ${share}`, country: 'BE', share, visibility: 'OWNER' } }), `a new link of ${share}`);
    }
    const made = data<{ createSupplyLink: { id: string } }>(
      await w.ask(SUPPLY_LINK, { i: { itemId: places.magnetId, supplierName: 'Eigen magneetleverancier', country: 'DE', share: 0.1, visibility: 'ROADMAP' } }),
    );
    for (const share of [0.2, 0.5, 0.65, 0.66, 0.9]) {
      same(await w.ask(UPDATE_LINK, { id: made.createSupplyLink.id, i: { share } }), `changing the share to ${share}`);
    }
  });

  it('shows aggregates over hidden links of fewer than 3 organisations as if they did not exist, also after the asker adds its own empty link', async () => {
    for (const id of [places.cobaltId, places.magnetId, places.systemId]) same(await w.ask(AGGREGATES, { id }), `the aggregates of ${id}`);
    same(await w.ask(SUPPLY_LINK, { i: { itemId: places.cobaltId, supplierName: 'Lege schakel', visibility: 'OWNER' } }), 'an empty link');
    same(await w.ask(AGGREGATES, { id: places.cobaltId }), 'the aggregates after an empty link');
  });

  it('refuses cycles only for what the asker sees: a cycle through a hidden assembly is not an error, a visible one names visible parts', async () => {
    const item = async (name: string) => {
      same(await w.ask(CREATE_ITEM, { i: { productGroupId: places.productGroupId, kind: 'COMPONENT', name, visibility: 'ROADMAP' } }), `creating ${name}`);
      return idsByName(name);
    };
    const z = await item('Magneetrotor');
    // World B: the shipyard builds the rotor into a hidden assembly inside one of its visible systems.
    const hiddenAssembly = await inB('keten@werf.example', CREATE_ITEM, { i: { productGroupId: places.productGroupId, kind: 'COMPONENT', name: 'Geheime rotorkast', visibility: 'OWNER' } });
    await inB('keten@werf.example', ADD, { i: { parentId: hiddenAssembly.id, childId: z.b, quantity: 1, unit: 'pcs' } });
    await inB('keten@werf.example', ADD, { i: { parentId: places.systemId, childId: hiddenAssembly.id, quantity: 1, unit: 'pcs' } });
    // The magnet maker puts the shipyard's system into its rotor: a cycle in world B, through the hidden assembly.
    const add = async (parent: { a: string; b: string }, child: { a: string; b: string }, what: string) => {
      const inA = await w.a.gql(ADD, { i: { parentId: parent.a, childId: child.a, quantity: 1, unit: 'pcs' } }, w.tokens.a);
      const inB2 = await w.b.gql(ADD, { i: { parentId: parent.b, childId: child.b, quantity: 1, unit: 'pcs' } }, w.tokens.b);
      same({ a: { status: inA.status, body: w.normalise('a', { data: inA.data, errors: inA.errors }) }, b: { status: inB2.status, body: w.normalise('b', { data: inB2.data, errors: inB2.errors }) } }, what);
      return inA;
    };
    const system = { a: places.systemId, b: places.systemId };
    expect((await add(z, system, 'closing a cycle nobody sees whole')).errors).toBeUndefined();
    // Readers stop at the repeat: the explosion and where-used answer as in world A.
    same(await w.ask('query($id: ID!) { item(id: $id) { explosion(maxDepth: 20) { depth quantity item { id name } } usedIn { id } } }', { id: places.systemId }), 'the explosion after the cycle');
    // A cycle the asker sees whole is refused, naming only what it sees.
    const inner = await item('Rotorlamel');
    await add(inner, z, 'putting the lamination into the rotor');
    const refused = await add(z, inner, 'closing a visible cycle');
    expect(refused.errors![0]!.message).toMatch(/would create a cycle: Magneetrotor → Rotorlamel → Magneetrotor/);
  });

  it('counts only assemblies the asker sees when refusing a deletion, and deletes a part used only where it cannot see', async () => {
    // The cobalt is in one visible alloy (and, in world B, a hidden housing).
    same(await w.ask('mutation($id: ID!) { deleteItem(id: $id) }', { id: places.cobaltId }), 'deleting the cobalt');
    same(await w.ask(CREATE_ITEM, { i: { productGroupId: places.productGroupId, kind: 'COMPONENT', name: 'Losse magneetplaat', visibility: 'ROADMAP' } }), 'creating a plate');
    const { a: idA, b: idB } = await idsByName('Losse magneetplaat');
    const housing = await inB('keten@werf.example', CREATE_ITEM, { i: { productGroupId: places.productGroupId, kind: 'COMPONENT', name: 'Geheime plaathouder', visibility: 'OWNER' } });
    await inB('keten@werf.example', ADD, { i: { parentId: housing.id, childId: idB, quantity: 4, unit: 'pcs' } });
    const inA = await w.a.gql('mutation($id: ID!) { deleteItem(id: $id) }', { id: idA }, w.tokens.a);
    const inB2 = await w.b.gql('mutation($id: ID!) { deleteItem(id: $id) }', { id: idB }, w.tokens.b);
    expect(inA).toEqual({ status: 200, data: { deleteItem: true }, errors: undefined });
    expect(inB2).toEqual(inA);
    // The shipyard learns it in its own audit trail; its housing lost the part.
    const [audit] = await w.b.platform.dataSource.query(
      `SELECT actor_user_id, actor_organisation_id, changes FROM audit_event WHERE action = 'composition.delete' AND changes->>'childId' = $1`,
      [idB],
    );
    expect(audit).toMatchObject({ actor_user_id: null, actor_organisation_id: places.organisations.werf, changes: { parentId: housing.id } });
  });

  it('exports, lists and searches exactly the same', async () => {
    for (const format of ['XLSX', 'CSV']) {
      same(await w.ask('mutation($g: ID!, $f: ChainDataExportFormat) { exportSupplyLinks(productGroupId: $g, format: $f) { filename contentType rows base64 } }', { g: places.productGroupId, f: format }), `the ${format} export`);
    }
    for (const search of ['Geheim', 'Leverancier', 'Shenzhen']) {
      same(await w.ask('query($q: String) { supplyLinks(search: $q, first: 50) { totalCount nodes { id supplierName } } }', { q: search }), `searching ${search}`);
    }
    same(await w.ask('query($g: ID) { supplyLinks(productGroupId: $g, first: 200) { totalCount nodes { id itemId share country } } }', { g: places.productGroupId }), 'all links of the product group');
    same(await w.ask('query($g: ID!) { productGroup(id: $g) { items(first: 200) { totalCount nodes { id name owner { id } } } } }', { g: places.productGroupId }), 'all items');
    for (const id of [places.magnetId, places.cobaltId, ...secrets.hidden.items]) {
      same(await w.ask('query($id: ID) { whereUsed(itemId: $id) { id name } }', { id }), `where ${id} is used`);
    }
  });

  it('exports a document alike: live figures on the chain it may see, and a hidden record shown like a missing one', async () => {
    // The shared fixtures put visible figures in the document; these name records of world B only.
    for (const world of [w.a, w.b]) {
      await appendLiveFigures(world.platform.dataSource, places.documentId, [
        { figure: 'dependencies', productGroupId: null, itemId: secrets.hidden.items[0]!, dependencyKind: null, limit: 10 },
        { figure: 'scenario', scenarioId: secrets.hidden.scenarios[0]! },
        { figure: 'dependencies', productGroupId: null, itemId: places.systemId, dependencyKind: null, limit: 50 },
      ]);
    }
    const exportDocument = 'mutation($id: ID!, $f: DocumentExportFormat!) { exportDocument(documentId: $id, format: $f) { filename contentType contentBase64 } }';
    for (const f of ['MARKDOWN', 'PDF', 'DOCX']) same(await w.ask(exportDocument, { id: places.documentId, f }), `the ${f} export`);
    // Compared as text (the harness decodes exported files): the figures are there, the hidden ones say so.
    const markdown = data<{ exportDocument: { contentBase64: string } }>(await w.ask(exportDocument, { id: places.documentId, f: 'MARKDOWN' })).exportDocument.contentBase64;
    expect(markdown).toContain('Afhankelijkheden: Militaire schepen');
    expect(markdown.match(/Dit figuur is niet zichtbaar voor u\./g)).toHaveLength(2);
  });

  it('shows a saved scenario without the events on parts the reader may not see', async () => {
    const q = `query($id: ID!) { savedScenario(id: $id) { name input { events { id country cutPercent start item { id } material { symbol } } }
      result { warnings events { id } platforms { firstShortfall worstAvailability } shortItemCount } } }`;
    same(await w.ask(q, { id: places.scenarioId }), 'the saved scenario');
    same(await w.ask('query($r: ID!) { roadmap(id: $r) { scenarios { id name input { events { id } } } } }', { r: places.roadmapId }), "the roadmap's scenarios");
  });

  it('answers for documents, versions and roadmaps it does not take part in as for ones that do not exist', async () => {
    for (const id of [...secrets.hidden.documents, UNKNOWN_ID]) {
      same(await w.ask('query($id: ID!) { document(id: $id) { id title } }', { id }), 'a document by id');
      same(await w.ask('query($id: ID!) { documentVersions(documentId: $id) { id } }', { id }), 'its versions');
      same(await w.ask('mutation($id: ID!) { renameDocument(id: $id, title: "Nieuw") { id } }', { id }), 'renaming it');
    }
    for (const id of [...secrets.hidden.roadmaps, UNKNOWN_ID]) {
      same(await w.ask('query($id: ID!) { roadmap(id: $id) { id title participants { role } documents { id } } }', { id }), 'a roadmap by id');
      same(await w.ask('query($id: ID!) { documents(roadmapId: $id) { id } }', { id }), 'its documents');
    }
    same(await w.ask('{ roadmaps { id title participants { role organisation { name } } documents { id title } } }'), 'the roadmaps');
  });

  it('answers for comments on a document it cannot read as for ones that do not exist, and streams only visible ones', async () => {
    for (const id of [...secrets.hidden.documents, UNKNOWN_ID]) {
      same(await w.ask('query($id: ID!) { documentCommentThreads(documentId: $id) { id quote } }', { id }), 'the threads of a document');
      same(await w.ask('mutation($id: ID!) { startCommentThread(documentId: $id, quote: "q", body: "b") { id } }', { id }), 'commenting on it');
      const refused = 'subscription($d: ID!) { documentCommentsChanged(documentId: $d) { threadId } }';
      const sub = { a: subscribeIn(w.a, w.tokens.a, refused, { d: id }), b: subscribeIn(w.b, w.tokens.b, refused, { d: id }) };
      try {
        await waitFor(() => sub.a.received.includes('complete') && sub.b.received.includes('complete'), 'both refusals');
        expect(sub.b.received).toEqual(sub.a.received);
      } finally {
        await Promise.all([sub.a.close(), sub.b.close()]);
      }
    }
    for (const id of [...hiddenComments.threads, UNKNOWN_ID]) {
      same(await w.ask('mutation($id: ID!) { replyToCommentThread(threadId: $id, body: "Hallo") { id } }', { id }), 'replying to a thread');
      same(await w.ask('mutation($id: ID!) { resolveCommentThread(threadId: $id) { id } }', { id }), 'resolving a thread');
      same(await w.ask('mutation($id: ID!) { reopenCommentThread(threadId: $id) { id } }', { id }), 'reopening a thread');
    }
    for (const id of [...hiddenComments.comments, UNKNOWN_ID]) {
      same(await w.ask('mutation($id: ID!) { editComment(commentId: $id, body: "Anders") { id } }', { id }), 'editing a comment');
      same(await w.ask('mutation($id: ID!) { deleteComment(commentId: $id) { id } }', { id }), 'deleting a comment');
    }
    // Live: a new comment on the hidden document never arrives; one on the visible document arrives alike.
    const query = 'subscription($d: ID!) { documentCommentsChanged(documentId: $d) { threadId thread { quote comments { body author { name organisationName } } } } }';
    const subA = subscribeIn(w.a, w.tokens.a, query, { d: places.documentId });
    const subB = subscribeIn(w.b, w.tokens.b, query, { d: places.documentId });
    try {
      await Promise.all([subA.started, subB.started]);
      const comment = (body: string) =>
        w.askAs('keten@werf.example', 'mutation($d: ID!, $b: String!) { startCommentThread(documentId: $d, quote: "Zichtbare passage", body: $b) { id } }', { d: places.documentId, b: body });
      // graphql-ws acknowledges before the subscription is registered: a first visible comment proves both are live.
      same(await comment('Eerste zichtbare opmerking'), 'a visible comment');
      await waitFor(() => subA.received.length >= 1 && subB.received.length >= 1, 'both subscribers to receive the first comment');
      await inB('keten@werf.example', 'mutation($d: ID!) { startCommentThread(documentId: $d, quote: "Geheime passage", body: "Geheim commentaar") { id } }', { d: secrets.hidden.documents[0] });
      // A sentinel after the hidden comment: once it is in, nothing else may have come.
      same(await comment('Laatste zichtbare opmerking'), 'a visible comment');
      await waitFor(() => subA.received.length >= 2 && subB.received.length >= 2, 'both subscribers to receive the last comment');
      expect(subB.received).toHaveLength(2);
      expect(w.normalise('b', subB.received)).toEqual(w.normalise('a', subA.received));
      expect(JSON.stringify(subB.received)).not.toContain('Geheim');
    } finally {
      await Promise.all([subA.close(), subB.close()]);
    }
  });

  it('closes the collaboration socket of a hidden document exactly as for an unknown one, and syncs a visible one alike', async () => {
    const closeOf = async (world: 'a' | 'b', id: string) => {
      const t = w[world];
      const editor = openEditor(t.baseUrl, id, { token: w.tokens[world] });
      try {
        return await within(editor.closed, 'the socket to close');
      } finally {
        editor.destroy();
      }
    };
    for (const id of secrets.hidden.documents) expect(await closeOf('b', id)).toEqual(await closeOf('a', id));
    const contentOf = async (world: 'a' | 'b') => {
      const editor = openEditor(w[world].baseUrl, places.documentId, { token: w.tokens[world], field: 'default' });
      try {
        await within(editor.synced, 'the visible document to sync');
        return Buffer.from((await import('yjs')).encodeStateAsUpdate(editor.doc)).toString('base64');
      } finally {
        editor.destroy();
      }
    };
    expect(await contentOf('b')).toBe(await contentOf('a'));
  });

  it('delivers the same subscription events: hidden changes never arrive, visible ones arrive alike', async () => {
    const query = 'subscription($g: ID!) { supplyLinkChanged(productGroupId: $g) { kind link { id itemId share country supplierName visibility } } }';
    const subA = subscribeIn(w.a, w.tokens.a, query, { g: places.productGroupId });
    const subB = subscribeIn(w.b, w.tokens.b, query, { g: places.productGroupId });
    try {
      await Promise.all([subA.started, subB.started]);
      await new Promise((r) => setTimeout(r, 200));
      // Hidden in world B only: an OWNER link of the shipyard, and a link on a hidden item.
      await inB('keten@werf.example', SUPPLY_LINK, { i: { itemId: places.magnetId, supplierName: 'Geheime Leverancier Shenzhen', country: 'CN', visibility: 'OWNER' } });
      await inB('keten@werf.example', SUPPLY_LINK, { i: { itemId: secrets.hidden.items[0], supplierName: 'Geheime Leverancier Shenzhen', country: 'CN', visibility: 'ROADMAP' } });
      // Visible in both: a ROADMAP link of the shipyard; then a sentinel, after which nothing else may have come.
      for (const supplierName of ['Zichtbare Leverancier', 'Laatste Leverancier']) {
        same(
          await w.askAs('keten@werf.example', SUPPLY_LINK, { i: { itemId: places.magnetId, supplierName, country: 'DE', visibility: 'ROADMAP' } }),
          'a visible change',
        );
      }
      await waitFor(() => subA.received.length >= 2 && subB.received.length >= 2, 'both subscribers to receive the two visible changes');
      expect(w.normalise('b', subB.received)).toEqual(w.normalise('a', subA.received));
    } finally {
      await Promise.all([subA.close(), subB.close()]);
    }
  });

  it('answers who will see a contribution the same way (the hidden roadmap and its participants stay unnamed)', async () => {
    for (const visibility of ['OWNER', 'GOVERNMENT', 'ROADMAP']) {
      same(
        await w.ask('query($i: ID!, $v: Visibility!, $s: [ID!]) { contributionAudience(itemId: $i, visibility: $v, sharedWith: $s) { seeEverything { name } seeFigures { name } } }', {
          i: places.magnetId,
          v: visibility,
          s: [places.organisations.radar],
        }),
        `the audience of a ${visibility} link`,
      );
    }
  });

  it("shows the observer's own links with their audience, and as each organisation reads them, the same way (participants of the hidden roadmap stay unnamed)", async () => {
    same(
      await w.ask('query($g: ID) { supplyLinks(productGroupId: $g, mine: true, first: 50) { nodes { id visibility audience { seeEverything { name } seeFigures { name } } } } }', {
        g: places.productGroupId,
      }),
      'the audience of my links',
    );
    for (const organisation of Object.values(places.organisations)) {
      same(
        await w.ask(
          `query($o: ID!, $g: ID!) { myContributionsAsSeenBy(organisationId: $o, productGroupId: $g) { linkCount itemCount
             links { itemName hiddenFields link { id supplierName contributedBy { name } } } items { hiddenFields item { id name owner { name } } } } }`,
          { o: organisation, g: places.productGroupId },
        ),
        `my contributions as ${organisation} reads them`,
      );
    }
  });

  it("shows another company's intervention without its government-only details exactly as one without any", async () => {
    const INTERVENTION = `id title status details detailsVisibility canUpdate canDecide allowedTransitions owner { name }
      risks { id title evidence { score } liveScore } history { kind fromStatus toStatus actor { organisationName } }`;
    same(await w.ask(`query($id: ID!) { intervention(id: $id) { ${INTERVENTION} updatedAt } }`, { id: places.interventionId }), 'the intervention');
    same(await w.ask(`query($r: ID!) { interventions(roadmapId: $r) { ${INTERVENTION} } }`, { r: places.roadmapId }), 'the interventions');
    same(await w.ask(`query($r: ID!) { agreements(roadmapId: $r) { intervention { id details detailsVisibility } responsible { name } dueDate overdue } }`, { r: places.roadmapId }), 'the agreements');
    for (const format of ['CSV', 'XLSX']) {
      same(await w.ask('mutation($r: ID!, $f: AgreementExportFormat!) { exportAgreements(roadmapId: $r, format: $f) { filename contentType base64 } }', { r: places.roadmapId, f: format }), `the ${format} export`);
    }
    // Writing them is decided on what everyone sees: it is the radar maker's intervention.
    same(await w.ask('mutation($id: ID!) { setInterventionDetails(id: $id, details: "Mijn voorraad", visibility: OWNER) { details } }', { id: places.interventionId }), 'writing its details');
    same(await w.ask('mutation($id: ID!) { updateIntervention(id: $id, input: { details: "Mijn voorraad" }) { details } }', { id: places.interventionId }), 'updating its details');
    same(await w.ask('{ myActivity(first: 50) { id kind title roadmapTitle } }'), 'my activity');
  });

  it('raises and shows monitoring alerts, and lists series, as if a hidden item (with the material, or as the subject of a series) did not exist', async () => {
    // World B only: another company's own component, under a system the observer sees, made with hafnium.
    const ds = w.b.platform.dataSource;
    const [hafnium] = await ds.query(`SELECT id FROM material WHERE symbol = 'Hf'`);
    const [hidden] = await ds.query(
      `INSERT INTO item (product_group_id, kind, name, owner_org_id, visibility) VALUES ($1, 'COMPONENT', 'Geheime hafniumstaaf', $2, 'OWNER') RETURNING id`,
      [places.productGroupId, places.organisations.werf],
    );
    await ds.query(`INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, 1, 'pcs')`, [places.systemId, hidden.id]);
    await ds.query(`INSERT INTO item_material (item_id, material_id, quantity_kg) VALUES ($1, $2, 2)`, [hidden.id, hafnium.id]);
    // The knowledge institute publishes a hafnium series in both worlds, and it crosses its threshold.
    const analyst = 'analist@nmo.example';
    const created = await w.askAs(analyst, `mutation($m: ID!) { createMonitoringSeries(input: { name: "Hafniumprijs", subjectKind: MATERIAL, materialId: $m,
      indicator: PRICE, unit: "USD/kg", frequency: MONTHLY, source: "Test" }) { id } }`, { m: hafnium.id });
    expect(created.a.body).toEqual(created.b.body);
    const today = new Date().toISOString().slice(0, 10);
    for (const world of ['a', 'b'] as const) {
      const token = await w[world].login(analyst);
      const [{ id: s }] = await w[world].platform.dataSource.query(`SELECT id FROM monitoring_series WHERE name = 'Hafniumprijs'`);
      await w[world].gql('mutation($s: ID!) { createThreshold(seriesId: $s, input: { kind: ABOVE, value: 100, severity: CRITICAL }) { id } }', { s }, token);
      const added = await w[world].gql<{ addObservations: { alertsRaised: number } }>(
        'mutation($s: ID!, $d: String!) { addObservations(seriesId: $s, observations: [{ date: "2024-01-01", value: 90 }, { date: $d, value: 120 }]) { alertsRaised } }',
        { s, d: today },
        token,
      );
      expect(added.data!.addObservations.alertsRaised).toBe(1);
    }
    // The shipyard, which owns the hidden component, does get the alert in world B: the path is there.
    const yard = await w.b.gql<{ myAlerts: { series: { name: string } }[] }>('{ myAlerts { series { name } } }', {}, await w.b.login('keten@werf.example'));
    expect(yard.data!.myAlerts.map((a) => a.series.name)).toContain('Hafniumprijs');
    // World B also holds a series about the hidden module, with a crossing: the observer may not read the module.
    const [nmo] = await ds.query(`SELECT organisation_id AS id FROM app_user WHERE email = 'analist@nmo.example'`);
    const [itemSeries] = await ds.query(
      `INSERT INTO monitoring_series (subject_kind, item_id, indicator, name, unit, frequency, source, publisher_org_id)
       SELECT 'ITEM', i.id, 'LEAD_TIME', 'Levertijd geheime module', 'weken', 'MONTHLY', 'Test', $1 FROM item i WHERE i.name = 'Geheime tussenmodule' RETURNING id`,
      [nmo.id],
    );
    const [itemThreshold] = await ds.query(`INSERT INTO monitoring_threshold (series_id, kind, value, severity) VALUES ($1, 'ABOVE', 10, 'CRITICAL') RETURNING id`, [itemSeries.id]);
    await ds.query(`INSERT INTO monitoring_observation (series_id, observed_on, value) VALUES ($1, $2, 12)`, [itemSeries.id, today]);
    await ds.query(`INSERT INTO monitoring_alert (threshold_id, series_id, crossed_on, value, severity) VALUES ($1, $2, $3, 12, 'CRITICAL')`, [itemThreshold.id, itemSeries.id, today]);
    same(await w.ask('{ monitoringSeries { id name subjectKind itemId } }'), 'the series list');
    same(await w.ask('query($id: ID!) { monitoringSeriesById(id: $id) { id } }', { id: itemSeries.id }), 'the hidden item series by id');
    same(await w.ask('{ myAlerts(includeAcknowledged: true) { id date value severity series { name } roadmaps { id title } } }'), 'my alerts');
    same(await w.ask('query($r: ID!, $f: String!, $t: String!) { monitoringOverview(roadmapId: $r, from: $f, to: $t) { series { name } change { percent } alerts { id } } }', {
      r: places.roadmapId,
      f: '2024-01-01',
      t: today,
    }), 'the roadmap\'s monitoring overview');
  });

  it("answers disruption figures and signals as if another company's suppressed reports did not exist", async () => {
    // World B only: the shipyard's confidential reports on gallium and germanium — one or two companies, below the rule.
    const ds = w.b.platform.dataSource;
    for (const [symbol, startedOn, cause] of [
      ['Ga', '2026-09-01', 'GEOPOLITICAL'],
      ['Ga', '2026-09-15', 'NATURAL'],
      ['Ge', '2026-10-01', 'MALICIOUS'],
    ]) {
      await ds.query(
        `INSERT INTO disruption_report (reporting_org_id, material_id, started_on, delay_weeks, cause, measures)
         SELECT $1, m.id, $2, 9, $3, ARRAY['OTHER'] FROM material m WHERE m.symbol = $4`,
        [places.organisations.werf, startedOn, cause, symbol],
      );
    }
    const asked = 'query($b: DisruptionGrouping!) { disruptionAggregates(by: $b) { key reports organisations averageDelayWeeks averagePriceEffectPct includesOthers } }';
    for (const by of ['MATERIAL', 'CAUSE', 'MEASURE', 'QUARTER']) same(await w.ask(asked, { b: by }), `disruption figures by ${by}`);
    same(await w.ask('{ disruptionSignals { materialId quarter reports organisations includesOthers } }'), 'disruption signals');
    same(await w.ask('{ disruptionReports { id startedOn cause description reportingOrganisation { name } } }'), 'the readable reports');
    // The observer's own report on gallium: its own figure, whatever others reported.
    const [gallium] = await w.a.platform.dataSource.query(`SELECT id FROM material WHERE symbol = 'Ga'`);
    same(
      await w.ask('mutation($m: ID!) { reportDisruption(input: { materialId: $m, startedOn: "2026-09-20", delayWeeks: 3, cause: NATURAL, measures: [OWN_STOCK] }) { id cause } }', { m: gallium.id }),
      'reporting its own',
    );
    for (const by of ['MATERIAL', 'QUARTER']) same(await w.ask(asked, { b: by }), `disruption figures by ${by} with its own report`);
  });

  it("checks and plans a spreadsheet import as if others' hidden items, links and edges did not exist", async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const rows: Record<string, (string | number)[][]> = {
      Onderdelen: [['referentie', 'naam', 'soort', 'zichtbaarheid'], ['MAG-1', 'Magneetset', 'Component', 'Routekaart'], ['MAG-2', 'Magneetblok', 'Halffabricaat', 'Alleen eigen organisatie']],
      Samenstelling: [['ouder', 'kind', 'aantal'], ['MAG-1', 'MAG-2', 4], ['MAG-2', 'MAG-1', 1]],
      Leveranciers: [['referentie', 'onderdeel', 'leverancier', 'land', 'aandeel %', 'zichtbaarheid'], ['MAG-L1', 'MAG-2', 'Ningbo Magnets', 'CN', '80', 'Overheid'], ['MAG-L2', 'MAG-2', 'Tweede bron', 'JP', '30', 'Overheid']],
    };
    for (const [name, sheetRows] of Object.entries(rows)) {
      const sheet = book.addWorksheet(name);
      for (const row of sheetRows) sheet.addRow(row);
    }
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const REPORT = 'applied errors { sheet row column code params } items { create update unchanged } compositions { create } supplyLinks { create } changes { entity action label }';
    same(
      await w.ask(`mutation($g: ID!, $c: String!) { importChainData(productGroupId: $g, fileName: "data.xlsx", contentBase64: $c) { ${REPORT} } }`, { g: places.productGroupId, c: content }),
      'the dry run of an import with a cycle and a share total',
    );
  });

  it('answers for risks, interventions and the feed of a roadmap it does not take part in as for ones that do not exist', async () => {
    for (const id of [...secrets.hidden.risks, UNKNOWN_ID]) {
      same(await w.ask('query($id: ID!) { risk(id: $id) { id title } }', { id }), 'a risk by id');
      same(await w.ask('mutation($id: ID!) { updateRisk(id: $id, input: { title: "Anders" }) { id } }', { id }), 'changing it');
      same(await w.ask('mutation($id: ID!) { deleteRisk(id: $id) }', { id }), 'deleting it');
    }
    for (const id of [...secrets.hidden.interventions, UNKNOWN_ID]) {
      same(await w.ask('query($id: ID!) { intervention(id: $id) { id title } }', { id }), 'an intervention by id');
      same(await w.ask('mutation($id: ID!) { setInterventionStatus(id: $id, to: WITHDRAWN, reason: "weg") { id } }', { id }), 'moving it');
      same(await w.ask('mutation($id: ID!) { reportInterventionProgress(id: $id, progressPct: 50, note: "half") { id } }', { id }), 'reporting on it');
      same(await w.ask('mutation($id: ID!) { setAgreement(interventionId: $id, dueDate: "2030-01-01") { dueDate } }', { id }), 'agreeing on it');
    }
    for (const id of [...secrets.hidden.roadmaps, UNKNOWN_ID]) {
      same(await w.ask('query($id: ID!) { risks(roadmapId: $id) { id } }', { id }), 'its risks');
      same(await w.ask('query($id: ID!) { interventions(roadmapId: $id) { id } }', { id }), 'its interventions');
      same(await w.ask('query($id: ID!) { roadmapActivity(roadmapId: $id) { id } }', { id }), 'its feed');
      same(await w.ask('mutation($id: ID!) { createRisk(input: { roadmapId: $id, title: "Nieuw", likelihood: 2, impact: 2 }) { id } }', { id }), 'adding a risk to it');
      same(await w.ask('mutation($id: ID!) { proposeIntervention(input: { roadmapId: $id, title: "Nieuw", type: OTHER, impact: 2, effort: 2, horizon: SHORT }) { id } }', { id }), 'proposing in it');
      const refused = 'subscription($r: ID!) { roadmapActivityAdded(roadmapId: $r) { id } }';
      const sub = { a: subscribeIn(w.a, w.tokens.a, refused, { r: id }), b: subscribeIn(w.b, w.tokens.b, refused, { r: id }) };
      try {
        await waitFor(() => sub.a.received.includes('complete') && sub.b.received.includes('complete'), 'both refusals');
        expect(sub.b.received).toEqual(sub.a.received);
      } finally {
        await Promise.all([sub.a.close(), sub.b.close()]);
      }
    }
    // A risk recorded from a dependency carries the evidence every participant sees: the same in both worlds.
    const fromDependency = 'mutation($r: ID!, $k: String!) { createRiskFromDependency(roadmapId: $r, dependencyKey: $k) { title likelihood evidence { score factors { name value } targetName platformName } liveScore scoreChange } }';
    same(await w.ask(fromDependency, { r: places.roadmapId, k: `${places.platformId}|MATERIAL|${places.materialId}` }), 'a risk from a dependency the hidden module also carries');
    same(await w.ask(fromDependency, { r: places.roadmapId, k: secrets.hiddenDependencyKey }), 'a risk from a hidden dependency');
    same(await w.ask(`query($r: ID!) { risks(roadmapId: $r) { id title evidence { score } liveScore scoreChange interventions { id title status } } }`, { r: places.roadmapId }), 'the register');
  });

  it('streams the same activity: entries of a roadmap it does not take part in never arrive', async () => {
    const ENTRY = '{ kind subject title roadmapTitle from to note actor { name organisationName } }';
    const subs = {
      roadmap: { a: subscribeIn(w.a, w.tokens.a, `subscription($r: ID!) { roadmapActivityAdded(roadmapId: $r) ${ENTRY} }`, { r: places.roadmapId }), b: subscribeIn(w.b, w.tokens.b, `subscription($r: ID!) { roadmapActivityAdded(roadmapId: $r) ${ENTRY} }`, { r: places.roadmapId }) },
      mine: { a: subscribeIn(w.a, w.tokens.a, `subscription { myActivityAdded ${ENTRY} }`, {}), b: subscribeIn(w.b, w.tokens.b, `subscription { myActivityAdded ${ENTRY} }`, {}) },
    };
    const all = [subs.roadmap.a, subs.roadmap.b, subs.mine.a, subs.mine.b];
    const propose = (title: string) =>
      w.askAs('keten@werf.example', 'mutation($r: ID!, $t: String!) { proposeIntervention(input: { roadmapId: $r, title: $t, type: RECYCLING, impact: 3, effort: 3, horizon: LONG }) { id } }', {
        r: places.roadmapId,
        t: title,
      });
    try {
      await Promise.all(all.map((s) => s.started));
      // graphql-ws acknowledges before the subscription is registered: a first visible entry proves all are live.
      same(await propose('Eerste zichtbare maatregel'), 'a visible proposal');
      await waitFor(() => all.every((s) => s.received.length >= 1), 'every subscriber to receive the first entry');
      const hidden = await w.b.gql(
        'mutation($r: ID!) { proposeIntervention(input: { roadmapId: $r, title: "Geheime maatregel", type: STOCKPILING, impact: 5, effort: 1, horizon: SHORT }) { id } }',
        { r: secrets.hidden.roadmaps[0] },
        await w.b.login('keten@werf.example'),
      );
      expect(hidden.errors, JSON.stringify(hidden.errors)).toBeUndefined();
      // A sentinel after the hidden entry: once it is in, nothing else may have come.
      same(await propose('Laatste zichtbare maatregel'), 'a visible proposal');
      await waitFor(() => all.every((s) => s.received.length >= 2), 'every subscriber to receive the last entry');
      for (const pair of [subs.roadmap, subs.mine]) {
        expect(pair.b.received).toHaveLength(2);
        expect(w.normalise('b', pair.b.received)).toEqual(w.normalise('a', pair.a.received));
        expect(JSON.stringify(pair.b.received)).not.toContain('Geheim');
      }
    } finally {
      await Promise.all(all.map((s) => s.close()));
    }
  });

  it("ranks, matches and lists suppliers as if another company's response and the hidden parts of its profile held nothing", async () => {
    const PROFILE = 'id name capabilities kvkNumber certifications sectors clearance capacityHoursPerMonth capacityFrom description hiddenFromYou governmentOnly isOwn';
    same(await w.ask(`query($id: ID!) { supplierProfile(id: $id) { ${PROFILE} } }`, { id: places.profiles.radar }), "the radar maker's profile");
    same(await w.ask(`query($p: ID!) { similarSuppliers(profileId: $p, first: 20) { similarity shared profile { id } } }`, { p: places.profiles.magneet }), 'companies like the magnet maker');
    same(await w.ask(`query($p: ID!) { similarSuppliers(profileId: $p, first: 20) { similarity shared profile { id } } }`, { p: places.profiles.radar }), 'companies like the radar maker');
    same(await w.ask(`{ supplierProfiles(search: "Radar") { total profiles { ${PROFILE} } } }`), 'the directory');
    same(await w.ask('{ demandsForMe { score reasons { code values amount } gaps { code values amount } demand { id } myResponse { id message } } }'), 'the front door');
    same(await w.ask('query($id: ID!) { capacityDemand(id: $id) { id title itemId responses { message hoursPerMonth profile { name } } } }', { id: places.demandId }), 'the demand and its responses');
    same(
      await w.ask('mutation($d: ID!) { respondToDemand(demandId: $d, input: { hoursPerMonth: 100, availableFrom: "2027-03-01", message: "Wij doen mee" }) { id isOwn message } }', {
        d: places.demandId,
      }),
      'responding',
    );
    same(await w.ask('query($id: ID!) { capacityDemand(id: $id) { responses { message isOwn } } }', { id: places.demandId }), 'the responses after responding');
    same(await w.ask('query($d: ID!) { demandCandidates(demandId: $d) { score } }', { d: places.demandId }), 'ranked candidates (government only)');
    const CANDIDATES = 'candidateSuppliers { linkedAt profile { id } } atRiskItems { id name }';
    same(await w.ask(`query($id: ID!) { intervention(id: $id) { ${CANDIDATES} } }`, { id: places.interventionId }), "an intervention's candidate suppliers");
    same(await w.ask(`query($r: ID!) { interventions(roadmapId: $r) { id ${CANDIDATES} } }`, { r: places.roadmapId }), 'the candidates on the board');
    for (const mutation of ['linkInterventionCandidate', 'unlinkInterventionCandidate']) {
      for (const id of [places.interventionId, ...secrets.hidden.interventions]) {
        same(await w.ask(`mutation($i: ID!, $p: ID!) { ${mutation}(interventionId: $i, profileId: $p) { id } }`, { i: id, p: places.profiles.magneet }), `${mutation} on ${id}`);
      }
    }
  });

  // Its sweep of every query and mutation: noninterference-sweep.spec.ts, on worlds of its own.
});

describe('noninterference for a government user (EZ) against what participants and companies keep from it', () => {
  let w: TwinWorlds;
  let places: DemoPlaces;
  let secrets: DemoSecrets;
  /** A roadmap of the product group EZ does not take part in; government reads every roadmap, so it exists in both worlds. */
  let other: string;

  beforeAll(async () => {
    w = await startTwinWorlds({
      observer: 'beleid@ez.example',
      prepare: async (world) => {
        places = await demoPlaces(world.platform.dataSource);
        await addSharedFixtures(world.platform.dataSource, places);
        const [roadmap] = await world.platform.dataSource.query(
          `INSERT INTO roadmap (id, product_group_id, title, phase) VALUES ('5ce0a10c-0000-4000-8000-000000000002', $1, 'Tweede routekaart', 'SCOPING') RETURNING id`,
          [places.productGroupId],
        );
        other = roadmap.id;
        await world.platform.dataSource.query(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, 'LEAD')`, [other, places.organisations.defensie]);
      },
      hide: async (b) => {
        const ds = b.platform.dataSource;
        secrets = await addSecrets(ds, places, 'GOVERNMENT');
        // Who takes part in a roadmap, and its documents, are for its participants.
        await ds.query(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, 'MEMBER')`, [other, places.organisations.werf]);
        const [document] = await ds.query(`INSERT INTO document (roadmap_id, title) VALUES ($1, 'Geheim plan') RETURNING id`, [other]);
        secrets.hidden.documents.push(document.id);
        secrets.words.push('Geheim plan');
        // The risk register and interventions of a roadmap are for its participants, even to government.
        const work = await addRoadmapWork(ds, other, places.organisations.defensie);
        await ds.query(`INSERT INTO intervention_candidate (intervention_id, profile_id, added_by_org_id) VALUES ($1, $2, $3)`, [
          work.interventionId,
          places.profiles.radar,
          places.organisations.defensie,
        ]);
        secrets.hidden.risks.push(work.riskId);
        secrets.hidden.interventions.push(work.interventionId);
        secrets.words.push(...work.words);
      },
    });
  }, 120_000);
  afterAll(async () => w?.close());

  it("answers a change to another roadmap's participants alike, whether or not the organisation takes part", async () => {
    for (const organisationId of [places.organisations.werf, places.organisations.radar]) {
      same(await w.ask('mutation($r: ID!, $o: ID!) { removeParticipant(roadmapId: $r, organisationId: $o) }', { r: other, o: organisationId }), 'removing a participant');
      same(await w.ask('mutation($r: ID!, $o: ID!) { setParticipant(roadmapId: $r, organisationId: $o, role: OBSERVER) { role } }', { r: other, o: organisationId }), 'changing a role');
    }
    same(await w.ask('query($r: ID!) { roadmap(id: $r) { title participants { role organisation { name } } documents { title } scenarios { name } } }', { r: other }), 'the roadmap');
    for (const id of secrets.hidden.documents) same(await w.ask('query($id: ID!) { document(id: $id) { title } }', { id }), 'its document by id');
  });

  it('shows aggregates over OWNER links of companies as if they did not exist', async () => {
    for (const id of [places.cobaltId, places.magnetId, places.systemId]) same(await w.ask(AGGREGATES, { id }), `the aggregates of ${id}`);
  });

  it("ranks supplier candidates as if companies' hidden supply links (naming the item's current suppliers) did not exist", async () => {
    const CANDIDATE = 'score profile { id } reasons { code values amount } gaps { code values amount } response { message } shortlisted';
    same(await w.ask(`query($d: ID!) { demandCandidates(demandId: $d, first: 30) { ${CANDIDATE} } }`, { d: places.demandId }), 'candidates for the magnet demand');
    for (const id of [places.magnetId, places.cobaltId]) {
      same(await w.ask(`query($i: ID!) { itemCandidates(itemId: $i, capabilities: [MAGNET_ASSEMBLY], first: 30) { ${CANDIDATE} } }`, { i: id }), `candidates for item ${id}`);
    }
  });

  it('answers every query of the schema alike, with ids of visible, hidden and unknown records', async () => {
    await sweep(w, poolsFor(places, secrets), secrets, ['query']);
  }, 240_000);
});

describe('noninterference for a trade association (Metaalunie) against what companies keep from it', () => {
  let w: TwinWorlds;
  let places: DemoPlaces;
  let secrets: DemoSecrets;
  /** The radar maker's KvK number: in world B only, and kept for government there (world A: none). */
  const HIDDEN_KVK = '17234567';
  /** A file of member rows: one new company, one with the hidden number, one that keeps its own public profile. */
  let memberFile: string;

  beforeAll(async () => {
    const row = (kvk: string, name: string) =>
      MEMBER_PROFILE_COLUMNS.map((c) => ({ kvkNumber: kvk, name, province: 'Overijssel', sizeClass: 'klein', category: 'D', capabilities: 'kabelbomen' })[c.key] ?? '');
    memberFile = await xlsxBase64([
      {
        name: 'Leveranciers',
        header: MEMBER_PROFILE_COLUMNS.map((c) => c.header.nl),
        rows: [row('38000001', 'Nieuw Lid B.V.'), row(HIDDEN_KVK, 'Twents Kabelwerk B.V.'), row('16345678', 'Brabant Magneettechniek B.V.')],
      },
    ]);
    w = await startTwinWorlds({
      observer: 'leden@metaalunie.example',
      prepare: async (world) => {
        places = await demoPlaces(world.platform.dataSource);
        await addSharedFixtures(world.platform.dataSource, places);
        // The association keeps 20 of the demo profiles here, not some 1,900: its export stays small
        // enough for the harness to compare as text.
        await world.platform.dataSource.query(
          `UPDATE supplier_profile SET kept_by_org_id = NULL
           WHERE kept_by_org_id IS NOT NULL AND id NOT IN (SELECT id FROM supplier_profile WHERE kept_by_org_id IS NOT NULL ORDER BY kvk_number LIMIT 20)`,
        );
        // In both worlds the radar maker keeps its KvK number for government: the directory shows none.
        await world.platform.dataSource.query(`UPDATE supplier_profile SET kvk_number = NULL, government_only = array_append(government_only, 'KVK') WHERE id = $1`, [
          places.profiles.radar,
        ]);
      },
      hide: async (b) => {
        secrets = await addSecrets(b.platform.dataSource, places, 'INDUSTRY');
        // What the association may not see: the number behind it (world B only).
        await b.platform.dataSource.query(`UPDATE supplier_profile SET kvk_number = $2 WHERE id = $1`, [places.profiles.radar, HIDDEN_KVK]);
      },
    });
  }, 120_000);
  afterAll(async () => w?.close());

  it('plans, refuses and applies an import of member profiles as if a hidden KvK number did not exist', async () => {
    const REPORT = 'applied rows errors { sheet row column code params } profiles { create update unchanged } changes { row kvkNumber action fields }';
    const ask = (apply: boolean) =>
      w.ask(`mutation($c: String!, $a: Boolean!) { importMemberProfiles(fileName: "leden.xlsx", contentBase64: $c, apply: $a) { ${REPORT} } }`, { c: memberFile, a: apply });
    const dry = await ask(false);
    same(dry, 'the dry run');
    // The public number of a company with its own account is refused, the hidden one is not told apart from a new one.
    const report = data<{ importMemberProfiles: { errors: { row: number; code: string }[]; profiles: unknown } }>(dry).importMemberProfiles;
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[4, 'SELF_MANAGED']]);
    expect(report.profiles).toEqual({ create: 2, update: 0, unchanged: 0 });
    same(await ask(true), 'applying it (refused for the self-managed row)');
  });

  it('lists and exports the profiles it keeps alike, and answers the directory alike', async () => {
    same(await w.ask('{ memberProfiles(first: 20) { total profiles { id name kvkNumber certifications capacityHoursPerMonth governmentOnly hiddenFromYou } } }'), 'its kept profiles');
    same(await w.ask('mutation { exportMemberProfiles { filename contentType base64 } }'), 'the export of its kept profiles');
    same(await w.ask('query($id: ID!) { supplierProfile(id: $id) { id name kvkNumber hiddenFromYou } }', { id: places.profiles.radar }), "the radar maker's profile");
  });

  it('answers every query and mutation of the schema alike, with ids of visible, hidden and unknown records', async () => {
    const pools = poolsFor(places, secrets);
    // The association takes part in no roadmap (as a trade association would not), so every
    // roadmap-scoped answer is NOT_FOUND in both worlds: fewer answers carry data than for a participant.
    await sweep(w, { ...pools, strings: { ...pools.strings, fileName: ['leden.xlsx'], contentBase64: [memberFile] } }, secrets, ['query', 'mutation'], 1 / 7);
  }, 300_000);
});
