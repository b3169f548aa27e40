import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { expect } from 'vitest';
import { addSecrets, addSharedFixtures, demoPlaces, type DemoPlaces, type DemoSecrets } from './demo-secrets';
import { entityOf, sweepOperations, type Pools } from './schema-sweep';
import { startTwinWorlds, type TwinWorlds } from './twin-worlds';

// What the noninterference specs share: the schema sweep (access/noninterference-sweep.spec.ts runs
// the industry user's, which takes longest, beside the explicit cases of noninterference.spec.ts)
// and the worlds of the industry user that both files start.

const SCHEMA: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

/** Both answers around their first difference, short enough to read. */
export function difference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 300);
  return `from character ${i}\n    without the secrets: …${a.slice(from, i + 500)}\n    with the secrets:    …${b.slice(from, i + 500)}`;
}

/** Comment threads and comments on a hidden document (world B only). */
export interface HiddenComments {
  threads: string[];
  comments: string[];
}

/** Argument values for the sweep: ids of visible records first, then of hidden ones (world B only). */
export function poolsFor(places: DemoPlaces, secrets: DemoSecrets, comments: HiddenComments = { threads: [], comments: [] }): Pools {
  return {
    ids: {
      thread: [...comments.threads],
      comment: [...comments.comments],
      item: [places.magnetId, places.cobaltId, ...secrets.hidden.items],
      supplyLink: [places.visibleLinkId, ...secrets.hidden.supplyLinks],
      composition: [places.edgeId, ...secrets.hidden.compositions],
      material: [places.materialId],
      productGroup: [places.productGroupId],
      roadmap: [places.roadmapId, ...secrets.hidden.roadmaps],
      document: [places.documentId, ...secrets.hidden.documents],
      version: [...secrets.hidden.versions],
      scenario: [places.scenarioId, ...secrets.hidden.scenarios],
      user: [places.users.magneet, ...secrets.hidden.users],
      organisation: [places.organisations.werf, places.organisations.radar],
      exportRestriction: [places.exportRestrictionId],
      risk: [places.riskId, ...secrets.hidden.risks],
      intervention: [places.interventionId, ...secrets.hidden.interventions],
      demand: [places.demandId],
      profile: [places.profiles.magneet, places.profiles.radar],
      response: [...secrets.hidden.responses],
    },
    strings: {
      email: ['geheim@werf.example', 'niemand@nergens.example'],
      password: ['een-verkeerd-wachtwoord'],
      search: ['Geheime Leverancier', 'Geheim'],
      key: [secrets.hiddenDependencyKey, `${places.platformId}|ITEM|${places.magnetId}`],
      dependencyKey: [`${places.platformId}|MATERIAL|${places.materialId}`, secrets.hiddenDependencyKey],
      dueDate: ['2027-12-31'],
      reviewDate: ['2027-12-31'],
      symbol: ['Nd'],
      country: ['CN'],
      name: ['Nieuwe naam'],
      activeOn: ['2027-01-01'],
      start: ['2027-01-01'],
      startDate: ['2027-01-01'],
      announcedOn: ['2024-01-01'],
      inForceFrom: ['2024-01-01'],
    },
  };
}

/**
 * Sends every operation the schema sweep makes to both worlds and asserts: no answer differs, no
 * secret word appears only with the secrets, every root field was asked, and every field that takes
 * an id of a kind with hidden records was asked with a hidden one.
 */
