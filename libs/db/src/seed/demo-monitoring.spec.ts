import { describe, expect, it } from 'vitest';
import {
  ALL_CRM_MATERIALS,
  detectCrossings,
  quarterOf,
  validateDisruptionReport,
  validateObservation,
  validateSeriesInput,
  validateThreshold,
} from '@routekaart/domain';
import { DEMO_ITEMS } from './demo-fleet';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { demoCountrySeries, demoDisruptionReports, demoMonitoringSeries, type DemoSeries } from './demo-monitoring';

const series = demoMonitoringSeries();
const byKey = new Map(series.map((s) => [s.key, s]));
const get = (key: string): DemoSeries => {
  const s = byKey.get(key);
  if (!s) throw new Error(`no series ${key}`);
  return s;
};
const mean = (key: string, from: string, to: string) => {
  const values = get(key).observations.filter((o) => o.date >= from && o.date <= to).map((o) => o.value);
  return values.reduce((a, b) => a + b, 0) / values.length;
};
const at = (key: string, date: string) => get(key).observations.find((o) => o.date === date)?.value ?? Number.NaN;
const symbols = new Set(ALL_CRM_MATERIALS.map((m) => m.symbol));

describe('demo monitoring series', () => {
  it('has a price and a lead time for each of the eight materials, and one PMI series', () => {
    expect(series).toHaveLength(17);
    expect(byKey.size).toBe(series.length);
    for (const code of ['ga', 'ge', 'nd', 'dy', 'w', 'co', 'ni', 'sb']) {
      expect(get(`${code}-price`).indicator).toBe('PRICE');
      expect(get(`${code}-lead-time`).indicator).toBe('LEAD_TIME');
    }
    expect(get('pmi-delivery-times')).toMatchObject({ indicator: 'PMI_DELIVERY_TIMES', subjectKind: 'NONE' });
    expect(get('pmi-delivery-times').materialCode).toBeUndefined();
  });

  it('is labelled as demo and names catalogue materials by symbol', () => {
    for (const s of series) {
      expect(s.name, s.key).toMatch(/\(demo\)$/);
      expect(s.source, s.key).toMatch(/^Demo — /);
      if (s.subjectKind === 'MATERIAL') expect(symbols.has(s.materialCode ?? ''), s.key).toBe(true);
    }
  });

  it('runs monthly on the first of the month from 2020-01 to 2026-11', () => {
    for (const s of series) {
      expect(s.observations, s.key).toHaveLength(83);
      expect(s.observations[0].date).toBe('2020-01-01');
      expect(s.observations[82].date).toBe('2026-11-01');
      expect(s.observations.every((o) => o.date.endsWith('-01'))).toBe(true);
      expect(s.observations.every((o) => o.value > 0)).toBe(true);
    }
  });

  it('validates with the domain validators', () => {
    for (const s of series) {
      const def = validateSeriesInput({ ...s, subjectId: s.materialCode ?? null });
      expect(def.ok ? [] : def.errors, s.key).toEqual([]);
      for (const o of s.observations) expect(validateObservation(o, { today: '2026-12-01' }).ok, `${s.key} ${o.date}`).toBe(true);
      for (const t of s.thresholds) expect(validateThreshold(t), `${s.key} ${JSON.stringify(t)}`).toEqual({ ok: true, value: t });
    }
  });

  it('crosses every threshold at least once', () => {
    for (const s of series) {
      expect(s.thresholds.length, s.key).toBeGreaterThan(0);
      for (const t of s.thresholds) expect(detectCrossings(s.observations, t).length, `${s.key} ${JSON.stringify(t)}`).toBeGreaterThan(0);
    }
    expect(get('ga-price').thresholds.some((t) => t.kind === 'ABOVE')).toBe(true);
    expect(get('nd-lead-time').thresholds.some((t) => t.kind === 'ABOVE')).toBe(true);
    expect(series.some((s) => s.thresholds.some((t) => t.kind === 'CHANGE'))).toBe(true);
  });

  it('has the shapes of the story', () => {
    // Gallium and germanium: up after the licensing of August 2023, and again after December 2024.
    expect(mean('ga-price', '2024-01-01', '2024-12-01')).toBeGreaterThan(1.5 * mean('ga-price', '2022-01-01', '2022-12-01'));
    expect(at('ga-price', '2023-10-01')).toBeGreaterThan(1.3 * at('ga-price', '2023-06-01'));
    expect(at('ga-price', '2025-03-01')).toBeGreaterThan(1.25 * at('ga-price', '2024-10-01'));
    expect(at('ge-price', '2023-10-01')).toBeGreaterThan(1.15 * at('ge-price', '2023-06-01'));
    expect(at('ge-price', '2025-03-01')).toBeGreaterThan(1.25 * at('ge-price', '2024-10-01'));
    // Magnet lead times: sharply up in spring 2025.
    for (const key of ['nd-lead-time', 'dy-lead-time']) {
      expect(at(key, '2025-07-01'), key).toBeGreaterThan(2 * at(key, '2025-03-01'));
    }
    // Antimony triples over 2024-2025.
    expect(mean('sb-price', '2025-04-01', '2025-12-01')).toBeGreaterThan(3 * mean('sb-price', '2023-10-01', '2024-01-01'));
    // Cobalt: falls from 2022 to early 2025, then rises.
    expect(at('co-price', '2022-04-01')).toBeGreaterThan(2.5 * at('co-price', '2025-01-01'));
    expect(at('co-price', '2025-12-01')).toBeGreaterThan(1.6 * at('co-price', '2025-01-01'));
    // Nickel spikes in March 2022.
    const ni = get('ni-price').observations;
    expect(ni.reduce((a, b) => (b.value > a.value ? b : a)).date).toBe('2022-03-01');
    // The PMI delivery times index is at its lowest (longest delivery times) in 2021.
    const pmi = get('pmi-delivery-times').observations;
    expect(pmi.reduce((a, b) => (b.value < a.value ? b : a)).date.slice(0, 4)).toBe('2021');
  });

  it('is deterministic', () => {
    expect(demoMonitoringSeries()).toEqual(series);
    expect(JSON.stringify(demoMonitoringSeries())).toBe(JSON.stringify(series));
  });
});

