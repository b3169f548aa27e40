import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { DocumentsModule } from '../documents/documents.module';
import { InterventionsModule } from '../interventions/interventions.module';
import { RisksModule } from '../risks/risks.module';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { DocumentExportResolver } from './document-export.resolver';
import { DocumentExportService } from './document-export.service';
import { LiveFigureService } from './live-figures';

/** Roadmap documents exported as DOCX, PDF and Markdown, live figures resolved for the exporter. */
@Module({
  imports: [DocumentsModule, AnalysisModule, ScenariosModule, InterventionsModule, RisksModule],
  providers: [DocumentExportService, DocumentExportResolver, LiveFigureService],
})
export class DocumentExportModule {}
