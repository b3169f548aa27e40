// The library without its node entry, which registers the names of all 79 languages it carries
// (80 files, 0.6 MB that the API held from start-up); we register the two we use, as in the browser.
import countries from 'i18n-iso-countries/index';
import enLocale from 'i18n-iso-countries/langs/en.json';
import nlLocale from 'i18n-iso-countries/langs/nl.json';

/**
 * Countries through `i18n-iso-countries` (ISO 3166-1, maintained upstream): codes, names in Dutch and
 * English, and the names the library knows as aliases. What the library cannot know is kept here, small
 * and explicit: the misspellings of the EU CRM 2023 files, and obsolete codes and historical names that
 * sources still print, mapped to the current code. A name found nowhere is reported, never guessed.
 */

countries.registerLocale(enLocale);
countries.registerLocale(nlLocale);

export type CountryLocale = 'nl' | 'en';

/**
 * Obsolete ISO 3166-1 alpha-2 codes (ISO 3166-3) and common non-ISO codes -> the current code of the
 * same country, or of the state that continues it (the Russian Federation for the USSR, Serbia for
 * Yugoslavia and Serbia and Montenegro, Czechia for Czechoslovakia, as the UN and the World Bank
 * carry their series on).
 */
export const OBSOLETE_COUNTRY_CODES: Readonly<Record<string, string>> = {
  DD: 'DE', // German Democratic Republic, joined Germany in 1990
  UK: 'GB', // not ISO (exceptionally reserved), used for the United Kingdom
  EL: 'GR', // the EU's code for Greece
  RH: 'ZW', // Southern Rhodesia
  VD: 'VN', // Democratic Republic of Vietnam (North Vietnam)
  ZR: 'CD', // Zaire
  SU: 'RU', // USSR
  YU: 'RS', // Yugoslavia
  CS: 'RS', // Serbia and Montenegro (earlier Czechoslovakia: see the names below)
  BU: 'MM', // Burma
  TP: 'TL', // East Timor
  DY: 'BJ', // Dahomey
  HV: 'BF', // Upper Volta
  NH: 'VU', // New Hebrides
};

/**
 * Names the library does not carry: the EU tables' World Bank style names and misspellings ('Turkyie',
 * 'Brasilia' for Brazil, 'Brasil', 'Libanon', 'Surinam'), and historical names mapped like the codes above.
 */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  'Congo, D.R.': 'CD',
  'Congo, Dem. Rep.': 'CD',
  'DR Congo': 'CD',
  DRC: 'CD',
  'Democratic Republic of Congo': 'CD',
  // The files list 'Congo, D.R.' separately, so a plain 'Congo' is the Republic of the Congo (Brazzaville).
  Congo: 'CG',
  'Congo, Rep.': 'CG',
  'Korea, South': 'KR',
  'Korea, North': 'KP',
  Turkyie: 'TR',
  Brasil: 'BR',
  Brasilia: 'BR',
  Libanon: 'LB',
  Surinam: 'SR',
  // Short English names the library carries only in their long form ('Syrian Arab Republic', 'Moldova, Republic of').
  Syria: 'SY',
  Moldova: 'MD',
  'Lao PDR': 'LA',
  'Iran, Islamic Rep.': 'IR',
  USSR: 'RU',
  'Soviet Union': 'RU',
  'East Germany': 'DE',
  'German Democratic Republic': 'DE',
  'West Germany': 'DE',
  Rhodesia: 'ZW',
  'Southern Rhodesia': 'ZW',
  Zaire: 'CD',
  Burma: 'MM',
  Yugoslavia: 'RS',
  'Serbia and Montenegro': 'RS',
  Czechoslovakia: 'CZ',
  'North Vietnam': 'VN',
  'East Timor': 'TL',
};

/**
 * Entries of a country column that are not a country. They are kept (their share counts), with country
 * null: a residual ('Other', 'Rest of the world') or a region aggregate ('EU').
 */
const NON_COUNTRY_NAMES: Readonly<Record<string, NonCountryCategory>> = {
  Other: 'RESIDUAL',
  Others: 'RESIDUAL',
  'Other countries': 'RESIDUAL',
  'Rest of the world': 'RESIDUAL',
  'Rest of world': 'RESIDUAL',
  RoW: 'RESIDUAL',
  Unknown: 'RESIDUAL',
  EU: 'REGION',
  EU27: 'REGION',
  'EU-27': 'REGION',
  'European Union': 'REGION',
};

export type NonCountryCategory = 'RESIDUAL' | 'REGION';

