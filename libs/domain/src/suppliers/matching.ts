import { CAPABILITIES, CERTIFICATIONS, CLEARANCES, SECTORS, type Capability, type Certification, type Clearance, type DefenceCategory, type Sector } from './vocabulary';

/**
 * A supplier profile as one reader sees it: a section the company keeps for government readers is
 * `null` for everyone else, and the matching treats it as unknown (never as the hidden value), so
 * a ranking or a "companies like this one" list never depends on what the reader may not see.
 */
export interface ProfileView {
  id: string;
  name: string;
  category: DefenceCategory;
  capabilities: readonly Capability[];
  certifications: readonly Certification[] | null;
  sectors: readonly Sector[] | null;
  clearance: Clearance | null;
  capacityHoursPerMonth: number | null;
  /** YYYY-MM-DD: from when the capacity is on offer. */
  capacityFrom: string | null;
}

/** What a demand asks for, as far as matching goes. */
export interface DemandCriteria {
  capabilities: readonly Capability[];
  requiredCertifications: readonly Certification[];
  requiredClearance: Clearance;
  /** Hours per month the demand needs (null: not stated). */
  hoursPerMonth: number | null;
  /** YYYY-MM-DD: when the work starts. */
  windowStart: string;
}

/** Why a candidate matches (`reasons`) or what it lacks (`gaps`), as codes the web app words. */
export type MatchNoteCode =
  | 'CAPABILITIES'
  | 'CERTIFICATIONS'
  | 'CLEARANCE'
  | 'CAPACITY'
  | 'CATEGORY'
  | 'SIMILAR_TO_CURRENT'
  | 'MISSING_CAPABILITIES'
  | 'MISSING_CERTIFICATIONS'
  | 'CERTIFICATIONS_NOT_VISIBLE'
  | 'CLEARANCE_MISSING'
  | 'CLEARANCE_NOT_VISIBLE'
  | 'CAPACITY_SHORT'
  | 'CAPACITY_LATE'
  | 'CAPACITY_NOT_VISIBLE';

export interface MatchNote {
  code: MatchNoteCode;
  /** Vocabulary codes (capabilities, certifications, a category) or a supplier's name. */
  values: string[];
  /** A figure the note is about: hours per month offered, a similarity, a date as text in `values`. */
  amount: number | null;
}

export interface MatchComponents {
  capability: number;
  certification: number;
  clearance: number;
  capacity: number;
  category: number;
  similarity: number;
}

export interface Candidate {
  profileId: string;
  /** 0..100. */
  score: number;
  components: MatchComponents;
  reasons: MatchNote[];
  gaps: MatchNote[];
}

/** How much each component weighs in the score (they add up to 1; similarity only counts with references). */
export const MATCH_WEIGHTS: Readonly<MatchComponents> = {
  capability: 0.35,
  certification: 0.2,
  clearance: 0.1,
  capacity: 0.15,
  category: 0.05,
  similarity: 0.15,
};

/** Defence experience by category: proven direct suppliers first, but potential ones close behind. */
const CATEGORY_SCORE: Record<DefenceCategory, number> = { A: 1, B: 0.85, C: 0.7, D: 0.55 };

// ---- vectors and cosine similarity ------------------------------------------------------------

const DIMENSION = new Map<string, number>([
  ...CAPABILITIES.map((c, i) => [`cap:${c}`, i] as const),
  ...CERTIFICATIONS.map((c, i) => [`cert:${c}`, CAPABILITIES.length + i] as const),
  ...SECTORS.map((s, i) => [`sector:${s}`, CAPABILITIES.length + CERTIFICATIONS.length + i] as const),
]);
/** Number of dimensions of a profile vector (capabilities, certifications, sectors). */
export const VECTOR_DIMENSIONS = DIMENSION.size;

/**
 * A profile's binary vector over capabilities, certifications and sectors, as the sorted indices
 * of its ones (what the reader cannot see counts as absent).
 */
