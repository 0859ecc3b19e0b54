import { Card, Col, Descriptions, Row, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { getOrgStats } from '../api';
import type { OrgKind } from '../../../shared/api/types';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { OrgKindTag } from './OrgKindTag';
import { LoadError } from '../../../shared/components/LoadError';

/** The units counted under an organization, in this order. */
const KIND_ROWS: readonly OrgKind[] = ['grassroots_branch', 'grassroots_committee', 'sub_committee', 'branch'];

/** The statuses counted in a unit. */
const STATUS_ROWS = ['official', 'probationary', 'exempt'] as const;

const MAIN = { color: '#b91c1c', fontWeight: 600 };

interface Props {
  orgId: number;
  /** YYYY-MM-DD */
  date: string;
  title?: ReactNode;
  extra?: ReactNode;
  bordered?: boolean;
}

/** Counts for the subtree of one organization as it was on a date: units by kind, members by status. */
export function OrgStatsPanel({ orgId, date, title, extra, bordered = true }: Props) {
  const { data, error, loading } = useRemote((signal) => getOrgStats(orgId, date, signal), `${orgId}@${date}`);
  const byStatus = data?.members_by_status ?? {};
  const kindName = useLabel('org_kind');
  const statusName = useLabel('member_status');
  return (
    <Card
      variant={bordered ? 'outlined' : 'borderless'}
      title={
        title ??
        (data ? (
          <div style={{ whiteSpace: 'normal', padding: '8px 0' }}>
            <div>{data.org.name}</div>
            <OrgKindTag kind={data.org.kind} />
          </div>
        ) : (
          'Số liệu'
        ))
      }
      extra={extra}
      className="org-stats"
    >
      <LoadError error={error} gap={0} />
      {!data && loading && <Skeleton active paragraph={{ rows: 4 }} />}
      {data && (
        <>
          <Typography.Text type="secondary">Số liệu tính đến ngày {formatDate(data.date)}</Typography.Text>
          <Row gutter={16} className="org-stats-main">
            <Col span={12}>
              <Statistic title="Tổ chức cơ sở đảng" value={data.grassroots} groupSeparator="." valueStyle={MAIN} />
            </Col>
            <Col span={12}>
              <Statistic title="Tổng số đảng viên" value={data.members} groupSeparator="." valueStyle={MAIN} />
            </Col>
          </Row>
          <Descriptions
            size="small"
            bordered
            column={1}
            title={<span className="org-stats-heading">Tổ chức đảng trực thuộc</span>}
            items={KIND_ROWS.map((k) => ({ key: k, label: kindName(k), children: formatNumber(data.orgs_by_kind[k] ?? 0) }))}
          />
          <Descriptions
            size="small"
            bordered
            column={1}
            title={<span className="org-stats-heading">Đảng viên</span>}
            style={{ marginTop: 16 }}
            items={[
              ...STATUS_ROWS.map((s) => ({ key: s, label: statusName(s), children: formatNumber(byStatus[s] ?? 0) })),
              { key: 'total', label: 'Tổng số', children: <strong>{formatNumber(data.members)}</strong> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
