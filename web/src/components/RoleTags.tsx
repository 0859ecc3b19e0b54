import { Flex, Tag } from 'antd';
import type { RoleCode } from '../api/types';
import { ROLE_COLORS, roleLabel } from '../lib/roles';

export function RoleTags({ roles }: { roles: RoleCode[] }) {
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
