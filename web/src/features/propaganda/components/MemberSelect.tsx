// A member of a subtree found by name (at least two letters typed).
import { Select } from 'antd';
import { useState } from 'react';
import { useRemote } from '../../../shared/hooks/useRemote';
import { searchMembers } from '../api';

export function MemberSelect({ orgId, value, onChange, id }: { orgId?: number; value?: number; onChange?: (v: number | undefined) => void; id?: string }) {
  const [q, setQ] = useState('');
  const people = useRemote(
    (signal) => (orgId && q.length >= 2 ? searchMembers(orgId, q, signal) : Promise.resolve({ items: [], total: 0 })),
    `propaganda-members:${orgId}:${q}`,
  );
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch
      allowClear
      filterOption={false}
      onSearch={setQ}
      loading={people.loading}
      aria-label="Tìm đảng viên"
      placeholder="Gõ tên để tìm"
      notFoundContent={q.length < 2 ? 'Gõ ít nhất 2 ký tự' : 'Không tìm thấy'}
      options={(people.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.full_name} — ${m.org_name}` }))}
    />
  );
}
