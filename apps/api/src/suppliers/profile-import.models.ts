import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportCountsModel, ImportProblemModel } from '../common/import-report.model';
import { SupplierProfileModel } from './supplier.models';

@ObjectType('MemberProfileChange', { description: 'A row of a member-profile import that creates or changes a profile' })
export class MemberProfileChangeModel {
  @Field(() => Int, { description: 'The row as the spreadsheet numbers it (the header is row 1)' })
  row: number;

  @Field()
  kvkNumber: string;

  @Field()
  name: string;

  @Field({ description: 'CREATE or UPDATE' })
  action: string;

  @Field(() => [String], { description: 'For an update: the fields that change' })
  fields: string[];
}

@ObjectType('MemberProfileImportReport', { description: "What a trade association's import of member profiles found and (when applied) wrote" })
export class MemberProfileImportReportModel {
  @Field({ description: 'Whether it was written (false for a dry run)' })
  applied: boolean;

  @Field(() => Int, { description: 'Rows read below the header (blank rows left out)' })
  rows: number;

  @Field(() => [ImportProblemModel], {
    description:
      'Every problem of every row (codes MISSING_COLUMN, NO_ROWS, REQUIRED, TOO_LONG, UNKNOWN_VALUE, BAD_KVK, DUPLICATE_KVK, NOT_A_NUMBER, NOT_A_WHOLE_NUMBER, OUT_OF_RANGE, BAD_DATE, SELF_MANAGED, KEPT_ELSEWHERE); an import with any is not written',
  })
  errors: ImportProblemModel[];

  @Field(() => ImportCountsModel, { description: 'Profiles created, updated and left unchanged (matched by KvK number)' })
  profiles: ImportCountsModel;

  @Field(() => [MemberProfileChangeModel], { description: 'The rows created or changed (at most 500; the counts are complete)' })
  changes: MemberProfileChangeModel[];
}

@ObjectType('MemberProfilePage', { description: 'Profiles a trade association keeps for member companies, every part shown' })
export class MemberProfilePageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [SupplierProfileModel])
  profiles: SupplierProfileModel[];
}
