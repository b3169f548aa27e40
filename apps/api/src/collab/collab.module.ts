import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CollabService } from './collab.service';

/** The Yjs collaboration socket (`/collab/<documentId>`); `platform.ts` attaches it to the HTTP server. */
@Module({
  imports: [AuthModule],
  providers: [CollabService],
  exports: [CollabService],
})
export class CollabModule {}
