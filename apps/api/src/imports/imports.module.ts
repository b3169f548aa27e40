import { Module } from '@nestjs/common';
import { ChainImportResolver } from './chain-import.resolver';
import { ChainImportService } from './chain-import.service';

/** Spreadsheet imports of a company's chain data (issue 18). */
@Module({
  providers: [ChainImportService, ChainImportResolver],
})
export class ImportsModule {}
