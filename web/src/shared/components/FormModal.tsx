// A modal around one antd form that saves through the API: OK checks the form and saves;
// a refused save puts the server's field errors on the fields and the rest above the form.
import { Alert, Form, type FormInstance, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyApiError, type FieldFilter } from '../lib/forms';

interface Props<V> {
  open: boolean;
  title: string;
  okText: string;
  width: number;
  form: FormInstance<V>;
  /** The antd form name; it prefixes the fields' ids (`holiday_name`). */
  formName?: string;
  initialValues?: Partial<V>;
  /** The fields the form shows, for placing the server's field errors. */
  fields: FieldFilter;
  /** Saves the checked values and reports to the caller; a throw keeps the modal open with the error shown. */
  save: (values: V) => Promise<void>;
  onClose: () => void;
  /** Runs once the modal has closed (the shown error is cleared in any case). */
  afterClose?: () => void;
  /** Client checks beyond the form's rules; a message stops the save and is shown. */
  check?: (values: V) => string | null;
  /** Shown above the form (what the action does). */
  intro?: ReactNode;
  /** A red OK button, for actions that end something. */
  danger?: boolean;
  children: ReactNode;
}

export function FormModal<V>({
  open,
  title,
  okText,
  width,
  form,
  formName,
  initialValues,
  fields,
  save,
  onClose,
  afterClose,
  check,
  intro,
  danger,
  children,
}: Props<V>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const local = check?.(values) ?? null;
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      await save(values);
    } catch (err) {
      setProblem(applyApiError(form, err, fields));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      onOk={() => void submit()}
      onCancel={onClose}
      okText={okText}
      cancelText="Hủy"
      okButtonProps={{ danger }}
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => {
        setProblem(null);
        afterClose?.();
      }}
      width={width}
    >
      {intro}
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} name={formName} layout="vertical" preserve={false} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
