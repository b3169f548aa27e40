import { describe, expect, it } from 'vitest';
import { renderInWorker, renderLoad } from './render-worker';

describe('rendering an export in a worker thread', () => {
  it('answers the bytes the worker returns, from the data it was given', async () => {
    const bytes = await renderInWorker('test file', "return Buffer.from(workerData.text.toUpperCase(), 'utf8');", { text: 'Łódź → ≥ 5 €' });
    expect(bytes.toString('utf8')).toBe('ŁÓDŹ → ≥ 5 €');
  });

  it('fails with what went wrong when the worker throws', async () => {
    await expect(renderInWorker('test file', "throw new Error('no such font');", {})).rejects.toThrow('rendering the test file failed: no such font');
  });

  it('runs at most one worker per core and queues the rest, all of which finish', async () => {
    const { max } = renderLoad();
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, renderLoad().running)), 1);
    const slow = "await new Promise((r) => setTimeout(r, 60)); return Buffer.from(String(workerData.n));";
    const results = await Promise.all(Array.from({ length: max + 3 }, (_, n) => renderInWorker('test file', slow, { n })));
    clearInterval(watch);
    expect(results.map((b) => b.toString())).toEqual(Array.from({ length: max + 3 }, (_, n) => String(n)));
    expect(peak).toBeLessThanOrEqual(max);
    expect(renderLoad()).toEqual({ running: 0, waiting: 0, max });
  });
});
