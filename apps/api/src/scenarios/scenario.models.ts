import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SupplyScope } from '@routekaart/db';
import type { ScenarioSpec } from '../analysis/analysis.inputs';
import { SupplyScopeEnum } from '../common/enums';

@ObjectType('ScenarioEventSpec', { description: 'A saved scenario event' })
export class ScenarioEventSpecModel {
  @Field(() => String, { nullable: true })
  id: string | null;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => Float)
  cutFraction: number;

  @Field(() => Float)
  cutPercent: number;

  @Field({ description: 'ISO date' })
  start: string;

  @Field(() => Int, { nullable: true })
  durationMonths: number | null;

  materialId: string | null;
  itemId: string | null;
}

@ObjectType('ScenarioSpec', { description: 'The question a saved scenario asks' })
export class ScenarioSpecModel {
  @Field(() => ID)
  productGroupId: string;

  @Field(() => String, { nullable: true })
  startDate: string | null;

  @Field(() => Int)
  horizonMonths: number;

  @Field(() => SupplyScopeEnum)
  scope: SupplyScope;

  @Field(() => [ScenarioEventSpecModel])
  events: ScenarioEventSpecModel[];
}

@ObjectType('SavedScenario', { description: "A scenario saved in a roadmap; its result is computed for each reader from the chain they may see" })
export class SavedScenarioModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roadmapId: string;

  @Field()
  name: string;

  @Field(() => ScenarioSpecModel)
  input: ScenarioSpecModel;

  @Field()
  createdAt: Date;

  createdByOrgId: string;
  /** The stored, validated input the result is computed from. */
  spec: ScenarioSpec;
}
