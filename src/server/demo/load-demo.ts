import type { Db } from '../db/connection.ts';
import { seedDemoIfEmpty } from './seed.ts';
import { seedDemoPlans } from './seed-plans.ts';
import { seedDemoMeetings } from './seed-meetings.ts';
import { seedDemoReports } from './seed-reports.ts';
import { seedDemoTargets } from './seed-targets.ts';

/** The demo organization, its people and accounts, the seed documents as plans under way, meetings and periodic reports. */
export async function loadDemoIfEmpty(db: Db) {
  const demo = await seedDemoIfEmpty(db);
  if (demo) {
    await seedDemoPlans(db);
    await seedDemoMeetings(db);
    await seedDemoReports(db);
    await seedDemoTargets(db);
  }
  return demo;
}
