// The host-unit picker of org forms, with a dialog to add a missing unit to the catalogue.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../shared/api/client';
import { useAuth } from '../../../shared/auth/useAuth';
import { createHostUnit, listHostUnits } from '../api';
import type { HostUnit } from '../types';
import { useMeta } from '../../../shared/hooks/useMeta';
import { useRemote } from '../../../shared/hooks/useRemote';
import { matchesWords } from '../../../shared/lib/text';
import { FormModal } from '../../../shared/components/FormModal';

interface NewUnitValues {
  name: string;
  kind: string;
}

/** Adds a host unit to the catalogue (POST /api/host-units). */
function AddHostUnitModal({ open, onClose, onAdded }: { open: boolean; onClose: () => void; onAdded: (u: HostUnit) => void }) {
  const [form] = Form.useForm<NewUnitValues>();
  const { meta } = useMeta();

  return (
    <FormModal<NewUnitValues>
      open={open}
      title="Thêm cơ quan, đơn vị"
      okText="Thêm"
      width={480}
      form={form}
      formName="host_unit"
      fields={['name', 'kind']}
      save={async (v) => onAdded(await createHostUnit({ name: v.name.trim(), kind: v.kind }))}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="Tên cơ quan, đơn vị"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên cơ quan, đơn vị.' }]}
      >
        <Input placeholder="Ví dụ: Sở Tài chính" autoComplete="off" />
      </Form.Item>
      <Form.Item name="kind" label="Loại hình" rules={[{ required: true, message: 'Vui lòng chọn loại hình.' }]}>
        <Select
          options={(meta?.host_unit_kinds ?? []).map((k) => ({ value: k.code, label: k.label }))}
          placeholder="Chọn loại hình"
        />
      </Form.Item>
    </FormModal>
  );
}

interface Props {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  id?: string;
}

/** Picks the host unit (cơ quan, đơn vị, doanh nghiệp); a missing one can be added from the list. */
export function HostUnitSelect({ value, onChange, id }: Props) {
  const units = useRemote((signal) => listHostUnits(signal), 'host-units');
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState(false);
  // The catalogue is shared by every organization: only admins at the root add to it.
  const mayAdd = useAuth().can('global.write');

  return (
    <>
      <Select<number>
        id={id}
        value={value ?? undefined}
        onChange={(v) => onChange?.(v ?? undefined)}
        open={open}
        onOpenChange={setOpen}
        allowClear
        showSearch
        loading={units.loading}
        placeholder="Chọn cơ quan, đơn vị"
        options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name, kind: u.kind_label }))}
        optionRender={(o) => (
          <Space direction="vertical" size={0}>
            <span>{o.label}</span>
            <span className="option-note">{o.data.kind}</span>
          </Space>
        )}
        filterOption={(input, option) => matchesWords(String(option?.label ?? ''), input)}
        notFoundContent={units.error ? errorMessage(units.error) : 'Chưa có đơn vị nào'}
        popupRender={(menu) =>
          mayAdd ? (
          <>
            {menu}
            <Divider style={{ margin: '4px 0' }} />
            <Button
              type="text"
              block
              icon={<PlusOutlined />}
              onClick={() => {
                setOpen(false);
                setAdding(true);
              }}
              style={{ textAlign: 'start' }}
            >
              Thêm cơ quan, đơn vị mới
            </Button>
          </>
          ) : (
            menu
          )
        }
      />
      <AddHostUnitModal
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(u) => {
          setAdding(false);
          units.reload();
          onChange?.(u.id);
        }}
      />
    </>
  );
}
