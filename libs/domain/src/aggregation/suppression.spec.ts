import { describe, expect, it } from 'vitest';
import { recordsForViewer, sharesByCountry, type Contribution } from './suppression';

const hidden = (organisationId: string, weight: number): Contribution => ({ organisationId, weight, visibleToViewer: false });
const seen = (organisationId: string, weight: number): Contribution => ({ organisationId, weight, visibleToViewer: true });
const figure = (contributions: Contribution[]) => {
  const r = recordsForViewer(contributions);
  return { includesOthers: r.includesOthers, contributors: r.contributors, weights: r.records.map((c) => `${c.organisationId}:${c.weight}`) };
};

describe('recordsForViewer', () => {
  it.each([
    ['two other organisations', [hidden('a', 0.5), hidden('b', 0.5)]],
    ['one other organisation with several records', [hidden('a', 0.2), hidden('a', 0.3), hidden('a', 0.5)]],
    ['three other organisations, one at 80%', [hidden('a', 0.8), hidden('b', 0.1), hidden('c', 0.1)]],
    ['three other organisations, one of them with empty records only', [hidden('a', 0.5), hidden('b', 0.5), hidden('c', 0)]],
  ])('leaves out the records it may not read from %s', (_, others) => {
    expect(figure([seen('me', 0.25), ...others])).toEqual({ includesOthers: false, contributors: 1, weights: ['me:0.25'] });
  });

  it('answers exactly as if those records did not exist', () => {
    const mine = [seen('me', 0.25), seen('x', 0.1)];
    for (const others of [[], [hidden('a', 0.6)], [hidden('a', 0.6), hidden('b', 0.3)], [hidden('a', 0.9), hidden('b', 0.05), hidden('c', 0.05)]]) {
      expect(figure([...mine, ...others])).toEqual(figure(mine));
    }
  });

  it.each([
    ['three other organisations, the largest at exactly 70%', [hidden('a', 0.7), hidden('b', 0.2), hidden('c', 0.1)]],
    ['three equal other organisations', [hidden('a', 1), hidden('b', 1), hidden('c', 1)]],
  ])('includes the combined records of %s', (_, others) => {
    const r = figure([seen('me', 0.25), ...others]);
    expect(r.includesOthers).toBe(true);
    expect(r.contributors).toBe(4);
    expect(r.weights).toHaveLength(4);
  });

  it("cannot be lifted by the viewer's own records, empty or not", () => {
    const others = [hidden('a', 0.6), hidden('b', 0.3)];
    for (const own of [[], [seen('me', 0)], [seen('me', 0), seen('me', 0)], [seen('me', 0.5)]]) {
      expect(figure([...own, ...others]).includesOthers).toBe(false);
    }
  });

  it("does not count an organisation's records the viewer may read towards the threshold", () => {
    // b's link is visible (e.g. ROADMAP), so only a hides anything: one hidden organisation.
    expect(figure([seen('b', 0.3), seen('c', 0.3), hidden('a', 0.4)]).includesOthers).toBe(false);
  });
});

describe('sharesByCountry', () => {
  it('adds up per country, largest first, ignoring unknown shares', () => {
    expect(
      sharesByCountry([
        { country: 'CN', share: 0.3 },
        { country: 'JP', share: 0.2 },
        { country: 'CN', share: 0.35 },
        { country: null, share: 0.1 },
        { country: 'DE', share: null },
      ]),
    ).toEqual([
      { country: 'CN', share: 0.65 },
      { country: 'JP', share: 0.2 },
      { country: null, share: 0.1 },
    ]);
  });
});
