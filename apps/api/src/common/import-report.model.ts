import { Field, Int, ObjectType } from '@nestjs/graphql';

// The report types every spreadsheet import shares (chain data: imports/, member profiles: suppliers/).

@ObjectType('ImportProblem', { description: 'A problem in one cell (or row) of an imported file' })
export class ImportProblemModel {
  @Field({ description: 'The sheet as named in the file' })
  sheet: string;

  @Field(() => Int, { description: 'The row as the spreadsheet numbers it (the header is row 1)' })
  row: number;

  @Field({ description: 'The column as headed in the file' })
  column: string;

  @Field({ description: 'MISSING_COLUMN, REQUIRED, TOO_LONG, UNKNOWN_VALUE, NOT_A_NUMBER, AMBIGUOUS_NUMBER, OUT_OF_RANGE, DUPLICATE, UNKNOWN_REFERENCE, UNKNOWN_COUNTRY, UNKNOWN_MATERIAL, SHARE_TOTAL, CYCLE, BAD_KVK, SELF_MANAGED, …' })
  code: string;

  @Field({ description: 'In English; clients word it from code and params' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The facts of the message as JSON (the value, the vocabulary, the other row, the total)' })
  params: string | null;
}

@ObjectType('ImportCounts')
export class ImportCountsModel {
  @Field(() => Int)
  create: number;

  @Field(() => Int)
  update: number;

  @Field(() => Int)
  unchanged: number;
}
