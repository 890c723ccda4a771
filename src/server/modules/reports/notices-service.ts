import { rolesAllowing } from '../../../domain/roles.ts';
import { reminderEmail, type ReminderText } from '../../../domain/reminders.ts';
import { overdueWindowDays, receiverSummaryText, reportDueSoonText, reportOverdueText, reportReminderDue } from '../../../domain/reports/reminders.ts';
import { periodsDueBetween } from '../../../domain/reports/schedule.ts';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import { addDays } from '../../../domain/task-status.ts';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { insertNotifications, type NewNotification } from '../notifications/service.ts';
import { queueEmails } from '../reminders/outbox.ts';
import * as nq from './notices-queries.ts';
import { findDepartmentAbove } from './report-queries.ts';

export interface ReportReminderRun {
  today: string;
  daysBefore: number;
  publicUrl: string;
}

const reporterRoles = rolesAllowing('report.submit');
const receiverRoles = [...new Set([...rolesAllowing('report.collect'), ...rolesAllowing('report.approve')])];

/** Notifications under the bell and e-mails (one per address) for the written notices' units. */
async function deliver(tx: Tx, tenantId: string, texts: Map<string, ReminderText>, recipients: nq.UnitRecipient[], link: string, publicUrl: string) {
  const notifications: NewNotification[] = [];
  const emails: Parameters<typeof queueEmails>[1] = [];
  const addressed = new Set<string>();
  for (const recipient of recipients) {
    const text = texts.get(recipient.unit_id);
    if (!text) continue;
    notifications.push({ id: newId(), tenant_id: tenantId, user_id: recipient.user_id, kind: 'report.reminder', ...text, link });
    const address = recipient.email?.trim().toLowerCase();
    if (!address || addressed.has(`${recipient.unit_id}|${address}`)) continue;
    addressed.add(`${recipient.unit_id}|${address}`);
    emails.push({ id: newId(), tenant_id: tenantId, to_address: recipient.email!.trim(), ...reminderEmail(text, recipient.display_name, `${publicUrl.replace(/\/$/, '')}${link}`, 'Mở báo cáo') });
  }
  await insertNotifications(tx, notifications);
  await queueEmails(tx, emails);
  return { notifications: notifications.length, emails: emails.length };
}

/**
 * The report reminder job: for every active template and every period whose deadline is near
 * or recently past, the reporting units that have not sent their report are reminded (before
 * the deadline, and once when late), and each receiving unit gets one summary of who is still
 * missing once the deadline has passed. Safe to run any number of times: report_notices' key
 * means only notices written now are delivered. They are the system's own and not audited.
 */
export async function sendDueReportReminders(db: Db, run: ReportReminderRun) {
  const totals = { reminders: 0, notifications: 0, emails: 0 };
  const templates = await nq.selectActiveTemplates(db);
  for (const template of templates) {
    const definition = template.definition as ReportTemplate;
    const periods = periodsDueBetween(definition, addDays(run.today, -overdueWindowDays), addDays(run.today, run.daysBefore));
    for (const scheduled of periods) {
      const kind = reportReminderDue(scheduled.deadline, run.today, run.daysBefore);
      if (!kind) continue;
      const units = await nq.selectReportingUnits(db, { id: template.id, ownerPath: template.owner_path, reporters: definition.reporters }, scheduled.period);
      const subject = { templateName: template.name, periodLabel: scheduled.label, deadline: scheduled.deadline };
      const owing = units.filter((unit) => !unit.sent);
      const receivers = kind === 'overdue' ? await receiversOf(db, template.tenant_id, definition, units) : new Map<string, string>();

      const counts = await db.transaction().execute(async (tx) => {
        const base = { tenant_id: template.tenant_id, template_id: template.id, period: scheduled.period, day: run.today };
        const written = await nq.insertNotices(tx, owing.map((unit) => ({ ...base, id: newId(), unit_id: unit.id, kind })));
        const texts = new Map<string, ReminderText>();
        const names = new Map(owing.map((unit) => [unit.id, unit.name]));
        for (const notice of written) {
          const name = names.get(notice.unit_id)!;
          texts.set(notice.unit_id, kind === 'due_soon' ? reportDueSoonText(subject, name, run.today) : reportOverdueText(subject, name));
        }
        const toUnits = await deliver(tx, template.tenant_id, texts, await nq.selectUnitRecipients(tx, [...texts.keys()], reporterRoles), '/reports', run.publicUrl);

        // One summary per receiving unit, once the deadline has passed.
        const byReceiver = new Map<string, { expected: number; missing: string[] }>();
        for (const unit of units) {
          const receiver = receivers.get(unit.id);
          if (!receiver) continue;
          const entry = byReceiver.get(receiver) ?? { expected: 0, missing: [] };
          entry.expected += 1;
          if (!unit.sent) entry.missing.push(unit.name);
          byReceiver.set(receiver, entry);
        }
        const summaries = await nq.insertNotices(tx, [...byReceiver.keys()].map((receiver) => ({ ...base, id: newId(), unit_id: receiver, kind: 'summary' as const })));
        const summaryTexts = new Map(summaries.map((notice) => [notice.unit_id, receiverSummaryText(subject, byReceiver.get(notice.unit_id)!.expected, byReceiver.get(notice.unit_id)!.missing)]));
        const toReceivers = await deliver(tx, template.tenant_id, summaryTexts, await nq.selectUnitRecipients(tx, [...summaryTexts.keys()], receiverRoles), '/reports/received', run.publicUrl);
        return { reminders: written.length + summaries.length, notifications: toUnits.notifications + toReceivers.notifications, emails: toUnits.emails + toReceivers.emails };
      });
      for (const key of ['reminders', 'notifications', 'emails'] as const) totals[key] += counts[key];
    }
  }
  return totals;
}

/** The receiving unit of each reporting unit: the one stored on its report, else resolved by the template's rule. */
async function receiversOf(db: Db, tenantId: string, definition: ReportTemplate, units: Awaited<ReturnType<typeof nq.selectReportingUnits>>) {
  const receivers = new Map<string, string>();
  const departments = new Map<string, string | null>();
  for (const unit of units) {
    if (unit.receiver_unit_id) receivers.set(unit.id, unit.receiver_unit_id);
    else if (definition.recipient.to === 'parent') {
      if (unit.parent_id) receivers.set(unit.id, unit.parent_id);
    } else {
      const key = unit.parent_id ?? unit.id;
      if (!departments.has(key)) departments.set(key, (await findDepartmentAbove(db, tenantId, unit.path, definition.recipient.code))?.id ?? null);
      const department = departments.get(key);
      if (department) receivers.set(unit.id, department);
    }
  }
  return receivers;
}
