import type { Job, PgBoss, Queue, WorkOptions } from 'pg-boss';

/**
 * A queue as senders see it: its name and retry policy. Kept apart from its worker so that sending a
 * job never imports the code that runs it (the job queue creates every queue of ./job-queues.ts at start).
 * Job data must never hold a secret (tokens, webhook secrets, SMTP passwords): pg-boss keeps it in plain JSON.
 */
export interface JobQueue {
  name: string;
  options: Omit<Queue, 'name'>;
}

/** A queue with what a worker does with a batch; every one is listed once in ./all-queues.ts. */
export interface QueueDefinition<Data extends object = object> extends JobQueue {
  /** How this instance fetches (batch size, polling); concurrency may depend on configuration. */
  workOptions: () => WorkOptions;
  work: (jobs: Job<Data>[], boss: PgBoss) => Promise<void>;
}

export function defineQueue<Data extends object>(definition: QueueDefinition<Data>): QueueDefinition<Data> {
  return definition;
}
