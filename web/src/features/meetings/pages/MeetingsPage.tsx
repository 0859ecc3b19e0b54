import { ModuleInProgress } from '../../../shared/components/ModuleInProgress';

export default function MeetingsPage() {
  return (
    <ModuleInProgress
      title="Sinh hoạt"
      purpose="Phân hệ này sẽ ghi nhận lịch và nội dung sinh hoạt chi bộ, sinh hoạt chuyên đề, điểm danh đảng viên dự họp và tỷ lệ tham dự của từng kỳ."
    />
  );
}
