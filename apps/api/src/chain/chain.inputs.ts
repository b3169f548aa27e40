import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { ItemKind, Visibility } from '@routekaart/db';
import { ItemKindEnum, VisibilityEnum } from '../common/enums';

@InputType()
export class CreateItemInput {
  @Field(() => ID)
  productGroupId: string;

  @Field(() => ItemKindEnum)
  kind: ItemKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => VisibilityEnum, { description: 'Who may see the item; choose explicitly' })
  visibility: Visibility;

  @Field(() => [ID], { nullable: true, description: 'Organisations that may see it whatever its visibility' })
  sharedWith?: string[] | null;
}

@InputType()
export class UpdateItemInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => VisibilityEnum, { nullable: true })
  visibility?: Visibility | null;

  @Field(() => [ID], { nullable: true })
  sharedWith?: string[] | null;
}

@InputType()
export class AddCompositionInput {
  @Field(() => ID)
  parentId: string;

  @Field(() => ID)
  childId: string;

  @Field(() => Float, { description: 'Units of the child in one parent' })
  quantity: number;

  @Field({ description: 'pcs, kg, m, ...' })
  unit: string;
}

@InputType()
export class SupplyLinkInput {
  @Field(() => ID, { nullable: true, description: 'The supplier, when it is an organisation on the platform' })
  supplierOrgId?: string | null;

  @Field(() => String, { nullable: true, description: "The supplier's name, when it is not on the platform" })
  supplierName?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country of origin' })
  country?: string | null;

  @Field(() => Float, { nullable: true, description: "Share of the item's supply, 0..1" })
  share?: number | null;

  @Field(() => Int, { nullable: true })
  tier?: number | null;

  @Field(() => Float, { nullable: true })
  leadTimeWeeks?: number | null;

  @Field(() => Float, { nullable: true })
  stockMonths?: number | null;

  @Field({ nullable: true })
  singleSource?: boolean;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see the link; required when creating' })
  visibility?: Visibility | null;

  @Field(() => [ID], { nullable: true })
  sharedWith?: string[] | null;
}

@InputType()
export class CreateSupplyLinkInput extends SupplyLinkInput {
  @Field(() => ID)
  itemId: string;
}
