/**
 * Country names as the EU CRM 2023 tables print them -> ISO 3166-1 alpha-2, with the display name we use.
 * Every name that occurs in the data files is listed; a name not found here is reported, never guessed.
 */

/** ISO 3166-1 alpha-2 -> display name (short English form). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AE: 'United Arab Emirates',
  AF: 'Afghanistan',
  AL: 'Albania',
  AM: 'Armenia',
  AO: 'Angola',
  AR: 'Argentina',
  AT: 'Austria',
  AU: 'Australia',
  AZ: 'Azerbaijan',
  BA: 'Bosnia and Herzegovina',
  BB: 'Barbados',
  BD: 'Bangladesh',
  BE: 'Belgium',
  BF: 'Burkina Faso',
  BG: 'Bulgaria',
  BH: 'Bahrain',
  BI: 'Burundi',
  BN: 'Brunei',
  BO: 'Bolivia',
  BR: 'Brazil',
  BT: 'Bhutan',
  BW: 'Botswana',
  BY: 'Belarus',
  CA: 'Canada',
  CD: 'Democratic Republic of the Congo',
  CF: 'Central African Republic',
  CG: 'Republic of the Congo',
  CH: 'Switzerland',
  CI: "Côte d'Ivoire",
  CL: 'Chile',
  CM: 'Cameroon',
  CN: 'China',
  CO: 'Colombia',
  CR: 'Costa Rica',
  CU: 'Cuba',
  CV: 'Cabo Verde',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  DO: 'Dominican Republic',
  DZ: 'Algeria',
  EC: 'Ecuador',
  EE: 'Estonia',
  EG: 'Egypt',
  ER: 'Eritrea',
  ES: 'Spain',
  ET: 'Ethiopia',
  FI: 'Finland',
  FJ: 'Fiji',
  FR: 'France',
  GA: 'Gabon',
  GB: 'United Kingdom',
  GD: 'Grenada',
  GE: 'Georgia',
  GF: 'French Guiana',
  GH: 'Ghana',
  GN: 'Guinea',
  GQ: 'Equatorial Guinea',
  GR: 'Greece',
  GT: 'Guatemala',
  GY: 'Guyana',
  HK: 'Hong Kong',
  HN: 'Honduras',
  HR: 'Croatia',
  HU: 'Hungary',
  ID: 'Indonesia',
  IE: 'Ireland',
  IL: 'Israel',
  IN: 'India',
  IQ: 'Iraq',
  IR: 'Iran',
  IS: 'Iceland',
  IT: 'Italy',
  JM: 'Jamaica',
  JO: 'Jordan',
  JP: 'Japan',
  KE: 'Kenya',
  KG: 'Kyrgyzstan',
  KH: 'Cambodia',
  KP: 'North Korea',
  KR: 'South Korea',
  KW: 'Kuwait',
  KZ: 'Kazakhstan',
  LA: 'Laos',
  LB: 'Lebanon',
  LK: 'Sri Lanka',
  LR: 'Liberia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  LV: 'Latvia',
  LY: 'Libya',
  MA: 'Morocco',
  MD: 'Moldova',
  ME: 'Montenegro',
  MG: 'Madagascar',
  MK: 'North Macedonia',
  ML: 'Mali',
  MM: 'Myanmar',
  MN: 'Mongolia',
  MR: 'Mauritania',
  MU: 'Mauritius',
  MW: 'Malawi',
  MX: 'Mexico',
  MY: 'Malaysia',
  MZ: 'Mozambique',
  NA: 'Namibia',
  NE: 'Niger',
  NG: 'Nigeria',
  NI: 'Nicaragua',
  NL: 'Netherlands',
  NO: 'Norway',
  NP: 'Nepal',
  NR: 'Nauru',
  NZ: 'New Zealand',
  OM: 'Oman',
  PA: 'Panama',
  PE: 'Peru',
  PG: 'Papua New Guinea',
  PH: 'Philippines',
  PK: 'Pakistan',
  PL: 'Poland',
  PT: 'Portugal',
  PY: 'Paraguay',
  QA: 'Qatar',
  RO: 'Romania',
  RS: 'Serbia',
  RU: 'Russia',
  RW: 'Rwanda',
  SA: 'Saudi Arabia',
  SB: 'Solomon Islands',
  SD: 'Sudan',
  SE: 'Sweden',
  SG: 'Singapore',
  SI: 'Slovenia',
  SK: 'Slovakia',
  SL: 'Sierra Leone',
  SM: 'San Marino',
  SN: 'Senegal',
  SR: 'Suriname',
  SV: 'El Salvador',
  SY: 'Syria',
  TG: 'Togo',
  TH: 'Thailand',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  TN: 'Tunisia',
  TR: 'Türkiye',
  TT: 'Trinidad and Tobago',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  UA: 'Ukraine',
  UG: 'Uganda',
  US: 'United States',
  UY: 'Uruguay',
  UZ: 'Uzbekistan',
  VE: 'Venezuela',
  VN: 'Vietnam',
  // Not an ISO 3166-1 code: XK is the user-assigned code the EU, IMF and World Bank use for Kosovo.
  XK: 'Kosovo',
  YE: 'Yemen',
  ZA: 'South Africa',
  ZM: 'Zambia',
  ZW: 'Zimbabwe',
};

/**
 * Names that differ from the display name. Includes the spellings of the source files: the EU tables
 * use World Bank style names ('Congo, D.R.', 'Korea, South') and contain misspellings ('Turkyie',
 * 'Brasilia' for Brazil — the capital's name in a country column —, 'Brasil', 'Libanon', 'Surinam').
 */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Congo, D.R.': 'CD',
  'Congo, Dem. Rep.': 'CD',
  'DR Congo': 'CD',
  DRC: 'CD',
  'Democratic Republic of Congo': 'CD',
  // The files list 'Congo, D.R.' separately, so a plain 'Congo' is the Republic of the Congo (Brazzaville).
  Congo: 'CG',
  'Congo, Rep.': 'CG',
  'Korea, South': 'KR',
  'Republic of Korea': 'KR',
  'Korea, North': 'KP',
  Turkey: 'TR',
  Turkyie: 'TR',
  Brasil: 'BR',
  Brasilia: 'BR',
  Libanon: 'LB',
  Surinam: 'SR',
  "Cote d'Ivoire": 'CI',
  'Ivory Coast': 'CI',
  'Cape Verde': 'CV',
  'Brunei Darussalam': 'BN',
  'Russian Federation': 'RU',
  USA: 'US',
  'United States of America': 'US',
  UK: 'GB',
  'Great Britain': 'GB',
  'Czech Republic': 'CZ',
  'Viet Nam': 'VN',
  'Lao PDR': 'LA',
  'Iran, Islamic Rep.': 'IR',
  'The Netherlands': 'NL',
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

const LOOKUP = new Map<string, CountryResolution>();
for (const [iso2, displayName] of Object.entries(COUNTRY_NAMES)) {
  LOOKUP.set(normaliseName(displayName), { kind: 'COUNTRY', iso2, displayName });
}
for (const [alias, iso2] of Object.entries(COUNTRY_ALIASES)) {
  LOOKUP.set(normaliseName(alias), { kind: 'COUNTRY', iso2, displayName: COUNTRY_NAMES[iso2] });
}
for (const [name, category] of Object.entries(NON_COUNTRY_NAMES)) {
  LOOKUP.set(normaliseName(name), { kind: 'NON_COUNTRY', iso2: null, displayName: name, category });
}

/** Resolves a country name as printed; an unknown name comes back as UNKNOWN for the caller to report. */
export function resolveCountry(name: string): CountryResolution {
  return LOOKUP.get(normaliseName(name)) ?? { kind: 'UNKNOWN', iso2: null, displayName: name.trim() };
}

/** Display name of an ISO 3166-1 alpha-2 code, or undefined for a code not in the table. */
export function countryName(iso2: string): string | undefined {
  return COUNTRY_NAMES[iso2.toUpperCase()];
}
