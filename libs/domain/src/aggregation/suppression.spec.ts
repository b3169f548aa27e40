import { describe, expect, it } from 'vitest';
import { decideSuppression, sharesByCountry, type Contribution } from './suppression';

const c = (organisationId: string, weight: number, visibleToViewer = false): Contribution => ({ organisationId, weight, visibleToViewer });

describe('decideSuppression', () => {
  it.each([
    ['two organisations', [c('a', 0.5), c('b', 0.5)], 'TOO_FEW_CONTRIBUTORS'],
    ['one organisation with several records', [c('a', 0.2), c('a', 0.3), c('a', 0.5)], 'TOO_FEW_CONTRIBUTORS'],
    ['three organisations, one at 80%', [c('a', 0.8), c('b', 0.1), c('c', 0.1)], 'DOMINANT_CONTRIBUTOR'],
  ])('hides the figure for %s', (_, contributions, reason) => {
    expect(decideSuppression(contributions)).toMatchObject({ suppressed: true, reason });
  });

  it.each([
    ['three organisations, the largest at exactly 70%', [c('a', 0.7), c('b', 0.2), c('c', 0.1)]],
    ['three equal organisations', [c('a', 1), c('b', 1), c('c', 1)]],
  ])('shows the figure for %s', (_, contributions) => {
    expect(decideSuppression(contributions)).toEqual({ suppressed: false, contributors: 3 });
  });

  it('shows the figure when the viewer may read every record anyway', () => {
    expect(decideSuppression([c('a', 0.9, true), c('b', 0.1, true)])).toEqual({ suppressed: false, contributors: 2 });
  });

  it('hides it when only one of the records is hidden from the viewer', () => {
    expect(decideSuppression([c('a', 0.5, true), c('b', 0.5, false)])).toMatchObject({ suppressed: true });
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