describe('demo disruption reports', () => {
  const reports = demoDisruptionReports();
  const items = new Set(DEMO_ITEMS.map((i) => i.key));

  it('holds six to eight reports from three demo companies, by their demo users', () => {
    expect(reports.length).toBeGreaterThanOrEqual(6);
    expect(reports.length).toBeLessThanOrEqual(8);
    expect(new Set(reports.map((r) => r.key)).size).toBe(reports.length);
    expect(new Set(reports.map((r) => r.orgKey)).size).toBe(3);
    for (const r of reports) {
      const org = DEMO_ORGANISATIONS.find((o) => o.key === r.orgKey);
      expect(org?.kind, r.key).toBe('INDUSTRY');
      expect(org?.users.map((u) => u.email), r.key).toContain(r.reporterEmail);
      expect(r.description, r.key).toMatch(/^Demo: /);
    }
  });

  it('names catalogue materials and demo items, and validates with the domain validator', () => {
    for (const r of reports) {
      expect(symbols.has(r.materialCode), r.key).toBe(true);
      if (r.itemKey !== null) expect(items.has(r.itemKey), r.key).toBe(true);
      const checked = validateDisruptionReport({ ...r, materialId: r.materialCode, itemId: r.itemKey }, { today: '2026-12-01' });
      expect(checked.ok ? [] : checked.errors, r.key).toEqual([]);
    }
  });

  it('holds magnet reports of all three companies in the second quarter of 2025: a signal even government may see', () => {
    const spring = reports.filter((r) => r.materialCode === 'Nd' && quarterOf(r.startedOn) === '2025-Q2');
    expect(new Set(spring.map((r) => r.orgKey))).toEqual(new Set(['werf', 'radar', 'magneet']));
  });

  it('is deterministic', () => {
    expect(demoDisruptionReports()).toEqual(reports);
  });
});

describe('demo series about a country', () => {
  it('counts Chinese export-control measures per quarter, crossing its threshold in the bursts of 2023-2025', () => {
    const [cn] = demoCountrySeries();
    expect(cn).toMatchObject({ country: 'CN', indicator: 'EXPORT_RESTRICTION_EVENTS', frequency: 'QUARTERLY' });
    expect(cn!.observations).toHaveLength(27);
    expect(validateSeriesInput({ ...cn!, subjectKind: 'COUNTRY', subjectId: 'CN' }).ok).toBe(true);
    const crossings = detectCrossings(cn!.observations, cn!.thresholds[0] as never).map((c) => c.date);
    expect(crossings).toEqual(['2023-07-01', '2024-10-01', '2025-04-01', '2025-10-01']);
  });
});
