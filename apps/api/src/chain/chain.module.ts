import { Module } from '@nestjs/common';
import {
  CompositionEdgeResolver,
  ItemMaterialResolver,
  ItemResolver,
  MaterialUsageResolver,
  ProductGroupResolver,
  SupplyLinkResolver,
} from './chain.resolver';
import { ChainService } from './chain.service';
import { ChainEvents } from './chain-events';
import { AuthModule } from '../auth/auth.module';
import { ChainExportService } from './chain-export.service';

/** The bill of materials (items, assemblies) and supply links, and where materials are used in it. */
@Module({
  imports: [AuthModule],
  providers: [
    ChainService,
    ChainExportService,
    ChainEvents,
    ProductGroupResolver,
    ItemResolver,
    CompositionEdgeResolver,
    ItemMaterialResolver,
    SupplyLinkResolver,
    MaterialUsageResolver,
  ],
  exports: [ChainService],
})
export class ChainModule {}
