// Demo people: Vietnamese names with realistic family-name frequencies, birth and party
// dates that satisfy the rules, national IDs, places, and the sub-records of a member file.
#include <algorithm>
#include <cstdio>
#include <limits>

#include "demo/demo.h"

namespace dangbo::demo::internal {

int64_t Rng::Uniform(int64_t lo, int64_t hi) {
  if (hi <= lo) return lo;
  const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
  const uint64_t max = std::numeric_limits<uint64_t>::max();
  const uint64_t limit = max - max % span;
  uint64_t x = Next();
  while (x >= limit) x = Next();
  return lo + static_cast<int64_t>(x % span);
}

double Rng::Real() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

int64_t Rng::Triangular(int64_t lo, int64_t hi) { return (Uniform(lo, hi) + Uniform(lo, hi)) / 2; }

size_t Rng::Weighted(const std::vector<double>& weights) {
  double total = 0;
  for (double w : weights) total += w;
  double r = Real() * total;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return weights.size() - 1;
}

Date Rng::DateBetween(const Date& lo, const Date& hi) {
  return Date::FromDayNumber(Uniform(lo.DayNumber(), hi.DayNumber()));
}

std::string LeaderTitle(const std::string& sub) {
  struct Rule {
    const char* prefix;
    const char* title;
  };
  static const Rule kRules[] = {
      {"Khoa ", "Trưởng khoa"},
      {"Đoàn Thanh niên", "Bí thư Đoàn"},
      {"Đoàn ", "Trưởng đoàn"},
      {"Ủy ban Mặt trận", "Chủ tịch Ủy ban Mặt trận Tổ quốc"},
      {"Liên đoàn", "Chủ tịch Liên đoàn Lao động"},
      {"Phòng giao dịch", "Giám đốc Phòng giao dịch"},
      {"Phòng ", "Trưởng phòng"},
      {"Văn phòng", "Chánh Văn phòng"},
      {"Thanh tra", "Chánh Thanh tra"},
      {"Trung tâm", "Giám đốc Trung tâm"},
      {"Chi cục", "Chi cục trưởng"},
      {"ấp ", "Trưởng ấp"},
      {"thôn ", "Trưởng thôn"},
      {"khu phố", "Trưởng khu phố"},
      {"Xí nghiệp", "Giám đốc Xí nghiệp"},
      {"Phân xưởng", "Quản đốc"},
      {"Đội ", "Đội trưởng"},
      {"Trường", "Hiệu trưởng"},
      {"Trạm", "Trạm trưởng"},
      {"Chi nhánh", "Giám đốc Chi nhánh"},
      {"Điện lực", "Giám đốc Điện lực"},
      {"Ban ", "Trưởng ban"},
      {"Bộ phận", "Trưởng bộ phận"},
      {"Thư viện", "Giám đốc Thư viện"},
      {"Hội ", "Chủ tịch Hội"},
      {"Ủy ban", "Chủ nhiệm Ủy ban"},
      {"Công an", "Trưởng Công an"},
      {"Quân sự", "Chỉ huy trưởng"},
      {"Nhà máy", "Giám đốc Nhà máy"},
      {"Tổ ", "Tổ trưởng"},
      {"Hạt ", "Hạt trưởng"},
      {"Bảo hiểm xã hội", "Giám đốc"},
  };
  for (const Rule& r : kRules) {
    if (sub.rfind(r.prefix, 0) == 0) return r.title;
  }
  return "Trưởng bộ phận";
}

namespace {

struct Weighted {
  const char* value;
  double weight;
};

template <size_t N>
const char* Draw(Rng& rng, const Weighted (&table)[N]) {
  std::vector<double> w;
  for (const auto& e : table) w.push_back(e.weight);
  return table[rng.Weighted(w)].value;
}

// Family names by frequency (Kinh); other groups use their own common names.
constexpr Weighted kFamily[] = {
    {"Nguyễn", 38.0}, {"Trần", 11.0}, {"Lê", 9.5},     {"Phạm", 7.0},  {"Hoàng", 3.0},
    {"Huỳnh", 2.1},   {"Phan", 4.5},  {"Vũ", 2.2},     {"Võ", 2.2},    {"Đặng", 2.1},
    {"Bùi", 2.0},     {"Đỗ", 1.4},    {"Hồ", 1.3},     {"Ngô", 1.3},   {"Dương", 1.0},
    {"Lý", 0.5},      {"Đinh", 0.7},  {"Trương", 0.8}, {"Lâm", 0.5},   {"Mai", 0.5},
    {"Cao", 0.5},     {"Lương", 0.4}, {"Đoàn", 0.5},   {"Trịnh", 0.4}, {"Hà", 0.4},
    {"Tạ", 0.3},      {"Tô", 0.2},    {"Châu", 0.3},   {"Thái", 0.2},  {"Lưu", 0.2},
    {"Quách", 0.1},   {"Văn", 0.1},   {"La", 0.1},     {"Kiều", 0.1},  {"Tăng", 0.1}};

constexpr Weighted kEthnicity[] = {
    {"Kinh", 89.0},   {"Khmer", 2.2}, {"Tày", 1.7},     {"Thái", 1.4},    {"Mường", 1.3},
    {"Hoa", 1.6},     {"Nùng", 0.9},  {"Chăm", 0.5},    {"Dao", 0.4},     {"H'Mông", 0.3},
    {"Sán Dìu", 0.2}, {"Ê Đê", 0.2},  {"Gia Rai", 0.2}, {"Sán Chay", 0.1}};

constexpr Weighted kReligion[] = {{"Không", 88.0},  {"Phật giáo", 8.0}, {"Công giáo", 2.8},
                                  {"Cao Đài", 0.6}, {"Tin lành", 0.4},  {"Hòa Hảo", 0.2}};

const std::vector<std::string>& FamilyOf(const std::string& ethnicity) {
  static const std::vector<std::string> kKhmer = {"Thạch", "Sơn", "Danh", "Kim", "Lâm", "Châu"};
  static const std::vector<std::string> kHoa = {"Lý", "Lâm", "Trương", "Quách", "Tăng", "Mã"};
  static const std::vector<std::string> kTay = {"Hoàng", "Nông", "Lương", "Hà", "Triệu", "Ma"};
  static const std::vector<std::string> kThai = {"Lò", "Cầm", "Lường", "Quàng", "Vi", "Hà"};
  static const std::vector<std::string> kMuong = {"Bùi", "Đinh", "Quách", "Hà", "Xa"};
  static const std::vector<std::string> kCham = {"Thông", "Đàng", "Quảng", "Châu", "Lưu"};
  static const std::vector<std::string> kNone;
  if (ethnicity == "Khmer") return kKhmer;
  if (ethnicity == "Hoa") return kHoa;
  if (ethnicity == "Tày" || ethnicity == "Nùng") return kTay;
  if (ethnicity == "Thái") return kThai;
  if (ethnicity == "Mường") return kMuong;
  if (ethnicity == "Chăm") return kCham;
  return kNone;
}

const std::vector<std::string>& MaleMiddle() {
  static const std::vector<std::string> k = {
      "Văn",  "Văn",  "Văn",   "Văn",  "Văn",   "Đức",  "Minh",  "Quốc",  "Hữu", "Thanh",
      "Công", "Xuân", "Quang", "Ngọc", "Hoàng", "Đình", "Trọng", "Thành", "Duy", "Anh",
      "Tuấn", "Tấn",  "Phước", "Chí",  "Hải",   "Bá",   "Việt",  "Trung", "Kim", "Nhật"};
  return k;
}

const std::vector<std::string>& FemaleMiddle() {
  static const std::vector<std::string> k = {
      "Thị",   "Thị",     "Thị",     "Thị",      "Thị",      "Thị",    "Thị",   "Ngọc",
      "Thu",   "Thanh",   "Kim",     "Minh",     "Hồng",     "Phương", "Thùy",  "Mỹ",
      "Bích",  "Hoài",    "Diệu",    "Khánh",    "Bảo",      "Lan",    "Tuyết", "Hải",
      "Quỳnh", "Thị Thu", "Thị Kim", "Thị Ngọc", "Thị Thanh"};
  return k;
}

const std::vector<std::string>& MaleGiven() {
  static const std::vector<std::string> k = {
      "An",     "Bình",  "Cường", "Dũng",  "Đạt",   "Hải",    "Hùng",  "Huy",   "Hưng", "Khang",
      "Khoa",   "Kiên",  "Long",  "Lâm",   "Minh",  "Nam",    "Nghĩa", "Phong", "Phúc", "Quân",
      "Quang",  "Sơn",   "Tài",   "Thắng", "Thành", "Thịnh",  "Toàn",  "Trung", "Tuấn", "Tùng",
      "Việt",   "Vinh",  "Hiếu",  "Hoàng", "Khánh", "Lợi",    "Lộc",   "Nhân",  "Phát", "Sang",
      "Tâm",    "Thái",  "Thanh", "Trí",   "Trọng", "Tú",     "Vũ",    "Duy",   "Hòa",  "Hậu",
      "Đông",   "Chiến", "Công",  "Định",  "Giang", "Hiển",   "Kha",   "Luân",  "Mạnh", "Nguyên",
      "Phương", "Quý",   "Thuận", "Tiến",  "Triều", "Trường", "Tường", "Vương", "Xuân", "Bảo"};
  return k;
}

const std::vector<std::string>& FemaleGiven() {
  static const std::vector<std::string> k = {
      "Anh",  "Châu", "Chi",   "Dung",  "Duyên", "Giang", "Hà",     "Hạnh",   "Hằng",  "Hiền",
      "Hoa",  "Hồng", "Hương", "Hường", "Huyền", "Lan",   "Liên",   "Linh",   "Loan",  "Mai",
      "My",   "Nga",  "Ngân",  "Ngọc",  "Nhung", "Oanh",  "Phương", "Phượng", "Quyên", "Quỳnh",
      "Tâm",  "Thảo", "Thơ",   "Thủy",  "Trang", "Trinh", "Tuyết",  "Uyên",   "Vân",   "Vy",
      "Yến",  "Xuân", "Diễm",  "Nhi",   "Thư",   "Hậu",   "Lệ",     "Lý",     "Nhàn",  "Thắm",
      "Thúy", "Trâm", "Tươi",  "Vui",   "Ánh",   "Bích",  "Cúc",    "Đào",    "Hoài",  "Kiều"};
  return k;
}

struct Province {
  const char* name;  // as written in addresses
  const char* code;  // national ID prefix (mã tỉnh nơi đăng ký khai sinh)
};

const std::vector<Province>& Provinces() {
  static const std::vector<Province> k = {
      {"thành phố Hà Nội", "001"},    {"tỉnh Cao Bằng", "004"},
      {"tỉnh Tuyên Quang", "008"},    {"tỉnh Lào Cai", "010"},
      {"tỉnh Sơn La", "014"},         {"tỉnh Yên Bái", "015"},
      {"tỉnh Hòa Bình", "017"},       {"tỉnh Thái Nguyên", "019"},
      {"tỉnh Lạng Sơn", "020"},       {"tỉnh Quảng Ninh", "022"},
      {"tỉnh Bắc Giang", "024"},      {"tỉnh Phú Thọ", "025"},
      {"tỉnh Bắc Ninh", "027"},       {"tỉnh Hải Dương", "030"},
      {"thành phố Hải Phòng", "031"}, {"tỉnh Hưng Yên", "033"},
      {"tỉnh Thái Bình", "034"},      {"tỉnh Nam Định", "036"},
      {"tỉnh Ninh Bình", "037"},      {"tỉnh Thanh Hóa", "038"},
      {"tỉnh Nghệ An", "040"},        {"tỉnh Hà Tĩnh", "042"},
      {"tỉnh Quảng Bình", "044"},     {"tỉnh Quảng Trị", "045"},
      {"tỉnh Thừa Thiên Huế", "046"}, {"thành phố Đà Nẵng", "048"},
      {"tỉnh Quảng Nam", "049"},      {"tỉnh Quảng Ngãi", "051"},
      {"tỉnh Bình Định", "052"},      {"tỉnh Phú Yên", "054"},
      {"tỉnh Khánh Hòa", "056"},      {"tỉnh Bình Thuận", "060"},
      {"tỉnh Gia Lai", "064"},        {"tỉnh Đắk Lắk", "066"},
      {"tỉnh Lâm Đồng", "068"},       {"tỉnh Bình Phước", "070"},
      {"tỉnh Tây Ninh", "072"},       {"tỉnh Bình Dương", "074"},
      {"tỉnh Đồng Nai", "075"},       {"thành phố Hồ Chí Minh", "079"},
      {"tỉnh Long An", "080"},        {"tỉnh Tiền Giang", "082"},
      {"tỉnh Bến Tre", "083"},        {"tỉnh Trà Vinh", "084"},
      {"tỉnh Vĩnh Long", "086"},      {"tỉnh Đồng Tháp", "087"},
      {"tỉnh An Giang", "089"},       {"tỉnh Kiên Giang", "091"},
      {"thành phố Cần Thơ", "092"},   {"tỉnh Hậu Giang", "093"},
      {"tỉnh Sóc Trăng", "094"},      {"tỉnh Bạc Liêu", "095"},
      {"tỉnh Cà Mau", "096"}};
  return k;
}

// Place names from common syllables ("Tân Phú", "An Hòa", "Long Thạnh"...).
std::string PlaceName(Rng& rng) {
  std::string a = rng.Pick(PlaceFirstSyllables()), b = rng.Pick(PlaceSecondSyllables());
  while (b == a) b = rng.Pick(PlaceSecondSyllables());
  return a + " " + b;
}

const std::vector<std::string>& Streets() {
  static const std::vector<std::string> k = {
      "Nguyễn Huệ",    "Lê Lợi",           "Trần Hưng Đạo", "Hùng Vương",
      "Nguyễn Trãi",   "Lý Thường Kiệt",   "Hai Bà Trưng",  "Phan Đình Phùng",
      "Nguyễn Du",     "Lê Duẩn",          "Quang Trung",   "Trần Phú",
      "Nguyễn Văn Cừ", "Võ Văn Kiệt",      "Lê Hồng Phong", "Nguyễn Thị Minh Khai",
      "Điện Biên Phủ", "30 Tháng 4",       "3 Tháng 2",     "Cách Mạng Tháng 8",
      "Phạm Hùng",     "Nguyễn Đình Chiểu"};
  return k;
}

struct ProfileInfo {
  double female;
  std::vector<std::string> occupations, titles, levels;
};

const ProfileInfo& Info(Profile p) {
  static const ProfileInfo kAgency = {
      0.42,
      {"Công chức"},
      {"Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Thanh tra viên",
       "Kế toán viên", "Văn thư", "Cán sự"},
      {"Cử nhân Luật", "Cử nhân Kinh tế", "Thạc sĩ Quản lý công", "Cử nhân Hành chính",
       "Kỹ sư Công nghệ thông tin", "Thạc sĩ Kinh tế", "Cử nhân Tài chính - Ngân hàng",
       "Kỹ sư Xây dựng", "Cử nhân Kế toán", "Thạc sĩ Quản lý kinh tế"}};
  static const ProfileInfo kHospital = {
      0.58,
      {"Viên chức y tế"},
      {"Bác sĩ", "Bác sĩ", "Bác sĩ chuyên khoa I", "Điều dưỡng", "Điều dưỡng", "Điều dưỡng",
       "Kỹ thuật viên xét nghiệm", "Dược sĩ", "Hộ sinh", "Kỹ thuật viên hình ảnh"},
      {"Bác sĩ đa khoa", "Bác sĩ chuyên khoa I Nội khoa", "Bác sĩ chuyên khoa II Ngoại khoa",
       "Thạc sĩ Y học", "Cử nhân Điều dưỡng", "Dược sĩ đại học", "Cử nhân Xét nghiệm y học",
       "Cao đẳng Điều dưỡng", "Bác sĩ chuyên khoa I Nhi khoa"}};
  static const ProfileInfo kCollege = {
      0.5,
      {"Viên chức giáo dục"},
      {"Giảng viên", "Giảng viên", "Giảng viên chính", "Chuyên viên", "Kế toán viên",
       "Thư viện viên"},
      {"Thạc sĩ Quản lý giáo dục", "Tiến sĩ Kinh tế", "Thạc sĩ Điều dưỡng",
       "Thạc sĩ Công nghệ thông tin", "Cử nhân Sư phạm Ngữ văn", "Thạc sĩ Triết học",
       "Thạc sĩ Luật", "Tiến sĩ Khoa học giáo dục"}};
  static const ProfileInfo kSchool = {
      0.62,
      {"Viên chức giáo dục"},
      {"Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên", "Nhân viên văn thư", "Kế toán"},
      {"Cử nhân Sư phạm Toán", "Cử nhân Sư phạm Ngữ văn", "Cử nhân Sư phạm Tiếng Anh",
       "Cử nhân Sư phạm Vật lý", "Cử nhân Sư phạm Lịch sử", "Cao đẳng Sư phạm Mầm non",
       "Thạc sĩ Lý luận và Phương pháp dạy học", "Cử nhân Giáo dục Tiểu học"}};
  static const ProfileInfo kEnterprise = {
      0.3,
      {"Người lao động"},
      {"Nhân viên", "Kỹ sư", "Công nhân kỹ thuật", "Kế toán viên", "Nhân viên kinh doanh",
       "Tổ trưởng sản xuất", "Lái xe", "Công nhân vận hành"},
      {"Kỹ sư Điện", "Kỹ sư Cơ khí", "Cử nhân Quản trị kinh doanh", "Cử nhân Kế toán",
       "Cao đẳng Điện công nghiệp", "Trung cấp Kỹ thuật", "Kỹ sư Cấp thoát nước",
       "Kỹ sư Công nghệ thực phẩm"}};
  static const ProfileInfo kBank = {
      0.52,
      {"Nhân viên ngân hàng"},
      {"Cán bộ tín dụng", "Giao dịch viên", "Kiểm soát viên", "Chuyên viên", "Kế toán viên",
       "Thủ quỹ"},
      {"Cử nhân Tài chính - Ngân hàng", "Thạc sĩ Tài chính - Ngân hàng", "Cử nhân Kế toán",
       "Cử nhân Kinh tế", "Thạc sĩ Quản trị kinh doanh"}};
  static const ProfileInfo kMedia = {
      0.45,
      {"Viên chức"},
      {"Phóng viên", "Phóng viên", "Biên tập viên", "Kỹ thuật viên", "Quay phim", "Phát thanh viên",
       "Chuyên viên"},
      {"Cử nhân Báo chí", "Cử nhân Ngữ văn", "Kỹ sư Điện tử - Viễn thông", "Thạc sĩ Báo chí",
       "Cử nhân Quan hệ công chúng"}};
  static const ProfileInfo kCommune = {
      0.36,
      {"Nông dân", "Nông dân", "Cán bộ, công chức xã", "Kinh doanh", "Giáo viên", "Công nhân",
       "Lao động tự do"},
      {"", "", "", "", "Công chức Văn phòng - Thống kê", "Công chức Địa chính - Xây dựng",
       "Chủ tịch Hội Nông dân", "Chủ tịch Hội Liên hiệp Phụ nữ", "Bí thư Đoàn Thanh niên",
       "Chủ tịch Hội Cựu chiến binh"},
      {"", "", "Trung cấp Nông nghiệp", "Cử nhân Luật", "Trung cấp Kế toán", "Cử nhân Hành chính",
       "Cao đẳng Sư phạm"}};
  switch (p) {
    case Profile::kAgency:
      return kAgency;
    case Profile::kHospital:
      return kHospital;
    case Profile::kCollege:
      return kCollege;
    case Profile::kSchool:
      return kSchool;
    case Profile::kEnterprise:
      return kEnterprise;
    case Profile::kBank:
      return kBank;
    case Profile::kMedia:
      return kMedia;
    case Profile::kCommune:
      return kCommune;
  }
  return kAgency;
}

const std::vector<std::string>& Universities() {
  static const std::vector<std::string> k = {"Trường Đại học Kinh tế Quốc dân",
                                             "Học viện Hành chính Quốc gia",
                                             "Trường Đại học Luật TP. Hồ Chí Minh",
                                             "Trường Đại học Cần Thơ",
                                             "Trường Đại học Y Dược TP. Hồ Chí Minh",
                                             "Trường Đại học Sư phạm Hà Nội",
                                             "Trường Đại học Bách khoa Hà Nội",
                                             "Học viện Ngân hàng",
                                             "Học viện Tài chính",
                                             "Trường Đại học Y Hà Nội",
                                             "Trường Đại học Kinh tế TP. Hồ Chí Minh",
                                             "Học viện Báo chí và Tuyên truyền",
                                             "Đại học Huế",
                                             "Trường Đại học Vinh",
                                             "Trường Đại học Nông Lâm TP. Hồ Chí Minh",
                                             "Trường Đại học Đà Nẵng"};
  return k;
}

std::string Iso(const Date& d) { return d.Iso(); }

}  // namespace

People::People(Rng& rng, const Date& today)
    : rng_(rng), today_(today), home_(static_cast<int>(rng.Uniform(0, 52))) {}

std::string People::Province() const { return Provinces()[static_cast<size_t>(home_)].name; }

std::string People::FullName(bool female) {
  const std::string family = Draw(rng_, kFamily);
  const std::string middle = rng_.Pick(female ? FemaleMiddle() : MaleMiddle());
  const std::string given = rng_.Pick(female ? FemaleGiven() : MaleGiven());
  return family + " " + middle + " " + given;
}

std::string People::Place(int province, bool full) {
  const std::string p = Provinces()[static_cast<size_t>(province)].name;
  if (!full) return "xã " + PlaceName(rng_) + ", " + p;
  const bool city = p.rfind("thành phố", 0) == 0;
  return (city ? "phường " : "xã ") + PlaceName(rng_) + (city ? ", quận " : ", huyện ") +
         PlaceName(rng_) + ", " + p;
}

service::MemberInput People::Make(const PersonSpec& spec) {
  const ProfileInfo& info = Info(spec.profile);
  service::MemberInput in;
  const bool female = rng_.Chance(spec.senior ? info.female * 0.7 : info.female);
  in.sex = female ? "female" : "male";
  in.ethnicity = Draw(rng_, kEthnicity);
  in.religion = Draw(rng_, kReligion);
  if (in.ethnicity == "Khmer" && rng_.Chance(0.8)) in.religion = "Phật giáo";
  const auto& own_family = FamilyOf(in.ethnicity);
  in.full_name = FullName(female);
  if (!own_family.empty()) {
    in.full_name = rng_.Pick(own_family) + in.full_name.substr(in.full_name.find(' '));
  }
  if (rng_.Chance(0.01)) in.other_name = rng_.Pick(female ? FemaleGiven() : MaleGiven());

  // Ages 23-60 today; leaders are older.
  const int age = static_cast<int>(spec.probationary ? rng_.Triangular(23, 38)
                                   : spec.senior     ? rng_.Triangular(40, 60)
                                                     : rng_.Triangular(23, 60));
  const Date born = today_.AddYears(-age).AddDays(-rng_.Uniform(1, 364));
  in.birth_date = born.Iso();

  // Admitted at 18 or later, within the last 35 years; official 12 months later.
  Date admitted;
  if (spec.probationary) {
    admitted = today_.AddDays(-rng_.Uniform(20, 350));
  } else {
    const Date lo = std::max(born.AddYears(18).AddDays(1), today_.AddYears(-35));
    const Date hi = today_.AddMonths(-12).AddDays(-1);
    admitted =
        born.AddYears(static_cast<int>(rng_.Triangular(20, 36))).AddDays(rng_.Uniform(0, 364));
    // Outside the possible range (the young, the long-standing): draw within it instead of
    // piling everyone onto its ends.
    if (admitted < lo || admitted > hi) admitted = rng_.DateBetween(lo, std::max(lo, hi));
  }
  in.admitted_on = admitted.Iso();
  in.admitting_org = spec.unit_name;
  in.introducers = FullName(rng_.Chance(0.45)) + ", " + FullName(rng_.Chance(0.45));
  const std::string code = Provinces()[static_cast<size_t>(home_)].code;
  if (!spec.probationary) {
    const Date official = admitted.AddMonths(12);
    in.official_on = official.Iso();
    if (rng_.Chance(0.93)) {
      card_seq_ += rng_.Uniform(1, 9);
      char buf[32];
      std::snprintf(buf, sizeof buf, "%s.%07lld", code.c_str() + 1,
                    static_cast<long long>(100000 + card_seq_));
      in.card_no = buf;
      in.card_issued_on = std::min(today_, official.AddDays(rng_.Uniform(30, 270))).Iso();
    }
  }
  record_seq_ += rng_.Uniform(1, 5);
  {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s-%d-%06lld", code.c_str(), admitted.year(),
                  static_cast<long long>(record_seq_));
    in.record_no = buf;
  }

