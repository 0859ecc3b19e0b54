// The preset table and its expansion against the catalogue.
#include "service/report/presets.h"

#include <stdexcept>

#include "service/report/catalogue.h"

namespace dangbo::service {

namespace {

struct PresetRow {
  const char* code;
  const char* label;
  const char* description;
  std::vector<const char*> indicators;
  const char* breakdown;
};

const PresetRow kPresets[] = {
    {"to-chuc",
     "Tổ chức đảng",
     "Số tổ chức cơ sở đảng theo loại và các tổ chức trực thuộc, tại ngày báo cáo.",
     {"orgs.grassroots", "orgs.grassroots_committee", "orgs.grassroots_branch",
      "orgs.sub_committee", "orgs.branch", "orgs.total", "orgs.with_secretary",
      "orgs.secretary_heads_unit", "orgs.secretary_heads_percent", "orgs.committee_complete",
      "orgs.committee_incomplete", "orgs.host.*"},
     "unit"},
    {"dang-vien",
     "Số lượng đảng viên",
     "Đảng viên theo tình trạng tại ngày báo cáo, theo từng tổ chức cơ sở đảng.",
     {"members.total", "members.official", "members.probationary", "members.exempt"},
     "grassroots"},
    {"bien-dong",
     "Biến động đảng viên",
     "Đầu kỳ, tăng, giảm, cuối kỳ và từng loại biến động trong kỳ, theo từng tổ chức cơ sở "
     "đảng.",
     {"balance.opening", "balance.increase", "balance.decrease", "balance.closing",
      "flows.admitted", "flows.readmitted", "transfers.in", "transfers.in_people", "transfers.out",
      "transfers.out_people", "flows.removed", "flows.expelled", "flows.left", "flows.died",
      "flows.recognized", "flows.card_issued"},
     "grassroots"},
    {"ket-nap",
     "Kết nạp đảng viên so với chỉ tiêu",
     "Số kết nạp trong kỳ, chỉ tiêu của các năm trong kỳ và tỷ lệ đạt, theo từng tổ chức cơ "
     "sở đảng.",
     {"flows.admitted", "admission.target", "admission.percent", "flows.recognized"},
     "grassroots"},
    {"chat-luong",
     "Phân tích chất lượng đội ngũ đảng viên",
     "Độ tuổi, giới tính, dân tộc, tôn giáo, trình độ và tuổi Đảng của đảng viên tại ngày báo "
     "cáo.",
     {"members.total", "members.age.*", "members.sex.*", "members.ethnicity.*",
      "members.religion.*", "members.education.*", "members.professional.*", "members.theory.*",
      "members.state_mgmt.*", "members.party_age.*"},
     "grassroots"},
};

// REQUIRES: every code and prefix names registered indicators (a fault otherwise).
std::vector<const report::Indicator*> Expand(const std::vector<const char*>& entries) {
  std::vector<const report::Indicator*> out;
  for (std::string entry : entries) {
    if (!entry.ends_with(".*")) {
      out.push_back(&IndicatorOf(entry));
      continue;
    }
    const std::string prefix = entry.substr(0, entry.size() - 1);
    const size_t before = out.size();
    for (const auto& i : IndicatorCatalogue()) {
      if (i.code.starts_with(prefix)) out.push_back(&i);
    }
    if (out.size() == before) throw std::logic_error("preset prefix matches nothing: " + entry);
  }
  return out;
}

}  // namespace

const std::vector<ReportPreset>& ReportPresets() {
  static const std::vector<ReportPreset> kExpanded = [] {
    std::vector<ReportPreset> out;
    for (const PresetRow& r : kPresets) {
      out.push_back({r.code, r.label, r.description, Expand(r.indicators), r.breakdown});
    }
    return out;
  }();
  return kExpanded;
}

const ReportPreset* FindPreset(const std::string& code) {
  for (const auto& p : ReportPresets()) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

nlohmann::json PresetJson(const ReportPreset& p) {
  nlohmann::json codes = nlohmann::json::array();
  for (const auto* i : p.indicators) codes.push_back(i->code);
  return {{"code", p.code},
          {"label", p.label},
          {"description", p.description},
          {"indicators", codes},
          {"breakdown", p.breakdown}};
}

}  // namespace dangbo::service
