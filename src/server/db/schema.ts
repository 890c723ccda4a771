import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import type { ReportTemplate } from '../../domain/reports/template.ts';
import type { SubtreeSummary } from '../../domain/reports/subtree-summary.ts';
import type { Comparator, SectionRole } from '../../importer/types.ts';

export type { Role };

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** ISO date "YYYY-MM-DD" (DATE columns are read as strings, see connection.ts). */
type IsoDate = string;

import type { AssociationType, DepartmentFunction, UnitKind } from '../../domain/unit-kinds.ts';
import type { MembershipEndReason, MembershipPosition, PartyStatus } from '../../domain/people.ts';

export type { AssociationType, DepartmentFunction, MembershipEndReason, MembershipPosition, PartyStatus, UnitKind };

export interface TenantsTable {
  id: string;
  name: string;
  created_at: CreatedAt;
}

export interface OrgUnitsTable {
  id: string;
  tenant_id: string;
  parent_id: string | null;
  path: string;
  kind: UnitKind;
  department_function: DepartmentFunction | null;
  association_type: AssociationType | null;
  name: string;
  short_name: string | null;
  code: string;
  search_name: string;
  led_by_id: string | null;
  display_order: Generated<number>;
  is_active: Generated<boolean>;
  direct_party_members: Generated<number>;
  direct_association_members: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PeopleTable {
  id: string;
  tenant_id: string;
  full_name: string;
  search_name: string;
  gender: 'male' | 'female' | null;
  birth_year: number | null;
  email: string | null;
  phone: string | null;
  party_status: Generated<PartyStatus>;
  party_joined_on: IsoDate | null;
  member_code: string | null;
  unit_paths: Generated<string[]>;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  id: string;
  tenant_id: string;
  person_id: string;
  unit_id: string;
  unit_path: string;
  is_party: boolean;
  position: Generated<MembershipPosition>;
  started_on: IsoDate;
  ended_on: IsoDate | null;
  end_reason: MembershipEndReason | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  login: string;
  display_name: string;
  email: string | null;
  person_id: string | null;
  home_unit_id: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  is_active: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  locale: Generated<'vi' | 'en'>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RoleGrantsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  unit_id: string;
  role: Role;
  created_at: CreatedAt;
}

export interface SessionsTable {
  token_hash: string;
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface AuditEntriesTable {
  id: string;
  tenant_id: string;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  unit_path: string | null;
  before: unknown;
  after: unknown;
}

export interface Database {
  tenants: TenantsTable;
  org_units: OrgUnitsTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  audit_entries: AuditEntriesTable;
}

export type OrgUnit = Selectable<OrgUnitsTable>;
export type NewOrgUnit = Insertable<OrgUnitsTable>;
export type OrgUnitUpdate = Updateable<OrgUnitsTable>;
export type Person = Selectable<PeopleTable>;
export type Membership = Selectable<MembershipsTable>;
export type User = Selectable<UsersTable>;
export type RoleGrant = Selectable<RoleGrantsTable>;
export type AuditEntry = Selectable<AuditEntriesTable>;

// Documents, plans, tasks and their follow-up (migration 0003).
import type { DocumentKind, DocumentStatus, SignatureBlock } from '../../domain/documents.ts';
import type { Notation } from '../../domain/document-number.ts';
import type { RollupMethod } from '../../domain/rollup.ts';
import type { AssignmentRole } from '../../domain/task-schedule.ts';
import type { ProgressStatus } from '../../domain/task-status.ts';
import type { DateRange, Recurrence } from '../../domain/timeframe.ts';

type Json<T> = ColumnType<T, string, string>;

export interface PlanSection {
  code: string;
  title: string;
  role: SectionRole;
  text: string;
}

export interface PlanTarget {
  text: string;
  comparator: Comparator | null;
  value: number | null;
  unit: 'percent' | 'count' | null;
  subject: string | null;
}

export interface DocumentsTable {
  id: string;
  tenant_id: string;
  issuer_unit_id: string;
  kind: DocumentKind;
  type_code: string;
  issuer_code: string;
  notation: Generated<Notation>;
  number: number | null;
  year: number;
  issued_on: IsoDate | null;
  place: string | null;
  title: string;
  recipients: Json<string[]>;
  signature: ColumnType<SignatureBlock | null, string | null, string | null>;
  sections: Json<PlanSection[]>;
  targets: Json<PlanTarget[]>;
  rollup_method: Generated<RollupMethod>;
  status: Generated<DocumentStatus>;
  version: Generated<number>;
  previous_version_id: string | null;
  created_by: string | null;
  issued_by: string | null;
  issued_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DocumentIssuersTable {
  document_id: string;
  unit_id: string;
  tenant_id: string;
  position: number;
}

export interface DocumentBasesTable {
  id: string;
  tenant_id: string;
  document_id: string;
  position: number;
  basis_document_id: string | null;
  number: string | null;
  type_code: string | null;
  issuer_code: string | null;
  issued_on: IsoDate | null;
  citation: string | null;
}

export interface TasksTable {
  id: string;
  tenant_id: string;
  document_id: string;
  parent_id: string | null;
  position: number;
  code: string;
  section_code: string | null;
  title: string;
  description: Generated<string>;
  start_on: IsoDate | null;
  end_on: IsoDate | null;
  deadline: IsoDate | null;
  peaks: Json<DateRange[]>;
  recurrence: Recurrence | null;
  timeframe_text: string | null;
  responsible_person_id: string | null;
  targets: Json<string[]>;
  unmatched_units: Json<string[]>;
  weight: Generated<number>;
  implements_task_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TaskUnitsTable {
  task_id: string;
  unit_id: string;
  tenant_id: string;
  role: AssignmentRole;
}

export interface AssignmentsTable {
  id: string;
  tenant_id: string;
  document_id: string;
  task_id: string;
  unit_id: string;
  role: AssignmentRole;
  period: string | null;
  start_on: IsoDate | null;
  due_on: IsoDate | null;
  status: Generated<ProgressStatus>;
  percent: Generated<number>;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  last_reported_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProgressReportsTable {
  id: string;
  tenant_id: string;
  assignment_id: string;
  status: ProgressStatus;
  percent: number;
  note: Generated<string>;
  evidence_links: Json<string[]>;
  reported_on: IsoDate;
  reported_by: string | null;
  created_at: CreatedAt;
}

export interface StoredFilesTable {
  id: string;
  tenant_id: string;
  document_id: string | null;
  progress_report_id: string | null;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export type ReminderKind = 'due_soon' | 'overdue' | 'manual';

export interface RemindersTable {
  id: string;
  tenant_id: string;
  assignment_id: string;
  kind: ReminderKind;
  day: IsoDate;
  sent_by: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  assignment_id: string | null;
  reminder_id: string | null;
  read_at: Date | null;
  created_at: CreatedAt;
}

export interface EmailOutboxTable {
  id: string;
  tenant_id: string;
  to_address: string;
  subject: string;
  body: string;
  reminder_id: string | null;
  status: Generated<'queued' | 'sent' | 'failed'>;
  created_at: CreatedAt;
  sent_at: Date | null;
  // Migration 0005: the mail sender's bookkeeping.
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Date | null;
  claimed_at: Date | null;
}

export interface PlanDatabase {
  documents: DocumentsTable;
  document_issuers: DocumentIssuersTable;
  document_bases: DocumentBasesTable;
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  assignments: AssignmentsTable;
  progress_reports: ProgressReportsTable;
  stored_files: StoredFilesTable;
  reminders: RemindersTable;
  notifications: NotificationsTable;
  email_outbox: EmailOutboxTable;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type TaskRow = Selectable<TasksTable>;
export type AssignmentRow = Selectable<AssignmentsTable>;

// Declaration merging adds the tables above to Database, so the foundation's list stays as it was.
export interface Database extends PlanDatabase {}

// Meetings, attendance, minutes, thematic topics and calendar feeds (migration 0006).
import type { AttendanceStatus } from '../../domain/attendance.ts';
import type { AgendaItem, MeetingKind } from '../../domain/meeting-kinds.ts';
import type { MonthlyRule } from '../../domain/meeting-recurrence.ts';
import type { TopicState } from '../../domain/thematic-workflow.ts';

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';

export interface MeetingSeriesTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  kind: MeetingKind;
  title: string;
  rule: Json<MonthlyRule>;
  time_of_day: string;
  duration_minutes: number;
  place: string | null;
  online_link: string | null;
  presiding_person_id: string | null;
  minute_taker_person_id: string | null;
  from_on: IsoDate;
  until_on: IsoDate;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MeetingsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  kind: MeetingKind;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string | null;
  online_link: string | null;
  presiding_person_id: string | null;
  minute_taker_person_id: string | null;
  status: Generated<MeetingStatus>;
  cancel_reason: string | null;
  series_id: string | null;
  series_occurrence_on: IsoDate | null;
  agenda: Json<AgendaItem[]>;
  topic_id: string | null;
  check_in_code: string;
  send_days_before: Generated<number>;
  invited_count: Generated<number>;
  attended_count: Generated<number>;
  marked_count: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MeetingInviteesTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  person_id: string | null;
  is_guest: Generated<boolean>;
  guest_name: string | null;
  guest_title: string | null;
  guest_organization: string | null;
  created_at: CreatedAt;
}

export interface AttendanceTable {
  invitee_id: string;
  meeting_id: string;
  tenant_id: string;
  status: AttendanceStatus;
  reason: string | null;
  checked_in_at: Date | null;
  marked_by: string | null;
  marked_at: Timestamp;
}

export interface MinutesTable {
  meeting_id: string;
  tenant_id: string;
  body_html: Generated<string>;
  conclusions: Generated<string>;
  status: Generated<'draft' | 'approved'>;
  written_by: string | null;
  approved_by: string | null;
  approved_at: Date | null;
  /** Migration 0008: the conclusions notice (TB) issued on approval, holding the follow-ups as tasks. */
  notice_document_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TopicCatalogueItemsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  year: number;
  section: string;
  position: number;
  title: string;
  document_id: string | null;
  created_at: CreatedAt;
}

export interface ThematicTopicsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  year: number;
  quarter: number;
  title: string;
  catalogue_item_id: string | null;
  state: Generated<TopicState>;
  planned_on: IsoDate | null;
  meeting_id: string | null;
  evaluation: string | null;
  conclusion: string | null;
  sent_on: IsoDate | null;
  sent_late: boolean | null;
  reported_to_unit_id: string | null;
  reported_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TopicDraftersTable {
  topic_id: string;
  person_id: string;
  tenant_id: string;
}

export interface TopicPapersTable {
  id: string;
  tenant_id: string;
  topic_id: string;
  kind: 'draft' | 'final';
  version: number;
  body: Generated<string>;
  review: Generated<'pending' | 'returned' | 'approved' | 'none'>;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  submitted_by: string | null;
  created_at: CreatedAt;
}

/** Migration 0006: a file may hold a topic paper (declaration merging keeps the 0003 table as it was). */
export interface StoredFilesTable {
  topic_paper_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CalendarTokensTable {
  user_id: string;
  tenant_id: string;
  token: string;
  /** When the current token was made (a rotation renews it). */
  created_at: Timestamp;
}

export interface MeetingDatabase {
  meeting_series: MeetingSeriesTable;
  meetings: MeetingsTable;
  meeting_invitees: MeetingInviteesTable;
  attendance: AttendanceTable;
  minutes: MinutesTable;
  topic_catalogue_items: TopicCatalogueItemsTable;
  thematic_topics: ThematicTopicsTable;
  topic_drafters: TopicDraftersTable;
  topic_papers: TopicPapersTable;
  calendar_tokens: CalendarTokensTable;
}

export type MeetingRow = Selectable<MeetingsTable>;
export type TopicRow = Selectable<ThematicTopicsTable>;

export interface Database extends MeetingDatabase {}

/** Migration 0007: notifications, e-mails and stored files may be about a meeting (declaration merging keeps the 0003 tables as they were). */
type OptionalReference = ColumnType<string | null, string | null | undefined, string | null>;

export interface NotificationsTable {
  meeting_id: OptionalReference;
}

export interface EmailOutboxTable {
  meeting_id: OptionalReference;
}

export interface StoredFilesTable {
  meeting_id: OptionalReference;
}

export type MeetingNoticeKind = 'invitation' | 'invited' | 'series' | 'changed' | 'cancelled' | 'day_before' | 'paper_due';

export interface MeetingNoticesTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  series_id: string | null;
  kind: MeetingNoticeKind;
  /** The day a reminder is about (the meeting's, or the last day to send its paper); null for other notices. */
  about_on: IsoDate | null;
  /** The Vietnam day it went out. */
  day: IsoDate;
  recipients: Generated<number>;
  sent_by: string | null;
  created_at: CreatedAt;
}

export interface MeetingDocumentsTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  /** An uploaded file (owned by the meeting), or else … */
  file_id: string | null;
  /** … a document of the registry. */
  document_id: string | null;
  added_by: string | null;
  created_at: CreatedAt;
}

export interface MeetingNoticeDatabase {
  meeting_notices: MeetingNoticesTable;
  meeting_documents: MeetingDocumentsTable;
}

export interface Database extends MeetingNoticeDatabase {}

/** Migration 0008: follow-up actions of minutes, each becoming a task of the conclusions notice on approval. */
export interface MinutesFollowUpsTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  position: number;
  text: string;
  unit_id: string;
  person_id: string | null;
  due_on: IsoDate | null;
  task_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MinutesFollowUpDatabase {
  minutes_follow_ups: MinutesFollowUpsTable;
}

export interface Database extends MinutesFollowUpDatabase {}

/** Migration 0009: held meetings per unit and year, kept by triggers on meetings (the compliance view reads these). */
export interface MeetingYearTotalsTable {
  unit_id: string;
  year: number;
  tenant_id: string;
  /** Bit m−1: a regular cell meeting held in month m; bit q−1 of thematic_quarters: a thematic one in quarter q. */
  regular_months: number;
  thematic_quarters: number;
  invited: number;
  attended: number;
}

export interface MeetingYearTotalsDatabase {
  meeting_year_totals: MeetingYearTotalsTable;
}

export interface Database extends MeetingYearTotalsDatabase {}

/** Migration 0010: report templates, owned by the unit that defines them, and their immutable versions. */
export interface ReportTemplatesTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  code: string | null;
  name: string;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface ReportTemplateVersionsTable {
  id: string;
  template_id: string;
  version: number;
  /** The parsed ReportTemplate of src/domain/reports/template.ts. */
  definition: Json<ReportTemplate>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface ReportTemplateDatabase {
  report_templates: ReportTemplatesTable;
  report_template_versions: ReportTemplateVersionsTable;
}

export interface Database extends ReportTemplateDatabase {}

/** Migration 0011: reports, their history, reminder bookkeeping and review drafts. */
export type ReportStateColumn = 'draft' | 'submitted' | 'returned' | 'approved';

export interface ReportsTable {
  id: string;
  tenant_id: string;
  template_id: string;
  version: number;
  unit_id: string;
  receiver_unit_id: string;
  period: string;
  deadline: IsoDate;
  state: Generated<ReportStateColumn>;
  values: ColumnType<Record<string, unknown>, string | undefined, string>;
  prefilled: Generated<string[]>;
  comment: string | null;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface ReportEventsTable {
  id: string;
  tenant_id: string;
  report_id: string;
  action: string;
  comment: string | null;
  at: Generated<Date>;
  by: string | null;
}

export interface ReportNoticesTable {
  id: string;
  tenant_id: string;
  template_id: string;
  unit_id: string;
  period: string;
  kind: 'due_soon' | 'overdue' | 'summary';
  day: IsoDate;
  recipients: Generated<number>;
  created_at: CreatedAt;
}

export interface ReviewSection {
  heading: string;
  text: string;
}

export interface ReportReviewsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  template_id: string;
  kind: 'so_ket' | 'tong_ket';
  title: string;
  from_period: string;
  to_period: string;
  sections: Json<ReviewSection[]>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface StoredFilesTable {
  report_id: OptionalReference;
}

export interface ReportDatabase {
  reports: ReportsTable;
  report_events: ReportEventsTable;
  report_notices: ReportNoticesTable;
  report_reviews: ReportReviewsTable;
}

export interface Database extends ReportDatabase {}

/** Migration 0014: each subtree's roll-up summary of a template and period, kept until a report under it changes. */
export interface ReportRollupSummariesTable {
  template_id: string;
  period: string;
  unit_id: string;
  tenant_id: string;
  version: number;
  summary: ColumnType<SubtreeSummary, string, string>;
  computed_at: CreatedAt;
}

export interface ReportRollupSummaryDatabase {
  report_rollup_summaries: ReportRollupSummariesTable;
}

export interface Database extends ReportRollupSummaryDatabase {}

/** Migration 0012: a notification may link to any page of the app. */
export interface NotificationsTable {
  link: OptionalReference;
}

/** Migration 0015: targets (chỉ tiêu) and the bookkeeping that sends each pace alert once. */
import type { PeriodKind } from '../../domain/periods.ts';
import type { SubjectKind } from '../../domain/targets/metrics.ts';
import type { Comparator as TargetComparator } from '../../domain/targets/status.ts';
import type { Figure as TargetFigure } from '../../domain/targets/evaluate.ts';

export interface TargetsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  document_id: string | null;
  year: number;
  text: string;
  subject_kind: SubjectKind;
  subject_association_type: AssociationType | null;
  metric_key: string;
  params: ColumnType<Record<string, string>, string, string>;
  comparator: TargetComparator;
  value: number;
  period_type: PeriodKind;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface TargetAlertsTable {
  id: string;
  tenant_id: string;
  target_id: string;
  unit_id: string;
  period: string;
  status: 'amber' | 'red';
  day: IsoDate;
  recipients: Generated<number>;
  created_at: CreatedAt;
}

/** Migration 0019: a matrix's figure of one target at a unit for a period, as of a day (see targets/kept-figures.ts). */
export interface ComplianceFiguresTable {
  target_id: string;
  unit_id: string;
  period: string;
  tenant_id: string;
  as_of: IsoDate;
  total: ColumnType<TargetFigure, string, string>;
  /** By path label of the unit's child. */
  rows: ColumnType<Record<string, TargetFigure>, string, string>;
  computed_at: ColumnType<Date, Date | undefined, Date>;
}

export interface TargetDatabase {
  targets: TargetsTable;
  target_alerts: TargetAlertsTable;
  compliance_figures: ComplianceFiguresTable;
}

export interface Database extends TargetDatabase {}
