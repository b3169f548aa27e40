/**
 * "Show the data, hide the who": a figure aggregated over records the viewer may not all see is
 * shown only when enough organisations contribute and none dominates, so it never reveals one
 * company's confidential data (DESIGN.md §5).
 */
export const MIN_CONTRIBUTORS = 3;
export const MAX_DOMINANCE = 0.7;

export interface Contribution {
  /** The organisation the underlying record belongs to. */
  organisationId: string;
  /** Its weight in the aggregate (e.g. a share of supply); negative weights are not meaningful. */
  weight: number;
  /** Whether the viewer may read the underlying record itself. */
  visibleToViewer: boolean;
}

export type SuppressionDecision =
  | { suppressed: false; contributors: number }
  | { suppressed: true; reason: 'TOO_FEW_CONTRIBUTORS' | 'DOMINANT_CONTRIBUTOR'; message: string };

/**
 * Decides whether an aggregate over `contributions` may be shown to a viewer. When the viewer may
 * read every record anyway, nothing is hidden; otherwise at least `MIN_CONTRIBUTORS` organisations
 * must contribute and none may make up more than `MAX_DOMINANCE` of the total weight.
 */
export function decideSuppression(contributions: readonly Contribution[]): SuppressionDecision {
  const byOrg = new Map<string, number>();
  for (const c of contributions) byOrg.set(c.organisationId, (byOrg.get(c.organisationId) ?? 0) + Math.max(0, c.weight));
  if (contributions.every((c) => c.visibleToViewer)) return { suppressed: false, contributors: byOrg.size };
  if (byOrg.size < MIN_CONTRIBUTORS) {
    return {
      suppressed: true,
      reason: 'TOO_FEW_CONTRIBUTORS',
      message: `hidden: fewer than ${MIN_CONTRIBUTORS} organisations contribute to this figure`,
    };
  }
  const total = [...byOrg.values()].reduce((a, b) => a + b, 0);
  if (total > 0 && [...byOrg.values()].some((w) => w / total > MAX_DOMINANCE + 1e-9)) {
    return {
      suppressed: true,
      reason: 'DOMINANT_CONTRIBUTOR',
      message: `hidden: one organisation makes up more than ${MAX_DOMINANCE * 100}% of this figure`,
    };
  }
  return { suppressed: false, contributors: byOrg.size };
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
