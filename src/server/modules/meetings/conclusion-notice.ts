import { noticeBody, noticeSignature, noticeTitle } from '../../../domain/meeting-follow-ups.ts';
import type { ServiceContext, Tx } from '../../context.ts';
import { issueDraftIn } from '../documents/issue-service.ts';
import { insertDraftIn } from '../documents/service.ts';
import { appendTasksIn } from '../plans/task-service.ts';
import { unitForWrite } from '../units/service.ts';
import * as mq from './minutes-queries.ts';
import type { MeetingRecord } from './queries.ts';
import { vietnamDate } from './times.ts';

/**
 * On approval of the minutes, the follow-up actions become work: the meeting's unit issues a
 * conclusions notice (Thông báo kết luận, type TB, a plan of the registry numbered with the
 * next free TB number of the unit for the year) whose tasks are the actions, each led by its
 * unit with its person and due date. Issuing it gives the units their assignments — their
 * inbox, reminders and roll-up are those of any plan. Approving the minutes is the authority:
 * the approver (the presiding person or a holder of minutes.approve) need not draft or issue
 * documents, and the units were checked to lie under the meeting's unit.
 */
export async function issueConclusionNotice(tx: Tx, ctx: ServiceContext, meeting: MeetingRecord, conclusions: string, actions: readonly mq.FollowUpRow[]) {
  const unit = await unitForWrite(tx, ctx, meeting.unit_id);
  const presiding = meeting.presiding_person_id ? { fullName: meeting.presiding_name ?? '', position: await mq.positionIn(tx, meeting.presiding_person_id, unit.id) } : null;
  const body = noticeBody(conclusions, actions.length);
  const taskSection = body.sections.at(-1)!.code;
  const { doc } = await insertDraftIn(
    tx,
    ctx,
    {
      kind: 'plan',
      typeCode: 'TB',
      title: noticeTitle(meeting.title, vietnamDate(meeting.starts_at)),
      sections: body.sections,
      recipients: [...new Set(actions.map((action) => action.unit_name)), 'Lưu hồ sơ'],
      signature: noticeSignature(unit, presiding),
    },
    [unit],
  );
  const taskIds = await appendTasksIn(
    tx,
    ctx,
    doc.id,
    unit.path,
    actions.map((action, index) => ({
      code: body.taskCodes[index]!,
      sectionCode: taskSection,
      title: action.text,
      timeframe: { deadline: action.due_on },
      responsiblePersonId: action.person_id,
      units: [{ unitId: action.unit_id, role: 'lead' }],
    })),
  );
  await mq.linkFollowUpTasks(
    tx,
    actions.map((action, index) => ({ followUpId: action.id, taskId: taskIds[index]! })),
  );
  const issued = await issueDraftIn(tx, ctx, doc, unit.path, {});
  return { documentId: issued.id, taskIds };
}
