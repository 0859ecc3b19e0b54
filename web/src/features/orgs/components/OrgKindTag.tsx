import { Tag } from 'antd';
import type { OrgKind } from '../../../shared/api/types';
import { useLabel } from '../../../shared/hooks/useMeta';
import { ORG_KIND_COLORS, ORG_KIND_SHORT } from '../../../shared/lib/orgs';

/** The kind of an organization as a coloured tag; `short` for the tree. */
export function OrgKindTag({ kind, short }: { kind: OrgKind; short?: boolean }) {
  const label = useLabel('org_kind');
  return (
    <Tag color={ORG_KIND_COLORS[kind]} bordered={false} style={short ? { marginInlineEnd: 0 } : undefined}>
      {short ? (ORG_KIND_SHORT[kind] ?? kind) : label(kind)}
    </Tag>
  );
}
