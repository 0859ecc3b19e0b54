import { ModuleInProgress } from '../components/ModuleInProgress';

export default function ReportsPage() {
  return (
    <ModuleInProgress
      title="Báo cáo"
      purpose="Phân hệ này sẽ lập số liệu, danh sách và báo cáo định kỳ trực tiếp từ dữ liệu đã nhập, cho bất kỳ tổ chức đảng và khoảng thời gian nào."
    />
  );
}