export type CountryResolution =
  | { kind: 'COUNTRY'; iso2: string; displayName: string }
  | { kind: 'NON_COUNTRY'; iso2: null; displayName: string; category: NonCountryCategory }
  | { kind: 'UNKNOWN'; iso2: null; displayName: string };

/** Case, accents, punctuation and spacing differences do not make a different country. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const namesOf = (code: string, locale: CountryLocale): string[] => countries.getName(code, locale, { select: 'all' }) ?? [];

/** Formal long forms that have a usual short form among the library's names ("People's Republic of China" -> "China"). */
const FORMAL = /\b(Republic|People's|Federation|Kingdom of|Province|Islamic|Plurinational|Bolivarian|of America|Darussalam)\b/;

/**
 * The name to show. Dutch: the library's usual short form (its second name: "Duitsland", not
 * "Bondsrepubliek Duitsland"). English: its first name unless that is a formal long form with a
 * short form beside it; a short form that another country also carries ("Congo") is not taken.
 */
function displayNameOf(code: string, locale: CountryLocale, ambiguous: ReadonlySet<string>): string | undefined {
  const names = namesOf(code, locale);
  if (names.length === 0) return undefined;
  if (locale === 'nl') return names[1] ?? names[0];
  const official = names[0]!;
  if (!FORMAL.test(official) && !official.includes(',')) return official;
  const short = names.find((n) => n !== official && !FORMAL.test(n) && !/[,.(]/.test(n) && n !== n.toUpperCase() && !ambiguous.has(normaliseName(n)));
  // "Moldova, Republic of" -> "Moldova".
  const beforeComma = official.includes(',') ? official.split(',')[0]!.trim() : null;
  return short ?? (beforeComma && !ambiguous.has(normaliseName(beforeComma)) ? beforeComma : official);
}

/** Every current code the library knows (ISO 3166-1 alpha-2 plus XK, Kosovo, as the EU and World Bank use it). */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

const DISPLAY: Record<CountryLocale, Map<string, string>> = { nl: new Map(), en: new Map() };
const LOOKUP = new Map<string, CountryResolution>();
{
  // Names that belong to more than one code are not looked up by the library; only an explicit alias resolves them.
  const owners = new Map<string, Set<string>>();
  for (const code of COUNTRY_CODES) {
    for (const locale of ['en', 'nl'] as const) {
      for (const n of namesOf(code, locale)) {
        const key = normaliseName(n);
        owners.set(key, (owners.get(key) ?? new Set()).add(code));
      }
    }
  }
  const ambiguous = new Set([...owners].filter(([, codes]) => codes.size > 1).map(([key]) => key));
  for (const code of COUNTRY_CODES) {
    for (const locale of ['nl', 'en'] as const) {
      const name = displayNameOf(code, locale, ambiguous);
      if (name) DISPLAY[locale].set(code, name);
    }
  }
  const country = (iso2: string): CountryResolution => ({ kind: 'COUNTRY', iso2, displayName: DISPLAY.en.get(iso2) ?? iso2 });
  for (const [key, codes] of owners) if (codes.size === 1) LOOKUP.set(key, country([...codes][0]!));
  for (const [alias, iso2] of Object.entries(NAME_ALIASES)) LOOKUP.set(normaliseName(alias), country(iso2));
  for (const [name, category] of Object.entries(NON_COUNTRY_NAMES)) {
    LOOKUP.set(normaliseName(name), { kind: 'NON_COUNTRY', iso2: null, displayName: name, category });
  }
}

/** Resolves a country name as printed (English or Dutch); an unknown name comes back as UNKNOWN for the caller to report. */
export function resolveCountry(name: string): CountryResolution {
  return LOOKUP.get(normaliseName(name)) ?? { kind: 'UNKNOWN', iso2: null, displayName: name.trim() };
}

/** True for a current ISO 3166-1 alpha-2 code in upper case (and XK); false for obsolete codes such as DD or UK. */
export function isCurrentCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && DISPLAY.en.has(code);
}

/**
 * The current code for a code as a source prints it: itself when current, the successor of an obsolete
 * one (DD -> DE, UK -> GB, ZR -> CD), any case; null when it is no country code at all.
 */
export function currentCountryCode(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (isCurrentCountryCode(upper)) return upper;
  return OBSOLETE_COUNTRY_CODES[upper] ?? null;
}

/** The country's name in `locale` (English by default), or undefined for a code that is not current. */
export function countryName(iso2: string, locale: CountryLocale = 'en'): string | undefined {
  return DISPLAY[locale].get(iso2.toUpperCase());
}

/** Current code -> English display name, for every code of the library (kept for callers that enumerate codes). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(DISPLAY.en);