  // Places: most were born in the province the demo is set in.
  const int origin = rng_.Chance(0.65) ? home_ : static_cast<int>(rng_.Uniform(0, 52));
  in.home_town = Place(origin, true);
  in.birth_place = rng_.Chance(0.7) ? in.home_town : Place(origin, false);
  in.residence = "Số " + std::to_string(rng_.Uniform(1, 320)) + ", đường " + rng_.Pick(Streets()) +
                 ", phường " + PlaceName(rng_) + ", " + Province();
  for (;;) {
    char buf[32];
    const int century = born.year() >= 2000 ? 2 : 0;
    std::snprintf(buf, sizeof buf, "%s%d%02d%06lld", Provinces()[static_cast<size_t>(origin)].code,
                  century + (female ? 1 : 0), born.year() % 100,
                  static_cast<long long>(rng_.Uniform(0, 999999)));
    if (national_ids_.insert(buf).second) {
      in.national_id = buf;
      break;
    }
  }

  // Education, qualifications, position.
  in.general_education = born.year() < 1978 && rng_.Chance(0.3) ? "10/10" : "12/12";
  in.professional_level = rng_.Pick(info.levels);
  if (spec.senior) {
    in.theory_level = rng_.Chance(0.75) ? "cao_cap" : (rng_.Chance(0.5) ? "cu_nhan" : "trung_cap");
  } else if (spec.probationary) {
    in.theory_level = rng_.Chance(0.3) ? "so_cap" : "";
  } else {
    static const char* const kTheory[] = {"", "so_cap", "trung_cap", "cao_cap", "cu_nhan"};
    in.theory_level = kTheory[rng_.Weighted({8, 50, 31, 9, 2})];
  }
  if (spec.profile == Profile::kAgency) {
    in.state_mgmt_level = spec.senior
                              ? (rng_.Chance(0.4) ? "Chuyên viên cao cấp" : "Chuyên viên chính")
                              : (rng_.Chance(0.6) ? "Chuyên viên" : "");
  }
  static const std::vector<std::string> kLanguage = {
      "Tiếng Anh B1", "Tiếng Anh B1",   "Tiếng Anh trình độ B",
      "Tiếng Anh A2", "Tiếng Anh B2",   "Tiếng Anh C",
      "Tiếng Pháp B", "Tiếng Trung B1", ""};
  static const std::vector<std::string> kIt = {"Ứng dụng CNTT cơ bản",   "Ứng dụng CNTT cơ bản",
                                               "Tin học trình độ B",     "Tin học trình độ A",
                                               "Ứng dụng CNTT nâng cao", ""};
  in.foreign_language = rng_.Pick(kLanguage);
  in.it_level = rng_.Pick(kIt);
  in.occupation = rng_.Pick(info.occupations);
  in.job_title = spec.job_title.empty() ? rng_.Pick(info.titles) : spec.job_title;
  in.party_position = spec.party_position;

