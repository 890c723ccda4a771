import { assignmentPath, automaticReminderDue, overdueCountCap, type ReminderKind, reminderEmail, type ReminderSubject, reminderText } from '../../../domain/reminders.ts';
import { rolesAllowing } from '../../../domain/roles.ts';
import { addDays, dueSoonDays, vietnamToday } from '../../../domain/task-status.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordChange } from '../audit/service.ts';
import { toAssignmentItem } from '../assignments/views.ts';
import { insertNotifications, type NewNotification } from '../notifications/service.ts';
import { readableUnit } from '../units/service.ts';
import { queueEmails, selectOutbox } from './outbox.ts';
import { reminderPolicy } from './policy.ts';
import * as q from './queries.ts';

/** Those who report for a unit hear about its work (see selectRecipients). */
const reportingRoles = rolesAllowing('task.report');

/** Automatic reminders are written in batches, each in one transaction with its notifications and e-mails. */
const batchSize = 200;

function subjectOf(row: q.SubjectRow): ReminderSubject {
  return {
    taskTitle: row.task_title,
    period: row.period,
    dueOn: row.due_on,
    unitName: row.unit_name,
    document: { typeCode: row.type_code, number: row.number, issuerCode: row.issuer_code, notation: row.notation, title: row.document_title },
  };
}

interface Delivery {
  reminderId: string;
  kind: ReminderKind;
  row: q.SubjectRow;
}

interface DeliveryOptions {
  today: string;
  publicUrl: string;
  sender?: { userId: string; name: string; unitName: string };
}

/**
 * Turns written reminders into a notification for each recipient and an e-mail for each
 * recipient with an address, in the caller's transaction. The sender of a manual reminder is
 * not told about it. Returns how many people were reached.
 */
async function deliver(tx: Tx, deliveries: readonly Delivery[], options: DeliveryOptions) {
  const recipients = await q.selectRecipients(tx, deliveries.map((d) => d.row.unit_id), reportingRoles);
  const byUnit = new Map<string, q.Recipient[]>();
  for (const recipient of recipients) {
    if (recipient.user_id === options.sender?.userId) continue;
    byUnit.set(recipient.unit_id, [...(byUnit.get(recipient.unit_id) ?? []), recipient]);
  }
  const notifications: NewNotification[] = [];
  const emails: Parameters<typeof queueEmails>[1] = [];
  const reached = new Set<string>();
  for (const { reminderId, kind, row } of deliveries) {
    const text = reminderText(kind, subjectOf(row), options.today, options.sender);
    const link = `${options.publicUrl.replace(/\/$/, '')}${assignmentPath(row.id)}`;
    for (const recipient of byUnit.get(row.unit_id) ?? []) {
      reached.add(recipient.user_id);
      notifications.push({ id: newId(), tenant_id: row.tenant_id, user_id: recipient.user_id, kind: `reminder.${kind}`, ...text, assignment_id: row.id, reminder_id: reminderId });
      if (recipient.email) {
        emails.push({ id: newId(), tenant_id: row.tenant_id, to_address: recipient.email, ...reminderEmail(text, recipient.display_name, link), reminder_id: reminderId });
      }
    }
  }
  await insertNotifications(tx, notifications);
  await queueEmails(tx, emails);
  return { recipients: reached.size, notifications: notifications.length, emails: emails.length };
}

export interface ReminderRun {
  /** The Vietnam calendar day the run counts as. */
  today: string;
  daysBefore: number;
  publicUrl: string;
}

/**
 * The daily reminder job: every open assignment of an issued plan that is due a reminder
 * today gets one, with its notifications and e-mails. Safe to run any number of times a day:
 * the reminders table takes one row per assignment, kind and day, and only rows actually
 * written are delivered. These reminders are the system's own and are not audited; the
 * reminders table is their record.
 */
export async function sendDueReminders(db: Db, run: ReminderRun) {
  const candidates = await q.selectReminderCandidates(db, addDays(run.today, run.daysBefore));
  const due = candidates.flatMap((row) => {
    const kind = automaticReminderDue(
      { dueOn: row.due_on, status: row.status, lastDueSoonOn: row.last_due_soon_on, lastOverdueOn: row.last_overdue_on },
      run.today,
      run.daysBefore,
    );
    return kind ? [{ kind, row }] : [];
  });
  const totals = { reminders: 0, notifications: 0, emails: 0 };
  for (let start = 0; start < due.length; start += batchSize) {
    const batch = due.slice(start, start + batchSize);
    const counts = await db.transaction().execute(async (tx) => {
      const written = await q.insertReminders(
        tx,
        batch.map(({ kind, row }) => ({ id: newId(), tenant_id: row.tenant_id, assignment_id: row.id, kind, day: run.today, sent_by: null })),
      );
      const rows = new Map(batch.map(({ row }) => [row.id, row]));
      const delivered = await deliver(
        tx,
        written.map((reminder) => ({ reminderId: reminder.id, kind: reminder.kind, row: rows.get(reminder.assignment_id)! })),
        run,
      );
      return { reminders: written.length, notifications: delivered.notifications, emails: delivered.emails };
    });
    totals.reminders += counts.reminders;
    totals.notifications += counts.notifications;
    totals.emails += counts.emails;
  }
  return totals;
}

