import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BomService } from './bom.service';
import { CompositionEdgeResolver, ItemMaterialResolver, ItemResolver, MaterialUsageResolver, ProductGroupResolver } from './bom.resolver';
import { ChainEvents } from './chain-events';
import { ChainExportService } from './chain-export.service';
import { SupplyLinkResolver } from './supply-link.resolver';
import { SupplyLinkService } from './supply-link.service';

/** The bill of materials (items, assemblies) and supply links, and where materials are used in it. */
@Module({
  imports: [AuthModule],
  providers: [
    BomService,
    SupplyLinkService,
    ChainExportService,
    ChainEvents,
    ProductGroupResolver,
    ItemResolver,
    CompositionEdgeResolver,
    ItemMaterialResolver,
    SupplyLinkResolver,
    MaterialUsageResolver,
  ],
  exports: [BomService],
})
export class ChainModule {}
