import type { TopicCapacity } from '../../../domain/thematic-workflow.ts';
import { type Actor, can, requirePermission } from '../../auth/actor.ts';
import { forbidden, outOfScope } from '../../http/errors.ts';

/** What a rule needs to know of a meeting: where it belongs and who runs it. */
export interface MeetingRef {
  unitPath: string;
  presidingPersonId: string | null;
  minuteTakerPersonId: string | null;
}

const isPerson = (actor: Actor, personId: string | null) => actor.personId !== null && actor.personId === personId;

/**
 * Who may do what with meetings. Organizing needs meeting.organize on the unit; the people
 * running a meeting (its presiding person and minute taker) take attendance and write the
 * minutes; minutes are approved by the presiding person or a holder of minutes.approve.
 * Anyone invited may read the meeting, even from outside the unit (a guest from above).
 */
export const meetingPolicy = {
  read(actor: Actor, meeting: MeetingRef, invited: boolean) {
    if (invited || can(actor, 'unit.read', meeting.unitPath)) return;
    throw outOfScope();
  },

  organize(actor: Actor, unitPath: string) {
    requirePermission(actor, 'meeting.organize', unitPath);
  },

  canOrganize: (actor: Actor, unitPath: string) => can(actor, 'meeting.organize', unitPath),

  canRun: (actor: Actor, meeting: MeetingRef) =>
    can(actor, 'meeting.organize', meeting.unitPath) || isPerson(actor, meeting.presidingPersonId) || isPerson(actor, meeting.minuteTakerPersonId),

  run(actor: Actor, meeting: MeetingRef) {
    if (meetingPolicy.canRun(actor, meeting)) return;
    throw can(actor, 'unit.read', meeting.unitPath) ? forbidden() : outOfScope();
  },

  canApproveMinutes: (actor: Actor, meeting: MeetingRef) => isPerson(actor, meeting.presidingPersonId) || can(actor, 'minutes.approve', meeting.unitPath),

  approveMinutes(actor: Actor, meeting: MeetingRef) {
    if (meetingPolicy.canApproveMinutes(actor, meeting)) return;
    throw can(actor, 'unit.read', meeting.unitPath) ? forbidden() : outOfScope();
  },
};

/**
 * The parts an actor plays for a cell's thematic topic (09-HD/ĐUK): the secretary, deputy or
 * a committee member of the cell — or an account approving minutes there — leads the
 * workflow; the assigned drafters write; everyone who can read the cell is a member.
 */
export function topicCapacities(actor: Actor, cellPath: string, leadershipPosition: boolean, isDrafter: boolean): TopicCapacity[] {
  const capacities: TopicCapacity[] = ['member'];
  if (leadershipPosition || can(actor, 'minutes.approve', cellPath)) capacities.push('leadership');
  if (isDrafter) capacities.push('drafter');
  return capacities;
}

export const topicPolicy = {
  read(actor: Actor, cellPath: string, involved: boolean) {
    if (involved || can(actor, 'unit.read', cellPath)) return;
    throw outOfScope();
  },
  /** The catalogue of suggested topics belongs to the unit issuing the guidance. */
  editCatalogue(actor: Actor, unitPath: string) {
    requirePermission(actor, 'meeting.organize', unitPath);
  },
};
