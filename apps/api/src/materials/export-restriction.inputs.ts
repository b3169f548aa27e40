import { Field, ID, InputType } from '@nestjs/graphql';
import type { ExportRestrictionMeasure } from '@routekaart/db';
import { ExportRestrictionMeasureEnum } from '../common/enums';

@InputType()
export class RecordExportRestrictionInput {
  @Field(() => ID)
  materialId: string;

  @Field({ description: 'ISO 3166-1 alpha-2, upper case' })
  country: string;

  @Field(() => ExportRestrictionMeasureEnum)
  measure: ExportRestrictionMeasure;

  @Field({ description: 'YYYY-MM-DD' })
  since: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before since; leave empty while in force' })
  until?: string | null;

  @Field()
  description: string;

  @Field({ description: 'The legal act that sets the measure' })
  source: string;
}

@InputType({ description: 'Changes to an export restriction; material and country stay (record a new one instead)' })
export class UpdateExportRestrictionInput {
  @Field(() => ExportRestrictionMeasureEnum, { nullable: true })
  measure?: ExportRestrictionMeasure | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before since; null: in force without an end date' })
  until?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}
