import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { errorMessage } from '../api/client';
import { listOrgs } from '../api/endpoints';
import type { Org } from '../api/types';
import { useRemote } from '../hooks/useRemote';
import { buildOrgTree, isBranchLike, type OrgTreeNode } from '../lib/orgs';
import { matchesWords } from '../lib/text';

interface SelectNode {
  value: number;
  title: string;
  disabled: boolean;
  children: SelectNode[];
}

function toSelectNodes(nodes: OrgTreeNode[], selectable: (o: Org) => boolean): SelectNode[] {
  return nodes.map((n) => ({
    value: n.org.id,
    title: n.org.name,
    disabled: !selectable(n.org),
    children: toSelectNodes(n.children, selectable),
  }));
}

interface Props {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  id?: string;
  /** Only chi bộ cơ sở / chi bộ trực thuộc may be picked (where members are kept). */
  branchOnly?: boolean;
  /** Organizations that may not be picked (others are shown for the structure). */
  disabledIds?: ReadonlySet<number>;
  /** Further limit on what may be picked. */
  selectable?: (org: Org) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  /** The list to pick from; loaded from GET /api/orgs when not given. */
  orgs?: Org[];
  /** The accessible name when no form label points at the field. */
  'aria-label'?: string;
}

/** Picks one organization from the tree the user may see; search ignores diacritics. */
export function OrgTreeSelect({
  value,
  onChange,
  id,
  branchOnly,
  disabledIds,
  selectable,
  placeholder,
  allowClear,
  disabled,
  orgs,
  'aria-label': ariaLabel,
}: Props) {
  const remote = useRemote((signal) => (orgs ? Promise.resolve({ items: orgs }) : listOrgs({}, signal)), orgs ? `given:${orgs.length}` : 'orgs');
  const list = orgs ?? remote.data?.items;
  const tree = useMemo(
    () =>
      toSelectNodes(
        buildOrgTree(list ?? []),
        (o) => (!branchOnly || isBranchLike(o.kind)) && !disabledIds?.has(o.id) && (!selectable || selectable(o)),
      ),
    [list, branchOnly, disabledIds, selectable],
  );
  return (
    <TreeSelect<number>
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={tree}
      loading={!orgs && remote.loading}
      disabled={disabled}
      showSearch
      filterTreeNode={(input, node) => matchesWords(String(node.title ?? ''), input)}
      treeDefaultExpandAll
      allowClear={allowClear}
      placeholder={placeholder ?? (branchOnly ? 'Chọn chi bộ' : 'Chọn tổ chức đảng')}
      notFoundContent={remote.error ? errorMessage(remote.error) : 'Không có tổ chức nào'}
      status={remote.error ? 'error' : undefined}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
