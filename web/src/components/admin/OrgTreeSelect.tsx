import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { errorMessage } from '../../api/client';
import { listOrgs } from '../../api/endpoints';
import type { Org } from '../../api/types';
import { useRemote } from '../../hooks/useRemote';

interface OrgNode {
  value: number;
  title: string;
  children: OrgNode[];
}

/** Nests the flat list by parent_id; an org whose parent is out of scope becomes a root. */
function buildTree(orgs: Org[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>(orgs.map((o) => [o.id, { value: o.id, title: o.name, children: [] }]));
  const roots: OrgNode[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id)!;
    const parent = o.parent_id === null ? undefined : nodes.get(o.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

interface Props {
  value?: number;
  onChange?: (value: number) => void;
  id?: string;
}

/** Picks one organization from the tree the user may see (GET /api/orgs). */
export function OrgTreeSelect({ value, onChange, id }: Props) {
  const { data, error, loading } = useRemote((_signal) => listOrgs(), 'orgs');
  const tree = useMemo(() => buildTree(data?.items ?? []), [data]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={tree}
      loading={loading}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      placeholder="Chọn tổ chức đảng"
      notFoundContent={error ? errorMessage(error) : 'Không có tổ chức nào'}
      status={error ? 'error' : undefined}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
