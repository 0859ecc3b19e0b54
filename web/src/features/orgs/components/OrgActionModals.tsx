// The modals that change one organization: rename, move, upgrade, merge, dissolve
// (split has its own file). Each records the decision and shows the server's errors inline.
import { Alert, Form, Input, Typography } from 'antd';
import { useMemo } from 'react';
import { dissolveOrg, mergeOrg, moveOrg, renameOrg, upgradeOrg } from '../api';
import type { Org } from '../../../shared/api/types';
import type { OrgDetail } from '../types';
import { formatNumber } from '../../../shared/lib/format';
import { childKinds, isBranchLike, kindLabel, subtreeIds } from '../../../shared/lib/orgs';
import { decisionBody, type DecisionValues } from '../../../shared/components/DecisionFields';
import { OrgChangeModal } from './OrgChangeModal';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { useLabel } from '../../../shared/hooks/useMeta';

export interface OrgActionProps {
  org: OrgDetail;
  /** The current tree (for picking other organizations). */
  orgs: Org[];
  open: boolean;
  onClose: () => void;
  /** After success, with the message to show. */
  onDone: (message: string) => void;
}

const nameRules = [
  { required: true, whitespace: true, message: 'Vui lòng nhập tên.' },
  { max: 300, message: 'Tên tối đa 300 ký tự.' },
];

export function RenameOrgModal({ org, open, onClose, onDone }: OrgActionProps) {
  const [form] = Form.useForm<{ name: string } & DecisionValues>();
  return (
    <OrgChangeModal
      open={open}
      title="Đổi tên tổ chức"
      okText="Đổi tên"
      form={form}
      fields={['name']}
      initialValues={{ name: org.name }}
      check={(v) => (v.name.trim() === org.name ? 'Tên mới trùng với tên hiện tại.' : null)}
      submit={(v) => renameOrg(org.id, { name: v.name.trim(), ...decisionBody(v) })}
      onClose={onClose}
      onDone={() => onDone('Đã đổi tên tổ chức.')}
    >
      <Form.Item name="name" label="Tên mới" rules={nameRules}>
        <Input autoComplete="off" />
      </Form.Item>
    </OrgChangeModal>
  );
}

export function MoveOrgModal({ org, orgs, open, onClose, onDone }: OrgActionProps) {
  const [form] = Form.useForm<{ parent_id: number } & DecisionValues>();
  const kindName = useLabel('org_kind');
  const own = useMemo(() => subtreeIds(orgs, org.id), [orgs, org.id]);
  // Not itself, its own units, or the parent it already has.
  const excluded = useMemo(() => {
    const ids = new Set<number>(own);
    if (org.parent_id !== null) ids.add(org.parent_id);
    return ids;
  }, [own, org.parent_id]);
  return (
    <OrgChangeModal
      open={open}
      title="Chuyển sang tổ chức cấp trên khác"
      okText="Chuyển"
      form={form}
      fields={['parent_id']}
      submit={(v) => moveOrg(org.id, { parent_id: v.parent_id, ...decisionBody(v) })}
      onClose={onClose}
      onDone={() => onDone('Đã chuyển tổ chức sang cấp trên mới.')}
      intro={
        <Typography.Paragraph type="secondary">
          “{org.name}” cùng toàn bộ đơn vị trực thuộc và đảng viên sẽ chuyển sang tổ chức cấp trên mới từ ngày hiệu lực.
        </Typography.Paragraph>
      }
    >
      <Form.Item
        name="parent_id"
        label="Tổ chức cấp trên mới"
        rules={[{ required: true, message: 'Vui lòng chọn tổ chức cấp trên.' }]}
        extra={`Chỉ chọn được tổ chức có thể chứa ${kindLabel(org, kindName).toLowerCase()}.`}
      >
        <OrgTreeSelect
          orgs={orgs}
          disabledIds={excluded}
          selectable={(o) => childKinds(o.kind).includes(org.kind)}
          placeholder="Chọn tổ chức cấp trên"
        />
      </Form.Item>
    </OrgChangeModal>
  );
}

