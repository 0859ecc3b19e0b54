import { Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { AuditOutcome } from '../types';
import { tableOptions } from '../../../shared/hooks/useMeta';
import { AUDIT_OUTCOME_LABELS } from '../audit';
import { DATE_FORMAT } from '../../../shared/lib/format';

/** The audit filters as kept in the address bar. */
export interface AuditFilterParams {
  actor?: string;
  action?: string;
  entity?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
}

interface Values {
  actor?: string;
  action?: string;
  entity?: string;
  outcome?: AuditOutcome;
  range?: [Dayjs | null, Dayjs | null];
}

const ISO_DATE = 'YYYY-MM-DD';

function toValues(p: AuditFilterParams): Values {
  const from = p.from ? dayjs(p.from, ISO_DATE) : null;
  const to = p.to ? dayjs(p.to, ISO_DATE) : null;
  return { actor: p.actor, action: p.action, entity: p.entity, outcome: p.outcome, range: from || to ? [from, to] : undefined };
}

function toParams(v: Values): AuditFilterParams {
  return {
    actor: v.actor?.trim() || undefined,
    action: v.action?.trim() || undefined,
    entity: v.entity?.trim() || undefined,
    outcome: v.outcome,
    from: v.range?.[0]?.format(ISO_DATE),
    to: v.range?.[1]?.format(ISO_DATE),
  };
}

interface Props {
  value: AuditFilterParams;
  onChange: (value: AuditFilterParams) => void;
}

const OUTCOME_OPTIONS = tableOptions(AUDIT_OUTCOME_LABELS);

export function AuditFilters({ value, onChange }: Props) {
  const [form] = Form.useForm<Values>();
  const key = JSON.stringify(value);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(value));
    // Re-sync when the filters in the address change (`key` stands for `value`).
  }, [key, form]);

  return (
    <Form form={form} layout="vertical" onFinish={(v) => onChange(toParams(v))} className="filter-form">
      <Row gutter={16}>
        <Col xs={24} sm={12} xl={5}>
          <Form.Item name="actor" label="Người thực hiện">
            <Input placeholder="Tên đăng nhập hoặc họ tên" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={4}>
          <Form.Item name="action" label="Hành động">
            <Input placeholder="Ví dụ: user.create" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={4}>
          <Form.Item name="entity" label="Đối tượng">
            <Input placeholder="Ví dụ: user" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={4}>
          <Form.Item name="outcome" label="Kết quả">
            <Select options={OUTCOME_OPTIONS} placeholder="Tất cả" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={24} xl={7}>
          <Form.Item name="range" label="Thời gian">
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              allowEmpty={[true, true]}
              placeholder={['Từ ngày', 'Đến ngày']}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} justify="flex-end">
        <Button onClick={() => onChange({})}>Xóa bộ lọc</Button>
        <Button type="primary" htmlType="submit">
          Lọc
        </Button>
      </Flex>
    </Form>
  );
}
