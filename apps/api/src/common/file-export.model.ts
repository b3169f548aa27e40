import { Field, ObjectType } from '@nestjs/graphql';

/** A file the API hands out (an export, a template): its bytes in base64, as GraphQL carries text. */
@ObjectType('FileExport', { description: 'An exported file: its bytes in base64' })
export class FileExportModel {
  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field({ description: 'The file, base64-encoded' })
  base64: string;
}
