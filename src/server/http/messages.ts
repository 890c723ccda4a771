/**
 * Human messages of API errors, Vietnamese first. A message may hold {placeholders}
 * filled from the error's params.
 */
export type Locale = 'vi' | 'en';

export const errorMessages = {
  validation_failed: { vi: 'Dữ liệu gửi lên chưa hợp lệ.', en: 'The submitted data is not valid.' },
  not_authenticated: { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  session_expired: { vi: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.', en: 'Your session has expired. Please sign in again.' },
  csrf_invalid: { vi: 'Yêu cầu không hợp lệ (thiếu mã bảo vệ CSRF). Vui lòng tải lại trang.', en: 'Invalid request (missing CSRF token). Please reload the page.' },
  invalid_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong login or password.' },
  account_locked: {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau {minutes} phút.',
    en: 'The account is temporarily locked after repeated failed sign-ins. Try again in {minutes} minutes.',
  },
  too_many_requests: { vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.', en: 'Too many requests. Please try again in a few minutes.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  out_of_scope: { vi: 'Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.', en: 'This unit is outside the part of the tree you are allowed to use.' },
  not_found: { vi: 'Không tìm thấy {entity}.', en: '{entity} not found.' },
  unit_code_taken: { vi: 'Mã đơn vị "{code}" đã được dùng cho đơn vị khác.', en: 'Unit code "{code}" is already used by another unit.' },
  unit_move_cycle: {
    vi: 'Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.',
    en: 'A unit cannot be moved under itself or one of its descendants.',
  },
  unit_inactive: { vi: 'Đơn vị "{name}" đã ngừng hoạt động.', en: 'Unit "{name}" is deactivated.' },
  unit_kind_invalid: { vi: '{reason}', en: '{reason}' },
  unit_has_active_children: {
    vi: 'Đơn vị còn {count} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.',
    en: 'The unit still has {count} active sub-units; move or deactivate them first.',
  },
  unit_has_active_members: {
    vi: 'Đơn vị còn {count} người đang sinh hoạt; hãy chuyển sinh hoạt cho họ trước khi ngừng hoạt động đơn vị.',
    en: 'The unit still has {count} active members; transfer them before deactivating the unit.',
  },
  root_unit_immutable: { vi: 'Không thể chuyển hoặc ngừng hoạt động đơn vị gốc.', en: 'The root unit cannot be moved or deactivated.' },
  member_code_taken: { vi: 'Mã đảng viên "{code}" đã tồn tại.', en: 'Member code "{code}" already exists.' },
  membership_exists: { vi: 'Người này đã sinh hoạt tại đơn vị "{unit}".', en: 'This person is already a member of "{unit}".' },
  party_membership_exists: {
    vi: 'Đảng viên chỉ sinh hoạt tại một tổ chức Đảng; hãy dùng "Chuyển sinh hoạt" thay vì thêm mới.',
    en: 'A Party member belongs to one Party organization at a time; use "Transfer" instead.',
  },
  party_unit_needs_party_member: {
    vi: 'Chỉ đảng viên (chính thức hoặc dự bị) mới sinh hoạt tại tổ chức Đảng.',
    en: 'Only Party members (full or probationary) belong to a Party unit.',
  },
  membership_ended: { vi: 'Quá trình sinh hoạt này đã kết thúc.', en: 'This membership has already ended.' },
  date_before_start: { vi: 'Ngày kết thúc không được trước ngày bắt đầu ({start}).', en: 'The end date cannot be before the start date ({start}).' },
  login_taken: { vi: 'Tên đăng nhập "{login}" đã tồn tại.', en: 'Login "{login}" is already taken.' },
  password_too_weak: { vi: 'Mật khẩu cần ít nhất 10 ký tự.', en: 'The password needs at least 10 characters.' },
  wrong_current_password: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  cannot_manage_self: { vi: 'Bạn không thể tự khóa hoặc tự đặt lại mật khẩu tài khoản của mình tại đây.', en: 'You cannot deactivate or reset your own account here.' },
  import_file_invalid: { vi: 'Không đọc được tệp: {reason}', en: 'The file could not be read: {reason}' },
  import_has_errors: {
    vi: 'Tệp có {count} dòng lỗi; không dòng nào được ghi. Sửa các dòng lỗi hoặc chọn "chỉ nhập các dòng hợp lệ".',
    en: 'The file has {count} rows with errors; nothing was written. Fix them or choose "import valid rows only".',
  },
  import_empty: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  document_not_editable: {
    vi: 'Văn bản đã ban hành thì không sửa được; hãy tạo phiên bản mới để đính chính.',
    en: 'An issued document cannot be changed; create a new version to correct it.',
  },
  document_number_taken: {
    vi: 'Số {symbol} đã được dùng cho một văn bản khác đã ban hành trong năm {year}.',
    en: 'Number {symbol} is already used by another document issued in {year}.',
  },
  document_not_issued: { vi: 'Văn bản chưa được ban hành.', en: 'The document has not been issued.' },
  document_has_successor: { vi: 'Văn bản này đã có phiên bản mới; hãy làm việc trên phiên bản đó.', en: 'This document already has a newer version; work on that one.' },
  document_superseded: { vi: 'Kế hoạch này đã được thay thế bằng phiên bản mới.', en: 'This plan has been replaced by a newer version.' },
  document_not_plan: { vi: 'Loại văn bản này không chứa nhiệm vụ.', en: 'This kind of document holds no tasks.' },
  issuer_repeated: { vi: 'Một đơn vị chỉ được ghi một lần trong danh sách đơn vị ban hành.', en: 'Each issuing unit may be listed only once.' },
  file_too_large: { vi: 'Tệp vượt quá dung lượng cho phép ({limit} MB).', en: 'The file is larger than the {limit} MB limit.' },
  file_type_not_allowed: { vi: 'Chỉ nhận tệp {allowed}.', en: 'Only {allowed} files are accepted.' },
  file_missing: { vi: 'Chưa chọn tệp.', en: 'No file was chosen.' },
  plan_file_unreadable: { vi: 'Không đọc được nội dung tệp Word: tệp bị hỏng hoặc không phải tệp .docx.', en: 'The Word file could not be read: it is damaged or not a .docx file.' },
  plan_file_empty: { vi: 'Tệp không có nội dung văn bản nào.', en: 'The file contains no text.' },
  task_unit_out_of_reach: {
    vi: 'Đơn vị "{name}" nằm ngoài phạm vi của đơn vị ban hành; chỉ giao nhiệm vụ cho đơn vị ban hành và các đơn vị trực thuộc.',
    en: 'Unit "{name}" is outside the issuing unit\'s reach; tasks go only to the issuer and the units under it.',
  },
  timeframe_invalid: { vi: '{reason}', en: '{reason}' },
  progress_invalid: { vi: '{reason}', en: '{reason}' },
  task_code_taken: { vi: 'Mã nhiệm vụ "{code}" đã có trong kế hoạch.', en: 'Task code "{code}" is already used in this plan.' },
  task_parent_unknown: { vi: 'Nhiệm vụ "{code}" ghi nhiệm vụ cha "{parent}" không có trong kế hoạch.', en: 'Task "{code}" names a parent "{parent}" that is not in the plan.' },
  task_parent_loop: { vi: 'Không thể đặt nhiệm vụ vào chính nó hoặc vào nhiệm vụ con của nó.', en: 'A task cannot be placed under itself or one of its sub-tasks.' },
  cascade_loop: {
    vi: 'Không thể liên kết: kế hoạch sẽ trở thành cụ thể hóa của chính nó (vòng lặp).',
    en: 'This link would make the plan implement itself (a loop).',
  },
  cascade_not_assigned: {
    vi: 'Đơn vị "{name}" không được giao nhiệm vụ này (kể cả qua đơn vị cấp trên) nên không cụ thể hóa được.',
    en: 'Unit "{name}" was not assigned this task (nor was a unit above it), so it cannot implement it.',
  },
  cascade_same_plan: { vi: 'Nhiệm vụ không thể cụ thể hóa một nhiệm vụ trong cùng kế hoạch.', en: 'A task cannot implement a task of its own plan.' },
  assignment_acknowledged: { vi: 'Nhiệm vụ này đã được tiếp nhận ngày {date}.', en: 'This assignment was already acknowledged on {date}.' },
  report_date_future: { vi: 'Ngày báo cáo không được sau ngày hôm nay ({today}).', en: 'The report date cannot be after today ({today}).' },
  // Meetings, attendance, minutes, thematic topics (issue 6).
  meeting_in_past: { vi: 'Không thể lên lịch cuộc họp vào thời điểm đã qua ({when}).', en: 'A meeting cannot be scheduled in the past ({when}).' },
  meeting_times_invalid: { vi: 'Giờ kết thúc phải sau giờ bắt đầu.', en: 'The end must be after the start.' },
  meeting_cancelled: { vi: 'Cuộc họp đã bị hủy.', en: 'The meeting has been cancelled.' },
  meeting_held: { vi: 'Cuộc họp đã diễn ra; không thể hủy hoặc dời lịch.', en: 'The meeting has taken place; it cannot be cancelled or moved.' },
  meeting_not_started: { vi: 'Cuộc họp chưa bắt đầu ({when}).', en: 'The meeting has not started yet ({when}).' },
  meeting_person_unknown: { vi: 'Không tìm thấy người được chọn làm {role}.', en: 'The person chosen as {role} was not found.' },
  recurrence_invalid: { vi: '{reason}', en: '{reason}' },
  series_empty: { vi: 'Không có buổi họp nào sắp tới theo lịch này từ {from} đến {until}.', en: 'The rule gives no upcoming meeting between {from} and {until}.' },
  attendance_invalid: { vi: 'Có {count} dòng điểm danh không hợp lệ; chưa ghi nhận dòng nào.', en: '{count} attendance marks are not valid; nothing was recorded.' },
  check_in_code_wrong: { vi: 'Mã điểm danh không đúng.', en: 'The check-in code is wrong.' },
  check_in_closed: { vi: 'Chỉ tự điểm danh được trong thời gian diễn ra cuộc họp ({from} – {to}).', en: 'Self check-in is open only while the meeting runs ({from} – {to}).' },
  check_in_not_invited: { vi: 'Bạn không có trong danh sách mời của cuộc họp này.', en: 'You are not on the invitation list of this meeting.' },
  invitee_has_attendance: { vi: 'Người này đã được điểm danh nên không thể xóa khỏi danh sách mời.', en: 'This person has been marked already and cannot be removed from the list.' },
  minutes_locked: { vi: 'Biên bản đã được duyệt và khóa; không thể sửa.', en: 'The minutes have been approved and are locked.' },
  minutes_empty: { vi: 'Biên bản chưa có nội dung.', en: 'The minutes are empty.' },
  follow_ups_invalid: {
    vi: 'Có {count} việc cần thực hiện chưa hợp lệ; chưa ghi nhận thay đổi nào.',
    en: '{count} follow-up actions are not valid; nothing was recorded.',
  },
  topic_action_refused: { vi: '{reason}', en: '{reason}' },
  cell_meeting_unit: { vi: 'Sinh hoạt chi bộ (thường kỳ, chuyên đề) chỉ dành cho chi bộ (chi bộ trực thuộc hoặc chi bộ cơ sở).', en: 'Cell meetings and thematic topics are for Party cells only.' },
  topic_needs_date: { vi: 'Cần xác định ngày sinh hoạt chuyên đề.', en: 'The thematic meeting needs a date.' },
  topic_date_outside: { vi: 'Ngày sinh hoạt {date} không thuộc quý {quarter}/{year}.', en: 'The date {date} is not in quarter {quarter} of {year}.' },
  topic_drafter_not_member: { vi: '"{name}" không sinh hoạt tại chi bộ này nên không thể được phân công.', en: '"{name}" is not a member of this cell.' },
  topic_catalogue_item_unknown: { vi: 'Chuyên đề gợi ý không thuộc hướng dẫn của cấp trên cho năm {year}.', en: 'The suggested topic is not in a higher unit\'s guidance for {year}.' },
  topic_meeting_invalid: { vi: 'Cuộc họp được chọn phải là buổi sinh hoạt chuyên đề chưa bị hủy của chính chi bộ.', en: 'The meeting must be a thematic meeting of the same cell that is not cancelled.' },
  topic_needs_meeting: { vi: 'Chuyên đề chưa gắn với buổi sinh hoạt; hãy lên lịch buổi sinh hoạt chuyên đề trước.', en: 'Schedule the thematic meeting for this topic first.' },
  topic_paper_empty: { vi: 'Cần nội dung hoặc tệp đính kèm của chuyên đề.', en: 'The paper needs a text or a file.' },
  topic_comment_required: { vi: 'Khi trả lại dự thảo cần ghi ý kiến để người xây dựng chỉnh sửa.', en: 'Returning a draft needs a comment for the drafters.' },
  catalogue_item_in_use: { vi: 'Chuyên đề gợi ý đã được {count} chi bộ chọn nên không thể xóa.', en: 'The suggested topic was chosen by {count} cells and cannot be deleted.' },
  meeting_documents_locked: { vi: 'Biên bản cuộc họp đã được duyệt; tài liệu của cuộc họp không thể thêm hoặc gỡ nữa.', en: 'The minutes are approved; the meeting’s documents can no longer change.' },
  meeting_documents_full: { vi: 'Mỗi cuộc họp có tối đa {max} tài liệu.', en: 'A meeting holds at most {max} documents.' },
  meeting_document_linked: { vi: 'Văn bản này đã có trong tài liệu của cuộc họp.', en: 'This document is already among the meeting’s documents.' },
  meeting_document_draft: { vi: 'Chỉ liên kết được văn bản đã ban hành.', en: 'Only issued documents can be linked.' },
  reminder_sent_today: {
    vi: 'Nhiệm vụ này đã được nhắc hôm nay; mỗi ngày chỉ nhắc một lần.',
    en: 'This task was already reminded today; reminders go out at most once a day.',
  },
  reminder_task_done: { vi: 'Nhiệm vụ đã hoàn thành, không cần nhắc.', en: 'The task is done; there is nothing to remind.' },
  report_template_invalid: { vi: 'Mẫu báo cáo có {count} chỗ chưa hợp lệ; chưa lưu gì.', en: 'The report template has {count} problems; nothing was saved.' },
  report_template_change_refused: {
    vi: 'Phiên bản mới của mẫu báo cáo có {count} thay đổi không được phép vì đã có dữ liệu; chưa lưu gì.',
    en: 'The new version has {count} changes not allowed for data already entered; nothing was saved.',
  },
  report_template_exists: { vi: 'Đơn vị đã có mẫu "{name}".', en: 'The unit already has the template "{name}".' },
  report_action_refused: { vi: '{reason}', en: '{reason}' },
  report_changed_meanwhile: { vi: 'Báo cáo vừa được người khác thay đổi nhiều lần; vui lòng tải lại và thử lại.', en: 'The report was changed by someone else several times meanwhile; reload it and try again.' },
  report_values_invalid: {
    vi: 'Báo cáo có {count} chỗ chưa hợp lệ nên chưa gửi được; bản nháp đã được lưu.',
    en: 'The report has {count} problems and was not submitted; the draft was saved.',
  },
  report_not_reporter: { vi: 'Đơn vị "{unit}" không thuộc diện báo cáo theo mẫu "{template}".', en: 'The unit "{unit}" does not report on "{template}".' },
  report_template_unrelated: { vi: 'Mẫu báo cáo này không áp dụng cho đơn vị đã chọn.', en: 'This report template does not apply to the chosen unit.' },
  report_period_invalid: { vi: '{reason}', en: '{reason}' },
  report_no_receiver: { vi: 'Không xác định được đơn vị nhận báo cáo của "{unit}" (không có cấp trên hoặc không có ban "{code}").', en: 'No receiving unit for "{unit}" (no parent, or no department "{code}").' },
  report_files_full: { vi: 'Mỗi báo cáo có tối đa {max} tệp đính kèm.', en: 'A report holds at most {max} attachments.' },
  review_span_invalid: { vi: '{reason}', en: '{reason}' },
  // Targets and the compliance matrix (issue 7).
  target_invalid: { vi: 'Chỉ tiêu chưa hợp lệ, chưa lưu gì: {problems}', en: 'The target is not valid and nothing was saved: {problems}' },
  target_document_unrelated: {
    vi: 'Chỉ tiêu của kế hoạch phải thuộc một đơn vị ban hành kế hoạch đó.',
    en: 'A plan\'s target must belong to one of the plan\'s issuing units.',
  },
  target_not_plan: { vi: 'Chỉ nhận chỉ tiêu từ kế hoạch, chương trình hoặc hướng dẫn có nhiệm vụ.', en: 'Targets are adopted only from plans, programmes and guidance that hold tasks.' },
  compliance_period_invalid: { vi: 'Kỳ "{period}" không hợp lệ; ghi theo dạng 2026, 2026-H1, 2026-Q3 hoặc 2026-07.', en: 'The period "{period}" is not valid; write 2026, 2026-H1, 2026-Q3 or 2026-07.' },
  compliance_target_unrelated: { vi: 'Chỉ tiêu này không áp dụng cho đơn vị đã chọn.', en: 'This target does not apply to the chosen unit.' },
  compliance_too_many_periods: { vi: 'Xem xu hướng được tối đa {max} kỳ mỗi lần.', en: 'A trend covers at most {max} periods.' },
  conflict: { vi: 'Dữ liệu đã bị thay đổi bởi thao tác khác. Vui lòng tải lại.', en: 'The data was changed by someone else. Please reload.' },
  internal: { vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', en: 'Something went wrong on our side. Please try again later.' },
} satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof errorMessages;

export const entityNames: Record<string, Record<Locale, string>> = {
  unit: { vi: 'đơn vị', en: 'Unit' },
  person: { vi: 'người', en: 'Person' },
  membership: { vi: 'quá trình sinh hoạt', en: 'Membership' },
  account: { vi: 'tài khoản', en: 'Account' },
  grant: { vi: 'quyền', en: 'Role grant' },
  route: { vi: 'đường dẫn', en: 'Route' },
  document: { vi: 'văn bản', en: 'Document' },
  task: { vi: 'nhiệm vụ', en: 'Task' },
  assignment: { vi: 'nhiệm vụ được giao', en: 'Assignment' },
  file: { vi: 'tệp', en: 'File' },
  progress_report: { vi: 'báo cáo tiến độ', en: 'Progress report' },
  notification: { vi: 'thông báo', en: 'Notification' },
  meeting: { vi: 'cuộc họp', en: 'Meeting' },
  meeting_series: { vi: 'lịch họp định kỳ', en: 'Meeting series' },
  invitee: { vi: 'người được mời', en: 'Invitee' },
  minutes: { vi: 'biên bản', en: 'Minutes' },
  topic: { vi: 'chuyên đề', en: 'Topic' },
  catalogue_item: { vi: 'chuyên đề gợi ý', en: 'Suggested topic' },
  topic_paper: { vi: 'dự thảo chuyên đề', en: 'Topic paper' },
  meeting_document: { vi: 'tài liệu của cuộc họp', en: 'Meeting document' },
  report_template: { vi: 'mẫu báo cáo', en: 'Report template' },
  report_template_version: { vi: 'phiên bản mẫu báo cáo', en: 'Report template version' },
  report: { vi: 'báo cáo', en: 'Report' },
  review: { vi: 'văn bản sơ kết, tổng kết', en: 'Review' },
  target: { vi: 'chỉ tiêu', en: 'Target' },
};

export function formatMessage(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  const filled: Record<string, string | number> = { ...params };
  if (typeof params.entity === 'string') filled.entity = entityNames[params.entity]?.[locale] ?? params.entity;
  return errorMessages[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(filled[key] ?? `{${key}}`));
}

/** Picks vi or en from an Accept-Language header; Vietnamese unless English is preferred. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'vi';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const quality = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: quality ? Number(quality.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag.startsWith('vi') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'vi';
}
