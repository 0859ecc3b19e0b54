import { Alert, Divider, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyApiError, type FieldFilter } from '../../lib/forms';
import { DECISION_FIELDS, DecisionFields, type DecisionValues } from './DecisionFields';

interface Props<V, R> {
  open: boolean;
  title: string;
  okText: string;
  /** The action's own fields, for placing the server's field errors. */
  fields: FieldFilter;
  /** Sends the change; its errors are shown inline. */
  submit: (values: V & DecisionValues) => Promise<R>;
  onClose: () => void;
  onDone: (result: R) => void;
  form: FormInstance<V & DecisionValues>;
  initialValues?: Partial<V & DecisionValues>;
  danger?: boolean;
  width?: number;
  /** Shown above the form (what the change does). */
  intro?: ReactNode;
  children?: ReactNode;
  /** Client checks beyond the form's rules; a message stops the submit. */
  check?: (values: V & DecisionValues) => string | null;
  /** False when the server defaults the effective date (establishment: today). */
  effectiveRequired?: boolean;
  decisionTitle?: string;
  effectiveLabel?: string;
}

/** A change of the tree: the action's fields, then the decision (Ngày hiệu lực, số, ngày quyết định). */
export function OrgChangeModal<V, R = unknown>({
  open,
  title,
  okText,
  fields,
  submit,
  onClose,
  onDone,
  form,
  initialValues,
  danger,
  width = 640,
  intro,
  children,
  check,
  effectiveRequired = true,
  decisionTitle = 'Quyết định',
  effectiveLabel,
}: Props<V, R>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    let values: V & DecisionValues;
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
      onDone(await submit(values));
    } catch (err) {
      const decision: readonly string[] = DECISION_FIELDS;
      const filter: FieldFilter =
        typeof fields === 'function' ? (f) => decision.includes(f) || fields(f) : [...fields, ...decision];
      setProblem(applyApiError(form, err, filter));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      onOk={() => void run()}
      onCancel={onClose}
      okText={okText}
      cancelText="Hủy"
      okButtonProps={{ danger }}
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => setProblem(null)}
      width={width}
    >
      {intro}
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {children}
        {children && (
          <Divider plain orientation="left" orientationMargin={0}>
            {decisionTitle}
          </Divider>
        )}
        <DecisionFields effectiveRequired={effectiveRequired} effectiveLabel={effectiveLabel} />
      </Form>
    </Modal>
  );
}
