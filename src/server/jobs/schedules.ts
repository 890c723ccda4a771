import { vietnamToday } from '../../domain/task-status.ts';
import type { AppConfig } from '../config.ts';
import type { Db } from '../db/connection.ts';
import { sendDueMeetingReminders } from '../modules/meetings/notices-service.ts';
import { sendDueReminders } from '../modules/reminders/service.ts';
import { sendDueReportReminders } from '../modules/reports/notices-service.ts';
import { keepRollupSummaries } from '../modules/reports/rollup-keeping.ts';
import { sendTargetAlerts } from '../modules/targets/alerts-service.ts';
import { keepComplianceFigures } from '../modules/targets/figures-keeping.ts';
import { createMailTransport, deliverQueuedMail } from './mail.ts';
import { type JobDefinition, type JobLogger, type JobRunner, startJobRunner } from './runner.ts';

/**
 * Reminders: every hour from 07:00 to 18:00 (Vietnam). The first run of a day sends the day's
 * reminders; later runs find nothing new, unless the app was down earlier, in which case the
 * day's reminders still go out when it is back — and never at night.
 */
export const reminderCron = '0 7-18 * * *';
/** Roll-up summaries: every hour, day and night, five minutes past (a new quarter begins at midnight). */
export const rollupSummariesCron = '5 * * * *';
/** Kept compliance figures: every five minutes, within the ten they may be shown. */
export const complianceFiguresCron = '*/5 * * * *';
/** Mail: every minute while SMTP is set. */
export const mailCron = '* * * * *';

export const jobNames = { reminders: 'reminders', meetingReminders: 'meeting-reminders', reportReminders: 'report-reminders', targetAlerts: 'target-alerts', rollupSummaries: 'rollup-summaries', complianceFigures: 'compliance-figures', mail: 'mail' } as const;

type JobConfig = Pick<AppConfig, 'reminderDaysBefore' | 'publicUrl' | 'smtpUrl' | 'mailFrom'>;

/** The platform's scheduled jobs for this configuration; `runNow` lets one job start another. */
export function platformJobs(db: Db, config: JobConfig, runNow: (name: string) => Promise<void>): JobDefinition[] {
  // The day's e-mails need not wait for the next mail tick.
  const mailSoon = async <T extends { emails: number }>(result: T) => {
    if (config.smtpUrl && result.emails > 0) await runNow(jobNames.mail);
    return result;
  };
  const reminders: JobDefinition = {
    name: jobNames.reminders,
    cron: reminderCron,
    run: () => sendDueReminders(db, { today: vietnamToday(), daysBefore: config.reminderDaysBefore, publicUrl: config.publicUrl }).then(mailSoon),
  };
  // Meetings, on the same hours: the invitees of tomorrow's meetings, the drafters of unsent thematic papers.
  const meetingReminders: JobDefinition = {
    name: jobNames.meetingReminders,
    cron: reminderCron,
    run: () => sendDueMeetingReminders(db, { now: new Date(), publicUrl: config.publicUrl }).then(mailSoon),
  };
  // Periodic reports, on the same hours: units whose report is due soon or late, and a summary to the receiving units.
  const reportReminders: JobDefinition = {
    name: jobNames.reportReminders,
    cron: reminderCron,
    run: () => sendDueReportReminders(db, { today: vietnamToday(), daysBefore: config.reminderDaysBefore, publicUrl: config.publicUrl }).then(mailSoon),
  };
  // Targets, on the same hours: units behind on a target (or that will miss it at this pace) and the units above them, once each.
  const targetAlerts: JobDefinition = { name: jobNames.targetAlerts, cron: reminderCron, run: () => sendTargetAlerts(db, { today: vietnamToday() }) };
  // Reports: each template's roll-up at its unit kept for the current and the previous period, so nobody waits for it to be computed whole.
  const rollupSummaries: JobDefinition = { name: jobNames.rollupSummaries, cron: rollupSummariesCron, run: () => keepRollupSummaries(db, { today: vietnamToday() }) };
  // Targets: the matrices too wide to read live (a city's root) evaluated again, so that they open at once on recent figures.
  const complianceFigures: JobDefinition = { name: jobNames.complianceFigures, cron: complianceFiguresCron, run: () => keepComplianceFigures(db, { today: vietnamToday() }) };
  const jobs = [reminders, meetingReminders, reportReminders, targetAlerts, rollupSummaries, complianceFigures];
  if (!config.smtpUrl) return jobs;
  const transport = createMailTransport(config.smtpUrl);
  return [...jobs, { name: jobNames.mail, cron: mailCron, run: () => deliverQueuedMail(db, transport, config.mailFrom) }];
}

/** Starts the job runner of `npm start` (see main.ts); JOBS=off leaves the jobs to another process. */
export async function startPlatformJobs(db: Db, config: JobConfig & Pick<AppConfig, 'databaseUrl'>, logger: JobLogger): Promise<JobRunner> {
  let runner: JobRunner | null = null;
  const runNow = async (name: string) => {
    await runner?.runNow(name);
  };
  runner = await startJobRunner({ db, databaseUrl: config.databaseUrl, jobs: platformJobs(db, config, runNow), logger });
  return runner;
}