export async function sweep(w: TwinWorlds, pools: Pools, secrets: DemoSecrets, roots: ('query' | 'mutation')[], minDataShare = 1 / 5): Promise<void> {
  const queries = roots.includes('query') ? sweepOperations(SCHEMA, 'query', pools, { depth: 3, limit: 12 }) : [];
  const mutations = roots.includes('mutation') ? sweepOperations(SCHEMA, 'mutation', pools, { depth: 2, limit: 12 }) : [];
  // Deletions and the end of the session last, so the rest runs on the full data.
  const order = (field: string) => (field === 'logout' ? 2 : /^(delete|remove)/.test(field) ? 1 : 0);
  mutations.sort((x, y) => order(x.field) - order(y.field));
  const sent = [...queries, ...mutations];
  const differences: string[] = [];
  const leaks: string[] = [];
  let answeredWithData = 0;
  const timings: [number, string][] = [];
  for (const op of sent) {
    const t0 = performance.now();
    const answer = await w.ask(op.text, op.variables);
    timings.push([performance.now() - t0, op.field]);
    const [a, b] = [JSON.stringify(answer.a), JSON.stringify(answer.b)];
    if (a !== b) differences.push(`${op.field} ${JSON.stringify(op.variables)} ${difference(a, b)}`);
    for (const word of secrets.words) if (b.includes(word) && !a.includes(word)) leaks.push(`${op.field}: "${word}"`);
    if (a.includes('"data":{')) answeredWithData++;
  }
  if (process.env.SWEEP_TIMES) {
    const byField = new Map<string, number>();
    for (const [ms, f] of timings) byField.set(f, (byField.get(f) ?? 0) + ms);
    console.log(sent.length, [...byField].sort((x, y) => y[1] - x[1]).slice(0, 25).map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join('\n'));
  }
  expect(leaks).toEqual([]);
  expect(differences).toEqual([]);
  const roots2 = roots.map((r) => (r === 'query' ? SCHEMA.getQueryType()! : SCHEMA.getMutationType()!));
  const fields = roots2.flatMap((type) => Object.values(type.getFields()));
  expect(fields.filter((f) => !sent.some((op) => op.field === f.name)).map((f) => f.name)).toEqual([]);
  const hiddenIds = Object.values(secrets.hidden).flat();
  const takesHiddenKind = fields.filter((f) =>
    f.args.some((arg) => {
      const entity = /^\[?ID/.test(arg.type.toString()) ? entityOf(arg.name, f.name, pools) : null;
      return entity !== null && pools.ids[entity]!.some((id) => hiddenIds.includes(id));
    }),
  );
  const probed = new Set(sent.filter((op) => hiddenIds.some((id) => JSON.stringify(op.variables).includes(id))).map((op) => op.field));
  expect(takesHiddenKind.filter((f) => !probed.has(f.name)).map((f) => f.name)).toEqual([]);
  // The sweep reaches real data, not only refusals.
  expect(answeredWithData).toBeGreaterThan(sent.length * minDataShare);
}


/** The industry user's worlds: the magnet maker, with other companies' secrets and a discussion on a hidden document in world B. */
export interface IndustryWorlds {
  w: TwinWorlds;
  places: DemoPlaces;
  secrets: DemoSecrets;
  hiddenComments: HiddenComments;
}

export async function startIndustryWorlds(): Promise<IndustryWorlds> {
  let places!: DemoPlaces;
  let secrets!: DemoSecrets;
  const hiddenComments: HiddenComments = { threads: [], comments: [] };
  const w = await startTwinWorlds({
    observer: 'verkoop@magneet.example',
    prepare: async (world) => {
      places = await demoPlaces(world.platform.dataSource);
      await addSharedFixtures(world.platform.dataSource, places);
    },
    hide: async (b) => {
      secrets = await addSecrets(b.platform.dataSource, places, 'INDUSTRY');
      // A discussion on the hidden roadmap's document.
      const ds = b.platform.dataSource;
      const [thread] = await ds.query(`INSERT INTO document_comment_thread (document_id, quote) VALUES ($1, 'Geheime passage') RETURNING id`, [secrets.hidden.documents[0]]);
      const [comment] = await ds.query(`INSERT INTO document_comment (thread_id, body) VALUES ($1, 'Geheim commentaar') RETURNING id`, [thread.id]);
      hiddenComments.threads.push(thread.id);
      hiddenComments.comments.push(comment.id);
      secrets.words.push('Geheime passage', 'Geheim commentaar');
    },
  });
  return { w, places, secrets, hiddenComments };
}
