import { ModuleInProgress } from '../components/ModuleInProgress';

export default function OrganizationsPage() {
  return (
    <ModuleInProgress
      title="Tổ chức đảng"
      purpose="Phân hệ này sẽ quản lý cây tổ chức đảng (đảng bộ, chi bộ) cùng các thay đổi theo quyết định và ngày hiệu lực: thành lập, đổi tên, nâng cấp, sáp nhập, chia tách, giải thể, và cấp ủy theo từng nhiệm kỳ."
    />
  );
}
