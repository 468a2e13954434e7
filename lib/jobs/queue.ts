import type { Job, PgBoss, Queue, WorkOptions } from 'pg-boss';

/**
 * A kind of background job: its queue's name and retry policy, and what a worker does with a batch.
 * Every queue is listed once in ./all-queues.ts. Job data must never hold a secret (tokens, webhook
 * secrets, SMTP passwords): pg-boss keeps it in plain JSON.
 */
export interface QueueDefinition<Data extends object = object> {
  name: string;
  options: Omit<Queue, 'name'>;
  /** How this instance fetches (batch size, polling); concurrency may depend on configuration. */
  workOptions: () => WorkOptions;
  work: (jobs: Job<Data>[], boss: PgBoss) => Promise<void>;
}

export function defineQueue<Data extends object>(definition: QueueDefinition<Data>): QueueDefinition<Data> {
  return definition;
}
