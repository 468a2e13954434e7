/** A filter or cursor the audit log cannot use; the message says what to send instead. */
export class AuditQueryError extends Error {
  override name = 'AuditQueryError';
  constructor(
    readonly parameter: 'action' | 'actor' | 'since' | 'until' | 'cursor' | 'limit',
    message: string,
  ) {
    super(message);
  }
}
