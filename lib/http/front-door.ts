import 'server-only';
import { log } from '@/lib/log';
import { FRONT_DOOR } from './forwarded-headers.js';

/**
 * Client addresses and the Server Actions origin check are only as good as the forwarding headers.
 * server.js makes them trustworthy; plain `next start` passes on whatever a client sent, so a
 * production server started that way stops here instead of trusting made-up addresses.
 */
export function requireFrontDoor() {
  if ((globalThis as Record<symbol, unknown>)[FRONT_DOOR]) return;
  if (process.env.NODE_ENV === 'production') {
    log.error('Start the app with `npm start` (node server.js), not `next start`: only server.js decides which X-Forwarded-* headers to believe.');
    process.exit(1);
  }
  log.warn('not started by server.js: client addresses come from X-Forwarded-For as sent (fine for development only).');
}
