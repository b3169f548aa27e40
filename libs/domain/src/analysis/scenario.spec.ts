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
  it('delays the shortfall by stock and the recovery by lead time', () => {
    const result = runScenario(graph, { events: [gaCut] }, { horizonMonths: 8 });
    expect(result.events).toEqual([
      { id: 'ga-cut', target: { kind: 'MATERIAL', materialId: 'Ga' }, country: 'CN', cutFraction: 0.5, sourceShare: 0.8, stage: 'PROCESSING', supplyLoss: 0.4, fromMonth: 0, toMonth: 3 },
    ]);
    // Ga left: 0.6 in months 0-2. Deliveries stay at 0.6 until month 5 (3 months lead time).
    // Stock 1 month: covers 0.4 in month 0, 0.4 in month 1, 0.2 of 0.4 in month 2.
    expect(availabilityOf(result, 'M1')).toEqual([1, 1, 0.8, 0.6, 0.6, 0.6, 1, 1].map((v) => expect.closeTo(v, 12)));
    expect(result.items.find((i) => i.itemId === 'M1')).toMatchObject({
      supplyDropMonth: 0,
      shortfallMonth: 2,
      shortfallFrom: '2026-03',
      worstAvailability: expect.closeTo(0.6, 12),
      worstMonth: 3,
      monthsShort: 4,
      recoveredMonth: 6,
      causes: ['ga-cut'],
    });
    expect(result.items.map((i) => i.itemId)).toEqual(['M1', 'P', 'S']);
    expect(platform(result, 'P')).toMatchObject({ firstShortfall: '2026-03', worstAvailability: expect.closeTo(0.6, 12), shortItemIds: ['M1', 'P', 'S'] });
    expect(platform(result, 'P').timeline.slice(0, 4)).toEqual([
      { month: '2026-01', availability: 1 },
      { month: '2026-02', availability: 1 },
      { month: '2026-03', availability: expect.closeTo(0.8, 12) },
      { month: '2026-04', availability: expect.closeTo(0.6, 12) },
    ]);
    expect(platform(result, 'Q')).toMatchObject({ firstShortfall: null, worstAvailability: 1, shortItemIds: [] });
    expect(platform(result, 'Q').timeline.every((m) => m.availability === 1)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('combines events on different inputs: an item needs all of them (lowest counts)', () => {
    const result = runScenario(graph, { events: [gaCut, kCut] }, { horizonMonths: 8 });
    // K: US half of the supply gone in month 4, no stock.
    expect(availabilityOf(result, 'K')).toEqual([1, 1, 1, 1, 0.5, 1, 1, 1]);
    expect(platform(result, 'P').timeline.map((m) => m.availability)).toEqual([1, 1, 0.8, 0.6, 0.5, 0.6, 1, 1].map((v) => expect.closeTo(v, 12)));
    expect(platform(result, 'Q')).toMatchObject({ firstShortfall: '2026-05', worstAvailability: 0.5, shortItemIds: ['K', 'Q'] });
    expect(result.items.find((i) => i.itemId === 'S')!.causes).toEqual(['ga-cut', 'k-cut']);
    expect(result.items.find((i) => i.itemId === 'Q')!.causes).toEqual(['k-cut']);
  });

  it('multiplies what is left when two events cut the same material', () => {
    const result = runScenario(graph, { events: [gaCut, jpCut] }, { horizonMonths: 8 });
    // Ga left in month 1: 0.6 * (1 - 0.2) = 0.48; stock 1 covers 0.4 + 0.52 - 0.44 short in month 2.
    expect(availabilityOf(result, 'M1')).toEqual([1, 1, 0.56, 0.48, 0.48, 0.6, 1, 1].map((v) => expect.closeTo(v, 12)));
  });

  it('keeps a cut without an end going to the horizon', () => {
    const result = runScenario(graph, { events: [{ ...gaCut, durationMonths: null }] }, { horizonMonths: 8 });
    expect(result.items.find((i) => i.itemId === 'M1')).toMatchObject({ monthsShort: 6, recoveredMonth: null });
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
