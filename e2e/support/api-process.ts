import { spawn, type ChildProcess } from 'node:child_process';
import { API_MAIN, REPO_ROOT } from './api-build';

/** The built API as its own process (as `npm start` runs it), on a free loopback port. */
export interface ApiProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  url: string;
  output: () => string;
  exit: Promise<number | null>;
  /** Logs a demo user in; returns the bearer token. */
  login(email: string): Promise<string>;
  gql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  let url: string;
  for (;;) {
    const match = /Routekaart is running at (http:\/\/\S+)/.exec(out);
    if (match) {
      url = match[1].replace('//localhost:', '//127.0.0.1:');
      break;
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${out}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return {
    child,
    url,
    output: () => out,
    exit,
    gql,
    async login(email) {
      const data = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: 'routekaart' },
      );
      return data.login.token;
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exit;
    },
  };
}

/** Creates a document in the demo roadmap as its lead; returns its id. */
export async function createDemoDocument(api: ApiProcess, leadToken: string, title: string): Promise<string> {
  const { roadmaps } = await api.gql<{ roadmaps: { id: string; title: string }[] }>('{ roadmaps { id title } }', {}, leadToken);
  const roadmap = roadmaps.find((r) => r.title === 'Routekaart Militaire schepen 2026');
  if (!roadmap) throw new Error('the demo roadmap is missing');
  const data = await api.gql<{ createDocument: { id: string } }>(
    'mutation($r: ID!, $t: String!) { createDocument(roadmapId: $r, title: $t) { id } }',
    { r: roadmap.id, t: title },
    leadToken,
  );
  return data.createDocument.id;
}
