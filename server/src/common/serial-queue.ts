/**
 * Runs tasks one after another per key. TypeORM's SQLite driver shares one connection per
 * DataSource, so two interleaved transactions would see each other's writes: every operation on
 * one database goes through its queue.
 */
export class SerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(noop, noop);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  isIdle(key: string): boolean {
    return !this.tails.has(key);
  }
}

function noop(): void {}
