import { vietnamToday } from '../../domain/task-status.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';

/**
 * The suggested topics of Hướng dẫn 09-HD/ĐUK (seed 004, sections 1.1–1.3), as the bloc
 * committee's catalogue. Like the demo plans, the guidance is moved to the demo year, and it
 * is kept for 2021 as written, so that cells choose their thematic topics from it.
 */
export const thematicCatalogue2021: { section: string; titles: string[] }[] = [
  {
    section: '1.1. Về công tác xây dựng Đảng',
    titles: [
      'Ôn truyền thống các sự kiện quan trọng, các ngày kỷ niệm lớn trong năm (theo hướng dẫn của Ban Tuyên giáo Đảng ủy Khối).',
      'Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; chuyên đề "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc".',
      'Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng, ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống trong cán bộ, đảng viên của chi bộ.',
      'Giải pháp triển khai Nghị quyết số 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng và Đề án số 05-ĐA/BTGTU về lan tỏa thông tin tích cực, đấu tranh, phản bác quan điểm sai trái trên internet, mạng xã hội.',
      'Giải pháp nêu cao tính tự giác của đảng viên trong chấp hành các quy định của Đảng và pháp luật nhà nước, thực hiện tốt chế độ sinh hoạt Đảng.',
      'Giải pháp khắc phục những hạn chế, khuyết điểm trong công tác xây dựng Đảng của chi bộ được nêu ra qua kiểm điểm, đánh giá năm 2020.',
      'Giải pháp tăng cường thực hiện quy chế dân chủ cơ sở tại cơ quan, đơn vị, doanh nghiệp.',
      'Giải pháp phát huy, tăng cường phát biểu của đảng viên trong sinh hoạt chi bộ, các cuộc họp, hội nghị của Đảng.',
      'Nâng cao công tác quản lý đảng viên của chi bộ và tăng chỉ tiêu phát triển đảng viên mới.',
      'Nâng cao chất lượng công tác bồi dưỡng, giúp đỡ, kết nạp quần chúng vào Đảng và giúp đỡ đảng viên dự bị trở thành đảng viên chính thức.',
      'Giải pháp tăng cường công tác kiểm tra, giám sát của chi bộ.',
    ],
  },
  {
    section: '1.2. Về thực hiện nhiệm vụ chuyên môn của đơn vị',
    titles: [
      'Giải pháp cụ thể để chi bộ lãnh đạo đảng viên thực hiện tốt chức trách, nhiệm vụ được giao và khắc phục hạn chế, khuyết điểm được nêu ra qua kiểm điểm, đánh giá năm 2020.',
      'Chi bộ tham gia góp ý, hiến kế với lãnh đạo đơn vị về việc thực hiện nhiệm vụ chính trị, nhiệm vụ sản xuất kinh doanh của đơn vị.',
      'Giải pháp thực hiện tốt quy chế phối hợp giữa chi ủy với các ban, bộ phận của cơ quan, đơn vị trong thực hiện nhiệm vụ chuyên môn và công tác xây dựng Đảng.',
    ],
  },
  {
    section: '1.3. Công tác lãnh đạo xây dựng các đoàn thể',
    titles: [
      'Chi bộ lãnh đạo và hỗ trợ các đoàn thể thực hiện nhiệm vụ công tác năm 2021.',
      'Lãnh đạo, phát huy vai trò của tổ chức đoàn thể trong tham gia thực hiện nhiệm vụ chính trị, nhiệm vụ sản xuất kinh doanh tại cơ quan, đơn vị, doanh nghiệp.',
      'Lãnh đạo các đoàn thể thực hiện tốt công tác giới thiệu quần chúng ưu tú (đoàn viên ưu tú, công đoàn viên ưu tú) cho Đảng bồi dưỡng, xem xét kết nạp.',
    ],
  },
];

/** Loads the catalogue of the bloc committee (ĐUK) for 2021 and for the demo year; returns the number of items. */
export async function seedDemoMeetings(db: Db, demoYear = Number(vietnamToday().slice(0, 4))): Promise<number> {
  const duk = await db.selectFrom('org_units').select(['id', 'tenant_id']).where('code', '=', 'DUK').executeTakeFirst();
  if (!duk) return 0;
  const guidance = await db.selectFrom('documents').select(['id', 'year']).where('issuer_unit_id', '=', duk.id).where('title', 'ilike', '%sinh hoạt chi bộ chuyên đề%').executeTakeFirst();
  const rows = [...new Set([2021, demoYear])].flatMap((year) => {
    let position = 0;
    return thematicCatalogue2021.flatMap(({ section, titles }) =>
      titles.map((title) => ({
        id: newId(),
        tenant_id: duk.tenant_id,
        unit_id: duk.id,
        year,
        section,
        position: ++position,
        // The year's guidance in the demo is the seed document moved to the demo year.
        title: title.replace('năm 2020', `năm ${year - 1}`).replace('năm 2021', `năm ${year}`),
        document_id: guidance && guidance.year === year ? guidance.id : null,
      })),
    );
  });
  await db.insertInto('topic_catalogue_items').values(rows).execute();
  return rows.length;
}
