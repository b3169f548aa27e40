import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { Request, Response } from 'express';
import { AuthModule } from './auth/auth.module';
import { ChainModule } from './chain/chain.module';
import { MaterialsModule } from './materials/materials.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RoadmapModule } from './roadmaps/roadmap.module';
import { DocumentsModule } from './documents/documents.module';
import { AnalysisModule } from './analysis/analysis.module';
import { ScenariosModule } from './scenarios/scenarios.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { DisruptionsModule } from './disruptions/disruptions.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { ImportsModule } from './imports/imports.module';
import { DocumentExportModule } from './document-export/document-export.module';
import { ActivityModule } from './activity/activity.module';
import { RisksModule } from './risks/risks.module';
import { InterventionsModule } from './interventions/interventions.module';
import { WorkflowModule } from './workflow/workflow.module';
import { AbilityCache } from '@routekaart/access';
import { AuthService } from './auth/auth.service';
import { parseCookies, sessionTokenOf } from './auth/session-token';
import { AccessChangesModule } from './common/access-changes';
import { EndpointAccessGuard } from './common/endpoint-access';
import { formatGraphQLError, formatSubscriptionResult } from './common/format-error';
import { isAllowedOrigin } from './common/origin';
import { noteRequestUser } from './common/request-log';
import { DEFAULT_QUERY_LIMITS } from './common/query-limits';
import { queryLimitsPlugin } from './common/query-limits.plugin';
import { Metrics } from './common/metrics';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { MetricsModule } from './metrics/metrics.module';
import { CompiledExecution } from './graphql/compiled-execution';
import { withoutPlainReadResolvers } from './graphql/plain-field-reads';
import { answerPreloadedFields } from './common/preloaded-fields';
import { createLoaders, type GraphQLContext } from './graphql/request-loaders';

import type { AppConfig } from './config/config';
import { CoreModule } from './config/config.module';
import { DemoResolver } from './demo/demo.resolver';
import { HealthController } from './health/health.controller';
import { DomainErrorFilter } from './common/domain-error.filter';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, dataSource),
        // The Nest logger and PinoLogger for services, writing to the process's logger. No middleware
        // of its own (no routes): the request line is the platform's `requestLogger`, without the
        // per-request AsyncLocalStorage this module's middleware would add.
        LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] }),
        MetricsModule,
        AccessChangesModule,
        AuthModule,
        OrganisationsModule,
        MaterialsModule,
        ChainModule,
        RoadmapModule,
        DocumentsModule,
        AnalysisModule,
        ScenariosModule,
        MonitoringModule,
        DisruptionsModule,
        SuppliersModule,
        ImportsModule,
        ActivityModule,
        RisksModule,
        InterventionsModule,
        WorkflowModule,
        DocumentExportModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService, DataSource, Metrics],
          useFactory: (auth: AuthService, ds: DataSource, metrics: Metrics): ApolloDriverConfig => {
            const execution = new CompiledExecution((mode) => metrics.graphqlExecutions.inc({ mode }));
            const abilities = new AbilityCache();
            return {
            autoSchemaFile: config.schemaFile ?? true,
            sortSchema: true,
            // Repeated operations run as compiled functions (graphql-jit) rather than interpreted field by
            // field; Apollo Server takes the executor as a "gateway" (NestJS's types leave that option out).
            // Fields that only read their parent's property lose NestJS's resolver (read inline), and
            // fields may be answered from what their parent was read with (`withPreloaded`).
            transformSchema: (schema) => execution.takeSchema({ sorted: true })(answerPreloadedFields(withoutPlainReadResolvers(schema))),
            ...({ gateway: execution.gateway } as Partial<ApolloDriverConfig>),
            path: '/graphql',
            playground: false,
            introspection: !config.production,
            includeStacktraceInErrorResponses: false,
            csrfPrevention: true,
            // Abuse limits: tokens at parse time, then depth, aliases and cost before execution (HTTP 400).
            parseOptions: { maxTokens: 5000 },
            plugins: [
              queryLimitsPlugin(DEFAULT_QUERY_LIMITS, { exemptIntrospection: !config.production }),
              graphqlMetricsPlugin(metrics),
              // No cache hints are used (answers depend on the reader): Apollo's cache-control plugin,
              // on by default, cost about 1 ms of CPU per request working out a policy nobody reads.
              ApolloServerPluginCacheControlDisabled(),
            ],
            subscriptions: {
              'graphql-ws': {
                path: '/graphql',
                onNext: (_ctx, _id, _payload, _args, result) =>
                  formatSubscriptionResult(result, (e) => logger.error({ err: e }, 'unexpected GraphQL error'), { hideSuggestions: config.production }),
              },
            },
            context: async (http: { req?: Request; res?: Response }): Promise<GraphQLContext> => {
              // HTTP requests bring req/res; graphql-ws subscriptions bring the upgrade request and connectionParams.
              const socket = http as { extra?: { request: Request }; connectionParams?: Record<string, unknown> };
              const req = http.req ?? socket.extra?.request;
              if (!req) throw new Error('no request in the GraphQL context');
              const bearer = typeof socket.connectionParams?.authorization === 'string' ? socket.connectionParams.authorization : undefined;
              const headers = bearer ? { ...req.headers, authorization: bearer } : req.headers;
              // A session cookie only counts when the page that sent it is ours (CSRF defence in depth
              // behind SameSite=Lax and Apollo's preflight check); a Bearer token is never sent by a browser on its own.
              const fromCookie = !headers.authorization;
              const cookies = req.cookies ?? parseCookies(req.headers.cookie);
              const token = fromCookie && !isAllowedOrigin(req, config) ? null : sessionTokenOf({ headers, cookies });
              const actor = token ? await auth.actorForToken(token) : null;
              noteRequestUser(req, actor?.userId ?? null);
              // From the participations read with this request's session, so permission changes apply at
              // once; an actor in the same state as a recent request gets that request's ability.
              const ability = actor ? abilities.abilityFor(actor) : null;
              return { req, res: http.res as Response, token, actor, ability, loaders: createLoaders(ds, ability, actor) };
            },
            formatError: (formatted, error) =>
              formatGraphQLError(formatted, error, (e) => logger.error({ err: e }, 'unexpected GraphQL error'), {
                hideSuggestions: config.production,
              }),
            };
          },
        }),
      ],
      controllers: [HealthController],
      providers: [
        DemoResolver,
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        // Every GraphQL operation declares who may call it (common/endpoint-access.ts); this enforces it.
        { provide: APP_GUARD, useClass: EndpointAccessGuard },
      ],
    };
  }
}
