import { Module } from '@nestjs/common';
import { MaterialResolver } from '../materials/material.resolver';
import { MaterialService } from '../materials/material.service';
import { ExportRestrictionResolver, MaterialExportRestrictionsResolver } from '../materials/export-restriction.resolver';
import { ExportRestrictionService } from '../materials/export-restriction.service';
import {
  CompositionEdgeResolver,
  ItemMaterialResolver,
  ItemResolver,
  ProductGroupResolver,
  SupplyLinkResolver,
} from './chain.resolver';
import { ChainService } from './chain.service';
import { ChainEvents } from './chain-events';
import { AuthModule } from '../auth/auth.module';
import { ChainExportService } from './chain-export.service';

/** The bill of materials, supply links and the materials catalogue (with its export restrictions). */
@Module({
  imports: [AuthModule],
  providers: [
    ChainService,
    ChainExportService,
    ChainEvents,
    MaterialService,
    ExportRestrictionService,
    ProductGroupResolver,
    ItemResolver,
    CompositionEdgeResolver,
    ItemMaterialResolver,
    SupplyLinkResolver,
    MaterialResolver,
    MaterialExportRestrictionsResolver,
    ExportRestrictionResolver,
  ],
  exports: [ChainService],
})
export class ChainModule {}
