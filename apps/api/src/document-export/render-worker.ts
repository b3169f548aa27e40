import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * At most one rendering worker per core: twenty people exporting at once queue for the cores instead
 * of starting twenty threads (each with its own copy of pdfmake and the fonts) that all crawl.
 */
const MAX_WORKERS = Math.max(1, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function withWorkerSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line, or give it back.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** How many renderings run and wait right now (for tests and metrics). */
export function renderLoad(): { running: number; waiting: number; max: number } {
  return { running, waiting: waiting.length, max: MAX_WORKERS };
}

/**
 * The one place an export is rendered off the API's main thread. Laying out a PDF or packing a
 * DOCX is plain CPU work (hundreds of milliseconds to seconds for a 50-page roadmap); in a worker
 * thread the API, and the collaboration sockets it serves, keep answering meanwhile.
 *
 * The worker is CommonJS source evaluated in a fresh thread (`eval`), not a file of this project:
 * it needs no build step and is the same under vitest (TypeScript sources) and in `dist/` (tsc's
 * JavaScript). It loads only packages, by the paths the caller resolved with `require.resolve`
 * (valid in both), and gets plain data (structured clone), never objects of this thread.
 *
 * `body` is the inside of an async function that has `workerData` and returns the file's bytes.
 */
export function renderInWorker(what: string, body: string, workerData: Record<string, unknown>): Promise<Buffer> {
  return withWorkerSlot(() => renderInNewWorker(what, body, workerData));
}

function renderInNewWorker(what: string, body: string, workerData: Record<string, unknown>): Promise<Buffer> {
  const source = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
${body}
})().then((bytes) => parentPort.postMessage(bytes));
`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData });
    worker.once('message', (bytes: Uint8Array) => {
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      void worker.terminate();
    });
    // A failure in the worker (an unhandled rejection included) arrives as its `error`.
    worker.once('error', (error) => reject(error instanceof Error ? new Error(`rendering the ${what} failed: ${error.message}`, { cause: error }) : error));
    worker.once('exit', (code) => reject(new Error(`the ${what} worker stopped (exit code ${code})`)));
  });
}