  // Work history: earlier posts, then the current one.
  const Date career = std::min(born.AddYears(static_cast<int>(rng_.Uniform(21, 24))).AddMonths(8),
                               today_.AddMonths(-2));
  const int posts = static_cast<int>(rng_.Uniform(1, 3));
  const int64_t span = today_.DayNumber() - career.DayNumber();
  Date from = career;
  for (int i = 0; i < posts; ++i) {
    const bool last = i == posts - 1;
    const Date to =
        last ? today_ : Date::FromDayNumber(career.DayNumber() + span * (i + 1) / posts);
    service::SubRecord r;
    r.from_date = Iso(from);
    if (last) {
      r.title = in.job_title.empty() ? in.occupation : in.job_title;
      if (!spec.sub_unit.empty()) r.title += ", " + spec.sub_unit;
      r.detail = spec.host;
    } else {
      r.to_date = Iso(to.AddDays(-1));
      r.title = rng_.Pick(info.titles);
      if (r.title.empty()) r.title = in.occupation;
      r.detail = i == 0 && rng_.Chance(0.4) ? "Công tác tại địa phương" : spec.host;
    }
    in.work.push_back(std::move(r));
    from = to;
  }

  // Training: the degree, the new-member course, the theory course.
  if (!in.professional_level.empty()) {
    const Date start(born.year() + 18, 9, 5);
    if (start.AddYears(4) < today_) {
      in.training.push_back({start.Iso(), Date(born.year() + 22, 6, 30).Iso(),
                             in.professional_level, rng_.Pick(Universities())});
    }
  }
  const Date course = admitted.AddMonths(2);
  if (course.AddDays(5) <= today_) {
    in.training.push_back({course.Iso(), course.AddDays(5).Iso(),
                           "Bồi dưỡng lý luận chính trị dành cho đảng viên mới",
                           "Trung tâm Chính trị"});
  }
  if (in.theory_level == "trung_cap" || in.theory_level == "cao_cap") {
    const Date lo = std::min(admitted.AddYears(2), today_.AddYears(-1));
    const Date s = rng_.DateBetween(lo, std::max(lo, today_.AddYears(-1)));
    const bool high = in.theory_level == "cao_cap";
    in.training.push_back(
        {s.Iso(), s.AddMonths(high ? 8 : 6).Iso(),
         high ? "Cao cấp lý luận chính trị" : "Trung cấp lý luận chính trị - hành chính",
         high ? "Học viện Chính trị khu vực" : "Trường Chính trị tỉnh"});
  }

