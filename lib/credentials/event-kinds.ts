// Shared by the History panel's filter (client-safe: no server code here) and the API's query.

/** How a credential's audit trail can be narrowed: everything, changes only, or checks only. */
export const EVENT_KINDS = ['all', 'changes', 'checks'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const isEventKind = (value: unknown): value is EventKind => EVENT_KINDS.includes(value as EventKind);
