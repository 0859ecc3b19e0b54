import { ModuleInProgress } from '../components/ModuleInProgress';

export default function MembersPage() {
  return (
    <ModuleInProgress
      title="Đảng viên"
      purpose="Phân hệ này sẽ quản lý hồ sơ đảng viên theo mẫu 2-HSĐV: lý lịch, trạng thái dự bị/chính thức, chuyển sinh hoạt đảng, thẻ đảng viên, tuổi đảng và huy hiệu Đảng."
    />
  );
}
