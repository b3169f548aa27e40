import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES, countryName, resolveCountry } from './countries';

describe('resolveCountry', () => {
  it.each([
    ['China', 'CN', 'China'],
    ['Türkiye', 'TR', 'Türkiye'],
    ['Turkyie', 'TR', 'Türkiye'],
    ['Turkey', 'TR', 'Türkiye'],
    ['Congo, D.R.', 'CD', 'Democratic Republic of the Congo'],
    ['DRC', 'CD', 'Democratic Republic of the Congo'],
    ['Democratic Republic of the Congo', 'CD', 'Democratic Republic of the Congo'],
    ['Congo', 'CG', 'Republic of the Congo'],
    ['Russia', 'RU', 'Russia'],
    ['Korea, South', 'KR', 'South Korea'],
    ['South Korea', 'KR', 'South Korea'],
    ['Korea, North', 'KP', 'North Korea'],
    ['United Kingdom', 'GB', 'United Kingdom'],
    ['United States', 'US', 'United States'],
    ['Brasil', 'BR', 'Brazil'],
    ['Brasilia', 'BR', 'Brazil'],
    ['Libanon', 'LB', 'Lebanon'],
    ['Surinam', 'SR', 'Suriname'],
    ["Cote d'Ivoire", 'CI', "Côte d'Ivoire"],
    ['Cape Verde', 'CV', 'Cabo Verde'],
    ['Kosovo', 'XK', 'Kosovo'],
    ['  united   KINGDOM ', 'GB', 'United Kingdom'],
  ])('maps %j to %s', (name, iso2, displayName) => {
    expect(resolveCountry(name)).toEqual({ kind: 'COUNTRY', iso2, displayName });
  });

  it.each([
    ['Other', 'RESIDUAL'],
    ['Rest of the world', 'RESIDUAL'],
    ['rest of world', 'RESIDUAL'],
    ['EU', 'REGION'],
    ['European Union', 'REGION'],
  ])('keeps %j as a non-country (%s) with no ISO code', (name, category) => {
    expect(resolveCountry(name)).toMatchObject({ kind: 'NON_COUNTRY', iso2: null, category });
  });

  it('says UNKNOWN for a name it does not know, rather than guessing', () => {
    expect(resolveCountry('Atlantis')).toEqual({ kind: 'UNKNOWN', iso2: null, displayName: 'Atlantis' });
  });

  it('has a display name for every code, and codes are two capital letters', () => {
    for (const [iso2, name] of Object.entries(COUNTRY_NAMES)) {
      expect(iso2).toMatch(/^[A-Z]{2}$/);
      expect(name.length).toBeGreaterThan(2);
    }
    expect(countryName('cd')).toBe('Democratic Republic of the Congo');
    expect(countryName('ZZ')).toBeUndefined();
  });
});
