export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { requireFrontDoor } = await import('./lib/http/front-door');
    requireFrontDoor();
    const { boot } = await import('./lib/boot');
    await boot();
    // TEMPORARY (webhooks branch): run the background queues so deliveries go out. The health-check
    // branch owns starting (and stopping) workers at boot: drop these lines when merging that.
    const { startWorkers } = await import('./lib/jobs/workers');
    await startWorkers();
  }
}
