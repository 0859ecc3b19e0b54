// One person's plan: post, term, decision, the theory level to reach, the training roadmap
// with each item's progress (read from the training records), removal by decision.
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Form, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../../shared/auth/useAuth';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useMeta, useVocabOptions } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, toIsoDate } from '../../../shared/lib/format';
import { addRoadmapItem, getPlan, removeFromPlan, voidPlan } from '../api';
import { ITEM_STATUS, PROGRESS } from '../lib';
import type { CadrePlan, RoadmapItem } from '../types';

interface RemoveValues {
  removed_on?: Dayjs | null;
  removed_decision_no?: string;
  reason?: string;
}
interface ItemValues {
  kind?: string;
  due_on?: Dayjs | null;
}

export default function CadrePlanPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remote = useRemote((signal) => getPlan(id, signal), String(id));
  const [plan, setPlan] = useState<CadrePlan | null>(null);
  const [dialog, setDialog] = useState<'' | 'remove' | 'item' | 'void'>('');
  const [removeForm] = Form.useForm<RemoveValues>();
  const [itemForm] = Form.useForm<ItemValues>();
  const [voidForm] = Form.useForm<{ reason: string }>();
  const kinds = useVocabOptions('training_kind');
  const { meta } = useMeta();
  const theory = (code: string) => meta?.theory_levels.find((t) => t.code === code)?.label ?? (code || 'Chưa có');
  useEffect(() => setPlan(remote.data ?? null), [remote.data]);
  const canWrite = can('cadre.write');
  const saved = (next: CadrePlan, text: string) => {
    setPlan(next);
    setDialog('');
    message.success(text);
  };

  const columns: TableColumnsType<RoadmapItem> = [
    { title: 'Nội dung', dataIndex: 'kind_label', key: 'kind' },
    { title: 'Hạn', dataIndex: 'due_on', key: 'due_on', width: 110, render: (d: string) => formatDate(d) },
    {
      title: 'Tiến độ',
      key: 'status',
      render: (_, i) => (
        <Space wrap size={4}>
          <Tag color={ITEM_STATUS[i.status]?.color}>{ITEM_STATUS[i.status]?.label}</Tag>
          {i.done_on && `${formatDate(i.done_on)}: ${i.class_title}`}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/quy-hoach">Quy hoạch cán bộ</Link> }, { title: plan ? plan.member_name : '…' }]} />
      <PageTitle
        title={plan ? `${plan.member_name}: quy hoạch ${plan.post_label.toLowerCase()}` : 'Quy hoạch cán bộ'}
        extra={
          canWrite &&
          plan &&
          !plan.removed_on && (
            <Space wrap>
              <Button onClick={() => setDialog('item')}>Thêm nội dung lộ trình</Button>
              <Button onClick={() => setDialog('remove')}>Đưa ra khỏi quy hoạch</Button>
              <Button danger onClick={() => setDialog('void')}>
                Hủy (ghi nhầm)
              </Button>
            </Space>
          )
        }
      />
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="Tài liệu mật." />
      <LoadError error={remote.error} />
      {plan && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="Đảng viên">
                <Link to={`/dang-vien/${plan.member_id}`}>{plan.member_name}</Link> — {plan.member_unit}
              </Descriptions.Item>
              <Descriptions.Item label="Chức danh">
                {plan.post_label}, {plan.org_name}
              </Descriptions.Item>
              <Descriptions.Item label="Nhiệm kỳ">{plan.term.replace('-', '–')}</Descriptions.Item>
              <Descriptions.Item label="Quyết định">
                {plan.added_decision_no} ngày {formatDate(plan.added_on)}
              </Descriptions.Item>
              <Descriptions.Item label="Lý luận chính trị">
                {theory(plan.theory_level)}
                {plan.target_theory && ` (cần đạt ${theory(plan.target_theory).toLowerCase()}${plan.theory_by ? ` trước ${formatDate(plan.theory_by)}` : ''})`}
                {plan.theory_status && (
                  <Tag style={{ marginLeft: 8 }} color={ITEM_STATUS[plan.theory_status]?.color}>
                    {ITEM_STATUS[plan.theory_status]?.label}
                  </Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="Tiến độ">
                {plan.removed_on ? (
                  `Đã đưa ra khỏi quy hoạch ngày ${formatDate(plan.removed_on)} (${plan.removed_decision_no})${plan.removed_reason ? `: ${plan.removed_reason}` : ''}`
                ) : (
                  <Tag color={PROGRESS[plan.progress]?.color}>{PROGRESS[plan.progress]?.label}</Tag>
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="Lộ trình đào tạo, bồi dưỡng">
            <Table<RoadmapItem> rowKey="id" size="small" columns={columns} dataSource={plan.roadmap} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: 'Chưa có nội dung' }} />
          </Card>
          <FormModal<RemoveValues>
            open={dialog === 'remove'}
            title="Đưa ra khỏi quy hoạch"
            okText="Ghi quyết định"
            form={removeForm}
            formName="cadre-remove"
            initialValues={{ removed_on: dayjs() }}
            fields={['removed_on', 'removed_decision_no', 'reason']}
            save={async (v) =>
              saved(
                await removeFromPlan(plan.id, { removed_on: toIsoDate(v.removed_on), removed_decision_no: v.removed_decision_no?.trim() ?? '', reason: v.reason?.trim() || undefined }),
                'Đã đưa ra khỏi quy hoạch.',
              )
            }
            onClose={() => setDialog('')}
          >
            <Form.Item name="removed_decision_no" label="Số quyết định" rules={[{ required: true, message: 'Vui lòng nhập số quyết định.' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="removed_on" label="Ngày quyết định" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="reason" label="Lý do">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </FormModal>
          <FormModal<ItemValues>
            open={dialog === 'item'}
            title="Thêm nội dung lộ trình"
            okText="Thêm"
            form={itemForm}
            formName="cadre-item"
            fields={['kind', 'due_on']}
            save={async (v) => saved(await addRoadmapItem(plan.id, { kind: v.kind!, due_on: toIsoDate(v.due_on) }), 'Đã thêm nội dung lộ trình.')}
            onClose={() => setDialog('')}
          >
            <Form.Item name="kind" label="Nội dung đào tạo" rules={[{ required: true, message: 'Vui lòng chọn loại lớp.' }]}>
              <Select options={kinds} />
            </Form.Item>
            <Form.Item name="due_on" label="Hạn hoàn thành" rules={[{ required: true, message: 'Vui lòng chọn hạn.' }]}>
              <DateInput anyDay />
            </Form.Item>
          </FormModal>
          <FormModal<{ reason: string }>
            open={dialog === 'void'}
            title="Hủy quy hoạch ghi nhầm"
            okText="Hủy"
            danger
            form={voidForm}
            formName="cadre-void"
            fields={['reason']}
            save={async (v) => {
              await voidPlan(plan.id, v.reason.trim());
              message.success('Đã hủy.');
              navigate('/quy-hoach');
            }}
            onClose={() => setDialog('')}
          >
            <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Vui lòng nhập lý do.' }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </FormModal>
        </>
      )}
    </>
  );
}
