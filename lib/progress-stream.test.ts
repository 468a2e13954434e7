import { describe, expect, it } from 'vitest';
import { progressStream } from './progress-stream';

async function collect<E, R>(stream: AsyncGenerator<E, R>) {
  const events: E[] = [];
  for (;;) {
    const step = await stream.next();
    if (step.done) return { events, result: step.value };
    events.push(step.value);
  }
}

describe('progressStream', () => {
  it('yields events in order as they are emitted, then returns the result', async () => {
    const stream = progressStream<number, string>(async (emit) => {
      emit(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      emit(2);
      emit(3);
      return 'done';
    });
    expect(await collect(stream)).toEqual({ events: [1, 2, 3], result: 'done' });
  });

  it('delivers the events emitted before a failure, then throws it', async () => {
    const stream = progressStream<number, string>(async (emit) => {
      emit(1);
      throw new Error('boom');
    });
    expect((await stream.next()).value).toBe(1);
    await expect(stream.next()).rejects.toThrow('boom');
  });
});
