import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface Link {
  id: string;
  itemId: string;
  visibility: string;
  supplierName: string | null;
  sharedWith: { id: string }[] | null;
  contributedBy: { id: string } | null;
}

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
  let links: Link[] = [];

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function readable(token: string, productGroupId: string): Promise<Link[]> {
    const out: Link[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { supplyLinks: { nodes: Link[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const res: { data?: Page | null } = await t.gql<Page>(
        `query($g: ID, $a: String) { supplyLinks(productGroupId: $g, first: 200, after: $a) {
           nodes { id itemId visibility supplierName sharedWith { id } contributedBy { id } } pageInfo { hasNextPage endCursor } } }`,
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
    for (const { org, email } of users) {
      const token = await t.login(email);
      tokens.set(org, token);
      const seen = await readable(token, group.id);
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
      if (figuresOnly.length) figuresOnlySomewhere++;
    }
    // Not a vacuous comparison: many links, some read by others without their supplier.
    expect(links.length).toBeGreaterThan(10);
    expect(figuresOnlySomewhere).toBeGreaterThan(0);
  });
});
