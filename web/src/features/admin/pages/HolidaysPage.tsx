import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Descriptions, Flex, Popconfirm, Row, Skeleton, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../../shared/api/client';
import { deleteHoliday, getRules, listHolidays } from '../api';
import type { Holiday, HolidayKind, Rules } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { HolidayModal } from '../components/HolidayModal';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { useLabel } from '../../../shared/hooks/useMeta';
import { HOLIDAY_KIND_COLORS } from '../holidays';
import { DATE_FORMAT, formatDate, formatNumber, ISO_DATE } from '../../../shared/lib/format';
import { LoadError } from '../../../shared/components/LoadError';

/** "12 tháng", "18 tuổi (216 tháng)". */
function months(n: number): string {
  return `${formatNumber(n)} tháng`;
}

function age(nMonths: number): string {
  return nMonths % 12 === 0 ? `đủ ${formatNumber(nMonths / 12)} tuổi (${months(nMonths)})` : months(nMonths);
}

/** "Thứ hai", "Chủ nhật". */
function weekday(day: string): string {
  const name = dayjs(day).format('dddd');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function RulesBlock({ rules }: { rules: Rules }) {
  const wd = (n: number) => `${formatNumber(n)} ngày làm việc`;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      className="rules-block"
      items={[
        { key: 'source', label: 'Căn cứ', children: rules.source, span: 'filled' },
        { key: 'from', label: 'Áp dụng từ ngày', children: formatDate(rules.effective_from), span: 'filled' },
        { key: 'min', label: 'Tuổi tối thiểu khi chi bộ xét kết nạp', children: age(rules.min_admission_age_months) },
        { key: 'max', label: 'Tuổi tối đa khi chi bộ xét kết nạp', children: age(rules.max_admission_age_months) },
        { key: 'intro', label: 'Người giới thiệu cùng công tác ít nhất', children: months(rules.introducer_min_months_together) },
        { key: 'cert', label: 'Giấy chứng nhận bồi dưỡng có giá trị', children: months(rules.candidate_certificate_valid_months) },
        { key: 'decision', label: 'Hạn ra quyết định kết nạp (từ nghị quyết chi bộ)', children: wd(rules.decision_deadline_working_days) },
        { key: 'ceremony', label: 'Hạn tổ chức lễ kết nạp (từ quyết định)', children: wd(rules.ceremony_deadline_working_days) },
        { key: 'probation', label: 'Thời gian dự bị', children: months(rules.probation_months) },
        { key: 'recognition', label: 'Hạn xét công nhận chính thức (sau khi hết dự bị)', children: wd(rules.recognition_deadline_working_days) },
        { key: 'readmission', label: 'Kết nạp lại sau khi ra khỏi Đảng ít nhất', children: months(rules.readmission_min_months) },
      ]}
    />
  );
}

export default function HolidaysPage() {
  const { can } = useAuth();
  const kindName = useLabel('holiday_kind');
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const isAdmin = can('global.write');
  const year = Number(params.get('year')) || dayjs().year();
  const [at, setAt] = useState<Dayjs>(dayjs());
  const [editing, setEditing] = useState<Holiday | null | undefined>(undefined);
  const holidays = useRemote((signal) => listHolidays(year, signal), String(year));
  const atIso = at.format(ISO_DATE);
  const rules = useRemote((signal) => getRules(atIso, signal), atIso);

  const remove = async (h: Holiday) => {
    try {
      await deleteHoliday(h.day);
      message.success(`Đã xóa ngày nghỉ ${formatDate(h.day)}.`);
      holidays.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<Holiday> = [
    {
      title: 'Ngày',
      dataIndex: 'day',
      key: 'day',
      width: 170,
      render: (d: string) => (
        <Space size={6}>
          <span>{formatDate(d)}</span>
          <Typography.Text type="secondary">{weekday(d)}</Typography.Text>
        </Space>
      ),
    },
    { title: 'Tên ngày nghỉ', dataIndex: 'name', key: 'name' },
    {
      title: 'Loại',
      dataIndex: 'kind',
      key: 'kind',
      width: 170,
      render: (k: HolidayKind) => <Tag color={HOLIDAY_KIND_COLORS[k] ?? 'default'}>{kindName(k, 'Khác')}</Tag>,
    },
    {
      title: 'Nguồn',
      dataIndex: 'source',
      key: 'source',
      width: 200,
      render: (s: string, h) =>
        s === 'shipped' ? (
          <Typography.Text type="secondary">Bảng mặc định</Typography.Text>
        ) : (
          <span>Quản trị cập nhật{h.updated_by ? ` (${h.updated_by})` : ''}</span>
        ),
    },
    ...(isAdmin
      ? [
          {
            title: '',
            key: 'actions',
            width: 110,
            align: 'right' as const,
            render: (_: unknown, h: Holiday) => (
              <Space size={4}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={`Sửa ngày nghỉ ${formatDate(h.day)}`}
                  onClick={() => setEditing(h)}
                />
                <Popconfirm
                  title={`Xóa ngày nghỉ ${formatDate(h.day)}?`}
                  description={
                    h.kind === 'working_saturday'
                      ? 'Ngày này sẽ không còn là ngày làm bù.'
                      : 'Ngày này sẽ được tính là ngày làm việc khi tính thời hạn.'
                  }
                  okText="Xóa"
                  okButtonProps={{ danger: true }}
                  cancelText="Hủy"
                  onConfirm={() => remove(h)}
                >
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ngày nghỉ ${formatDate(h.day)}`} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle
        title="Ngày nghỉ lễ"
        extra={
          isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              Thêm ngày nghỉ
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary">
        Các thời hạn tính theo ngày làm việc (quyết định kết nạp, lễ kết nạp, xét công nhận chính thức) bỏ qua thứ Bảy,
        Chủ nhật và các ngày nghỉ dưới đây; ngày làm bù được tính là ngày làm việc.
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card
            title={`Ngày nghỉ năm ${year}`}
            extra={
              <DatePicker
                picker="year"
                value={dayjs(`${year}-01-01`)}
                allowClear={false}
                aria-label="Năm"
                onChange={(d) => d && setParams({ year: String(d.year()) }, { replace: true })}
              />
            }
          >
            <LoadError error={holidays.error} />
            <Table<Holiday>
              rowKey="day"
              size="middle"
              columns={columns}
              dataSource={holidays.data?.items ?? []}
              loading={holidays.loading}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: `Chưa có ngày nghỉ nào trong năm ${year}` }}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title="Quy định áp dụng"
            extra={
              <Flex align="center" gap={8}>
                <Typography.Text type="secondary">Tại ngày</Typography.Text>
                <DatePicker
                  format={DATE_FORMAT}
                  value={at}
                  allowClear={false}
                  aria-label="Quy định áp dụng tại ngày"
                  onChange={(d) => d && setAt(d)}
                />
              </Flex>
            }
          >
            <LoadError error={rules.error} gap={0} />
            {!rules.data && rules.loading && <Skeleton active />}
            {rules.data && <RulesBlock rules={rules.data} />}
          </Card>
        </Col>
      </Row>
      <HolidayModal
        editing={editing}
        year={year}
        onClose={() => setEditing(undefined)}
        onSaved={(h) => {
          setEditing(undefined);
          message.success(`Đã lưu ngày nghỉ ${formatDate(h.day)}.`);
          holidays.reload();
        }}
      />
    </>
  );
}
