/**
 * "Show the data, hide the who" for figures aggregated over records of several organisations
 * (DESIGN.md §5). A viewer's figure is computed over:
 * - the records the viewer may read (its own among them), always; and
 * - the records it may NOT read, combined, only when they come from at least `MIN_CONTRIBUTORS`
 *   other organisations that contribute a non-empty weight, none of which makes up more than
 *   `MAX_DOMINANCE` of what those organisations contribute together.
 *
 * Why this shape: the answer must not depend on hidden records except through that one declassified
 * combination. Records the viewer cannot see from one or two organisations (or dominated by one)
 * leave the figure exactly as if they did not exist, and the answer says nothing else about them —
 * no "suppressed because ..." that would tell they are there. The viewer's own records never count
 * towards the threshold, so adding its own (empty) records cannot lift it, and subtracting its own
 * figures from the total never isolates one other company.
 */
export const MIN_CONTRIBUTORS = 3;
export const MAX_DOMINANCE = 0.7;

export interface Contribution {
  /** The organisation the underlying record belongs to. */
  organisationId: string;
  /** Its weight in the aggregate (e.g. a share of supply); empty (0 or negative) records carry no figure. */
  weight: number;
  /** Whether the viewer may read the underlying record itself. */
  visibleToViewer: boolean;
}

export interface ViewerAggregate<T> {
  /** The records the viewer's figure is computed over. */
  records: T[];
  /** Whether the combined records of organisations the viewer may not read are part of the figure. */
  includesOthers: boolean;
  /** Organisations whose records make up the figure. */
  contributors: number;
}

/** The records a viewer's figure is computed over (see the module comment for the rule). */
export function recordsForViewer<T extends Contribution>(contributions: readonly T[]): ViewerAggregate<T> {
  const visible = contributions.filter((c) => c.visibleToViewer);
  const hidden = contributions.filter((c) => !c.visibleToViewer && c.weight > 0);
  const byOrg = new Map<string, number>();
  for (const c of hidden) byOrg.set(c.organisationId, (byOrg.get(c.organisationId) ?? 0) + c.weight);
  const total = [...byOrg.values()].reduce((a, b) => a + b, 0);
  const includesOthers = byOrg.size >= MIN_CONTRIBUTORS && [...byOrg.values()].every((w) => w / total <= MAX_DOMINANCE + 1e-9);
  const records = includesOthers ? [...visible, ...hidden] : visible;
  return { records, includesOthers, contributors: new Set(records.map((r) => r.organisationId)).size };
}

export interface CountryShare {
  country: string | null;
  share: number;
}

/** Adds up shares per country (unknown country as null), largest first. */
export function sharesByCountry(rows: readonly { country: string | null; share: number | null }[]): CountryShare[] {
  const byCountry = new Map<string | null, number>();
  for (const r of rows) if (r.share !== null) byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + r.share);
  return [...byCountry.entries()]
    .map(([country, share]) => ({ country, share: Math.round(share * 1e6) / 1e6 }))
    .sort((a, b) => b.share - a.share || String(a.country).localeCompare(String(b.country)));
}
