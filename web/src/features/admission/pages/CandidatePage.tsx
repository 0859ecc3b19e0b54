import { CheckCircleOutlined, LockOutlined, StopOutlined, UserOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Skeleton,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import type { DescriptionsProps, StepsProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { LoadError } from '../../../shared/components/LoadError';
import { getCandidate } from '../api';
import type { Candidate, CandidateStepResult, RuleWarning } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { CandidateStatusTag } from '../components/CandidateStatusTag';
import { CloseCandidateModal } from '../components/CloseCandidateModal';
import { StepForm } from '../components/StepForm';
import { useRemote } from '../../../shared/hooks/useRemote';
import { availableSteps, currentStep, isOpen, isStepDone, STEPS, type ProcedureStep, type StepInfo } from '../lib';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { sexLabel } from '../../members';
import { PrintMenu } from '../../../shared/components/PrintMenu';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** What a recorded step says under its title in the Steps bar. */
function stepDescription(c: Candidate, s: StepInfo): ReactNode {
  if (!isStepDone(c, s)) {
    const skipped = STEPS.slice(STEPS.indexOf(s) + 1).some((later) => isStepDone(c, later));
    return skipped ? 'Không ghi nhận' : null;
  }
  switch (s.step) {
    case 'class':
      return (
        <>
          {formatDate(c.class_completed_on)}
          <br />
          GCN số {c.class_certificate_no}
        </>
      );
    case 'introducers':
      return (
        <>
          {c.introducer1_name}
          <br />
          {c.introducer2_name}
        </>
      );
    case 'vote':
      return (
        <>
          {formatDate(c.branch_vote_on)}
          <br />
          {formatNumber(c.votes_for)}/{formatNumber(c.votes_total)} tán thành
        </>
      );
    case 'decision':
      return (
        <>
          {formatDate(c.decision_on)}
          <br />
          Số {c.decision_no}
        </>
      );
    default:
      return formatDate(s.doneOn(c));
  }
}

interface Deadline {
  key: string;
  label: string;
  on: string;
  /** The step the deadline is for has been done. */
  met: boolean;
}

function deadlines(c: Candidate): Deadline[] {
  const all: Deadline[] = [
    {
      key: 'certificate',
      label: 'Giấy chứng nhận bồi dưỡng có giá trị đến',
      on: c.certificate_valid_until,
      met: !!c.branch_vote_on,
    },
    { key: 'decision', label: 'Hạn ra quyết định kết nạp', on: c.decision_deadline, met: !!c.decision_on },
    { key: 'ceremony', label: 'Hạn tổ chức lễ kết nạp', on: c.ceremony_deadline, met: !!c.ceremony_on },
  ];
  return all.filter((d) => d.on);
}

function DeadlineValue({ d, open }: { d: Deadline; open: boolean }) {
  const late = open && !d.met && dayjs(d.on).isBefore(dayjs(), 'day');
  const days = dayjs(d.on).diff(dayjs().startOf('day'), 'day');
  return (
    <Space size={8} wrap>
      <Typography.Text strong type={late ? 'danger' : undefined}>
        {formatDate(d.on)}
      </Typography.Text>
      {late && <Tag color="red">Quá hạn</Tag>}
      {open && !d.met && !late && days <= 30 && <Tag color="orange">Còn {formatNumber(days)} ngày</Tag>}
    </Space>
  );
}

function personal(c: Candidate): DescriptionsProps['items'] {
  const v = (x: string) => x || dash;
  return [
    { key: 'sex', label: 'Giới tính', children: sexLabel(c.sex) },
    { key: 'birth', label: 'Ngày sinh', children: formatDate(c.birth_date) },
    {
      key: 'cccd',
      label: 'Số CCCD',
      children: c.masked ? (
        <Typography.Text type="secondary">
          <LockOutlined /> Không có quyền xem
        </Typography.Text>
      ) : (
        v(c.national_id)
      ),
    },
    { key: 'eth', label: 'Dân tộc', children: v(c.ethnicity) },
    { key: 'rel', label: 'Tôn giáo', children: v(c.religion) },
    { key: 'edu', label: 'Giáo dục phổ thông', children: v(c.general_education) },
    { key: 'occ', label: 'Nghề nghiệp', children: v(c.occupation) },
    { key: 'job', label: 'Chức vụ', children: v(c.job_title) },
    { key: 'home', label: 'Quê quán', children: v(c.home_town) },
    { key: 'res', label: 'Nơi cư trú', children: v(c.residence) },
    { key: 'id', label: 'Ngày xác định là quần chúng ưu tú', children: formatDate(c.identified_on) },
    ...(c.note ? [{ key: 'note', label: 'Ghi chú', children: c.note }] : []),
  ];
}

export default function CandidatePage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const { message } = App.useApp();
  const remote = useRemote((signal) => getCandidate(id, signal), String(id));
  const [candidate, setCandidate] = useState<Candidate | undefined>(undefined);
  const [selected, setSelected] = useState<ProcedureStep | null>(null);
  const [warnings, setWarnings] = useState<RuleWarning[]>([]);
  const [closing, setClosing] = useState<'refuse' | 'withdraw' | null>(null);
  const canEdit = can('member.write');

  useEffect(() => {
    if (remote.data) setCandidate(remote.data);
  }, [remote.data]);

  const c = candidate?.id === id ? candidate : undefined;

  const recorded = (result: CandidateStepResult, done: string) => {
    setCandidate(result.candidate);
    setSelected(null);
    setWarnings(result.warnings);
    if (result.warnings.length > 0) message.warning(`${done} Có ${result.warnings.length} điểm cần lưu ý.`);
    else message.success(done);
  };

  if (remote.error && !c) {
    return (
      <>
        <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to="/phat-trien">Phát triển đảng viên</Link> }]} />
        <LoadError error={remote.error} gap={0} />
      </>
    );
  }
  if (!c) return <Skeleton active paragraph={{ rows: 10 }} />;

  const open = isOpen(c);
  const available = availableSteps(c);
  const current = currentStep(c);
  const active: StepInfo | undefined = (selected && available.find((s) => s.step === selected)) || current;
  const activeIndex = active ? STEPS.indexOf(active) : STEPS.findIndex((s) => !isStepDone(c, s));
  const ended = c.status === 'refused' || c.status === 'withdrawn';

  const items: StepsProps['items'] = STEPS.map((s, i) => {
    const done = isStepDone(c, s);
    const status: 'finish' | 'process' | 'wait' | 'error' =
      open && active?.step === s.step ? 'process' : done ? 'finish' : ended && i === activeIndex ? 'error' : 'wait';
    return {
      key: s.step,
      title: s.title,
      status,
      description: stepDescription(c, s),
      disabled: !canEdit || !available.includes(s),
    };
  });

  const dl = deadlines(c);

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/phat-trien">Phát triển đảng viên</Link> }, { title: c.full_name }]}
      />
      <Card className="profile-header">
        <Flex gap={16} align="center" justify="space-between" wrap>
          <Flex vertical gap={4}>
            <Flex align="center" gap={12} wrap>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {c.full_name}
              </Typography.Title>
              <CandidateStatusTag status={c.status} />
            </Flex>
            <Typography.Text>
              Quần chúng ưu tú · Chi bộ: <Link to={`/to-chuc/${c.org_id}`}>{c.org_name}</Link>
            </Typography.Text>
            <Typography.Text type="secondary">
              Sinh ngày {formatDate(c.birth_date)} · Xác định ngày {formatDate(c.identified_on)}
            </Typography.Text>
          </Flex>
          <Space wrap>
            {c.branch_vote_on && c.status !== 'refused' && c.status !== 'withdrawn' && (
              <PrintMenu
                documents={[{ label: 'Dự thảo quyết định kết nạp', path: `/api/candidates/${c.id}/print/quyet-dinh-ket-nap`, stem: `quyet-dinh-ket-nap-${c.id}` }]}
              />
            )}
            {c.member_id && (
              <Link to={`/dang-vien/${c.member_id}`}>
                <Button type="primary" icon={<UserOutlined />}>
                  Xem hồ sơ đảng viên
                </Button>
              </Link>
            )}
            {open && canEdit && (
              <>
                <Button icon={<StopOutlined />} onClick={() => setClosing('withdraw')}>
                  Rút hồ sơ
                </Button>
                <Button danger onClick={() => setClosing('refuse')}>
                  Không kết nạp
                </Button>
              </>
            )}
          </Space>
        </Flex>
      </Card>

      <Card title="Quy trình kết nạp" style={{ marginBottom: 16 }}>
        <Steps
          className="admission-steps"
          size="small"
          labelPlacement="vertical"
          current={Math.max(0, activeIndex)}
          items={items}
          onChange={(i) => {
            const s = STEPS[i];
            if (s && available.includes(s)) setSelected(s.step);
          }}
        />
      </Card>

      <Row gutter={16}>
        <Col xs={24} xl={16}>
          {warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              closable
              onClose={() => setWarnings([])}
              message="Đã ghi nhận, nhưng cần lưu ý"
              description={
                warnings.length === 1 ? (
                  warnings[0]!.message
                ) : (
                  <ul className="warning-list">
                    {warnings.map((w) => (
                      <li key={w.code}>{w.message}</li>
                    ))}
                  </ul>
                )
              }
              style={{ marginBottom: 16 }}
            />
          )}
          {c.age_notice && (
            <Alert type="warning" showIcon message="Lưu ý về tuổi vào Đảng" description={c.age_notice} style={{ marginBottom: 16 }} />
          )}
          {c.status === 'admitted' && (
            <Alert
              type="success"
              showIcon
              icon={<CheckCircleOutlined />}
              message={`Đã kết nạp vào Đảng: lễ kết nạp ngày ${formatDate(c.ceremony_on)}`}
              description="Đảng viên dự bị đã có hồ sơ trong danh sách đảng viên; thời gian dự bị 12 tháng tính từ ngày lễ kết nạp."
              action={
                c.member_id ? (
                  <Link to={`/dang-vien/${c.member_id}`}>Xem hồ sơ đảng viên</Link>
                ) : undefined
              }
              style={{ marginBottom: 16 }}
            />
          )}
          {ended && (
            <Alert
              type={c.status === 'refused' ? 'error' : 'info'}
              showIcon
              message={c.status === 'refused' ? 'Hồ sơ kết thúc: không kết nạp.' : 'Hồ sơ kết thúc: đã rút hồ sơ.'}
              style={{ marginBottom: 16 }}
            />
          )}
          {open && active && (
            <Card title={active.action} className="step-card" style={{ marginBottom: 16 }}>
              {canEdit ? (
                <StepForm
                  key={`${active.step}:${c.version}`}
                  candidate={c}
                  step={active}
                  onRecorded={(r) => recorded(r, `Đã ghi nhận: ${active.title.toLowerCase()}.`)}
                  onReload={() => {
                    setSelected(null);
                    remote.reload();
                  }}
                />
              ) : (
                <Empty description="Bí thư chi bộ hoặc cán bộ tổ chức ghi nhận bước này." />
              )}
              {canEdit && available.length > 1 && (
                <Typography.Paragraph type="secondary" className="step-hint">
                  Có thể chọn bước khác trên thanh quy trình:{' '}
                  {available
                    .filter((s) => s !== active)
                    .map((s) => s.title.toLowerCase())
                    .join(', ')}
                  .
                </Typography.Paragraph>
              )}
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Card title="Thời hạn" size="small" style={{ marginBottom: 16 }}>
            {dl.length === 0 ? (
              <Typography.Text type="secondary">Chưa có thời hạn nào đang tính.</Typography.Text>
            ) : (
              <Descriptions
                column={1}
                size="small"
                layout="vertical"
                className="deadline-list"
                items={dl.map((d) => ({ key: d.key, label: d.label, children: <DeadlineValue d={d} open={open} /> }))}
              />
            )}
          </Card>
          <Card title="Thông tin quần chúng" size="small">
            <Descriptions column={1} size="small" items={personal(c)} className="candidate-info" />
          </Card>
        </Col>
      </Row>

      <CloseCandidateModal
        candidate={c}
        kind={closing}
        onClose={() => setClosing(null)}
        onDone={(r) => {
          setClosing(null);
          recorded(r, r.candidate.status === 'refused' ? 'Đã ghi nhận không kết nạp.' : 'Đã ghi nhận rút hồ sơ.');
        }}
      />
    </>
  );
}
