import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Flex, Form, Input, Row, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { listMembers, MemberStatusTag, type MemberSummary } from '../../members';
import { splitOrg } from '../api';
import type { OrgKind } from '../../../shared/api/types';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, formatNumber } from '../../../shared/lib/format';
import { useLabel } from '../../../shared/hooks/useMeta';
import { childKinds, isBranchLike } from '../../../shared/lib/orgs';
import { decisionBody, type DecisionValues } from '../../../shared/components/DecisionFields';
import type { OrgActionProps } from './OrgActionModals';
import { OrgChangeModal } from './OrgChangeModal';
import { LoadError } from '../../../shared/components/LoadError';

interface PartValues {
  name?: string;
  kind?: OrgKind;
}

type Values = { parts: PartValues[] } & DecisionValues;

/** Server fields this form shows inline: the parts' names and kinds. */
const PART_FIELD = /^parts\[\d+\]\.(name|kind)$/;

/**
 * Chia tách a chi bộ into new units under the same parent: name and kind of each part,
 * and for every active member the part they go to.
 */
export function SplitOrgModal({ org, orgs, open, onClose, onDone }: OrgActionProps) {
  const [form] = Form.useForm<Values>();
  const kindName = useLabel('org_kind');
  const parent = orgs.find((o) => o.id === org.parent_id);
  const kinds = (parent ? childKinds(parent.kind) : []).filter(isBranchLike);
  const kindOptions = kinds.map((k) => ({ value: k, label: kindName(k) }));
  const members = useRemote(
    (signal) => (open ? listMembers({ org_id: org.id, page_size: 500 }, signal) : Promise.resolve(undefined)),
    `${org.id}:${open}`,
  );
  const list = members.data?.items ?? [];
  // member id → index of the part
  const [assign, setAssign] = useState<Record<number, number>>({});
  useEffect(() => {
    if (open) setAssign({});
  }, [open]);
  const parts = (Form.useWatch('parts', form) ?? []) as PartValues[];
  const partOptions = parts.map((p, i) => ({ value: i, label: p?.name?.trim() || `Đơn vị ${i + 1}` }));
  const unassigned = list.filter((m) => assign[m.id] === undefined).length;

  const removePart = (index: number, remove: (i: number) => void) => {
    remove(index);
    setAssign((prev) => {
      const next: Record<number, number> = {};
      for (const [id, part] of Object.entries(prev)) {
        if (part < index) next[Number(id)] = part;
        else if (part > index) next[Number(id)] = part - 1;
      }
      return next;
    });
  };

  const columns: TableColumnsType<MemberSummary> = [
    { title: 'Họ và tên', dataIndex: 'full_name', key: 'name' },
    { title: 'Ngày sinh', dataIndex: 'birth_date', key: 'birth', render: formatDate, width: 110 },
    { title: 'Trạng thái', key: 'status', width: 130, render: (_, m) => <MemberStatusTag status={m.status} label={m.status_label} /> },
    {
      title: 'Chuyển về đơn vị',
      key: 'part',
      width: 240,
      render: (_, m) => (
        <Select<number>
          aria-label={`Đơn vị mới của ${m.full_name}`}
          value={assign[m.id]}
          options={partOptions}
          placeholder="Chọn đơn vị"
          status={assign[m.id] === undefined ? 'warning' : undefined}
          onChange={(v) => setAssign((prev) => ({ ...prev, [m.id]: v }))}
          style={{ width: '100%' }}
        />
      ),
    },
  ];

  return (
    <OrgChangeModal<{ parts: PartValues[] }>
      open={open}
      title={`Chia tách “${org.name}”`}
      okText="Chia tách"
      danger
      width={920}
      form={form}
      fields={(f) => PART_FIELD.test(f)}
      initialValues={{ parts: [{ kind: kinds[0] }, { kind: kinds[0] }] }}
      check={() =>
        unassigned > 0 ? `Còn ${formatNumber(unassigned)} đảng viên chưa được phân vào đơn vị mới nào.` : null
      }
      submit={(v) =>
        splitOrg(org.id, {
          parts: v.parts.map((p, i) => ({
            name: (p.name ?? '').trim(),
            kind: p.kind!,
            member_ids: list.filter((m) => assign[m.id] === i).map((m) => m.id),
          })),
          ...decisionBody(v),
        })
      }
      onClose={onClose}
      onDone={() => onDone(`Đã chia tách “${org.name}” thành ${parts.length} đơn vị.`)}
      intro={
        <Typography.Paragraph type="secondary">
          Các đơn vị mới trực thuộc “{parent?.name ?? 'tổ chức cấp trên'}”. Mỗi đảng viên đang sinh hoạt phải được phân vào đúng
          một đơn vị; “{org.name}” kết thúc hoạt động từ ngày hiệu lực.
        </Typography.Paragraph>
      }
    >
      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Row key={field.key} gutter={12} align="top">
                <Col flex="auto">
                  <Form.Item
                    name={[field.name, 'name']}
                    label={i === 0 ? 'Tên đơn vị mới' : undefined}
                    rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đơn vị.' }]}
                  >
                    <Input placeholder={`Tên đơn vị ${i + 1}`} aria-label={`Tên đơn vị ${i + 1}`} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col flex="220px">
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={i === 0 ? 'Loại' : undefined}
                    rules={[{ required: true, message: 'Vui lòng chọn loại.' }]}
                  >
                    <Select options={kindOptions} aria-label={`Loại đơn vị ${i + 1}`} />
                  </Form.Item>
                </Col>
                <Col flex="40px" style={i === 0 ? { paddingTop: 30 } : undefined}>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`Bỏ đơn vị ${i + 1}`}
                    disabled={fields.length <= 2}
                    onClick={() => removePart(field.name, remove)}
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: kinds[0] })} block>
              Thêm đơn vị
            </Button>
          </>
        )}
      </Form.List>
      <Divider plain orientation="left" orientationMargin={0}>
        Phân đảng viên ({formatNumber(list.length)})
      </Divider>
      <LoadError error={members.error} gap={12} />
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>Phân tất cả vào:</Typography.Text>
        <Select<number>
          options={partOptions}
          placeholder="Chọn đơn vị"
          style={{ width: 240 }}
          value={null}
          onChange={(v) => setAssign(Object.fromEntries(list.map((m) => [m.id, v])))}
          aria-label="Phân tất cả đảng viên vào"
        />
        {list.length > 0 && (
          <Typography.Text type={unassigned > 0 ? 'warning' : 'success'}>
            {unassigned > 0 ? `Còn ${formatNumber(unassigned)} đảng viên chưa phân` : 'Đã phân đủ'}
          </Typography.Text>
        )}
      </Flex>
      <Table<MemberSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list}
        loading={members.loading}
        pagination={list.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: 'Đơn vị không có đảng viên đang sinh hoạt' }}
      />
    </OrgChangeModal>
  );
}
