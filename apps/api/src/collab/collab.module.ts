import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CollabService } from './collab.service';

/**
 * The Yjs collaboration socket (`/collab/<documentId>`); `platform.ts` attaches it to the HTTP server.
 * It listens on the (global) `AccessChanges` bus that `AppModule` provides.
 */
@Module({
  imports: [AuthModule],
  providers: [CollabService],
  exports: [CollabService],
})
export class CollabModule {}
