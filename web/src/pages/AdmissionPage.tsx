import { ModuleInProgress } from '../components/ModuleInProgress';

export default function AdmissionPage() {
  return (
    <ModuleInProgress
      title="Phát triển đảng viên"
      purpose="Phân hệ này sẽ theo dõi quần chúng ưu tú, lớp bồi dưỡng nhận thức về Đảng, hồ sơ kết nạp, thời gian dự bị và công nhận đảng viên chính thức, cùng tiến độ thực hiện chỉ tiêu kết nạp."
    />
  );
}
