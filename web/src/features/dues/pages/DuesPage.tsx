import { ModuleInProgress } from '../../../shared/components/ModuleInProgress';

export default function DuesPage() {
  return (
    <ModuleInProgress
      title="Đảng phí"
      purpose="Phân hệ này sẽ theo dõi việc thu, nộp đảng phí theo mức quy định của từng thời kỳ và cảnh báo đảng viên chậm nộp."
    />
  );
}
