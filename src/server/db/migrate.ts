import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connection.ts';
import * as foundation from './migrations/0001_foundation.ts';
import * as memberCounts from './migrations/0002_member_counts.ts';
import * as plans from './migrations/0003_plans.ts';
import * as jobs from './migrations/0005_jobs.ts';
import * as meetings from './migrations/0006_meetings.ts';
import * as meetingNotifications from './migrations/0007_meeting_notifications.ts';
import * as minutesFollowUps from './migrations/0008_minutes_follow_ups.ts';
import * as meetingYearTotals from './migrations/0009_meeting_year_totals.ts';
import * as reportTemplates from './migrations/0010_report_templates.ts';
import * as reports from './migrations/0011_reports.ts';
import * as notificationLinks from './migrations/0012_notification_links.ts';
import * as reportLookup from './migrations/0013_report_lookup.ts';
import * as reportRollupSummaries from './migrations/0014_report_rollup_summaries.ts';
import * as targets from './migrations/0015_targets.ts';
import * as heldMeetingsByKind from './migrations/0016_held_meetings_by_kind.ts';
import * as rollupSummariesByUnit from './migrations/0017_rollup_summaries_by_unit.ts';
import * as meetingsVacuumAfterInserts from './migrations/0018_meetings_vacuum_after_inserts.ts';
import * as complianceFigures from './migrations/0019_compliance_figures.ts';

/**
 * Migrations are listed here rather than read from the folder so that they load the same
 * under tsx, Vitest and a bundler. Append only: never edit or reorder a shipped migration.
 */
const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_member_counts': memberCounts,
  '0003_plans': plans,
  '0005_jobs': jobs,
  '0006_meetings': meetings,
  '0007_meeting_notifications': meetingNotifications,
  '0008_minutes_follow_ups': minutesFollowUps,
  '0009_meeting_year_totals': meetingYearTotals,
  '0010_report_templates': reportTemplates,
  '0011_reports': reports,
  '0012_notification_links': notificationLinks,
  '0013_report_lookup': reportLookup,
  '0014_report_rollup_summaries': reportRollupSummaries,
  '0015_targets': targets,
  '0016_held_meetings_by_kind': heldMeetingsByKind,
  '0017_rollup_summaries_by_unit': rollupSummariesByUnit,
  '0018_meetings_vacuum_after_inserts': meetingsVacuumAfterInserts,
  '0019_compliance_figures': complianceFigures,
};

class ListedMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new ListedMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
