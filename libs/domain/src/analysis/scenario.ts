import { badInput } from '../errors';
import type { AnalysisItemKind, AnalysisSupplyScope, AnalysisSupplyStage } from './analysis-types';
import { itemSupplyProfile, type ChainGraph } from './chain-graph';
import { materialConcentration } from './concentration';

/**
 * "`country` cuts `materialId` (or `itemId`) by `cutFraction` from `start` for `durationMonths`".
 * Exactly one of `materialId` and `itemId`.
 */
export interface ScenarioEvent {
  /** Defaults to `event-<index>`. */
  id?: string;
  /** ISO alpha-2 of the country that cuts; omitted or null: the whole supply of the target is cut. */
  country?: string | null;
  materialId?: string;
  itemId?: string;
  /** 0..1: the part of that country's supply that stops (x% = x / 100). */
  cutFraction: number;
  /** ISO date; the event counts from the start of that month. */
  start: string;
  /** Whole months (a part month counts as a month); `null`: lasts past the horizon. */
  durationMonths: number | null;
}

export interface Scenario {
  name?: string;
  /** First month of the timeline (ISO date); defaults to the earliest event start. */
  startDate?: string;
  events: readonly ScenarioEvent[];
}

export interface ScenarioOptions {
  /** Months on the timeline, 1..1200. */
  horizonMonths: number;
  /** Which country shares a material cut uses (default GLOBAL). */
  scope?: AnalysisSupplyScope;
  /** Platforms to report (default every PLATFORM item). */
  platformIds?: readonly string[];
}

export interface ResolvedScenarioEvent {
  id: string;
  target: { kind: 'MATERIAL'; materialId: string } | { kind: 'ITEM'; itemId: string };
  country: string | null;
  cutFraction: number;
  /** The country's share of the target's supply (materials: the stage where it is larger), 1 without a country. */
  sourceShare: number;
  /** Stage the material share was taken from. */
  stage: AnalysisSupplyStage | null;
  /** Part of the target's supply lost while the event runs: cutFraction x sourceShare. */
  supplyLoss: number;
  /** Month indexes [fromMonth, toMonth) on the timeline, clipped to it. */
  fromMonth: number;
  toMonth: number;
}

export interface ItemShortfall {
  itemId: string;
  name: string;
  kind: AnalysisItemKind;
  /** First month the item's deliveries drop (after the lead time, before stock). */
  supplyDropMonth: number;
  /** First month the item is short (after its stock ran out). */
  shortfallMonth: number;
  /** The same as `YYYY-MM`. */
  shortfallFrom: string;
  /** Lowest availability (1 = fully available) and its month. */
  worstAvailability: number;
  worstMonth: number;
  monthsShort: number;
  /** First month fully available again after the last short month; `null` when still short at the horizon. */
  recoveredMonth: number | null;
  /** Ids of the events that reach this item. */
  causes: string[];
  /** Availability per month of the timeline. */
  availability: number[];
}

export interface PlatformScenarioOutcome {
  platformId: string;
  platformName: string;
  timeline: { month: string; availability: number }[];
  /** `YYYY-MM` of the first month the platform itself is short, `null` if never within the horizon. */
  firstShortfall: string | null;
  worstAvailability: number;
  /** Items in this platform's bill of materials that fall short, earliest first (never the platform itself). */
  shortItemIds: string[];
}

export interface ScenarioResult {
  /** `YYYY-MM` per month index. */
  months: string[];
  events: ResolvedScenarioEvent[];
  /** Items that fall short within the horizon, earliest and deepest first. */
  items: ItemShortfall[];
  platforms: PlatformScenarioOutcome[];
  /** Events that could not take effect as written (no share on record, ...). */
  warnings: string[];
}

const EPS = 1e-9;

/** Lead time in months; a value within 1e-9 of a whole month is that month (26 weeks x 12 / 52 = 6). */
export function leadMonths(months: number): number {
  const whole = Math.round(months);
  return Math.abs(months - whole) < 1e-9 ? whole : Math.max(0, months);
}

function parseMonth(date: string, field: string): number {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?/.exec(date);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw badInput(field, `${date} is not an ISO date`);
  return Number(match[1]) * 12 + (month - 1);
}

function monthLabel(absolute: number): string {
  return `${Math.floor(absolute / 12)}-${String((absolute % 12) + 1).padStart(2, '0')}`;
}

