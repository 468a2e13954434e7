import 'server-only';
import { getLogger } from './observability/logger.js';

type Fields = Record<string, unknown>;

/**
 * The app's log (pino, one JSON line per entry; LOG_LEVEL; pretty under `npm run dev`). Callers pass
 * messages they composed themselves and fields they chose: never a token, a request body or a
 * third-party response body. Secret-looking fields are redacted by path anyway (lib/observability/logger.js).
 */
export const log = {
  debug: (message: string, fields: Fields = {}) => getLogger().debug(fields, message),
  info: (message: string, fields: Fields = {}) => getLogger().info(fields, message),
  warn: (message: string, fields: Fields = {}) => getLogger().warn(fields, message),
  error: (message: string, fields: Fields = {}) => getLogger().error(fields, message),
};
