import { Card, Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import { type Member, MemberStatusTag } from '../../members';
import { formatDate } from '../../../shared/lib/format';

/** A short card of the member an action is about. */
export function MemberCard({ member: m, title = 'Đảng viên' }: { member: Member; title?: string }) {
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
          { key: 'official', label: 'Ngày chính thức', children: formatDate(m.official_on) || '—' },
          { key: 'card', label: 'Số thẻ', children: m.card_no || '—' },
        ]}
      />
    </Card>
  );
}
