// The reference lists' contents.
#include "service/calendar/reference.h"

#include <algorithm>

namespace dangbo::service {

const std::vector<std::string>& Ethnicities() {
  static const std::vector<std::string> kList = {
      "Kinh",    "Tày",     "Thái",    "Mường",  "Khmer",      "Hoa",    "Nùng",   "H'Mông",
      "Dao",     "Gia Rai", "Ê Đê",    "Ba Na",  "Sán Chay",   "Chăm",   "Cơ Ho",  "Xơ Đăng",
      "Sán Dìu", "Hrê",     "Ra Glai", "Mnông",  "Thổ",        "Stiêng", "Khơ Mú", "Bru-Vân Kiều",
      "Cơ Tu",   "Giáy",    "Tà Ôi",   "Mạ",     "Giẻ-Triêng", "Co",     "Chơ Ro", "Xinh Mun",
      "Hà Nhì",  "Chu Ru",  "Lào",     "La Chí", "Kháng",      "Phù Lá", "La Hủ",  "La Ha",
      "Pà Thẻn", "Lự",      "Ngái",    "Chứt",   "Lô Lô",      "Mảng",   "Cơ Lao", "Bố Y",
      "Cống",    "Si La",   "Pu Péo",  "Rơ Măm", "Brâu",       "Ơ Đu"};
  return kList;
}

const std::vector<std::string>& Religions() {
  static const std::vector<std::string> kList = {"Không",
                                                 "Phật giáo",
                                                 "Công giáo",
                                                 "Tin lành",
                                                 "Cao Đài",
                                                 "Hòa Hảo",
                                                 "Hồi giáo",
                                                 "Bà La Môn",
                                                 "Tịnh độ cư sĩ Phật hội Việt Nam",
                                                 "Tứ Ân Hiếu Nghĩa",
                                                 "Bửu Sơn Kỳ Hương",
                                                 "Minh Sư đạo",
                                                 "Minh Lý đạo",
                                                 "Khác"};
  return kList;
}

bool IsEthnicity(std::string_view s) {
  const auto& l = Ethnicities();
  return std::find(l.begin(), l.end(), s) != l.end();
}

bool IsReligion(std::string_view s) {
  const auto& l = Religions();
  return std::find(l.begin(), l.end(), s) != l.end();
}

const std::vector<CodeLabel>& TheoryLevels() {
  static const std::vector<CodeLabel> kList = {{"so_cap", "Sơ cấp"},
                                               {"trung_cap", "Trung cấp"},
                                               {"cao_cap", "Cao cấp"},
                                               {"cu_nhan", "Cử nhân"}};
  return kList;
}

const std::vector<CodeLabel>& HostUnitKinds() {
  static const std::vector<CodeLabel> kList = {
      {"agency", "Cơ quan"},
      {"public_unit", "Đơn vị sự nghiệp"},
      {"state_enterprise", "Doanh nghiệp nhà nước"},
      {"non_state_enterprise", "Doanh nghiệp ngoài nhà nước"},
      {"private_enterprise", "Doanh nghiệp tư nhân"}};
  return kList;
}

bool HasCode(const std::vector<CodeLabel>& list, std::string_view code) {
  return std::any_of(list.begin(), list.end(), [&](const CodeLabel& c) { return c.code == code; });
}

}  // namespace dangbo::service
