import { Module } from '@nestjs/common';
import { DemandService } from './demand.service';
import { ProfileImportResolver } from './profile-import.resolver';
import { ProfileImportService } from './profile-import.service';
import { CapacityDemandResolver, SupplierProfileResolver } from './supplier.resolver';
import { SupplierService } from './supplier.service';

/** The supplier directory, Defence's capacity demand and matchmaking (issue 19). */
@Module({
  providers: [SupplierService, DemandService, SupplierProfileResolver, CapacityDemandResolver, ProfileImportService, ProfileImportResolver],
  exports: [SupplierService, DemandService],
})
export class SuppliersModule {}
