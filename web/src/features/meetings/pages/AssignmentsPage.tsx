// "Phân công dự sinh hoạt": which higher-level committee member attends which branch, and how
// many of the branch's meetings they actually attended.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, Form, Row, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { usePageParams } from '../../../shared/lib/paging';
import { formatNumber, formatPeriod, toIsoDate } from '../../../shared/lib/format';
import { endAssignment, listAssignments } from '../api';
import { AssignmentFormModal } from '../components/AssignmentFormModal';
import type { Assignment } from '../types';
import { validDateRule } from '../../../shared/lib/dates';

export default function AssignmentsPage() {
  const { user, can } = useAuth();
  const { message } = App.useApp();
  const { params, update } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const all = params.get('all') === '1';
  const list = useRemote((signal) => listAssignments(orgId, all, signal), `${orgId}:${all}`);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const [endForm] = Form.useForm<{ to_on: Dayjs | null }>();
  const canWrite = can('meeting.write');

  const columns: TableColumnsType<Assignment> = [
    { title: 'Chi bộ', dataIndex: 'org_name', key: 'org' },
    { title: 'Cấp ủy viên', key: 'member', render: (_, a) => `${a.member_name} (${a.member_org_name})` },
    { title: 'Thời gian', key: 'when', width: 210, render: (_, a) => formatPeriod(a.from_on, a.to_on) },
    { title: 'Đã dự', key: 'attended', width: 100, align: 'right', render: (_, a) => `${formatNumber(a.attended)}/${formatNumber(a.held)}` },
    ...(canWrite
      ? [
          {
            title: '',
            key: 'end',
            width: 110,
            render: (_: unknown, a: Assignment) =>
              !a.to_on && (
                <Button size="small" onClick={() => setEnding(a)}>
                  Kết thúc
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle
        title="Phân công dự sinh hoạt chi bộ"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Phân công
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={12}>
            <Form.Item label="Tổ chức đảng" layout="vertical">
              <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item>
              <Checkbox checked={all} onChange={(e) => update({ all: e.target.checked ? 1 : undefined })}>
                Cả phân công đã kết thúc
              </Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={list.data ? `${formatNumber(list.data.items.length)} phân công` : 'Phân công'}>
        <LoadError error={list.error} />
        <Table<Assignment>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          scroll={{ x: 760 }}
          locale={{ emptyText: 'Chưa có phân công nào' }}
        />
      </Card>
      <AssignmentFormModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          message.success('Đã phân công.');
          list.reload();
        }}
      />
      <FormModal<{ to_on: Dayjs | null }>
        open={!!ending}
        title="Kết thúc phân công"
        okText="Kết thúc"
        form={endForm}
        formName="end"
        initialValues={{ to_on: dayjs() }}
        fields={['to_on']}
        save={async (v) => {
          await endAssignment(ending!.org_id, ending!.id, toIsoDate(v.to_on));
          setEnding(null);
          list.reload();
        }}
        onClose={() => setEnding(null)}
      >
        <Form.Item name="to_on" label="Đến ngày" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }, validDateRule]}>
          <DateInput />
        </Form.Item>
      </FormModal>
    </>
  );
}
