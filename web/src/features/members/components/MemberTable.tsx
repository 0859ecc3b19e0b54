import { Table, type TableColumnsType, type TablePaginationConfig, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { MemberSummary } from '../types';
import { useMeta } from '../../../shared/hooks/useMeta';
import { formatDate } from '../../../shared/lib/format';
import { sexLabel, theoryLevelLabel } from '../lib';
import { MemberStatusTag } from './MemberStatusTag';

interface Props {
  items: MemberSummary[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  /** Show the unit column (off on an organization's own page for a single chi bộ). */
  showOrg?: boolean;
  emptyText?: string;
}

/** Members as a table; the name links to the profile. */
export function MemberTable({ items, loading, pagination, showOrg = true, emptyText }: Props) {
  const { meta } = useMeta();
  const columns: TableColumnsType<MemberSummary> = [
    {
      title: 'Họ và tên',
      dataIndex: 'full_name',
      key: 'full_name',
      fixed: 'left',
      width: 200,
      render: (name: string, m) => (
        <Link to={`/dang-vien/${m.id}`} className="member-link">
          {name}
        </Link>
      ),
    },
    { title: 'Giới tính', dataIndex: 'sex', key: 'sex', width: 85, render: sexLabel },
    { title: 'Ngày sinh', dataIndex: 'birth_date', key: 'birth_date', width: 110, render: formatDate },
    ...(showOrg
      ? [
          {
            title: 'Chi bộ',
            dataIndex: 'org_name',
            key: 'org_name',
            width: 240,
            ellipsis: true,
            render: (name: string, m: MemberSummary) => <Link to={`/to-chuc/${m.org_id}`}>{name}</Link>,
          },
        ]
      : []),
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (_: string, m: MemberSummary) => <MemberStatusTag status={m.status} label={m.status_label} />,
    },
    { title: 'Ngày vào Đảng', dataIndex: 'admitted_on', key: 'admitted_on', width: 125, render: formatDate },
    { title: 'Ngày chính thức', dataIndex: 'official_on', key: 'official_on', width: 130, render: formatDate },
    {
      title: 'Số thẻ',
      dataIndex: 'card_no',
      key: 'card_no',
      width: 120,
      render: (v: string) => v || <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: 'Dân tộc', dataIndex: 'ethnicity', key: 'ethnicity', width: 90 },
    {
      title: 'Lý luận chính trị',
      dataIndex: 'theory_level',
      key: 'theory_level',
      width: 130,
      render: (v: string) => theoryLevelLabel(meta, v),
    },
  ];
  return (
    <Table<MemberSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: showOrg ? 1340 : 1100 }}
      pagination={pagination}
      locale={{ emptyText: emptyText ?? 'Không có đảng viên nào' }}
    />
  );
}
