export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { readObservabilityConfig } = await import('./lib/observability/config.js');
    const observability = readObservabilityConfig(process.env);
    // Tracing starts before anything else loads, so Prisma's client is instrumented when it is made.
    if (observability.ok && observability.config.otel) {
      const { startTracing } = await import('./lib/observability/tracing');
      startTracing(observability.config.otel);
    }
    const { requireFrontDoor } = await import('./lib/http/front-door');
    requireFrontDoor();
    // Checks every setting (these included) and stops with a message naming any that is wrong.
    const { boot } = await import('./lib/boot');
    await boot();
  }
}
