import { DownOutlined, EditOutlined, LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Avatar, Breadcrumb, Button, Card, Descriptions, type DescriptionsProps, Dropdown, Empty, Flex, Result, Skeleton, Table, type TableColumnsType, Tabs, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { getMember, getMemberTimeline } from '../api';
import type { Member, MemberEvent, MemberFieldName, SubRecord, SubRecordList } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { MemberStatusTag } from '../components/MemberStatusTag';
import { type Labeller, useLabel, useMeta } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatDateTime, formatPeriod } from '../../../shared/lib/format';
import { DATE_FIELDS, FIELD_LABELS, isSensitive, sexLabel, SUB_RECORDS, theoryLevelLabel } from '../lib';
import { LoadError } from '../../../shared/components/LoadError';
import { MemberBadges } from '../../badges';
import { MemberRatings } from '../../ratings';
import { PrintMenu, type PrintableDocument } from '../../../shared/components/PrintMenu';
import { MemberAccountButton } from '../../self';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const hidden = (
  <Typography.Text type="secondary">
    <LockOutlined /> Không có quyền xem
  </Typography.Text>
);

const GROUPS: { title: string; fields: MemberFieldName[] }[] = [
  {
    title: 'Thông tin cá nhân',
    fields: [
      'full_name',
      'other_name',
      'sex',
      'birth_date',
      'birth_place',
      'home_town',
      'residence',
      'ethnicity',
      'religion',
      'national_id',
      'occupation',
      'job_title',
      'income_note',
    ],
  },
  {
    title: 'Trình độ',
    fields: ['general_education', 'professional_level', 'theory_level', 'state_mgmt_level', 'foreign_language', 'it_level'],
  },
  {
    title: 'Thông tin Đảng',
    fields: ['admitted_on', 'admitting_org', 'introducers', 'official_on', 'card_no', 'card_issued_on', 'record_no', 'party_position'],
  },
];

function SubRecordTable({ records, list }: { records: SubRecord[]; list: SubRecordList }) {
  const spec = SUB_RECORDS.find((s) => s.list === list)!;
  const columns: TableColumnsType<SubRecord> = [
    { title: 'Thời gian', key: 'period', width: 230, render: (_, r) => formatPeriod(r.from_date, r.to_date) || dash },
    { title: spec.titleLabel, dataIndex: 'title', key: 'title' },
    { title: spec.detailLabel, dataIndex: 'detail', key: 'detail', render: (v: string) => v || dash },
  ];
  return (
    <Table<SubRecord>
      rowKey={(_, i) => String(i)}
      size="middle"
      columns={columns}
      dataSource={records}
      pagination={false}
      locale={{ emptyText: spec.empty }}
    />
  );
}

const EVENT_COLORS: Record<string, string> = {
  admitted: 'red',
  readmitted: 'red',
  recognized: 'green',
  recognition_refused: 'orange',
  card_issued: 'blue',
  unit_changed: 'gray',
  removed: 'gray',
  expelled: 'gray',
  left: 'gray',
  died: 'gray',
};

/** The dates and reasons an event's detail carries, as lines to show. */
function eventFacts(e: MemberEvent): string[] {
  const d = e.detail;
  if (!d || typeof d !== 'object') return [];
  const text = (k: string) => (typeof d[k] === 'string' && d[k] ? (d[k] as string) : '');
  const facts: string[] = [];
  if (text('ceremony_on')) facts.push(`Lễ kết nạp ngày ${formatDate(text('ceremony_on'))}`);
  if (text('resolution_on')) facts.push(`Nghị quyết chi bộ ngày ${formatDate(text('resolution_on'))}`);
  if (text('official_on')) facts.push(`Chính thức từ ngày ${formatDate(text('official_on'))}`);
  if (text('reason')) facts.push(`Lý do: ${text('reason')}`);
  return facts;
}

/** The event's name: the server's kind_label, else the vocabulary's. */
function eventLabel(e: MemberEvent, label: Labeller): string {
  return e.kind_label || label(e.kind, 'Sự kiện khác');
}

