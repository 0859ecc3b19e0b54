// A modal around one antd form that saves through the API: OK checks the form and saves;
// a refused save puts the server's field errors on the fields and the rest above the form.
import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useSubmit } from '../hooks/useSubmit';
import type { FieldFilter } from '../lib/forms';
import { ProblemAlert } from './ProblemAlert';

interface Props<V> {
  open: boolean;
  title: string;
  okText: string;
  /** Default: antd's (520). */
  width?: number;
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
  const { busy, problem, setProblem, run } = useSubmit({ form, fields });

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const local = check?.(values) ?? null;
    setProblem(local ? { detail: local } : null);
    if (local) return;
    await run(() => save(values));
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
      <ProblemAlert problem={problem} />
      <Form form={form} name={formName} layout="vertical" preserve={false} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
