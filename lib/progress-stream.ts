/**
 * Runs `work`, yielding what it emits as it goes, then returns what it resolved to: how a server
 * action streams progress to the browser (React serializes async iterators). If `work` fails, the
 * iterator throws that error after yielding what came before.
 */
export function progressStream<Event, Result>(work: (emit: (event: Event) => void) => Promise<Result>): AsyncGenerator<Event, Result> {
  const queue: Event[] = [];
  let wake: (() => void) | null = null;
  let settled: { value: Result } | { error: unknown } | null = null;
  const nudge = () => {
    wake?.();
    wake = null;
  };
  work((event) => {
    queue.push(event);
    nudge();
  }).then(
    (value) => ((settled = { value }), nudge()),
    (error: unknown) => ((settled = { error }), nudge()),
  );
  async function* drain(): AsyncGenerator<Event, Result> {
    for (;;) {
      while (queue.length > 0) yield queue.shift() as Event;
      const outcome = settled as { value: Result } | { error: unknown } | null;
      if (outcome) {
        if ('error' in outcome) throw outcome.error;
        return outcome.value;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  return drain();
}
