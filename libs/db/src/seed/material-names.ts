import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@routekaart/domain';

/** The material name table shipped with the seed (source and decisions in data/README.md). */
export const MATERIAL_NAMES_FILE = join(__dirname, 'data', 'material-names.csv');

export interface MaterialNames {
  key: string;
  en: string;
  nl: string;
}

/** Reads the name table: one row per catalogue key with its English and Dutch name. Throws on a malformed file. */
export function loadMaterialNames(file: string = MATERIAL_NAMES_FILE): Map<string, MaterialNames> {
  const { records, errors } = parseCsv(readFileSync(file, 'utf8'));
  if (errors.length > 0) throw new Error(`${file}: line ${errors[0]!.line}: ${errors[0]!.reason}`);
  const [head, ...rows] = records;
  if (head?.fields.join(',') !== 'key,name_en,name_nl') throw new Error(`${file}: header must be key,name_en,name_nl`);
  const names = new Map<string, MaterialNames>();
  for (const r of rows) {
    const [key, en, nl] = r.fields.map((f) => f.trim());
    if (r.fields.length !== 3 || !key || !en || !nl) throw new Error(`${file}: line ${r.line}: expected key, English and Dutch name`);
    if (names.has(key)) throw new Error(`${file}: line ${r.line}: ${key} listed twice`);
    names.set(key, { key, en, nl });
  }
  return names;
}
