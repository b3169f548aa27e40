import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// The API runs with a few V8 options (the young generation at half its default, README "Memory"):
// `npm start`, the container image and the benchmarks must all start it with the same ones, or the
// benchmarks measure something operators do not run.
describe('the Node options the API is started with', () => {
  it('are the same for npm start, the image and the benchmarks', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const optionsBefore = (command: string, script: string) => command.match(new RegExp(`node ((?:--[\\w-]+(?:=\\S+)? )*)${script}`))?.[1]?.trim().split(' ') ?? [];
    const start = optionsBefore(scripts.start!, 'dist/api/apps/api/src/main.js');
    expect(start).toContain('--max-semi-space-size=8');

    const cmd = JSON.parse(read('docker/Dockerfile').match(/^CMD (\[.*\])$/m)![1]!) as string[];
    expect(cmd).toEqual(['node', ...start, 'dist/api/apps/api/src/main.js']);

    const bench = read('bench/support.mjs').match(/export const API_NODE_OPTIONS = (\[.*\]);/)![1]!;
    expect(JSON.parse(bench.replace(/'/g, '"'))).toEqual(start);

    // The analysis benchmark runs the service in its own process: with the same options (and --expose-gc).
    expect(optionsBefore(scripts['bench:analysis']!, 'dist/api/apps/api/src/bench/analysis-bench.js').filter((o) => o !== '--expose-gc')).toEqual(start);
  });
});
