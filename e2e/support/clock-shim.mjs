// Test-only, loaded with `node --import` into an isolated app server: moves the server's clock by
// the number of milliseconds in E2E_CLOCK_OFFSET_FILE (re-read every 100 ms), so a test can let a
// link expire without waiting. Never loaded outside end-to-end tests.
import fs from 'node:fs';

const file = process.env.E2E_CLOCK_OFFSET_FILE;
if (file) {
  let offset = 0;
  const read = () => {
    try {
      offset = Number(fs.readFileSync(file, 'utf8').trim()) || 0;
    } catch {
      offset = 0;
    }
  };
  read();
  setInterval(read, 100).unref();
  const RealDate = Date;
  const now = () => RealDate.now() + offset;
  // A proxy rather than a subclass: `Date()` as a function, instanceof and subclasses all keep working.
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget === globalThis.Date ? target : newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
  });
}