export function UpgradeOrgModal({ org, open, onClose, onDone }: OrgActionProps) {
  const [form] = Form.useForm<{ first_branch_name: string } & DecisionValues>();
  return (
    <OrgChangeModal
      open={open}
      title="Nâng cấp thành đảng bộ cơ sở"
      okText="Nâng cấp"
      form={form}
      fields={['first_branch_name']}
      submit={(v) => upgradeOrg(org.id, { first_branch_name: v.first_branch_name.trim(), ...decisionBody(v) })}
      onClose={onClose}
      onDone={() => onDone('Đã nâng cấp chi bộ cơ sở thành đảng bộ cơ sở.')}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`“${org.name}” sẽ trở thành đảng bộ cơ sở. ${formatNumber(org.member_count)} đảng viên hiện có chuyển sang chi bộ trực thuộc mới dưới đây; lịch sử sinh hoạt được giữ nguyên.`}
        />
      }
    >
      <Form.Item name="first_branch_name" label="Tên chi bộ trực thuộc đầu tiên" rules={nameRules}>
        <Input placeholder="Ví dụ: Chi bộ Văn phòng" autoComplete="off" />
      </Form.Item>
    </OrgChangeModal>
  );
}

export function MergeOrgModal({ org, orgs, open, onClose, onDone }: OrgActionProps) {
  const [form] = Form.useForm<{ target_id: number; target_branch_id?: number } & DecisionValues>();
  const own = useMemo(() => subtreeIds(orgs, org.id), [orgs, org.id]);
  const targetId = Form.useWatch('target_id', form);
  const target = orgs.find((o) => o.id === targetId);
  // Members of a chi bộ go into the target itself when it is a chi bộ, else into one of its chi bộ.
  const needsBranch = isBranchLike(org.kind) && !!target && !isBranchLike(target.kind);
  const targetSubtree = useMemo(() => (target ? subtreeIds(orgs, target.id) : new Set<number>()), [orgs, target]);
  return (
    <OrgChangeModal
      open={open}
      title="Sáp nhập vào tổ chức khác"
      okText="Sáp nhập"
      danger
      form={form}
      fields={['target_id', 'target_branch_id']}
      submit={(v) =>
        mergeOrg(org.id, {
          target_id: v.target_id,
          target_branch_id: needsBranch ? v.target_branch_id : undefined,
          ...decisionBody(v),
        })
      }
      onClose={onClose}
      onDone={() => onDone(`Đã sáp nhập “${org.name}”.`)}
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`Đảng viên và đơn vị trực thuộc của “${org.name}” chuyển sang tổ chức nhận; “${org.name}” kết thúc hoạt động từ ngày hiệu lực.`}
        />
      }
    >
      <Form.Item name="target_id" label="Tổ chức nhận sáp nhập" rules={[{ required: true, message: 'Vui lòng chọn tổ chức nhận.' }]}>
        <OrgTreeSelect
          orgs={orgs}
          disabledIds={own}
          selectable={(o) => !o.ended_on}
          placeholder="Chọn tổ chức nhận"
        />
      </Form.Item>
      {needsBranch && (
        <Form.Item
          name="target_branch_id"
          label="Chi bộ nhận đảng viên"
          rules={[{ required: true, message: 'Vui lòng chọn chi bộ nhận đảng viên.' }]}
          extra={`${target?.name} không trực tiếp có đảng viên: chọn một chi bộ của tổ chức này.`}
        >
          <OrgTreeSelect
            orgs={orgs.filter((o) => targetSubtree.has(o.id))}
            branchOnly
            disabledIds={own}
            placeholder="Chọn chi bộ"
          />
        </Form.Item>
      )}
    </OrgChangeModal>
  );
}

export function DissolveOrgModal({ org, open, onClose, onDone }: OrgActionProps) {
  const [form] = Form.useForm<DecisionValues>();
  return (
    <OrgChangeModal
      open={open}
      title="Giải thể tổ chức"
      okText="Giải thể"
      danger
      form={form}
      fields={[]}
      submit={(v) => dissolveOrg(org.id, decisionBody(v))}
      onClose={onClose}
      onDone={() => onDone(`Đã giải thể “${org.name}”.`)}
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`“${org.name}” sẽ kết thúc hoạt động từ ngày hiệu lực.`}
          description="Chỉ giải thể được tổ chức không còn đảng viên và đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc sáp nhập chúng trước."
        />
      }
    />
  );
}
