import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { ImportLanguage } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ImportLanguageEnum } from '../common/enums';
import { Requires } from '../common/endpoint-access';
import { FileExportModel } from '../common/file-export.model';
import { MemberProfileImportReportModel, MemberProfilePageModel } from './profile-import.models';
import { ProfileImportService } from './profile-import.service';

/**
 * A trade association's bulk import, list and export of the supplier profiles it keeps for member
 * companies without an account (issue 19). Every endpoint needs `create SupplierProfile`; the service
 * then requires the "kept for members" grant, which only trade associations have (FORBIDDEN otherwise).
 */
@Resolver()
export class ProfileImportResolver {
  constructor(private readonly service: ProfileImportService) {}

  @Requires('create', 'SupplierProfile')
  @Query(() => FileExportModel, {
    description: "The member-profile import template (XLSX): a header row, an example, a sheet listing the vocabularies (codes with Dutch and English labels) and an explanation; trade associations only",
  })
  memberProfileImportTemplate(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('language', { type: () => ImportLanguageEnum, defaultValue: 'nl' }) language: ImportLanguage,
  ) {
    return this.service.template(actor, ability, language);
  }

  @Requires('create', 'SupplierProfile')
  @Mutation(() => MemberProfileImportReportModel, {
    description:
      "Imports the supplier profiles a trade association keeps for its member companies from XLSX or CSV, matched by KvK number (existing -> update, new -> create). apply=false: a dry run, the report only. apply=true: all in one transaction, or — when any row has a problem — nothing (BAD_USER_INPUT on file, every problem in extensions.rows). A company that keeps its own profile is refused per row (SELF_MANAGED). Audited",
  })
  importMemberProfiles(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('fileName') fileName: string,
    @Args('contentBase64', { description: 'The file, base64-encoded (at most 5 MB)' }) contentBase64: string,
    @Args('apply', { defaultValue: false }) apply: boolean,
  ) {
    return this.service.run(actor, ability, { fileName, contentBase64, apply });
  }

  @Requires('create', 'SupplierProfile')
  @Query(() => MemberProfilePageModel, { description: 'The supplier profiles the asking trade association keeps for member companies, every part shown, by name' })
  memberProfiles(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the name or KvK number' }) search?: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ) {
    return this.service.kept(actor, ability, { search, first, offset });
  }

  @Requires('create', 'Export')
  @Mutation(() => FileExportModel, { description: 'Every profile the trade association keeps, in the import template’s format (it imports back unchanged); audited' })
  exportMemberProfiles(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('language', { type: () => ImportLanguageEnum, defaultValue: 'nl' }) language: ImportLanguage,
  ) {
    return this.service.export(actor, ability, language);
  }
}
