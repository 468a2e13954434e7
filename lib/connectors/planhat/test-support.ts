// Helpers for the connector's tests; not imported by application code.
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { CredentialCheckResult } from '../types';

/** A fresh, realistic-looking token per test, so tests never share state in the double. */
export function uniqueToken(): string {
  return `phtest_${randomUUID().replaceAll('-', '')}`;
}

/** The report reduced to model -> access, for exact comparisons. */
export function accessByModel(result: CredentialCheckResult): Record<string, string> {
  return Object.fromEntries(Object.entries(result.models).map(([model, entry]) => [model, entry.access]));
}

/** A URL template pointing at a port nothing listens on. */
export async function closedPortTemplate(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/{cluster}`;
}

export const ALL_READABLE = {
  companies: 'readable',
  endusers: 'readable',
  licenses: 'readable',
  nps: 'readable',
  conversations: 'readable',
  tickets: 'readable',
  tasks: 'readable',
  issues: 'readable',
  invoices: 'readable',
  opportunities: 'readable',
  churn: 'readable',
} as const;
