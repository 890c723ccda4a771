import type { AssociationType, DepartmentFunction, UnitKind } from '../../domain/unit-kinds.ts';

/** The demo organization, modelled on the bodies named in the seed documents. */
export interface DemoUnit {
  key: string;
  kind: UnitKind;
  name: string;
  shortName?: string;
  code: string;
  departmentFunction?: DepartmentFunction;
  associationType?: AssociationType;
  /** Key of the Party unit leading an association branch. */
  ledBy?: string;
  children?: DemoUnit[];
}

const departments = (suffix: string, code: string): DemoUnit[] => [
  { key: `BTG-${code}`, kind: 'department', departmentFunction: 'propaganda', name: `Ban Tuyên giáo ${suffix}`, shortName: `BTG ${suffix}`.trim(), code: `BTG-${code}` },
  { key: `BTC-${code}`, kind: 'department', departmentFunction: 'organization', name: `Ban Tổ chức ${suffix}`, shortName: `BTC ${suffix}`.trim(), code: `BTC-${code}` },
  { key: `BDV-${code}`, kind: 'department', departmentFunction: 'mass_mobilization', name: `Ban Dân vận ${suffix}`, shortName: `BDV ${suffix}`.trim(), code: `BDV-${code}` },
  { key: `UBKT-${code}`, kind: 'department', departmentFunction: 'inspection', name: `Ủy ban Kiểm tra ${suffix}`, shortName: `UBKT ${suffix}`.trim(), code: `UBKT-${code}` },
  { key: `VP-${code}`, kind: 'department', departmentFunction: 'office', name: `Văn phòng ${suffix}`, shortName: `VP ${suffix}`.trim(), code: `VP-${code}` },
];

/** Base organizations of the bloc: [code, name, cells]. */
export const baseOrganizations: [string, string, string[]][] = [
  ['SGDDT', 'Đảng ủy Sở Giáo dục và Đào tạo', ['Chi bộ Văn phòng Sở', 'Chi bộ Phòng Giáo dục Trung học', 'Chi bộ Phòng Giáo dục Tiểu học', 'Chi bộ Phòng Tổ chức cán bộ', 'Chi bộ Thanh tra Sở']],
  ['STP', 'Đảng ủy Sở Tư pháp', ['Chi bộ Văn phòng', 'Chi bộ Phòng Phổ biến giáo dục pháp luật', 'Chi bộ Phòng Hành chính tư pháp']],
  ['SNV', 'Đảng ủy Sở Nội vụ', ['Chi bộ Văn phòng', 'Chi bộ Phòng Công chức viên chức', 'Chi bộ Ban Thi đua - Khen thưởng', 'Chi bộ Chi cục Văn thư - Lưu trữ']],
  ['STC', 'Đảng ủy Sở Tài chính', ['Chi bộ Văn phòng', 'Chi bộ Phòng Ngân sách', 'Chi bộ Phòng Tài chính doanh nghiệp', 'Chi bộ Phòng Quản lý giá', 'Chi bộ Thanh tra', 'Chi bộ Phòng Tin học thống kê']],
  ['SYT', 'Đảng ủy Sở Y tế', ['Chi bộ Văn phòng Sở', 'Chi bộ Phòng Nghiệp vụ Y', 'Chi bộ Phòng Nghiệp vụ Dược', 'Chi bộ Thanh tra Sở']],
  ['SVHTT', 'Đảng ủy Sở Văn hóa và Thể thao', ['Chi bộ Văn phòng', 'Chi bộ Phòng Quản lý văn hóa', 'Chi bộ Phòng Thể dục thể thao']],
  ['SKHDT', 'Đảng ủy Sở Kế hoạch và Đầu tư', ['Chi bộ Văn phòng', 'Chi bộ Phòng Tổng hợp quy hoạch', 'Chi bộ Phòng Đăng ký kinh doanh', 'Chi bộ Phòng Đấu thầu']],
  ['SLDTBXH', 'Đảng ủy Sở Lao động - Thương binh và Xã hội', ['Chi bộ Văn phòng', 'Chi bộ Phòng Việc làm', 'Chi bộ Phòng Bảo trợ xã hội', 'Chi bộ Phòng Người có công']],
  ['STTTT', 'Đảng ủy Sở Thông tin và Truyền thông', ['Chi bộ Văn phòng', 'Chi bộ Phòng Báo chí - Xuất bản']],
  ['SXD', 'Đảng ủy Sở Xây dựng', ['Chi bộ Văn phòng', 'Chi bộ Phòng Quản lý nhà', 'Chi bộ Thanh tra Sở', 'Chi bộ Phòng Phát triển đô thị']],
  ['STNMT', 'Đảng ủy Sở Tài nguyên và Môi trường', ['Chi bộ Văn phòng', 'Chi bộ Phòng Quản lý đất đai', 'Chi bộ Chi cục Bảo vệ môi trường']],
  ['SKHCN', 'Chi bộ cơ sở Sở Khoa học và Công nghệ', []],
  ['VPUBND', 'Đảng ủy Văn phòng Ủy ban nhân dân Thành phố', ['Chi bộ Phòng Hành chính - Tổ chức', 'Chi bộ Phòng Kinh tế', 'Chi bộ Phòng Văn xã', 'Chi bộ Ban Tiếp công dân']],
  ['VPHDND', 'Đảng ủy Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố', ['Chi bộ Phòng Công tác Quốc hội', 'Chi bộ Phòng Công tác Hội đồng nhân dân']],
  ['MTTQ', 'Đảng ủy Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố', ['Chi bộ Văn phòng', 'Chi bộ Ban Dân chủ - Pháp luật', 'Chi bộ Ban Phong trào']],
  ['HLHPN', 'Chi bộ cơ sở Hội Liên hiệp Phụ nữ Thành phố', []],
  ['TDHSP', 'Đảng ủy Trường Cao đẳng Sư phạm Trung ương Thành phố', ['Chi bộ Khoa Giáo dục Tiểu học', 'Chi bộ Khoa Giáo dục Mầm non', 'Chi bộ Phòng Đào tạo', 'Chi bộ Sinh viên', 'Chi bộ Khối Hành chính', 'Chi bộ Khoa Lý luận chính trị']],
  ['THPTLHP', 'Chi bộ cơ sở Trường Trung học phổ thông chuyên Lê Hồng Phong', []],
  ['XSKT', 'Đảng ủy Công ty TNHH Một thành viên Xổ số kiến thiết Thành phố', ['Chi bộ Văn phòng Công ty', 'Chi bộ Phòng Kinh doanh', 'Chi bộ Phòng Kế toán']],
  ['BTDT', 'Đảng ủy Báo Thanh niên Thành phố', ['Chi bộ Ban Thư ký tòa soạn', 'Chi bộ Ban Thời sự', 'Chi bộ Ban Trị sự', 'Chi bộ Ban Điện tử']],
];

