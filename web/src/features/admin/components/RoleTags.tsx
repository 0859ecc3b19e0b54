import { Flex, Tag } from 'antd';
import type { RoleCode } from '../../../shared/api/types';
import { useLabel } from '../../../shared/hooks/useMeta';
import { ROLE_COLORS } from '../../../shared/lib/roles';

export function RoleTags({ roles }: { roles: RoleCode[] }) {
  const roleLabel = useLabel('role');
  return (
    <Flex wrap gap={4}>
      {roles.map((r) => (
        <Tag key={r} color={ROLE_COLORS[r]} style={{ marginInlineEnd: 0 }}>
          {roleLabel(r)}
        </Tag>
      ))}
    </Flex>
  );
}
