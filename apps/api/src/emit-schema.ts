import 'reflect-metadata';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { createDataSource } from '@routekaart/db';
import { AppModule } from './app.module';
import { loadConfig } from './config/config';

/**
 * Build step: writes the code-first GraphQL schema to apps/api/schema.graphql (committed, so a
 * schema change shows in review). Needs no database: resolvers are only constructed.
 */
async function emitSchema(): Promise<void> {
  const schemaFile = resolve(__dirname, '../../../../../apps/api/schema.graphql');
  const config = { ...loadConfig({}), schemaFile };
  const unopened = createDataSource({ url: 'postgres://schema-only@localhost/unused' });
  const app = await NestFactory.create(AppModule.register(config, unopened, pino({ level: 'silent' })), { logger: false });
  await app.init();
  await app.close();
  console.log(`GraphQL schema written to ${schemaFile}`);
}

void emitSchema();
