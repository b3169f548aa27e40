import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCrmDataset } from '@routekaart/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

// docs/analysis.md compares our computed supply risk with the published EU 2023 values. The table
// is generated here from the API's answers, so the numbers in the doc are the code's numbers.

const DOC = join(__dirname, '..', '..', '..', '..', 'docs', 'analysis.md');
const REGENERATE = 'UPDATE_ANALYSIS_DOC=1 npx vitest run --project api src/analysis/analysis-docs';
const BEGIN = `<!-- BEGIN supply-risk-comparison: generated, do not edit; regenerate with ${REGENERATE} -->`;
const END = '<!-- END supply-risk-comparison -->';

interface Row {
  name: string;
  symbol: string;
  chemicalSymbol: string | null;
  supplyRisk: number | null;
  computedSupplyRisk: {
    value: number | null;
    stage: string | null;
    method: string;
    inputsMissing: string[];
    notes: string[];
    stages: { stage: string; blend: string | null }[];
    basedOn: { symbol: string } | null;
  };
}

/** Ranks 1..n, highest value first; ties share the mean of their ranks. */
function ranks(values: number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const result = new Array<number>(values.length);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && order[end + 1]!.v === order[k]!.v) end++;
    for (let j = k; j <= end; j++) result[order[j]!.i] = (k + end) / 2 + 1;
    k = end + 1;
  }
  return result;
}

function pearson(x: number[], y: number[]): number {
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((v, i) => {
    sxy += (v - mx) * (y[i]! - my);
    sxx += (v - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

const STAGE = { EXTRACTION: 'E', PROCESSING: 'P' } as Record<string, string>;

function why(row: Row): string {
  const sr = row.computedSupplyRisk;
  const reasons: string[] = [];
  if (sr.basedOn) reasons.push(`group published per element: its riskiest element, ${sr.basedOn.symbol}`);
  if (sr.notes.some((n) => /of its group/.test(n))) reasons.push("IR and EoL-RIR of the element's group");
  const blend = sr.stages.find((s) => s.stage === sr.stage)?.blend;
  if (blend === 'IR_UPPER_BOUND') reasons.push('IR unknown: highest value IR allows');
  if (blend === 'GLOBAL_ONLY') reasons.push('no EU-sourcing shares at this stage: global HHI only');
  if (blend === 'EU_ONLY') reasons.push('only EU-sourcing shares at this stage');
  if (sr.inputsMissing.includes('TRADE_FACTOR_T')) reasons.push('t left out');
  if (sr.inputsMissing.includes('EOL_RIR')) reasons.push('no EoL-RIR');
  return reasons.join('; ') || '—';
}

/** The minimum Spearman rank correlation between the published and the computed SR that the comparison must keep. */
const MIN_RANK_CORRELATION = 0.85;

function render(rows: Row[], bottleneck: Map<string, string | null>): { text: string; rho: number; compared: number } {
  const both = rows.filter((r) => r.supplyRisk !== null && r.computedSupplyRisk.value !== null);
  const published = both.map((r) => r.supplyRisk!);
  const computed = both.map((r) => r.computedSupplyRisk.value!);
  const rankPublished = ranks(published);
  const rankComputed = ranks(computed);
  const rankOf = new Map(both.map((r, i) => [r.symbol, [rankPublished[i]!, rankComputed[i]!]]));
  const ratios = both.map((r) => r.supplyRisk! / r.computedSupplyRisk.value!).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  const rho = pearson(rankPublished, rankComputed);
  const methods = [...new Set(rows.map((r) => r.computedSupplyRisk.method))].join(', ');
  const missingEverywhere = ['WGI', 'SUBSTITUTION_INDEX'].filter((i) => rows.every((r) => r.computedSupplyRisk.inputsMissing.includes(i)));
  const fmt = (v: number | null, digits: number) => (v === null ? '—' : v.toFixed(digits));
  const lines = [
    BEGIN,
    '',
    `${rows.length} materials of the EU 2023 CRM list. Method of every computed value: ${methods}; inputs missing for all of them: ${missingEverywhere.join(', ')}.`,
    `Computed values are unweighted HHIs (0..1) times (1 - EoL-RIR), so they are on another scale than the published SR;`,
    `compare the order. Spearman rank correlation between published and computed: **${rho.toFixed(2)}** over ${both.length} materials;`,
    `published / computed ranges from ${ratios[0]!.toFixed(1)} to ${ratios.at(-1)!.toFixed(1)} (median ${median.toFixed(1)}): the governance weighting`,
    '(scaled WGI, 0..10 per country) and the substitution index that we do not have are where the scales part.',
    '',
    '| Material | SR published 2023 | SR computed | stage (ours / EU) | published / computed | rank published | rank computed | why they differ, besides WGI and SI |',
    '|---|---:|---:|---|---:|---:|---:|---|',
    ...rows.map((r) => {
      const sr = r.computedSupplyRisk;
      const rank = rankOf.get(r.symbol);
      const ours = sr.stage ? STAGE[sr.stage]! : '—';
      const eu = bottleneck.get(r.symbol);
      return (
        `| ${r.chemicalSymbol ? `${r.name} (${r.chemicalSymbol})` : r.name} | ${fmt(r.supplyRisk, 1)} | ${fmt(sr.value, 3)} | ${ours} / ${eu ? STAGE[eu] : '—'} | ` +
        `${r.supplyRisk !== null && sr.value ? (r.supplyRisk / sr.value).toFixed(1) : '—'} | ${rank ? rank[0] : '—'} | ${rank ? rank[1] : '—'} | ${why(r)} |`
      );
    }),
    '',
    END,
  ];
  return { text: lines.join('\n'), rho, compared: both.length };
}

describe('docs/analysis.md', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('carries the supply-risk comparison the code computes', async () => {
    const nmo = await t.login('analist@nmo.example');
    const res = await t.gql<{ materials: { nodes: Row[] } }>(
      `{ materials(crmList: true, first: 100) { nodes { name symbol chemicalSymbol supplyRisk
          computedSupplyRisk { value stage method inputsMissing notes stages { stage blend } basedOn { symbol } } } } }`,
      {},
      nmo,
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.materials.nodes;
    expect(rows).toHaveLength(34);
    const bottleneck = new Map(loadCrmDataset().materials.map((m) => [m.symbol, m.bottleneckStage]));
    const { text: rendered, rho, compared } = render(rows, bottleneck);
    // The order must agree with the EU's: Spearman's rho, computed here from the ranks (Pearson of the ranks, ties averaged).
    expect(compared).toBe(34);
    expect(rho, `Spearman rank correlation ${rho.toFixed(3)} between published and computed SR`).toBeGreaterThanOrEqual(MIN_RANK_CORRELATION);

    let doc = '';
    try {
      doc = readFileSync(DOC, 'utf8');
    } catch {
      // missing: fails below
    }
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    if (process.env.UPDATE_ANALYSIS_DOC === '1' && start >= 0 && end > start) {
      doc = doc.slice(0, start) + rendered + doc.slice(end + END.length);
      writeFileSync(DOC, doc);
    }
    const committed = start >= 0 && end > start ? doc.slice(doc.indexOf(BEGIN), doc.indexOf(END) + END.length) : '';
    expect(committed, `docs/analysis.md is stale; run: ${REGENERATE}`).toBe(rendered);
  });
});
