import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthHousekeepingService } from './auth-housekeeping.service';
import { OidcController } from './oidc/oidc.controller';

@Module({
  controllers: [OidcController],
  providers: [AuthService, AuthResolver, AuthHousekeepingService],
  exports: [AuthService],
})
export class AuthModule {}
