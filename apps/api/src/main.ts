import { DEMO_ORGANISATIONS } from '@routekaart/db';
import { startHeapKeeper } from './common/heap-keeper';
import { Metrics } from './common/metrics';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { StartupError, startPlatform, type Platform } from './platform';
import { GRAPHQL_IDE_PATH } from './web/graphql-ide';

/** `npm start`: validate the environment, start the platform, print where it is, stop cleanly. */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  let platform: Platform;
  try {
    platform = await startPlatform(config);
  } catch (error) {
    if (error instanceof StartupError) fail(error.message);
    throw error;
  }
  // One per process (tests start several platforms in one), so here rather than in the platform.
  const metrics = platform.app.get(Metrics);
  const keeper = startHeapKeeper({ thresholdMb: config.heapKeeperMb, onCollect: (reason) => metrics.heapCollections.inc({ reason }) });
  if (!keeper && config.heapKeeperMb > 0) {
    console.warn('routekaart: Node runs without --expose-gc, so the heap keeper (HEAP_KEEPER_MB) is off; npm start and the image pass it');
  }
  printBanner(platform, config);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`routekaart: ${signal} again, exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    keeper?.stop();
    console.log(`\nroutekaart: stopping (${signal})…`);
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`routekaart: error while stopping: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(message: string): never {
  console.error(`routekaart: ${message}`);
  process.exit(1);
}

function printBanner(platform: Platform, config: AppConfig): void {
  const lines = [
    '',
    `  Routekaart is running at ${platform.url}`,
    `  GraphQL ${platform.url}/graphql · health ${platform.url}/health`,
    ...(config.production ? [] : [`  GraphQL IDE (development only) ${platform.url}${GRAPHQL_IDE_PATH}`]),
    `  Database: ${platform.database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : platform.database.url}`,
  ];
  if (config.demoData) {
    lines.push('', `  Demo logins (password: ${config.demoPassword === 'routekaart' ? 'routekaart' : 'the value of DEMO_PASSWORD'}):`);
    for (const org of DEMO_ORGANISATIONS) {
      for (const user of org.users) lines.push(`    ${user.email.padEnd(26)} ${org.description}`);
    }
  }
  lines.push('', '  Stop with Ctrl-C.', '');
  console.log(lines.join('\n'));
}

void main();
