import { formatPeriod, periodLabel, periodOf } from '../../../domain/periods.ts';
import { rolesAllowing } from '../../../domain/roles.ts';
import { targetAlertText } from '../../../domain/targets/alerts.ts';
import { isMetricKey, metrics } from '../../../domain/targets/metrics.ts';
import type { Db } from '../../db/connection.ts';
import { disableJit } from '../../db/jit.ts';
import { newId } from '../../db/ids.ts';
import { insertNotifications, type NewNotification } from '../notifications/service.ts';
import { selectUnitRecipients } from '../reports/notices-queries.ts';
import { insertAlerts } from './alerts-queries.ts';
import { evaluateTarget, shortfallOf } from './evaluation.ts';
import * as q from './queries.ts';

/** Who hears of it: those who report for the unit, and those who follow or set targets at the unit above. */
const unitRoles = rolesAllowing('report.submit');
const parentRoles = [...new Set([...rolesAllowing('target.manage'), ...rolesAllowing('report.collect')])];
/** A run reads at most this many falling-short units per target; the rest wait for the next run. */
const ALERTS_PER_TARGET = 2000;

/**
 * The pace alert job: every target of the year is judged at its own unit on the period of its
 * type that holds today (the year so far with the pace projected to its end, for a yearly
 * target), and each unit that falls short — red or amber — is told, with the unit above it.
 * target_alerts' key means each target, unit, period and status is told once, across restarts
 * and processes. They are the system's own notices and are not audited.
 */
export async function sendTargetAlerts(db: Db, run: { today: string }) {
  const totals = { alerts: 0, notifications: 0 };
  const year = Number(run.today.slice(0, 4));
  const targets = await q.selectTargetsOfYear(db, year);
  for (const target of targets) {
    const period = formatPeriod(periodOf(target.period_type, run.today));
    const evaluation = await db.transaction().execute(async (tx) => {
      await disableJit(tx);
      return evaluateTarget(tx, target, { path: target.unit_path, tenantId: target.tenant_id }, period, run.today);
    });
    const short = shortfallOf(evaluation).slice(0, ALERTS_PER_TARGET);
    if (short.length === 0) continue;
    const units = new Map((await q.selectUnitNames(db, short.map((subject) => subject.unitId))).map((row) => [row.id, row]));
    const parents = await q.selectParents(db, short.map((subject) => subject.unitId));
    const percent = isMetricKey(target.metric_key) && metrics[target.metric_key].measure === 'percent';
    const counts = await db.transaction().execute(async (tx) => {
      const written = await insertAlerts(
        tx,
        short.map((subject) => ({ id: newId(), tenant_id: target.tenant_id, target_id: target.id, unit_id: subject.unitId, period, status: subject.status as 'amber' | 'red', day: run.today })),
      );
      const told = new Set(written.map((row) => row.unit_id));
      const telling = short.filter((subject) => told.has(subject.unitId));
      const texts = (forParent: boolean) =>
        new Map(
          telling.map((subject) => [
            subject.unitId,
            targetAlertText(
              { targetText: target.text, unitName: units.get(subject.unitId)?.name ?? '', periodLabel: periodLabel(period), status: subject.status as 'amber' | 'red', value: subject.value, comparator: target.comparator, target: target.value, percent },
              forParent,
            ),
          ]),
        );
      const own = texts(false);
      const above = texts(true);
      const notifications: NewNotification[] = [];
      for (const recipient of await selectUnitRecipients(tx, [...own.keys()], unitRoles)) {
        notifications.push({ id: newId(), tenant_id: target.tenant_id, user_id: recipient.user_id, kind: 'target.alert', ...own.get(recipient.unit_id)!, link: '/home' });
      }
      const parentOf = new Map(telling.flatMap((subject) => (parents.get(subject.unitId) ? [[subject.unitId, parents.get(subject.unitId)!] as const] : [])));
      const parentRecipients = await selectUnitRecipients(tx, [...new Set(parentOf.values())], parentRoles);
      for (const [unitId, parentId] of parentOf) {
        for (const recipient of parentRecipients.filter((candidate) => candidate.unit_id === parentId)) {
          notifications.push({ id: newId(), tenant_id: target.tenant_id, user_id: recipient.user_id, kind: 'target.alert', ...above.get(unitId)!, link: `/compliance?unitId=${parentId}&period=${period}` });
        }
      }
      await insertNotifications(tx, notifications);
      return { alerts: written.length, notifications: notifications.length };
    });
    totals.alerts += counts.alerts;
    totals.notifications += counts.notifications;
  }
  return totals;
}
