import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, currentCountryCode, isCurrentCountryCode, OBSOLETE_COUNTRY_CODES, resolveCountry } from './countries';

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
    ["Cote d'Ivoire", 'CI', "Cote d'Ivoire"],
    ['Cape Verde', 'CV', 'Cape Verde'],
    ['Kosovo', 'XK', 'Kosovo'],
    ['  united   KINGDOM ', 'GB', 'United Kingdom'],
    // Dutch names resolve too.
    ['Duitsland', 'DE', 'Germany'],
    ['Zuid-Korea', 'KR', 'South Korea'],
    // Historical names map to the current country (or the state that continues it).
    ['East Germany', 'DE', 'Germany'],
    ['USSR', 'RU', 'Russia'],
    ['Rhodesia', 'ZW', 'Zimbabwe'],
    ['Zaire', 'CD', 'Democratic Republic of the Congo'],
    ['Burma', 'MM', 'Myanmar'],
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
});

describe('country codes and names', () => {
  it('names every current code in Dutch and English, short forms where the library has them', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    for (const code of COUNTRY_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(countryName(code, 'nl')!.length).toBeGreaterThan(2);
      expect(countryName(code, 'en')!.length).toBeGreaterThan(2);
    }
    expect([countryName('DE', 'nl'), countryName('DE', 'en')]).toEqual(['Duitsland', 'Germany']);
    expect([countryName('US', 'nl'), countryName('US', 'en')]).toEqual(['Verenigde Staten', 'United States']);
    expect([countryName('cd', 'nl'), countryName('cd')]).toEqual(['Congo-Kinshasa', 'Democratic Republic of the Congo']);
    expect(countryName('MD')).toBe('Moldova');
    expect(countryName('ZZ')).toBeUndefined();
  });

  it('refuses obsolete codes as current and maps them to the current ones', () => {
    for (const code of ['DD', 'UK', 'RH', 'VD', 'ZR', 'SU', 'YU']) expect(isCurrentCountryCode(code)).toBe(false);
    expect(['DD', 'UK', 'RH', 'VD', 'ZR', 'SU', 'yu'].map(currentCountryCode)).toEqual(['DE', 'GB', 'ZW', 'VN', 'CD', 'RU', 'RS']);
    expect(currentCountryCode('nl')).toBe('NL');
    expect(currentCountryCode('XX')).toBeNull();
    for (const current of Object.values(OBSOLETE_COUNTRY_CODES)) expect(isCurrentCountryCode(current)).toBe(true);
  });
});
