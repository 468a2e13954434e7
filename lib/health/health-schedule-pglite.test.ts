import { healthScheduleSuite } from './health-schedule.suite';

// The same checks on the embedded database, whatever DATABASE_URL says.
delete process.env.DATABASE_URL;
healthScheduleSuite();
