// The member a page is about: a short card of who they are, and the breadcrumb back to their file.
import { Breadcrumb, Card, Descriptions, type DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';
import type { Member } from '../types';
import { formatDate } from '../../../shared/lib/format';
import { MemberStatusTag } from './MemberStatusTag';

type Items = NonNullable<DescriptionsProps['items']>;

const cardAndOfficial = (m: Member): Items => [
  { key: 'official', label: 'Ngày chính thức', children: formatDate(m.official_on) || '—' },
  { key: 'card', label: 'Số thẻ', children: m.card_no || '—' },
];

/** A short card of the member an action is about; `more` replaces the last rows (ngày chính thức, số thẻ). */
export function MemberCard({ member: m, title = 'Đảng viên', more }: { member: Member; title?: string; more?: Items }) {
  return (
    <Card title={title} size="small" style={{ marginBottom: 16 }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: 'Họ và tên', children: <Link to={`/dang-vien/${m.id}`}>{m.full_name}</Link> },
          { key: 'status', label: 'Trạng thái', children: <MemberStatusTag status={m.status} label={m.status_label} /> },
          { key: 'org', label: 'Chi bộ', children: <Link to={`/to-chuc/${m.org_id}`}>{m.org_name}</Link> },
          { key: 'birth', label: 'Ngày sinh', children: formatDate(m.birth_date) || '—' },
          { key: 'admitted', label: 'Ngày vào Đảng', children: formatDate(m.admitted_on) || '—' },
          ...(more ?? cardAndOfficial(m)),
        ]}
      />
    </Card>
  );
}

/** "Đảng viên / <name> / <here>" over a page about one member (the name once it has loaded). */
export function MemberBreadcrumb({ member: m, here }: { member: Pick<Member, 'id' | 'full_name'> | undefined; here: string }) {
  return (
    <Breadcrumb
      className="page-breadcrumb"
      items={[
        { title: <Link to="/dang-vien">Đảng viên</Link> },
        { title: m ? <Link to={`/dang-vien/${m.id}`}>{m.full_name}</Link> : '…' },
        { title: here },
      ]}
    />
  );
}
