import type { Db } from '../db/connection.ts';
import { seedDemoIfEmpty } from './seed.ts';
import { seedDemoPlans } from './seed-plans.ts';
import { seedDemoMeetings } from './seed-meetings.ts';

/** The demo organization, its people and accounts, and the seed documents as plans under way. */
export async function loadDemoIfEmpty(db: Db) {
  const demo = await seedDemoIfEmpty(db);
  if (demo) {
    await seedDemoPlans(db);
    await seedDemoMeetings(db);
  }
  return demo;
}
