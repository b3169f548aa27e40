import type { ItemKind, Visibility } from '@routekaart/db';
import { num } from '../common/sql';

/** An item as the chain queries return it, with what the permission rules read. */
export interface ItemRow {
  id: string;
  kind: ItemKind;
  name: string;
  description: string | null;
  visibility: Visibility;
  productGroupId: string;
  ownerOrgId: string;
  sharedWith: string[];
  roadmapIds: string[];
}

export interface SupplyLinkRow {
  id: string;
  itemId: string;
  supplierOrgId: string | null;
  supplierName: string | null;
  country: string | null;
  share: number | null;
  tier: number | null;
  leadTimeWeeks: number | null;
  stockMonths: number | null;
  singleSource: boolean;
  visibility: Visibility;
  sharedWith: string[];
  contributedByOrgId: string;
  roadmapIds: string[];
}

export interface CompositionRow {
  id: string;
  parentId: string;
  childId: string;
  quantity: number;
  unit: string;
}

type Raw<T> = { [K in keyof T]: unknown };

export const toSupplyLinkRow = (r: Raw<SupplyLinkRow>): SupplyLinkRow => ({
  ...(r as SupplyLinkRow),
  share: num(r.share as string | null),
  leadTimeWeeks: num(r.leadTimeWeeks as string | null),
  stockMonths: num(r.stockMonths as string | null),
});

export const toCompositionRow = (r: Raw<CompositionRow>): CompositionRow => ({
  ...(r as CompositionRow),
  quantity: Number(r.quantity),
});
