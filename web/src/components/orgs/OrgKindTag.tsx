import { Tag } from 'antd';
import type { OrgKind } from '../../api/types';
import { ORG_KIND_COLORS, ORG_KIND_LABELS, ORG_KIND_SHORT } from '../../lib/orgs';

/** The kind of an organization as a coloured tag; `short` for the tree. */
export function OrgKindTag({ kind, short }: { kind: OrgKind; short?: boolean }) {
  return (
    <Tag color={ORG_KIND_COLORS[kind]} bordered={false} style={short ? { marginInlineEnd: 0 } : undefined}>
      {(short ? ORG_KIND_SHORT : ORG_KIND_LABELS)[kind] ?? kind}
    </Tag>
  );
}
