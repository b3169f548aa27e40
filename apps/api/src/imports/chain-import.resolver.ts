import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor, AppAbility } from '@routekaart/access';
import { unauthenticated, type ImportLanguage } from '@routekaart/domain';
import { AuthService } from '../auth/auth.service';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { FileExportModel } from '../common/file-export.model';
import type { RequestContext } from '../common/request-context';
import { ExportFormatEnum, ImportLanguageEnum, ImportProgressModel, ImportReportModel } from './chain-import.models';
import { ChainImportService } from './chain-import.service';
import { ImportProgress, type ImportProgressEvent } from './import-progress';

@Resolver()
export class ChainImportResolver {
  constructor(
    private readonly service: ChainImportService,
    private readonly progress: ImportProgress,
    private readonly auth: AuthService,
  ) {}

  @ChecksInService('any logged-in user: the template holds headers and examples, nothing of anyone')
  @Query(() => FileExportModel, { description: 'The import template: one sheet per kind of row with headers and an example, and an explanation sheet (XLSX)' })
  chainImportTemplate(@Args('language', { type: () => ImportLanguageEnum, defaultValue: 'nl' }) language: ImportLanguage) {
    return this.service.template(language);
  }

  @Requires('create', 'SupplyLink')
  @Mutation(() => ImportReportModel, {
    description:
      "Imports the company's chain data into a product group from XLSX or CSV, matched by the company's own references. apply=false: a dry run, the report only. apply=true: all in one transaction, or — when any row has a problem — nothing (BAD_USER_INPUT on file, every problem in extensions.rows)",
  })
  importChainData(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
    @Args('fileName') fileName: string,
    @Args('contentBase64', { description: 'The file, base64-encoded (at most 5 MB)' }) contentBase64: string,
    @Args('apply', { defaultValue: false }) apply: boolean,
    @Args('importId', {
      type: () => ID,
      nullable: true,
      description: 'An id the client chose (a UUID) to follow this import on chainImportProgress; only the user who sends it receives the steps',
    })
    importId: string | null,
  ) {
    return this.service.run(actor, ability, { productGroupId, fileName, contentBase64, apply, importId });
  }

  @Requires('create', 'SupplyLink')
  @Subscription(() => ImportProgressModel, {
    description:
      'The steps of an import you run with this importId: first WAITING (listening: send the file), then READING (rows so far, percent of the file), CHECKING, WRITING n/N rows (apply only), DONE. Another user subscribing with the same id gets WAITING and nothing more',
    resolve: (event: ImportProgressModel) => event,
  })
  chainImportProgress(@Args('importId', { type: () => ID }) importId: string, @Ctx() ctx: RequestContext<object>) {
    if (!ctx.actor || !ctx.token) throw unauthenticated();
    return this.follow(importId, ctx.actor.userId, ctx.token);
  }

  /** Listens before saying WAITING, so no step sent after it is missed; each step is the subscriber's own, re-checked against its session. */
  private async *follow(importId: string, userId: string, token: string): AsyncGenerator<ImportProgressModel> {
    const steps = this.progress.follow(importId, userId);
    try {
      yield { importId, phase: 'WAITING', done: 0, total: 0, percent: 0 };
      for await (const step of steps as AsyncIterable<ImportProgressEvent>) {
        const actor = await this.auth.actorForToken(token);
        if (!actor || actor.userId !== userId) throw unauthenticated('Your session has ended');
        yield { importId, phase: step.phase, done: step.done, total: step.total, percent: step.percent };
        if (step.phase === 'DONE') return;
      }
    } finally {
      await steps.return?.();
    }
  }

  @Requires('create', 'Export')
  @Mutation(() => FileExportModel, {
    description: "The company's own chain data in a product group in the import template's format (XLSX with four sheets, or CSV of the supply links); it imports back unchanged. Audited",
  })
  exportChainData(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
    @Args('format', { type: () => ExportFormatEnum, defaultValue: 'XLSX' }) format: 'XLSX' | 'CSV',
  ) {
    return this.service.exportOwn(actor, ability, productGroupId, format);
  }
}
