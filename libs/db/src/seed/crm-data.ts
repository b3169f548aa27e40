import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRM_DATASET_FILES, decodeText, parseCrmDataset } from '@routekaart/domain';
import type { CrmDataset, CrmDatasetFile, TextEncodingName } from '@routekaart/domain';

/**
 * The EU CRM 2023 extract shipped with the seed (see data/eu-crm-2023/README.md for source and licence).
 * Resolved from this file's folder: the API runs as CommonJS, where `__dirname` exists, and vitest
 * provides it too. A build that moves this file must copy `data/` along or pass `dir`.
 */
export const CRM_DATA_DIR = join(__dirname, 'data', 'eu-crm-2023');

export interface LoadedCrmDataset extends CrmDataset {
  /** How each file was decoded: the upstream files mix UTF-8 and Windows-1252. */
  encodings: Record<CrmDatasetFile, TextEncodingName>;
}

/** Reads and parses the four tables; the result carries the validation report (`problems`, `skipped`, ...). */
export function loadCrmDataset(dir: string = CRM_DATA_DIR): LoadedCrmDataset {
  const encodings = {} as Record<CrmDatasetFile, TextEncodingName>;
  const read = (file: CrmDatasetFile): string => {
    const { text, encoding } = decodeText(readFileSync(join(dir, file)));
    encodings[file] = encoding;
    return text;
  };
  const dataset = parseCrmDataset({
    crmList: read(CRM_DATASET_FILES.crmList),
    globalSupply: read(CRM_DATASET_FILES.globalSupply),
    euSourcing: read(CRM_DATASET_FILES.euSourcing),
    scoresOverTime: read(CRM_DATASET_FILES.scoresOverTime),
  });
  return { ...dataset, encodings };
}
