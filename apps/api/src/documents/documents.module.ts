import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { DocumentResolver, RoadmapDocumentsResolver } from './document.resolver';
import { DocumentService } from './document.service';

/** Roadmap documents over GraphQL, and (through CollabModule) the collaboration socket that edits them. */
@Module({
  imports: [CollabModule],
  providers: [DocumentService, DocumentResolver, RoadmapDocumentsResolver],
  exports: [CollabModule],
})
export class DocumentsModule {}
