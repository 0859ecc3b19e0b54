import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, type FormRule, Input, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { SubRecordList } from '../types';
import { SUB_RECORDS } from '../lib';
import { DateInput } from '../../../shared/components/DateInput';
import { isDayjs, validDateRule } from '../../../shared/lib/dates';


function toAfterFrom(list: SubRecordList, index: number): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_r, to: Dayjs | null | undefined) => {
      const from = getFieldValue([list, index, 'from_date']) as Dayjs | null | undefined;
      return !isDayjs(to) || !isDayjs(from) || !to.isBefore(from, 'day')
        ? Promise.resolve()
        : Promise.reject(new Error('“Đến ngày” phải sau “Từ ngày”.'));
    },
  });
}

/** Form.List editor of one sub-record list: from/to dates, title, detail per line. */
export function SubRecordsEditor({ list, disabled }: { list: SubRecordList; disabled?: boolean }) {
  const spec = SUB_RECORDS.find((s) => s.list === list)!;
  return (
    <Form.List name={list}>
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
              {spec.empty}.
            </Typography.Paragraph>
          )}
          {fields.map((field, i) => (
            <Row key={field.key} gutter={12} align="top" className="subrecord-row">
              <Col xs={12} md={4}>
                <Form.Item rules={[validDateRule]} name={[field.name, 'from_date']} label={i === 0 ? 'Từ ngày' : undefined}>
                  <DateInput placeholder="Từ ngày" aria-label={`${spec.itemTitle} ${i + 1}: từ ngày`} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item
                  name={[field.name, 'to_date']}
                  label={i === 0 ? 'Đến ngày' : undefined}
                  dependencies={[[list, field.name, 'from_date']]}
                  rules={[toAfterFrom(list, field.name), validDateRule]}
                >
                  <DateInput placeholder="Đến nay" aria-label={`${spec.itemTitle} ${i + 1}: đến ngày`} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name={[field.name, 'title']}
                  label={i === 0 ? spec.titleLabel : undefined}
                  rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nội dung.' }]}
                >
                  <Input aria-label={`${spec.itemTitle} ${i + 1}: ${spec.titleLabel.toLowerCase()}`} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={20} md={7}>
                <Form.Item name={[field.name, 'detail']} label={i === 0 ? spec.detailLabel : undefined}>
                  <Input aria-label={`${spec.itemTitle} ${i + 1}: ${spec.detailLabel.toLowerCase()}`} disabled={disabled} />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={i === 0 ? { paddingTop: 30 } : undefined}>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={`Xóa dòng ${i + 1}`}
                  title="Xóa dòng"
                  disabled={disabled}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          {!disabled && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
              Thêm dòng
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
