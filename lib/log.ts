import 'server-only';

/**
 * One-line structured-enough logging. Callers pass messages they composed themselves:
 * never a token, a request body or a third-party response body.
 */
export const log = {
  info: (message: string) => console.log(`[credentials] ${message}`),
  warn: (message: string) => console.warn(`[credentials] warning: ${message}`),
  error: (message: string) => console.error(`[credentials] error: ${message}`),
};
