import { Card, Col, Descriptions, Row, Typography } from 'antd';
import type { AuditEntry } from '../types';
import { useLabel } from '../../../shared/hooks/useMeta';
import { prettyJson } from '../../../shared/lib/format';


function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const text = prettyJson(value);
  return (
    <Card size="small" title={title} className="json-card">
      {text ? <pre className="json-block">{text}</pre> : <Typography.Text type="secondary">Không có dữ liệu</Typography.Text>}
    </Card>
  );
}

/** The expanded part of an audit row: the request's context and the data before/after. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const via = useLabel('audit_via');
  return (
    <Row gutter={[16, 16]} className="audit-details">
      <Col span={24}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'id', label: 'Mã nhật ký', children: entry.id },
            { key: 'entity_id', label: 'Mã đối tượng', children: entry.entity_id ?? '—' },
            { key: 'via', label: 'Kênh', children: via(entry.via) },
            { key: 'addr', label: 'Địa chỉ máy', children: entry.client_addr || '—' },
            { key: 'detail', label: 'Ghi chú', children: entry.detail || '—', span: 'filled' },
          ]}
        />
      </Col>
      <Col xs={24} lg={12}>
        <JsonBlock title="Trước khi thay đổi" value={entry.before} />
      </Col>
      <Col xs={24} lg={12}>
        <JsonBlock title="Sau khi thay đổi" value={entry.after} />
      </Col>
    </Row>
  );
}
