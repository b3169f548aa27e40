import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportCountsModel, ImportProblemModel } from '../common/import-report.model';

export { ExportFormatEnum, ImportLanguageEnum } from '../common/enums';

@ObjectType('ImportChange', { description: 'A row the import creates or changes' })
export class ImportChangeModel {
  @Field()
  sheet: string;

  @Field(() => Int)
  row: number;

  @Field({ description: 'ITEM, COMPOSITION, ITEM_MATERIAL or SUPPLY_LINK' })
  entity: string;

  @Field({ description: 'CREATE or UPDATE' })
  action: string;

  @Field({ description: 'The row in a few words (its reference and name)' })
  label: string;

  @Field(() => [String], { description: 'For an update: the fields that change' })
  fields: string[];
}

@ObjectType('ImportReport', { description: 'What an import found and (when applied) wrote' })
export class ImportReportModel {
  @Field({ description: 'Whether it was written (false for a dry run)' })
  applied: boolean;

  @Field(() => [ImportProblemModel], { description: 'Every problem of every row; an import with any is not written' })
  errors: ImportProblemModel[];

  @Field(() => ImportCountsModel)
  items: ImportCountsModel;

  @Field(() => ImportCountsModel)
  compositions: ImportCountsModel;

  @Field(() => ImportCountsModel)
  itemMaterials: ImportCountsModel;

  @Field(() => ImportCountsModel)
  supplyLinks: ImportCountsModel;

  @Field(() => [ImportChangeModel], { description: 'The rows created or changed (at most 500; the counts are complete)' })
  changes: ImportChangeModel[];
}

export const ImportPhaseEnum = { WAITING: 'WAITING', READING: 'READING', CHECKING: 'CHECKING', WRITING: 'WRITING', DONE: 'DONE' } as const;
registerEnumType(ImportPhaseEnum, {
  name: 'ImportPhase',
  description: 'WAITING: the subscription listens, send the file; READING the rows; CHECKING them; WRITING them (apply only); DONE',
});

@ObjectType('ImportProgress', { description: 'A step of an import, sent only to the user who started it' })
export class ImportProgressModel {
  @Field(() => ID)
  importId: string;

  @Field(() => ImportPhaseEnum)
  phase: keyof typeof ImportPhaseEnum;

  @Field(() => Int, { description: 'Rows done in this phase: read so far (READING) or written (WRITING); 0 otherwise' })
  done: number;

  @Field(() => Int, { description: 'Rows in this phase when known beforehand (WRITING); 0 otherwise (a streamed file is counted as it is read)' })
  total: number;

  @Field(() => Int, { description: 'How far the phase is, 0..100: of the file read (READING), of the rows written (WRITING); 100 for DONE' })
  percent: number;
}