/**
 * Propagates supply cuts through the chain, month by month (the method of docs/analysis.md §4).
 *
 * Model:
 * - Source: a cut of material M by country C removes `cutFraction x share(C, M)` of M's supply, the
 *   share taken at the stage where C is larger (material must pass both stages). A cut of item I
 *   removes `cutFraction x share(C, I)` of I's deliveries (supply-link shares per country).
 *   Without a country the whole supply is cut. Several events on one target multiply what is left:
 *   availability = product of (1 - loss), i.e. independent cuts.
 * - Shortage is rationed pro rata (every user of M gets the same fraction) and an item needs all its
 *   inputs in fixed proportion, so the supply its maker can start with in month t is the lowest
 *   availability over its materials and child items.
 * - Lead time L (longest on the item's supply links, weeks x 12 / 52 months) is a pipeline: what
 *   the maker starts in month t arrives in month t + L. Deliveries are the input availability
 *   shifted by L, so a cut reaches the buyer L months later and is over L months after it ended
 *   (the pipeline has refilled); months before the timeline had full supply. A fractional L is
 *   interpolated, not rounded: month t receives what was started in the month L earlier, read as
 *   a continuous shift of the monthly figures, i.e. (1 - f) x input(t - k) + f x input(t - k - 1)
 *   with k = floor(L), f = L - k.
 * - A direct cut of the item itself (its own deliveries, e.g. an export stop) is not delayed.
 * - Stock S (smallest on the item's supply links, in months of consumption) absorbs the deficit:
 *   each month 1 - deliveries is drawn from stock until it is gone, then the item falls short by
 *   the rest. Stock is not rebuilt within the horizon (no spare capacity is assumed), so a second
 *   event finds what the first left.
 * Items without supply links pass their inputs through (no stock, no lead time). A platform's
 * availability is its own item's availability; a pulse in therefore gives a pulse out, shifted by
 * the lead times on the way and made smaller (or absorbed) by the stocks.
 */
