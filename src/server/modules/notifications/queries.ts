import type { Insertable } from 'kysely';
import type { Tx } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Db | Tx;

/** What the bell shows of a notification. */
const columns = ['id', 'kind', 'title', 'body', 'assignment_id', 'meeting_id', 'link', 'read_at', 'created_at'] as const;

export type NewNotification = Insertable<Database['notifications']>;

export async function insertNotifications(tx: Tx, rows: NewNotification[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) await tx.insertInto('notifications').values(rows.slice(start, start + 1000)).execute();
}

/** One account's notifications, newest first; ids are time-ordered (UUIDv7), so `before` pages by id. */
export function selectNotifications(db: Executor, userId: string, options: { unreadOnly: boolean; before?: string; limit: number }) {
  let query = db
    .selectFrom('notifications')
    .select(columns)
    .where('user_id', '=', userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  if (options.before) query = query.where('id', '<', options.before);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

export type NotificationRow = Awaited<ReturnType<typeof selectNotifications>>[number];

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the account's own notifications read (keeps the first reading time); null when it is not theirs. */
export function markRead(tx: Tx, userId: string, id: string) {
  return tx
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.fn<Date>('now')) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(columns)
    .executeTakeFirst();
}

export async function markAllRead(tx: Tx, userId: string): Promise<number> {
  const result = await tx
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn<Date>('now') }))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
