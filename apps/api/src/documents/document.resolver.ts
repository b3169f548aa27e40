import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from '../common/actor';
import { CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { RoadmapModel } from '../roadmaps/roadmap.models';
import { DocumentDiffLineModel, DocumentModel, DocumentVersionModel } from './document.models';
import { DocumentService } from './document.service';
import { ChecksInService, Requires } from '../common/endpoint-access';

@Resolver(() => DocumentModel)
export class DocumentResolver {
  constructor(private readonly service: DocumentService) {}

  @Requires('read', 'Document')
  @Query(() => [DocumentModel], { description: "A roadmap's documents (its participants read them)" })
  documents(@CurrentAbility() ability: AppAbility, @Args('roadmapId', { type: () => ID }) roadmapId: string) {
    return this.service.documents(ability, roadmapId);
  }

  @Requires('read', 'Document')
  @Query(() => DocumentModel)
  document(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.document(ability, id);
  }

  @Requires('read', 'Document')
  @Query(() => [DocumentVersionModel], { description: 'Named versions of a document, newest first' })
  documentVersions(@CurrentAbility() ability: AppAbility, @Args('documentId', { type: () => ID }) documentId: string) {
    return this.service.versions(ability, documentId);
  }

  @Requires('read', 'Document')
  @Query(() => [DocumentDiffLineModel], { description: 'Line diff from a version to another version, or to the current content' })
  documentDiff(
    @CurrentAbility() ability: AppAbility,
    @Args('versionId', { type: () => ID }) versionId: string,
    @Args('compareToVersionId', { type: () => ID, nullable: true }) compareToVersionId?: string | null,
  ) {
    return this.service.diff(ability, versionId, compareToVersionId ?? null);
  }

  @Requires('create', 'Document')
  @Mutation(() => DocumentModel, { description: 'Adds a document to a roadmap (roadmap leads)' })
  createDocument(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('title') title: string,
  ) {
    return this.service.create(actor, ability, roadmapId, title);
  }

  @Requires('update', 'Document')
  @Mutation(() => DocumentModel, { description: 'Renames a document (roadmap co-editors)' })
  renameDocument(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('title') title: string,
  ) {
    return this.service.rename(actor, ability, id, title);
  }

  @Requires('delete', 'Document')
  @Mutation(() => Boolean, { description: 'Deletes a document and closes its open editors (roadmap leads)' })
  deleteDocument(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(actor, ability, id);
  }

  @Requires('update', 'Document')
  @Mutation(() => DocumentVersionModel, { description: "Saves the document's current content as a named version (roadmap co-editors)" })
  saveDocumentVersion(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('name') name: string,
  ) {
    return this.service.saveVersion(actor, ability, documentId, name);
  }

  @Requires('update', 'Document')
  @Mutation(() => DocumentModel, {
    description: 'Makes the content that of a version, for every open editor; the content before is saved as a version (roadmap co-editors)',
  })
  restoreDocumentVersion(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('versionId', { type: () => ID }) versionId: string) {
    return this.service.restoreVersion(actor, ability, versionId);
  }
}

/** `Roadmap.documents`, next to the roadmap's other fields. */
@ChecksInService("a roadmap's documents are listed with the reader's document rule")
@Resolver(() => RoadmapModel)
export class RoadmapDocumentsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => [DocumentModel], { description: "The roadmap's documents the viewer may read" })
  documents(@Parent() roadmap: RoadmapModel, @CurrentAbility() ability: AppAbility) {
    return this.service.documentsOf(ability, roadmap.id);
  }
}
