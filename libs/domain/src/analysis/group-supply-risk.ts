import type { AnalysisMaterial } from './analysis-types';
import { supplyRisk, type SupplyRiskResult } from './supply-risk';

/** Inputs an element of a listed group takes from the group when it has none of its own. */
export type InheritableInput = 'IMPORT_RELIANCE' | 'EOL_RIR' | 'SUBSTITUTION_INDEX';

/** What the group supply risk reads of a material of the catalogue. */
export interface SupplyRiskCatalogueEntry {
  material: AnalysisMaterial;
  /** Inputs the element takes from its group because it has none of its own. */
  inherited: { fromSymbol: string; inputs: readonly InheritableInput[] } | null;
}

/** The materials catalogue as the group supply risk reads it. */
export interface SupplyRiskCatalogue {
  byId: ReadonlyMap<string, SupplyRiskCatalogueEntry>;
  /** Member ids per group symbol (LREE -> its elements). */
  membersOf: ReadonlyMap<string, readonly string[]>;
}

export interface GroupSupplyRiskResult {
  /** The supply risk that counts for the material; its notes come after `notes`. */
  risk: SupplyRiskResult;
  /** The element whose supply risk counts, when it is not the material itself. */
  basedOnMaterialId: string | null;
  /** Why another material's figure or inputs were used, in plain language. */
  notes: string[];
}

const INPUT_NAMES: Record<InheritableInput, string> = {
  IMPORT_RELIANCE: 'import reliance',
  EOL_RIR: 'EoL-RIR',
  SUBSTITUTION_INDEX: 'substitution index',
};

/**
 * Supply risk of one material of the catalogue. A group (LREE, HREE, PGM) whose shares are
 * published per element counts its riskiest element, or its own rows where those are riskier: the
 * EU assesses the group, but the supply is concentrated per element. `null` for a material that is
 * not in the catalogue.
 */
export function groupSupplyRisk(catalogue: SupplyRiskCatalogue, materialId: string): GroupSupplyRiskResult | null {
  const entry = catalogue.byId.get(materialId);
  if (!entry) return null;
  const own = supplyRisk(entry.material);
  let chosen: { risk: SupplyRiskResult; id: string } = { risk: own, id: materialId };
  for (const memberId of catalogue.membersOf.get(entry.material.symbol) ?? []) {
    const member = catalogue.byId.get(memberId);
    if (!member) continue;
    const risk = supplyRisk(member.material);
    if (risk.value !== null && (chosen.risk.value === null || risk.value > chosen.risk.value)) chosen = { risk, id: memberId };
  }
  const basedOn = catalogue.byId.get(chosen.id)!;
  const notes: string[] = [];
  if (chosen.id !== materialId) {
    notes.push(
      `${entry.material.symbol} is published per element: the highest supply risk among its elements counts, here ${basedOn.material.symbol}` +
        (own.value === null ? '' : ` (the group's own rows give ${own.value.toFixed(3)})`),
    );
  }
  if (basedOn.inherited) {
    notes.push(
      `${basedOn.material.symbol} has no ${basedOn.inherited.inputs.map((i) => INPUT_NAMES[i]).join(' or ')} of its own: ` +
        `the value of its group ${basedOn.inherited.fromSymbol} is used`,
    );
  }
  return { risk: chosen.risk, basedOnMaterialId: chosen.id === materialId ? null : chosen.id, notes };
}
