import { describe, expect, it } from 'vitest';
import { countryLabel, csvCellText, HIDDEN_IDENTITY, visibleLinksTable, type VisibleLinkRow } from './visible-export';

const link = (over: Partial<VisibleLinkRow> = {}): VisibleLinkRow => ({
  itemName: 'Radar',
  itemKind: 'SEMI_FINISHED',
  supplierName: 'Magneet BV',
  country: 'DE',
  share: 0.425,
  tier: 2,
  leadTimeWeeks: 12,
  stockMonths: 1.5,
  singleSource: true,
  visibility: 'GOVERNMENT',
  contributedBy: 'Delta Radar Systems',
  ...over,
});

describe('visibleLinksTable', () => {
  it('words a link for a Dutch reader: percentages, country name and code, Ja/Nee, visibility and kind in words, the contributor', () => {
    const { header, rows } = visibleLinksTable([link()], 'nl');
    expect(header).toEqual([
      'Onderdeel',
      'Soort onderdeel',
      'Leverancier',
      'Land',
      'Aandeel (%)',
      'Tier',
      'Levertijd (weken)',
      'Voorraad (maanden)',
      'Enige bron',
      'Zichtbaarheid',
      'Bijgedragen door',
    ]);
    expect(rows).toEqual([['Radar', 'Halffabricaat', 'Magneet BV', 'Duitsland (DE)', 42.5, 2, 12, 1.5, 'Ja', 'Overheid', 'Delta Radar Systems']]);
  });

  it('words it in English when asked', () => {
    const { header, rows } = visibleLinksTable([link({ singleSource: false, visibility: 'ROADMAP' })], 'en');
    expect(header[4]).toBe('Share (%)');
    expect(header[10]).toBe('Contributed by');
    expect(rows[0]).toEqual(['Radar', 'Semi-finished product', 'Magneet BV', 'Germany (DE)', 42.5, 2, 12, 1.5, 'No', 'Roadmap', 'Delta Radar Systems']);
  });

  it('shows every hidden contributor and supplier as the same neutral text, and unknown figures as empty cells', () => {
    const { rows } = visibleLinksTable(
      [link({ contributedBy: null, supplierName: null, share: null, tier: null, country: null }), link({ contributedBy: null, supplierName: null, itemName: 'Mast' })],
      'nl',
    );
    expect(rows.map((r) => [r[2], r[10]])).toEqual([
      [HIDDEN_IDENTITY, HIDDEN_IDENTITY],
      [HIDDEN_IDENTITY, HIDDEN_IDENTITY],
    ]);
    expect(rows[0]!.slice(3, 6)).toEqual(['', '', '']);
  });

  it('keeps a share as entered, without binary noise', () => {
    expect(visibleLinksTable([link({ share: 0.07 })], 'nl').rows[0]![4]).toBe(7);
    expect(visibleLinksTable([link({ share: 1 / 3 })], 'nl').rows[0]![4]).toBe(33.333333);
  });
});

describe('csvCellText and countryLabel', () => {
  it('writes numbers with a decimal comma in Dutch and a point in English; text as it is', () => {
    expect(csvCellText(42.5, 'nl')).toBe('42,5');
    expect(csvCellText(42.5, 'en')).toBe('42.5');
    expect(csvCellText('Ja', 'nl')).toBe('Ja');
  });

  it('names a country in the language with its code, and falls back to the code', () => {
    expect(countryLabel('CN', 'nl')).toBe('China (CN)');
    expect(countryLabel('NL', 'en')).toBe('Netherlands (NL)');
    expect(countryLabel('XX', 'nl')).toBe('XX');
  });
});
