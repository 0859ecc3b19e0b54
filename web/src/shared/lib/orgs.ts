import type { Org, OrgKind } from '../api/types';
import type { Labeller } from '../hooks/useMeta';

/** Tag colours of the kinds, from the top of the tree down. */
export const ORG_KIND_COLORS: Record<OrgKind, string> = {
  superior_committee: 'red',
  grassroots_committee: 'volcano',
  grassroots_branch: 'gold',
  sub_committee: 'geekblue',
  branch: 'blue',
};

/** A kind's label made short for the tree, where space is tight: a long "Đảng bộ …" becomes "ĐB …". */
export function shortKindLabel(label: string): string {
  return label.length > 20 ? label.replace(/^Đảng bộ /, 'ĐB ') : label;
}

/** The kinds, from the top of the tree down. */
export const ORG_KINDS: readonly OrgKind[] = ['superior_committee', 'grassroots_committee', 'grassroots_branch', 'sub_committee', 'branch'];

/** Units where members are kept: chi bộ cơ sở and chi bộ trực thuộc. */
export function isBranchLike(kind: OrgKind): boolean {
  return kind === 'grassroots_branch' || kind === 'branch';
}

/** Which kinds may sit directly under a parent of kind `parent` (DOMAIN §2). */
export function childKinds(parent: OrgKind): OrgKind[] {
  switch (parent) {
    case 'superior_committee':
      return ['superior_committee', 'grassroots_committee', 'grassroots_branch'];
    case 'grassroots_committee':
      return ['sub_committee', 'branch'];
    case 'sub_committee':
      return ['branch'];
    default:
      return [];
  }
}

/** The kind of an organization in words: the server's kind_label, else the vocabulary's. */
export function kindLabel(org: Pick<Org, 'kind' | 'kind_label'>, label: Labeller): string {
  return org.kind_label || label(org.kind);
}

export interface OrgTreeNode {
  org: Org;
  children: OrgTreeNode[];
}

/** Nests the flat list by parent_id; an org whose parent is out of scope becomes a root. */
export function buildOrgTree(orgs: readonly Org[]): OrgTreeNode[] {
  const nodes = new Map<number, OrgTreeNode>(orgs.map((o) => [o.id, { org: o, children: [] }]));
  const roots: OrgTreeNode[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id)!;
    const parent = o.parent_id === null ? undefined : nodes.get(o.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of `id` and everything under it. */
export function subtreeIds(orgs: readonly Org[], id: number): Set<number> {
  const root = orgs.find((o) => o.id === id);
  if (!root) return new Set([id]);
  return new Set(orgs.filter((o) => o.path.startsWith(root.path)).map((o) => o.id));
}
