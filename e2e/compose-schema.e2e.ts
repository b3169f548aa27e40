/**
 * Checks the Docker deployment files by reading them (no Docker engine on these machines):
 * docker/compose.yaml against the Compose Specification JSON schema plus the rules we rely on, and
 * docker/Dockerfile / .dockerignore for the stages, paths and user the platform needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../apps/api/src/config/config';

const ROOT = resolve(__dirname, '..');
const COMPOSE_FILE = join(ROOT, 'docker/compose.yaml');
const DOCKERFILE = join(ROOT, 'docker/Dockerfile');
const DOCKER_README = join(ROOT, 'docker/README.md');
const DOCKERIGNORE = join(ROOT, '.dockerignore');
const SCHEMA_FILE = join(ROOT, 'e2e/support/compose-spec/compose-spec.json');

/** The path the API's `tsc` build emits its entry point to; also the root `npm start` target. */
const API_ENTRY = 'dist/api/apps/api/src/main.js';
/**
 * The Node options the API runs with (V8's young generation at half its default, and `gc` for the
 * API's heap keeper, README "Memory"):
 * `npm start`, the image and the benchmarks must all use them, or the benchmarks measure something
 * operators do not run.
 */
const API_NODE_OPTIONS = ['--max-semi-space-size=8', '--expose-gc'];
const API_PORT = 3000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Service = Record<string, any>;

const read = (file: string) => readFileSync(file, 'utf8');

function loadCompose(): JsonObject {
  const doc = parseDocument(read(COMPOSE_FILE), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length || doc.warnings.length) {
    throw new Error(`docker/compose.yaml is not clean YAML:\n${[...doc.errors, ...doc.warnings].map((e) => e.message).join('\n')}`);
  }
  return doc.toJS() as JsonObject;
}

function compileSchema(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  return ajv.compile(JSON.parse(read(SCHEMA_FILE)));
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : '';
      return `  ${e.instancePath || '/'}: ${e.message}${extra} (${e.schemaPath})`;
    })
    .join('\n');
}

/** Validates and returns the errors, printed with their paths, or '' when the document is valid. */
function schemaErrors(validate: ValidateFunction, document: unknown): string {
  return validate(document) ? '' : formatErrors(validate.errors);
}

// --- Compose interpolation (https://docs.docker.com/reference/compose-file/interpolation/) -------------

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Names of every variable a string refers to, nested defaults included; `$$` is a literal dollar. */
function variablesIn(value: string): string[] {
  const names: string[] = [];
  const unescaped = value.replace(/\$\$/g, '');
  for (const m of unescaped.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) names.push(m[1]);
  return names;
}

/** Compose's substitution: $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+r}, ${VAR+r}. */
function interpolate(value: string, env: Record<string, string | undefined>): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    if (value[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (value[i + 1] !== '{') {
      const name = NAME.exec(value.slice(i + 1))?.[0];
      if (!name) {
        out += c;
        i++;
        continue;
      }
      out += env[name] ?? '';
      i += 1 + name.length;
      continue;
    }
    // ${...}: find the matching brace, allowing nested ${...} in the operand.
    let depth = 1;
    let j = i + 2;
    for (; j < value.length && depth > 0; j++) {
      if (value[j] === '$' && value[j + 1] === '{') {
        depth++;
        j++;
      } else if (value[j] === '}') depth--;
    }
    if (depth !== 0) throw new Error(`unclosed \${ in "${value}"`);
    const body = value.slice(i + 2, j - 1);
    const name = NAME.exec(body)?.[0];
    if (!name) throw new Error(`invalid variable reference "\${${body}}"`);
    const rest = body.slice(name.length);
    const op = /^(:-|-|:\?|\?|:\+|\+)?/.exec(rest)![0];
    if (!op && rest) throw new Error(`unsupported interpolation "\${${body}}"`);
    const operand = interpolate(rest.slice(op.length), env);
    const v = env[name];
    const set = v !== undefined;
    const nonEmpty = set && v !== '';
    switch (op) {
      case '':
        out += v ?? '';
        break;
      case ':-':
        out += nonEmpty ? v : operand;
        break;
      case '-':
        out += set ? v : operand;
        break;
      case ':?':
        if (!nonEmpty) throw new Error(`required variable ${name}: ${operand}`);
        out += v;
        break;
      case '?':
        if (!set) throw new Error(`required variable ${name}: ${operand}`);
        out += v;
        break;
      case ':+':
        out += nonEmpty ? operand : '';
        break;
      case '+':
        out += set ? operand : '';
        break;
    }
    i = j;
  }
  return out;
}

