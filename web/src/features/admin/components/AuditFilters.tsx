// The filter bar of the audit log (Nhật ký hệ thống): who, what, on what, outcome and when.
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { AuditQuery } from '../types';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { DATE_FORMAT, ISO_DATE } from '../../../shared/lib/format';
import { useFilterForm } from '../../../shared/hooks/useFilterForm';
import { FilterButtons } from '../../../shared/components/FilterButtons';

/** The audit filters as kept in the address bar. */
export type AuditFilterParams = Omit<AuditQuery, 'page' | 'page_size'>;

/** The fields: the dates as one range. */
interface Values extends Omit<AuditFilterParams, 'from' | 'to'> {
  range?: [Dayjs | null, Dayjs | null];
}

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

/** The free-text filters, in the order shown (xl: their width on wide screens). */
const TEXT_FILTERS = [
  { name: 'actor', label: 'Người thực hiện', placeholder: 'Tên đăng nhập hoặc họ tên', xl: 5 },
  { name: 'action', label: 'Hành động', placeholder: 'Ví dụ: user.create', xl: 4 },
  { name: 'entity', label: 'Đối tượng', placeholder: 'Ví dụ: user', xl: 4 },
] as const;


export function AuditFilters({ value, onChange }: Props) {
  const outcomeOptions = useVocabOptions('audit_outcome');
  const form = useFilterForm(toValues(value));

  return (
    <Form form={form} layout="vertical" onFinish={(v) => onChange(toParams(v))} className="filter-form">
      <Row gutter={16}>
        {TEXT_FILTERS.map((f) => (
          <Col key={f.name} xs={24} sm={12} xl={f.xl}>
            <Form.Item name={f.name} label={f.label}>
              <Input placeholder={f.placeholder} allowClear />
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} sm={12} xl={4}>
          <Form.Item name="outcome" label="Kết quả">
            <Select options={outcomeOptions} placeholder="Tất cả" allowClear />
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
      <FilterButtons onClear={() => onChange({})} />
    </Form>
  );
}