export function profileVector(p: Pick<ProfileView, 'capabilities' | 'certifications' | 'sectors'>): Uint8Array {
  const v = new Uint8Array(VECTOR_DIMENSIONS);
  for (const c of p.capabilities) v[DIMENSION.get(`cap:${c}`)!] = 1;
  for (const c of p.certifications ?? []) v[DIMENSION.get(`cert:${c}`)!] = 1;
  for (const s of p.sectors ?? []) v[DIMENSION.get(`sector:${s}`)!] = 1;
  return v;
}

/** Cosine similarity of two binary vectors: shared ones over the root of the product of their counts. */
export function cosineSimilarity(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    na += a[i]!;
    nb += b[i]!;
    both += a[i]! & b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : both / Math.sqrt(na * nb);
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const CLEARANCE_RANK: Record<Clearance, number> = Object.fromEntries(CLEARANCES.map((c, i) => [c, i])) as Record<Clearance, number>;

// ---- ranking ----------------------------------------------------------------------------------

export interface RankOptions {
  /** The current (A/B) suppliers of the item the demand is about, as the reader sees them. */
  references?: readonly ProfileView[];
  /** How many candidates to return (best first); default 50. */
  limit?: number;
}

/**
 * Ranks profiles for a demand. A profile qualifies when it has at least one of the capabilities
 * asked for; its score (0-100) weighs capability fit, certifications, clearance, capacity,
 * category and — when the item's current suppliers are known — cosine similarity to the most
 * similar of them. Each candidate says why it matches and what it lacks. Ties go by name-independent
 * id so the order is stable. The references themselves are not candidates.
 */
export function rankCandidates(demand: DemandCriteria, profiles: readonly ProfileView[], options: RankOptions = {}): Candidate[] {
  const references = options.references ?? [];
  const referenceIds = new Set(references.map((r) => r.id));
  const referenceVectors = references.map((r) => ({ name: r.name, vector: profileVector(r) }));
  const weights = referenceVectors.length ? MATCH_WEIGHTS : { ...MATCH_WEIGHTS, similarity: 0 };
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const out: Candidate[] = [];
  for (const p of profiles) {
    if (referenceIds.has(p.id)) continue;
    const c = matchProfile(demand, p, referenceVectors);
    if (!c) continue;
    const weighted =
      weights.capability * c.components.capability +
      weights.certification * c.components.certification +
      weights.clearance * c.components.clearance +
      weights.capacity * c.components.capacity +
      weights.category * c.components.category +
      weights.similarity * c.components.similarity;
    c.score = round((100 * weighted) / total, 1);
    out.push(c);
  }
  out.sort((a, b) => b.score - a.score || (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0));
  return out.slice(0, options.limit ?? 50);
}

/** One profile against a demand; null when it has none of the capabilities asked for. */
export function matchProfile(demand: DemandCriteria, p: ProfileView, references: readonly { name: string; vector: Uint8Array }[] = []): Candidate | null {
  const reasons: MatchNote[] = [];
  const gaps: MatchNote[] = [];
  const note = (code: MatchNoteCode, values: string[] = [], amount: number | null = null): MatchNote => ({ code, values, amount });

  const has = new Set<string>(p.capabilities);
  const matched = demand.capabilities.filter((c) => has.has(c));
  if (demand.capabilities.length && matched.length === 0) return null;
  const missing = demand.capabilities.filter((c) => !has.has(c));
  const capability = demand.capabilities.length ? matched.length / demand.capabilities.length : 1;
  if (matched.length) reasons.push(note('CAPABILITIES', matched));
  if (missing.length) gaps.push(note('MISSING_CAPABILITIES', missing));

  let certification = 1;
  if (demand.requiredCertifications.length) {
    if (p.certifications === null) {
      certification = 0;
      gaps.push(note('CERTIFICATIONS_NOT_VISIBLE', [...demand.requiredCertifications]));
    } else {
      const held = new Set<string>(p.certifications);
      const ok = demand.requiredCertifications.filter((c) => held.has(c));
      const lacking = demand.requiredCertifications.filter((c) => !held.has(c));
      certification = ok.length / demand.requiredCertifications.length;
      if (ok.length) reasons.push(note('CERTIFICATIONS', ok));
      if (lacking.length) gaps.push(note('MISSING_CERTIFICATIONS', lacking));
    }
  }

  let clearance = 1;
  if (demand.requiredClearance !== 'NONE') {
    if (p.clearance === null) {
      clearance = 0;
      gaps.push(note('CLEARANCE_NOT_VISIBLE', [demand.requiredClearance]));
    } else if (CLEARANCE_RANK[p.clearance] >= CLEARANCE_RANK[demand.requiredClearance]) {
      reasons.push(note('CLEARANCE', [p.clearance]));
    } else {
      // Applied for counts for half: it may come through in time.
      clearance = p.clearance === 'APPLIED' ? 0.5 : 0;
      gaps.push(note('CLEARANCE_MISSING', [demand.requiredClearance, p.clearance]));
    }
  }

  let capacity: number;
  if (p.capacityHoursPerMonth === null) {
    capacity = 0;
    gaps.push(note('CAPACITY_NOT_VISIBLE'));
  } else {
    const need = demand.hoursPerMonth;
    capacity = need && need > 0 ? Math.min(1, p.capacityHoursPerMonth / need) : p.capacityHoursPerMonth > 0 ? 1 : 0;
    if (need && p.capacityHoursPerMonth < need) gaps.push(note('CAPACITY_SHORT', [], p.capacityHoursPerMonth));
    else if (p.capacityHoursPerMonth > 0) reasons.push(note('CAPACITY', [], p.capacityHoursPerMonth));
    if (p.capacityFrom && p.capacityFrom > demand.windowStart) {
      capacity *= 0.5;
      gaps.push(note('CAPACITY_LATE', [p.capacityFrom]));
    }
  }

  const category = CATEGORY_SCORE[p.category];
  reasons.push(note('CATEGORY', [p.category]));

  let similarity = 0;
  if (references.length) {
    const v = profileVector(p);
    let best = references[0]!;
    for (const r of references) {
      const s = cosineSimilarity(v, r.vector);
      if (s > similarity) {
        similarity = s;
        best = r;
      }
    }
    if (similarity >= 0.5) reasons.push(note('SIMILAR_TO_CURRENT', [best.name], round(similarity, 2)));
  }

  return {
    profileId: p.id,
    score: 0,
    components: { capability: round(capability), certification: round(certification), clearance: round(clearance), capacity: round(capacity), category, similarity: round(similarity) },
    reasons,
    gaps,
  };
}

export interface SimilarProfile {
  profileId: string;
  similarity: number;
  /** Capabilities, certifications and sectors both have (as the reader sees them). */
  shared: string[];
}

/**
 * "Companies like this one": the profiles most like `target` by cosine similarity over
 * capabilities, certifications and sectors (as the reader sees them), best first, without itself
 * and without profiles that share nothing.
 */
export function similarProfiles(target: ProfileView, profiles: readonly ProfileView[], limit = 10): SimilarProfile[] {
  const tv = profileVector(target);
  const scored: { p: ProfileView; similarity: number }[] = [];
  for (const p of profiles) {
    if (p.id === target.id) continue;
    const s = cosineSimilarity(tv, profileVector(p));
    if (s > 0) scored.push({ p, similarity: s });
  }
  scored.sort((a, b) => b.similarity - a.similarity || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0));
  const mine = new Set<string>([...target.capabilities, ...(target.certifications ?? []), ...(target.sectors ?? [])]);
  return scored.slice(0, limit).map(({ p, similarity }) => ({
    profileId: p.id,
    similarity: round(similarity),
    shared: [...p.capabilities, ...(p.certifications ?? []), ...(p.sectors ?? [])].filter((x) => mine.has(x)),
  }));
}

/**
 * Whether a demand fits a company's own profile (its front door, "what Defence needs that fits
 * you"): it has at least one of the capabilities asked for.
 */
export function demandFits(demand: Pick<DemandCriteria, 'capabilities'>, profile: Pick<ProfileView, 'capabilities'>): boolean {
  const has = new Set<string>(profile.capabilities);
  return demand.capabilities.some((c) => has.has(c));
}
