// Word lists and weights for the national generator.
#include "demo/national_data.h"

#include <algorithm>

namespace dangbo::demo::national {

uint64_t Mix(uint64_t seed, uint64_t stream) {
  uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

Weighted::Weighted(std::initializer_list<std::pair<const char*, double>> items) {
  double total = 0;
  for (const auto& [s, w] : items) {
    items_.emplace_back(s);
    total += w;
    cumulative_.push_back(total);
  }
}

const std::string& Weighted::Pick(Rng& rng) const {
  const double x = rng.Unit() * cumulative_.back();
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
  const size_t i = std::min(static_cast<size_t>(it - cumulative_.begin()), items_.size() - 1);
  return items_[i];
}

const std::vector<Province>& Provinces() {
  // Weights: thousands of party members, rounded and approximate.
  static const std::vector<Province> kList = [] {
    std::vector<Province> l = {{"Hà Nội", true, 470, 0.01},
                               {"Hồ Chí Minh", true, 230, 0.01},
                               {"Thanh Hóa", false, 220, 0.10},
                               {"Nghệ An", false, 210, 0.10},
                               {"Thái Bình", false, 140, 0.0},
                               {"Nam Định", false, 130, 0.0},
                               {"Hải Phòng", true, 120, 0.0},
                               {"Hải Dương", false, 120, 0.0},
                               {"Hà Tĩnh", false, 110, 0.0},
                               {"Bắc Giang", false, 100, 0.10},
                               {"Phú Thọ", false, 100, 0.12},
                               {"Quảng Ninh", false, 95, 0.08},
                               {"Thái Nguyên", false, 90, 0.20},
                               {"Hưng Yên", false, 80, 0.0},
                               {"Ninh Bình", false, 75, 0.02},
                               {"Vĩnh Phúc", false, 75, 0.02},
                               {"Bắc Ninh", false, 75, 0.0},
                               {"Sơn La", false, 75, 0.70},
                               {"Đồng Nai", false, 75, 0.03},
                               {"Quảng Nam", false, 70, 0.05},
                               {"Đắk Lắk", false, 70, 0.25},
                               {"Bình Định", false, 65, 0.01},
                               {"Tuyên Quang", false, 60, 0.45},
                               {"Hòa Bình", false, 60, 0.60},
                               {"Đồng Tháp", false, 60, 0.0},
                               {"An Giang", false, 60, 0.04},
                               {"Hà Nam", false, 55, 0.0},
                               {"Lạng Sơn", false, 55, 0.80},
                               {"Quảng Bình", false, 55, 0.02},
                               {"Đà Nẵng", true, 55, 0.0},
                               {"Quảng Ngãi", false, 55, 0.10},
                               {"Gia Lai", false, 55, 0.35},
                               {"Tiền Giang", false, 55, 0.0},
                               {"Kiên Giang", false, 55, 0.10},
                               {"Yên Bái", false, 50, 0.50},
                               {"Lào Cai", false, 50, 0.60},
                               {"Hà Giang", false, 50, 0.85},
                               {"Thừa Thiên Huế", false, 50, 0.03},
                               {"Khánh Hòa", false, 50, 0.04},
                               {"Lâm Đồng", false, 50, 0.15},
                               {"Long An", false, 50, 0.0},
                               {"Bến Tre", false, 50, 0.0},
                               {"Cao Bằng", false, 45, 0.90},
                               {"Bình Dương", false, 45, 0.01},
                               {"Điện Biên", false, 40, 0.75},
                               {"Quảng Trị", false, 40, 0.08},
                               {"Phú Yên", false, 40, 0.05},
                               {"Bình Thuận", false, 40, 0.04},
                               {"Bà Rịa - Vũng Tàu", false, 40, 0.01},
                               {"Vĩnh Long", false, 40, 0.02},
                               {"Cần Thơ", true, 40, 0.02},
                               {"Sóc Trăng", false, 40, 0.25},
                               {"Cà Mau", false, 40, 0.02},
                               {"Bình Phước", false, 35, 0.15},
                               {"Tây Ninh", false, 35, 0.02},
                               {"Trà Vinh", false, 35, 0.25},
                               {"Bắc Kạn", false, 25, 0.85},
                               {"Lai Châu", false, 25, 0.85},
                               {"Kon Tum", false, 25, 0.50},
                               {"Đắk Nông", false, 25, 0.25},
                               {"Hậu Giang", false, 25, 0.03},
                               {"Bạc Liêu", false, 25, 0.06},
                               {"Ninh Thuận", false, 22, 0.20}};
    return l;
  }();
  return kList;
}

const Weighted& FamilyNames() {
  static const Weighted k = {
      {"Nguyễn", 38},  {"Trần", 11},   {"Lê", 9.5},     {"Phạm", 7},      {"Phan", 4.5},
      {"Hoàng", 3},    {"Vũ", 2.5},    {"Huỳnh", 2.1},  {"Đặng", 2.1},    {"Bùi", 2},
      {"Võ", 1.4},     {"Đỗ", 1.4},    {"Hồ", 1.3},     {"Ngô", 1.3},     {"Dương", 1},
      {"Lý", 0.5},     {"Đào", 0.5},   {"Đoàn", 0.5},   {"Đinh", 0.4},    {"Trịnh", 0.4},
      {"Trương", 0.4}, {"Hà", 0.4},    {"Lâm", 0.3},    {"Mai", 0.3},     {"Lương", 0.3},
      {"Cao", 0.3},    {"Vương", 0.2}, {"Phùng", 0.2},  {"Tô", 0.2},      {"Tạ", 0.2},
      {"Chu", 0.2},    {"Lưu", 0.2},   {"Nông", 0.2},   {"Triệu", 0.2},   {"Kiều", 0.1},
      {"Châu", 0.1},   {"Quách", 0.1}, {"Thái", 0.1},   {"Lại", 0.1},     {"Lò", 0.1},
      {"Giáp", 0.1},   {"La", 0.1},    {"Thân", 0.1},   {"Vi", 0.1},      {"Tống", 0.1},
      {"Hầu", 0.05},   {"Khúc", 0.05}, {"Tăng", 0.05},  {"Mạc", 0.05},    {"Quan", 0.05},
      {"Âu", 0.05},    {"Ông", 0.05},  {"Thạch", 0.05}, {"Danh", 0.05},   {"Lữ", 0.05},
      {"Bạch", 0.05},  {"Từ", 0.05},   {"Doãn", 0.05},  {"Nghiêm", 0.05}, {"Khổng", 0.05},
      {"Hứa", 0.05},   {"Viên", 0.02}, {"Kim", 0.05},   {"Sơn", 0.05},    {"Lục", 0.03}};
  return k;
}

const Weighted& MiddleNames(bool female) {
  static const Weighted kMale = {
      {"Văn", 45},  {"Đức", 7},  {"Minh", 6},  {"Quang", 5}, {"Hữu", 5},   {"Công", 4},
      {"Thanh", 4}, {"Xuân", 3}, {"Ngọc", 3},  {"Mạnh", 2},  {"Trọng", 2}, {"Tiến", 2},
      {"Đình", 3},  {"Quốc", 2}, {"Duy", 2},   {"Việt", 1},  {"Bá", 1},    {"Thế", 2},
      {"Trung", 1}, {"Hải", 1},  {"Kim", 0.5}, {"Huy", 1},   {"Anh", 1},   {"Hoàng", 1},
      {"Tuấn", 1},  {"Khắc", 1}, {"Viết", 1},  {"Như", 0.5}, {"Phú", 0.5}, {"Chí", 1}};
  static const Weighted kFemale = {
      {"Thị", 55},  {"Ngọc", 6},   {"Thu", 5},   {"Thanh", 5}, {"Minh", 3},  {"Hồng", 3},
      {"Kim", 3},   {"Phương", 2}, {"Mai", 2},   {"Thùy", 2},  {"Bích", 1},  {"Diệu", 1},
      {"Hải", 1},   {"Hoài", 1},   {"Khánh", 1}, {"Lan", 1},   {"Mỹ", 1},    {"Như", 1},
      {"Quỳnh", 1}, {"Thúy", 2},   {"Tuyết", 1}, {"Vân", 1},   {"Hương", 1}, {"Cẩm", 0.5}};
  return female ? kFemale : kMale;
}

const Weighted& SecondMiddleNames(bool female) {
  static const Weighted kMale = {{"Minh", 3},  {"Quang", 2}, {"Anh", 2},   {"Đức", 2},
                                 {"Hoàng", 1}, {"Tuấn", 2},  {"Thanh", 1}, {"Hữu", 1},
                                 {"Ngọc", 1},  {"Xuân", 1},  {"Bảo", 1},   {"Gia", 1}};
  static const Weighted kFemale = {{"Thu", 3},    {"Ngọc", 3}, {"Thanh", 2}, {"Minh", 2},
                                   {"Hồng", 2},   {"Kim", 1},  {"Mai", 1},   {"Bích", 1},
                                   {"Phương", 1}, {"Thùy", 1}, {"Hải", 1},   {"Lan", 1}};
  return female ? kFemale : kMale;
}

const Weighted& GivenNames(bool female) {
  static const Weighted kMale = {
      {"Hùng", 30},  {"Dũng", 28},  {"Tuấn", 26},  {"Minh", 24},  {"Hải", 22},   {"Nam", 20},
      {"Thắng", 18}, {"Cường", 18}, {"Long", 17},  {"Sơn", 17},   {"Hoàng", 15}, {"Trung", 15},
      {"Đức", 14},   {"Quang", 14}, {"Huy", 14},   {"Thành", 13}, {"Bình", 13},  {"Phong", 12},
      {"Việt", 12},  {"Tùng", 12},  {"Khánh", 11}, {"Hiếu", 11},  {"Lâm", 10},   {"Quân", 10},
      {"Tâm", 10},   {"Thanh", 10}, {"Tiến", 10},  {"Toàn", 9},   {"Vinh", 9},   {"Anh", 9},
      {"Hưng", 9},   {"Lực", 6},    {"Mạnh", 8},   {"Nghĩa", 8},  {"Phúc", 8},   {"Quý", 6},
      {"Sang", 6},   {"Tài", 7},    {"Thái", 6},   {"Thịnh", 6},  {"Thông", 5},  {"Trí", 6},
      {"Trọng", 6},  {"Tú", 6},     {"Vũ", 6},     {"Khoa", 5},   {"Kiên", 6},   {"Lộc", 6},
      {"Luân", 4},   {"Nhân", 5},   {"Đạt", 7},    {"Định", 4},   {"Giang", 5},  {"Hà", 4},
      {"Hiển", 4},   {"Hòa", 6},    {"Hợp", 3},    {"Khải", 4},   {"Lợi", 4},    {"Lượng", 3},
      {"An", 6},     {"Bảo", 5},    {"Chiến", 5},  {"Chính", 4},  {"Công", 4},   {"Danh", 3},
      {"Duy", 5},    {"Hậu", 4},    {"Hiệp", 5},   {"Hoan", 3},   {"Kha", 1},    {"Linh", 4},
      {"Ngọc", 3},   {"Phương", 4}, {"Quyết", 4},  {"Tấn", 3},    {"Thuận", 4},  {"Trường", 5},
      {"Xuân", 3},   {"Yên", 1},    {"Điệp", 2},   {"Đông", 3},   {"Hào", 3},    {"Kỳ", 2}};
  static const Weighted kFemale = {
      {"Hương", 30}, {"Lan", 26},   {"Hà", 24},   {"Trang", 22}, {"Linh", 22},   {"Thảo", 20},
      {"Hằng", 18},  {"Mai", 18},   {"Ngọc", 16}, {"Huyền", 16}, {"Hạnh", 15},   {"Hoa", 15},
      {"Dung", 14},  {"Nga", 14},   {"Thủy", 14}, {"Yến", 13},   {"Phương", 13}, {"Loan", 12},
      {"Nhung", 12}, {"Oanh", 10},  {"Thu", 11},  {"Vân", 11},   {"Anh", 11},    {"Hiền", 11},
      {"Liên", 10},  {"Lý", 8},     {"My", 6},    {"Nhàn", 7},   {"Quyên", 7},   {"Tâm", 8},
      {"Thanh", 9},  {"Thúy", 10},  {"Trinh", 7}, {"Tuyết", 7},  {"Uyên", 6},    {"Xuân", 7},
      {"Hồng", 9},   {"Diệp", 4},   {"Giang", 7}, {"Hậu", 5},    {"Hoài", 5},    {"Khánh", 5},
      {"Lệ", 5},     {"Minh", 6},   {"Nhi", 5},   {"Phượng", 6}, {"Quỳnh", 7},   {"Sen", 3},
      {"Thơ", 4},    {"Thắm", 4},   {"Tú", 4},    {"Vy", 4},     {"Bích", 5},    {"Chi", 5},
      {"Duyên", 5},  {"Gấm", 2},    {"Hảo", 3},   {"Huệ", 5},    {"Kim", 4},     {"Liễu", 3},
      {"Lụa", 2},    {"Nguyệt", 4}, {"Thoa", 4},  {"Hường", 4},  {"Vui", 2},     {"Ánh", 5}};
  return female ? kFemale : kMale;
}

const Weighted& PlaceSyllables() {
  static const Weighted k = {
      {"An", 3},    {"Bình", 3},   {"Hòa", 3},   {"Phú", 3},   {"Tân", 3},    {"Thạnh", 2},
      {"Vĩnh", 2},  {"Xuân", 2},   {"Đông", 2},  {"Tây", 1},   {"Nam", 2},    {"Bắc", 1},
      {"Trung", 2}, {"Hưng", 2},   {"Long", 2},  {"Phước", 2}, {"Thuận", 2},  {"Lợi", 1},
      {"Mỹ", 2},    {"Hiệp", 1},   {"Thành", 2}, {"Quang", 1}, {"Minh", 2},   {"Đức", 1},
      {"Hải", 2},   {"Sơn", 2},    {"Lâm", 1},   {"Thái", 1},  {"Cẩm", 1},    {"Yên", 2},
      {"Hồng", 1},  {"Kim", 1},    {"Ngọc", 1},  {"Hương", 1}, {"Lạc", 1},    {"Phong", 1},
      {"Gia", 1},   {"Định", 1},   {"Khánh", 1}, {"Lộc", 1},   {"Thọ", 1},    {"Hà", 1},
      {"Quảng", 1}, {"Nghĩa", 1},  {"Tiến", 1},  {"Thắng", 1}, {"Trường", 1}, {"Hợp", 1},
      {"Đại", 1},   {"Tam", 1},    {"Liên", 1},  {"Châu", 1},  {"Cát", 1},    {"Tường", 1},
      {"Điền", 1},  {"Thượng", 1}, {"Hạ", 1},    {"Chính", 1}, {"Đồng", 2},   {"Tịnh", 1},
      {"Kỳ", 1},    {"Thiện", 1},  {"Hoằng", 1}, {"Diễn", 1},  {"Quỳnh", 1},  {"Tuy", 1}};
  return k;
}

const Weighted& MinorityEthnicities() {
  static const Weighted k = {{"Tày", 20},    {"Thái", 18},    {"Mường", 15},        {"Khmer", 12},
                             {"Nùng", 10},   {"H'Mông", 6},   {"Dao", 6},           {"Hoa", 3},
                             {"Gia Rai", 3}, {"Ê Đê", 3},     {"Ba Na", 2},         {"Sán Chay", 2},
                             {"Chăm", 1},    {"Cơ Ho", 1},    {"Xơ Đăng", 1},       {"Sán Dìu", 1},
                             {"Hrê", 1},     {"Mnông", 1},    {"Thổ", 1},           {"Giáy", 0.5},
                             {"Cơ Tu", 0.5}, {"Khơ Mú", 0.5}, {"Bru-Vân Kiều", 0.5}};
  return k;
}

const Weighted& OtherReligions() {
  static const Weighted k = {{"Phật giáo", 50}, {"Công giáo", 25}, {"Tin lành", 5},
                             {"Cao Đài", 8},    {"Hòa Hảo", 8},    {"Khác", 4}};
  return k;
}

const Weighted& ProfessionalLevels() {
  static const Weighted k = {{"Đại học", 45}, {"Thạc sĩ", 8},    {"Tiến sĩ", 1},
                             {"Cao đẳng", 7}, {"Trung cấp", 12}, {"", 27}};
  return k;
}

const Weighted& TheoryLevelCodes() {
  static const Weighted k = {
      {"so_cap", 55}, {"trung_cap", 25}, {"cao_cap", 7}, {"cu_nhan", 1}, {"", 12}};
  return k;
}

const Weighted& StateMgmtLevels() {
  static const Weighted k = {
      {"", 70}, {"Chuyên viên", 20}, {"Chuyên viên chính", 8}, {"Chuyên viên cao cấp", 2}};
  return k;
}

const Weighted& ForeignLanguages() {
  static const Weighted k = {{"", 50},
                             {"Tiếng Anh B1", 20},
                             {"Tiếng Anh B", 15},
                             {"Tiếng Anh A2", 10},
                             {"Tiếng Pháp B", 2},
                             {"Tiếng Trung B1", 2},
                             {"Tiếng Nga B", 1}};
  return k;
}

const Weighted& ItLevels() {
  static const Weighted k = {{"", 45},
                             {"Ứng dụng CNTT cơ bản", 35},
                             {"Tin học văn phòng", 15},
                             {"Ứng dụng CNTT nâng cao", 5}};
  return k;
}

}  // namespace dangbo::demo::national