  // Rewards for about a third.
  if (rng_.Chance(0.35)) {
    static const std::vector<std::string> kRewards = {
        "Giấy khen của Ban Thường vụ Đảng ủy", "Bằng khen của Ủy ban nhân dân tỉnh",
        "Chiến sĩ thi đua cơ sở", "Giấy khen đảng viên hoàn thành xuất sắc nhiệm vụ",
        "Lao động tiên tiến"};
    const int n = static_cast<int>(rng_.Uniform(1, 2));
    for (int i = 0; i < n; ++i) {
      const Date on = rng_.DateBetween(std::min(admitted, today_), today_);
      in.rewards.push_back({on.Iso(), "", rng_.Pick(kRewards),
                            "Thành tích năm " + std::to_string(std::max(on.year() - 1, 1990))});
    }
  }

  // Family: parents, spouse, children.
  const std::string family_name = in.full_name.substr(0, in.full_name.find(' '));
  const int parent_year = born.year() - static_cast<int>(rng_.Uniform(22, 34));
  std::string father = FullName(false);
  father = family_name + father.substr(father.find(' '));
  const char* parent_job[] = {"Nông dân", "Hưu trí", "Cán bộ hưu trí", "Buôn bán", "Đã mất"};
  in.family.push_back(
      {"", "", "Cha: " + father,
       "Sinh năm " + std::to_string(parent_year) + "; " + parent_job[rng_.Uniform(0, 4)]});
  in.family.push_back({"", "", "Mẹ: " + FullName(true),
                       "Sinh năm " + std::to_string(parent_year + rng_.Uniform(1, 5)) + "; " +
                           parent_job[rng_.Uniform(0, 4)]});
  if (age >= 26 && rng_.Chance(0.85)) {
    const std::string spouse = FullName(!female);
    in.family.push_back({"", "", std::string(female ? "Chồng: " : "Vợ: ") + spouse,
                         "Sinh năm " + std::to_string(born.year() + rng_.Uniform(-4, 4)) + "; " +
                             rng_.Pick(info.occupations)});
    const std::string kids_family = female ? spouse.substr(0, spouse.find(' ')) : family_name;
    const int kids = age >= 29 ? static_cast<int>(rng_.Uniform(0, 2)) : 0;
    for (int k = 0; k < kids; ++k) {
      const bool girl = rng_.Chance(0.5);
      std::string kid = FullName(girl);
      kid = kids_family + kid.substr(kid.find(' '));
      const int year =
          std::min(today_.year(), born.year() + static_cast<int>(rng_.Uniform(25, 34)));
      in.family.push_back({"", "", "Con: " + kid, "Sinh năm " + std::to_string(year)});
    }
  }
  in.confirm_duplicate = true;  // distinct people by construction (unique national IDs)
  return in;
}

const std::vector<std::string>& PlaceFirstSyllables() {
  static const std::vector<std::string> k = {"Tân",   "An",    "Phú",   "Long", "Mỹ",   "Bình",
                                             "Hòa",   "Thạnh", "Phước", "Vĩnh", "Hưng", "Tam",
                                             "Thuận", "Đông",  "Nhơn",  "Hiệp", "Thới", "Xuân"};
  return k;
}

const std::vector<std::string>& PlaceSecondSyllables() {
  static const std::vector<std::string> k = {"Phú",  "Hòa",  "Thạnh", "Lợi",   "Bình",  "An",
                                             "Hưng", "Long", "Mỹ",    "Thuận", "Lộc",   "Tiến",
                                             "Đông", "Tây",  "Hiệp",  "Định",  "Khánh", "Thành"};
  return k;
}

}  // namespace dangbo::demo::internal
