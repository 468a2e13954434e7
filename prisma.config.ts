import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's CLI downloads its schema engine even for `prisma generate`, which never runs it.
// Offline installs point it at a script that explains how migrations are applied here instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('scripts/schema-engine-unavailable.sh');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
