import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, AppAbility } from '@routekaart/access';
import type { ImportLanguage } from '@routekaart/domain';
import { CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { FileExportModel } from '../common/file-export.model';
import { ExportFormatEnum, ImportLanguageEnum, ImportReportModel } from './chain-import.models';
import { ChainImportService } from './chain-import.service';

@Resolver()
export class ChainImportResolver {
  constructor(private readonly service: ChainImportService) {}

  @ChecksInService('any logged-in user: the template holds headers and examples, nothing of anyone')
  @Query(() => FileExportModel, { description: 'The import template: one sheet per kind of row with headers and an example, and an explanation sheet (XLSX)' })
  chainImportTemplate(@Args('language', { type: () => ImportLanguageEnum, defaultValue: 'nl' }) language: ImportLanguage) {
    return this.service.template(language);
  }

  @Requires('create', 'SupplyLink')
  @Mutation(() => ImportReportModel, {
    description:
      "Imports the company's chain data into a product group from XLSX or CSV, matched by the company's own references. apply=false: a dry run, the report only. apply=true: all in one transaction, or — when any row has a problem — nothing (BAD_USER_INPUT on file, every problem in extensions.rows)",
  })
  importChainData(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
    @Args('fileName') fileName: string,
    @Args('contentBase64', { description: 'The file, base64-encoded (at most 5 MB)' }) contentBase64: string,
    @Args('apply', { defaultValue: false }) apply: boolean,
  ) {
    return this.service.run(actor, ability, { productGroupId, fileName, contentBase64, apply });
  }

  @Requires('create', 'Export')
  @Mutation(() => FileExportModel, {
    description: "The company's own chain data in a product group in the import template's format (XLSX with four sheets, or CSV of the supply links); it imports back unchanged. Audited",
  })
  exportChainData(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
    @Args('format', { type: () => ExportFormatEnum, defaultValue: 'XLSX' }) format: 'XLSX' | 'CSV',
  ) {
    return this.service.exportOwn(actor, ability, productGroupId, format);
  }
}
