import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { CrmStatus, SupplyScope, SupplyStage } from '@routekaart/db';
import { CrmStatusEnum, SupplyScopeEnum, SupplyStageEnum } from '../common/enums';

@InputType()
export class UpdateMaterialInput {
  @Field(() => CrmStatusEnum, { nullable: true })
  crmStatus?: CrmStatus | null;

  @Field(() => Float, { nullable: true, description: 'End-of-life recycling input rate, 0..1' })
  eolRecyclingRate?: number | null;

  @Field(() => Float, { nullable: true })
  substitutionIndex?: number | null;

  @Field(() => Float, { nullable: true, description: 'Import reliance, 0..1' })
  importReliance?: number | null;
}

@InputType()
export class MaterialSupplyRowInput {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; leave empty for a residual such as "other countries"' })
  country?: string | null;

  @Field({ description: 'Display name, e.g. "China" or "Other countries"' })
  countryName: string;

  @Field(() => Float, { description: 'Share, 0..1' })
  share: number;

  @Field(() => Float, { nullable: true })
  t?: number | null;
}

@InputType({ description: "Replaces all of a material's supply shares at one stage and scope, as one change" })
export class ReplaceMaterialSuppliesInput {
  @Field(() => ID)
  materialId: string;

  @Field(() => SupplyStageEnum)
  stage: SupplyStage;

  @Field(() => SupplyScopeEnum)
  scope: SupplyScope;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field()
  source: string;

  @Field(() => [MaterialSupplyRowInput])
  supplies: MaterialSupplyRowInput[];
}
