import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { OidcController } from './oidc/oidc.controller';

@Module({
  controllers: [OidcController],
  providers: [AuthService, AuthResolver],
  exports: [AuthService],
})
export class AuthModule {}
