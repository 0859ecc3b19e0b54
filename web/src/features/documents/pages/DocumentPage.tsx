// One higher-level document seen from an organization: the coverage and a row per grassroots
// organization with its study session, action plan and thematic resolution; recording them.
import { App, Button, Card, Descriptions, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { LoadError } from '../../../shared/components/LoadError';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate } from '../../../shared/lib/format';
import { getDocument } from '../api';
import { ImplementationModal } from '../components/ImplementationModal';
import { share } from '../lib';
import type { Implementation } from '../types';

const dated = (on: string, no: string) => (on ? `${no ? `${no} — ` : ''}${formatDate(on)}` : '—');

export default function DocumentPage() {
  const id = Number(useParams().id);
  const [search] = useSearchParams();
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const orgId = Number(search.get('org')) || user?.org_id || 0;
  const remote = useRemote((signal) => getDocument(orgId, id, signal), `${orgId}:${id}`);
  const doc = remote.data;
  const [editing, setEditing] = useState<Implementation | null>(null);

  const columns: TableColumnsType<Implementation> = [
    { title: 'Tổ chức cơ sở đảng', dataIndex: 'org_name', key: 'org' },
    { title: 'Học tập, quán triệt', key: 'studied', render: (_, u) => dated(u.studied_on, '') },
    { title: 'Chương trình, kế hoạch', key: 'plan', responsive: ['sm'], render: (_, u) => dated(u.plan_on, u.plan_no) },
    { title: 'Nghị quyết chuyên đề', key: 'resolution', responsive: ['sm'], render: (_, u) => dated(u.resolution_on, u.resolution_no) },
  ];
  if (can('target.write')) {
    columns.push({
      title: '',
      key: 'edit',
      width: 60,
      render: (_, u) => (
        <Button size="small" type="link" aria-label={`Ghi: ${u.org_name}`} onClick={() => setEditing(u)}>
          Ghi
        </Button>
      ),
    });
  }

  return (
    <>
      <PageTitle title={doc ? `${doc.kind_label} số ${doc.number}` : 'Văn bản cấp trên'} />
      <LoadError error={remote.error} />
      {doc && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="Trích yếu">{doc.title}</Descriptions.Item>
              <Descriptions.Item label="Ban hành">
                {doc.issuer ? `${doc.issuer}, ` : ''}
                {formatDate(doc.issued_on)}
              </Descriptions.Item>
              <Descriptions.Item label="Học tập, quán triệt">{share(doc.studied, doc.units)}</Descriptions.Item>
              <Descriptions.Item label="Chương trình, kế hoạch">{share(doc.planned, doc.units)}</Descriptions.Item>
              <Descriptions.Item label="Nghị quyết chuyên đề">{share(doc.resolved, doc.units)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="Việc thực hiện của tổ chức cơ sở đảng">
            <Table<Implementation> rowKey="org_id" columns={columns} dataSource={doc.implementations} loading={remote.loading} scroll={{ x: 'max-content' }} pagination={{ pageSize: 50, hideOnSinglePage: true }} />
          </Card>
          <ImplementationModal
            doc={doc}
            unit={editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              message.success('Đã ghi.');
              remote.reload();
            }}
          />
        </>
      )}
    </>
  );
}
