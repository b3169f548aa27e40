import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs with no environment at all: port 3000, embedded database in ./.data, demo data on', () => {
    const config = loadConfig({}, '/srv/rk');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir: '/srv/rk/.data',
      demoData: true,
      demoPassword: 'routekaart',
      production: false,
      redisUrl: null,
      redisPrefix: 'routekaart:',
    });
  });

  it.each([
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL is not a URL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL has protocol "mysql:"/],
    [{ DATABASE_URL: 'postgres://user@host:5432' }, /^DATABASE_URL names no database/],
    [{ PORT: 'eighty' }, /^PORT must be a whole number from 0 to 65535, got "eighty"/],
    [{ PORT: '70000' }, /^PORT must be a whole number/],
    [{ REDIS_URL: 'http://localhost' }, /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ REDIS_PREFIX: 'no colon at the end' }, /^REDIS_PREFIX must be up to 64 letters/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ LOG_FORMAT: 'xml' }, /^LOG_FORMAT must be one of auto, pretty, json/],
    [{ DEMO_DATA: 'maybe' }, /^DEMO_DATA must be true or false/],
    [{ SESSION_TTL_HOURS: '0' }, /^SESSION_TTL_HOURS must be a whole number from 1/],
    [{ ALLOWED_ORIGINS: 'https://ok.example, nonsense' }, /^ALLOWED_ORIGINS must be a comma-separated list/],
    [{ NODE_ENV: 'production', DEMO_DATA: 'true' }, /^DEMO_PASSWORD must be set/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', DATABASE_URL: 'y' })).toThrow(/DATABASE_URL .*; PORT|PORT .*; DATABASE_URL/);
  });

  it('turns demo data off and introspection-relevant production mode on with NODE_ENV=production', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db:5432/rk' });
    expect(config).toMatchObject({ production: true, demoData: false, databaseUrl: 'postgres://u@db:5432/rk' });
  });

  it('normalises allowed origins', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://a.example/, http://localhost:5173' }).allowedOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });
});
