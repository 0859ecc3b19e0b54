import { Tag } from 'antd';
import type { OrgKind } from '../../../shared/api/types';
import { useLabel } from '../../../shared/hooks/useMeta';
import { ORG_KIND_COLORS, shortKindLabel } from '../../../shared/lib/orgs';

/** The kind of an organization as a coloured tag; `short` for the tree. */
export function OrgKindTag({ kind, short }: { kind: OrgKind; short?: boolean }) {
  const label = useLabel('org_kind');
  return (
    <Tag color={ORG_KIND_COLORS[kind]} bordered={false} style={short ? { marginInlineEnd: 0 } : undefined}>
      {short ? shortKindLabel(label(kind)) : label(kind)}
    </Tag>
  );
}
