import { App, Button, Flex, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { cancelTransfer, confirmTransfer, returnFromTemporary } from '../api';
import type { Transfer } from '../types';
import { toIsoDate } from '../../../shared/lib/format';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSubmit } from '../../../shared/hooks/useSubmit';
import { lifecycleErrors, PROBLEM_CLASS } from './LifecycleFields';
import { DateInput } from '../../../shared/components/DateInput';
import { validDateRule } from '../../../shared/lib/dates';

type Mode = 'confirm' | 'cancel' | 'return';

const TITLES: Record<Mode, string> = {
  confirm: 'Xác nhận tiếp nhận',
  cancel: 'Hủy phiếu chuyển sinh hoạt',
  return: 'Trở về sau sinh hoạt tạm thời',
};

interface Values {
  note?: string;
  reason?: string;
  returned_on?: Dayjs | null;
}

function ActionModal({ mode, transfer, onClose, onDone }: { mode: Mode; transfer: Transfer; onClose: () => void; onDone: (t: Transfer) => void }) {
  const [form] = Form.useForm<Values>();
  const s = useSubmit({ form, fields: ['note', 'reason', 'returned_on'], ...lifecycleErrors('Không thực hiện được') });
  const { message } = App.useApp();
  const submit = (v: Values) =>
    s.run(async () => {
      let t: Transfer;
      if (mode === 'confirm') t = await confirmTransfer(transfer.id, v.note?.trim() || undefined);
      else if (mode === 'cancel') t = await cancelTransfer(transfer.id, v.reason?.trim() ?? '');
      else t = await returnFromTemporary(transfer.id, toIsoDate(v.returned_on), v.note?.trim() || undefined);
      message.success(
        mode === 'confirm'
          ? `Đã xác nhận tiếp nhận đồng chí ${t.member_name}.`
          : mode === 'cancel'
            ? 'Đã hủy phiếu chuyển sinh hoạt.'
            : `Đã ghi nhận đồng chí ${t.member_name} trở về sinh hoạt.`,
      );
      onDone(t);
    });
  return (
    <Modal
      open
      title={`${TITLES[mode]}: ${transfer.member_name}`}
      okText={mode === 'cancel' ? 'Hủy phiếu' : mode === 'confirm' ? 'Xác nhận' : 'Ghi nhận trở về'}
      okButtonProps={{ danger: mode === 'cancel', loading: s.busy }}
      cancelText="Đóng"
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnClose
    >
      <Form
        form={form}
        name={`transfer-${mode}`}
        layout="vertical"
        initialValues={{ returned_on: dayjs() }}
        onFinish={(v) => void submit(v)}
        onValuesChange={() => s.setProblem(null)}
      >
        <ProblemAlert problem={s.problem} className={PROBLEM_CLASS} />
        {mode === 'cancel' && (
          <Form.Item name="reason" label="Lý do hủy" rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do hủy.' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
          </Form.Item>
        )}
        {mode === 'return' && (
          <Form.Item name="returned_on" label="Ngày trở về" rules={[{ required: true, message: 'Vui lòng chọn ngày trở về.' }, validDateRule]}>
            <DateInput />
          </Form.Item>
        )}
        {mode !== 'cancel' && (
          <Form.Item name="note" label="Ghi chú">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Xác nhận / Hủy (pending) and Trở về (a confirmed temporary stay) for one transfer. */
export function TransferActions({ transfer: t, onChanged, size = 'small' }: { transfer: Transfer; onChanged: (t: Transfer) => void; size?: 'small' | 'middle' }) {
  const [mode, setMode] = useState<Mode | null>(null);
  const pending = t.state === 'pending';
  const returnable = t.kind === 'temporary' && t.state === 'confirmed';
  if (!pending && !returnable) return null;
  return (
    <Flex gap={8} wrap>
      {pending && (
        <>
          <Button size={size} type="primary" onClick={() => setMode('confirm')}>
            Xác nhận
          </Button>
          <Button size={size} danger onClick={() => setMode('cancel')}>
            Hủy
          </Button>
        </>
      )}
      {returnable && (
        <Button size={size} onClick={() => setMode('return')}>
          Trở về
        </Button>
      )}
      {mode && (
        <ActionModal
          mode={mode}
          transfer={t}
          onClose={() => setMode(null)}
          onDone={(next) => {
            setMode(null);
            onChanged(next);
          }}
        />
      )}
    </Flex>
  );
}
