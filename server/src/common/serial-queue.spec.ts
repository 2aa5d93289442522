import { SerialQueue } from './serial-queue.js';

describe(SerialQueue.name, () => {
  it('runs tasks of one key one after another, in order', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        events.push(`start ${name}`);
        setTimeout(() => {
          events.push(`end ${name}`);
          resolve(name);
        }, ms);
      });
    const results = await Promise.all([queue.run('a', task('1', 20)), queue.run('a', task('2', 1)), queue.run('a', task('3', 5))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('keeps going after a failed task and reports the failure to its caller only', async () => {
    const queue = new SerialQueue();
    const failed = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  it('lets different keys run side by side and becomes idle when done', async () => {
    const queue = new SerialQueue();
    let aRunning = false;
    let overlap = false;
    const a = queue.run('a', () => new Promise<void>((r) => { aRunning = true; setTimeout(() => { aRunning = false; r(); }, 20); }));
    const b = queue.run('b', async () => { overlap = aRunning; });
    await Promise.all([a, b]);
    expect(overlap).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(queue.isIdle('a')).toBe(true);
  });
});
