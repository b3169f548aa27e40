import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ChainImportResolver } from './chain-import.resolver';
import { ChainImportService } from './chain-import.service';
import { ImportProgress } from './import-progress';

/** Spreadsheet imports of a company's chain data (issue 18). */
@Module({
  imports: [AuthModule],
  providers: [ChainImportService, ChainImportResolver, ImportProgress],
})
export class ImportsModule {}
