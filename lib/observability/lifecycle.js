// @ts-check
// Plain JavaScript: server.js runs the shutdown, the app registers what must stop (job queue,
// schedulers, database connections). Shared through globalThis, like the logger.

const STATE = Symbol.for('credential-manager.lifecycle');

/**
 * @typedef {'work' | 'connections'} ShutdownPhase
 * @typedef {{ name: string, phase: ShutdownPhase, stop: (timeoutMs: number) => Promise<unknown> | unknown }} ShutdownHook
 * @typedef {{ shuttingDown: boolean, workersStarted: boolean, hooks: ShutdownHook[] }} Lifecycle
 */

/** @returns {Lifecycle} */
function state() {
  const holder = /** @type {Record<symbol, Lifecycle | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STATE] ??= { shuttingDown: false, workersStarted: false, hooks: [] };
  return holder[STATE];
}

/** True once SIGTERM arrived: readiness answers 503 so the load balancer sends no more. */
export const isShuttingDown = () => state().shuttingDown;
export const markShuttingDown = () => {
  state().shuttingDown = true;
};

/** Set by the app once its job workers run (readiness waits for it). */
export const markWorkersStarted = () => {
  state().workersStarted = true;
};
export const workersStarted = () => state().workersStarted;

/**
 * Something to stop on shutdown. "work" hooks (job workers, schedulers) stop while requests in
 * flight finish; "connections" hooks (database pool, embedded database) close after both.
 * @param {ShutdownHook} hook
 */
export function onShutdown(hook) {
  const hooks = state().hooks;
  const index = hooks.findIndex((existing) => existing.name === hook.name);
  if (index >= 0) hooks[index] = hook;
  else hooks.push(hook);
}

/**
 * Runs one phase's hooks side by side; a hook that fails or outlives its time is reported, not thrown.
 * @param {ShutdownPhase} phase
 * @param {number} timeoutMs
 * @returns {Promise<{ name: string, problem: string }[]>}
 */
export async function runShutdownPhase(phase, timeoutMs) {
  const hooks = state().hooks.filter((hook) => hook.phase === phase);
  const results = await Promise.all(
    hooks.map(async (hook) => {
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(`did not finish within ${timeoutMs} ms`), timeoutMs);
      });
      try {
        const problem = await Promise.race([Promise.resolve(hook.stop(timeoutMs)).then(() => null), late]);
        return problem ? { name: hook.name, problem: String(problem) } : null;
      } catch (error) {
        return { name: hook.name, problem: error instanceof Error ? `${error.name}: ${error.message}` : 'failed' };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return results.filter((result) => result !== null);
}