export function runScenario(graph: ChainGraph, scenario: Scenario, options: ScenarioOptions): ScenarioResult {
  const horizon = options.horizonMonths;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 1200) throw badInput('horizonMonths', 'must be a whole number of months, 1..1200');
  const scope = options.scope ?? 'GLOBAL';
  const n = graph.items.length;
  const eventCount = scenario.events.length;
  const warnings: string[] = [];

  const starts = scenario.events.map((e, i) => parseMonth(e.start, `events[${i}].start`));
  const origin = scenario.startDate !== undefined ? parseMonth(scenario.startDate, 'startDate') : starts.length > 0 ? Math.min(...starts) : 0;
  const months = Array.from({ length: horizon }, (_, t) => monthLabel(origin + t));

  // Remaining supply per month at the sources.
  const materialLeft = new Map<number, Float64Array>();
  const itemLeft = new Map<number, Float64Array>();
  const words = Math.max(1, Math.ceil(eventCount / 32));
  const sourceCauses = new Map<string, Uint32Array>();
  const resolved: ResolvedScenarioEvent[] = scenario.events.map((event, i) => {
    const id = event.id ?? `event-${i}`;
    const field = `events[${i}]`;
    if ((event.materialId === undefined) === (event.itemId === undefined)) throw badInput(field, `${id}: give either a material or an item`);
    if (!Number.isFinite(event.cutFraction) || event.cutFraction < 0 || event.cutFraction > 1) {
      throw badInput(`${field}.cutFraction`, `${id}: cut ${event.cutFraction} is not a fraction 0..1`);
    }
    if (event.durationMonths !== null && (!Number.isFinite(event.durationMonths) || event.durationMonths < 0)) {
      throw badInput(`${field}.durationMonths`, `${id}: duration ${event.durationMonths} is not a number of months >= 0`);
    }
    const country = event.country ?? null;
    const fromMonth = Math.max(0, starts[i]! - origin);
    const endMonth = event.durationMonths === null ? horizon : starts[i]! - origin + Math.ceil(event.durationMonths);
    const toMonth = Math.min(horizon, Math.max(fromMonth, endMonth));

    let sourceShare = 1;
    let stage: AnalysisSupplyStage | null = null;
    let target: ResolvedScenarioEvent['target'];
    let series: Float64Array;
    let causeKey: string;
    if (event.materialId !== undefined) {
      const mi = graph.materialIndex.get(event.materialId);
      if (mi === undefined) throw badInput(`${field}.materialId`, `${id}: material ${event.materialId} not found`);
      target = { kind: 'MATERIAL', materialId: event.materialId };
      if (country !== null) {
        sourceShare = 0;
        for (const s of ['EXTRACTION', 'PROCESSING'] as const) {
          const share =
            scope === 'GLOBAL'
              ? (graph.materialProfiles[mi]!.countryShares[s].get(country) ?? 0)
              : (materialConcentration(graph.materials[mi]!, s, scope)?.shares.find((x) => x.key === country)?.share ?? 0);
          if (share > sourceShare) {
            sourceShare = share;
            stage = s;
          }
        }
        if (sourceShare === 0) warnings.push(`${id}: no ${scope} share of ${country} in ${graph.materials[mi]!.symbol} on record; the event has no effect`);
      }
      series = materialLeft.get(mi) ?? new Float64Array(horizon).fill(1);
      materialLeft.set(mi, series);
      causeKey = `m${mi}`;
    } else {
      const ii = graph.itemIndex.get(event.itemId!);
      if (ii === undefined) throw badInput(`${field}.itemId`, `${id}: item ${event.itemId} not found`);
      target = { kind: 'ITEM', itemId: event.itemId! };
      if (country !== null) {
        const profile = itemSupplyProfile(graph, ii);
        sourceShare = profile?.countryShares.get(country) ?? 0;
        if (sourceShare === 0) warnings.push(`${id}: no supply of ${graph.items[ii]!.name} from ${country} on record; the event has no effect`);
        else if ((profile!.countryConcentration?.partiesWithoutShare ?? 0) > 0) {
          warnings.push(`${id}: the share of ${country} in ${graph.items[ii]!.name} is estimated (supply links without a share)`);
        }
      }
      series = itemLeft.get(ii) ?? new Float64Array(horizon).fill(1);
      itemLeft.set(ii, series);
      causeKey = `i${ii}`;
    }
    const supplyLoss = event.cutFraction * sourceShare;
    for (let t = fromMonth; t < toMonth; t++) series[t]! *= 1 - supplyLoss;
    if (supplyLoss > 0 && toMonth > fromMonth) {
      const mask = sourceCauses.get(causeKey) ?? new Uint32Array(words);
      mask[i >>> 5]! |= 1 << (i & 31);
      sourceCauses.set(causeKey, mask);
    }
    return { id, target, country, cutFraction: event.cutFraction, sourceShare, stage, supplyLoss, fromMonth, toMonth };
  });

  // Only sources and their ancestors can change; everything else stays fully available.
  const affected = new Uint8Array(n);
  const queue: number[] = [];
  const mark = (i: number): void => {
    if (!affected[i]) {
      affected[i] = 1;
      queue.push(i);
    }
  };
  for (const ii of itemLeft.keys()) mark(ii);
  if (materialLeft.size > 0) {
    for (let i = 0; i < n; i++) {
      for (let at = graph.materialStart[i]!; at < graph.materialStart[i + 1]!; at++) {
        if (materialLeft.has(graph.materialOf[at]!)) mark(i);
      }
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = graph.parentStart[v]!; e < graph.parentStart[v + 1]!; e++) mark(graph.parentItem[e]!);
  }

  const availability = new Map<number, Float64Array>();
  const causes = new Map<number, Uint32Array>();
  const dropMonth = new Map<number, number>();
  const upstream = new Float64Array(horizon);
  for (let k = n - 1; k >= 0; k--) {
    const v = graph.topoOrder[k]!;
    if (!affected[v]) continue;
    const mask = new Uint32Array(words);
    const orInto = (other: Uint32Array | undefined): void => {
      if (other) for (let w = 0; w < words; w++) mask[w]! |= other[w]!;
    };
    upstream.fill(1);
    for (let at = graph.materialStart[v]!; at < graph.materialStart[v + 1]!; at++) {
      const mi = graph.materialOf[at]!;
      const left = materialLeft.get(mi);
      if (!left) continue;
      for (let t = 0; t < horizon; t++) if (left[t]! < upstream[t]!) upstream[t] = left[t]!;
      orInto(sourceCauses.get(`m${mi}`));
    }
    for (let e = graph.childStart[v]!; e < graph.childStart[v + 1]!; e++) {
      const c = graph.childItem[e]!;
      const child = availability.get(c);
      if (!child || graph.childQuantity[e] === 0) continue;
      for (let t = 0; t < horizon; t++) if (child[t]! < upstream[t]!) upstream[t] = child[t]!;
      orInto(causes.get(c));
    }
    const leadTimeMonths = graph.itemLeadTimeMonths[v]!;
    const lead = leadMonths(Number.isNaN(leadTimeMonths) ? 0 : leadTimeMonths);
    const whole = Math.floor(lead);
    const frac = lead - whole;
    const own = itemLeft.get(v);
    if (own) orInto(sourceCauses.get(`i${v}`));
    const stockMonths = graph.itemStockMonths[v]!;
    let stock = Number.isNaN(stockMonths) ? 0 : stockMonths;
    const out = new Float64Array(horizon);
    let drop = -1;
    for (let t = 0; t < horizon; t++) {
      const a = t - whole >= 0 ? upstream[t - whole]! : 1;
      const b = t - whole - 1 >= 0 ? upstream[t - whole - 1]! : 1;
      let delivered = frac > 0 ? (1 - frac) * a + frac * b : a;
      if (own) delivered *= own[t]!;
      if (delivered >= 1 - EPS) {
        out[t] = 1;
        continue;
      }
      if (drop < 0) drop = t;
      const deficit = 1 - delivered;
      if (deficit <= stock + EPS) {
        stock = Math.max(0, stock - deficit);
        out[t] = 1;
      } else {
        out[t] = 1 - (deficit - stock);
        stock = 0;
      }
    }
    if (drop < 0) continue;
    dropMonth.set(v, drop);
    causes.set(v, mask);
    availability.set(v, out);
  }

  const eventIds = resolved.map((e) => e.id);
  const items: ItemShortfall[] = [];
  const shortfallOf = new Map<number, ItemShortfall>();
  for (const [v, series] of availability) {
    let first = -1;
    let last = -1;
    let worst = 1;
    let worstMonth = -1;
    let monthsShort = 0;
    for (let t = 0; t < horizon; t++) {
      if (series[t]! < 1 - EPS) {
        if (first < 0) first = t;
        last = t;
        monthsShort++;
      }
      if (series[t]! < worst - EPS) {
        worst = series[t]!;
        worstMonth = t;
      }
    }
    if (first < 0) continue;
    const mask = causes.get(v)!;
    const item = graph.items[v]!;
    const shortfall: ItemShortfall = {
      itemId: item.id,
      name: item.name,
      kind: item.kind,
      supplyDropMonth: dropMonth.get(v)!,
      shortfallMonth: first,
      shortfallFrom: months[first]!,
      worstAvailability: worst,
      worstMonth,
      monthsShort,
      recoveredMonth: last + 1 < horizon ? last + 1 : null,
      causes: eventIds.filter((_, i) => (mask[i >>> 5]! & (1 << (i & 31))) !== 0),
      availability: Array.from(series),
    };
    items.push(shortfall);
    shortfallOf.set(v, shortfall);
  }
  items.sort((a, b) => a.shortfallMonth - b.shortfallMonth || a.worstAvailability - b.worstAvailability || (a.itemId < b.itemId ? -1 : 1));

  const platformRoots = options.platformIds
    ? options.platformIds.map((id) => {
        const i = graph.itemIndex.get(id);
        if (i === undefined) throw badInput('platformIds', `Item ${id} not found`);
        return i;
      })
    : Array.from(graph.platformIndices);
  const platforms = platformRoots.map((root): PlatformScenarioOutcome => {
    const series = availability.get(root);
    const timeline = months.map((month, t) => ({ month, availability: series ? series[t]! : 1 }));
    const own = shortfallOf.get(root);
    // Unaffected items have no affected descendants, so the walk stays inside the affected part.
    const short: ItemShortfall[] = [];
    const seen = new Set<number>([root]);
    const stack = affected[root] ? [root] : [];
    while (stack.length > 0) {
      const v = stack.pop()!;
      const s = v === root ? undefined : shortfallOf.get(v);
      if (s) short.push(s);
      for (let e = graph.childStart[v]!; e < graph.childStart[v + 1]!; e++) {
        const c = graph.childItem[e]!;
        if (affected[c] && !seen.has(c)) {
          seen.add(c);
          stack.push(c);
        }
      }
    }
    short.sort((a, b) => a.shortfallMonth - b.shortfallMonth || a.worstAvailability - b.worstAvailability || (a.itemId < b.itemId ? -1 : 1));
    return {
      platformId: graph.items[root]!.id,
      platformName: graph.items[root]!.name,
      timeline,
      firstShortfall: own ? own.shortfallFrom : null,
      worstAvailability: own ? own.worstAvailability : 1,
      shortItemIds: short.map((s) => s.itemId),
    };
  });

  return { months, events: resolved, items, platforms, warnings };
}

