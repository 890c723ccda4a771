import type { Insertable } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import { inScopes } from '../units/queries.ts';

/**
 * The e-mail outbox: every e-mail is written here in the transaction that decides to send
 * it, then the mail job hands queued ones to SMTP. Without SMTP settings they stay queued and
 * administrators read them on the outbox page.
 */
type Executor = Db | Tx;

export async function queueEmails(tx: Tx, rows: Insertable<Database['email_outbox']>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) await tx.insertInto('email_outbox').values(rows.slice(start, start + 1000)).execute();
}

/**
 * E-mails about work or meetings of units in the given subtrees, newest first. A message that
 * is about no unit (none is written today) shows only to those whose scope is a whole tenant.
 */
export function selectOutbox(db: Executor, tenantId: string, scopes: string[], wholeTenant: boolean, page: { limit: number; offset: number }) {
  return db
    .selectFrom('email_outbox as o')
    .leftJoin('reminders as r', 'r.id', 'o.reminder_id')
    .leftJoin('assignments as a', 'a.id', 'r.assignment_id')
    .leftJoin('meetings as m', 'm.id', 'o.meeting_id')
    .leftJoin('org_units as u', (join) => join.on((eb) => eb('u.id', '=', eb.fn.coalesce('a.unit_id', 'm.unit_id'))))
    .select(['o.id', 'o.to_address', 'o.subject', 'o.body', 'o.status', 'o.attempts', 'o.last_error', 'o.created_at', 'o.sent_at'])
    .where('o.tenant_id', '=', tenantId)
    .where((eb) => (wholeTenant ? eb.or([inScopes(scopes)(eb), eb('u.path', 'is', null)]) : inScopes(scopes)(eb)))
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export type OutboxRow = Awaited<ReturnType<typeof selectOutbox>>[number];

/**
 * Claims up to `limit` queued messages whose time has come: a claimed message is never
 * claimed again, so two mail workers (or two processes) cannot send it twice.
 */
export async function claimQueued(db: Db, now: Date, limit: number) {
  return db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('email_outbox')
      .select('id')
      .where('status', '=', 'queued')
      .where('claimed_at', 'is', null)
      .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return tx
      .updateTable('email_outbox')
      .set((eb) => ({ claimed_at: now, attempts: eb('attempts', '+', 1) }))
      .where(
        'id',
        'in',
        due.map((row) => row.id),
      )
      .returning(['id', 'to_address', 'subject', 'body', 'attempts'])
      .execute();
  });
}

export function markSent(db: Db, id: string, now: Date) {
  return db.updateTable('email_outbox').set({ status: 'sent', sent_at: now, claimed_at: null, last_error: null }).where('id', '=', id).execute();
}

/** A refused or failed delivery: queued again for `retryAt`, or failed for good when that is null. */
export function markAttemptFailed(db: Db, id: string, error: string, retryAt: Date | null) {
  return db
    .updateTable('email_outbox')
    .set({ status: retryAt ? 'queued' : 'failed', claimed_at: null, last_error: error.slice(0, 1000), next_attempt_at: retryAt })
    .where('id', '=', id)
    .execute();
}

/**
 * Claims left by a process that stopped mid-delivery: the message may or may not have gone
 * out, and sending it again could deliver it twice, so it is marked failed for a person to see.
 */
export async function failAbandonedClaims(db: Db, claimedBefore: Date): Promise<number> {
  const result = await db
    .updateTable('email_outbox')
    .set({ status: 'failed', claimed_at: null, last_error: 'Gửi bị gián đoạn (tiến trình dừng giữa chừng); không gửi lại để tránh trùng thư.' })
    .where('status', '=', 'queued')
    .where('claimed_at', '<', claimedBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
