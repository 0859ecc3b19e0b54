import { ModuleInProgress } from '../../../shared/components/ModuleInProgress';

export default function InspectionPage() {
  return (
    <ModuleInProgress
      title="Kiểm tra – kỷ luật"
      purpose="Phân hệ này sẽ quản lý kế hoạch kiểm tra, giám sát và việc thi hành kỷ luật đối với đảng viên và tổ chức đảng."
    />
  );
}
