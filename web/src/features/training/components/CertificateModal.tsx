// "Cấp giấy chứng nhận": a learner completed the class, with the grade and the certificate's
// number and date (which the member or candidate file then shows).
import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateInput } from '../../../shared/components/DateInput';
import { FormModal } from '../../../shared/components/FormModal';
import { useVocabOptions } from '../../../shared/hooks/useMeta';
import { toIsoDate } from '../../../shared/lib/format';
import { recordResult } from '../api';
import type { TrainingClass, TrainingLearner } from '../types';

interface Values {
  grade?: string;
  certificate_no?: string;
  certificate_on?: Dayjs | null;
}

export function CertificateModal({
  cls,
  learner,
  onClose,
  onSaved,
}: {
  cls: TrainingClass;
  learner: TrainingLearner | null;
  onClose: () => void;
  onSaved: (l: TrainingLearner) => void;
}) {
  const [form] = Form.useForm<Values>();
  const grades = useVocabOptions('training_grade');
  const ends = dayjs(cls.ends_on);
  return (
    <FormModal<Values>
      open={!!learner}
      title={`Cấp giấy chứng nhận: ${learner?.full_name ?? ''}`}
      okText="Ghi giấy chứng nhận"
      form={form}
      formName="certificate"
      initialValues={{ certificate_on: ends.isAfter(dayjs()) ? dayjs() : ends }}
      fields={['grade', 'certificate_no', 'certificate_on', 'result']}
      afterClose={() => form.resetFields()}
      save={async (v) =>
        onSaved(
          await recordResult(cls.id, learner!.id, {
            result: 'completed',
            grade: v.grade || undefined,
            certificate_no: v.certificate_no?.trim() ?? '',
            certificate_on: toIsoDate(v.certificate_on),
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="grade" label="Xếp loại">
        <Select allowClear options={grades} />
      </Form.Item>
      <Form.Item name="certificate_no" label="Số giấy chứng nhận" rules={[{ required: true, message: 'Vui lòng nhập số giấy chứng nhận.' }]}>
        <Input maxLength={100} placeholder="125-GCN/TTCT" />
      </Form.Item>
      <Form.Item name="certificate_on" label="Ngày cấp" rules={[{ required: true, message: 'Vui lòng chọn ngày cấp.' }]}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}
