import { Module } from '@nestjs/common';
import { ExportRestrictionResolver, MaterialExportRestrictionsResolver } from './export-restriction.resolver';
import { ExportRestrictionService } from './export-restriction.service';
import { MaterialResolver, MaterialSupplyResolver } from './material.resolver';
import { MaterialService } from './material.service';

/** The materials catalogue (EU CRM list, country shares per stage) and export restrictions on record. */
@Module({
  providers: [MaterialService, ExportRestrictionService, MaterialResolver, MaterialSupplyResolver, MaterialExportRestrictionsResolver, ExportRestrictionResolver],
})
export class MaterialsModule {}
