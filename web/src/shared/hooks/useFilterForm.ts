// The antd form of a filter bar whose filters live in the address: it shows them again whenever they change.
import { Form, type FormInstance } from 'antd';
import { useEffect } from 'react';

/** A form holding `values` (the address's filters as the fields hold them), reset when they change. */
export function useFilterForm<V extends object>(values: V): FormInstance<V> {
  const [form] = Form.useForm<V>();
  const key = JSON.stringify(values);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(values as Parameters<FormInstance<V>['setFieldsValue']>[0]);
    // `key` stands for `values`.
  }, [key, form]);
  return form;
}
