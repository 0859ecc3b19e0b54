// Reference lists of the member file (mẫu 2-HSĐV): the 54 ethnic groups, religions,
// political theory levels, host unit kinds. Values are stored as shown here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dangbo::service {

const std::vector<std::string>& Ethnicities();  // "Kinh", "Tày", ... (54)
const std::vector<std::string>& Religions();    // "Không", "Phật giáo", ...
bool IsEthnicity(std::string_view s);
bool IsReligion(std::string_view s);

struct CodeLabel {
  std::string code;
  std::string label;
};
// so_cap | trung_cap | cao_cap | cu_nhan
const std::vector<CodeLabel>& TheoryLevels();
// agency | public_unit | state_enterprise | non_state_enterprise | private_enterprise
const std::vector<CodeLabel>& HostUnitKinds();
bool HasCode(const std::vector<CodeLabel>& list, std::string_view code);

}  // namespace dangbo::service
