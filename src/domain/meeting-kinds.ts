/**
 * The kinds of meetings a unit holds (seeds 000, 002, 004) and the script each follows.
 * The agenda of a thematic cell meeting is the one of Hướng dẫn 09-HD/ĐUK, section 2.2;
 * units edit their copy per meeting.
 */
export const meetingKinds = [
  'regular_cell',
  'thematic_cell',
  'committee',
  'study_conference',
  'briefing_conference',
  'speaker_conference',
  'training',
  'joint_activity',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const meetingKindLabels: Record<MeetingKind, string> = {
  regular_cell: 'Sinh hoạt chi bộ thường kỳ',
  thematic_cell: 'Sinh hoạt chi bộ chuyên đề',
  committee: 'Họp cấp ủy',
  study_conference: 'Hội nghị học tập, quán triệt nghị quyết',
  briefing_conference: 'Hội nghị thông tin thời sự',
  speaker_conference: 'Hội nghị báo cáo viên',
  training: 'Lớp bồi dưỡng, tập huấn',
  joint_activity: 'Hoạt động phối hợp',
};

export const agendaParts = ['opening', 'proceedings', 'closing'] as const;
export type AgendaPart = (typeof agendaParts)[number];

export const agendaPartLabels: Record<AgendaPart, string> = {
  opening: 'Mở đầu',
  proceedings: 'Tiến hành',
  closing: 'Kết thúc',
};

export interface AgendaItem {
  part: AgendaPart;
  text: string;
}

const opening: AgendaItem[] = [
  { part: 'opening', text: 'Tuyên bố lý do, giới thiệu đại biểu (nếu có)' },
  { part: 'opening', text: 'Cử thư ký ghi biên bản' },
  { part: 'opening', text: 'Thông báo tình hình đảng viên: số có mặt, vắng mặt (có lý do, không có lý do)' },
  { part: 'opening', text: 'Thông qua nội dung, chương trình' },
];

const agendas: Record<MeetingKind, AgendaItem[]> = {
  regular_cell: [
    ...opening,
    { part: 'proceedings', text: 'Đánh giá kết quả thực hiện nhiệm vụ tháng trước' },
    { part: 'proceedings', text: 'Thông tin thời sự, phổ biến văn bản mới của cấp trên' },
    { part: 'proceedings', text: 'Đảng viên thảo luận, đóng góp ý kiến' },
    { part: 'proceedings', text: 'Bàn nhiệm vụ, giải pháp tháng tới' },
    { part: 'closing', text: 'Bí thư chi bộ kết luận, phân công thực hiện' },
    { part: 'closing', text: 'Thông qua biên bản' },
  ],
  thematic_cell: [
    ...opening,
    { part: 'proceedings', text: 'Bí thư chi bộ nêu mục đích, yêu cầu buổi sinh hoạt chuyên đề' },
    { part: 'proceedings', text: 'Đảng viên được phân công chuẩn bị trình bày dự thảo chuyên đề' },
    { part: 'proceedings', text: 'Đảng viên phát biểu, trao đổi, đóng góp ý kiến để hoàn thiện dự thảo chuyên đề' },
    { part: 'closing', text: 'Bí thư chi bộ đánh giá việc chuẩn bị, chất lượng, ý nghĩa và tác dụng của chuyên đề' },
    { part: 'closing', text: 'Kết luận các nội dung cần tiếp thu để bổ sung, hoàn thiện chuyên đề' },
    { part: 'closing', text: 'Thông qua biên bản' },
  ],
  committee: [
    ...opening.filter((item) => !item.text.startsWith('Thông báo tình hình đảng viên')),
    { part: 'proceedings', text: 'Thảo luận các nội dung theo chương trình' },
    { part: 'closing', text: 'Kết luận, phân công thực hiện' },
  ],
  study_conference: [
    { part: 'opening', text: 'Tuyên bố lý do, giới thiệu đại biểu' },
    { part: 'proceedings', text: 'Báo cáo viên trình bày nội dung nghị quyết' },
    { part: 'proceedings', text: 'Trao đổi, thảo luận' },
    { part: 'closing', text: 'Kết luận hội nghị; hướng dẫn viết bài thu hoạch' },
  ],
  briefing_conference: [
    { part: 'opening', text: 'Tuyên bố lý do, giới thiệu đại biểu' },
    { part: 'proceedings', text: 'Báo cáo viên thông tin thời sự, định hướng tuyên truyền' },
    { part: 'proceedings', text: 'Trao đổi, giải đáp' },
    { part: 'closing', text: 'Kết luận hội nghị' },
  ],
  speaker_conference: [
    { part: 'opening', text: 'Tuyên bố lý do, giới thiệu đại biểu' },
    { part: 'proceedings', text: 'Thông tin định hướng cho báo cáo viên' },
    { part: 'proceedings', text: 'Trao đổi kinh nghiệm tuyên truyền miệng' },
    { part: 'closing', text: 'Kết luận hội nghị' },
  ],
  training: [
    { part: 'opening', text: 'Khai giảng lớp học' },
    { part: 'proceedings', text: 'Các chuyên đề bồi dưỡng' },
    { part: 'closing', text: 'Bế giảng, đánh giá kết quả học tập' },
  ],
  joint_activity: [
    { part: 'opening', text: 'Tuyên bố lý do, giới thiệu đại biểu' },
    { part: 'proceedings', text: 'Nội dung hoạt động' },
    { part: 'closing', text: 'Tổng kết hoạt động' },
  ],
};

/** A fresh copy of the script for a kind of meeting, for the unit to edit. */
export function defaultAgenda(kind: MeetingKind): AgendaItem[] {
  return agendas[kind].map((item) => ({ ...item }));
}

/** Cell meetings are for the cell's Party members; the other kinds invite whom the organizer names. */
export function isCellMeeting(kind: MeetingKind): boolean {
  return kind === 'regular_cell' || kind === 'thematic_cell';
}
