import { describe, expect, it } from 'vitest';
import { renderInWorker } from './render-worker';

describe('rendering an export in a worker thread', () => {
  it('answers the bytes the worker returns, from the data it was given', async () => {
    const bytes = await renderInWorker('test file', "return Buffer.from(workerData.text.toUpperCase(), 'utf8');", { text: 'Łódź → ≥ 5 €' });
    expect(bytes.toString('utf8')).toBe('ŁÓDŹ → ≥ 5 €');
  });

  it('fails with what went wrong when the worker throws', async () => {
    await expect(renderInWorker('test file', "throw new Error('no such font');", {})).rejects.toThrow('rendering the test file failed: no such font');
  });
});
