import { healthScheduleSuite } from './health-schedule.suite';

// On Postgres when DATABASE_URL is set (CI), else on PGlite like its twin.
healthScheduleSuite();