/** Base organizations whose agency has its own association branches in the demo. */
const withBranches = ['SGDDT', 'STP', 'SNV', 'STC', 'SYT', 'TDHSP', 'XSKT', 'BTDT'];

export function demoTree(): DemoUnit {
  const bases: DemoUnit[] = baseOrganizations.map(([code, name, cells]) => ({
    key: code,
    kind: 'base_committee',
    name,
    code,
    children: cells.map((cell, index) => ({ key: `${code}-CB${index + 1}`, kind: 'cell', name: cell, code: `${code}-CB${index + 1}` })),
  }));
  const branch = (prefix: string, label: string, type: AssociationType) =>
    withBranches.map((code): DemoUnit => {
      const agency = baseOrganizations.find(([c]) => c === code)![1].replace(/^(Đảng ủy|Chi bộ cơ sở) /, '');
      return { key: `${prefix}-${code}`, kind: 'association', associationType: type, name: `${label} ${agency}`, code: `${prefix}-${code}`, ledBy: code };
    });
  return {
    key: 'TU',
    kind: 'committee',
    name: 'Thành ủy Thành phố Hồ Chí Minh',
    shortName: 'TU',
    code: 'TU',
    children: [
      { key: 'BTGTU', kind: 'department', departmentFunction: 'propaganda', name: 'Ban Tuyên giáo Thành ủy', shortName: 'BTGTU', code: 'BTGTU' },
      {
        key: 'DUK',
        kind: 'committee',
        name: 'Đảng ủy Khối Dân - Chính - Đảng Thành phố',
        shortName: 'ĐUK',
        code: 'DUK',
        children: [
          ...departments('Đảng ủy Khối', 'DUK'),
          { key: 'DK', kind: 'association', associationType: 'youth', name: 'Đoàn Thanh niên Khối Dân - Chính - Đảng Thành phố', shortName: 'Đoàn Khối', code: 'DK', ledBy: 'DUK', children: branch('DTN', 'Đoàn cơ sở', 'youth') },
          { key: 'CDVC', kind: 'association', associationType: 'union', name: 'Công đoàn Viên chức Thành phố', shortName: 'CĐVC', code: 'CDVC', ledBy: 'DUK', children: branch('CDCS', 'Công đoàn cơ sở', 'union') },
          { key: 'CCBK', kind: 'association', associationType: 'veterans', name: 'Hội Cựu chiến binh Khối Dân - Chính - Đảng Thành phố', shortName: 'Hội CCB Khối', code: 'CCBK', ledBy: 'DUK', children: branch('CCB', 'Chi hội Cựu chiến binh', 'veterans') },
          ...bases,
        ],
      },
    ],
  };
}
