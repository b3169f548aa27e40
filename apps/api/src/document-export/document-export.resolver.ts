import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from '../common/actor';
import { CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { Requires } from '../common/endpoint-access';
import { DocumentExportFormatEnum, DocumentExportModel, type DocumentExportFormat } from './document-export.models';
import { DocumentExportService } from './document-export.service';

@Resolver(() => DocumentExportModel)
export class DocumentExportResolver {
  constructor(private readonly service: DocumentExportService) {}

  @Requires('create', 'Export')
  @Mutation(() => DocumentExportModel, {
    description:
      "A document as DOCX, PDF or Markdown, its live figures computed with the exporter's permissions (a figure the exporter may not see says so); recorded in the audit log. Needs the export right and read access to the document (NOT_FOUND otherwise)",
  })
  exportDocument(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('format', { type: () => DocumentExportFormatEnum }) format: DocumentExportFormat,
    @Args('locale', { type: () => String, nullable: true, description: '"nl" (default) or "en": the language of the figures and their labels' })
    locale: string | null,
  ): Promise<DocumentExportModel> {
    return this.service.exportDocument(actor, ability, documentId, format, locale ?? null);
  }
}
