import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { createOrg } from '../api';
import type { Org, OrgKind } from '../../../shared/api/types';
import { childKinds } from '../../../shared/lib/orgs';
import { decisionBody, type DecisionValues } from '../../../shared/components/DecisionFields';
import { HostUnitSelect } from './HostUnitSelect';
import { OrgChangeModal } from './OrgChangeModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useLabel } from '../../../shared/hooks/useMeta';

interface Values {
  parent_id: number;
  kind: OrgKind;
  name: string;
  host_unit_id?: number;
}

interface Props {
  open: boolean;
  /** The current tree. */
  orgs: Org[];
  /** The parent to propose (the organization selected in the tree). */
  parentId?: number;
  onClose: () => void;
  onCreated: (org: Org) => void;
}

/** Thêm tổ chức: under a parent that may contain it, with its host unit and founding decision. */
export function AddOrgModal({ open, orgs, parentId, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values & DecisionValues>();
  const kindName = useLabel('org_kind');
  const chosenParent = Form.useWatch('parent_id', form);
  const parent = orgs.find((o) => o.id === chosenParent);
  const kinds = parent ? childKinds(parent.kind) : [];
  const proposed = orgs.find((o) => o.id === parentId && childKinds(o.kind).length > 0);

  // A kind that the new parent cannot hold is cleared.
  useEffect(() => {
    const kind = form.getFieldValue('kind') as OrgKind | undefined;
    if (kind && !kinds.includes(kind)) form.setFieldValue('kind', kinds.length === 1 ? kinds[0] : undefined);
  }, [chosenParent]);

  return (
    <OrgChangeModal<Values, Org>
      open={open}
      title="Thêm tổ chức đảng"
      okText="Thêm tổ chức"
      form={form}
      fields={['parent_id', 'kind', 'name', 'host_unit_id']}
      effectiveRequired={false}
      decisionTitle="Quyết định thành lập"
      effectiveLabel="Ngày thành lập"
      initialValues={{ parent_id: proposed?.id, kind: proposed && childKinds(proposed.kind).length === 1 ? childKinds(proposed.kind)[0] : undefined }}
      submit={(v) => {
        const decision = decisionBody(v);
        return createOrg({
          parent_id: v.parent_id,
          kind: v.kind,
          name: v.name.trim(),
          host_unit_id: v.host_unit_id,
          ...decision,
          effective_on: decision.effective_on || undefined,
        });
      }}
      onClose={onClose}
      onDone={onCreated}
    >
      <Form.Item name="parent_id" label="Tổ chức cấp trên" rules={[{ required: true, message: 'Vui lòng chọn tổ chức cấp trên.' }]}>
        <OrgTreeSelect
          orgs={orgs}
          selectable={(o) => !o.ended_on && childKinds(o.kind).length > 0}
          placeholder="Chọn tổ chức cấp trên"
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label="Loại tổ chức"
        rules={[{ required: true, message: 'Vui lòng chọn loại tổ chức.' }]}
        extra={parent ? undefined : 'Chọn tổ chức cấp trên trước.'}
      >
        <Select
          options={kinds.map((k) => ({ value: k, label: kindName(k) }))}
          placeholder="Chọn loại tổ chức"
          disabled={!parent}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label="Tên tổ chức"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên tổ chức.' },
          { max: 300, message: 'Tên tối đa 300 ký tự.' },
        ]}
      >
        <Input placeholder="Ví dụ: Chi bộ Sở Tư pháp" autoComplete="off" />
      </Form.Item>
      <Form.Item name="host_unit_id" label="Cơ quan, đơn vị chủ quản">
        <HostUnitSelect />
      </Form.Item>
    </OrgChangeModal>
  );
}
