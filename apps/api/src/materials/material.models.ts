import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CrmStatus, SupplyScope, SupplyStage } from '@routekaart/db';
import { CrmStatusEnum, SupplyScopeEnum, SupplyStageEnum } from '../common/enums';
import { Connection } from '../common/pagination';

@ObjectType('Material', { description: 'A raw material, with its EU critical raw materials (2023) data' })
export class MaterialModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'English name (as in the EU 2023 study)' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Dutch name; null only for a material the name table does not know' })
  nameNl: string | null;

  @Field({
    description:
      'Catalogue key: the chemical symbol of an element, or a code for a group (LREE, HREE, PGM) or a material that is no element (BARYTE, COKING_COAL). Show chemicalSymbol instead',
  })
  symbol: string;

  @Field(() => CrmStatusEnum)
  crmStatus: CrmStatus;

  @Field(() => Int, { nullable: true })
  listYear: number | null;

  @Field(() => Float, { nullable: true, description: 'End-of-life recycling input rate, 0..1' })
  eolRecyclingRate: number | null;

  @Field(() => Float, { nullable: true })
  substitutionIndex: number | null;

  @Field(() => Float, { nullable: true, description: 'Import reliance, 0..1' })
  importReliance: number | null;

  @Field(() => Float, { nullable: true, description: 'Supply risk as published in the EU 2023 assessment' })
  supplyRisk: number | null;

  @Field(() => Float, { nullable: true, description: 'Economic importance as published in the EU 2023 assessment' })
  economicImportance: number | null;

  @Field(() => String, { nullable: true, description: 'Symbol of the group this material belongs to (e.g. LREE for Nd)' })
  parentSymbol: string | null;
}

@ObjectType('MaterialSupply', { description: "One country's share of a material's supply at one stage" })
export class MaterialSupplyModel {
  @Field(() => ID)
  id: string;

  materialId: string;

  @Field(() => SupplyStageEnum)
  stage: SupplyStage;

  @Field(() => SupplyScopeEnum)
  scope: SupplyScope;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null for a residual such as "other countries"' })
  country: string | null;

  @Field()
  countryName: string;

  @Field(() => Float, { description: 'Share, 0..1' })
  share: number;

  @Field({ description: 'True when the source printed "<x%"; share is then the bound x' })
  shareIsUpperBound: boolean;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field()
  source: string;

  @Field(() => Float, { nullable: true, description: 'Trade-related variable t of the EU method' })
  t: number | null;
}

@ObjectType()
export class MaterialConnection extends Connection(MaterialModel, 'Material') {}

@ObjectType('CatalogueChange', { description: "A change of a material's catalogue entry: when, by which organisation, what" })
export class CatalogueChangeModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field({ description: 'material.update, materialSupply.replace, exportRestriction.record, exportRestriction.update or exportRestriction.delete' })
  action: string;

  @Field({ description: 'What changed, as JSON: changed fields (or from/to), or a supply replacement\'s stage, scope, rows, source and year' })
  changes: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;
}
