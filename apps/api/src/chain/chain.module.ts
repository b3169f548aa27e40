import { Module } from '@nestjs/common';
import { MaterialResolver } from '../materials/material.resolver';
import { MaterialService } from '../materials/material.service';
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

/** The bill of materials, supply links and the materials catalogue. */
@Module({
  imports: [AuthModule],
  providers: [
    ChainService,
    ChainExportService,
    ChainEvents,
    MaterialService,
    ProductGroupResolver,
    ItemResolver,
    CompositionEdgeResolver,
    ItemMaterialResolver,
    SupplyLinkResolver,
    MaterialResolver,
  ],
  exports: [ChainService],
})
export class ChainModule {}
