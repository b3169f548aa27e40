import { describe, expect, it } from 'vitest';
import type { ChainGraphInput } from './analysis-types';
import { buildChainGraph } from './chain-graph';
import { runScenario, type ScenarioEvent } from './scenario';
import { link, material } from './testing/hand-checked-graph';

/**
 *   P --1--> S --2--> M1 (1 kg Ga; NL, 13 weeks = 3 months lead time, 1 month stock)
 *            S --1--> K  (US 50% / DE 50%, no stock, no lead time)
 *   Q --1--> K
 *   Q --1--> R  (nothing on record)
 * Ga: processing CN 80%, JP 20%.
 */
const input: ChainGraphInput = {
  items: [
    { id: 'P', name: 'Frigate', kind: 'PLATFORM' },
    { id: 'Q', name: 'Tug', kind: 'PLATFORM' },
    { id: 'S', name: 'Radar', kind: 'SYSTEM' },
    { id: 'M1', name: 'GaN wafer', kind: 'SEMI_FINISHED' },
    { id: 'K', name: 'Cooling pump', kind: 'COMPONENT' },
    { id: 'R', name: 'Rope', kind: 'COMPONENT' },
  ],
  compositions: [
    { parentId: 'P', childId: 'S', quantity: 1, unit: 'pcs' },
    { parentId: 'S', childId: 'M1', quantity: 2, unit: 'pcs' },
    { parentId: 'S', childId: 'K', quantity: 1, unit: 'pcs' },
    { parentId: 'Q', childId: 'K', quantity: 1, unit: 'pcs' },
    { parentId: 'Q', childId: 'R', quantity: 1, unit: 'pcs' },
  ],
  itemMaterials: [{ itemId: 'M1', materialId: 'Ga', quantityKg: 1 }],
  supplyLinks: [
    link('m1', 'M1', { country: 'NL', share: 1, leadTimeWeeks: 13, stockMonths: 1 }),
    link('k1', 'K', { supplierKey: 'A', country: 'US', share: 0.5 }),
    link('k2', 'K', { supplierKey: 'B', country: 'DE', share: 0.5 }),
  ],
  materials: [
    material('Ga', {
      supplies: [
        { stage: 'PROCESSING', scope: 'GLOBAL', country: 'CN', share: 0.8, t: 1.1 },
        { stage: 'PROCESSING', scope: 'GLOBAL', country: 'JP', share: 0.2, t: 1 },
      ],
    }),
  ],
};
const graph = buildChainGraph(input);

const gaCut: ScenarioEvent = { id: 'ga-cut', country: 'CN', materialId: 'Ga', cutFraction: 0.5, start: '2026-01-15', durationMonths: 3 };
const kCut: ScenarioEvent = { id: 'k-cut', country: 'US', itemId: 'K', cutFraction: 1, start: '2026-05-01', durationMonths: 1 };
const jpCut: ScenarioEvent = { id: 'jp-cut', country: 'JP', materialId: 'Ga', cutFraction: 1, start: '2026-02-01', durationMonths: 1 };

const availabilityOf = (result: ReturnType<typeof runScenario>, id: string) => result.items.find((i) => i.itemId === id)?.availability;
const platform = (result: ReturnType<typeof runScenario>, id: string) => result.platforms.find((p) => p.platformId === id)!;

