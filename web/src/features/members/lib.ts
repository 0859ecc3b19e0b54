import type { Meta } from '../../shared/api/types';
import type { MemberFieldName, Sex, SubRecordList } from './types';

export const SEX_LABELS: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };

export const SEX_OPTIONS = (Object.keys(SEX_LABELS) as Sex[]).map((value) => ({ value, label: SEX_LABELS[value] }));

export function sexLabel(sex: string | null | undefined): string {
  return sex ? (SEX_LABELS[sex as Sex] ?? sex) : '';
}

/** The form's labels of the member file (mẫu 2-HSĐV); the server's /api/meta labels win when present. */
export const FIELD_LABELS: Record<MemberFieldName, string> = {
  full_name: 'Họ và tên',
  other_name: 'Tên gọi khác',
  sex: 'Giới tính',
  birth_date: 'Ngày sinh',
  birth_place: 'Nơi sinh',
  home_town: 'Quê quán',
  residence: 'Nơi cư trú',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  national_id: 'Số CCCD',
  occupation: 'Nghề nghiệp',
  job_title: 'Chức vụ chính quyền',
  general_education: 'Giáo dục phổ thông',
  professional_level: 'Chuyên môn nghiệp vụ',
  theory_level: 'Lý luận chính trị',
  state_mgmt_level: 'Quản lý nhà nước',
  foreign_language: 'Ngoại ngữ',
  it_level: 'Tin học',
  admitted_on: 'Ngày vào Đảng',
  admitting_org: 'Chi bộ kết nạp',
  introducers: 'Người giới thiệu',
  official_on: 'Ngày chính thức',
  card_no: 'Số thẻ đảng viên',
  card_issued_on: 'Ngày cấp thẻ',
  record_no: 'Số lý lịch',
  party_position: 'Chức vụ Đảng',
  income_note: 'Thu nhập',
};

export const MEMBER_FIELD_NAMES = Object.keys(FIELD_LABELS) as MemberFieldName[];

/** Fields holding YYYY-MM-DD dates. */
export const DATE_FIELDS = ['birth_date', 'admitted_on', 'official_on', 'card_issued_on'] as const satisfies readonly MemberFieldName[];

export type DateFieldName = (typeof DATE_FIELDS)[number];

/** Names the server uses beyond the member file's fields (import rows, form errors). */
const OTHER_LABELS: Record<string, string> = { org: 'Chi bộ', org_id: 'Chi bộ sinh hoạt' };

export function fieldLabel(meta: Meta | undefined, name: string): string {
  return (
    meta?.member_fields.find((f) => f.name === name)?.label ?? FIELD_LABELS[name as MemberFieldName] ?? OTHER_LABELS[name] ?? name
  );
}

export function isSensitive(meta: Meta | undefined, name: string): boolean {
  const f = meta?.member_fields.find((x) => x.name === name);
  return f ? f.sensitive : name === 'national_id' || name === 'income_note';
}

export function theoryLevelLabel(meta: Meta | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return meta?.theory_levels.find((t) => t.code === code)?.label ?? code;
}

/** The four sub-record lists, with the labels of their columns. */
export const SUB_RECORDS: {
  list: SubRecordList;
  title: string;
  itemTitle: string;
  titleLabel: string;
  detailLabel: string;
  empty: string;
}[] = [
  {
    list: 'work',
    title: 'Quá trình công tác',
    itemTitle: 'Thời gian công tác',
    titleLabel: 'Chức vụ, đơn vị công tác',
    detailLabel: 'Ghi chú',
    empty: 'Chưa có quá trình công tác',
  },
  {
    list: 'training',
    title: 'Đào tạo, bồi dưỡng',
    itemTitle: 'Khóa đào tạo',
    titleLabel: 'Tên trường, khóa học',
    detailLabel: 'Ngành học, văn bằng, chứng chỉ',
    empty: 'Chưa có quá trình đào tạo, bồi dưỡng',
  },
  {
    list: 'rewards',
    title: 'Khen thưởng',
    itemTitle: 'Khen thưởng',
    titleLabel: 'Hình thức khen thưởng',
    detailLabel: 'Cấp quyết định, số quyết định',
    empty: 'Chưa có khen thưởng',
  },
  {
    list: 'family',
    title: 'Gia đình',
    itemTitle: 'Thân nhân',
    titleLabel: 'Quan hệ, họ và tên',
    detailLabel: 'Năm sinh, quê quán, nghề nghiệp, nơi ở',
    empty: 'Chưa khai báo thân nhân',
  },
];
