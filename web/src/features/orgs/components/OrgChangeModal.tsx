// A change of the tree in a dialog: the action's own fields, then its decision; built on
// FormModal.
import { Divider, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import type { FieldFilter } from '../../../shared/lib/forms';
import { FormModal } from '../../../shared/components/FormModal';
import { DECISION_FIELDS, DecisionFields, type DecisionValues } from '../../../shared/components/DecisionFields';

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
  const decision: readonly string[] = DECISION_FIELDS;
  const filter: FieldFilter =
    typeof fields === 'function' ? (f) => decision.includes(f) || fields(f) : [...fields, ...decision];
  return (
    <FormModal<V & DecisionValues>
      open={open}
      title={title}
      okText={okText}
      width={width}
      form={form}
      initialValues={initialValues}
      fields={filter}
      check={check}
      intro={intro}
      danger={danger}
      save={async (values) => onDone(await submit(values))}
      onClose={onClose}
    >
      {children}
      {children && (
        <Divider plain orientation="left" orientationMargin={0}>
          {decisionTitle}
        </Divider>
      )}
      <DecisionFields effectiveRequired={effectiveRequired} effectiveLabel={effectiveLabel} />
    </FormModal>
  );
}
