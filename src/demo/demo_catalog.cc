// What the demo's blocs are made of: the grassroots organizations of a provincial bloc
// (hand-written, shaped like the seeds) and of generated district-like committees.
#include <algorithm>

#include "demo/demo.h"

namespace dangbo::demo::internal {

namespace {

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t bar = s.find('|', start);
    const size_t end = bar == std::string::npos ? s.size() : bar;
    if (end > start) out.push_back(s.substr(start, end - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

Unit Committee(const std::string& stem, const char* kind, Profile p, const char* head, int n,
               const std::string& pool) {
  Unit u;
  u.stem = u.host = stem;
  u.host_kind = kind;
  u.profile = p;
  u.head = head;
  u.committee = true;
  u.branches = n;
  u.pool = Split(pool);
  return u;
}

Unit Branch(const std::string& stem, const char* kind, Profile p, const char* head) {
  Unit u;
  u.stem = u.host = stem;
  u.host_kind = kind;
  u.profile = p;
  u.head = head;
  return u;
}

constexpr const char* kAgency = "agency";
constexpr const char* kPublic = "public_unit";
constexpr const char* kState = "state_enterprise";
constexpr const char* kNonState = "non_state_enterprise";
constexpr const char* kPrivate = "private_enterprise";

}  // namespace

Catalog ProvincialBloc() {
  using P = Profile;
  Catalog c;
  c.decision = "QĐ/ĐUK";
  auto& u = c.units;
  // Đảng bộ cơ sở for the whole period.
  u.push_back(Committee("Sở Y tế", kAgency, P::kAgency, "Giám đốc Sở", 8,
                        "Văn phòng Sở|Thanh tra Sở|Phòng Kế hoạch - Tài chính|Phòng Tổ chức cán "
                        "bộ|Phòng Nghiệp vụ Y|Phòng Nghiệp vụ Dược|Chi cục Dân số|Chi cục An toàn "
                        "vệ sinh thực phẩm|Trung tâm Giám định y khoa|Phòng Quản lý hành nghề"));
  u.back().user = "soyte";
  u.push_back(Committee(
      "Bệnh viện Đa khoa tỉnh", kPublic, P::kHospital, "Giám đốc Bệnh viện", 18,
      "Khoa Xét nghiệm|Khoa Chẩn đoán hình ảnh|Phòng Kế hoạch tổng hợp|Phòng Tổ chức cán bộ|Phòng "
      "Tài chính - Kế toán|Phòng Điều dưỡng|Khoa Khám bệnh|Khoa Cấp cứu|Khoa Hồi sức tích cực - "
      "Chống độc|Khoa Nội|Khoa Nội tiết|Khoa Nhi|Khoa Sản|Khoa Gây mê hồi sức|Khoa Dược|Khoa Tai "
      "Mũi Họng|Khoa Mắt|Khoa Răng Hàm Mặt|Khoa Y học cổ truyền|Khoa Truyền nhiễm|Khoa Ung bướu"));
  u.back().sub_name = "Khối Cận lâm sàng";
  u.back().sub_branches = 2;
  u.back().sub_dissolved = true;
  u.back().split_from = "Khoa Ngoại";
  u.back().split_a = "Khoa Ngoại tổng hợp";
  u.back().split_b = "Khoa Chấn thương chỉnh hình";
  u.back().user = "bvdk";
  u.push_back(Committee("Sở Tài chính", kAgency, P::kAgency, "Giám đốc Sở", 6,
                        "Văn phòng Sở|Thanh tra Sở|Phòng Quản lý ngân sách|Phòng Tài chính đầu "
                        "tư|Phòng Quản lý giá và công sản|Phòng Tài chính doanh nghiệp|Phòng Tin "
                        "học và Thống kê"));
  u.back().merge_target = true;
  u.push_back(Committee("Sở Kế hoạch và Đầu tư", kAgency, P::kAgency, "Giám đốc Sở", 3,
                        "Phòng Đăng ký kinh doanh|Phòng Tổng hợp, quy hoạch|Phòng Kinh tế "
                        "ngành|Văn phòng Sở"));
  u.back().merge_source = true;
  u.push_back(Committee("Sở Giáo dục và Đào tạo", kAgency, P::kAgency, "Giám đốc Sở", 8,
                        "Văn phòng Sở|Thanh tra Sở|Phòng Giáo dục Trung học|Phòng Giáo dục Mầm non "
                        "- Tiểu học|Phòng Khảo thí và Kiểm định chất lượng|Phòng Tổ chức cán "
                        "bộ|Phòng Kế hoạch - Tài chính|Phòng Giáo dục chuyên nghiệp - Thường "
                        "xuyên|Trung tâm Hỗ trợ phát triển giáo dục hòa nhập"));
  u.push_back(Committee(
      "Sở Nông nghiệp và Môi trường", kAgency, P::kAgency, "Giám đốc Sở", 10,
      "Văn phòng Sở|Thanh tra Sở|Phòng Quản lý đất đai|Phòng Tài nguyên nước|Phòng Môi "
      "trường|Phòng Khoáng sản|Văn phòng Đăng ký đất đai|Trung tâm Phát triển quỹ đất|Trung tâm "
      "Quan trắc tài nguyên và môi trường|Phòng Đo đạc, Bản đồ và Viễn thám|Trung tâm Công nghệ "
      "thông tin tài nguyên và môi trường"));
  u.back().old_stem = "Sở Tài nguyên và Môi trường";
  u.push_back(Committee(
      "Sở Xây dựng", kAgency, P::kAgency, "Giám đốc Sở", 7,
      "Văn phòng Sở|Thanh tra Sở|Phòng Quản lý hoạt động xây dựng|Phòng Quy hoạch - Kiến "
      "trúc|Phòng Phát triển đô thị|Phòng Quản lý nhà và thị trường bất động sản|Phòng Kinh tế và "
      "Vật liệu xây dựng|Trung tâm Kiểm định chất lượng xây dựng|Phòng Quản lý giao thông"));
  u.push_back(Committee("Sở Nội vụ", kAgency, P::kAgency, "Giám đốc Sở", 5,
                        "Văn phòng Sở|Thanh tra Sở|Phòng Tổ chức, biên chế|Phòng Công chức, viên "
                        "chức|Phòng Xây dựng chính quyền|Ban Thi đua - Khen thưởng|Chi cục Văn thư "
                        "- Lưu trữ|Phòng Lao động - Việc làm"));
  u.push_back(Committee("Sở Văn hóa, Thể thao và Du lịch", kAgency, P::kAgency, "Giám đốc Sở", 8,
                        "Văn phòng Sở|Thanh tra Sở|Phòng Quản lý văn hóa|Phòng Quản lý thể dục thể "
                        "thao|Phòng Quản lý du lịch|Trung tâm Huấn luyện và Thi đấu thể thao|Đoàn "
                        "Nghệ thuật tỉnh|Trung tâm Thông tin - Xúc tiến du lịch|Ban Quản lý di "
                        "tích"));
  u.push_back(Committee("Sở Khoa học và Công nghệ", kAgency, P::kAgency, "Giám đốc Sở", 4,
                        "Văn phòng Sở|Phòng Quản lý khoa học|Chi cục Tiêu chuẩn Đo lường Chất "
                        "lượng|Trung tâm Ứng dụng tiến bộ khoa học và công nghệ|Phòng Bưu chính, "
                        "Viễn thông và Chuyển đổi số"));
  u.push_back(Committee("Sở Công Thương", kAgency, P::kAgency, "Giám đốc Sở", 5,
                        "Văn phòng Sở|Thanh tra Sở|Phòng Quản lý thương mại|Phòng Quản lý công "
                        "nghiệp|Phòng Quản lý năng lượng|Trung tâm Khuyến công và Tư vấn phát "
                        "triển công nghiệp"));
  u.push_back(Committee(
      "Thuế tỉnh", kAgency, P::kAgency, "Trưởng Thuế tỉnh", 12,
      "Văn phòng|Phòng Tổ chức cán bộ|Phòng Kiểm tra nội bộ|Phòng Quản lý hộ kinh doanh, cá nhân "
      "và thu khác|Phòng Thanh tra - Kiểm tra số 1|Phòng Thanh tra - Kiểm tra số 2|Phòng Nghiệp vụ "
      "- Dự toán - Pháp chế|Phòng Kê khai và Kế toán thuế|Phòng Quản lý nợ và Cưỡng chế nợ "
      "thuế|Phòng Công nghệ thông tin|Phòng Tuyên truyền - Hỗ trợ người nộp thuế|Đội Thuế thành "
      "phố|Đội Thuế liên huyện số 1|Đội Thuế liên huyện số 2"));
  u.back().old_stem = "Cục Thuế tỉnh";
  u.push_back(Committee(
      "Bảo hiểm xã hội tỉnh", kAgency, P::kAgency, "Giám đốc", 9,
      "Văn phòng|Phòng Tổ chức - Hành chính|Phòng Kế hoạch - Tài chính|Phòng Chế độ bảo hiểm xã "
      "hội|Phòng Giám định bảo hiểm y tế|Phòng Quản lý thu|Phòng Cấp sổ, thẻ|Phòng Thanh tra - "
      "Kiểm tra|Phòng Công nghệ thông tin|Bảo hiểm xã hội thành phố|Bảo hiểm xã hội khu vực"));
  u.push_back(Committee("Ngân hàng Nhà nước Chi nhánh tỉnh", kAgency, P::kBank,
                        "Giám đốc Chi nhánh", 4,
                        "Phòng Tổng hợp - Nhân sự|Phòng Kế toán - Thanh toán|Phòng Tiền tệ - Kho "
                        "quỹ và Hành chính|Phòng Thanh tra, giám sát ngân hàng|Phòng Kiểm soát "
                        "nội bộ"));
  u.push_back(Committee(
      "Công ty Điện lực tỉnh", kState, P::kEnterprise, "Giám đốc Công ty", 15,
      "Đội Quản lý điện khu vực 1|Đội Quản lý điện khu vực 2|Phòng Kinh doanh Điện lực thành "
      "phố|Đội Quản lý vận hành lưới điện thành phố|Văn phòng Công ty|Phòng Kế hoạch và Vật "
      "tư|Phòng Kỹ thuật|Phòng Tài chính - Kế toán|Phòng Kinh doanh|Phòng Điều độ|Phòng An "
      "toàn|Phòng Tổ chức và Nhân sự|Phòng Công nghệ thông tin|Điện lực khu vực phía Bắc|Điện lực "
      "khu vực phía Nam|Điện lực khu vực phía Đông|Xí nghiệp Cao thế|Đội Sửa chữa - Thí nghiệm"));
  u.back().sub_name = "Điện lực thành phố";
  u.back().sub_branches = 4;
  u.push_back(Committee("Trường Cao đẳng Y tế", kPublic, P::kCollege, "Hiệu trưởng", 5,
                        "Phòng Đào tạo|Phòng Tổ chức - Hành chính|Khoa Điều dưỡng - Hộ sinh|Khoa "
                        "Dược|Khoa Y học cơ sở|Khoa Khoa học cơ bản|Phòng Công tác học sinh, sinh "
                        "viên"));
  u.push_back(Committee("Trường Cao đẳng Cộng đồng", kPublic, P::kCollege, "Hiệu trưởng", 8,
                        "Phòng Đào tạo|Phòng Tổ chức - Hành chính|Phòng Kế hoạch - Tài chính|Khoa "
                        "Kinh tế|Khoa Nông nghiệp - Thủy sản|Khoa Công nghệ thông tin|Khoa Sư "
                        "phạm|Khoa Ngoại ngữ|Khoa Lý luận chính trị|Trung tâm Ngoại ngữ - Tin "
                        "học|Thư viện"));
  u.push_back(Committee("Đài Phát thanh và Truyền hình tỉnh", kPublic, P::kMedia, "Giám đốc Đài", 8,
                        "Phòng Thời sự|Phòng Biên tập|Phòng Kỹ thuật - Công nghệ|Phòng Chương "
                        "trình|Phòng Văn nghệ - Giải trí|Phòng Quảng cáo - Dịch vụ|Phòng Tổ chức - "
                        "Hành chính|Phòng Phát thanh|Phòng Nội dung số"));
  u.push_back(Committee("Bệnh viện Y dược cổ truyền tỉnh", kPublic, P::kHospital,
                        "Giám đốc Bệnh viện", 5,
                        "Phòng Kế hoạch tổng hợp|Khoa Khám bệnh|Khoa Nội|Khoa Châm cứu - Dưỡng "
                        "sinh|Khoa Phục hồi chức năng|Khoa Dược|Phòng Tổ chức - Hành chính"));
  u.push_back(Committee("Bệnh viện Sản - Nhi tỉnh", kPublic, P::kHospital, "Giám đốc Bệnh viện", 10,
                        "Phòng Kế hoạch tổng hợp|Phòng Tổ chức cán bộ|Phòng Tài chính - Kế "
                        "toán|Khoa Sản|Khoa Phụ|Khoa Sơ sinh|Khoa Nhi tổng hợp|Khoa Hồi sức tích "
                        "cực Nhi|Khoa Khám bệnh|Khoa Xét nghiệm|Khoa Dược|Khoa Gây mê hồi sức"));
  u.push_back(Committee("Công ty TNHH MTV Xổ số kiến thiết tỉnh", kState, P::kEnterprise,
                        "Giám đốc Công ty", 4,
                        "Phòng Tổ chức - Hành chính|Phòng Kế toán|Phòng Kế hoạch - Kinh "
                        "doanh|Phòng Trả thưởng|Chi nhánh thành phố"));
  u.push_back(Committee("Công ty Cổ phần Cấp thoát nước tỉnh", kNonState, P::kEnterprise,
                        "Giám đốc Công ty", 7,
                        "Phòng Tổ chức - Hành chính|Phòng Kế toán|Phòng Kỹ thuật|Phòng Kinh "
                        "doanh|Xí nghiệp Nước thành phố|Xí nghiệp Nước khu vực phía Bắc|Nhà máy "
                        "nước số 1|Nhà máy nước số 2|Đội Thi công"));
  u.push_back(Committee("Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh tỉnh", kState, P::kBank,
                        "Giám đốc Chi nhánh", 5,
                        "Phòng Tổ chức - Hành chính|Phòng Khách hàng doanh nghiệp|Phòng Khách "
                        "hàng cá nhân|Phòng Kế toán|Phòng Bán lẻ|Phòng giao dịch Trung tâm"));
  u.push_back(Committee(
      "Ngân hàng Nông nghiệp và Phát triển nông thôn - Chi nhánh tỉnh", kState, P::kBank,
      "Giám đốc Chi nhánh", 12,
      "Phòng giao dịch Phường 1|Phòng giao dịch Phường 3|Phòng Khách hàng Chi nhánh thành "
      "phố|Phòng Tổng hợp|Phòng Kế toán - Ngân quỹ|Phòng Khách hàng cá nhân|Phòng Khách hàng "
      "doanh nghiệp|Phòng Kiểm tra, kiểm soát nội bộ|Phòng Hành chính - Nhân sự|Chi nhánh huyện "
      "Châu Thành|Chi nhánh huyện Tân Phú|Chi nhánh huyện Long Hồ|Chi nhánh thị xã Bình "
      "Minh|Chi nhánh huyện Tam Bình"));
  u.back().sub_name = "Chi nhánh thành phố";
  u.back().sub_branches = 3;
  u.push_back(Committee("Bệnh viện Đa khoa khu vực Phú Hòa", kPublic, P::kHospital,
                        "Giám đốc Bệnh viện", 6,
                        "Phòng Kế hoạch tổng hợp|Khoa Khám bệnh|Khoa Nội|Khoa Ngoại|Khoa Sản|Khoa "
                        "Nhi|Khoa Hồi sức cấp cứu|Khoa Cận lâm sàng"));

  // Chi bộ cơ sở upgraded to đảng bộ cơ sở in the last ten years ("7 in 10 years").
  auto upgrade = [&](Unit x) {
    x.upgrade = true;
    u.push_back(std::move(x));
  };
  upgrade(Committee("Bệnh viện Lao và Bệnh phổi tỉnh", kPublic, P::kHospital, "Giám đốc Bệnh viện",
                    3, "Phòng Kế hoạch tổng hợp|Khoa Lao|Khoa Bệnh phổi|Khoa Cận lâm sàng"));
  upgrade(Committee("Trung tâm Kiểm soát bệnh tật tỉnh", kPublic, P::kHospital,
                    "Giám đốc Trung tâm", 4,
                    "Phòng Tổ chức - Hành chính|Khoa Phòng, chống bệnh truyền nhiễm|Khoa Xét "
                    "nghiệm - Chẩn đoán hình ảnh|Khoa Sức khỏe sinh sản|Khoa Dinh dưỡng"));
  upgrade(Committee("Ban Quản lý các khu công nghiệp tỉnh", kAgency, P::kAgency, "Trưởng ban", 3,
                    "Văn phòng Ban|Phòng Quản lý đầu tư|Phòng Quản lý doanh nghiệp|Phòng Quản lý "
                    "quy hoạch và xây dựng"));
  upgrade(Committee("Trường Chính trị tỉnh", kPublic, P::kCollege, "Hiệu trưởng", 3,
                    "Phòng Tổ chức - Hành chính|Khoa Lý luận cơ sở|Khoa Xây dựng Đảng|Khoa Nhà "
                    "nước và Pháp luật|Phòng Quản lý đào tạo"));
  upgrade(Committee("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh tỉnh", kState,
                    P::kBank, "Giám đốc Chi nhánh", 4,
                    "Phòng Tổ chức - Hành chính|Phòng Khách hàng doanh nghiệp|Phòng Khách hàng cá "
                    "nhân|Phòng Quản trị tín dụng|Phòng giao dịch Trung tâm"));
  upgrade(Committee("Công ty Cổ phần Dược phẩm tỉnh", kNonState, P::kEnterprise, "Tổng Giám đốc", 3,
                    "Phòng Tổ chức - Hành chính|Phòng Kế toán|Nhà máy sản xuất dược phẩm|Phòng "
                    "Kinh doanh - Tiếp thị"));
  upgrade(Committee("Văn phòng Ủy ban nhân dân tỉnh", kAgency, P::kAgency, "Chánh Văn phòng", 4,
                    "Phòng Hành chính - Tổ chức|Phòng Kinh tế|Phòng Văn hóa - Xã hội|Trung tâm "
                    "Phục vụ hành chính công|Phòng Quản trị - Tài vụ|Phòng Nội chính"));

  // Chi bộ cơ sở.
  u.push_back(Branch("Kho bạc Nhà nước tỉnh", kAgency, P::kAgency, "Giám đốc"));
  u.back().user = "khobac";
  u.push_back(Branch("Thống kê tỉnh", kAgency, P::kAgency, "Trưởng Thống kê tỉnh"));
  u.back().old_stem = "Cục Thống kê tỉnh";
  u.push_back(Branch("Báo tỉnh", kPublic, P::kMedia, "Tổng Biên tập"));
  u.push_back(Branch("Bưu điện tỉnh", kState, P::kEnterprise, "Giám đốc"));
  u.push_back(Branch("Viễn thông tỉnh", kState, P::kEnterprise, "Giám đốc"));
  u.push_back(Branch("Sở Tư pháp", kAgency, P::kAgency, "Giám đốc Sở"));
  u.push_back(Branch("Sở Ngoại vụ", kAgency, P::kAgency, "Giám đốc Sở"));
  u.push_back(Branch("Thanh tra tỉnh", kAgency, P::kAgency, "Chánh Thanh tra tỉnh"));
  u.push_back(Branch("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", kAgency,
                     P::kAgency, "Chánh Văn phòng"));
  u.push_back(Branch("Liên minh Hợp tác xã tỉnh", kAgency, P::kAgency, "Chủ tịch"));
  u.push_back(Branch("Hội Chữ thập đỏ tỉnh", kAgency, P::kAgency, "Chủ tịch Hội"));
  u.push_back(
      Branch("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", kAgency, P::kAgency, "Chủ tịch"));
  u.push_back(Branch("Hội Văn học Nghệ thuật tỉnh", kAgency, P::kAgency, "Chủ tịch Hội"));
  u.push_back(
      Branch("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp "
             "tỉnh",
             kPublic, P::kAgency, "Giám đốc"));
  u.back().old_stem = "Ban Quản lý dự án đầu tư xây dựng tỉnh";
  u.back().rename_early = true;
  u.push_back(Branch("Quỹ Đầu tư phát triển tỉnh", kPublic, P::kBank, "Giám đốc"));
  u.push_back(Branch("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", kPublic, P::kAgency,
                     "Giám đốc Trung tâm"));
  u.push_back(Branch("Chi cục Quản lý thị trường tỉnh", kAgency, P::kAgency, "Chi cục trưởng"));
  u.push_back(Branch("Bảo tàng tỉnh", kPublic, P::kAgency, "Giám đốc"));
  u.push_back(Branch("Thư viện tỉnh", kPublic, P::kAgency, "Giám đốc"));
  u.push_back(
      Branch("Trung tâm Văn hóa - Nghệ thuật tỉnh", kPublic, P::kMedia, "Giám đốc Trung tâm"));
  u.push_back(Branch("Bệnh viện Tâm thần tỉnh", kPublic, P::kHospital, "Giám đốc Bệnh viện"));
  u.push_back(Branch("Bệnh viện Mắt tỉnh", kPublic, P::kHospital, "Giám đốc Bệnh viện"));
  u.push_back(Branch("Trung tâm Pháp y tỉnh", kPublic, P::kHospital, "Giám đốc Trung tâm"));
  u.push_back(Branch("Đài Khí tượng Thủy văn tỉnh", kPublic, P::kAgency, "Giám đốc Đài"));
  u.push_back(Branch("Cục Thi hành án dân sự tỉnh", kAgency, P::kAgency, "Cục trưởng"));
  u.push_back(
      Branch("Ngân hàng Chính sách xã hội Chi nhánh tỉnh", kState, P::kBank, "Giám đốc Chi nhánh"));
  u.push_back(Branch("Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh tỉnh", kState, P::kBank,
                     "Giám đốc Chi nhánh"));
  u.push_back(Branch("Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh", kState, P::kEnterprise,
                     "Giám đốc Công ty"));
  u.push_back(Branch("Công ty Cổ phần Môi trường đô thị tỉnh", kNonState, P::kEnterprise,
                     "Giám đốc Công ty"));
  u.push_back(
      Branch("Công ty Cổ phần Vận tải ô tô tỉnh", kNonState, P::kEnterprise, "Giám đốc Công ty"));
  u.push_back(Branch("Công ty Cổ phần Xây dựng Giao thông tỉnh", kNonState, P::kEnterprise,
                     "Giám đốc Công ty"));
  u.push_back(Branch("Công ty Cổ phần Sách và Thiết bị trường học tỉnh", kNonState, P::kEnterprise,
                     "Giám đốc Công ty"));
  u.push_back(
      Branch("Công ty TNHH May xuất khẩu Phú Hưng", kPrivate, P::kEnterprise, "Giám đốc Công ty"));
  u.push_back(
      Branch("Công ty Cổ phần Thủy sản Tân Thành", kPrivate, P::kEnterprise, "Tổng Giám đốc"));
  u.push_back(Branch("Công ty TNHH Chế biến nông sản Tân Phú", kPrivate, P::kEnterprise,
                     "Giám đốc Công ty"));
  u.push_back(
      Branch("Trường Cao đẳng Kinh tế - Kỹ thuật tỉnh", kPublic, P::kCollege, "Hiệu trưởng"));
  u.push_back(Branch("Trường Cao đẳng Sư phạm tỉnh", kPublic, P::kCollege, "Hiệu trưởng"));
  u.push_back(Branch("Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh", kPublic, P::kHospital,
                     "Giám đốc Trung tâm"));
  u.push_back(Branch("Tòa án nhân dân tỉnh", kAgency, P::kAgency, "Chánh án"));
  u.push_back(Branch("Viện Kiểm sát nhân dân tỉnh", kAgency, P::kAgency, "Viện trưởng"));
  u.push_back(Branch("Trung tâm Công nghệ thông tin và Truyền thông tỉnh", kPublic, P::kAgency,
                     "Giám đốc Trung tâm"));
  // "Thành lập mới 1 chi bộ cơ sở trong doanh nghiệp tư nhân" (seed, 2022).
  u.push_back(
      Branch("Công ty TNHH Điện tử Việt Hưng", kPrivate, P::kEnterprise, "Giám đốc Công ty"));
  u.back().new_later = true;
  return c;
}

namespace {

const std::vector<std::string>& Districts() {
  static const std::vector<std::string> k = {
      "Châu Thành", "Phú Tân",  "Tân Phú",  "Long Hồ",  "Tam Bình",  "Vũng Liêm", "Trà Ôn",
      "Mang Thít",  "Cái Bè",   "Cai Lậy",  "Chợ Gạo",  "Gò Công",   "Hòa Thành", "Bình Minh",
      "Hồng Ngự",   "Tân Hồng", "Lai Vung", "Lấp Vò",   "Thạnh Phú", "Mỏ Cày",    "Ba Tri",
      "Giồng Trôm", "Cầu Kè",   "Tiểu Cần", "Cần Đước", "Đức Hòa",   "Thủ Thừa",  "Tân Trụ"};
  return k;
}

const std::vector<std::string>& Famous() {
  static const std::vector<std::string> k = {
      "Nguyễn Du",         "Lê Quý Đôn",     "Trần Hưng Đạo",
      "Nguyễn Trãi",       "Lê Lợi",         "Quang Trung",
      "Nguyễn Đình Chiểu", "Phan Bội Châu",  "Phan Châu Trinh",
      "Võ Thị Sáu",        "Lý Tự Trọng",    "Nguyễn Văn Trỗi",
      "Chu Văn An",        "Hùng Vương",     "Trần Phú",
      "Lê Hồng Phong",     "Ngô Quyền",      "Nguyễn Khuyến",
      "Tô Hiến Thành",     "Đoàn Thị Điểm",  "Nguyễn Bỉnh Khiêm",
      "Hoàng Văn Thụ",     "Trần Quốc Toản", "Kim Đồng",
      "Võ Văn Kiệt",       "Nguyễn Huệ",     "Bùi Thị Xuân",
      "Thủ Khoa Huân",     "Trương Định",    "Nguyễn Thị Định"};
  return k;
}

// Place names from common syllables, unique within `used`.
std::string Place(Rng& rng, std::set<std::string>& used) {
  for (;;) {
    const std::string& a = rng.Pick(PlaceFirstSyllables());
    const std::string& b = rng.Pick(PlaceSecondSyllables());
    if (a == b) continue;
    std::string name = a + " " + b;
    if (used.insert(name).second) return name;
  }
}

// A company name not yet used in the province.
std::string Company(Rng& rng, const char* form, const std::set<std::string>& used,
                    std::set<std::string>& taken) {
  static const std::vector<std::string> kSector = {"May mặc",
                                                   "Chế biến nông sản",
                                                   "Xây dựng",
                                                   "Vật liệu xây dựng",
                                                   "Thức ăn chăn nuôi",
                                                   "Thủy sản",
                                                   "Giày da",
                                                   "Chế biến gỗ",
                                                   "Cơ khí",
                                                   "Thương mại - Dịch vụ",
                                                   "Vận tải",
                                                   "Lương thực",
                                                   "Bao bì",
                                                   "Dệt may"};
  static const std::vector<std::string> kBrand = {
      "Thành Công", "Phú Cường", "Hưng Thịnh", "Tân Tiến",     "Minh Phát", "Hoàng Long",
      "Đại Phát",   "An Khang",  "Phước Lộc",  "Thịnh Vượng",  "Việt Tiến", "Sao Mai",
      "Hải Đăng",   "Kim Long",  "Tín Nghĩa",  "Trường Thịnh", "Nam Phát",  "Quang Minh"};
  for (;;) {
    std::string name = std::string(form) + " " + rng.Pick(kSector) + " " + rng.Pick(kBrand);
    if (!used.count(name) && taken.insert(name).second) return name;
  }
}

}  // namespace

Catalog District(Rng& rng, int index, std::set<std::string>& used_hosts) {
  using P = Profile;
  // The district: one city, two towns, the rest rural districts.
  const char* type = index == 1 ? "thành phố" : index <= 3 ? "thị xã" : "huyện";
  const char* party = index == 1 ? "Thành ủy" : index <= 3 ? "Thị ủy" : "Huyện ủy";
  std::string name;
  do {
    name = rng.Pick(Districts());
  } while (used_hosts.count("Ủy ban nhân dân " + std::string(type) + " " + name));
  const std::string d = std::string(type) + " " + name;

  Catalog c;
  c.superior = "Đảng bộ " + d;
  c.decision = index == 1 ? "QĐ/ThU" : index <= 3 ? "QĐ/TXU" : "QĐ/HU";
  auto& u = c.units;
  std::set<std::string> places, companies;
  places.insert(name);
  // Host unit names must be unique in the province: add the district when needed.
  auto host = [&](Unit& x) {
    if (!used_hosts.insert(x.host).second) {
      x.host += " (" + d + ")";
      used_hosts.insert(x.host);
    }
  };

  // Communes (đảng bộ xã/phường) with their hamlet branches.
  const bool urban = index <= 3;
  const std::string hamlet = rng.Chance(0.5) ? "ấp" : "thôn";
  std::vector<std::string> communes;
  for (int i = 0; i < 22; ++i) {
    const bool ward = urban && (index == 1 || i % 2 == 0);
    const std::string kind = i == 21 && !urban ? "thị trấn" : ward ? "phường" : "xã";
    const std::string place = i == 21 && !urban ? name : Place(rng, places);
    const std::string stem = kind + " " + place;
    std::string pool;
    const bool street = kind != "xã";
    std::set<std::string> hamlets;
    for (int h = 1; h <= 12; ++h) {
      pool += (street ? "khu phố " + std::to_string(h) : hamlet + " " + Place(rng, hamlets)) + "|";
    }
    pool += "Quân sự|Công an|Trường THCS " + place + "|Trường Tiểu học " + place +
            "|Trạm Y tế|Trường Mầm non " + place;
    Unit x = Committee(stem, kAgency, P::kCommune, "Chủ tịch Ủy ban nhân dân",
                       static_cast<int>(rng.Uniform(6, 8)), pool);
    x.host = "Ủy ban nhân dân " + stem + ", " + d;
    communes.push_back(stem);
    u.push_back(std::move(x));
  }
  // The restructuring: one commune merges into its neighbour, which takes a new name.
  u[0].merge_source = true;
  u[1].merge_target = true;
  u[1].old_stem = u[1].stem;
  u[1].stem = (u[1].stem.rfind("phường", 0) == 0 ? "phường " : "xã ") + Place(rng, places);
  u[1].host = "Ủy ban nhân dân " + u[1].stem + ", " + d;
  for (Unit& x : u) host(x);

  Unit gov =
      Committee("Cơ quan chính quyền " + d, kAgency, P::kAgency, "Chủ tịch Ủy ban nhân dân", 8,
                "Phòng Tài chính - Kế hoạch|Phòng Kinh tế|Phòng Tài nguyên và Môi "
                "trường|Văn phòng Hội đồng nhân dân và Ủy ban nhân dân|Phòng Nội vụ|Phòng "
                "Văn hóa và Thông tin|Phòng Giáo dục và Đào tạo|Phòng Y tế|Phòng Tư "
                "pháp|Thanh tra|Phòng Lao động - Thương binh và Xã hội|Phòng Quản lý đô "
                "thị|Phòng Nông nghiệp và Phát triển nông thôn");
  gov.host = "Ủy ban nhân dân " + d;
  gov.sub_name = "Khối Kinh tế";
  gov.sub_branches = 3;
  host(gov);
  u.push_back(std::move(gov));
  const std::string p = std::string(party);
  Unit mass = Committee("Cơ quan Đảng - Mặt trận - Đoàn thể " + d, kAgency, P::kAgency,
                        "Chánh Văn phòng", 8,
                        "Ủy ban Mặt trận Tổ quốc|Hội Liên hiệp Phụ nữ|Đoàn Thanh niên|Văn phòng " +
                            p + "|Ban Tổ chức " + p + "|Ủy ban Kiểm tra " + p + "|Ban Tuyên giáo " +
                            p + "|Ban Dân vận " + p +
                            "|Hội Nông dân|Hội Cựu chiến binh|Liên đoàn Lao động|Trung tâm "
                            "Chính trị");
  mass.host = "Văn phòng " + p + " " + name;
  mass.sub_name = "Khối Mặt trận - Đoàn thể";
  mass.sub_branches = 3;
  host(mass);
  u.push_back(std::move(mass));
  Unit health = Committee("Trung tâm Y tế " + d, kPublic, P::kHospital, "Giám đốc Trung tâm", 10,
                          "Khoa Kiểm soát bệnh tật|Khoa Y tế công cộng và Dinh dưỡng|Phòng Kế "
                          "hoạch - Nghiệp vụ|Phòng Tổ chức - Hành chính|Khoa Khám bệnh|Khoa Hồi "
                          "sức cấp cứu|Khoa Nội|Khoa Nhi|Khoa Sản|Khoa Xét nghiệm - Chẩn đoán "
                          "hình ảnh|Khoa Dược|Khoa Y học cổ truyền - Phục hồi chức năng");
  health.sub_name = "Khối Dự phòng";
  health.sub_branches = 2;
  health.sub_dissolved = true;
  health.split_from = "Khoa Ngoại";
  health.split_a = "Khoa Ngoại tổng hợp";
  health.split_b = "Khoa Gây mê hồi sức";
  host(health);
  u.push_back(std::move(health));

  // Upgraded in the last ten years.
  std::set<std::string> famous;
  auto person = [&] {
    for (;;) {
      const std::string& f = rng.Pick(Famous());
      if (famous.insert(f).second) return f;
    }
  };
  const std::string school_pool =
      "Tổ Toán - Tin|Tổ Ngữ văn|Tổ Khoa học tự nhiên|Tổ Khoa học xã "
      "hội|Tổ Ngoại ngữ|Tổ Văn phòng";
  std::vector<Unit> up;
  up.push_back(
      Committee("Trường THPT " + person(), kPublic, P::kSchool, "Hiệu trưởng", 3, school_pool));
  up.push_back(
      Committee("Trường THPT " + person(), kPublic, P::kSchool, "Hiệu trưởng", 3, school_pool));
  up.push_back(Committee("Điện lực " + d, kState, P::kEnterprise, "Giám đốc Điện lực", 3,
                         "Phòng Tổng hợp|Phòng Kinh doanh|Đội Quản lý vận hành lưới điện|Đội "
                         "Quản lý điện khu vực"));
  up.push_back(Committee("Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh " + d, kState,
                         P::kBank, "Giám đốc Chi nhánh", 3,
                         "Phòng Kế hoạch - Kinh doanh|Phòng Kế toán - Ngân quỹ|Phòng giao dịch " +
                             Place(rng, places) + "|Phòng giao dịch " + Place(rng, places)));
  up.push_back(Committee("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên " + d, kPublic,
                         P::kSchool, "Giám đốc Trung tâm", 3,
                         "Phòng Hành chính - Tổng hợp|Phòng Đào tạo|Tổ Văn hóa|Tổ Nghề"));
  up.push_back(Committee("Bảo hiểm xã hội " + d, kAgency, P::kAgency, "Giám đốc", 3,
                         "Bộ phận Thu|Bộ phận Chế độ|Bộ phận Một cửa|Bộ phận Giám định"));
  up.push_back(Committee(Company(rng, "Công ty Cổ phần", used_hosts, companies), kNonState,
                         P::kEnterprise, "Tổng Giám đốc", 4,
                         "Phòng Tổ chức - Hành chính|Phòng Kế toán|Phân xưởng sản xuất số "
                         "1|Phân xưởng sản xuất số 2|Phòng Kinh doanh"));
  for (Unit& x : up) {
    x.upgrade = true;
    host(x);
    u.push_back(std::move(x));
  }

  // Chi bộ cơ sở.
  std::vector<Unit> b;
  for (int i = 0; i < 3; ++i) {
    b.push_back(Branch("Trường THPT " + person(), kPublic, P::kSchool, "Hiệu trưởng"));
  }
  for (int i = 0; i < 5; ++i) {
    b.push_back(Branch("Trường THCS " + person(), kPublic, P::kSchool, "Hiệu trưởng"));
  }
  for (int i = 0; i < 4; ++i) {
    b.push_back(Branch("Trường Tiểu học " + person(), kPublic, P::kSchool, "Hiệu trưởng"));
  }
  for (const char* flower : {"Hoa Sen", "Sơn Ca", "Họa Mi"}) {
    b.push_back(
        Branch("Trường Mầm non " + std::string(flower), kPublic, P::kSchool, "Hiệu trưởng"));
  }
  b.push_back(Branch("Trung tâm Văn hóa, Thể thao và Truyền thanh " + d, kPublic, P::kMedia,
                     "Giám đốc Trung tâm"));
  b.push_back(Branch("Ban Quản lý dự án đầu tư xây dựng " + d, kPublic, P::kAgency, "Giám đốc"));
  b.back().old_stem = "Ban Quản lý các dự án " + d;
  b.back().rename_early = true;
  b.push_back(Branch("Chi nhánh Văn phòng Đăng ký đất đai " + d, kPublic, P::kAgency,
                     "Giám đốc Chi nhánh"));
  b.push_back(
      Branch("Trung tâm Phát triển quỹ đất " + d, kPublic, P::kAgency, "Giám đốc Trung tâm"));
  b.push_back(Branch("Kho bạc Nhà nước " + d, kAgency, P::kAgency, "Giám đốc"));
  b.push_back(Branch("Đội Thuế " + d, kAgency, P::kAgency, "Đội trưởng"));
  b.back().old_stem = "Chi cục Thuế " + d;
  b.push_back(Branch("Tòa án nhân dân " + d, kAgency, P::kAgency, "Chánh án"));
  b.push_back(Branch("Viện Kiểm sát nhân dân " + d, kAgency, P::kAgency, "Viện trưởng"));
  b.push_back(Branch("Chi cục Thi hành án dân sự " + d, kAgency, P::kAgency, "Chi cục trưởng"));
  b.push_back(Branch("Phòng giao dịch Ngân hàng Chính sách xã hội " + d, kState, P::kBank,
                     "Giám đốc Phòng giao dịch"));
  b.push_back(Branch("Bưu điện " + d, kState, P::kEnterprise, "Giám đốc"));
  b.push_back(Branch("Hạt Kiểm lâm " + d, kAgency, P::kAgency, "Hạt trưởng"));
  b.push_back(
      Branch("Trung tâm Dịch vụ nông nghiệp " + d, kPublic, P::kAgency, "Giám đốc Trung tâm"));
  b.push_back(Branch("Chi cục Thống kê " + d, kAgency, P::kAgency, "Chi cục trưởng"));
  b.push_back(Branch("Công ty TNHH MTV Công trình đô thị " + d, kState, P::kEnterprise,
                     "Giám đốc Công ty"));
  b.push_back(Branch("Hợp tác xã Nông nghiệp " + communes[3].substr(communes[3].find(' ') + 1),
                     kNonState, P::kEnterprise, "Giám đốc Hợp tác xã"));
  b.push_back(Branch("Quỹ Tín dụng nhân dân " + communes[4].substr(communes[4].find(' ') + 1),
                     kNonState, P::kBank, "Giám đốc"));
  for (int i = 0; i < 2; ++i) {
    b.push_back(Branch(Company(rng, "Công ty Cổ phần", used_hosts, companies), kNonState,
                       P::kEnterprise, "Giám đốc Công ty"));
  }
  for (int i = 0; i < 7; ++i) {
    b.push_back(Branch(Company(rng, "Công ty TNHH", used_hosts, companies), kPrivate,
                       P::kEnterprise, "Giám đốc Công ty"));
  }
  b.push_back(Branch(Company(rng, "Công ty TNHH", used_hosts, companies), kPrivate, P::kEnterprise,
                     "Giám đốc Công ty"));
  b.back().new_later = true;
  for (Unit& x : b) {
    host(x);
    u.push_back(std::move(x));
  }
  return c;
}

}  // namespace dangbo::demo::internal
