import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ExportRestrictionMeasure } from '@routekaart/db';
import { ExportRestrictionMeasureEnum } from '../common/enums';

@ObjectType('ExportRestriction', { description: "A country's restriction on exports of a material, on record since a date" })
export class ExportRestrictionModel {
  @Field(() => ID)
  id: string;

  materialId: string;

  @Field({ description: 'ISO 3166-1 alpha-2 of the restricting country' })
  country: string;

  @Field(() => ExportRestrictionMeasureEnum)
  measure: ExportRestrictionMeasure;

  @Field({ description: 'In force from this date, YYYY-MM-DD' })
  since: string;

  @Field(() => String, { nullable: true, description: 'Last day in force, YYYY-MM-DD; null while in force' })
  until: string | null;

  @Field()
  description: string;

  @Field({ description: 'The legal act that sets the measure' })
  source: string;
}
