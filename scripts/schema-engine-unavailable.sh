#!/bin/sh
echo "Prisma's schema engine is not installed in this project (it cannot be downloaded offline)." >&2
echo "Migrations are plain SQL in prisma/migrations and are applied with: npm run db:migrate" >&2
echo "(the app also applies them at startup). 'prisma generate' does not need the engine." >&2
exit 1
