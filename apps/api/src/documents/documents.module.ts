import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CollabModule } from '../collab/collab.module';
import { CommentEvents } from './comment.events';
import { CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';
import { DocumentResolver, RoadmapDocumentsResolver } from './document.resolver';
import { DocumentService } from './document.service';

/**
 * Roadmap documents over GraphQL, their comment threads, and (through CollabModule) the
 * collaboration socket that edits them.
 */
@Module({
  imports: [CollabModule, AuthModule],
  providers: [DocumentService, DocumentResolver, RoadmapDocumentsResolver, CommentService, CommentEvents, CommentResolver],
  exports: [CollabModule, DocumentService],
})
export class DocumentsModule {}
