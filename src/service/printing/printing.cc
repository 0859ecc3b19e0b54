// The printable forms' table and the parts they share: who issues a document (the committee
// competent for the member's unit) and the member's identity line.
#include "service/printing/printing.h"

#include <array>
#include <stdexcept>

#include "report/stock.h"
#include "service/printing/printing_internal.h"
#include "service/report/narrative.h"

namespace dangbo::service {

namespace {

constexpr std::array<PrintForm, 4> kForms = {{
    {"phieu-dang-vien", "Phiếu đảng viên (mẫu 2-HSĐV)", "phieu-dang-vien", Target::kMember,
     &MemberSheetDocx},
    {"giay-gioi-thieu", "Giấy giới thiệu sinh hoạt đảng", "giay-gioi-thieu", Target::kTransfer,
     &TransferLetterDocx},
    {"quyet-dinh-ket-nap", "Quyết định kết nạp đảng viên (dự thảo)", "quyet-dinh-ket-nap",
     Target::kCandidate, &AdmissionDecisionDocx},
    {"quyet-dinh-cong-nhan", "Quyết định công nhận đảng viên chính thức (dự thảo)",
     "quyet-dinh-cong-nhan", Target::kMember, &RecognitionDecisionDocx},
}};

Org OrgOfSpan(const report::OrgSpan& s) {
  Org o;
  o.id = s.id;
  o.parent_id = s.parent_id;
  o.kind = vocab::Parse<OrgKind>(s.kind).value_or(OrgKind::kSuperiorCommittee);
  o.name = s.name;
  o.path = s.path;
  return o;
}

}  // namespace

std::span<const PrintForm> PrintForms() { return kForms; }

const PrintForm* FindPrintForm(std::string_view code) {
  for (const PrintForm& f : kForms) {
    if (code == f.code) return &f;
  }
  return nullptr;
}

namespace printing {

Org OrgOn(store::Transaction& tx, int64_t org_id, const Date& on) {
  if (const auto span = report::OrgSpanAt(tx, org_id, on)) return OrgOfSpan(*span);
  // An organization that ended before `on` (a member's last unit, dissolved since): as it was
  // last.
  const auto last = tx.QueryOne(
      "SELECT org_id, parent_id, kind, name, path, valid_from FROM org_span WHERE org_id = ? "
      "ORDER BY valid_from DESC LIMIT 1",
      {org_id});
  if (!last) throw std::runtime_error("organization " + std::to_string(org_id) + " has no span");
  return OrgOfSpan(report::OrgSpanFromRow(*last));
}

Org DecidingCommittee(store::Transaction& tx, int64_t unit_id, const Date& on) {
  Org unit = OrgOn(tx, unit_id, on);
  if (unit.kind == OrgKind::kGrassrootsBranch && unit.parent_id) {
    return OrgOn(tx, *unit.parent_id, on);
  }
  if (unit.kind != OrgKind::kBranch && unit.kind != OrgKind::kSubCommittee) return unit;
  Org up = unit;
  while (up.kind != OrgKind::kGrassrootsCommittee && up.parent_id) {
    up = OrgOn(tx, *up.parent_id, on);
  }
  return up.kind == OrgKind::kGrassrootsCommittee ? up : unit;
}

std::string DecidingBody(const Org& committee) {
  const std::string name = text::Upper(CommitteeName(committee.name));
  return committee.kind == OrgKind::kSuperiorCommittee ? "BAN THƯỜNG VỤ " + name : name;
}

std::vector<std::string> DecisionText(const Org& committee, std::string whereas,
                                      std::vector<std::string> articles) {
  std::vector<std::string> out = {"^" + DecidingBody(committee),
                                  "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                                  "- Căn cứ quy định, hướng dẫn thi hành Điều lệ Đảng hiện hành;",
                                  std::move(whereas), "^QUYẾT ĐỊNH:"};
  for (std::string& a : articles) out.push_back(std::move(a));
  return out;
}

std::string SexWord(const std::string& sex) {
  return sex == "female" ? "Nữ" : sex == "male" ? "Nam" : "";
}

std::string OrDots(const std::string& s) { return s.empty() ? "……………" : s; }

std::string DateOrDots(const std::string& iso) {
  return iso.empty() ? "…/…/……" : text::FormatDate(iso);
}

}  // namespace printing

}  // namespace dangbo::service
