import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface Audience {
  seeEverything: { id: string }[];
  seeFigures: { id: string }[];
}

interface Link {
  id: string;
  itemId: string;
  country: string | null;
  share: number | null;
  tier: number | null;
  leadTimeWeeks: number | null;
  stockMonths: number | null;
  singleSource: boolean;
  visibility: string;
  supplierName: string | null;
  supplier: { id: string } | null;
  sharedWith: { id: string }[] | null;
  contributedBy: { id: string } | null;
  audience: Audience | null;
}

const LINK = 'id itemId country share tier leadTimeWeeks stockMonths singleSource visibility supplierName supplier { id } sharedWith { id } contributedBy { id }';
const ids = (orgs: { id: string }[]) => orgs.map((o) => o.id).sort();

/**
 * "Who sees this" (issue 18): the audience the contribution form shows before a link is saved must be
 * exactly the organisations that can then read the link through the API — in full (with its supplier)
 * or its figures only — for every combination of item, visibility and sharing in the demo data.
 */
describe('the audience shown for a contribution is who can actually read it', () => {
  let t: TestPlatform;
  const tokens = new Map<string, string>();
  /** Per organisation: the links it reads, and whether it sees their supplier. */
  const readBy = new Map<string, Map<string, boolean>>();
  /** Per organisation: the links it reads, as it reads them. */
  const views = new Map<string, Link[]>();
  let links: Link[] = [];
  let productGroupId = '';

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function readable(token: string, productGroupId: string): Promise<Link[]> {
    const out: Link[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { supplyLinks: { nodes: Link[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const res: { data?: Page | null } = await t.gql<Page>(
        `query($g: ID, $a: String) { supplyLinks(productGroupId: $g, first: 200, after: $a) {
           nodes { ${LINK} audience { seeEverything { id } seeFigures { id } } } pageInfo { hasNextPage endCursor } } }`,
        { g: productGroupId, a: after },
        token,
      );
      out.push(...res.data!.supplyLinks.nodes);
      if (!res.data!.supplyLinks.pageInfo.hasNextPage) return out;
      after = res.data!.supplyLinks.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    t = await startTestPlatform();
    const users = (await q(`SELECT DISTINCT ON (organisation_id) organisation_id AS org, email FROM app_user WHERE disabled_at IS NULL ORDER BY organisation_id, email`)) as {
      org: string;
      email: string;
    }[];
    const [group] = await q(`SELECT id FROM product_group WHERE name = 'Militaire schepen'`);
    productGroupId = group.id;
    for (const { org, email } of users) {
      const token = await t.login(email);
      tokens.set(org, token);
      const seen = await readable(token, group.id);
      views.set(org, seen);
      readBy.set(org, new Map(seen.map((l) => [l.id, l.supplierName !== null])));
      // The contributor's own view has the sharing; keep it to ask the preview with.
      for (const link of seen) if (link.contributedBy?.id === org) links.push(link);
    }
    links = [...new Map(links.map((l) => [l.id, l])).values()];
  });
  afterAll(() => t?.close());

  it('names exactly the readers, in full or figures only, for every visibility and sharing of the demo links', async () => {
    const combinations = new Set(links.map((l) => `${l.visibility}|${(l.sharedWith ?? []).length > 0}`));
    // The demo covers each visibility, with and without sharing.
    expect(combinations.size).toBeGreaterThanOrEqual(4);
    let figuresOnlySomewhere = 0;
    for (const link of links) {
      const contributor = link.contributedBy!.id;
      const res = await t.gql<{ contributionAudience: { seeEverything: { id: string }[]; seeFigures: { id: string }[] } }>(
        'query($i: ID!, $v: Visibility!, $s: [ID!]) { contributionAudience(itemId: $i, visibility: $v, sharedWith: $s) { seeEverything { id } seeFigures { id } } }',
        { i: link.itemId, v: link.visibility, s: (link.sharedWith ?? []).map((o) => o.id) },
        tokens.get(contributor)!,
      );
      const audience = res.data!.contributionAudience;
      const inFull = [...readBy].filter(([, seen]) => seen.get(link.id) === true).map(([org]) => org).sort();
      const figuresOnly = [...readBy].filter(([, seen]) => seen.get(link.id) === false).map(([org]) => org).sort();
      expect(audience.seeEverything.map((o) => o.id).sort(), `${link.visibility} link ${link.id}: in full`).toEqual(inFull);
      expect(audience.seeFigures.map((o) => o.id).sort(), `${link.visibility} link ${link.id}: figures only`).toEqual(figuresOnly);
      // The link as listed to its contributor carries the same audience.
      expect(link.audience && { e: ids(link.audience.seeEverything), f: ids(link.audience.seeFigures) }, `audience of ${link.id}`).toEqual({ e: inFull, f: figuresOnly });
      if (figuresOnly.length) figuresOnlySomewhere++;
    }
    // Not a vacuous comparison: many links, some read by others without their supplier.
    expect(links.length).toBeGreaterThan(10);
    expect(figuresOnlySomewhere).toBeGreaterThan(0);
  });

  it("never tells anyone the audience of another company's link", async () => {
    let others = 0;
    for (const [org, seen] of views) {
      for (const link of seen) {
        if (link.contributedBy?.id === org) continue;
        expect(link.audience, `${org} reading ${link.id}`).toBeNull();
        others++;
      }
    }
    expect(others).toBeGreaterThan(10);
  });

  it("asks for the participants once per request, however many of the company's links it lists", async () => {
    const contributor = links[0]!.contributedBy!.id;
    const statements = await t.countQueries(() =>
      t.gql('query($g: ID) { supplyLinks(productGroupId: $g, mine: true, first: 200) { nodes { id audience { seeEverything { name } seeFigures { name } } } } }', { g: productGroupId }, tokens.get(contributor)!),
    );
    expect(links.filter((l) => l.contributedBy!.id === contributor).length).toBeGreaterThan(2);
    expect(statements.filter((sql) => /FROM participant p/.test(sql) && /roadmap_id = ANY/.test(sql))).toHaveLength(1);
  });

  it("shows a company's own links as another organisation reads them, field by field, and leaves out the ones it cannot read", async () => {
    type Seen = { organisation: { id: string }; linkCount: number; links: { link: Omit<Link, 'audience'>; itemName: string; hiddenFields: string[] }[] };
    const contributors = [...new Set(links.map((l) => l.contributedBy!.id))];
    let hiddenSomewhere = 0;
    let absentSomewhere = 0;
    for (const contributor of contributors) {
      const own = links.filter((l) => l.contributedBy!.id === contributor);
      for (const [reader, view] of views) {
        const res = await t.gql<{ myContributionsAsSeenBy: Seen }>(
          `query($o: ID!, $g: ID!) { myContributionsAsSeenBy(organisationId: $o, productGroupId: $g) {
             organisation { id } linkCount links { itemName hiddenFields link { ${LINK} } } } }`,
          { o: reader, g: productGroupId },
          tokens.get(contributor)!,
        );
        const seen = res.data!.myContributionsAsSeenBy;
        expect(seen.organisation.id).toBe(reader);
        expect(seen.linkCount).toBe(own.length);
        const ownIds = new Set(own.map((l) => l.id));
        const actual = view.filter((l) => ownIds.has(l.id)).map(({ audience: _a, ...l }) => l);
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(seen.links.map((s) => s.link).sort(byId), `${contributor}'s links as ${reader} reads them`).toEqual(actual.sort(byId));
        for (const s of seen.links) {
          const mine = own.find((l) => l.id === s.link.id)!;
          // "niet zichtbaar" exactly where the reader gets nothing of a name the contributor recorded.
          if (mine.supplierName !== null) expect(s.hiddenFields.includes('supplierName'), `${s.link.id}: supplier hidden from ${reader}`).toBe(s.link.supplierName === null);
          if (s.hiddenFields.includes('supplierName')) expect(s.link.supplierName).toBeNull();
          if (s.hiddenFields.length) hiddenSomewhere++;
        }
        if (seen.links.length < own.length) absentSomewhere++;
      }
    }
    expect(hiddenSomewhere).toBeGreaterThan(0);
    expect(absentSomewhere).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND on organisationId for an organisation that does not exist', async () => {
    const [contributor] = [...tokens.values()];
    for (const o of ['00000000-0000-4000-8000-0000000000ff', 'not-an-id']) {
      const res = await t.gql('query($o: ID!, $g: ID!) { myContributionsAsSeenBy(organisationId: $o, productGroupId: $g) { linkCount } }', { o, g: productGroupId }, contributor);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
    }
  });
});