describe('runScenario', () => {
  it('shifts the cut by the lead time and lets stock absorb what it can', () => {
    const result = runScenario(graph, { events: [gaCut] }, { horizonMonths: 8 });
    expect(result.events).toEqual([
      { id: 'ga-cut', target: { kind: 'MATERIAL', materialId: 'Ga' }, country: 'CN', cutFraction: 0.5, sourceShare: 0.8, stage: 'PROCESSING', supplyLoss: 0.4, fromMonth: 0, toMonth: 3 },
    ]);
    // Ga left: 0.6 in months 0-2. 13 weeks = 3 months of lead time: M1's deliveries are 0.6 in months 3-5.
    // Stock 1 month: covers 0.4 in month 3, 0.4 in month 4, 0.2 of 0.4 in month 5 -> 0.8; full again in month 6.
    expect(availabilityOf(result, 'M1')).toEqual([1, 1, 1, 1, 1, 0.8, 1, 1].map((v) => expect.closeTo(v, 12)));
    expect(result.items.find((i) => i.itemId === 'M1')).toMatchObject({
      supplyDropMonth: 3,
      shortfallMonth: 5,
      shortfallFrom: '2026-06',
      worstAvailability: expect.closeTo(0.8, 12),
      worstMonth: 5,
      monthsShort: 1,
      recoveredMonth: 6,
      causes: ['ga-cut'],
    });
    expect(result.items.map((i) => i.itemId)).toEqual(['M1', 'P', 'S']);
    // The frigate is short, but not one of its own short parts.
    expect(platform(result, 'P')).toMatchObject({ firstShortfall: '2026-06', worstAvailability: expect.closeTo(0.8, 12), shortItemIds: ['M1', 'S'] });
    expect(platform(result, 'P').timeline.map((m) => m.availability)).toEqual([1, 1, 1, 1, 1, 0.8, 1, 1].map((v) => expect.closeTo(v, 12)));
    expect(platform(result, 'Q')).toMatchObject({ firstShortfall: null, worstAvailability: 1, shortItemIds: [] });
    expect(platform(result, 'Q').timeline.every((m) => m.availability === 1)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('combines events on different inputs: an item needs all of them (lowest counts)', () => {
    const result = runScenario(graph, { events: [gaCut, kCut] }, { horizonMonths: 8 });
    // K: US half of the supply gone in month 4, no stock, no lead time.
    expect(availabilityOf(result, 'K')).toEqual([1, 1, 1, 1, 0.5, 1, 1, 1]);
    // S = lowest of K and M1 (above): 0.5 in month 4, 0.8 in month 5.
    expect(platform(result, 'P').timeline.map((m) => m.availability)).toEqual([1, 1, 1, 1, 0.5, 0.8, 1, 1].map((v) => expect.closeTo(v, 12)));
    expect(platform(result, 'Q')).toMatchObject({ firstShortfall: '2026-05', worstAvailability: 0.5, shortItemIds: ['K'] });
    expect(result.items.find((i) => i.itemId === 'S')!.causes).toEqual(['ga-cut', 'k-cut']);
    expect(result.items.find((i) => i.itemId === 'Q')!.causes).toEqual(['k-cut']);
  });

  it('multiplies what is left when two events cut the same material', () => {
    const result = runScenario(graph, { events: [gaCut, jpCut] }, { horizonMonths: 8 });
    // Ga left: 0.6, 0.6 x (1 - 0.2) = 0.48, 0.6 in months 0-2, delivered in months 3-5.
    // Stock 1: 0.4 in month 3 (0.6 left), 0.52 in month 4 (0.08 left), month 5: 0.4 - 0.08 = 0.32 short.
    expect(availabilityOf(result, 'M1')).toEqual([1, 1, 1, 1, 1, 0.68, 1, 1].map((v) => expect.closeTo(v, 12)));
  });

  it('keeps a cut without an end going to the horizon', () => {
    const result = runScenario(graph, { events: [{ ...gaCut, durationMonths: null }] }, { horizonMonths: 8 });
    // Deliveries 0.6 from month 3; stock covers months 3, 4 and half of month 5.
    expect(availabilityOf(result, 'M1')).toEqual([1, 1, 1, 1, 1, 0.8, 0.6, 0.6].map((v) => expect.closeTo(v, 12)));
    expect(result.items.find((i) => i.itemId === 'M1')).toMatchObject({ monthsShort: 3, recoveredMonth: null });
  });

  it('cuts the whole supply when no country is given', () => {
    const result = runScenario(graph, { events: [{ id: 'all', itemId: 'K', cutFraction: 0.25, start: '2026-01', durationMonths: 2 }] }, { horizonMonths: 3 });
    expect(result.events[0]).toMatchObject({ sourceShare: 1, supplyLoss: 0.25 });
    expect(availabilityOf(result, 'K')).toEqual([0.75, 0.75, 1]);
  });

  it('starts the timeline at the scenario start and clips events to it', () => {
    const result = runScenario(
      graph,
      { startDate: '2025-11-01', events: [gaCut, { ...kCut, start: '2025-09-01', durationMonths: 3 }] },
      { horizonMonths: 4 },
    );
    expect(result.months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(result.events.map((e) => [e.fromMonth, e.toMonth])).toEqual([
      [2, 4],
      [0, 1], // September + 3 months ends with November
    ]);
    expect(availabilityOf(result, 'K')).toEqual([0.5, 1, 1, 1]);
  });

  it('warns about events that have no share to act on', () => {
    const result = runScenario(
      graph,
      { events: [{ ...gaCut, id: 'ru', country: 'RU' }, { ...kCut, id: 'cn', country: 'CN' }] },
      { horizonMonths: 6 },
    );
    expect(result.warnings).toEqual([
      'ru: no GLOBAL share of RU in Ga on record; the event has no effect',
      'cn: no supply of Cooling pump from CN on record; the event has no effect',
    ]);
    expect(result.items).toEqual([]);
  });

  it.each([
    { case: 'both a material and an item', event: { ...gaCut, itemId: 'K' }, message: /either a material or an item/ },
    { case: 'a cut in percent', event: { ...gaCut, cutFraction: 50 }, message: /cut 50/ },
    { case: 'an unknown material', event: { ...gaCut, materialId: 'Xx' }, message: /material Xx not found/ },
    { case: 'a date that is not ISO', event: { ...gaCut, start: '15-01-2026' }, message: /not an ISO date/ },
    { case: 'a negative duration', event: { ...gaCut, durationMonths: -1 }, message: /duration -1/ },
  ])('refuses $case', ({ event, message }) => {
    expect(() => runScenario(graph, { events: [event] }, { horizonMonths: 6 })).toThrow(message);
  });

  it('refuses a horizon that is not a whole number of months', () => {
    expect(() => runScenario(graph, { events: [gaCut] }, { horizonMonths: 0 })).toThrow(/horizonMonths|whole number/);
    expect(() => runScenario(graph, { events: [gaCut] }, { horizonMonths: 2.5 })).toThrow(/whole number/);
  });
});

/**
 * A hand-checked chain, one item per tier:
 *
 *   P (platform, no links) --1--> S (system: 26 weeks = 6 months lead time, 0.1 month of stock)
 *                          S --2--> A (part: 1 kg of X; 13 weeks = 3 months lead time, 1 month of stock)
 *
 * X is a raw material; events cut its whole supply (no country), so the loss is the cut itself.
 * Deliveries of an item in month t = what its inputs allowed in month t - L; stock absorbs the deficit
 * 1 - deliveries until it is gone; P passes S through.
 */
describe('runScenario on a raw material -> part -> system -> platform chain', () => {
  const chain = (aLeadWeeks: number, aStock: number): ReturnType<typeof buildChainGraph> =>
    buildChainGraph({
      items: [
        { id: 'P', name: 'Platform', kind: 'PLATFORM' },
        { id: 'S', name: 'System', kind: 'SYSTEM' },
        { id: 'A', name: 'Part', kind: 'COMPONENT' },
      ],
      compositions: [
        { parentId: 'P', childId: 'S', quantity: 1, unit: 'pcs' },
        { parentId: 'S', childId: 'A', quantity: 2, unit: 'pcs' },
      ],
      itemMaterials: [{ itemId: 'A', materialId: 'X', quantityKg: 1 }],
      supplyLinks: [
        link('a', 'A', { country: 'DE', share: 1, leadTimeWeeks: aLeadWeeks, stockMonths: aStock }),
        link('s', 'S', { country: 'NL', share: 1, leadTimeWeeks: 26, stockMonths: 0.1 }),
      ],
      materials: [material('X')],
    });
  const standard = chain(13, 1);
  const cutX = (cutFraction: number, start: string, durationMonths: number | null, id = 'x'): ScenarioEvent => ({ id, materialId: 'X', cutFraction, start, durationMonths });
  const series = (result: ReturnType<typeof runScenario>, id: string) => result.items.find((i) => i.itemId === id)?.availability ?? null;
  const close = (values: number[]) => values.map((v) => expect.closeTo(v, 12));

  it('a single pulse comes out as a pulse: shifted by 3 + 6 months, made smaller by the stocks, then over', () => {
    const result = runScenario(standard, { events: [cutX(0.6, '2026-01-01', 2)] }, { horizonMonths: 16 });
    // X left 0.4 in months 0-1. A delivered 0.4 in months 3-4 (deficit 0.6 each):
    // month 3 from stock (0.4 left), month 4: 0.6 - 0.4 = 0.2 short -> 0.8.
    expect(series(result, 'A')).toEqual(close([1, 1, 1, 1, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    // S delivered 0.8 in month 4 + 6 = 10; 0.1 of stock leaves 0.1 short -> 0.9. Full again in month 11.
    const expected = close([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 1, 1, 1, 1, 1]);
    expect(series(result, 'S')).toEqual(expected);
    const p = result.platforms.find((x) => x.platformId === 'P')!;
    expect(p.timeline.map((m) => m.availability)).toEqual(expected);
    expect(p).toMatchObject({ firstShortfall: '2026-11', worstAvailability: expect.closeTo(0.9, 12), shortItemIds: ['A', 'S'] });
    expect(result.items.find((i) => i.itemId === 'P')).toMatchObject({ supplyDropMonth: 10, shortfallMonth: 10, monthsShort: 1, recoveredMonth: 11 });
    expect(result.items.find((i) => i.itemId === 'A')).toMatchObject({ supplyDropMonth: 3, shortfallMonth: 4, recoveredMonth: 5 });
  });

  it('a pulse the stock can hold does not reach the platform', () => {
    const result = runScenario(standard, { events: [cutX(0.3, '2026-01-01', 2)] }, { horizonMonths: 16 });
    // A delivered 0.7 in months 3-4: 0.3 + 0.3 = 0.6 of A's 1 month of stock. Nothing falls short.
    expect(result.items).toEqual([]);
    expect(result.platforms[0]!).toMatchObject({ firstShortfall: null, worstAvailability: 1, shortItemIds: [] });
    expect(result.platforms[0]!.timeline.every((m) => m.availability === 1)).toBe(true);
  });

  it('overlapping events compose, and a later event finds the stock the first one used', () => {
    const events = [
      cutX(0.5, '2026-01-01', 3, 'first'), // months 0-2
      cutX(0.5, '2026-02-01', 2, 'second'), // months 1-2, on top: 0.5 x 0.5 = 0.25 left
      { id: 'system', itemId: 'S', cutFraction: 0.5, start: '2027-01-01', durationMonths: 1 }, // S's own deliveries, month 12
    ];
    const result = runScenario(standard, { events }, { horizonMonths: 16 });
    // X left 0.5, 0.25, 0.25. A delivered in months 3-5: deficits 0.5, 0.75, 0.75.
    // Stock 1: month 3 covered (0.5 left), month 4: 0.75 - 0.5 = 0.25 short -> 0.75, month 5 -> 0.25.
    expect(series(result, 'A')).toEqual(close([1, 1, 1, 1, 0.75, 0.25, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    // S delivered 0.75, 0.25 in months 10-11: 0.1 of stock makes month 10 0.85, month 11 0.25.
    // Month 12: S's own deliveries halved, not delayed; the stock is gone -> 0.5.
    const expected = close([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.85, 0.25, 0.5, 1, 1, 1]);
    expect(series(result, 'S')).toEqual(expected);
    expect(result.platforms[0]!.timeline.map((m) => m.availability)).toEqual(expected);
    expect(result.items.find((i) => i.itemId === 'P')).toMatchObject({ causes: ['first', 'second', 'system'], monthsShort: 3, recoveredMonth: 13 });
    expect(result.items.find((i) => i.itemId === 'A')!.causes).toEqual(['first', 'second']);
  });

  it('a permanent cut stays to the horizon once the stocks are used up', () => {
    const result = runScenario(standard, { events: [cutX(0.2, '2026-01-01', null)] }, { horizonMonths: 16 });
    // A delivered 0.8 from month 3: 1 month of stock lasts 5 months (3-7); short from month 8.
    expect(series(result, 'A')).toEqual(close([1, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8]));
    // S delivered 0.8 from month 8 + 6 = 14: month 14 0.9 (0.1 of stock), month 15 0.8.
    expect(series(result, 'S')).toEqual(close([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 0.8]));
    expect(result.platforms[0]).toMatchObject({ firstShortfall: '2027-03', worstAvailability: expect.closeTo(0.8, 12) });
    expect(result.items.find((i) => i.itemId === 'P')).toMatchObject({ monthsShort: 2, recoveredMonth: null });
  });

  it.each([
    // 6.5 weeks = 1.5 months: month t gets half of what was started 1 month before and half of 2 months before.
    // X left 0.6 in month 0: A delivered 0.5 x 0.6 + 0.5 x 1 = 0.8 in month 1 and again 0.8 in month 2.
    // (Rounded up or to the nearest month, 2 months: [1, 1, 0.6, 1]; rounded down: [1, 0.6, 1, 1].)
    { weeks: 6.5, months: 1.5, expected: [1, 0.8, 0.8, 1, 1] },
    // 5.2 weeks = 1.2 months: 0.8 x 0.6 + 0.2 x 1 = 0.68 in month 1, 0.8 x 1 + 0.2 x 0.6 = 0.92 in month 2.
    // (Rounded to the nearest month, 1: [1, 0.6, 1, 1]; rounded up, 2: [1, 1, 0.6, 1].)
    { weeks: 5.2, months: 1.2, expected: [1, 0.68, 0.92, 1, 1] },
  ])('interpolates a fractional lead time of $months months ($weeks weeks) instead of rounding it', ({ weeks, expected }) => {
    const result = runScenario(chain(weeks, 0), { events: [cutX(0.4, '2026-01-01', 1)] }, { horizonMonths: 5 });
    expect(series(result, 'A')).toEqual(close(expected));
    // The loss is kept: 0.4 of a month in, 0.4 of a month short out.
    expect(series(result, 'A')!.reduce((n, v) => n + (1 - v), 0)).toBeCloseTo(0.4, 12);
  });
});