function MemberTimeline({ id }: { id: number }) {
  const kindName = useLabel('member_event_kind');
  const { data, error, loading } = useRemote((signal) => getMemberTimeline(id, signal), String(id));
  if (error) return <LoadError error={error} gap={0} />;
  if (!data && loading) return <Skeleton active />;
  const items = data?.items ?? [];
  if (items.length === 0) return <Empty description="Chưa có sự kiện nào" />;
  return (
    <Timeline
      mode="left"
      className="event-timeline"
      items={items.map((e: MemberEvent) => ({
        key: e.id,
        color: e.voided_at ? 'gray' : (EVENT_COLORS[e.kind] ?? 'blue'),
        label: formatDate(e.occurred_on),
        children: (
          <>
            <Typography.Text strong delete={!!e.voided_at}>
              {eventLabel(e, kindName)}
            </Typography.Text>
            {e.voided_at && <Tag style={{ marginInlineStart: 8 }}>Đã hủy {formatDate(e.voided_at)}</Tag>}
            {e.org_name && (
              <div>
                Đơn vị: {e.org_id ? <Link to={`/to-chuc/${e.org_id}`}>{e.org_name}</Link> : e.org_name}
              </div>
            )}
            {e.decision_no && <div>Quyết định số {e.decision_no}</div>}
            {eventFacts(e).map((f) => (
              <div key={f}>{f}</div>
            ))}
            <Typography.Text type="secondary" className="event-meta">
              Ghi nhận bởi {e.recorded_by}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}

/** The member's printable documents: the sheet always; the recognition decision for a
 * probationary member (a draft) or an official one. */
function memberDocuments(m: { id: number; status: string }): PrintableDocument[] {
  const docs: PrintableDocument[] = [
    { label: 'Phiếu đảng viên (mẫu 2-HSĐV)', path: `/api/members/${m.id}/print/phieu-dang-vien`, stem: `phieu-dang-vien-${m.id}` },
  ];
  if (m.status === 'probationary' || m.status === 'official') {
    docs.push({
      label: m.status === 'probationary' ? 'Dự thảo quyết định công nhận chính thức' : 'Quyết định công nhận chính thức',
      path: `/api/members/${m.id}/print/quyet-dinh-cong-nhan`,
      stem: `quyet-dinh-cong-nhan-${m.id}`,
    });
  }
  return docs;
}

export default function MemberPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { can } = useAuth();
  const { meta } = useMeta();
  const { data: m, error, loading } = useRemote((signal) => getMember(id, signal), String(id));
  const tab = params.get('tab') ?? 'ly-lich';
  const canEdit = can('member.write');
  const canLifecycle = can('lifecycle.write');

  const value = (member: Member, name: MemberFieldName): ReactNode => {
    if (member.masked && isSensitive(meta, name)) return hidden;
    const raw = member[name];
    if (!raw) return dash;
    if ((DATE_FIELDS as readonly string[]).includes(name)) return formatDate(raw);
    if (name === 'sex') return sexLabel(raw);
    if (name === 'theory_level') return theoryLevelLabel(meta, raw);
    return raw;
  };

  const profile = (member: Member) =>
    GROUPS.map((g) => {
      const items: DescriptionsProps['items'] = g.fields.map((f) => ({
        key: f,
        label: FIELD_LABELS[f],
        children: value(member, f),
        span: f === 'residence' || f === 'introducers' ? 2 : 1,
      }));
      if (g.title === 'Thông tin Đảng') {
        items.unshift({
          key: 'org',
          label: 'Chi bộ sinh hoạt',
          children: <Link to={`/to-chuc/${member.org_id}`}>{member.org_name}</Link>,
        });
        items.splice(1, 0, {
          key: 'status',
          label: 'Trạng thái',
          children: <MemberStatusTag status={member.status} label={member.status_label} />,
        });
      }
      return (
        <Descriptions
          key={g.title}
          title={g.title}
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={items}
          className="profile-group"
        />
      );
    });

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/dang-vien">Đảng viên</Link> }, { title: m?.full_name ?? '…' }]}
      />
      <LoadError error={error} />
      {!m && loading && <Skeleton active avatar paragraph={{ rows: 8 }} />}
      {m && (
        <>
          <Card className="profile-header">
            <Flex gap={20} align="center" wrap>
              <Avatar size={72} className="profile-avatar">
                {m.full_name.trim().split(/\s+/).pop()?.charAt(0) ?? '?'}
              </Avatar>
              <Flex vertical gap={4} style={{ flex: 1, minWidth: 240 }}>
                <Flex align="center" gap={12} wrap>
                  <Typography.Title level={3} style={{ margin: 0 }}>
                    {m.full_name}
                  </Typography.Title>
                  <MemberStatusTag status={m.status} label={m.status_label} />
                </Flex>
                <Typography.Text>
                  Chi bộ: <Link to={`/to-chuc/${m.org_id}`}>{m.org_name}</Link>
                </Typography.Text>
                <Typography.Text type="secondary">
                  {[
                    m.birth_date && `Sinh ngày ${formatDate(m.birth_date)}`,
                    m.admitted_on && `Vào Đảng ${formatDate(m.admitted_on)}`,
                    m.official_on && `Chính thức ${formatDate(m.official_on)}`,
                    m.card_no && `Thẻ số ${m.card_no}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
              <Flex gap={8} wrap>
                <PrintMenu documents={memberDocuments(m)} />
                {can('user.manage') && (m.status === 'official' || m.status === 'probationary' || m.status === 'exempt') && (
                  <MemberAccountButton member={m} />
                )}
                {(canEdit || canLifecycle) && (
                  <>
                  {canEdit && m.status === 'probationary' && (
                    <Button icon={<SafetyCertificateOutlined />} onClick={() => navigate(`/dang-vien/${m.id}/cong-nhan`)}>
                      Xét công nhận chính thức
                    </Button>
                  )}
                  <Dropdown
                    menu={{
                      items: [
                        ...(canLifecycle
                          ? [
                              { key: `/dang-vien/${m.id}/chuyen-sinh-hoat`, label: 'Chuyển sinh hoạt đảng' },
                              { key: `/dang-vien/${m.id}/su-kien`, label: 'Sự kiện đảng viên (thẻ, miễn, xóa tên…)' },
                            ]
                          : []),
                        { key: `/chuyen-sinh-hoat?member_id=${m.id}`, label: 'Các lần chuyển sinh hoạt' },
                      ],
                      onClick: ({ key }) => navigate(key),
                    }}
                  >
                    <Button>
                      Thao tác <DownOutlined />
                    </Button>
                  </Dropdown>
                  {canEdit && (
                    <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/dang-vien/${m.id}/sua`)}>
                      Sửa
                    </Button>
                  )}
                  </>
                )}
              </Flex>
            </Flex>
          </Card>
          <Card>
            <Tabs
              activeKey={tab}
              onChange={(key) => setParams({ tab: key }, { replace: true })}
              items={[
                {
                  key: 'ly-lich',
                  label: 'Lý lịch',
                  children: <Flex vertical gap={24}>{profile(m)}</Flex>,
                },
                ...SUB_RECORDS.map((s) => ({
                  key: s.list,
                  label: s.title,
                  children:
                    s.list === 'family' && m.masked ? (
                      <Result
                        icon={<LockOutlined />}
                        title="Không có quyền xem"
                        subTitle="Thông tin gia đình chỉ hiển thị với cán bộ tổ chức, cán bộ kiểm tra và quản trị hệ thống."
                      />
                    ) : (
                      <SubRecordTable records={m[s.list]} list={s.list} />
                    ),
                })),
                { key: 'dong-thoi-gian', label: 'Dòng thời gian', children: <MemberTimeline id={m.id} /> },
                { key: 'xep-loai', label: 'Xếp loại', children: <MemberRatings memberId={m.id} /> },
                { key: 'huy-hieu', label: 'Huy hiệu Đảng', children: <MemberBadges memberId={m.id} /> },
              ]}
            />
            <Typography.Text type="secondary" className="record-stamp">
              Cập nhật lần cuối {formatDateTime(m.updated_at)} · Tạo lúc {formatDateTime(m.created_at)}
            </Typography.Text>
          </Card>
        </>
      )}
    </>
  );
}
