/**
 * An async iterator fed by `push`, for GraphQL subscriptions: events queue until the subscriber
 * pulls them, and `return()` (the client unsubscribes) detaches it at once.
 */
export function eventStream<T>(attach: (push: (value: T) => void) => () => void): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  const detach = attach((value) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
    } else queue.push(value);
  });
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      detach();
      waiting?.({ value: undefined as never, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined as never, done: true });
  };
  return {
    next: () => {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined as never, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: (error: unknown) => {
      void finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Maps and filters an async iterator; the mapper returns `null` to skip an event, or throws to end. */
export async function* filterMap<T, U>(source: AsyncIterableIterator<T>, map: (value: T) => Promise<U | null>): AsyncGenerator<U> {
  try {
    for await (const value of source) {
      const mapped = await map(value);
      if (mapped !== null) yield mapped;
    }
  } finally {
    await source.return?.();
  }
}
