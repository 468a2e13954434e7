export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { requireFrontDoor } = await import('./lib/http/front-door');
    requireFrontDoor();
    const { boot } = await import('./lib/boot');
    await boot();
  }
}