/** Applies `fn` to every string value (not keys, as Compose does). */
function mapStrings(node: Json, fn: (s: string) => string): Json {
  if (typeof node === 'string') return fn(node);
  if (Array.isArray(node)) return node.map((n) => mapStrings(n, fn));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapStrings(v, fn)]));
  return node;
}

function allStrings(node: Json): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(allStrings);
  if (node && typeof node === 'object') return Object.values(node).flatMap(allStrings);
  return [];
}

/** A service's environment as a map, from either the map or the list form. */
function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry: string) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

// --- Dockerfile -----------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  name: string | null;
  from: string;
  instructions: Instruction[];
}

/** Instructions with line continuations joined and comments dropped, split into build stages. */
function parseDockerfile(text: string): { globalArgs: Record<string, string>; stages: Stage[] } {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line)) continue; // comments, also inside continuations; parser directives too
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    current += line;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  if (current.trim()) logical.push(current.trim());

  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword, args = ''] = /^(\S+)\s*(.*)$/.exec(line)!;
    const instruction = { keyword: keyword.toUpperCase(), args };
    if (instruction.keyword === 'FROM') {
      const parts = args.split(/\s+/).filter((p) => !p.startsWith('--'));
      const asIndex = parts.findIndex((p) => p.toUpperCase() === 'AS');
      const from = parts[0].replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n: string) => globalArgs[n] ?? '');
      stages.push({ name: asIndex > 0 ? parts[asIndex + 1] : null, from, instructions: [] });
    } else if (!stages.length) {
      if (instruction.keyword === 'ARG') {
        const [name, value = ''] = args.split('=');
        globalArgs[name.trim()] = value.trim().replace(/^"|"$/g, '');
      }
    } else {
      stages.at(-1)!.instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

const argsOf = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

/** The stages a stage builds on (FROM another stage), itself first. */
function lineage(stages: Stage[], stage: Stage): Stage[] {
  const chain = [stage];
  let parent = stages.find((s) => s.name === chain.at(-1)!.from);
  while (parent && !chain.includes(parent)) {
    chain.push(parent);
    parent = stages.find((s) => s.name === chain.at(-1)!.from);
  }
  return chain;
}

// ---------------------------------------------------------------------------------------------------------

describe('docker/compose.yaml', () => {
  let compose: JsonObject;
  let services: Record<string, Service>;
  let validate: ValidateFunction;

  beforeAll(() => {
    compose = loadCompose();
    services = compose.services as Record<string, Service>;
    validate = compileSchema();
  });

  it('is valid against the Compose Specification schema', () => {
    const errors = schemaErrors(validate, compose);
    expect(errors, `docker/compose.yaml does not match the Compose schema:\n${errors}`).toBe('');
  });

  it('is still valid once its variables are interpolated with their defaults', () => {
    const env = { POSTGRES_PASSWORD: 'x'.repeat(64) };
    const resolved = mapStrings(compose, (s) => interpolate(s, env));
    const errors = schemaErrors(validate, resolved);
    expect(errors, `interpolated docker/compose.yaml does not match the Compose schema:\n${errors}`).toBe('');
    expect(allStrings(resolved).filter((s) => s.includes('$')), 'unresolved $ after interpolation').toEqual([]);
  });

  it('fails without POSTGRES_PASSWORD, as Compose would', () => {
    expect(() => mapStrings(compose, (s) => interpolate(s, {}))).toThrow(/required variable POSTGRES_PASSWORD/);
  });

  it('reports misspelt keys and wrong types, so the check can fail', () => {
    const copy = structuredClone(compose) as { services: Record<string, Service> };
    copy.services.api.depend_on = copy.services.api.depends_on; // misspelt service key
    delete copy.services.api.depends_on;
    copy.services.postgres.healthcheck.start_periode = '5s'; // misspelt nested key
    copy.services.redis.restart = 5; // wrong type
    expect(validate(copy)).toBe(false);
    const reported = (validate.errors ?? []).map((e) => ({
      path: e.instancePath,
      keyword: e.keyword,
      property: (e.params as { additionalProperty?: string }).additionalProperty,
    }));
    expect(reported).toContainEqual({ path: '/services/api', keyword: 'additionalProperties', property: 'depend_on' });
    expect(reported).toContainEqual({
      path: '/services/postgres/healthcheck',
      keyword: 'additionalProperties',
      property: 'start_periode',
    });
    expect(reported).toContainEqual({ path: '/services/redis/restart', keyword: 'type', property: undefined });
  });

  it('names the project and has postgres, redis and api', () => {
    expect(compose.name).toBe('routekaart');
    expect(Object.keys(services).sort()).toEqual(['api', 'postgres', 'redis']);
  });

  it('gives every service a health check and a restart policy', () => {
    for (const [name, service] of Object.entries(services)) {
      const hc = service.healthcheck;
      expect(hc, `${name} has no healthcheck`).toBeTruthy();
      expect(hc.disable, `${name} disables its healthcheck`).not.toBe(true);
      expect(Array.isArray(hc.test) && ['CMD', 'CMD-SHELL'].includes(hc.test[0]), `${name}: healthcheck.test must be a CMD or CMD-SHELL list`).toBe(true);
      expect(['always', 'unless-stopped', 'on-failure'], `${name} restart policy`).toContain(String(service.restart).split(':')[0]);
    }
    expect(services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(services.redis.healthcheck.test.join(' ')).toContain('redis-cli ping');
    expect(services.api.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${API_PORT}/health`);
  });

  it('starts the api only once postgres and redis are healthy', () => {
    const dependsOn = services.api.depends_on;
    expect(Array.isArray(dependsOn), 'api.depends_on must be the long form with conditions').toBe(false);
    for (const dependency of ['postgres', 'redis']) {
      expect(dependsOn[dependency]?.condition, `api must wait for ${dependency} to be healthy`).toBe('service_healthy');
    }
  });

  it('keeps data in declared named volumes', () => {
    const declared = Object.keys((compose.volumes ?? {}) as JsonObject);
    for (const [name, service] of Object.entries(services)) {
      for (const volume of (service.volumes ?? []) as (string | { type?: string; source?: string })[]) {
        const source = typeof volume === 'string' ? volume.split(':')[0] : volume.type === 'volume' ? volume.source : undefined;
        if (source === undefined) continue;
        expect(source.startsWith('.') || source.startsWith('/'), `${name}: ${source} is a bind mount`).toBe(false);
        expect(declared, `${name} uses volume ${source} that is not declared at the top level`).toContain(source);
      }
    }
    expect(services.postgres.volumes.map((v: string) => v.split(':')[1])).toContain('/var/lib/postgresql/data');
  });

  it('builds the api from docker/Dockerfile with the repository root as context', () => {
    const build = services.api.build;
    const context = resolve(join(ROOT, 'docker'), build.context);
    expect(context).toBe(ROOT);
    expect(existsSync(join(context, build.dockerfile ?? 'Dockerfile'))).toBe(true);
    expect(join(context, build.dockerfile)).toBe(DOCKERFILE);
    const stageNames = parseDockerfile(read(DOCKERFILE)).stages.map((s) => s.name);
    expect(stageNames).toContain(build.target ?? 'runtime');
  });

  it('runs several api replicas, each published on its own host port', () => {
    const replicas = Number(services.api.deploy?.replicas ?? 1);
    expect(replicas).toBeGreaterThanOrEqual(2);
    expect(services.api.container_name, 'container_name prevents scaling').toBeUndefined();
    const ports = services.api.ports as { target: number; published: string }[];
    expect(ports).toHaveLength(1);
    expect(Number(ports[0].target)).toBe(API_PORT);
    const published = interpolate(String(ports[0].published), {});
    const [low, high = low] = published.split('-').map(Number);
    expect(high - low + 1, `API_PORTS default ${published} must offer a port per replica`).toBeGreaterThanOrEqual(replicas);
    for (const name of ['postgres', 'redis']) expect(services[name].ports, `${name} must not be published`).toBeUndefined();
  });

  it('points the api at the postgres and redis services and keeps demo data off by default', () => {
    const env = environmentOf(services.api);
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, interpolate(v, { POSTGRES_PASSWORD: 'secret' })]),
    );
    const db = new URL(resolved.DATABASE_URL);
    expect(db.protocol).toBe('postgres:');
    expect(db.hostname).toBe('postgres');
    expect(db.username).toBe(services.postgres.environment.POSTGRES_USER);
    expect(db.pathname).toBe(`/${services.postgres.environment.POSTGRES_DB}`);
    expect(db.password).toBe('secret');
    expect(new URL(resolved.REDIS_URL).hostname).toBe('redis');
    expect(resolved.NODE_ENV).toBe('production');
    expect(resolved.PORT).toBe(String(API_PORT));
    expect(resolved.DEMO_DATA).toBe('false');
    for (const name of ['LOG_LEVEL', 'PUBLIC_URL', 'ALLOWED_ORIGINS', 'DEMO_DATA']) {
      expect(env[name], `api environment ${name}`).toMatch(/\$\{[A-Z_]+:-/);
    }
  });

  it("passes the api environment, with its defaults, to the API's own config loader", () => {
    const env = Object.fromEntries(
      Object.entries(environmentOf(services.api)).map(([k, v]) => [k, interpolate(v, { POSTGRES_PASSWORD: 'secret' })]),
    );
    const config = loadConfig(env, '/app');
    expect(config.production).toBe(true);
    expect(config.demoData).toBe(false);
    expect(config.port).toBe(API_PORT);
    expect(config.databaseUrl).toContain('@postgres:5432/');
    expect(config.redisUrl).toBe('redis://redis:6379');
    expect(config.allowedOrigins).toEqual([new URL(config.publicUrl!).origin]);
    expect(config.webDir).toBe('/app/apps/web/build');
  });

  it("documents every variable of the api's environment, and of the whole file, in docker/README.md", () => {
    const readme = read(DOCKER_README);
    const documented = (name: string) => new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, 'm').test(readme);
    const apiVariables = new Set(Object.values(environmentOf(services.api)).flatMap(variablesIn));
    expect(apiVariables.size).toBeGreaterThan(0);
    const fileVariables = new Set(allStrings(compose).flatMap(variablesIn));
    const missing = [...new Set([...apiVariables, ...fileVariables])].filter((n) => !documented(n));
    expect(missing, 'variables without a row in the table of docker/README.md').toEqual([]);
    expect(readme).toContain('docker compose -f docker/compose.yaml up -d --build');
  });
});

describe('docker/Dockerfile', () => {
  const { stages } = parseDockerfile(read(DOCKERFILE));
  const stage = (name: string) => {
    const found = stages.find((s) => s.name === name);
    if (!found) throw new Error(`docker/Dockerfile has no stage "${name}"`);
    return found;
  };

  it('has the stages deps, build and runtime, runtime last', () => {
    const names = stages.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['deps', 'build', 'runtime']));
    expect(names.at(-1), 'runtime must be the last stage (the default target)').toBe('runtime');
    for (const name of ['deps', 'runtime']) {
      expect(stage(name).from, `${name} base image`).toMatch(/^node:(20|22|24)(\.\d+)*-bookworm-slim(@sha256:[0-9a-f]{64})?$/);
    }
  });

  it('installs with the lockfile and builds with Nx without daemon', () => {
    expect(argsOf(stage('deps'), 'RUN').join('\n')).toMatch(/\bnpm ci\b/);
    const build = lineage(stages, stage('build'));
    expect(build.map((s) => s.name)).toContain('deps');
    expect(argsOf(stage('build'), 'ENV').join(' ')).toMatch(/\bNX_DAEMON=false\b/);
    expect(argsOf(stage('build'), 'RUN').join('\n')).toMatch(/\bnpm run build\b/);
  });

  it('gives the runtime production dependencies only and the build output it needs', () => {
    const runtime = stage('runtime');
    expect(argsOf(runtime, 'ENV').join(' ')).toMatch(/\bNODE_ENV=production\b/);
    const copies = argsOf(runtime, 'COPY');
    const fromStage = (path: string) =>
      copies
        .map((c) => /--from=(\S+)\s+(\S+)\s+(\S+)/.exec(c))
        .find((m) => m && m[2].replace(/^\/app\//, '').replace(/\/$/, '') === path)?.[1];
    for (const path of ['dist', 'apps/web/build', 'apps/api/schema.graphql']) {
      expect(fromStage(path), `runtime must COPY --from=build /app/${path}`).toBe('build');
    }
    // node_modules come from a stage that installed without dev dependencies (or pruned them).
    const modulesStage = fromStage('node_modules');
    const installRuns = modulesStage === 'runtime' || !modulesStage ? argsOf(runtime, 'RUN') : argsOf(stage(modulesStage), 'RUN');
    expect(installRuns.join('\n')).toMatch(/npm (ci|install|prune)\b[^\n]*--omit=dev/);
  });

  it('runs the entry point that tsc emits', () => {
    const runtime = stage('runtime');
    const cmd = argsOf(runtime, 'CMD');
    expect(cmd).toHaveLength(1);
    expect(JSON.parse(cmd[0]), 'CMD must be the exec form').toEqual(['node', ...API_NODE_OPTIONS, API_ENTRY]);

    // The same path and options as `npm start` and the benchmarks, and as tsc's outDir/rootDir for
    // apps/api/src/main.ts.
    const scripts = JSON.parse(read(join(ROOT, 'package.json'))).scripts as Record<string, string>;
    expect(scripts.start).toContain(`node ${[...API_NODE_OPTIONS, API_ENTRY].join(' ')}`);
    const bench = read(join(ROOT, 'bench/support.mjs')).match(/export const API_NODE_OPTIONS = (\[.*\]);/)![1]!;
    expect(JSON.parse(bench.replace(/'/g, '"'))).toEqual(API_NODE_OPTIONS);
    // The analysis benchmark runs the API's service code in a process of its own: with the same options.
    expect(scripts['bench:analysis']).toContain(`${API_NODE_OPTIONS.join(' ')} dist/api/apps/api/src/bench/analysis-bench.js`);
    const tsconfig = JSON.parse(read(join(ROOT, 'apps/api/tsconfig.app.json'))).compilerOptions;
    const apiDir = join(ROOT, 'apps/api');
    const emitted = join(resolve(apiDir, tsconfig.outDir), 'apps/api/src/main.js');
    expect(resolve(apiDir, tsconfig.rootDir)).toBe(ROOT);
    expect(emitted).toBe(join(ROOT, API_ENTRY));
    expect(existsSync(join(ROOT, 'apps/api/src/main.ts'))).toBe(true);
  });

  it('runs as a non-root user', () => {
    const user = argsOf(stage('runtime'), 'USER').at(-1);
    expect(user, 'runtime must set USER').toBeTruthy();
    expect(user!.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('exposes port 3000 and checks /health with node', () => {
    const runtime = stage('runtime');
    expect(argsOf(runtime, 'EXPOSE').join(' ').split(/\s+/)).toContain(String(API_PORT));
    const healthcheck = argsOf(runtime, 'HEALTHCHECK').join(' ');
    expect(healthcheck).toMatch(/CMD \["node",/);
    expect(healthcheck).toContain('127.0.0.1');
    expect(healthcheck).toContain('/health');
  });

  it('builds with Nx analytics off (nx.json)', () => {
    const nx = JSON.parse(read(join(ROOT, 'nx.json')));
    expect(nx.analytics).toBe(false);
  });
});

describe('.dockerignore', () => {
  it('keeps dependencies, build output, local data, logs and git out of the build context', () => {
    const patterns = read(DOCKERIGNORE)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const ignored = (path: string) => patterns.some((p) => p === path || p === `**/${path}`);
    for (const path of ['node_modules', 'dist', '.data', '.nx', '.svelte-kit', 'apps/web/build', '.git', 'coverage', 'logs']) {
      expect(ignored(path), `.dockerignore must list ${path}`).toBe(true);
    }
    for (const needed of ['package-lock.json', 'apps/api/schema.graphql', 'nx.json', '.npmrc']) {
      expect(patterns, `${needed} is needed by the build`).not.toContain(needed);
    }
  });
});
