// One class: its details, the learners with one-tap results (a phone in the classroom), the
// certificates (which fill the member's file or the candidate's admission file), and the
// class's own changes.
import { App, Breadcrumb, Button, Card, Descriptions, Form, Input, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../../shared/api/client';
import { useAuth } from '../../../shared/auth/useAuth';
import { FormModal } from '../../../shared/components/FormModal';
import { LoadError } from '../../../shared/components/LoadError';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber, formatPeriod } from '../../../shared/lib/format';
import { getClass, recordResult, removeLearner, voidCertificate, voidClass } from '../api';
import { AddLearnersModal } from '../components/AddLearnersModal';
import { CertificateModal } from '../components/CertificateModal';
import { ClassFormModal } from '../components/ClassFormModal';
import type { TrainingClass, TrainingLearner } from '../types';

type Dialog = '' | 'edit' | 'learners' | 'void' | 'void-certificate' | 'remove';

export default function TrainingClassPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remote = useRemote((signal) => getClass(id, signal), String(id));
  const [cls, setClass] = useState<TrainingClass | null>(null);
  const [dialog, setDialog] = useState<Dialog>('');
  const [certifying, setCertifying] = useState<TrainingLearner | null>(null);
  const [target, setTarget] = useState<TrainingLearner | null>(null);
  const [busy, setBusy] = useState(0);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const resultLabel = useLabel('training_result');
  const gradeLabel = useLabel('training_grade');
  useEffect(() => setClass(remote.data ?? null), [remote.data]);
  const canWrite = can('training.write');
  const ended = cls ? !dayjs(cls.ends_on).isAfter(dayjs(), 'day') : false;
  const reload = () => getClass(id).then(setClass, (e: unknown) => message.error(errorMessage(e)));

  const quick = async (l: TrainingLearner, result: 'completed' | 'not_completed') => {
    setBusy(l.id);
    try {
      await recordResult(id, l.id, { result });
      await reload();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(0);
    }
  };

  const resultCell = (l: TrainingLearner) => {
    if (l.result) {
      return (
        <Space wrap size={4}>
          <Tag color={l.result === 'completed' ? 'green' : 'red'}>{resultLabel(l.result)}</Tag>
          {l.grade && <Tag>{gradeLabel(l.grade)}</Tag>}
          {canWrite && l.result === 'completed' && !l.certificate_no && (
            <Button size="small" onClick={() => setCertifying(l)}>
              Cấp GCN
            </Button>
          )}
          {canWrite && (
            <Button
              size="small"
              type="link"
              danger
              onClick={() => {
                setTarget(l);
                setDialog('void-certificate');
              }}
            >
              Hủy kết quả
            </Button>
          )}
        </Space>
      );
    }
    if (!canWrite || !ended) return <Typography.Text type="secondary">Chưa có kết quả</Typography.Text>;
    return (
      <Space wrap size={4}>
        <Button size="small" type="primary" loading={busy === l.id} onClick={() => quick(l, 'completed')} aria-label={`Hoàn thành: ${l.full_name}`}>
          Hoàn thành
        </Button>
        <Button size="small" loading={busy === l.id} onClick={() => quick(l, 'not_completed')} aria-label={`Không hoàn thành: ${l.full_name}`}>
          Không đạt
        </Button>
        <Button size="small" onClick={() => setCertifying(l)}>
          Cấp GCN
        </Button>
      </Space>
    );
  };

  const columns: TableColumnsType<TrainingLearner> = [
    {
      title: 'Học viên',
      key: 'name',
      render: (_, l) => (
        <div>
          {l.member_id ? <Link to={`/dang-vien/${l.member_id}`}>{l.full_name}</Link> : <Link to={`/phat-trien/${l.candidate_id}`}>{l.full_name}</Link>}
          <div>
            <Typography.Text type="secondary">{l.org_name}</Typography.Text>
          </div>
        </div>
      ),
    },
    { title: 'Kết quả', key: 'result', render: (_, l) => resultCell(l) },
    {
      title: 'Giấy chứng nhận',
      key: 'certificate',
      responsive: ['md'],
      render: (_, l) => (l.certificate_no ? `${l.certificate_no} ngày ${formatDate(l.certificate_on)}` : '—'),
    },
    {
      title: '',
      key: 'remove',
      responsive: ['md'],
      render: (_, l) =>
        canWrite &&
        !l.certificate_no && (
          <Button
            size="small"
            type="link"
            danger
            onClick={() => {
              setTarget(l);
              setDialog('remove');
            }}
          >
            Bỏ khỏi lớp
          </Button>
        ),
    },
  ];

  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/dao-tao">Đào tạo, bồi dưỡng</Link> }, { title: cls ? cls.title : '…' }]} />
      <PageTitle
        title={cls ? cls.title : 'Lớp đào tạo, bồi dưỡng'}
        extra={
          canWrite &&
          cls && (
            <Space wrap>
              <Button type="primary" onClick={() => setDialog('learners')}>
                Thêm học viên
              </Button>
              <Button onClick={() => setDialog('edit')}>Sửa thông tin</Button>
              <Button danger onClick={() => setDialog('void')}>
                Hủy lớp (ghi nhầm)
              </Button>
            </Space>
          )
        }
      />
      <LoadError error={remote.error} />
      {cls && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="Loại lớp">{cls.kind_label}</Descriptions.Item>
              <Descriptions.Item label="Tổ chức mở lớp">{cls.org_name}</Descriptions.Item>
              <Descriptions.Item label="Thời gian">{formatPeriod(cls.starts_on, cls.ends_on)}</Descriptions.Item>
              <Descriptions.Item label="Địa điểm">{cls.place || '—'}</Descriptions.Item>
              <Descriptions.Item label="Học viên">
                {formatNumber(cls.learners)} người, {formatNumber(cls.completed)} hoàn thành, {formatNumber(cls.certified)} giấy chứng nhận
              </Descriptions.Item>
              {cls.note && <Descriptions.Item label="Ghi chú">{cls.note}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title="Học viên">
            {!ended && <Typography.Paragraph type="secondary">Lớp chưa bế giảng: ghi kết quả sau ngày {formatDate(cls.ends_on)}.</Typography.Paragraph>}
            <Table<TrainingLearner>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={cls.learner_list}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: 'Chưa có học viên' }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
            />
          </Card>
          <ClassFormModal
            open={dialog === 'edit'}
            editing={cls}
            onClose={() => setDialog('')}
            onSaved={(c) => {
              setClass(c);
              setDialog('');
              message.success('Đã lưu thông tin lớp.');
            }}
          />
          <AddLearnersModal
            open={dialog === 'learners'}
            cls={cls}
            onClose={() => setDialog('')}
            onSaved={(c) => {
              setClass(c);
              setDialog('');
              message.success('Đã thêm học viên.');
            }}
          />
          <CertificateModal
            cls={cls}
            learner={certifying}
            onClose={() => setCertifying(null)}
            onSaved={() => {
              setCertifying(null);
              message.success('Đã ghi giấy chứng nhận.');
              void reload();
            }}
          />
          <FormModal<{ reason: string }>
            open={dialog === 'void' || dialog === 'void-certificate' || dialog === 'remove'}
            title={dialog === 'void' ? 'Hủy lớp ghi nhầm' : dialog === 'remove' ? `Bỏ ${target?.full_name ?? ''} khỏi lớp` : `Hủy kết quả của ${target?.full_name ?? ''}`}
            okText={dialog === 'void' ? 'Hủy lớp' : dialog === 'remove' ? 'Bỏ khỏi lớp' : 'Hủy kết quả'}
            danger
            form={reasonForm}
            formName="training-reason"
            fields={['reason']}
            intro={dialog === 'void-certificate' ? 'Những gì giấy chứng nhận đã ghi vào hồ sơ (trình độ lý luận, quá trình đào tạo, hồ sơ kết nạp) được hoàn lại.' : undefined}
            afterClose={() => reasonForm.resetFields()}
            save={async (v) => {
              const reason = v.reason.trim();
              if (dialog === 'void') {
                await voidClass(cls.id, reason);
                message.success('Đã hủy lớp.');
                navigate('/dao-tao');
                return;
              }
              if (dialog === 'remove') await removeLearner(cls.id, target!.id, reason);
              else await voidCertificate(cls.id, target!.id, reason);
              setDialog('');
              message.success(dialog === 'remove' ? 'Đã bỏ học viên khỏi lớp.' : 'Đã hủy kết quả.');
              await reload();
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
