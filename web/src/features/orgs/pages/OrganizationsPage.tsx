import { ApartmentOutlined, PlusOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Empty, Flex, Input, Row, Skeleton, Tag, Tree, type TreeDataNode, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { listOrgs } from '../../../shared/api/endpoints';
import type { Org } from '../../../shared/api/types';
import { useAuth } from '../../../shared/auth/useAuth';
import { PageTitle } from '../../../shared/components/PageTitle';
import { AddOrgModal } from '../components/AddOrgModal';
import { OrgKindTag } from '../components/OrgKindTag';
import { OrgStatsPanel } from '../components/OrgStatsPanel';
import { useRemote } from '../../../shared/hooks/useRemote';
import { DATE_FORMAT, formatDate, fromIsoDate, ISO_DATE, toIsoDate } from '../../../shared/lib/format';
import { buildOrgTree, type OrgTreeNode } from '../../../shared/lib/orgs';
import { usePageParams } from '../../../shared/lib/paging';
import { matchesWords } from '../../../shared/lib/text';
import { LoadError } from '../../../shared/components/LoadError';

interface Node extends TreeDataNode {
  key: number;
  org: Org;
  children: Node[];
}

/** The tree for antd, keeping only matches of `q` and their ancestors. */
function toNodes(nodes: OrgTreeNode[], q: string): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    const children = toNodes(n.children, q);
    if (!q || children.length > 0 || matchesWords(n.org.name, q)) {
      out.push({ key: n.org.id, title: n.org.name, org: n.org, children, isLeaf: n.children.length === 0 });
    }
  }
  return out;
}

function allKeys(nodes: Node[]): number[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children)]);
}

/** Keys of the first `depth` levels, to open by default. */
function topKeys(nodes: Node[], depth: number): number[] {
  if (depth <= 0) return [];
  return nodes.flatMap((n) => (n.children.length ? [n.key, ...topKeys(n.children, depth - 1)] : []));
}

function OrgTitle({ org, q }: { org: Org; q: string }) {
  const match = q && matchesWords(org.name, q);
  return (
    <Flex justify="space-between" align="center" gap={8} className="org-tree-title">
      <Typography.Text strong={!!match} delete={!!org.ended_on} className="org-tree-name">
        {org.name}
      </Typography.Text>
      <Flex gap={4} align="center" className="org-tree-tags">
        {org.ended_on && <Tag>Kết thúc {formatDate(org.ended_on)}</Tag>}
        <OrgKindTag kind={org.kind} short />
      </Flex>
    </Flex>
  );
}

export default function OrganizationsPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, update } = usePageParams();
  const at = params.get('at') ?? '';
  const ended = params.get('ended') === '1' && !at;
  const selectedParam = Number(params.get('org')) || undefined;
  const [adding, setAdding] = useState(false);
  // Filters as one types; diacritics and case are ignored.
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useRemote(
    (signal) => listOrgs({ at: at || undefined, include_ended: ended }, signal),
    JSON.stringify([at, ended]),
  );
  const orgs = data?.items ?? [];
  const tree = useMemo(() => toNodes(buildOrgTree(orgs), q.trim()), [orgs, q]);
  const [expanded, setExpanded] = useState<number[]>([]);

  useEffect(() => {
    setExpanded(q.trim() ? allKeys(tree) : topKeys(tree, 2));
  }, [tree]);

  const selected = orgs.find((o) => o.id === selectedParam) ?? orgs[0];
  const statsDate = at || dayjs().format(ISO_DATE);
  const canChange = can('org.write');

  return (
    <>
      <PageTitle
        title="Tổ chức đảng"
        extra={
          canChange && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={!!at || !data}>
              Thêm tổ chức
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14} xxl={15}>
          <Card>
            <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
              <Input
                value={q}
                onChange={(e) => setQ(e.target.value)}
                prefix={<SearchOutlined />}
                placeholder="Tìm tổ chức (không dấu cũng được)"
                aria-label="Tìm tổ chức"
                allowClear
                style={{ flex: '1 1 260px', maxWidth: 380 }}
              />
              <Flex align="center" gap={8}>
                <Typography.Text type="secondary">Xem theo ngày</Typography.Text>
                <DatePicker
                  aria-label="Xem theo ngày"
                  value={fromIsoDate(at)}
                  format={DATE_FORMAT}
                  placeholder="Hôm nay"
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  onChange={(d) => update({ at: toIsoDate(d) || undefined })}
                />
              </Flex>
              <Checkbox checked={ended} disabled={!!at} onChange={(e) => update({ ended: e.target.checked ? 1 : undefined })}>
                Hiện cả tổ chức đã kết thúc
              </Checkbox>
            </Flex>
            {at && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message={`Cây tổ chức như ngày ${formatDate(at)}: tên, loại và vị trí của từng tổ chức tại thời điểm đó.`}
                action={
                  <Button size="small" onClick={() => update({ at: undefined })}>
                    Về hôm nay
                  </Button>
                }
              />
            )}
            <LoadError error={error} />
            {!data && loading ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : tree.length === 0 ? (
              <Empty description={q ? `Không có tổ chức nào khớp “${q}”` : 'Chưa có tổ chức nào'} />
            ) : (
              <Tree<Node>
                className="org-tree"
                treeData={tree}
                showLine
                blockNode
                icon={<ApartmentOutlined />}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys as number[])}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => keys.length > 0 && update({ org: Number(keys[0]) })}
                onDoubleClick={(_e, node) => navigate(`/to-chuc/${node.key}`)}
                titleRender={(node) => <OrgTitle org={node.org} q={q.trim()} />}
              />
            )}
            {data && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
                Chọn một tổ chức để xem số liệu; nhấp đúp để mở trang của tổ chức.
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10} xxl={9}>
          {selected && (
            <div className="org-side">
              <OrgStatsPanel
                orgId={selected.id}
                date={statsDate}
                extra={
                  <Link to={`/to-chuc/${selected.id}`}>
                    Chi tiết <RightOutlined />
                  </Link>
                }
              />
            </div>
          )}
        </Col>
      </Row>
      {data && (
        <AddOrgModal
          open={adding}
          orgs={orgs.filter((o) => !o.ended_on)}
          parentId={selected?.id}
          onClose={() => setAdding(false)}
          onCreated={(org) => {
            setAdding(false);
            message.success(`Đã thêm “${org.name}”.`);
            reload();
            update({ org: org.id });
          }}
        />
      )}
    </>
  );
}