/** "Nhắc" on the đôn đốc list: one reminder by hand, at most one per assignment a day. */
export async function remindAssignment(ctx: ServiceContext, assignmentId: string, publicUrl: string) {
  const row = await q.findAssignmentSubject(ctx.db, ctx.actor.tenantId, assignmentId);
  if (!row) throw notFound('assignment');
  const issuerPaths = (await q.selectIssuerPaths(ctx.db, [row.document_id])).get(row.document_id) ?? [];
  const grant = reminderPolicy.remind(ctx.actor, row.unit_path, issuerPaths);
  if (row.document_status === 'draft') throw conflict('document_not_issued');
  if (row.document_status === 'superseded') throw conflict('document_superseded');
  if (row.status === 'done') throw conflict('reminder_task_done');
  const today = vietnamToday();
  return ctx.db.transaction().execute(async (tx) => {
    const [reminder] = await q.insertReminders(tx, [{ id: newId(), tenant_id: row.tenant_id, assignment_id: row.id, kind: 'manual', day: today, sent_by: ctx.actor.userId }]);
    if (!reminder) throw conflict('reminder_sent_today');
    const sender = { userId: ctx.actor.userId, name: ctx.actor.displayName, unitName: grant.unitName };
    const delivered = await deliver(tx, [{ reminderId: reminder.id, kind: 'manual', row }], { today, publicUrl, sender });
    await recordChange(tx, ctx.actor, {
      action: 'remind',
      entityType: 'assignment',
      entityId: row.id,
      unitPath: row.unit_path,
      before: null,
      after: { reminder: 'manual', day: today, recipients: delivered.recipients },
    });
    return { sent: true as const, recipients: delivered.recipients };
  });
}

/** An inbox row as the assignments module shows it, with who may remind by this module's rule and when it last was. */
function toOverdueItem(row: q.OverdueRow, ctx: ServiceContext, today: string) {
  const item = toAssignmentItem(row, ctx.actor, today);
  return {
    ...item,
    allowed: { ...item.allowed, remind: reminderPolicy.canRemind(ctx.actor, row.unit_path, row.issuer_paths) },
    lastReminderAt: row.last_reminder_at ? new Date(row.last_reminder_at).toISOString() : null,
    remindedToday: row.reminded_today,
  };
}

/** The "đôn đốc" list of a unit: late and soon-due work in its subtree, most overdue first. */
export async function listOverdue(ctx: ServiceContext, query: { unitId: string; state?: 'overdue' | 'due_soon'; limit?: number; offset?: number }) {
  const unit = await readableUnit(ctx, query.unitId);
  const today = vietnamToday();
  const filter = { tenantId: ctx.actor.tenantId, unitPath: unit.path, today, soon: addDays(today, dueSoonDays), state: query.state };
  const limit = query.limit ?? 50;
  const [rows, counts] = await Promise.all([q.selectOverdue(ctx.db, { ...filter, limit: limit + 1, offset: query.offset ?? 0 }), q.countOverdue(ctx.db, filter, overdueCountCap)]);
  return { items: rows.slice(0, limit).map((row) => toOverdueItem(row, ctx, today)), hasMore: rows.length > limit, counts };
}

/** "Hộp thư đi": the e-mails written for the administrator's subtrees, newest first. */
export async function listOutbox(ctx: ServiceContext, query: { limit?: number; offset?: number }) {
  const scopes = reminderPolicy.outboxScopes(ctx.actor);
  const limit = query.limit ?? 50;
  const rows = await selectOutbox(ctx.db, ctx.actor.tenantId, scopes, reminderPolicy.readsWholeTenant(ctx.actor), { limit: limit + 1, offset: query.offset ?? 0 });
  return {
    items: rows.slice(0, limit).map((row) => ({
      id: row.id,
      toAddress: row.to_address,
      subject: row.subject,
      body: row.body,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at.toISOString(),
      sentAt: row.sent_at?.toISOString() ?? null,
    })),
    hasMore: rows.length > limit,
  };
}
