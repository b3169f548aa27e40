import { describe, expect, it } from 'vitest';
import { liveFigureAttributes, parseLiveFigure, LIVE_FIGURE_MAX_ROWS, LIVE_FIGURE_DEFAULT_ROWS } from './document-schema';

describe('live figure references', () => {
  it('round-trips each kind of figure through its stored attributes', () => {
    const refs = [
      { figure: 'dependencies', productGroupId: 'pg', itemId: null, dependencyKind: 'MATERIAL', limit: 5 },
      { figure: 'dependencies', productGroupId: null, itemId: 'ship', dependencyKind: null, limit: 10 },
      { figure: 'material', materialId: 'nd' },
      { figure: 'scenario', scenarioId: 's1' },
      { figure: 'agreements' },
      { figure: 'risks', limit: 7 },
      { figure: 'interventionMatrix' },
    ] as const;
    for (const ref of refs) expect(parseLiveFigure(liveFigureAttributes(ref))).toEqual(ref);
  });

  it('prefers an item over a product group, bounds the row count and ignores unknown kinds', () => {
    expect(parseLiveFigure({ figure: 'dependencies', productGroupId: 'pg', itemId: 'ship', limit: 1000, dependencyKind: 'PLANET' })).toEqual({
      figure: 'dependencies',
      productGroupId: null,
      itemId: 'ship',
      dependencyKind: null,
      limit: LIVE_FIGURE_MAX_ROWS,
    });
    expect(parseLiveFigure({ figure: 'dependencies', productGroupId: 'pg', limit: '-3' })).toMatchObject({ limit: LIVE_FIGURE_DEFAULT_ROWS });
    expect(parseLiveFigure({ figure: 'dependencies', limit: 5 })).toBeNull();
    expect(parseLiveFigure({ figure: 'material', materialId: '  ' })).toBeNull();
    expect(parseLiveFigure({ figure: 'weather' })).toBeNull();
    expect(parseLiveFigure({})).toBeNull();
  });

  it("reads the roadmap figures without an id (they show the document's roadmap) and ignores ids left on them", () => {
    expect(parseLiveFigure({ figure: 'agreements', materialId: 'nd', limit: 3 })).toEqual({ figure: 'agreements' });
    expect(parseLiveFigure({ figure: 'interventionMatrix', scenarioId: 's1' })).toEqual({ figure: 'interventionMatrix' });
    expect(parseLiveFigure({ figure: 'risks', limit: 500 })).toEqual({ figure: 'risks', limit: LIVE_FIGURE_MAX_ROWS });
    expect(parseLiveFigure({ figure: 'risks', limit: null })).toEqual({ figure: 'risks', limit: LIVE_FIGURE_DEFAULT_ROWS });
    expect(parseLiveFigure({ figure: 'Risks' })).toBeNull();
  });
});
